"""The contract between ingestion and everything after it.

A `Document` holds the text every later stage reads; all character offsets in the evidence
table point into `Document.text`, so ingestion never changes the text after it hands it over.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

DocType = Literal["interview", "paper", "abstract", "pdf", "text"]


@dataclass(frozen=True)
class Segment:
    """A labelled stretch of the document text, e.g. a speaker turn or a PDF page."""

    start: int
    end: int
    label: str  # "speaker:Dr. Minghui Duan", "page:3", "section:title" ...


@dataclass
class Document:
    doc_id: str
    doc_type: DocType
    text: str
    source: str  # the file (or file#pmid) it came from, relative to the corpus root
    segments: list[Segment] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    # the file's absolute path (with #pmid for abstracts): what the store records as its source,
    # so that files of the same name in two corpora stay two documents (`ingest.identity`)
    origin: str = ""

    @property
    def keyed_by_pmid(self) -> bool:
        """Abstracts are known by their PMID wherever they come from; files by their path."""
        return self.doc_type == "abstract"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Failure:
    """One document that could not be processed, as the run report shows it."""

    source: str
    stage: str  # "ingest", "nlp", "extract", ...
    reason: str  # one line a person can act on, e.g. "encrypted PDF"


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    # notes that did not stop a document, e.g. "not UTF-8: decoded as cp1252"
    warnings: list[Failure] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)  # absolute folders read: the corpus, an inbox outside it
