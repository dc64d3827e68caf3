"""Extraction throughput and memory on real full-text trial articles.

Reads N articles from ../shared/data/pmc_rct/articles.jsonl.gz (title + abstract + body), runs the
NLP + extraction stage exactly as a run does (`trialmine.run.extract`), and prints words/s, facts
per 1k words and peak memory. Usage:

    python benchmarks/extract_speed.py [--articles 50] [--ner-model NAME] [--pipeline-config FILE]

`--pipeline-config` measures another pipeline, e.g. one with a step off (`enabled = false`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

from trialmine.ingest.text import text_document
from trialmine.nlp.pipeline import build_pipeline
from trialmine.run import extract

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz"


def load_articles(n: int) -> list:
    docs = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = "\n".join(part for part in (record.get("title"), record.get("abstract"), record.get("body")) if part)
            docs.append(text_document(record["pmcid"], text, str(DATA)))
            if len(docs) == n:
                break
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--ner-model", default=None)
    parser.add_argument("--pipeline-config", type=Path, default=None)
    args = parser.parse_args()

    t0 = time.perf_counter()
    _, info = build_pipeline(ner_model=args.ner_model, pipeline_config=args.pipeline_config)
    build_s = time.perf_counter() - t0
    docs = load_articles(args.articles)
    words = sum(len(d.text.split()) for d in docs)

    t0 = time.perf_counter()
    result = extract(docs, ner_model=args.ner_model, pipeline_config=args.pipeline_config)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    kinds = {}
    for row in result.rows:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"NER model           {info.ner_model}")
    print(f"pipeline build      {build_s:.1f} s")
    print(f"articles            {len(docs)} ({words:,} words), failed: {len(result.failures)}")
    print(f"extraction          {seconds:.1f} s = {words / seconds:,.0f} words/s")
    print(f"facts               {len(result.rows):,} ({1000 * len(result.rows) / max(words, 1):.1f} per 1k words): {kinds}")
    print(f"peak memory (RSS)   {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
