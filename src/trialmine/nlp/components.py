"""spaCy pipeline components of trialmine, each registered by name with one job.

Results are stored on the Doc as extension attributes:
- `doc._.drug_mentions`: list[DrugMention] (lexicon + NER CHEMICAL spans, regimen acronyms)
- `doc._.endpoint_mentions`: list[EndpointMention] (endpoint/AE/baseline phrases, abbreviations resolved)
Mentions are character spans so they survive any tokenizer, including scispaCy's, which keeps
"selinexor-containing" as one token.
"""

# no `from __future__ import annotations`: spaCy validates factory signatures at run time

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from trialmine.extract.doses import Dose, doc_doses
from trialmine.normalise.drugs import DrugLexicon, DrugMatch, abbreviation_matches, defined_abbreviations
from trialmine.normalise.endpoints import read_endpoint_rules


@dataclass(frozen=True)
class DrugMention:
    start: int
    end: int
    text: str
    drug: str
    components: tuple[str, ...]
    method: str  # "lexicon" | "regimen" | "ner+lexicon" | "ner+inn-stem" | "ner+code" | "ner" | "inn-stem" | "code" | "abbreviation"
    confidence: float


@dataclass(frozen=True)
class EndpointMention:
    start: int
    end: int
    text: str
    code: str | None  # None: an outcome phrase the vocabulary does not know
    category: str  # efficacy | safety | baseline | other


for _name in ("drug_mentions", "endpoint_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_TEXT_KEY = "trialmine.text"  # doc.user_data: the Doc's text


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: ``Doc.text`` joins the tokens again on every access, and the
    rule components read it in turn (the sentence splitter first)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def with_text(doc: Doc, text: str) -> Doc:
    """The Doc, with `text` as what `doc_text` gives: the text it was made from, which spaCy's
    tokenizer keeps whole (``doc.text == text``), so its tokens need not be joined again."""
    doc.user_data[_TEXT_KEY] = text
    return doc


_CODE_METHODS = frozenset({"code", "ner+code"})  # a development code: its drug is the code until the document names it
_MAX_SHORT_FORM = 6  # a lexicon name this short may be an abbreviation of something else
_CONFIDENCE = {"lexicon": 0.95, "regimen": 0.9, "ner+lexicon": 0.97, "ner+inn-stem": 0.7, "ner+code": 0.6, "ner": 0.4, "inn-stem": 0.5, "code": 0.45, "abbreviation": 0.85}


@Language.factory(
    "trialmine_drugs",
    default_config={"ner_labels": ["CHEMICAL"], "stem_fallback": True, "lexicon_spans": True, "ner_needs_drug_evidence": True},
)
def make_drug_tagger(
    nlp: Language, name: str, ner_labels: list[str], stem_fallback: bool, lexicon_spans: bool, ner_needs_drug_evidence: bool
) -> "DrugTagger":
    return DrugTagger(tuple(ner_labels), stem_fallback, lexicon_spans, ner_needs_drug_evidence)


class DrugTagger:
    """Drug mentions from the lexicon, NER CHEMICAL spans filtered to drugs, and abbreviations.

    The lexicon resolves names to the INN and drops chemicals that are not drugs; the NER finds
    names the lexicon lacks, kept only when they carry an INN stem or are development codes
    ('ABT-199', `rules/drugs.json` 'development_code_pattern') and do not look like a gene.
    `lexicon_spans=False` (NER spans only) and `ner_needs_drug_evidence=False` (every CHEMICAL
    span) exist to measure each source alone (benchmarks/drug_sources.py).
    """

    def __init__(
        self, ner_labels: tuple[str, ...], stem_fallback: bool, lexicon_spans: bool = True, ner_needs_drug_evidence: bool = True
    ):
        self.lexicon = DrugLexicon.default()
        self.ner_labels = ner_labels
        self.stem_fallback = stem_fallback
        self.lexicon_spans = lexicon_spans
        self.ner_needs_drug_evidence = ner_needs_drug_evidence

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lexicon_hits = self.lexicon.find(text, stem_fallback=self.stem_fallback) if self.lexicon_spans else []
        ner_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in self.ner_labels]
        ner_index = _SpanIndex(ner_spans)
        mentions = [self._from_lexicon(hit, ner_index) for hit in lexicon_hits]
        covered = _SpanIndex([(m.start, m.end) for m in mentions])
        for start, end in ner_spans:
            if covered.overlaps(start, end) or self.lexicon.class_word_follows(text, end):
                continue  # "estrogen receptor expression": a target, which the lexicon skipped too
            mention = self._from_ner(text[start:end], start, end)
            if mention:
                mentions.append(mention)
        other_meanings = self._defined_as_other_things(doc)
        # 'insulin resistance': filtered before short forms are defined, so that 'serum progesterone
        # (P)' defines no drug 'P'; the short forms found after are filtered again below
        mentions = [m for m in mentions if m.text not in other_meanings and not self._measured_in_the_body(text, m)]
        sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if doc.has_annotation("SENT_START") else []
        mentions = self._with_defined_abbreviations(text, doc_doses(doc, text), sentences, mentions)
        mentions.extend(self._abbreviations(doc, text, mentions))
        mentions = [m for m in mentions if not self._measured_in_the_body(text, m)]  # short forms of one: 'IFN-g secretion'
        doc._.drug_mentions = sorted(mentions, key=lambda m: m.start)
        return doc

    def _measured_in_the_body(self, text: str, mention: DrugMention) -> bool:
        return self.lexicon.measured_in_the_body(text, mention.start, mention.end, mention.drug)

    def _from_ner(self, surface: str, start: int, end: int) -> DrugMention | None:
        drug = self.lexicon.canonical(surface)
        if drug:
            method = "ner+lexicon"
        elif self.lexicon.has_inn_stem(surface):
            drug, method = surface.lower(), "ner+inn-stem"
        elif self.lexicon.is_development_code(surface):
            drug, method = surface.upper(), "ner+code"
        elif not self.ner_needs_drug_evidence:
            drug, method = surface.lower(), "ner"
        else:
            return None
        return DrugMention(start, end, surface, drug, (), method, _CONFIDENCE[method])

    @staticmethod
    def _from_lexicon(hit: DrugMatch, ner_spans: "_SpanIndex") -> DrugMention:
        method = hit.source
        if method in {"lexicon", "inn-stem", "code"} and ner_spans.contains(hit.start, hit.end):
            method = f"ner+{method}"  # both sources agree
        return DrugMention(hit.start, hit.end, hit.text, hit.drug, hit.components, method, _CONFIDENCE[method])

    def _defined_as_other_things(self, doc: Doc) -> set[str]:
        """Short forms the document defines as something that is not a drug ("iron deficiency
        anaemia (IDA)", "pulmonary embolism (PE)"): there they are not the lexicon's drug."""
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return set()
        definitions = {(short.text, short._.long_form.text) for short in doc._.abbreviations}  # each occurrence is listed
        return {
            short
            for short, long_form in definitions
            if len(short) <= _MAX_SHORT_FORM
            and sum(c.isupper() for c in short) >= 2  # an abbreviation, not a name ("... sulfonate (mesna)")
            and not self.lexicon.find(long_form, stem_fallback=False)
        }

    def _with_defined_abbreviations(
        self, text: str, doses: list[Dose], sentences: list[tuple[int, int]], mentions: list[DrugMention]
    ) -> list[DrugMention]:
        """'granisetron plus dexamethasone (GRN+Dx)', 'irinotecan-cisplatin (IP)', 'gemcitabine
        (GV)': every 'GRN', 'Dx', 'IP', 'GV' (also in 'HDMP+Dx', 'UFT/LV') is that drug or
        combination. A development code the document defines as a drug ('obinutuzumab (GA-101)')
        is that drug, not a drug of its own."""
        matches = [DrugMatch(m.start, m.end, m.text, m.drug, m.components) for m in mentions]
        dose_spans = [(d.start, d.end) for d in doses]
        found = abbreviation_matches(text, defined_abbreviations(text, matches, self.lexicon, dose_spans, sentences))
        codes = {(m.start, m.end): m for m in mentions if m.method in _CODE_METHODS}
        renamed = {(m.start, m.end) for m in found if (m.start, m.end) in codes and codes[m.start, m.end].drug != m.drug}
        kept = [m for m in mentions if (m.start, m.end) not in renamed]
        covered = _SpanIndex([(m.start, m.end) for m in kept])
        return kept + [
            DrugMention(m.start, m.end, m.text, m.drug, m.components, "abbreviation", _CONFIDENCE["abbreviation"])
            for m in found
            if not covered.overlaps(m.start, m.end)
        ]

    def _abbreviations(self, doc: Doc, text: str, mentions: list[DrugMention]) -> list[DrugMention]:
        """'granulocyte colony-stimulating factor (G-CSF)': each later 'G-CSF' is that drug too."""
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return []
        taken = {(m.start, m.end) for m in mentions}
        covered = _SpanIndex(list(taken))
        extra = []
        for short in doc._.abbreviations:
            long_form = short._.long_form
            drug = self.lexicon.canonical(long_form.text)
            if (
                drug
                and not self.lexicon.class_word_follows(text, short.end_char)  # "GH receptor"
                and not self.lexicon.measured_in_the_body(text, long_form.start_char, long_form.end_char, drug)  # "serum progesterone (P)"
                and (short.start_char, short.end_char) not in taken
                and not covered.overlaps(short.start_char, short.end_char)
                and not self.lexicon.canonical(short.text)
            ):
                extra.append(DrugMention(short.start_char, short.end_char, short.text, drug, (), "abbreviation", _CONFIDENCE["abbreviation"]))
                taken.add((short.start_char, short.end_char))
        return extra


class _SpanIndex:
    """Sorted, non-overlapping character spans (entities, lexicon hits) with logarithmic look-ups,
    so tagging stays linear in the length of the document."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def _last_starting_before(self, offset: int) -> int:
        return bisect_left(self.starts, offset) - 1

    def overlaps(self, start: int, end: int) -> bool:
        i = self._last_starting_before(end)
        return i >= 0 and self.spans[i][1] > start

    def containing(self, start: int, end: int) -> tuple[int, int] | None:
        i = self._last_starting_before(start + 1)
        return self.spans[i] if i >= 0 and self.spans[i][1] >= end else None

    def contains(self, start: int, end: int) -> bool:
        return self.containing(start, end) is not None


def load_endpoint_rules() -> dict[str, dict[str, list[str]]]:
    return {category: codes for category, codes in read_endpoint_rules().items() if not category.startswith("_")}


@functools.lru_cache(maxsize=1)
def load_time_to_event() -> tuple[frozenset[str], re.Pattern]:
    """Codes and phrase patterns of outcomes measured as a time (`_time_to_event`)."""
    section = read_endpoint_rules().get("_time_to_event", {})
    phrases = section.get("phrase") or ["(?!)"]
    return frozenset(section.get("codes", [])), re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


def load_open_vocabulary() -> list[tuple[str, list[dict]]]:
    """(category, Matcher token pattern) pairs of `_open_vocabulary`, with `$MODIFIERS` filled in."""
    section = read_endpoint_rules().get("_open_vocabulary", {})
    modifiers = section.get("modifiers", [])

    def fill(value):
        if value == "$MODIFIERS":
            return modifiers
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fill(v) for v in value]
        return value

    return [(entry["category"], fill(entry["pattern"])) for entry in section.get("patterns", [])]


@Language.factory("trialmine_endpoints", default_config={"open_vocabulary": True})
def make_endpoint_tagger(nlp: Language, name: str, open_vocabulary: bool) -> "EndpointTagger":
    return EndpointTagger(nlp, open_vocabulary)


_OPEN = "open"


class EndpointTagger:
    """Endpoint, adverse-event and baseline phrases from `rules/endpoints.json` (PhraseMatcher on
    lower-cased tokens), plus outcome phrases the vocabulary lacks, found by their head (a Matcher
    over `_open_vocabulary`: "distant metastasis-free survival", "durable response"); the longest
    phrase wins, the vocabulary on ties. An open phrase has the vocabulary's code when the whole
    phrase is listed, else none (safety terms are their own code). Abbreviations the document
    defines ("overall response rate (ORR)", "stable disease (SD)") take the code of their long form."""

    def __init__(self, nlp: Language, open_vocabulary: bool = True):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.open_matcher = Matcher(nlp.vocab)
        self.code_of: dict[str, tuple[str, str]] = {}
        self.phrase_code: dict[str, tuple[str, str]] = {}
        for category, codes in load_endpoint_rules().items():
            for code, phrases in codes.items():
                key = f"{category}\x1f{code}"
                self.code_of[key] = (code, category)
                self.matcher.add(key, [nlp.make_doc(p) for p in phrases])
                for phrase in phrases:
                    self.phrase_code.setdefault(_phrase_key(phrase), (code, category))
        # the open matcher runs only over documents holding a word that a match of some pattern
        # needs (`_required_words`): most tokens start a candidate in it, it costs more than the rest
        required: set[str] | None = set()
        if open_vocabulary:
            for i, (category, pattern) in enumerate(load_open_vocabulary()):
                self.open_matcher.add(f"{_OPEN}\x1f{category}\x1f{i}", [pattern])
                words = _required_words(pattern)
                required = None if words is None or required is None else required | words
        self.open_anchors = None if required is None else frozenset(nlp.vocab.strings.add(w) for w in required)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            spans.append(Span(doc, start, end, label=match_id))
        if self.open_anchors is None or not self.open_anchors.isdisjoint(doc.to_array(LOWER).tolist()):
            for match_id, start, end in self.open_matcher(doc):
                spans.append(Span(doc, start, end, label=match_id))
        mentions = [self._mention(span) for span in filter_spans(spans)]  # longest wins: "CR/CRi" over "CR"
        doc._.endpoint_mentions = self._with_abbreviations(doc, mentions)
        return doc

    def _mention(self, span: Span) -> EndpointMention:
        label = span.label_
        if label.startswith(_OPEN + "\x1f"):
            category = label.split("\x1f")[1]
            code, category = self.phrase_code.get(_phrase_key(span.text)) or (
                (span.text.lower(), category) if category == "safety" else (None, category)
            )
        else:
            code, category = self.code_of[label]
        return EndpointMention(span.start_char, span.end_char, span.text, code, category)

    def _with_abbreviations(self, doc: Doc, mentions: list[EndpointMention]) -> list[EndpointMention]:
        """Each short form takes the code of its long form: the vocabulary's phrase, or the mention
        that ends the long form ("distant metastasis-free survival (DMFS)", "durable response rate (DRR)")."""
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return mentions
        by_end = {m.end: m for m in mentions}
        mention_spans = _SpanIndex([(m.start, m.end) for m in mentions])
        resolved: dict[tuple[int, int], EndpointMention] = {}
        defined_otherwise: set[tuple[int, int]] = set()  # "cardiac rehabilitation (CR)": not complete response
        for short in doc._.abbreviations:
            long_form = short._.long_form
            around = mention_spans.containing(short.start_char, short.end_char)
            if around and around[1] - around[0] > len(short.text):
                continue  # part of a longer phrase: "CRi" in "CR/CRi"
            found = self.phrase_code.get(_phrase_key(long_form.text))
            if found is None:
                head = by_end.get(long_form.end_char) or by_end.get(_end_without_rate(long_form))
                if head is None and not mention_spans.overlaps(long_form.start_char, long_form.end_char):
                    defined_otherwise.add((short.start_char, short.end_char))
                if head is None or head.start < long_form.start_char or head.category not in {"efficacy", "safety"}:
                    continue
                # the whole long form is the outcome ("event-free survival rate"); a generic head
                # alone ("disease-specific survival") names a different outcome: no code
                whole = long_form[1:] if long_form[0].lower_ in {"the", "a", "an"} else long_form
                found = (head.code if head.start <= whole.start_char else None, head.category)
                if found[0] is None and _phrase_key(short.text) in self.phrase_code:
                    continue  # the vocabulary knows the short form itself ("TRM")
            resolved[(short.start_char, short.end_char)] = EndpointMention(short.start_char, short.end_char, short.text, *found)
        resolved_spans = _SpanIndex(list(resolved))
        kept = [m for m in mentions if not resolved_spans.contains(m.start, m.end) and (m.start, m.end) not in defined_otherwise]
        return sorted(kept + list(resolved.values()), key=lambda m: m.start)


def _required_words(pattern: list[dict]) -> frozenset[str] | None:
    """Lower-case words one of which every match of a Matcher token pattern contains: those of the
    token that must match by LOWER (once or more) with the fewest words; None when no token must."""
    choices = []
    for token in pattern:
        lower = token.get("LOWER")
        if token.get("OP", "1") not in ("1", "+") or lower is None:
            continue
        if isinstance(lower, str):
            choices.append(frozenset({lower}))
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            choices.append(frozenset(lower["IN"]))
    return min(choices, key=len, default=None)


def _phrase_key(text: str) -> str:
    """'Transplant-related  mortality' and 'transplant related mortality' are one phrase."""
    return " ".join(re.sub(r"[-\u2010\u2011]", " ", text.lower()).split())


def _end_without_rate(span: Span) -> int:
    """'durable response rate': the phrase ends before 'rate(s)'."""
    if len(span) > 1 and span[-1].lower_ in {"rate", "rates"}:
        return span[-2].idx + len(span[-2])
    return -1
