"""PubMed XML and MEDLINE exports read with Biopython: one abstract Document per article, sections kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubmed_fixtures import ABSTRACTS, DEV_PMIDS, medline, pubmed_xml, sections, shared_abstracts
from trialmine.ingest.corpus import discover, ingest_paths
from trialmine.limits import Limits

pytestmark = pytest.mark.skipif(ABSTRACTS is None, reason="../shared/data/abstracts not found")


def ingest_one(path: Path):
    return ingest_paths(discover(path.parent), Limits(), root=path.parent)


@pytest.mark.parametrize("fmt", ["xml", "medline", "medline-txt"])
def test_pubmed_exports_become_abstracts_with_their_sections(tmp_path: Path, fmt: str) -> None:
    records = shared_abstracts()
    name, content = {
        "xml": ("pubmed-export.xml", pubmed_xml(records)),
        "medline": ("pubmed-export.nbib", medline(records)),
        "medline-txt": ("pubmed-export.txt", medline(records)),  # PubMed's "PubMed format" download is a .txt
    }[fmt]
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = ingest_one(tmp_path / name)
    assert result.failures == []
    assert [d.doc_id for d in result.documents] == list(DEV_PMIDS)
    for document, record in zip(result.documents, records):
        assert document.doc_type == "abstract" and document.source == f"{name}#{record['pmid']}"
        assert document.text.startswith(record["title"] + "\n")
        labels = [s.label for s in document.segments]
        assert labels[0] == "section:title"
        assert labels[1:] == [f"section:{(label or 'abstract').lower()}" for label, _ in sections(record)]
        for segment, (label, text) in zip(document.segments[1:], sections(record)):
            assert document.text[segment.start : segment.end] == (f"{label}: {text}" if label else text)
        assert any(s.label == "section:results" for s in document.segments)


def test_xml_keeps_doi_and_journal_and_strips_inline_markup(tmp_path: Path) -> None:
    record = dict(shared_abstracts()[0], title="Imatinib <i>versus</i> placebo")
    xml = pubmed_xml([record]).replace("&lt;i&gt;versus&lt;/i&gt;", "<i>versus</i>")
    (tmp_path / "one.xml").write_text(xml, encoding="utf-8")
    [document] = ingest_one(tmp_path / "one.xml").documents
    assert document.text.startswith("Imatinib versus placebo\n")
    assert document.meta["doi"] == record["doi"] and document.meta["journal"] == record["journal"]


def test_broken_xml_and_medline_without_abstract_are_reported(tmp_path: Path) -> None:
    good = pubmed_xml(shared_abstracts()[:1])
    (tmp_path / "cut.xml").write_text(good[: len(good) // 2], encoding="utf-8")
    (tmp_path / "noab.nbib").write_text("PMID- 1\nTI  - A title only\n", encoding="utf-8")
    result = ingest_paths(discover(tmp_path), Limits(), root=tmp_path)
    reasons = {f.source: f.reason for f in result.failures}
    assert "malformed PubMed XML" in reasons["cut.xml"]
    assert "without PMID or abstract" in reasons["noab.nbib#record1"]
    assert result.documents == []
