"""Scheduled extraction with Prefect's own means: the extraction flow served as a deployment.

    trialmine schedule --cron "0 6 * * *" --corpus /data/inbox --out /data/outputs

`flow.serve` creates the deployment `trialmine-extract/<name>` with its schedule on the Prefect
server (`PREFECT_API_URL`; scheduled runs need a running API, e.g. `prefect server start`) and
runs each scheduled flow run in a subprocess until stopped. Every run shows in the Prefect UI and in
`trialmine runs` with trigger `schedule`. Teams move the same deployment to a work pool instead
(README, "Operators").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect.deployments.runner import EntrypointType
from prefect.settings import PREFECT_API_URL

from trialmine.flows.extract import extract_flow

DEFAULT_DEPLOYMENT = "scheduled"


class NoPrefectServer(RuntimeError):
    """Scheduling needs a running Prefect API (`PREFECT_API_URL`)."""


def run_parameters(corpus: Path, out: Path, **options: Any) -> dict[str, Any]:
    """The extraction flow's parameters for scheduled runs (absolute paths: runs start elsewhere)."""
    return {
        "corpus": str(Path(corpus).resolve()), "out": str(Path(out).resolve()), "trigger": "schedule",
        **{k: (str(Path(v).resolve()) if isinstance(v, Path) else v) for k, v in options.items() if v is not None},
    }  # fmt: skip


def serve_extraction(
    parameters: dict[str, Any], cron: str | None = None, interval: float | None = None, name: str = DEFAULT_DEPLOYMENT
) -> None:
    """Serve the extraction flow on a schedule until interrupted (blocks)."""
    if not PREFECT_API_URL.value():
        raise NoPrefectServer(
            "scheduling needs a running Prefect server: start one with `prefect server start` and set "
            "PREFECT_API_URL (e.g. `prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`)"
        )
    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of cron or interval")
    extract_flow.serve(
        name=name, cron=cron, interval=interval, parameters=parameters,
        entrypoint_type=EntrypointType.MODULE_PATH,
    )  # fmt: skip
