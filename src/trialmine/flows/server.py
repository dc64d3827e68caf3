"""Prefect's temporary server, made to die with the process that started it.

With no `PREFECT_API_URL`, Prefect starts a temporary API server (a uvicorn subprocess) for the
run and stops it at exit; a run killed outright (SIGKILL, OOM killer) never gets to stop it, and
the server stays up, listening, for good. `guard_temporary_server()` registers, before any flow
runs, Prefect's own temporary-server class with one change: the server app is built by
`create_app` below, which also starts a thread that stops the server once its parent is gone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

import prefect
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, get_current_settings

PARENT_PID_VAR = "TRIALMINE_SERVER_PARENT_PID"
_PARENT_POLL_S = 0.5


class GuardedTemporaryServer(SubprocessASGIServer):
    """Prefect's temporary server, with `create_app` below as the app factory."""

    def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
        return subprocess.Popen(
            args=[
                sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent),
                "--factory", f"{__name__}:create_app", "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "error", "--lifespan", "on",
            ],
            env={
                **os.environ,
                "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
                **get_current_settings().to_environment_variables(exclude_unset=True),
                PARENT_PID_VAR: str(os.getpid()),
            },
        )  # fmt: skip


def guard_temporary_server() -> None:
    """Make the temporary server that Prefect starts for this process a guarded one (no-op when
    a server is configured, or one is already registered)."""
    if PREFECT_API_URL.value() or None in SubprocessASGIServer._instances:
        return
    GuardedTemporaryServer()  # Prefect's class registers it as the default instance (port None)


def create_app() -> Any:
    """Prefect's server app, plus a watcher that ends this server when its parent process is gone."""
    from prefect.server.api.server import create_app as prefect_create_app

    parent = int(os.environ.get(PARENT_PID_VAR, "0")) or os.getppid()
    threading.Thread(target=_stop_when_orphaned, args=(parent,), name="trialmine-parent-watch", daemon=True).start()
    return prefect_create_app()


def _stop_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_S)
    os.kill(os.getpid(), signal.SIGTERM)  # uvicorn shuts down cleanly on SIGTERM
    time.sleep(10)
    os._exit(1)  # it did not: leave anyway
