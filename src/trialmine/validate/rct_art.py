"""RCT-ART result sentences as a test of within-sentence linking; pure functions, no pipeline.

RCT-ART (Whitton & Hunter 2023; ../shared/data/rct_art/SOURCE.md) annotates result sentences of
trial abstracts with outcome (`OC`), arm (`INTV`) and measure (`MEAS`) spans, and relations from an
outcome or an arm to its measure (`OC_RES`, `A1_RES`, `A2_RES`). The text is space-tokenised
("eight patients ( 1.3 % )"), so `natural_text` first rebuilds the text as it was written and maps
every span onto it. `score_sentences` then compares the extractor's result rows with the gold:

* values found: a gold MEAS span overlapped by a predicted result row, or a count that a result row
  of its sentence holds as its `n` (and `n_total`): RCT-ART marks "109 of 211 warfarin recipients"
  beside "(51.7%)" as a measure of its own, where our guidelines (§4.2) make the percentage the row's
  value and the count its n / n_total (`stated_count`); "values found, by span" is the overlap alone;
* outcome linked: per OC_RES relation, a predicted row overlapping the MEAS whose endpoint_text
  (or endpoint code) matches the OC text (`outcome_text_match`, or the predicted phrase's words all
  inside the OC's words, since RCT-ART outcome spans often carry a verb: "increased the mean cost"),
  or, when the OC is a time ("At 3 years, ... was 61%"), whose `timepoint` names the same time;
* arm linked: per A1_RES/A2_RES relation, a predicted row overlapping the MEAS whose arm label or
  regimen drugs share a word with the INTV text, beyond words naming no arm ("group", "patients",
  "receiving"), or whose arm label is the INTV text; "arm linked, distinct" also requires that it
  shares none with the sentence's other arm when that arm's words differ, so a row carrying the
  union of the sentence's drugs does not count for both arms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trialmine.extract.measures import TIME_UNITS
from trialmine.extract.numbers import parse_number
from trialmine.validate.match import arm_label_match, outcome_text_match, phrase_tokens

NO_SPACE_BEFORE = frozenset({"%", ")", "]", ",", ".", ";", ":"})
NO_SPACE_AFTER = frozenset({"(", "["})
ARM_RELATIONS = ("A1_RES", "A2_RES")
# words that name no particular arm: "the placebo group", "patients receiving X"
_ARM_GENERIC = frozenset(
    {"a", "an", "the", "arm", "arms", "group", "groups", "cohort", "patients", "patient", "subjects", "those",
     "receiving", "received", "treated", "with", "plus", "and", "or", "of", "in", "on", "to", "by", "for",
     "therapy", "treatment", "alone", "mg", "dose", "doses"}
)  # fmt: skip
_OUTCOME_FILLER = frozenset({"a", "an", "the", "rate", "rates", "median", "mean", "of", "in", "to", "with", "and"})


class RctArtError(ValueError):
    """An RCT-ART file is malformed; the message names file:line."""


@dataclass(frozen=True)
class Span:
    label: str  # OC, INTV or MEAS
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    label: str  # OC_RES, A1_RES or A2_RES
    head: Span  # the outcome or arm
    child: Span  # the measure


@dataclass(frozen=True)
class Sentence:
    sentence_id: str  # "<file stem>:<line>"
    text: str  # rebuilt natural text
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class Rate:
    hits: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class LinkScores:
    sentences: int
    values_found: Rate
    values_found_by_span: Rate
    outcome_linked: Rate
    arm_linked: Rate
    arm_linked_distinct: Rate
    misses: dict[str, list[str]] = field(default_factory=dict)  # figure -> "sentence_id: detail"


# --- text -----------------------------------------------------------------------------------


def natural_text(tokens: list[dict[str, Any]]) -> tuple[str, list[tuple[int, int]]]:
    """Text rebuilt from space-separated tokens, and each token's (start, end) in it.

    A token is followed by a space when it was in the source (`ws`), except before % ) ] , . ; :
    and after ( [ : "eight patients ( 1.3 % )" -> "eight patients (1.3%)".
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for i, token in enumerate(tokens):
        text = token["text"]
        offsets.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
        following = tokens[i + 1]["text"] if i + 1 < len(tokens) else None
        if following is not None and token.get("ws", True) and text not in NO_SPACE_AFTER and following not in NO_SPACE_BEFORE:
            parts.append(" ")
            pos += 1
    return "".join(parts), offsets


def parse_record(record: dict[str, Any], sentence_id: str) -> Sentence:
    """One RCT-ART record -> a Sentence over rebuilt text (raises KeyError/ValueError when malformed)."""
    tokens = record["tokens"]
    for token in tokens:
        if record["text"][token["start"] : token["end"]] != token["text"]:
            raise ValueError(f"token {token['text']!r} does not match the text at {token['start']}:{token['end']}")
    text, offsets = natural_text(tokens)
    starts = {t["start"]: new for t, (new, _) in zip(tokens, offsets)}  # old offset -> new, at token starts
    ends = {t["end"]: new for t, (_, new) in zip(tokens, offsets)}

    def span(raw: dict[str, Any]) -> Span:
        if raw["start"] not in starts or raw["end"] not in ends:
            raise ValueError(f"{raw.get('label')} span {raw['start']}:{raw['end']} does not start and end at a token")
        start, end = starts[raw["start"]], ends[raw["end"]]
        return Span(raw["label"], start, end, text[start:end])

    spans = tuple(span(s) for s in record["spans"])
    relations = tuple(Relation(r["label"], span(r["head_span"]), span(r["child_span"])) for r in record["relations"])
    return Sentence(sentence_id, text, spans, relations)


def load_sentences(path: Path) -> list[Sentence]:
    """The sentences of one RCT-ART JSONL file, rebuilt; a bad line raises RctArtError with file:line."""
    path = Path(path)
    sentences = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            sentences.append(parse_record(json.loads(line), f"{path.stem}:{lineno}"))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise RctArtError(f"{path}:{lineno}: {type(exc).__name__}: {exc}") from None
    return sentences


# --- result sentences written value by value (benchmarks/rct_sentences) -------------------


def find_snippet(sentence: str, snippet: str | list[Any]) -> tuple[int, int]:
    """The (start, end) of a snippet in a sentence: "two" (it must occur once) or ["two", 2] (its
    2nd occurrence). An occurrence inside a longer word or number does not count ("5%" in "15%",
    "two" in "twenty-two"); raises ValueError naming the snippet when it is missing or ambiguous."""
    text, nth = (snippet, None) if isinstance(snippet, str) else (snippet[0], int(snippet[1]))
    if not isinstance(text, str) or not text:
        raise ValueError(f"bad snippet {snippet!r}")
    starts = [m.start() for m in re.finditer(re.escape(text), sentence) if not _inside_word(sentence, m.start(), m.end())]
    if not starts:
        raise ValueError(f"snippet {text!r} is not in the sentence")
    if nth is None and len(starts) > 1:
        raise ValueError(f"snippet {text!r} occurs {len(starts)} times in the sentence: write [{text!r}, k]")
    if nth is not None and not 1 <= nth <= len(starts):
        raise ValueError(f"snippet {text!r} occurs {len(starts)} times, not {nth}")
    start = starts[(nth or 1) - 1]
    return start, start + len(text)


def _inside_word(sentence: str, start: int, end: int) -> bool:
    """The text at start:end continues a longer word or number on either side ("5%" in "15%",
    "0.5" in "10.5", "1" in "1.5", "two" in "twenty-two")."""
    before, after, first, last = sentence[max(start - 2, 0) : start], sentence[end : end + 2], sentence[start], sentence[end - 1]
    joiners = {".", ","} if first.isdigit() else {"-"}
    joined_before = before[-1:].isalnum() or (before[-1:] in joiners and before[:1].isalnum())
    joiners = {".", ","} if last.isdigit() else {"-"}
    joined_after = after[:1].isalnum() or (after[:1] in joiners and after[1:].isalnum())
    return (first.isalnum() and joined_before) or (last.isalnum() and joined_after)


def _snippets(field: Any) -> list[Any]:
    """An outcome or arm field as a list of snippets: null, "x", ["x", 2] or a list of those."""
    if field is None:
        return []
    if isinstance(field, str) or (isinstance(field, list) and len(field) == 2 and isinstance(field[0], str) and isinstance(field[1], int)):
        return [field]
    if isinstance(field, list):
        return field
    raise ValueError(f"bad snippet field {field!r}")


def value_annotation_sentences(record: dict[str, Any], document_id: str) -> list[Sentence]:
    """The Sentences of one document's value-by-value annotation: each value becomes a MEAS span,
    related to its outcome snippets (OC_RES) and its arm snippets (A1_RES for the sentence's first
    arm, A2_RES for any other; the scorer treats both alike). Raises ValueError naming the
    sentence and the snippet when a snippet is not found."""
    sentences = []
    for index, entry in enumerate(record["sentences"], start=1):
        text = entry["text"]
        spans: dict[tuple[str, int, int], Span] = {}
        relations = []
        first_arm: tuple[int, int] | None = None

        def span(label: str, snippet: Any) -> Span:
            start, end = find_snippet(text, snippet)
            return spans.setdefault((label, start, end), Span(label, start, end, text[start:end]))

        try:
            for value in entry["values"]:
                measure = span("MEAS", value["value"])
                for outcome in _snippets(value.get("outcome")):
                    relations.append(Relation("OC_RES", span("OC", outcome), measure))
                for arm in _snippets(value.get("arm")):
                    head = span("INTV", arm)
                    first_arm = first_arm or (head.start, head.end)
                    label = "A1_RES" if (head.start, head.end) == first_arm else "A2_RES"
                    relations.append(Relation(label, head, measure))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"sentence {index}: {exc}") from None
        ordered = tuple(sorted(spans.values(), key=lambda s: (s.start, s.end, s.label)))
        sentences.append(Sentence(f"{document_id}:{index}", text, ordered, tuple(relations)))
    return sentences


def load_value_annotations(path: Path) -> list[Sentence]:
    """The sentences of one value-by-value annotation file (`benchmarks/rct_sentences/<set>/<pmid>.json`);
    sentence ids are "<set>/<pmid>:<k>". A malformed file raises RctArtError naming it."""
    path = Path(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return value_annotation_sentences(record, f"{path.parent.name}/{path.stem}")
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise RctArtError(f"{path}: {type(exc).__name__}: {exc}") from None


# --- linking --------------------------------------------------------------------------------


def _overlaps(row: dict[str, Any], span: Span) -> bool:
    return max(row["start"], span.start) < min(row["end"], span.end)


def outcome_matches(predicted: str | None, gold: str) -> bool:
    """The predicted outcome phrase names the gold outcome: lenient phrase match, or all its
    content words inside the gold outcome span ("mean cost per patient" in "increased the mean
    cost per patient")."""
    if outcome_text_match(predicted, gold):
        return True
    words = set(phrase_tokens(predicted, _OUTCOME_FILLER))
    return bool(words) and words <= set(phrase_tokens(gold, _OUTCOME_FILLER))


def arm_words(row: dict[str, Any]) -> set[str]:
    """Words that name the row's arm: its arm label and its regimen's drugs."""
    words = set(phrase_tokens(row.get("arm"), _ARM_GENERIC))
    for drug in (row.get("regimen") or "").split("+"):
        words |= set(phrase_tokens(drug, _ARM_GENERIC))
    return words


# a number (digits or words) and a time unit of the extractor's own table ("five years", "5-year")
_TIME = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)[\s-]*(" + "|".join(sorted(TIME_UNITS, key=len, reverse=True)) + r")\b", re.I
)


def timepoints(text: str | None) -> set[tuple[float, str]]:
    """The (number, unit) pairs a text names as times, numbers read by `parse_number` and units
    normalised as the extractor normalises a row's `timepoint`: "five years" and "5-year" are
    (5.0, "years")."""
    pairs = set()
    for number, unit in _TIME.findall(text or ""):
        value = parse_number(number)
        if value is not None:
            pairs.add((value, TIME_UNITS[unit.lower()]))
    return pairs


_NUMBER_WORD = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|[A-Za-z]+(?:-[A-Za-z]+)*")


def stated_count(text: str) -> tuple[float, float | None] | None:
    """The count a measure states and its total, or None for a measure that is no bare count:
    "109 of 211" -> (109, 211), "Twenty-two" -> (22, None), "1 in 329 patients" -> (1, 329);
    "51.7 %", "2.1 ± 0.4", "No patient" -> None."""
    if re.search(r"[%±]|\d\.\d", text):
        return None
    numbers = [n for n in (parse_number(w) for w in _NUMBER_WORD.findall(text)) if n is not None]
    if not 1 <= len(numbers) <= 2:
        return None
    return numbers[0], (numbers[1] if len(numbers) == 2 else None)


def _holds_count(row: dict[str, Any], count: tuple[float, float | None]) -> bool:
    n, total = count
    return row.get("n") == n and (total is None or row.get("n_total") == total)


def _row_outcome_ok(row: dict[str, Any], outcome: Span) -> bool:
    """The row's outcome phrase or code names the gold outcome; or the gold "outcome" is a time
    ("At 3 years, ... was 61%": RCT-ART relates "3 years" to 61%) that the row's `timepoint` holds."""
    if outcome_matches(row.get("endpoint_text"), outcome.text) or outcome_matches(row.get("endpoint"), outcome.text):
        return True
    return bool(timepoints(outcome.text) & timepoints(row.get("timepoint")))


def score_sentences(sentences: Iterable[Sentence], rows_by_sentence: dict[str, list[dict[str, Any]]]) -> LinkScores:
    """The linking figures of the predicted rows (evidence-table dicts, offsets into each
    sentence's rebuilt text) against the gold; only result rows count. A missing field is wrong."""
    sentences = list(sentences)
    counts = {k: [0, 0] for k in ("values_found", "values_found_by_span", "outcome_linked", "arm_linked", "arm_linked_distinct")}
    misses: dict[str, list[str]] = {k: [] for k in counts}

    def tally(figure: str, ok: bool, sentence: Sentence, detail: str) -> None:
        counts[figure][1] += 1
        counts[figure][0] += ok
        if not ok:
            misses[figure].append(f"{sentence.sentence_id}: {detail}")

    for sentence in sentences:
        results = [r for r in rows_by_sentence.get(sentence.sentence_id, []) if r.get("kind") == "result"]

        def on(measure: Span) -> list[dict[str, Any]]:
            """The rows of the measure: those overlapping it, else those holding its count."""
            overlapping = [r for r in results if _overlaps(r, measure)]
            count = None if overlapping else stated_count(measure.text)
            return overlapping if count is None else [r for r in results if _holds_count(r, count)]

        for span in sentence.spans:
            if span.label == "MEAS":
                tally("values_found", bool(on(span)), sentence, repr(span.text))
                tally("values_found_by_span", any(_overlaps(r, span) for r in results), sentence, repr(span.text))
        arm_heads = {r.head.text for r in sentence.relations if r.label in ARM_RELATIONS}
        for rel in sentence.relations:
            rows = on(rel.child)
            if rel.label == "OC_RES":
                ok = any(_row_outcome_ok(r, rel.head) for r in rows)
                tally("outcome_linked", ok, sentence, f"{rel.head.text!r} -> {rel.child.text!r}")
            elif rel.label in ARM_RELATIONS:
                own = set(phrase_tokens(rel.head.text, _ARM_GENERIC))
                others = set().union(*(set(phrase_tokens(h, _ARM_GENERIC)) for h in arm_heads - {rel.head.text}))
                distinct_others = others - own
                linked = [r for r in rows if arm_words(r) & own or arm_label_match(r.get("arm"), rel.head.text)]
                detail = f"{rel.head.text!r} -> {rel.child.text!r}"
                tally("arm_linked", bool(linked), sentence, detail)
                tally("arm_linked_distinct", any(not arm_words(r) & distinct_others for r in linked), sentence, detail)
    rates = {k: Rate(hits, total) for k, (hits, total) in counts.items()}
    return LinkScores(len(sentences), **rates, misses=misses)
