"""Shared test setup: Prefect runs against a throwaway home and never a configured server.

Set at import time (before any test module imports prefect), so even collection sees it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore new examples on every local run; CI (HYPOTHESIS_PROFILE=ci, set by
# .ci/run) replays one fixed set per test, so a gate's verdict does not depend on the draw.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "default")  # unset or empty: the default

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"

_PREFECT_HOME = tempfile.mkdtemp(prefix="trialmine-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME


@atexit.register  # registered before prefect is imported, so it runs after prefect's own exit hooks
def _remove_prefect_home() -> None:
    for _ in range(20):  # the temporary Prefect server may still be closing its database files
        shutil.rmtree(_PREFECT_HOME, ignore_errors=True)
        if not os.path.exists(_PREFECT_HOME):
            return
        time.sleep(0.25)


os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
for _var in ("PREFECT_API_URL", "PREFECT_API_KEY", "PREFECT_PROFILES_PATH"):
    os.environ.pop(_var, None)  # no configured server or profile: the run stays on this machine


@pytest.fixture(scope="session", autouse=True)
def _prefect_home():
    assert os.environ["PREFECT_HOME"] == _PREFECT_HOME, "PREFECT_HOME was changed after conftest set it"
    return Path(_PREFECT_HOME)


def copy_corpus(dest: Path) -> Path:
    """A copy of the repo's corpus documents (*.txt only, no gold) in dest."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy2(path, dest / path.name)
    return dest
