"""spaCy pipeline components of trialmine, each registered by name with one job.

Results are stored on the Doc as extension attributes:
- `doc._.drug_mentions`: list[DrugMention] (lexicon + NER CHEMICAL spans, regimen acronyms)
- `doc._.endpoint_mentions`: list[EndpointMention] (endpoint/AE/baseline phrases, abbreviations resolved)
Mentions are character spans so they survive any tokenizer, including scispaCy's, which keeps
"selinexor-containing" as one token.
"""

# no `from __future__ import annotations`: spaCy validates factory signatures at run time

import json
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from trialmine.normalise.drugs import DrugLexicon, DrugMatch


@dataclass(frozen=True)
class DrugMention:
    start: int
    end: int
    text: str
    drug: str
    components: tuple[str, ...]
    method: str  # "lexicon" | "regimen" | "ner+lexicon" | "ner+inn-stem" | "ner" | "inn-stem" | "abbreviation"
    confidence: float


@dataclass(frozen=True)
class EndpointMention:
    start: int
    end: int
    text: str
    code: str
    category: str  # efficacy | safety | baseline | other


for _name in ("drug_mentions", "endpoint_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_CONFIDENCE = {"lexicon": 0.95, "regimen": 0.9, "ner+lexicon": 0.97, "ner+inn-stem": 0.7, "ner": 0.4, "inn-stem": 0.5, "abbreviation": 0.85}


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
    names the lexicon lacks, kept only when they carry an INN stem and do not look like a gene.
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
        text = doc.text  # Doc.text is rebuilt from the tokens on every access
        lexicon_hits = self.lexicon.find(text, stem_fallback=self.stem_fallback) if self.lexicon_spans else []
        ner_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in self.ner_labels]
        ner_index = _SpanIndex(ner_spans)
        mentions = [self._from_lexicon(hit, ner_index) for hit in lexicon_hits]
        covered = _SpanIndex([(m.start, m.end) for m in mentions])
        for start, end in ner_spans:
            if covered.overlaps(start, end):
                continue
            mention = self._from_ner(text[start:end], start, end)
            if mention:
                mentions.append(mention)
        mentions.extend(self._abbreviations(doc, mentions))
        doc._.drug_mentions = sorted(mentions, key=lambda m: m.start)
        return doc

    def _from_ner(self, surface: str, start: int, end: int) -> DrugMention | None:
        drug = self.lexicon.canonical(surface)
        if drug:
            method = "ner+lexicon"
        elif self.lexicon.has_inn_stem(surface):
            drug, method = surface.lower(), "ner+inn-stem"
        elif not self.ner_needs_drug_evidence:
            drug, method = surface.lower(), "ner"
        else:
            return None
        return DrugMention(start, end, surface, drug, (), method, _CONFIDENCE[method])

    @staticmethod
    def _from_lexicon(hit: DrugMatch, ner_spans: "_SpanIndex") -> DrugMention:
        method = hit.source
        if method in {"lexicon", "inn-stem"} and ner_spans.contains(hit.start, hit.end):
            method = f"ner+{method}"  # both sources agree
        return DrugMention(hit.start, hit.end, hit.text, hit.drug, hit.components, method, _CONFIDENCE[method])

    def _abbreviations(self, doc: Doc, mentions: list[DrugMention]) -> list[DrugMention]:
        """'granulocyte colony-stimulating factor (G-CSF)': each later 'G-CSF' is that drug too."""
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return []
        taken = {(m.start, m.end) for m in mentions}
        extra = []
        for short in doc._.abbreviations:
            long_form = short._.long_form
            drug = self.lexicon.canonical(long_form.text)
            if drug and (short.start_char, short.end_char) not in taken and not self.lexicon.canonical(short.text):
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

    def contains(self, start: int, end: int) -> bool:
        i = self._last_starting_before(start + 1)
        return i >= 0 and self.spans[i][1] >= end


def load_endpoint_rules() -> dict[str, dict[str, list[str]]]:
    raw = json.loads(resources.files("trialmine.rules").joinpath("endpoints.json").read_text("utf-8"))
    return {category: codes for category, codes in raw.items() if not category.startswith("_")}


@Language.factory("trialmine_endpoints", default_config={})
def make_endpoint_tagger(nlp: Language, name: str) -> "EndpointTagger":
    return EndpointTagger(nlp)


class EndpointTagger:
    """Endpoint, adverse-event and baseline phrases from `rules/endpoints.json` (PhraseMatcher on
    lower-cased tokens); abbreviations the document defines ("overall response rate (ORR)") are
    resolved to the code of their long form."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.code_of: dict[str, tuple[str, str]] = {}
        self.phrase_code: dict[str, tuple[str, str]] = {}
        for category, codes in load_endpoint_rules().items():
            for code, phrases in codes.items():
                key = f"{category}\x1f{code}"
                self.code_of[key] = (code, category)
                self.matcher.add(key, [nlp.make_doc(p) for p in phrases])
                for phrase in phrases:
                    self.phrase_code.setdefault(phrase.lower(), (code, category))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            span.label_ = doc.vocab.strings[match_id]
            spans.append(span)
        spans.extend(self._abbreviation_spans(doc, spans))
        mentions = []
        for span in filter_spans(spans):  # longest wins: "CR/CRi" over "CR"
            code, category = self.code_of[span.label_]
            mentions.append(EndpointMention(span.start_char, span.end_char, span.text, code, category))
        doc._.endpoint_mentions = mentions
        return doc

    def _abbreviation_spans(self, doc: Doc, spans: list) -> list:
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return []
        extra = []
        for short in doc._.abbreviations:
            found = self.phrase_code.get(short._.long_form.text.lower())
            if found:
                label = f"{found[1]}\x1f{found[0]}"
                extra.append(doc.char_span(short.start_char, short.end_char, label=label))
        return [s for s in extra if s is not None]
