"""Adverse events the endpoint vocabulary does not list ("drowsiness (57%)", "anastomotic leak").

The vocabulary (`rules/endpoints.json`) knows a few dozen adverse-event terms; trials report
hundreds. A result whose outcome phrase has no code is an adverse event when the NER model tags the
phrase's head as a disease and its sentence speaks of safety or of an event befalling patients
("the incidence of stomatitis was lower in Arm A"), when the head is itself a safety
word ("wound healing complications"; `rules/adverse_events.json`), when a change word closes or
opens it in a safety passage ("alanine aminotransferase increase"), or when a CTCAE grade stands
before a disease or a change ("grade 3 hemoptysis"). A short form the document defines is coded by
its long form ("PDPH" -> "post-dural puncture headache"). The guidelines (§4.4) code such a result
`safety`, with the term itself, in lower case, as its code. Such a disease in a sentence with a
safety cue, an event word or a grade is also a mention the linker reads as it reads the
vocabulary's (`unlisted_event_mentions`: "Grade 3 hiccups and hemoptysis were noted in 4.5% and
3.0%, respectively").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from trialmine.extract.arm_rules import abbreviation_index, arm_rules_of
from trialmine.extract.endpoints import GRADE_BOUND, outcome_span, without_severity
from trialmine.extract.numbers import measure_words, word_alternation
from trialmine.nlp.components import EndpointMention, doc_text

_CUES_KEY = "trialmine_safety_cues"  # doc.user_data: character spans of the safety cues, found once
_EVENT_WORDS_KEY = "trialmine_event_words"  # doc.user_data: character spans of the event words, found once


@dataclass(frozen=True)
class AdverseEventRules:
    term_labels: frozenset[str]
    cues: tuple[str, ...]
    singular_as_written: frozenset[str] = frozenset()
    sentences_before: int = 0  # a cue this many sentences before the value's sentence counts too
    change_words: frozenset[str] = frozenset()  # "increase", "elevated": a phrase they close or open names a change
    not_graded_events: frozenset[str] = frozenset()  # "tumour": what a grade before it grades is no adverse event
    event_words: tuple[str, ...] = ()  # "incidence", "occurred": a disease in their sentence befell patients
    improvement_words: frozenset[str] = frozenset()  # "reduction (in pain)": the disease is relieved, no event
    no_event_cues: frozenset[str] = frozenset()  # "safety": a cue that names no event itself
    cause_before: re.Pattern = re.compile("(?!)")  # "due to", "receiving" just before a disease: no event
    example_before: re.Pattern = re.compile("(?!)")  # "such as" before a disease: an example of a group
    lead_end: re.Pattern = re.compile("(?!)")  # what leads up to a cue-headed term, up to its last word

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
            tuple(raw.get("event_words", ())),
            frozenset(w.lower() for w in raw.get("improvement_words", ())),
            frozenset(w.lower() for w in raw.get("no_event_cues", ())),
            _words_before(raw.get("cause_words", ()), words_between=2),
            # a list of up to six words may stand between "such as" and the disease ("such as A, B and C")
            re.compile(rf"(?<!\w)(?:{_any_of(raw.get('example_words', ()))})\s*,?\s*(?:[\w\-]+\s*,?\s*(?:and|or)?\s*){{0,6}}$", re.IGNORECASE),
            re.compile(rf".*\b(?:{_any_of(raw.get('lead_words', ()))})\s+"),
        )


def _any_of(phrases) -> str:
    """`word_alternation` of a rules list, or a pattern that matches nothing when the list is empty."""
    return word_alternation(phrases) or "(?!)"


def _words_before(phrases, words_between: int) -> re.Pattern:
    """A pattern that finds one of `phrases` ending at most `words_between` words before the end of what is searched."""
    return re.compile(rf"\b(?:{_any_of(phrases)})\s+(?:[\w\-]+\s+){{0,{words_between}}}$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _cue_matcher(vocab: Vocab, cues: tuple[str, ...]) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = English(vocab=vocab).tokenizer  # cues are plain words: the default English rules split them as trialmine's do
    matcher.add("SAFETY", [tokenizer(cue) for cue in cues])
    return matcher


def _matched_once(doc: Doc, key: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Character spans of `phrases` in the document, sorted (matched once per document, kept under `key`)."""
    if key not in doc.user_data:
        matcher = _cue_matcher(doc.vocab, phrases)
        doc.user_data[key] = sorted((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for _, start, end in matcher(doc))
    return doc.user_data[key]


def safety_cues(doc: Doc, rules: AdverseEventRules) -> list[tuple[int, int]]:
    """Character spans of the document's safety cues, sorted."""
    return _matched_once(doc, _CUES_KEY, rules.cues)


def _names_event(doc: Doc, sentence: tuple[int, int], rules: AdverseEventRules) -> bool:
    """Does the sentence say that something befell patients ("the incidence of", "occurred in")?"""
    return bool(rules.event_words) and any(sentence[0] <= start < sentence[1] for start, _ in _matched_once(doc, _EVENT_WORDS_KEY, rules.event_words))


@dataclass(frozen=True)
class AdverseEvent:
    code: str  # the term in lower case (GUIDELINES 4.4)
    span: tuple[int, int]  # the outcome phrase as written (character span)


def adverse_event(doc: Doc, phrase: tuple[int, int], sentence: tuple[int, int], rules: AdverseEventRules) -> AdverseEvent | None:
    """The adverse event an outcome phrase (character span) names, else None. It names one when its
    head is a safety cue naming an event ("wound healing complications", "rate of grade 3-4 skin
    toxicity": the term in lower case without its lead and grade); in a passage about safety
    (`_safety_passage`), when a change word closes or opens it ("alanine aminotransferase
    increase", "increased ALP": the phrase in lower case, as CTCAE terms are written; a change word
    right after the phrase and before its bracket belongs to it: "alanine aminotransferase
    increased (5.0%)"); or when its head is a disease (NER) in a passage about safety or a sentence
    with an event word ("the incidence of", "occurred"), and no word just before the disease says
    it was relieved ("a reduction in pain"): the disease term in lower case, its head in the
    singular ("post-operative anastomotic leak rates" -> "anastomotic leak"). A disease or a change
    after a CTCAE grade is an adverse event in any passage (`_graded_event`)."""
    text = doc_text(doc)
    cleaned = outcome_span(text, phrase)  # "post-operative anastomotic leak rates": the term ends before "rates"
    if cleaned is None:
        return None
    start, end = cleaned
    cues = safety_cues(doc, rules)
    term = " ".join(text[start:end].lower().split())
    if term.startswith(("no ", "without ", "none ")):
        return None  # "no other toxic effects were reported in more than 10%": no event is named
    if any(cue_end == end for _, cue_end in cues) and term.rsplit(" ", 1)[-1] not in rules.no_event_cues:
        return AdverseEvent(_bare_term(term, rules), phrase)  # "wound healing complications": a cue keeps its number
    graded = _graded_event(doc, start, end, rules)
    if graded:  # "grade 3 hemoptysis": a CTCAE grade marks an adverse event wherever it stands
        return AdverseEvent(graded[0], (phrase[0], max(phrase[1], graded[1])))
    change_after = _CHANGE_BEFORE_BRACKET.match(text, end)
    if change_after and change_after.group(1).lower() in rules.change_words:
        end, term = change_after.end(1), f"{term} {change_after.group(1).lower()}"
    if _names_change(term, rules.change_words):
        return AdverseEvent(term, (phrase[0], max(phrase[1], end))) if _safety_passage(doc, cues, sentence, rules.sentences_before) else None
    entity = _entity_ends_phrase(doc, start, end, rules.term_labels)
    if entity is None or _relieved(text, max(sentence[0], entity - 40), entity, rules):
        return None
    if not (_safety_passage(doc, cues, sentence, rules.sentences_before) or _names_event(doc, sentence, rules)):
        return None
    # the disease term itself, without what the phrase says around it ("post-operative anastomotic leak")
    return AdverseEvent(_term_code(doc, text, doc.char_span(entity, end, alignment_mode="expand"), rules), phrase)


def _term_code(doc: Doc, text: str, term: Span, rules: AdverseEventRules) -> str:
    """A disease term's code: in lower case, without the severity words opening it, its head in the
    singular; a short form the document defines is its long form ("PDPH" -> "post-dural puncture
    headache")."""
    long_form = abbreviation_index(doc)[0].get((term.start, term.end))
    written = long_form.text if long_form is not None else text[term.start_char : term.end_char]
    *words, head = without_severity(" ".join(written.lower().split())).split(" ")
    return " ".join([*words, singular(head, rules.singular_as_written)])


def _names_an_arm(long_form: Span, arms_and_drugs: list[tuple[int, int]], control_words: set[str]) -> bool:
    """Is the long form an arm or a drug ("placebo device (PD)")?"""
    overlaps = any(a < long_form.end_char and long_form.start_char < b for a, b in arms_and_drugs)
    return overlaps or any(token.lower_ in control_words for token in long_form)


def unlisted_event_mentions(doc: Doc, mentions: list[EndpointMention], rules: AdverseEventRules) -> list[EndpointMention]:
    """Mentions of the adverse events the vocabulary does not list, so that the linker reads them as
    it reads listed ones ("Grade 3 nausea and anorexia were ... (4.5% vs 0.7%, 3.0% vs 0%,
    respectively)"): each disease (NER) in a sentence about safety, with an event word or with a
    CTCAE grade, unless a mention of the vocabulary's (`mentions`, before their context is read),
    an arm or a drug overlaps it ("patients receiving thrombolysis"), it is a safety cue itself
    ("toxicity") or an abbreviation the document does not define ("MI"; a defined one is coded by
    its long form, unless that names an arm: "placebo device (PD)"), a word just before or after
    says it was relieved ("pain relief"), it is a tumour (`not_graded_events`), an example of a
    group named before it ("complications (17%) such as hemodynamic instability"), a cause or a
    treatment ("due to psychiatric conditions", "receiving thrombolysis"), or it describes the
    patients ("patients with X", "X patients")."""
    text = doc_text(doc)
    arms_and_drugs = [(s.start_char, s.end_char) for s in doc.spans.get("arms", [])]
    arms_and_drugs += [(m.start, m.end) for m in doc._.drug_mentions or []]
    taken = bytearray(len(text) + 1)  # 1 where a listed mention, an arm or a drug stands
    for a, b in [(m.start, m.end) for m in mentions] + arms_and_drugs:
        taken[a:b] = b"\x01" * (b - a)
    cues = safety_cues(doc, rules)
    cue_words = {cue.lower() for cue in rules.cues}
    control_words = {w for terms in arm_rules_of(doc).control_terms.values() for term in terms for w in term.lower().split()}
    about_events: dict[tuple[int, int], bool] = {}  # sentence -> does it speak of safety or events
    found = []
    for entity in doc.ents:
        if entity.label_ not in rules.term_labels or entity.text.lower() in cue_words:
            continue
        if _ABBREVIATION.fullmatch(entity.text):  # "MI", "NS": undefined, no telling what they mean
            long_form = abbreviation_index(doc)[0].get((entity.start, entity.end))
            if long_form is None or _names_an_arm(long_form, arms_and_drugs, control_words):
                continue  # nor one the document defines as an arm: "placebo device (PD)"
        start, end = entity.start_char, entity.end_char
        if any(taken[start:end]):
            continue
        sentence = (entity.sent.start_char, entity.sent.end_char)
        words = " ".join(text[start:end].lower().split()).split(" ")
        if (
            words[-1] in rules.not_graded_events
            or _names_patients(text, start, end)
            or _relieved(text, max(sentence[0], start - 40), start, rules)
            or _relieved_after(text, end, rules)
            or rules.example_before.search(text, max(sentence[0], start - 80), start)
            or rules.cause_before.search(text, max(sentence[0], start - 40), start)
        ):
            continue
        if sentence not in about_events:
            about_events[sentence] = (
                _safety_passage(doc, cues, sentence, rules.sentences_before) or _names_event(doc, sentence, rules) or _graded(text, sentence, rules)
            )
        if not about_events[sentence]:
            continue
        found.append(EndpointMention(start, end, text[start:end], _term_code(doc, text, entity, rules), "safety"))
    return found


_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9\-]{0,5}s?")  # "MI", "NS", "PDPH": only the document can tell what they mean
_PEOPLE = f"{measure_words('people_nouns')}|those"
_PATIENTS_BEFORE = re.compile(rf"\b(?:{_PEOPLE})\s+(?:with|without|having)\s+(?:[\w\-]+\s+){{0,2}}$", re.IGNORECASE)
_PATIENTS_AFTER = re.compile(rf"\s*(?:{_PEOPLE})\b", re.IGNORECASE)


def _names_patients(text: str, start: int, end: int) -> bool:
    """Does the disease describe the patients ("patients with hypertension", "hypertensive
    patients", "COPD patients") rather than an event?"""
    return bool(_PATIENTS_BEFORE.search(text, max(0, start - 60), start) or _PATIENTS_AFTER.match(text, end))


# a CTCAE grade before a term: "grade 3", "grades 3-4", "grade ≥2", "CTC grade II", "3/4 grade"
_GRADE_NUMBER = r"(?:[0-9]|IV|V|I{1,3})(?![\w.,])"
_GRADE_RANGE = rf"{_GRADE_NUMBER}(?:\s*(?:[-\u2010\u2013/]|to|or|and)\s*{_GRADE_NUMBER})?"
_GRADE_WORD = rf"(?:CTC(?:AE)?\s+)?grades?\s*{GRADE_BOUND}{_GRADE_RANGE}"
_GRADE_LEAD = re.compile(rf"(?:{_GRADE_WORD}|{_GRADE_RANGE}\s+grades?)\s+", re.IGNORECASE)
# the grade after a phrase that ends with the word "grade" ("had grade | 3 hemoptysis")
_GRADE_AFTER = re.compile(rf"\s*{GRADE_BOUND}{_GRADE_RANGE}\s+", re.IGNORECASE)


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


def _bare_term(term: str, rules: AdverseEventRules) -> str:
    """A (lower-case) cue-headed term without what leads up to it and its grade: "rate of grade 3-4
    cardiovascular toxicity" -> "cardiovascular toxicity", "proportion of patients who developed one
    or more complications" -> "complications" (GUIDELINES 4.4 codes the term itself)."""
    term = term[m.end() :] if (m := rules.lead_end.match(term)) else term
    return term[m.end() :] if (m := _GRADE_LEAD.match(term)) and m.end() < len(term) else term


def _relieved(text: str, start: int, entity: int, rules: AdverseEventRules) -> bool:
    """Does one of the three words before the disease at `entity` (from `start` on) say it is
    relieved ("a ≥50% reduction in pain", "improvement of dyspnoea")?"""
    words = re.findall(r"[^\W\d]+", text[start:entity].lower())[-3:]
    return any(word in rules.improvement_words for word in words)


def _graded(text: str, sentence: tuple[int, int], rules: AdverseEventRules) -> bool:
    """Does a CTCAE grade stand in the sentence ("Grade 3 hiccups and hemoptysis were ..."), not one
    of a tumour ("grade 3 tumours")?"""
    for lead in _GRADE_LEAD.finditer(text, sentence[0], sentence[1]):
        word = re.match(r"[^\W\d]+", text[lead.end() : sentence[1]])
        if not word or word.group(0).lower() not in rules.not_graded_events:
            return True
    return False


def _relieved_after(text: str, end: int, rules: AdverseEventRules) -> bool:
    """Does the word after the disease at `end` say it is relieved ("pain relief", "pain reduction")?"""
    word = re.match(r"\s*-?\s*([^\W\d]+)", text[end : end + 20])
    return bool(word) and word.group(1).lower() in rules.improvement_words


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
