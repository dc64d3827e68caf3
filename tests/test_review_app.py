"""The review app over real outputs (FastAPI's TestClient): decisions, CSRF, escaping, validation, files."""

import json
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from review_helpers import HOSTILE_DOC, csrf_token, fact_ids, hostile_corpus
from trialmine.review.app import create_app
from trialmine.run import run_extraction
from trialmine.store import decisions as store


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("review_app")
    out = root / "out"
    run_extraction(hostile_corpus(root / "corpus"), out)
    return out


@pytest.fixture()
def client(outputs: Path, tmp_path: Path):
    out = tmp_path / "out"  # each test gets its own decisions beside a copy of the same database
    out.mkdir()
    (out / "trialmine.duckdb").write_bytes((outputs / "trialmine.duckdb").read_bytes())
    with TestClient(create_app(out, reviewer="tester")) as test_client:
        test_client.out = out
        yield test_client


def _evidence(out: Path, where: str = "TRUE"):
    con = duckdb.connect(str(out / "trialmine.duckdb"), read_only=True)
    try:
        return con.execute(f"SELECT * FROM evidence WHERE {where} ORDER BY doc_id, start").df()
    finally:
        con.close()


def _decide(client, evidence_id: str, **form):
    page = client.get(f"/fact/{evidence_id}")
    assert page.status_code == 200
    return client.post(f"/fact/{evidence_id}/decide", data={"csrf_token": csrf_token(page.text), **form}, follow_redirects=False)


def test_queue_lists_least_certain_first_and_filters(client):
    page = client.get("/")
    assert page.status_code == 200
    evidence = _evidence(client.out).set_index("evidence_id")
    ids = fact_ids(page.text)
    assert len(ids) == min(len(evidence), 100)
    confidences = [evidence.loc[i, "confidence"] for i in ids]
    assert confidences == sorted(confidences)
    doses = fact_ids(client.get("/", params={"kind": "dose", "doc": "rr_aml_selinexor_paper"}).text)
    assert doses and all(evidence.loc[i, "kind"] == "dose" and evidence.loc[i, "doc_id"] == "rr_aml_selinexor_paper" for i in doses)
    sure = fact_ids(client.get("/", params={"min_conf": "0.9"}).text)
    assert sure and all(evidence.loc[i, "confidence"] >= 0.9 for i in sure)
    orr = fact_ids(client.get("/", params={"endpoint": "ORR"}).text)
    assert orr and all(evidence.loc[i, "endpoint"] == "ORR" for i in orr)


def test_queue_filters_facts_a_learned_step_made_in_part(client):
    evidence = _evidence(client.out).set_index("evidence_id")
    learned = evidence["method"].str.contains("+learned:", regex=False)
    assert learned.any()  # the bundled documents have results whose outcome the phrase tagger named
    page = client.get("/", params={"source": "learned"}).text
    assert sorted(fact_ids(page)) == sorted(evidence.index[learned])
    rules = fact_ids(client.get("/", params={"source": "rules", "kind": "result"}).text)
    assert rules and not any(learned[i] for i in rules)
    assert fact_ids(client.get("/", params={"source": "nonsense"}).text) == fact_ids(client.get("/").text)  # unknown: all


def test_accept_and_correct_are_stored_with_reviewer_time_and_anchor(client):
    results = _evidence(client.out, "kind = 'result'")
    first, second = results["evidence_id"].iloc[0], results["evidence_id"].iloc[1]
    response = _decide(client, first, decision="accept", comment="checked against table 2")
    assert response.status_code == 303 and response.headers["location"].startswith("/fact/ev_")
    response = _decide(client, second, decision="correct", value="41.5", n="4", n_total="10",
                       endpoint="overall response rate", arm=results["arm"].iloc[1] or "")
    assert response.status_code == 303
    latest = store.latest(client.out).set_index("evidence_id")
    assert latest.loc[first, "decision"] == "accept" and latest.loc[first, "reviewer"] == "tester"
    assert latest.loc[first, "comment"] == "checked against table 2"
    assert latest.loc[first, "anchor_text"] == results["text"].iloc[0]
    corrected = json.loads(latest.loc[second, "corrected"])
    assert corrected["value"] == 41.5 and corrected["n"] == 4 and corrected["n_total"] == 10
    if results["endpoint"].iloc[1] != "ORR":
        assert corrected["endpoint"] == "ORR"  # a vocabulary phrase becomes its code
    queue = client.get("/", params={"status": "reviewed"})
    assert set(fact_ids(queue.text)) == {first, second}
    assert "2 / " in client.get("/").text  # progress counts them


@pytest.mark.parametrize(
    "form, message",
    [
        ({"value": "forty"}, "value must be a number"),
        ({"value": "1e999"}, "value must be a number"),
        ({"n": "-3"}, "n must be a whole number"),
        ({"n_total": "2.5"}, "N must be a whole number"),
        ({"endpoint": "x" * 300}, "endpoint is too long"),
        ({}, "nothing was changed"),
    ],
)
def test_invalid_corrections_are_refused_with_a_clear_message(client, form, message):
    result = _evidence(client.out, "kind = 'result'")["evidence_id"].iloc[0]
    response = _decide(client, result, decision="correct", **form)
    assert response.status_code == 422
    assert message in response.text
    assert not (client.out / store.REVIEW_DB).exists() or store.latest(client.out).empty


def test_free_text_endpoint_is_kept(client):
    result = _evidence(client.out, "kind = 'result'")["evidence_id"].iloc[0]
    assert _decide(client, result, decision="correct", endpoint="time to transfusion independence").status_code == 303
    assert json.loads(store.latest(client.out)["corrected"].iloc[0]) == {"endpoint": "time to transfusion independence"}


def test_changing_requests_need_post_and_the_sessions_csrf_token(client):
    fact = _evidence(client.out)["evidence_id"].iloc[0]
    client.get("/")
    assert client.post(f"/fact/{fact}/decide", data={"decision": "accept"}).status_code == 403
    assert client.post(f"/fact/{fact}/decide", data={"decision": "accept", "csrf_token": "forged"}).status_code == 403
    other = TestClient(client.app)  # another browser: its own session, so this page's token is worthless there
    token = csrf_token(client.get(f"/fact/{fact}").text)
    assert other.post(f"/fact/{fact}/decide", data={"decision": "accept", "csrf_token": token}).status_code == 403
    assert client.get(f"/fact/{fact}/decide").status_code == 405
    assert client.post("/reviewer", data={"reviewer": "mallory"}).status_code == 403
    assert not (client.out / store.REVIEW_DB).exists() or store.latest(client.out).empty


def test_document_text_is_escaped_everywhere(client):
    hostile = _evidence(client.out, f"doc_id = '{HOSTILE_DOC}'")
    assert not hostile.empty
    pages = [client.get(f"/doc/{HOSTILE_DOC}").text, *(client.get(f"/fact/{i}").text for i in hostile["evidence_id"])]
    for html in pages:
        assert "<script>window" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1;" in pages[0]
    assert "&lt;img src=x onerror=" in pages[0]
    headers = client.get(f"/doc/{HOSTILE_DOC}").headers
    assert "script-src 'self'" in headers["content-security-policy"]


def test_no_file_outside_the_static_folder_is_served(client):
    assert client.get("/static/review.js").status_code == 200
    for path in ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static//etc/passwd",
                 "/static/%2e%2e/%2e%2e/store/decisions.py", "/doc/../../etc/passwd"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert "import" not in response.text and "root:" not in response.text


def test_reviewer_name_is_validated_and_redirects_stay_local(client):
    token = csrf_token(client.get("/").text)
    response = client.post("/reviewer", data={"reviewer": "Ana", "back": "//evil.example/x", "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert 'value="Ana"' in client.get("/").text
    assert client.post("/reviewer", data={"reviewer": "  ", "csrf_token": token}).status_code == 422


def test_orphaned_decisions_are_listed_not_dropped(client):
    fact = _evidence(client.out, "kind = 'result'").iloc[0]
    anchor = store.Anchor("gone_doc", "result", "77%", 10, 13, "the rate was 77% overall", 0)
    store.record(client.out, "ev_00000000000000aa", "reject", anchor, "tester")
    store.reattach(client.out)
    page = client.get("/").text
    assert "Orphaned decisions" in page and "the rate was 77% overall" in page
    assert store.latest(client.out).set_index("evidence_id").loc["ev_00000000000000aa", "status"] == "orphaned"
    assert client.get(f"/fact/{fact['evidence_id']}").status_code == 200


def test_a_decision_needs_a_reviewer_name(client):
    fact = _evidence(client.out)["evidence_id"].iloc[0]
    with TestClient(create_app(client.out)) as anonymous:
        page = anonymous.get(f"/fact/{fact}")
        response = anonymous.post(f"/fact/{fact}/decide", data={"csrf_token": csrf_token(page.text), "decision": "accept"})
        assert response.status_code == 422 and "enter your reviewer name" in response.text
        token = csrf_token(page.text)
        anonymous.post("/reviewer", data={"reviewer": "Bea", "csrf_token": token})
        assert anonymous.post(f"/fact/{fact}/decide", data={"csrf_token": token, "decision": "reject"}).status_code == 200
    assert store.latest(client.out)["reviewer"].tolist() == ["Bea"]


def test_an_interview_fact_shows_its_speaker_and_its_sentence_neighbours(client):
    facts = _evidence(client.out, "segment LIKE 'speaker:%' AND kind = 'result'")
    fact = facts.iloc[0]
    html = client.get(f"/fact/{fact['evidence_id']}").text
    assert f"speaker: {fact['segment'].removeprefix('speaker:')}" in html
    neighbours = facts[(facts["sentence_start"] == fact["sentence_start"]) & (facts["evidence_id"] != fact["evidence_id"])]
    for other in neighbours["evidence_id"]:
        assert f'href="/fact/{other}"' in html
