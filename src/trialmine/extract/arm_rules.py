"""The arm model and its rules: the `Arm` and `ArmPhrase` dataclasses, the validated rules of
`rules/arms.json` (`ArmRules`, `LinkRule`) and their spaCy matchers (`ArmCues`).

Shared by the phrase finder (`arm_phrases`), the inventory (`arm_inventory`) and linking
(`arm_linking`); the spaCy component is `trialmine.extract.arms`.
"""

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from trialmine.nlp.components import doc_text

ROLES = ("experimental", "control", "single")
LINK_DIRECTIONS = ("forward", "backward", "sentence")
LINK_RULES = (
    "respectively", "parenthetical", "arm_label_before", "value_then_arm", "arm_then_value", "arm_then_listed_values", "document_order",
)
_CUE_LABELS = (
    "COMPARATOR", "WITH_OR_WITHOUT", "OR", "DESIGN", "SINGLE_ARM", "EARLY_PHASE", "COMBINER", "ALONE", "ARM_NOUN",
    "ARM_NOUNS", "GROUP_LABEL", "ARM_SIZE", "RESPECTIVELY", "EFFECT_MEASURE", "RECIPIENT", "CLAUSE_END",
    "OPEN_PAREN", "CLOSE_PAREN", "TREATED_SUFFIX", "VERSUS", "GROUP_LABEL_PAIR", "COUNT_BEFORE_ARM", "COMPARED_AFTER",
    "AND", "ENUMERATION", "STUDY_OF", "NEW_CLAUSE", "EACH_ARM_SIZE",
)
# keys of arms.json that are lists of words, each loaded as the ArmRules field of its name
_WORD_SETS = (
    "name_stop_words", "not_arm_names", "coordination_words", "not_linked_endpoint_rules", "therapy_words",
    "list_separators", "shared_drug_links", "size_sentence_words", "comparative_design_words",
    "regimen_given_words", "name_joiners", "name_links", "schedule_words", "value_arm_prepositions",
    "named_controls", "procedure_verbs", "group_given_words", "history_auxiliaries", "patient_nouns",
    "combination_names", "background_history_words", "background_sequence_words",
    "label_separators", "paired_label_separators", "label_list_openers", "assignment_words",
    "assignment_auxiliaries", "bracket_alternative_words",
)
_OPTIONAL_WORD_SETS = ("backbone_links", "enumeration_references", "arm_label_nouns", "placebo_partner_breaks")  # absent: empty
_CATEGORIES = ("efficacy", "safety", "baseline", "other")
_ABBREVIATIONS_KEY = "trialmine_arms_abbreviations"  # doc.user_data: short forms and disease spans, indexed once
_CUES_KEY = "trialmine_arm_cues"  # doc.user_data: the cue spans found by the component, for linking
_NOT_NAMES_KEY = "trialmine_not_arm_names"  # doc.user_data: tokens of diseases and outcomes
_THERAPY_KEY = "trialmine_defined_therapies"  # doc.user_data: 'chemotherapy' -> the drugs the document gives it
_ABBREVIATED_KEY = "trialmine_abbreviated_regimens"  # doc.user_data: 'IP' -> the drugs of 'irinotecan-cisplatin (IP)'

class ArmRulesError(ValueError):
    """rules/arms.json (or a file given instead) is malformed."""


@dataclass(frozen=True)
class Arm:
    """One arm of the trial, as first defined in the document."""

    arm_id: str  # "A1", "A2" ... in order of definition
    label: str  # as written: "XELIRI", "venetoclax plus azacitidine", "Arm A", "placebo"
    role: str | None  # experimental | control | single; None when the text does not say
    drugs: tuple[str, ...]  # canonical components, sorted (placebo and "observation" are not drugs)
    doses: tuple[str, ...]  # dose texts stated at the definition
    n: int | None  # patients assigned, "(n = 52)"
    start: int  # character span of the definition
    end: int
    method: str  # comparison | with-or-without | group-label | single-arm
    control_term: str | None = None  # placebo, observation, best supportive care ...
    group_label: str | None = None  # "arm a", "group i" (lower case) when the arm has one
    aliases: tuple[str, ...] = ()  # lower-case names the document defines it by ("pci", "usual care")
    dose_level: str | None = None  # "105 mg": arms of one drug told apart by dose ("gantenerumab 105 mg or 225 mg")
    background: tuple[str, ...] = ()  # drugs its defining sentence gives every arm ("patients receiving X were randomized to")

    @property
    def regimen_drugs(self) -> tuple[str, ...]:
        """Its own drugs and the background drugs (which do not name it: a mention of them is no reference)."""
        return tuple(sorted({*self.drugs, *self.background}))

    @property
    def regimen(self) -> str | None:
        return " + ".join(self.regimen_drugs) or None


@dataclass(frozen=True)
class ArmPhrase:
    """A candidate arm name in a sentence, in tokens: drugs joined by plus/with/+, a control term,
    a group label, or a role word before 'arm'/'group' ("the experimental arm")."""

    start: int
    end: int
    drugs: tuple[str, ...] = ()
    control_term: str | None = None
    group_label: str | None = None
    role_word: str | None = None
    name: str | None = None  # an intervention named without drugs: "the PCI group", "patients receiving SK"
    alone: bool = False
    acronym: bool = False
    marked: bool = False  # written as an arm: "the X group", "patients receiving X", "X-treated"
    name_end: int = 0  # end of the name without a trailing "arm"/"group"
    extent_end: int = 0  # end including doses written right after the name
    dose_text: str | None = None  # the dose written right after the name, lower case ("105 mg")


@dataclass(frozen=True)
class LinkRule:
    """ConText-style: a value takes the arm mentioned in `direction` within `max_scope` tokens,
    stopping at any `terminated_by` cue, for results of `allowed_categories`."""

    name: str
    direction: str
    max_scope: int
    terminated_by: tuple[str, ...]
    allowed_categories: tuple[str, ...]

    def __post_init__(self):
        if self.name not in LINK_RULES:
            raise ArmRulesError(f"unknown linking rule {self.name!r} (known: {', '.join(LINK_RULES)})")
        if self.direction not in LINK_DIRECTIONS:
            raise ArmRulesError(f"linking rule {self.name!r}: direction must be one of {LINK_DIRECTIONS}")
        if not isinstance(self.max_scope, int) or self.max_scope < 1:
            raise ArmRulesError(f"linking rule {self.name!r}: max_scope must be a positive integer")
        unknown = set(self.terminated_by) - {*_CUE_LABELS, "VALUE"}
        if unknown:
            raise ArmRulesError(f"linking rule {self.name!r}: unknown terminators {sorted(unknown)}")
        if set(self.allowed_categories) - set(_CATEGORIES):
            raise ArmRulesError(f"linking rule {self.name!r}: allowed_categories must be among {_CATEGORIES}")


@dataclass(frozen=True)
class ArmRules:
    control_terms: dict[str, tuple[str, ...]]
    role_words: dict[str, tuple[str, ...]]
    patterns: dict[str, list]
    population_before: frozenset[str]
    population_after: frozenset[str]
    name_stop_words: frozenset[str]
    not_arm_names: frozenset[str]
    coordination_words: frozenset[str]
    not_linked_endpoint_rules: frozenset[str]  # values that are thresholds or definitions have no arm
    therapy_words: frozenset[str] = frozenset()  # 'chemotherapy': a combination a document may define by its drugs
    list_separators: frozenset[str] = frozenset()  # between the drugs of such a definition
    shared_drug_links: frozenset[str] = frozenset()  # 'flat infusion with cisplatin': drugs every arm receives
    backbone_links: frozenset[str] = frozenset()  # 'chemotherapy plus bevacizumab': one arm's name is another's backbone
    size_sentence_words: frozenset[str] = frozenset()  # a sentence that states arm sizes: 'randomized', 'enrolled'
    comparative_design_words: frozenset[str] = frozenset()  # a document without them is no comparative trial
    regimen_given_words: frozenset[str] = frozenset()  # 'patients received X': the regimen of a single-arm study
    name_joiners: frozenset[str] = frozenset()  # inside a name before its bracketed role: 'education plus telemonitoring (experimental arm)'
    name_links: frozenset[str] = frozenset()  # inside a name before 'group'/'arm': 'the exercise plus diet group'
    schedule_words: frozenset[str] = frozenset()  # 'weekly docetaxel': arms of one drug named by their schedule
    enumeration_references: frozenset[str] = frozenset()  # 'same treatment as (A) plus X': a number that refers to an item
    value_arm_prepositions: frozenset[str] = frozenset()  # '45% for X': an arm named right after a value
    named_controls: frozenset[str] = frozenset()  # control terms that take the words before them: 'a waitlist control'
    procedure_verbs: frozenset[str] = frozenset()  # 'one underwent the next treatment': what patients had, not an arm
    group_given_words: frozenset[str] = frozenset()  # 'the test group was given X': a group defined by what it gets
    history_auxiliaries: frozenset[str] = frozenset()  # 'had undergone X': what patients had, not an arm
    patient_nouns: frozenset[str] = frozenset()  # '12 (24%) children on placebo': who a value counts
    combination_names: frozenset[str] = frozenset()  # 'with the combination': the arm that adds drugs to the other
    background_history_words: frozenset[str] = frozenset()  # 'patients who had progressed after X were randomized': X is history
    background_sequence_words: frozenset[str] = frozenset()  # 'randomized to receive X first and then either A or B'
    assignment_words: frozenset[str] = frozenset()  # 'were randomized to': values before it, no arm named yet, describe all patients
    assignment_auxiliaries: frozenset[str] = frozenset()  # 'were randomized', not 'patients assigned to CABG'
    label_separators: frozenset[str] = frozenset()  # 'XELIRI: 40%': between an arm's name and its value
    paired_label_separators: frozenset[str] = frozenset()  # '(LM, 94.4% vs. ETI, 90.6%)': the same, only in a list of such pairs
    label_list_openers: frozenset[str] = frozenset()  # 'vs. ETI, 90.6%', 'and PSV of 90%': words that open the next pair
    bracket_alternative_words: frozenset[str] = frozenset()  # '(combination group) or ... (chemotherapy group)': joins arms named in brackets
    arm_label_nouns: frozenset[str] = frozenset()  # '(C group, 20 patients)': a short form beside one names an arm
    placebo_partner_breaks: frozenset[str] = frozenset()  # 'placebo and X': a phrase of placebo and drugs that lists arms
    placebo_term: str = "placebo"  # the control term of an inert comparator that stands in for drugs ('X plus Y or placebo')
    title_max_sentences: int = 2  # a first line of more sentences is a paragraph, not a title
    title_result: re.Pattern | None = None  # a first line with a result ('P = 0.03', '95% CI') is a result sentence, not a title
    linking: tuple[LinkRule, ...] = field(default=())
    source: str = field(default="trialmine/rules/arms.json", compare=False)  # the file, for error messages

    @classmethod
    def load(cls, path: Path | None = None) -> "ArmRules":
        source = path or resources.files("trialmine.rules").joinpath("arms.json")
        name = str(path or "trialmine/rules/arms.json")
        try:
            raw = json.loads(source.read_text("utf-8"))
            patterns = raw["patterns"]
            missing = set(_CUE_LABELS) - set(patterns)
            if missing:
                raise ArmRulesError(f"missing cue patterns {sorted(missing)}")
            rules = cls(
                control_terms={k: tuple(v) for k, v in raw["control_terms"].items()},
                role_words={k: tuple(v) for k, v in raw["role_words"].items()},
                patterns=patterns,
                population_before=frozenset(raw["population_words"]["before"]),
                population_after=frozenset(raw["population_words"]["after"]),
                **{key: frozenset(raw[key]) for key in _WORD_SETS},
                **{key: frozenset(raw.get(key, ())) for key in _OPTIONAL_WORD_SETS},
                placebo_term=raw.get("placebo_term", "placebo"),
                title_max_sentences=int(raw["title"]["max_sentences"]) if "title" in raw else 2,
                title_result=re.compile(raw["title"]["result_pattern"]) if "title" in raw else None,
                linking=tuple(
                    LinkRule(r["name"], r["direction"], r["max_scope"], tuple(r["terminated_by"]), tuple(r["allowed_categories"]))
                    for r in raw["linking"]
                ),
                source=name,
            )
        except ArmRulesError as exc:
            raise ArmRulesError(f"{name}: {exc}") from None
        except (KeyError, TypeError, ValueError, re.error, json.JSONDecodeError) as exc:
            raise ArmRulesError(f"{name}: malformed arm rules ({type(exc).__name__}: {exc})") from None
        if rules.placebo_term not in rules.control_terms:
            raise ArmRulesError(f"{name}: placebo_term {rules.placebo_term!r} is not a key of control_terms")
        if set(rules.role_words) - {"experimental", "control"}:
            raise ArmRulesError(f"{name}: role_words keys must be 'experimental' and 'control'")
        return rules

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "ArmRules":
        return ArmRules.load()


if not Doc.has_extension("arm_rules"):
    Doc.set_extension("arm_rules", default=None)


def arm_rules_of(doc: Doc) -> ArmRules:
    """The rules the `trialmine_arms` component ran with on `doc` (`doc._.arm_rules`: a custom
    `rules_path` then holds for linking too), else the bundled ones (no arm component ran)."""
    rules = doc._.arm_rules
    return ArmRules.default() if rules is None else rules



def abbreviation_index(doc: Doc) -> tuple[dict[tuple[int, int], Span], list[tuple[int, int]]]:
    """Short forms (token span -> long form) and DISEASE entity spans, built once per document
    (read by the arm inventory and by the adverse events of `extract.adverse_events`)."""
    if _ABBREVIATIONS_KEY not in doc.user_data:
        shorts = doc._.abbreviations or [] if Doc.has_extension("abbreviations") else []
        long_forms = {(s.start, s.end): s._.long_form for s in shorts if s._.long_form is not None}
        diseases = sorted((e.start, e.end) for e in doc.ents if e.label_ == "DISEASE")
        doc.user_data[_ABBREVIATIONS_KEY] = (long_forms, diseases)
    return doc.user_data[_ABBREVIATIONS_KEY]

# -- the title ---------------------------------------------------------------------------------

_TITLE_KEY = "trialmine_title"  # doc.user_data: the index of the title sentence, or -1


def title_sentence(doc: Doc) -> int | None:
    """The index (in `doc.sents`) of the document's title sentence, or None (`title_of` with the
    rules the arm component ran with); computed once per document."""
    if _TITLE_KEY not in doc.user_data:
        text = doc_text(doc)
        found = title_of(text, [s.start_char for s in doc.sents], arm_rules_of(doc))
        doc.user_data[_TITLE_KEY] = -1 if found is None else found
    found = doc.user_data[_TITLE_KEY]
    return None if found < 0 else found


def title_of(text: str, sentence_starts: list[int], rules: ArmRules) -> int | None:
    """Which sentence (index into ``sentence_starts``, the character offsets where the sentences
    start) is the document's title, if it has one. Abstracts come as title, line break, abstract
    (`ingest.abstracts`, `ingest.pubmed`); a result sentence scored on its own, a paragraph, a
    transcript or a paper body have no title. The title is the first sentence of the first
    non-blank line when that line is followed by more text, is no paragraph (at most
    `title_max_sentences` sentences: 'X versus Y. A randomized trial.') and states no result
    (`title_result`: a P value, a confidence interval)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    first = bisect_right(sentence_starts, start) - 1
    in_line = bisect_left(sentence_starts, end) - first
    if first < 0 or in_line > rules.title_max_sentences:
        return None
    if rules.title_result is not None and rules.title_result.search(text, start, end):
        return None
    return first


# -- cues ------------------------------------------------------------------------------------


class ArmCues:
    """The rules compiled for one vocabulary: PhraseMatchers of the cue patterns that stand for a
    few fixed phrases (`_fixed_phrases`), a Matcher of the others and a PhraseMatcher of the
    control terms."""

    def __init__(self, vocab, rules: ArmRules, make_doc):
        self.rules = rules
        self.make_doc = make_doc
        self.matcher = Matcher(vocab)
        # the same matches, cheaper: a PhraseMatcher looks each token up once, where the Matcher
        # tries every pattern on every token (the arm cues took 0.17 s per 400 abstracts as 123
        # Matcher patterns, 0.06 s as 156 phrases and the 16 other patterns)
        self.phrase_matchers = {attr: PhraseMatcher(vocab, attr=attr) for attr in (LOWER, ORTH)}
        for label in _CUE_LABELS:
            patterns = [expanded for pattern in rules.patterns[label] for expanded in _first_token_alternatives(pattern)]
            phrases = [(pattern, _fixed_phrases(pattern)) for pattern in patterns]
            try:
                self.matcher.add(label, [pattern for pattern, fixed in phrases if fixed is None])
            except (ValueError, TypeError) as exc:
                raise ArmRulesError(f"{rules.source}: bad Matcher pattern for {label}: {exc}") from None
            for attr, matcher in self.phrase_matchers.items():
                matcher.add(label, [Doc(vocab, words=words) for _, fixed in phrases for on, words in fixed or () if on == attr])
        self.control_matcher = PhraseMatcher(vocab, attr="LOWER")
        for term, phrases in rules.control_terms.items():
            self.control_matcher.add(term, [make_doc(p) for p in phrases])
        self.role_of = {w: role for role, words in rules.role_words.items() for w in words}

    def find(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Cue label -> token spans (start, end), sorted."""
        found: dict[str, set[tuple[int, int]]] = {label: set() for label in _CUE_LABELS}
        for matcher in (self.matcher, *self.phrase_matchers.values()):
            for match_id, start, end in matcher(doc):
                found[doc.vocab.strings[match_id]].add((start, end))
        # '21.5 ± 4.2 min for the TIVA group and 30.2 ± 6.1 min for the sevoflurane group': between two
        # numbers, '±' is a value's spread (mean ± SD), not 'with or without'
        found["WITH_OR_WITHOUT"] = {(s, e) for s, e in found["WITH_OR_WITHOUT"] if not _between_numbers(doc, s, e)}
        found["ENUMERATION"] = _closing_only_markers(doc, found["ENUMERATION"])
        return {label: sorted(spans) for label, spans in found.items()}

    def control_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        spans = [(s, e, doc.vocab.strings[m]) for m, s, e in self.control_matcher(doc)]
        spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        kept: list[tuple[int, int, str]] = []
        for span in spans:  # longest first at each start, no overlaps
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept


_NOT_BEFORE_MARKER = frozenset({"-", "–", "=", "of"})  # "0.6-1)", "n = 2)", "3 of 4)" where the bracket opened in another sentence


def _closing_only_markers(doc: Doc, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Item markers written with a closing bracket only ('randomized to 1) A, 2) B and 3) C') are
    kept where they close no bracket of their sentence (not '(n = 2)', '(grade 3)', '(95% CI
    0.6-1)') and count on from a first item: 1), 2) ... or a), b) ... or i), ii) ... Markers with
    both brackets are kept as they are."""
    kept = {(s, e) for s, e in spans if doc[s].text in {"(", "["}}
    runs: list[list[tuple[int, int]]] = []
    for s, e in sorted(m for m in spans if m not in kept and not _closes_a_bracket(doc, m[0])):
        if runs and doc[s].lower_ == _NEXT_MARKER.get(doc[runs[-1][-1][0]].lower_):
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    return kept | {m for run in runs if len(run) >= 2 and doc[run[0][0]].lower_ in _FIRST_MARKERS for m in run}


def _closes_a_bracket(doc: Doc, i: int) -> bool:
    """Does the number at token `i`, before a ')', close a bracket opened in its sentence, or
    end a range, a count or an equation ('0.6-1)', '3 of 4)', 'n = 2)')?"""
    before = doc[doc[i].sent.start if doc.has_annotation("SENT_START") else 0 : i]
    depth = sum(t.text in {"(", "["} for t in before) - sum(t.text in {")", "]"} for t in before)
    return depth > 0 or (len(before) > 0 and doc[i - 1].lower_ in _NOT_BEFORE_MARKER)


_MARKER_SEQUENCES = (("1", "2", "3", "4", "5", "6"), ("a", "b", "c", "d"), ("i", "ii", "iii", "iv", "v", "vi"))
_NEXT_MARKER = {seq[k]: seq[k + 1] for seq in _MARKER_SEQUENCES for k in range(len(seq) - 1)}
_FIRST_MARKERS = frozenset(seq[0] for seq in _MARKER_SEQUENCES)


def _between_numbers(doc: Doc, start: int, end: int) -> bool:
    return start > 0 and end < len(doc) and doc[start - 1].like_num and doc[end].like_num


def _first_token_alternatives(pattern: list[dict]) -> list[list[dict]]:
    """A pattern whose first token is one attribute `IN` a list, as one pattern per value.

    The same matches, cheaper: spaCy's Matcher tries every pattern's first token on every token of
    the document, and a set predicate there is a Python call per token, a plain value a comparison
    (the arm cues took 0.74 s per 400 abstracts with the lists, 0.29 s without). For the same reason
    rules/arms.json writes words as lists, never as a REGEX."""
    first = pattern[0] if pattern else {}
    if len(first) != 1:  # an operator, or several attributes: as written
        return [pattern]
    ((attr, spec),) = first.items()
    if not (isinstance(spec, dict) and set(spec) == {"IN"}):
        return [pattern]
    return [[{attr: value}, *pattern[1:]] for value in dict.fromkeys(spec["IN"])]


_MAX_PHRASES = 64  # a pattern that stands for more fixed phrases stays in the Matcher


def _fixed_phrases(pattern: list[dict]) -> list[tuple[int, list[str]]] | None:
    """The fixed phrases a pattern matches, as (attribute id, words): a token's one value or each
    of its IN values, an optional token ("OP": "?") left out and put in ([{"LOWER": "received"},
    {"LOWER": {"IN": ["with", "to"]}, "OP": "?"}]: 'received', 'received with', 'received to').
    None where the pattern is no such set (a REGEX, a number test, another operator, more than
    _MAX_PHRASES phrases)."""
    alternatives: list[list[tuple[str, str]]] = [[]]
    for token in pattern:
        spec = {key: value for key, value in token.items() if key != "OP"}
        operator = token.get("OP")
        if operator not in (None, "?") or len(spec) != 1:
            return None
        ((attr, value),) = spec.items()
        values = value.get("IN") if isinstance(value, dict) and len(value) == 1 else [value]
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            return None
        choices = [[(attr, v)] for v in dict.fromkeys(values)] + ([[]] if operator == "?" else [])
        alternatives = [alternative + choice for alternative in alternatives for choice in choices]
        if len(alternatives) > _MAX_PHRASES:
            return None
    phrases = [_phrase_of(alternative) for alternative in alternatives if alternative]  # no match is empty
    return phrases if phrases and None not in phrases else None


def _phrase_of(tokens: list[tuple[str, str]]) -> tuple[int, list[str]] | None:
    """(attribute id, words) of a phrase given as (attribute, value) per token: all ORTH/TEXT, or
    all LOWER with lower-case values, where a value without letters ('.', '-') is its own LOWER
    and ORTH alike. None for any other."""
    attrs = {attr for attr, _ in tokens}
    words = [value for _, value in tokens]
    if attrs <= {"ORTH", "TEXT"}:
        return ORTH, words
    if all(attr == "LOWER" and value == value.lower() or attr in {"ORTH", "TEXT"} and _caseless(value) for attr, value in tokens):
        return LOWER, words
    return None


def _caseless(text: str) -> bool:
    """Text without cased characters ('.', '-'): a token whose LOWER it is has it as its ORTH too
    (every character that lower-casing changes becomes a cased one)."""
    return all(c.lower() == c == c.upper() for c in text)


def _starting_in(spans: list[tuple], start: int, end: int) -> list[tuple]:
    """The spans (sorted tuples whose first item is their start token) that start in [start, end)."""
    return spans[bisect_left(spans, (start,)) : bisect_left(spans, (end,))]


@lru_cache(maxsize=None)
def _word_keys(words: frozenset[str]) -> frozenset[int]:
    """The vocabulary keys of lower-case words: a document's words are then tested on its LOWER
    array (`_lower_keys`), without making a Token per word."""
    return frozenset(get_string_id(word) for word in words)


def _lower_keys(doc: Doc) -> list[int]:
    """The LOWER key of each token of `doc`."""
    return doc.to_array(LOWER).tolist()


def _token_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _mention_spans(doc: Doc) -> list[tuple]:
    """Each drug mention of `doc` with its token span (`_token_span`), less the short forms that
    name arms (`_arm_label_short_forms`)."""
    spans = [(mention, _token_span(doc, mention.start, mention.end)) for mention in doc._.drug_mentions or []]
    labels = _arm_label_short_forms(doc, spans)
    return [(mention, span) for mention, span in spans if mention.text not in labels or mention.method != "abbreviation"]


def _arm_label_short_forms(doc: Doc, spans: list[tuple]) -> set[str]:
    """'cefepime (C group, 20 patients)', 'epirubicin (EPI ARM)', '(EPI-EPO ARM)', 'clonidine
    (group C)': a drug's short form that the document writes in a bracket as (part of) an arm's
    label. It is a drug row (pmc_dev decision 25), but for the arm inventory it is the arm's name,
    not another drug: each of its uses names that arm ('in the C group'), as before it was known
    as a drug."""
    text = doc_text(doc)
    label_nouns = arm_rules_of(doc).arm_label_nouns
    found = set()
    for mention, _ in spans:
        if mention.method != "abbreviation":
            continue
        opened, closed = text.rfind("(", 0, mention.start), text.find(")", mention.end)
        if opened < 0 or closed < 0 or ")" in text[opened : mention.start] or "(" in text[mention.end : closed]:
            continue
        words = re.split(r"[,;:]", text[opened + 1 : closed], maxsplit=1)[0].split()
        if len(words) == 2 and any(w.lower() in label_nouns for w in words) and any(
            mention.text in re.split(r"[-/+]", w) or mention.text == w for w in words
        ):
            found.add(mention.text)
    return found


class _SentenceBuckets:
    """Splits token-indexed items by the sentence their first token is in."""

    def __init__(self, sentences: list[Span]):
        self.starts = [s.start for s in sentences]

    def split(self, items: list, key=lambda item: item[0]) -> list[list]:
        buckets: list[list] = [[] for _ in self.starts]
        for item in items:
            buckets[max(0, bisect_right(self.starts, key(item)) - 1)].append(item)
        return buckets

    def split_labelled(self, spans_by_label: dict[str, list[tuple]]) -> list[dict[str, list]]:
        """`split` of each label's spans (sorted, as `ArmCues.find` gives them), per sentence a
        `_SentenceCues`."""
        bounds = [-1, *self.starts[1:], float("inf")]
        return [_SentenceCues(spans_by_label, start, end) for start, end in zip(bounds, bounds[1:])]


class _SentenceCues(dict):
    """One sentence's cue spans by label (those starting in [start, end)), each label's found
    when first asked for (`cues[label]`): a sentence needs few of them."""

    def __init__(self, spans_by_label: dict[str, list[tuple]], start: float, end: float):
        super().__init__()
        self._spans_by_label, self._start, self._end = spans_by_label, start, end

    def __missing__(self, label: str) -> list[tuple]:
        spans = self[label] = _starting_in(self._spans_by_label[label], self._start, self._end)
        return spans
