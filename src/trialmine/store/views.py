"""Analyst views over the evidence table: results, doses, arms, drugs, documents (and facts).

The same SQL is created twice:
- persistently, in schema `analysis` of the database, each time the database is opened for writing
  (`ensure_views`): `SELECT * FROM analysis.results` works from any DuckDB client;
- per read-only session, as TEMP views (`create_session_views`, used by `trialmine query` and the
  Python API): those see the review decisions of `OUT/review.duckdb` (attached read-only as
  `review`) and apply the session's review filter. Unqualified names (`results`, `documents`)
  resolve to the temp views first.

Review decisions (table `decisions` of the review file; the latest non-orphaned row per evidence_id
wins) give each fact a `review_status`: unreviewed, accepted, corrected or rejected. A corrected
fact shows the reviewer's values (`corrected` JSON {column: value}); rejected facts are in `facts`
only, unless the session asks for them.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Literal

import duckdb
import pandas as pd

from trialmine.normalise.dose_totals import DoseFactors, dose_factors
from trialmine.store.schema import ARM_COLUMNS, COLUMNS, SQL_TYPES, empty_relation

SCHEMA = "analysis"
REVIEW_ALIAS = "review"
VIEWS = ("facts", "results", "doses", "arms", "drugs", "documents")
ReviewFilter = Literal["all", "accepted", "unreviewed"]

# the arms table's columns (store/db.py creates it): a database written before it existed reads as empty
_ARMS_COLUMNS = {c: SQL_TYPES[t] for c, t in ARM_COLUMNS.items()}
_DECISION_COLUMNS = {"evidence_id": "VARCHAR", "decision": "VARCHAR", "corrected": "JSON", "reviewer": "VARCHAR",
                     "comment": "VARCHAR", "decided_at": "TIMESTAMP"}  # fmt: skip
# what a reviewer may correct: everything but identity, provenance and the extractor's own fields
CORRECTABLE = [
    c for c in COLUMNS
    if c not in {"evidence_id", "doc_id", "doc_type", "kind", "start", "end", "text", "sentence", "sentence_start",
                 "segment", "method", "confidence"}
]  # fmt: skip
RESULT_COLUMNS = [
    "doc_id", "evidence_id", "arm", "regimen", "category", "endpoint", "endpoint_text", "value", "value_low",
    "value_high", "value_unit", "qualifier", "n", "n_total", "ci_low", "ci_high", "p_value", "p_qualifier",
    "timepoint", "population", "text", "sentence", "review_status", "doc_type", "segment", "start", "end",
    "method", "confidence", "reviewer", "review_comment",
]  # fmt: skip


def _columns(con: duckdb.DuckDBPyConnection, schema: str, table: str, catalog: str | None = None) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
        "AND table_catalog = coalesce(?, current_database())",
        [schema, table, catalog],
    ).fetchall()
    return {r[0] for r in rows}


def _review_latest_sql(review_attached: bool, order: str = "decided_at DESC") -> str:
    if not review_attached:
        return empty_relation(_DECISION_COLUMNS)
    return f"""
        SELECT evidence_id, decision, corrected, reviewer, "comment", decided_at
        FROM {REVIEW_ALIAS}.decisions
        WHERE coalesce(status, 'current') <> 'orphaned'
        QUALIFY row_number() OVER (PARTITION BY evidence_id ORDER BY {order}) = 1
    """


def _corrected_new(column: str) -> str:
    return f"TRY_CAST(r.corrected ->> '$.\"{column}\"' AS {SQL_TYPES[COLUMNS[column]]})"


def _corrected(column: str) -> str:
    """The reviewer's value where the correction names the column, else the extracted one."""
    path = f"'$.\"{column}\"'"
    new, old = _corrected_new(column), f'e."{column}"'
    if column in ("value_low", "value_high"):  # a single value corrected alone moves both bounds with it
        old = f"CASE WHEN json_exists(r.corrected, '$.value') AND e.value_low = e.value_high THEN {_corrected_new('value')} ELSE {old} END"
    return f'CASE WHEN json_exists(r.corrected, {path}) THEN {new} ELSE {old} END AS "{column}"'


def _facts_sql(evidence_columns: set[str], review: str, base: str) -> str:
    missing = [c for c in COLUMNS if c not in evidence_columns]  # a database from before a column existed
    source = f"{base}evidence" if not missing else (
        "(SELECT *, " + ", ".join(f'NULL::{SQL_TYPES[COLUMNS[c]]} AS "{c}"' for c in missing) + f" FROM {base}evidence)"
    )
    columns = [_corrected(c) if c in CORRECTABLE else f'e."{c}"' for c in COLUMNS]
    return f"""
        SELECT {", ".join(columns)},
               CASE r.decision WHEN 'accept' THEN 'accepted' WHEN 'correct' THEN 'corrected'
                               WHEN 'reject' THEN 'rejected' ELSE 'unreviewed' END AS review_status,
               r.reviewer, r."comment" AS review_comment, r.decided_at AS reviewed_at
        FROM {source} AS e LEFT JOIN {review} AS r USING (evidence_id)
    """


def _visible_sql(facts: str, include_rejected: bool, reviewed: ReviewFilter) -> str:
    keep = {
        "all": ["unreviewed", "accepted", "corrected"],
        "accepted": ["accepted", "corrected"],
        "unreviewed": ["unreviewed"],
    }[reviewed] + (["rejected"] if include_rejected else [])
    return f"SELECT * FROM {facts} WHERE review_status IN ({', '.join(repr(s) for s in keep)})"


def _results_sql(visible: str) -> str:
    cols = ", ".join(f'"{c}"' for c in RESULT_COLUMNS)
    return f"SELECT {cols} FROM {visible} WHERE kind = 'result' ORDER BY doc_id, start, \"end\""


def _doses_sql(visible: str, schedules: str) -> str:
    return f"""
        SELECT f.doc_id, f.evidence_id, f.drug, f.regimen, f.arm, f.text,
               s.unit,
               f.dose_low * s.to_unit AS amount_low, f.dose_high * s.to_unit AS amount_high,
               f.dose_frequency, f.dose_schedule,
               s.per_week AS administrations_per_week,
               f.dose_low * s.to_unit * s.per_week AS weekly_low, f.dose_high * s.to_unit * s.per_week AS weekly_high,
               s.per_cycle AS administrations_per_cycle, s.cycle_days,
               f.dose_low * s.to_unit * s.per_cycle AS cycle_low, f.dose_high * s.to_unit * s.per_cycle AS cycle_high,
               f.dose_low, f.dose_high, f.dose_unit,
               f.sentence, f.review_status, f.doc_type, f.segment, f.start, f."end", f.method, f.confidence
        FROM {visible} AS f
        LEFT JOIN {schedules} AS s
          ON s.dose_unit IS NOT DISTINCT FROM f.dose_unit
         AND s.dose_frequency IS NOT DISTINCT FROM f.dose_frequency
         AND s.dose_schedule IS NOT DISTINCT FROM f.dose_schedule
        WHERE f.kind = 'dose'
        ORDER BY f.doc_id, f.start
    """


def _arms_sql(visible: str, arms: str) -> str:
    return f"""
        SELECT a.*,
               (SELECT count(*) FROM {visible} f WHERE f.kind = 'result' AND f.doc_id = a.doc_id AND f.arm = a.label) AS results,
               (SELECT count(*) FROM {visible} f WHERE f.kind = 'result' AND f.doc_id = a.doc_id AND f.arm = a.label
                  AND f.review_status IN ('accepted', 'corrected')) AS accepted_results
        FROM {arms} AS a
        ORDER BY a.doc_id, a.start NULLS LAST, a.arm_id
    """


def _drugs_sql(visible: str) -> str:
    return f"""
        WITH named AS (SELECT doc_id, drug FROM {visible} WHERE kind IN ('drug', 'dose') AND drug IS NOT NULL
                       UNION SELECT doc_id, unnest(string_split(regimen, ' + ')) FROM {visible}
                       WHERE kind = 'result' AND regimen IS NOT NULL)
        SELECT n.doc_id, n.drug,
               count(f.evidence_id) FILTER (WHERE f.kind = 'drug') AS mentions,
               count(f.evidence_id) FILTER (WHERE f.kind = 'drug' AND f.review_status IN ('accepted', 'corrected')) AS accepted_mentions,
               count(f.evidence_id) FILTER (WHERE f.kind = 'dose') AS doses,
               (SELECT count(*) FROM {visible} r WHERE r.kind = 'result' AND r.doc_id = n.doc_id
                  AND list_contains(string_split(r.regimen, ' + '), n.drug)) AS results,
               min(f.start) FILTER (WHERE f.kind = 'drug') AS first_mention
        FROM (SELECT DISTINCT * FROM named) AS n
        LEFT JOIN {visible} AS f ON f.doc_id = n.doc_id AND f.drug = n.drug AND f.kind IN ('drug', 'dose')
        GROUP BY n.doc_id, n.drug
        ORDER BY n.doc_id, mentions DESC, n.drug
    """


def _documents_sql(visible: str, facts: str, base: str) -> str:
    return f"""
        WITH segs AS (
            SELECT doc_id, list(segment ORDER BY first_start) AS segments
            FROM (SELECT doc_id, segment, min(start) AS first_start FROM {facts}
                  WHERE segment IS NOT NULL GROUP BY doc_id, segment)
            GROUP BY doc_id
        ), counts AS (
            SELECT doc_id,
                   count(*) FILTER (WHERE kind = 'drug') AS drug_mentions,
                   count(*) FILTER (WHERE kind = 'dose') AS doses,
                   count(*) FILTER (WHERE kind = 'result') AS results,
                   count(*) FILTER (WHERE review_status IN ('accepted', 'corrected')) AS accepted_facts,
                   count(*) FILTER (WHERE review_status = 'unreviewed') AS unreviewed_facts
            FROM {visible} GROUP BY doc_id
        )
        SELECT d.doc_id, d.doc_type, d.source, d.n_chars, d.sha256,
               coalesce(s.segments, []::VARCHAR[]) AS segments, len(coalesce(s.segments, [])) AS n_segments,
               coalesce(c.drug_mentions, 0) AS drug_mentions, coalesce(c.doses, 0) AS doses,
               coalesce(c.results, 0) AS results, coalesce(c.accepted_facts, 0) AS accepted_facts,
               coalesce(c.unreviewed_facts, 0) AS unreviewed_facts,
               d.meta, d.first_run_id, d.last_run_id, d.updated_at
        FROM {base}documents AS d LEFT JOIN segs AS s USING (doc_id) LEFT JOIN counts AS c USING (doc_id)
        ORDER BY d.doc_id
    """


def dose_schedule_frame(keys: list[tuple]) -> pd.DataFrame:
    """(dose_unit, dose_frequency, dose_schedule) triples -> their factors, one row each."""
    rows = [{"dose_unit": u, "dose_frequency": f, "dose_schedule": s, **asdict(dose_factors(u, f, s))} for u, f, s in keys]
    columns = ["dose_unit", "dose_frequency", "dose_schedule", *DoseFactors.__dataclass_fields__]
    return pd.DataFrame(rows, columns=columns).astype(
        {"dose_unit": "string", "dose_frequency": "string", "dose_schedule": "string", "unit": "string",
         "to_unit": "Float64", "per_week": "Float64", "per_cycle": "Float64", "cycle_days": "Int64"}
    )  # fmt: skip


def _create_all(
    con: duckdb.DuckDBPyConnection, create: str, prefix: str, review_attached: bool, reviewed: ReviewFilter,
    include_rejected: bool, schedules_table: str,
) -> None:
    # the database's own tables, qualified so a TEMP view named `documents` cannot mean itself
    base = "main." if prefix != "temp." else '"' + con.execute("SELECT current_database()").fetchone()[0].replace('"', '""') + '".main.'
    evidence_columns = _columns(con, "main", "evidence")
    arm_columns = _columns(con, "main", "arms")
    missing_arm_columns = {c: t for c, t in _ARMS_COLUMNS.items() if c not in arm_columns}
    arms = (
        empty_relation(_ARMS_COLUMNS) if not arm_columns
        else f"{base}arms" if not missing_arm_columns
        else "(SELECT *, " + ", ".join(f'NULL::{t} AS "{c}"' for c, t in missing_arm_columns.items()) + f" FROM {base}arms)"
    )  # fmt: skip
    # the review app numbers its decisions (`seq`): the highest wins; else the latest decided_at
    order = "seq DESC" if review_attached and "seq" in _columns(con, "main", "decisions", REVIEW_ALIAS) else "decided_at DESC"
    con.execute(f"{create} {prefix}review_latest AS {_review_latest_sql(review_attached, order)}")
    con.execute(f"{create} {prefix}facts AS {_facts_sql(evidence_columns, f'{prefix}review_latest', base)}")
    con.execute(f"{create} {prefix}visible_facts AS {_visible_sql(f'{prefix}facts', include_rejected, reviewed)}")
    keys = con.execute(f"SELECT DISTINCT dose_unit, dose_frequency, dose_schedule FROM {prefix}facts WHERE kind = 'dose'").fetchall()
    con.register("_dose_schedule_frame", dose_schedule_frame(keys))
    try:
        con.execute(f"CREATE OR REPLACE {schedules_table} AS SELECT * FROM _dose_schedule_frame")
    finally:
        con.unregister("_dose_schedule_frame")
    visible = f"{prefix}visible_facts"
    con.execute(f"{create} {prefix}results AS {_results_sql(visible)}")
    con.execute(f"{create} {prefix}doses AS {_doses_sql(visible, f'{prefix}dose_schedules')}")
    con.execute(f"{create} {prefix}arms AS {_arms_sql(visible, arms)}")
    con.execute(f"{create} {prefix}drugs AS {_drugs_sql(visible)}")
    con.execute(f"{create} {prefix}documents AS {_documents_sql(visible, f'{prefix}facts', base)}")


def ensure_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create or refresh the persistent views (schema `analysis`) on a writable connection.

    Idempotent; called whenever the store is opened for writing, after its work (so the dose
    factors cover the facts just published). These views see no review file: every fact reads as
    `unreviewed` there; sessions from `trialmine query` and the API see the decisions."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    _create_all(con, "CREATE OR REPLACE VIEW", f"{SCHEMA}.", False, "all", False, f"TABLE {SCHEMA}.dose_schedules")


def create_session_views(
    con: duckdb.DuckDBPyConnection, review_attached: bool, reviewed: ReviewFilter = "all", include_rejected: bool = False
) -> None:
    """TEMP views for one (read-only) connection, seeing the attached review file if any."""
    _create_all(con, "CREATE OR REPLACE TEMP VIEW", "temp.", review_attached, reviewed, include_rejected, "TEMP TABLE dose_schedules")
