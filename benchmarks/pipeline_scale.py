"""The whole extraction flow at scale: throughput per stage and per spaCy component, Prefect
overhead, peak memory, the full pipeline against the bare NER model, and the cost at `--scale` x
the corpus size.

    python benchmarks/pipeline_scale.py [--abstracts 1500] [--articles 8] [--scale 10] [--scale-base 150]
                                        [--workers N] [--dask ADDRESS|local] [--batch-size 32] [--skip-scale | --scale-only]

Corpora, from real text in ../shared/data: BC5CDR's PubTator titles + abstracts (train, development,
test: 1,500) plus the 60 trial abstracts of data/abstracts (JSON-lines files), and full-text PMC trial
articles (title + abstract + body as .txt files) from the development split of data/pmc_rct (PMID
ending 0 or 1). Each measurement runs in a fresh child process, so its peak memory (RSS) is its own:

- flow: `extract_flow` (the Prefect flow a `trialmine run` starts) after the temporary server is up,
  with every stage function and every spaCy component timed (exclusive time: a component's time
  leaves out the components that feed it). Prefect overhead = flow time - time inside the stages.
- bare NER: the same texts through the NER model alone (`nlp.pipe`, tok2vec + ner).
- scale: `run_stages` without Prefect on `--scale-base` abstracts and `--scale` times as many
  (BC5CDR abstracts, repeated under new ids past 1,500): time should grow linearly, memory stay flat.

With `--workers N` (or `--dask`) the flow also runs its NLP batches over N processes (a Dask cluster)
and the speed-up is printed; component times are only measured in the single-process run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BC5CDR = ("CDR_TrainingSet.PubTator.txt", "CDR_DevelopmentSet.PubTator.txt", "CDR_TestSet.PubTator.txt")
DEV_PMID_ENDINGS = ("0", "1")  # the pmc_rct development split


# ---------------------------------------------------------------- corpora


def bc5cdr_records(n: int) -> list[dict]:
    """n BC5CDR titles + abstracts; past the 1,500 there are, repeats under new pmids."""
    from trialmine.ner.pubtator import read_pubtator

    base = [{"pmid": d.pmid, "title": d.title, "text": d.abstract} for name in BC5CDR for d in read_pubtator(DATA / "bc5cdr" / name)]
    return [{**base[i % len(base)], "pmid": f"{base[i % len(base)]['pmid']}{'' if i < len(base) else f'-{i // len(base)}'}"} for i in range(n)]


def write_abstracts_corpus(folder: Path, n_bc5cdr: int, trial_abstracts: bool = True) -> Path:
    folder.mkdir(parents=True)
    (folder / "bc5cdr.jsonl").write_text("".join(json.dumps(r) + "\n" for r in bc5cdr_records(n_bc5cdr)), encoding="utf-8")
    if trial_abstracts:
        (folder / "trial_abstracts.jsonl").write_bytes((DATA / "abstracts" / "abstracts.jsonl").read_bytes())
    return folder


def write_articles_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    written = 0
    with gzip.open(DATA / "pmc_rct" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if not str(record.get("pmid") or "").endswith(DEV_PMID_ENDINGS) or not record.get("body"):
                continue
            text = "\n".join(part for part in (record.get("title"), record.get("abstract"), record.get("body")) if part)
            (folder / f"{record['pmcid']}.txt").write_text(text, encoding="utf-8")
            written += 1
            if written == n:
                break
    return folder


# ---------------------------------------------------------------- timing inside a child process


class ExclusiveTimer:
    """Seconds per label, each region's time minus the regions nested in it (a spaCy pipe's
    generator pulls its input through the pipes before it, inside its own `next`)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._inner: list[float] = []

    @contextmanager
    def region(self, label: str) -> Iterator[None]:
        self._inner.append(0.0)
        t0 = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - t0
            self.seconds[label] += elapsed - self._inner.pop()
            if self._inner:
                self._inner[-1] += elapsed

    def function(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.region(label):
                return function(*args, **kwargs)

        return timed


class TimedPipe:
    """A spaCy component (or the tokenizer) whose calls and `pipe` steps are timed."""

    def __init__(self, timer: ExclusiveTimer, label: str, proc: Any) -> None:
        self.timer, self.label, self.proc = timer, label, proc

    def __call__(self, doc: Any) -> Any:
        with self.timer.region(self.label):
            return self.proc(doc)

    def pipe(self, stream: Any, **kwargs: Any) -> Iterator[Any]:
        inner = self.proc.pipe(stream, **kwargs) if hasattr(self.proc, "pipe") else map(self.proc, stream)
        while True:
            with self.timer.region(self.label):
                doc = next(inner, None)
            if doc is None:
                return
            yield doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.proc, name)


def instrument(timer: ExclusiveTimer, ner_model: str | None) -> None:
    """Time the run's stages, the pipeline's tokenizer and components, and the linking step."""
    import trialmine.extract.link as link
    import trialmine.parser.pipe as parser_pipe
    import trialmine.run as run
    from trialmine.nlp.pipeline import build_pipeline

    nlp, _ = build_pipeline(ner_model=ner_model)  # cached: the run's stages get this same object
    nlp.tokenizer = TimedPipe(timer, "spacy:tokenizer", nlp.tokenizer)
    nlp._components[:] = [(name, TimedPipe(timer, f"spacy:{name}", proc)) for name, proc in nlp._components]
    # linking: the linker's set-up, its list of sentences to parse, the batch's parses, its rows
    for name in ("__init__", "sentences_to_parse", "rows"):
        setattr(link.DocumentLinker, name, timer.function("linking", getattr(link.DocumentLinker, name)))
    parser_pipe.parse_sentences = timer.function("linking", parser_pipe.parse_sentences)
    for stage in ("ingest", "extract", "stage_rows", "normalise", "publish"):
        setattr(run, stage, timer.function(f"stage:{stage}", getattr(run, stage)))
    # what run_stages does between the stages, Prefect or not (run history, model fingerprint, plan)
    for module, name in ((run, "extractor_version"), (run, "plan_changes"), (run, "make_report"), (run.db, "begin_run"), (run.db, "finish_run")):
        setattr(module, name, timer.function("bookkeeping", getattr(module, name)))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_flow(corpus: Path, out: Path, workers: int, dask: str | None, profile: bool, batch_size: int) -> dict:
    from prefect import flow

    import trialmine.flows.extract as flows
    from trialmine.flows.server import guard_temporary_server

    guard_temporary_server()
    t0 = time.perf_counter()
    flow(name="warm-up")(lambda: None)()  # starts the temporary server, so the run below excludes it
    server_s = time.perf_counter() - t0
    timer = ExclusiveTimer()
    build_s = 0.0
    if profile:
        t0 = time.perf_counter()
        instrument(timer, None)
        build_s = time.perf_counter() - t0
    flows.run_stages = timer.function("run_stages", flows.run_stages)
    t0 = time.perf_counter()
    report = flows.flow_with_runner(workers, dask)(corpus=corpus, out=out, batch_size=batch_size)
    flow_s = time.perf_counter() - t0
    return {
        "flow_s": flow_s, "server_s": server_s, "build_s": build_s, "seconds": dict(timer.seconds),
        "documents": report.documents_processed, "facts": sum(report.facts_by_kind.values()),
        "failed": report.documents_failed, "peak_rss_mb": peak_rss_mb(),
    }  # fmt: skip


def child_bare(corpus: Path) -> dict:
    from trialmine.ner import load_model
    from trialmine.run import ingest

    texts = [d.text for d in ingest(corpus)[0].documents]
    t0 = time.perf_counter()
    nlp = load_model()
    load_s = time.perf_counter() - t0
    list(nlp.pipe(texts[:8]))  # warm-up, as the flow's pipeline is by its first batch
    seconds = {}
    for batch_size in (4, nlp.batch_size):  # the pipeline's batch size and the model's own; the faster counts
        t0 = time.perf_counter()
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=batch_size))
        seconds[batch_size] = time.perf_counter() - t0
    best = min(seconds, key=seconds.get)
    return {"seconds": seconds[best], "batch_size": best, "all": seconds, "load_s": load_s, "documents": len(texts), "entities": entities, "peak_rss_mb": peak_rss_mb()}


def child_direct(corpus: Path, out: Path) -> dict:
    import trialmine.run as run
    from trialmine.nlp.pipeline import build_pipeline

    build_pipeline()  # built before the clock starts: the time below is the per-document cost
    timer = ExclusiveTimer()
    run.extract = timer.function("stage:extract", run.extract)
    t0 = time.perf_counter()
    report = run.run_extraction(corpus, out)
    return {
        "seconds": time.perf_counter() - t0, "nlp_s": timer.seconds["stage:extract"],
        "documents": report.documents_processed, "peak_rss_mb": peak_rss_mb(),
    }  # fmt: skip


def in_child(kind: str, *args: str) -> dict:
    """Run one measurement in a fresh Python process; its result comes back as JSON on stdout."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args], capture_output=True, text=True, env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} measurement failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- report


def words_in(corpus: Path) -> tuple[int, int]:
    from trialmine.run import ingest

    documents = ingest(corpus)[0].documents
    return len(documents), sum(len(d.text.split()) for d in documents)


def rate(documents: int, words: int, seconds: float) -> str:
    return f"{documents / seconds:8.1f} docs/s {words / seconds:9,.0f} words/s"


def print_flow(title: str, corpus: Path, tmp: Path, args: argparse.Namespace) -> dict:
    documents, words = words_in(corpus)
    flow = in_child("flow", str(corpus), str(tmp / f"out-{corpus.name}"), "1", "", "profile", str(args.batch_size))
    bare = in_child("bare", str(corpus))
    seconds = flow["seconds"]
    nlp_s = seconds["stage:extract"] + seconds.get("linking", 0) + sum(s for label, s in seconds.items() if label.startswith("spacy:"))
    print(f"\n== {title}: {documents:,} documents, {words:,} words ({words // max(documents, 1):,} per document)")
    print(f"flow run        {flow['flow_s']:7.1f} s  {rate(documents, words, flow['flow_s'])}   "
          f"(+ temporary server start {flow['server_s']:.1f} s, not counted), peak RSS {flow['peak_rss_mb']:,.0f} MB")
    print(f"facts           {flow['facts']:,}, documents failed {flow['failed']}")
    print("per stage (time inside the stage function; spaCy components and linking inside nlp-extract):")
    rows = [("ingest", seconds["stage:ingest"])]
    rows += [(f"  {label[6:]}", s) for label, s in seconds.items() if label.startswith("spacy:")]
    rows += [("  linking + parsers (DocumentLinker)", seconds.get("linking", 0))]
    rows += [("  rest of nlp-extract (joins, batching)", seconds["stage:extract"])]
    rows += [("nlp-extract total", nlp_s), ("normalise (schema, every 1,000 rows)", seconds["stage:normalise"]),
             ("staging (Parquet, every 1,000 rows)", seconds["stage:stage_rows"]), ("publish (store + parquet/csv)", seconds["stage:publish"])]
    for label, s in rows:
        print(f"  {label:40s} {s:7.2f} s {100 * s / flow['flow_s']:5.1f}%  {rate(documents, words, s) if s > 0.01 else ''}")
    stages_s = seconds["stage:ingest"] + nlp_s + seconds["stage:normalise"] + seconds["stage:stage_rows"] + seconds["stage:publish"]
    bookkeeping_s = seconds.get("bookkeeping", 0)
    overhead = flow["flow_s"] - stages_s - bookkeeping_s
    print(f"  {'run bookkeeping (history, fingerprint, plan)':40s} {bookkeeping_s:7.2f} s {100 * bookkeeping_s / flow['flow_s']:5.1f}%")
    print(f"Prefect overhead (flow - stages - bookkeeping) {overhead:6.2f} s = {100 * overhead / flow['flow_s']:.1f}% of the flow "
          f"({overhead - seconds['run_stages']:.2f} s flow start/end, {seconds['run_stages']:.2f} s task runs); pipeline build {flow['build_s']:.1f} s before the flow")
    ratio_nlp = bare["seconds"] / nlp_s
    ratio_flow = bare["seconds"] / flow["flow_s"]
    print(f"bare NER model  {bare['seconds']:7.1f} s  {rate(documents, words, bare['seconds'])}  (batch {bare['batch_size']}; {', '.join(f'batch {b}: {t:.1f} s' for b, t in bare['all'].items())}; load {bare['load_s']:.1f} s, peak RSS {bare['peak_rss_mb']:,.0f} MB)")
    print(f"full / bare NER speed: {ratio_nlp:.2f} (NLP + extraction stage), {ratio_flow:.2f} (whole flow)")
    return {"documents": documents, "words": words, "flow": flow}


def print_workers(corpus: Path, tmp: Path, args: argparse.Namespace, single_s: float) -> None:
    documents, words = words_in(corpus)
    label = f"dask {args.dask}" if args.dask else f"{args.workers} worker processes"
    run = in_child("flow", str(corpus), str(tmp / f"out-workers-{corpus.name}"), str(args.workers), args.dask or "", "", str(args.batch_size))
    print(f"flow, NLP on {label}, batches of {args.batch_size}: {run['flow_s']:7.1f} s  {rate(documents, words, run['flow_s'])}  "
          f"speed-up {single_s / run['flow_s']:.2f}x over one process (flow process peak RSS {run['peak_rss_mb']:,.0f} MB)")


def print_scale(tmp: Path, args: argparse.Namespace) -> None:
    print(f"\n== scale: {args.scale_base:,} and {args.scale_base * args.scale:,} BC5CDR abstracts, run without Prefect")
    results = []
    for n in (args.scale_base, args.scale_base * args.scale):
        corpus = write_abstracts_corpus(tmp / f"scale-{n}", n, trial_abstracts=False)
        result = in_child("direct", str(corpus), str(tmp / f"out-scale-{n}"))
        results.append(result)
        print(f"{n:7,} abstracts {result['seconds']:7.1f} s = {n / result['seconds']:5.1f} docs/s (NLP stage {result['nlp_s']:6.1f} s = "
              f"{1000 * result['nlp_s'] / n:5.1f} ms/doc), peak RSS {result['peak_rss_mb']:,.0f} MB")
    small, large = results
    print(f"x{args.scale}: time x{large['seconds'] / small['seconds']:.1f} (NLP stage x{large['nlp_s'] / small['nlp_s']:.1f}), "
          f"peak RSS x{large['peak_rss_mb'] / small['peak_rss_mb']:.2f} (+{large['peak_rss_mb'] - small['peak_rss_mb']:,.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--abstracts", type=int, default=1500, help="BC5CDR abstracts in the abstracts corpus (plus the 60 trial abstracts)")
    ap.add_argument("--articles", type=int, default=8, help="full-text PMC articles (development split)")
    ap.add_argument("--scale", type=int, default=10, help="the scale check runs --scale-base and this many times as many abstracts")
    ap.add_argument("--scale-base", type=int, default=150)
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--scale-only", action="store_true", help="only the scale check (time and peak memory at 1x and --scale x)")
    ap.add_argument("--workers", type=int, default=1, help="also run the flow with its NLP batches over N processes")
    ap.add_argument("--dask", default=None, help="also run the flow with its NLP batches on this Dask scheduler ('local': LocalCluster of --workers)")
    ap.add_argument("--batch-size", type=int, default=32, help="documents per NLP task (the flow's default: 32)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "flow":
            result = child_flow(Path(rest[0]), Path(rest[1]), int(rest[2]), rest[3] or None, rest[4] == "profile", int(rest[5]))
        elif kind == "bare":
            result = child_bare(Path(rest[0]))
        else:
            result = child_direct(Path(rest[0]), Path(rest[1]))
        print(json.dumps(result))
        return

    print(f"pipeline_scale on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="trialmine-scale-") as tmp_name:
        tmp = Path(tmp_name)
        if args.scale_only:
            print_scale(tmp, args)
            return
        abstracts = write_abstracts_corpus(tmp / "abstracts", args.abstracts)
        result = print_flow("abstracts (BC5CDR + trial abstracts)", abstracts, tmp, args)
        if args.workers > 1 or args.dask:
            print_workers(abstracts, tmp, args, result["flow"]["flow_s"])
        if args.articles:
            print_flow("full-text articles (PMC, development split)", write_articles_corpus(tmp / "articles", args.articles), tmp, args)
        if not args.skip_scale:
            print_scale(tmp, args)


if __name__ == "__main__":
    main()
