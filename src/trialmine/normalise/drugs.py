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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

# A "word" for lookup: letters/digits joined by hyphens or slashes ("G-CSF", "selinexor-containing",
# "FLAG-IDA", "KPT-330"). Apostrophes end a word, so "venetoclax’s" yields "venetoclax".
_WORD = re.compile(r"[^\W_](?:[\w]|[-\u2010\u2011/](?=[^\W_]))*")  # typeset hyphens join as '-' does
_PART = re.compile(r"[^\W_]+")
_TYPESET_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # 'glucagon‐like', '5‐FU' as typeset
_MAX_NGRAM = 4
_VITAMIN = re.compile(r"\b(vitamin [a-k])[\s\-\u2010\u2011]+(\d{1,2})\b")
_PLAIN_PHRASE = re.compile(r"[\w/\-]+(?: [\w/\-]+)*")  # single-spaced words, no punctuation or line break
_CLASS_GAP = re.compile(r"\)?[ \u00a0]")  # between a name and the class word after it
_HYPHEN_OR_SLASH = re.compile(r"[-/]")
_WORD_AFTER = re.compile(r"[ \u00a0\-]+([A-Za-z]+)")  # the word after a name: 'insulin resistance', 'insulin-resistant'
_WORD_BEFORE_NAME = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
_WORDS_CACHED = 1 << 17  # distinct words whose lookups `find` keeps (a corpus repeats its words)
_MIN_NAME_CHARS = 4  # dictionary names this short are ambiguous abbreviations


@dataclass(frozen=True)
class DrugMatch:
    start: int
    end: int
    text: str
    drug: str  # canonical lower-case INN, or the upper-case regimen acronym
    components: tuple[str, ...] = ()  # a regimen acronym's drugs, sorted
    source: str = "lexicon"  # "lexicon" | "regimen" | "inn-stem" | "code"


class _WordInfo(NamedTuple):
    """What one word is to `DrugLexicon.find`, whatever its context (cached per distinct word)."""

    longest_name: int  # most words of a lexicon name starting with it (1: none longer than the word)
    drug: tuple[str, tuple[str, ...], str] | None  # the word alone as a name: (drug, components, source)
    class_word: bool  # its first hyphen/slash part is a class word: "receptor", "inhibitors"
    parts: tuple[DrugMatch, ...]  # drugs inside it as a compound, at offsets in the word


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
    inn_names: dict[str, str]
    abbreviation_stopwords: frozenset[str]
    compound_synonyms: dict[str, str]
    compound_partners: frozenset[str]
    development_code: re.Pattern[str] = re.compile("(?!)")
    not_code_prefixes: frozenset[str] = frozenset()
    resemblance_suffixes: frozenset[str] = frozenset()  # 'insulin-like': the part before names no drug
    salt_words: frozenset[str] = frozenset()  # 'imatinib mesylate' is imatinib
    formulation_words: frozenset[str] = frozenset()  # 'capsaicin patch' is capsaicin
    initialism_partners: frozenset[str] = frozenset()  # 'gemcitabine plus placebo (GP)': a letter, no drug
    short_form_labels: frozenset[str] = frozenset()  # '(group DZ)': a word before a short form in its bracket
    alternative_words: frozenset[str] = frozenset()  # 'A (AB) or C': what ends the drugs a short form abbreviates
    regimen_words: frozenset[str] = frozenset()  # 'GDP regimen (gemcitabine, ...)'
    body_substances: frozenset[str] = frozenset()  # 'insulin': also the body's own, measured ('insulin resistance')
    measured_after: frozenset[str] = frozenset()
    measured_before: frozenset[str] = frozenset()

    def is_class_name(self, name: str) -> bool:
        """'5-HT3 antagonists', 'tumor suppressor proteins', 'glucuronosyltransferase',
        'analgesics, opioid' (MeSH's inverted class names): classes, enzymes, receptors."""
        name = name.lower().strip()
        last = re.split(r"[\s\-/]+", name)[-1]
        parts = name.split(", ")
        return (
            last in self.class_words
            or last.endswith(self.class_suffixes)
            or name.startswith(self.not_drug_prefixes)
            or any(part.endswith("s") for part in parts[:-1])
            or (len(parts) > 1 and parts[0] in self.class_words)  # MeSH 'receptor, fibroblast growth factor, type 1'
        )

    def is_class_word(self, word: str) -> bool:
        word = word.lower()
        return word in self.class_words or word.endswith(self.class_suffixes)


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
        inn_names={k.lower(): v for k, v in raw.get("inn_names", {}).items()},
        abbreviation_stopwords=frozenset(raw.get("abbreviation_stopwords", [])),
        compound_synonyms={k.lower(): v for k, v in raw.get("compound_synonyms", {}).items()},
        compound_partners=frozenset(w.lower() for w in raw.get("compound_partners", [])),
        development_code=re.compile(raw.get("development_code_pattern", "(?!)")),
        not_code_prefixes=frozenset(p.upper() for p in raw.get("not_code_prefixes", [])),
        resemblance_suffixes=frozenset(w.lower() for w in raw.get("resemblance_suffixes", [])),
        salt_words=frozenset(w.lower() for w in raw.get("salt_words", [])),
        formulation_words=frozenset(w.lower() for w in raw.get("formulation_words", [])),
        initialism_partners=frozenset(w.lower() for w in raw.get("initialism_partners", [])),
        short_form_labels=frozenset(w.lower() for w in raw.get("short_form_labels", [])),
        alternative_words=frozenset(w.lower() for w in raw.get("alternative_words", [])),
        regimen_words=frozenset(w.lower() for w in raw.get("regimen_words", [])),
        body_substances=frozenset(w.lower() for w in raw.get("body_substances", [])),
        measured_after=frozenset(w.lower() for w in raw.get("measured_after", [])),
        measured_before=frozenset(w.lower() for w in raw.get("measured_before", [])),
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
        # a word's own lookups depend on the word alone: `find` asks them once per distinct word
        self._word_info = lru_cache(maxsize=_WORDS_CACHED)(self._lookup_info)
        self._names_of: dict[str, tuple[str, ...]] | None = None  # drug -> its names, built on first use

    def _usable(self, variant: str, canonical: str) -> bool:
        """Keep a dictionary entry? (see the note in rules/drugs.json)"""
        rules = self.rules
        return not (
            variant in rules.not_drugs
            or canonical in rules.not_drugs
            or rules.is_class_name(variant)
            or rules.is_class_name(canonical)
            or (canonical.endswith("s") and not canonical.endswith(("ss", *rules.inn_stems)))  # not 'sirolimus'
            or len(variant) <= _MIN_NAME_CHARS
            or variant.split()[0] in rules.stopwords  # brand "AT 10" vs the phrase "at 10"
        )

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "DrugLexicon":
        return cls(_package_dictionary(), load_rules())

    def names_of(self, drug: str) -> tuple[str, ...]:
        """Every one-word name of a drug (its INN, brands, spellings), letters only, lower case: a short form
        may take a drug's initial from any of them ('capecitabine/taxotere (XT)': Xeloda)."""
        if self._names_of is None:
            names: dict[str, set[str]] = {}
            for variant in self.names:
                drug_of = self.canonical(variant) if " " not in variant else None  # one-word names: brands, spellings
                if drug_of:
                    names.setdefault(drug_of, set()).add(_letters(variant))
            self._names_of = {d: tuple(sorted(n for n in v if n)) for d, v in names.items()}
        return self._names_of.get(drug, ())

    def canonical(self, surface: str) -> str | None:
        """Canonical INN of a name, or None if it is not a known drug."""
        key = surface.lower().strip().translate(_TYPESET_HYPHENS)
        if "vitamin" in key:
            key = _VITAMIN.sub(r"\1\2", key)  # "vitamin B-6" -> "vitamin b6"
        if key in self.rules.not_drugs:
            return None
        name = self.names.get(key)
        return self._without_salt(self.rules.inn_names.get(name, name)) if name else None

    def _without_salt(self, name: str) -> str:
        """'imatinib mesylate' -> 'imatinib', 'tenofovir disoproxil fumarate' -> 'tenofovir',
        'capsaicin patch' -> 'capsaicin', when the name without its salt, ester or formulation words
        is a drug the lexicon knows."""
        words = name.split(" ")
        while len(words) > 1 and (words[-1] in self.rules.salt_words or words[-1] in self.rules.formulation_words):
            words.pop()
        base = " ".join(words)
        if base == name:
            return name
        known = self.names.get(base)
        return self.rules.inn_names.get(known, known) if known == base else name

    def regimen(self, surface: str) -> tuple[str, ...] | None:
        """Component drugs of a regimen acronym written in capitals (FLAG-IDA, CLAG, MEC, S-1)."""
        components = self.rules.regimens.get(surface.upper())
        if components is None or sum(c.isupper() for c in surface) + any(c.isdigit() for c in surface) < 2:
            return None
        return components

    def is_development_code(self, surface: str) -> bool:
        """'ABT-199', 'MK-3475', 'AC220': letters then a number of three digits or more, not a trial
        registry number, a cell marker or a scale ('NCT01234567', 'CD133', 'SF-36')."""
        match = self.rules.development_code.fullmatch(surface)
        return bool(match) and match.group("prefix").upper() not in self.rules.not_code_prefixes

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
        words = list(_WORD.finditer(text))
        info = [self._word_info(m.group(), stem_fallback) for m in words]
        found: list[DrugMatch] = []
        i = 0
        while i < len(words):
            matched = self._match_phrase(text, words, info, i) if info[i].longest_name > 1 or info[i].drug else None
            if matched:
                match, used = matched
                if not self._names_a_class(text, words, info, i + used):
                    found.append(match)
                i += used
                continue
            if self._names_a_class(text, words, info, i + 1):
                i += 1  # "EGFR-TKI inhibitor", "poly(ADP-ribose) polymerase": part of a target's name
                continue
            parts = info[i].parts
            if parts:  # drugs inside a hyphen/slash compound, found at offset 0 of the word
                start = words[i].start()
                found.extend(replace(m, start=start + m.start, end=start + m.end) for m in parts)
            i += 1
        return found

    def _names_a_class(self, text: str, words: list[re.Match], info: list[_WordInfo], after: int) -> bool:
        """Is the word at index `after` a class word that directly follows the name ("epidermal
        growth factor receptor", "gonadotropin-releasing hormone analog", "coenzyme A reductase")?
        Then the name is part of a class or target, not a drug."""
        if after >= len(words) or after == 0 or not info[after].class_word:
            return False
        return bool(_CLASS_GAP.fullmatch(text[words[after - 1].end() : words[after].start()]))

    def measured_in_the_body(self, text: str, start: int, end: int, drug: str) -> bool:
        """Is this mention of one of the body's own substances the substance measured, not a drug
        given ('insulin resistance', 'fasting insulin', 'vitamin D levels')? (rules/drugs.json
        'body_substances', 'measured_after', 'measured_before')"""
        if drug not in self.rules.body_substances:
            return False
        after = _WORD_AFTER.match(text, end)
        before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
        return bool(
            (after and after.group(1).lower() in self.rules.measured_after)
            or (before and before.group(1).lower() in self.rules.measured_before)
        )

    def class_word_follows(self, text: str, end: int) -> bool:
        """Is a name ending at `end` directly followed by a class word ("estrogen receptor
        expression", "angiotensin II receptor blockers", "dopamine agonists")? Then it names a
        target or class, not a drug, whichever source found it (`find` checks its own names)."""
        gap = _CLASS_GAP.match(text, end)
        word = _WORD.match(text, gap.end()) if gap else None
        return bool(word) and self.rules.is_class_word(_HYPHEN_OR_SLASH.split(word.group(), maxsplit=1)[0])

    def _match_phrase(self, text: str, words: list[re.Match], info: list[_WordInfo], i: int) -> tuple[DrugMatch, int] | None:
        for n in range(min(_MAX_NGRAM, len(words) - i, info[i].longest_name), 1, -1):
            start, end = words[i].start(), words[i + n - 1].end()
            span = text[start:end]
            if not _PLAIN_PHRASE.fullmatch(span):
                continue  # only plain single-spaced phrases, never across punctuation or line breaks
            drug = self.canonical(span)
            if drug:
                return DrugMatch(start, end, span, drug), n
        found = info[i].drug
        return (DrugMatch(words[i].start(), words[i].end(), words[i].group(), *found), 1) if found else None

    def _lookup_info(self, word: str, stem_fallback: bool) -> _WordInfo:
        """What `find` needs to know of one word, whatever its context."""
        return _WordInfo(
            longest_name=self.phrase_words.get(word.lower(), 1),
            drug=self._lookup_word(word),
            class_word=self.rules.is_class_word(_HYPHEN_OR_SLASH.split(word, maxsplit=1)[0]),  # "progesterone receptor-positive"
            parts=self._parts_of_word(word, stem_fallback),
        )

    def _lookup_word(self, word: str) -> tuple[str, tuple[str, ...], str] | None:
        """(drug or acronym, components, source) of one word: a regimen acronym, else a lexicon name."""
        components = self.regimen(word)
        if components:
            return word.upper(), components, "regimen"
        drug = self.canonical(word)
        return (drug, (), "lexicon") if drug else None

    def _is_regimen_part(self, surface: str) -> bool:
        key = surface.lower()
        return bool(
            key in self.rules.compound_synonyms or key in self.rules.compound_partners or self.canonical(surface) or self.regimen(surface)
        )

    def _hyphenated_name(self, word: str, parts: list[re.Match], first: int) -> tuple[DrugMatch, int] | None:
        """The longest name written with hyphens ('GM-CSF', '5-FU', 'FLAG-IDA') that starts at
        parts[first] and is not the whole word, with the index of the part after it."""
        for last in range(len(parts) - 1, first, -1):
            if first == 0 and last == len(parts) - 1:
                continue  # the whole word: `_lookup_word` asked it already
            start, end = parts[first].start(), parts[last].end()
            surface = word[start:end]
            if "/" in surface:
                continue  # 'Bu/Cy', '5-FU/LV': drugs joined, each its own name
            components = self.regimen(surface)
            found = (surface.upper(), components, "regimen") if components else None
            drug = None if found else self.canonical(surface)
            if drug:
                found = (drug, (), "lexicon")
            if found:
                return DrugMatch(start, end, surface, *found), last + 1
        return None

    def _parts_of_word(self, word: str, stem_fallback: bool) -> tuple[DrugMatch, ...]:
        """Drugs inside a hyphen/slash compound, at offsets in the word: "ruxolitinib-selinexor",
        "selinexor-containing"; a hyphenated development code ("NSI-189") is one drug."""
        if stem_fallback and "-" in word and self.is_development_code(word):
            return (DrugMatch(0, len(word), word, word.upper(), (), "code"),)
        parts = list(_PART.finditer(word))
        out = []
        in_regimen = len(parts) > 1 and any(self._is_regimen_part(p.group()) for p in parts)
        skip_to = 0
        for k, part in enumerate(parts):
            if k < skip_to:
                continue
            named = self._hyphenated_name(word, parts, k)
            if named:  # "GM-CSF-treated", "5-FU-based", "R-CHOP-like" (no drug: what it resembles)
                match, skip_to = named
                if skip_to >= len(parts) or parts[skip_to].group().lower() not in self.rules.resemblance_suffixes:
                    out.append(match)
                continue
            surface = part.group()
            if k + 1 < len(parts) and parts[k + 1].group().lower() in self.rules.resemblance_suffixes:
                continue  # "insulin-like growth factor": what it resembles, not a drug
            if in_regimen and surface[:1].isupper() and surface.lower() in self.rules.compound_synonyms:
                # "Flu-TBI", "Bu/Cy", "Flu-Mel": conditioning shorthand, only beside another component
                others = [p.group() for p in parts if p is not part]
                if any(self._is_regimen_part(o) for o in others):
                    drug = self.rules.compound_synonyms[surface.lower()]
                    out.append(DrugMatch(part.start(), part.end(), surface, drug, (), "lexicon"))
                    continue
            components = self.regimen(surface)
            if components:  # "XELIRI-bevacizumab"
                out.append(DrugMatch(part.start(), part.end(), surface, surface.upper(), components, "regimen"))
                continue
            drug = self.canonical(surface)
            source = "lexicon"
            if not drug and stem_fallback and self.has_inn_stem(surface, min_stem=4):
                drug, source = surface.lower(), "inn-stem"
            if drug:
                out.append(DrugMatch(part.start(), part.end(), surface, drug, (), source))
        return tuple(out)


# --- abbreviations a document defines for its drugs -------------------------------------------
# "cisplatin (DDP)", "granisetron plus dexamethasone (GRN+Dx)", "uracil-tegafur/leucovorin (UFT/LV)",
# "irinotecan-cisplatin (IP)": a parenthesis right after a drug, or after drugs joined as one
# combination, that holds short forms, one per drug (or per known regimen) in order, or one
# acronym for the whole combination. scispaCy's detector needs the short form's letters in the
# long form and one token, so it misses these.
_DEFINITION = re.compile(r"[ \u00a0]?\([ \u00a0]?(?P<short>[^()\[\]\n]{1,30}?)[ \u00a0]?\)")
_SHORT_PART = re.compile(r"(?=[^\s]*[A-Z])[A-Za-z0-9][A-Za-z0-9\-]{0,7}")
_PART_SEPARATOR = re.compile(r"[ \u00a0]?[+/][ \u00a0]?")
# what may join the drugs of one combination: "A plus B", "A, B and C", "A-B", "A/B", "A + B"
_COMBINATION_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:and|plus|with)[ \u00a0]+)?|[ \u00a0]*[+/\-\u2010\u2011\u2013][ \u00a0]*", re.I)


_MAX_COMBINATION = 8  # drugs in one combination; bounds the look-back on long drug lists


@dataclass(frozen=True)
class DrugAbbreviation:
    """A short form the document defines: one drug (`components` empty) or a combination.
    `arm_labels`: the short form names an arm ('(group C)'), so a single letter also counts beside
    one of these words ('group C', 'the C group')."""

    short: str
    drug: str
    components: tuple[str, ...] = ()
    arm_labels: frozenset[str] = frozenset()


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _after_dose(text: str, end: int, dose_at: dict[int, int]) -> int:
    """Where the text after a drug name continues once a dose written right after it is skipped
    ("fimasartan 120 mg (FMS)", "fimasartan 120 mg/rosuvastatin 20 mg")."""
    skipped = end + len(text[end : end + 2]) - len(text[end : end + 2].lstrip(" \u00a0"))
    return dose_at.get(skipped, end)


def _combination_before(mentions: list[DrugMatch], last: int, text: str, dose_at: dict[int, int]) -> list[DrugMatch]:
    """The drugs joined into one combination that ends with mentions[last]."""
    group = [mentions[last]]
    for j in range(last - 1, max(-1, last - _MAX_COMBINATION), -1):
        gap = text[_after_dose(text, mentions[j].end, dose_at) : group[0].start]
        if not _COMBINATION_GAP.fullmatch(gap):
            break
        group.insert(0, mentions[j])
    return group


def _drugs_of(match: DrugMatch) -> tuple[str, ...]:
    return match.components or (match.drug,)


def _assign_parts(
    parts: list[str], group: list[DrugMatch], known: dict[str, tuple[str, ...]], lexicon: DrugLexicon
) -> list[tuple[str, ...]] | None:
    """Drugs of each short part, taking the group's drugs in order; a part that is a known regimen
    ("UFT" of "uracil-tegafur/leucovorin (UFT/LV)") takes the drugs of its components."""
    drugs = [drug for match in group for drug in _drugs_of(match)]
    out: list[tuple[str, ...]] = []
    i = 0
    for part in parts:
        components = known.get(part.upper())
        if components:
            taken = tuple(drugs[i : i + len(components)])
            if set(taken) != set(components):
                return None
            out.append(components)
            i += len(components)
            continue
        # the drug's initial is among the part's letters ("GRN", "HDMP" for high-dose metoclopramide)
        if i >= len(drugs) or (lexicon.canonical(part) != drugs[i] and _letters(drugs[i])[:1] not in _letters(part)):
            return None
        out.append((drugs[i],))
        i += 1
    return out if i == len(drugs) else None


def _initials_fit(short: str, mention: DrugMatch, drug: str, lexicon: DrugLexicon) -> bool:
    """Can `short` abbreviate this one drug? Its first letter is the name's ("phenytoin (PHT)") or
    it is a development code ("venetoclax (ABT-199)")."""
    return _letters(short)[:1] in {_letters(mention.text)[:1], _letters(drug)[:1]} or lexicon.is_development_code(short)


# --- short forms a document defines by the drugs around them ------------------------------------
# scispaCy's detector pairs a short form with the words before it whose letters it repeats in
# order; a combination's short form takes its letters from drug names in any order ("vismodegib
# ... plus gemcitabine (GV)"), from brands ("capecitabine/taxotere (XT)": Xeloda) or from a
# placebo ("gemcitabine plus placebo (GP)"), and a regimen may be named before its drugs
# ("GDP regimen (gemcitabine, dexamethasone and cisplatin)").
_BRACKETED_SHORT = re.compile(r"\((?:(?P<label>[A-Za-z]+)[ \u00a0])?(?P<short>[A-Z]{2,6})\)")
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?P<short>[A-Z][A-Za-z0-9\-]{1,9})(?:[ \u00a0]+(?P<word>[a-z]+))?[ \u00a0]*$")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<short>[A-Za-z0-9\-]{3,12})[ \u00a0]*$")
_LETTERS_PER_DRUG = 3  # letters of a short form one drug may give: its initial and the next letters of its name ('OX' of oxaliplatin)
_INITIALISM_REACH = 60  # characters between the last drug and the bracket of the short form that abbreviates it
_SENTENCE_REACH = 300  # characters before the bracket where its drugs may be written, within its sentence


class _Written(NamedTuple):
    """A drug (or an initialism partner such as placebo) written before a bracketed short form."""

    names: tuple[str, ...]  # letters-only names whose initial it may give: as written and the INN
    drugs: tuple[str, ...]  # () for a partner
    brands: tuple[str, ...] = ()  # its other one-word names ('xeloda'), tried when the names do not fit


def initials_cover(short: str, written: list[_Written]) -> tuple[int, ...] | None:
    """Indices of `written` whose names' first letters, in any order, spell `short`, each drug at
    most once, nearest (first) preferred; None when they cannot. Initials of the names as written
    come first, then brands the document writes, then one to `_LETTERS_PER_DRUG` first letters of a name
    ('OX' of oxaliplatin).
    'GV' over [gemcitabine, vismodegib] -> (0, 1); 'FLOX' over [oxaliplatin, leucovorin,
    fluorouracil] -> (2, 1, 0)."""
    letters = _letters(short)

    def cover(at: int, used: frozenset, chunk: int, brands: bool) -> tuple[int, ...] | None:
        if at == len(letters):
            return ()
        for k, item in enumerate(written):
            key = item.drugs or item.names
            if key in used:
                continue
            names = item.names + item.brands if brands else item.names
            for size in range(1, min(chunk, len(letters) - at) + 1):
                if not any(name.startswith(letters[at : at + size]) for name in names):
                    break
                rest = cover(at + size, used | {key}, chunk, brands)
                if rest is not None:
                    return (k, *rest)
        return None

    if not letters:
        return None
    tries = ((chunk, brands) for chunk in (1, _LETTERS_PER_DRUG) for brands in (False, True))
    return next((found for chunk, brands in tries if (found := cover(0, frozenset(), chunk, brands)) is not None), None)


class _Mentions:
    """Drug mentions sorted by start, with the ones in a stretch of text found by bisection, so
    definitions stay linear in the length of the document."""

    def __init__(self, mentions: list[DrugMatch]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[DrugMatch]:
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, lo=i)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def last_before(self, at: int) -> DrugMatch | None:
        i = bisect_left(self.starts, at) - 1
        while i >= 0 and self.mentions[i].end > at:
            i -= 1
        return self.mentions[i] if i >= 0 else None


def _written_before(
    text: str, start: int, mentions: _Mentions, floor: int, lexicon: DrugLexicon, words_written: frozenset[str]
) -> list[_Written]:
    """The drugs and initialism partners written in text[floor:start] after its last alternative
    word ('A (AB) or C plus D (CD)': C and D only), nearest first. A drug's brands are the ones
    the document writes somewhere (`words_written`: its words, letters only, lower case)."""
    words = [(floor + m.start(), floor + m.end(), m.group().lower()) for m in _WORD.finditer(text[floor:start])]
    cut = max([floor] + [end for _, end, word in words if word in lexicon.rules.alternative_words])
    items = [(at, _Written((word,), ())) for at, _, word in words if at >= cut and word in lexicon.rules.initialism_partners]
    for mention in mentions.within(cut, start):
        names = tuple(sorted({n for n in (_letters(mention.text), _letters(mention.drug)) if n}))
        brands = () if mention.components else tuple(n for n in lexicon.names_of(mention.drug) if n not in names and n in words_written)
        items.append((mention.start, _Written(names, _drugs_of(mention), brands)))
    items.sort(key=lambda pair: -pair[0])
    return [item for _, item in items[:_MAX_COMBINATION]]


def _initialisms(
    text: str, mentions: _Mentions, lexicon: DrugLexicon, sentences: list[tuple[int, int]]
) -> dict[str, DrugAbbreviation]:
    """'vismodegib, an SHH antagonist, plus gemcitabine (GV)', 'capecitabine/taxotere (XT)',
    'gemcitabine plus placebo (GP)', '... (group DZ)': a bracketed short form whose letters are
    the initials of two or more drugs (or partners) written before it in its sentence; the drug
    nearest to the bracket is one of them."""
    rules = lexicon.rules
    found: dict[str, DrugAbbreviation] = {}
    words_written = frozenset(_letters(w) for w in set(re.findall(r"[^\W\d_]+", text)))  # each distinct word once
    sentence_starts = [s for s, _ in sentences]
    for bracket in _BRACKETED_SHORT.finditer(text):
        short, label = bracket.group("short"), bracket.group("label")
        if (
            short in found
            or (label and label.lower() not in rules.short_form_labels)
            or short in rules.abbreviation_stopwords
            or lexicon.canonical(short)
            or lexicon.regimen(short)
        ):
            continue
        at = bracket.start()
        sentence = bisect_right(sentence_starts, at) - 1
        floor = max(sentence_starts[sentence] if sentence >= 0 else 0, at - _SENTENCE_REACH)
        written = _written_before(text, at, mentions, floor, lexicon, words_written)
        nearest = mentions.last_before(at)
        if not written or nearest is None or bracket.start() - nearest.end > _INITIALISM_REACH:
            continue
        if _own_short_form(short, nearest, written):
            continue
        cover = initials_cover(short, written)
        if cover is None or len(cover) < 2 or 0 not in cover:
            continue
        drugs = tuple(sorted({d for k in cover for d in written[k].drugs}))
        if drugs:
            found[short] = DrugAbbreviation(short, short.upper(), drugs)
    return found


def _own_short_form(short: str, nearest: DrugMatch, written: list[_Written]) -> bool:
    """'ascorbic acid (AA)', 'methotrexate (MTX)': the nearest drug's own short form, its letters
    in its name in order, where they are its words' initials or the other drugs cannot spell the
    letters after the first ('olaparib ... plus temozolomide (TO)' is a combination)."""
    letters = _letters(short)
    if not _in_order(letters, nearest.text):
        return False
    others = [item for item in written if item.drugs != _drugs_of(nearest)]
    initials = "".join(word[0] for word in re.findall(r"[a-z]+", nearest.text.lower()))
    return letters == initials or initials_cover(letters[1:], others) is None


def _combination_inside(text: str, start: int, end: int, mentions: _Mentions) -> list[DrugMatch]:
    """The drugs that fill text[start:end] alone, joined as one list ('gemcitabine, dexamethasone
    and cisplatin'); [] when anything else is written there."""
    inside = mentions.within(start, end)
    at = start
    for m in inside:
        if not _COMBINATION_GAP.fullmatch(text[at : m.start]):
            return []
        at = m.end
    return inside if inside and _COMBINATION_GAP.fullmatch(text[at:end]) else []


def _in_order(letters: str, long_form: str) -> bool:
    """scispaCy's test: the short form's letters stand in the long form in order, the first one
    starting a word."""
    words = "".join(" " + w for w in re.findall(r"[a-z]+", long_form.lower()))
    if not letters or f" {letters[0]}" not in words:
        return False
    at = words.index(f" {letters[0]}") + 2
    for c in letters[1:]:
        at = words.find(c, at) + 1
        if at == 0:
            return False
    return True


def _named_before_brackets(text: str, mentions: _Mentions, lexicon: DrugLexicon) -> dict[str, DrugAbbreviation]:
    """'GDP regimen (gemcitabine, dexamethasone and cisplatin)': a short form written before a
    bracket listing two or more drugs; 'GA101 (obinutuzumab)': a development code before a bracket
    holding one drug."""
    rules = lexicon.rules
    found: dict[str, DrugAbbreviation] = {}
    for bracket in re.finditer(r"\(([^()\n]{3,120})\)", text):
        inside = _combination_inside(text, bracket.start(1), bracket.end(1), mentions)
        if not inside:
            continue
        before = text[max(0, bracket.start() - 40) : bracket.start()]
        drugs = tuple(sorted({d for m in inside for d in _drugs_of(m)}))
        if len(drugs) == 1 and len(inside) == 1:
            code = _WORD_BEFORE.search(before)
            if code and code.group("short") not in found and lexicon.is_development_code(code.group("short")):
                found[code.group("short")] = DrugAbbreviation(code.group("short"), drugs[0])
            continue
        named = _NAMED_BEFORE.search(before)
        if len(drugs) < 2 or not named:
            continue
        short, word = named.group("short"), named.group("word")
        if (
            short in found
            or (word and word not in rules.regimen_words)
            or sum(c.isupper() for c in short) < 2
            or short in rules.abbreviation_stopwords
            or lexicon.canonical(short)
            or lexicon.regimen(short)
            or not _in_order(_letters(short), bracket.group(1))
        ):
            continue
        found[short] = DrugAbbreviation(short, short.upper(), drugs)
    return found


def defined_abbreviations(
    text: str,
    mentions: list[DrugMatch],
    lexicon: DrugLexicon,
    doses: Iterable[tuple[int, int]] = (),
    sentences: Iterable[tuple[int, int]] = (),
) -> list[DrugAbbreviation]:
    """Short forms the document defines in a parenthesis after its drugs, in text order. A dose
    (`doses`: character spans) may stand between a drug and the parenthesis: "fimasartan 120 mg
    (FMS)", "fimasartan 120 mg/rosuvastatin 20 mg (FMS/RSV)". Combinations abbreviated by their
    drugs' initials look back to the start of their sentence (`sentences`: character spans; the
    whole text when none are given)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    dose_at = dict(doses)
    known = dict(lexicon.rules.regimens)
    indexed = _Mentions(mentions)
    found: dict[str, DrugAbbreviation] = _initialisms(text, indexed, lexicon, sorted(sentences))
    for short, abbreviation in _named_before_brackets(text, indexed, lexicon).items():
        found.setdefault(short, abbreviation)
    known.update((a.short.upper(), a.components) for a in found.values() if a.components)
    for k, mention in enumerate(mentions):
        after = _after_dose(text, mention.end, dose_at)
        definition = _DEFINITION.match(text, after) or _arm_label_after_schedule(text, after, mentions[k + 1 : k + 2], lexicon)
        if not definition:
            continue
        short = _labelled_short(definition.group("short"), lexicon.rules.short_form_labels)
        labels = lexicon.rules.short_form_labels if short != definition.group("short") else frozenset()
        parts = _PART_SEPARATOR.split(short)
        if (
            short in found
            or any(not _SHORT_PART.fullmatch(p) or p in lexicon.rules.abbreviation_stopwords for p in parts)
            or (len(parts) == 1 and (lexicon.canonical(short) or lexicon.regimen(short)))
        ):
            continue
        group = _combination_before(mentions, k, text, dose_at)
        if len(parts) == 1:
            drugs = tuple(sorted({d for m in group for d in _drugs_of(m)}))
            added = [known[p.upper()] for p in short.split("-") if p.upper() in known]
            if added:  # "with bevacizumab (PCR-B)": a known combination plus this drug
                drugs = tuple(sorted(set(drugs).union(*added)))
                found[short] = DrugAbbreviation(short, short.upper(), drugs, labels)
                known[short.upper()] = drugs
            elif len(drugs) == 1 and labels and (part := _hyphen_partner(short, found)):
                # 'epirubicin (EPI ARM)' ... 'erythropoietin (EPI-EPO ARM)': the new part is this drug
                if _initials_fit(part, mention, drugs[0], lexicon):
                    found[part] = DrugAbbreviation(part, drugs[0], arm_labels=labels)
            elif len(drugs) == 1:
                if _initials_fit(short, mention, drugs[0], lexicon):
                    found[short] = DrugAbbreviation(short, drugs[0], arm_labels=labels)
            elif _letters(short)[:1] == _letters(group[0].text)[:1]:  # "irinotecan-cisplatin (IP)"
                found[short] = DrugAbbreviation(short, short.upper(), drugs, labels)
                known[short.upper()] = drugs
            continue
        assigned = _assign_parts(parts, group, known, lexicon)
        if assigned is None:
            continue
        for part, drugs in zip(parts, assigned):
            if part in found or lexicon.canonical(part) or lexicon.regimen(part):
                continue
            found[part] = (
                DrugAbbreviation(part, drugs[0], arm_labels=labels)
                if len(drugs) == 1
                else DrugAbbreviation(part, part.upper(), tuple(sorted(drugs)), labels)
            )
    return list(found.values())


_SCHEDULE_BEFORE_LABEL = re.compile(r"(?:[^()\[\],;.\n]|\.(?=\d)){1,40}?(?=[ \u00a0]?\()")


def _arm_label_after_schedule(text: str, at: int, following: list[DrugMatch], lexicon: DrugLexicon) -> re.Match | None:
    """'epirubicin 120 mg/m2/1-21 (EPI ARM)', 'erythropoietin 10.000 IU sc three times weekly
    (EPI-EPO ARM)': the bracket that names the arm a drug is given in may follow its schedule; only
    a bracket naming an arm (`_labelled_short`), with no other drug before it."""
    schedule = _SCHEDULE_BEFORE_LABEL.match(text, at)
    if not schedule or (following and following[0].start < schedule.end()):
        return None
    definition = _DEFINITION.match(text, schedule.end())
    labels = lexicon.rules.short_form_labels
    return definition if definition and _labelled_short(definition.group("short"), labels) != definition.group("short") else None


def _hyphen_partner(short: str, found: dict[str, DrugAbbreviation]) -> str | None:
    """'EPI-EPO' where 'EPI' is defined already: the one part ('EPO') that is not."""
    parts = short.split("-")
    new = [p for p in parts if p not in found]
    return new[0] if len(parts) == 2 and len(new) == 1 and _SHORT_PART.fullmatch(new[0]) else None


_ARM_LABELLED = re.compile(r"(?P<one>[^\s,;:]+)[ \u00a0]+(?P<two>[^\s,;:]+)")
_ARM_SIZE_AFTER = re.compile(r"[,;:][^()]*$")  # '(C group, 20 patients)', '(group S, n = 55)'


def _labelled_short(inside: str, labels: frozenset[str]) -> str:
    """The short form of a bracket that names an arm by it: '(group C)', '(EPI ARM)', '(C-A group,
    19 patients)' -> 'C', 'EPI', 'C-A'; an abbreviation (no more small letters than capitals), else
    the bracket's text unchanged."""
    named = _ARM_LABELLED.fullmatch(_ARM_SIZE_AFTER.sub("", inside))
    if not named:
        return inside
    for label, short in ((named.group("one"), named.group("two")), (named.group("two"), named.group("one"))):
        if label.lower() in labels and sum(c.isupper() for c in short) >= max(1, sum(c.islower() for c in short)):
            return short
    return inside


def _in_brackets_or_by_arm_label(text: str, start: int, end: int, labels: frozenset[str]) -> bool:
    """Is the short form at text[start:end] in brackets or beside an arm label ('(D', 'group D',
    'D group', 'D arm')?"""
    before = re.search(r"([A-Za-z]*)[ \u00a0]*\(?[ \u00a0]*$", text[max(0, start - 12) : start])
    after = re.match(r"[ \u00a0]+([A-Za-z]+)", text[end : end + 12])
    return text[max(0, start - 3) : start].rstrip(" \u00a0").endswith("(") or bool(
        (before and before.group(1).lower() in labels) or (after and after.group(1).lower() in labels)
    )


def abbreviation_matches(text: str, abbreviations: list[DrugAbbreviation]) -> list[DrugMatch]:
    """Every whole-word occurrence of the defined short forms, also inside combinations written
    with '+', '/' or '-' ("HDMP+Dx", "%LEV/%PHT", "EPI-EPO"). Single letters ("epirubicin (E)")
    only count in brackets or, where they name an arm, beside one of its `arm_labels` ('group D')."""
    out = []
    for abbreviation in abbreviations:
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(abbreviation.short)}(?![A-Za-z0-9])")
        for m in pattern.finditer(text):
            if len(abbreviation.short) == 1 and not _in_brackets_or_by_arm_label(text, m.start(), m.end(), abbreviation.arm_labels):
                continue
            out.append(DrugMatch(m.start(), m.end(), m.group(), abbreviation.drug, abbreviation.components, "abbreviation"))
    kept: list[DrugMatch] = []
    for match in sorted(out, key=lambda m: (m.start, m.start - m.end)):  # longest first: "PCR-B" over "PCR"
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept
