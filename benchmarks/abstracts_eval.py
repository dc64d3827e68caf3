"""Extraction scored on hand-annotated abstracts from ../shared/data/abstracts.

Two gold sets (each with a README): `benchmarks/devset/` is used to improve the rules;
`benchmarks/heldout/` is never used for that, so its figures measure generalisation. (The bundled
corpus gold is the rules' first development set, so its figures are optimistic.) Usage:

    python benchmarks/abstracts_eval.py [--set heldout|dev] [--out DIR] [--ner-model NAME]
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
GOLD_SETS = {"heldout": HERE / "heldout" / "gold", "dev": HERE / "devset" / "gold"}
ABSTRACTS = HERE.parents[1] / "shared" / "data" / "abstracts" / "abstracts.jsonl"


def gold_documents(gold: Path) -> list:
    """The abstracts that have a gold file in `gold`, as trialmine ingests them."""
    wanted = {p.stem for p in gold.glob("*.jsonl")}
    docs = []
    with open(ABSTRACTS, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if str(record["pmid"]) in wanted:
                docs.append(abstract_document(record, source=str(ABSTRACTS)))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(GOLD_SETS), default="heldout")
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="abstracts-eval-")))
    parser.add_argument("--ner-model", default=None)
    args = parser.parse_args()

    gold = GOLD_SETS[args.set]
    documents = gold_documents(gold)
    corpus = args.out / "docs"
    corpus.mkdir(parents=True, exist_ok=True)
    for doc in documents:  # the validator reads document texts from <doc_id>.txt
        (corpus / f"{doc.doc_id}.txt").write_bytes(doc.text.encode("utf-8"))
    table = normalise(extract(documents, ner_model=args.ner_model).rows)
    report, _ = run_validation(table, gold, corpus, args.out, evidence_label=f"{args.set} abstracts")

    print(f"{args.set} documents: {', '.join(d.doc_id for d in documents)} (gold rows: {report.n_gold})")
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
