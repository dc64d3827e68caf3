"""PubMed XML and MEDLINE files written from the shared abstracts (generated per test, never committed).

The shared abstracts (../shared/data/abstracts/abstracts.jsonl) carry their sections inline
("Background: ..." lines); here they become PubMed's structured <AbstractText Label=...> elements
and MEDLINE's inline "BACKGROUND: ..." paragraphs, as PubMed exports them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

from conftest import REPO

ABSTRACTS = next(
    (p for p in (REPO.parent / "shared" / "data" / "abstracts" / "abstracts.jsonl",
                 Path(__file__).resolve().parents[2] / "shared" / "data" / "abstracts" / "abstracts.jsonl") if p.is_file()),
    None,
)  # fmt: skip
# development-set abstracts (benchmarks/devset); the held-out ones are for measuring only
DEV_PMIDS = ("21592370", "22748098", "23394705", "25652604")
_LABEL = re.compile(r"^([A-Z][A-Za-z]*(?:[ /-][A-Za-z]+){0,5}):\s+(.*)$")
DOCTYPE = ('<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
           '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">')  # fmt: skip


def shared_abstracts(pmids=DEV_PMIDS) -> list[dict]:
    records = {r["pmid"]: r for r in map(json.loads, ABSTRACTS.read_text(encoding="utf-8").splitlines())}
    return [records[p] for p in pmids]


def sections(record: dict) -> list[tuple[str, str]]:
    """[(LABEL, text)] from the record's "Label: text" lines (unlabelled lines join the previous section)."""
    found: list[tuple[str, str]] = []
    for line in record["text"].splitlines():
        match = _LABEL.match(line.strip())
        if match:
            found.append((match.group(1).upper(), match.group(2)))
        elif line.strip():
            label, text = found[-1] if found else ("", "")
            found[-1:] = [(label, f"{text} {line.strip()}".strip())]
    return found


def pubmed_xml(records: list[dict]) -> str:
    articles = []
    for r in records:
        parts = "".join(
            f'<AbstractText Label="{escape(label)}" NlmCategory="{escape(label)}">{escape(text)}</AbstractText>'
            if label else f"<AbstractText>{escape(text)}</AbstractText>"
            for label, text in sections(r)
        )
        articles.append(
            f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{r["pmid"]}</PMID>'
            f'<Article PubModel="Print"><Journal><Title>{escape(r.get("journal", ""))}</Title></Journal>'
            f"<ArticleTitle>{escape(r['title'])}</ArticleTitle><Abstract>{parts}</Abstract></Article></MedlineCitation>"
            f'<PubmedData><ArticleIdList><ArticleId IdType="pubmed">{r["pmid"]}</ArticleId>'
            f'<ArticleId IdType="doi">{escape(r.get("doi", ""))}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>'
        )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{DOCTYPE}\n<PubmedArticleSet>{"".join(articles)}</PubmedArticleSet>\n'


def medline(records: list[dict]) -> str:
    """PubMed format: tagged lines, continuation lines indented by 6 spaces."""

    def field(tag: str, value: str) -> str:
        words, lines, line = value.split(), [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > 80:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        return f"{tag:<4}- " + "\n      ".join(lines)

    out = []
    for r in records:
        abstract = " ".join(f"{label}: {text}" if label else text for label, text in sections(r))
        out.append("\n".join([field("PMID", r["pmid"]), field("TI", r["title"]), field("AB", abstract), field("JT", r.get("journal", ""))]))
    return "\n\n".join(out) + "\n"
