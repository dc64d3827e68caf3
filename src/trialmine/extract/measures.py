"""Pure parsers for the results that are not percentages, and for what qualifies a result.

Like :mod:`trialmine.extract.numbers`, every ``find_*`` function takes a ``str`` and returns
frozen dataclasses with ``text[start:end] == item.text``, sorted by ``start``; they never raise.

* :class:`Quantity`: a number with a unit, "14.7 months", "10.1 versus 10.3 months" (two
  quantities sharing the unit: spans "10.1" and "10.3 months"), "5.7 ± 2.9 min" (span the whole
  "mean ± SD"; the value is the mean).
* :class:`EffectMeasure`: "HR 0.66", "hazard ratio, 0.66", "OR = 1.8", "relative risk 0.8",
  "effect size 0.45" / "Cohen's d = 0.45" (SMD): the span is the number alone.
* :class:`ConfidenceInterval`: "95% CI 0.49-0.89", "(95% CI, 30 to 60)", "[95% CI: 0.5–0.9]",
  "95% confidence interval [CI], -3.2% to 13.7%": the span covers level, label and bounds.
* :class:`PValue`: "P < .001" (0.001, ``<``), "p=0.03", "P value of 0.02".
* :class:`Timepoint`: "2-year", "at 12 weeks", "at week 24" normalised to "2 years", "12 weeks",
  "24 weeks" (singular for 1: "1 year").

:func:`parse_measures` parses a text once into all of them, percentages and counts included.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from trialmine.extract.numbers import (
    HSPACE,
    MEASURE_RULES,
    Denominator,
    PatientCount,
    Percentage,
    find_denominators,
    find_patient_counts,
    find_percentages,
    measure_words,
    parse_number,
    starts_with,
    word_alternation,
)
from trialmine.extract.numbers import _alt as _alt_any_spacing  # a space in a key matches any whitespace run

__all__ = [
    "Quantity",
    "EffectMeasure",
    "ConfidenceInterval",
    "PValue",
    "Timepoint",
    "Measures",
    "find_quantities",
    "find_effect_measures",
    "find_confidence_intervals",
    "find_p_values",
    "find_timepoints",
    "parse_measures",
    "count_after",
    "baseline_before",
    "sample_size_count",
    "bare_interval",
    "TIME_UNITS",
    "MEASURE_RULES",
    "ComparedCount",
    "find_compared_counts",
    "find_counts_in_patients",
    "statistical_level",
]

_WS = HSPACE
_DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]"
_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9]{1,9})(?:[.\u00b7][0-9]{1,9})?"
_CURRENCY = rf"(?:{word_alternation(MEASURE_RULES['currency_symbols'])})"  # longest first: "US$" before "$"
_SIGN = "[-\u2212\u2013+]"  # hyphen-minus, minus sign, an en dash written as minus ("difference –54 mL"), plus
# a bound of an interval: "−0.5", "+0.5" ("95% CI -2.1, +0.5"), "-£1410" ("95% CI -£1410 to £1599")
_SIGNED = rf"(?:{_SIGN}\s?)?(?:{_CURRENCY}{_WS}?)?{_NUM}"
# a number is not glued to a word or another number, nor the upper bound of a range ("2–4 L/min",
# "0.5 - 1.2 mg/dl"; a dash after a space and no number is a minus sign: "difference –54 mL"), nor
# the spread after a mean ("± 19.3 mmHg"), nor the thousands of a number ("6.29/1,000 days")
_LEFT = (
    r"(?<![0-9A-Za-z.\u00b7_/±])(?<![0-9][-\u2010-\u2014\u2212])(?<![0-9][ \u2009\u200a][-\u2010-\u2014\u2212][ \u2009\u200a])"
    r"(?<!±[ \u00a0\u2009\u200a])(?<!\+/-)(?<!\+/-[ \u00a0\u2009\u200a])(?!(?<=[0-9],)[0-9]{3}(?![0-9]))"
)
_PM = r"(?:±|\+/-|\+/\u2212|\+-)"

# unit as written -> normalised unit (plural)
TIME_UNITS = {
    "years": "years", "year": "years", "yrs": "years", "yr": "years", "y": "years",
    "months": "months", "month": "months", "mo": "months", "mos": "months",
    "weeks": "weeks", "week": "weeks", "wk": "weeks", "wks": "weeks",
    "days": "days", "day": "days", "d": "days",
    "hours": "hours", "hour": "hours", "hrs": "hours", "h": "hours",
    "minutes": "minutes", "minute": "minutes", "min": "minutes", "mins": "minutes",
}
def _alt(words) -> str:
    return "|".join(r"\s".join(re.escape(p) for p in w.split(" ")) for w in sorted(words, key=len, reverse=True))


# other units a mean, median, change or compared value may carry (lower case as written)
_RATES = MEASURE_RULES["rate_units"]
_OTHER_UNITS = (
    *MEASURE_RULES["measurement_units"],
    *(f"{a}/{t}" for a in _RATES["amounts_per_time"] for t in _RATES["times"]),  # "3.8 min/day", "918 steps/day"
    *(f"{a}/{v}" for a in _RATES["counts_per_volume"] for v in _RATES["volumes"]),  # "205 cells/mm3"
)
# events per a population's time at risk: "6.29/1,000 days", "6.48 per 1000 ventilator days", "4·6 per 100 woman-years"
_POPULATION_RATE_UNITS = frozenset(
    f"{per}{size} {time}" for per in ("/", "per ") for size in _RATES["population_sizes"] for time in _RATES["population_times"]
)
# a unit "a/b" written with a negative exponent: "575.9 pg ml−1", "4.0 ng ml-1" -> "pg/ml"
_EXPONENT_SPELLINGS = {
    f"{amount} {per}{minus}1": unit
    for unit in MEASURE_RULES["measurement_units"]
    if unit.count("/") == 1 and (parts := unit.split("/")) and parts[1].isalpha()
    for amount, per in [parts]
    for minus in ("\u2212", "-")
}
_OTHER_UNITS = (*_OTHER_UNITS, *_POPULATION_RATE_UNITS, *_EXPONENT_SPELLINGS)
_LABEL_WORDS = frozenset(MEASURE_RULES["not_a_result_before"])


_TIME_UNIT_RE = rf"(?:{_alt(TIME_UNITS)})(?![A-Za-z])"
# "%" closes a list too: in "ORR: 64.3 vs. 33.3%" the 64.3 is a percentage
_PERCENT_UNITS = {"%": "%", "percent": "%", "per cent": "%"}
_ANY_UNIT_RE = rf"(?:%|{_alt(list(TIME_UNITS) + list(_OTHER_UNITS) + ['percent', 'per cent'])})(?![A-Za-z/])"
_JOIN = rf"(?:{_WS}*,?{_WS}*(?:versus|vs\.?|v\.?(?=\s)|and|or|compared\s+(?:with|to)|to|,){_WS}*)"


_CURRENCY_SYMBOL = re.compile(rf"{_CURRENCY}\s?")


def _value(s: str) -> float | None:
    return parse_number(_CURRENCY_SYMBOL.sub("", s.replace("\u2212", "-").replace("\u2013", "-")).replace("+", "").replace(" ", ""))


# ---------------------------------------------------------------------------------------------
# quantities
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None  # normalised time unit ("months") or another unit in lower case ("mmhg"); None if unstated
    spread: bool = False  # written as "mean ± SD" or "mean (SD)"
    compared: bool = False  # one of values compared with each other: "0.53 versus 0.38", "from 172 to 220 g"
    # compared with another value of its unit by a comparator word ("53 vs. 35.7 days", "71 minutes in
    # group A, compared to 60 minutes"): values of the arms, a result even when it is a time
    versus: bool = False

    @property
    def is_time(self) -> bool:
        return self.unit in TIME_UNITS.values()


# "−1.2 ± 0.4", "difference –54 mL" (an en dash as the minus sign): a sign only where no number stands before it
_SNUM = rf"(?:{_SIGN}(?=[0-9]))?{_NUM}"
_SIGN_OR_DIGIT = "-\u2212\u2013+0123456789"
_SNUM_START = starts_with(_SIGN_OR_DIGIT, after_letter=False)  # where a value not glued to a word can start
# a list of numbers closed by a unit: "10.1 versus 10.3 months", "14.7 months", "5.7 ± 2.9 min"
_BRACKETED = rf"(?:{_WS}*[(\[][^()\[\]]{{1,30}}[)\]])?"  # "82 (55, 100) minutes", "36.3 [SD 0.4] degrees C"
_QTY_ONE = rf"{_SNUM}(?:{_WS}*{_PM}{_WS}*{_NUM})?{_BRACKETED}"
_QTY_LIST_RE = re.compile(
    rf"{_SNUM_START}{_LEFT}(?P<items>{_QTY_ONE}(?:{_JOIN}{_QTY_ONE}){{0,4}})"
    rf"{_WS}*(?P<unit>{_ANY_UNIT_RE})",
    re.I,
)
_QTY_ITEM_RE = re.compile(
    rf"{_LEFT}(?P<num>{_SNUM})(?:{_WS}*{_PM}{_WS}*{_NUM})?(?:{_WS}*(?P<bracket>[(\[][^()\[\]]{{1,30}}[)\]]))?"
)
# a bracket holding two numbers after a value is its interval (a confidence interval, an IQR, a range),
# labelled or not: "−2.8 (−3.8 to −1.9) kg", "3095 [890–10000] μg/l", "82 (55, 100) minutes", "(IQR 8–16)"
_INTERVAL_BRACKET = re.compile(
    rf"[(\[]{_WS}*(?:[A-Za-z][A-Za-z. ]{{0,12}}?{_WS}*[:=,]?{_WS}*)?{_SIGNED}{_WS}*%?{_WS}*(?:{_DASH}|to|,|;){_WS}*{_SIGNED}{_WS}*%?{_WS}*[)\]]",
    re.I,
)
# a bracket holding one number (with "SD" or not) after a mean is its standard deviation: "154 (29)", "36.3 [SD 0.4]"
_SD_BRACKET = re.compile(rf"[(\[]{_WS}*(?:SD{_WS}*[:=,]?{_WS}*)?{_NUM}{_WS}*[)\]]", re.I)
# a mean ± SD with no unit: "80 ± 8.6" (the SD read whole: "0.99 ± 0.06%" is a percentage, not "0.99 ± 0")
_SPREAD_RE = re.compile(rf"{_SNUM_START}{_LEFT}(?P<num>{_SNUM}){_WS}*{_PM}{_WS}*{_NUM}(?![.,\u00b7]?[0-9]|%|{_WS}*%)")
# values compared with no unit: "0.53 versus 0.38", "154 (29) v 144 (31)", "3 vs. 0", "from 24.3 to 18.1"
_COMPARATOR = rf"(?:{_WS}*,?{_WS}*(?:versus|vs\.?|v\.?(?=\s)|compared\s+(?:with|to)){_WS}*)"
_BARE_ONE = rf"{_SNUM}(?:{_WS}*{_PM}{_WS}*{_NUM})?(?:{_WS}*[(\[][^()\[\]%]{{1,30}}[)\]])?"
_BARE_LIST_RE = re.compile(
    rf"{_SNUM_START}{_LEFT}(?P<items>{_BARE_ONE}(?:{_COMPARATOR}{_BARE_ONE}){{1,4}}|(?<=from{_WS}){_BARE_ONE}{_WS}+to{_WS}+{_BARE_ONE})"
    rf"(?![0-9.,\u00b7]?[0-9]|{_WS}*(?:%|percent|per{_WS}?cent|[-\u2010]|[A-Za-z]))",
    re.I,
)
# values without a unit listed for arms or groups named before them, closed by "respectively" (`list_closers`):
# "(4.91 and 1.42, respectively)", "15.98 (3.18) and 7.79 (2.52), respectively", "0.51 (95% CI: 0.43;
# 0.59), 0.33 (0.26; 0.41), and 0.29 (0.22; 0.37), respectively"; each with its spread or interval
_LISTED_ONE = rf"{_SNUM}(?:{_WS}*{_PM}{_WS}*{_NUM})?(?:{_WS}*[(\[][^()\[\]]{{1,45}}[)\]])?"
_LISTED_RE = re.compile(
    rf"{_SNUM_START}{_LEFT}(?P<items>{_LISTED_ONE}(?:{_WS}*,{_WS}*{_LISTED_ONE}){{0,4}}{_WS}*,?{_WS}*and{_WS}+{_LISTED_ONE})"
    rf"(?={_WS}*[,;)\]]?{_WS}*(?:[A-Za-z][\w\-]*{_WS}+){{0,6}}?(?:{measure_words('list_closers')})(?![A-Za-z]))",
    re.I,
)
_LISTED_ITEM_RE = re.compile(rf"{_LEFT}(?P<num>{_SNUM})(?:{_WS}*{_PM}{_WS}*{_NUM})?(?:{_WS}*(?P<bracket>[(\[][^()\[\]]{{1,45}}[)\]]))?")
# the percentage of a count in brackets after it: "9 (25.7%)", not a CI level: "4 (95% CI 2.2–6.6)"
_COUNT_PERCENTAGE_AFTER = re.compile(rf"{_WS}*[(\[]{_WS}*{_NUM}{_WS}*%(?!{_WS}*(?:CI|C\.I\.|CrI|confidence|credible)(?![A-Za-z]))", re.I)
# the label of a list of P values: "p-values: 0.34, 0.23, and 0.32, respectively", "P = 0.74, 0.32, and 0.49"
_P_LABEL_BEFORE = re.compile(rf"(?<![A-Za-z])P(?:{_WS}*[-\u2010]?{_WS}*values?)?{_WS}*(?:[:=<>≤≥]|of)?{_WS}*$", re.I)
# one value without a unit that is an estimate by the way it is written: followed by its CI or
# spread ("difference −0.3 (95% CI −0.5 to −0.1)", "median 12 (IQR 8–16)", "7.2 (SD 1.1)"), a change "by" it ("increased the mean cost by 1108"),
# after a change noun ("a mean change of −0.5"), after its statistic's name and an equals sign or colon
# ("LT (Mean = 3.88)", "CCx (median = 2·987)"), or a decimal written for an arm ("10.2 in the
# risperidone group")
_NO_UNIT_AFTER = rf"(?![0-9.,\u00b7]?[0-9]|{_WS}*(?:%|percent|per{_WS}?cent|[A-Za-z/]|{_PM}))"
# after a value's bracket, no unit: a punctuation mark, the end or a joining word ("13.72 (1.56), 9.5 (0.56) and in")
_NO_UNIT_AFTER_BRACKET = rf"(?={_WS}*(?:[,;.)\]]|$|(?:and|or|in|for|vs|versus|v|compared|respectively|with|at|among|to|while|whereas|than)(?![A-Za-z])))"
_BARE_ESTIMATE_RE = re.compile(
    rf"{starts_with([*_SIGN_OR_DIGIT, 'm'] + [w[0] for w in MEASURE_RULES['change_nouns']], after_letter=False)}"
    rf"(?:{_LEFT}(?P<ci>{_SNUM}){_NO_UNIT_AFTER}(?={_WS}*[(\[,;]?{_WS}*(?:95{_WS}*%{_WS}*)?(?:CI|confidence{_WS}+interval)\b"
    rf"|{_WS}*[(\[]{_WS}*(?:SD|SEM?|IQR|interquartile{_WS}+range|range)\b)"  # "12 (IQR 8–16)", "7.2 (SD 1.1)"
    rf"|(?<=\bby{_WS})(?P<by>{_SNUM}){_NO_UNIT_AFTER}"
    # "change ... (95% CI) ... −5.7 (−7.8 to −2.8)", "median [IQR]: 0 [0–4]": an unlabelled interval after the
    # number, where its sentence has named its statistic before it (`_INTERVAL_NAMED_BEFORE`)
    rf"|{_LEFT}(?P<interval>{_SNUM})(?={_WS}*[(\[]{_WS}*{_SIGNED}{_WS}*(?:{_DASH}|to){_WS}*{_SIGNED}{_WS}*[)\]])"
    # "the mean values of TSB ... were 13.72 (1.56), 9.5 (0.56)": a standard deviation in a bracket after the
    # number, where its sentence has named the mean or its spread before it (`_MEAN_NAMED_BEFORE`)
    rf"|{_LEFT}(?P<sd>{_SNUM})(?={_WS}*[(\[]{_WS}*{_NUM}{_WS}*[)\]]{_NO_UNIT_AFTER_BRACKET})"
    rf"|\b(?:{'|'.join(MEASURE_RULES['change_nouns'])})(?:{_WS}+(?:of|was|were|by))?{_WS}*[:=,]?{_WS}*(?P<change>{_SNUM}){_NO_UNIT_AFTER}"
    rf"|\b(?:mean|median)(?:{_WS}*[(\[][^()\[\]]{{1,20}}[)\]])?{_WS}*[=:]{_WS}*(?P<stat>{_SNUM}){_NO_UNIT_AFTER}"  # "LT (Mean = 3.88) vs. WL (Mean = 1.22)"
    # "(Mean [SD] 0.30 [0.39])": the statistic and its spread named in brackets, each value with its own bracket
    rf"|\b(?:mean|median){_WS}*[(\[]{_WS}*(?:SD|SEM?|IQR|range)\b[^()\[\]]{{0,12}}[)\]]{_WS}*(?P<stat_spread>{_SNUM})(?={_WS}*[(\[])"
    rf"|{_LEFT}(?P<arm>[-\u2212]?[0-9]{{1,6}}[.\u00b7][0-9]{{1,6}})(?:{_WS}*[(\[][^()\[\]%]{{1,30}}[)\]])?"
    rf"(?={_WS}+(?:in|for|with|among){_WS}+(?:the{_WS}+)?(?:[\w/+\-]+{_WS}+){{0,3}}?(?:group|arm|cohort)s?\b))",
    re.I,
)
# the name of an interval or of the statistic it goes with, earlier in the sentence: "mean (95% CI) change",
# "median [IQR]", "median (range)", "(95% confidence interval 38–81)"
_INTERVAL_NAMED_BEFORE = re.compile(
    rf"\b(?:CI|C\.I\.|confidence{_WS}+interval|IQR|inter{_WS}*quartile{_WS}+range|range|median|mean)\b(?:[^.]|[.](?=\S))*$",
    re.I,
)
# a mean or its standard deviation named earlier in the sentence: "mean values of TSB", "The mean (standard deviation) proportion"
_MEAN_NAMED_BEFORE = re.compile(rf"\b(?:mean|SD|standard{_WS}+deviation)\b(?:[^.]|[.](?=\S))*$", re.I)
_DECIMAL = re.compile(r"[0-9][.\u00b7][0-9]")
_BRACKET_END = re.compile(r"[)\]]")
# means at baseline named before: "baseline mean (SD): age 53.6 (6) years, FINDRISC 13.9 (3.1)", "at baseline, mean ..."
_BASELINE_MEAN_BEFORE = re.compile(rf"\b(?:baseline{_WS}+(?:mean|SD)|at{_WS}+baseline)\b(?:[^.]|[.](?=\S))*$", re.I)
# a number needed to treat or harm named earlier in the sentence: "the NNTs (with 95% CI) ... were 3.2 (2.4 to 4.5)"
_NUMBER_NEEDED_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{word_alternation(MEASURE_RULES['number_needed_names'])})(?![A-Za-z])(?:[^.]|[.](?=\S))*$")
# a confidence interval written right after a value makes it an estimate: "−0·4 points, 95% CI ...", "3.8 min/day (95% CI ..."
_INTERVAL_AFTER = re.compile(rf"{_WS}*[(\[,;]?{_WS}*(?:[0-9]{{2}}(?:[.\u00b7][0-9])?{_WS}*%{_WS}*)?(?:CI|C\.I\.|confidence{_WS}+interval)(?![A-Za-z])", re.I)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(MEASURE_RULES['change_nouns'])})(?:{_WS}+(?:of|was|were|by))?{_WS}*[:=,]?{_WS}*$", re.I
)  # "difference of 3.4 points"
_CHANGE_BY = re.compile(
    rf"\b(?:{measure_words('change_verbs')})\b[^.;]{{0,60}}?\bby\s*$", re.I
)
_SPREAD_BEFORE = re.compile(rf"{_PM}{_WS}*$")
_AGE_AFTER = re.compile(rf"{_WS}*(?:old|of{_WS}+age)(?![A-Za-z])", re.I)
_BETWEEN_BEFORE = re.compile(rf"\bbetween{_WS}+$", re.I)
_DENOMINATOR_BEFORE = re.compile(rf"(?:\bof|/){_WS}*$", re.I)
_FROM_BEFORE = re.compile(rf"(?<![A-Za-z])from{_WS}*[(\[]?{_WS}*$", re.I)
_COMPARATOR_JOIN = re.compile(_COMPARATOR, re.I)
_TO_JOIN = re.compile(rf"{_WS}*to{_WS}*", re.I)
_LABEL_BEFORE = re.compile(rf"([A-Za-z]+)\.?{_WS}*[:=#]?{_WS}*$")
# consecutive values of one unit written with a comparator between them ("0.0 ml in the A group versus 14.3 ml")
_GAP_COMPARATOR = re.compile(r"\b(?:versus|vs\.?|v\.|compared\s+(?:with|to)|than|whereas|while)(?![A-Za-z])", re.I)
_MAX_COMPARED_GAP = 80


_CI_LEVEL_AFTER = re.compile(r"\s*(?:CI|C\.I\.|CrI|confidence|credible)\b", re.I)
_WORD_JOIN = re.compile(rf"{_WS}*,?{_WS}*(?:versus|vs\.?|and|or|compared\s+with){_WS}*", re.I)


def _unit(unit: str) -> str:
    key = re.sub(r"\s+", " ", unit.casefold())
    return TIME_UNITS.get(key) or _EXPONENT_SPELLINGS.get(key) or _PERCENT_UNITS.get(key, key)


def _is_spread(item: str) -> bool:
    return bool(re.search(_PM, item) or _SD_BRACKET.search(item))


def _labelled(text: str, start: int) -> bool:
    """Is the number at ``start`` a label ("grade 3", "day 8", "n = 45") or a year?"""
    before = _LABEL_BEFORE.search(text, max(0, start - 20), start)
    return bool(before and before.group(1).casefold() in _LABEL_WORDS)


def find_quantities(text: str, effects: list[EffectMeasure] | None = None) -> list[Quantity]:
    """Numbers with a unit ("14.7 months", "10.1 versus 10.3 months", "from 172 to 220 g"), means
    ± SD and means (SD) ("80 ± 8.6", "154 (29) v 144 (31) IU/dl"), and values compared with no
    unit ("0.53 versus 0.38", "from 0.26 to 0.31"). A list joined by "to" is a range, not values,
    unless "from" opens it. Before a percentage, only the numbers that share its sign are
    quantities ("64.3" in "64.3 vs. 33.3%"): :func:`find_percentages` is the parser for percentages.
    ``effects`` are ``find_effect_measures(text)`` when the caller has them already."""
    out: list[Quantity] = []
    if not isinstance(text, str) or not text:
        return out
    taken: list[tuple[int, int]] = []
    for m in _QTY_LIST_RE.finditer(text):
        unit = _unit(m.group("unit"))
        items = list(_QTY_ITEM_RE.finditer(text, m.start("items"), m.end("items")))
        joins = [text[a.end() : b.start()] for a, b in zip(items, items[1:])]
        if unit == "years" and _AGE_AFTER.match(text, m.end()):
            taken.append((m.start(), m.end()))
            continue  # "59.3 ± 12.4 years old": an age
        opened_by_from = bool(_FROM_BEFORE.search(text, max(0, m.start() - 8), m.start()))
        # values written with their spread, or each with its own bracket: "3.49 (2.94 to 4.15) to 1.32 (1.02 to 1.69) mmol/L"
        spreads = any(_is_spread(item.group(0)) for item in items) or (len(items) > 1 and all(item.group("bracket") for item in items))
        if any(_TO_JOIN.fullmatch(j) for j in joins) and not (opened_by_from or spreads):
            taken.append((m.start(), m.end()))
            continue  # "18 to 65 years": a range; "15 ± 3.4 to 18.5 ± 2.9 mL/kg/min" is a change
        if unit == "%":
            # only the numbers before a percentage that share its sign: "64.3 vs. 33.3%"; not
            # "HR 0.66, 95% CI" (a list joined by words, closed by a percentage that is no CI level)
            joined = len(items) > 1 and _WORD_JOIN.fullmatch(text[items[-2].end() : items[-1].start()])
            if not joined or _CI_LEVEL_AFTER.match(text, m.end()) or _BETWEEN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue  # "between 60 and 80%" is a range
            items = items[:-1]
        # values listed with a comparator ("7.2 vs 7.9 kg", "from 172 to 220 g"); times listed with
        # "and" too ("survival times of 22, 16 and 8 months"): a time is a result only for an
        # outcome measured as a time, which the linker checks
        versus = any(_COMPARATOR_JOIN.fullmatch(j) for j in joins) and not _duration(text, m.start(), m.end())
        compared = versus or ((opened_by_from or spreads) and any(_TO_JOIN.fullmatch(j) for j in joins))
        compared = compared or (len(items) > 1 and unit in TIME_UNITS.values())
        compared = compared or bool(_CHANGE_BY.search(text, max(0, m.start() - 80), m.start()))  # "decreased by 1.2 mmol/l"
        compared = compared or bool(_CHANGE_BEFORE.search(text, max(0, m.start() - 30), m.start()))  # "difference of 3.4 points"
        compared = compared or bool(_INTERVAL_AFTER.match(text, m.end()))  # "(−0·4 points, 95% CI −2·2 to 1·4)": an estimate
        compared = compared or unit in _POPULATION_RATE_UNITS  # a rate of events is a result, as a percentage is
        # a value written with its own interval is an estimate: "−2.8 (−3.8 to −1.9) kg", "3095 [890–10000] μg/l"
        compared = compared or any(item.group("bracket") and _INTERVAL_BRACKET.fullmatch(item.group("bracket")) for item in items)
        for k, item in enumerate(items):
            value = _value(item.group("num"))
            if value is None:
                continue
            last = k == len(items) - 1 and unit != "%"
            bracketed = item.group("bracket") is not None
            # the span is the number with its unit when the unit follows it directly, else the number
            end = m.end() if last and not bracketed else (item.start("bracket") if bracketed else item.end())
            while text[end - 1].isspace():
                end -= 1
            out.append(Quantity(item.start(), end, text[item.start() : end], value, unit, _is_spread(item.group(0)), compared, versus))
        taken.append((m.start(), m.end()))
    for m in _BARE_LIST_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or _labelled(text, m.start()):
            continue
        items = list(_QTY_ITEM_RE.finditer(text, m.start("items"), m.end("items")))
        for item in items:
            value = _value(item.group("num"))
            if value is None or (value == int(value) and 1900 <= value <= 2100):
                continue
            # "(4 [3%] of 254 vs 4 [2%] of 246)": a denominator, and a count of the percentage after it
            if _DENOMINATOR_BEFORE.search(text, max(0, item.start() - 6), item.start()) or _PERCENT_IN_BRACKETS.match(text, item.end("num")):
                continue
            out.append(_unitless_item(text, item, value))
        taken.append((m.start(), m.end()))
    for m in _LISTED_RE.finditer(text):
        if (
            any(m.start() < e and s < m.end() for s, e in taken)
            or _labelled(text, m.start())
            or _P_LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or in_design_section(text, m.start())  # "stored at a pH of 3.8, 4.8 and 5.8, respectively"
        ):
            continue
        listed = False
        for item in _LISTED_ITEM_RE.finditer(text, m.start("items"), m.end("items")):
            value = _value(item.group("num"))
            if value is None or (value == int(value) and (1900 <= value <= 2100 or _DENOMINATOR_BEFORE.search(text, max(0, item.start() - 6), item.start()))):
                continue  # a year; a denominator ("of 233", "/40")
            if value == int(value) and _COUNT_PERCENTAGE_AFTER.match(text, item.end("num")):
                continue  # "in 9 (25.7%) and 31 (83.8%) patients, respectively": counts of a percentage
            out.append(_unitless_item(text, item, value))
            listed = True
        if listed:
            taken.append((m.start(), m.end()))
    # "HR 0.66 (95% CI ...)" is an effect measure
    effects = [(e.start, e.end) for e in (find_effect_measures(text) if effects is None else effects)]
    for m in _BARE_ESTIMATE_RE.finditer(text):
        group = m.lastgroup
        if any(s <= m.start(group) < e for s, e in taken + effects) or _labelled(text, m.start(group)):
            continue
        if group == "by" and not _CHANGE_BY.search(text, max(0, m.start() - 80), m.start()):
            continue
        if group == "interval" and (
            not _INTERVAL_NAMED_BEFORE.search(text, max(0, m.start() - 200), m.start())
            or _NUMBER_NEEDED_BEFORE.search(text, max(0, m.start() - 200), m.start())
            or in_design_section(text, m.start())  # "Methods: ... APACHE II score 18 (5–37)": a baseline figure
        ):
            continue
        if group == "sd" and (
            not _MEAN_NAMED_BEFORE.search(text, max(0, m.start() - 200), m.start())
            or not _DECIMAL.search(text, m.start(), _BRACKET_END.search(text, m.end()).end())  # "Table 2 (3)"
            or _BASELINE_MEAN_BEFORE.search(text, max(0, m.start() - 200), m.start())
            or in_design_section(text, m.start())
        ):
            continue
        if _SPREAD_BEFORE.search(text, max(0, m.start(group) - 8), m.start(group)):
            continue  # "1.95 ± 1.12 in the A group": the number after '±' is the mean's spread
        value = _value(m.group(group))
        if value is None or (value == int(value) and 1900 <= value <= 2100):
            continue
        out.append(Quantity(m.start(group), m.end(group), m.group(group), value, None, False, True))
        taken.append((m.start(), m.end()))
    for m in _SPREAD_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or _percent_follows(text, m.end()):
            continue
        value = _value(m.group("num"))
        if value is not None:
            out.append(Quantity(m.start(), m.end(), m.group(0), value, None, True))
    for m in _FOLD_RE.finditer(text):  # "a twofold increase in X", "2.5-fold higher"
        value = _value(m.group("num")) if m.group("num")[0].isdigit() else parse_number(m.group("num"))
        bounded = _BOUND_BEFORE.search(text, max(0, m.start() - 14), m.start())  # "≥ 4-fold increase": a definition
        bounded = bounded or _RANGE_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "1.5 to 2.0 times more likely"
        if value is not None and not bounded and not any(s <= m.start() < e for s, e in taken):
            out.append(Quantity(m.start(), m.end(), m.group(0), value, "fold", False, True))
    out = [q for q in _with_currency(text, out) if not (_restated(text, q) or _NOT_A_VALUE_BEFORE.search(text, max(0, q.start - 12), q.start))]
    amounts = [q for q in _amounts_of_money(text) if not any(o.start < q.end and q.start < o.end for o in out)]
    amounts = [replace(q, compared=True) if _stated_cost(text, q.start) else q for q in amounts]
    marked = _mark_compared(text, sorted(out + amounts, key=lambda q: q.start))
    # an amount of money is a value of the arms only when compared with another's ("£36 versus £18"),
    # or stated as a cost ("The intervention cost $340 per participant")
    return [q for q in marked if q.compared or not any(q.start == a.start for a in amounts)]


# a cost word earlier in the sentence, and no word of a comparison of arms or a threshold in it before the amount
_COST_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{word_alternation(MEASURE_RULES['cost_words'])})(?![A-Za-z])(?:[^.;]|[.](?=\S))*$", re.I)
_COST_COMPARISON = re.compile(rf"(?<![A-Za-z])(?:{word_alternation(MEASURE_RULES['cost_comparison_words'])})(?![A-Za-z])", re.I)


def _stated_cost(text: str, start: int) -> bool:
    """Is the amount of money at ``start`` stated as a cost ("cost of delivery was $101/session"),
    not a comparison of arms or a threshold ("the incremental cost of £4191", "the difference in
    total costs was $102", "ICER of £24 028")?"""
    stop = text.rfind(". ", 0, start)
    sentence_start = max(stop + 2 if stop >= 0 else 0, start - 100)
    return bool(_COST_BEFORE.search(text, sentence_start, start)) and not _COST_COMPARISON.search(text, sentence_start, start)


# an amount of money after its currency's symbol: "£36", "EUR 45", "€345.61" (a sign before it: "−£100")
_MONEY_RE = re.compile(
    rf"{starts_with(symbol[0] for symbol in MEASURE_RULES['currency_symbols'])}"
    rf"(?P<cur>{_CURRENCY}){_WS}?(?P<num>{_NUM})(?![0-9.,\u00b7]?[0-9])"
)
_SIGN_BEFORE = re.compile(rf"[-\u2212\u2013]{_WS}?$")
_CURRENCY_SYMBOLS = tuple(MEASURE_RULES["currency_symbols"])


def _amounts_of_money(text: str) -> list[Quantity]:
    """Amounts written after a currency symbol: their unit the symbol in lower case, their value
    negative after a minus sign ("−£100")."""
    out: list[Quantity] = []
    if not any(symbol in text for symbol in _CURRENCY_SYMBOLS):
        return out  # the scan for amounts costs more than these searches for their symbol
    for m in _MONEY_RE.finditer(text):
        value = _value(m.group("num"))
        if value is None or _NOT_A_VALUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        sign = _SIGN_BEFORE.search(text, max(0, m.start() - 2), m.start())
        start = sign.start() if sign else m.start()
        out.append(Quantity(start, m.end(), text[start : m.end()], -value if sign else value, m.group("cur").casefold()))
    return out


# a value with its unit and an opening bracket right before a value: "−0.61% (", "6.9 ± 0.9% [", "56.4 mmol/mol ("
_VALUE_BEFORE_BRACKET = re.compile(
    rf"(?<![0-9A-Za-z.\u00b7]){_NUM}(?:{_WS}*{_PM}{_WS}*{_NUM})?{_WS}*(?P<unit>{_ANY_UNIT_RE}){_WS}*[(\[]{_WS}*(?:[<>\u2264\u2265]=?{_WS}*)?$", re.I
)
_BRACKET_CLOSE = re.compile(rf"{_WS}*[)\]]")
# a number after "per" is the size a rate is counted over ("$111 per 1000 steps/day"), one after a
# multiplication sign the power of ten of a number written in scientific notation ("29.7 X 10(3) cells/mL")
_NOT_A_VALUE_BEFORE = re.compile(rf"(?:(?<![A-Za-z])per|[0-9]{_WS}*[x\u00d7X]){_WS}*$")
_TIME_UNIT_NAMES = frozenset(TIME_UNITS.values())


def _restated(text: str, quantity: Quantity) -> bool:
    """Is the quantity the value before it restated in another unit, alone in its bracket: "HbA1c
    −0.61% (−6.7 mmol/mol)", "6.9 ± 0.9% [52.3 ± 10.3 mmol/mol]"? The value before holds the result;
    the restatement is no value of its own (nor an item of a list paired with arms). Times are
    never restatements: "at 16 weeks (28.8 IU/L)" is a landmark and its value."""
    if quantity.unit is None or not _BRACKET_CLOSE.match(text, quantity.end):
        return False
    before = _VALUE_BEFORE_BRACKET.search(text, max(0, quantity.start - 60), quantity.start)
    if before is None or quantity.is_time:
        return False
    unit = _unit(before.group("unit"))
    return unit != quantity.unit and unit not in _TIME_UNIT_NAMES  # "16 weeks (28.8 IU/L)": a landmark's value


def _unitless_item(text: str, item: re.Match, value: float) -> Quantity:
    """A compared value without a unit, one item of a list: the number (with its spread), up to the
    bracket of its spread or interval, if any."""
    end = item.end() if item.group("bracket") is None else item.start("bracket")
    while text[end - 1].isspace():
        end -= 1
    return Quantity(item.start(), end, text[item.start() : end], value, None, _is_spread(item.group(0)), True)


# a sign and a currency symbol before an amount: "£115.32", "−£100", "US$ 1,200"
_CURRENCY_BEFORE = re.compile(rf"(?P<sign>[-\u2212\u2013]{_WS}?)?(?P<cur>{_CURRENCY}){_WS}?$")


def _with_currency(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Amounts of money: a value without a unit written after a currency symbol gets the symbol as
    its unit (lower case), the symbol and a sign before it in its span ("−£100" is -100)."""
    out = []
    for q in quantities:
        before = _CURRENCY_BEFORE.search(text, max(0, q.start - 6), q.start) if q.unit is None else None
        if before is None:
            out.append(q)
            continue
        value = -abs(q.value) if before.group("sign") else q.value
        out.append(replace(q, start=before.start(), text=text[before.start() : q.end], value=value, unit=before.group("cur").casefold()))
    return out


_BOUND_BEFORE = re.compile(r"(?:[≥≤<>]|=>|>=|<=|\bat\s+least|\bmore\s+than|\bless\s+than|\bover)\s*(?:an?\s+)?$", re.I)
_RANGE_BEFORE = re.compile(rf"[0-9]{_WS}*(?:{_DASH}|to){_WS}*$", re.I)
_FOLD_WORDS = tuple(MEASURE_RULES["fold_words"])
_FOLD_WORD = rf"(?:{'|'.join(_FOLD_WORDS)})"
_FOLD_RE = re.compile(
    rf"{starts_with([w[0] for w in _FOLD_WORDS] + list('0123456789'), after_letter=False)}(?<![0-9A-Za-z.·])(?P<num>{_NUM}|{_FOLD_WORD})[-‐ ]?(?:{measure_words('fold_words_after')})"
    rf"(?={_WS}+(?:(?:significant|greater|higher|lower|larger|smaller|mean|median){_WS}+)?"
    rf"(?:increases?|decreases?|reductions?|rises?|elevations?|improvements?|changes?|higher|lower|greater|more|less)\b)",
    re.I,
)


# a time that is the duration of a treatment or a time after an event is a design figure or a landmark,
# not a value of the arms: "12 versus 48 months of dual antiplatelet therapy", "for 12 weeks ... while
# ... for 12 weeks", "120 and 240 min after consumption compared with"
_DURATION_OF = re.compile(rf"{_WS}+(?:of|after|before|post|from|since|later)(?![A-Za-z])", re.I)
_DURATION_FOR = re.compile(rf"\b(?:for|during|over)(?:{_WS}+(?:the|a|an|another|further|following|first|next|additional|last))*{_WS}*$", re.I)


def _duration(text: str, q_start: int, end: int) -> bool:
    return bool(_DURATION_OF.match(text, end) or _DURATION_FOR.search(text, max(0, q_start - 40), q_start))


def _mark_compared(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Values of one unit written a comparator apart are compared with each other (and ``versus``
    each other unless a time is the duration of something): "0.0 ml in the EPA group versus 14.3 ml
    in the GCA group", "from 9.5 days to 2.5 days" (compared only)."""
    marked = list(quantities)
    for i, (a, b) in enumerate(zip(quantities, quantities[1:])):
        if a.unit != b.unit or b.start - a.end > _MAX_COMPARED_GAP:
            continue
        gap = text[a.end : b.start]
        from_to = _TO_JOIN.fullmatch(gap) and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
        if from_to:
            marked[i], marked[i + 1] = replace(marked[i], compared=True), replace(marked[i + 1], compared=True)
        elif _GAP_COMPARATOR.search(gap) and ";" not in gap:
            versus = not (_duration(text, a.start, a.end) or _duration(text, b.start, b.end))
            marked[i] = replace(marked[i], compared=True, versus=marked[i].versus or versus)
            marked[i + 1] = replace(marked[i + 1], compared=True, versus=marked[i + 1].versus or versus)
    return marked


_BASELINE_WORD = re.compile(rf"\b(?:{'|'.join(MEASURE_RULES['age_or_follow_up'])})\b", re.I)
# a figure in a bracket that closes before the value: "IQR −1·5 to 1·1) in the A group and "
_BRACKETED_FIGURE = re.compile(r"[^()\[\]]*[0-9][^()\[\]]*[)\]]")
# the close of a bracket that labels the value's statistic, right before it: "median [IQR]: ", "mean (range) "
_BRACKETED_LABEL = re.compile(rf"[^()\[\]0-9]*[)\]](?:{_WS}|[:=,])*")
# a figure that ends its clause: "follow-up of 42 months,", "(IQR 35–58),"
_CLOSED_FIGURE = re.compile(rf"[0-9][^,;)\]]*(?:[)\]]{_WS}*)?[,;]")


def baseline_before(before: str) -> bool:
    """Does the text before a value (its clause) make it an age, a follow-up, a range or a design
    figure (`age_or_follow_up`)? Not when the last such word has its own figure, in a clause closed
    before the value: in "After a median follow-up of 42 months, median PFS was 10.2 and 10.8 months" the
    follow-up is the 42 months, in "(IQR 35–58), median OS was 30 months" the range is 35–58."""
    last = None
    for last in _BASELINE_WORD.finditer(before):
        pass
    if last is None:
        return False
    # a comma inside a bracket closes nothing: "age ... was 67.11 (SD, ±8.68) years and 64.91"
    rest = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", before[last.end() :])
    if _CLOSED_FIGURE.search(rest):
        return False
    if _BRACKETED_FIGURE.match(rest) or _BRACKETED_LABEL.match(rest):
        # the word and its figure in a bracket closed before the value: "−0·5 (IQR −1·5 to 1·1) in the A
        # group and −0·4", "(median follow-up 42 months) was 30 months"; or the word names the value's
        # statistic in a bracket without a figure: "median [IQR]: 0 [0–0]", "Median (inter quartile
        # range) duration of diarrhoea was 60 (54-72) h": the text before the bracket decides
        opened = max(before.rfind("(", 0, last.start()), before.rfind("[", 0, last.start()))
        return opened < 0 or _outer_bracket_closed(rest) or baseline_before(before[:opened])
    return True


def _outer_bracket_closed(rest: str) -> bool:
    """Does a bracket around the word's own bracket close too before the value: "(24.6 ± 1.7 [range
    7–28] months) than in the B group (" (the value is outside both), not "(primary outcome; median
    [IQR]: " (the value is inside the outer one)?"""
    depth = 0
    for char in rest[re.search(r"[)\]]", rest).end() :]:
        depth += (char in "([") - (char in ")]")
        if depth < 0:
            return True
    return False


# an abstract's section heading: "Methods:", "RESULTS 103 patients ..."
_SECTION_RE = re.compile(
    rf"(?<![A-Za-z])(?P<h>{_alt_any_spacing(MEASURE_RULES['design_sections'] + MEASURE_RULES['result_sections'])})"
    rf"(?:{_WS}*:|(?<=[A-Z]{{3}}){_WS}+(?=[A-Z0-9]))"
)
_DESIGN_SECTIONS = frozenset(re.sub(r"\s+", " ", h) for h in MEASURE_RULES["design_sections"])
# the count's own verb is a design verb: "143 were randomized to group A", "108 patients undergoing X were randomized"
_DESIGN_VERB_AFTER = re.compile(
    rf"^[^;.:]{{0,100}}?(?<!\bwho\s)(?<!\bthat\s)\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?(?:{'|'.join(MEASURE_RULES['design_verbs'])})\b",
    re.I,
)


def sample_size_count(text: str, end: int, clause_end: int) -> bool:
    """Is a count of patients written without a percentage (ending at ``end``) a sample size rather
    than a result? When its own verb is a design verb ("143 were randomized to group A and 142 to
    group B"), or when it stands in the design part of an abstract ("Methods: Thirty patients with X
    underwent transplantation"): the last section heading before it opens the methods, background
    or objective."""
    return bool(_DESIGN_VERB_AFTER.search(text[end:clause_end])) or in_design_section(text, end)


def in_design_section(text: str, pos: int) -> bool:
    """Does the last section heading before ``pos`` open the methods, background or objective of an
    abstract (`design_sections`)?"""
    last = _last_section_heading(text, pos)
    return last is not None and re.sub(r"\s+", " ", last.group("h")) in _DESIGN_SECTIONS


def _last_section_heading(text: str, pos: int) -> re.Match | None:
    """The last match of `_SECTION_RE.finditer(text, 0, pos)`, from one scan of the whole text per
    text rather than one per call (a long document asks at thousands of positions). Cutting the text
    at ``pos`` can only make a match fail, so the cut text holds the whole text's headings that end
    before ``pos``, then whatever a rescan finds from the first heading that does not."""
    headings, ends = _section_headings(text)
    i = bisect_left(ends, pos)
    last = headings[i - 1] if i else None
    if i < len(headings) and headings[i].start() < pos:
        for last in _SECTION_RE.finditer(text, headings[i].start(), pos):
            pass
    return last


@lru_cache(maxsize=4)
def _section_headings(text: str) -> tuple[list[re.Match], list[int]]:
    headings = list(_SECTION_RE.finditer(text))
    return headings, [m.end() for m in headings]


def _percent_follows(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*%", text[pos : pos + 3]))


# ---------------------------------------------------------------------------------------------
# effect measures, confidence intervals, P values
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EffectMeasure:
    start: int
    end: int
    text: str
    value: float
    unit: str  # HR | OR | RR | SMD | beta


_EFFECT_NAMES: dict[str, list[str]] = MEASURE_RULES["effect_measure_names"]
_EFFECT_OF = {re.sub(r"\s+", " ", n.casefold()): unit for unit, names in _EFFECT_NAMES.items() for n in names}
_EFFECT_RE = re.compile(
    rf"{starts_with([n[0] for n in _EFFECT_OF], after_letter=False)}(?<![A-Za-z])(?P<name>{_alt(_EFFECT_OF)})(?![A-Za-z])"
    rf"(?:{_WS}*[(\[][^()\[\]]{{1,6}}[)\]])?"  # "hazard ratio [HR]"
    rf"(?:{_WS}*(?:for\s+[A-Za-z\- ]{{1,40}}?|per\s+[^:;,()=\[\]]{{1,40}}?|in\s+the\s+[^:;,()=\[\]]{{1,30}}?\s+(?:group|arm)))?"  # "odds ratio per 1000 pg ml−1 increase: 1.19", "odds ratio in the A group, 0.87"
    rf"(?:{_WS}*(?:[,:=]|was|of|is|were){_WS}*|{_WS}+)"
    rf"(?P<num>{_NUM})(?![0-9%]|{_WS}*%)",
    re.I,
)
# "β = −2.4", "regression coefficient of 0.35": the sign is required (not "beta 2 microglobulin")
_COEFFICIENT_RE = re.compile(
    rf"{starts_with([n[0] for n in MEASURE_RULES['coefficient_names']], after_letter=False)}(?<![A-Za-z\-])(?:{_alt(MEASURE_RULES['coefficient_names'])})(?![A-Za-z\-])"
    rf"{_WS}*(?:[=:]|\bof\b|\bwas\b){_WS}*(?P<num>(?:[-\u2212]{_WS}?)?{_NUM})(?![0-9%]|{_WS}*%)",
    re.I,
)
_HEART_RATE_UNIT = re.compile(rf"{_WS}*(?:bpm|beats|/{_WS}*min)", re.I)
_EFFECT_CASE = re.compile(r"HR|OR|RR|SMD|aHR|aOR|adjusted HR|adjusted OR")


def find_effect_measures(text: str) -> list[EffectMeasure]:
    """Hazard, odds and risk ratios: "HR 0.66", "hazard ratio, 0.66", "OR = 1.8"; regression
    coefficients written with a sign: "β = −2.4"."""
    out: list[EffectMeasure] = []
    if not isinstance(text, str) or not text:
        return out
    for m in _EFFECT_RE.finditer(text):
        name = m.group("name")
        key = re.sub(r"\s+", " ", name.casefold())
        if key in {"hr", "or", "rr", "smd", "ahr", "aor", "adjusted hr", "adjusted or"} and not _EFFECT_CASE.fullmatch(name):
            continue  # "or 2" is a conjunction; abbreviations are upper case
        value = _value(m.group("num"))
        if value is None or value > 100 or _HEART_RATE_UNIT.match(text, m.end()):
            continue  # "HR 80 bpm" is a heart rate
        out.append(EffectMeasure(m.start("num"), m.end("num"), m.group("num"), value, _EFFECT_OF[key]))
    for m in _COEFFICIENT_RE.finditer(text):
        value = _value(m.group("num"))
        if value is not None:
            out.append(EffectMeasure(m.start("num"), m.end("num"), m.group("num"), value, "beta"))
    return sorted(out, key=lambda e: e.start)


@dataclass(frozen=True)
class ConfidenceInterval:
    start: int
    end: int
    text: str
    low: float
    high: float
    level: float | None  # 95.0 for "95% CI"


_CI_RE = re.compile(
    rf"(?:(?P<level>{_NUM}){_WS}*%{_WS}*)?"
    rf"(?:CI|C\.I\.|CrI|confidence\s+interval|credible\s+interval)(?![A-Za-z])"
    rf"(?:{_WS}*[(\[]\s*CI\s*[)\]])?"
    rf"{_WS}*(?:[,:=]|of|was|is)?{_WS}*[(\[]?{_WS}*"
    rf"(?P<low>{_SIGNED})(?:{_WS}*%)?{_WS}*(?:{_DASH}|to|,|;|and){_WS}*(?P<high>{_SIGNED})(?:{_WS}*%)?"
    rf"(?:{_WS}*{_TIME_UNIT_RE})?",
    re.I,
)

# every interval has its label: a text without one has none (the label's first letter starts the
# scan, cheaper than trying _CI_RE at every position)
_CI_LABEL_RE = re.compile(r"[Cc](?=(?i:(?:\.?i\.?|ri)(?![A-Za-z])|onfidence\s|redible\s))")


def find_confidence_intervals(text: str) -> list[ConfidenceInterval]:
    """Confidence intervals in their many spellings; the bounds may be negative or percentages."""
    out: list[ConfidenceInterval] = []
    if not isinstance(text, str) or not _CI_LABEL_RE.search(text):
        return out
    for m in _CI_RE.finditer(text):
        low, high = _value(m.group("low")), _value(m.group("high"))
        if low is None or high is None:
            continue
        level = _value(m.group("level")) if m.group("level") else None
        low, high = min(low, high), max(low, high)
        out.append(ConfidenceInterval(m.start(), m.end(), m.group(0), low, high, level))
    return out


@dataclass(frozen=True)
class PValue:
    start: int
    end: int
    text: str
    value: float
    qualifier: str  # = < ≤ > ≥


_P_QUALIFIERS = {"=": "=", "<": "<", ">": ">", "≤": "≤", "≥": "≥", "<=": "≤", ">=": "≥", "=<": "≤", "=>": "≥", "of": "=", "was": "="}
_P_RE = re.compile(
    rf"(?<![A-Za-z0-9\-\u2010])[Pp](?:{_WS}*[-\u2010]?{_WS}*value)?(?:s)?{_WS}*"
    rf"(?P<q><=|>=|=<|=>|[=<>≤≥]|of|was){_WS}*(?P<v>0?[.\u00b7][0-9]{{1,9}}|[01](?:[.\u00b7][0-9]{{1,9}})?)(?![0-9A-Za-z])"
    rf"(?:{_WS}*[x×]{_WS}*10{_WS}*(?P<exp>[-\u2212][0-9]{{1,3}}))?",
)


def find_p_values(text: str) -> list[PValue]:
    """P values: "P < .001", "p=0.03", "P = 0.003", "P value of 0.02", "P < 1 × 10-4"."""
    out: list[PValue] = []
    if not isinstance(text, str) or not text:
        return out
    for m in _P_RE.finditer(text):
        raw = m.group("v").replace("\u00b7", ".")
        value = _value("0" + raw if raw.startswith(".") else raw)
        if value is None:
            continue
        if m.group("exp"):
            value *= 10.0 ** int(m.group("exp").replace("\u2212", "-"))
        if 0.0 <= value <= 1.0:
            out.append(PValue(m.start(), m.end(), m.group(0), value, _P_QUALIFIERS[m.group("q")]))
    return out


# ---------------------------------------------------------------------------------------------
# timepoints
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timepoint:
    start: int
    end: int
    text: str
    value: float
    unit: str  # years | months | weeks | days

    @property
    def normalised(self) -> str:
        number = f"{self.value:g}"
        return f"{number} {self.unit[:-1] if self.value == 1 else self.unit}"


_LANDMARK_UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days"}
# every timepoint has a unit: a text without any has none. The search for one opens with the set of
# their first characters, case-sensitive (and any non-ASCII one), so that re scans for them
_LANDMARK_UNIT_RE = re.compile(
    "[" + "".join(sorted({c for u in _LANDMARK_UNITS for c in (u[0].lower(), u[0].upper())})) + "\\x80-\\U0010ffff]"
    + "(?i:" + "|".join(f"(?<={u[0]}){u[1:]}" for u in _LANDMARK_UNITS) + ")"
)
_LANDMARK_WORDS = tuple(MEASURE_RULES["landmark_words"])
_WORD_OR_NUM = rf"(?:[0-9]{{1,3}}(?:[.\u00b7][0-9])?|{'|'.join(_LANDMARK_WORDS)})"
_TIMEPOINT_RE = re.compile(
    rf"{starts_with([w[0] for w in _LANDMARK_WORDS] + list('0123456789') + ['a', 'b', 'o'], after_letter=False)}(?:(?<![A-Za-z0-9.])(?P<a>{_WORD_OR_NUM})[-\u2010\u2011](?P<au>year|month|week|day)(?![A-Za-z])"
    # "5 year survival": a singular unit written before a word is a landmark, as "5-year" is
    rf"|(?<![A-Za-z0-9.,])(?P<e>{_WORD_OR_NUM}){_WS}+(?P<eu>year|month|week)"
    rf"(?={_WS}+(?!(?:old|of|ago|and|or|after|before|later|period|follow|from|to|in|on|at|for|with)\b)[A-Za-z])"
    rf"|(?<![A-Za-z])(?:at|by|after){_WS}+(?:(?P<b>{_WORD_OR_NUM}){_WS}+(?P<bu>years?|months?|weeks?|days?)"
    rf"|(?P<cu>year|month|week|day){_WS}+(?P<c>[0-9]{{1,3}}))(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z])on{_WS}+(?P<du>day|week){_WS}+(?P<d>[0-9]{{1,3}})(?![A-Za-z0-9]))",  # "on day 1"
    re.I,
)


# "1-, 3-, and 5-year": a list of landmarks sharing the last one's unit
_TIMEPOINT_LIST_RE = re.compile(
    rf"{starts_with([w[0] for w in _LANDMARK_WORDS] + list('0123456789'), after_letter=False)}(?<![A-Za-z0-9.])(?P<items>(?:{_WORD_OR_NUM})[-\u2010\u2011]?(?:{_WS}*,{_WS}*(?:and{_WS}+)?(?:{_WORD_OR_NUM})[-\u2010\u2011]?)*"
    rf"{_WS}*,?{_WS}*(?:and|or){_WS}+)(?P<last>{_WORD_OR_NUM})[-\u2010\u2011](?P<unit>year|month|week|day)(?![A-Za-z])",
    re.I,
)
# "at 2 hours", "after 30 min", "at 24 h": a landmark in hours or minutes, only after "at" or "after"
# ("24-hour urine", "by 15 min infusion" name a measurement or a schedule)
_CLOCK_UNITS = {unit: normalised for unit, normalised in TIME_UNITS.items() if normalised in ("hours", "minutes")}
_CLOCK_TIMEPOINT_RE = re.compile(
    rf"{starts_with('aA', after_letter=False)}(?:at|after){_WS}+(?P<num>[0-9]{{1,3}}(?:[.\u00b7][0-9])?){_WS}*"
    rf"(?P<unit>{_alt(_CLOCK_UNITS)})(?![A-Za-z0-9])",
    re.I,
)
# "at 3 and 6 months", "at 1, 3 and 5 years": numbers sharing the plural unit after the last, after a preposition
_LISTED_UNITS = {f"{unit}s": f"{unit}s" for unit in _LANDMARK_UNITS} | {"hours": "hours", "minutes": "minutes"}
_AT_LIST_RE = re.compile(
    rf"{starts_with('abAB', after_letter=False)}(?:at|by|after){_WS}+(?P<items>{_WORD_OR_NUM}(?:{_WS}*,{_WS}*{_WORD_OR_NUM})*{_WS}*,?{_WS}*(?:and|or){_WS}+)"
    rf"(?P<last>{_WORD_OR_NUM}){_WS}+(?P<unit>{_alt(_LISTED_UNITS)})(?![A-Za-z])",
    re.I,
)
_TIMEPOINT_ITEM_RE = re.compile(rf"(?<![A-Za-z0-9.])(?:{_WORD_OR_NUM})(?![A-Za-z0-9])", re.I)


def find_timepoints(text: str) -> list[Timepoint]:
    """Landmark times: "2-year OS", "5 year survival", "one-year", "at 12 weeks", "at week 24", "on day 1",
    "after 6 months", "at 2 hours", "after 30 min", lists after a preposition ("at 3 and 6 months": spans "3", "6 months"), and
    lists of landmarks: "1-, 3-, and 5-year" gives three timepoints (spans "1-", "3-", "5-year")."""
    if not isinstance(text, str):
        return []
    out = [
        Timepoint(m.start(), m.end(), m.group(0), value, _CLOCK_UNITS[re.sub(r"\s+", " ", m.group("unit").casefold())])
        for m in _CLOCK_TIMEPOINT_RE.finditer(text)
        if (value := parse_number(m.group("num"))) is not None and value > 0
    ]
    for m in _AT_LIST_RE.finditer(text):
        unit = _LISTED_UNITS[m.group("unit").casefold()]
        for item in [*_TIMEPOINT_ITEM_RE.finditer(text, m.start("items"), m.end("items")), None]:
            start, end = (item.start(), item.end()) if item else (m.start("last"), m.end())
            value = parse_number(text[start:end] if item else m.group("last"))
            if value is not None and value > 0:
                out.append(Timepoint(start, end, text[start:end], value, unit))
    if not _LANDMARK_UNIT_RE.search(text):
        return out  # the scans for timepoints cost more than this search for their unit
    for m in _TIMEPOINT_LIST_RE.finditer(text):
        unit = _LANDMARK_UNITS[m.group("unit").casefold()]
        for item in _TIMEPOINT_ITEM_RE.finditer(text, m.start("items"), m.end("items")):
            value = parse_number(item.group(0))
            if value is not None and value > 0:
                end = item.end() + (1 if text[item.end() : item.end() + 1] in "-\u2010\u2011" else 0)
                out.append(Timepoint(item.start(), end, text[item.start() : end], value, unit))
    for m in _TIMEPOINT_RE.finditer(text):
        number = m.group("a") or m.group("e") or m.group("b") or m.group("c") or m.group("d")
        unit = (m.group("au") or m.group("eu") or m.group("bu") or m.group("cu") or m.group("du")).casefold().rstrip("s")
        value = parse_number(number)
        if value is None or value <= 0:
            continue
        start = m.start("a") if m.group("a") else m.start("e") if m.group("e") else m.start()
        out.append(Timepoint(start, m.end(), text[start : m.end()], value, _LANDMARK_UNITS[unit]))
    return sorted(out, key=lambda t: t.start)


_BARE_INTERVAL_RE = re.compile(
    rf"{_WS}*[(\[]{_WS}*(?P<low>{_SIGNED})(?:{_WS}*%)?{_WS}*(?P<between>{_DASH}|to|,){_WS}*(?P<high>{_SIGNED})(?:{_WS}*%)?"
    rf"(?:{_WS}*{_TIME_UNIT_RE})?{_WS}*(?=[)\];,])"
)


def bare_interval(text: str, pos: int, value: float | None = None) -> tuple[float, float, int] | None:
    """(low, high, end) of an unlabelled bracketed range at ``pos``: "HR 0.93 (0.77–1.14)", "25 months
    (21–31)", "27.7% (15.6% to 42.6%)"; ``end`` is where its bounds end. Bounds a comma separates
    ("−0.67% (−0.84, −0.50)") only around ``value``, the value before them. Whether it is a confidence
    interval is the caller's decision (it is after an effect measure, or when its sentence labels
    its intervals)."""
    m = _BARE_INTERVAL_RE.match(text, pos)
    if not m:
        return None
    low, high = _value(m.group("low")), _value(m.group("high"))
    if low is None or high is None:
        return None
    low, high = min(low, high), max(low, high)
    if m.group("between") == "," and (value is None or not low <= value <= high):
        return None
    return low, high, m.end()


# ---------------------------------------------------------------------------------------------
# counts compared between arms
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparedCount:
    """A count of events or patients compared with another arm's: "3 complications in the IBMC
    group, compared with 4 complications in the PMMC group". The span is the number; ``noun`` is
    where the counted outcome is written right after it ("complications"), if it is."""

    start: int
    end: int
    text: str
    n: int
    noun: tuple[int, int] | None
    arm: tuple[int, int] | None  # "the IBMC group"
    total: bool = False  # the total that counts broken down by arm add up to: "508 deaths (248 in A and 260 in B)"


_ZERO_COUNT_WORDS = frozenset(MEASURE_RULES["zero_count_words"])
_COUNT_WORDS = tuple(MEASURE_RULES["count_words"]) + tuple(_ZERO_COUNT_WORDS)
_COUNT_WORD = rf"(?:{'|'.join(_COUNT_WORDS)})(?:[-\u2010](?:one|two|three|four|five|six|seven|eight|nine))?"
_COUNT_NUM = rf"(?<![0-9A-Za-z.,\u00b7/\-\u2010\u2212])(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]{{1,6}}|{_COUNT_WORD})(?![0-9A-Za-z.,\u00b7%/\-\u2010])"
_ARM_NOUN = rf"(?:{'|'.join(MEASURE_RULES['arm_nouns'])})"
_NOT_NOUN = r"(?:in|for|with|among|on|of|vs|versus|and|or|compared|as|whereas|while|than|to|from|at|after|during|was|were|had|patients?|occurr\w*|events?)\b"
_COUNT_ITEM_RE = re.compile(
    rf"{starts_with([w[0] for w in _COUNT_WORDS] + list('0123456789'), after_letter=False)}(?P<num>{_COUNT_NUM})"
    rf"(?P<noun>(?:{_WS}+(?!{_NOT_NOUN})[A-Za-z][A-Za-z\-]*){{0,3}})"
    rf"(?:{_WS}+(?:occurring|occurred|events?|patients?))?"
    rf"(?P<arm>{_WS}+(?:in|for|with|among|on)\s+(?:the\s+)?(?:[A-Za-z0-9][\w/\-]*\s+){{0,3}}?{_ARM_NOUN}(?![A-Za-z]))?",
    re.I,
)
_COUNT_JOIN = re.compile(
    rf"{_WS}*,?{_WS}*(?:(?:as{_WS}+)?compared{_WS}+(?:with|to)|versus|vs\.?|and|whereas|while){_WS}+", re.I
)
# an arm's count compared with another's across the words of its clause: "Ten patients in group HT showed
# improvement in wound score as compared to five patients in group CT", "no new fractures in the A group but four"
_CLAUSE_COMPARATOR_JOIN = re.compile(
    rf"[^,;:.()\[\]]{{0,60}}?(?<![A-Za-z])(?:(?:as{_WS}+)?compared{_WS}+(?:with|to)|versus|vs\.?|but|whereas|while){_WS}+", re.I
)
# a comma alone lists the parts of a total only: "recorded in 3 patients (2 in the A arm, one in the B arm)"
_COMMA_JOIN = re.compile(rf"{_WS}*,{_WS}*")
_SUBSET_BEFORE = re.compile(rf"\b(?:{measure_words('subset_words')}){_WS}*$", re.I)  # "46 patients were treated, including 27 in A and 19 in B": a subset
_EVENTS_AFTER = re.compile(rf"{_WS}+(?:events|episodes)\b", re.I)
_OF_BEFORE = re.compile(rf"(?:(?<!total{_WS})\bof|/){_WS}*$", re.I)  # not "a total of three deaths"
_PERCENT_IN_BRACKETS = re.compile(rf"{_WS}*[(\[]{_WS}*{_NUM}{_WS}*%")
_DESIGN_RE = re.compile(rf"\b(?:{'|'.join(MEASURE_RULES['design_words'])})\b", re.I)


def find_compared_counts(text: str) -> list[ComparedCount]:
    """Counts listed with a comparator or "and" where at least one names its arm: "three deaths in
    the therapy group and eight deaths in the control group", "677 readmissions vs 824 for the
    usual care group", "1 occurring in the IBMC group, compared with 3 in the PMMC group". Counts
    of a sentence about randomisation or enrolment are sample sizes and are left out."""
    out: list[ComparedCount] = []
    if not isinstance(text, str) or not text:
        return out
    # not a denominator ("of 233") nor the count of a percentage ("52 [24%]"), parsed elsewhere
    items = [
        m for m in _COUNT_ITEM_RE.finditer(text)
        if _count_number(m.group("num")) is not None
        and not _OF_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _PERCENT_IN_BRACKETS.match(text, m.end("num"))
    ]
    run: list[re.Match] = []
    comma_listed = False  # a part of the run is joined by a comma alone

    def close() -> None:
        nonlocal comma_listed
        # events compared without their arms: "(42 events vs 53)"
        events = len(run) >= 2 and _EVENTS_AFTER.match(text, run[0].end("num")) and _COMPARATOR_JOIN.fullmatch(text, run[0].end(), run[1].start())
        subset = _SUBSET_BEFORE.search(text, max(0, run[0].start() - 12), run[0].start()) if run else None
        listed = not comma_listed or _parts_of_total(text, run)
        comma_listed = False
        if len(run) >= 2 and (any(m.group("arm") for m in run) or events) and not subset and listed:
            sentence_start = max(text.rfind(". ", 0, run[0].start()), 0)
            sentence_end = text.find(". ", run[-1].end())
            if not _DESIGN_RE.search(text, sentence_start, sentence_end if sentence_end >= 0 else len(text)):
                parts = []
                for m in run:
                    n = _count_number(m.group("num"))
                    if n is None or n != int(n) or _unit_after(text, m.end("num")):
                        continue
                    noun = (m.start("noun") + 1, m.end("noun")) if m.group("noun").strip() else None
                    arm = (m.start("arm"), m.end("arm")) if m.group("arm") else None
                    parts.append(ComparedCount(m.start("num"), m.end("num"), m.group("num"), int(n), noun, arm))
                out.extend(_with_total(text, sentence_start, parts))
        run.clear()

    for m in items:
        if run and _COMMA_JOIN.fullmatch(text, run[-1].end(), m.start()):
            comma_listed = True
        elif run and not (
            _COUNT_JOIN.fullmatch(text, run[-1].end(), m.start())
            or (len(run) == 1 and run[0].group("arm") and _CLAUSE_COMPARATOR_JOIN.fullmatch(text, run[-1].end(), m.start()))
        ):
            close()
        run.append(m)
    close()
    return out


def _count_number(word: str) -> float | None:
    """The number a compared count is written as: digits, a number word, or a word of zero ("none")."""
    return 0.0 if word.casefold() in _ZERO_COUNT_WORDS else parse_number(word)


def _parts_of_total(text: str, run: list[re.Match]) -> bool:
    """Do the counts of ``run`` open a bracket and add up to the count written right before it
    ("recorded in 3 patients (2 in the A arm, one in the B arm)")?"""
    total = _total_before(text, max(0, run[0].start() - 120), run[0].start())
    n = parse_number(total.group("num")) if total else None
    return n is not None and sum(parse_number(m.group("num")) or 0 for m in run) == n


# a total before the bracket that breaks it down: "508 deaths were recorded (248 in A and 260 in B)",
# "11 patients died from treatment-related causes (three in A and eight in B)"
_TOTAL_BEFORE_RE = re.compile(rf"(?P<num>{_COUNT_NUM}){_WS}+(?P<words>[A-Za-z][^0-9()\[\]%;:]{{0,80}}?){_WS}*[(\[]{_WS}*$", re.I)


def _total_before(text: str, start: int, end: int) -> re.Match | None:
    """The count written last before the bracket that ends at ``end``: in "Grade 3 anemia was recorded
    in three patients (" it is "three", not the "3" of the grade (the first match reaches over it)."""
    last = None
    while (found := _TOTAL_BEFORE_RE.search(text, start, end)) is not None:
        last, start = found, found.start("words")
    return last


_PEOPLE_BEFORE_RE = re.compile(rf"(?:[A-Za-z][\w\-]*{_WS}+){{0,2}}?(?:{'|'.join(MEASURE_RULES['people_nouns'])})(?![A-Za-z])", re.I)
_COUNTED_NOUN_RE = re.compile(rf"[A-Za-z][\w\-]*(?:{_WS}+(?!(?:were|was|had|have|has|occurred|in|of|for|with|during|at)\b)[A-Za-z][\w\-]*){{0,2}}", re.I)


def _with_total(text: str, sentence_start: int, parts: list[ComparedCount]) -> list[ComparedCount]:
    """Counts per arm that break down a total written right before their bracket, and add up to
    it, count the total's outcome: the noun it counts ("508 deaths"), or what its people did ("11
    patients died from X"). The total is a count of its own (a count of people is parsed elsewhere)."""
    total = _total_before(text, sentence_start, parts[0].start) if parts else None
    n = parse_number(total.group("num")) if total else None
    if total is None or n is None or sum(p.n for p in parts) != n or any(p.noun for p in parts):
        return parts
    words = total.start("words")
    people = _PEOPLE_BEFORE_RE.match(text, words, total.end("words"))
    if people:  # the outcome is the predicate: "died from treatment-related causes"
        if total.end("words") <= people.end() + 1:
            return parts  # "579 trial participants (291 in A and 288 in B)": a sample size
        noun = (people.end() + 1, total.end("words"))
        counted: list[ComparedCount] = []
    else:
        counted_noun = _COUNTED_NOUN_RE.match(text, words, total.end("words"))
        noun = (words, counted_noun.end())
        counted = [ComparedCount(total.start("num"), total.end("num"), total.group("num"), int(n), noun, None, total=True)]
    return counted + [replace(p, noun=noun) for p in parts]


# "X was successful in 4 patients", "CR was achieved in 12 of 40 patients": a count of patients
# with the outcome of the clause (the predicate itself when it is a verdict: "successful")
_IN_PATIENTS_RE = re.compile(
    rf"{starts_with('w', after_letter=False)}\b(?:was|were)\s+(?:(?:also|only|not)\s+)?(?P<verdict>{measure_words('count_verdicts')})?"
    rf"(?:{measure_words('count_found_verbs')})?"
    rf"\s+in\s+(?:only\s+|all\s+)?(?P<num>{_COUNT_NUM})(?:\s+(?:of|out\s+of)\s+(?:these\s+|the\s+)?[0-9]{{1,6}})?"
    rf"(?:\s+[A-Za-z\-]+)?\s+(?:patients|subjects|participants|cases|children)\b",
    re.I,
)


def find_counts_in_patients(text: str) -> list[ComparedCount]:
    """Counts written after their outcome: "deep valve repair was successful in 4 patients",
    "CR was achieved in 12 of 40 patients". ``noun`` is the verdict ("successful") when the
    predicate is one, else None (the outcome is the clause's subject)."""
    out: list[ComparedCount] = []
    if not isinstance(text, str) or not text:
        return out
    for m in _IN_PATIENTS_RE.finditer(text):
        if not (m.group("verdict") or re.search(r"(?:ed|ssful)\s+in\s", m.group(0), re.I)):
            continue  # "were in 4 patients": no outcome verb
        n = parse_number(m.group("num"))
        if n is None or n != int(n):
            continue
        verdict = (m.start("verdict"), m.end("verdict")) if m.group("verdict") else None
        out.append(ComparedCount(m.start("num"), m.end("num"), m.group("num"), int(n), verdict, None))
    return out


def _unit_after(text: str, pos: int) -> bool:
    return bool(re.match(rf"{_WS}*(?:%|percent|{_TIME_UNIT_RE}|{_ANY_UNIT_RE})", text[pos : pos + 20], re.I))


# "1.7% (7/417)", "5.9% (n = 5)", "37% (11 of 30)", "0.3% (1 in 329 patients)": the count behind a percentage
_COUNT_AFTER_RE = re.compile(
    rf"{_WS}*[(\[]{_WS}*(?:[nN]{_WS}*={_WS}*(?P<n>[0-9]{{1,7}})|(?P<k>[0-9]{{1,7}}){_WS}*(?:/|of|out\s+of|in){_WS}*(?P<t>[0-9]{{1,7}})"
    rf"(?:{_WS}+[A-Za-z]+){{0,2}}){_WS}*[)\],;]"
)


def count_after(text: str, pos: int) -> tuple[int, int | None] | None:
    """(n, n_total) of a count written in brackets at ``pos``: "(7/417)", "(n = 5)", "(11 of 30)"."""
    m = _COUNT_AFTER_RE.match(text, pos)
    if not m:
        return None
    if m.group("n"):
        return int(m.group("n")), None
    n, total = int(m.group("k")), int(m.group("t"))
    return (n, total) if n <= total else None


_LEVELS = measure_words("statistical_levels")
_SIDED = rf"(?:(?:two|one|2|1)(?:[-\u2010]|{_WS})(?:sided|tailed){_WS}+)"
_LEVEL_AFTER = re.compile(rf"{_WS}*(?:{_SIDED})?(?:{_LEVELS})(?![A-Za-z])", re.I)
_LEVEL_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_LEVELS})(?:{_WS}+(?:of|at|set{_WS}+at|set{_WS}+to))?{_WS}*[:=]?{_WS}*$", re.I
)


def statistical_level(text: str, start: int, end: int) -> bool:
    """Is the percentage at ``start:end`` a statistical design level of the trial: "80% power", "a 5%
    two-sided significance level", "power of 90%", "alpha = 5%" (`statistical_levels`)? Such a level
    has no denominator: the sample size of its sentence is not its n_total."""
    return bool(_LEVEL_AFTER.match(text, end) or _LEVEL_BEFORE.search(text, max(0, start - 40), start))


# ---------------------------------------------------------------------------------------------
# everything at once
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measures:
    percentages: tuple[Percentage, ...]
    counts: tuple[PatientCount, ...]
    denominators: tuple[Denominator, ...]
    quantities: tuple[Quantity, ...]
    effects: tuple[EffectMeasure, ...]
    intervals: tuple[ConfidenceInterval, ...]
    p_values: tuple[PValue, ...]
    timepoints: tuple[Timepoint, ...]
    compared_counts: tuple[ComparedCount, ...] = ()


def parse_measures(text: str) -> Measures:
    """Every number of a text, each parsed once (percentages feed the count parsers, effect
    measures the quantity parser)."""
    percentages = find_percentages(text)
    effects = find_effect_measures(text)
    timepoints = find_timepoints(text)
    # a number of a landmark is no count: "decreased after 24 and 48 hours in the A group"
    starts = [t.start for t in timepoints]  # sorted, and landmarks do not overlap
    counts = [
        c for c in (*find_compared_counts(text), *find_counts_in_patients(text))
        if not ((i := bisect_right(starts, c.start) - 1) >= 0 and c.start < timepoints[i].end)
    ]
    return Measures(
        tuple(percentages),
        tuple(find_patient_counts(text, percentages)),
        tuple(find_denominators(text, percentages)),
        tuple(find_quantities(text, effects)),
        tuple(effects),
        tuple(find_confidence_intervals(text)),
        tuple(find_p_values(text)),
        tuple(timepoints),
        tuple(sorted(counts, key=lambda c: c.start)),
    )
