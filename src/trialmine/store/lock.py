"""One run per output folder: a lock file taken at the start of a run and held to its end.

DuckDB allows one writing process at a time and a run only opens the database for short
transactions, so the database's own lock cannot keep two runs apart; the lock file
`OUT/.trialmine.lock` does. The kernel drops it when the holder dies (even by SIGKILL), so a
stale lock never blocks the next run. Who holds it (pid, run id, start time) is written beside it,
for the message the second run prints.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout

from trialmine.store.files import write_json_atomic

LOCK_NAME = ".trialmine.lock"
HOLDER_NAME = ".trialmine.lock.holder.json"


class RunLocked(RuntimeError):
    """Another run holds the output folder's lock (exit code 3 on the command line)."""


class RunLock:
    """`with RunLock(out, run_id, wait_s=0):` holds the folder for one run."""

    def __init__(self, out: Path, run_id: str, wait_s: float = 0) -> None:
        self.out, self.run_id, self.wait_s = Path(out), run_id, wait_s
        self._lock = FileLock(str(self.out / LOCK_NAME))

    def __enter__(self) -> "RunLock":
        self.out.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=self.wait_s)
        except Timeout:
            raise RunLocked(
                f"another trialmine run is writing to {self.out} ({describe_holder(self.out)}); "
                f"waited {self.wait_s:g} s. Try again when it has finished, or pass --wait SECONDS."
            ) from None
        write_json_atomic(
            self.out / HOLDER_NAME,
            {"pid": os.getpid(), "host": socket.gethostname(), "run_id": self.run_id,
             "since": datetime.now(timezone.utc).isoformat(timespec="seconds")},
        )  # fmt: skip
        return self

    def __exit__(self, *exc: object) -> None:
        (self.out / HOLDER_NAME).unlink(missing_ok=True)
        self._lock.release()


def describe_holder(out: Path) -> str:
    try:
        holder = json.loads((Path(out) / HOLDER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "holder unknown"
    return f"run {holder.get('run_id')}, pid {holder.get('pid')} on {holder.get('host')}, since {holder.get('since')}"
