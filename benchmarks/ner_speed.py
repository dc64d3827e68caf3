"""Load time and throughput of the trialmine NER model on BC5CDR test abstracts.

    python benchmarks/ner_speed.py [--model NAME_OR_PATH] [--docs 200] [--data ../shared/data/bc5cdr]

Load time is measured in a fresh subprocess (imports of spaCy excluded, reported apart),
throughput as words/s over --docs test abstracts with nlp.pipe (batch 16), single process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

LOAD_SNIPPET = """
import json, sys, time
t0 = time.perf_counter()
import spacy
from trialmine.ner import load_model
t1 = time.perf_counter()
nlp = load_model(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None)
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bc5cdr")
    args = ap.parse_args()

    loads = []
    for _ in range(args.repeats):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET, args.model], capture_output=True, text=True, check=True)
        loads.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(loads, key=lambda r: r["load_s"])

    from trialmine.ner import bundled_model_path, load_model
    from trialmine.ner.pubtator import read_pubtator
    from trialmine.ner.train import evaluate_pubtator

    nlp = load_model(args.model or None)
    docs = read_pubtator(args.data / "CDR_TestSet.PubTator.txt", max_docs=args.docs)
    list(nlp.pipe([d.text for d in docs[:5]]))  # warm-up
    t0 = time.perf_counter()
    n_words = sum(len(doc) for doc in nlp.pipe((d.text for d in docs), batch_size=16))
    dt = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in Path(args.model or bundled_model_path()).rglob("*") if p.is_file()) if (not args.model or Path(args.model).exists()) else None
    print(f"model            {args.model or bundled_model_path()}")
    print(f"size on disk     {size / 1e6:.1f} MB" if size else "size on disk     n/a")
    print(f"import spacy+tm  {best['import_s']:.2f} s")
    all_loads = ", ".join(f"{r['load_s']:.2f}" for r in loads)
    print(f"load_model()     {best['load_s']:.2f} s (best of {args.repeats}; all: {all_loads})")
    print(f"throughput       {n_words / dt:,.0f} words/s ({n_words} words, {len(docs)} docs, {dt:.2f} s)")
    res = evaluate_pubtator(nlp, docs)
    print("F1 on these docs " + ", ".join(f"{k} {v['f']:.3f}" for k, v in res["per_label"].items()))


if __name__ == "__main__":
    main()
