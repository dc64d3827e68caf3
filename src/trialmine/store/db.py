"""The embedded database (DuckDB): documents, evidence, arms and runs.

- `documents` keeps each document's text and content hash, so offsets in `evidence` can always be
  shown in context and a changed document is recognised, and its source (the file's absolute
  path), so a file of another corpus never takes over its doc_id (`trialmine.ingest.identity`).
- `evidence` is the table of facts (columns of `trialmine.store.schema`), replaced per document on
  every run that processes it, in one transaction.
- Reviewers' decisions are not here but in `OUT/review.duckdb` (`store/decisions.py`), which runs
  only re-attach; the empty `review_decisions` table of older databases is dropped on open.
- `runs` logs each run: `running` from its start (with the run lock held, see `store/lock.py`),
  then `completed`, `failed` (with the error) or, found by the next run, `interrupted`.
- `arms` holds each document's trial arms (columns of `trialmine.store.schema.ARM_COLUMNS`),
  replaced per document with its evidence.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pandas as pd
import pyarrow as pa

from trialmine.store.files import atomic_path
from trialmine.store.schema import ARM_COLUMNS, COLUMNS, SQL_TYPES, sql_string
from trialmine.store.staging import Staging
from trialmine.store.views import ensure_views

log = logging.getLogger(__name__)


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
"""


# columns added after the first release: (table, column, type)
_ADDED_COLUMNS = (
    ("documents", "version", "VARCHAR"),  # extractor version (rules + models) its facts came from
    ("runs", "trigger", "VARCHAR"),  # manual or schedule
    ("runs", "pid", "BIGINT"),
    ("runs", "version", "VARCHAR"),
    ("runs", "error", "VARCHAR"),  # why a failed or interrupted run stopped
)
# tables of older releases that nothing reads any more: dropped on open while they hold no rows
# (review_decisions: reviewers' decisions live in OUT/review.duckdb, store/decisions.py; no release
# wrote to it, so rows in it were put there by hand and are kept, with a warning)
_SUPERSEDED_TABLES = ("review_decisions",)


WRITER_BUSY_WAIT_S = 5.0
# a run's store work is a few statements over one run's rows: one thread and no insertion order to
# keep hold DuckDB's own memory to about what the statements need (DuckDB's out-of-memory guide),
# so a run's peak memory stays the NLP's (benchmarks/pipeline_scale.py: 1,500 abstracts, 478 -> 444 MB)
_STORE_SETTINGS = ("SET threads = 1", "SET preserve_insertion_order = false")


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
        for setting in _STORE_SETTINGS:
            con.execute(setting)
        con.execute(SCHEMA_SQL)
        _add_missing_columns(con)
        _drop_superseded_tables(con, path)
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


def _drop_superseded_tables(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    for table in _SUPERSEDED_TABLES:
        if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?", [table]).fetchone()[0]:
            continue
        rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if rows:
            log.warning("%s: table %s holds %d rows that nothing reads (superseded); kept, remove it when you no longer need them", path, table, rows)
        else:
            con.execute(f"DROP TABLE {table}")


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
    staged: Staging,
    report: dict,
    started_at: datetime,
    *,
    remove: Iterable[str] = (),
    version: str = "",
    trigger: str = "manual",
    relocated: dict[str, str] | None = None,
) -> dict:
    """One transaction: replace the facts and arms of the processed documents with the `staged`
    ones (`store.staging`), drop those of `remove` (failed or pruned documents, with their
    `documents` rows), record the new source of the `relocated` ones (doc_id -> source: moved
    files, unchanged), log the run as completed.

    Fills the report's fact counts (`facts_added/replaced/removed`, and the whole table's
    `facts_by_kind`, `results_by_category`, `facts_by_document`) by SQL before logging it; returns it.
    """
    now = _utcnow()
    columns = ", ".join(f'"{c}"' for c in COLUMNS)
    arm_columns = ", ".join(f'"{c}"' for c in ARM_COLUMNS)
    with connect(path) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            params = {"run_id": run_id, "now": now, "version": version}
            con.execute(f"CREATE TEMP VIEW staged_evidence AS SELECT * FROM {staged.relation('evidence')}")
            con.execute(f"CREATE TEMP VIEW staged_arms AS SELECT * FROM {staged.relation('arms')}")
            con.execute(f"CREATE TEMP VIEW staged_documents AS SELECT * FROM {staged.relation('documents')}")
            # the processed documents' ids first: the statements below join on them
            con.execute("CREATE TEMP TABLE processed_ids AS SELECT doc_id FROM staged_documents")
            con.execute("CREATE TEMP TABLE removed_ids AS SELECT unnest(?::VARCHAR[]) AS doc_id EXCEPT SELECT doc_id FROM processed_ids", [sorted(set(remove))])
            con.execute("CREATE TEMP TABLE moved AS SELECT unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS source", _moved(relocated))
            con.execute("DELETE FROM moved WHERE doc_id IN (SELECT doc_id FROM processed_ids)")
            replaced = _count(con, "SELECT count(*) FROM evidence WHERE doc_id IN (SELECT doc_id FROM processed_ids)")
            removed = _count(con, "SELECT count(*) FROM evidence WHERE doc_id IN (SELECT doc_id FROM removed_ids)")
            gone = "SELECT doc_id FROM processed_ids UNION SELECT doc_id FROM removed_ids"
            con.execute(f"DELETE FROM evidence WHERE doc_id IN ({gone})")
            con.execute(f"DELETE FROM arms WHERE doc_id IN ({gone})")
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM removed_ids)")
            con.execute("UPDATE documents SET source = moved.source FROM moved WHERE documents.doc_id = moved.doc_id")
            added = _count(con, f"INSERT INTO evidence ({columns}, run_id) SELECT {columns}, $run_id FROM staged_evidence", {"run_id": run_id})
            con.execute(f"INSERT INTO arms ({arm_columns}, run_id) SELECT {arm_columns}, $run_id FROM staged_arms", {"run_id": run_id})
            # stored documents updated, new ones inserted (DuckDB's ON CONFLICT would hold the texts once more)
            con.execute(
                """
                UPDATE documents SET
                    doc_type = s.doc_type, source = s.source, sha256 = s.sha256, n_chars = s.n_chars, text = s.text,
                    meta = s.meta::JSON, last_run_id = $run_id, updated_at = $now, version = $version
                FROM staged_documents s WHERE documents.doc_id = s.doc_id
                """,
                params,
            )
            con.execute(
                """
                INSERT INTO documents
                    (doc_id, doc_type, source, sha256, n_chars, text, meta, first_run_id, last_run_id, updated_at, version)
                SELECT doc_id, doc_type, source, sha256, n_chars, text, meta::JSON, $run_id, $run_id, $now, $version
                FROM staged_documents WHERE doc_id NOT IN (SELECT doc_id FROM documents)
                """,
                params,
            )
            report.update(
                facts_added=added, facts_replaced=replaced, facts_removed=removed,
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


def _moved(relocated: dict[str, str] | None) -> list[list[str]]:
    pairs = sorted((relocated or {}).items())
    return [[doc_id for doc_id, _ in pairs], [source for _, source in pairs]]


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> int:
    return int(con.execute(sql, params).fetchone()[0])


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
        frame = con.execute(f"SELECT {cols} FROM evidence ORDER BY {EXPORT_ORDER['evidence']}").df()
    return frame.astype(COLUMNS)


def read_arms(path: Path) -> pd.DataFrame:
    """Every document's trial arms, in contract column order."""
    cols = ", ".join(f'"{c}"' for c in ARM_COLUMNS)
    with connect(path) as con:
        frame = con.execute(f"SELECT {cols} FROM arms ORDER BY {EXPORT_ORDER['arms']}").df()
    return frame.astype(ARM_COLUMNS)


# the exported tables' row order
EXPORT_ORDER = {"evidence": 'doc_id, start, "end", kind', "arms": "doc_id, arm_id"}
# rows per Parquet row group: the writer holds one in memory (DuckDB's default, 122,880, would hold
# a whole 1,500-abstract table: +8 MB at the peak of such a run)
EXPORT_ROW_GROUP_ROWS = 4096
_EXPORT_COLUMNS = {"evidence": COLUMNS, "arms": ARM_COLUMNS}


def export_table(path: Path, table: str, parquet: Path, csv: Path) -> None:
    """Write `table` (evidence or arms) to Parquet and CSV by DuckDB's COPY, each to a temporary
    file renamed over the target (`atomic_path`): the table never passes through Python.

    The files read as pandas wrote them before: the Parquet file carries pandas' and Arrow's schema
    metadata (so `pd.read_parquet` gives the contract's dtypes) and every column is OPTIONAL (DuckDB marks a
    column without NULLs in the data REQUIRED: the never-true row of NULLs keeps the schema the same
    from run to run); the CSV leaves empty strings unquoted, like NULLs, and never quotes '#'."""
    dtypes = _EXPORT_COLUMNS[table]
    cols = ", ".join(f'"{c}"' for c in dtypes)
    nulls = ", ".join(f"NULL::{SQL_TYPES[t]}" for t in dtypes.values())
    rows = f"SELECT {cols} FROM {table} UNION ALL SELECT {nulls} WHERE random() < 0 ORDER BY {EXPORT_ORDER[table]}"
    csv_cols = ", ".join(f"nullif(\"{c}\", '') AS \"{c}\"" if t == "string" else f'"{c}"' for c, t in dtypes.items())
    schema = pa.Schema.from_pandas(pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()}), preserve_index=False)
    metadata = {"pandas": schema.metadata[b"pandas"].decode(), "ARROW:schema": base64.b64encode(schema.serialize().to_pybytes()).decode()}
    kv_metadata = ", ".join(f'"{key}": {sql_string(value)}' for key, value in metadata.items())
    con = _open(path, read_only=True, busy_wait_s=WRITER_BUSY_WAIT_S)
    try:
        for setting in _STORE_SETTINGS:
            con.execute(setting)
        with atomic_path(parquet) as tmp:
            con.execute(
                f"COPY ({rows}) TO {sql_string(str(tmp))} (FORMAT parquet, USE_TMP_FILE false, "
                f"ROW_GROUP_SIZE {EXPORT_ROW_GROUP_ROWS}, KV_METADATA {{{kv_metadata}}})"
            )
        with atomic_path(csv) as tmp:
            con.execute(f"COPY (SELECT {csv_cols} FROM ({rows})) TO {sql_string(str(tmp))} (FORMAT csv, HEADER, COMMENT '', USE_TMP_FILE false)")
    finally:
        con.close()


def query(path: Path, sql: str) -> pd.DataFrame:
    """Run an analyst's SQL read-only against the database."""
    con = _open(path, read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()
