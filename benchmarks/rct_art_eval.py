"""Within-sentence linking scored on RCT-ART's expert-annotated result sentences.

Each sentence of ../shared/data/rct_art/ is rebuilt as natural text and run through the real
trialmine pipeline as a one-sentence document; `trialmine.validate.rct_art` scores values found,
outcome linked and arm linked against the gold relations. Splits (shared/DESIGN rules):
cardiovascular_disease.jsonl is development, diabetes.jsonl + autism.jsonl are test (measure
only). Targets (issue 8): values found >= 0.90, outcome linked >= 0.80, arm linked >= 0.85.

`--split sentences-dev` scores, the same way, the development result sentences of
benchmarks/rct_sentences/<set>/ (development-split PMC abstracts and article bodies, annotated
blind value by value in RCT-ART's scheme; see its README), all sets or `--set NAME`. Usage:

    python benchmarks/rct_art_eval.py [--split dev|test|both|sentences-dev] [--set NAME] [--misses N] [--ner-model NAME]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from trialmine.ingest.document import Document
from trialmine.run import extract
from trialmine.validate.rct_art import LinkScores, Sentence, load_sentences, load_value_annotations, score_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "rct_art"
SENTENCE_SETS = Path(__file__).resolve().parent / "rct_sentences"
SPLITS = {"dev": ("cardiovascular_disease",), "test": ("diabetes", "autism")}
TARGETS = {"values_found": 0.90, "values_found_by_span": None, "outcome_linked": 0.80, "arm_linked": 0.85, "arm_linked_distinct": None}


def sentence_documents(sentences: list[Sentence], source: Path) -> list[Document]:
    """One document per sentence; its doc_id is the sentence id ("diabetes:12")."""
    return [Document(s.sentence_id, "text", s.text, f"{source}#{s.sentence_id}") for s in sentences]


def score_split(files: tuple[str, ...], ner_model: str | None = None) -> LinkScores:
    sentences = [s for name in files for s in load_sentences(DATA / f"{name}.jsonl")]
    return score_sentences(sentences, sentence_rows(sentences, DATA, ner_model))


def sentence_sets(only: str | None = None) -> dict[str, list[Sentence]]:
    """Set name -> its annotated development sentences (benchmarks/rct_sentences/<set>/*.json)."""
    folders = sorted(p for p in SENTENCE_SETS.iterdir() if p.is_dir() and (only is None or p.name == only))
    if only is not None and not folders:
        raise SystemExit(f"no sentence set {only!r} under {SENTENCE_SETS}")
    return {f.name: [s for path in sorted(f.glob("*.json")) for s in load_value_annotations(path)] for f in folders}


def sentence_rows(
    sentences: list[Sentence], source: Path, ner_model: str | None = None, pipeline_config: Path | None = None
) -> dict[str, list[dict]]:
    """Sentence id -> the rows of the real pipeline run on each sentence as a document of its own."""
    result = extract(sentence_documents(sentences, source), ner_model=ner_model, pipeline_config=pipeline_config)
    if result.failures:
        raise RuntimeError(f"the pipeline failed on {len(result.failures)} sentence(s): {result.failures[:3]}")
    rows: dict[str, list[dict]] = defaultdict(list)
    for row in result.rows:
        rows[row["doc_id"]].append(row)
    return rows


def print_scores(split: str, files: tuple[str, ...], scores: LinkScores, misses: int) -> None:
    print(f"\n{split} ({' + '.join(files)}): {scores.sentences} sentences")
    print(f"{'figure':<22}{'rate':>7}  hits/total  target")
    for name, target in TARGETS.items():
        rate = getattr(scores, name)
        value = "n/a" if rate.rate is None else f"{rate.rate:.3f}"
        status = "—" if target is None else f">= {target:.2f} " + ("met" if (rate.rate or 0) >= target else "NOT met")
        print(f"{name:<22}{value:>7}  {rate.hits}/{rate.total:<8}  {status}")
    for name, missed in scores.misses.items():
        for line in missed[:misses]:
            print(f"  miss {name}: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "both", "sentences-dev"], default="both")
    parser.add_argument("--set", default=None, help="with --split sentences-dev: one set of benchmarks/rct_sentences (default: all, each also shown alone)")
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per figure (dev split only)")
    parser.add_argument("--ner-model", default=None)
    args = parser.parse_args()
    if args.split == "sentences-dev":
        sets = sentence_sets(args.set)
        everything = [s for sentences in sets.values() for s in sentences]
        rows = sentence_rows(everything, SENTENCE_SETS, args.ner_model)
        if len(sets) > 1:
            for name, sentences in sets.items():
                print_scores(f"sentences-dev/{name}", (f"benchmarks/rct_sentences/{name}",), score_sentences(sentences, rows), 0)
        print_scores("sentences-dev", tuple(f"benchmarks/rct_sentences/{n}" for n in sets), score_sentences(everything, rows), args.misses)
        return
    for split, files in SPLITS.items():
        if args.split in (split, "both"):
            shown = args.misses if split == "dev" else 0  # test sentences are measured, not read
            print_scores(split, files, score_split(files, args.ner_model), shown)


if __name__ == "__main__":
    main()
