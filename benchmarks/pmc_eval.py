"""Extraction scored on the PMC trial abstracts annotated under guidelines v2.

`benchmarks/pmc_dev/gold` (PMIDs ending 0 or 1) is the development set, `benchmarks/pmc_dev3/gold` a third
development set (non-oncology drug trials of the same split); `benchmarks/pmc_heldout/gold` (ending 4 or 9)
is touched only to measure. Documents are built by pmc_sets.py, the same text the
annotators indexed. Prints every validation figure: P/R/F1, per-field accuracies, the v2 fields
(endpoint_text, arm and regimen for comparative and single-arm trials, value_unit, CI, P value,
timepoint) and arm detection.

A held-out document that is also in a development set (PMID 25652604 is in the older
`benchmarks/devset/` as well: rules were written while reading it) is left out of the held-out
figures, and named; `--with-dev-overlap` scores it too (the figures reported before 2026-12-01).
Usage:

    python benchmarks/pmc_eval.py [--set dev|dev3|heldout] [--gold DIR] [--out DIR] [--ner-model NAME]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from abstracts_eval import print_figures, score_documents
from abstracts_eval import GOLD_SETS as ABSTRACT_GOLD_SETS
from pmc_sets import GOLD_SETS, pmc_documents

from trialmine.validate import ValidationReport
from trialmine.validate.gold import gold_doc_ids


def score_set(gold: Path, out: Path, label: str, ner_model: str | None = None) -> ValidationReport:
    """The pipeline's figures on the PMC abstracts that have a gold file in `gold`."""
    documents = pmc_documents(gold_doc_ids(gold))
    return score_documents(documents, gold, out, label, ner_model)


def development_doc_ids() -> set[str]:
    """Documents of every development gold set (the PMC one and the older abstracts one)."""
    return {*gold_doc_ids(GOLD_SETS["dev"]), *gold_doc_ids(ABSTRACT_GOLD_SETS["dev"])}


def without_documents(gold: Path, doc_ids: set[str], into: Path) -> Path:
    """A copy of the gold folder `gold` without the files of `doc_ids`."""
    into.mkdir(parents=True, exist_ok=True)
    for doc_id in gold_doc_ids(gold):
        if doc_id not in doc_ids:
            shutil.copyfile(gold / f"{doc_id}.jsonl", into / f"{doc_id}.jsonl")
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(GOLD_SETS), default="dev")
    parser.add_argument("--gold", type=Path, default=None, help="another gold directory (default: the set's)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="pmc-eval-")))
    parser.add_argument("--ner-model", default=None)
    parser.add_argument("--with-dev-overlap", action="store_true",
                        help="also score held-out documents that are in a development set")
    args = parser.parse_args()

    gold = args.gold or GOLD_SETS[args.set]
    overlap = sorted(set(gold_doc_ids(gold)) & development_doc_ids()) if args.set == "heldout" else []
    if overlap and not args.with_dev_overlap:
        print(f"left out, also in a development set: {', '.join(overlap)}")
        gold = without_documents(gold, set(overlap), args.out / "gold")
    report = score_set(gold, args.out, f"pmc {args.set} abstracts", args.ner_model)
    print(f"pmc {args.set} ({gold}): {', '.join(report.documents)}")
    print_figures(report)
    print(f"\nreports (misses and false positives in context): {args.out}/validation.html")


if __name__ == "__main__":
    main()
