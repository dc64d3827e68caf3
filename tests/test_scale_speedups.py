"""The speed-ups of issue 12 keep the results: sentence offsets as pysbd's own, every multi-word
drug name still found though the lexicon now tries only phrases that can exist."""

from __future__ import annotations

import json
import re

import pysbd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pysbd.lang.english import English

from conftest import REPO
from trialmine.nlp.sentences import sentence_spans
from trialmine.normalise.drugs import DrugLexicon

ABSTRACTS = REPO.parent / "shared" / "data" / "abstracts" / "abstracts.jsonl"
TRICKY_LINES = [
    "Yes. Yes. No. Yes.",  # a sentence repeated: each occurrence once, in order
    "Response was seen in 12 pts. vs. 8 pts. in the control arm. Median OS was 9.1 mo.",
    "  Leading and trailing spaces.   Then more.  ",
    "Smith et al. reported it (Lancet 2019). Dr. Jones did not, i.e. no data. E.g. none!",
    "...",
    "Fig. 2 shows it. Total. Royal. vs. no. 5 pts. were seen (approx. 3 mo.). U.S. and e.g. Mr. X. Ph.D. students.",
]
# Words around periods, to stress the abbreviation step trialmine runs on fewer abbreviations
# (only those that start a word before a period): pysbd's own, in both cases, and words that
# merely contain one ("total" holds "al", "royal" too).
_WORDS = sorted(English.Abbreviation.ABBREVIATIONS)[::3] + ["total", "Royal", "The", "we", "12", "(n", "=", "8)", "vs", "A", "i"]


def _pysbd_reference(text: str) -> list[tuple[int, int]]:
    """pysbd's own character spans (the implementation trialmine replaced), line by line, stripped."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            for span in segmenter.segment(line):
                lead, trail = len(span.sent) - len(span.sent.lstrip()), len(span.sent) - len(span.sent.rstrip())
                spans.append((offset + span.start + lead, offset + span.end - trail))
        offset += len(line) + 1
    return spans


def test_sentence_spans_are_pysbds_own() -> None:
    texts = list(TRICKY_LINES)
    if ABSTRACTS.is_file():
        for line in ABSTRACTS.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.append(f"{record['title']}\n{record['text']}")
    for text in texts:
        assert sentence_spans(text) == _pysbd_reference(text), text[:80]
    spans = sentence_spans(TRICKY_LINES[0])
    assert [TRICKY_LINES[0][s:e] for s, e in spans] == ["Yes.", "Yes.", "No.", "Yes."]
    assert [s for s, _ in spans] == sorted({s for s, _ in spans})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.booleans(), st.sampled_from(["", ".", ". ", ".", ","]), st.sampled_from([" ", "  ", "\t"])),
        min_size=1,
        max_size=25,
    )
)
def test_abbreviation_step_keeps_pysbds_sentences(words: list[tuple[str, bool, str, str]]) -> None:
    text = "".join((word.upper() if upper else word) + after + space for word, upper, after, space in words)
    assert sentence_spans(text) == _pysbd_reference(text)


@pytest.fixture(scope="module")
def lexicon() -> DrugLexicon:
    return DrugLexicon.default()


def test_every_multiword_name_is_still_found(lexicon: DrugLexicon) -> None:
    plain = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*){1,3}")
    names = sorted(n for n in lexicon.names if plain.fullmatch(n) and lexicon.canonical(n))
    assert len(names) > 1000
    for name in names[:: max(1, len(names) // 300)]:
        text = f"Patients received {name} on day 1."
        start = text.index(name)
        hits = [(m.start, m.end, m.drug) for m in lexicon.find(text)]
        assert (start, start + len(name), lexicon.canonical(name)) in hits, (name, hits)
