"""`trialmine review`: a local web app to accept, reject or correct every extracted fact in context.

Pages: the queue (filters, least certain first, progress), a fact in its sentence and paragraph
with the decision form, a document with every extraction highlighted. Decisions go to
`OUT/review.duckdb` (trialmine.store.decisions); the main database is only read.

Document text is untrusted: templates autoescape everything and the Content-Security-Policy allows
only this package's own script and style. Every POST carries the session's CSRF token (the session
is a signed cookie). Static files come only from the package's static folder.
"""

from __future__ import annotations

import hmac
import math
import os
import re
import secrets
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

import jinja2
import pandas as pd
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from trialmine.review import forms
from trialmine.review.source import EvidenceSource, Snapshot, paragraph_bounds, pieces
from trialmine.store import decisions as store
from trialmine.store.schema import KINDS

PACKAGE_DIR = Path(__file__).parent
_EVIDENCE_ID = re.compile(r"^ev_[0-9a-f]{16}$")
_LOCAL_PATH = re.compile(r"^/(?![/\\])[^\\\s]*$")  # a path on this server, never //host or /\host
STATUSES = ("any", "unreviewed", "reviewed", "accept", "reject", "correct")
# who made a fact: the rules alone, or a learned step in part (its method ends in "+learned:...")
SOURCES = ("any", "rules", "learned")
LEARNED_MARK = "+learned:"
PAGE_SIZE = 100
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


@dataclass(frozen=True)
class Filters:
    doc: str = ""
    kind: str = ""
    endpoint: str = ""
    arm: str = ""
    status: str = "any"
    source: str = "any"
    min_conf: float | None = None
    max_conf: float | None = None

    @classmethod
    def parse(cls, params) -> "Filters":
        def conf(name: str) -> float | None:
            try:
                value = float(params.get(name, ""))
            except ValueError:
                return None
            return value if 0.0 <= value <= 1.0 else None

        status, source = params.get("status", "any"), params.get("source", "any")
        kind = params.get("kind", "")
        return cls(
            doc=params.get("doc", "")[:300], kind=kind if kind in KINDS else "",
            endpoint=params.get("endpoint", "")[:300], arm=params.get("arm", "")[:300],
            status=status if status in STATUSES else "any", source=source if source in SOURCES else "any",
            min_conf=conf("min_conf"), max_conf=conf("max_conf"),
        )

    def query(self) -> str:
        pairs = {"doc": self.doc, "kind": self.kind, "endpoint": self.endpoint, "arm": self.arm,
                 "status": "" if self.status == "any" else self.status,
                 "source": "" if self.source == "any" else self.source,
                 "min_conf": "" if self.min_conf is None else self.min_conf,
                 "max_conf": "" if self.max_conf is None else self.max_conf}
        return urlencode({k: v for k, v in pairs.items() if v != ""})

    def apply(self, evidence: pd.DataFrame, decided: dict[str, str]) -> pd.DataFrame:
        """The matching facts, least certain first (then document order)."""
        frame = evidence
        for column in ("doc", "kind", "endpoint", "arm"):
            wanted = getattr(self, column)
            if wanted:
                frame = frame[frame["doc_id" if column == "doc" else column].fillna("") == wanted]
        if self.source != "any":
            learned = frame["method"].fillna("").str.contains(LEARNED_MARK, regex=False)
            frame = frame[learned if self.source == "learned" else ~learned]
        if self.min_conf is not None:
            frame = frame[frame["confidence"] >= self.min_conf]
        if self.max_conf is not None:
            frame = frame[frame["confidence"] <= self.max_conf]
        status = frame["evidence_id"].map(decided).fillna("")
        if self.status == "unreviewed":
            frame = frame[status == ""]
        elif self.status == "reviewed":
            frame = frame[status != ""]
        elif self.status != "any":
            frame = frame[status == self.status]
        return frame.sort_values(["confidence", "doc_id", "start", "end", "kind"], kind="stable")


def _record(row: pd.Series | dict) -> dict:
    """A row with pandas' missing values as None (templates and forms expect plain values)."""
    return {k: (None if not isinstance(v, (list, tuple)) and pd.isna(v) else v) for k, v in dict(row).items()}


def _load_secret(out: Path) -> str:
    """The session-signing key: TRIALMINE_REVIEW_SECRET, else one kept in OUT (sessions survive a restart)."""
    if os.environ.get("TRIALMINE_REVIEW_SECRET"):
        return os.environ["TRIALMINE_REVIEW_SECRET"]
    path = out / ".review_secret"
    if not path.exists():
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text().strip()


def create_app(out: Path, reviewer: str | None = None) -> FastAPI:
    out = Path(out)

    def reattach(snapshot: Snapshot) -> None:
        store.reattach_to(out, snapshot.evidence, lambda doc_id: source.text(snapshot, doc_id))

    source = EvidenceSource(out, on_reload=reattach)

    @asynccontextmanager
    async def lifespan(_app):
        source.snapshot()  # load the table and re-attach decisions before the first page
        yield

    app = FastAPI(title="trialmine review", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SessionMiddleware, secret_key=_load_secret(out), session_cookie="trialmine_review",
                       same_site="strict", https_only=False)
    app.mount("/static", StaticFiles(directory=PACKAGE_DIR / "static"), name="static")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(PACKAGE_DIR / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["num"] = forms.number_text
    env.filters["q"] = lambda value: quote(str(value), safe="")
    env.globals["label"] = lambda segment: _segment_label(segment)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def csrf_token(request: Request) -> str:
        if "csrf" not in request.session:
            request.session["csrf"] = secrets.token_urlsafe(32)
        return request.session["csrf"]

    def check_csrf(request: Request, form) -> None:
        sent, expected = str(form.get("csrf_token", "")), request.session.get("csrf", "")
        if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
            raise HTTPException(403, "This form is out of date or was not sent by this app (CSRF check failed). "
                                     "Reload the page and try again.")

    def current_reviewer(request: Request) -> str | None:
        return request.session.get("reviewer") or reviewer

    def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        context.update(csrf_token=csrf_token(request), reviewer=current_reviewer(request), path=request.url.path,
                       query=request.url.query)
        return HTMLResponse(env.get_template(template).render(**context), status_code=status_code)

    def need_snapshot() -> Snapshot:
        snapshot = source.snapshot()
        if snapshot is None:
            raise HTTPException(404, f"No evidence database at {out / store.MAIN_DB}: run `trialmine run --out {out}` first.")
        return snapshot

    def decided_map() -> tuple[dict[str, str], pd.DataFrame]:
        latest = store.latest(out) if (out / store.REVIEW_DB).exists() else pd.DataFrame(columns=["evidence_id", "decision", "status"])
        current = latest[latest["status"] == "current"]
        return dict(zip(current["evidence_id"], current["decision"])), latest

    def progress(snapshot: Snapshot, decided: dict[str, str]) -> tuple[list[dict], dict]:
        evidence = snapshot.evidence.assign(decision=snapshot.evidence["evidence_id"].map(decided))
        rows = []
        for doc_id, group in evidence.groupby("doc_id", sort=True):
            counts = group["decision"].value_counts()
            rows.append({"doc_id": doc_id, "facts": len(group), "reviewed": int(group["decision"].notna().sum()),
                         **{d: int(counts.get(d, 0)) for d in store.DECISIONS}})
        total = {"facts": len(evidence), "reviewed": int(evidence["decision"].notna().sum()),
                 **{d: int((evidence["decision"] == d).sum()) for d in store.DECISIONS}}
        return rows, total

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return render(request, "error.html", status_code=exc.status_code, message=exc.detail)

    @app.exception_handler(store.StoreLockedError)
    async def locked_error(request: Request, exc: store.StoreLockedError):
        return render(request, "error.html", status_code=503, message=f"The database is busy for longer than expected: {exc}. Try again.")

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request, page: int = 1):
        snapshot = need_snapshot()
        decided, latest = decided_map()
        filters = Filters.parse(request.query_params)
        matching = filters.apply(snapshot.evidence, decided)
        pages = max(1, math.ceil(len(matching) / PAGE_SIZE))
        page = min(max(1, page), pages)
        shown = [_record(r) for _, r in matching.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE].iterrows()]
        per_doc, total = progress(snapshot, decided)
        evidence = snapshot.evidence
        orphans = [_record(r) for _, r in latest[latest["status"] == "orphaned"].iterrows()]
        return render(
            request, "queue.html", facts=shown, decided=decided, filters=filters, fq=filters.query(),
            matching=len(matching), page=page, pages=pages, per_doc=per_doc, total=total, orphans=orphans,
            options={
                "doc": sorted(evidence["doc_id"].dropna().unique()), "kind": KINDS,
                "endpoint": sorted(evidence["endpoint"].dropna().unique(), key=str.lower),
                "arm": sorted(evidence["arm"].dropna().unique(), key=str.lower), "status": STATUSES,
                "source": SOURCES,
            },
        )

    def fact_page(request: Request, evidence_id: str, filters: Filters, status_code: int = 200, errors=None, values=None,
                  comment: str = "") -> HTMLResponse:
        if not _EVIDENCE_ID.match(evidence_id):
            raise HTTPException(404, "No such fact (an evidence id looks like ev_ and 16 hex digits).")
        snapshot = need_snapshot()
        evidence = snapshot.evidence
        found = evidence[evidence["evidence_id"] == evidence_id]
        if found.empty:
            raise HTTPException(404, f"Fact {evidence_id} is not in the current evidence table (a re-run may have "
                                     "changed it; its decision, if any, is re-attached or listed as orphaned in the queue).")
        fact = _record(found.iloc[0])
        text = source.text(snapshot, fact["doc_id"]) or ""
        decided, _ = decided_map()
        order = list(filters.apply(evidence, decided)["evidence_id"])
        if evidence_id not in order:
            order = list(Filters().apply(evidence, decided)["evidence_id"])
        index = order.index(evidence_id)
        sentence_facts = evidence[(evidence["doc_id"] == fact["doc_id"]) & (evidence["sentence_start"] == fact["sentence_start"])]
        sentence_facts = sentence_facts.sort_values(["start", "end"])
        sentence = (int(fact["sentence_start"]), int(fact["sentence_start"]) + len(fact["sentence"] or ""))
        lo, hi = paragraph_bounds(text, min(sentence[0], fact["start"]), max(sentence[1], fact["end"]))
        spans = [(int(fact["start"]), int(fact["end"]), evidence_id)]
        return render(
            request, "fact.html", status_code=status_code, fact=fact,
            paragraph=pieces(text, lo, hi, spans, sentence), clipped=(lo > 0 and text[lo - 1] != "\n", hi < len(text) and text[hi] != "\n"),
            others=[_record(r) for _, r in sentence_facts.iterrows() if r["evidence_id"] != evidence_id],
            history=[_record(r) for _, r in store.history(out, evidence_id).iterrows()] if (out / store.REVIEW_DB).exists() else [],
            decided=decided, fq=filters.query(), position=index + 1, queue_length=len(order),
            prev_id=order[index - 1] if index > 0 else None, next_id=order[index + 1] if index + 1 < len(order) else None,
            fields=[(name, forms.FIELDS[name]) for name in forms.KIND_FIELDS[fact["kind"]]],
            values=values or forms.current_values(fact), errors=errors or {}, comment=comment,
            endpoint_codes=forms.endpoint_codes(),
        )

    @app.get("/fact/{evidence_id}", response_class=HTMLResponse)
    def fact_view(request: Request, evidence_id: str):
        return fact_page(request, evidence_id, Filters.parse(request.query_params))

    @app.post("/fact/{evidence_id}/decide")
    async def decide(request: Request, evidence_id: str):
        form = await request.form()
        check_csrf(request, form)
        filters = Filters.parse(dict(parse_qsl(str(form.get("filters", "")))))
        decision = str(form.get("decision", ""))
        if decision not in store.DECISIONS:
            raise HTTPException(400, f"Unknown decision {decision[:20]!r}: use accept, reject or correct.")
        snapshot = need_snapshot()
        evidence = snapshot.evidence
        found = evidence[evidence["evidence_id"] == evidence_id] if _EVIDENCE_ID.match(evidence_id) else evidence.iloc[:0]
        if found.empty:
            raise HTTPException(404, f"Fact {evidence_id[:40]} is not in the current evidence table: nothing was saved. "
                                     "Reload the queue (a run may have just replaced the table).")
        fact = _record(found.iloc[0])
        values = {name: str(form.get(name, "")) for name in forms.FIELDS}
        comment, comment_error = forms.clean_comment(str(form.get("comment", "")))
        errors = {"comment": comment_error} if comment_error else {}
        corrected = None
        if decision == "correct":
            correction = forms.parse_correction(form, fact)
            errors.update(correction.errors)
            corrected = correction.corrected
        name = current_reviewer(request)
        if not name:
            errors["_form"] = "enter your reviewer name (top right) before deciding"
        if errors:
            return fact_page(request, evidence_id, filters, 422, errors, values, str(form.get("comment", "")))
        decided, _ = decided_map()
        order = list(filters.apply(evidence, decided)["evidence_id"])
        text = source.text(snapshot, fact["doc_id"]) or ""
        anchor = store.Anchor.of(fact["doc_id"], fact["kind"], int(fact["start"]), int(fact["end"]), text)
        store.record(out, evidence_id, decision, anchor, name, corrected, comment)
        following = order[order.index(evidence_id) + 1 :] if evidence_id in order else order
        target = f"/fact/{following[0]}" if following else "/"
        query = filters.query()
        return RedirectResponse(target + (f"?{query}" if query else ""), status_code=303)

    @app.get("/doc/{doc_id:path}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str):
        snapshot = need_snapshot()
        meta = snapshot.documents[snapshot.documents["doc_id"] == doc_id]
        text = source.text(snapshot, doc_id) if not meta.empty else None
        if text is None:
            raise HTTPException(404, "No such document in the evidence database.")
        facts = snapshot.evidence[snapshot.evidence["doc_id"] == doc_id].sort_values(["start", "end"])
        decided, _ = decided_map()
        spans = [(int(r.start), int(r.end), r.evidence_id) for r in facts.itertuples()]
        records = {r["evidence_id"]: _record(r) for _, r in facts.iterrows()}
        reviewed = sum(1 for eid in records if eid in decided)
        return render(request, "document.html", doc=_record(meta.iloc[0]), pieces=pieces(text, 0, len(text), spans),
                      facts=records, decided=decided, kinds=KINDS, reviewed=reviewed)

    @app.post("/reviewer")
    async def set_reviewer(request: Request):
        form = await request.form()
        check_csrf(request, form)
        name, error = forms.clean_reviewer(str(form.get("reviewer", "")))
        if error:
            raise HTTPException(422, error)
        request.session["reviewer"] = name
        back = str(form.get("back", "/"))
        return RedirectResponse(back if _LOCAL_PATH.match(back) else "/", status_code=303)

    @app.get("/favicon.ico")
    def favicon():
        return Response(status_code=204)

    return app


def _segment_label(segment: str | None) -> str:
    """'page:3' -> 'page 3', 'speaker:Dr. X' -> 'speaker: Dr. X'."""
    if not segment:
        return ""
    kind, _, name = segment.partition(":")
    return f"page {name}" if kind == "page" else f"{kind}: {name}" if name else kind
