"""``trialmine_outcome_phrases``: the learned outcome phrase of a result the rules name none for.

The rules name a result's outcome (``endpoint_text``) from vocabularies, sentence patterns and the
parse. Where they name none, the phrase tagger's nearest OC phrase in the value's sentence is taken
(:func:`nearest_outcome`: the closest one ending before the value, else the closest one after it,
never one overlapping it), and the row's ``method`` says so (``+learned:outcome``). A tagged phrase
that only names a time ("at week 12": :func:`names_a_time`, words in rules/phrases.json), is
headed by a drug or arm mention or names a statistic ("incidence rate ratio") is never taken, and
effect measures between arms keep the rules' outcome or none. Only ``endpoint_text`` is filled, and
the code of an adverse event the rules' own test finds in the learned phrase
(:func:`trialmine.extract.adverse_events.adverse_event`: "a lower incidence of complications (17%)
... than Group P1.5 (55.3%)" gives 55.3% the learned "incidence of complications"): the term as
code, category ``safety``. Arm and regimen stay the rules'.

Measured as shipped (benchmarks/outcome_phrases.py, README "The learned outcome phrase fallback"):
trained without the domain it tags, it links about 5 more outcome relations in 100 across ten
development domains and makes no development gold outcome wrong.

Like ``trialmine_parser``, the pipe tags nothing itself: it names its model on the Doc
(``doc._.outcome_phrase_model``), and only the sentences of results without an outcome are tagged,
a batch of documents together (:func:`tag_sentences`), after linking.
"""

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from trialmine.extract.adverse_events import AdverseEventRules, adverse_event
from trialmine.extract.measures import TIME_UNITS
from trialmine.extract.syntax import drug_or_arm_tokens, load_rules
from trialmine.nlp.on_demand import OnDemandModel

from . import load_model

METHOD_SUFFIX = "+learned:outcome"
_EFFECT_METHOD = "rules:effect/"  # the linker's method of effect-measure rows (extract/link.py)
_CACHE_KEY = "trialmine.phrases.sentences"  # doc.user_data: {(start, end) of a sentence: its OC phrases}
Bounds = tuple[int, int]  # character offsets in the document

if not Doc.has_extension("outcome_phrase_model"):
    Doc.set_extension("outcome_phrase_model", default=None)  # "" = the bundled tagger; None = off


@Language.factory("trialmine_outcome_phrases", assigns=["doc._.outcome_phrase_model"], default_config={"model": ""})
def make_outcome_phrases(nlp: Language, name: str, model: str) -> OnDemandModel:
    return OnDemandModel(model, phrase_tagger, "outcome_phrase_model")


@lru_cache(maxsize=4)
def phrase_tagger(model: str = "") -> Language:
    """The tagger at ``model`` ("" = the bundled one), loaded once per process."""
    return load_model(model or None)


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """rules/phrases.json's words that, with numbers and time units, only say when."""
    rules = json.loads((resources.files("trialmine") / "rules" / "phrases.json").read_text("utf-8"))
    return frozenset(rules["time_words"]) | frozenset(TIME_UNITS)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)?")


def names_a_time(phrase: str) -> bool:
    """'week 12', 'at 6 months', 'third visit', 'baseline': numbers, time units and time words only."""
    words = _WORD.findall(phrase)
    return bool(words) and all(w[0].isdigit() or w.lower() in time_words() for w in words)


def nearest_outcome(phrases: Iterable[Bounds], start: int, end: int) -> Bounds | None:
    """Of the OC phrases not overlapping the value at ``start:end``, the closest one ending before
    it ("Mortality was 12%"), else the closest one starting after it ("12% died"); None if none."""
    before = [p for p in phrases if p[1] <= start]
    if before:
        return max(before, key=lambda p: (p[1], p[0]))
    after = [p for p in phrases if p[0] >= end]
    return min(after, key=lambda p: (p[0], -p[1])) if after else None


def outcome_sentences(rows: Iterable[dict]) -> list[Bounds]:
    """The sentences (document offsets) of the results without an outcome phrase."""
    return sorted({_sentence_of(r) for r in rows if _needs_outcome(r)})


def _sentence_of(row: dict) -> Bounds:
    return row["sentence_start"], row["sentence_start"] + len(row["sentence"])


def _needs_outcome(row: dict) -> bool:
    """A result without an outcome phrase, and no effect measure between arms (HR, OR, difference):
    RCT-ART's scheme, which the tagger learned, has no such values, and the rules give one its
    outcome or, deliberately, none ("Prior knowledge of X (aOR = 1.9) predicted testing")."""
    return row.get("kind") == "result" and not row.get("endpoint_text") and not row["method"].startswith(_EFFECT_METHOD)


def tag_sentences(requests: Iterable[tuple[Doc, Bounds]]) -> None:
    """Tag these sentences (of any documents run through ``trialmine_outcome_phrases``) together,
    caching each one's OC phrases on its document; documents without the pipe are skipped."""
    by_model: dict[str, dict[tuple[int, Bounds], tuple[Doc, Bounds]]] = {}
    for doc, bounds in requests:
        model = doc._.outcome_phrase_model
        if model is not None and bounds not in doc.user_data.get(_CACHE_KEY, {}):
            by_model.setdefault(model, {})[id(doc), bounds] = (doc, bounds)
    for model, requested in by_model.items():
        todo = list(requested.values())
        tagged = phrase_tagger(model).pipe(doc.text[lo:hi] for doc, (lo, hi) in todo)
        for (doc, (lo, hi)), sentence in zip(todo, tagged):
            phrases = [(lo + e.start_char, lo + e.end_char) for e in sentence.ents if e.label_ == "OC"]
            doc.user_data.setdefault(_CACHE_KEY, {})[lo, hi] = phrases


def may_be_outcome(doc: Doc, phrase: Bounds) -> bool:
    """Not a time; not headed by (ending in) a drug or arm mention; not the name of a statistic
    ("hazard ratio") or a part of one ("incidence rate" of "incidence rate ratio"): the rules give an
    effect measure its outcome or none (syntax.json's statistic_heads)."""
    if names_a_time(doc.text[phrase[0] : phrase[1]]):
        return False
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None:
        return True
    heads = load_rules().statistic_heads
    statistic = span[-1].lower_ in heads or (span.end < len(doc) and doc[span.end].lower_ in heads)
    return not statistic and span[-1].i not in drug_or_arm_tokens(doc)


def with_outcome_phrases(rows: list[dict], doc: Doc, text: str) -> list[dict]:
    """``rows`` with each result that has no ``endpoint_text`` given its sentence's nearest learned
    outcome phrase, quoted from ``text`` (the stored document text, as long as ``doc``'s), and the
    code of the adverse event it names where the rules gave none."""
    if doc._.outcome_phrase_model is None:
        return rows
    tag_sentences((doc, bounds) for bounds in outcome_sentences(rows))
    cache = doc.user_data.get(_CACHE_KEY, {})
    for row in rows:
        if not _needs_outcome(row):
            continue
        phrases = [p for p in cache[_sentence_of(row)] if may_be_outcome(doc, p)]
        chosen = nearest_outcome(phrases, row["start"], row["end"])
        if chosen is None:
            continue
        row["endpoint_text"] = text[chosen[0] : chosen[1]]
        row["method"] += METHOD_SUFFIX
        if row.get("endpoint") is None and (event := adverse_event(doc, chosen, _sentence_of(row), AdverseEventRules.default())):
            row["endpoint"], row["category"] = event.code, "safety"
    return rows
