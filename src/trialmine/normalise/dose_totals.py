"""Dose arithmetic: amount per administration, total per week and per cycle, in mg, mg/m2 or mg/kg.

Works on the normalised fields the dose parser writes (`dose_unit`, `dose_frequency`,
`dose_schedule`), never on free text. The schedule is the parser's canonical form: parts joined by
"; " such as "4-week cycles", "3 weeks on, 1 week off", "days 1, 4, 8, 11", "days 1-7", "day 1",
"weeks 1-3", "for 4 weeks".

- per week = amount x administrations per week, from the frequency ("twice weekly" = 2,
  "daily" = 7, "every 3 weeks" = 1/3): the weekly total while the drug is given;
- per cycle = amount x administrations per cycle, where the schedule says how many: listed days
  ("days 1-7" daily = 7, "days 1, 4, 8, 11" = 4; twice daily doubles them), listed weeks or weeks
  on ("3 weeks on, 1 week off" twice weekly = 6), or a cycle length with a continuous frequency
  ("28-day cycles" daily = 28). "for 4 weeks" is a treatment duration, not a cycle.

Frequencies and unit factors live in `rules/dose_totals.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_EVERY_RE = re.compile(r"^every (\d+(?:\.\d+)?) (hour|day|week)s?$")
_ONOFF_RE = re.compile(r"^(\d+) (day|week)s? on, (\d+) (day|week)s? off$")
_CYCLE_RE = re.compile(r"^(\d+)-(day|week) cycles$")
_LIST_RE = re.compile(r"^(day|week)s? (\d+(?:-\d+)?(?:, \d+(?:-\d+)?)*)$")
_DAYS_PER = {"day": 1, "week": 7}


@lru_cache(maxsize=1)
def _rules() -> dict:
    return json.loads(resources.files("trialmine.rules").joinpath("dose_totals.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DoseFactors:
    """What turns an amount as written into normalised amounts (independent of the amount)."""

    unit: str | None  # "mg", "mg/m2", "mg/kg"; None when the unit has no mg equivalent (IU, mL)
    to_unit: float | None  # amount as written x to_unit = amount in `unit`
    per_week: float | None  # administrations per week
    per_cycle: float | None  # administrations per cycle
    cycle_days: int | None


@dataclass(frozen=True)
class DoseTotals:
    unit: str | None
    amount_low: float | None
    amount_high: float | None
    per_week: float | None
    weekly_low: float | None
    weekly_high: float | None
    per_cycle: float | None
    cycle_low: float | None
    cycle_high: float | None
    cycle_days: int | None


def normalised_unit(unit: str | None) -> tuple[str | None, float | None]:
    """("µg/kg") -> ("mg/kg", 0.001); ("g") -> ("mg", 1000.0); ("IU") -> (None, None)."""
    if not unit:
        return None, None
    mass, _, body = unit.partition("/")
    factor = _rules()["mass_to_mg"].get(mass)
    if factor is None or body not in ("", "m2", "kg"):
        return None, None
    return "mg" + (f"/{body}" if body else ""), float(factor)


def per_day_and_week(frequency: str | None) -> tuple[float | None, float | None]:
    """Administrations per day (None when the frequency is not daily-or-more) and per week."""
    if not frequency:
        return None, None
    known = _rules()["frequencies"].get(frequency)
    if known is not None:
        if "per_day" in known:
            return float(known["per_day"]), 7.0 * known["per_day"]
        return None, float(known["per_week"])
    m = _EVERY_RE.match(frequency)
    if m is None:
        return None, None
    n, unit = float(m.group(1)), m.group(2)
    if n <= 0:
        return None, None
    if unit == "hour":
        return 24.0 / n, 7 * 24.0 / n
    return None, 7.0 / (n * _DAYS_PER[unit])


def _count_listed(items: str) -> int:
    """"1, 4, 8-11" -> 6 (distinct days or weeks named)."""
    named: set[int] = set()
    for item in items.split(", "):
        low, _, high = item.partition("-")
        a, b = int(low), int(high or low)
        named.update(range(min(a, b), max(a, b) + 1))
    return len(named)


def dose_factors(unit: str | None, frequency: str | None, schedule: str | None) -> DoseFactors:
    norm_unit, to_unit = normalised_unit(unit)
    per_day, per_week = per_day_and_week(frequency)
    cycle_days = days_listed = weeks_listed = weeks_on = None
    for part in (schedule or "").split("; "):
        if m := _CYCLE_RE.match(part):
            cycle_days = int(m.group(1)) * _DAYS_PER[m.group(2)]
        elif m := _ONOFF_RE.match(part):
            on, off = int(m.group(1)) * _DAYS_PER[m.group(2)], int(m.group(3)) * _DAYS_PER[m.group(4)]
            cycle_days = cycle_days or on + off
            weeks_on = on / 7
        elif m := _LIST_RE.match(part):
            if m.group(1) == "day":
                days_listed = _count_listed(m.group(2))
            else:
                weeks_listed = _count_listed(m.group(2))
    per_cycle: float | None = None
    if days_listed is not None:
        per_cycle = days_listed * (per_day or 1.0)
    elif per_week is not None and (weeks := weeks_listed or weeks_on) is not None:
        per_cycle = per_week * weeks
    elif per_week is not None and cycle_days is not None:
        per_cycle = per_week * cycle_days / 7
    return DoseFactors(norm_unit, to_unit, per_week, per_cycle, cycle_days)


def dose_totals(
    low: float | None, high: float | None, unit: str | None, frequency: str | None, schedule: str | None
) -> DoseTotals:
    """Normalised amount per administration, per week and per cycle (each None where not known)."""
    f = dose_factors(unit, frequency, schedule)

    def times(amount: float | None, factor: float | None) -> float | None:
        return None if amount is None or factor is None or f.to_unit is None else amount * f.to_unit * factor

    return DoseTotals(
        unit=f.unit,
        amount_low=times(low, 1.0), amount_high=times(high, 1.0),
        per_week=f.per_week, weekly_low=times(low, f.per_week), weekly_high=times(high, f.per_week),
        per_cycle=f.per_cycle, cycle_low=times(low, f.per_cycle), cycle_high=times(high, f.per_cycle),
        cycle_days=f.cycle_days,
    )  # fmt: skip
