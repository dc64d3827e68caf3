"""Drug names -> canonical lower-case INN.

The name list is the drug-named-entity-recognition package's dictionary (DrugBank, MeSH and
MedlinePlus names and brands, ~107k variants), extended and corrected by `rules/drugs.json`
(house synonyms, regimen acronyms, chemicals that are not drugs, INN stems for unseen names).
"""

from __future__ import annotations

import bz2
import importlib.util
import json
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

# A "word" for lookup: letters/digits joined by hyphens or slashes ("G-CSF", "selinexor-containing",
# "FLAG-IDA", "KPT-330"). Apostrophes end a word, so "venetoclax’s" yields "venetoclax".
_WORD = re.compile(r"[^\W_](?:[\w]|[-/](?=[^\W_]))*")
_PART = re.compile(r"[^\W_]+")
_MAX_NGRAM = 4
_PLAIN_PHRASE = re.compile(r"[\w/\-]+(?: [\w/\-]+)*")  # single-spaced words, no punctuation or line break
_MIN_NAME_CHARS = 4  # dictionary names this short are ambiguous abbreviations


@dataclass(frozen=True)
class DrugMatch:
    start: int
    end: int
    text: str
    drug: str  # canonical lower-case INN, or the upper-case regimen acronym
    components: tuple[str, ...] = ()  # a regimen acronym's drugs, sorted
    source: str = "lexicon"  # "lexicon" | "regimen" | "inn-stem"


@dataclass(frozen=True)
class DrugRules:
    synonyms: dict[str, str]
    regimens: dict[str, tuple[str, ...]]
    not_drugs: frozenset[str]
    inn_stems: tuple[str, ...]
    gene_like: re.Pattern[str]
    class_words: frozenset[str]
    class_suffixes: tuple[str, ...]
    not_drug_prefixes: tuple[str, ...]
    stopwords: frozenset[str]

    def is_class_name(self, name: str) -> bool:
        """'5-HT3 antagonists', 'tumor suppressor proteins', 'glucuronosyltransferase',
        'analgesics, opioid' (MeSH's inverted class names): classes, enzymes, receptors."""
        name = name.lower().strip()
        last = re.split(r"[\s\-/]+", name)[-1]
        return (
            last in self.class_words
            or last.endswith(self.class_suffixes)
            or name.startswith(self.not_drug_prefixes)
            or any(part.endswith("s") for part in name.split(", ")[:-1])
        )


def load_rules(path: Path | None = None) -> DrugRules:
    raw = json.loads(
        path.read_text("utf-8") if path else resources.files("trialmine.rules").joinpath("drugs.json").read_text("utf-8")
    )
    return DrugRules(
        synonyms={k.lower(): v for k, v in raw["synonyms"].items()},
        regimens={k.upper(): tuple(sorted(v)) for k, v in raw["regimens"].items()},
        not_drugs=frozenset(w.lower() for w in raw["not_drugs"]),
        inn_stems=tuple(sorted(raw["inn_stems"], key=len, reverse=True)),
        gene_like=re.compile(raw["gene_like_pattern"]),
        class_words=frozenset(raw["class_words"]),
        class_suffixes=tuple(raw["class_suffixes"]),
        not_drug_prefixes=tuple(raw["not_drug_prefixes"]),
        stopwords=frozenset(raw["stopwords"]),
    )


def _package_dictionary() -> dict[str, str]:
    """variant (lower case) -> canonical name, from drug-named-entity-recognition's data file.

    Read straight from the package's shipped file, without importing the package: its import
    unpickles the same file again, with structures and SMILES we do not need (~400 MB)."""
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("drug-named-entity-recognition is not installed: pip install drug-named-entity-recognition")
    data_file = Path(next(iter(spec.submodule_search_locations))) / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(data_file, "rb") as fh:
        data = pickle.load(fh)  # the package's own shipped data file
    return {variant: canonicals[0].lower() for variant, canonicals in data["drug_variant_to_canonical"].items() if canonicals}


class DrugLexicon:
    """Finds and normalises drug names in text."""

    def __init__(self, names: dict[str, str], rules: DrugRules):
        self.rules = rules
        self.names = {k: v for k, v in names.items() if self._usable(k, v)}
        self.names.update(rules.synonyms)
        # first word -> most words of a name starting with it: `find` tries only the phrases that can exist
        self.phrase_words: dict[str, int] = {}
        self._stems: dict[int, tuple[str, ...]] = {}  # INN stems of at least n characters
        for name in self.names:
            first, *rest = name.split(" ")
            if rest:
                self.phrase_words[first] = max(self.phrase_words.get(first, 1), 1 + len(rest))

    def _usable(self, variant: str, canonical: str) -> bool:
        """Keep a dictionary entry? (see the note in rules/drugs.json)"""
        rules = self.rules
        return not (
            variant in rules.not_drugs
            or canonical in rules.not_drugs
            or rules.is_class_name(variant)
            or rules.is_class_name(canonical)
            or (canonical.endswith("s") and not canonical.endswith("ss"))
            or len(variant) <= _MIN_NAME_CHARS
            or variant.split()[0] in rules.stopwords  # brand "AT 10" vs the phrase "at 10"
        )

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "DrugLexicon":
        return cls(_package_dictionary(), load_rules())

    def canonical(self, surface: str) -> str | None:
        """Canonical INN of a name, or None if it is not a known drug."""
        key = surface.lower().strip()
        if key in self.rules.not_drugs:
            return None
        return self.names.get(key)

    def regimen(self, surface: str) -> tuple[str, ...] | None:
        """Component drugs of a regimen acronym written in capitals (FLAG-IDA, CLAG, MEC)."""
        components = self.rules.regimens.get(surface.upper())
        if components is None or sum(c.isupper() for c in surface) < 2:
            return None
        return components

    def is_gene_like(self, surface: str) -> bool:
        return bool(self.rules.gene_like.match(surface))

    def has_inn_stem(self, surface: str, min_stem: int = 3) -> bool:
        word = surface.lower()
        return (
            len(word) >= 6
            and word.isalpha()
            and not self.is_gene_like(surface)
            and word not in self.rules.not_drugs
            and word.endswith(self._stems_of_length(min_stem))
        )

    def _stems_of_length(self, min_stem: int) -> tuple[str, ...]:
        if min_stem not in self._stems:
            self._stems[min_stem] = tuple(stem for stem in self.rules.inn_stems if len(stem) >= min_stem)
        return self._stems[min_stem]

    def find(self, text: str, stem_fallback: bool = True) -> list[DrugMatch]:
        """All drug mentions in `text`, longest name first, as character spans."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        found: list[DrugMatch] = []
        i = 0
        while i < len(words):
            matched = self._match_phrase(text, words, i)
            if matched:
                match, used = matched
                found.append(match)
                i += used
                continue
            found.extend(self._match_parts(*words[i], stem_fallback=stem_fallback))
            i += 1
        return found

    def _match_phrase(self, text: str, words: list[tuple[int, int, str]], i: int) -> tuple[DrugMatch, int] | None:
        longest = self.phrase_words.get(words[i][2].lower(), 1)
        for n in range(min(_MAX_NGRAM, len(words) - i, longest), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            span = text[start:end]
            if n > 1 and not _PLAIN_PHRASE.fullmatch(span):
                continue  # only plain single-spaced phrases, never across punctuation or line breaks
            components = self.regimen(span) if n == 1 else None
            if components:
                return DrugMatch(start, end, span, span.upper(), components, "regimen"), n
            drug = self.canonical(span)
            if drug:
                return DrugMatch(start, end, span, drug), n
        return None

    def _match_parts(self, start: int, end: int, word: str, stem_fallback: bool) -> list[DrugMatch]:
        """Drugs inside a hyphen/slash compound: "ruxolitinib-selinexor", "selinexor-containing"."""
        parts = list(_PART.finditer(word))
        out = []
        for part in parts:
            surface = part.group()
            components = self.regimen(surface)
            if components:  # "XELIRI-bevacizumab"
                out.append(DrugMatch(start + part.start(), start + part.end(), surface, surface.upper(), components, "regimen"))
                continue
            drug = self.canonical(surface)
            source = "lexicon"
            if not drug and stem_fallback and self.has_inn_stem(surface, min_stem=4):
                drug, source = surface.lower(), "inn-stem"
            if drug:
                out.append(DrugMatch(start + part.start(), start + part.end(), surface, drug, (), source))
        return out
