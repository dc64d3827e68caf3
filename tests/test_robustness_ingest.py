"""A hostile corpus in tmp_path: every good file is ingested, every bad one is reported, nothing raises."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.ingest.corpus import discover, ingest_paths
from trialmine.ingest.identity import assign_doc_ids, disambiguated
from trialmine.ingest.interview import find_speaker_turns
from trialmine.ingest.normalise import normalise_text
from trialmine.ingest.pdf import clean_pages, join_pages
from trialmine.limits import Limits

REPO = Path(__file__).resolve().parents[1]
PDFS = REPO.parent / "shared" / "data" / "pdfs"
needs_shared_pdfs = pytest.mark.skipif(not PDFS.is_dir(), reason=f"shared PDFs not found at {PDFS}")

GOOD_TEXT = "Dr. A: Selinexor 60 mg weekly.\nB: And the response?\nDr. A: ORR was 40%.\n"
ODD_NAME = "résumé 40% (v2) 🙂.txt"
QUOTED_NAME = "it's a \"quoted\" name.md"


def build_corpus(root: Path) -> None:
    (root / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "good copy.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "empty.txt").write_text("\n \t\n", encoding="utf-8")
    (root / "zero.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "cp1252.txt").write_bytes(b"caf\xe9 40\x96 60 mg")
    (root / "latin1.txt").write_bytes(b"\x81 odd control byte, na\xefve")
    (root / "bom.txt").write_bytes("\ufeffBOM first line\r\nsecond line\rthird".encode("utf-8"))
    (root / ODD_NAME).write_text("Accented name works: 10 \U0001d707g/kg \ufb01ne", encoding="utf-8")
    (root / QUOTED_NAME).write_text("# Quoted\n\nMarkdown is kept as written.", encoding="utf-8")
    (root / "big.txt").write_text("x" * 50_000, encoding="utf-8")
    (root / "report.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (root / "README").write_text("no extension", encoding="utf-8")
    (root / "fake.pdf").write_text("hello, I am plain text", encoding="utf-8")
    (root / "outside.txt").symlink_to("/etc/hostname")
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    os.mkfifo(root / "pipe.txt")  # reading it would block forever
    (root / "records.jsonl").write_text(
        json.dumps({"pmid": 1, "title": "T", "text": "Background: b\nResults: 50%"}) + "\n{oops\n",
        encoding="utf-8",
    )
    with gzip.open(root / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"pmid": "2", "title": "T2", "text": "Gzipped abstract."}) + "\n")
    (root / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    # never discovered:
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / "gold").mkdir()
    (root / "gold" / "labels.txt").write_text("gold", encoding="utf-8")
    (root / "inbox" / "done").mkdir(parents=True)
    (root / "inbox" / "done" / "old.txt").write_text("done", encoding="utf-8")
    (root / "inbox" / "new.txt").write_text("Fresh paper in the inbox.", encoding="utf-8")


@pytest.fixture
def corpus_result(tmp_path: Path):
    root = tmp_path / "corpus"
    root.mkdir()
    build_corpus(root)
    paths = discover(root)
    return paths, root, ingest_paths(paths, Limits(max_chars=10_000), root)


def test_discover_skips_hidden_gold_and_done(corpus_result) -> None:
    paths, root, _ = corpus_result
    names = [p.relative_to(root).as_posix() for p in paths]
    assert names == sorted(names)
    assert "inbox/new.txt" in names and ODD_NAME in names and "outside.txt" in names
    assert not any(n.startswith((".", "gold/", "inbox/done/")) for n in names)


def test_good_documents_are_ingested(corpus_result) -> None:
    _, _, result = corpus_result
    docs = {d.source: d for d in result.documents}
    assert sorted(docs) == sorted(
        ["good.txt", "cp1252.txt", "latin1.txt", "bom.txt", ODD_NAME, QUOTED_NAME, "inbox/new.txt",
         "records.jsonl#1", "more.jsonl.gz#2"]
    )
    assert docs["good.txt"].doc_type == "interview"
    assert docs["cp1252.txt"].text == "café 40– 60 mg"
    assert docs["latin1.txt"].text == "\x81 odd control byte, naïve"
    assert docs["bom.txt"].text == "BOM first line\nsecond line\nthird"
    assert docs[ODD_NAME].doc_id == "résumé 40% (v2) 🙂"
    assert docs[ODD_NAME].text == "Accented name works: 10 µg/kg fine"
    assert docs[QUOTED_NAME].text.startswith("# Quoted")
    assert [s.label for s in docs["records.jsonl#1"].segments] == [
        "section:title", "section:background", "section:results"
    ]


def test_bad_files_are_reported_with_reasons(corpus_result) -> None:
    _, _, result = corpus_result
    reasons = {f.source: f.reason for f in result.failures}
    dangling = reasons.pop("dangling.txt")
    assert dangling.startswith("broken symlink: ") and dangling.endswith("missing.txt does not exist")
    assert reasons.pop("broken.jsonl.gz").startswith("broken gzip file: ")
    assert reasons == {
        "empty.txt": "empty file (only whitespace)",
        "zero.txt": "zero-byte file",
        "binary.txt": "binary file (NUL bytes) with a .txt name",
        "big.txt": "text too long: more than max_chars 10000 characters (file is 0.1 MB); "
        "raise TRIALMINE_MAX_CHARS to ingest it",
        "report.docx": "unsupported file type .docx",
        "README": "unsupported file type (no extension)",
        "fake.pdf": "not a PDF: file starts with 'hello, I am plain text'",
        "outside.txt": "symlink points outside the corpus: /etc/hostname",
        "pipe.txt": "not a regular file (device, socket or pipe)",
        "records.jsonl:2": "malformed JSON: Expecting property name enclosed in double quotes at column 2",
    }


def test_warnings_for_encoding_and_duplicates(corpus_result) -> None:
    _, _, result = corpus_result
    assert {(w.source, w.reason) for w in result.warnings} == {
        ("cp1252.txt", "not UTF-8: decoded as cp1252"),
        ("latin1.txt", "not UTF-8: decoded as latin-1"),
        ("sub/good copy.txt", "duplicate of good.txt (same content hash): skipped"),
    }


def test_files_get_their_path_as_doc_id_and_a_same_name_pair_is_settled_by_identity(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "paper.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b" / "paper.md").write_text("two", encoding="utf-8")
    (tmp_path / "b" / "paper.txt").write_text("three", encoding="utf-8")
    result = ingest_paths(discover(tmp_path), Limits(), tmp_path)
    assert [(d.doc_id, d.source) for d in result.documents] == [
        ("a/paper", "a/paper.txt"), ("b/paper", "b/paper.md"), ("b/paper", "b/paper.txt")
    ]
    assert result.failures == []
    # b/paper.md and b/paper.txt want the same doc_id: the first keeps it, the second gets its own
    identities = assign_doc_ids(result.documents, {})
    second = str(tmp_path / "b" / "paper.txt")
    assert [d.doc_id for d in identities.documents] == ["a/paper", "b/paper", disambiguated("b/paper", second)]
    assert [(c.doc_id, c.held_by, c.source) for c in identities.clashes] == [("b/paper", str(tmp_path / "b" / "paper.md"), second)]


def test_file_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("y" * 3000, encoding="utf-8")
    result = ingest_paths([tmp_path / "big.txt"], Limits(max_file_mb=0.001), tmp_path)
    assert [f.reason for f in result.failures] == ["file too large: 0.0 MB > max_file_mb 0.001"]


def test_missing_path_and_directory(tmp_path: Path) -> None:
    result = ingest_paths([tmp_path / "nope.txt", tmp_path], Limits(), tmp_path)
    assert [f.reason for f in result.failures] == ["file not found", "is a directory, not a file"]


def test_limits_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALMINE_MAX_FILE_MB", "12.5")
    monkeypatch.setenv("TRIALMINE_MAX_PAGES", "40")
    monkeypatch.setenv("TRIALMINE_MAX_CHARS", "1_000")
    assert Limits.from_env() == Limits(max_file_mb=12.5, max_pages=40, max_chars=1000)
    monkeypatch.setenv("TRIALMINE_MAX_PAGES", "many")
    with pytest.raises(ValueError, match="TRIALMINE_MAX_PAGES='many'"):
        Limits.from_env()
    with pytest.raises(ValueError, match="max_chars must be positive"):
        Limits(max_chars=0)


# --- real bad PDFs ---------------------------------------------------------------------------


@needs_shared_pdfs
def test_shared_bad_pdfs_have_specific_reasons() -> None:
    bad = sorted(PDFS.glob("bad_*.pdf"))
    result = ingest_paths(bad, Limits(), PDFS)
    assert not result.documents
    assert {f.source: f.reason for f in result.failures} == {
        "bad_encrypted_password_test.pdf": "encrypted PDF (password required)",
        "bad_html_page_saved_as_pdf.pdf": "not a PDF: file starts with '<!DOCTYPE html PUBLIC \"-'",
        "bad_scanned_image_only_no_text_layer.pdf": "no text layer: scanned PDF, needs OCR",
    }


@needs_shared_pdfs
def test_truncated_and_long_pdfs(tmp_path: Path) -> None:
    source = PDFS / "jtraumamanag_2010_4_1_dvt_prophylaxis_review.pdf"
    data = source.read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (tmp_path / "garbage.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    shutil.copy(source, tmp_path / "four_pages.pdf")
    result = ingest_paths(discover(tmp_path), Limits(max_pages=3), tmp_path)
    reasons = {f.source: f.reason for f in result.failures}
    assert reasons["four_pages.pdf"] == "too many pages: 4 > max_pages 3"
    assert reasons["garbage.pdf"].startswith("broken PDF: ")
    # pdfium may repair a truncated file; then it is either read or reported, never raised
    assert "truncated.pdf" in reasons or [d.source for d in result.documents] == ["truncated.pdf"]


# --- properties ------------------------------------------------------------------------------

texts = st.text(st.characters(codec="utf-8"), max_size=400) | st.lists(
    st.sampled_from(["Dr. A: ", "Bob Smith:", "Methods: ", "\n", "\r\n", "x", " ", "treat-\nment", "\u00a0", "1"]),
    max_size=40,
).map("".join)


def assert_bounded_non_overlapping(text: str, segments) -> None:
    end = 0
    for seg in segments:
        assert end <= seg.start <= seg.end <= len(text)
        end = seg.end


@settings(max_examples=300, deadline=None)
@given(texts)
def test_find_speaker_turns_never_raises_and_stays_in_bounds(text: str) -> None:
    assert_bounded_non_overlapping(text, find_speaker_turns(text))
    normalised = normalise_text(text)
    assert_bounded_non_overlapping(normalised, find_speaker_turns(normalised))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalise_text_is_idempotent(text: str) -> None:
    for keep_nbsp in (False, True):
        once = normalise_text(text, keep_nbsp=keep_nbsp)
        assert normalise_text(once, keep_nbsp=keep_nbsp) == once
        assert "\r" not in once


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, min_size=1, max_size=6))
def test_pdf_page_cleaning_keeps_page_segments_valid(pages: list[str]) -> None:
    text, segments = join_pages(clean_pages(pages))
    assert len(segments) == len(pages)
    assert_bounded_non_overlapping(text, segments)
