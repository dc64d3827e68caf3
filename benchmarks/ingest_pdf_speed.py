"""Per-page PDF text extraction time: pdfplumber (the default engine) vs pypdfium2.

Usage: PYTHONPATH=src python benchmarks/ingest_pdf_speed.py [PDF_DIR]
(default PDF_DIR: ../shared/data/pdfs next to the repository). Prints one row per PDF
and a total; "read_pdf" is the whole ingestion path (extraction + cleaning) with pdfplumber, "bulk
read_pdf" the same with pypdfium2 (`TRIALMINE_PDF_ENGINE=pypdfium2`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2

from trialmine.ingest.errors import IngestError
from trialmine.ingest.pdf import X_TOLERANCE_RATIO, read_pdf
from trialmine.limits import Limits

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdfs"


def pdfplumber_pages(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text(x_tolerance_ratio=X_TOLERANCE_RATIO, layout=False)
            page.close()
        return len(pdf.pages)


def pypdfium2_pages(path: Path) -> int:
    doc = pypdfium2.PdfDocument(path)
    try:
        for page in doc:
            page.get_textpage().get_text_range()
        return len(doc)
    finally:
        doc.close()


def ingest_pages(path: Path) -> int:
    return int(read_pdf(path, path.name, Limits()).documents[0].meta["pages"])


def bulk_ingest_pages(path: Path) -> int:
    return int(read_pdf(path, path.name, Limits(), engine="pypdfium2").documents[0].meta["pages"])


def seconds(run: Callable[[Path], int], path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    pages = run(path)
    return time.perf_counter() - start, pages


def main(pdf_dir: Path) -> None:
    engines = {"pdfplumber": pdfplumber_pages, "pypdfium2": pypdfium2_pages, "read_pdf": ingest_pages, "bulk read_pdf": bulk_ingest_pages}
    totals = dict.fromkeys(engines, 0.0)
    total_pages = 0
    print(f"{'file':<60} {'pages':>5} " + " ".join(f"{n + ' ms/pg':>18}" for n in engines))
    for path in sorted(pdf_dir.glob("*.pdf")):
        try:
            timings = {name: seconds(run, path) for name, run in engines.items()}
        except (IngestError, pypdfium2.PdfiumError, pdfplumber.utils.exceptions.PdfminerException):
            continue  # the bad_*.pdf fixtures
        pages = timings["pdfplumber"][1]
        total_pages += pages
        for name, (secs, _) in timings.items():
            totals[name] += secs
        cells = " ".join(f"{1000 * secs / pages:>18.1f}" for secs, _ in timings.values())
        print(f"{path.name[:60]:<60} {pages:>5} {cells}")
    cells = " ".join(f"{1000 * secs / max(total_pages, 1):>18.1f}" for secs in totals.values())
    print(f"{'ALL (page-weighted)':<60} {total_pages:>5} {cells}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR)
