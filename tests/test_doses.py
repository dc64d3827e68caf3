"""Tests for trialmine.extract.doses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noise import random_text
from trialmine.extract.doses import UNITS_PATH, Dose, find_doses, frequency_before, normalise_frequency, normalise_unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PAPER = CORPUS / "rr_aml_selinexor_paper.txt"
INTERVIEW = CORPUS / "mf_selinexor_ruxolitinib_interview.txt"

SCHEDULE_1 = (
    "(1) azacitidine 75 mg/m2/d on days 1–7, venetoclax dosing began at 100 mg on day 1 and increased "
    "stepwise to reach the serum level of 1,000 and 1,500 ng/mL (voriconazole 100 mg/d or 200 mg/d will "
    "be used to raise the venetoclax serum level), and we will begin monitoring serum levels of "
    "venetoclax after 1 week of treatment; selinexor was initially dosed at 35 mg/m2 by mouth "
    "administered in 4-week long cycles of twice weekly for 3 weeks with 1 week off to improve "
    "tolerability."
)
SCHEDULE_2 = (
    "(2) homoharringtonine 1 mg/d on days 1–5, bortezomib 1.3 mg/m2 on days 1, 4, 8, 11 or once weekly "
    "for 4 weeks, G-CSF 300 ug/d, and selinexor (usage is as described above)."
)


def _row(d: Dose):
    return (d.text, d.low, d.high, d.unit, d.per_time, d.frequency, d.schedule)


def _check(text, doses):
    prev_end = -1
    for d in doses:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text
        assert d.start >= prev_end
        prev_end = d.end
        assert d.low <= d.high
        if d.schedule is not None:
            assert d.schedule_start is not None and d.schedule_end is not None
            assert d.end <= d.schedule_start < d.schedule_end <= len(text)
        else:
            assert d.schedule_start is None and d.schedule_end is None


def test_paper_treatment_schedule_1():
    doses = find_doses(SCHEDULE_1)
    _check(SCHEDULE_1, doses)
    assert [_row(d) for d in doses] == [
        ("75 mg/m2/d", 75.0, 75.0, "mg/m2", "day", "daily", "days 1-7"),
        ("100 mg", 100.0, 100.0, "mg", None, None, "day 1"),
        ("100 mg/d", 100.0, 100.0, "mg", "day", "daily", None),
        ("200 mg/d", 200.0, 200.0, "mg", "day", "daily", None),
        ("35 mg/m2", 35.0, 35.0, "mg/m2", None, "twice weekly", "4-week cycles; 3 weeks on, 1 week off"),
    ]
    d = doses[0]
    assert SCHEDULE_1[d.schedule_start:d.schedule_end] == "days 1–7"
    last = doses[-1]
    raw = SCHEDULE_1[last.schedule_start:last.schedule_end]
    assert raw.startswith("4-week long cycles") and raw.endswith("1 week off")
    assert "ng/mL" not in " ".join(d.text for d in doses)


def test_paper_treatment_schedule_2():
    doses = find_doses(SCHEDULE_2)
    _check(SCHEDULE_2, doses)
    assert [_row(d) for d in doses] == [
        ("1 mg/d", 1.0, 1.0, "mg", "day", "daily", "days 1-5"),
        ("1.3 mg/m2", 1.3, 1.3, "mg/m2", None, "weekly", "days 1, 4, 8, 11; for 4 weeks"),
        ("300 ug/d", 300.0, 300.0, "µg", "day", "daily", None),
    ]


@pytest.mark.parametrize(
    "text, row",
    [
        ("at lower doses (40–60 mg weekly) as a", ("40–60 mg weekly", 40.0, 60.0, "mg", None, "weekly", None)),
        ("relatively high doses (80 mg weekly), which", ("80 mg weekly", 80.0, 80.0, "mg", None, "weekly", None)),
        ("Selinexor 100 mg/weekly with FLAG-IDA in the treatment of R/R AML",
         ("100 mg/weekly", 100.0, 100.0, "mg", "week", "weekly", None)),
        ("Selinexor 60 mg on days 1,5,10,12 based on CLAG achieved",
         ("60 mg", 60.0, 60.0, "mg", None, None, "days 1, 5, 10, 12")),
        ("venetoclax, selinexor 60 mg on D15 and D22 will be added.",
         ("60 mg", 60.0, 60.0, "mg", None, None, "days 15, 22")),
        ("has been reported with selinexor at 70 mg/m2 in R/R AML patients",
         ("70 mg/m2", 70.0, 70.0, "mg/m2", None, None, None)),
        ("with selinexor at a dose of 85 mg/m2 in a patient", ("85 mg/m2", 85.0, 85.0, "mg/m2", None, None, None)),
        ("after receiving selinexor at 35 mg/m2, but", ("35 mg/m2", 35.0, 35.0, "mg/m2", None, None, None)),
        ("cytarabine 4 g/m2 on day 1", ("4 g/m2", 4.0, 4.0, "g/m2", None, None, "day 1")),
        ("G-CSF 10 µg/kg/day", ("10 µg/kg/day", 10.0, 10.0, "µg/kg", "day", "daily", None)),
        ("G-CSF 10 μg/kg/day", ("10 μg/kg/day", 10.0, 10.0, "µg/kg", "day", "daily", None)),
        ("G-CSF 10 \U0001d707g/kg/day", ("10 \U0001d707g/kg/day", 10.0, 10.0, "µg/kg", "day", "daily", None)),
        ("filgrastim 5 mcg/kg", ("5 mcg/kg", 5.0, 5.0, "µg/kg", None, None, None)),
        ("an infusion of 150 ng/kg/min", ("150 ng/kg/min", 150.0, 150.0, "ng/kg", "min", None, None)),
        ("imatinib 400 mg twice daily", ("400 mg twice daily", 400.0, 400.0, "mg", None, "twice daily", None)),
        ("T-DM1 2.5 mg/kg", ("2.5 mg/kg", 2.5, 2.5, "mg/kg", None, None, None)),
        ("metformin 1,000 mg", ("1,000 mg", 1000.0, 1000.0, "mg", None, None, None)),
        ("docetaxel 20 mg/m² on day 1", ("20 mg/m²", 20.0, 20.0, "mg/m2", None, None, "day 1")),
        ("docetaxel 20 mg/m 2 on day 1", ("20 mg/m 2", 20.0, 20.0, "mg/m2", None, None, "day 1")),
        ("docetaxel 20 mg/m^2", ("20 mg/m^2", 20.0, 20.0, "mg/m2", None, None, None)),
        ("irinotecan at 180 mg m−2 as a 90-min infusion", ("180 mg m−2", 180.0, 180.0, "mg/m2", None, None, None)),
        ("capecitabine 1000 mg m−2 twice daily for 14 days",
         ("1000 mg m−2 twice daily", 1000.0, 1000.0, "mg/m2", None, "twice daily", "for 14 days")),
        ("olaparib 400 mg BID", ("400 mg BID", 400.0, 400.0, "mg", None, "twice daily", None)),
        ("everolimus 10 mg QD", ("10 mg QD", 10.0, 10.0, "mg", None, "daily", None)),
        ("olaparib 400 mg b.i.d. until", ("400 mg b.i.d.", 400.0, 400.0, "mg", None, "twice daily", None)),
        ("pembrolizumab 200 mg q3w", ("200 mg q3w", 200.0, 200.0, "mg", None, "every 3 weeks", None)),
        ("pembrolizumab 200 mg every 3 weeks", ("200 mg every 3 weeks", 200.0, 200.0, "mg", None, "every 3 weeks", None)),
        ("pembrolizumab 200 mg every three weeks", ("200 mg every three weeks", 200.0, 200.0, "mg", None, "every 3 weeks", None)),
        ("aspirin 75 mg once daily", ("75 mg once daily", 75.0, 75.0, "mg", None, "daily", None)),
        ("aspirin 75 mg daily", ("75 mg daily", 75.0, 75.0, "mg", None, "daily", None)),
        ("drug 75 mg once weekly", ("75 mg once weekly", 75.0, 75.0, "mg", None, "weekly", None)),
        ("drug 75 mg twice weekly", ("75 mg twice weekly", 75.0, 75.0, "mg", None, "twice weekly", None)),
        ("drug 75 mg three times weekly", ("75 mg three times weekly", 75.0, 75.0, "mg", None, "three times weekly", None)),
        ("drug 75 mg every other day", ("75 mg every other day", 75.0, 75.0, "mg", None, "every other day", None)),
        ("drug 5 mL", ("5 mL", 5.0, 5.0, "mL", None, None, None)),
        ("sunitinib 37.5 mg per day", ("37.5 mg per day", 37.5, 37.5, "mg", "day", "daily", None)),
        ("drug 50 mg daily for 4 weeks followed by a pause of 2 weeks",
         ("50 mg daily", 50.0, 50.0, "mg", None, "daily", "4 weeks on, 2 weeks off")),
        ("LV 75mg/day for 28 days followed by a 7-day rest per cycle",
         ("75mg/day", 75.0, 75.0, "mg", "day", "daily", "28 days on, 7 days off")),
        ("azacitidine 75 mg/m2 in 21-day cycles", ("75 mg/m2", 75.0, 75.0, "mg/m2", None, None, "21-day cycles")),
        ("ruxolitinib 15 mg to 20 mg", ("15 mg to 20 mg", 15.0, 20.0, "mg", None, None, None)),
        ("reversed 60–40 mg", ("60–40 mg", 40.0, 60.0, "mg", None, None, None)),  # swapped
        ("dexamethasone (20 mg intravenously) on day 1", ("20 mg", 20.0, 20.0, "mg", None, None, "day 1")),
        ("busulfan 60 mg/kg.d, day -3", ("60 mg/kg.d", 60.0, 60.0, "mg/kg", "day", "daily", None)),
        ("oxaliplatin 85 mg/m2 IV on weeks 1, 3, and 5 of each cycle",
         ("85 mg/m2", 85.0, 85.0, "mg/m2", None, None, "weeks 1, 3, 5")),
        ("epirubicin 75 mg/m2, d1-d14, every 3 weeks",
         ("75 mg/m2", 75.0, 75.0, "mg/m2", None, "every 3 weeks", "days 1-14")),
        ("cisplatin 35 mg/m2/cycle", ("35 mg/m2/cycle", 35.0, 35.0, "mg/m2", "cycle", None, None)),
    ],
)
def test_dose_examples(text, row):
    doses = find_doses(text)
    _check(text, doses)
    assert len(doses) == 1, doses
    assert _row(doses[0]) == row


def test_two_doses_with_or():
    doses = find_doses("voriconazole 100 mg/d or 200 mg/d will be used")
    assert [(d.text, d.low, d.per_time, d.frequency) for d in doses] == [
        ("100 mg/d", 100.0, "day", "daily"), ("200 mg/d", 200.0, "day", "daily")]


def test_from_to_is_two_doses():
    doses = find_doses("increased from 100 mg to 200 mg daily")
    assert [(d.text, d.low, d.high) for d in doses] == [("100 mg", 100.0, 100.0), ("200 mg daily", 200.0, 200.0)]


def test_amount_lists_share_the_unit():
    text = "ruxolitinib 15 or 20 mg twice daily or best available therapy"
    doses = find_doses(text)
    _check(text, doses)
    assert [(d.text, d.low, d.unit, d.frequency) for d in doses] == [
        ("15", 15.0, "mg", "twice daily"), ("20 mg twice daily", 20.0, "mg", "twice daily")]
    text = "oral palonosetron 0.25, 0.50, and 0.75 mg or IV palonosetron 0.25 mg"
    doses = find_doses(text)
    _check(text, doses)
    assert [(d.text, d.low, d.unit) for d in doses] == [
        ("0.25", 0.25, "mg"), ("0.50", 0.5, "mg"), ("0.75 mg", 0.75, "mg"), ("0.25 mg", 0.25, "mg")]


@pytest.mark.parametrize("text", ["on day 1, 20 mg", "10 mg, 20 mg", "grade 3 and 20 mg"])
def test_no_list_without_and_or(text):
    assert [d.text for d in find_doses(text)][-1] == "20 mg"
    assert all(d.text.endswith("mg") for d in find_doses(text))


def test_per_reference_quantity_is_not_a_dose():
    assert find_doses("blood flow 5.17 ± 0.39 ml/min per 100 ml tissue") == []


def test_frequency_later_in_clause_not_in_span():
    text = "selinexor 35 mg/m2 by mouth administered in 4-week long cycles of twice weekly for 3 weeks with 1 week off"
    (d,) = find_doses(text)
    assert d.text == "35 mg/m2" and d.frequency == "twice weekly"
    assert d.schedule == "4-week cycles; 3 weeks on, 1 week off"


def test_schedule_stops_at_clause_end():
    doses = find_doses("drug A 10 mg. Patients were assessed on day 8; drug B 20 mg; on day 3")
    assert [d.schedule for d in doses] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "the serum level of 1,000 and 1,500 ng/mL",
        "serum level of 1,500 ng/mL",
        "creatinine 1.2 mg/dL",
        "hemoglobin 10 g/dL",
        "HbA1c fell by 0.66 mmol/mol",
        "glucose 5.5 mmol/L",
        "trough 2 µg/mL",
        "creatinine clearance ≥ 60 mL/min",
        "ANC > 1.0 × 109/L, platelet count >100 × 109/L",
        "0.9% saline",
        "5-HT3 antagonists",
        "a 5 mg% solution",
        "WBRT (20 Gy in 5 fractions)",
        "BMI 25 kg/m2",
        "body weight 60 kg",
        "12 months",
        "mg",
        "",
    ],
)
def test_dose_negatives(text):
    assert find_doses(text) == []


def test_doses_in_paper_and_interview():
    paper = PAPER.read_text(encoding="utf-8")
    doses = find_doses(paper)
    _check(paper, doses)
    texts = [d.text.replace("\u00a0", " ") for d in doses]
    assert texts == ["75 mg/m2/d", "100 mg", "100 mg/d", "200 mg/d", "35 mg/m2", "1 mg/d", "1.3 mg/m2",
                     "300 ug/d", "100 mg/weekly", "60 mg", "60 mg", "70 mg/m2", "85 mg/m2", "35 mg/m2"]
    by_text = {(d.text.replace("\u00a0", " "), d.schedule) for d in doses}
    assert ("60 mg", "days 1, 5, 10, 12") in by_text
    assert ("60 mg", "days 15, 22") in by_text
    interview = INTERVIEW.read_text(encoding="utf-8")
    assert [_row(d) for d in find_doses(interview)] == [
        ("80 mg weekly", 80.0, 80.0, "mg", None, "weekly", None),
        ("40–60 mg weekly", 40.0, 60.0, "mg", None, "weekly", None),
    ]


@pytest.mark.parametrize(
    "phrase, expected",
    [("BID", "twice daily"), ("QD", "daily"), ("q3w", "every 3 weeks"), ("once weekly", "weekly"),
     ("twice weekly", "twice weekly"), ("three times weekly", "three times weekly"),
     ("every 3 weeks", "every 3 weeks"), ("every other day", "every other day"), ("daily", "daily"),
     ("once daily", "daily"), ("every 21 days", "every 21 days"), ("q28 days", "every 28 days"),
     ("every 1 week", "weekly"), ("twice-daily", "twice daily"), ("t.i.d.", "three times daily"),
     ("sometimes", None), ("", None)],
)
def test_normalise_frequency(phrase, expected):
    assert normalise_frequency(phrase) == expected


@pytest.mark.parametrize(
    "unit, body, expected",
    [("mg", None, "mg"), ("MG", None, "mg"), ("ug", None, "µg"), ("mcg", "kg", "µg/kg"), ("μg", None, "µg"),
     ("µg", None, "µg"), ("\U0001d707g", None, "µg"), ("mg", "m²", "mg/m2"), ("mg", "m^2", "mg/m2"),
     ("g", "m2", "g/m2"), ("ng", "kg", "ng/kg"), ("ml", None, "mL")],
)
def test_normalise_unit(unit, body, expected):
    assert normalise_unit(unit, body) == expected


def test_units_json_is_well_formed():
    rules = json.loads(UNITS_PATH.read_text(encoding="utf-8"))
    for key in ("mass_units", "body_units", "per_time", "per_time_frequency", "frequencies",
                "concentration_denominators"):
        assert rules[key]
    assert set(rules["per_time_frequency"]) <= set(rules["per_time"].values())


# ---------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------

_FRAGMENTS = [
    "40", "60", "1.3", "1,000", "0.5", " ", "\u00a0", "mg", "g", "µg", "μg", "\U0001d707g", "ug", "mcg", "ng",
    "mL", "/", "m2", "m²", "m 2", "kg", "d", "day", "weekly", "min", "h", "/mL", "/L", "dL", "–", "-", "—",
    " to ", " or ", "%", " weekly", " twice daily", " BID", " q3w", " once", " on days ", "1–7", "1, 4, 8, 11",
    " D15 and D22", " for 3 weeks with 1 week off", " in 4-week long cycles", " 21-day cycles", "(", ")",
    ";", ".", ",", "\n", "from ", " every ", "3", " weeks", "×", "·", "−2", "x", "per", "day 1",
]
clinical_text = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)
any_text = st.one_of(st.text(), st.text(alphabet=st.characters(codec="utf-8")), clinical_text)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_find_doses_never_raises_and_spans_are_exact(text):
    doses = find_doses(text)
    _check(text, doses)
    for d in doses:
        assert d.unit and "/d" not in d.unit.replace("/dL", "")
        assert d.per_time in (None, "day", "week", "min", "hour", "cycle")


dose_numbers = st.one_of(
    st.integers(0, 5000).map(str),
    st.integers(1000, 10**6).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"),
)


@given(dose_numbers, dose_numbers, st.sampled_from(["–", "-", "—", " – ", " to "]),
       st.sampled_from(["mg", "g", "µg", "mcg", "ng", "mg/m2", "mg/kg"]),
       st.sampled_from(["", "Patients received ", "drug ("]), st.sampled_from(["", " daily", ").", " on day 1"]))
def test_generated_dose_range(a, b, dash, unit, prefix, suffix):
    text = f"{prefix}{a}{dash}{b} {unit}{suffix}"
    doses = find_doses(text)
    assert len(doses) == 1, doses
    d = doses[0]
    va, vb = float(a.replace(",", "")), float(b.replace(",", ""))
    assert (d.low, d.high) == (min(va, vb), max(va, vb))  # reversed ranges are swapped
    assert d.start == len(prefix)
    assert d.unit == normalise_unit(*unit.split("/")) if "/" in unit else normalise_unit(unit)


@given(dose_numbers, st.sampled_from(["ng/mL", "mg/L", "mg/dL", "µg/mL", "g/dL", "mmol/L", "mg / mL"]))
def test_generated_concentrations_are_not_doses(x, unit):
    assert find_doses(f"serum level of {x} {unit} at baseline") == []


def _random_text(size: int, seed: int) -> str:
    return random_text(_FRAGMENTS + ["a", "b", "selinexor", "patients", "   ", "9" * 30, "1," * 50, "on days " + "1, " * 40], size, seed)


@pytest.mark.parametrize("seed", [0, 1])
def test_large_random_input_completes(seed):
    """200 kB of dose-like noise must complete (no timing asserted; see benchmarks/parsers_speed.py)."""
    text = _random_text(200_000, seed)
    _check(text, find_doses(text))


def test_pathological_inputs():
    for text in ["1" * 100_000, "1 mg " * 20_000, "1 mg on days " + "1, " * 30_000, "1–" * 50_000 + "mg",
                 "(" * 50_000 + "1 mg", "1 mg" + ")" * 50_000, "mg/" * 30_000, "for 3 weeks " * 10_000]:
        _check(text, find_doses(text))


# --- dose shapes: per-time exponents, thousands dots, single doses ------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("ethinyloestradiol 20 µg day−1.", ("20 µg day−1", 20.0, 20.0, "µg", "day", "daily", None)),
        ("busulfan 4 mg kg−1 d−1 for 4 days", ("4 mg kg−1 d−1", 4.0, 4.0, "mg/kg", "day", "daily", "for 4 days")),
        ("erythropoietin 10.000 IU sc three times weekly", ("10.000 IU", 10000.0, 10000.0, "IU", None, "three times weekly", None)),
        ("bupivacaine 0.125 mg/kg", ("0.125 mg/kg", 0.125, 0.125, "mg/kg", None, None, None)),  # a decimal, not thousands
        ("fulvestrant 125 mg administered as a single intramuscular injection",
         ("125 mg", 125.0, 125.0, "mg", None, "once", None)),
    ],
)
def test_more_dose_shapes(text, row):
    doses = find_doses(text)
    _check(text, doses)
    assert [_row(d) for d in doses] == [row]


@given(st.integers(1, 999), st.sampled_from(["IU", "mg", "µg"]))
def test_a_dot_before_three_zeros_groups_thousands(n, unit):
    [dose] = find_doses(f"drug {n}.000 {unit} weekly")
    assert dose.low == n * 1000


@given(st.integers(1, 999), st.integers(1, 99).map(lambda d: f"{d:02d}"), st.sampled_from(["mg", "IU"]))
def test_other_decimals_stay_decimals(n, decimals, unit):
    [dose] = find_doses(f"drug {n}.{decimals} {unit}")
    assert dose.low == pytest.approx(float(f"{n}.{decimals}"))


@pytest.mark.parametrize(
    ("text", "pos_word", "expected"),
    [
        ("given single‐dose cisplatin (> 80 mg/m2)", "cisplatin", "once"),
        ("weekly paclitaxel 80 mg/m2", "paclitaxel", "weekly"),
        ("with cisplatin 80 mg/m2", "cisplatin", None),
    ],
)
def test_frequency_written_before_the_drug(text, pos_word, expected):
    assert frequency_before(text, text.index(pos_word)) == expected


# --- dose-to-drug linking, through the real pipeline --------------------------------------------

from trialmine.extract.link import extract_rows  # noqa: E402
from trialmine.ingest.text import text_document  # noqa: E402
from trialmine.nlp.pipeline import build_pipeline  # noqa: E402
from trialmine.store.schema import to_evidence_frame  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def dose_rows(nlp, text):
    document = text_document("t", text, "test")
    found = [r for r in extract_rows(document, nlp(document.text)) if r["kind"] == "dose"]
    to_evidence_frame(found)  # every row meets the evidence contract
    return [(r["text"], r["drug"], r["dose_frequency"]) for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patients received epirubicin, cisplatin and capecitabine: 50 mg/m2 epirubicin and 60 mg/m2 cisplatin on day 1 "
            "and 1250 mg/m2 oral capecitabine on days 1–21.",
            [("50 mg/m2", "epirubicin", None), ("60 mg/m2", "cisplatin", None), ("1250 mg/m2", "capecitabine", None)],
        ),
        (
            "Patients were given infusions of cisplatin (20 mg/m2) and fluorouracil (750 mg/m2) for 5 days.",
            [("20 mg/m2", "cisplatin", None), ("750 mg/m2", "fluorouracil", None)],
        ),
        ("Patients received 300 mg of imatinib daily.", [("300 mg", "imatinib", "daily")]),
        ("Patients with lung cancer given single-dose cisplatin (> 80 mg/m2) were enrolled.", [("80 mg/m2", "cisplatin", "once")]),
        (
            "Granisetron plus dexamethasone (GRN+Dx) was compared with metoclopramide plus dexamethasone (MCP+Dx). "
            "GRN+Dx was given as Dx 20 mg.",
            [("20 mg", "dexamethasone", None)],
        ),
    ],
)
def test_doses_link_to_their_drug(nlp, text, expected):
    assert dose_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The subjects consumed 500 ml of pomegranate juice every day for 4 weeks.",
        "The median planning target volume was 1302 ml (916–4608).",
    ],
)
def test_amounts_that_dose_no_drug_are_not_dose_rows(nlp, text):
    assert dose_rows(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "drug", "expected"),
    [
        ("infusion of bupivacaine 0.125% plus fentanyl", "bupivacaine", ("0.125%", 0.125)),
        ("3 ml of 0.75% ropivacaine", "ropivacaine", ("0.75%", 0.75)),
        ("imiquimod 5% cream", "imiquimod", ("5%", 5.0)),
        ("a capsaicin 8% cutaneous patch", "capsaicin", ("8%", 8.0)),  # a route or site word before the form
        ("A Capsaicin (8%) Patch in the Treatment of Pain", "Capsaicin", ("8%", 8.0)),
        ("imiquimod cream 5% or vehicle", "imiquimod", ("5%", 5.0)),  # the form written before the percentage
        ("ORR: imiquimod 40% vs vehicle 5%", "imiquimod", None),  # a result: no form
        ("ORR: venetoclax 45% vs azacitidine 20%", "venetoclax", None),  # a result
        ("venetoclax 4% vs 2%", "venetoclax", None),  # a result: no leading '0.', no formulation
        ("neutropenia in 8% cisplatin-treated patients", "cisplatin", None),
        ("deaths: 2·5% albendazole versus 2·6% control", "albendazole", None),
    ],
)
def test_drug_concentrations(text, drug, expected):
    from trialmine.extract.doses import concentration_dose

    start = text.index(drug)
    dose = concentration_dose(text, start, start + len(drug))
    assert (None if dose is None else (dose.text, dose.low)) == expected
    if dose:
        assert dose.unit == "%" and text[dose.start : dose.end] == dose.text


def test_a_drug_concentration_is_a_dose_row_not_a_result(nlp):
    text = "Patients received continuous epidural infusion with bupivacaine 0.125% and fentanyl for 72 h."
    document = text_document("t", text, "test")
    found = extract_rows(document, nlp(document.text))
    assert [(r["kind"], r["text"], r["drug"], r["dose_unit"]) for r in found if r["text"] == "0.125%"] == [
        ("dose", "0.125%", "bupivacaine", "%")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Group S received 3 ml of normal saline, group L received 3 ml of 1.0% lidocaine.",
            [("3 ml", "lidocaine", None), ("1.0%", "lidocaine", None)],
        ),
        (
            "Group I received lignocaine 1% (9ml) with normal saline (1ml), group II lignocaine 1% (9ml) with neostigmine 100 μg.",
            [("9ml", "lidocaine", None), ("9ml", "lidocaine", None), ("100 μg", "neostigmine", None)],
        ),
        ("Patients received desmopressin 40 μg or matching placebo (300 mg starch capsule).", [("40 μg", "desmopressin", None)]),
        ("Patients received creatine phosphate (1.0 g) or 100 ml 0.9% saline over 30 minutes.", [("1.0 g", "phosphocreatine", None)]),
        ("Group MP received methylprednisolone 125 mg diluted into 2 ml of distilled water.", [("125 mg", "methylprednisolone", None)]),
    ],
)
def test_a_placebo_or_saline_dose_doses_no_drug(nlp, text, expected):
    """The comparator's amount ('3 ml of normal saline', 'placebo (300 mg)') is no dose of the drug
    written before it (arms.json control_terms 'placebo')."""
    assert dose_rows(nlp, text) == expected


@given(
    amount=st.integers(min_value=1, max_value=500),
    unit=st.sampled_from(["mg", "ml", "mL", "μg"]),
    joiner=st.sampled_from([" of ", " ", " of 0.9% "]),
    word=st.sampled_from(["placebo", "normal saline", "saline", "vehicle"]),
)
@settings(max_examples=40, deadline=None)
def test_an_amount_written_as_a_placebo_s_is_never_a_drug_s(amount, unit, joiner, word):
    from trialmine.extract.arms import ArmRules
    from trialmine.extract.link import doses_a_placebo

    text = f"Patients received lidocaine 2 mg or {amount} {unit}{joiner}{word} daily."
    drug_dose = text.index("2 mg")
    start = text.index(f"{amount} {unit}", drug_dose + 4)
    assert doses_a_placebo(text, start, start + len(f"{amount} {unit}"), ArmRules.default())
    assert not doses_a_placebo(text, drug_dose, drug_dose + 4, ArmRules.default())
