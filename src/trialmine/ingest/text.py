"""Plain-text and Markdown files (.txt, .md).

Encoding: UTF-8 (a BOM is stripped; UTF-16 only with a BOM), else cp1252, else latin-1, with a
warning naming the fallback. The file is read in chunks and reading stops after max_chars + 1
characters; a longer file is a failure ("text too long"), never silently truncated, because a
cut-off paper would lose evidence without anyone noticing.

doc_type: "interview" when `is_interview` holds for its speaker turns, else "paper". Markdown
is kept as written (offsets point into the raw Markdown).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from trialmine.ingest.document import Document, Failure, IngestResult
from trialmine.ingest.errors import IngestError
from trialmine.ingest.interview import find_speaker_turns, is_interview
from trialmine.ingest.normalise import normalise_text
from trialmine.limits import Limits

TEXT_SUFFIXES = frozenset({".txt", ".md"})
_CHUNK_CHARS = 1 << 20
_SNIFF_BYTES = 8192
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def read_text_file(path: Path, source: str, limits: Limits) -> IngestResult:
    raw, encoding = _read_decoded(path, limits.max_chars)
    text = normalise_text(raw, keep_nbsp=True)
    if not text.strip():
        raise IngestError("empty file (only whitespace)")
    warnings = []
    if encoding in _FALLBACK_ENCODINGS:
        warnings.append(Failure(source, "ingest", f"not UTF-8: decoded as {encoding}"))
    return IngestResult(documents=[text_document(path.stem, text, source)], warnings=warnings)


def text_document(doc_id: str, text: str, source: str) -> Document:
    """A Document for already-normalised text, typed and segmented by its speaker turns."""
    turns = find_speaker_turns(text)
    if is_interview(turns):
        return Document(doc_id, "interview", text, source, segments=turns)
    return Document(doc_id, "paper", text, source)


def _read_decoded(path: Path, max_chars: int) -> tuple[str, str]:
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _read_chars(path, "utf-16", max_chars), "utf-16"
    if b"\x00" in head:
        raise IngestError(f"binary file (NUL bytes) with a {path.suffix} name")
    for encoding in ("utf-8-sig", *_FALLBACK_ENCODINGS):
        try:
            return _read_chars(path, encoding, max_chars), encoding.removesuffix("-sig")
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


def _read_chars(path: Path, encoding: str, max_chars: int) -> str:
    chunks: list[str] = []
    total = 0
    with path.open(encoding=encoding, newline="") as fh:
        while chunk := fh.read(min(_CHUNK_CHARS, max_chars + 1 - total)):
            if "\x00" in chunk and encoding != "utf-16":
                raise IngestError(f"binary file (NUL bytes) with a {path.suffix} name")
            chunks.append(chunk)
            total += len(chunk)
            if total > max_chars:
                size_mb = path.stat().st_size / 1_000_000
                raise IngestError(
                    f"text too long: more than max_chars {max_chars} characters "
                    f"(file is {size_mb:.1f} MB); raise TRIALMINE_MAX_CHARS to ingest it"
                )
    return "".join(chunks)
