"""The extraction flow: `trialmine.run.run_stages` with each stage run as a Prefect task.

The stage order lives in `run_stages` only; this module decides how a stage runs (a task, named
after the stage). Documents go through the NLP in batches: one task per batch, never one per
sentence or document (each task costs the server ~30 ms).

Where the batch tasks run is the flow's task runner (`flow_with_runner`): in the flow's own process
one after the other (the default), over N local processes (`workers`), or on a Dask cluster
(`dask`: a scheduler address, or "local" for a LocalCluster of `workers` processes). Each worker
process builds the pipeline once, on its first batch. The batches' rows come back to the flow's
process, which stages them on disk as they arrive (`trialmine.store.staging`) and lets them go.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterator

from prefect import Flow, flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from trialmine.run import RunOptions, RunReport, run_stages


# NO_CACHE: stages read files and the store, whose contents change while the arguments do not
@task(name="stage", cache_policy=NO_CACHE)
def _stage(function: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    return function(*args, **kwargs)


def run_as_task(name: str, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """The `execute` of Prefect runs: the stage becomes a task run called `name`.

    The arguments are quoted: Prefect would otherwise walk them looking for futures, which costs
    seconds for a run's rows and documents (8 s for 16k rows; benchmarks/pipeline_scale.py)."""
    return _stage.with_options(name=name)(function, quote(args), quote(kwargs))


def map_as_tasks(name: str, function: Callable[..., Any], batches: list, *args: Any) -> Iterator[Any]:
    """Submit every batch to the flow's task runner at once; the results come back in order, each
    let go once the run has staged it (a future holds its result while it is referenced).
    (Not quoted: a batch is small to walk, and prefect-dask would pass the quote on unopened.)"""
    futures = deque(_stage.with_options(name=name).submit(function, (batch, *args), {}) for batch in batches)
    while futures:
        yield futures.popleft().result()


def task_runner(workers: int = 1, dask: str | None = None) -> TaskRunner | None:
    """The task runner for `workers` local processes or a Dask cluster (None: the flow's default,
    the batches run one after the other in the flow's process)."""
    if dask:
        from prefect_dask import DaskTaskRunner

        if dask == "local":
            cluster = {"n_workers": max(workers, 1), "threads_per_worker": 1, "processes": True}
            return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=cluster)
        return DaskTaskRunner(address=dask)
    if workers > 1:
        return ProcessPoolTaskRunner(max_workers=workers)
    return None


def flow_with_runner(workers: int = 1, dask: str | None = None) -> Flow:
    """`extract_flow`, running its NLP batch tasks on `task_runner(workers, dask)`."""
    runner = task_runner(workers, dask)
    return extract_flow.with_options(task_runner=runner) if runner else extract_flow


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
    batch_size: int = 32,
    pipeline_config: Path | None = None,
) -> RunReport:
    """Extract facts from the new and changed documents under `corpus` into `out`; with
    `validate`, score the table against the gold (default `corpus/gold`) and fail the run below
    the thresholds. Parameters as `trialmine run --help` describes them."""
    options = RunOptions(
        corpus=Path(corpus), out=Path(out), ner_model=ner_model, inbox=Path(inbox) if inbox else None,
        trigger=trigger, prune=prune, keep_failed=keep_failed, strict=strict, wait_s=wait, redo=tuple(redo or ()),
        validate=validate, gold=Path(gold) if gold else None, thresholds=Path(thresholds) if thresholds else None,
        batch_size=batch_size, pipeline_config=Path(pipeline_config) if pipeline_config else None,
    )  # fmt: skip
    # threads in this process would only contend for the GIL (and share one spaCy pipeline): there
    # the batches run one after the other; other runners (processes, Dask) get them all at once
    runner = FlowRunContext.get().task_runner
    parallel = not isinstance(runner, ThreadPoolTaskRunner)
    return run_stages(options, execute=run_as_task, say=get_run_logger().info, map_batches=map_as_tasks if parallel else None)


if __name__ == "__main__":
    extract_flow()
