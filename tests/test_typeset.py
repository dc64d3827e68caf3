"""Typeset spaces (no-break, thin, narrow, hair ...) are read as the spaces they are, offsets kept."""

import sys
import unicodedata
from dataclasses import asdict, fields

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trialmine.extract.measures import parse_measures
from trialmine.ingest.document import Document
from trialmine.nlp.typeset import TYPESET_SPACES, matching_text
from trialmine.run import extract

ZS = sorted(chr(c) for c in range(sys.maxunicode + 1) if c != 0x20 and unicodedata.category(chr(c)) == "Zs")
# sentences of development abstracts' shapes: a value and its unit, signs, counts and P values
SENTENCES = [
    "Patients received liraglutide 1.8 mg or placebo once daily (n = 120).",
    "HbA1c fell by −0.99 ± 0.06% with dulaglutide 1.5 mg versus −0.32 ± 0.06% with sitagliptin (P < 0.001).",
    "Median overall survival was 14.7 months (HR 0.66, 95% CI 0.49 to 0.89; P = 0.02) in the pembrolizumab arm.",
    "Adalimumab (n = 12) or placebo (n = 12) was given for 4 weeks; 8 of 12 patients (67%) responded.",
]


def test_typeset_spaces_are_the_space_separators_of_unicode():
    assert sorted(TYPESET_SPACES) == ZS


def test_matching_text_keeps_every_offset():
    text = "We enrolled 9385 of 15\u2008818 women; 35\u00a0mg/m2, P\u2009<\u20090.001, 1\u2009234\u2009567 cells"
    matching = matching_text(text)
    assert len(matching) == len(text)
    assert matching == "We enrolled 9385 of 15,818 women; 35 mg/m2, P < 0.001, 1,234,567 cells"


def test_digit_groups_need_three_digits_and_one_kind_of_space():
    # a decimal before, four digits before, two digits after: separate numbers, only the space changes
    for text in ("2.5\u2009000", "1234\u2009567", "12\u200945", "100\u2009000.5"):
        assert matching_text(text) == text.replace("\u2009", " "), text
    assert matching_text("1\u2009234\u00a0567") == "1,234 567"


def test_plain_text_is_returned_as_it_is():
    text = "ORR 45% vs 20%"
    assert matching_text(text) is text


@given(st.sampled_from(SENTENCES).flatmap(lambda s: st.tuples(st.just(s), st.lists(st.sampled_from(ZS), min_size=s.count(" "), max_size=s.count(" ")), st.lists(st.booleans(), min_size=s.count(" "), max_size=s.count(" ")))))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_values_parse_the_same_with_any_space(case):
    sentence, spaces, replace = case
    typeset = _respaced(sentence, spaces, replace)
    plain, found = parse_measures(sentence), parse_measures(matching_text(typeset))
    for kind in fields(plain):
        assert _unquoted(getattr(plain, kind.name)) == _unquoted(getattr(found, kind.name)), kind.name


@given(st.lists(st.sampled_from(ZS), min_size=40, max_size=40), st.lists(st.booleans(), min_size=40, max_size=40))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_rows_are_those_of_plain_spaces_and_quote_the_stored_text(spaces, replace):
    text = "\n".join(["A randomised trial of liraglutide", *SENTENCES])
    typeset = _respaced(text, spaces * (text.count(" ") // 40 + 1), replace * (text.count(" ") // 40 + 1))
    plain_rows = extract([Document("p", "abstract", text, "x")]).rows
    typeset_rows = extract([Document("p", "abstract", typeset, "x")]).rows
    assert typeset_rows  # values, doses and drugs are found
    for row in typeset_rows:
        assert row["text"] == typeset[row["start"] : row["end"]]
        assert row["sentence"] == typeset[row["sentence_start"] : row["sentence_start"] + len(row["sentence"])]
    assert [_comparable(r) for r in plain_rows] == [_comparable(r) for r in typeset_rows]


def _respaced(text: str, spaces: list[str], replace: list[bool]) -> str:
    parts = text.split(" ")
    out = [parts[0]]
    for part, space, swap in zip(parts[1:], spaces, replace):
        out += [space if swap else " ", part]
    return "".join(out)


def _unquoted(items) -> list[dict]:
    """Parsed values without the text they quote (their offsets, values, units and bounds stay)."""
    return [{k: v for k, v in asdict(item).items() if k != "text"} for item in items]


def _comparable(row: dict) -> dict:
    """A row without what quotes the text (its spaces are the text's own)."""
    return {k: v for k, v in row.items() if k not in ("text", "sentence", "evidence_id")}
