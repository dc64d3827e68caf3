"""JSON-lines abstracts (`{"pmid", "title", "text", ...}` per line, optionally gzipped).

Each good line becomes one Document; a bad line becomes a Failure whose source is
"<file>:<line number>" and the rest of the file is still read.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

from trialmine.ingest.document import Document, Failure, IngestResult, Segment
from trialmine.ingest.errors import IngestError
from trialmine.ingest.normalise import normalise_text
from trialmine.limits import Limits

ABSTRACT_SUFFIXES = (".jsonl", ".jsonl.gz")
META_FIELDS = ("pmid", "pmcid", "doi", "journal", "year", "license", "license_url")

# "Background:", "Patients and methods:", "Methods/design:" at the start of a line.
_SECTION_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z]*(?:[ /-][A-Za-z]+){0,5}):[ \t]")


class _BadRecord(ValueError):
    """A line that is not a usable abstract record; the message is the reason."""


def is_abstracts_file(path: Path) -> bool:
    return path.name.lower().endswith(ABSTRACT_SUFFIXES)


def read_abstracts_file(path: Path, source: str, limits: Limits) -> IngestResult:
    result = IngestResult()
    for lineno, raw in _numbered_lines(path):
        if not raw.strip():
            continue
        try:
            result.documents.append(abstract_document(_parse_record(raw, limits), source))
        except _BadRecord as e:
            result.failures.append(Failure(f"{source}:{lineno}", "ingest", str(e)))
    if not result.documents and not result.failures:
        raise IngestError("empty file (no JSON lines)")
    return result


def abstract_document(record: dict[str, object], source: str) -> Document:
    """Document text is title + "\\n" + abstract; segments are the title and each section."""
    pmid = str(record["pmid"])
    title = normalise_text(str(record["title"]), keep_nbsp=True)
    body = normalise_text(str(record["text"]), keep_nbsp=True)
    text = f"{title}\n{body}"
    segments = [Segment(0, len(title), "section:title")] if title else []
    segments += abstract_sections(body, offset=len(title) + 1)
    meta = {k: str(record[k]) for k in META_FIELDS if isinstance(record.get(k), (str, int))}
    return Document(pmid, "abstract", text, f"{source}#{pmid}", segments=segments, meta=meta)


def abstract_sections(body: str, offset: int = 0) -> list[Segment]:
    """One segment per labelled section (`section:methods`); unlabelled lead text is `section:abstract`."""
    segments: list[Segment] = []
    pos = 0
    for line in body.splitlines(keepends=True):
        start, end = offset + pos, offset + pos + len(line.rstrip("\n"))
        pos += len(line)
        match = _SECTION_LABEL.match(line)
        if match:
            segments.append(Segment(start, end, f"section:{match.group('label').lower()}"))
        elif segments:
            segments[-1] = Segment(segments[-1].start, end, segments[-1].label)
        elif line.strip():
            segments.append(Segment(start, end, "section:abstract"))
    return segments


def _numbered_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        with gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb") as fh:
            yield from enumerate(fh, start=1)
    except (gzip.BadGzipFile, EOFError) as e:
        raise IngestError(f"broken gzip file: {e}") from None


def _parse_record(raw: bytes, limits: Limits) -> dict[str, object]:
    if len(raw) > limits.max_chars:
        raise _BadRecord(f"line too long: {len(raw)} bytes > max_chars {limits.max_chars}")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _BadRecord(f"not UTF-8: bad byte at column {e.start + 1}") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise _BadRecord(f"malformed JSON: {e.msg} at column {e.colno}") from None
    if not isinstance(record, dict):
        raise _BadRecord(f"expected a JSON object, got {type(record).__name__}")
    for key in ("pmid", "title", "text"):
        value = record.get(key)
        if key == "pmid" and isinstance(value, int) and not isinstance(value, bool):
            continue
        if not isinstance(value, str):
            raise _BadRecord(f"missing or non-string field {key!r}")
    if not str(record["pmid"]).strip() or not str(record["text"]).strip():
        raise _BadRecord("empty 'pmid' or 'text'")
    return record
