"""Processes an operator starts leave nothing behind: a SIGKILLed `trialmine run` takes Prefect's
temporary server with it, and a scheduled deployment served against a real `prefect server start`
runs the flow on its schedule, then stops completely. Real Prefect, real subprocesses."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import psutil
import pytest

from conftest import copy_corpus
from trialmine.run import DB_NAME, run_extraction
from trialmine.store import db

START_TIMEOUT_S = 240  # Prefect and spaCy start slowly on a busy machine


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PYTHONPATH=os.pathsep.join([src, env.get("PYTHONPATH", "")]),
               PREFECT_LOGGING_LEVEL="WARNING", PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120", **extra)  # fmt: skip
    return env


def wait_for(condition, timeout: float, what: str, poll: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(poll)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def session_pids(sid: int) -> list[int]:
    found = []
    for process in psutil.process_iter():
        try:
            if os.getsid(process.pid) == sid and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process.pid)
        except (ProcessLookupError, PermissionError, psutil.NoSuchProcess):
            continue
    return found


def stop_session(process: subprocess.Popen) -> None:
    """SIGTERM the process's session (it was started in a new one), then SIGKILL what is left."""
    for sig, grace in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        for pid in session_pids(process.pid):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + grace
        while session_pids(process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
    process.wait(timeout=10)


@pytest.mark.slow
def test_sigkilled_run_leaves_no_temporary_server_and_is_found_interrupted(tmp_path: Path) -> None:
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    run = subprocess.Popen(
        [sys.executable, "-m", "trialmine.cli", "run", "--corpus", str(corpus), "--out", str(out)],
        env=child_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        def server_pid() -> int | None:
            for child in psutil.Process(run.pid).children(recursive=True):
                if "uvicorn" in " ".join(child.cmdline()):
                    return child.pid
            return None

        server = wait_for(server_pid, START_TIMEOUT_S, "Prefect's temporary server to start")
        wait_for(lambda: (out / ".trialmine.lock.holder.json").exists(), START_TIMEOUT_S, "the run to take its lock")
        time.sleep(1)  # past begin_run: logged as running
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
        wait_for(lambda: not alive(server), 30, f"the temporary server (pid {server}) to end after its run was killed")
    finally:
        stop_session(run)
    report = run_extraction(corpus, out)
    history = db.list_runs(out / DB_NAME)
    assert history["status"].tolist() == ["completed", "interrupted"]
    assert history["run_id"].iloc[0] == report.run_id


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_runs(database: Path):
    """The history, read-only; a run may be writing at that moment, so retry."""
    for _ in range(40):
        try:
            return db.list_runs(database)
        except (db.StoreBusyError, duckdb.IOException):
            time.sleep(0.5)
    pytest.fail(f"{database} stayed busy")


@pytest.mark.slow
def test_scheduled_deployment_runs_against_a_real_prefect_server(tmp_path: Path) -> None:
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = child_env(tmp_path, PREFECT_API_URL=api, PREFECT_UI_ENABLED="0", PREFECT_RUNNER_POLL_FREQUENCY="2",
                    PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2")  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    serve = None
    try:
        def healthy() -> bool:
            try:
                return httpx.get(f"{api}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(healthy, START_TIMEOUT_S, "prefect server start")
        serve = subprocess.Popen(
            [sys.executable, "-m", "trialmine.cli", "schedule", "--interval", "10", "--corpus", str(corpus),
             "--out", str(out), "--name", "test-schedule"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip

        def completed_runs() -> list[dict]:
            deployment = httpx.get(f"{api}/deployments/name/trialmine-extract/test-schedule", timeout=5)
            if deployment.status_code != 200:
                return []
            runs = httpx.post(f"{api}/flow_runs/filter", timeout=5, json={
                "deployments": {"id": {"any_": [deployment.json()["id"]]}},
                "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}},
            }).json()  # fmt: skip
            return runs

        [first, *_] = wait_for(completed_runs, START_TIMEOUT_S, "a scheduled flow run to complete", poll=2)
        assert first["state"]["type"] == "COMPLETED" and first["parameters"]["trigger"] == "schedule"
        history = read_runs(out / DB_NAME)
        done = history[(history["status"] == "completed") & (history["trigger"] == "schedule")]
        assert len(done) >= 1 and done["report"].iloc[-1]["documents_new"] == 2
    finally:
        for process in (serve, server):
            if process is not None:
                stop_session(process)
    for process in (serve, server):
        if process is not None:
            assert session_pids(process.pid) == [], "processes left behind"
