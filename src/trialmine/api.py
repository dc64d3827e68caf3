"""The Python API for analysts: the evidence database's views as typed pandas DataFrames.

    import trialmine
    orr = trialmine.results(drug="selinexor", endpoint="ORR")
    doses = trialmine.load(view="doses", reviewed=True)

Everything opens the database read-only, so it works beside a scheduled run or the review app
(DuckDB refuses a read-only open while another process writes; the open is retried for `wait_s`).
Review decisions come from `OUT/review.duckdb` when it exists (attached read-only).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable

import duckdb
import pandas as pd

from trialmine.store.db import StoreBusyError
from trialmine.store.schema import sql_string
from trialmine.store.views import REVIEW_ALIAS, VIEWS, ReviewFilter, create_session_views

DB_NAME = "trialmine.duckdb"
REVIEW_DB = "review.duckdb"
# columns analysts filter and group by: categoricals keep frames small and make value_counts() tidy
CATEGORICAL = ("kind", "category", "endpoint", "value_unit", "review_status", "doc_type", "unit", "dose_unit", "role")
_PANDAS_TYPES = {
    "BIGINT": "Int64", "INTEGER": "Int64", "HUGEINT": "Int64", "SMALLINT": "Int64", "TINYINT": "Int64",
    "UBIGINT": "Int64", "UINTEGER": "Int64", "DOUBLE": "Float64", "FLOAT": "Float64", "VARCHAR": "string",
    "BOOLEAN": "boolean", "JSON": "string",
}  # fmt: skip


def _review_filter(reviewed: bool | str | None) -> ReviewFilter:
    """None: every fact not rejected; True / "accepted": accepted and corrected ones; False / "unreviewed"."""
    mapping = {None: "all", "all": "all", True: "accepted", "accepted": "accepted", False: "unreviewed", "unreviewed": "unreviewed"}
    if reviewed not in mapping:
        raise ValueError(f"reviewed must be None, True, False, 'accepted' or 'unreviewed', not {reviewed!r}")
    return mapping[reviewed]  # type: ignore[return-value]


def _with_retry(action, what: Path, wait_s: float):
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return action()
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise StoreBusyError(
                    f"{what} is held by another process writing to it (a trialmine run or the review app) "
                    f"for more than {wait_s:g} s; try again when it has finished"
                ) from exc
            time.sleep(0.2)


def connect(
    out: str | Path = "outputs",
    reviewed: bool | str | None = None,
    include_rejected: bool = False,
    wait_s: float = 10.0,
) -> duckdb.DuckDBPyConnection:
    """A read-only connection to OUT/trialmine.duckdb with the analyst views as TEMP views
    (`results`, `doses`, `arms`, `drugs`, `documents`, `facts`), seeing OUT/review.duckdb's decisions."""
    out = Path(out)
    database = out / DB_NAME
    if not database.is_file():
        raise FileNotFoundError(f"no database at {database}: run `trialmine run --out {out}` first")
    review_filter = _review_filter(reviewed)
    con = _with_retry(lambda: duckdb.connect(str(database), read_only=True), database, wait_s)
    try:
        review_file = out / REVIEW_DB
        attached = False
        if review_file.is_file():
            literal = sql_string(str(review_file.resolve()))
            _with_retry(lambda: con.execute(f"ATTACH {literal} AS {REVIEW_ALIAS} (READ_ONLY)"), review_file, wait_s)
            attached = bool(
                con.execute(
                    "SELECT 1 FROM information_schema.tables WHERE table_catalog = ? AND table_name = 'decisions'",
                    [REVIEW_ALIAS],
                ).fetchall()
            )
        create_session_views(con, attached, review_filter, include_rejected)
    except BaseException:
        con.close()
        raise
    return con


def typed_frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    """Run SQL and return a frame with nullable dtypes (Int64, Float64, string) and categoricals."""
    cursor = con.execute(sql, params or [])
    types = {d[0]: str(d[1]) for d in cursor.description}
    frame = cursor.df()
    for column, sql_type in types.items():
        if column in CATEGORICAL and sql_type == "VARCHAR":
            frame[column] = frame[column].astype("string").astype("category")
        elif sql_type in _PANDAS_TYPES:
            frame[column] = frame[column].astype(_PANDAS_TYPES[sql_type])
    return frame


def load(
    out: str | Path = "outputs", view: str = "results", reviewed: bool | str | None = None, include_rejected: bool = False
) -> pd.DataFrame:
    """One view as a typed DataFrame. view: results, doses, arms, drugs, documents or facts.
    reviewed: None (all but rejected), True (accepted and corrected only), False (unreviewed only);
    include_rejected adds the rejected facts."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
    con = connect(out, reviewed=reviewed, include_rejected=include_rejected)
    try:
        # `facts` in SQL holds every fact; here it follows the review filter like the other views
        return typed_frame(con, f"SELECT * FROM temp.{'visible_facts' if view == 'facts' else view}")
    finally:
        con.close()


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def results(
    drug: str | Iterable[str] | None = None,
    endpoint: str | Iterable[str] | None = None,
    category: str | Iterable[str] | None = None,
    doc: str | Iterable[str] | None = None,
    arm: str | Iterable[str] | None = None,
    reviewed: bool | str | None = None,
    include_rejected: bool = False,
    out: str | Path = "outputs",
) -> pd.DataFrame:
    """Reported values, filtered: drug (any of them in the regimen), endpoint code (ORR, CR, OS ...;
    case-insensitive), category (efficacy, safety, baseline, other), doc (doc_id), arm (label)."""
    where, params = [], []
    if drug is not None:
        where.append("list_has_any(string_split(lower(regimen), ' + '), ?)")
        params.append([d.lower() for d in _as_list(drug)])
    for column, wanted in (("endpoint", endpoint), ("category", category)):
        if wanted is not None:
            where.append(f"list_contains(?, lower({column}))")
            params.append([w.lower() for w in _as_list(wanted)])
    for column, wanted in (("doc_id", doc), ("arm", arm)):
        if wanted is not None:
            where.append(f"list_contains(?, {column})")
            params.append(_as_list(wanted))
    sql = "SELECT * FROM temp.results" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY doc_id, start"
    con = connect(out, reviewed=reviewed, include_rejected=include_rejected)
    try:
        return typed_frame(con, sql, params)
    finally:
        con.close()
