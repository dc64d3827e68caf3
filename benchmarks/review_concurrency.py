"""How the review app and extraction runs share the output folder, measured. Usage:

    python benchmarks/review_concurrency.py [--runs 5] [--corpus corpus]

1. runs alone in a subprocess: how long each run holds trialmine.duckdb (publish, then the exports read it);
2. the same runs beside a naive reader opening the database every 2 ms: how many runs fail;
3. the same runs while a reviewer saves decisions through the app (FastAPI TestClient) in a loop:
   request latencies and whether any run or request failed.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import duckdb

from trialmine.run import run_extraction


def start_runs(corpus: Path, out: Path, runs: int) -> subprocess.Popen:
    """Runs in another process; each prints how long it held the database (publish + exports)."""
    code = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from trialmine.run import run_extraction
        from trialmine.store import db
        held = []
        def timed(function):
            def wrapper(*args, **kwargs):
                t0 = time.perf_counter()
                try:
                    return function(*args, **kwargs)
                finally:
                    held.append(time.perf_counter() - t0)
            return wrapper
        db.publish, db.export_table = timed(db.publish), timed(db.export_table)
        print("loaded", flush=True)
        failures = 0
        for _ in range({runs}):
            try:
                run_extraction(Path({str(corpus)!r}), Path({str(out)!r}))
            except Exception as exc:
                failures += 1
                print("run failed:", type(exc).__name__, str(exc)[:200], flush=True)
        print("held", " ".join(f"{{h:.4f}}" for h in held), flush=True)
        print("failures", failures, flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout.readline().strip() == "loaded"
    return proc


def finish(proc: subprocess.Popen) -> tuple[list[float], str]:
    """(seconds each database open of the runs lasted, the failures line)"""
    lines = proc.stdout.read().strip().splitlines()
    held = [float(v) for line in lines if line.startswith("held") for v in line.split()[1:]]
    failed = [line for line in lines if line.startswith("run failed")]
    first = f" (first: {failed[0][:90]})" if failed else ""
    return held, f"{len(failed)} of them failed{first}"


def naive_reader(database: Path, proc: subprocess.Popen) -> int:
    """A reader opening the database every 2 ms (what an app reading per request does under load)."""
    refused = 0
    while proc.poll() is None:
        try:
            duckdb.connect(str(database), read_only=True).close()
        except duckdb.IOException:
            refused += 1
        time.sleep(0.002)
    return refused


def review_loop(out: Path, proc: subprocess.Popen) -> dict:
    from fastapi.testclient import TestClient

    from trialmine.review.app import create_app

    latencies: dict[str, list[float]] = {"queue": [], "fact": [], "decide": []}
    errors = 0
    with TestClient(create_app(out, reviewer="bench")) as client:
        while proc.poll() is None:
            for name, call in (("queue", lambda: client.get("/", params={"status": "unreviewed"})),):
                t0 = time.perf_counter()
                page = call()
                latencies[name].append(time.perf_counter() - t0)
            ids = re.findall(r'class="fact-link" href="/fact/(ev_[0-9a-f]{16})', page.text)
            if not ids:
                break
            t0 = time.perf_counter()
            fact = client.get(f"/fact/{ids[0]}")
            latencies["fact"].append(time.perf_counter() - t0)
            if fact.status_code != 200:
                errors += fact.status_code != 404  # 404: a run replaced the fact between two requests
                continue
            token = re.search(r'name="csrf_token" value="([^"]+)"', fact.text).group(1)
            t0 = time.perf_counter()
            saved = client.post(f"/fact/{ids[0]}/decide", data={"csrf_token": token, "decision": "accept"}, follow_redirects=False)
            latencies["decide"].append(time.perf_counter() - t0)
            errors += saved.status_code != 303
    return {"latencies": latencies, "errors": errors}


def describe(values: list[float]) -> str:
    if not values:
        return "none"
    ms = sorted(v * 1000 for v in values)
    return f"n={len(ms)} median {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms, max {ms[-1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run_extraction(args.corpus, out)
        proc = start_runs(args.corpus, out, args.runs)
        proc.wait()
        held, failures = finish(proc)
        print(f"runs alone ({args.runs}): {failures}; the run holds trialmine.duckdb per open: {describe(held)}")
        proc = start_runs(args.corpus, out, args.runs)
        refused = naive_reader(out / "trialmine.duckdb", proc)
        held, failures = finish(proc)
        print(f"runs beside a reader opening the database every 2 ms: {failures}; reader refused {refused} times")

        proc = start_runs(args.corpus, out, args.runs)
        result: dict = {}
        thread = threading.Thread(target=lambda: result.update(review_loop(out, proc)))
        thread.start()
        thread.join()
        held, failures = finish(proc)
        print(f"runs beside the review app saving decisions in a loop: {failures}; request errors: {result['errors']}")
        for name, values in result["latencies"].items():
            print(f"  {name}: {describe(values)}")


if __name__ == "__main__":
    main()
