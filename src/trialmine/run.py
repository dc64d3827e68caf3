"""The extraction run as plain functions: ingest -> nlp -> link & normalise -> publish.

The Prefect flow (`flows/extract.py`) wires these stages into a run; tests call them directly.
Every stage returns what it processed and what failed, so one bad document never stops a batch.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from trialmine.extract.arms import arm_rows
from trialmine.extract.link import extract_rows
from trialmine.ingest.corpus import discover, ingest_paths
from trialmine.ingest.document import Document, Failure, IngestResult
from trialmine.limits import Limits
from trialmine.nlp.pipeline import PipelineInfo, build_pipeline
from trialmine.store import db
from trialmine.store.files import write_json_atomic, write_table_atomic
from trialmine.store.schema import to_arm_frame, to_evidence_frame

DB_NAME = "trialmine.duckdb"
Progress = Callable[[int, int], None]  # (documents done, documents total)
# documents the NER tags at once: tok2vec memory grows with the batch (~150 MB for a 50k-character
# article), so keep it small; throughput on CPU barely changes (benchmarks/extract_speed.py)
_SPACY_BATCH = 4


@dataclass
class ExtractResult:
    rows: list[dict] = field(default_factory=list)
    arms: list[dict] = field(default_factory=list)  # rows of the arms table, per processed document
    processed: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    pipeline: PipelineInfo | None = None


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


def ingest(corpus: Path, limits: Limits | None = None) -> tuple[IngestResult, int]:
    """Read every document under `corpus`; returns the result and how many files were found."""
    paths = discover(corpus)
    return ingest_paths(paths, limits or Limits.from_env(), root=corpus), len(paths)


def extract(
    documents: list[Document],
    ner_model: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> ExtractResult:
    """Run the spaCy pipeline over the documents in batches and turn each into table rows."""
    nlp, info = build_pipeline(ner_model=ner_model)
    result = ExtractResult(pipeline=info)
    for offset in range(0, len(documents), batch_size):
        batch = documents[offset : offset + batch_size]
        try:
            docs = list(nlp.pipe((d.text for d in batch), batch_size=_SPACY_BATCH))
        except Exception:  # a batch failed: redo its documents one by one to find the bad one
            docs = [None] * len(batch)
        for document, doc in zip(batch, docs):
            stage = "nlp"
            try:
                if doc is None:
                    doc = nlp(document.text)
                stage = "extract"
                rows = extract_rows(document, doc)
                result.arms.extend(arm_rows(document.doc_id, doc._.arms or []))
                result.rows.extend(rows)
                result.processed.append(document)
            except Exception as exc:  # noqa: BLE001  (the error boundary of one document)
                result.failures.append(Failure(document.source, stage, f"{type(exc).__name__}: {exc}"[:300]))
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


def publish(
    out: Path,
    run_id: str,
    started_at: datetime,
    documents: list[Document],
    table: pd.DataFrame,
    report: RunReport,
    arms: pd.DataFrame | None = None,
) -> dict[str, str]:
    """Commit to the database in one transaction, then export the whole table atomically."""
    out.mkdir(parents=True, exist_ok=True)
    outputs = {
        "database": str(out / DB_NAME),
        "parquet": str(out / "evidence.parquet"),
        "csv": str(out / "evidence.csv"),
        "report": str(out / "run_report.json"),
    }
    report.outputs = outputs
    db.publish(out / DB_NAME, run_id, documents, table, asdict(report), started_at, arms=arms)
    write_table_atomic(db.read_evidence(out / DB_NAME), out / "evidence.parquet", out / "evidence.csv")
    write_json_atomic(out / "run_report.json", asdict(report))
    return outputs


def make_report(
    run_id: str,
    started: datetime,
    t0: float,
    corpus: Path,
    out: Path,
    found: int,
    ingested: IngestResult,
    extracted: ExtractResult,
    table: pd.DataFrame,
) -> RunReport:
    failures = [*ingested.failures, *extracted.failures]
    info = extracted.pipeline
    return RunReport(
        run_id=run_id,
        started_at=started.isoformat(timespec="seconds"),
        finished_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        duration_s=round(time.perf_counter() - t0, 2),
        corpus=str(corpus),
        out=str(out),
        ner_model=info.ner_model if info else "",
        ner_note=info.note if info else "",
        documents_found=found,
        documents_read=len(extracted.processed),
        documents_failed=len(failures),
        facts_by_kind=_counts(table["kind"]),
        results_by_category=_counts(table.loc[table["kind"] == "result", "category"]),
        facts_by_document=_counts(table["doc_id"]),
        failures=[asdict(f) for f in failures],
        warnings=[asdict(w) for w in ingested.warnings],
        outputs={},
    )


def _counts(values: Iterable) -> dict[str, int]:
    return dict(sorted(Counter(str(v) for v in values).items()))


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def run_extraction(
    corpus: Path, out: Path, ner_model: str | None = None, limits: Limits | None = None, progress: Progress | None = None
) -> RunReport:
    """The whole run without Prefect (the flow calls the same stages as tasks)."""
    t0, started, run_id = time.perf_counter(), datetime.now(timezone.utc), new_run_id()
    ingested, found = ingest(corpus, limits)
    extracted = extract(ingested.documents, ner_model=ner_model, progress=progress)
    table = normalise(extracted.rows)
    report = make_report(run_id, started, t0, corpus, out, found, ingested, extracted, table)
    publish(out, run_id, started, extracted.processed, table, report, arms=normalise_arms(extracted.arms))
    return report
