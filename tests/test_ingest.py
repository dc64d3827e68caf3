"""Each reader on real files: the corpus texts, the shared abstracts and the shared PDFs."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from trialmine.ingest.abstracts import abstract_sections, read_abstracts_file
from trialmine.ingest.corpus import discover, ingest_paths
from trialmine.ingest.document import Segment
from trialmine.ingest.interview import find_speaker_turns, is_interview
from trialmine.ingest.normalise import normalise_text
from trialmine.ingest.pdf import drop_repeated_margins, join_hyphenated_words, read_pdf
from trialmine.ingest.text import read_text_file
from trialmine.limits import Limits

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared" / "data"
PDFS = SHARED / "pdfs"
ABSTRACTS = SHARED / "abstracts" / "abstracts.jsonl"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data not found at {SHARED}")


def assert_segments_valid(text: str, segments: list[Segment]) -> None:
    previous_end = 0
    for seg in segments:
        assert previous_end <= seg.start <= seg.end <= len(text), seg
        previous_end = seg.end


# --- corpus text files -----------------------------------------------------------------------


@pytest.mark.parametrize("stem", ["mf_selinexor_ruxolitinib_interview", "rr_aml_selinexor_paper"])
def test_corpus_text_is_byte_identical_to_file(stem: str) -> None:
    path = CORPUS / f"{stem}.txt"
    doc = read_text_file(path, path.name, Limits()).documents[0]
    assert doc.doc_id == stem
    assert doc.text == path.read_text(encoding="utf-8")
    assert normalise_text(doc.text, keep_nbsp=True) == doc.text


def test_corpus_interview_has_speaker_turns() -> None:
    path = CORPUS / "mf_selinexor_ruxolitinib_interview.txt"
    doc = read_text_file(path, path.name, Limits()).documents[0]
    turns = [s for s in doc.segments if s.label.startswith("speaker:")]
    assert doc.doc_type == "interview"
    assert len(turns) >= 4
    assert {s.label for s in turns} == {"speaker:Hematology Frontier", "speaker:Dr. Minghui Duan"}
    assert doc.segments[0].label == "section:intro"
    assert doc.text[turns[1].start :].startswith("Dr. Minghui Duan: Myelofibrosis")
    assert_segments_valid(doc.text, doc.segments)


def test_corpus_paper_is_not_an_interview() -> None:
    path = CORPUS / "rr_aml_selinexor_paper.txt"
    doc = read_text_file(path, path.name, Limits()).documents[0]
    assert doc.doc_type == "paper"
    assert find_speaker_turns(doc.text) == []


def test_discover_and_ingest_corpus_dir() -> None:
    result = ingest_paths(discover(CORPUS), Limits(), CORPUS)
    assert [d.doc_id for d in result.documents] == [
        "mf_selinexor_ruxolitinib_interview",
        "rr_aml_selinexor_paper",
    ]
    assert [d.source for d in result.documents] == [p.name for p in sorted(CORPUS.glob("*.txt"))]
    assert not result.failures and not result.warnings


# --- normaliser and speaker turns ------------------------------------------------------------


def test_normalise_text() -> None:
    raw = "a\r\nb\rc\u00a0d\u2009e\u202ff \ufb01\ufb02\ufb00\ufb03\ufb04 10 \U0001d707g 5 \u03bcL e\u0301"
    assert normalise_text(raw) == "a\nb\nc d e f fiflffffiffl 10 \u00b5g 5 \u00b5L \u00e9"
    assert normalise_text("35\u00a0mg", keep_nbsp=True) == "35\u00a0mg"


def test_find_speaker_turns_labels_and_spans() -> None:
    text = "Preface text.\nQ: Why?\nmore question\nDr. Jane O'Neil-Smith: Because.\nNote: not a turn\n"
    turns = find_speaker_turns(text)
    assert [s.label for s in turns] == ["section:intro", "speaker:Q", "speaker:Dr. Jane O'Neil-Smith"]
    assert text[turns[1].start : turns[1].end] == "Q: Why?\nmore question"
    assert text[turns[2].start : turns[2].end] == "Dr. Jane O'Neil-Smith: Because.\nNote: not a turn"
    assert is_interview(turns)


def test_long_or_numbered_labels_are_not_speakers() -> None:
    text = "One two three four five six seven: x\n1) MRD (MFC): y\nResults: z\n"
    assert find_speaker_turns(text) == []
    assert not is_interview(find_speaker_turns("Alice: hi\n"))


# --- abstracts -------------------------------------------------------------------------------


@needs_shared
def test_shared_abstracts_all_load() -> None:
    result = read_abstracts_file(ABSTRACTS, "abstracts.jsonl", Limits())
    assert len(result.documents) == 60 and not result.failures
    records = [json.loads(line) for line in ABSTRACTS.read_text(encoding="utf-8").splitlines()]
    for doc, record in zip(result.documents, records):
        assert doc.doc_id == record["pmid"] and doc.doc_type == "abstract"
        assert doc.source == f"abstracts.jsonl#{record['pmid']}"
        assert len(doc.text) == len(record["title"]) + 1 + len(record["text"])
        assert doc.text[: len(record["title"])] == record["title"]
        assert doc.segments[0] == Segment(0, len(record["title"]), "section:title")
        assert_segments_valid(doc.text, doc.segments)
        assert {"pmid", "journal", "year", "license"} <= doc.meta.keys()
        assert doc.meta.get("doi") == record["doi"]  # absent from meta when the record has null
    aml16 = result.documents[0]
    assert "overall response rate was 69%" in aml16.text


@needs_shared
def test_malformed_abstract_line_reported_with_line_number(tmp_path: Path) -> None:
    lines = ABSTRACTS.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4][:50]  # truncated JSON
    lines[9] = json.dumps({"pmid": "1", "title": "no text field"})
    copy = tmp_path / "abstracts.jsonl"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest_paths([copy], Limits(), tmp_path)
    assert len(result.documents) == 58
    assert [(f.source, f.reason.split(":")[0]) for f in result.failures] == [
        ("abstracts.jsonl:5", "malformed JSON"),
        ("abstracts.jsonl:10", "missing or non-string field 'text'"),
    ]


def test_abstract_sections_split_at_labels() -> None:
    body = "Background: why\nMethods: how\nmore how\nResults: what"
    segs = abstract_sections(body, offset=10)
    assert [s.label for s in segs] == ["section:background", "section:methods", "section:results"]
    assert body[segs[1].start - 10 : segs[1].end - 10] == "Methods: how\nmore how"
    assert [s.label for s in abstract_sections("Plain unstructured abstract.")] == ["section:abstract"]


# --- PDFs ------------------------------------------------------------------------------------

GOOD_PDFS = {
    "hindawi_casrephematol_2016_6545861_ALL_in_CALR_ET": ["hydroxyurea", "72%", "essential thrombocythemia"],
    "jtraumamanag_2010_4_1_dvt_prophylaxis_review": ["Journal of Trauma Management", "deep venous thrombosis"],
    "hindawi_stemcellsint_2016_4078215_gcsf_cyclophosphamide_mobilization": ["José Eugenio Vázquez Meraz", "\u00b5g/kg"],
    "hindawi_casrephematol_2016_8206826_multiple_myeloma_hemorrhage": ["multiple myeloma", "CD138"],
    "hindawi_casrependocrinol_2016_2087525_ipilimumab_graves_melanoma": ["ipilimumab", "30.4%"],
    "bmj_2015_ussher_physical_activity_smoking_pregnancy_rct": ["smoking cessation", "95% confidence interval"],
    "trials_2014_15_486_inhaled_PGE1_neonates_provisional": ["ng/kg/min", "hypoxemic respiratory failure"],
}


@cache
def read_shared_pdf(stem: str):
    """Each shared PDF read once for the tests below, which only look at the result."""
    return read_pdf(PDFS / f"{stem}.pdf", f"{stem}.pdf", Limits())


@needs_shared
@pytest.mark.parametrize("stem", sorted(GOOD_PDFS))
def test_good_pdf_text_and_pages(stem: str) -> None:
    result = read_shared_pdf(stem)
    doc = result.documents[0]
    assert doc.doc_id == stem and doc.doc_type == "pdf"
    for expected in GOOD_PDFS[stem]:
        assert expected in doc.text
    assert [s.label for s in doc.segments] == [f"page:{n}" for n in range(1, len(doc.segments) + 1)]
    assert len(doc.segments) == int(doc.meta["pages"])
    assert_segments_valid(doc.text, doc.segments)
    assert "\ufb01" not in doc.text and "\U0001d707" not in doc.text and "\u00a0" not in doc.text
    words = doc.text.split()
    glued = [w for w in words if len(w) > 30 and not {"/", "@"} & set(w)]
    assert len(glued) <= 2, glued  # inter-word spaces survive (tight kerning)


@needs_shared
def test_pdf_blank_page_is_kept_as_empty_segment_with_warning() -> None:
    stem = "trials_2014_15_486_inhaled_PGE1_neonates_provisional"
    result = read_shared_pdf(stem)
    page31 = result.documents[0].segments[30]
    assert (page31.label, page31.start == page31.end) == ("page:31", True)
    assert [w.reason for w in result.warnings] == ["no text on page(s) 31 of 32 (figure or scanned page?)"]


@needs_shared
def test_pdf_running_heads_are_dropped() -> None:
    stem = "jtraumamanag_2010_4_1_dvt_prophylaxis_review"
    doc = read_shared_pdf(stem).documents[0]
    assert "www.traumamanagement.org/content/4/1/1" not in doc.text
    assert "Page 2 of" not in doc.text


def test_join_hyphenated_words() -> None:
    text = "the treat-\nment of selinexor-\ncontaining and well-\nknown follow-\nup and Anti-\nPD1"
    vocabulary = {"well-known"}
    assert join_hyphenated_words(text, vocabulary) == (
        "the treatment of selinexor-containing and well-known follow-up and Anti-\nPD1"
    )
    assert join_hyphenated_words("a co-\ncontaining", {"cocontaining"}) == "a cocontaining"


def test_drop_repeated_margins() -> None:
    bodies = [f"{word} opens\nmiddle\n{word} closes" for word in ("alpha", "beta", "gamma", "delta")]
    pages = [f"Journal of X {n}\n{body}\n{n}" for n, body in enumerate(bodies, start=1)]
    assert drop_repeated_margins(pages) == bodies
    one_page = ["Title\nbody"]
    assert drop_repeated_margins(one_page) == one_page


@needs_shared
@pytest.mark.parametrize(
    ("stem", "sentence"),
    [
        ("bmj_2015_ussher_physical_activity_smoking_pregnancy_rct",
         "Adequately powered trials are needed with moderate intensity exercise (for example, brisk walking)"),
        ("jtraumamanag_2010_4_1_dvt_prophylaxis_review",
         "In studies involving non-trauma patients with permanent retrievable filters, filter migration"),
    ],
)
def test_two_column_pdf_is_read_column_by_column(stem: str, sentence: str) -> None:
    doc = read_shared_pdf(stem).documents[0]
    assert sentence in " ".join(doc.text.split())


@needs_shared
def test_pypdfium2_engine_is_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALMINE_PDF_ENGINE", "pypdfium2")
    path = PDFS / "hindawi_casrephematol_2016_6545861_ALL_in_CALR_ET.pdf"
    doc = ingest_paths([path], Limits(), PDFS).documents[0]
    assert doc.meta["pdf_engine"] == "pypdfium2" and "hydroxyurea" in doc.text
    assert_segments_valid(doc.text, doc.segments)
