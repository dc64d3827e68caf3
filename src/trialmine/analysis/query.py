"""`trialmine query`: an analyst's SQL, read-only, and nothing else.

Defence in depth, each layer DuckDB's own (measured in tests/test_analysts.py and the README):
1. DuckDB's parser (`extract_statements`) classifies every statement; only SELECT (including
   WITH/FROM-first/SHOW/DESCRIBE/SUMMARIZE, which parse as SELECT) and EXPLAIN run. Refused before
   anything executes: INSERT/UPDATE/DELETE, CREATE (even TEMP), COPY, EXPORT, ATTACH/DETACH,
   INSTALL/LOAD, SET/RESET, PRAGMA, CALL, CHECKPOINT, VACUUM, transactions.
2. The database is opened read-only: no statement can change it.
3. `enable_external_access = false`: no file is read or written from SQL (read_csv, read_parquet,
   read_text, read_blob, glob, sniff_csv, `FROM 'file.csv'`, COPY TO, ATTACH, extension loading).
4. `lock_configuration = true`: no setting above can be changed back.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from trialmine.api import connect, typed_frame

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class QueryRefused(ValueError):
    """The SQL would write, attach, load or read files: `trialmine query` only reads the database."""


class QueryFailed(ValueError):
    """The SQL is wrong (DuckDB's message, first line)."""


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def check_statements(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryFailed(_first_line(exc)) from None
    if not statements:
        raise QueryFailed("no SQL statement given")
    for statement in statements:
        if statement.type not in ALLOWED:
            kind = statement.type.name.replace("_", " ")
            raise QueryRefused(f"refused: {kind} statement; trialmine query runs read-only SELECT statements only")


def lock_down(con: duckdb.DuckDBPyConnection) -> None:
    """No file access from SQL, and no way to turn it back on."""
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def run_query(out: Path, sql: str, reviewed: bool | str | None = None, include_rejected: bool = False) -> pd.DataFrame:
    """The SQL's result as a typed frame; QueryRefused / QueryFailed carry a one-line reason.
    Several statements run in order; the last one's result is returned."""
    con = connect(out, reviewed=reviewed, include_rejected=include_rejected)
    try:
        lock_down(con)
        check_statements(con, sql)
        statements = con.extract_statements(sql)
        try:
            for statement in statements[:-1]:
                con.execute(statement)
            return typed_frame(con, statements[-1].query)
        except duckdb.PermissionException as exc:
            reason = _first_line(exc).removeprefix("Permission Error: ").split(" - ")[0]
            raise QueryRefused(f"refused: trialmine query cannot read or write files ({reason})") from None
        except duckdb.Error as exc:
            raise QueryFailed(_first_line(exc)) from None
    finally:
        con.close()
