"""Adverse events the endpoint vocabulary does not list ("drowsiness (57%)", "anastomotic leak").

The vocabulary (`rules/endpoints.json`) knows a few dozen adverse-event terms; trials report
hundreds. A result whose outcome phrase has no code is an adverse event when the NER model tags the
phrase's head as a disease and its sentence speaks of safety, when the head is itself a safety
word ("wound healing complications"; `rules/adverse_events.json`), when a change word closes or
opens it in a safety passage ("alanine aminotransferase increase"), or when a CTCAE grade stands
before a disease or a change ("grade 3 hemoptysis"). The guidelines (§4.4) code such a result
`safety`, with the term itself, in lower case, as its code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from trialmine.extract.endpoints import outcome_span
from trialmine.nlp.components import doc_text

_CUES_KEY = "trialmine_safety_cues"  # doc.user_data: character spans of the safety cues, found once


@dataclass(frozen=True)
class AdverseEventRules:
    term_labels: frozenset[str]
    cues: tuple[str, ...]
    singular_as_written: frozenset[str] = frozenset()
    sentences_before: int = 0  # a cue this many sentences before the value's sentence counts too
    change_words: frozenset[str] = frozenset()  # "increase", "elevated": a phrase they close or open names a change
    not_graded_events: frozenset[str] = frozenset()  # "tumour": what a grade before it grades is no adverse event

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "AdverseEventRules":
        raw = json.loads((resources.files("trialmine") / "rules" / "adverse_events.json").read_text(encoding="utf-8"))
        if raw.get("scope") != "sentence":
            raise ValueError(f"rules/adverse_events.json: scope {raw.get('scope')!r} is not supported (only 'sentence')")
        return AdverseEventRules(
            frozenset(raw["term_labels"]),
            tuple(raw["cues"]),
            frozenset(raw.get("singular_as_written", ())),
            int(raw.get("sentences_before", 0)),
            frozenset(w.lower() for w in raw.get("change_words", ())),
            frozenset(w.lower() for w in raw.get("not_graded_events", ())),
        )


@lru_cache(maxsize=4)
def _cue_matcher(vocab: Vocab, cues: tuple[str, ...]) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = English(vocab=vocab).tokenizer  # cues are plain words: the default English rules split them as trialmine's do
    matcher.add("SAFETY", [tokenizer(cue) for cue in cues])
    return matcher


def safety_cues(doc: Doc, rules: AdverseEventRules) -> list[tuple[int, int]]:
    """Character spans of the document's safety cues, sorted (matched once per document)."""
    if _CUES_KEY not in doc.user_data:
        matcher = _cue_matcher(doc.vocab, rules.cues)
        doc.user_data[_CUES_KEY] = sorted((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for _, start, end in matcher(doc))
    return doc.user_data[_CUES_KEY]


@dataclass(frozen=True)
class AdverseEvent:
    code: str  # the term in lower case (GUIDELINES 4.4)
    span: tuple[int, int]  # the outcome phrase as written (character span)


def adverse_event(doc: Doc, phrase: tuple[int, int], sentence: tuple[int, int], rules: AdverseEventRules) -> AdverseEvent | None:
    """The adverse event an outcome phrase (character span) names, else None. It names one when its
    head is a safety cue ("wound healing complications": the phrase in lower case); in a passage
    about safety (`_safety_passage`), when a change word closes or opens it ("alanine
    aminotransferase increase", "increased ALP": the phrase in lower case, as CTCAE terms are
    written; a change word right after the phrase and before its bracket belongs to it: "alanine
    aminotransferase increased (5.0%)"), or when its head is a disease (NER): the disease term in
    lower case, its head in the singular ("post-operative anastomotic leak rates" -> "anastomotic
    leak"). A disease or a change after a CTCAE grade is an adverse event in any passage
    (`_graded_event`)."""
    text = doc_text(doc)
    cleaned = outcome_span(text, phrase)  # "post-operative anastomotic leak rates": the term ends before "rates"
    if cleaned is None:
        return None
    start, end = cleaned
    cues = safety_cues(doc, rules)
    term = " ".join(text[start:end].lower().split())
    if term.startswith(("no ", "without ", "none ")):
        return None  # "no other toxic effects were reported in more than 10%": no event is named
    if any(cue_end == end for _, cue_end in cues):
        return AdverseEvent(term, phrase)  # "wound healing complications": a cue keeps its number
    graded = _graded_event(doc, start, end, rules)
    if graded:  # "grade 3 hemoptysis": a CTCAE grade marks an adverse event wherever it stands
        return AdverseEvent(graded[0], (phrase[0], max(phrase[1], graded[1])))
    change_after = _CHANGE_BEFORE_BRACKET.match(text, end)
    if change_after and change_after.group(1).lower() in rules.change_words:
        end, term = change_after.end(1), f"{term} {change_after.group(1).lower()}"
    if _names_change(term, rules.change_words):
        return AdverseEvent(term, (phrase[0], max(phrase[1], end))) if _safety_passage(doc, cues, sentence, rules.sentences_before) else None
    entity = _entity_ends_phrase(doc, start, end, rules.term_labels)
    if entity is None or not _safety_passage(doc, cues, sentence, rules.sentences_before):
        return None
    # the disease term itself, without what the phrase says around it ("post-operative anastomotic leak")
    *words, head = " ".join(text[entity:end].lower().split()).split(" ")
    return AdverseEvent(" ".join([*words, singular(head, rules.singular_as_written)]), phrase)


# a CTCAE grade before a term: "grade 3", "grades 3-4", "grade ≥2", "CTC grade II", "3/4 grade"
_GRADE_NUMBER = r"(?:[0-9]|IV|V|I{1,3})(?![\w.,])"
_GRADE_RANGE = rf"{_GRADE_NUMBER}(?:\s*(?:[-\u2010\u2013/]|to|or|and)\s*{_GRADE_NUMBER})?"
_GRADE_WORD = rf"(?:CTC(?:AE)?\s+)?grades?\s*(?:[≥>≤<]=?\s*)?{_GRADE_RANGE}"
_GRADE_LEAD = re.compile(rf"(?:{_GRADE_WORD}|{_GRADE_RANGE}\s+grades?)\s+", re.IGNORECASE)
# the grade after a phrase that ends with the word "grade" ("had grade | 3 hemoptysis")
_GRADE_AFTER = re.compile(rf"\s*(?:[≥>≤<]=?\s*)?{_GRADE_RANGE}\s+", re.IGNORECASE)


def _graded_event(doc: Doc, start: int, end: int, rules: AdverseEventRules) -> tuple[str, int] | None:
    """(code, end of the term) of a phrase (character span) that is a CTCAE grade and the term it
    grades, else None: "Grade 3 hemoptysis" -> "hemoptysis", and "grade" read on over its grade and
    term ("1 had grade 3 hemoptysis and ...", "grade 3 transaminase elevation, which ..."). The term
    is a disease (NER; its head in the singular) or a change ("transaminase elevation"); a grade of
    anything else (a tumour grade, "grade 2 lipase") marks no event here."""
    text = doc_text(doc)
    lead = _GRADE_LEAD.match(text, start)
    if lead and lead.end() < end:
        term_start, term_end = lead.end(), end
    elif re.search(r"\bgrades?$", text[start:end], re.IGNORECASE) and (after := _GRADE_AFTER.match(text, end)):
        term_start, term_end = after.end(), None
    else:
        return None
    entity = _entity_from(doc, term_start, rules.term_labels)
    if entity and (term_end is None or entity == term_end):
        *words, head = " ".join(text[term_start:entity].lower().split()).split(" ")
        if head in rules.not_graded_events:
            return None
        return " ".join([*words, singular(head, rules.singular_as_written)]), entity
    position = term_start
    for count in range(4):  # "transaminase elevation", "blood alkaline phosphatase increase"
        word = _NEXT_WORD.match(text, position)
        if word is None:
            break
        position = word.end()
        if count and word.group(1).lower() in rules.change_words:
            return (" ".join(text[term_start:position].lower().split()), position) if term_end in (None, position) else None
    return None


# the next word of a term, after a space at most ("transaminase| elevation")
_NEXT_WORD = re.compile(r"[ \t]?([^\W\d][\w\-]*)")


def _entity_from(doc: Doc, start: int, labels: frozenset[str]) -> int | None:
    """The end of the entity of `labels` that starts at character `start`, else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    if token.idx != start or token.ent_type_ not in labels or token.ent_iob_ != "B":
        return None
    last = token
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    return last.idx + len(last)


# "alanine aminotransferase increased (5.0%)": a word between the phrase and its bracket
_CHANGE_BEFORE_BRACKET = re.compile(r"[ \t]+([A-Za-z]+)(?=\s*[(\[])")


def _names_change(term: str, change_words: frozenset[str]) -> bool:
    """Does a change word close or open the (lower-case) term, with something it changes beside it
    ("alanine aminotransferase increase", "increased alp"), not alone ("increase")?"""
    words = term.split()
    return len(words) >= 2 and (words[-1] in change_words or words[0] in change_words)


def _safety_passage(doc: Doc, cues: list[tuple[int, int]], sentence: tuple[int, int], sentences_before: int) -> bool:
    """Does the sentence speak of safety, or follow (within `sentences_before` of the document's
    sentences) one that reports safety results: a cue and a figure ("Adverse effects were drowsiness
    (57%) ..."), not a cue alone ("Side effects were recorded.", "evaluated for efficacy and toxicity.")?"""
    if any(sentence[0] <= cue_start < sentence[1] for cue_start, _ in cues):
        return True
    scope_start = _sentences_back(doc, sentence[0], sentences_before)
    text = doc_text(doc)
    for cue_start, _ in cues:
        if scope_start <= cue_start < sentence[0]:
            cue_sentence = _token_at(doc, cue_start).sent
            if _FIGURE.search(text, cue_start, min(cue_sentence.end_char, sentence[0])):
                return True
    return False


_FIGURE = re.compile(r"\d\s*%|[(\[]\s*\d|\b\d+\s+(?:events|patients)\b")


def _token_at(doc: Doc, offset: int):
    """The token at character ``offset`` (a token's start: a sentence's or a cue's)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[-1]


def _sentences_back(doc: Doc, start: int, n: int) -> int:
    """Where the document's sentence ``n`` sentences before the one starting at ``start`` starts
    (0: ``start``)."""
    token = _token_at(doc, start)
    for _ in range(n):
        if token.i == 0:
            break
        token = doc[token.i - 1].sent[0]
    return token.idx if n else start


def singular(word: str, as_written: frozenset[str] = frozenset()) -> str:
    """The singular of a lower-case English noun as disease terms write it: "leaks" -> "leak",
    "toxicities" -> "toxicity", "abscesses" -> "abscess", "seizures" -> "seizure"; words that only
    end like plurals ("diabetes", "stenosis") stay as written."""
    if word in as_written or len(word) < 4 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os")):
        return word[:-1]
    return word


def _entity_ends_phrase(doc: Doc, start: int, end: int, labels: frozenset[str]) -> int | None:
    """Where the entity of `labels` inside the phrase (character span) that ends where it ends
    starts, or None if there is none. Read from the phrase's last tokens, not by scanning the
    document's entities (linear in long documents)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    last = span[-1]
    if last.ent_type_ not in labels or last.idx + len(last) != end:
        return None
    if last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        return None  # the entity goes on past the phrase
    first = last.i
    while doc[first].ent_iob_ == "I":
        first -= 1
    return doc[first].idx if doc[first].idx >= start else None
