"""Drug mentions from the NER alone, the lexicon alone, and both combined (the default).

Scores each setting on the bundled gold (the rules' development set) and on the held-out
abstracts (benchmarks/heldout), with the same matcher as `trialmine validate`. Usage:

    python benchmarks/drug_sources.py [--ner-model NAME]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from abstracts_eval import GOLD_SETS, gold_documents
from trialmine.extract.link import extract_rows
from trialmine.nlp.pipeline import build_pipeline
from trialmine.run import ingest, normalise
from trialmine.validate import run_validation

REPO = Path(__file__).resolve().parents[1]
SETTINGS = {
    "lexicon alone": {"ner_labels": [], "lexicon_spans": True, "ner_needs_drug_evidence": True},
    "NER alone (every CHEMICAL)": {"ner_labels": ["CHEMICAL"], "lexicon_spans": False, "ner_needs_drug_evidence": False},
    "NER alone, drug-filtered": {"ner_labels": ["CHEMICAL"], "lexicon_spans": False, "ner_needs_drug_evidence": True},
    "NER + lexicon (default)": {"ner_labels": ["CHEMICAL"], "lexicon_spans": True, "ner_needs_drug_evidence": True},
}


def score(nlp, documents, gold: Path, out: Path) -> tuple:
    corpus = out / "docs"
    corpus.mkdir(parents=True, exist_ok=True)
    rows = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents)):
        (corpus / f"{document.doc_id}.txt").write_bytes(document.text.encode("utf-8"))
        rows += extract_rows(document, doc)
    report, _ = run_validation(normalise(rows), gold, corpus, out)
    scores = report.modes["overlap"].scores
    return scores["drug_mentions"], scores["unique_drugs"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ner-model", default=None)
    args = parser.parse_args()
    nlp, info = build_pipeline(ner_model=args.ner_model)
    sets = {"bundled gold (dev)": (ingest(REPO / "corpus")[0].documents, REPO / "corpus" / "gold"),
            "held-out abstracts": (gold_documents(GOLD_SETS["heldout"]), GOLD_SETS["heldout"])}
    print(f"NER model: {info.ner_model}\n")
    print(f"{'setting':<30}{'gold set':<22}{'mentions P':>11}{'R':>7}{'F1':>7}{'unique F1':>11}")
    for name, config in SETTINGS.items():
        nlp.replace_pipe("trialmine_drugs", "trialmine_drugs", config={"stem_fallback": True, **config})
        for set_name, (documents, gold) in sets.items():
            mentions, unique = score(nlp, documents, gold, Path(tempfile.mkdtemp()))
            print(f"{name:<30}{set_name:<22}{mentions.precision:11.3f}{mentions.recall:7.3f}{mentions.f1:7.3f}{unique.f1:11.3f}")


if __name__ == "__main__":
    main()
