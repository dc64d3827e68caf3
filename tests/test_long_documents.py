"""Long documents: chunked statistical pipes, whole-document rules, offsets into the stored text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.en import English

from trialmine.extract.link import extract_rows
from trialmine.ingest.document import Document
from trialmine.nlp.components import doc_text
from trialmine.nlp.long_docs import chunk_bounds, process_texts
from trialmine.nlp.pipeline import build_pipeline
from trialmine.run import extract

PAPER = Path(__file__).resolve().parents[1] / "corpus" / "rr_aml_selinexor_paper.txt"
SPACY_MAX_LENGTH = English().max_length  # 1,000,000: what spaCy refuses a text past


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=1, max_value=60))
@settings(max_examples=200, deadline=None)
def test_chunks_cover_the_text_contiguously_within_the_limit(text, max_chars):
    bounds = chunk_bounds(text, max_chars)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(bounds, bounds[1:]))
    assert all(0 < end - start <= max_chars for start, end in bounds) or text == ""


def test_chunks_end_at_paragraphs_when_there_are_any():
    text = ("word " * 30 + "\n\n") * 20
    for start, end in chunk_bounds(text, 500)[:-1]:
        assert text[:end].endswith("\n\n")


def _facts(rows):
    keep = ("kind", "start", "end", "text", "drug", "endpoint", "value", "regimen", "dose_low", "n")
    return sorted(tuple(r.get(k) for k in keep) for r in rows)


def test_chunked_processing_gives_the_same_facts_as_one_pass(nlp):
    text = PAPER.read_text("utf-8")
    document = Document("paper", "paper", text, str(PAPER))
    whole = process_texts(nlp, [text], max_chunk_chars=len(text))[0]
    chunked = process_texts(nlp, [text], max_chunk_chars=3_000)[0]
    assert chunked.text == text
    assert doc_text(whole) == doc_text(chunked) == text  # kept from the texts the Docs were made from
    assert doc_text(whole) is text and whole.text == text
    assert [(s.start_char, s.end_char) for s in chunked.sents] == [(s.start_char, s.end_char) for s in whole.sents]
    assert _facts(extract_rows(document, chunked)) == _facts(extract_rows(document, whole))


@pytest.mark.slow
def test_a_document_past_spacys_length_limit_keeps_every_copy_of_its_facts():
    """Past spaCy's default max_length (1M characters, what the chunking is for) and the old
    quadratic sentence splitter: the paper 37 times over is read in bounded chunks, and every copy
    yields the paper's own facts. (Just past the limit is enough: each chunk, and so what is checked,
    is the same at any length; how time grows with length is benchmarks/long_documents.py's.)"""
    paper = PAPER.read_text("utf-8")
    unit = paper.rstrip("\n") + "\n\n"
    copies = SPACY_MAX_LENGTH // len(unit) + 1
    single = extract([Document("one", "paper", unit, "one")]).rows
    result = extract([Document("long", "paper", unit * copies, "long")])
    assert not result.failures and len(unit * copies) > SPACY_MAX_LENGTH
    by_copy: dict[int, list[dict]] = {}
    for row in result.rows:
        shifted = dict(row, start=row["start"] % len(unit), end=row["end"] - (row["start"] // len(unit)) * len(unit))
        by_copy.setdefault(row["start"] // len(unit), []).append(shifted)
    assert sorted(by_copy) == list(range(copies))
    expected = _facts(single)
    assert all(_facts(rows) == expected for rows in by_copy.values())
