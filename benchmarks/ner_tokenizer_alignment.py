"""How many BC5CDR entities each candidate tokenizer cannot align (char_span -> None).

    python benchmarks/ner_tokenizer_alignment.py [--data ../shared/data/bc5cdr] [--examples 10]

Prints one row per (tokenizer, split): mentions, misaligned (entity boundary inside a
token), overlapping (nested mentions spaCy's flat ents cannot hold), % lost, tokens.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from trialmine.ner.convert import convert
from trialmine.ner.pubtator import read_pubtator
from trialmine.ner.tokenizer import TOKENIZERS, blank_pipeline

SPLITS = {"train": "Training", "dev": "Development", "test": "Test"}


def default_data_dir() -> Path:
    here = Path(__file__).resolve().parents[1]
    return (here / ".." / "shared" / "data" / "bc5cdr").resolve()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--examples", type=int, default=0, help="print N misaligned examples per tokenizer")
    args = ap.parse_args()
    corpora = {s: read_pubtator(args.data / f"CDR_{f}Set.PubTator.txt") for s, f in SPLITS.items()}
    header = f"{'tokenizer':<10} {'split':<5} {'mentions':>8} {'misalign':>8} {'overlap':>7} {'lost %':>7} {'CHEM mis':>8} {'DIS mis':>8} {'tokens':>8} {'sec':>5}"
    print(header)
    print("-" * len(header))
    for name in TOKENIZERS:
        nlp = blank_pipeline(name)
        examples: list[str] = []
        for split, docs in corpora.items():
            t0 = time.perf_counter()
            sdocs, rep = convert(nlp, docs)
            dt = time.perf_counter() - t0
            ntok = sum(len(d) for d in sdocs)
            print(
                f"{name:<10} {split:<5} {rep.total:>8} {rep.misaligned:>8} {rep.overlapping:>7} {rep.lost_pct:>7.2f}"
                f" {rep.misaligned_by_label['CHEMICAL']:>8} {rep.misaligned_by_label['DISEASE']:>8} {ntok:>8} {dt:>5.1f}"
            )
            examples.extend(rep.examples)
        for ex in examples[: args.examples]:
            print("   ", ex)


if __name__ == "__main__":
    main()
