"""Extraction scored on the PMC trial abstracts annotated under guidelines v2.

`benchmarks/pmc_dev/gold` (PMIDs ending 0 or 1) is the development set; `benchmarks/pmc_heldout/gold`
(ending 4 or 9) is touched only to measure. Documents are built by pmc_sets.py, the same text the
annotators indexed. Prints every validation figure: P/R/F1, per-field accuracies, the v2 fields
(endpoint_text, arm and regimen for comparative and single-arm trials, value_unit, CI, P value,
timepoint) and arm detection. Usage:

    python benchmarks/pmc_eval.py [--set dev|heldout] [--gold DIR] [--out DIR] [--ner-model NAME]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from abstracts_eval import print_figures, score_documents
from pmc_sets import GOLD_SETS, pmc_documents

from trialmine.validate import ValidationReport
from trialmine.validate.gold import gold_doc_ids


def score_set(gold: Path, out: Path, label: str, ner_model: str | None = None) -> ValidationReport:
    """The pipeline's figures on the PMC abstracts that have a gold file in `gold`."""
    documents = pmc_documents(gold_doc_ids(gold))
    return score_documents(documents, gold, out, label, ner_model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(GOLD_SETS), default="dev")
    parser.add_argument("--gold", type=Path, default=None, help="another gold directory (default: the set's)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="pmc-eval-")))
    parser.add_argument("--ner-model", default=None)
    args = parser.parse_args()

    gold = args.gold or GOLD_SETS[args.set]
    report = score_set(gold, args.out, f"pmc {args.set} abstracts", args.ner_model)
    print(f"pmc {args.set} ({gold}): {', '.join(report.documents)}")
    print_figures(report)
    print(f"\nreports (misses and false positives in context): {args.out}/validation.html")


if __name__ == "__main__":
    main()
