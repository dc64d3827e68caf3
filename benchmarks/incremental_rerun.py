"""Incremental runs: the first run over 1,500 abstracts, then an unchanged re-run (no NLP work).

    python benchmarks/incremental_rerun.py [--n 1500] [--prefect]

The abstracts are BC5CDR's PubTator titles + abstracts (../shared/data/bc5cdr, train + development
+ test), written as one JSON-lines file into a temporary corpus. Prints both run times and what
each run did; with --prefect both runs go through the Prefect flow (a temporary server each,
whose start-up is included).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from trialmine.ner.pubtator import read_pubtator

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bc5cdr"
FILES = ("CDR_TrainingSet.PubTator.txt", "CDR_DevelopmentSet.PubTator.txt", "CDR_TestSet.PubTator.txt")


def write_corpus(corpus: Path, n: int) -> int:
    records = [
        {"pmid": doc.pmid, "title": doc.title, "text": doc.abstract} for name in FILES for doc in read_pubtator(DATA / name)
    ][:n]
    corpus.mkdir(parents=True)
    (corpus / "bc5cdr.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return len(records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--prefect", action="store_true", help="run through the Prefect flow (temporary server)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="trialmine-bench-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        n = write_corpus(corpus, args.n)
        if args.prefect:
            from trialmine.flows.extract import extract_flow

            def run():
                return extract_flow(corpus=corpus, out=out)
        else:
            from trialmine.run import run_extraction

            def run():
                return run_extraction(corpus, out)

        print(f"{n} abstracts, {'Prefect flow' if args.prefect else '--no-prefect'}", file=sys.stderr)
        for label in ("first run", "unchanged re-run"):
            t0 = time.perf_counter()
            report = run()
            seconds = time.perf_counter() - t0
            print(f"{label:17s} {seconds:7.1f} s  processed {report.documents_processed:5d}, "
                  f"unchanged {report.documents_unchanged:5d}, facts in table {sum(report.facts_by_kind.values())}")


if __name__ == "__main__":
    main()
