"""What the review app shows: the evidence table and document texts, read from the main database.

While any process reads the main database, a run cannot open it to publish (DuckDB locks the file
per process). So the app reads it rarely and briefly: once after each change of its files, after
they have been still for SETTLE_S and while no run holds the output folder's run lock, in one short
connection that loads the evidence table and (up to PREFETCH_CHARS) every document's text. Until
then, or when the file is locked, it keeps serving the table it loaded last.
Text is cut into pieces here (plain data); the templates escape every piece.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from trialmine.store import decisions as store
from trialmine.store.schema import COLUMNS

PARAGRAPH_MAX_CHARS = 1500  # a longer paragraph is shown as a window around the sentence
SETTLE_S = 0.5  # a run opens the database several times in a row: wait until it is done
PREFETCH_CHARS = 20_000_000  # load all texts with the table when the corpus is at most this big
RUN_HOLDER = ".trialmine.lock.holder.json"  # written by a run holding OUT/.trialmine.lock


def run_in_progress(out: Path) -> bool:
    """Whether a live run holds the output folder (its holder file names a running process here)."""
    try:
        holder = json.loads((out / RUN_HOLDER).read_text(encoding="utf-8"))
        pid = int(holder["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if holder.get("host") not in (None, socket.gethostname()):
        return True  # another machine's run: cannot check, trust the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a killed run left its holder file behind
    except PermissionError:
        return True
    return True


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
        self._seen: tuple[tuple, float] = ((), 0.0)  # files key last seen changed, and when
        self._reloaded: tuple = ()  # key of the snapshot decisions were last re-attached to

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
            self._refresh()
            snapshot = self._snapshot
            if snapshot is not None and self._on_reload and self._reloaded != snapshot.key:
                try:
                    self._on_reload(snapshot)
                    self._reloaded = snapshot.key
                except store.StoreLockedError:
                    pass  # the decisions file is busy: re-attach on a later request
            return snapshot

    def _refresh(self) -> None:
        key = self._files_key()
        if not key[0]:
            return
        if self._snapshot is None:  # nothing to show yet: wait for a run to let go (StoreLockedError after 15 s)
            self._snapshot = self._load(key, budget_s=15.0)
            return
        if self._snapshot.key == key:
            return
        if self._seen[0] != key:
            self._seen = (key, time.monotonic())
        if time.monotonic() - self._seen[1] < SETTLE_S or run_in_progress(self.out):
            return
        try:
            self._snapshot = self._load(key, budget_s=0.0)
        except store.StoreLockedError:
            pass  # a run holds the file: keep serving what was loaded

    def _load(self, key: tuple, budget_s: float) -> Snapshot:
        cols = ", ".join(f'"{c}"' for c in COLUMNS)
        frames = store.read_main_many(
            self.out,
            [f"SELECT {cols} FROM evidence",
             "SELECT doc_id, doc_type, source, n_chars, last_run_id FROM documents ORDER BY doc_id",
             f"SELECT doc_id, text FROM documents WHERE (SELECT sum(n_chars) FROM documents) <= {PREFETCH_CHARS}"],
            budget_s=budget_s,
        )
        evidence, documents, texts = frames
        return Snapshot(key, evidence.astype(COLUMNS), documents, dict(zip(texts["doc_id"], texts["text"])))

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
