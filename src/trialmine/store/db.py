"""The embedded database (DuckDB): documents, evidence, runs and review decisions.

- `documents` keeps each document's text and content hash, so offsets in `evidence` can always be
  shown in context and a changed document is recognised, and its source (the file's absolute
  path), so a file of another corpus never takes over its doc_id (`trialmine.ingest.identity`).
- `evidence` is the table of facts (columns of `trialmine.store.schema`), replaced per document on
  every run that processes it, in one transaction.
- `review_decisions` belongs to reviewers: runs never delete from it. Decisions refer to stable
  `evidence_id`s, so a re-run that finds the same fact keeps its decision.
- `runs` logs each run: `running` from its start (with the run lock held, see `store/lock.py`),
  then `completed`, `failed` (with the error) or, found by the next run, `interrupted`.
- `arms` holds each document's trial arms (columns of `trialmine.store.schema.ARM_COLUMNS`),
  replaced per document with its evidence.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pandas as pd

from trialmine.ingest.document import Document
from trialmine.store.schema import ARM_COLUMNS, COLUMNS, SQL_TYPES, to_arm_frame
from trialmine.store.views import ensure_views


SCHEMA_SQL = f"""
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    doc_type VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    n_chars BIGINT NOT NULL,
    text VARCHAR NOT NULL,
    meta JSON,
    first_run_id VARCHAR,
    last_run_id VARCHAR,
    updated_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS evidence (
    {", ".join(f'"{c}" {SQL_TYPES[t]}' for c, t in COLUMNS.items())},
    run_id VARCHAR,
    PRIMARY KEY (evidence_id)
);
CREATE TABLE IF NOT EXISTS arms (
    {", ".join(f'"{c}" {SQL_TYPES[t]}' for c, t in ARM_COLUMNS.items())},
    run_id VARCHAR,
    PRIMARY KEY (doc_id, arm_id)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR,  -- running, completed, failed, interrupted
    report JSON
);
CREATE TABLE IF NOT EXISTS review_decisions (
    evidence_id VARCHAR NOT NULL,
    decision VARCHAR NOT NULL CHECK (decision IN ('accept', 'reject', 'correct')),
    corrected JSON,
    reviewer VARCHAR,
    note VARCHAR,
    decided_at TIMESTAMP NOT NULL
);
"""


# columns added after the first release: (table, column, type)
_ADDED_COLUMNS = (
    ("documents", "version", "VARCHAR"),  # extractor version (rules + models) its facts came from
    ("runs", "trigger", "VARCHAR"),  # manual or schedule
    ("runs", "pid", "BIGINT"),
    ("runs", "version", "VARCHAR"),
    ("runs", "error", "VARCHAR"),  # why a failed or interrupted run stopped
)


WRITER_BUSY_WAIT_S = 5.0


class StoreBusyError(RuntimeError):
    """Another process holds the database (DuckDB allows one writing process at a time)."""


def _open(path: Path, read_only: bool = False, busy_wait_s: float = 0) -> duckdb.DuckDBPyConnection:
    """Open the database; while another process holds it, retry for up to `busy_wait_s` seconds."""
    deadline = time.monotonic() + busy_wait_s
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            raise StoreBusyError(
                f"{path} is in use by another process (another trialmine run, or an open query); "
                f"try again when it has finished. DuckDB said: {str(exc).splitlines()[0]}"
            ) from exc


@contextmanager
def connect(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection with the schema in place. Readers (queries, the review app) hold
    the file only briefly, so a writer waits for them a little before giving up."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, busy_wait_s=WRITER_BUSY_WAIT_S)
    try:
        con.execute(SCHEMA_SQL)
        _add_missing_columns(con)
        yield con
        ensure_views(con)  # after the work, so the views' dose factors cover what was just written
    finally:
        con.close()


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """A database written by an older trialmine gains the columns added since (as NULLs)."""
    for table, column, sql_type in _ADDED_COLUMNS:
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {sql_type}")
    existing = {row[0] for row in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'evidence'").fetchall()}
    for column, dtype in COLUMNS.items():
        if column not in existing:
            con.execute(f'ALTER TABLE evidence ADD COLUMN "{column}" {SQL_TYPES[dtype]}')


@dataclass(frozen=True)
class StoredDocument:
    """What the store knows of a document: enough to tell whether it changed since."""

    sha256: str
    version: str | None  # the extractor version its facts came from
    source: str


def begin_run(path: Path, run_id: str, started_at: datetime, trigger: str) -> dict[str, StoredDocument]:
    """Log the run as `running` and return the stored documents; called with the run lock held.

    Runs still `running` belong to processes that died without recording an outcome (killed):
    the lock is free, so nobody else can be running. They become `interrupted`.
    """
    with connect(path) as con:
        con.execute(
            "UPDATE runs SET status = 'interrupted', finished_at = coalesce(finished_at, ?), "
            "error = coalesce(error, 'the run ended without recording an outcome (killed or crashed)') "
            "WHERE status = 'running'",
            [_utcnow()],
        )
        con.execute(
            "INSERT INTO runs (run_id, started_at, status, trigger, pid) VALUES (?, ?, 'running', ?, ?)",
            [run_id, started_at.replace(tzinfo=None), trigger, os.getpid()],
        )
        rows = con.execute("SELECT doc_id, sha256, version, source FROM documents").fetchall()
    return {doc_id: StoredDocument(sha, version, source) for doc_id, sha, version, source in rows}


def finish_run(path: Path, run_id: str, status: str, report: dict | None = None, error: str | None = None) -> None:
    """Record a run's outcome (`failed`, `interrupted`, or a report update after publishing)."""
    with connect(path) as con:
        con.execute(
            "UPDATE runs SET status = ?, finished_at = ?, error = coalesce(?, error), "
            "report = coalesce(?::JSON, report), version = coalesce(?, version) WHERE run_id = ?",
            [status, _utcnow(), error, _json(report) if report else None, (report or {}).get("version"), run_id],
        )


def publish(
    path: Path,
    run_id: str,
    documents: list[Document],
    evidence: pd.DataFrame,
    report: dict,
    started_at: datetime,
    *,
    remove: Iterable[str] = (),
    version: str = "",
    trigger: str = "manual",
    arms: pd.DataFrame | None = None,
    relocated: dict[str, str] | None = None,
) -> dict:
    """One transaction: replace the facts and arms of the processed documents, drop those of `remove`
    (failed or pruned documents, with their `documents` rows), record the new source of the
    `relocated` ones (doc_id -> source: moved files, unchanged), log the run as completed.

    Fills the report's fact counts (`facts_added/replaced/removed`, and the whole table's
    `facts_by_kind`, `results_by_category`, `facts_by_document`) before logging it; returns it.
    """
    now = _utcnow()
    frame = evidence.assign(run_id=run_id)
    arm_frame = (arms if arms is not None else to_arm_frame([])).assign(run_id=run_id)
    doc_rows = pd.DataFrame(
        [
            {
                "doc_id": d.doc_id, "doc_type": d.doc_type, "source": d.origin or d.source, "sha256": d.sha256,
                "n_chars": len(d.text), "text": d.text, "meta": json.dumps(d.meta), "run_id": run_id,
            }
            for d in documents
        ],
        columns=["doc_id", "doc_type", "source", "sha256", "n_chars", "text", "meta", "run_id"],
    )
    removed_ids = pd.DataFrame({"doc_id": sorted(set(remove) - set(doc_rows["doc_id"]))}, dtype="object")
    moved = pd.DataFrame(
        sorted((k, v) for k, v in (relocated or {}).items() if k not in set(doc_rows["doc_id"])),
        columns=["doc_id", "source"], dtype="object",
    )  # fmt: skip
    columns = ", ".join(f'"{c}"' for c in [*COLUMNS, "run_id"])
    with connect(path) as con:
        con.register("frame", frame)
        con.register("doc_rows", doc_rows)
        con.register("removed_ids", removed_ids)
        con.register("arm_frame", arm_frame)
        con.register("moved", moved)
        con.execute("BEGIN TRANSACTION")
        try:
            replaced = _count(con, "SELECT count(*) FROM evidence WHERE doc_id IN (SELECT doc_id FROM doc_rows)")
            removed = _count(con, "SELECT count(*) FROM evidence WHERE doc_id IN (SELECT doc_id FROM removed_ids)")
            con.execute("DELETE FROM evidence WHERE doc_id IN (SELECT doc_id FROM doc_rows UNION SELECT doc_id FROM removed_ids)")
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM removed_ids)")
            con.execute("UPDATE documents SET source = moved.source FROM moved WHERE documents.doc_id = moved.doc_id")
            con.execute(f"INSERT INTO evidence ({columns}) SELECT {columns} FROM frame")
            arm_columns = ", ".join(f'"{c}"' for c in [*ARM_COLUMNS, "run_id"])
            con.execute("DELETE FROM arms WHERE doc_id IN (SELECT doc_id FROM doc_rows UNION SELECT doc_id FROM removed_ids)")
            con.execute(f"INSERT INTO arms ({arm_columns}) SELECT {arm_columns} FROM arm_frame")
            con.execute(
                """
                INSERT INTO documents
                    (doc_id, doc_type, source, sha256, n_chars, text, meta, first_run_id, last_run_id, updated_at, version)
                SELECT doc_id, doc_type, source, sha256, n_chars, text, meta::JSON, run_id, run_id, ?, ?
                FROM doc_rows
                ON CONFLICT (doc_id) DO UPDATE SET
                    doc_type = excluded.doc_type, source = excluded.source, sha256 = excluded.sha256,
                    n_chars = excluded.n_chars, text = excluded.text, meta = excluded.meta,
                    last_run_id = excluded.last_run_id, updated_at = excluded.updated_at, version = excluded.version
                """,
                [now, version],
            )
            report.update(
                facts_added=len(frame), facts_replaced=replaced, facts_removed=removed,
                facts_by_kind=_grouped(con, "kind", "TRUE"),
                results_by_category=_grouped(con, "category", "kind = 'result'"),
                facts_by_document=_grouped(con, "doc_id", "TRUE"),
            )  # fmt: skip
            con.execute(
                """
                INSERT INTO runs (run_id, started_at, finished_at, status, report, trigger, pid, version)
                VALUES (?, ?, ?, 'completed', ?, ?, ?, ?)
                ON CONFLICT (run_id) DO UPDATE SET
                    finished_at = excluded.finished_at, status = excluded.status, report = excluded.report,
                    version = excluded.version
                """,
                [run_id, started_at.replace(tzinfo=None), now, _json(report), trigger, os.getpid(), version],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return report


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return int(con.execute(sql).fetchone()[0])


def _grouped(con: duckdb.DuckDBPyConnection, column: str, where: str) -> dict[str, int]:
    rows = con.execute(f'SELECT CAST("{column}" AS VARCHAR), count(*) FROM evidence WHERE {where} GROUP BY 1 ORDER BY 1').fetchall()
    return {str(key): int(n) for key, n in rows}


def _json(report: dict) -> str:
    return json.dumps(report, default=str)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def list_runs(path: Path, limit: int | None = None) -> pd.DataFrame:
    """The run history, newest first (read-only; waits briefly while a run writes)."""
    con = _open(path, read_only=True, busy_wait_s=WRITER_BUSY_WAIT_S)
    try:
        sql = "SELECT * FROM runs ORDER BY started_at DESC" + (f" LIMIT {int(limit)}" if limit else "")
        frame = con.execute(sql).df()
    finally:
        con.close()
    frame["report"] = [json.loads(r) if isinstance(r, str) else {} for r in frame["report"]]
    return frame


def document_texts(path: Path, doc_ids: Iterable[str]) -> dict[str, str]:
    """doc_id -> stored text (the text every offset in `evidence` indexes), for the ids present."""
    con = _open(path, read_only=True, busy_wait_s=WRITER_BUSY_WAIT_S)
    try:
        rows = con.execute("SELECT doc_id, text FROM documents WHERE list_contains(?, doc_id)", [list(doc_ids)]).fetchall()
    finally:
        con.close()
    return dict(rows)


def read_evidence(path: Path) -> pd.DataFrame:
    """The whole evidence table, in contract column order, sorted by document and offset."""
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    with connect(path) as con:
        frame = con.execute(f'SELECT {cols} FROM evidence ORDER BY doc_id, start, "end", kind').df()
    return frame.astype(COLUMNS)


def read_arms(path: Path) -> pd.DataFrame:
    """Every document's trial arms, in contract column order."""
    cols = ", ".join(f'"{c}"' for c in ARM_COLUMNS)
    with connect(path) as con:
        frame = con.execute(f"SELECT {cols} FROM arms ORDER BY doc_id, arm_id").df()
    return frame.astype(ARM_COLUMNS)


def query(path: Path, sql: str) -> pd.DataFrame:
    """Run an analyst's SQL read-only against the database."""
    con = _open(path, read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()
