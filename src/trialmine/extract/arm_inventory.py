"""The arm inventory of a document: definitions first, references after.

Shaped like scispaCy's abbreviation detector: pure functions find *definitions* first (the title,
design sentences: "XELIRI versus FOLFIRI", "randomized (1:1) to A or B", "X with or without Z",
"Arm A: ...") and then every later *reference* to a defined arm ("in the XELIRI arm", "with
azacitidine alone", "the placebo group"). Cues are data (`rules/arms.json`, spaCy Matcher
patterns); regimen acronyms and their components come from the drug mentions (`rules/drugs.json`).
Which arm a value belongs to is `trialmine.extract.arm_linking`.
"""

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from trialmine.extract.doses import find_doses
from trialmine.extract.numbers import parse_number
from trialmine.nlp.components import DrugMention

ROLES = ("experimental", "control", "single")
LINK_DIRECTIONS = ("forward", "backward", "sentence")
LINK_RULES = ("respectively", "parenthetical", "value_then_arm", "arm_then_value", "document_order")
_CUE_LABELS = (
    "COMPARATOR", "WITH_OR_WITHOUT", "OR", "DESIGN", "SINGLE_ARM", "EARLY_PHASE", "COMBINER", "ALONE", "ARM_NOUN",
    "ARM_NOUNS", "GROUP_LABEL", "ARM_SIZE", "RESPECTIVELY", "EFFECT_MEASURE", "RECIPIENT", "CLAUSE_END",
    "OPEN_PAREN", "CLOSE_PAREN", "TREATED_SUFFIX", "VERSUS", "GROUP_LABEL_PAIR", "COUNT_BEFORE_ARM",
)
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

    @property
    def regimen(self) -> str | None:
        return " + ".join(self.drugs) or None


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
    size_sentence_words: frozenset[str] = frozenset()  # a sentence that states arm sizes: 'randomized', 'enrolled'
    comparative_design_words: frozenset[str] = frozenset()  # a document without them is no comparative trial
    regimen_given_words: frozenset[str] = frozenset()  # 'patients received X': the regimen of a single-arm study
    linking: tuple[LinkRule, ...] = field(default=())

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
                name_stop_words=frozenset(raw["name_stop_words"]),
                not_arm_names=frozenset(raw["not_arm_names"]),
                coordination_words=frozenset(raw["coordination_words"]),
                not_linked_endpoint_rules=frozenset(raw["not_linked_endpoint_rules"]),
                therapy_words=frozenset(raw["therapy_words"]),
                list_separators=frozenset(raw["list_separators"]),
                shared_drug_links=frozenset(raw["shared_drug_links"]),
                size_sentence_words=frozenset(raw["size_sentence_words"]),
                comparative_design_words=frozenset(raw["comparative_design_words"]),
                regimen_given_words=frozenset(raw["regimen_given_words"]),
                linking=tuple(
                    LinkRule(r["name"], r["direction"], r["max_scope"], tuple(r["terminated_by"]), tuple(r["allowed_categories"]))
                    for r in raw["linking"]
                ),
            )
        except ArmRulesError as exc:
            raise ArmRulesError(f"{name}: {exc}") from None
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ArmRulesError(f"{name}: malformed arm rules ({type(exc).__name__}: {exc})") from None
        if set(rules.role_words) - {"experimental", "control"}:
            raise ArmRulesError(f"{name}: role_words keys must be 'experimental' and 'control'")
        return rules

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "ArmRules":
        return ArmRules.load()


# -- cues ------------------------------------------------------------------------------------


class ArmCues:
    """The rules compiled for one vocabulary: a Matcher of the cue patterns and a PhraseMatcher of
    the control terms."""

    def __init__(self, vocab, rules: ArmRules, make_doc):
        self.rules = rules
        self.make_doc = make_doc
        self.matcher = Matcher(vocab)
        for label in _CUE_LABELS:
            try:
                self.matcher.add(label, rules.patterns[label])
            except (ValueError, TypeError) as exc:
                raise ArmRulesError(f"trialmine/rules/arms.json: bad Matcher pattern for {label}: {exc}") from None
        self.control_matcher = PhraseMatcher(vocab, attr="LOWER")
        for term, phrases in rules.control_terms.items():
            self.control_matcher.add(term, [make_doc(p) for p in phrases])
        self.role_of = {w: role for role, words in rules.role_words.items() for w in words}

    def find(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Cue label -> token spans (start, end), sorted."""
        found: dict[str, list[tuple[int, int]]] = {label: [] for label in _CUE_LABELS}
        for match_id, start, end in self.matcher(doc):
            found[doc.vocab.strings[match_id]].append((start, end))
        for spans in found.values():
            spans.sort()
        return found

    def control_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        spans = [(s, e, doc.vocab.strings[m]) for m, s, e in self.control_matcher(doc)]
        spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        kept: list[tuple[int, int, str]] = []
        for span in spans:  # longest first at each start, no overlaps
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept


def _starting_in(spans: list[tuple], start: int, end: int) -> list[tuple]:
    """The spans (sorted tuples whose first item is their start token) that start in [start, end)."""
    return spans[bisect_left(spans, (start,)) : bisect_left(spans, (end,))]


def _token_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


class _SentenceBuckets:
    """Splits token-indexed items by the sentence their first token is in."""

    def __init__(self, sentences: list[Span]):
        self.starts = [s.start for s in sentences]

    def split(self, items: list, key=lambda item: item[0]) -> list[list]:
        buckets: list[list] = [[] for _ in self.starts]
        for item in items:
            buckets[max(0, bisect_right(self.starts, key(item)) - 1)].append(item)
        return buckets

    def split_labelled(self, spans_by_label: dict[str, list]) -> list[dict[str, list]]:
        split = {label: self.split(spans) for label, spans in spans_by_label.items()}
        return [{label: buckets[i] for label, buckets in split.items()} for i in range(len(self.starts))]


def arm_phrases(
    doc: Doc, sent: Span, cues: dict, controls: list, dose_tokens: set[int], arm_cues: ArmCues,
    mentions: list[tuple[DrugMention, tuple[int, int]]], dose_spans: list[tuple[int, int]] = (),
) -> list[ArmPhrase]:
    """Candidate arm names of one sentence, left to right (`cues`, `controls` and the drug
    `mentions` with their token spans are the sentence's own)."""
    rules = arm_cues.rules
    elements: list[ArmPhrase] = []
    taken: set[int] = set()
    for s, e in cues["GROUP_LABEL_PAIR"]:  # "arms A and B": two labels
        if sent.start <= s and e <= sent.end and not taken & set(range(s, e)):
            noun = doc[s].lower_.rstrip("s")
            for start, end in ((s, s + 2), (s + 3, s + 4)):
                label = f"{noun} {doc[end - 1].text.lower().rstrip('.')}"
                elements.append(ArmPhrase(start, end, group_label=label, name_end=end))
            taken.update(range(s, e))
    for s, e in cues["GROUP_LABEL"]:
        if sent.start <= s and e <= sent.end and not taken & set(range(s, e)):
            elements.append(ArmPhrase(s, e, group_label=doc[s:e].text.lower().rstrip("."), name_end=e))
            taken.update(range(s, e))
    for s, e, term in controls:
        if sent.start <= s and e <= sent.end and not taken & set(range(s, e)):
            elements.append(ArmPhrase(s, e, control_term=term, name_end=e))
            taken.update(range(s, e))
    for mention, span in mentions:
        if not (sent.start <= span[0] and span[1] <= sent.end) or taken & set(range(*span)):
            continue
        if _describes_patients(doc, span, rules):
            continue
        components = mention.components or (mention.drug,)
        elements.append(ArmPhrase(span[0], span[1], drugs=tuple(sorted(components)), acronym=bool(mention.components), name_end=span[1]))
        taken.update(range(*span))
    elements += _dose_levels(doc, sent, cues, elements, dose_spans, taken)
    therapies = doc.user_data.get(_THERAPY_KEY) or {}
    abbreviated = doc.user_data.get(_ABBREVIATED_KEY) or {}
    for token in sent:  # 'chemotherapy plus bevacizumab' where the document says which chemotherapy; 'CCRT with IP'
        drugs = therapies.get(token.lower_) or abbreviated.get(token.text)
        if drugs and token.i not in taken and not _describes_patients(doc, (token.i, token.i + 1), rules):
            elements.append(ArmPhrase(token.i, token.i + 1, drugs=drugs, acronym=token.text in abbreviated, name_end=token.i + 1))
            taken.add(token.i)
    for s, e in cues["ARM_NOUN"] + cues["ARM_NOUNS"]:
        if sent.start < s < sent.end and s - 1 not in taken:
            word = doc[s - 1].lower_
            if word in arm_cues.role_of:
                elements.append(ArmPhrase(s - 1, s, role_word=arm_cues.role_of[word], name_end=s))
                taken.add(s - 1)
                continue
            start = _name_start(doc, s, sent.start, taken, rules)
            if start is not None:
                elements.append(ArmPhrase(start, s, name=_normal_name(doc[start:s]), name_end=s))
                taken.update(range(start, s))
    for s, e in cues["RECIPIENT"]:
        if sent.start <= s and e < sent.end and e not in taken:
            end = _name_end(doc, e, sent.end, taken, rules)
            if end is not None and end not in taken:  # 'administered tablet colchicine': the drug names the arm
                elements.append(ArmPhrase(e, end, name=_normal_name(doc[e:end]), name_end=end))
                taken.update(range(e, end))
    elements = _with_short_forms(doc, sorted(elements, key=lambda p: p.start), dose_tokens, combiner_tokens_of(cues))
    # 'the FEC regimen', 'cisplatin chemotherapy': a therapy word right after drugs describes them
    elements = [
        p for k, p in enumerate(elements)
        if not (k and p.end - p.start == 1 and doc[p.start].lower_ in rules.therapy_words and elements[k - 1].drugs
                and elements[k - 1].end == p.start)
    ]
    combiner_tokens = {i for s, e in cues["COMBINER"] for i in range(s, e)} - {i for s, e in cues["WITH_OR_WITHOUT"] for i in range(s, e)}
    plural_nouns = {s for s, _ in cues["ARM_NOUNS"]}
    merged: list[list[ArmPhrase]] = []
    for k, element in enumerate(elements):
        if merged and (
            _joins(doc, merged[-1][-1], element, combiner_tokens, dose_tokens)
            or _listed_combination(doc, elements, k, combiner_tokens, dose_tokens)
        ):
            merged[-1].append(element)
        else:
            merged.append([element])
    phrases = []
    for group in merged:
        parts = _split_coordinated(doc, group, plural_nouns)
        for part in parts:
            phrase = _phrase(part, cues, doc)
            if len(parts) > 1:  # 'the formoterol and placebo groups': each is written as an arm
                phrase = replace(phrase, marked=True)
            extent = phrase.end
            while extent < sent.end and extent in dose_tokens:
                extent += 1
            dose_start, dose_end = phrase.end, extent
            if extent == phrase.end and extent + 2 < sent.end and doc[extent].text == "(" and extent + 1 in dose_tokens:
                close = extent + 1  # 'weekly docetaxel (33 mg/m2)': the dose in brackets
                while close < sent.end and close in dose_tokens:
                    close += 1
                if doc[close].text == ")":
                    dose_start, dose_end, extent = phrase.end + 1, close, close + 1
            dose_text = phrase.dose_text or (_dose_key(doc[dose_start:dose_end]) if dose_end > dose_start else None)
            phrases.append(replace(phrase, extent_end=extent, dose_text=dose_text))
    return phrases


_LEVEL_LINKS = {"or", ",", "vs", "vs.", "versus", "and"}


_AMOUNT = re.compile(r"[\d.,·]+(?:\s*[-–]\s*[\d.,·]+)?\s*\S+")


def _dose_key(span: Span) -> str:
    """The amount and unit of a dose, without its schedule: '5 mg BID' and '5 mg' are one dose level."""
    match = _AMOUNT.match(span.text)
    return "".join((match.group() if match else span.text).lower().split())


def _dose_levels(doc: Doc, sent: Span, cues: dict, elements: list[ArmPhrase], dose_spans, taken: set[int]) -> list[ArmPhrase]:
    """Arms named by a dose alone: a dose listed after a drug given at another dose ('gantenerumab
    105 mg or 225 mg', 'tofacitinib 5 mg BID, or 10 mg BID') is that drug at this dose; a dose
    before an arm noun ('the 10 mg group') names the arm given that dose."""
    arm_nouns = {s for s, _ in cues["ARM_NOUN"] + cues["ARM_NOUNS"]}
    drug_elements = sorted((p for p in elements if p.drugs), key=lambda p: p.start)
    dose_tokens = {i for s, e in dose_spans for i in range(s, e)}

    def listed_before_arm_noun(end: int) -> bool:  # 'the placebo, 5 mg and 10 mg groups'
        while end < sent.end and (end in dose_tokens or doc[end].lower_ in _LEVEL_LINKS):
            end += 1
        return end in arm_nouns

    found = _dose_list_levels(doc, sent, drug_elements, dose_spans, taken)
    for s, e in dose_spans:
        if not (sent.start < s and e <= sent.end) or taken & set(range(s, e)):
            continue
        if e in arm_nouns or (doc[s - 1].lower_ in _LEVEL_LINKS and listed_before_arm_noun(e)):
            found.append(ArmPhrase(s, e, name_end=e, dose_text=_dose_key(doc[s:e])))
            taken.update(range(s, e))
            continue
        if doc[s - 1].lower_ not in _LEVEL_LINKS:
            continue
        before = [p for p in drug_elements if p.end < s]
        if not before or before[-1].end not in {d for d, _ in dose_spans}:
            continue  # the drug before must be written with a dose of its own
        found.append(ArmPhrase(s, e, drugs=before[-1].drugs, name_end=e, dose_text=_dose_key(doc[s:e])))
        taken.update(range(s, e))
    return found


def _dose_list_levels(doc: Doc, sent: Span, drug_elements: list[ArmPhrase], dose_spans, taken: set[int]) -> list[ArmPhrase]:
    """'randomised to receive 40, 50, 60, or 70 mg SC enoxaparin', 'PA21 at doses of 250, 500 or
    750 mg': amounts listed together for one drug written next to the list are one arm each."""
    spans = sorted((s, e) for s, e in dose_spans if sent.start < s and e <= sent.end)
    runs: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if runs and all(doc[i].lower_ in _LEVEL_LINKS for i in range(runs[-1][-1][1], s)) and s - runs[-1][-1][1] <= 2:
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    found = []
    for run in runs:
        if len(run) < 2 or any(taken & set(range(s, e)) for s, e in run):
            continue
        first, last = run[0][0], run[-1][1]
        # the drug right after the amounts ('70 mg SC enoxaparin'), else the one just before them
        # ('dulaglutide (1.5 or 0.75 mg)', 'PA21 at doses of 250, 500 or 750 mg')
        after = [
            p for p in drug_elements
            if last <= p.start <= last + 2 and not any(doc[i].is_punct or doc[i].lower_ in _LEVEL_LINKS for i in range(last, p.start))
        ]
        before = [p for p in drug_elements if p.end <= first and first - p.end <= 4]
        drug = after[0] if after else (before[-1] if before else None)
        if drug is None:
            continue
        for s, e in run:
            if s == drug.end:
                continue  # 'gantenerumab 105 mg or 225 mg': the first dose is written with the drug
            found.append(ArmPhrase(s, e, drugs=drug.drugs, name_end=e, dose_text=_dose_key(doc[s:e])))
            taken.update(range(s, e))
    return found


def combiner_tokens_of(cues: dict) -> set[int]:
    return {i for s, e in cues["COMBINER"] for i in range(s, e)} - {i for s, e in cues["WITH_OR_WITHOUT"] for i in range(s, e)}


def _with_short_forms(doc: Doc, elements: list[ArmPhrase], dose_tokens: set[int], combiner_tokens: set[int]) -> list[ArmPhrase]:
    """Drug elements whose bracketed short forms ('lamivudine (LAM)', 'fimasartan 120 mg (FMS)',
    'fimasartan 120 mg/rosuvastatin 20 mg (FMS/RSV)') become part of them: a short form names the
    drugs before it, it is not an arm of its own and does not part a combination."""
    out: list[ArmPhrase] = []
    k = 0
    while k < len(elements):
        element = elements[k]
        out.append(element)
        k += 1
        if not element.drugs:
            continue
        # the drugs written before the bracket: this element, or it and those joined to it
        first = len(out) - 1
        while first > 0 and out[first - 1].drugs and all(
            i in combiner_tokens or i in dose_tokens for i in range(out[first - 1].end, out[first].start)
        ):
            first -= 1
        end = element.end
        while end in dose_tokens:
            end += 1
        if end >= len(doc) or doc[end].text != "(":
            continue
        inside = []
        j = k
        while j < len(elements) and elements[j].drugs and elements[j].start > end and (
            not inside and elements[j].start == end + 1
            or inside and all(doc[i].text in {"/", "+", "-", ","} for i in range(inside[-1].end, elements[j].start))
        ):
            inside.append(elements[j])
            j += 1
        if not inside or inside[-1].end >= len(doc) or doc[inside[-1].end].text != ")":
            continue
        if {d for p in inside for d in p.drugs} not in ({d for p in out[first:] for d in p.drugs}, set(element.drugs)):
            continue
        out[-1] = replace(element, end=inside[-1].end + 1)
        k = j
    return out


def therapy_definitions(doc: Doc, rules: ArmRules) -> dict[str, tuple[str, ...]]:
    """Therapy words the document defines by two or more drugs, written right before the word
    ('epirubicin, cisplatin, and capecitabine chemotherapy'), in brackets right after it
    ('doublet chemotherapy (carboplatin/pemetrexed)') or after 'with' ('chemotherapy with
    cisplatin and vinblastine'); the first definition counts. A word the document gives another
    combination too ('the FEC regimen', 'the PE regimen') names no one combination: it is not defined."""
    mentions: dict[int, tuple[int, tuple[str, ...]]] = {}  # token start -> (token end, drugs)
    for mention in doc._.drug_mentions or []:
        span = _token_span(doc, mention.start, mention.end)
        if span is not None:
            mentions[span[0]] = (span[1], tuple(mention.components or (mention.drug,)))
    ending_at = {end: (start, drugs) for start, (end, drugs) in mentions.items()}
    found: dict[str, tuple[str, ...] | None] = {}
    for token in doc:
        word = token.lower_
        if word not in rules.therapy_words or (word in found and found[word] is None):
            continue
        drugs: set[str] = set()
        i, first = token.i, None
        while i in ending_at:  # the list written right before the word
            first, listed = ending_at[i]
            drugs.update(listed)
            j = first
            while j > 0 and doc[j - 1].lower_ in rules.list_separators:
                j -= 1
            if j == first or j not in ending_at:
                break
            i = j
        if first is not None and _describes_patients(doc, (first, first + 1), rules):
            drugs = set()  # 'prior cisplatin and etoposide chemotherapy': the patients' history
        if not drugs and token.i + 1 < len(doc) and doc[token.i + 1].text in {"(", "["}:
            k = token.i + 2
            while k < min(len(doc), token.i + 16) and doc[k].text not in {")", "]"}:
                if k in mentions:
                    k, listed = mentions[k]
                    drugs.update(listed)
                elif doc[k].lower_ in rules.list_separators:
                    k += 1
                else:
                    drugs = set()
                    break
        if not drugs and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "with":
            k = token.i + 2  # 'chemotherapy with cisplatin and vinblastine': the list up to its first other word
            while k < len(doc) and (k in mentions or doc[k].lower_ in rules.list_separators):
                if k in mentions:
                    k, listed = mentions[k]
                    drugs.update(listed)
                else:
                    k += 1
        if len(drugs) >= 2:
            drugs = tuple(sorted(drugs))
            first_given = set(found.get(word, drugs))
            if not (first_given <= set(drugs) or set(drugs) <= first_given):  # another combination
                found[word] = None
            else:
                found.setdefault(word, drugs)
    return {word: drugs for word, drugs in found.items() if drugs is not None}


def abbreviated_regimens(doc: Doc, rules: ArmRules) -> dict[str, tuple[str, ...]]:
    """Abbreviations whose long form is drugs alone ('irinotecan-cisplatin (IP)', 'Uracil and
    Tegafur (UFT)'): each later use of the short form names those drugs."""
    if not Doc.has_extension("abbreviations"):
        return {}
    drug_tokens: dict[int, tuple[str, ...]] = {}
    for mention in doc._.drug_mentions or []:
        span = _token_span(doc, mention.start, mention.end)
        if span is not None:
            for i in range(*span):
                drug_tokens[i] = tuple(mention.components or (mention.drug,))
    found: dict[str, tuple[str, ...]] = {}
    for short in doc._.abbreviations or []:
        long_form = short._.long_form
        if long_form is None or short.text in found or any(i in drug_tokens for i in range(short.start, short.end)):
            continue  # the drug tagger knows the short form already
        drugs = {d for i in range(long_form.start, long_form.end) for d in drug_tokens.get(i, ())}
        rest = [t for t in long_form if t.i not in drug_tokens and t.lower_ not in rules.list_separators]
        if drugs and not rest:
            found[short.text] = tuple(sorted(drugs))
    return found


def _acronym(span: Span) -> bool:
    """'ZES', 'PTCA': a short name in capitals that is not a disease or an outcome ('AML', 'OS')."""
    not_names = span.doc.user_data.get(_NOT_NAMES_KEY, ())
    return len(span) <= 2 and any(sum(c.isupper() for c in t.text) >= 2 for t in span) and not any(t.i in not_names for t in span)


def _is_name_token(token, taken: set[int], rules: ArmRules) -> bool:
    """A token that can be part of an arm's name: not a stop word or number."""
    if token.i in taken or token.is_punct or token.like_num or token.lower_ in rules.name_stop_words:
        return False
    return any(c.isalpha() for c in token.text) and not any(c in "±=<>%" for c in token.text)


def _name_start(doc: Doc, noun: int, floor: int, taken: set[int], rules: ArmRules) -> int | None:
    """'the PCI group', 'the usual care arm', 'the Flu-TBI arm': up to four name tokens before
    'group'/'arm'."""
    start = noun
    while start > floor and noun - start < 4:
        if _is_name_token(doc[start - 1], taken, rules):
            start -= 1
        elif _inner_hyphen(doc, start - 1, floor, taken, rules) and start < noun:
            start -= 2
        else:
            break
    if start == noun or _normal_name(doc[start:noun]) in rules.not_arm_names:
        return None
    return start


def _name_end(doc: Doc, first: int, ceiling: int, taken: set[int], rules: ArmRules) -> int | None:
    """'patients who received PCI', 'those assigned to CABG': up to four name tokens after the cue."""
    end = first
    while end < ceiling and end - first < 4:
        if _is_name_token(doc[end], taken, rules):
            end += 1
        elif end > first and end + 1 < ceiling and doc[end].text in {"-", "/"} and _is_name_token(doc[end + 1], taken, rules):
            end += 2
        else:
            break
    if end == first or _normal_name(doc[first:end]) in rules.not_arm_names:
        return None
    return end


def _inner_hyphen(doc: Doc, i: int, floor: int, taken: set[int], rules: ArmRules) -> bool:
    """'Flu-TBI', 'TLI/ATG': a hyphen or slash between two name tokens."""
    return i > floor and doc[i].text in {"-", "/"} and i not in taken and _is_name_token(doc[i - 1], taken, rules)


def _normal_name(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in {"-", "the"}).removesuffix(" treated").strip()


def _describes_patients(doc: Doc, span: tuple[int, int], rules: ArmRules) -> bool:
    """'prior imatinib', 'rituximab-refractory': a drug of the patients' history, not an arm."""
    before = doc[span[0] - 1].lower_ if span[0] > 0 else ""
    after = [t.lower_ for t in doc[span[1] : span[1] + 2]]
    after = after[1:] if after and after[0] == "-" else after
    return before in rules.population_before or bool(after and after[0] in rules.population_after)


def _joins(doc: Doc, left: ArmPhrase, right: ArmPhrase, combiner_tokens: set[int], dose_tokens: set[int]) -> bool:
    if left.group_label or right.group_label or left.role_word or right.role_word or left.name or right.name:
        return False
    if left.drugs and left.drugs == right.drugs:  # 'rizatriptan 10 mg and rizatriptan 20 mg': no drug combines with itself
        return False
    gap = range(left.end, right.start)
    if len(gap) > 12 or not all(i in combiner_tokens or i in dose_tokens for i in gap):
        return False
    words = {doc[i].lower_ for i in gap if i not in dose_tokens}
    # "FLAG-IDA and MEC": two regimens joined by "and" are two arms, not one combination
    return not (words == {"and"} and left.acronym and right.acronym)


def _listed_combination(doc: Doc, elements: list[ArmPhrase], k: int, combiner_tokens: set[int], dose_tokens: set[int]) -> bool:
    """'pentostatin, cyclophosphamide(,) and rituximab': drugs listed with commas are one
    combination when the list ends with 'and'/'plus' (with 'or' it lists arms: 'A, B or C')."""
    for left, right in zip(elements[k - 1 : -1], elements[k:]):
        if left.drugs == () or right.drugs == () or left.acronym or right.acronym:
            return False
        gap = doc[left.end : right.start].text.strip()
        if gap != ",":
            serial_comma = gap.startswith(",") and doc[left.end + 1].lower_ in {"and", "plus"} and right.start == left.end + 2
            return serial_comma or _joins(doc, left, right, combiner_tokens, dose_tokens)
    return False


def _split_coordinated(doc: Doc, group: list[ArmPhrase], plural_nouns: set[int]) -> list[list[ArmPhrase]]:
    """'the venetoclax and placebo groups': 'and' before a plural arm noun separates arms."""
    if len(group) < 2 or group[-1].end not in plural_nouns and (group[-1].end + 1) not in plural_nouns:
        return [group]
    parts: list[list[ArmPhrase]] = [[group[0]]]
    for element in group[1:]:
        gap = {t.lower_ for t in doc[parts[-1][-1].end : element.start]}
        if gap & {"and", ","}:
            parts.append([element])
        else:
            parts[-1].append(element)
    return parts


def _combined_drugs(part: list[ArmPhrase], doc: Doc) -> tuple[str, ...]:
    """The drugs of a combination. Regimens written as alternatives ('XELIRI/FOLFIRI plus
    simvastatin') give only what every alternative has (irinotecan), not their union."""
    units: list[set[str]] = []
    for k, element in enumerate(part):
        alternative = k and element.acronym and part[k - 1].acronym and doc[part[k - 1].end : element.start].text.strip() == "/"
        if alternative and units[-1] & set(element.drugs):
            units[-1] &= set(element.drugs)
        else:
            units.append(set(element.drugs))
    return tuple(sorted(set().union(*units))) if units else ()


def _phrase(part: list[ArmPhrase], cues: dict, doc: Doc) -> ArmPhrase:
    start, end = part[0].start, part[-1].end
    marked = any(p.name or p.role_word for p in part) or any(e == start for _, e in cues["RECIPIENT"])
    marked = marked or any(s == end for s, _ in cues["TREATED_SUFFIX"])
    drugs = _combined_drugs(part, doc)
    control = next((p.control_term for p in part if p.control_term), None)
    alone = False
    for s, e in cues["ALONE"]:
        if s == end:
            alone, end = True, e
            break
    name_end = end
    for s, e in cues["ARM_NOUN"] + cues["ARM_NOUNS"]:
        if s == end:
            end, marked = e, True
            break
    first = part[0]
    return ArmPhrase(
        start, end, drugs=drugs, control_term=control, group_label=first.group_label, role_word=first.role_word,
        name=first.name, alone=alone, acronym=len(part) == 1 and first.acronym, name_end=name_end, marked=marked,
        dose_text=first.dose_text if len(part) == 1 else None,
    )


# -- the inventory ---------------------------------------------------------------------------


@dataclass
class _Draft:
    phrase: ArmPhrase
    label: str
    method: str
    start: int
    end: int
    role: str | None = None
    drugs: tuple[str, ...] | None = None  # overrides the phrase's drugs (with-or-without arms)
    source: ArmPhrase | None = None  # where drugs, doses and size are written, when not the phrase itself
    restated: list[ArmPhrase] = field(default_factory=list)  # later definitions of the same arm (sizes)
    aliases: set[str] = field(default_factory=set)  # other names: "(Flu-TBI arm)", an absorbed definition
    generic: bool = False  # named in the title without drugs ("once-daily versus twice-daily")
    shared: tuple[str, ...] = ()  # drugs the comparison gives every arm ("concurrent versus sequential gefitinib")
    sentence: int = 0  # index of the sentence that defines it
    dose_level: str | None = None  # the dose that tells it from an arm of the same drugs


def build_inventory(doc: Doc, arm_cues: ArmCues) -> tuple[list[Arm], list[tuple[int, int, str, bool]]]:
    """The document's arms (definitions) and every mention of them: (token start, token end,
    arm_id, is_definition)."""
    cues = arm_cues.find(doc)
    doc.user_data[_CUES_KEY] = cues
    outcomes = [(m.start, m.end) for m in doc._.endpoint_mentions or []] if Doc.has_extension("endpoint_mentions") else []
    not_names = {t.i for e in doc.ents if e.label_ == "DISEASE" and not _defined_as_other(doc, e) for t in e}
    for short in (doc._.abbreviations or []) if Doc.has_extension("abbreviations") else []:
        long_form = short._.long_form  # 'chronic hepatitis B (CHB)': the short form of a disease
        if long_form is not None and any(t.i in not_names for t in long_form):
            not_names.update(range(short.start, short.end))
    for start_char, end_char in outcomes:
        span = _token_span(doc, start_char, end_char)
        if span:
            not_names.update(range(*span))
    doc.user_data[_NOT_NAMES_KEY] = not_names
    doc.user_data[_THERAPY_KEY] = therapy_definitions(doc, arm_cues.rules)
    doc.user_data[_ABBREVIATED_KEY] = abbreviated_regimens(doc, arm_cues.rules)
    controls = arm_cues.control_spans(doc)
    dose_tokens: set[int] = set()
    doses = find_doses(doc.text)
    dose_spans = []
    for dose in doses:
        span = _token_span(doc, dose.start, dose.end)
        if span:
            dose_tokens.update(range(*span))
            dose_spans.append(span)
    sentences = list(doc.sents) or [doc[:]]
    # each sentence sees only its own cues and mentions, so the inventory stays linear in length
    in_sentence = _SentenceBuckets(sentences)
    sentence_cues = in_sentence.split_labelled(cues)
    sentence_controls = in_sentence.split(controls)
    sentence_doses = in_sentence.split(sorted(dose_spans))
    mention_spans = [(m, _token_span(doc, m.start, m.end)) for m in doc._.drug_mentions or []]
    sentence_mentions = in_sentence.split([(m, span) for m, span in mention_spans if span], key=lambda x: x[1][0])
    phrases = {
        i: arm_phrases(doc, s, sentence_cues[i], sentence_controls[i], dose_tokens, arm_cues, sentence_mentions[i], sentence_doses[i])
        for i, s in enumerate(sentences)
    }

    def has(label: str, sent: Span) -> bool:
        return bool(_starting_in(cues[label], sent.start, sent.end))

    design = [i for i, s in enumerate(sentences) if i == 0 or has("DESIGN", s)]
    drafts: list[_Draft] = []
    for i in design:
        found = _comparison_drafts(doc, sentences[i], phrases[i], sentence_cues[i], arm_cues.rules, definition=True, title=i == 0)
        found += _group_label_drafts(doc, sentences[i], phrases[i], sentence_cues[i])
        for draft in found:
            draft.sentence = i
        drafts += found
    comparative = any(t.lower_ in arm_cues.rules.comparative_design_words for t in doc)
    single = _single_arm_sentences(sentences, phrases, cues, comparative, arm_cues.rules)
    # no design sentence: the first comparison in the results, unless the study is single-arm
    # (its results compare subgroups of its one arm)
    if len(_distinct(drafts)) < 2 and not (single and not comparative):
        for i, sent in enumerate(sentences):
            found = _comparison_drafts(doc, sent, phrases[i], sentence_cues[i], arm_cues.rules, definition=False)
            if len(_distinct(found)) < 2:  # "61% in the PCI group and 40% in the SK group"
                named = [p for p in phrases[i] if p.name or p.drugs or p.control_term or p.role_word]
                found = [_Draft(p, _text(doc, p), "comparison", doc[p.start].idx, _name_end_char(doc, p)) for p in named]
                found = found if len(_distinct(found)) >= 2 and sum(p.marked for p in named) >= 2 else []
            if len(_distinct(found)) >= 2:
                drafts = found
                break
    shared = tuple(sorted({d for draft in drafts for d in draft.shared}))
    arms = _arms_from_drafts(doc, _distinct(drafts), cues, doses, shared)
    if len(arms) < 2:
        arms = _single_arm(doc, sentences, phrases, single)
    mentions = _arm_mentions(doc, arms, phrases, arm_cues.make_doc)
    sizing = [s for s in sentences if any(t.lower_ in arm_cues.rules.size_sentence_words for t in s)]
    return _sized_by_counts(doc, arms, mentions, cues, sizing), mentions


def _sized_by_counts(doc: Doc, arms: list[Arm], mentions, cues: dict, sizing: list[Span]) -> list[Arm]:
    """Arm sizes written as counts before the arms' names in randomisation or enrolment
    sentences: 'assigned to treatment groups (134 simvastatin, 135 placebo)', 'there were seven
    patients in arm A, five in arm B'. A size written at the definition ('(n = 52)') comes first."""
    if len(arms) < 2:
        return arms
    sizes: dict[str, int] = {}
    arm_at = {}
    for m_start, _, a, _ in mentions:
        arm_at.setdefault(m_start, a)
    for s, e in (span for sent in sizing for span in _starting_in(cues["COUNT_BEFORE_ARM"], sent.start, sent.end)):
        arm_id = arm_at.get(e)
        value = parse_number(doc[s].text)
        if arm_id is not None and value is not None and value == int(value) and value > 0:
            sizes.setdefault(arm_id, int(value))
    if len(sizes) < 2:  # one count before one arm is more likely a result than the design
        return arms
    return [replace(a, n=sizes[a.arm_id]) if a.n is None and a.arm_id in sizes else a for a in arms]


def _defined_as_other(doc: Doc, ent: Span) -> bool:
    """An abbreviation tagged DISEASE whose long form in the document names no disease ('PPV' for
    'personalized peptide vaccination')."""
    long_forms, diseases = _abbreviation_index(doc)
    long_form = long_forms.get((ent.start, ent.end))
    if long_form is None:
        return False
    i = bisect_right(diseases, (long_form.end,)) - 1  # the last disease starting before the long form ends
    return not (i >= 0 and diseases[i][1] > long_form.start)


def _abbreviation_index(doc: Doc) -> tuple[dict[tuple[int, int], Span], list[tuple[int, int]]]:
    """Short forms (token span -> long form) and DISEASE entity spans, built once per document."""
    if _ABBREVIATIONS_KEY not in doc.user_data:
        shorts = doc._.abbreviations or [] if Doc.has_extension("abbreviations") else []
        long_forms = {(s.start, s.end): s._.long_form for s in shorts if s._.long_form is not None}
        diseases = sorted((e.start, e.end) for e in doc.ents if e.label_ == "DISEASE")
        doc.user_data[_ABBREVIATIONS_KEY] = (long_forms, diseases)
    return doc.user_data[_ABBREVIATIONS_KEY]


def _arm_mentions(doc: Doc, arms: list[Arm], phrases: dict[int, list[ArmPhrase]], make_doc) -> list[tuple[int, int, str, bool]]:
    """Definitions and references: each phrase that resolves to an arm, the definition spans,
    and every other occurrence of an arm's name ("ZES versus PES" defines them; a later bare
    "PES" refers to one)."""
    definitions = {(a.start, a.end): a.arm_id for a in arms}
    found: dict[tuple[int, int], tuple[str, bool]] = {}  # token span -> (arm_id, is_definition); never overlapping
    owner: dict[int, tuple[int, int]] = {}  # token -> the span of `found` covering it

    def add(span: tuple[int, int], value: tuple[str, bool]) -> None:
        found[span] = value
        owner.update((i, span) for i in range(*span))

    def pop(span: tuple[int, int]) -> tuple[str, bool]:
        for i in range(*span):
            owner.pop(i, None)
        return found.pop(span)

    for sentence_phrases in phrases.values():
        for phrase in sentence_phrases:
            arm = resolve_phrase(phrase, arms)
            if arm is not None:
                # 'ruxolitinib 10 mg, ruxolitinib 20 mg and ...': a mention includes the dose written with it
                end = max(phrase.end, phrase.extent_end) if phrase.dose_text else phrase.end
                add((phrase.start, end), (arm.arm_id, (doc[phrase.start].idx, _name_end_char(doc, phrase)) in definitions))
    for (start_char, end_char), arm_id in definitions.items():
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None and not any(i in owner for i in range(span.start, span.end)):
            add((span.start, span.end), (arm_id, True))
    matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    for arm in arms:
        matcher.add(arm.arm_id, [make_doc(alias) for alias in arm.aliases])
    joiners = {"/", "-", "+", "–"}
    for match_id, start, end in sorted(matcher(doc), key=lambda m: m[1] - m[2]):  # longest first
        if (end < len(doc) and doc[end].text in joiners) or (start and doc[start - 1].text in joiners):
            continue  # 'PPV' in 'PPV/CPA': part of another arm's name
        overlapping = {owner[i] for i in range(start, end) if i in owner}
        if all(start <= s and e <= end and (s, e) != (start, end) for s, e in overlapping):
            definition = any([pop(key)[1] for key in overlapping])  # 'TLI-ATG' over its 'ATG'
            add((start, end), (doc.vocab.strings[match_id], definition))
    return [(s, e, arm_id, definition) for (s, e), (arm_id, definition) in sorted(found.items())]


def _name_end_char(doc: Doc, phrase: ArmPhrase) -> int:
    last = doc[phrase.name_end - 1]
    return last.idx + len(last)


def _comparison_drafts(
    doc: Doc, sent: Span, phrases: list[ArmPhrase], cues: dict, rules: ArmRules, definition: bool, title: bool = False
) -> list[_Draft]:
    """'X versus Y', 'X compared with Y', 'randomized to A, B or C', 'X with or without Z'.

    In the title an arm without drugs may be any short name next to 'versus' ("Primary
    angioplasty versus thrombolysis")."""
    usable = [p for p in phrases if p.drugs or p.control_term or p.name or p.role_word]
    taken = {i for p in phrases for i in range(p.start, p.end)}
    drafts: list[_Draft] = []
    links = [(s, e, "COMPARATOR") for s, e in cues["COMPARATOR"]] + [(s, e, "WITH_OR_WITHOUT") for s, e in cues["WITH_OR_WITHOUT"]]
    if definition:  # "randomized to A or B"; in results 'or' joins anything
        wow = {i for s, e in cues["WITH_OR_WITHOUT"] for i in range(s, e)}
        links += [(s, e, "OR") for s, e in cues["OR"] if s not in wow]
        links += [(s, s + 1, "OR") for s in _sized_list_joins(doc, sent, usable, cues)]
    for s, e, kind in sorted(links):
        if not (sent.start <= s < sent.end):
            continue
        # "randomized to linagliptin 5 mg/day (n = 162) or placebo": the dose and the size belong to the arm
        left = [p for p in usable if p.end <= s and s - min(_written_to(doc, p, s), s) <= 8]
        # results sentences put the value between: "63.9% with A, compared with 18.4% for B"
        reach = 4 if definition else 10
        right = [p for p in usable if p.start >= e and p.start - e <= reach and not any(e <= x < p.start for x, _, _ in links)]
        versus = any(v == s for v, _ in cues["VERSUS"])
        # a name without drugs: both sides in the title ("Primary angioplasty versus thrombolysis"),
        # one side in a design sentence when the other is a drug or a marked name ("assigned to ZES or PES")
        generic = (title and versus) or (definition and (versus or kind == "OR") and bool(left) != bool(right))
        if generic:
            if title and not left and right and right[0].start > e:
                right = []  # "concurrent versus sequential alternating gefitinib and chemotherapy": both by schedule
            if not left and (start := _name_start(doc, s, sent.start, taken, rules)) is not None:
                left = [ArmPhrase(start, s, name=_normal_name(doc[start:s]), name_end=s)]
            if not right and (end := _name_end(doc, e, sent.end, taken, rules)) is not None:
                alone = next((a_end for a_start, a_end in cues["ALONE"] if a_start == end), None)  # "or PPV alone"
                right = [ArmPhrase(e, alone or end, name=_normal_name(doc[e:end]), alone=alone is not None, name_end=alone or end)]
            if not title:  # one side only: an acronym ("ZES", "PTCA"), not any words next to 'or'
                left = [p for p in left if p.drugs or p.control_term or p.role_word or p.marked or _acronym(doc[p.start : p.name_end])]
                # "randomised to mantle radiotherapy alone or mantle radiotherapy followed by ...": 'to' governs both
                assigned = bool(left) and any(end == left[-1].start for _, end in cues["RECIPIENT"])
                right = [p for p in right if assigned or p.drugs or p.control_term or p.role_word or p.marked or _acronym(doc[p.start : p.name_end])]
        if not left or not right:
            continue
        shared = _shared_drugs(doc, left[-1], right[0], usable, rules) if title and generic else ()
        left_phrase, right_phrase = left[-1], right[0]
        if any(left_phrase.end <= p.start and p.end <= s for p in usable):
            continue
        if left_phrase.start and doc[left_phrase.start - 1].text in {"(", "["} and not left_phrase.drugs:
            # "X plus Y (XY arm; n = 49) or ...": the bracketed name belongs to the arm before it
            named = [p for p in usable if p.end < left_phrase.start and left_phrase.start - max(p.extent_end, p.end) <= 10]
            if named and (named[-1].drugs or named[-1].control_term):
                left_phrase = named[-1]
        if kind == "WITH_OR_WITHOUT":
            both = tuple(sorted({*left_phrase.drugs, *right_phrase.drugs}))
            base, added = _text(doc, left_phrase), _text(doc, right_phrase)
            pair = [
                _Draft(right_phrase, f"{base} plus {added}", "with-or-without", doc[left_phrase.start].idx,
                       _name_end_char(doc, right_phrase), role="experimental", drugs=both),
                _Draft(left_phrase, f"{base} alone", "with-or-without", doc[left_phrase.start].idx,
                       _name_end_char(doc, left_phrase), role="control"),
            ]
            for draft, limit in ((pair[0], sent.end), (pair[1], s)):  # "P, C and R (PCR) with or without B (PCR-B)"
                _name_from_brackets(doc, draft, limit, taken, rules, phrases)
                draft.shared = shared
            drafts += pair
            continue
        listed = [left_phrase]
        if kind == "OR":  # "A, B or C"
            for earlier in reversed([p for p in usable if p.end <= left_phrase.start]):
                gap = doc[_written_to(doc, earlier, listed[0].start) : listed[0].start].text.strip()
                if gap != ",":
                    break
                listed.insert(0, earlier)
        link_starts = sorted(x for x, _, _ in links if x > e)
        for phrase in [*listed, right_phrase]:
            limit = s if phrase is not right_phrase else next((x for x in link_starts if x >= phrase.end), sent.end)
            draft = _Draft(phrase, _text(doc, phrase), "comparison", doc[phrase.start].idx, _name_end_char(doc, phrase))
            if phrase is right_phrase and kind == "OR" and phrase.start == e:
                draft.drugs = _placebo_for_last_drug(doc, left_phrase, phrase) or _alternative_add_on(
                    doc, left_phrase, phrase, [p for p in usable if p.end <= left_phrase.start]
                )
            if phrase is right_phrase and definition and phrase.name and not phrase.drugs:
                _take_drugs_given_after(doc, draft, usable, min(limit, sent.end), cues)
            draft.generic = title and not (phrase.drugs or phrase.control_term or phrase.role_word or phrase.marked)
            draft.shared = shared
            _name_from_brackets(doc, draft, min(limit, sent.end), taken, rules, phrases)
            drafts.append(draft)
    return drafts


def _take_drugs_given_after(doc: Doc, draft: "_Draft", phrases: list[ArmPhrase], limit: int, cues: dict) -> None:
    """The last alternative of a design sentence named without drugs takes the drugs joined to it
    further on: 'or mantle radiotherapy followed by 6 courses of adjuvant chemotherapy with mustine,
    vinblastine, prednisolone and procarbazine'."""
    name = draft.phrase
    clause_end = next((s for s, _ in cues["CLAUSE_END"] if name.end <= s < limit), limit)
    given = [p for p in phrases if name.end <= p.start and p.end <= clause_end and p.drugs]
    if not given or not any(name.start <= s < given[0].start for s, _ in cues["COMBINER"]):
        return
    draft.drugs = tuple(sorted({d for p in given for d in p.drugs}))
    draft.label = doc[name.start : given[-1].name_end].text
    draft.end = _name_end_char(doc, given[-1])
    draft.restated.append(given[-1])  # its size follows the drugs: '... procarbazine- MVPP (59)'


def _written_to(doc: Doc, phrase: ArmPhrase, limit: int) -> int:
    """Where an arm's definition ends: after the doses written with it and a bracket right after
    them that closes before `limit` ('linagliptin 5 mg/day (n = 162)', 'rizatriptan 10 mg (53)')."""
    end = max(phrase.extent_end, phrase.end)
    if end < limit and doc[end].text in {"(", "["}:
        close = next((t.i for t in doc[end + 1 : min(limit, end + 16)] if t.text in {")", "]"}), None)
        if close is not None:
            end = close + 1
    return end


def _sized_list_joins(doc: Doc, sent: Span, phrases: list[ArmPhrase], cues: dict) -> list[int]:
    """'and' between arms that each carry their size, in a design sentence: 'randomized to
    rizatriptan 10 mg (53), ibuprofen 400 mg (52) and placebo (50)' lists three arms."""
    sized = [p for p in phrases if _arm_size(doc, p, cues) is not None]
    ends = {_written_to(doc, p, sent.end): p for p in sized}
    joins = []
    for p in sized:
        if p.start == sent.start:
            continue
        k = p.start - 1
        if doc[k].lower_ == "and" and (k in ends or (doc[k - 1].text == "," and k - 1 in ends)):
            joins.append(k)
    return joins


def _placebo_for_last_drug(doc: Doc, left: ArmPhrase, placebo: ArmPhrase) -> tuple[str, ...] | None:
    """'fulvestrant plus dovitinib or placebo': the placebo stands for the last drug of the
    combination, the others are given to both arms."""
    if placebo.control_term != "placebo" or placebo.drugs or len(left.drugs) < 2:
        return None
    inside = [m for m in doc._.drug_mentions or [] if doc[left.start].idx <= m.start and m.end <= _name_end_char(doc, left)]
    if len(inside) < 2:
        return None
    last = set(inside[-1].components or (inside[-1].drug,))
    return tuple(sorted(set(left.drugs) - last)) or None


def _alternative_add_on(doc: Doc, left: ArmPhrase, right: ArmPhrase, earlier: list[ArmPhrase]) -> tuple[str, ...] | None:
    """'cefepime alone or cefepime with amikacin or levofloxacin', 'X with either Y or Z': the
    drug after 'or' replaces the last drug of the combination before it, the others are given to
    both arms."""
    if not right.drugs or right.control_term or len(left.drugs) < 2 or set(right.drugs) & set(left.drugs):
        return None
    inside = [m for m in doc._.drug_mentions or [] if doc[left.start].idx <= m.start and m.end <= _name_end_char(doc, left)]
    if len(inside) < 2:
        return None
    last = set(inside[-1].components or (inside[-1].drug,))
    base = set(left.drugs) - last
    last_start = doc.char_span(inside[-1].start, inside[-1].end, alignment_mode="expand")
    either = last_start is not None and last_start.start > 0 and doc[last_start.start - 1].lower_ == "either"
    base_alone = any(p.drugs and set(p.drugs) <= base for p in earlier)
    if not base or not (either or base_alone):
        return None
    return tuple(sorted(base | set(right.drugs)))


def _shared_drugs(doc: Doc, left: ArmPhrase, right: ArmPhrase, phrases: list[ArmPhrase], rules: ArmRules) -> tuple[str, ...]:
    """Arms named by schedule in the title, then the drugs all of them receive: "concurrent
    versus sequential alternating gefitinib and chemotherapy", "chronomodulated versus flat
    infusion with cisplatin and 5-fluorouracil"."""
    if left.drugs or right.drugs:
        return ()
    after = next((p for p in phrases if p.start >= right.end), None)
    if after is None or not after.drugs:
        return ()
    gap = doc[right.end : after.start]
    if len(gap) and (len(gap) > 2 or gap[-1].lower_ not in rules.shared_drug_links or any(t.is_punct for t in gap)):
        return ()
    return after.drugs


def _name_from_brackets(doc: Doc, draft: "_Draft", limit: int, taken: set[int], rules: ArmRules, phrases: list[ArmPhrase]) -> None:
    """"fludarabine plus 2 Gy TBI (Flu-TBI arm; n = 49)": the arm's own name becomes its label."""
    named = _parenthetical_name(doc, draft.phrase, limit, taken, rules, phrases)
    if named:
        draft.aliases.update({draft.label.lower(), _normal_name(named), named.text.lower()})
        draft.label = named.text


def _parenthetical_name(doc: Doc, phrase: ArmPhrase, limit: int, taken: set[int], rules: ArmRules, phrases: list[ArmPhrase]) -> Span | None:
    """A name in brackets after an arm's definition: '(Flu-TBI arm; n = 49)', '(BuFlu)'."""
    for i in range(max(phrase.extent_end, phrase.end), min(limit, phrase.end + 10)):
        if any(p.start == i for p in phrases if p is not phrase and not p.name):
            return None  # another arm starts first
        if doc[i].lower_ in rules.name_stop_words and doc[i].lower_ not in _ARM_NAME_TAIL:
            return None  # 'entecavir monotherapy for chronic hepatitis B (CHB)': the bracket names something else
        if doc[i].text not in {"(", "["}:
            continue
        end = _name_end(doc, i + 1, limit, taken - set(range(i + 1, limit)), rules)
        if end is None:
            return None
        follower = doc[end].lower_ if end < limit else ""
        not_names = doc.user_data.get(_NOT_NAMES_KEY, ())
        if any(k in not_names for k in range(i + 1, end)):
            return None  # '(DRR)', '(NSCLC)': an outcome or a disease defined there, not the arm's name
        named = doc[i + 1 : end]
        if follower in {"arm", "group", "cohort"}:
            return named
        # '(BuFlu)', '(PCR-B)': a short form, not a remark in lower case ('(reported separately)')
        if follower in {")", "]", ";", ","} and any(sum(c.isupper() for c in t.text) >= 2 for t in named):
            return named
        return None
    return None


def _group_label_drafts(doc: Doc, sent: Span, phrases: list[ArmPhrase], cues: dict) -> list[_Draft]:
    """'Arm A: venetoclax + azacitidine', 'group I received X', 'X (arm A)'."""
    drafts = []
    for k, phrase in enumerate(phrases):
        if not phrase.group_label:
            continue
        after = phrases[k + 1] if k + 1 < len(phrases) else None
        before = phrases[k - 1] if k else None
        drugs = None
        opener = doc[phrase.end].text if phrase.end < sent.end else ""
        if opener in {"(", "[", ":"}:  # 'group A (irinotecan, capecitabine, bevacizumab)', 'Arm A: X plus Y; Arm B: ...'
            closers = {")", "]"} if opener != ":" else {";"}
            end = next((t.i for t in doc[phrase.end + 1 : sent.end] if t.text in closers), sent.end)
            listed = [p for p in phrases[k + 1 :] if p.end <= end and not p.group_label and (p.drugs or p.control_term)]
            if listed and not any(p.group_label for p in phrases[k + 1 :] if p.start < listed[-1].start):
                drugs = replace(listed[0], end=listed[-1].end, name_end=listed[-1].name_end, extent_end=listed[-1].extent_end,
                                drugs=tuple(sorted({d for p in listed for d in p.drugs})))
        # 'X (arm A)' names the drugs before the label; else 'arm A: X', 'arm A received X'
        # 'diazepam 5 mg slowly (Group I)': the drugs and their dose before the bracket
        written_before = before and phrase.start - max(before.end, before.extent_end) <= 2
        # 'Group 2 patients were administered 0.5 ml intralesional hyaluronidase': the group is the subject
        given = bool(after) and any(phrase.end <= s < after.start for s, _ in cues["RECIPIENT"])
        if drugs is None and before and (before.drugs or before.control_term) and doc[phrase.start - 1].text == "(" and written_before:
            drugs = before
        # '(Group II), or combined IV diazepam ... (Group III)': what follows 'or' is the next arm's
        next_arm = bool(after) and any(phrase.end <= s < after.start for s, _ in cues["OR"] + cues["COMPARATOR"])
        if (drugs is None and after and (after.drugs or after.control_term) and not after.group_label and not next_arm
                and after.start - phrase.end <= (12 if given else 6)):
            drugs = after
        label = doc[phrase.start : phrase.name_end].text.rstrip(".")
        source = drugs or phrase
        drafts.append(_Draft(phrase, label, "group-label", doc[phrase.start].idx, doc[phrase.start].idx + len(label), drugs=source.drugs, source=source))
    return drafts


def _text(doc: Doc, phrase: ArmPhrase) -> str:
    return doc[phrase.start : phrase.name_end].text


def _key(draft: _Draft, dose_levels: frozenset = frozenset()) -> tuple:
    """What makes an arm distinct; a drug given in arms of different doses (`dose_levels`) is one
    arm per dose."""
    if draft.method == "group-label":
        return ("group", draft.phrase.group_label)
    drugs = draft.drugs if draft.drugs is not None else draft.phrase.drugs
    if not drugs and draft.phrase.name:
        return ("name", draft.phrase.name)
    if not drugs and draft.phrase.role_word:
        return ("role", draft.phrase.role_word)
    if not drugs and draft.phrase.dose_text:
        return ("dose", draft.phrase.dose_text)
    level = draft.phrase.dose_text if drugs in dose_levels else None
    return ("drugs", drugs, None if drugs else draft.phrase.control_term) + ((level,) if level else ())


def _dose_levels_of(drafts: list[_Draft]) -> frozenset:
    """Drug sets the comparisons give at two or more doses ('gantenerumab 105 mg or 225 mg')."""
    doses: dict[tuple, set[str]] = {}
    for draft in drafts:
        drugs = draft.drugs if draft.drugs is not None else draft.phrase.drugs
        if draft.method != "group-label" and drugs and draft.phrase.dose_text:
            doses.setdefault(drugs, set()).add(draft.phrase.dose_text)
    return frozenset(drugs for drugs, texts in doses.items() if len(texts) >= 2)


def _distinct(drafts: list[_Draft]) -> list[_Draft]:
    """First definition of each arm; a group label defined with drugs absorbs the same drugs."""
    seen: dict[tuple, _Draft] = {}
    group_of = {d.drugs: d for d in drafts if d.method == "group-label" and d.drugs}
    established = None  # the sentence by which two arms were defined
    levels = _dose_levels_of(drafts)
    for draft in drafts:
        key = _key(draft, levels)
        if key[0] == "drugs" and key[1] in levels and len(key) == 3:
            continue  # 'gantenerumab' without a dose, where arms differ by dose: the drug, not an arm
        if key[0] == "drugs" and len(key) == 4 or key[0] == "dose":
            draft.dose_level = draft.phrase.dose_text
        if established is not None and draft.sentence > established and key not in seen:
            named = _arm_named_by_drug(draft, list(seen.values()))  # "in the dovitinib vs placebo arms"
            if named is not None:
                named.aliases.add(draft.label.lower())
                named.restated.append(draft.phrase)
                continue
        if key[0] == "drugs" and key[1] and key[1] in group_of:
            group_of[key[1]].restated.append(draft.phrase)
            group_of[key[1]].aliases.add(draft.label.lower())
            continue
        if key[0] == "name":  # "the PE arm" after "paclitaxel–epirubicin (PE)"; "once-daily" and "concurrent once-daily"
            same = next((d for d in seen.values() if _same_name(key[1], d)), None)
            if same is not None:
                same.aliases.add(key[1])
                same.restated.append(draft.phrase)
                continue
        if key in seen:
            if draft.aliases and not seen[key].aliases:  # the arm's own name, given at a later definition
                seen[key].label = draft.label
            seen[key].aliases |= draft.aliases
            seen[key].restated.append(draft.phrase)
        else:
            seen[key] = draft
        if established is None and len(seen) >= 2:
            established = draft.sentence
    kept = _merge_add_ons(list(seen.values()))
    # drug arms or labelled arms ("(Arm A)") defined: title words were not arms
    if sum(1 for d in kept if d.drugs or d.phrase.drugs) >= 2 or sum(d.method == "group-label" for d in kept) >= 2:
        kept = [d for d in kept if not d.generic]
    return kept


def _arm_named_by_drug(draft: _Draft, defined: list[_Draft]) -> _Draft | None:
    """The one defined arm that alone has all of a later phrase's drugs ('dovitinib' after
    'fulvestrant plus dovitinib or placebo'): the phrase names that arm, it is not a new one."""
    drugs = set(draft.drugs if draft.drugs is not None else draft.phrase.drugs)
    if not drugs or draft.phrase.alone or draft.method == "group-label":
        return None
    having = [d for d in defined if drugs & set(d.drugs if d.drugs is not None else d.phrase.drugs)]
    if len(having) != 1:
        return None
    return having[0] if drugs < set(having[0].drugs if having[0].drugs is not None else having[0].phrase.drugs) else None


def _same_name(name: str, draft: "_Draft") -> bool:
    names = {*draft.aliases, draft.label.lower(), *([draft.phrase.name] if draft.phrase.name else [])}
    padded = f" {name} "
    return any(name == n or padded in f" {n} " or f" {n} " in padded for n in names if n)


def _merge_add_ons(drafts: list[_Draft]) -> list[_Draft]:
    """'FOLFIRI plus simvastatin versus FOLFIRI plus placebo ... simvastatin or placebo': the add-on
    and the bare placebo name the arms already defined, they are not arms of their own."""
    def drugs(d: _Draft) -> set[str]:
        return set(d.drugs if d.drugs is not None else d.phrase.drugs)

    kept: list[_Draft] = []
    for draft in drafts:
        target = None
        if draft.method != "group-label" and not drugs(draft) and draft.phrase.control_term:
            target = next((k for k in kept + drafts if k is not draft and drugs(k) and k.phrase.control_term == draft.phrase.control_term), None)
        elif draft.method != "group-label" and drugs(draft):
            for k in kept + drafts:
                rest = drugs(k) - drugs(draft)
                if k is not draft and drugs(draft) < drugs(k) and any(rest == drugs(o) and o.phrase.control_term for o in drafts):
                    target = k
                    break
        if target is None:
            kept.append(draft)
        else:
            target.aliases.add(draft.label.lower())
            target.restated.append(draft.phrase)
    return kept


def _arms_from_drafts(doc: Doc, drafts: list[_Draft], cues: dict, doses, shared: tuple[str, ...] = ()) -> list[Arm]:
    """Arms in order of definition; `shared` drugs (those every arm receives) join each arm's own."""
    if len(drafts) < 2:
        return []
    arms: list[Arm] = []
    all_drugs = [set(d.drugs if d.drugs is not None else d.phrase.drugs) for d in drafts]
    for k, draft in enumerate(drafts):
        phrase = draft.source or draft.phrase
        drugs = draft.drugs if draft.drugs is not None else phrase.drugs
        role = draft.role
        if role is None:
            subset_of_other = bool(drugs) and any(set(drugs) < other for j, other in enumerate(all_drugs) if j != k)
            if phrase.control_term or phrase.alone or subset_of_other:
                role = "control"
            elif phrase.role_word:
                role = phrase.role_word
            elif drugs:
                role = "experimental"
        sized = [p for p in (draft.phrase, draft.source, *draft.restated) if p is not None]
        n = next((size for p in sized if (size := _arm_size(doc, p, cues)) is not None), None)
        extent = doc[max(phrase.extent_end, phrase.end) - 1]
        arm_doses = tuple(d.text for d in doses if doc[phrase.start].idx <= d.start and d.end <= extent.idx + len(extent))
        label, end = draft.label, draft.end
        if draft.dose_level and draft.method != "group-label":  # 'gantenerumab 105 mg': the dose is part of the name
            label, end = doc[draft.phrase.start : draft.phrase.extent_end].text, extent.idx + len(extent)
        aliases = {p.name for p in (draft.phrase, *draft.restated) if p.name} | {label.lower()} | draft.aliases
        drugs = tuple(sorted({*drugs, *shared}))
        arms.append(Arm(f"A{k + 1}", label, role, drugs, arm_doses, n, draft.start, end, draft.method,
                        phrase.control_term, draft.phrase.group_label, tuple(sorted(aliases)), draft.dose_level))
    return arms


def _arm_size(doc: Doc, phrase: ArmPhrase, cues: dict) -> int | None:
    """'XELIRI (n = 52)', 'arm A (n=30)', 'linagliptin 5 mg/day (n = 162)'."""
    end = max(phrase.extent_end, phrase.end)
    for s, e in cues["ARM_SIZE"]:
        if end <= s <= end + 2:
            return _first_int(doc[s:e].text)
    return None


def _first_int(text: str) -> int | None:
    match = re.search(r"\d+", text)
    return int(match.group(0)) if match else None


def _single_arm_sentences(sentences: list[Span], phrases: dict, cues: dict, comparative: bool, rules: ArmRules) -> list[int]:
    """Sentences that make the document a single-arm study: one that says so ('a single-arm
    study', 'nonrandomized') or, in a document that is no comparative trial, one that names an early
    phase ('a phase II study of X') or gives its patients a regimen ('patients received X')."""
    def with_cue(label: str) -> list[int]:
        return [i for i, s in enumerate(sentences) if any(s.start <= c < s.end for c, _ in cues[label])]

    found = with_cue("SINGLE_ARM")
    if not comparative:
        found += with_cue("EARLY_PHASE")
        found += [
            i for i, s in enumerate(sentences)
            if any(p.drugs for p in phrases[i]) and any(t.lower_ in rules.regimen_given_words for t in s)
        ]
    return found


def _single_arm(doc: Doc, sentences: list[Span], phrases: dict, cue_sentences: list[int]) -> list[Arm]:
    """The one arm of a single-arm study: its regimen as first named in the title, the sentence
    that says it is single-arm or the one that gives it."""
    if not cue_sentences:
        return []
    for i in [0, *cue_sentences]:
        with_drugs = [p for p in phrases[i] if p.drugs]
        if with_drugs:
            phrase = max(with_drugs, key=lambda p: (len(p.drugs), -p.start))
            return [Arm("A1", _text(doc, phrase), "single", phrase.drugs, (), None, doc[phrase.start].idx,
                        _name_end_char(doc, phrase), "single-arm", None, None)]
    return []


def resolve_phrase(phrase: ArmPhrase, arms: list[Arm]) -> Arm | None:
    """The defined arm a phrase names: by group label, by drugs (exactly, else the one arm with a
    drug no other arm has), by control term, or by role word ("the experimental arm")."""
    if not arms:
        return None
    if phrase.group_label:
        return next((a for a in arms if a.group_label == phrase.group_label), None)
    if phrase.name:
        return next((a for a in arms if phrase.name in a.aliases), None)
    if not phrase.drugs and phrase.dose_text:  # 'the 10 mg group'
        at_dose = [a for a in arms if a.dose_level == phrase.dose_text]
        return at_dose[0] if len(at_dose) == 1 else None
    if phrase.drugs:
        exact = [a for a in arms if set(a.drugs) == set(phrase.drugs)]
        if len(exact) > 1 and any(a.dose_level for a in exact):  # arms of one drug at different doses
            at_dose = [a for a in exact if a.dose_level == phrase.dose_text]
            return at_dose[0] if len(at_dose) == 1 else None
        if exact:
            return next((a for a in exact if a.control_term == phrase.control_term), exact[0])
        if phrase.alone or len(arms) == 1:
            return None
        counts: dict[str, int] = {}
        for arm in arms:
            for drug in arm.drugs:
                counts[drug] = counts.get(drug, 0) + 1
        distinctive = {a.arm_id for a in arms for d in phrase.drugs if d in a.drugs and counts[d] == 1}
        containing = [a for a in arms if set(phrase.drugs) <= set(a.drugs)]
        if len(distinctive) == 1 and all(set(phrase.drugs) & set(a.drugs) for a in containing):
            return next(a for a in arms if a.arm_id in distinctive)
        return containing[0] if len(containing) == 1 else None
    if phrase.control_term:
        same = [a for a in arms if a.control_term == phrase.control_term]
        if same:
            return same[0]
        controls = [a for a in arms if a.role == "control"]
        return controls[0] if len(controls) == 1 and phrase.control_term in {"control", "placebo"} else None
    if phrase.role_word:
        with_role = [a for a in arms if a.role == phrase.role_word]
        return with_role[0] if len(with_role) == 1 else None
    return None


_ARM_NOUNS = {"arm", "arms", "group", "groups", "cohort", "cohorts"}
_ARM_NAME_TAIL = _ARM_NOUNS | {"alone"}  # words that may stand between an arm and its bracketed name


def labelled_by_use(doc: Doc, arms: list[Arm], mentions: list[tuple[int, int, str, bool]], rules: ArmRules) -> list[Arm]:
    """Each arm labelled by the name the document uses most for it (GUIDELINES §7.2): 'dovitinib'
    for an arm defined as 'fulvestrant plus dovitinib' and then twice called 'the dovitinib arm'. Role
    words ('the control group') are not names; group labels ('Arm A') and, on a tie, the
    definition's label stay."""
    role_words = {w for words in rules.role_words.values() for w in words} | {"controls"}
    relabelled = []
    for arm in arms:
        if arm.group_label:
            relabelled.append(arm)
            continue
        counts: dict[str, int] = {}
        written: dict[str, dict[str, int]] = {}  # lower-case name -> how it is written, how often
        alone_at = {s: e for s, e in (doc.user_data.get(_CUES_KEY) or {}).get("ALONE", [])}
        for start, end, arm_id, _ in mentions:
            if arm_id != arm.arm_id:
                continue
            end = alone_at.get(end, end)  # 'radiotherapy alone' is the name used
            tokens = list(doc[start:end])
            while tokens and tokens[-1].lower_ in _ARM_NOUNS:
                tokens.pop()
            while tokens and tokens[0].lower_ == "the":
                tokens.pop(0)
            if not tokens:
                continue
            name = doc[tokens[0].i : tokens[-1].i + 1].text
            key = "".join(name.lower().split())  # 'HDMP + Dx' and 'HDMP+Dx' are one name
            if key in role_words:
                continue
            counts[key] = counts.get(key, 0) + 1
            forms = written.setdefault(key, {})
            forms[name] = forms.get(name, 0) + 1
        own = "".join(arm.label.lower().split())
        best = max(counts, key=lambda k: (counts[k], k == own), default=own)
        if counts.get(best, 0) > max(1, counts.get(own, 0)):  # a name the document uses again
            label = max(written[best], key=lambda form: (written[best][form], form.islower()))
            arm = replace(arm, label=label, aliases=tuple(sorted({*arm.aliases, arm.label.lower()})))
        relabelled.append(arm)
    return relabelled


def arm_rows(doc_id: str, arms: list[Arm]) -> list[dict]:
    """Arms as rows of the arms table (`trialmine.store.schema.ARM_COLUMNS`)."""
    return [
        {
            "doc_id": doc_id, "arm_id": a.arm_id, "label": a.label, "role": a.role, "regimen": a.regimen,
            "drugs": json.dumps(list(a.drugs)), "doses": json.dumps(list(a.doses), ensure_ascii=False), "n": a.n,
            "start": a.start, "end": a.end, "method": a.method,
        }
        for a in arms
    ]
