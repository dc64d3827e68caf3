"""The evidence table's contract: the columns analysts and reviewers rely on.

One row per fact. `kind` is `drug`, `dose` or `result`. Offsets (`start`, `end`) index the stored
document text (`documents.text` in the database), so `text == document_text[start:end]` always holds.
Numbers keep their span, sentence and the extractor (`method`) that produced them.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import pandera.pandas as pa

KINDS = ("drug", "dose", "result")
SQL_TYPES = {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE"}  # contract dtype -> DuckDB column type
CATEGORIES = ("efficacy", "safety", "baseline", "other")
QUALIFIERS = ("=", "~", ">", "≥", "<", "≤")


def sql_string(text: str) -> str:
    """`text` as a SQL string literal (for paths in ATTACH, COPY and read_parquet, which take no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def empty_relation(columns: dict[str, str]) -> str:
    """SQL for a relation with these columns (name -> DuckDB type) and no rows."""
    return "(SELECT " + ", ".join(f'NULL::{t} AS "{c}"' for c, t in columns.items()) + " WHERE false)"

# column -> pandas dtype; order is the table's column order
COLUMNS: dict[str, str] = {
    "evidence_id": "string",  # stable across re-runs: hash of doc_id, kind, start, end, text
    "doc_id": "string",
    "doc_type": "string",
    "kind": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "sentence": "string",
    "sentence_start": "Int64",
    "segment": "string",  # speaker turn / page label the fact sits in, if any
    "drug": "string",  # canonical lower-case INN or regimen acronym (drug rows; dose rows: the linked drug, NA if none)
    "regimen": "string",  # result rows: canonical drugs joined with " + "; dose/drug rows of acronyms: components
    "arm": "string",  # result rows: the trial arm the value belongs to, as labelled in the document's arm inventory
    "dose_low": "Float64",
    "dose_high": "Float64",
    "dose_unit": "string",
    "dose_frequency": "string",
    "dose_schedule": "string",
    "category": "string",  # result rows: efficacy | safety | baseline | other
    "endpoint": "string",  # normalised code from rules/endpoints.json; NA for an outcome the vocabulary lacks
    "endpoint_text": "string",  # the outcome phrase the value measures, as written
    "value": "Float64",  # single value; NA for ranges (see value_low / value_high)
    "value_low": "Float64",
    "value_high": "Float64",
    "value_unit": "string",  # %, months, weeks, days, years, HR, OR, RR, n (count-only), or another unit as written
    "ci_low": "Float64",  # confidence interval stated with the value
    "ci_high": "Float64",
    "p_value": "Float64",
    "p_qualifier": "string",  # =, <, ≤, > ("P < .001" -> p_value 0.001, p_qualifier "<")
    "timepoint": "string",  # normalised "2 years", "12 weeks" when the value is at a landmark time
    "qualifier": "string",
    "n": "Int64",
    "n_total": "Int64",
    "population": "string",
    "method": "string",  # which extractor produced the row, e.g. "lexicon", "ner+lexicon", "rules:percent"
    "confidence": "Float64",
}


def evidence_id(doc_id: str, kind: str, start: int, end: int, text: str) -> str:
    """Stable id of a fact: the same span of the same document gives the same id on every run."""
    key = f"{doc_id}\x1f{kind}\x1f{start}\x1f{end}\x1f{text}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _optional(dtype: str, **kwargs) -> pa.Column:
    return pa.Column(dtype, nullable=True, **kwargs)


EVIDENCE_SCHEMA = pa.DataFrameSchema(
    {
        "evidence_id": pa.Column("string", pa.Check.str_matches(r"^ev_[0-9a-f]{16}$"), unique=True),
        "doc_id": pa.Column("string", pa.Check.str_length(min_value=1)),
        "doc_type": pa.Column("string"),
        "kind": pa.Column("string", pa.Check.isin(KINDS)),
        "start": pa.Column("Int64", pa.Check.ge(0)),
        "end": pa.Column("Int64", pa.Check.ge(0)),
        "text": pa.Column("string", pa.Check.str_length(min_value=1)),
        "sentence": pa.Column("string"),
        "sentence_start": pa.Column("Int64", pa.Check.ge(0)),
        "segment": _optional("string"),
        "drug": _optional("string"),
        "regimen": _optional("string"),
        "arm": _optional("string"),
        "dose_low": _optional("Float64", checks=pa.Check.ge(0)),
        "dose_high": _optional("Float64", checks=pa.Check.ge(0)),
        "dose_unit": _optional("string"),
        "dose_frequency": _optional("string"),
        "dose_schedule": _optional("string"),
        "category": _optional("string", checks=pa.Check.isin(CATEGORIES)),
        "endpoint": _optional("string"),
        "endpoint_text": _optional("string"),
        "value": _optional("Float64"),
        "value_low": _optional("Float64"),
        "value_high": _optional("Float64"),
        "value_unit": _optional("string"),
        "ci_low": _optional("Float64"),
        "ci_high": _optional("Float64"),
        "p_value": _optional("Float64", checks=pa.Check.in_range(0.0, 1.0)),
        "p_qualifier": _optional("string", checks=pa.Check.isin(("=", "<", "≤", ">", "≥"))),
        "timepoint": _optional("string"),
        "qualifier": _optional("string", checks=pa.Check.isin(QUALIFIERS)),
        "n": _optional("Int64", checks=pa.Check.ge(0)),
        "n_total": _optional("Int64", checks=pa.Check.ge(0)),
        "population": _optional("string"),
        "method": pa.Column("string"),
        "confidence": pa.Column("Float64", pa.Check.in_range(0.0, 1.0)),
    },
    checks=[
        pa.Check(lambda df: (df["end"] > df["start"]).all(), error="end must be greater than start"),
        pa.Check(
            lambda df: ((df["kind"] != "result") | df["category"].notna()).all(),
            error="every result row needs a category",
        ),
        pa.Check(
            lambda df: ((df["kind"] != "drug") | df["drug"].notna()).all(),
            error="every drug row needs a canonical drug",
        ),
    ],
    strict=True,
    ordered=True,
    coerce=True,
)


def empty_evidence() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in COLUMNS.items()})


def to_evidence_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts with any subset of COLUMNS) -> a validated table in contract column order."""
    frame = pd.DataFrame(rows, columns=list(COLUMNS)) if rows else empty_evidence()
    frame = frame.astype(COLUMNS)
    return EVIDENCE_SCHEMA.validate(frame)


# The arms table: each document's trial arms (trialmine.extract.arms), one row per arm.
ROLES = ("experimental", "control", "single")
ARM_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "arm_id": "string",  # A1, A2 ... in order of definition; unique per document
    "label": "string",  # as written at the definition; evidence.arm holds this label
    "role": "string",  # experimental | control | single; NA when the text does not say
    "regimen": "string",  # canonical drugs, sorted, joined with " + " (NA: placebo, observation ...)
    "drugs": "string",  # the same drugs as a JSON array
    "doses": "string",  # doses stated at the definition, as written, JSON array
    "n": "Int64",  # patients assigned, "(n = 52)"
    "start": "Int64",  # the definition's span in the document text
    "end": "Int64",
    "method": "string",  # comparison | with-or-without | group-label | single-arm
}

ARM_SCHEMA = pa.DataFrameSchema(
    {
        "doc_id": pa.Column("string", pa.Check.str_length(min_value=1)),
        "arm_id": pa.Column("string", pa.Check.str_matches(r"^A\d+$")),
        "label": pa.Column("string", pa.Check.str_length(min_value=1)),
        "role": _optional("string", checks=pa.Check.isin(ROLES)),
        "regimen": _optional("string"),
        "drugs": pa.Column("string"),
        "doses": pa.Column("string"),
        "n": _optional("Int64", checks=pa.Check.ge(0)),
        "start": pa.Column("Int64", pa.Check.ge(0)),
        "end": pa.Column("Int64", pa.Check.ge(0)),
        "method": pa.Column("string"),
    },
    checks=[pa.Check(lambda df: ~df.duplicated(["doc_id", "arm_id"]), error="arm_id must be unique per document")],
    strict=True,
    ordered=True,
    coerce=True,
)


def to_arm_frame(rows: list[dict]) -> pd.DataFrame:
    """Arm rows (dicts with ARM_COLUMNS keys) -> the validated arms table."""
    frame = pd.DataFrame(rows, columns=list(ARM_COLUMNS)) if rows else pd.DataFrame({c: pd.Series(dtype=t) for c, t in ARM_COLUMNS.items()})
    return ARM_SCHEMA.validate(frame.astype(ARM_COLUMNS))
