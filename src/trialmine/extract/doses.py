"""Pure parser for drug doses: amount (or range) + unit, per-time suffix, frequency, schedule.

``find_doses(text)`` returns frozen :class:`Dose` items with ``start``/``end`` Python ``str``
offsets (``text[start:end] == dose.text``), sorted and non-overlapping. It never raises and
runs in linear-ish time (plain :mod:`re`, bounded look-arounds, clause scans bounded by the
next dose / clause end).

Vocabulary (unit spellings, per-time suffixes, frequency phrases) lives in
``trialmine/rules/units.json``.

Decisions:

* The span covers the amount, the unit, a per-time suffix ("/d", "/weekly", " per day") and a
  frequency phrase that *directly* follows ("80 mg weekly", "400 mg twice daily"). A frequency
  phrase later in the same clause sets ``frequency`` but is not in the span.
* ``unit`` never contains the per-time part: "75 mg/m2/d" -> unit "mg/m2", per_time "day".
* Concentrations are not doses: a unit followed by "/mL", "/L", "/dL" ... ("1,500 ng/mL",
  "10 g/dL") and "mL/min" (creatinine clearance) are dropped. Numbers with "%" are not doses.
* Ranges: a reversed range ("60–40 mg") is swapped so that ``low <= high``. "from 100 mg to
  200 mg" is an escalation, not a range: it gives two doses. "15 or 20 mg" gives only "20 mg".
* The clause of a dose (searched for frequency and schedule) runs from the dose's end to the
  first ";", newline, sentence end, unmatched closing bracket or the next dose (max 300 chars).
* Linking a dose to its drug is not done here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .numbers import _NUM, _NUM_LEFT, _WORDNUM, _digits_value, _num_value

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Dose", "concentration_dose", "doc_doses", "find_doses", "frequency_before", "normalise_frequency", "normalise_unit", "DRUG_AFTER_DOSE_RE", "UNITS_PATH"]

UNITS_PATH = Path(__file__).resolve().parent.parent / "rules" / "units.json"


def _load_rules() -> dict:
    with open(UNITS_PATH, encoding="utf-8") as fh:
        return json.load(fh)


_RULES = _load_rules()


def _key(s: str) -> str:
    """Lookup key: case-folded, whitespace removed, dots kept."""
    return re.sub(r"\s+", "", s.casefold())


def _fkey(s: str) -> str:
    """Frequency lookup key: case-folded, runs of space/hyphen -> one space, dots removed."""
    return re.sub(r"[\s\-\u2010\u2011]+", " ", s.casefold().replace(".", "")).strip()


_MASS = {_key(k): v for k, v in _RULES["mass_units"].items()}
_BODY = {_key(k): v for k, v in _RULES["body_units"].items()}
_PER_TIME = {_key(k): v for k, v in _RULES["per_time"].items()}
_PT_EXP = {_key(k): v for k, v in _RULES.get("per_time_exponent", {}).items()}
_PT_FREQ = dict(_RULES["per_time_frequency"])
_CONC = [c for c in _RULES["concentration_denominators"]]
_EXCLUDED_RATES = {tuple(x) for x in _RULES.get("excluded_unit_rates", [])}
_FREQ = {_fkey(k): v for k, v in _RULES["frequencies"].items()}


def _alt_flex(keys) -> str:
    """Alternation of literal keys, longest first; a space in a key matches optional space/hyphen."""
    parts = []
    for k in sorted(set(keys), key=len, reverse=True):
        parts.append(r"[ \t\u00a0\-]?".join(re.escape(w) for w in k.split(" ")))
    return "|".join(parts)


def _alt_freq(keys) -> str:
    parts = []
    for k in sorted(set(keys), key=len, reverse=True):
        parts.append(r"[ \t\u00a0\-\u2010\u2011]+".join(re.escape(w) for w in k.split(" ")))
    return "|".join(parts)


_WS = "[ \\t\\u00a0\\u2009\\u202f]"
_DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]"
_SLASH = rf"{_WS}?/{_WS}?"
_MASS_ALT = _alt_flex(_RULES["mass_units"].keys())
_BODY_ALT = _alt_flex(_RULES["body_units"].keys())
_BODY_EXP_ALT = _alt_flex(k for k in _RULES["body_units"] if re.search(r"[\-\u2212]1|[\-\u2212]2", k))
_PT_ALT = _alt_flex(_RULES["per_time"].keys())
_PT_EXP_ALT = _alt_flex(_RULES.get("per_time_exponent", {}).keys()) or "(?!)"
_CONC_ALT = _alt_flex(_CONC)

_DOSE_RE = re.compile(
    rf"""
    {_NUM_LEFT}
    (?P<a>{_NUM})
    (?:{_WS}?(?P<ua>{_MASS_ALT})(?![A-Za-z\u00b5\u03bc]))?
    (?:(?P<sep>{_WS}*{_DASH}{_WS}*|{_WS}+to{_WS}+)(?P<b>{_NUM}))?
    {_WS}?(?P<unit>{_MASS_ALT})(?![A-Za-z\u00b5\u03bc])
    (?:
        {_SLASH}(?P<body>{_BODY_ALT})(?![A-Za-z0-9])
      | (?:{_WS}|{_WS}?[\u00b7\u22c5.]{_WS}?)(?P<bodyx>{_BODY_EXP_ALT})(?![A-Za-z0-9])
    )?
    (?:
        {_SLASH}(?P<pt>{_PT_ALT})(?![A-Za-z])
      | {_WS}+per{_WS}+(?P<pt2>day|week|hour|minute|min|h|cycle|course)(?![A-Za-z])
      | [.\u00b7\u22c5](?P<pt3>(?-i:d))(?![A-Za-z0-9])
      | {_WS}(?P<pt4>{_PT_EXP_ALT})(?![A-Za-z0-9])
    )?
    (?P<conc>{_SLASH}(?:{_CONC_ALT})(?![A-Za-z])|{_WS}?(?:%|per{_WS}+(?:ml|l|dl)(?![A-Za-z])))?
    """,
    re.I | re.X,
)

_N = rf"(?:[0-9]{{1,3}}(?![0-9])|{_WORDNUM})"

# generic frequencies not listed in units.json: "every 21 days", "q28 days", "q3wk"
_FREQ_GENERIC = (
    rf"every{_WS}+(?P<ev_n>{_N}){_WS}*[-\u2010]?{_WS}*(?P<ev_u>day|week|month|hour|h)s?(?![A-Za-z])"
    rf"|q{_WS}?(?P<q_n>[0-9]{{1,3}}){_WS}?(?P<q_u>days?|d|weeks?|wks?|w|hours?|hrs?|h|months?)(?![A-Za-z])"
)
_FREQ_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<lit>{_alt_freq(_RULES['frequencies'].keys())})(?![A-Za-z])|{_FREQ_GENERIC})",
    re.I,
)
_FREQ_DIRECT_RE = re.compile(rf"{_WS}+(?=[A-Za-z])")

_UNIT_WORD = {"day": "day", "d": "day", "week": "week", "wk": "week", "w": "week",
              "hour": "hour", "hr": "hour", "h": "hour", "month": "month"}


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == 1 else "s")


def _freq_value(m: re.Match) -> str | None:
    lit = m.group("lit")
    if lit:
        return _FREQ.get(_fkey(lit))
    if m.group("ev_n"):
        n = _num_value(m.group("ev_n"))
        u = _UNIT_WORD.get(m.group("ev_u").casefold().rstrip("s") or "", None)
    else:
        n = _num_value(m.group("q_n"))
        u = _UNIT_WORD.get(re.sub(r"s$", "", m.group("q_u").casefold()), None)
    if n is None or u is None or n != int(n) or n <= 0:
        return None
    n = int(n)
    if n == 1:
        return {"day": "daily", "week": "weekly", "month": "monthly", "hour": "every hour"}[u]
    return f"every {_plural(n, u)}"


_FREQ_BEFORE_RE = re.compile(rf"(?:{_FREQ_RE.pattern})[ \t\u00a0\-\u2010\u2011]*$", re.I)


def frequency_before(text: str, pos: int) -> str | None:
    """The frequency written right before `pos` ("single-dose cisplatin", "weekly paclitaxel")."""
    for m in _FREQ_BEFORE_RE.finditer(text, max(0, pos - 40), pos):
        value = _freq_value(m)
        if value and m.end() == pos:
            return value
    return None


DRUG_AFTER_DOSE_RE = re.compile(
    r"[ \t\u00a0]*(?:(?:" + "|".join(re.escape(w) for w in sorted(_RULES.get("drug_after_dose_fillers", []), key=len, reverse=True))
    + r")(?![A-Za-z])[ \t\u00a0]*)*",
    re.I,
)


def normalise_frequency(phrase: str) -> str | None:
    """"BID" -> "twice daily", "once weekly" -> "weekly", "q3w" -> "every 3 weeks"; else None."""
    try:
        m = _FREQ_RE.fullmatch(phrase.strip())
        return _freq_value(m) if m else None
    except Exception:  # pragma: no cover - defensive
        return None


def normalise_unit(unit: str, body: str | None = None) -> str:
    """("mcg", "kg") -> "µg/kg"; unknown spellings are returned as written."""
    u = _MASS.get(_key(unit), unit)
    if body:
        u += "/" + _BODY.get(_key(body), body)
    return u


# ---------------------------------------------------------------------------------------------
# schedules
# ---------------------------------------------------------------------------------------------

_ITEM = r"[0-9]{1,3}(?:\s*(?:[-\u2010\u2011\u2012\u2013\u2014]|to(?![A-Za-z]))\s*(?:[Dd])?[0-9]{1,3})?(?![0-9])"
_NOT_AFTER_ITEM = r"(?!\s*[-\u2010]?\s*(?:patients?|days?|weeks?|months?|hours?|years?|mg|g|%|cycles?|doses?|times?)(?![A-Za-z]))"
_LSEP = r"\s*(?:,\s*(?:and|or)\s+|,|\s(?:and|or)\s|&)\s*"
_SCHED_RE = re.compile(
    rf"""
      (?P<onoff>(?:for{_WS}+)?(?P<on_n>{_N}){_WS}*[-\u2010]?{_WS}*(?P<on_u>day|week)s?
        (?:{_WS}+on)?{_WS}*[,/]?{_WS}*(?:(?:with|followed{_WS}+by|and|then){_WS}+)?(?:an?{_WS}+)?
        (?:(?P<off_n>{_N}){_WS}*[-\u2010]?{_WS}*(?P<off_u>day|week)s?(?:{_WS}+|[-\u2010])(?:off|rest|break|pause|drug[-\u2010 ]free)
          |(?:pause|rest|break|rest{_WS}+period|drug[-\u2010 ]free{_WS}+(?:period|interval)){_WS}+of{_WS}+(?P<off_n2>{_N}){_WS}*[-\u2010]?{_WS}*(?P<off_u2>day|week)s?)
        (?![A-Za-z]))
    | (?P<cycle>(?P<cy_n>[0-9]{{1,3}}|{_WORDNUM}){_WS}*[-\u2010]?{_WS}*(?P<cy_u>day|week)s?(?:{_WS}*[-\u2010]?{_WS}*long)?{_WS}+cycles?(?![A-Za-z]))
    | (?P<cycle2>cycles?{_WS}+of{_WS}+(?P<cy2_n>[0-9]{{1,3}}|{_WORDNUM}){_WS}*[-\u2010]?{_WS}*(?P<cy2_u>day|week)s?(?![A-Za-z]))
    | (?P<days>(?<![A-Za-z])(?P<dkw>days?|weeks?|D(?=[0-9]))\s*(?P<dlist>{_ITEM}(?:{_LSEP}(?:(?:days?\s*|[Dd](?=[0-9])))?{_ITEM}{_NOT_AFTER_ITEM})*))
    | (?P<dur>(?<![A-Za-z])(?:for|\u00d7)\s*(?P<du_up>up\s+to\s+|a\s+(?:total|maximum)\s+of\s+)?(?P<du_n>{_N})\s*[-\u2010]?\s*(?P<du_u>day|week|month|cycle|course|year|hour)s?(?![A-Za-z]))
    """,
    re.I | re.X,
)
_NUM_IN_LIST_RE = re.compile(r"[0-9]{1,3}(?:\s*(?:[-\u2010\u2011\u2012\u2013\u2014]|to)\s*[Dd]?[0-9]{1,3})?")


def _schedule_part(m: re.Match) -> str | None:
    g = m.group
    if g("onoff"):
        on_n, on_u = _num_value(g("on_n")), g("on_u").casefold()
        off_n = _num_value(g("off_n") or g("off_n2") or "")
        off_u = (g("off_u") or g("off_u2") or "").casefold()
        if on_n is None or off_n is None:
            return None
        return f"{_plural(int(on_n), on_u)} on, {_plural(int(off_n), off_u)} off"
    if g("cycle") or g("cycle2"):
        n = _num_value(g("cy_n") or g("cy2_n"))
        u = (g("cy_u") or g("cy2_u")).casefold()
        return None if n is None else f"{int(n)}-{u} cycles"
    if g("days"):
        kw = g("dkw").casefold()
        kind = "week" if kw.startswith("w") else "day"
        items = []
        for it in _NUM_IN_LIST_RE.findall(g("dlist")):
            nums = re.findall(r"[0-9]+", it)
            items.append("-".join(str(int(x)) for x in nums))
        if not items:
            return None
        if len(items) == 1 and "-" not in items[0]:
            return f"{kind} {items[0]}"
        return f"{kind}s " + ", ".join(items)
    if g("dur"):
        n = _num_value(g("du_n"))
        if n is None or n != int(n):
            return None
        u = g("du_u").casefold()
        if u == "course":
            u = "cycle"
        up = "up to " if g("du_up") and "up" in g("du_up").casefold() else ""
        return f"for {up}{_plural(int(n), u)}"
    return None  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# clause boundary
# ---------------------------------------------------------------------------------------------

_BOUNDARY_RE = re.compile(r"[;\n\r()\[\]]|[.!?](?=\s|$)")
_ABBREV = frozenset("approx vs e.g i.e al fig no nos ca iv po sc im bid tid qd qid od max min".split())
_MAX_CLAUSE = 300


_OPENS_DOSE_RE = re.compile(r"[(\[][ \t\u00a0]*$")
_AFTER_CLOSE_STOP_RE = re.compile(r"[)\]]\s*(?:or|vs\.?|versus|and|,|;|\.|$)(?![A-Za-z])", re.I)


def _clause_end(text: str, pos: int, limit: int, dose_start: int = -1) -> int:
    """End of the clause that starts at ``pos`` (exclusive bound ``limit``).

    A closing bracket that closes a bracket opened right before the dose ("(20 mg iv) on day 1")
    does not end the clause unless "or"/"and"/"vs"/punctuation follows it.
    """
    depth = 0
    opened_by_dose = dose_start > 0 and bool(_OPENS_DOSE_RE.search(text, max(0, dose_start - 4), dose_start))
    for m in _BOUNDARY_RE.finditer(text, pos, limit):
        c = m.group(0)
        if c in "([":
            depth += 1
        elif c in ")]":
            if depth == 0:
                if opened_by_dose and not _AFTER_CLOSE_STOP_RE.match(text, m.start()):
                    opened_by_dose = False
                    continue
                return m.start()
            depth -= 1
        elif c in ";\n\r":
            return m.start()
        else:  # . ! ? followed by space
            if c == ".":
                w = re.search(r"([A-Za-z.]+)$", text[max(0, m.start() - 8):m.start()])
                word = w.group(1).casefold().strip(".") if w else ""
                if word in _ABBREV or len(word.replace(".", "")) == 1 or "." in word:
                    continue
            return m.start()
    return limit


# ---------------------------------------------------------------------------------------------
# doses
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dose:
    start: int
    end: int
    text: str
    low: float
    high: float
    unit: str
    per_time: str | None = None
    frequency: str | None = None
    schedule: str | None = None
    schedule_start: int | None = None
    schedule_end: int | None = None


_FROM_RE = re.compile(r"(?<![A-Za-z])from\s+$", re.I)


_PER_BEFORE_RE = re.compile(r"(?:(?<![A-Za-z])per|/)[ \t\u00a0]*$", re.I)
# one member of an amount list before a dose: "15 or 20 mg", "0.25, 0.50, and 0.75 mg"
_LIST_ITEM_RE = re.compile(
    rf"{_NUM_LEFT}(?P<n>{_NUM})(?P<c>{_WS}*,{_WS}*(?:(?:and|or){_WS}+)?|{_WS}+(?:and|or){_WS}+)$", re.I
)
_MAX_LIST = 8
# a number after one of these words is an identifier, never an amount ("grade 3 and 20 mg")
_ID_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:grades?|days?|d|weeks?|cycles?|levels?|stages?|phases?|version|no|n|steps?|arms?|"
    r"groups?|tables?|figs?|figures?|patients?|cases?|cohorts?|visits?|months?|years?|hours?)\.?[ \t\u00a0]*$",
    re.I,
)


def _list_members(text: str, start: int, floor: int) -> list[tuple[int, int, float]]:
    """Bare amounts listed right before the dose at ``start``: [(start, end, value)], in text order.

    The connector before the dose must contain "and"/"or" ("15 or 20 mg", "5, 10 and 20 mg"), so
    "day 1, 20 mg" is not a list.
    """
    members: list[tuple[int, int, float]] = []
    pos = start
    for i in range(_MAX_LIST):
        lo = max(floor, pos - 40)
        m = _LIST_ITEM_RE.search(text, lo, pos)
        if not m:
            break
        if i == 0 and not re.search(r"(?:and|or)", m.group("c"), re.I):
            break
        v = _digits_value(m.group("n"))
        if v is None or _ID_BEFORE_RE.search(text, max(0, m.start("n") - 12), m.start("n")):
            break
        members.append((m.start("n"), m.end("n"), v))
        pos = m.start("n")
    members.reverse()
    return members


# "10.000 IU": a dot before exactly three zeros groups thousands (continental style); a decimal
# amount is never written with three trailing zeros
_THOUSANDS_DOT_RE = re.compile(r"[1-9][0-9]{0,2}(?:\.000)+")


def _amount(number: str) -> float | None:
    if _THOUSANDS_DOT_RE.fullmatch(number):
        return _digits_value(number.replace(".", ""))
    return _digits_value(number)


def _core_doses(text: str) -> list[dict]:
    """Amount/unit matches without frequency/schedule: dicts with start/end/low/high/unit/per_time.

    List members ("15" in "15 or 20 mg") are dicts with ``head`` = index of the dose they share
    unit, per-time, frequency and schedule with; their span is the bare number.
    """
    found: list[dict] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _DOSE_RE.search(text, pos)
        if not m:
            break
        pos = m.end()
        if m.group("conc"):
            continue
        if _PER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "ml/min per 100 ml", "mg/100 ml": a reference quantity, not a dose
        unit_raw = m.group("unit")
        ua = m.group("ua")
        a = _amount(m.group("a"))
        if a is None:
            continue
        if ua is not None:
            split = normalise_unit(ua) != normalise_unit(unit_raw) or (
                m.group("sep") and m.group("sep").strip().casefold() == "to"
                and _FROM_RE.search(text, max(0, m.start() - 12), m.start())
            )
            if split:
                # "from 100 mg to 200 mg" / "5 mg–10 g": keep the first amount, rescan after it
                found.append(dict(start=m.start(), end=m.end("ua"), low=a, high=a,
                                  unit=normalise_unit(ua), per_time=None))
                pos = m.end("ua")
                continue
        b = _amount(m.group("b")) if m.group("b") else a
        if b is None:
            continue
        lo, hi = (a, b) if a <= b else (b, a)
        unit = normalise_unit(unit_raw, m.group("body") or m.group("bodyx"))
        pt_raw = m.group("pt") or m.group("pt2") or m.group("pt3")
        per_time = _PER_TIME.get(_key(pt_raw), _key(pt_raw)) if pt_raw else None
        if m.group("pt4"):
            per_time = _PT_EXP.get(_key(m.group("pt4")))
        if per_time is not None and (unit, per_time) in _EXCLUDED_RATES:
            continue
        if m.group("b") is None:
            floor = found[-1]["end"] if found else 0
            members = _list_members(text, m.start(), floor)
            head = len(found) + len(members)  # index the head dose will get
            for ls, le, lv in members:
                found.append(dict(start=ls, end=le, low=lv, high=lv, unit=unit, per_time=per_time, head=head))
        found.append(dict(start=m.start(), end=m.end(), low=lo, high=hi, unit=unit, per_time=per_time))
    return found


def find_doses(text: str) -> list[Dose]:
    """All doses in ``text``: "40–60 mg weekly", "75 mg/m2/d on days 1–7", "1.3 mg/m2", ..."""
    out: list[Dose] = []
    if not isinstance(text, str) or not text:
        return out
    cores = _core_doses(text)
    for i, c in enumerate(cores):
        if c.get("head") is not None:
            out.append(None)  # type: ignore[arg-type]  # filled from its head dose below
            continue
        start, end = c["start"], c["end"]
        next_start = cores[i + 1]["start"] if i + 1 < len(cores) else len(text)
        per_time = c["per_time"]
        frequency = _PT_FREQ.get(per_time) if per_time else None
        # frequency phrase directly after the unit -> part of the span
        d = _FREQ_DIRECT_RE.match(text, end, next_start)
        if d:
            f = _FREQ_RE.match(text, d.end(), next_start)
            if f:
                fv = _freq_value(f)
                if fv:
                    frequency = fv
                    end = f.end()
        limit = min(next_start, end + _MAX_CLAUSE, len(text))
        clause_end = _clause_end(text, end, limit, start)
        if frequency is None:
            for f in _FREQ_RE.finditer(text, end, clause_end):
                fv = _freq_value(f)
                if fv:
                    frequency = fv
                    break
        parts: list[str] = []
        s_start = s_end = None
        for sm in _SCHED_RE.finditer(text, end, clause_end):
            part = _schedule_part(sm)
            if not part:
                continue
            if part not in parts:
                parts.append(part)
            if s_start is None:
                s_start = sm.start()
            s_end = sm.end()
        out.append(
            Dose(start, end, text[start:end], c["low"], c["high"], c["unit"], per_time, frequency,
                 "; ".join(parts) if parts else None, s_start, s_end)
        )
    for i, c in enumerate(cores):
        if c.get("head") is not None:
            h = out[c["head"]]
            out[i] = Dose(c["start"], c["end"], text[c["start"]:c["end"]], c["low"], c["high"], h.unit,
                          h.per_time, h.frequency, h.schedule, h.schedule_start, h.schedule_end)
    return out


_DOC_DOSES_KEY = "trialmine.doses"  # doc.user_data: the doses of the Doc's text


def doc_doses(doc: Doc, text: str | None = None) -> list[Dose]:
    """``find_doses`` of a spaCy Doc's text, parsed once per Doc: the drug tagger, the arm
    inventory and the linker all read them. The list is shared: do not change it. ``text`` is the
    Doc's text when the caller has it at hand (``Doc.text`` is rebuilt from the tokens on each access)."""
    doses = doc.user_data.get(_DOC_DOSES_KEY)
    if doses is None:
        doses = doc.user_data[_DOC_DOSES_KEY] = find_doses(doc.text if text is None else text)
    return doses


# ---------------------------------------------------------------------------------------------
# drug concentrations: "bupivacaine 0.125%", "0.75% ropivacaine", "imiquimod 5% cream"
# ---------------------------------------------------------------------------------------------

_MAX_CONCENTRATION = float(_RULES.get("max_concentration_percent", 0))
_FORMULATION_ALT = _alt_freq(_RULES.get("concentration_formulations", [])) or "(?!)"
_FORM_ADJECTIVE_ALT = _alt_freq(_RULES.get("concentration_form_adjectives", [])) or "(?!)"
_FORM = rf"(?:(?:{_FORM_ADJECTIVE_ALT}){_WS}+)?(?:{_FORMULATION_ALT})(?![A-Za-z])"  # 'cream', 'cutaneous patch'
_PERCENT_AFTER_RE = re.compile(
    rf"(?P<gap>(?P<form_before>{_WS}+{_FORM})?{_WS}*\(?{_WS}*)(?P<num>{_NUM}){_WS}?%(?P<form>\)?{_WS}+{_FORM})?",
    re.I,
)
# "8% cisplatin-treated patients", "2.5% albendazole versus 2.6% control": results, not concentrations
_NOT_CONCENTRATION_AFTER_RE = re.compile(rf"[-\u2010\u2011]|{_WS}*(?:versus|vs\.?|compared|arm|group)(?![A-Za-z])", re.I)
_PERCENT_BEFORE_RE = re.compile(rf"{_NUM_LEFT}(?P<num>{_NUM}){_WS}?%{_WS}+$")


def concentration_dose(text: str, drug_start: int, drug_end: int) -> Dose | None:
    """The concentration written with a drug name, as a dose with unit '%': right before it
    ("0.75% ropivacaine"), or right after it when written with a leading '0.', followed by a
    formulation or after one ("bupivacaine 0.125%", "imiquimod 5% cream", "capsaicin 8% cutaneous
    patch", "imiquimod cream 5%"). Percentages above
    `max_concentration_percent` are results, not concentrations."""
    before = _PERCENT_BEFORE_RE.search(text, max(0, drug_start - 24), drug_start)
    after = _PERCENT_AFTER_RE.match(text, drug_end)
    if before and not _NOT_CONCENTRATION_AFTER_RE.match(text, drug_end):
        m, start = before, before.start("num")
    elif after and (after.group("num").startswith("0.") or after.group("form") or after.group("form_before")):
        m, start = after, after.start("num")
    else:
        return None
    value = _digits_value(m.group("num"))
    if value is None or not 0 < value <= _MAX_CONCENTRATION:
        return None
    end = text.index("%", m.end("num")) + 1
    return Dose(start, end, text[start:end], value, value, "%")
