"""Pure parsers for numbers, percentages, patient counts and denominators in clinical text.

Every ``find_*`` function takes a ``str`` and returns a list of frozen dataclasses with
``start``/``end`` Python ``str`` offsets into the input (``text[start:end] == item.text``),
sorted by ``start`` and non-overlapping within one result list. They never raise: all
patterns are plain :mod:`re` regexes without nested unbounded quantifiers (linear-ish time),
number conversions are bounded, and lookups use ``dict.get``.

Conventions (documented decisions):

* Percentage ranges: ``value`` is ``None``, ``low``/``high`` hold the bounds. A reversed range
  ("50–40%") is swapped so that ``low <= high`` always holds.  "from 20% to 40%" is a change,
  not a range: it gives two single percentages, as does "75% to 56%" (each number with its own
  sign, going down).
* Qualifiers are normalised to the evidence-table vocabulary ``= ~ > ≥ < ≤``; the qualifier
  phrase is part of the span ("exceeding 90%"), a bare symbol attaches even without a space
  before it ("as<0.1%" -> span "<0.1%").
* ``is_ci_level`` is set for "95% CI", "95% CIs", "95% confidence interval", and for a level of
  90, 95 or 99% written after its interval ("CI 95%: 0.43 to 1.03", "the CI was set at 95%") (the
  percentage is still reported).
* Only ASCII digits are numbers; decimal separators are "." and the Lancet middle dot "·";
  thousands separators are "," in groups of three ("1,000").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Percentage",
    "PatientCount",
    "Denominator",
    "parse_number",
    "find_percentages",
    "find_patient_counts",
    "find_denominators",
    "QUALIFIERS",
    "MEASURE_RULES",
    "word_alternation",
    "measure_words",
]

MEASURES_PATH = Path(__file__).resolve().parent.parent / "rules" / "measures.json"


def read_measure_rules() -> dict:
    """rules/measures.json: number words, the words around counts, units of measured values and the
    words that make a number a label (its `_doc` says what each key is)."""
    return json.loads(MEASURES_PATH.read_text(encoding="utf-8"))


MEASURE_RULES = read_measure_rules()


def word_alternation(words, longest_first: bool = True) -> str:
    """Regex alternation of literal words or phrases of a rules file, longest first (a phrase before
    its own prefix) unless ``longest_first`` is off (then in the order given); a space matches any
    whitespace run."""
    ordered = sorted(words, key=len, reverse=True) if longest_first else words
    return "|".join(r"\s+".join(re.escape(part) for part in word.split(" ")) for word in ordered)


def measure_words(key: str) -> str:
    """Regex alternation of the rules/measures.json word list ``key``, in its order."""
    return word_alternation(MEASURE_RULES[key], longest_first=False)

QUALIFIERS = ("=", "~", ">", "≥", "<", "≤")

# ---------------------------------------------------------------------------------------------
# shared building blocks
# ---------------------------------------------------------------------------------------------

# horizontal space: every Unicode space but line breaks (no-break, thin, hair, four-per-em ... spaces
# of publishers' abstracts: "38.2\u200ammHg", "P\u2005<\u20050.001")
HSPACE = "[^\\S\\n\\r\\v\\f\\x1c-\\x1f\\x85\\u2028\\u2029]"
_WS = HSPACE
_DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]"  # - ‐ ‑ ‒ – — −
# an unsigned decimal: "40", "40.0", "1,000", "1,000.5", "40·0"; bounded digit runs so that
# float()/int() never see absurd inputs
_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9]{1,15})(?:[.\u00b7][0-9]{1,12})?"
# an unsigned integer (counts): no decimal part may follow
_INT = r"(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9]{1,9})(?![0-9]|[.,\u00b7][0-9])"
# a number may not be glued to a word, another number or a decimal point ("SVR35", "IDH2",
# "1,5" European decimals, "No.9")
_NUM_LEFT = r"(?<![0-9A-Za-z.\u00b7_])(?<![0-9],)"

_UNIT_WORDS: dict[str, int] = MEASURE_RULES["number_words"]["units"]
_TEEN_WORDS: dict[str, int] = MEASURE_RULES["number_words"]["teens"]
_TENS_WORDS: dict[str, int] = MEASURE_RULES["number_words"]["tens"]
_UNIT_ALT = "|".join(_UNIT_WORDS)
_UNIT_NZ_ALT = "|".join(k for k in _UNIT_WORDS if k != "zero")
_TEEN_ALT = "|".join(_TEEN_WORDS)
_TENS_ALT = "|".join(_TENS_WORDS)
_HYPH = "[-\\u2010\\u2011 ]"
_BELOW100 = rf"(?:(?:{_TENS_ALT})(?:{_HYPH}(?:{_UNIT_NZ_ALT})(?![A-Za-z]))?|(?:{_TEEN_ALT})|(?:{_UNIT_ALT}))(?![A-Za-z])"
# "four", "Ten", "twenty-one", "one hundred", "eight hundred and six", "hundred"
_WORDNUM = (
    rf"(?<![A-Za-z\-\u2010\u2011])(?:{_BELOW100}(?:\s+hundred(?:\s+(?:and\s+)?{_BELOW100})?(?![A-Za-z]))?"
    rf"|hundred(?![A-Za-z]))"
)


def starts_with(chars, after_letter: bool = True) -> str:
    """A guard to put before a pattern whose every match starts with one of ``chars`` (and, unless
    ``after_letter``, not right after a letter): implied by the pattern, so its matches stay the
    same, but a position where none can start costs one character test instead of a try of every
    alternative (``re`` tries a pattern that opens with a lookbehind or an alternation at every
    position of the text). The test is case-sensitive, as case-insensitive ones cost several times
    more: it lets through both cases of an ASCII character and every non-ASCII one (which may be
    the other case of an ASCII letter, "\u0130" of "i")."""
    ascii_cases = sorted({v for c in chars if c.isascii() for v in (c.lower(), c.upper())})
    guard = "(?=[" + "".join(re.escape(c) for c in ascii_cases) + "\\x80-\\U0010ffff])"
    return f"(?-i:{guard})" if after_letter else f"(?-i:{guard}(?<![A-Za-z]))"


_DIGITS_FULL_RE = re.compile(
    r"[+\-\u2212]?(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:[.\u00b7][0-9]+)?|[.\u00b7][0-9]+)"
)
_WORDNUM_FULL_RE = re.compile(
    rf"(?:{_BELOW100}(?:\s+hundred(?:\s+(?:and\s+)?{_BELOW100})?)?|(?:a\s+)?hundred)", re.I
)


def _digits_value(s: str) -> float | None:
    try:
        return float(s.replace(",", "").replace("\u00b7", ".").replace("\u2212", "-"))
    except (ValueError, OverflowError):  # pragma: no cover - guarded by the regexes
        return None


def _words_value(s: str) -> int | None:
    total = 0
    for tok in re.split(r"[\s\-\u2010\u2011]+", s.casefold()):
        if not tok or tok in ("and", "a"):
            continue
        if tok in _UNIT_WORDS:
            total += _UNIT_WORDS[tok]
        elif tok in _TEEN_WORDS:
            total += _TEEN_WORDS[tok]
        elif tok in _TENS_WORDS:
            total += _TENS_WORDS[tok]
        elif tok == "hundred":
            total = (total or 1) * 100
        else:  # a letter the regex matched case-insensitively but casefold maps elsewhere
            return None
    return total


def parse_number(s: str) -> float | None:
    """``"40.0"`` -> 40.0, ``"1,000"`` -> 1000.0, ``"Ten"`` -> 10.0, ``"twenty-one"`` -> 21.0.

    Accepts ASCII digits with an optional sign, decimal point (or middle dot) and comma
    thousands separators in groups of three, and English number words zero..twenty,
    thirty..ninety (with a hyphenated unit), "hundred" and "<n> hundred [and] <m>".
    Returns ``None`` for anything else (including "40%", "1,00", "", "5-HT3").
    """
    try:
        if not isinstance(s, str):
            return None
        t = s.strip()
        if not t or len(t) > 64:
            return None
        if _DIGITS_FULL_RE.fullmatch(t):
            return _digits_value(t)
        if _WORDNUM_FULL_RE.fullmatch(t):
            v = _words_value(t)
            return None if v is None else float(v)
        return None
    except Exception:  # pragma: no cover - defensive: never raise on odd input
        return None


def _num_value(s: str) -> float | None:
    """Value of a token matched by ``_NUM``/``_INT``/``_WORDNUM``."""
    if s and s[0].isdigit():
        return _digits_value(s)
    v = _words_value(s)
    return None if v is None else float(v)


# ---------------------------------------------------------------------------------------------
# percentages
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Percentage:
    start: int
    end: int
    text: str
    value: float | None  # None for ranges
    low: float
    high: float
    qualifier: str = "="
    is_ci_level: bool = False

    @property
    def is_range(self) -> bool:
        return self.value is None


_QUAL_WORDS: dict[str, str] = MEASURE_RULES["qualifier_words"]
_QUAL_SYMBOLS = {
    "~": "~", "\u223c": "~", "≈": "~", "≃": "~",
    ">=": "≥", "=>": "≥", "≥": "≥", "⩾": "≥", "≧": "≥",
    "<=": "≤", "=<": "≤", "≤": "≤", "⩽": "≤", "≦": "≤",
    ">": ">", "<": "<",
}
_QUAL_WORDS_NORM = {re.sub(r"\s+", " ", k): v for k, v in _QUAL_WORDS.items()}


def _alt(keys) -> str:
    """Regex alternation of distinct literal keys, longest first; a space matches any whitespace run."""
    return word_alternation(set(keys))


_PSIGN = rf"(?:{_WS}?(?:%|\uff05|(?:percent|per{_WS}?cent)(?![A-Za-z])))"
# every percentage has a sign: a text without any has none. The search for one opens with the set of
# its first characters, case-sensitive, so that re scans for them instead of trying every position
_PSIGN_RE = re.compile(rf"[%\uff05Pp](?:(?<=[%\uff05])|(?i:(?<=p)er{_WS}?cent(?![A-Za-z])))")
_SEP = rf"(?:{_WS}*{_DASH}{_WS}*|{_WS}+to{_WS}+)"
# a percentage may carry a decimal comma ("70,58%", "0,2%"): one or two digits after a comma and the
# sign right after them cannot be thousands ("1,000" has three)
_DECIMAL_COMMA = r"[0-9]{1,3},[0-9]{1,2}"
_PCT_NUM = rf"(?:{_DECIMAL_COMMA}(?={_PSIGN}|{_SEP}{_DECIMAL_COMMA}{_PSIGN})|{_NUM})"  # "70,58%", "12,5–15,5%"
_DECIMAL_COMMA_RE = re.compile(_DECIMAL_COMMA)


def _pct_value(s: str) -> float | None:
    """The value of a percentage's number, its comma a decimal one when it is ("70,58" -> 70.58)."""
    return _digits_value(s.replace(",", ".")) if _DECIMAL_COMMA_RE.fullmatch(s) else _digits_value(s)


_PCT_RE = re.compile(
    rf"""
    (?:{starts_with([k[0] for k in _QUAL_WORDS] + list("0123456789"), after_letter=False)}|{starts_with(k[0] for k in _QUAL_SYMBOLS)})
    (?:(?<![A-Za-z])(?P<qw>{_alt(_QUAL_WORDS)})\s+|(?P<qs>{_alt(_QUAL_SYMBOLS)}){_WS}*)?
    {_NUM_LEFT}
    (?P<a>{_PCT_NUM})
    (?:
        (?P<pa>{_PSIGN})(?:(?P<sep1>{_SEP})(?P<b1>{_PCT_NUM})(?P<pb1>{_PSIGN}))?
      | (?P<sep2>{_SEP})(?P<b2>{_PCT_NUM})(?P<pb2>{_PSIGN})
    )
    """,
    re.I | re.X,
)
_CI_RE = re.compile(
    r"\s{0,3}[(\[]?\s{0,3}(?:CIs?(?![A-Za-z])|C\.I\.|CrIs?(?![A-Za-z])|(?:confidence|credible|credibility)\s+(?:interval|limit|level|bound))",
    re.I,
)
# a level written after its interval: "CI 95%: 0.43 to 1.03", "confidence interval 95% 1.03–2.22", "The CI was set at 95%"
_CI_LEVELS = (90.0, 95.0, 99.0)
_CI_LABEL_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z])CIs?|(?:confidence|credible)\s+intervals?)(?:\s*\(CIs?\))?\s*(?::|(?:was|were|is|are)\s+(?:set\s+)?(?:at|to))?\s*$",
    re.I,
)
_FROM_RE = re.compile(r"(?<![A-Za-z])from\s+$", re.I)
# "18.8 ± 6.9%": the value is 18.8, the ± part its standard error
_PLUS_MINUS_RE = re.compile(rf"{_NUM_LEFT}(?P<num>{_NUM}){_WS}*(?:±|\+/-|\+/\u2212){_WS}*$")
# "(95% CI −3·2% to 13·7%)": a minus sign before the number, not the dash of a range
_MINUS_RE = re.compile(r"(?:^|(?<=[\s(\[]))[\u2212-]$")
_PLUS_RE = re.compile(r"(?:^|(?<=[\s(\[]))\+$")


_BETWEEN_PCT_RE = re.compile(rf"(?<![A-Za-z])between{_WS}+(?P<a>{_NUM})(?:{_PSIGN})?{_WS}+and{_WS}+(?P<b>{_NUM}){_PSIGN}", re.I)
# "Sixty-nine percent of patients", "twenty per cent": a percentage written in words (never with "%")
_WORD_PCT_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<qw>{_alt(_QUAL_WORDS)})\s+)?(?P<a>{_WORDNUM}){_WS}+(?:percent|per{_WS}?cent)(?![A-Za-z])", re.I
)
# a percentage compared with a bare zero, the percentage of the other arm: "(30% vs. 0; P < 0.0001)"
_ZERO_COMPARED_RE = re.compile(rf"{_WS}*,?{_WS}*(?:versus|vs\.?|v{_WS}?s\.|compared{_WS}+with){_WS}*(?P<zero>0)(?![.,\u00b70-9]|{_WS}*(?:%|percent|per{_WS}?cent|[A-Za-z/]))", re.I)
_PERCENT_WORD_RE = re.compile(rf"per{_WS}?cent", re.I)  # every word percentage has one: a text without any has none


def _qualifier(m: re.Match) -> str:
    qw, qs = m.group("qw"), m.group("qs")
    if qw:
        return _QUAL_WORDS_NORM.get(re.sub(r"\s+", " ", qw.casefold()), "=")
    if qs:
        return _QUAL_SYMBOLS.get(qs, "=")
    return "="


def _make_pct(text: str, start: int, end: int, lo: float, hi: float, single: bool, qual: str) -> Percentage:
    if lo > hi:
        lo, hi = hi, lo
    ci = bool(single and (_CI_RE.match(text, end) or (lo in _CI_LEVELS and _CI_LABEL_BEFORE_RE.search(text, max(0, start - 40), start))))
    return Percentage(start, end, text[start:end], lo if single else None, lo, hi, qual, ci)


def find_percentages(text: str) -> list[Percentage]:
    """All percentages ("40.0%", "≥50%", "approximately 40%–50%", "95% CI", "Sixty-nine percent") in ``text``."""
    out: list[Percentage] = []
    if not isinstance(text, str) or not _PSIGN_RE.search(text):
        return out  # the scan for percentages costs more than this search for their sign
    for m in _PCT_RE.finditer(text):
        a = _pct_value(m.group("a"))
        if a is None:
            continue
        qual = _qualifier(m)
        start, end = m.start(), m.end()
        if qual == "=" and _MINUS_RE.search(text, max(0, start - 2), start):
            a, start = -a, start - 1
        b_str = m.group("b1") or m.group("b2")
        if b_str is None:  # single value
            plus_minus = _PLUS_MINUS_RE.search(text, max(0, start - 40), start) if qual == "=" else None
            if plus_minus and (estimate := _digits_value(plus_minus.group("num"))) is not None:
                a, start = estimate, plus_minus.start("num")
                if _MINUS_RE.search(text, max(0, start - 2), start):  # "−0.48 ± 1.4%"
                    a, start = -a, start - 1
                elif _PLUS_RE.search(text, max(0, start - 2), start):  # "+0.82 ± 1.7%"
                    start -= 1
            out.append(_make_pct(text, start, end, a, a, True, qual))
            continue
        b = _pct_value(b_str)
        if b is None:
            continue
        sep = m.group("sep1") or m.group("sep2") or ""
        is_to = sep.strip().casefold() == "to"
        if m.group("pa") and is_to and (_FROM_RE.search(text, max(0, start - 12), start) or a > b):
            # "from 20% to 40%", "75% to 56%": a change between two values, not a range (a range
            # written with 'to' goes up)
            a_end = m.end("pa")
            out.append(_make_pct(text, start, a_end, a, a, True, qual))
            out.append(_make_pct(text, m.start("b1"), end, b, b, True, "="))
            continue
        out.append(_make_pct(text, start, end, a, b, False, qual))
    for m in _BETWEEN_PCT_RE.finditer(text):  # "between 60 and 80%": one range
        lo, hi = _digits_value(m.group("a")), _digits_value(m.group("b"))
        if lo is not None and hi is not None and lo < hi:
            out = [p for p in out if not (m.start("a") <= p.start < m.end())]
            out.append(_make_pct(text, m.start("a"), m.end(), lo, hi, False, "="))
    for p in [p for p in out if p.value is not None and not p.is_ci_level]:  # "CMV (8% vs. 0)": none of the other arm
        if zero := _ZERO_COMPARED_RE.match(text, p.end):
            out.append(_make_pct(text, zero.start("zero"), zero.end("zero"), 0.0, 0.0, True, "="))
    for m in _WORD_PCT_RE.finditer(text) if _PERCENT_WORD_RE.search(text) else ():
        a = _words_value(m.group("a"))
        if a is not None and not any(p.start < m.end() and m.start() < p.end for p in out):
            qual = _QUAL_WORDS_NORM.get(re.sub(r"\s+", " ", m.group("qw").casefold()), "=") if m.group("qw") else "="
            out.append(_make_pct(text, m.start(), m.end(), float(a), float(a), True, qual))
    return sorted(out, key=lambda p: p.start)


# ---------------------------------------------------------------------------------------------
# patient counts and denominators
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PatientCount:
    start: int
    end: int
    text: str
    n: int
    n_total: int | None = None
    percentage: Percentage | None = None


@dataclass(frozen=True)
class Denominator:
    start: int
    end: int
    text: str
    n_total: int


_NOUNS = measure_words("count_nouns")
_TOK = r"[A-Za-z][A-Za-z0-9/+\-\u2010\u2019']{0,40}"
# words that may not sit between a count and its noun ("12 months", "4 doses of ... patients")
_STOP = frozenset(MEASURE_RULES["count_stop_words"])
# a number right after one of these words is an identifier, not a count
_BLOCK_PREV = frozenset(MEASURE_RULES["count_identifier_before"])
_VERBS = measure_words("count_verbs")

_COUNT_CAND_RE = re.compile(
    rf"{starts_with([w[0] for w in (*_UNIT_WORDS, *_TEEN_WORDS, *_TENS_WORDS, 'hundred')] + list('0123456789'), after_letter=False)}"
    rf"(?:(?P<d>{_NUM_LEFT}(?<![\-\u2010\u2011\u2013\u2014\u2212/]){_INT})|(?P<w>{_WORDNUM}))", re.I
)
_TOTAL_INT = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,9})(?![0-9]|[.,\u00b7][0-9])"
_TOTAL_RE = re.compile(rf"(?:\s+out\s+of\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|{_WS}*/{_WS}*)(?P<t>{_TOTAL_INT}|{_WORDNUM})", re.I)
_OPEN_RE = re.compile(rf"{_WS}*[(\[]{_WS}*")
_CLOSE_RE = re.compile(rf"{_WS}*[)\],;]")
_NOUN_RE = re.compile(
    rf"\s+(?:(?:of\s+)?(?:the|our|these|those|all|such)\s+)?(?P<mods>(?:{_TOK}\s+){{0,3}}?)(?P<noun>{_NOUNS})(?![A-Za-z])",
    re.I,
)
_VERB_RE = re.compile(rf"\s+(?:{_VERBS})(?![A-Za-z])", re.I)
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)\.?\s*$")
_DENOM_CTX_RE = re.compile(
    r"(?<![A-Za-z])(?:of|in|among|amongst|across|from)\s+(?:(?:the|all|these|those|our|remaining|a\s+total\s+of|total\s+of)\s+){0,3}$",
    re.I,
)
_OUT_OF_RE = re.compile(r"(?:(?<![A-Za-z])out\s+of|/)\s*$", re.I)
# "in 3 out of 8", "responses in 3 of 8": a count with its denominator and no noun
_COUNT_LEAD_RE = re.compile(r"(?<![A-Za-z])(?:in|among|observed\s+in|seen\s+in)\s+$", re.I)
# "3 of 8 cycles": the total counts something other than patients
_UNIT_AFTER_RE = re.compile(rf"\s+(?:{measure_words('not_patient_totals')})(?![A-Za-z])", re.I)
_CONJ = frozenset(MEASURE_RULES["clause_conjunctions"])


def _mods_ok(mods: str) -> bool:
    return all(tok.casefold() not in _STOP for tok in mods.split())


_COMPARATORS = frozenset(MEASURE_RULES["count_comparators"])
_SUBSET_BEFORE = re.compile(rf"\b(?:{measure_words('subset_words')})\s*$", re.I)
# the arm of counted patients, between them and their percentage: "in the A group", "receiving cangrelor"
_ARM_TAIL_RE = re.compile(
    rf"\s+(?:in\s+the\s+[^()\[\]%;,.]{{1,30}}?\s+(?:{measure_words('count_arm_group_nouns')})|(?:{measure_words('count_arm_cues')})\s+[^()\[\]%;,.]{{1,30}}?)(?=\s*[(\[])",
    re.I,
)


def _pct_in_parens(text: str, pos: int, by_start: dict[int, Percentage]) -> tuple[Percentage, int] | None:
    """``" (40.0%)"`` at ``pos`` -> (percentage, end of the parenthesised group)."""
    m = _OPEN_RE.match(text, pos)
    if not m:
        return None
    p = by_start.get(m.end())
    if p is None or p.is_ci_level:
        return None
    c = _CLOSE_RE.match(text, p.end)
    if not c:
        return None
    return p, c.end()


def _clause_start(pre: str) -> bool:
    s = pre.rstrip()
    if not s:
        return True
    if s[-1] in ",;:.([":
        return True
    m = _PREV_WORD_RE.search(s)
    return bool(m and m.group(1).casefold() in _CONJ and not s.endswith("."))


def find_patient_counts(text: str, percentages: list[Percentage] | None = None) -> list[PatientCount]:
    """Counts of patients: "four (40.0%) patients", "Four out of five patients", "two underwent".

    The span is the count's number only. A count is a number (digits or words) that is followed
    by a parenthesised percentage, or by a patient noun (up to three modifiers between:
    "four R/R AML patients"), or -- at the start of a clause -- by a verb ("two underwent").
    A number right after "of the"/"in"/"among" with a noun and no percentage is a denominator,
    not a count (see :func:`find_denominators`). "3 out of 8" and "in 3 of 8" are counts with
    their denominator even without a noun. ``percentages`` are ``find_percentages(text)`` when the
    caller has them already.
    """
    out: list[PatientCount] = []
    if not isinstance(text, str) or not text:
        return out
    by_start = {p.start: p for p in (find_percentages(text) if percentages is None else percentages)}
    consumed = 0
    for m in _COUNT_CAND_RE.finditer(text):
        s, e = m.start(), m.end()
        if s < consumed:
            continue
        val = _num_value(m.group(0))
        if val is None or val != int(val) or val < 0:
            continue
        n = int(val)
        pre = text[max(0, s - 40):s]
        pre_r = pre.rstrip()
        if pre_r and pre_r[-1] in "=<>≤≥±×*^~≈#+$€£":
            continue
        pw = _PREV_WORD_RE.search(pre_r) if pre_r else None
        # after "versus", "group", "Fig." ... a number is an identifier, unless its patients' percentage follows
        # ("versus 1 MM patient (1.8%)"); a word of five letters or more before a full stop ends its sentence
        # ("... in the control group. One patient from each group had a fever")
        sentence_end = bool(pw and pre_r.endswith(".") and len(pw.group(1)) >= 5)
        blocked = bool(pw and pw.group(1).casefold() in _BLOCK_PREV and len(pre_r) - pw.end(1) <= 1 and not sentence_end)
        if _OUT_OF_RE.search(pre):
            continue
        pos = e
        n_total = None
        explicit_total = False
        compared_fraction = False
        t = _TOTAL_RE.match(text, pos)
        if t:
            tv = _num_value(t.group("t"))
            if tv is not None and tv == int(tv) and tv >= n:
                n_total = int(tv)
                pos = t.end()
                explicit_total = "/" not in t.group(0) and not _UNIT_AFTER_RE.match(text, pos)
                compared_fraction = "/" in t.group(0) and _compared_fraction(text, pos, pre, n_total)
        pct = None
        pp = _pct_in_parens(text, pos, by_start)
        if pp:
            pct, pos = pp
            after_pct = _TOTAL_RE.match(text, pos) if n_total is None else None  # "30 (25%) of 119"
            if after_pct and (tv := _num_value(after_pct.group("t"))) is not None and tv == int(tv) and tv >= n and "/" not in after_pct.group(0):
                n_total, pos = int(tv), after_pct.end()
        noun = _NOUN_RE.match(text, pos)
        has_noun = bool(noun and _mods_ok(noun.group("mods")))
        if has_noun:
            pos = noun.end()
            if pct is None:
                # "Two patients in the coumadin group (5.7%)", "185 of 2654 patients receiving cangrelor (7.0%)"
                tail = _ARM_TAIL_RE.match(text, pos)
                pp = _pct_in_parens(text, pos, by_start) or (_pct_in_parens(text, tail.end(), by_start) if tail else None)
                if pp:
                    pct, pos = pp
        comparator_before = bool(pw) and pw.group(1).casefold() in _COMPARATORS
        if blocked and not ((pct is not None and (has_noun or comparator_before)) or (compared_fraction and comparator_before)):
            continue  # "grade 3 (20%)" is a label; "30 (21%) versus 46 (35%)", "11/39 versus 11/117" are counts
        if pct is None and _SUBSET_BEFORE.search(pre):
            continue  # "5 patients (including 2 patients given X)": a subset of the count before it
        if pct is not None or compared_fraction:
            ok = True
        elif explicit_total and not has_noun:
            ok = _COUNT_LEAD_RE.search(pre) is not None or _clause_start(pre)
        elif has_noun:
            ok = n_total is not None or not _DENOM_CTX_RE.search(pre)
        else:
            ok = (
                _VERB_RE.match(text, pos) is not None
                and _clause_start(pre)
                and not (1900 <= n <= 2100 and m.group("d"))
            )
        if not ok:
            continue
        consumed = pos
        out.append(PatientCount(s, e, text[s:e], n, n_total, pct))
    return out


# counts written as fractions and compared with another fraction: "(11/39 versus 11/117, p = 0.003)",
# "in 12/40 patients in arm A and 5/38 in arm B"; not a date or a period ("1/2010 and 12/2012")
_FRACTION = rf"(?<![0-9/])(?<![0-9][.,])[0-9]{{1,5}}{_WS}*/{_WS}*[0-9]{{1,5}}(?![0-9/]|[.,][0-9])"
_FRACTION_JOIN = rf"[^.;:()\[\]%]{{0,40}}?(?<![A-Za-z])(?:versus|vs\.?|compared{_WS}+(?:with|to)|and){_WS}+(?:(?:the|in|with){_WS}+)?"
_FRACTION_COMPARED_AFTER_RE = re.compile(rf"{_FRACTION_JOIN}{_FRACTION}", re.I)
_FRACTION_COMPARED_BEFORE_RE = re.compile(rf"(?P<fraction>{_FRACTION}){_FRACTION_JOIN}$", re.I)
_LATEST_YEAR = 1900  # a denominator this large is a year: "1/2010"


def _compared_fraction(text: str, end: int, pre: str, total: int) -> bool:
    """Is the fraction ending at ``end``, with denominator ``total`` and ``pre`` the text before
    it, one of two compared counts ("11/39 versus 11/117"), the earlier one not a label ("grade
    3/4 versus 1/2")?"""
    if total >= _LATEST_YEAR:
        return False
    if _FRACTION_COMPARED_AFTER_RE.match(text, end):
        return True
    before = _FRACTION_COMPARED_BEFORE_RE.search(pre)
    if before is None:
        return False
    label = _PREV_WORD_RE.search(pre[: before.start("fraction")].rstrip())
    return not (label and label.group(1).casefold() in _BLOCK_PREV and label.group(1).casefold() not in _COMPARATORS)


_DEN_PREPS = ("of", "in", "among", "amongst", "across", "from")
_DEN_RE = re.compile(
    rf"""
      {starts_with(["(", "n"] + [w[0] for w in _DEN_PREPS], after_letter=False)}
      (?:(?<![A-Za-z0-9])\(\s*(?P<pn>[nN])\s*=\s*(?P<pv>{_TOTAL_INT})\s*\)
    | (?<![A-Za-z0-9_])(?P<nn>[nN])\s*=\s*(?P<nv>{_TOTAL_INT})
    | (?<![A-Za-z])(?P<prep>{'|'.join(_DEN_PREPS)})\s+
      (?:(?:the|all|these|those|our|remaining|a\s+total\s+of|total\s+of)\s+){{0,3}}
      (?P<v>{_NUM_LEFT}{_INT}|{_WORDNUM})
      (?P<mods>(?:\s+{_TOK}){{0,3}}?)\s+(?P<noun>{_NOUNS})(?![A-Za-z]))
    """,
    re.X | re.I,
)


def find_denominators(text: str, percentages: list[Percentage] | None = None) -> list[Denominator]:
    """Population sizes: "of the 81 evaluable patients", "in 15 patients", "(n = 45)", "n=45".

    The span is the whole phrase. "in four patients (40.0%)" is a count, not a denominator.
    """
    out: list[Denominator] = []
    if not isinstance(text, str) or not text:
        return out
    pct_starts: dict[int, Percentage] | None = None if percentages is None else {p.start: p for p in percentages}
    pos = 0
    while True:
        m = _DEN_RE.search(text, pos)
        if not m:
            break
        if m.group("pv") or m.group("nv"):  # "(n = 45)" / "n=45"
            v = _digits_value(m.group("pv") or m.group("nv"))
            if v is not None:
                out.append(Denominator(m.start(), m.end(), m.group(0), int(v)))
                pos = m.end()
            else:
                pos = m.start() + 1
            continue
        v = _num_value(m.group("v"))
        ok = v is not None and v == int(v) and _mods_ok(m.group("mods"))
        if ok:
            if pct_starts is None:
                pct_starts = {p.start: p for p in find_percentages(text)}
            if _pct_in_parens(text, m.end(), pct_starts):
                ok = False  # "in four patients (40.0%)" is a count
        if ok:
            out.append(Denominator(m.start(), m.end(), m.group(0), int(v)))
            pos = m.end()
        else:
            pos = m.start() + 1
    return out
