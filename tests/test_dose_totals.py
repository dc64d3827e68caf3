"""Dose arithmetic: examples from the bundled corpus's dose shapes, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trialmine.normalise.dose_totals import dose_factors, dose_totals, normalised_unit, per_day_and_week


@pytest.mark.parametrize(
    ("low", "high", "unit", "frequency", "schedule", "expected"),
    [
        (80, 80, "mg", "weekly", None, {"unit": "mg", "weekly_low": 80, "weekly_high": 80, "per_cycle": None}),
        (40, 60, "mg", "weekly", None, {"weekly_low": 40, "weekly_high": 60}),
        (35, 35, "mg/m2", "twice weekly", "4-week cycles; 3 weeks on, 1 week off",
         {"unit": "mg/m2", "weekly_low": 70, "per_cycle": 6, "cycle_low": 210, "cycle_days": 28}),
        (75, 75, "mg/m2", "daily", "days 1-7", {"weekly_low": 525, "per_cycle": 7, "cycle_low": 525, "cycle_days": None}),
        (1.3, 1.3, "mg/m2", "weekly", "days 1, 4, 8, 11; for 4 weeks", {"per_cycle": 4, "cycle_low": pytest.approx(5.2)}),
        (60, 60, "mg", None, "days 1, 5, 10, 12", {"weekly_low": None, "per_cycle": 4, "cycle_low": 240}),
        (300, 300, "µg", "daily", None, {"unit": "mg", "amount_low": pytest.approx(0.3), "weekly_low": pytest.approx(2.1)}),
        (2, 2, "g", "twice daily", "days 1-5", {"amount_low": 2000, "weekly_low": 28000, "per_cycle": 10}),
        (10, 10, "mg", "every 8 hours", "28-day cycles", {"per_week": 21, "per_cycle": 84, "cycle_days": 28}),
        (100, 100, "mg", "every 3 weeks", None, {"weekly_low": pytest.approx(100 / 3)}),
        (5, 5, "µg/kg", "weekly", "weeks 1-3; 4-week cycles", {"unit": "mg/kg", "per_cycle": 3, "cycle_low": pytest.approx(0.015)}),
        (5000, 5000, "IU", "daily", None, {"unit": None, "amount_low": None, "weekly_low": None, "per_week": 7}),
        (20, 20, "mg", "as needed", None, {"per_week": None, "weekly_low": None, "amount_low": 20}),
    ],
)  # fmt: skip
def test_examples(low, high, unit, frequency, schedule, expected) -> None:
    totals = dose_totals(low, high, unit, frequency, schedule)
    for field, value in expected.items():
        assert getattr(totals, field) == value, field


def test_units() -> None:
    assert normalised_unit("mg/m2") == ("mg/m2", 1.0)
    assert normalised_unit("g/m2") == ("mg/m2", 1000.0)
    assert normalised_unit("mL") == (None, None)
    assert normalised_unit("mg/L") == (None, None)  # a concentration, not a dose
    assert normalised_unit(None) == (None, None)


def test_frequencies() -> None:
    assert per_day_and_week("daily") == (1.0, 7.0)
    assert per_day_and_week("twice weekly") == (None, 2.0)
    assert per_day_and_week("every 2 days") == (None, 3.5)
    assert per_day_and_week("every 0 days") == (None, None)


FREQUENCIES = st.sampled_from([None, "daily", "twice daily", "weekly", "twice weekly", "every other day", "every 2 weeks", "monthly"])
SCHEDULES = st.sampled_from([None, "days 1-7", "days 1, 8, 15", "28-day cycles", "3 weeks on, 1 week off", "weeks 1-2; 3-week cycles", "for 4 weeks"])
UNITS = st.sampled_from(["mg", "g", "µg", "mg/m2", "µg/kg", "IU"])
AMOUNTS = st.floats(min_value=0.001, max_value=5000, allow_nan=False)


@given(AMOUNTS, AMOUNTS, UNITS, FREQUENCIES, SCHEDULES)
def test_totals_are_ordered_and_proportional(a: float, b: float, unit, frequency, schedule) -> None:
    low, high = min(a, b), max(a, b)
    totals = dose_totals(low, high, unit, frequency, schedule)
    factors = dose_factors(unit, frequency, schedule)
    for lo, hi in ((totals.amount_low, totals.amount_high), (totals.weekly_low, totals.weekly_high), (totals.cycle_low, totals.cycle_high)):
        assert (lo is None) == (hi is None)
        if lo is not None:
            assert 0 <= lo <= hi * (1 + 1e-12)
    if totals.weekly_low is not None:
        assert totals.weekly_low == pytest.approx(totals.amount_low * factors.per_week)
    if totals.cycle_low is not None:
        assert totals.cycle_low == pytest.approx(totals.amount_low * factors.per_cycle)
    if factors.to_unit is None:
        assert totals.amount_low is None and totals.weekly_low is None


@given(AMOUNTS, FREQUENCIES)
def test_a_continuous_cycle_is_its_weeks_of_weekly_totals(amount: float, frequency) -> None:
    """N-day cycles with no days listed: per cycle = per week x N/7."""
    weekly = dose_totals(amount, amount, "mg", frequency, None).weekly_low
    cycle = dose_totals(amount, amount, "mg", frequency, "28-day cycles").cycle_low
    assert (weekly is None) == (cycle is None)
    if weekly is not None:
        assert cycle == pytest.approx(4 * weekly)


@given(AMOUNTS, st.sampled_from(["mg", "mg/m2", "mg/kg"]))
def test_grams_and_micrograms_agree_with_milligrams(amount: float, unit: str) -> None:
    in_mg = dose_totals(amount, amount, unit, "daily", "days 1-5")
    in_g = dose_totals(amount / 1000, amount / 1000, unit.replace("mg", "g", 1), "daily", "days 1-5")
    in_ug = dose_totals(amount * 1000, amount * 1000, unit.replace("mg", "µg", 1), "daily", "days 1-5")
    assert in_g.unit == in_ug.unit == in_mg.unit == unit
    assert in_g.cycle_low == pytest.approx(in_mg.cycle_low) == in_ug.cycle_low
