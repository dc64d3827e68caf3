"""Tests for trialmine.extract.numbers: numbers, percentages, patient counts, denominators."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noise import random_text
from trialmine.extract.numbers import (
    Denominator,
    PatientCount,
    Percentage,
    find_denominators,
    find_patient_counts,
    find_percentages,
    parse_number,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PAPER = CORPUS / "rr_aml_selinexor_paper.txt"
INTERVIEW = CORPUS / "mf_selinexor_ruxolitinib_interview.txt"

# ---------------------------------------------------------------------------------------------
# parse_number
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "s, expected",
    [
        ("40", 40.0),
        ("40.0", 40.0),
        ("0.1", 0.1),
        (".5", 0.5),
        ("1,000", 1000.0),
        ("1,000.5", 1000.5),
        ("12,345,678", 12345678.0),
        ("40·0", 40.0),
        ("-2.5", -2.5),
        (" 7 ", 7.0),
        ("zero", 0.0),
        ("one", 1.0),
        ("four", 4.0),
        ("Ten", 10.0),
        ("TWELVE", 12.0),
        ("twenty", 20.0),
        ("twenty-one", 21.0),
        ("twenty one", 21.0),
        ("Ninety-nine", 99.0),
        ("thirty", 30.0),
        ("hundred", 100.0),
        ("one hundred", 100.0),
        ("eight hundred and six", 806.0),
    ],
)
def test_parse_number(s, expected):
    assert parse_number(s) == pytest.approx(expected)


@pytest.mark.parametrize(
    "s",
    ["", " ", "abc", "40%", "1,00", "1,0000", "5-HT3", "four five", "twentyone", "1.2.3", "nan",
     "inf", "1e5", "IDH2", "one-hundred-and", "ten percent", "--5", "٣"],
)
def test_parse_number_rejects(s):
    assert parse_number(s) is None


@given(st.text())
def test_parse_number_never_raises(s):
    v = parse_number(s)
    assert v is None or isinstance(v, float)


@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_parse_number_roundtrip_ints(n, commas):
    s = f"{n:,}" if commas else str(n)
    assert parse_number(s) == float(n)


# ---------------------------------------------------------------------------------------------
# percentages
# ---------------------------------------------------------------------------------------------

def _one_pct(text: str) -> Percentage:
    found = find_percentages(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, span, value, low, high, qualifier",
    [
        ("CR/CRi of 60.0%.", "60.0%", 60.0, 60.0, 60.0, "="),
        ("Sixty-nine percent of patients relapsed", "Sixty-nine percent", 69.0, 69.0, 69.0, "="),
        ("about twenty per cent of the women", "about twenty per cent", 20.0, 20.0, 20.0, "~"),
        ("an intensity between 60 and 80% of the maximum", "60 and 80%", None, 60.0, 80.0, "="),
        ("versus −0.48 ± 1.4% for placebo", "−0.48 ± 1.4%", -0.48, -0.48, -0.48, "="),
        ("in the placebo group (+0.82 ± 1.7%)", "+0.82 ± 1.7%", 0.82, 0.82, 0.82, "="),
        ("in four (40.0%) patients", "40.0%", 40.0, 40.0, 40.0, "="),
        ("a rate of 40 % overall", "40 %", 40.0, 40.0, 40.0, "="),
        ("rates of 40%–50% were", "40%–50%", None, 40.0, 50.0, "="),
        ("rates of 40–50% were", "40–50%", None, 40.0, 50.0, "="),
        ("rates of 40-50% were", "40-50%", None, 40.0, 50.0, "="),
        ("rates of 40—50% were", "40—50%", None, 40.0, 50.0, "="),
        ("rates of 40% to 50% were", "40% to 50%", None, 40.0, 50.0, "="),
        ("rates of 40 to 50% were", "40 to 50%", None, 40.0, 50.0, "="),
        ("consists of 3%–5% of de novo AML", "3%–5%", None, 3.0, 5.0, "="),
        ("within the range of 5%–25%, while", "5%–25%", None, 5.0, 25.0, "="),
        ("SVR35 rates exceeding 90%, an", "exceeding 90%", 90.0, 90.0, 90.0, ">"),
        ("response rates of approximately 40%–50% (Mims", "approximately 40%–50%", None, 40.0, 50.0, "~"),
        ("31% showed", "31%", 31.0, 31.0, 31.0, "="),
        ("showed ≥50% decrease", "≥50%", 50.0, 50.0, 50.0, "≥"),
        ("negativity was defined as<0.1%.", "<0.1%", 0.1, 0.1, 0.1, "<"),
        ("negativity was defined as <0.6% (Wang", "<0.6%", 0.6, 0.6, 0.6, "<"),
        ("decrease more than 50% in 2 weeks", "more than 50%", 50.0, 50.0, 50.0, ">"),
        ("by at least 50% and", "at least 50%", 50.0, 50.0, 50.0, "≥"),
        ("rates of only about 20% (Jabbour", "about 20%", 20.0, 20.0, 20.0, "~"),
        ("in approximately 40% of patients", "approximately 40%", 40.0, 40.0, 40.0, "~"),
        ("blasts <5%, absence", "<5%", 5.0, 5.0, 5.0, "<"),
        ("decreases less than 50% in", "less than 50%", 50.0, 50.0, 50.0, "<"),
        ("around 30% of", "around 30%", 30.0, 30.0, 30.0, "~"),
        ("nearly 30% of", "nearly 30%", 30.0, 30.0, 30.0, "~"),
        ("roughly 30% of", "roughly 30%", 30.0, 30.0, 30.0, "~"),
        ("~30% of", "~30%", 30.0, 30.0, 30.0, "~"),
        ("≈ 30% of", "≈ 30%", 30.0, 30.0, 30.0, "~"),
        ("greater than 30% of", "greater than 30%", 30.0, 30.0, 30.0, ">"),
        ("over 30% of", "over 30%", 30.0, 30.0, 30.0, ">"),
        ("above 30% of", "above 30%", 30.0, 30.0, 30.0, ">"),
        ("> 30% of", "> 30%", 30.0, 30.0, 30.0, ">"),
        (">=30% of", ">=30%", 30.0, 30.0, 30.0, "≥"),
        ("no less than 30% of", "no less than 30%", 30.0, 30.0, 30.0, "≥"),
        ("below 30% of", "below 30%", 30.0, 30.0, 30.0, "<"),
        ("under 30% of", "under 30%", 30.0, 30.0, 30.0, "<"),
        ("fewer than 30% of", "fewer than 30%", 30.0, 30.0, 30.0, "<"),
        ("≤30% of", "≤30%", 30.0, 30.0, 30.0, "≤"),
        ("<=30% of", "<=30%", 30.0, 30.0, 30.0, "≤"),
        ("up to 50% of sunitinib", "up to 50%", 50.0, 50.0, 50.0, "≤"),
        ("at most 50% of", "at most 50%", 50.0, 50.0, 50.0, "≤"),
        ("Exceeding 90%", "Exceeding 90%", 90.0, 90.0, 90.0, ">"),
        ("count was 10.25% (IQR", "10.25%", 10.25, 10.25, 10.25, "="),
        ("hyponatremia (100%), nausea", "100%", 100.0, 100.0, 100.0, "="),
        ("an OS of 40·5% at", "40·5%", 40.5, 40.5, 40.5, "="),
        ("rose to 12 percent", "12 percent", 12.0, 12.0, 12.0, "="),
        ("rose to 12 per cent", "12 per cent", 12.0, 12.0, 12.0, "="),
        ("rates of 50–40%", "50–40%", None, 40.0, 50.0, "="),  # reversed range: swapped
    ],
)
def test_percentage_examples(text, span, value, low, high, qualifier):
    p = _one_pct(text)
    assert p.text == span
    assert text[p.start:p.end] == span
    assert p.value == value
    assert (p.low, p.high) == (low, high)
    assert p.qualifier == qualifier
    assert not p.is_ci_level


@pytest.mark.parametrize(
    "text, span",
    [
        ("HR 0.5 (95% CI 0.3–0.8)", "95%"),
        ("(95%CI, 1.1-2.0)", "95%"),
        ("with a 95% confidence interval of", "95%"),
        ("the 90 % Confidence Interval", "90 %"),
    ],
)
def test_ci_level(text, span):
    ps = find_percentages(text)
    assert ps[0].text == span and ps[0].is_ci_level and ps[0].value == float(span.rstrip(" %"))


def test_ci_level_not_set_for_plain_percentages():
    assert [p.is_ci_level for p in find_percentages("ORR 45% (95% CI 30%–60%)")] == [False, True, False]


def test_from_to_is_two_values():
    ps = find_percentages("increased from 20% to 40% after")
    assert [(p.text, p.value) for p in ps] == [("20%", 20.0), ("40%", 40.0)]


def test_a_decrease_written_with_to_is_two_values_an_increase_stays_a_range():
    assert [(p.text, p.value) for p in find_percentages("depression (73% to 51%, P < 0.01)")] == [("73%", 73.0), ("51%", 51.0)]
    (p,) = find_percentages("rates of 40% to 50% were")
    assert (p.value, p.low, p.high) == (None, 40.0, 50.0)


def test_qualifier_only_immediately_before():
    ps = find_percentages("more than half of patients, 40%")
    assert [(p.text, p.qualifier) for p in ps] == [("40%", "=")]


@pytest.mark.parametrize(
    "text",
    [
        "5-HT3 antagonists", "SVR35 rates", "IDH2 (R140Q)", "version 2022", "1.0 × 109/L",
        "grade 3–4", "SPSS 25.0", "percentage decrease", "p = 0.05", "12 months", "",
        "the percent of", "HbA1c%",
    ],
)
def test_percentage_negatives(text):
    assert find_percentages(text) == []


def test_percentages_in_paper():
    text = PAPER.read_text(encoding="utf-8")
    ps = find_percentages(text)
    spans = [p.text for p in ps]
    for expected in ["approximately 10%", "approximately 40%–50%", "14%", "31%", "≥50%", "<0.1%",
                     "<0.6%", "<5%", "at least 50%", "5%–25%", "more than 50%", "less than 50%",
                     "3%–5%", "about 20%", "66.7%", "10.25%"]:
        assert expected in spans, expected
    assert not any(p.is_ci_level for p in ps)


def test_percentages_in_interview():
    text = INTERVIEW.read_text(encoding="utf-8")
    ps = find_percentages(text)
    assert [(p.text, p.qualifier, p.value) for p in ps] == [
        ("exceeding 90%", ">", 90.0), ("approximately 40%", "~", 40.0), ("approximately 40%", "~", 40.0)
    ]


# ---------------------------------------------------------------------------------------------
# patient counts
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, span, n, n_total, pct",
    [
        ("achieving CR in four (40.0%) patients and", "four", 4, None, 40.0),
        ("achieving CR in four patients (40.0%) and", "four", 4, None, 40.0),
        ("Five (50.0%) patients underwent allo-HSCT", "Five", 5, None, 50.0),
        ("Seven (70.0%) patients had an ECOG", "Seven", 7, None, 70.0),
        ("and four out of ten (40.0%) patients had received", "four", 4, 10, 40.0),
        ("Four out of five patients who received allo-HSCT", "Four", 4, 5, None),
        ("including six (60.0%) males and", "six", 6, None, 60.0),
        ("and three (30.0%) had an ECOG", "three", 3, None, 30.0),
        ("and 3 (30.0%) had an ECOG", "3", 3, None, 30.0),
        ("and three patients died of", "three", 3, None, None),
        ("Two (20.0%) patients achieved PR", "Two", 2, None, 20.0),
        ("Of the remaining four patients, two underwent bridge", "two", 2, None, None),
        ("we enrolled nine patients with R/R AML", "nine", 9, None, None),
        ("Ten patients with R/R AML", "Ten", 10, None, None),
        ("12 healthy volunteers received", "12", 12, None, None),
        ("1,024 participants were", "1,024", 1024, None, None),
        ("in 12/40 (30%) cases", "12", 12, 40, 30.0),
        ("Eight hundred and six untreated patients", "Eight hundred and six", 806, None, None),
        ("twenty-one women were", "twenty-one", 21, None, None),
        ("four R/R AML patients relapsed", "four", 4, None, None),
        ("six of our patients were treated", "six", 6, None, None),
        ("Of the six patients, three achieved CR", "three", 3, None, None),
        ("and 45 children (30.0%)", "45", 45, None, 30.0),
        ("Three of the 47 patients were", "Three", 3, 47, None),
        ("One of the patients in this study", "One", 1, None, None),
    ],
)
def test_patient_count_examples(text, span, n, n_total, pct):
    found = find_patient_counts(text)
    assert len(found) == 1, found
    c = found[0]
    assert c.text == span and text[c.start:c.end] == span
    assert c.n == n and c.n_total == n_total
    if pct is None:
        assert c.percentage is None
    else:
        assert c.percentage is not None and c.percentage.value == pct
        assert text[c.percentage.start:c.percentage.end] == c.percentage.text


@pytest.mark.parametrize(
    "text",
    [
        "relapsed within 12 months", "in 2 weeks", "received 4, 8, or 10 doses of selinexor",
        "classification version 2022 of haematolymphoid", "Patient No. 7 who underwent",
        "patient No. 2 and patient No. 5 had MLL-PTD", "grade 3 (20%) neutropenia",
        "grade 1 or 2 asymptomatic hyponatremia", "5-HT3 antagonists", "RUNX1 (30.0%), MLL (30.0%)",
        "5-year overall survival rates", "SPSS 25.0", "HR 2 (95% CI 1–3)", "up to 13 cycles of chemotherapy",
        "more than five prior lines of chemotherapy", "the 2022 ELN guidelines", "aged 65 years",
        "of the 81 evaluable patients", "in 15 patients", "(n = 45)", "14% of patients",
        "Patients No.9 did not", "12 days after treatment", "median age was 46 years (range 33–56 years)",
    ],
)
def test_patient_count_negatives(text):
    assert find_patient_counts(text) == []


def test_patient_counts_in_paper():
    text = PAPER.read_text(encoding="utf-8")
    counts = find_patient_counts(text)
    got = [(c.text, c.n, c.n_total, c.percentage.value if c.percentage else None) for c in counts]
    # results paragraph of the abstract, in order
    assert got[:8] == [
        ("Ten", 10, None, None), ("four", 4, None, 40.0), ("two", 2, None, 20.0), ("Five", 5, None, 50.0),
        ("seven", 7, None, 70.0), ("three", 3, None, None), ("nine", 9, None, None), ("one", 1, None, None),
    ]
    assert ("four", 4, 10, 40.0) in got
    assert ("Four", 4, 5, None) in got
    assert ("3", 3, None, 30.0) in got
    assert ("six", 6, None, 60.0) in got
    # nothing from months, doses, grades, versions, patient numbers, years
    for c in counts:
        after = text[c.end:c.end + 12]
        assert not after.lstrip().startswith(("months", "weeks", "doses", "cycles", "days")), c
        assert not text[max(0, c.start - 6):c.start].rstrip().endswith(("No.", "grade", "version")), c


# ---------------------------------------------------------------------------------------------
# denominators
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, span, n_total",
    [
        ("and 14% of the 81 evaluable patients achieved", "of the 81 evaluable patients", 81),
        ("a rate of 45% in 40 R/R AML patients (Abboud", "in 40 R/R AML patients", 40),
        ("the CR/CRi rate of 47% in 15 patients (Alexander", "in 15 patients", 15),
        ("data of 120 participants were", "of 120 participants", 120),
        ("placebo (n = 45) or", "(n = 45)", 45),
        ("placebo (N=45) or", "(N=45)", 45),
        ("placebo n=45 or", "n=45", 45),
        ("arm (N = 61; intravenous", "N = 61", 61),
        ("Of the remaining four patients, two", "Of the remaining four patients", 4),
        ("among the ten patients.", "among the ten patients", 10),
        ("(n = 1,024)", "(n = 1,024)", 1024),
    ],
)
def test_denominator_examples(text, span, n_total):
    found = find_denominators(text)
    assert len(found) == 1, found
    d = found[0]
    assert d.text == span and text[d.start:d.end] == span and d.n_total == n_total


@pytest.mark.parametrize(
    "text",
    ["CR in four patients (40.0%) and", "relapsed in 12 months", "in 2 weeks", "mean=45", "of 4 doses",
     "in patients with AML", "n = 4.5"],
)
def test_denominator_negatives(text):
    assert find_denominators(text) == []


# ---------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------

FINDERS = [find_percentages, find_patient_counts, find_denominators]

_FRAGMENTS = [
    "40", "40.0", "1,000", "0.1", "4", "four", "Ten", "twenty-one", "%", " %", "%–", "–", "-", "—",
    " to ", "(", ")", "(40.0%)", " patients", " males", " had", " out of ", " of the ", " in ", "n",
    "=", " = ", "<", "≥", "~", "≈", "approximately ", "more than ", "at least ", "up to ", "CI",
    " confidence interval", "95%", "5-HT3", "grade ", "No. ", ",", ".", ";", " ", "\n", "\u00a0",
    "mg", "/", "evaluable", "R/R AML", "hundred", " and ", "from ", "·", "٣", "𝜇",
]
clinical_text = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)
any_text = st.one_of(st.text(), st.text(alphabet=st.characters(codec="utf-8")), clinical_text)


def _check_items(text, items):
    prev_end = -1
    prev_start = -1
    for it in items:
        assert 0 <= it.start < it.end <= len(text)
        assert text[it.start:it.end] == it.text
        assert it.start >= prev_end, "overlap"
        assert it.start >= prev_start, "unsorted"
        prev_end, prev_start = it.end, it.start


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_finders_never_raise_and_spans_are_exact(text):
    for finder in FINDERS:
        items = finder(text)
        _check_items(text, items)
    for p in find_percentages(text):
        assert p.low <= p.high
        assert p.qualifier in ("=", "~", ">", "≥", "<", "≤")
        assert p.value is None or p.value == p.low == p.high
    for c in find_patient_counts(text):
        assert isinstance(c.n, int) and c.n >= 0
        assert c.n_total is None or c.n_total >= c.n
        if c.percentage is not None:
            assert text[c.percentage.start:c.percentage.end] == c.percentage.text
    for d in find_denominators(text):
        assert isinstance(d.n_total, int) and d.n_total >= 0


_QUALS = {
    "": "=", "approximately": "~", "about": "~", "around": "~", "nearly": "~", "roughly": "~", "~": "~",
    "≈": "~", "exceeding": ">", "more than": ">", "greater than": ">", "over": ">", "above": ">",
    ">": ">", "at least": "≥", "≥": "≥", ">=": "≥", "no less than": "≥", "less than": "<",
    "below": "<", "under": "<", "fewer than": "<", "<": "<", "≤": "≤", "<=": "≤", "up to": "≤",
    "at most": "≤",
}
number_strings = st.one_of(
    st.integers(0, 100000).map(str),
    st.integers(1000, 10**9).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 999), st.integers(0, 9999)).map(lambda t: f"{t[0]}.{t[1]}"),
)


@given(st.sampled_from(sorted(_QUALS)), number_strings, st.sampled_from(["%", " %", " percent"]),
       st.sampled_from(["", "The rate was ", "in "]), st.sampled_from(["", " of patients", ".", ")"]))
def test_generated_qualified_percentage(q, x, sign, prefix, suffix):
    body = f"{q} {x}{sign}" if q else f"{x}{sign}"
    text = prefix + body + suffix
    p = _one_pct(text)
    assert p.value == float(x.replace(",", ""))
    assert p.qualifier == _QUALS[q]
    assert p.text == body
    assert p.start == len(prefix)


@given(number_strings, number_strings, st.sampled_from(["–", "-", "—", " to ", " – "]), st.booleans())
def test_generated_percentage_range(a, b, dash, both):
    text = f"rates of {a}{'%' if both else ''}{dash}{b}% were"
    va, vb = float(a.replace(",", "")), float(b.replace(",", ""))
    if both and dash == " to " and va > vb:  # "75% to 56%": a change, two values
        assert [p.value for p in find_percentages(text)] == [va, vb]
        return
    p = _one_pct(text)
    assert p.value is None
    assert (p.low, p.high) == (min(va, vb), max(va, vb))


@given(st.integers(0, 999), st.integers(0, 999), st.sampled_from(["patients", "participants", "women"]))
def test_generated_counts(n, pct_int, noun):
    text = f"Overall, {n} ({pct_int}.0%) {noun} responded."
    c = find_patient_counts(text)
    assert len(c) == 1 and c[0].n == n and c[0].percentage.value == float(pct_int)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence ends after "group." / "cycles.": the next sentence may open with a count
        ("two patients in the control group. One patient from each group had a fever.", ["two", "One"]),
        ("Six cycles were given in each group. Two patients died.", ["Two"]),
        # abbreviations and short identifiers before a full stop still make the number an identifier
        ("as shown in Fig. 2 patients", []),
        ("Patient No. 7 who underwent", []),
    ],
)
def test_a_count_may_open_the_sentence_after_an_identifier_word(text, expected):
    assert [c.text for c in find_patient_counts(text)] == expected


@given(st.integers(1, 12), st.sampled_from(["group", "groups", "cohort", "cycles", "stage"]), st.booleans())
def test_a_count_after_a_full_stop_reads_alike_in_words_and_digits(n, word, in_words):
    words = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split()
    text = f"Results were similar in each {word}. {words[n - 1] if in_words else n} patients died."
    assert [c.n for c in find_patient_counts(text)] == [n]


def _random_text(size: int, seed: int) -> str:
    return random_text(_FRAGMENTS + ["a", "b", "x", "patients", "mg/m2", "days 1–7", "   ", "9" * 30, "1," * 50], size, seed)


@pytest.mark.parametrize("seed", [0, 1])
def test_large_random_input_completes(seed):
    """200 kB of clinical-looking noise: must complete (no timing asserted; see benchmarks/)."""
    text = _random_text(200_000, seed)
    for finder in FINDERS:
        _check_items(text, finder(text))


def test_pathological_inputs():
    for text in ["1" * 100_000, "1," * 50_000, "%" * 50_000, "1 " * 50_000 + "%", "-1" * 50_000,
                 "more than " * 10_000, "four " * 20_000 + "patients", "(n = " * 20_000, "of the " * 20_000]:
        for finder in FINDERS:
            _check_items(text, finder(text))


def test_dataclasses_frozen():
    p = find_percentages("40%")[0]
    with pytest.raises(Exception):
        p.value = 1.0  # type: ignore[misc]
    assert isinstance(p, Percentage)
    assert isinstance(find_patient_counts("four (40%) had")[0], PatientCount)
    assert isinstance(find_denominators("(n = 4)")[0], Denominator)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("were 18.8 ± 6.9% and 9.9 ± 6.3% (P", [("18.8 ± 6.9%", 18.8), ("9.9 ± 6.3%", 9.9)]),
        ("a change of -5% overall", [("-5%", -5.0)]),
        ("(95% CI −3·2% to 13·7%)", [("95%", 95.0), ("−3·2% to 13·7%", None)]),
        ("in 10-20% of cases", [("10-20%", None)]),
    ],
)
def test_estimate_with_standard_error_and_negative_values(text, expected):
    assert [(p.text, p.value) for p in find_percentages(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted patients' arm between them and their percentage
        ("Two patients in the control group (5.7%) had bleeding.", [("Two", 2, None, "5.7%")]),
        ("in 185 of 2654 patients receiving drug A (7.0%) and in 210 of 2641 patients receiving placebo (8.0%)",
         [("185", 185, 2654, "7.0%"), ("210", 210, 2641, "8.0%")]),
        # after "versus" a count is one when its percentage follows
        ("prolapse in 4 TX patients (7.5%) versus 1 CT patient (1.8%)", [("4", 4, None, "7.5%"), ("1", 1, None, "1.8%")]),
        ("grade 3 vs 4 patients", []),
        # the denominator written after the percentage
        ("in 45 (38%) of 120 patients in the A group and 30 (25%) of 119 in the B group", [("45", 45, 120, "38%"), ("30", 30, 119, "25%")]),
        # a count inside "(including ...)" is a subset of the count before it
        ("5 B patients (including 2 patients given prior infusions) received a transplant", [("5", 5, None, None)]),
        ("Of 40 patients, of whom 12 patients achieved CR", [("12", 12, None, None)]),
        ("(30 (21%) versus 46 (35%); P = 0.01)", [("30", 30, None, "21%"), ("46", 46, None, "35%")]),
    ],
)
def test_counts_with_their_percentage_after_an_arm_or_a_comparison(text, expected):
    assert [(c.text, c.n, c.n_total, c.percentage.text if c.percentage else None) for c in find_patient_counts(text)] == expected


@given(st.integers(0, 5000), st.integers(0, 5000), st.sampled_from([" of ", " out of ", "/", " of the "]),
       st.sampled_from(["", " (12.5%)"]), st.sampled_from(["patients", "participants", "recipients"]))  # fmt: skip
def test_n_of_m_is_a_count_n_with_denominator_m(n, m, join, pct, noun):
    """"N of M patients": whenever n <= m the count is n and its denominator m (with or without its
    percentage after it); otherwise M is no denominator of N."""
    text = f"Overall, {n}{join}{m} {noun}{pct} had a response."
    counts = find_patient_counts(text)
    if n <= m:
        assert [(c.text, c.n, c.n_total) for c in counts] == [(str(n), n, m)]
    else:
        assert all(c.n_total is None for c in counts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in Group A (70,58%) and in Group Q (69.3%)", [("70,58%", 70.58, 70.58, 70.58), ("69.3%", 69.3, 69.3, 69.3)]),
        ("3,012 contacts (64,3% female)", [("64,3%", 64.3, 64.3, 64.3)]),
        ("12,5–15,5%", [("12,5–15,5%", None, 12.5, 15.5)]),
        # three digits after the comma are thousands
        ("a 1,000% increase", [("1,000%", 1000.0, 1000.0, 1000.0)]),
    ],
)
def test_a_percentage_may_carry_a_decimal_comma(text, expected):
    assert [(p.text, p.value, p.low, p.high) for p in find_percentages(text)] == expected


@given(st.integers(0, 999), st.integers(0, 99), st.booleans())
def test_a_decimal_comma_percentage_reads_as_its_decimal_point_twin(whole, frac, two_digits):
    digits = f"{frac:02d}" if two_digits else str(frac % 10)
    comma, point = find_percentages(f"rate ({whole},{digits}%)"), find_percentages(f"rate ({whole}.{digits}%)")
    assert [(p.value, p.text.replace(",", ".")) for p in comma] == [(p.value, p.text) for p in point]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a percentage compared with a bare zero: the other arm's percentage
        ("CMV (8% vs. 0) and BK (4% vs. 0) infections", [("8%", 8.0), ("0", 0.0), ("4%", 4.0), ("0", 0.0)]),
        ("incidence of hypotension (30% versus 0; P < 0.0001)", [("30%", 30.0), ("0", 0.0)]),
        # not a zero with a unit or decimals of its own
        ("8% vs. 0.5% and 3% vs. 0 months", [("8%", 8.0), ("0.5%", 0.5), ("3%", 3.0)]),
    ],
)
def test_a_percentage_compared_with_a_bare_zero(text, expected):
    assert [(p.text, p.value) for p in find_percentages(text)] == expected


@given(st.integers(0, 300), st.integers(1, 300), st.integers(0, 300), st.integers(1, 300),
       st.sampled_from([" versus ", " vs ", " vs. ", " compared with "]))  # fmt: skip
def test_fractions_compared_with_each_other_are_counts_with_their_denominators(k1, t1, k2, t2, join):
    """"(11/39 versus 11/117, p = 0.003)": each fraction whose count does not exceed its
    denominator is a count of that many (GUIDELINES §7.4, counts with a denominator)."""
    text = f"More infants were diagnosed with haemorrhage ({k1}/{t1}{join}{k2}/{t2}, p = 0.003)."
    expected = [(str(k), k, t) for k, t in ((k1, t1), (k2, t2)) if k <= t]
    if len(expected) == 2:  # a fraction compared with no other fraction is left alone
        assert [(c.text, c.n, c.n_total) for c in find_patient_counts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Grade 3/4 versus 1/2 toxicity was similar.",  # grades
        "Patients were enrolled between 1/2010 and 12/2012.",  # dates
        "Blood pressure was 120/80 vs 130/85 mmHg.",
        "Sulphadoxine-pyrimethamine (1,500/75 mg) and 20/25 mg were given.",
    ],
)
def test_grades_dates_and_ratios_are_no_compared_fractions(text):
    assert find_patient_counts(text) == []
