"""What the review app shows: the evidence table and document texts, read from the main database.

The main database is opened read-only only when its files changed (a run published), for one short
query, and closed at once: while a reader holds it, a run cannot open it to publish. When a run
holds it the app keeps serving the table it loaded last and tries again on the next request.
Text is cut into pieces here (plain data); the templates escape every piece.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from trialmine.store import decisions as store
from trialmine.store.schema import COLUMNS

PARAGRAPH_MAX_CHARS = 1500  # a longer paragraph is shown as a window around the sentence


@dataclass
class Snapshot:
    """One consistent load of the evidence table (with document metadata), plus texts read on demand."""

    key: tuple
    evidence: pd.DataFrame
    documents: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)


class EvidenceSource:
    def __init__(self, out: Path, on_reload=None):
        self.out = out
        self.database = out / store.MAIN_DB
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._on_reload = on_reload  # called with each new snapshot (re-attaches decisions)

    def _files_key(self) -> tuple:
        def stat(path: Path) -> tuple:
            try:
                s = path.stat()
                return (s.st_mtime_ns, s.st_size)
            except FileNotFoundError:
                return ()

        return (stat(self.database), stat(self.database.with_name(self.database.name + ".wal")))

    def snapshot(self) -> Snapshot | None:
        """The evidence as of the last publish; None when there is no database yet."""
        with self._lock:
            key = self._files_key()
            if not key[0]:
                return self._snapshot
            if self._snapshot is not None and self._snapshot.key == key:
                return self._snapshot
            # a run holding the file: serve what was loaded, unless there is nothing yet (then wait)
            budget = 0.0 if self._snapshot is not None else 15.0
            try:
                snapshot = self._load(key, budget)
            except store.StoreLockedError:
                return self._snapshot
            self._snapshot = snapshot
            if self._on_reload:
                self._on_reload(snapshot)
            return snapshot

    def _load(self, key: tuple, budget_s: float) -> Snapshot:
        cols = ", ".join(f'"{c}"' for c in COLUMNS)
        evidence = store.read_main(self.out, f"SELECT {cols} FROM evidence", budget_s=budget_s).astype(COLUMNS)
        documents = store.read_main(
            self.out, "SELECT doc_id, doc_type, source, n_chars, last_run_id FROM documents ORDER BY doc_id", budget_s=budget_s
        )
        return Snapshot(key, evidence, documents)

    def text(self, snapshot: Snapshot, doc_id: str) -> str | None:
        if doc_id not in snapshot.texts:
            found = store.read_main(self.out, "SELECT text FROM documents WHERE doc_id = ?", [doc_id])
            if found.empty:
                return None
            snapshot.texts[doc_id] = found["text"].iloc[0]
        return snapshot.texts[doc_id]


@dataclass(frozen=True)
class Piece:
    """A run of text and the facts covering it (ids), for the templates to escape and mark up."""

    text: str
    facts: tuple[str, ...] = ()  # covering this piece, shortest first
    starts: tuple[str, ...] = ()  # starting where this piece starts
    ends: tuple[str, ...] = ()  # ending where this piece ends (their labels follow it)
    in_sentence: bool = False


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between blank-or-newline breaks) holding [start, end), clipped to a window."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > PARAGRAPH_MAX_CHARS:
        half = PARAGRAPH_MAX_CHARS // 2
        lo, hi = max(lo, start - half), min(hi, end + half)
    return lo, hi


def pieces(text: str, lo: int, hi: int, spans: list[tuple[int, int, str]], sentence: tuple[int, int] | None = None) -> list[Piece]:
    """Cut text[lo:hi] at every span and sentence boundary; each piece lists the spans covering it
    (overlapping spans, such as a drug inside a dose, are allowed)."""
    cuts = {lo, hi}
    for start, end, _ in spans:
        cuts.update(p for p in (start, end) if lo < p < hi)
    if sentence:
        cuts.update(p for p in sentence if lo < p < hi)
    ordered = sorted(cuts)
    by_length = sorted(spans, key=lambda span: span[1] - span[0])
    result = []
    for a, b in zip(ordered, ordered[1:]):
        covering = tuple(fid for start, end, fid in by_length if start <= a and b <= end)
        starts = tuple(fid for start, end, fid in by_length if start == a and end > a)
        ends = tuple(fid for start, end, fid in by_length if end == b and start <= a)
        in_sentence = sentence is not None and sentence[0] <= a and b <= sentence[1]
        result.append(Piece(text[a:b], covering, starts, ends, in_sentence))
    return result
