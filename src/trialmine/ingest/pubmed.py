"""PubMed exports: XML (`PubmedArticleSet`, as PubMed's "Save > XML" and E-utilities write it) and
MEDLINE text (`PMID- ...` tagged lines, PubMed's "Save > PubMed format", `.nbib`).

Both are parsed with Biopython (`Bio.Entrez.read`, `Bio.Medline.parse`). Each article becomes an
abstract Document like a JSON-lines record: doc_id = PMID, text = title + "\\n" + abstract, one
segment per structured-abstract section ("BACKGROUND: ..." lines, `section:background`).
"""

from __future__ import annotations

import re
from pathlib import Path

from trialmine.ingest.document import Document, Failure, IngestResult, Segment
from trialmine.ingest.errors import IngestError
from trialmine.ingest.normalise import normalise_text
from trialmine.limits import Limits

MEDLINE_SUFFIXES = (".nbib", ".medline")
_SNIFF_BYTES = 4096
# inline markup PubMed keeps inside titles and abstracts: <i>, <sup>, <sub>, <b>, <u>
_INLINE_TAG = re.compile(r"</?(?:i|b|u|sup|sub|mml:[a-z]+)(?:\s[^>]*)?>", re.IGNORECASE)
# a structured MEDLINE abstract writes its sections inline: "BACKGROUND: a. METHODS: b." (a label
# starts the abstract or follows a sentence end, so "REGISTRATION: ISRCTN: 123" is one section)
_MEDLINE_LABEL = re.compile(r"(?:^|(?<=[.?!)\]]\s))([A-Z][A-Z0-9,&/ -]{2,60}):\s")


def is_pubmed_xml(path: Path) -> bool:
    return path.suffix.lower() == ".xml" and b"PubmedArticleSet" in _head(path)


def is_medline(path: Path) -> bool:
    if path.suffix.lower() in MEDLINE_SUFFIXES:
        return True
    return path.suffix.lower() == ".txt" and _head(path).lstrip(b"\xef\xbb\xbf\r\n ").startswith(b"PMID-")


def read_pubmed_xml(path: Path, source: str, limits: Limits) -> IngestResult:
    from Bio import Entrez

    try:
        with path.open("rb") as fh:
            records = Entrez.read(fh)
    except Exception as exc:  # Biopython raises expat, validation and its own errors
        raise IngestError(f"malformed PubMed XML: {' '.join(str(exc).split())[:200]}") from None
    result = IngestResult()
    for number, article in enumerate(records.get("PubmedArticle", []), start=1):
        try:
            citation = article["MedlineCitation"]
            pmid = str(citation["PMID"])
            body = citation["Article"]
            sections = [
                (str(part.attributes.get("Label", "")), str(part))
                for part in body.get("Abstract", {}).get("AbstractText", [])
            ]
            meta = {"pmid": pmid, "journal": str(body.get("Journal", {}).get("Title", ""))}
            meta |= _article_ids(article)
            result.documents.append(
                article_document(pmid, str(body.get("ArticleTitle", "")), sections, f"{source}#{pmid}", meta, limits)
            )
        except (KeyError, TypeError, ValueError) as exc:
            result.failures.append(Failure(f"{source}#article{number}", "ingest", f"unusable PubMed record: {exc}"))
    if not result.documents and not result.failures:
        raise IngestError("PubMed XML without articles")
    return result


def read_medline(path: Path, source: str, limits: Limits) -> IngestResult:
    from Bio import Medline

    result = IngestResult()
    try:
        with path.open(encoding="utf-8-sig", errors="strict") as fh:
            records = list(Medline.parse(fh))
    except UnicodeDecodeError as exc:
        raise IngestError(f"MEDLINE file is not UTF-8: bad byte at {exc.start}") from None
    except Exception as exc:  # noqa: BLE001
        raise IngestError(f"malformed MEDLINE file: {' '.join(str(exc).split())[:200]}") from None
    for number, record in enumerate(records, start=1):
        pmid = str(record.get("PMID", "")).strip()
        if not pmid or not record.get("AB"):
            result.failures.append(Failure(f"{source}#record{number}", "ingest", "MEDLINE record without PMID or abstract (AB)"))
            continue
        meta = {"pmid": pmid, "journal": str(record.get("JT", "")), "year": str(record.get("DP", ""))[:4]}
        try:
            result.documents.append(
                article_document(pmid, str(record.get("TI", "")), medline_sections(str(record["AB"])), f"{source}#{pmid}", meta, limits)
            )
        except ValueError as exc:
            result.failures.append(Failure(f"{source}#{pmid}", "ingest", str(exc)))
    if not result.documents and not result.failures:
        raise IngestError("MEDLINE file without records")
    return result


def medline_sections(abstract: str) -> list[tuple[str, str]]:
    """"BACKGROUND: a. METHODS: b." -> [("BACKGROUND", "a."), ("METHODS", "b.")]; unlabelled -> [("", text)]."""
    matches = list(_MEDLINE_LABEL.finditer(abstract))
    if not matches or matches[0].start() > 0:
        lead = abstract[: matches[0].start() if matches else len(abstract)].strip()
        sections = [("", lead)] if lead else []
    else:
        sections = []
    for match, following in zip(matches, [*matches[1:], None]):
        text = abstract[match.end() : following.start() if following else len(abstract)].strip()
        sections.append((match.group(1).strip(), text))
    return sections


def article_document(
    pmid: str, title: str, sections: list[tuple[str, str]], source: str, meta: dict[str, str], limits: Limits
) -> Document:
    """Text = title, then one line per section ("LABEL: text"); a segment per section."""
    title = normalise_text(_INLINE_TAG.sub("", title), keep_nbsp=True).strip()
    text, segments = title, [Segment(0, len(title), "section:title")] if title else []
    for label, body in sections:
        body = normalise_text(_INLINE_TAG.sub("", body), keep_nbsp=True).strip()
        if not body:
            continue
        line = f"{label}: {body}" if label else body
        start = len(text) + 1
        text = f"{text}\n{line}"
        segments.append(Segment(start, len(text), f"section:{label.lower() or 'abstract'}"))
    if len(segments) < 2:
        raise ValueError(f"PMID {pmid}: no abstract text")
    if len(text) > limits.max_chars:
        raise ValueError(f"PMID {pmid}: text too long: more than max_chars {limits.max_chars}")
    return Document(pmid, "abstract", text, source, segments=segments, meta={k: v for k, v in meta.items() if v})


def _article_ids(article: dict) -> dict[str, str]:
    ids = article.get("PubmedData", {}).get("ArticleIdList", [])
    return {str(i.attributes.get("IdType")): str(i) for i in ids if i.attributes.get("IdType") in ("doi", "pmc")}


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(_SNIFF_BYTES)
    except OSError:
        return b""
