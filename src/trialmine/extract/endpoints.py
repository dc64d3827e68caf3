"""Which endpoint does a number measure? Pure functions over text offsets.

Given the endpoint mentions and the percentages of one clause, each percentage is assigned to the
mention it is written with, in this order of preference:
1. "respectively": the i-th value goes to the i-th endpoint named after the values;
2. a mention written tightly before the value ("ORR of 80.0%", "CR in four (40.0%)", "nausea (40%)",
   "MRD negativity was defined as <0.1%");
3. a mention after the value in the same clause ("five (50%) patients received allo-HSCT"),
   skipping mentions that only describe who the patients were ("patients who achieved CR/CRi");
4. the endpoint of the value listed just before it ("88.9%, 82.4%, and 74.8%", "64% vs. 75%");
5. the nearest mention before the value in the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, Sequence

_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CONNECTOR = r"(?:rates?|was|were|is|are|of|in|reached|achieved|attained|at|showed|by|only|total|a|an|the|(?:was\s+|were\s+)?defined\s+as)"
# gap text between a mention and the value that still reads as "<endpoint> <value>"
_TIGHT_GAP = re.compile(
    rf"^\s*(?:[(:]\s*|(?:{_CONNECTOR}\s+)*{_CONNECTOR}\s*(?:{_NUMBER}\s*(?:patients\s*)?\(?\s*)?)?$",
    re.IGNORECASE,
)
# a mention right after these words says who the patients were, not what they achieved
_QUALIFIER_LEAD = re.compile(
    r"(?:\bwho\s+(?:had\s+)?(?:achieved|attained|reached|received|underwent)|\bwith|\bafter\s+achieving"
    r"|\bwhose(?:\s+[\w-]+){0,8})\s+$",
    re.IGNORECASE,
)
# "...received autologous HSCT before": history of the patients, not an outcome
_HISTORY_TRAIL = re.compile(r"^\s+(?:before|previously|earlier)\b", re.IGNORECASE)
_DEFINITION = re.compile(r"\bdefined\s+as\b", re.IGNORECASE)
_BOUNDS = {"<", "≤", ">", "≥"}
_MAX_FOLLOWING_GAP = 130
_MAX_CHAIN_GAP = 40


class Span(Protocol):
    start: int
    end: int


class Mention(Span, Protocol):
    code: str
    category: str


@dataclass(frozen=True)
class EndpointAssignment:
    code: str | None
    category: str
    rule: str  # "respectively" | "preceding" | "following" | "threshold" | "definition" | "chain" | "nearest" | "none"
    population_hint: str | None = None  # "patients who achieved CR/CRi"


# a clause ends at a semicolon, or after a citation followed by "and" or a comma:
# "... rate of 47% in 15 patients (Alexander et al., 2016) and selinexor plus ..."
_CLAUSE_END = re.compile(r";|(?<=\d{4}\))\s*(?:,|and\b)|(?<=\d{4}[a-z]\))\s*(?:,|and\b)", re.IGNORECASE)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut into clauses: cited results in one sentence often differ per clause."""
    bounds, cursor = [], start
    for m in _CLAUSE_END.finditer(text[start:end]):
        bounds.append((cursor, start + m.start()))
        cursor = start + m.end()
    bounds.append((cursor, end))
    return bounds


def is_qualifier(text: str, mention: Span, clause_start: int) -> bool:
    """Does the mention describe who the patients were rather than what they achieved?"""
    return bool(
        _QUALIFIER_LEAD.search(text[max(clause_start, mention.start - 60) : mention.start])
        or _HISTORY_TRAIL.match(text[mention.end : mention.end + 15])
    )


def assign_endpoints(
    text: str,
    clause: tuple[int, int],
    values: Sequence[Span],
    qualifiers: Sequence[str],
    mentions: Sequence[Mention],
) -> list[EndpointAssignment]:
    """Assign each value (a percentage span, with its qualifier) of one clause to an endpoint."""
    c_start, c_end = clause
    mentions = [m for m in mentions if c_start <= m.start and m.end <= c_end]
    values = list(values)
    if "respectively" in text[c_start:c_end].lower():
        paired = _respectively(values, mentions)
        if paired:
            return paired
    out = []
    for i, value in enumerate(values):
        previous_end = values[i - 1].end if i else c_start
        following_limit = values[i + 1].start if i + 1 < len(values) else c_end
        # a bounded value written straight before its endpoint is a threshold, not a result
        next_value_is_threshold = (
            i + 1 < len(values) and qualifiers[i + 1] in _BOUNDS and _mention_right_after(text, values[i + 1], mentions)
        )
        if next_value_is_threshold:
            following_limit = values[i + 1].end + 80
        assignment = _assign_one(text, value, qualifiers[i], mentions, previous_end, following_limit, c_start)
        if assignment.rule in {"none", "nearest"} and i and _chained(text, values[i - 1], value, mentions):
            assignment = EndpointAssignment(out[-1].code, out[-1].category, "chain", out[-1].population_hint)
        out.append(assignment)
    return out


def _chained(text: str, previous: Span, value: Span, mentions: Sequence[Mention]) -> bool:
    """'overall survival rates were 88.9%, 82.4%, and 74.8%', '64.1% vs. 75.0%': a value listed
    right after another, with no endpoint named between them, measures the same endpoint."""
    gap = text[previous.end : value.start]
    return len(gap) <= _MAX_CHAIN_GAP and not any(previous.end <= m.start < value.start for m in mentions)


def _assign_one(text, value, qualifier, mentions, previous_end, following_limit, clause_start) -> EndpointAssignment:
    before = [m for m in mentions if m.end <= value.start]
    after = [m for m in mentions if m.start >= value.end and m.start < following_limit]
    threshold_target = _mention_right_after(text, value, mentions) if qualifier in _BOUNDS else None
    if threshold_target:
        return EndpointAssignment(f"{threshold_target.code} threshold", "other", "threshold")
    for m in reversed(before):
        if m.end >= previous_end and _TIGHT_GAP.match(text[m.end : value.start]) and not is_qualifier(text, m, clause_start):
            return _maybe_definition(text, m, value, qualifier, "preceding")
    hint = None
    for m in after:
        if m.start - value.end > _MAX_FOLLOWING_GAP:
            break
        if is_qualifier(text, m, clause_start):
            hint = hint or text[value.end : m.end].strip(" )")
            continue
        return EndpointAssignment(m.code, m.category, "following", _population_hint(hint))
    candidates = [m for m in before if m.end >= previous_end and not is_qualifier(text, m, clause_start)]
    if candidates:
        return _maybe_definition(text, candidates[-1], value, qualifier, "nearest")
    return EndpointAssignment(None, "other", "none")


def _maybe_definition(text, mention, value, qualifier, rule) -> EndpointAssignment:
    if qualifier in _BOUNDS and _DEFINITION.search(text[mention.end : value.start]):
        return EndpointAssignment(f"{mention.code} threshold", "other", "definition")
    return EndpointAssignment(mention.code, mention.category, rule)


def _mention_right_after(text: str, value: Span, mentions: Sequence[Mention]) -> Mention | None:
    for m in mentions:
        if m.start >= value.end and re.fullmatch(r"\s*", text[value.end : m.start]):
            return m
    return None


def _population_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    hint = re.sub(r"^\W+", "", hint)
    return hint[:120] or None


def _respectively(values: list[Span], mentions: Sequence[Mention]) -> list[EndpointAssignment] | None:
    last_value_end = values[-1].end if values else 0
    trailing = [m for m in mentions if m.start >= last_value_end]
    if len(trailing) < len(values):
        return None
    return [EndpointAssignment(m.code, m.category, "respectively") for m in trailing[: len(values)]]
