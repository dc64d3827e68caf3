"""A reviewer saves decisions while an extraction runs in another process: both succeed."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from review_helpers import csrf_token, fact_ids, hostile_corpus
from trialmine.review.app import create_app
from trialmine.run import run_extraction
from trialmine.store import decisions as store

RUNS = 3


@pytest.mark.slow
def test_decisions_saved_in_a_loop_while_runs_publish(tmp_path: Path):
    corpus, out = hostile_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_extraction(corpus, out)
    runner = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            from pathlib import Path
            from trialmine.run import run_extraction
            print("loaded", flush=True)
            for _ in range({RUNS}):
                report = run_extraction(Path({str(corpus)!r}), Path({str(out)!r}))
                print("published", report.run_id, flush=True)
        """)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    saved, statuses = [], []
    with TestClient(create_app(out, reviewer="loop")) as client:
        assert runner.stdout.readline().strip() == "loaded"
        while runner.poll() is None or not saved:
            queue = client.get("/", params={"status": "unreviewed", "kind": "drug"})
            assert queue.status_code == 200
            fact = fact_ids(queue.text)[0]
            page = client.get(f"/fact/{fact}")
            if page.status_code == 404:  # a run replaced the table between the two requests
                continue
            response = client.post(f"/fact/{fact}/decide", follow_redirects=False,
                                   data={"csrf_token": csrf_token(page.text), "decision": "accept"})
            statuses.append(response.status_code)
            saved.append(fact)
        output = runner.stdout.read()
        assert runner.wait() == 0, output
        assert output.count("published") == RUNS
        assert set(statuses) == {303} and len(saved) >= 3
        decided = store.latest(out)
        assert len(decided) == len(set(saved))  # every decision is there, none twice for one fact
        client.get("/")  # the app re-attaches to the last run's table
    store.reattach(out)
    assert set(store.latest(out)["status"]) == {"current"}
