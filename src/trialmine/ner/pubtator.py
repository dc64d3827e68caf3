"""A pure reader of the PubTator format used by the BC5CDR corpus.

Format (one document per blank-line separated block)::

    <PMID>|t|<title>
    <PMID>|a|<abstract>
    <PMID>\t<start>\t<end>\t<mention>\t<Chemical|Disease>\t<ID(s)>[\t<individual mentions>]
    <PMID>\tCID\t<chemical ID>\t<disease ID>

Offsets are 0-based, end-exclusive, into ``title + " " + abstract``.
Relation (CID) lines are skipped. Any malformed line raises
:class:`PubTatorFormatError` naming the file and the 1-based line number.
No I/O happens outside :func:`read_pubtator`; :func:`parse_pubtator` works on
any iterable of lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

__all__ = [
    "Mention",
    "PubTatorDocument",
    "PubTatorFormatError",
    "parse_pubtator",
    "read_pubtator",
    "write_pubtator",
]

#: Entity types of BC5CDR.
ENTITY_TYPES = ("Chemical", "Disease")


class PubTatorFormatError(ValueError):
    """A malformed PubTator line; the message names the source and line number."""

    def __init__(self, source: str, line_no: int, message: str, line: str = "") -> None:
        self.source = source
        self.line_no = line_no
        self.line = line
        snippet = line if len(line) <= 80 else line[:77] + "..."
        super().__init__(f"{source}:{line_no}: {message}" + (f": {snippet!r}" if line else ""))


@dataclass(frozen=True, slots=True)
class Mention:
    """One annotated entity mention (offsets into ``title + " " + abstract``)."""

    start: int
    end: int
    text: str
    type: str
    ids: tuple[str, ...] = ()
    individual_mentions: tuple[str, ...] = ()


@dataclass(slots=True)
class PubTatorDocument:
    """One PubTator document: title, abstract and the mentions in them."""

    pmid: str
    title: str
    abstract: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The text the offsets refer to: ``title + " " + abstract``."""
        return f"{self.title} {self.abstract}"


def _parse_int(value: str, what: str, source: str, line_no: int, line: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise PubTatorFormatError(source, line_no, f"{what} offset is not an integer", line) from None
    if number < 0:
        raise PubTatorFormatError(source, line_no, f"{what} offset is negative", line)
    return number


def parse_pubtator(lines: Iterable[str], source: str = "<string>") -> Iterator[PubTatorDocument]:
    """Parse PubTator lines into documents (a generator).

    ``source`` names the input in error messages. Mention offsets are checked
    against the text: ``text[start:end]`` must equal the mention string.
    """
    doc: PubTatorDocument | None = None
    have_abstract = False
    for line_no, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if doc is not None:
                if not have_abstract:
                    raise PubTatorFormatError(source, line_no, f"document {doc.pmid} has no abstract line")
                yield doc
            doc, have_abstract = None, False
            continue
        if "\t" not in line and "|" in line:
            parts = line.split("|", 2)
            if len(parts) != 3 or parts[1] not in ("t", "a"):
                raise PubTatorFormatError(source, line_no, "expected 'PMID|t|title' or 'PMID|a|abstract'", line)
            pmid, kind, content = parts
            if not pmid.strip():
                raise PubTatorFormatError(source, line_no, "empty PMID", line)
            if kind == "t":
                if doc is not None:
                    raise PubTatorFormatError(
                        source, line_no, f"title line inside document {doc.pmid} (missing blank line?)", line
                    )
                doc = PubTatorDocument(pmid=pmid, title=content, abstract="")
            else:
                if doc is None:
                    raise PubTatorFormatError(source, line_no, "abstract line before a title line", line)
                if pmid != doc.pmid:
                    raise PubTatorFormatError(source, line_no, f"PMID {pmid} does not match title PMID {doc.pmid}", line)
                if have_abstract:
                    raise PubTatorFormatError(source, line_no, "second abstract line", line)
                doc.abstract = content
                have_abstract = True
            continue
        fields = line.split("\t")
        if doc is None or not have_abstract:
            raise PubTatorFormatError(source, line_no, "annotation line before title and abstract lines", line)
        if fields[0] != doc.pmid:
            raise PubTatorFormatError(source, line_no, f"PMID {fields[0]} does not match document {doc.pmid}", line)
        if len(fields) >= 2 and fields[1] == "CID":
            if len(fields) != 4:
                raise PubTatorFormatError(source, line_no, "relation line needs 4 tab-separated fields", line)
            continue  # relations are not used for NER
        if len(fields) not in (6, 7):
            raise PubTatorFormatError(
                source, line_no, f"mention line needs 6 or 7 tab-separated fields, got {len(fields)}", line
            )
        start = _parse_int(fields[1], "start", source, line_no, line)
        end = _parse_int(fields[2], "end", source, line_no, line)
        text = doc.text
        if end <= start or end > len(text):
            raise PubTatorFormatError(source, line_no, f"offsets {start}-{end} out of range (text length {len(text)})", line)
        if text[start:end] != fields[3]:
            raise PubTatorFormatError(
                source, line_no, f"mention text {fields[3]!r} != text[{start}:{end}] {text[start:end]!r}", line
            )
        if fields[4] not in ENTITY_TYPES:
            raise PubTatorFormatError(source, line_no, f"unknown entity type {fields[4]!r}", line)
        ids = tuple(fields[5].split("|")) if fields[5] else ()
        individual = tuple(fields[6].split("|")) if len(fields) == 7 and fields[6] else ()
        doc.mentions.append(Mention(start, end, fields[3], fields[4], ids, individual))
    if doc is not None:
        if not have_abstract:
            raise PubTatorFormatError(source, line_no + 1, f"document {doc.pmid} has no abstract line")
        yield doc


def read_pubtator(path: str | Path, max_docs: int | None = None) -> list[PubTatorDocument]:
    """Read a PubTator file (UTF-8) into a list of documents."""
    path = Path(path)
    docs: list[PubTatorDocument] = []
    with path.open(encoding="utf-8") as handle:
        for doc in parse_pubtator(handle, source=str(path)):
            docs.append(doc)
            if max_docs is not None and len(docs) >= max_docs:
                break
    return docs


def write_pubtator(docs: Iterable[PubTatorDocument]) -> str:
    """Serialise documents back to PubTator text (mentions only, no relations)."""
    out: list[str] = []
    for doc in docs:
        out.append(f"{doc.pmid}|t|{doc.title}")
        out.append(f"{doc.pmid}|a|{doc.abstract}")
        for m in doc.mentions:
            fields = [doc.pmid, str(m.start), str(m.end), m.text, m.type, "|".join(m.ids)]
            if m.individual_mentions:
                fields.append("|".join(m.individual_mentions))
            out.append("\t".join(fields))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
