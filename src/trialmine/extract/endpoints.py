"""Which endpoint does a number measure? Pure functions over text offsets.

Given the endpoint mentions and the percentages of one clause, each percentage is assigned to an
endpoint, in this order of preference:
1. "respectively": values pair with the endpoints named after them, or with those named before
   them (in turn, or one group of values each);
2. a bounded value straight before its endpoint is a threshold ("≥50% decrease in blasts");
3. a mention written tightly before the value ("ORR of 80.0%", "CR in four (40.0%)", "nausea (40%)",
   "MRD negativity was defined as <0.1%");
4. the endpoint of the value listed just before it ("88.9%, 82.4%, and 74.8%", "64% vs. 75%");
5. a mention after the value in the same clause ("five (50%) patients received allo-HSCT"),
   skipping mentions that only describe who the patients were ("patients who achieved CR/CRi");
6. the nearest mention before the value in the clause;
7. the endpoint of the value listed just after it ("55 patients (38.5%) in group A and 57 (40.1%)
   in group B responded").

Values listed together ("4.6% and 2.1% for MI") look for a following endpoint after the last of
them. A value no vocabulary phrase claims keeps the outcome phrase it is written with
(`outcome_phrase`); `endpoint_text` is that phrase as written, trimmed of articles, statistics,
timepoints and "rate(s)".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from typing import Protocol, Sequence

from trialmine.extract.doses import find_doses
from trialmine.extract.measures import MEASURE_RULES
from trialmine.extract.numbers import word_alternation
from trialmine.normalise.endpoints import read_endpoint_rules


@lru_cache(maxsize=1)
def _compared_as() -> dict[str, dict[str, str]]:
    compared_as = read_endpoint_rules().get("_compared_as", {})
    return {unit: codes for unit, codes in compared_as.items() if not unit.startswith("_")}


def compared_code(code: str | None, unit: str | None, text: str, span: tuple[int, int]) -> str | None:
    """The outcome an effect measure of ``unit`` compares when the vocabulary names an event at
    ``span``: a hazard ratio for death compares overall survival (`_compared_as` in
    rules/endpoints.json); not one for an event joined to another ("death or progression")."""
    if _JOINED_EVENT_AFTER.match(text, span[1]) or _JOINED_EVENT_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return code
    return _compared_as().get(unit or "", {}).get(code or "", code)


@dataclass(frozen=True)
class ContextRule:
    """A condition a vocabulary code keeps only in context (`_context` of rules/endpoints.json)."""

    codes: frozenset[str]
    not_near: re.Pattern | None  # the code is wrong with one of these words near the mention
    bare: frozenset[str]  # lower-case mention texts that need `needs_after`
    needs_after: re.Pattern | None


def _alternation(words: Sequence[str]) -> re.Pattern | None:
    """Any of ``words`` as a whole word, case-insensitive (None for no words)."""
    if not words:
        return None
    return re.compile(rf"(?<![\w\-])(?:{word_alternation(words)})(?![\w\-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def context_rules() -> tuple[ContextRule, ...]:
    """The `_context` rules of rules/endpoints.json, their word lists compiled once."""
    return tuple(
        ContextRule(
            frozenset(rule["codes"]),
            _alternation(rule.get("not_near", [])),
            frozenset(w.lower() for w in rule.get("bare", [])),
            _alternation(rule.get("needs_after", [])),
        )
        for rule in read_endpoint_rules().get("_context", {}).get("rules", [])
    )


_CONTEXT_REACH = 40  # "adverse, and intermediate risk", "1319 enrolled (response rate = 74%)"


def in_context(text: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]) -> list:
    """The mentions whose code their context allows (`context_rules`): a response rate written
    beside a survey or an enrolment keeps its phrase but has no code; a bare risk word ("adverse",
    "intermediate") not followed by "risk" in its clause is no mention. ``sentences``: (start,
    end) offsets in document order."""
    starts = [s for s, _ in sentences]
    kept = []
    for m in mentions:
        rule = next((r for r in context_rules() if m.code in r.codes), None)
        if rule is None:
            kept.append(m)
            continue
        i = max(0, bisect_right(starts, m.start) - 1)
        s_start, s_end = sentences[i] if sentences else (0, len(text))
        if rule.bare and text[m.start : m.end].lower() in rule.bare:
            after = re.split(r"[;.]", text[m.end : min(s_end, m.end + _CONTEXT_REACH)], maxsplit=1)[0]
            if rule.needs_after is None or not rule.needs_after.search(after):
                continue
        if rule.not_near and rule.not_near.search(text, max(s_start, m.start - _CONTEXT_REACH), min(s_end, m.end + _CONTEXT_REACH)):
            m = replace(m, code=None, category="other")
        kept.append(m)
    return kept


_PHRASE_WORDS: dict[str, list[str]] = read_endpoint_rules()["_phrase_words"]


def _words(key: str) -> str:
    """A regex alternation of the `_phrase_words` list ``key`` of rules/endpoints.json: literal
    words, longest first, a space matching any run of whitespace."""
    return word_alternation(_PHRASE_WORDS[key])


def _word_set(key: str) -> frozenset[str]:
    """The `_phrase_words` list ``key`` of rules/endpoints.json as a set of words in lower case."""
    return frozenset(w.lower() for w in _PHRASE_WORDS[key])


_JOINED_EVENT_AFTER = re.compile(r"\s*(?:\bor\b|\band\b|/)\s*\w", re.IGNORECASE)
_JOINED_EVENT_BEFORE = re.compile(r"(?:\bor|\band|/)\s*$", re.IGNORECASE)

_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CONNECTOR = rf"(?:{_words('connectors')})"
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
_HISTORY_TRAIL = re.compile(rf"^\s+(?:{_words('history_words')})\b", re.IGNORECASE)
_DEFINITION = re.compile(r"\bdefined\s+as\b", re.IGNORECASE)
_P_VALUE = re.compile(r"\(\s*P\s*[=<>≤≥]", re.IGNORECASE)
_BOUNDS = {"<", "≤", ">", "≥"}
_MAX_FOLLOWING_GAP = 130
_MAX_SUBJECT_WORDS = 12  # "The needs of beta receptor blocker or calcium antagonists were reduced"
# "vomiting (29% vs. 9%), fever (17%": a new item of a list names its own outcome
# "..., and 15.7% suffered death or MI": the value has its own outcome
_OWN_PREDICATE = re.compile(
    rf"\s*(?:of\s+(?:the\s+)?(?:patients|subjects|participants)\s+)?(?:{_words('own_predicate_verbs')})\b",
    re.IGNORECASE,
)
_NEW_LABEL = re.compile(
    rf"(?:[,;]|\band|\bor(?!\s+(?:{_words('subgroup_leads')})\b))\s*(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)[A-Za-z][A-Za-z\- ]{{2,40}}"
    r"\s*(?:[(\[][^()\[\]]{1,6}[)\]]\s*)?[(:\[]\s*(?:(?:from|total|mean|median|rate)\s+)?$",
    re.IGNORECASE,
)
# "... in patients (0.53 versus 0.38) and controls (0.21 versus 0.19)": a list item naming a group is no new outcome
_GROUP_LABEL = re.compile(
    r"(?:[,;]|\band)\s*(?:in\s+|among\s+|for\s+)?(?:the\s+|both\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?:{_words('group_nouns')})\s*[(\[]\s*$",
    re.IGNORECASE,
)


def _new_label(gap: str) -> bool:
    if _NEW_LABEL.search(gap) and not _GROUP_LABEL.search(gap):
        return True
    found = _list_item("0" + gap)  # "age 60 ± 1 years, BMI 30.4": a list item naming its own outcome (the gap follows a value)
    return found is not None and _names_list_item(found[0].group(found[1]))


def _list_item(before: str) -> tuple[re.Match, str] | None:
    """The list item (`_LIST_ITEM`) that ``before`` ends with, and the name of its label's group:
    "x" after a separator ("; BMI"), "x2" with a comma after it ("(SBP, ")."""
    item = _LIST_ITEM.search(before)
    return (item, "x" if item.group("x") else "x2") if item else None


def _names_list_item(label: str) -> bool:
    """Does a short label before a value (`_LIST_ITEM`) name an outcome of its own? Not a function word,
    a verb form or an adverb, an arm, a statistic or time ('total', 'rate', 'mean', 'at week 8': those
    refine the outcome of the list)."""
    return not (
        _not_an_item_end(label)
        or _ARM_WORDS.search(label)
        or not _BRACKET_FILLER.sub("", label)
        or names_no_outcome(label)
        or _TRAILING_WORDS.fullmatch(" " + label)
        or label.lower() == "total"
        or _NOT_AN_OUTCOME.search(label)  # "(difference −0·5 percentage points": the same outcome compared
    )


_MAX_CHAIN_GAP = 60
# the difference between the values just compared, in a bracket after them
_DIFFERENCE_BEFORE = re.compile(
    r"[(\[]\s*(?:the\s+)?(?:absolute\s+|relative\s+|mean\s+|risk\s+)?difference(?:\s+(?:between|of)\s+[^()\[\]%;]{0,50})?\s*[:=,]?\s*$",
    re.IGNORECASE,
)
_CLOSED_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


class Span(Protocol):
    start: int
    end: int


class Mention(Span, Protocol):
    code: str | None
    category: str


@dataclass(frozen=True)
class EndpointAssignment:
    code: str | None
    category: str
    rule: str  # "respectively" | "preceding" | "following" | "threshold" | "definition" | "chain" | "nearest" | "phrase" | "none"
    population_hint: str | None = None  # "patients who achieved CR/CRi"
    span: tuple[int, int] | None = None  # where the outcome is written (see `endpoint_text`)


def assigned(m: Mention, rule: str, hint: str | None = None) -> EndpointAssignment:
    """The assignment of a value to the vocabulary mention ``m`` by ``rule``."""
    return EndpointAssignment(m.code, m.category, rule, hint, (m.start, m.end))



# a clause ends at a semicolon, or after a citation followed by "and" or a comma:
# "... rate of 47% in 15 patients (Alexander et al., 2016) and selinexor plus ..."
_CLAUSE_END = re.compile(r";|(?<=\d{4}\))\s*(?:,|and\b)|(?<=\d{4}[a-z]\))\s*(?:,|and\b)", re.IGNORECASE)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut into clauses: cited results in one sentence often differ per clause."""
    bounds, cursor = [], start
    piece = text[start:end]
    if ";" not in piece and ")" not in piece:  # every clause end holds one of them
        return [(start, end)]
    for m in _CLAUSE_END.finditer(piece):
        bounds.append((cursor, start + m.start()))
        cursor = start + m.end()
    bounds.append((cursor, end))
    return bounds


def is_qualifier(text: str, mention: Span, clause_start: int) -> bool:
    """Does the mention describe who the patients were rather than what they achieved? Also a
    baseline mention that names the subgroup a value was measured in ("18% in men",
    "in patients with EGFR mutation (13.5 vs. 10.2 months")."""
    before = text[max(clause_start, mention.start - 60) : mention.start]
    return bool(
        _QUALIFIER_LEAD.search(before)
        or _HISTORY_TRAIL.match(text[mention.end : mention.end + 15])
        or names_subgroup(text, mention, clause_start)
    )


def names_subgroup(text: str, mention: Span, clause_start: int) -> bool:
    """Is the mention a baseline term naming the subgroup a value was measured in ("in men")?"""
    return getattr(mention, "category", None) == "baseline" and bool(
        _POPULATION_SCOPE.search(text, max(clause_start, mention.start - 60), mention.start)
    )


# "in men", "among women", "in patients with EGFR mutation": the subgroup, not the outcome
_POPULATION_SCOPE = re.compile(
    rf"\b(?:{_words('population_scopes')})\s+(?:the\s+|all\s+)?(?:(?:{'|'.join(MEASURE_RULES['people_nouns'])}|those)\s+with\s+)?"
    r"(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
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
        paired = _respectively(text, values, mentions) if values else None
        if paired:
            return [_with_long_form(text, a, mentions) for a in paired]
    out: list[EndpointAssignment] = []
    for i, value in enumerate(values):
        previous_end = values[i - 1].end if i else c_start
        # "4.6 percent and 2.1 percent for Q-wave MI": values listed together share the endpoint
        # named after the last of them
        last = i
        while last + 1 < len(values) and chained(text, values[last], values[last + 1], mentions):
            last += 1
        following_limit = values[last + 1].start if last + 1 < len(values) else c_end
        # a bounded value written straight before its endpoint is a threshold, not a result
        next_value_is_threshold = (
            i + 1 < len(values) and qualifiers[i + 1] in _BOUNDS and _mention_right_after(text, values[i + 1], mentions)
        )
        if next_value_is_threshold:
            following_limit = values[i + 1].end + 80
        assignment = _threshold_or_preceding(text, value, qualifiers[i], mentions, previous_end, c_start)
        if assignment is None and i and (out[-1].code or out[-1].span) and chained(text, values[i - 1], value, mentions):
            assignment = replace(out[-1], rule="chain")
        if assignment is None:
            assignment = _following_or_nearest(text, value, mentions, previous_end, following_limit, c_start, values)
        out.append(assignment)
    # "Fifty-five patients (38.5%) in group A and 57 (40.1%) in group B responded": a value listed
    # just before one that found its endpoint measures the same endpoint
    for i in range(len(values) - 2, -1, -1):
        if out[i].rule in {"none", "nearest"} and (out[i + 1].code or out[i + 1].span) and chained(text, values[i], values[i + 1], mentions):
            out[i] = replace(out[i + 1], rule="chain")
    if _ASSUMPTION.search(text, c_start, c_end):  # "a 12% higher 2-year OS was considered clinically significant"
        out = [replace(a, code=_threshold(a.code), category="other") if a.code and a.category == "efficacy" else a for a in out]
    return [_with_long_form(text, a, mentions) for a in out]


# a clause of the trial's design assumptions, whose figures are thresholds, not results
_ASSUMPTION = re.compile(
    rf"\b(?:{'|'.join(MEASURE_RULES['design_assumptions'])})\b",
    re.IGNORECASE,
)


_OPENS_BRACKET = re.compile(r"\s*[(\[]\s*$")
_CLOSES_BRACKET = re.compile(r"\s*[)\]]")


def _with_long_form(text: str, assignment: EndpointAssignment, mentions: Sequence[Mention]) -> EndpointAssignment:
    """The outcome phrase of a vocabulary mention as written around it: a short form in brackets
    right after its long form is written with it ("relapse free survival (RFS)"); so are a grade
    or severity before it ("grade 3–4 oesophagitis", "severe neutropenia"), a second outcome
    joined by a slash ("relapse/progression") and the gene of a mutation ("KRAS mutations", coded
    `mutation:KRAS`)."""
    if not assignment.code or not assignment.span:
        return assignment
    start, end = assignment.span
    close = _CLOSES_BRACKET.match(text, end)
    if close:
        for m in mentions:
            if m.code == assignment.code and m.end <= start and _OPENS_BRACKET.fullmatch(text, m.end, start):
                start, end = m.start, close.end()
                break
    code = assignment.code
    severity = _SEVERITY_BEFORE.search(text, max(0, start - 40), start)
    if severity:
        start = severity.start()
        grades = _grade_range(severity.group()) if code == _ADVERSE_EVENTS else None
        if grades:  # "3/4 grade adverse events": GUIDELINES 4.4 `grade 3-4 adverse events`
            code = f"grade {grades} {_ADVERSE_EVENTS}"
    if assignment.category == "safety" and code:  # "Severe hematological toxicity": the term, as for listed terms
        code = without_severity(code)
    slash = _SLASH_AFTER.match(text, end)
    if slash:
        end = slash.end()
    gene = _GENE_BEFORE.search(text, max(0, start - 20), start) if code == "mutation" else None
    if gene:  # "KRAS mutations were identified in 36.3%": GUIDELINES 4.4 codes a mutation by its gene
        start, code = gene.start(), f"mutation:{gene.group(1)}"
    return replace(assignment, code=code, span=(start, end)) if (start, end, code) != (*assignment.span, assignment.code) else assignment


# "grade 3–4 oesophagitis", "grades 1-2 AEs", "grade II-IV acute GVHD", "3/4 grade nausea", "severe neutropenia"
_GRADE_NUMBER = r"(?:[0-9]|I{1,3}|IV|V)"
_GRADE = rf"{_GRADE_NUMBER}(?:\s*(?:[-\u2010\u2013/]|to|or|and)\s*{_GRADE_NUMBER})?"
_OPEN_RANGE = _words('open_range_words')  # "grade 3 or higher"
GRADE_BOUND = r"(?:[≥>≤<⩾⩽≧≦]=?\s*)?"  # "grade ≥3", "Grade ⩾3": an open range too
_SEVERITY_BEFORE = re.compile(
    rf"(?<![\w\-])(?:(?:CTC(?:AE)?\s+)?grades?\s+{GRADE_BOUND}{_GRADE}(?:\s+or\s+(?:{_OPEN_RANGE}))?|(?<![/\d]){_GRADE}\s+grades?"
    rf"|{_words('severity_words')})\s+$",
    re.IGNORECASE,
)
# severity words opening an adverse-event term the vocabulary does not list ("severe hematological toxicity")
_SEVERITY_LEAD = re.compile(rf"^(?:(?:{_words('severity_words')}|to|or|and)\s+)+", re.IGNORECASE)
_ADVERSE_EVENTS = "adverse events"
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}


def without_severity(term: str) -> str:
    """An adverse-event term without the severity words opening it ("moderate to severe fatigue" ->
    "fatigue"); the term itself when nothing else is left."""
    return _SEVERITY_LEAD.sub("", term) or term


def _grade_range(severity: str) -> str | None:
    """'grade 3/4 ' -> '3-4', '3 or 4 grade ' -> '3-4', 'grade III ' -> '3'; None for an open range
    ('grade 3 or higher', 'grade ≥3') or a severity word."""
    if re.search(_OPEN_RANGE, severity, re.IGNORECASE) or re.search(r"[≥>≤<⩾⩽≧≦]", severity):
        return None
    grades = [_ROMAN.get(g.upper(), g) for g in re.findall(rf"\b{_GRADE_NUMBER}\b", severity, re.IGNORECASE)]
    return "-".join(grades) if 1 <= len(grades) <= 2 else None
_SLASH_AFTER = re.compile(r"/[A-Za-z][\w\-]*")
# a gene symbol written before "mutation(s)": capitals and digits, starting with a capital ("KRAS", "TP53", "MLL-PTD")
_GENE_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?)[\s\-]+$")


def chained(text: str, previous: Span, value: Span, mentions: Sequence[Mention]) -> bool:
    """'overall survival rates were 88.9%, 82.4%, and 74.8%', '64.1% vs. 75.0%': a value listed
    right after another, with no endpoint named between them (a subgroup may be: '40% in men and
    30% in women'), measures the same endpoint. A
    closed bracket in between ('5.9 months (95% CI, 4.5-7.3) in the A group and 7.0 months') does
    not count towards the distance."""
    gap = text[previous.end : value.start]
    difference = len(gap) <= 2 * _MAX_CHAIN_GAP and _DIFFERENCE_BEFORE.search(gap)  # "(absolute difference between the groups 5.3%"
    return (
        (len(_CLOSED_BRACKETS.sub("", gap)) <= _MAX_CHAIN_GAP or bool(difference))
        and not any(previous.end <= m.start < value.start and not names_subgroup(text, m, previous.end) for m in mentions)
        and not (_new_label(gap) and not _bracket_label(text[max(0, value.start - _CHAIN_LABEL_REACH) : value.start])[1])
        and not _OWN_PREDICATE.match(text, value.end)
    )


# `chained` reads no clause (a chain may cross one): the characters before a value where "between" ... may open its label's list
_CHAIN_LABEL_REACH = 300


def _bracket_label(before: str) -> tuple[tuple[int, int] | None, bool]:
    """The label right before the value's bracket (`_label`: offsets in ``before``, the text the
    caller reads before the value), and whether it is a group of a list compared ("between CHO
    (48.5 min), HCLP (48.8 min)", `_compared_label`), which names no outcome."""
    labelled = _label(before)
    return labelled, bool(labelled) and _compared_label(before, *labelled)


def _threshold_or_preceding(text, value, qualifier, mentions, previous_end, clause_start) -> EndpointAssignment | None:
    threshold_target = _mention_right_after(text, value, mentions) if qualifier in _BOUNDS else None
    if threshold_target:
        return EndpointAssignment(_threshold(threshold_target.code), "other", "threshold", None, (threshold_target.start, threshold_target.end))
    before = [m for m in mentions if previous_end <= m.end <= value.start]
    for m in reversed(before):
        if _TIGHT_GAP.match(text[m.end : value.start]) and not is_qualifier(text, m, clause_start):
            return _maybe_definition(text, m, value, qualifier, "preceding")
    return None


def _following_or_nearest(text, value, mentions, previous_end, following_limit, clause_start, values=()) -> EndpointAssignment:
    hint = None
    following_limit = min(following_limit, _bracketed_group_end(text, value, values, clause_start))
    for m in (m for m in mentions if value.end <= m.start < following_limit):
        if m.start - value.end > _MAX_FOLLOWING_GAP:
            break
        if any(v.start >= m.end and _TIGHT_GAP.match(text[m.end : v.start]) for v in values):
            break  # '..., and the one-year survival rates were 93.3%': the outcome of a later value
        if is_qualifier(text, m, clause_start):
            hint = hint or text[value.end : m.end].strip(" )")
            continue
        return assigned(m, "following", _population_hint(hint))
    candidates = [m for m in mentions if previous_end <= m.end <= value.start and not is_qualifier(text, m, clause_start)]
    if candidates:
        return assigned(candidates[-1], "nearest")
    return EndpointAssignment(None, "other", "none")


def _bracketed_group_end(text: str, value: Span, values: Sequence[Span], clause_start: int) -> int:
    """'Median PFS was ... (3.2 months versus 3.6 months, P = 0.75), as well as the median OS':
    values compared inside brackets report the outcome named before the brackets, never one after
    them. Returns where such a bracket closes (else the end of the text); a bracket holding only
    its value ('five (50%) patients achieved CR') does not count."""
    opened = _open_bracket(text, clause_start, value.start)
    if opened < 0:
        return len(text)
    closer = ")" if text[opened] == "(" else "]"
    closed = text.find(closer, value.end)
    if closed < 0:
        return len(text)
    inside = [v for v in values if opened < v.start and v.end <= closed]
    return closed if len(inside) >= 2 else len(text)


_BRACKET = re.compile(r"[()\[\]]")


def _open_bracket(text: str, start: int, pos: int) -> int:
    """Where the innermost bracket still open at ``pos`` opens (-1 if none): the "[" of
    "[5.9% (n = 5) in A vs. 9.5%" at 9.5%."""
    stack: list[int] = []
    for bracket in _BRACKET.finditer(text, start, max(start, pos)):
        if bracket.group() in "([":
            stack.append(bracket.start())
        elif stack:
            stack.pop()
    return stack[-1] if stack else -1


def _maybe_definition(text, mention, value, qualifier, rule) -> EndpointAssignment:
    if qualifier in _BOUNDS and _DEFINITION.search(text[mention.end : value.start]):
        return EndpointAssignment(_threshold(mention.code), "other", "definition", None, (mention.start, mention.end))
    return assigned(mention, rule)


def _threshold(code: str | None) -> str | None:
    return f"{code} threshold" if code else None


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


def _respectively(text: str, values: list[Span], mentions: Sequence[Mention]) -> list[EndpointAssignment] | None:
    """Values paired with endpoints by "respectively".

    Endpoints named after the values pair in order ("four (40%) and three (30%) were adverse, and
    intermediate risk, respectively"). Endpoints named before them ("DFS and OS were 67% and 75%
    (P = 0.3), and 72% and 82% (P = 0.2), respectively") take one group of values each when the
    values come in as many equal groups (closed by a P value) as there are endpoints, else they
    take the values in turn."""
    trailing = [m for m in mentions if m.start >= values[-1].end]
    if len(trailing) >= len(values):
        return [assigned(m, "respectively") for m in trailing[: len(values)]]
    leading = [m for m in mentions if m.end <= values[0].start]

    def key(m: Mention) -> str:
        return m.code or text[m.start : m.end].lower()

    named = [m for i, m in enumerate(leading) if key(m) not in {key(x) for x in leading[i + 1 :]}][-len(values) :]
    if len(named) < 2 or len(values) % len(named):
        return None
    for groups in (_p_value_groups(text, values), _comparison_groups(text, values)):
        if len(groups) == len(named) and len({len(g) for g in groups}) == 1:
            return [assigned(named[g], "respectively") for g, group in enumerate(groups) for _ in group]
    return [assigned(named[i % len(named)], "respectively") for i in range(len(values))]


_COMPARED = re.compile(r"\b(?:vs|versus|v|compared\s+(?:with|to))\b\.?", re.IGNORECASE)


def _comparison_groups(text: str, values: list[Span]) -> list[list[Span]]:
    """'nausea and anorexia ... (4.5% vs 0.7%, 3.0% vs 0%, respectively)': values compared with
    each other ('vs') form one group; a gap without a comparator starts the next."""
    groups: list[list[Span]] = [[values[0]]]
    for previous, value in zip(values, values[1:]):
        if _COMPARED.search(text[previous.end : value.start]):
            groups[-1].append(value)
        else:
            groups.append([value])
    return groups if any(len(g) > 1 for g in groups) else []


def _p_value_groups(text: str, values: list[Span]) -> list[list[Span]]:
    groups: list[list[Span]] = [[]]
    for i, value in enumerate(values):
        groups[-1].append(value)
        upto = values[i + 1].start if i + 1 < len(values) else value.end + 30
        if _P_VALUE.search(text, value.end, upto) and i + 1 < len(values):
            groups.append([])
    return groups


# -- the outcome phrase when no vocabulary mention names it -------------------------------------

_COPULA = re.compile(
    r"\b(?:(?:was|were|is|are|remained|reached|averaged|(?:was|were)\s+(?:observed|seen|reported|noted|found|achieved|obtained)\s+in|occurred\s+in)\b"
    # "X did not differ between the groups (V1 vs V2": a comparison written in the negative
    rf"|(?:{_words('negated_comparison_verbs')})\b"
    # "X decreased from", "X increased by", "X decreased 56.9%" (the value right after: not "A increased X (26%")
    r"|(?:decreased|increased|fell|rose|improved|changed|declined|dropped)(?:\s+(?:significantly|markedly|further))?"
    r"(?:\s+(?:from|by)\b|(?=\s*[(\[]?\s*$)))",
    re.IGNORECASE,
)
# words between the copula and the value: "were 5.7", "was only 12%", "was significantly lower (12%"
_COPULA_GAP = re.compile(r"^[^;%]{0,160}?[(\[]?\s*$")
# an arm or a comparison, not an outcome
_ARM_WORDS = re.compile(rf"\b(?:{_words('arm_words')})\b", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(
    rf"\b(?:{_words('object_verbs')})\s+"
    rf"(?:(?:{_words('object_modifiers')})\s+)*"
    r"(?P<x>[A-Za-z][^,;:()\[\]%]{1,60}?)(?:\s+(?:at|after|during|over)\s+[^,;:()\[\]%]{1,30}?)?"
    r"(?:\s+(?:in|among|for|by)\s+(?:only\s+)?|\s*[(\[]\s*(?:from\s+)?|\s+from\s+)$",
    re.IGNORECASE,
)
_SUBJECT_START = re.compile(
    r"(?:[,;:(\[]|\b(?:but|while|whereas|which|that|when|although|respectively|than|was|were|is|are)\b)\s*", re.IGNORECASE
)
_AFTER_VALUE_AND = re.compile(r"[0-9%)\]]\s+and\s+")
_STANDALONE_NUMBER = re.compile(r"(?<![A-Za-z0-9.])[0-9]+(?:\.[0-9]+)?(?![A-Za-z0-9])")
# "[4 (3.8%)": the count written just before its percentage
_COUNT_BEFORE_VALUE = re.compile(
    r"[0-9]{1,7}(?:\s*(?:/|of|out\s+of)\s*[0-9]{1,7})?(?:\s+[A-Za-z][A-Za-z\-]*){0,4}\s*[(\[]\s*$"
)
_NAMED_AFTER = re.compile(r"\s*[(\[]\s*([A-Za-z][A-Za-z \-/]{1,40}?[A-Za-z])\s*[)\]]")
# punctuation of a comparison or a number: "P < 0.01) and", "⩽5% WL", "only one"
_NOT_AN_OUTCOME = re.compile(
    rf"%|\b(?:P|p)\s*[<>=≤≥]|\b(?:{_words('not_outcome_words')})\b",
    re.IGNORECASE,
)
_PREPOSITION_START = re.compile(r"(?:at|in|on|for|with|of|by|to|from|during|after)\b", re.IGNORECASE)
_WORDY = re.compile(r"[A-Za-z]{3}|[A-Z]{2}")
_IMPERSONAL = re.compile(r"there|it", re.IGNORECASE)
_IMPERSONAL_OBJECT = re.compile(
    r"\s*(?:(?:no|a|an|the|significant(?:ly)?|statistically|fewer|more|less|higher|lower|greater|smaller|similar|"
    r"faster|slower|differences?|reductions?|increases?|decreases?|improvements?|trends?\s+towards?|(?:within\s+or\s+)?between[\s\-]+groups?)\s+)*"
    # "no difference between arms in X (V", "no significant difference between the groups in X (V": the object of "in"
    r"(?:(?:in|of|between\s+[^,;:()\[\]%]{1,40}?\s+in)\s+)?"
    r"(?:the\s+)?(?P<x>[A-Za-z][^,;:()\[\]%]{1,160}?)\s*(?:[(\[]\s*)?$",
    re.IGNORECASE,
)
_FIGURES_FOR = re.compile(r"(?:the\s+)?(?:corresponding\s+)?(?:figures|values|results|estimates|numbers)\s+(?:for|of)\s+", re.IGNORECASE)
# arm, population and time that follow the outcome in a subject: "mortality in the placebo group"
_SUBJECT_TAIL = re.compile(
    r"\s+(?:in|among|with|for(?=\s+(?:the\s+|both\s+|all\s+|each\s+)?(?:[\w\-/+]+\s+){0,3}?(?:groups?|arms?|patients|subjects|participants|controls?|cohorts?|placebo)\b)"
    r"|at|during|after|from|between|versus|vs\.?|compared|by|on|receiving|treated|who|of\s+(?:the\s+)?(?:patients|subjects|participants))\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_OBJECT_VERB = re.compile(
    r"^[^0-9;.]{0,80}?(?<![\w\-])(?:(?:had|have|has)(?:\s+(?:undergone|experienced|developed|achieved|required|suffered|needed|received))?"
    r"|experienced|developed|achieved|attained|required|underwent|suffered(?:\s+from)?|presented\s+with|showed|saw|reached|needed"
    r"|(?P<act>completed|completing|discontinued|discontinuing)|reported|exhibited)\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"[,;.:()\[\]]|\s(?:in|with|after|during|at|than|compared|versus|vs\.?|by|from|within|on|while|whereas|respectively|that|which|who|\d)\b"
    r"|\sand\s+(?:only\s+|another\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|had|have|has|was|were)\b",
    re.IGNORECASE,
)
_LEADING_WORDS = re.compile(
    rf"^(?:(?:{_words('leading_connectives')}|the|a|an|and|or|but|median|mean|average|overall\s+(?=rate)|estimated|cumulative\s+(?=rate)|actuarial|total|\d+[-\u2010](?:years?|months?|weeks?|days?)|"
    r"(?:significantly\s+)?(?:larger|greater|smaller|higher|lower|longer|shorter|better|worse|more|less)|(?:statistically\s+)?(?:significant|non-?significant|insignificant)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)[-\u2010](?:years?|months?|weeks?|days?))\s+)+",
    re.IGNORECASE,
)
_HEADING = re.compile(
    r"(?:RESULTS?|CONCLUSIONS?|METHODS|FINDINGS|BACKGROUND|OBJECTIVES?|INTERPRETATION|PURPOSE|AIMS?|MAIN\s+RESULTS)\s*[:.]?\s+"
)
# the arm or population a sentence opens with, before its outcome: "In the X group, ...", "Among controls"
_LEADING_SCOPE = re.compile(
    r"(?:in|among|for|with)\s+(?:the\s+|both\s+|all\s+)?(?:[\w/+\-]+\s+){0,4}?"
    r"(?:groups?|arms?|patients|subjects|participants|controls|cohorts?|children|adults|dogs|rats|mice)\b,?\s*",
    re.IGNORECASE,
)
# a closed bracket (one level of nesting) opening a phrase: "(standard error [SE]) weight loss"
_LEADING_BRACKET = re.compile(r"[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]])*[)\]]\s*")
_TRAILING_WORDS = re.compile(
    rf"(?:\s+(?:{_words('trailing_words')}))+$", re.IGNORECASE
)


_NOT_A_PHRASE = _word_set('not_a_phrase')


def outcome_phrase(
    text: str, clause: tuple[int, int], value: Span, not_outcomes: Sequence[tuple[int, int]] = (), predicate: bool = True
) -> tuple[int, int] | None:
    """The outcome phrase of a value (see `_outcome_candidates`): the first candidate that reads as
    an outcome and is not one of ``not_outcomes`` (the arms and drugs of the sentence: in
    "Losartan was better tolerated ... (17 versus 23%" the outcome is not "Losartan"). Without
    ``predicate``, a state after "were" ("13 patients (87%) were seizure-free") is no candidate:
    for a count without a percentage it is as often who the patients were ("three were refractory")."""
    candidates = _outcome_candidates(text, clause, value, predicate)
    changed = _CHANGED_BEFORE_STATISTIC.search(text, clause[0], value.start)
    if changed and not _ARM_WORDS.search(changed.group("x")):  # "SPAZ reduced LBW (risk ratio [RR]: 0.74": what the arm changed, before the measure's bracket
        candidates = chain([_cleaned(text, *changed.span("x"))], candidates)
    statistic = _STATISTIC_FOR_BEFORE.search(text, clause[0], value.start)
    if statistic:  # "the hazard ratio for return to work was 0.74": the outcome compared
        candidates = chain([_cleaned(text, *statistic.span("x"))], candidates)
    opened, own = _bracket_of_compared_values(text, clause, value, not_outcomes)
    if opened is not None:  # "Severe hypoglycaemia was rare (Gla-300: 2.3%; Gla-100: 2.6%)": the phrase the bracket follows
        changed = _CHANGED_BEFORE_BRACKET.search(text, own[0], opened)  # "SUP and PLA decreased body weight (SUP: PRE, 70.5 kg"
        if changed and not _ARM_WORDS.search(changed.group("x")):
            candidates = chain(candidates, [_cleaned(text, *changed.span("x"))])
        candidates = chain(candidates, _outcome_candidates(text, own, _Offsets(opened + 1, own[1]), predicate))
    for span in candidates:
        if span is None:
            continue
        phrase = text[span[0] : span[1]]
        if (
            names_statistic(phrase)
            or _NOT_AN_OUTCOME.search(phrase)
            or _PREPOSITION_START.match(phrase)
            or phrase[:1].isdigit()
            or not _balanced(phrase)
            or not _WORDY.search(phrase)
            or phrase.lower() in _NOT_A_PHRASE
            or names_no_outcome(phrase)
            or ends_in_function_word(phrase)
            or _CHANGE_ONLY.fullmatch(phrase)
            or phrase.strip().casefold() in _SECTION_HEADINGS  # "Results: Forty-four percent, ..."
            or any(s <= span[0] and span[1] <= e for s, e in not_outcomes)
        ):
            continue
        return span
    return None


@dataclass(frozen=True)
class _Offsets:
    """Character offsets standing in for a value's span (`Span`) where no value stands: the start
    right inside a bracket of compared values, so `_outcome_candidates` reads the text before it."""

    start: int
    end: int


# what stands in a bracket of compared values before a value without naming an outcome: other
# values (with their unit), arm labels, comparators, statistics, punctuation
_BRACKET_FILLER = re.compile(
    rf"[-+\u2212]?\d+(?:[.,\u00b7]\d+)*(?:\s*[A-Za-z\u00b5\u03bc]+(?:/[A-Za-z0-9]+)*)?(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?:{_words('bracket_fillers')})(?![A-Za-z])|[^A-Za-z]",
    re.IGNORECASE,
)


def _bracket_of_compared_values(
    text: str, clause: tuple[int, int], value: Span, not_outcomes: Sequence[tuple[int, int]]
) -> tuple[int | None, tuple[int, int]]:
    """Where the bracket holding ``value`` opens, when only other values, arm labels (the sentence's
    arms and drugs, `bracket_fillers`) and comparators stand before the value inside its item (after
    the bracket or its last ';'): the values of "adherence (intervention 68.3%, control 69.8%)" measure
    the phrase the bracket follows; with the clause that phrase is read in (the bracket's own, where a
    ';' inside it began the value's clause: "BW (A: PRE, 70.5 kg to POST, 67.5 kg; B: PRE, 67.9 kg")."""
    opened = _open_bracket(text, clause[0], value.start)
    own = clause
    if opened < 0 and text[clause[0] - 1 : clause[0]] == ";":  # the value's clause begins inside a bracket
        reach = max(0, clause[0] - _BRACKET_REACH)
        opened = _open_bracket(text, reach, value.start)
        if opened < 0 or _SENTENCE_END.search(text, opened, clause[0]):
            return None, clause
        own = (_clause_start_before(text, reach, opened), clause[1])
        if not _group_label(text, opened + 1, not_outcomes, (own[0], opened)):
            return None, clause  # only the items of a bracket opened by a group's label ("(atorvastatin: 21.7 ...")
    if opened <= own[0] or _STATISTIC_IN_BRACKET.search(text, opened, value.start):
        return None, clause  # "absence of fever (OR = 3.3": an effect measure after its predictor (`associated_outcome`)
    item = max(opened + 1, clause[0])
    inner = list(text[item : value.start])
    for s, e in not_outcomes:
        for i in range(max(s, item), min(e, value.start)):
            inner[i - item] = " "
    # a group's label opening the item ("(SUP: PRE, 70.5"), or a later item's label when a group's
    # label opens the bracket ("; PLA: PRE, 67.9")
    label = _group_label(text, item, not_outcomes, (own[0], opened)) if item == opened + 1 else _ARM_LABELLED_ITEM.match(text, item)
    if label is not None:
        s, e = label if isinstance(label, tuple) else label.span("x")
        inner[s - item : e - item] = " " * (e - s)
    return (None, clause) if _BRACKET_FILLER.sub("", "".join(inner)) else (opened, own)


_BRACKET_REACH = 300
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# an item of a bracket that opens with a short label and a colon: "SUP: PRE, 70.47 kg", " dulaglutide 1.5 mg: 2.3%"
_ARM_LABELLED_ITEM = re.compile(r"\s*(?P<x>[A-Za-z][\w\-+/]*(?:\s+[\w\-+/.]+){0,2})\s*:")


def arm_labelled_bracket(text: str, sentence: tuple[int, int], start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether the value at ``start:end`` stands in a bracket of compared values whose first item
    is labelled by one of ``names`` (an arm or drug of the sentence): "(atorvastatin: 21.7 ng/ml ...")."""
    clause = next((c for c in clauses(text, *sentence) if c[0] <= start < c[1]), sentence)
    opened, own = _bracket_of_compared_values(text, clause, _Offsets(start, end), names)
    return opened is not None and _group_label(text, opened + 1, names, (own[0], opened)) is not None


def _group_label(text: str, start: int, names: Sequence[tuple[int, int]], before: tuple[int, int]) -> tuple[int, int] | None:
    """The label of the bracket item at ``start`` ("SUP: PRE, 70.47 kg") when it names a group: one
    of ``names`` (an arm or drug), or one of two or more item labels that the clause all writes before
    the bracket, outside other brackets ("SUP and PLA decreased body weight (SUP: ...; PLA: ..."); not
    an outcome of its own ("(IL-6: 1.5 pg/mL ...; ET-1: ...", "TGSS, erosion ... (TGSS: placebo, 0.4").
    """
    label = _ARM_LABELLED_ITEM.match(text, start)
    if label is None:
        return None
    s, e = label.span("x")
    if any(ns <= s and e <= ne for ns, ne in names):
        return s, e
    closed = _matching_close(text, start - 1, min(len(text), start + _BRACKET_REACH))
    items = text[start:closed].split(";") if closed > 0 else []
    labels = [m.group("x") for m in map(_ARM_LABELLED_ITEM.match, items) if m]
    outside = _CLOSED_BRACKETS.sub(" ", text[before[0] : before[1]])
    if len(labels) >= 2 and all(re.search(rf"(?<![\w\-]){re.escape(x)}(?![\w\-])", outside) for x in labels):
        return s, e
    return None


def _clause_start_before(text: str, start: int, pos: int) -> int:
    """The start of the clause (after a ';' or a sentence end) that ``pos`` lies in, from ``start`` on."""
    cut = start
    for m in re.finditer(r";|[.!?]\s+(?=[A-Z])", text[start:pos]):
        cut = start + m.end()
    return cut


_STATISTIC = rf"(?:(?i:{_words('statistic_names')})|{_words('statistic_abbreviations')})"
_STATISTIC_IN_BRACKET = re.compile(rf"(?<![A-Za-z])(?:{_STATISTIC}|\u03b2)(?![A-Za-z])")
# the name with its short form in brackets, if written: "hazard ratio (HR)", "risk ratio [RR]"
_STATISTIC_WRITTEN = rf"{_STATISTIC}(?:\s*[(\[][^()\[\]]{{1,6}}[)\]])?"
# "hazard ratio for return to work was ", "HR for death: " right before a value
_STATISTIC_FOR_BEFORE = re.compile(
    rf"(?<![A-Za-z]){_STATISTIC_WRITTEN}\s+(?:for|of)\s+(?P<x>[A-Za-z](?:(?!\b(?:was|were|is|are)\b)[^,;:()\[\]=%]){{0,59}}?)"
    r"\s*(?:[,:=]|\b(?:was|were|is|of)\b)?\s*$"
)
# "(HR 0.41, 95% CI ...) and 6 weeks (HR 0.16) of treatment were associated with improved overall survival (OS)"
_ASSOCIATED_AFTER = re.compile(
    r"(?:[^;.]|\.(?=\d)){0,250}?\b(?:was|were|is|are|being)\s+"  # a decimal point ends no sentence
    rf"(?:(?:{_words('association_modifiers')})\s+)*(?:{_words('association_phrases')})\s+"
    rf"(?:(?:{_words('association_modifiers')})\s+)*"
    rf"(?P<x>[A-Za-z][^,;:()\[\]%=]{{0,60}}?)(?=\s*(?:[,;:()\[\]]|\.(?:\s|$)|\b(?:{_words('association_ends')})\b|$))",
    re.IGNORECASE,
)


def associated_outcome(text: str, value: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The outcome an effect measure compares when it stands in a bracket after its predictor and
    the predictor is then said to be associated with (predictive of, a predictor for) an outcome:
    "higher CEC numbers (HR 0.41, 95% CI 0.18-0.91) were associated with improved overall survival"
    -> "overall survival"."""
    opened = _open_bracket(text, clause[0], value.start)
    if opened < 0:
        return None
    closed = _matching_close(text, opened, clause[1])
    if closed < 0:
        return None
    found = _ASSOCIATED_AFTER.match(text, closed + 1, clause[1])
    return _cleaned(text, *found.span("x")) if found else None


def associated_assignment(
    text: str, value: Span, clause: tuple[int, int], mentions: Sequence[Mention], unit: str | None
) -> EndpointAssignment | None:
    """The effect measure's `associated_outcome`, coded when one vocabulary code names it (a
    hazard ratio for death compares OS: `compared_code`), else kept as its phrase."""
    span = associated_outcome(text, value, clause)
    if span is None:
        return None
    named = [m for m in mentions if span[0] <= m.start and m.end <= span[1] and m.code]
    if len({m.code for m in named}) == 1:
        m = named[0]
        return EndpointAssignment(compared_code(m.code, unit, text, (m.start, m.end)), m.category, "compared", None, span)
    return EndpointAssignment(None, "other", "phrase", None, span)


def _matching_close(text: str, opened: int, end: int) -> int:
    """Where the bracket opened at ``opened`` closes before ``end`` (-1 if it does not)."""
    depth = 0
    for i in range(opened, end):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i
    return -1


# "reduced LBW (risk ratio [RR]: ", "increased preeclampsia risk (odds ratio ", "in proportion stunted
# (adjusted odds ratio ", "reduced the OR for PE/PIH (OR " right before a value: the object of the change
_CHANGE_OR_SCOPE = rf"(?:{_words('change_verbs')}|in\s+terms\s+of|in|(?:{_words('measured_nouns')})\s+of)"
_CHANGED_BEFORE_STATISTIC = re.compile(
    rf"\b{_CHANGE_OR_SCOPE}\s+(?:the\s+)?(?:{_STATISTIC}\s+(?:for|of)\s+)?"
    rf"(?P<x>[A-Za-z](?:(?!\b{_CHANGE_OR_SCOPE}\b)[^,;:()\[\]%=]){{0,60}}?)"
    rf"\s*[(\[]\s*(?:(?i:{_words('statistic_qualifiers')})\s+)?{_STATISTIC_WRITTEN}\s*[:=,]?\s*$",
    re.IGNORECASE,
)

# the object of a change verb right before a bracket: "decreased body weight (", "reduced operation time ("
_CHANGED_BEFORE_BRACKET = re.compile(
    rf"\b(?:{_words('change_verbs')})\s+(?:\w+ly\s+)?(?:the\s+)?(?P<x>[A-Za-z](?:(?!\b{_CHANGE_OR_SCOPE}\b)[^,;:()\[\]%=]){{0,60}}?)\s*$",
    re.IGNORECASE,
)


_NOT_OUTCOME_WORD = re.compile(rf"(?:{_words('not_outcome_only')})", re.IGNORECASE)


def names_no_outcome(phrase: str) -> bool:
    """Is the phrase only times, statistics, pronouns and comparisons (`not_outcome_only`: "before",
    "week 8", "a mean", "them", "significantly lower")?"""
    return all(_no_outcome_word(w) for w in re.findall(r"[A-Za-z]+", phrase))


def _no_outcome_word(word: str) -> bool:
    """A `not_outcome_only` word; one in capitals only as an abbreviation of a statistic ("SD"), since
    "END" (early neurological deterioration) is an outcome."""
    if len(word) > 1 and word.isupper():
        return word.lower() in _NOT_OUTCOME_ABBREVIATIONS
    return bool(_NOT_OUTCOME_WORD.fullmatch(word))


_NOT_OUTCOME_ABBREVIATIONS = _word_set('not_outcome_abbreviations')
# in small letters: "the late mitral filling wave (A)" ends with a short form, not an article
_FUNCTION_WORD_END = re.compile(rf"(?<![\w\-])(?:{_words('not_phrase_ends')})[\s,.;:]*$")


def ends_in_function_word(phrase: str) -> bool:
    """Does the phrase end with a conjunction, preposition, article or "respectively" (`not_phrase_ends`)?
    Then it is a fragment cut mid-phrase ("improvement of respectively", "glargine treatment and")."""
    return bool(_FUNCTION_WORD_END.search(phrase))


_STATISTIC_ONLY = re.compile(rf"(?:(?i:i\.e\.|the|an?)\s+)?{_STATISTIC_WRITTEN}")


def names_statistic(phrase: str) -> bool:
    """Is the phrase only the name of an effect measure or interval ("hazard ratio", "aOR", "CI")?"""
    return bool(_STATISTIC_ONLY.fullmatch(phrase.strip()))


_SECTION_HEADINGS = frozenset(h.casefold() for h in MEASURE_RULES["design_sections"] + MEASURE_RULES["result_sections"])


def _balanced(phrase: str) -> bool:
    return phrase.count("(") == phrase.count(")") and phrase.count("[") == phrase.count("]")


def _outcome_candidates(text: str, clause: tuple[int, int], value: Span, predicate: bool = True):
    """Where the outcome of a value may be written when no vocabulary phrase names it, best
    first: "V increase in X"; a label right before the value's bracket ("patients discontinuing
    medication (17 versus 23%", "rates of MACEs [5.9%") when the subject's verb stands before it;
    the subject of "was/were" ("major bleeding was 2.1%", "mortality was not different in A
    compared with B (10% vs. 6%)"), the object of "showed/had ... in V" ("showed TIMI 3 flow in
    96%"), the object after the value ("eight patients (1.3%) ... had a stroke"), "X: V", "X (V)",
    "X = V". Yields offsets (or None for a finder that found nothing)."""
    c_start, c_end = clause
    before = text[c_start : value.start]
    after = text[value.end : c_end]
    likely = _likely_to(before, after)  # "were more likely to choose X (77.7% vs 25.8%": what they did, not who
    if likely:
        offset = value.end if likely[2] else c_start
        yield _cleaned(text, offset + likely[0], offset + likely[1])
    change = _CHANGE_AFTER.match(after)  # "a 50% increase in total heart rate variability"
    if change:
        yield _cleaned(text, value.end + change.start("x"), value.end + change.end("x"))
    labelled, compared_group = _bracket_label(before)
    if compared_group:  # "between CHO (48.5 min), HCLP (48.8 min)": a group, not what
        labelled = None
    subject = _subject(before)
    item, label = _list_item(before) or (None, None)  # "(age 68±7 years; BMI 25.2±5.5 kg/m2", "(SBP, 126.3 mmHg", "; triceps, from 26.3 mm"
    listed = _cleaned(text, c_start + item.start(label), c_start + item.end(label)) if item and _names_list_item(item.group(label)) else None
    # "Blood pressure did not differ (SBP, 126.3": an item labelled with its comma is narrower than the subject
    if listed and label == "x2" and subject and subject[1] < item.start(label):
        yield listed
    if labelled and subject and subject[1] < labelled[0] and not _PREDICATE_WORDS.search(before[labelled[0] : labelled[1]]):
        yield _cleaned(text, c_start + labelled[0], c_start + labelled[1])
    for found in (subject, _object_before(before)):
        if found:
            yield _cleaned(text, c_start + found[0], c_start + found[1])
    named_after = _NAMED_AFTER.match(after)  # "82% (ORR)"
    if named_after and not _ARM_WORDS.search(named_after.group(1)) and not _STANDALONE_NUMBER.search(named_after.group(1)):
        yield value.end + named_after.start(1), value.end + named_after.end(1)
    state = _PREDICATE_AFTER.match(after) if predicate else None  # "13 patients (87%) were seizure-free"
    if state:
        yield value.end + state.start("x"), value.end + state.end("x")
    # "In 64 (8%) patients, ulcers failed to heal": the clause the patients open is the outcome
    scope = _IN_COUNTED_PATIENTS.match(after) if _IN_COUNT_BEFORE.search(before) else None
    if scope:
        yield value.end + scope.start("x"), value.end + scope.end("x")
    # "93.9% of patients who received A and 91.5% of those ... were cured" (the share is the subject: not "effective in 60% of")
    share = None if _PREPOSITION_BEFORE.search(before) else _share_predicate(after)
    if share:
        yield value.end + share[0], value.end + share[1]
    verb = _OBJECT_VERB.match(after)
    if verb:
        rest = after[verb.end() :]
        end = _OBJECT_END.search(rest)
        phrase = rest[: end.start() if end else len(rest)].rstrip()
        if _WORDY.search(phrase) and len(phrase.split()) <= 6:
            # "10 (67%) completed the study": what was completed or stopped needs its verb
            start = verb.start("act") if verb.group("act") else verb.end()
            yield _cleaned(text, value.end + start, value.end + verb.end() + len(phrase))
    # an outcome that is the verb itself: "three patients died", "Ten patients dropped out"
    died = _OUTCOME_VERB.match(after)
    if died:
        yield value.end + died.start(1), value.end + died.end(1)
    if labelled:
        yield _cleaned(text, c_start + labelled[0], c_start + labelled[1])
    with_before = _WITH_BEFORE.search(before)  # "ZES was noninferior to PES with rates of target vessel failure 6.6%"
    if with_before:
        yield _cleaned(text, c_start + with_before.start("x"), c_start + with_before.end("x"))
    for pattern in (_STATISTIC_NOUN_BEFORE, _NOUN_OF_BEFORE):  # "mean HbA1c 7.2 vs 7.9", "an HbA1c of 7.2%"
        noun = pattern.search(before)
        if noun:  # the noun phrase only: "patients reached an HbA1c of" -> "HbA1c"
            cuts = [c.end() for c in (*_LABEL_CUT.finditer(noun.group("x")), *_DETERMINER.finditer(noun.group("x")))]
            yield _cleaned(text, c_start + noun.start("x") + max(cuts, default=0), c_start + noun.end("x"))
    if listed:
        yield listed


# a list item: a short label written straight before its value in a list of values: after a bracket,
# a semicolon, or a comma that follows a value ("(age 68±7 years; BMI 25.2 kg/m2", "age 60 ± 1 years, BMI
# 30.4"); with a comma after it when it opens the bracket or the item ("(SBP, 126.3 mmHg", "; triceps, from 26.3 mm")
_LIST_ITEM = re.compile(
    r"(?:(?:[(\[;]|[0-9%)\]](?:\s?[A-Za-z/\u00b2]{1,8})?\s*,)\s*(?P<x>[A-Za-z][\w\-/]*(?:\s+[A-Za-z][\w\-/]*){0,3})\s*"
    r"|(?:[(\[;]|^)\s*(?P<x2>[A-Za-z][\w\-/]*(?:\s+[A-Za-z][\w\-/]*){0,3}),\s*(?:from\s+)?)$"
)
# a label with a function word, a verb form or an adverb is no list item ("corresponding to 2.1%", "while those")
_NOT_AN_ITEM_WORD = re.compile(rf"\b(?:{_words('not_list_item_words')})\b", re.IGNORECASE)
# a word ending as a verb form or an adverb does, unless a hyphen joins it into a compound ("rash-related", "well-being")
_VERB_FORM_OR_ADVERB = re.compile(r"(?<![\w\-])[A-Za-z]+(?:ed|ly|ing)(?![\w\-])", re.IGNORECASE)
_LIST_ITEM_NOUNS = _word_set('list_item_nouns')  # "(bleeding, 12%", "gait speed", "early mortality"


def _not_an_item_end(label: str) -> bool:
    """Does a label hold a function word, a verb form or an adverb ("showing that", "Additionally"),
    which no list item naming an outcome holds? Nouns in -ing/-ed/-ly (`list_item_nouns`) do not count."""
    return bool(_NOT_AN_ITEM_WORD.search(label)) or any(
        w.group().lower() not in _LIST_ITEM_NOUNS for w in _VERB_FORM_OR_ADVERB.finditer(label)
    )


# "V% of (the) patients ...": the value is the share of the people who do what the predicate says
_SHARE_OF_PEOPLE = re.compile(
    r"^\s*[)\]]?\s*(?:[(\[][^()\[\]]{0,60}[)\]]\s*)?of\s+(?:the\s+|all\s+|these\s+|those\s+|our\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}?"
    rf"(?:those|{'|'.join(MEASURE_RULES['people_nouns'])}|[a-z]+[a-rt-z]s)(?![A-Za-z])",  # people, or any plural ("of all climbers")
    re.IGNORECASE,
)
# the predicate's verb; one after "who"/"that" belongs to the subject ("patients who received A")
_SHARE_VERB = re.compile(
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<![\w\-])(?:(?P<state>were|was|became|remained)|(?P<object>(?:had|have|has)(?:\s+(?:undergone|experienced|developed|achieved|required|suffered|needed))?(?!\s+been\b)|experienced|developed|achieved|attained"
    r"|reported|required|underwent|showed|reached|needed|suffered(?:\s+from)?|presented\s+with)"
    r"|(?P<act>terminated|discontinued|stopped|completed|withdrew|relapsed|responded|died|survived|progressed|preferred|recovered|dropped\s+out"
    r"|used|consented|agreed|chose|refused|declined|adhered|attended|returned|accepted|participated))\b\s*",
    re.IGNORECASE,
)
_IN_COUNT_BEFORE = re.compile(r"\b(?:in|among)\s+[0-9]{1,6}\s*[(\[]\s*$", re.IGNORECASE)
_IN_COUNTED_PATIENTS = re.compile(
    rf"^\s*[)\]]\s*(?:{'|'.join(MEASURE_RULES['people_nouns'])})\s*,\s*(?P<x>[A-Za-z][^;:()\[\]]{{2,80}}?)(?=\s*(?:[.;]|$))",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|among|for|of|to|by|from|with|than|on|at)\s*$", re.IGNORECASE)
_SHARE_END = re.compile(
    r"\s*(?:[,;:()\[\]]|(?<!\b[A-Za-z])\.(?:\s|$)|$)|\s+(?:in|at|after|during|within|than|compared|versus|vs\.?|and\s+(?:\d|an?\s|the\s|had|have|has|was|were)|respectively|while|whereas|but|who|which)\b",
    re.IGNORECASE,
)


def _share_predicate(after: str) -> tuple[int, int] | None:
    """The outcome of a share of people written before their predicate (offsets into ``after``):
    "93.9% of patients who received A and 91.5% of those who received B were cured" -> "cured",
    "8 percent of the patients assigned to A had undergone revascularization" -> "revascularization",
    "69% of patients receiving A terminated the study early" -> the predicate itself. Not "were"
    followed by a design word or a comparison ("were randomly assigned", "were similar")."""
    people = _SHARE_OF_PEOPLE.match(after)
    if not people:
        return None
    gap = people.end()
    for verb in _SHARE_VERB.finditer(after, gap, gap + 160):
        if re.search(r"[;,(]", after[gap : verb.start()]) or re.search(r"\b(?:P|p)\s*[<=>]", after[gap : verb.start()]):
            return None
        if verb.group("state") and _SHARE_NOT_STATE.match(after, verb.end()):
            return None
        start = verb.start() if verb.group("act") else verb.end()
        end = _SHARE_END.search(after, start + 1)
        stop = end.start() if end else len(after)
        if stop - start > 70 or stop <= start:
            return None
        return start, stop
    return None


_SHARE_NOT_STATE = re.compile(
    rf"(?:not|also|significantly|similar|higher|lower|treated|excluded|eligible|male|female|{'|'.join(MEASURE_RULES['design_words'])})\b",
    re.IGNORECASE,
)


_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|their|its|our)\s+", re.IGNORECASE)
_STATISTIC_NOUN_BEFORE = re.compile(
    r"\b(?:mean|median|average|geometric\s+mean)\s+(?P<x>(?:[A-Za-z][\w\-/]*\s+){0,3}?[A-Za-z][\w\-/]*)\s*[:=]?\s*$", re.IGNORECASE
)
_NOUN_OF_BEFORE = re.compile(
    r"(?<![\w\-])(?P<x>(?!(?:of|in|at|to|by|with|for|from|a|an|the|was|were|is|are)\b)(?:[A-Za-z][\w\-/]*\s+){0,3}?[A-Za-z][\w\-/]*)\s+of\s+$",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][^,;:()\[\]%0-9]{1,60}?)\s+$", re.IGNORECASE)
_PREDICATE_AFTER = re.compile(
    r"^\s*[)\]]?\s*(?:(?:patients|subjects|participants)\s+)?(?:were|was|remained|became)\s+(?!(?:not|also|significantly|similar|higher|lower)\b)"
    rf"(?!(?:{'|'.join(MEASURE_RULES['design_words'])}|treated|excluded|eligible|male|female)\b)"  # "40% were enrolled early"
    r"(?P<x>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,2}?)(?=\s*(?:[.,;:)]|$)|\s+(?:at|after|in|with|during|by|and|or|compared|versus|vs)\b)",
    re.IGNORECASE,
)
# "a 50% increase in X", "a 2.1-point reduction in X": the outcome follows the change
_CHANGE_AFTER = re.compile(
    r"^\s*(?:[-\u2010]?(?:point|fold|percent|%)\s+)?(?:relative\s+|absolute\s+|mean\s+|significant\s+)?"
    r"(?:increases?|decreases?|reductions?|rises?|falls?|improvements?|changes?|declines?|drops?)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?P<x>[A-Za-z][^,;:()\[\]%]{1,80}?)(?=\s*(?:[,;:()\[\]]|\b(?:in|with|at|after|during|compared|versus|vs|and|from|was|were)\b|$))",
    re.IGNORECASE,
)
# a change named without what changed: "an insignificant decrease", "a significant increase"
_CHANGE_ONLY = re.compile(
    r"(?:(?:an?|the|significant|insignificant|non-?significant|small|slight|marked|large|further|greater|smaller)\s+)*"
    r"(?:increases?|decreases?|reductions?|changes?|differences?|improvements?|declines?)",
    re.IGNORECASE,
)
# a verb that is itself the outcome, after the value: "three patients died", "Ten patients dropped out"
_OUTCOME_VERB = re.compile(rf"^[^0-9;.]{{0,60}}?\b({_words('outcome_verbs')})\b", re.IGNORECASE)
# words of a predicate, not of an outcome label: "was significantly lower (12%"
_PREDICATE_WORDS = re.compile(rf"\b(?:{_words('predicate_words')})\b", re.IGNORECASE)
# "X were (significantly) more likely (than controls) to report a full ban on smoking at 3 months (38.1% vs
# 19.3%", "were 24% less likely to require oxytocin": what the people compared were likely to do (not a
# hedge: "likely to be")
_LIKELY_TO = re.compile(
    rf"\b(?:{_words('likelihood_words')})(?:\s+than\s+[^,;:()\[\]%0-9]{{1,60}}?)?\s+to\s+(?!be\b)"
    rf"(?P<x>(?:not\s+)?[A-Za-z][\w\-/'’]*(?:\s+[A-Za-z][\w\-/'’]*){{0,11}}?)"
    rf"(?=\s*(?:[,;:()\[\]]|\.(?:\s|$)|$)|\s+(?:{_words('likelihood_ends')})\b)",
    re.IGNORECASE,
)
# a verb of its own between that phrase and the value: the value belongs to another predicate
_OWN_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have)\b", re.IGNORECASE)
_TIMES = re.compile(r"\s*(?:times\s+)?")


_COMPARISON_LEAD = re.compile(rf"(?<![\w\-])(?:{_words('comparison_leads')})\s*$", re.IGNORECASE)
# the bracket of an earlier item of the list, with the comma or "and" after it: "CHO (48.5 min), "
_LISTED_BRACKET = re.compile(r"[(\[][^()\[\]]*[)\]]\s*(?:,\s*)?(?:(?:and|or)\s+)?$", re.IGNORECASE)
_LAST_WORD = re.compile(r"[A-Za-z][\w\-/+]*\s*$")
_OF = re.compile(r"\bof\b", re.IGNORECASE)


def _compared_label(before: str, start: int, end: int) -> bool:
    """Is the label at ``start:end`` a group compared: written after "between"/"compared with"/"versus" ...
    (`comparison_leads`), or after the bracket of an earlier label that is ("between CHO (48.5 min),
    HCLP (48.8 min) and LCHP (50.3 min)")? Labels of up to four words without a verb, up to five labels
    back; not a label with "of", which names what was measured ("higher than the specificity of PPD (63%")."""
    if _OF.search(before, start, end):
        return False
    head = before[:start]
    for _ in range(5):
        if _COMPARISON_LEAD.search(head):
            return True
        bracket = _LISTED_BRACKET.search(head)
        if not bracket:
            return False
        head = head[: bracket.start()]
        for _ in range(4):  # the earlier label, word by word from its end
            word = _LAST_WORD.search(head)
            if not word or _OWN_VERB.fullmatch(word.group().strip()):  # a verb ends the label: "... B arms were hypertension (21%"
                return False
            head = head[: word.start()]
            if _COMPARISON_LEAD.search(head):
                return True
            if _LISTED_BRACKET.search(head):
                break
        else:
            return False
    return False


def _likely_to(before: str, after: str) -> tuple[int, int, bool] | None:
    """The verb phrase of "more/less likely to ..." that a value measures: written before the value in
    its clause, with no verb of another predicate between ("were more likely to choose X compared with
    those in the control group (77.7% vs 25.8%"), or right after it ("were 24% less likely to require
    oxytocin"). Offsets into ``before`` (False) or ``after`` (True)."""
    found = [m for m in _LIKELY_TO.finditer(before) if not _OWN_VERB.search(before, m.end()) and len(before) - m.end() <= 160]
    if found:
        return found[-1].start("x"), found[-1].end("x"), False
    m = _LIKELY_TO.match(after, _TIMES.match(after).end())
    return (m.start("x"), m.end("x"), True) if m else None


def _subject(before: str) -> tuple[int, int] | None:
    for copula in _COPULA.finditer(before):
        gap = _COUNT_BEFORE_VALUE.sub("", before[copula.end() :])
        raw_gap = before[copula.end() :]
        numbers = _COUNT_BEFORE_VALUE.sub("", _without_doses_and_brackets(raw_gap))
        if not _COPULA_GAP.match(gap) or _STANDALONE_NUMBER.search(numbers):
            continue  # a value of its own stands between ("X was 5.7 ... (12%"); doses and P values do not
        head = before[: copula.start()]
        # boundaries inside brackets do not cut the subject: "procedure times (skin-to-skin) were"
        masked = _masked_brackets(head)
        cut = list(_SUBJECT_START.finditer(masked))
        start = cut[-1].end() if cut else 0
        subject = head[start:].rstrip()
        heading = _HEADING.match(subject)
        if heading:
            start += heading.end()
            subject = subject[heading.end() :]
        scope = _LEADING_SCOPE.match(subject)
        if scope and scope.end() < len(subject):
            start += scope.end()
            subject = subject[scope.end() :]
        bracket = _LEADING_BRACKET.match(subject)  # "In the A group (60 mg) the mean response time were"
        if bracket and bracket.end() < len(subject):
            start += bracket.end()
            subject = subject[bracket.end() :]
        lead = _FIGURES_FOR.match(subject)  # "Corresponding figures for fibrin deposition were"
        if lead:
            start += lead.end()
            subject = subject[lead.end() :]
        tail = _SUBJECT_TAIL.search(subject)
        if tail:
            subject = subject[: tail.start()]
        listed = list(_AFTER_VALUE_AND.finditer(subject))  # "... was 5% and bleeding was 3%"
        if listed:
            start += listed[-1].end()
            subject = subject[listed[-1].end() :]
        if _IMPERSONAL.fullmatch(subject.strip()):  # "There was no difference in X (V", "There were fewer X with A (V"
            found = _impersonal_object(before, copula.end())
            if found:
                return found
            continue
        if _WORDY.search(subject) and len(subject.split()) <= _MAX_SUBJECT_WORDS and not _ARM_WORDS.search(subject):
            return start, start + len(subject)
    return None


def _masked_brackets(text: str) -> str:
    """``text`` with every closed bracket, nested ones too, written over by "x"."""
    while True:
        masked = re.sub(r"[(\[][^()\[\]]*[)\]]", lambda m: "x" * len(m.group()), text)
        if masked == text:
            return masked
        text = masked


_P_VALUE_BRACKET = re.compile(r"[(\[]\s*[Pp]\s*[<=>\u2264\u2265][^()\[\]]*[)\]]")


def _without_doses_and_brackets(gap: str) -> str:
    """A copula's gap without its P-value brackets and doses: "was greater with dulaglutide 1.5 mg
    (p < 0.001) and similar with 0.75 mg versus sitagliptin (" holds no value of the outcome."""
    gap = _P_VALUE_BRACKET.sub(" ", gap)
    for dose in reversed(find_doses(gap)):
        if dose is not None:
            gap = gap[: dose.start] + " " + gap[dose.end :]
    return gap


def _impersonal_object(before: str, pos: int) -> tuple[int, int] | None:
    m = _IMPERSONAL_OBJECT.match(before, pos)
    if not m:
        return None
    phrase = m.group("x")
    tail = _SUBJECT_TAIL.search(phrase)
    if tail:
        phrase = phrase[: tail.start()]
    start = m.start("x")
    if _THAT_CLAUSE.search(phrase):  # "It was observed that a higher percentage of patients achieved X": no object of "was"
        return None
    return (start, start + len(phrase)) if _WORDY.search(phrase) and not _ARM_WORDS.search(phrase) else None


_THAT_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)


def _object_before(before: str) -> tuple[int, int] | None:
    m = _OBJECT_BEFORE.search(before)
    if not m:
        return None
    phrase = m.group("x")
    tail = _SUBJECT_TAIL.search(phrase)  # "reduced peripheral airways resistance in patients (0.53"
    if tail:
        phrase = phrase[: tail.start()]
    return (m.start("x"), m.start("x") + len(phrase)) if _WORDY.search(phrase) and not _ARM_WORDS.search(phrase) else None


# a verb before a label ends the subject: "... assessment gave the best balance of sensitivity (46%"
_LABEL_CUT = re.compile(
    rf"\b(?:{_words('label_cut_verbs')}"
    r"|with\s+(?:fewer|more|less|a\s+(?:higher|lower)\s+(?:number|proportion)\s+of)"
    r")\s+"
    r"(?:(?:the|a|an|best|better|highest|lowest|higher|lower|similar|good|significant)\s+)*",
    re.IGNORECASE,
)


_TIME_TAIL = re.compile(
    r"\s+(?:from|at|after|during|over|within|by)\s+(?:the\s+)?(?:end\s+of\s+|week\s+|day\s+|month\s+)?[\d\-–\s]*\d[\w\s\-–]*$", re.IGNORECASE
)
_CHANGE_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:was\s+|were\s+)?(?:decreased|increased|improved|reduced|declined|changed|fell|rose|worsened|differed|lowered)\b", re.IGNORECASE
)
# a change verb opening a label: "increased trabecular number (Tb.N.) (1.73", "and decreased X ("
_CHANGE_VERB_LEAD = re.compile(
    r"(?:(?:and|or|but|with)\s+)?(?:(?:significantly|markedly|further)\s+)?"
    r"(?:decreased|increased|improved|reduced|lowered|raised|elevated|prolonged|shortened|worsened)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# the object of a change verb: a noun phrase, not an adverb, a comparison or a preposition
_CHANGED_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?!(?:in|with|among|from|by|at|after|during|than|to|on|for|over|more|less|further|both|all|only|not|no)\b)"
    r"(?![a-z]+ly\b)[A-Za-z][\w\-/]*",
    re.IGNORECASE,
)
_PATIENTS_DOING = re.compile(r"\b(?:patients|subjects|participants)\s+(?=\w+ing\b)", re.IGNORECASE)
# the arm a label ends with: "... in the zoledronic acid group", "... among patients receiving X"
_ARM_TAIL = re.compile(
    r"\s+(?:in|among|for|with|of)\s+(?:the\s+)?(?:[\w/+\-]+\s+){0,4}?(?:groups?|arms?|cohorts?|patients|subjects|recipients)\s*$",
    re.IGNORECASE,
)


_THRESHOLD_IN_LABEL = re.compile(r"[<>\u2264\u2265\u2a7d\u2a7e]=?\s*[0-9]+(?:[.,][0-9]+)?")


def _label(before: str) -> tuple[int, int] | None:
    m = re.search(
        r"(?<![A-Za-z0-9\-])([A-Za-z][^,;:()\[\]=]{1,80}?)(?:\s*[(\[][^()\[\]]{1,8}[)\]])?"  # "MVO (2) (257"
        # "X: V", "X = V", "X (V", "X (from V", "X (HADS score ≥ 11, V"
        r"\s*(?::|=|[(\[](?:\s*(?:from|total|mean|median)\b|[^()\[\]]{1,30},)?)\s*[+\-\u2212]?\s*$",
        before,
    )
    if not m:
        return None
    start = m.start(1)
    cut = list(_SUBJECT_START.finditer(m.group(1))) + list(_LABEL_CUT.finditer(m.group(1)))
    if cut:
        start += max(c.end() for c in cut)
    end = m.end(1)
    lead = _CHANGE_VERB_LEAD.match(before, start, end)  # "and decreased trabecular separation (Tb.Sp.) (0.18 mm": what changed
    if lead and lead.end() < end:
        start = lead.end()
    arm = _ARM_TAIL.search(before, start, end)  # "The change in vertebral BMD in the zoledronic acid group (+7.93"
    if arm:
        end = arm.start()
    verb = _CHANGE_VERB_AFTER_SUBJECT.search(before, start, end)  # "HbA1c decreased significantly more in the A group (−1.2"
    if verb and verb.start() > start:
        obj = _CHANGED_OBJECT.match(before, verb.end(), end)
        if obj and not _ARM_WORDS.search(obj.group()):  # "CCM therapy increased LV ejection fraction at 2 hours (26": what changed
            start = obj.start()
        else:
            end = verb.start()
    when = _TIME_TAIL.search(before, start, end)  # "improvement in exercise time from 2-3 weeks to 3 years (1.5"
    if when and when.start() > start:
        end = when.start()
    phrase = before[start:end]
    # "patients discontinuing medication": patients doing something is an outcome, not an arm
    armless = _PATIENTS_DOING.sub("", phrase)
    # a number after a bound is a threshold the outcome names ("portion of pain >4 on VAS scale (35 %"), not a count
    counted = _STANDALONE_NUMBER.search(_THRESHOLD_IN_LABEL.sub(" ", phrase))
    if _ARM_WORDS.search(armless) or counted or not phrase[-1:].isalpha() or _PREDICATE_WORDS.fullmatch(phrase):
        return None
    return start, end


def _cleaned(text: str, start: int, end: int) -> tuple[int, int] | None:
    heading = _HEADING.match(text, start, end)  # "RESULTS The incidence of AF was 24%"
    if heading:
        start = heading.end()
    scope = _LEADING_SCOPE.match(text, start, end)  # "In the metoprolol group left ventricular ejection fraction"
    if scope and scope.end() < end:
        start = scope.end()
    phrase = text[start:end]
    lead = _LEADING_WORDS.match(phrase)
    if lead:
        start += lead.end()
    bracket = _LEADING_BRACKET.match(text, start, end)  # "Mean (standard error [SE]) weight loss"
    if bracket and bracket.end() < end:
        start = bracket.end()
    trail = _TRAILING_WORDS.search(text[start:end])
    if trail:
        end = start + trail.start()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "+)]":
        end -= 1
    return (start, end) if re.search(r"[A-Za-z]", text[start:end]) else None


def outcome_span(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The offsets of the outcome phrase in ``span`` without articles, "median"/"mean", the
    timepoint and "rate(s)"; None when no word is left."""
    return None if span is None else _cleaned(text, *span)


def endpoint_text(text: str, span: tuple[int, int] | None) -> str | None:
    """The outcome phrase as written, without articles, "median"/"mean", the timepoint and "rate(s)"."""
    cleaned = outcome_span(text, span)
    return text[cleaned[0] : cleaned[1]] if cleaned else None
