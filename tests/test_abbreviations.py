"""The abbreviation detector's long forms are whole words (trialmine.nlp.abbreviations)."""

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import trialmine.nlp.abbreviations  # noqa: F401  (registers trialmine_abbreviations)
import trialmine.nlp.sentences  # noqa: F401  (registers trialmine_sentences)
from trialmine.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def detector():
    nlp = spacy.blank("en")
    nlp.add_pipe("trialmine_sentences")
    nlp.add_pipe("trialmine_abbreviations")
    return nlp


def long_forms(nlp, text: str) -> dict[str, str]:
    return {a.text: a._.long_form.text for a in nlp(text)._.abbreviations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both letters of the short form recur inside one word: the words before complete it
        ("Patients had total thyroidectomy (TT) or Dunhill operation (DO).", {"TT": "total thyroidectomy", "DO": "Dunhill operation"}),
        ("Patients had a partial parathyroidectomy (PPT).", {"PPT": "partial parathyroidectomy"}),
        # scispaCy counts the text's own spacing to find the letter's token: unspaced tokens before ('high-', '12-') moved it past 'C'
        ("Serum high-sensitivity C-reactive protein (CRP) fell.", {"CRP": "C-reactive protein"}),
        ("The 12-month C-reactive protein (CRP) fell.", {"CRP": "C-reactive protein"}),
        # already whole: kept as found
        ("The overall response rate (ORR) was 40%.", {"ORR": "overall response rate"}),
        ("Arms: non-small cell lung cancer (NSCLC) cohorts.", {"NSCLC": "non-small cell lung cancer"}),
        # the words before give other initials: not taken
        ("Patients with transarterial chemoembolization (TACE) were followed.", {"TACE": "transarterial chemoembolization"}),
    ],
)
def test_long_forms_are_whole_words(detector, text, expected):
    assert long_forms(detector, text) == expected


def test_a_long_form_takes_no_words_across_a_sentence_end(detector):
    text = "Patients were treated.\nThyroidectomy (TT) was total."
    assert long_forms(detector, text) == {"TT": "Thyroidectomy"}


def test_a_long_form_starting_on_a_token_inside_a_word_starts_at_the_word(detector):
    doc = detector("All received 10mg methotrexate (MTX) daily.")
    assert [t.text for t in doc[2:4]] == ["10", "mg"]  # one word, two tokens
    assert {a.text: a._.long_form.text for a in doc._.abbreviations} == {"MTX": "methotrexate"}
    assert long_forms(detector, "A dose of 5mg (MG) was given.") == {"MG": "5mg"}


def test_every_occurrence_of_a_short_form_reads_the_whole_long_form(detector):
    doc = detector("Total thyroidectomy (TT) was done. After TT, recurrence was rare; TT was safe.")
    assert [(a.text, a._.long_form.text) for a in sorted(doc._.abbreviations)] == [("TT", "Total thyroidectomy")] * 3


def test_the_pipeline_reads_the_whole_long_form():
    doc = build_pipeline()[0]("Patients were randomized to total thyroidectomy (TT) or Dunhill operation (DO).")
    assert {a.text: a._.long_form.text for a in doc._.abbreviations} == {"TT": "total thyroidectomy", "DO": "Dunhill operation"}


_WORD = st.one_of(
    st.from_regex(r"[tadsx]{1,9}", fullmatch=True),
    st.from_regex(r"[0-9]{1,2}(mg|kg|ml)", fullmatch=True),  # two tokens, one word
    st.from_regex(r"[tadx]{1,4}-[tadx]{1,5}", fullmatch=True),
)


def _in_order(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(c in rest for c in letters)


@given(
    words=st.lists(_WORD, min_size=1, max_size=9),
    short=st.from_regex(r"[TADS]{2,5}", fullmatch=True),
    capital=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_a_long_form_starts_and_ends_on_word_boundaries_and_holds_the_short_forms_letters(words, short, capital):
    nlp = _plain_detector()
    if capital:
        words = [words[0].capitalize(), *words[1:]]
    text = "Patients had " + " ".join(words) + f" ({short}), then {short} again."
    for abbreviation in nlp(text)._.abbreviations:
        long_form = abbreviation._.long_form
        start, end = long_form.start_char, long_form.end_char
        assert start == 0 or not text[start - 1].isalnum(), (text, long_form.text)
        assert end == len(text) or not text[end].isalnum(), (text, long_form.text)
        assert _in_order(re.sub(r"[^a-z0-9]", "", abbreviation.text.lower()), long_form.text.lower())


_PLAIN = []


def _plain_detector():
    if not _PLAIN:
        nlp = spacy.blank("en")
        nlp.add_pipe("trialmine_abbreviations")
        _PLAIN.append(nlp)
    return _PLAIN[0]
