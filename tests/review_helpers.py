"""Shared by the review app's tests: outputs built from the bundled corpus plus a hostile document."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_corpus

HOSTILE_DOC = "hostile_note"
HOSTILE_TEXT = (
    "Patients received selinexor 60 mg twice weekly. "
    "<script>window.__pwned = 1; alert('script ran')</script>\n"
    "The overall response rate was 40% <img src=x onerror=\"window.__pwned = 2; alert('img ran')\"> in this cohort.\n"
)


def hostile_corpus(dest: Path) -> Path:
    """The bundled documents plus one whose text carries markup and script."""
    corpus = copy_corpus(dest)
    (corpus / f"{HOSTILE_DOC}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    return corpus


def csrf_token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def fact_ids(html: str) -> list[str]:
    """Evidence ids in the order the queue lists them."""
    return list(dict.fromkeys(re.findall(r'class="fact-link" href="/fact/(ev_[0-9a-f]{16})', html)))
