"""Cost per character of the whole extraction (NLP + linking) as one document grows.

Each size runs in its own process (so peak memory is per size), on full-text PMC trial articles
joined into one document. Usage:

    python benchmarks/long_documents.py [--sizes 10000,100000,1000000,5000000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz"


def build_text(n_chars: int) -> str:
    parts, total = [], 0
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            article = f"{record['title']}\n{record['abstract']}\n{record['body']}\n\n"
            parts.append(article)
            total += len(article)
            if total >= n_chars:
                break
    return "".join(parts)[:n_chars]


def measure(n_chars: int) -> None:
    from trialmine.ingest.document import Document
    from trialmine.run import extract

    text = build_text(n_chars)
    extract([Document("warm-up", "paper", "Selinexor 80 mg weekly gave an ORR of 40%.", "warm-up")])
    t0 = time.perf_counter()
    result = extract([Document("long", "paper", text, "long")])
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "seconds": round(seconds, 2), "facts": len(result.rows),
                      "failures": len(result.failures), "peak_rss_mb": round(peak)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,5000000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        measure(args.one)
        return
    print(f"{'characters':>12}{'seconds':>10}{'µs/char':>10}{'facts':>8}{'peak RSS MB':>13}")
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{row['chars']:>12,}{row['seconds']:>10.1f}{1e6 * row['seconds'] / row['chars']:>10.1f}"
              f"{row['facts']:>8}{row['peak_rss_mb']:>13}")


if __name__ == "__main__":
    main()
