"""Hand-annotated gold: `corpus/gold/<doc_id>.jsonl`, one fact per line, checked strictly.

Gold is what every run is measured against, so a typo in it must stop validation with the file
and line to fix rather than silently shift the figures.

Two versions of the record format (corpus/gold/GUIDELINES.md): a v1 line has the keys of
`GOLD_KEYS`; a v2 line (§7) also has every key of `GOLD_V2_KEYS`, and may be an `arm` record.
A v1 line's v2 fields read as null, and the gold frame's `gold_version` says which a row was, so
v2 figures are computed only where the gold states them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from trialmine.store.schema import CATEGORIES, COLUMNS, KINDS, QUALIFIERS

GOLD_KINDS = (*KINDS, "arm")  # `arm` records (v2) define the trial's arms; they are not evidence rows
P_QUALIFIERS = ("=", "<", "≤", ">", "≥")

_TEXT_KEYS = ("doc_id", "text")
_OPTIONAL_STR_KEYS = (
    "drug",
    "regimen",
    "dose_unit",
    "dose_frequency",
    "dose_schedule",
    "endpoint",
    "population",
    "note",
)
_OPTIONAL_NUMBER_KEYS = ("dose_low", "dose_high", "value", "value_low", "value_high")
_OPTIONAL_INT_KEYS = ("n", "n_total")
_OPTIONAL_CHOICE_KEYS = {"category": CATEGORIES, "qualifier": QUALIFIERS}

# keys of every gold line (v1)
GOLD_KEYS: tuple[str, ...] = (
    "doc_id", "kind", "start", "end", "text", "drug", "regimen", "dose_low", "dose_high",
    "dose_unit", "dose_frequency", "dose_schedule", "category", "endpoint", "value",
    "value_low", "value_high", "qualifier", "n", "n_total", "population", "note",
)  # fmt: skip
# keys a v2 line has as well (all of them, or none for a v1 line)
GOLD_V2_KEYS: tuple[str, ...] = (
    "arm", "endpoint_text", "value_unit", "ci_low", "ci_high", "p_value", "p_qualifier", "timepoint",
)  # fmt: skip
_V2_STR_KEYS = ("arm", "endpoint_text", "value_unit", "timepoint")
_V2_NUMBER_KEYS = ("ci_low", "ci_high", "p_value")

# gold frame: the gold keys with the evidence table's dtypes, plus where each row came from
GOLD_DTYPES: dict[str, str] = {k: COLUMNS.get(k, "string") for k in (*GOLD_KEYS, *GOLD_V2_KEYS)} | {
    "gold_file": "string",
    "gold_line": "Int64",
    "gold_version": "Int64",
}


class GoldError(ValueError):
    """The gold (or the corpus it points into) is malformed; the message names file:line."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _record_problem(rec: Any, doc_id: str) -> str | None:
    """First problem with one parsed gold line, or None when it is well formed."""
    if not isinstance(rec, dict):
        return f"expected a JSON object, got {type(rec).__name__}"
    missing = [k for k in GOLD_KEYS if k not in rec]
    if missing:
        return f"missing key(s): {', '.join(missing)}"
    allowed = (*GOLD_KEYS, *GOLD_V2_KEYS)
    unknown = sorted(set(rec) - set(allowed))
    if unknown:
        return f"unknown key(s): {', '.join(unknown)} (typo? allowed keys: {', '.join(allowed)})"
    v2_missing = [k for k in GOLD_V2_KEYS if k not in rec]
    if rec.get("kind") == "arm" and v2_missing:
        return f"an arm record is a v2 record (guidelines §7): missing key(s): {', '.join(v2_missing)}"
    if v2_missing and len(v2_missing) < len(GOLD_V2_KEYS):
        return f"missing v2 key(s): {', '.join(v2_missing)} (a v2 line has all of {', '.join(GOLD_V2_KEYS)})"
    for key in _TEXT_KEYS:
        if not isinstance(rec[key], str) or not rec[key]:
            return f"{key!r} must be a non-empty string, got {rec[key]!r}"
    if rec["doc_id"] != doc_id:
        return f"doc_id {rec['doc_id']!r} does not match the file name (expected {doc_id!r})"
    if rec["kind"] not in GOLD_KINDS:
        return f"unknown kind {rec['kind']!r} (expected one of {', '.join(GOLD_KINDS)})"
    for key in ("start", "end"):
        if not _is_int(rec[key]) or rec[key] < 0:
            return f"{key!r} must be a non-negative integer, got {rec[key]!r}"
    if rec["start"] >= rec["end"]:
        return f"start {rec['start']} must be less than end {rec['end']}"
    if len(rec["text"]) != rec["end"] - rec["start"]:
        return f"text {rec['text']!r} has length {len(rec['text'])} but end - start = {rec['end'] - rec['start']}"
    for key in _OPTIONAL_STR_KEYS:
        if rec[key] is not None and not isinstance(rec[key], str):
            return f"{key!r} must be a string or null, got {rec[key]!r}"
    for key in _OPTIONAL_NUMBER_KEYS:
        if rec[key] is not None and not _is_number(rec[key]):
            return f"{key!r} must be a number or null, got {rec[key]!r}"
    for key in _OPTIONAL_INT_KEYS:
        if rec[key] is not None and (not _is_int(rec[key]) or rec[key] < 0):
            return f"{key!r} must be a non-negative integer or null, got {rec[key]!r}"
    for key, choices in _OPTIONAL_CHOICE_KEYS.items():
        if rec[key] is not None and rec[key] not in choices:
            return f"unknown {key} {rec[key]!r} (expected one of {', '.join(choices)} or null)"
    if not v2_missing and (problem := _v2_problem(rec)):
        return problem
    if rec["kind"] == "result" and rec["category"] is None:
        return "a result needs a category"
    if rec["kind"] in ("drug", "dose") and not rec["drug"]:
        return f"a {rec['kind']} row needs a canonical drug"
    if rec["value"] is not None:
        for key in ("value_low", "value_high"):
            if rec[key] is not None and rec[key] != rec["value"]:
                return (
                    f"value {rec['value']} but {key} {rec[key]}: a single value has "
                    "value = value_low = value_high; a range has value = null"
                )
    if rec["value_low"] is not None and rec["value_high"] is not None and rec["value_low"] > rec["value_high"]:
        return f"value_low {rec['value_low']} > value_high {rec['value_high']}"
    return None


def _v2_problem(rec: dict) -> str | None:
    """First problem with the v2 keys of a line (and with an arm record), or None."""
    for key in _V2_STR_KEYS:
        if rec[key] is not None and (not isinstance(rec[key], str) or not rec[key].strip()):
            return f"{key!r} must be a non-empty string or null, got {rec[key]!r}"
    for key in _V2_NUMBER_KEYS:
        if rec[key] is not None and not _is_number(rec[key]):
            return f"{key!r} must be a number or null, got {rec[key]!r}"
    if rec["p_value"] is not None and not 0 <= rec["p_value"] <= 1:
        return f"p_value {rec['p_value']} is not a probability in [0, 1]"
    if rec["p_qualifier"] is not None and rec["p_qualifier"] not in P_QUALIFIERS:
        return f"unknown p_qualifier {rec['p_qualifier']!r} (expected one of {', '.join(P_QUALIFIERS)} or null)"
    if rec["p_qualifier"] is not None and rec["p_value"] is None:
        return "p_qualifier without a p_value"
    if rec["ci_low"] is not None and rec["ci_high"] is not None and rec["ci_low"] > rec["ci_high"]:
        return f"ci_low {rec['ci_low']} > ci_high {rec['ci_high']}"
    if rec["kind"] == "arm":
        if rec["arm"] is None:
            return "an arm record needs its label in 'arm'"
        stray = [k for k in ("category", "endpoint", "value", "value_low", "value_high", "n") if rec[k] is not None]
        if stray:
            return f"an arm record has no result fields, but sets {', '.join(stray)}"
    return None


def _arm_label_problems(path: Path, rows: list[dict]) -> str | None:
    """First row of one gold file naming an arm no arm record of the file defines (or a label
    defined twice), as "file:line: problem"."""
    labels: dict[str, int] = {}
    for row in rows:
        if row["kind"] == "arm":
            if row["arm"] in labels:
                return f"{path}:{row['gold_line']}: arm label {row['arm']!r} already defined on line {labels[row['arm']]}"
            labels[row["arm"]] = row["gold_line"]
    for row in rows:
        if row["kind"] != "arm" and row.get("arm") is not None and row["arm"] not in labels:
            known = ", ".join(map(repr, labels)) or "none"
            return f"{path}:{row['gold_line']}: arm {row['arm']!r} is not the label of an arm record in this file (arm labels: {known})"
    return None


def _span_problem(rec: dict, documents: dict[str, str]) -> str | None:
    doc = documents.get(rec["doc_id"])
    if doc is None:
        return f"no document text for doc_id {rec['doc_id']!r} in the corpus"
    if rec["end"] > len(doc):
        return f"span {rec['start']}:{rec['end']} is outside the document (length {len(doc)})"
    found = doc[rec["start"] : rec["end"]]
    if found != rec["text"]:
        return f"text mismatch at {rec['start']}:{rec['end']}: gold {rec['text']!r} but document has {found!r}"
    return None


# the '%' of a confidence/credible-interval level: "95% CI", "95 % confidence interval", "90% CrI";
# "CrI" is matched case-sensitively, so that "60% CRi" (CR with incomplete recovery) stays a value
_CI_LEVEL = re.compile(r"\d+(?:\.\d+)?\s?%\s*(?:CI\b|C\.I\.|confidence|credible|(?-i:CrI\b))", re.I)
# a '%' bound inside an interval that a level opened: "(95% CI, 29.5–57.7%)", "[95% CI: 0, 43%]"
_IN_CI = re.compile(r"(?:CI\b|confidence interval)\)?[^;()\[\]]{0,40}$")
# "N unit", the unit plural except after 1: "2 years", "1 year", "12 weeks", "3 cycles"
_TIMEPOINT = re.compile(r"1 [a-z]+(?<!s)|\d+(?:\.\d+)? [a-z]+s")


def annotation_problems(text: str, records: list[dict], not_values: Iterable[int] = ()) -> list[str]:
    """What an annotator must fix in one complete v2 gold file beyond `load_gold`'s per-line checks.

    The guideline's completeness rules (GUIDELINES §7): keys in guideline order, records sorted by
    start, no overlapping spans (arm records may overlap drug records), results with
    category, value_unit and endpoint_text, count rows with `n` and no value, timepoints written
    "N unit", and every '%' of the text inside exactly one result record, except the '%' of an
    interval level or bound (its numbers live in ci_low/ci_high), of a dose ("bupivacaine 0.125%"),
    and the offsets in `not_values` (a '%' that is no value, such as a column header).
    """
    problems: list[str] = []
    keys = (*GOLD_KEYS, *GOLD_V2_KEYS)
    for i, rec in enumerate(records, start=1):
        if tuple(rec) != keys:
            problems.append(f"line {i}: keys are not the §1 + §7.1 keys in order")
        if rec["kind"] == "result":
            missing = [k for k in ("category", "value_unit", "endpoint_text") if rec[k] is None]
            if missing:
                problems.append(f"line {i}: result {rec['text']!r} without {', '.join(missing)}")
            if rec["value_unit"] == "n" and (rec["n"] is None or rec["value"] is not None):
                problems.append(f"line {i}: count row {rec['text']!r} needs n and no value")
            if rec["timepoint"] is not None and not _TIMEPOINT.fullmatch(rec["timepoint"]):
                problems.append(f"line {i}: timepoint {rec['timepoint']!r} is not 'N unit'")
    starts = [r["start"] for r in records]
    if starts != sorted(starts):
        problems.append("records are not sorted by start")
    ordered = sorted(records, key=lambda r: (r["start"], r["end"]))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b["start"] >= a["end"]:
                break
            if {a["kind"], b["kind"]} in ({"arm", "drug"}, {"arm"}):
                continue
            problems.append(f"overlap: {a['kind']} {a['text']!r}@{a['start']} and {b['kind']} {b['text']!r}@{b['start']}")
    levels = [m.span() for m in _CI_LEVEL.finditer(text)]
    exempt = set(not_values)
    results = [r for r in records if r["kind"] == "result"]
    doses = [r for r in records if r["kind"] == "dose"]
    for m in re.finditer("%", text):
        at = m.start()
        covering = [r for r in results if r["start"] <= at < r["end"]]
        if at in exempt or any(r["start"] <= at < r["end"] for r in doses):
            continue
        if any(start <= at < end for start, end in levels):
            if covering:
                problems.append(f"'%' of an interval level at {at} is inside a result record")
            continue
        if not covering and _IN_CI.search(text[max(0, at - 60) : at]):
            continue
        if len(covering) != 1:
            problems.append(f"'%' at {at} is inside {len(covering)} result records: {text[max(0, at - 40) : at + 1]!r}")
    return problems


def gold_files(gold_dir: Path) -> dict[str, Path]:
    """doc_id -> gold file, sorted by doc_id. A file's doc_id is its path under the gold folder
    without `.jsonl`, as a corpus file's doc_id is its path under the corpus without the extension:
    `gold/papers/fulltext.jsonl` annotates `corpus/papers/fulltext.pdf`."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold directory not found: {gold_dir}")
    files = {_doc_id_under(gold_dir, p): p for p in gold_dir.rglob("*.jsonl")}
    if not files:
        raise GoldError(f"no *.jsonl gold files in {gold_dir}")
    return dict(sorted(files.items()))


def _doc_id_under(folder: Path, path: Path) -> str:
    return path.relative_to(folder).with_suffix("").as_posix()


def load_gold(gold_dir: Path, documents: dict[str, str] | None = None) -> pd.DataFrame:
    """All gold rows in `gold_dir/**/*.jsonl` as a frame with the schema's dtypes (see `read_gold_file`)."""
    rows = [row for doc_id, path in gold_files(gold_dir).items() for row in read_gold_file(path, documents, doc_id)]
    frame = pd.DataFrame(rows, columns=list(GOLD_DTYPES))
    return frame.astype(GOLD_DTYPES)


def read_gold_file(path: Path, documents: dict[str, str] | None = None, doc_id: str | None = None) -> list[dict]:
    """The checked rows of one gold file, with `gold_file`, `gold_line` and `gold_version`.

    Every line's doc_id must be `doc_id` (by default the file's stem).
    With `documents` (doc_id -> text), every span is also checked against the text. Single
    values are completed to value = value_low = value_high. A v1 line's v2 keys are null; a
    result's `arm` must be the label of an arm record of its file. Blank lines are skipped. Lines are
    split on "\n" only: `str.splitlines` would also split on U+2028 inside JSON strings.
    """
    rows: list[dict] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from None
        problem = _record_problem(rec, doc_id or path.stem)
        if problem is None and documents is not None:
            problem = _span_problem(rec, documents)
        if problem:
            raise GoldError(f"{where}: {problem}")
        if rec["value"] is not None:
            rec["value_low"] = rec["value_high"] = rec["value"]
        version = 2 if "arm" in rec else 1
        rows.append({**rec, "gold_file": str(path), "gold_line": lineno, "gold_version": version})
    if problem := _arm_label_problems(path, rows):
        raise GoldError(problem)
    return rows


def gold_doc_ids(gold_dir: Path) -> list[str]:
    """The documents the gold covers (also those annotated as holding no facts)."""
    return list(gold_files(gold_dir))


def load_documents(corpus_dir: Path, doc_ids: list[str] | None = None) -> dict[str, str]:
    """doc_id (path of a `*.txt` under the corpus, without `.txt`) -> text, decoded as UTF-8 with
    newlines untouched.

    Bytes are decoded directly (no newline translation) so offsets match what ingestion stored.
    With `doc_ids`, only those are read and a missing one is a GoldError.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise GoldError(f"corpus directory not found: {corpus_dir}")
    paths = {_doc_id_under(corpus_dir, p): p for p in sorted(corpus_dir.rglob("*.txt"))}
    wanted = list(paths) if doc_ids is None else doc_ids
    missing = [d for d in wanted if d not in paths]
    if missing:
        raise GoldError(f"gold documents without a {corpus_dir}/<doc_id>.txt: {', '.join(missing)}")
    texts: dict[str, str] = {}
    for doc_id in wanted:
        try:
            texts[doc_id] = paths[doc_id].read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GoldError(f"{paths[doc_id]}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return texts
