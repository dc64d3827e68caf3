"""Held-out validation: extraction scored on abstracts the rules were never tuned on.

The bundled corpus (corpus/gold) is also the development set of the extraction rules, so its
figures are optimistic. This script scores the same pipeline on hand-annotated abstracts from
../shared/data/abstracts (gold in benchmarks/heldout/gold/<pmid>.jsonl; see its README) and prints
the figures. Usage:

    python benchmarks/heldout_eval.py [--out /tmp/heldout] [--ner-model NAME]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from trialmine.ingest.abstracts import abstract_document
from trialmine.run import extract, normalise
from trialmine.validate import run_validation
from trialmine.validate.match import METRICS

HERE = Path(__file__).resolve().parent
GOLD = HERE / "heldout" / "gold"
ABSTRACTS = HERE.parents[1] / "shared" / "data" / "abstracts" / "abstracts.jsonl"


def heldout_documents() -> list:
    wanted = {p.stem for p in GOLD.glob("*.jsonl")}
    docs = []
    with open(ABSTRACTS, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if str(record["pmid"]) in wanted:
                docs.append(abstract_document(record, source=str(ABSTRACTS)))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="heldout-")))
    parser.add_argument("--ner-model", default=None)
    args = parser.parse_args()

    documents = heldout_documents()
    corpus = args.out / "docs"
    corpus.mkdir(parents=True, exist_ok=True)
    for doc in documents:  # the validator reads document texts from <doc_id>.txt
        (corpus / f"{doc.doc_id}.txt").write_bytes(doc.text.encode("utf-8"))
    table = normalise(extract(documents, ner_model=args.ner_model).rows)
    report, _ = run_validation(table, GOLD, corpus, args.out, evidence_label="held-out abstracts")

    print(f"held-out documents: {', '.join(d.doc_id for d in documents)} (gold rows: {report.n_gold})")
    for mode in ("overlap", "exact"):
        print(f"\n{mode} spans\n{'metric':<28}{'P':>7}{'R':>7}{'F1':>7}  tp/pred/gold")
        for key, label in METRICS.items():
            s = report.modes[mode].scores[key]
            print(f"{label:<28}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}  {s.tp}/{s.n_pred}/{s.n_gold}")
    print("\nper-field accuracy (overlap):")
    for name, field in report.modes["overlap"].fields.items():
        print(f"  {name:<16}{field.accuracy:.3f}")
    print(f"\nreports (misses and false positives in context): {args.out}/validation.html")


if __name__ == "__main__":
    main()
