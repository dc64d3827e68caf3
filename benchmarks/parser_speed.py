"""Load time and throughput of the CRAFT tagger + parser, alone and inside the extraction pipeline.

    python benchmarks/parser_speed.py [--model DIR] [--repeats 3]

On the 60 trial abstracts of ../shared/data/abstracts/abstracts.jsonl (title + text), single
process: the parser alone on every word (its own tokenizer, nlp.pipe batch 16, best of --repeats),
and extraction (the pipeline of trialmine.nlp.pipeline + the linker) with and without its
`trialmine_parser` pipe, which parses a sentence only when the linker asks for its phrase.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ABSTRACTS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "abstracts" / "abstracts.jsonl"


def _best_rate(run, texts: list[str], repeats: int) -> tuple[float, int]:
    """(best seconds, words) of `run(texts)` over `repeats` runs."""
    best, words = float("inf"), 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        words = sum(len(doc) for doc in run(texts))
        best = min(best, time.perf_counter() - t0)
    return best, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="parser model directory (default: the bundled one)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--data", type=Path, default=ABSTRACTS)
    args = ap.parse_args()

    records = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    texts = [f"{r.get('title') or ''}\n{r.get('text') or r.get('abstract') or ''}" for r in records]

    from trialmine.nlp.pipeline import build_pipeline
    from trialmine.parser import bundled_model_path, load_model

    t0 = time.perf_counter()
    parser = load_model(args.model)
    load_s = time.perf_counter() - t0
    list(parser.pipe(texts[:3]))  # warm-up
    seconds, words = _best_rate(lambda ts: parser.pipe(ts, batch_size=16), texts, args.repeats)
    print(f"parser model: {args.model or bundled_model_path()}")
    print(f"abstracts: {len(texts)}, words (parser tokens): {words:,}")
    print(f"load: {load_s:.2f} s")
    print(f"parser alone (tok2vec + tagger + parser): {seconds:.2f} s, {words / seconds:,.0f} words/s")

    from trialmine.extract.link import extract_rows
    from trialmine.ingest.text import text_document

    nlp = build_pipeline()[0]
    documents = [text_document(str(i), text, "abstracts.jsonl") for i, text in enumerate(texts)]

    def extraction(docs):  # the pipeline and the linker, which asks for the parses it needs
        for document, doc in zip(documents, nlp.pipe(docs, batch_size=16)):
            extract_rows(document, doc)
            yield doc

    list(extraction(texts[:3]))
    with_s, pipe_words = _best_rate(extraction, texts, args.repeats)
    if "trialmine_parser" in nlp.pipe_names:
        parsed = sum(len(s) for doc in extraction(texts) for s in doc.user_data.get("trialmine.parser.sentences", {}).values())
        with nlp.select_pipes(disable=["trialmine_parser"]):
            without_s, _ = _best_rate(extraction, texts, args.repeats)
        print(f"extraction (pipeline + linking) with the parser: {with_s:.2f} s ({pipe_words / with_s:,.0f} words/s); "
              f"without: {without_s:.2f} s ({pipe_words / without_s:,.0f} words/s); the parser adds "
              f"{with_s / without_s - 1:.0%}, parsing {parsed:,} of {pipe_words:,} words on demand")  # fmt: skip
    else:
        print(f"extraction (trialmine_parser not enabled): {with_s:.2f} s ({pipe_words / with_s:,.0f} words/s)")

if __name__ == "__main__":
    main()
