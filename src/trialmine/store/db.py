"""The embedded database (DuckDB): documents, evidence, runs and review decisions.

- `documents` keeps each document's text and content hash, so offsets in `evidence` can always be
  shown in context and a changed document is recognised.
- `evidence` is the table of facts (columns of `trialmine.store.schema`), replaced per document on
  every run that processes it, in one transaction.
- `review_decisions` belongs to reviewers: runs never delete from it. Decisions refer to stable
  `evidence_id`s, so a re-run that finds the same fact keeps its decision.
- `runs` logs each run with its report.
- `arms` holds each document's trial arms (columns of `trialmine.store.schema.ARM_COLUMNS`),
  replaced per document with its evidence.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from trialmine.ingest.document import Document
from trialmine.store.schema import ARM_COLUMNS, COLUMNS, to_arm_frame

_SQL_TYPES = {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE"}

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
    {", ".join(f'"{c}" {_SQL_TYPES[t]}' for c, t in COLUMNS.items())},
    run_id VARCHAR,
    PRIMARY KEY (evidence_id)
);
CREATE TABLE IF NOT EXISTS arms (
    {", ".join(f'"{c}" {_SQL_TYPES[t]}' for c, t in ARM_COLUMNS.items())},
    run_id VARCHAR,
    PRIMARY KEY (doc_id, arm_id)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR,
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


class StoreBusyError(RuntimeError):
    """Another process holds the database (DuckDB allows one writing process at a time)."""


def _open(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreBusyError(
                f"{path} is in use by another process (another trialmine run, or an open query); "
                f"try again when it has finished. DuckDB said: {str(exc).splitlines()[0]}"
            ) from exc
        raise


@contextmanager
def connect(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path)
    try:
        con.execute(SCHEMA_SQL)
        _add_missing_columns(con)
        yield con
    finally:
        con.close()


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """A database written by an older trialmine gains the evidence columns added since (as NULLs)."""
    existing = {row[0] for row in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'evidence'").fetchall()}
    for column, dtype in COLUMNS.items():
        if column not in existing:
            con.execute(f'ALTER TABLE evidence ADD COLUMN "{column}" {_SQL_TYPES[dtype]}')


def publish(
    path: Path,
    run_id: str,
    documents: list[Document],
    evidence: pd.DataFrame,
    report: dict,
    started_at: datetime,
    arms: pd.DataFrame | None = None,
) -> None:
    """Replace the facts and arms of the processed documents and log the run, all in one transaction."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    frame = evidence.assign(run_id=run_id)
    arm_frame = (arms if arms is not None else to_arm_frame([])).assign(run_id=run_id)
    doc_rows = pd.DataFrame(
        [
            {
                "doc_id": d.doc_id, "doc_type": d.doc_type, "source": d.source, "sha256": d.sha256,
                "n_chars": len(d.text), "text": d.text, "meta": json.dumps(d.meta), "run_id": run_id,
            }
            for d in documents
        ],
        columns=["doc_id", "doc_type", "source", "sha256", "n_chars", "text", "meta", "run_id"],
    )
    columns = ", ".join(f'"{c}"' for c in [*COLUMNS, "run_id"])
    with connect(path) as con:
        con.register("frame", frame)
        con.register("doc_rows", doc_rows)
        con.register("arm_frame", arm_frame)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM evidence WHERE doc_id IN (SELECT doc_id FROM doc_rows)")
            con.execute(f"INSERT INTO evidence ({columns}) SELECT {columns} FROM frame")
            arm_columns = ", ".join(f'"{c}"' for c in [*ARM_COLUMNS, "run_id"])
            con.execute("DELETE FROM arms WHERE doc_id IN (SELECT doc_id FROM doc_rows)")
            con.execute(f"INSERT INTO arms ({arm_columns}) SELECT {arm_columns} FROM arm_frame")
            con.execute(
                """
                INSERT INTO documents
                SELECT doc_id, doc_type, source, sha256, n_chars, text, meta::JSON, run_id, run_id, ?
                FROM doc_rows
                ON CONFLICT (doc_id) DO UPDATE SET
                    doc_type = excluded.doc_type, source = excluded.source, sha256 = excluded.sha256,
                    n_chars = excluded.n_chars, text = excluded.text, meta = excluded.meta,
                    last_run_id = excluded.last_run_id, updated_at = excluded.updated_at
                """,
                [now],
            )
            con.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?)",
                [run_id, started_at.replace(tzinfo=None), now, "completed", json.dumps(report, default=str)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


def read_evidence(path: Path) -> pd.DataFrame:
    """The whole evidence table, in contract column order, sorted by document and offset."""
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    with connect(path) as con:
        frame = con.execute(f'SELECT {cols} FROM evidence ORDER BY doc_id, start, "end", kind').df()
    return frame.astype(COLUMNS)


def query(path: Path, sql: str) -> pd.DataFrame:
    """Run an analyst's SQL read-only against the database."""
    con = _open(path, read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()
