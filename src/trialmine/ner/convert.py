"""Convert PubTator documents to spaCy ``Doc``/``DocBin`` with CHEMICAL and DISEASE ents.

Entities never disappear silently: every mention that cannot become a token-aligned
span is counted in :class:`AlignmentReport` (``misaligned``: the tokenizer put an
entity boundary inside a token; ``overlapping``: the mention overlaps a longer one,
which spaCy's flat ``doc.ents`` cannot hold).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from .pubtator import Mention, PubTatorDocument

#: PubTator type -> spaCy label (the labels of scispaCy's en_ner_bc5cdr_md).
LABELS = {"Chemical": "CHEMICAL", "Disease": "DISEASE"}


@dataclass
class AlignmentReport:
    """How many mentions became entities, and why the others did not."""

    total: int = 0
    aligned: int = 0
    misaligned: int = 0
    overlapping: int = 0
    misaligned_by_label: Counter = field(default_factory=Counter)
    total_by_label: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.misaligned + self.overlapping

    @property
    def lost_pct(self) -> float:
        return 100.0 * self.lost / self.total if self.total else 0.0

    def add(self, other: "AlignmentReport") -> None:
        self.total += other.total
        self.aligned += other.aligned
        self.misaligned += other.misaligned
        self.overlapping += other.overlapping
        self.misaligned_by_label.update(other.misaligned_by_label)
        self.total_by_label.update(other.total_by_label)
        self.examples.extend(other.examples[: max(0, 50 - len(self.examples))])

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            "aligned": self.aligned,
            "misaligned": self.misaligned,
            "overlapping": self.overlapping,
            "lost_pct": round(self.lost_pct, 3),
            "misaligned_by_label": dict(self.misaligned_by_label),
        }


def pubtator_to_doc(
    nlp: Language, pdoc: PubTatorDocument, report: AlignmentReport | None = None
) -> Doc:
    """Tokenize ``pdoc.text`` with ``nlp``'s tokenizer and set its mentions as ``doc.ents``."""
    report = report if report is not None else AlignmentReport()
    doc = nlp.make_doc(pdoc.text)
    doc.user_data["pmid"] = pdoc.pmid
    spans: list[tuple[Mention, Span]] = []
    for m in pdoc.mentions:
        label = LABELS[m.type]
        report.total += 1
        report.total_by_label[label] += 1
        span = doc.char_span(m.start, m.end, label=label, alignment_mode="strict")
        if span is None:
            report.misaligned += 1
            report.misaligned_by_label[label] += 1
            if len(report.examples) < 50:
                ctx = doc.char_span(m.start, m.end, alignment_mode="expand")
                toks = [t.text for t in ctx] if ctx is not None else []
                report.examples.append(f"{pdoc.pmid} {label} {m.text!r} tokens={toks}")
            continue
        spans.append((m, span))
    # keep the longest of overlapping spans (flat NER)
    spans.sort(key=lambda ms: (-(ms[1].end - ms[1].start), ms[1].start))
    taken = [False] * len(doc)
    kept: list[Span] = []
    for _, span in spans:
        if any(taken[i] for i in range(span.start, span.end)):
            if any(s.start == span.start and s.end == span.end and s.label_ == span.label_ for s in kept):
                report.aligned += 1  # exact duplicate annotation: nothing lost
            else:
                report.overlapping += 1
            continue
        for i in range(span.start, span.end):
            taken[i] = True
        kept.append(span)
        report.aligned += 1
    doc.set_ents(sorted(kept, key=lambda s: s.start), default="outside")
    return doc


def convert(
    nlp: Language, docs: Iterable[PubTatorDocument]
) -> tuple[list[Doc], AlignmentReport]:
    """Convert documents; return the spaCy docs and the alignment report."""
    report = AlignmentReport()
    out = [pubtator_to_doc(nlp, d, report) for d in docs]
    return out, report


def to_docbin(docs: Iterable[Doc], path: str | Path | None = None) -> DocBin:
    """Pack docs into a DocBin (and write it to ``path`` when given)."""
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SPACY"], store_user_data=True)
    for d in docs:
        db.add(d)
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
    return db
