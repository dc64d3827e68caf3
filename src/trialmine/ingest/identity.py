"""Which doc_id each document gets, so that one source never takes over another one's facts.

A file's doc_id is its path relative to the corpus root without the extension (`papers/fulltext`);
an abstract's is its PMID, wherever it comes from. The store records each document's source (the
file's absolute path), and a source keeps the doc_id it is stored under on every later run.

A doc_id that another source holds (a file of another corpus run into the same out folder, or
`a.md` beside `a.txt`) is a clash: the newcomer gets `<doc_id>~<first 8 hex of sha1(its source)>`,
the same on every run, both keep their facts, and the clash is reported naming both sources. A
file with the same text as the stored document of its doc_id is that document, moved or copied:
it keeps the doc_id and the store records the new place (a corpus that moved keeps its ids).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import PurePath, PurePosixPath
from typing import Mapping, Protocol, Sequence

from trialmine.ingest.document import Document, Failure

SEPARATOR = "~"


class Stored(Protocol):
    """What the store knows of a document's identity (`store.db.StoredDocument`)."""

    source: str
    sha256: str


@dataclass(frozen=True)
class Clash:
    doc_id: str  # the doc_id both sources map to
    held_by: str  # the source that keeps it (stored, or earlier in this run)
    source: str  # the source that got `assigned` instead
    assigned: str

    def warning(self, shown_source: str) -> Failure:
        reason = (
            f"doc_id {self.doc_id!r} already belongs to {self.held_by}; "
            f"{self.source} is stored as {self.assigned!r}"
        )
        return Failure(shown_source, "identity", reason)


@dataclass
class Identities:
    documents: list[Document] = field(default_factory=list)  # with their final doc_ids
    clashes: list[Clash] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)  # one per clash, for the run report
    relocated: dict[str, str] = field(default_factory=dict)  # stored doc_id -> its new source


def path_doc_id(relative: str) -> str:
    """`papers/fulltext.txt` -> `papers/fulltext` (only the last suffix goes: `v1.2.txt` -> `v1.2`)."""
    path = PurePosixPath(relative)
    return path.with_suffix("").as_posix() if path.suffix else path.as_posix()


def disambiguated(doc_id: str, source: str) -> str:
    """The doc_id a source gets when its own is held by another source: stable for that source."""
    return f"{doc_id}{SEPARATOR}{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}"


def assign_doc_ids(documents: Sequence[Document], stored: Mapping[str, Stored]) -> Identities:
    """Final doc_ids for one run's documents, given what the store holds.

    Abstracts keep their PMID. A file whose source is stored keeps that document's doc_id; a new
    file takes its path doc_id unless another source holds it (stored with other text, or earlier
    in this run), and then the disambiguated one. Stored sources written before the store kept
    absolute paths are relative to the corpus, and match the document's relative source.
    """
    id_of_source: dict[str, str] = {}
    for doc_id, known in stored.items():
        id_of_source.setdefault(known.source, doc_id)
    taken = {d.doc_id: _origin(d) for d in documents if d.keyed_by_pmid}
    result = Identities()
    for document in documents:
        origin = _origin(document)
        if not document.keyed_by_pmid:
            wanted = id_of_source.get(origin) or id_of_source.get(document.source) or document.doc_id
            holder = taken.get(wanted) or _other_holder(stored.get(wanted), document)
            if holder is None:
                document = replace(document, doc_id=wanted)
            else:
                clash = Clash(wanted, holder, origin, disambiguated(document.doc_id, origin))
                result.clashes.append(clash)
                result.warnings.append(clash.warning(document.source))
                document = replace(document, doc_id=clash.assigned)
            taken[document.doc_id] = origin
        known = stored.get(document.doc_id)
        if known is not None and known.source != origin:
            result.relocated[document.doc_id] = origin
        result.documents.append(document)
    return result


def in_other_corpus(source: str, roots: Sequence[str]) -> bool:
    """Whether a stored document a run did not see belongs to another corpus in the same store:
    its source file still exists, outside the folders the run read. If not, it is missing (gone
    from this corpus, or from the disk) and `--prune` removes it. A relative source (stored before
    sources were absolute) counts as this corpus's, and so does everything when no root is known.
    """
    if not roots or not os.path.isabs(source):
        return False
    path = source.split("#", 1)[0]
    return not any(PurePath(path).is_relative_to(root) for root in roots) and os.path.exists(path)


def _other_holder(known: Stored | None, document: Document) -> str | None:
    """The stored source holding the doc_id, unless it is this document's (same place or text)."""
    if known is None or known.source in (_origin(document), document.source) or known.sha256 == document.sha256:
        return None
    return known.source


def _origin(document: Document) -> str:
    return document.origin or document.source
