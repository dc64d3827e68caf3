"""Extraction scored on hand-annotated abstracts from ../shared/data/abstracts.

Three gold sets (each with a README): `benchmarks/devset/` is used to improve the rules;
`benchmarks/heldout/` is never used for that, so its figures measure generalisation;
`benchmarks/abstracts_dev2/` is a second development set (25 abstracts, guidelines v2). (The bundled
corpus gold is the rules' first development set, so its figures are optimistic.) Usage:

    python benchmarks/abstracts_eval.py [--set heldout|dev|dev2] [--out DIR] [--ner-model NAME]

`score_documents` and `print_figures` are shared with pmc_eval.py (the PMC trial abstracts).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from trialmine.ingest.abstracts import abstract_document
from trialmine.ingest.document import Document
from trialmine.run import extract, normalise
from trialmine.validate import ValidationReport, run_validation
from trialmine.validate.match import METRICS, V2_FIELDS
from trialmine.validate.report import arm_detection_cells, arm_detection_note

HERE = Path(__file__).resolve().parent
GOLD_SETS = {"heldout": HERE / "heldout" / "gold", "dev": HERE / "devset" / "gold", "dev2": HERE / "abstracts_dev2" / "gold"}
ABSTRACTS = HERE.parents[1] / "shared" / "data" / "abstracts" / "abstracts.jsonl"


def gold_documents(gold: Path) -> list[Document]:
    """The abstracts that have a gold file in `gold`, as trialmine ingests them."""
    wanted = {p.stem for p in gold.glob("*.jsonl")}
    docs = []
    with open(ABSTRACTS, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if str(record["pmid"]) in wanted:
                docs.append(abstract_document(record, source=str(ABSTRACTS)))
    return docs


def score_documents(
    documents: list[Document], gold: Path, out: Path, label: str, ner_model: str | None = None
) -> ValidationReport:
    """Run the pipeline on `documents` and validate its table (and arms, when the pipeline gives
    them) against `gold`; reports go to `out`. No thresholds: those apply to the bundled gold only."""
    corpus = out / "docs"
    corpus.mkdir(parents=True, exist_ok=True)
    for doc in documents:  # the validator reads document texts from <doc_id>.txt
        (corpus / f"{doc.doc_id}.txt").write_bytes(doc.text.encode("utf-8"))
    no_thresholds = out / "thresholds.toml"
    no_thresholds.write_text("# benchmarks report figures; thresholds gate the bundled gold only\n", encoding="utf-8")
    result = extract(documents, ner_model=ner_model)
    table = normalise(result.rows)
    arms = getattr(result, "arms", None)  # ExtractResult.arms, once the pipeline builds arm inventories
    report, _ = run_validation(table, gold, corpus, out, no_thresholds, evidence_label=label, arms=arms)
    return report


def _acc(accuracy: float | None, correct: int, total: int) -> str:
    return f"{'n/a':>6}" if accuracy is None else f"{accuracy:6.3f}  {correct}/{total}"


def print_figures(report: ValidationReport) -> None:
    """Every figure of the report: P/R/F1 per span mode, per-field accuracies, v2 fields, arms."""
    print(f"documents: {len(report.documents)}; gold rows: {report.n_gold} (+{report.n_gold_arms} arm records; "
          f"{report.n_gold_v2} lines under guidelines v2); predictions scored: {report.n_predictions}")  # fmt: skip
    for mode in ("overlap", "exact"):
        print(f"\n{mode} spans\n{'metric':<28}{'P':>7}{'R':>7}{'F1':>7}  tp/pred/gold")
        for key, label in METRICS.items():
            s = report.modes[mode].scores[key]
            print(f"{label:<28}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}  {s.tp}/{s.n_pred}/{s.n_gold}")
    print("\nper-field accuracy over matched pairs (overlap)")
    for name, fa in report.modes["overlap"].fields.items():
        print(f"  {name:<22}{_acc(fa.accuracy, fa.correct, fa.total)}")
    print("\nv2 fields over matched results, gold v2 only (overlap)")
    for name, scope in V2_FIELDS.items():
        fa = report.modes["overlap"].v2_fields[name]
        print(f"  {name:<22}{_acc(fa.accuracy, fa.correct, fa.total):<16}  over {scope}")
    cells = arm_detection_cells(report)
    print("\n" + arm_detection_note(report))
    if cells:
        print("  P {} R {} F1 {}  tp/pred/gold {}  n accuracy {}".format(*cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(GOLD_SETS), default="heldout")
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="abstracts-eval-")))
    parser.add_argument("--ner-model", default=None)
    args = parser.parse_args()

    documents = gold_documents(GOLD_SETS[args.set])
    report = score_documents(documents, GOLD_SETS[args.set], args.out, f"{args.set} abstracts", args.ner_model)
    print(f"{args.set} abstracts: {', '.join(d.doc_id for d in documents)}")
    print_figures(report)
    print(f"\nreports (misses and false positives in context): {args.out}/validation.html")


if __name__ == "__main__":
    main()
