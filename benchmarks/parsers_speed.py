"""Throughput of the pure number/dose parsers (chars/s), on the corpus and on ~1 MB of PMC RCT text.

    PYTHONPATH=src python benchmarks/parsers_speed.py [--pmc ../shared/data/pmc_rct/articles.jsonl.gz]
                                                       [--mb 1.0] [--repeat 3]

Prints one row per (text, parser): chars, items found, best-of-N seconds, chars/s. Also runs the
parsers on 200 kB of random clinical-looking noise and a few pathological strings, to show that
time stays linear.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from pathlib import Path

from trialmine.extract.doses import find_doses
from trialmine.extract.numbers import find_denominators, find_patient_counts, find_percentages

ROOT = Path(__file__).resolve().parents[1]
PARSERS = {
    "percentages": find_percentages,
    "patient_counts": find_patient_counts,
    "denominators": find_denominators,
    "doses": find_doses,
}


def pmc_text(path: Path, n_chars: int) -> str:
    parts: list[str] = []
    total = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for field in ("abstract", "body"):
                t = rec.get(field) or ""
                parts.append(t)
                total += len(t) + 2
            if total >= n_chars:
                break
    return "\n\n".join(parts)[:n_chars]


def noise(n_chars: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    pieces = ["40", "1.3", "1,000", " ", "%", "–", "-", " to ", "mg", "/m2", "/d", " weekly", "(", ")",
              "(40.0%)", " patients", "four", " of the ", "n = ", "approximately ", "on days ", "1, 4, 8",
              "; ", ". ", "ng/mL", "for 3 weeks with 1 week off", "x", "y", "\n"]
    out, n = [], 0
    while n < n_chars:
        p = rng.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)[:n_chars]


def bench(name: str, text: str, repeat: int) -> None:
    for pname, fn in PARSERS.items():
        best = float("inf")
        found = 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            found = len(fn(text))
            best = min(best, time.perf_counter() - t0)
        rate = len(text) / best if best > 0 else float("inf")
        print(f"{name:<22} {pname:<15} {len(text):>10,} {found:>7,} {best:>8.3f} {rate:>14,.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pmc", type=Path, default=(ROOT / ".." / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz").resolve())
    ap.add_argument("--mb", type=float, default=1.0, help="MB (million chars) of PMC text")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    print(f"{'text':<22} {'parser':<15} {'chars':>10} {'items':>7} {'sec':>8} {'chars/s':>14}")
    print("-" * 81)
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    bench("corpus", corpus, args.repeat)
    if args.pmc.exists():
        bench(f"pmc_rct {args.mb:g} MB", pmc_text(args.pmc, int(args.mb * 1_000_000)), args.repeat)
    else:
        print(f"(skipping PMC: {args.pmc} not found)")
    bench("noise 200 kB", noise(200_000), args.repeat)
    for label, text in [("'1'*200k", "1" * 200_000), ("'1 mg '*40k", "1 mg " * 40_000),
                        ("'four '*40k", "four " * 40_000), ("'(n = '*40k", "(n = " * 40_000)]:
        bench(label, text, 1)


if __name__ == "__main__":
    main()
