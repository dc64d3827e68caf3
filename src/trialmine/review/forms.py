"""Validation of what reviewers type: corrections, comments, names. Pure functions, clear messages.

A correction records only the fields that changed, under the evidence table's column names
(`value`, `endpoint`, `arm`, `regimen`, `drug`, `dose_low`, `dose_high`, `dose_unit`, `n`,
`n_total`); an emptied field is recorded as null.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Mapping

from trialmine.normalise.endpoints import endpoint_code, endpoint_vocabulary

# form fields per kind of fact, in the order shown; (form name, label)
FIELDS = {
    "value": "value",
    "endpoint": "endpoint",
    "arm": "arm",
    "regimen": "regimen",
    "drug": "drug",
    "dose": "dose",
    "dose_unit": "dose unit",
    "n": "n",
    "n_total": "N",
}
KIND_FIELDS = {
    "result": ("value", "endpoint", "arm", "regimen", "n", "n_total"),
    "dose": ("drug", "dose", "dose_unit", "regimen"),
    "drug": ("drug", "regimen"),
}
MAX_TEXT = 200
MAX_COMMENT = 2000
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def endpoint_codes() -> list[str]:
    return sorted(set(endpoint_vocabulary().values()), key=str.lower)


def number_text(value: object) -> str:
    """A stored number as a reviewer reads and types it: 40.0 -> '40', NA -> ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def current_values(fact: Mapping[str, object]) -> dict[str, str]:
    """The form's initial values for a fact."""
    low, high = fact.get("dose_low"), fact.get("dose_high")
    dose = number_text(low) if number_text(low) == number_text(high) else f"{number_text(low)}-{number_text(high)}"
    values = {name: "" if fact.get(name) is None else str(fact.get(name)) for name in ("endpoint", "arm", "regimen", "drug", "dose_unit")}
    values.update(value=number_text(fact.get("value")), dose=dose, n=number_text(fact.get("n")), n_total=number_text(fact.get("n_total")))
    return values


@dataclass
class Correction:
    corrected: dict[str, object]
    errors: dict[str, str]


def _text(name: str, raw: str, errors: dict[str, str]) -> str | None:
    if len(raw) > MAX_TEXT:
        errors[name] = f"{FIELDS[name]} is too long ({len(raw)} characters, at most {MAX_TEXT})"
    elif _CONTROL.search(raw):
        errors[name] = f"{FIELDS[name]} contains control characters"
    return raw or None


def _number(name: str, raw: str, errors: dict[str, str]) -> float | None:
    if not raw:
        return None
    if not _NUMBER.match(raw) or not math.isfinite(float(raw)):
        errors[name] = f"{FIELDS[name]} must be a number, like 40 or 12.5 (got {raw[:40]!r})"
        return None
    return float(raw)


def _count(name: str, raw: str, errors: dict[str, str]) -> int | None:
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit():
        errors[name] = f"{FIELDS[name]} must be a whole number of patients, 0 or more (got {raw[:40]!r})"
        return None
    return int(raw)


def parse_correction(form: Mapping[str, str], fact: Mapping[str, object]) -> Correction:
    """The fields of `form` that differ from the fact, validated and normalised."""
    errors: dict[str, str] = {}
    corrected: dict[str, object] = {}
    before = current_values(fact)
    for name in KIND_FIELDS.get(str(fact.get("kind")), ()):
        if name not in form:  # not sent: unchanged (an emptied field is sent empty: cleared)
            continue
        raw = str(form[name]).strip()
        if raw == before[name]:
            continue
        if name == "value":
            corrected["value"] = _number(name, raw, errors)
        elif name in ("n", "n_total"):
            corrected[name] = _count(name, raw, errors)
        elif name == "dose":
            low_raw, sep, high_raw = raw.partition("-") if not raw.startswith("-") else (raw, "", "")
            low = _number(name, low_raw.strip(), errors)
            high = _number(name, high_raw.strip(), errors) if sep else low
            if raw and not errors.get(name) and (low is None or high is None or low < 0 or high < low):
                errors[name] = "dose must be a number or a range like 40-60 (not negative, low before high)"
            corrected["dose_low"], corrected["dose_high"] = low, high
        elif name == "endpoint":
            text = _text(name, raw, errors)
            corrected["endpoint"] = endpoint_code(text) if text else None
        else:
            corrected[name] = _text(name, raw, errors)
    if not corrected and not errors:
        errors["_form"] = "nothing was changed: edit a field to correct the fact, or accept it"
    return Correction(corrected, errors)


def clean_comment(raw: str) -> tuple[str | None, str | None]:
    """(comment, error)"""
    comment = raw.strip()
    if len(comment) > MAX_COMMENT:
        return None, f"the comment is too long ({len(comment)} characters, at most {MAX_COMMENT})"
    if _CONTROL.search(comment):
        return None, "the comment contains control characters"
    return comment or None, None


def clean_reviewer(raw: str) -> tuple[str | None, str | None]:
    name = raw.strip()
    if not name:
        return None, "enter your name: every decision records who made it"
    if len(name) > 80 or _CONTROL.search(name):
        return None, "a reviewer name is at most 80 printable characters"
    return name, None
