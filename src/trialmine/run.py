"""The extraction run as plain functions: ingest -> nlp -> link & normalise -> publish (-> validate).

`run_stages` is the one orchestration path. It takes `execute(stage_name, function, *args)`, which
runs one stage: `call_directly` (the CLI's `--no-prefect`, tests) or a Prefect task
(`trialmine.flows.extract`). Every stage returns what it processed and what failed, so one bad
document never stops a batch.

A run is incremental: documents are compared by content hash and extractor version
(`trialmine.version`) with what the store holds; only new and changed ones go through the NLP.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd

from trialmine.ingest.corpus import discover, ingest_paths
from trialmine.ingest.document import Document, Failure, IngestResult
from trialmine.ingest.identity import Identities, assign_doc_ids, in_other_corpus
from trialmine.limits import Limits
from trialmine.store import db
from trialmine.store.files import write_json_atomic
from trialmine.store.lock import RunLock
from trialmine.store.schema import to_arm_frame, to_evidence_frame
from trialmine.store.staging import Staging, remove_stale
from trialmine.version import config_fingerprint, extractor_version, resolve_ner_model

DB_NAME = "trialmine.duckdb"
Progress = Callable[[int, int], None]  # (documents done, documents total)
Execute = Callable[..., Any]  # execute(stage_name, function, *args, **kwargs) -> function's result
# map_batches(stage_name, function, batches, *args) -> function(batch, *args) of each batch, in order
MapBatches = Callable[..., Iterable[Any]]
log = logging.getLogger(__name__)
# evidence rows validated and staged together: pandera's validation costs ~0.1 s a call whatever its
# size (1,500 abstracts: 47 calls of 340 rows 8.5 s, one call of 15,800 rows 0.8 s), while memory
# grows with the rows staged at once (peak RSS at 150 / 1,500 abstracts: 420 / 435 MB with 1,000
# rows, 430 / 449 MB with 2,000; benchmarks/pipeline_scale.py --scale-only)
STAGE_ROWS = 1000
# documents the NER tags at once: tok2vec memory grows with the batch (~150 MB for a 50k-character
# article), so keep it small; throughput on CPU barely changes (benchmarks/extract_speed.py)
_SPACY_BATCH = 4


class DocumentsFailed(RuntimeError):
    """No document could be read, or (with `strict`) some document failed; nothing was written."""


@dataclass
class ExtractResult:
    """NLP batches' outcome (a run stages their rows and keeps only the rest: `Extracted`)."""

    rows: list[dict] = field(default_factory=list)
    arms: list[dict] = field(default_factory=list)  # rows of the arms table, per processed document
    processed: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    pipeline: Any = None  # PipelineInfo of the pipeline that ran (None when nothing needed NLP)

    def add(self, other: "ExtractResult") -> None:
        """Append another batch's result (every list field)."""
        for f in fields(self):
            if isinstance(getattr(self, f.name), list):
                getattr(self, f.name).extend(getattr(other, f.name))
        self.pipeline = other.pipeline or self.pipeline


@dataclass
class Extracted:
    """What a run keeps of its NLP batches once their rows are staged: counts and failures."""

    processed: int = 0  # documents extracted (their rows are in the run's staging area)
    failures: list[Failure] = field(default_factory=list)
    pipeline: Any = None


@dataclass
class RunOptions:
    corpus: Path = Path("corpus")
    out: Path = Path("outputs")
    ner_model: str | None = None
    inbox: Path | None = None  # default CORPUS/inbox (already under the corpus)
    pipeline_config: Path | None = None  # an operator's pipeline.toml (default: the installed one); part of the version
    limits: Limits | None = None
    trigger: str = "manual"  # or "schedule"
    prune: bool = False  # remove the facts of documents no longer in the corpus
    keep_failed: bool = False  # a document that fails keeps its previous facts
    strict: bool = False  # any failed document fails the run
    redo: tuple[str, ...] = ()  # doc_ids to re-extract even when unchanged
    wait_s: float = 0  # how long to wait for another run's lock
    validate: bool = False
    gold: Path | None = None  # default CORPUS/gold
    thresholds: Path | None = None
    batch_size: int = 32  # documents per NLP stage call (one Prefect task each)
    workers: int = 1  # processes running NLP batches at once (each loads the model once)
    dask: str | None = None  # Dask scheduler running the NLP batches ("local": LocalCluster); Prefect runs only (flows/extract.py)


@dataclass
class ChangePlan:
    """What a run does to each document, from comparing the ingested ones with the store."""

    new: list[Document] = field(default_factory=list)
    changed: list[Document] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # stored, not found this time, not failed
    failed_stored: list[str] = field(default_factory=list)  # stored documents whose file failed now
    elsewhere: list[str] = field(default_factory=list)  # stored from other corpora, whose files exist
    identities: Identities = field(default_factory=Identities)  # doc_id clashes, moved sources

    @property
    def to_extract(self) -> list[Document]:
        return [*self.new, *self.changed]


@dataclass
class RunReport:
    run_id: str
    started_at: str
    finished_at: str
    duration_s: float
    corpus: str
    out: str
    ner_model: str
    ner_note: str
    documents_found: int
    documents_read: int
    documents_failed: int
    facts_by_kind: dict[str, int]
    results_by_category: dict[str, int]
    facts_by_document: dict[str, int]
    failures: list[dict]
    warnings: list[dict]
    outputs: dict[str, str]
    trigger: str = "manual"
    version: str = ""
    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0
    documents_processed: int = 0  # went through the NLP this run
    documents_removed: list[str] = field(default_factory=list)  # facts deleted (failed or pruned)
    documents_missing: list[str] = field(default_factory=list)  # gone from the corpus, facts kept (no --prune)
    failed_kept: list[str] = field(default_factory=list)  # failed documents that kept old facts (--keep-failed)
    documents_elsewhere: int = 0  # stored documents of other corpora in this out folder (untouched)
    doc_id_clashes: list[dict] = field(default_factory=list)  # {doc_id, held_by, source, assigned}
    facts_added: int = 0
    facts_replaced: int = 0
    facts_removed: int = 0
    validation: dict[str, Any] = field(default_factory=dict)
    pipeline_config: str = ""  # the operator's pipeline config the run used ("": the installed one)


def ingest(corpus: Path, limits: Limits | None = None, inbox: Path | None = None) -> tuple[IngestResult, int]:
    """Read every document under `corpus` (and `inbox`, when it lies outside the corpus).

    Returns the result and how many files were found."""
    paths, extra_roots = discover(corpus), []
    if inbox is not None and inbox.is_dir() and not inbox.resolve().is_relative_to(corpus.resolve()):
        paths += discover(inbox)
        extra_roots.append(inbox)
    return ingest_paths(paths, limits or Limits.from_env(), root=corpus, extra_roots=extra_roots), len(paths)


def plan_changes(
    ingested: IngestResult, stored: dict[str, db.StoredDocument], version: str, redo: Iterable[str] = ()
) -> ChangePlan:
    """New, changed (other text or other extractor version, or asked to `redo`) and unchanged
    documents, under the doc_ids `assign_doc_ids` gives them; stored ones whose file failed to
    read now; stored ones that are gone (documents of other corpora in the same store, whose
    files still exist, are `elsewhere`: neither missing nor pruned)."""
    plan, redo = ChangePlan(identities=assign_doc_ids(ingested.documents, stored)), set(redo)
    for document in plan.identities.documents:
        known = stored.get(document.doc_id)
        if known is None:
            plan.new.append(document)
        elif known.sha256 != document.sha256 or known.version != version or document.doc_id in redo:
            plan.changed.append(document)
        else:
            plan.unchanged.append(document.doc_id)
    seen = {d.doc_id for d in plan.identities.documents}
    failed_sources = {f.source for f in ingested.failures}
    failed_sources |= {os.path.join(ingested.roots[0], f) for f in failed_sources if ingested.roots}
    for doc_id, known in stored.items():
        if doc_id in seen:
            continue
        if in_other_corpus(known.source, ingested.roots):
            plan.elsewhere.append(doc_id)
        elif known.source in failed_sources or known.source.split("#", 1)[0] in failed_sources:
            plan.failed_stored.append(doc_id)
        else:
            plan.missing.append(doc_id)
    return plan


def extract(
    documents: list[Document],
    ner_model: str | None = None,
    pipeline_config: Path | None = None,
    batch_size: int = 64,
    progress: Progress | None = None,
) -> ExtractResult:
    """Run the spaCy pipeline over the documents in batches and turn each into table rows; the
    sentence parses the linking reads, and the learned outcome phrases of results the rules name
    none for (`trialmine.phrases.pipe`), are made per batch, together. `pipeline_config`: the
    pipeline's config file (default: the installed configs/pipeline.toml)."""
    from trialmine.extract.arms import arm_rows  # spaCy loads only when there is NLP to do
    from trialmine.extract.link import DocumentLinker
    from trialmine.nlp.long_docs import process_texts
    from trialmine.nlp.pipeline import build_pipeline
    from trialmine.nlp.typeset import matching_text
    from trialmine.parser.pipe import parse_sentences
    from trialmine.phrases.pipe import outcome_sentences, tag_sentences, with_outcome_phrases

    nlp, info = build_pipeline(ner_model, pipeline_config, config_fingerprint(pipeline_config))
    result = ExtractResult(pipeline=info)
    for offset in range(0, len(documents), batch_size):
        batch = documents[offset : offset + batch_size]
        try:
            docs = process_texts(nlp, [matching_text(d.text) for d in batch], batch_size=_SPACY_BATCH)
        except Exception:  # a batch failed: redo its documents one by one to find the bad one
            docs = [None] * len(batch)
        linkers, to_parse = [], []
        for document, doc in zip(batch, docs):
            stage = "nlp"
            try:
                if doc is None:
                    doc = process_texts(nlp, [matching_text(document.text)])[0]
                stage = "extract"
                linker = DocumentLinker(document, doc)
                to_parse += linker.sentences_to_parse()
                linkers.append((document, doc, linker))
            except Exception as exc:  # noqa: BLE001  (the error boundary of one document)
                result.failures.append(Failure(document.source, stage, f"{type(exc).__name__}: {exc}"[:300]))
        try:  # the parses the batch's linking will read, made together (~1.5 ms a sentence, ~2.5 ms one by one)
            parse_sentences(to_parse)
        except Exception:  # noqa: BLE001  each document then parses on demand, inside its own error boundary
            pass
        linked = []
        for document, doc, linker in linkers:
            try:
                linked.append((document, doc, linker.rows()))
            except Exception as exc:  # noqa: BLE001  (the error boundary of one document)
                result.failures.append(Failure(document.source, "extract", f"{type(exc).__name__}: {exc}"[:300]))
        try:  # the sentences of results without an outcome phrase, tagged together
            tag_sentences((doc, bounds) for _, doc, rows in linked for bounds in outcome_sentences(rows))
        except Exception:  # noqa: BLE001  each document then tags on demand, inside its own error boundary
            pass
        for document, doc, rows in linked:
            try:
                rows = with_outcome_phrases(rows, doc, document.text)
                result.arms.extend(arm_rows(document.doc_id, doc._.arms or []))
                result.rows.extend(rows)
                result.processed.append(document)
            except Exception as exc:  # noqa: BLE001  (the error boundary of one document)
                result.failures.append(Failure(document.source, "extract", f"{type(exc).__name__}: {exc}"[:300]))
        if progress:
            progress(min(offset + batch_size, len(documents)), len(documents))
    return result


def normalise(rows: list[dict]) -> pd.DataFrame:
    """Rows -> the evidence table, validated against its schema (raises SchemaError if broken)."""
    frame = to_evidence_frame(rows)
    return frame.sort_values(["doc_id", "start", "end", "kind"], kind="stable").reset_index(drop=True)




def normalise_arms(arms: list[dict]) -> pd.DataFrame:
    """Arm rows -> the arms table, validated against its schema."""
    return to_arm_frame(arms).sort_values(["doc_id", "arm_id"], kind="stable").reset_index(drop=True)


def stage_rows(staging: Staging, pending: ExtractResult, extracted: Extracted) -> None:
    """Validate the rows of batches against the contract and stage them; keep only their counts and failures."""
    staging.add(normalise(pending.rows), normalise_arms(pending.arms), pending.processed)
    release_free_memory(collect=False)
    extracted.processed += len(pending.processed)
    extracted.failures.extend(pending.failures)
    extracted.pipeline = pending.pipeline or extracted.pipeline


def publish(
    out: Path,
    run_id: str,
    started_at: datetime,
    staging: Staging,
    report: RunReport,
    remove: Iterable[str] = (),
    relocated: dict[str, str] | None = None,
) -> RunReport:
    """Move the staged rows into the database in one transaction, then export the tables atomically."""
    release_free_memory()
    out.mkdir(parents=True, exist_ok=True)
    report.outputs = {
        "database": str(out / DB_NAME),
        "parquet": str(out / "evidence.parquet"),
        "csv": str(out / "evidence.csv"),
        "arms": str(out / "arms.parquet"),
        "report": str(out / "run_report.json"),
    }
    saved = db.publish(
        out / DB_NAME, run_id, staging, asdict(report), started_at,
        remove=remove, version=report.version, trigger=report.trigger, relocated=relocated,
    )  # fmt: skip
    report = RunReport(**saved)
    db.export_table(out / DB_NAME, "evidence", out / "evidence.parquet", out / "evidence.csv")
    db.export_table(out / DB_NAME, "arms", out / "arms.parquet", out / "arms.csv")
    write_json_atomic(out / "run_report.json", asdict(report))
    return report


def release_free_memory(collect: bool = True) -> None:
    """Give freed memory back to the system: the C library keeps freed heap for reuse, so the
    transient memory of each staged part and the NLP's would otherwise add up, and DuckDB
    allocates its own (benchmarks/pipeline_scale.py). `collect` runs the garbage collector first.
    Nothing to do where the C library has no `malloc_trim`."""
    if collect:
        gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        pass


def validate_published(out: Path, gold: Path, corpus: Path, thresholds: Path | None) -> tuple[dict, list[str]]:
    """Score the published table against the gold, with the texts the store holds.

    Returns the figures that have thresholds (`mode:metric` -> value) and the threshold failures."""
    from trialmine.validate import load_evidence, run_validation
    from trialmine.validate.gold import gold_doc_ids
    from trialmine.validate.report import threshold_figures

    texts = db.document_texts(out / DB_NAME, gold_doc_ids(gold))
    report, failures = run_validation(
        load_evidence(out / "evidence.parquet"), gold, corpus, out, thresholds,
        evidence_label=str(out / "evidence.parquet"), texts=texts,
    )  # fmt: skip
    return threshold_figures(report), failures


def make_report(
    run_id: str,
    started: datetime,
    t0: float,
    options: RunOptions,
    found: int,
    ingested: IngestResult,
    plan: ChangePlan,
    extracted: Extracted,
    version: str,
    remove: list[str],
    failed_kept: list[str],
) -> RunReport:
    failures = [*ingested.failures, *extracted.failures]
    info = extracted.pipeline
    return RunReport(
        run_id=run_id,
        started_at=started.isoformat(timespec="seconds"),
        finished_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        duration_s=round(time.perf_counter() - t0, 2),
        corpus=str(options.corpus),
        out=str(options.out),
        ner_model=info.ner_model if info else Path(resolve_ner_model(options.ner_model, options.pipeline_config)).name,
        ner_note=info.note if info else "",
        documents_found=found,
        documents_read=len(plan.unchanged) + extracted.processed,
        documents_failed=len(failures),
        facts_by_kind={}, results_by_category={}, facts_by_document={},  # the store fills them in
        failures=[asdict(f) for f in failures],
        warnings=[asdict(w) for w in [*ingested.warnings, *plan.identities.warnings]],
        outputs={},
        trigger=options.trigger,
        version=version,
        documents_new=len(plan.new),
        documents_changed=len(plan.changed),
        documents_unchanged=len(plan.unchanged),
        documents_processed=len(plan.to_extract),
        documents_removed=remove,
        documents_missing=[] if options.prune else plan.missing,
        documents_elsewhere=len(plan.elsewhere),
        doc_id_clashes=[asdict(c) for c in plan.identities.clashes],
        failed_kept=failed_kept,
        pipeline_config=str(options.pipeline_config or ""),
    )  # fmt: skip


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def call_directly(name: str, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Run a stage in this process (the `execute` of runs without Prefect)."""
    return function(*args, **kwargs)


def reattach_review_decisions(out: Path, say: Callable[[str], None]) -> None:
    """Reviewers' decisions follow their facts when a re-run moved them (trialmine.store.decisions).
    The review file is the reviewers': if the app holds it too long, it re-attaches on its next load."""
    from trialmine.store.decisions import StoreLockedError, reattach

    try:
        moves = reattach(out)
    except StoreLockedError as exc:
        say(f"review decisions not re-attached now (the review app does it on its next load): {exc}")
        return
    if moves.moved or moves.orphaned or moves.restored:
        say(f"review decisions: {len(moves.moved)} re-attached, {len(moves.orphaned)} orphaned, {len(moves.restored)} restored")


def _map_with(execute: Execute) -> MapBatches:
    """One batch after the other, each through `execute`."""
    return lambda name, function, batches, *args: (execute(name, function, batch, *args) for batch in batches)


def map_in_processes(workers: int) -> MapBatches:
    """The batches over a pool of `workers` fresh processes (each builds the pipeline once, on its
    first batch), results in order; the pool closes when the results are consumed."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    def map_batches(name: str, function: Callable[..., Any], batches: list, *args: Any) -> Iterable[Any]:
        # spawn: a forked child would inherit the parent's threads (Prefect's, the store's) and locks
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            yield from pool.map(partial(_call_with_batch, function, args), batches)

    return map_batches


def _call_with_batch(function: Callable[..., Any], args: tuple, batch: list) -> Any:
    return function(batch, *args)


def run_stages(
    options: RunOptions,
    execute: Execute = call_directly,
    progress: Progress | None = None,
    say: Callable[[str], None] = log.info,
    map_batches: MapBatches | None = None,
) -> RunReport:
    """One run: take the output folder's lock, ingest, extract what is new or changed, publish,
    validate. The NLP batches go through `map_batches` (which may run them in parallel, in other
    processes or on other machines), by default one `execute` after the other. Every outcome is logged in the `runs` table: `completed`, or `failed` with the error
    (a run killed outright is marked `interrupted` by the next one).

    Raises RunLocked (another run holds the folder), ModelUnavailableError, PipelineConfigError, DocumentsFailed,
    ValidationFailed (after publishing: the table stays consistent) or what a stage raised.
    """
    t0, started, run_id = time.perf_counter(), datetime.now(timezone.utc), new_run_id()
    out, database = Path(options.out), Path(options.out) / DB_NAME
    with RunLock(out, run_id, options.wait_s):
        stored = db.begin_run(database, run_id, started, options.trigger)
        stale = remove_stale(out)  # what killed runs staged: they never published it
        if stale:
            say(f"removed the staged rows of {len(stale)} run(s) that did not finish: {', '.join(stale)}")
        staging = Staging(out, run_id)
        report: RunReport | None = None
        try:
            version = extractor_version(options.ner_model, options.pipeline_config)
            ingested, found = execute("ingest", ingest, Path(options.corpus), options.limits, options.inbox)
            plan = plan_changes(ingested, stored, version, options.redo)
            say(
                f"ingest: {found} files, {len(ingested.documents)} documents read ({len(plan.new)} new, "
                f"{len(plan.changed)} changed, {len(plan.unchanged)} unchanged), {len(ingested.failures)} failed"
            )
            extracted, pending = Extracted(), ExtractResult()
            todo = plan.to_extract
            batches = [todo[offset : offset + options.batch_size] for offset in range(0, len(todo), options.batch_size)]
            in_order = map_batches or (map_in_processes(options.workers) if options.workers > 1 else _map_with(execute))
            done = 0
            for batch, result in zip(batches, in_order("nlp-extract-batch", extract, batches, options.ner_model, options.pipeline_config)):
                pending.add(result)
                if len(pending.rows) >= STAGE_ROWS:
                    stage_rows(staging, pending, extracted)
                    pending = ExtractResult()  # those rows are on disk now
                done += len(batch)
                say(f"nlp: {done}/{len(todo)} documents")
                if progress:
                    progress(done, len(todo))
            stage_rows(staging, pending, extracted)
            failed_stored = plan.failed_stored + [
                d for d in (_doc_id_of(f, plan.changed) for f in extracted.failures) if d is not None
            ]
            remove = ([] if options.keep_failed else failed_stored) + (plan.missing if options.prune else [])
            failed_kept = failed_stored if options.keep_failed else []
            report = make_report(run_id, started, t0, options, found, ingested, plan, extracted, version, remove, failed_kept)
            _check_failures(options, found, ingested, plan, extracted)
            report = execute("publish", publish, out, run_id, started, staging, report, remove, plan.identities.relocated)
            say(f"published: {report.facts_added} facts added, {report.facts_replaced} replaced, {report.facts_removed} removed")
            reattach_review_decisions(out, say)
            if options.validate:
                gold = Path(options.gold or Path(options.corpus) / "gold")
                report.validation, failures = execute("validate", validate_published, out, gold, Path(options.corpus), options.thresholds)
                report.validation["passed"] = not failures
                if failures:
                    from trialmine.validate import ValidationFailed, failure_message

                    raise ValidationFailed(failure_message(failures))
                db.finish_run(database, run_id, "completed", asdict(report))
                write_json_atomic(out / "run_report.json", asdict(report))
            return report
        except BaseException as exc:
            status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            try:
                db.finish_run(database, run_id, status, asdict(report) if report else None, error=_one_line(exc))
                if report is not None:
                    write_json_atomic(out / "run_report.json", asdict(report))
            except Exception as record_error:  # noqa: BLE001  (never hide the run's own error)
                log.error("could not record run %s as %s: %s", run_id, status, record_error)
            raise
        finally:
            staging.remove()


def _check_failures(options: RunOptions, found: int, ingested: IngestResult, plan: ChangePlan, extracted: Extracted) -> None:
    failures = [*ingested.failures, *extracted.failures]
    if not plan.unchanged and not extracted.processed:
        what = f"none of the {found} files under {options.corpus} could be read" if found else f"no documents found under {options.corpus}"
        raise DocumentsFailed(what + "".join(f"\n  {f.source} [{f.stage}]: {f.reason}" for f in failures[:20]))
    if options.strict and failures:
        raise DocumentsFailed(
            f"--strict: {len(failures)} document(s) failed, nothing was written:"
            + "".join(f"\n  {f.source} [{f.stage}]: {f.reason}" for f in failures[:20])
        )


def _doc_id_of(failure: Failure, documents: list[Document]) -> str | None:
    return next((d.doc_id for d in documents if d.source == failure.source), None)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def run_extraction(
    corpus: Path, out: Path, ner_model: str | None = None, limits: Limits | None = None,
    progress: Progress | None = None, **options: Any,
) -> RunReport:
    """The whole run without Prefect (the flow runs the same `run_stages` with Prefect tasks)."""
    return run_stages(RunOptions(Path(corpus), Path(out), ner_model, limits=limits, **options), progress=progress)
