"""trialmine installed from its wheel into a fresh venv runs both ways on a corpus outside any checkout.

The fresh venv borrows the already-installed dependencies through a .pth file naming the test
venv's site-packages (only that path is added: its own .pth files, such as an editable trialmine,
are not processed), so nothing is downloaded; trialmine itself comes only from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pandas as pd
import pytest

from conftest import REPO, copy_corpus


def sh(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs_outside_a_checkout(tmp_path: Path) -> None:
    # built offline with this venv's setuptools (the test extra), from a clean copy of the source:
    # setuptools writes build/ and *.egg-info beside the sources and reuses them in later builds
    source = shutil.copytree(REPO, tmp_path / "source", ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "outputs"))  # fmt: skip
    wheels = tmp_path / "wheels"
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", wheels, source)
    [wheel] = wheels.glob("trialmine-*.whl")
    venv = tmp_path / "venv"
    sh(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    fresh_site = Path(sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (fresh_site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    sh(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--ignore-installed", "--quiet", wheel)

    work = tmp_path / "elsewhere"  # no checkout here or above (tmp_path)
    corpus = copy_corpus(work / "corpus")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}
    where = sh(python, "-c", "import trialmine.flows.extract, trialmine; print(trialmine.__file__)", cwd=work, env=env).stdout
    assert Path(where.strip()).is_relative_to(fresh_site), where

    trialmine = venv / "bin" / "trialmine"
    for flag, out in (("--no-prefect", work / "out-direct"), ("--prefect", work / "out-flow")):
        sh(trialmine, "run", flag, "--corpus", corpus, "--out", out, cwd=work, env=env)
        table = pd.read_parquet(out / "evidence.parquet")
        assert {"drug", "dose", "result"} <= set(table["kind"])
        assert "ruxolitinib" in set(table["drug"].dropna())
    direct, flow = (pd.read_parquet(work / o / "evidence.parquet") for o in ("out-direct", "out-flow"))
    pd.testing.assert_frame_equal(direct, flow)  # one orchestration path: the same table either way
    history = sh(trialmine, "runs", "--out", work / "out-flow", "--json", cwd=work, env=env).stdout
    assert '"status":"completed"' in history
