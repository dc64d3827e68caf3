"""The extraction flow: `trialmine.run.run_stages` with each stage run as a Prefect task.

The stage order lives in `run_stages` only; this module decides how a stage runs (a task, named
after the stage). Documents go through the NLP in batches: one task per batch, never one per
sentence or document (each task costs the server ~30 ms).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from trialmine.run import RunOptions, RunReport, run_stages


# NO_CACHE: stages read files and the store, whose contents change while the arguments do not
@task(name="stage", cache_policy=NO_CACHE)
def _stage(function: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    return function(*args, **kwargs)


def run_as_task(name: str, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """The `execute` of Prefect runs: the stage becomes a task run called `name`."""
    return _stage.with_options(name=name)(function, args, kwargs)


@flow(name="trialmine-extract", log_prints=True)
def extract_flow(
    corpus: Path = Path("corpus"),
    out: Path = Path("outputs"),
    ner_model: str | None = None,
    validate: bool = False,
    gold: Path | None = None,
    thresholds: Path | None = None,
    inbox: Path | None = None,
    prune: bool = False,
    keep_failed: bool = False,
    strict: bool = False,
    wait: float = 0,
    trigger: str = "manual",
    redo: list[str] | None = None,
) -> RunReport:
    """Extract facts from the new and changed documents under `corpus` into `out`; with
    `validate`, score the table against the gold (default `corpus/gold`) and fail the run below
    the thresholds. Parameters as `trialmine run --help` describes them."""
    options = RunOptions(
        corpus=Path(corpus), out=Path(out), ner_model=ner_model, inbox=Path(inbox) if inbox else None,
        trigger=trigger, prune=prune, keep_failed=keep_failed, strict=strict, wait_s=wait, redo=tuple(redo or ()),
        validate=validate, gold=Path(gold) if gold else None, thresholds=Path(thresholds) if thresholds else None,
    )  # fmt: skip
    return run_stages(options, execute=run_as_task, say=get_run_logger().info)


if __name__ == "__main__":
    extract_flow()
