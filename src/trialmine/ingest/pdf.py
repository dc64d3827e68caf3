"""PDF text extraction (pdfplumber by default) with all cleaning done before the text is fixed.

Pipeline per document: check the `%PDF` header and the page count (pypdfium2, cheap), extract
each page (a two-column page is read column by column, see `_find_gutter`), normalise characters (as text files, but NBSP becomes a space), drop repeated page
headers/footers, join words hyphenated across line breaks, then join pages with "\\n\\n" and
record one `page:N` segment per page (1-based, offsets into the final text).

De-hyphenation rule for "left-\\nright" where both sides are lower-case letters: keep the
hyphen (and drop the line break) if the document elsewhere writes "left-right", or if `right`
is a common second part of a compound ("containing", "based", "up", ...); otherwise join to
"leftright" (a typesetter's break, "treat-\\nment"). If the document writes "leftright"
elsewhere, that wins over the compound list.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Literal, get_args

import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfplumber.utils.exceptions import PdfminerException
from pdfminer.pdfdocument import PDFPasswordIncorrect

from trialmine.ingest.document import Document, Failure, IngestResult, Segment
from trialmine.ingest.errors import IngestError
from trialmine.ingest.normalise import normalise_text
from trialmine.limits import Limits

PdfEngine = Literal["pdfplumber", "pypdfium2"]
ENGINE_ENV = "TRIALMINE_PDF_ENGINE"
MIN_TEXT_CHARS = 20  # below this over the whole file, there is no usable text layer
# Word gaps relative to font size: keeps spaces in tightly kerned PDFs (J Trauma Manag
# Outcomes, Hindawi) where the default x_tolerance=3 glues whole lines into one word.
X_TOLERANCE_RATIO = 0.15
_MIN_WORDS_FOR_COLUMNS = 40
_HEADER_SCAN_BYTES = 1024
_MARGIN_LINES = 2
_PAGE_SEPARATOR = "\n\n"

COMPOUND_SECOND_PARTS = frozenset(
    """containing based related induced associated dependent free like specific positive
    negative treated naive refractory resistant term line dose risk label blind controlled
    up in off over world life time year month week day arm center centre mediated derived
    limiting sparing tolerated defined""".split()
)

_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LINE_BREAK_HYPHEN = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_]+)")

# spacing accent -> combining accent; NFC then composes them with their letter
_COMBINING = {"\u00b4": "\u0301", "\u00a8": "\u0308", "\u02c6": "\u0302", "\u02dc": "\u0303"}
_ACCENT_AFTER_LETTER = re.compile("([A-Za-z])([\u00b4\u00a8\u02c6\u02dc])")
_ACCENT_BEFORE_DOTLESS_I = re.compile("([\u00b4\u00a8\u02c6\u02dc])\u0131")

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # per-glyph colour warnings are noise


def pdf_engine_from_env() -> PdfEngine:
    engine = os.environ.get(ENGINE_ENV, "pdfplumber").strip() or "pdfplumber"
    if engine not in get_args(PdfEngine):
        raise ValueError(f"{ENGINE_ENV}={engine!r}: expected one of {get_args(PdfEngine)}")
    return engine  # type: ignore[return-value]


def read_pdf(path: Path, source: str, limits: Limits, engine: PdfEngine = "pdfplumber") -> IngestResult:
    _check_pdf_header(path)
    page_count = _count_pages(path)
    if page_count > limits.max_pages:
        raise IngestError(f"too many pages: {page_count} > max_pages {limits.max_pages}")
    if page_count == 0:
        raise IngestError("PDF has no pages")
    raw_pages = _EXTRACTORS[engine](path)
    text, segments = join_pages(clean_pages(raw_pages))
    if sum(not c.isspace() for c in text) < MIN_TEXT_CHARS:
        raise IngestError("no text layer: scanned PDF, needs OCR")
    if len(text) > limits.max_chars:
        raise IngestError(f"text too long: {len(text)} characters > max_chars {limits.max_chars}")
    warnings = []
    blank = [s.label.removeprefix("page:") for s in segments if s.start == s.end]
    if blank:
        note = f"no text on page(s) {', '.join(blank)} of {page_count} (figure or scanned page?)"
        warnings.append(Failure(source, "ingest", note))
    meta = {"pages": str(page_count), "pdf_engine": engine}
    doc = Document(path.stem, "pdf", text, source, segments=segments, meta=meta)
    return IngestResult(documents=[doc], warnings=warnings)


def clean_pages(pages: list[str]) -> list[str]:
    """Normalised page texts without repeated headers/footers and line-break hyphenation."""
    normalised = [normalise_text(_attach_spacing_accents(_drop_soft_hyphens(p))) for p in pages]
    pages = drop_repeated_margins(normalised)
    vocabulary = {w.lower() for page in pages for w in _WORD.findall(page)}
    return [join_hyphenated_words(page, vocabulary).strip() for page in pages]


def join_pages(pages: list[str]) -> tuple[str, list[Segment]]:
    segments = []
    pos = 0
    for number, page in enumerate(pages, start=1):
        segments.append(Segment(pos, pos + len(page), f"page:{number}"))
        pos += len(page) + len(_PAGE_SEPARATOR)
    return _PAGE_SEPARATOR.join(pages), segments


def drop_repeated_margins(pages: list[str]) -> list[str]:
    """Drop top/bottom lines that recur (digits ignored) on at least half the pages, and bare page numbers.

    Recurrence is also counted over odd and even pages alone, for left/right running heads.
    """
    split = [page.split("\n") for page in pages]
    margins = [_margin_indexes(lines) for lines in split]
    keys = [{_margin_key(lines[i]) for i in idx} - {""} for lines, idx in zip(split, margins)]
    repeated: set[str] = set()
    for group in (keys, keys[0::2], keys[1::2]):
        counts = Counter(key for page_keys in group for key in page_keys)
        needed = max(2, math.ceil(len(group) / 2))
        repeated |= {key for key, n in counts.items() if n >= needed}

    def is_margin_noise(line: str) -> bool:
        return _margin_key(line) in repeated or _PAGE_NUMBER.fullmatch(line.strip()) is not None

    return [
        "\n".join(line for i, line in enumerate(lines) if not (i in idx and is_margin_noise(line)))
        for lines, idx in zip(split, margins)
    ]


def join_hyphenated_words(text: str, vocabulary: set[str]) -> str:
    """Undo line-break hyphenation (rule in the module docstring)."""

    def rejoin(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if not (left[-1].islower() and right[0].islower()):
            return m.group(0)
        if f"{left}-{right}".lower() in vocabulary:
            return f"{left}-{right}"
        if f"{left}{right}".lower() in vocabulary or right.lower() not in COMPOUND_SECOND_PARTS:
            return f"{left}{right}"
        return f"{left}-{right}"

    return _LINE_BREAK_HYPHEN.sub(rejoin, text)


def _drop_soft_hyphens(text: str) -> str:
    return re.sub("\u00ad[ \t]*\n?", "", text)


def _attach_spacing_accents(text: str) -> str:
    """"Ame´ricas" -> "Américas", "Virolog´ıa" -> "Virología": TeX-made PDFs draw accents as separate glyphs."""
    text = _ACCENT_BEFORE_DOTLESS_I.sub(lambda m: "i" + _COMBINING[m.group(1)], text)
    return _ACCENT_AFTER_LETTER.sub(lambda m: m.group(1) + _COMBINING[m.group(2)], text)


def _margin_indexes(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:_MARGIN_LINES] + filled[-_MARGIN_LINES:])


def _margin_key(line: str) -> str:
    return " ".join(re.sub(r"\d+", " ", line).split()).lower()


def _check_pdf_header(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(_HEADER_SCAN_BYTES)
    if b"%PDF-" not in head:
        start = " ".join(head[:64].decode("latin-1").split())[:24]
        raise IngestError(f"not a PDF: file starts with {start!r}")


def _count_pages(path: Path) -> int:
    try:
        doc = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise IngestError("encrypted PDF (password required)") from None
        raise IngestError(f"broken PDF: {_one_line(e)}") from None
    try:
        return len(doc)
    finally:
        doc.close()


def _pages_pdfplumber(path: Path) -> list[str]:
    pages = []
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                pages.append(_page_text(page))
                page.close()  # frees the page's parsed objects: memory stays bounded per page
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFPasswordIncorrect):
            raise IngestError("encrypted PDF (password required)") from None
        raise IngestError(f"broken PDF: {_one_line(cause)}") from None
    return pages


def _page_text(page: pdfplumber.page.Page) -> str:
    """Page text in reading order: full-width bands as they come, columns left then right.

    Each char goes to exactly one region (by its centre), so nothing is lost or repeated.
    """
    words = page.extract_words(x_tolerance_ratio=X_TOLERANCE_RATIO)
    gutter = _find_gutter(words, page.width)
    if gutter is None:
        return page.extract_text(x_tolerance_ratio=X_TOLERANCE_RATIO, layout=False)
    parts = []
    for y0, y1, full_width in _vertical_slots(words, gutter):
        sides = [(-math.inf, math.inf)] if full_width else [(-math.inf, gutter), (gutter, math.inf)]
        for x0, x1 in sides:
            region = page.filter(partial(_centre_within, x0=x0, x1=x1, y0=y0, y1=y1))
            text = region.extract_text(x_tolerance_ratio=X_TOLERANCE_RATIO, layout=False)
            if text.strip():
                parts.append(text)
    return "\n".join(parts)


def _find_gutter(words: list[dict], width: float) -> float | None:
    """x of the column gap in the middle 35-65% of the page, if the page has two columns.

    The gap is the x crossed by the fewest text lines; it counts as a gutter when at most 30%
    of lines cross it (full-width titles, tables) and each side holds at least 20% of words.
    """
    if len(words) < _MIN_WORDS_FOR_COLUMNS:
        return None
    best: tuple[int, float] | None = None
    for x in range(int(width * 0.35), int(width * 0.65), 2):
        crossing_lines = {round(w["top"]) for w in words if w["x0"] < x < w["x1"]}
        left = sum(w["x1"] <= x for w in words)
        right = sum(w["x0"] >= x for w in words)
        if min(left, right) < 0.2 * len(words):
            continue
        if best is None or len(crossing_lines) < best[0]:
            best = (len(crossing_lines), x)
    all_lines = {round(w["top"]) for w in words}
    return best[1] if best is not None and best[0] <= 0.3 * len(all_lines) else None


def _vertical_slots(words: list[dict], gutter: float) -> list[tuple[float, float, bool]]:
    """(top, bottom, full_width) slots down the page: bands of gutter-crossing lines and the column stretches between them."""
    bands: list[list[float]] = []
    for w in sorted((w for w in words if w["x0"] < gutter < w["x1"]), key=lambda w: w["top"]):
        if bands and w["top"] <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], w["bottom"])
        else:
            bands.append([w["top"], w["bottom"]])
    slots = []
    previous = -math.inf
    for top, bottom in bands:
        slots += [(previous, top, False), (top, bottom, True)]
        previous = bottom
    slots.append((previous, math.inf, False))
    return slots


def _centre_within(obj: dict, *, x0: float, x1: float, y0: float, y1: float) -> bool:
    if "top" not in obj:
        return False
    return x0 <= (obj["x0"] + obj["x1"]) / 2 < x1 and y0 <= (obj["top"] + obj["bottom"]) / 2 < y1


def _pages_pypdfium2(path: Path) -> list[str]:
    doc = pypdfium2.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


_EXTRACTORS: dict[str, Callable[[Path], list[str]]] = {
    "pdfplumber": _pages_pdfplumber,
    "pypdfium2": _pages_pypdfium2,
}


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message[:120]}"
