"""Tokenizers for the trialmine NER model.

Three candidates are measured (``benchmarks/ner_tokenizer_alignment.py``):

``spacy``
    spaCy's default English tokenizer.
``scispacy``
    scispaCy's ``combined_rule_tokenizer`` (keeps "cisplatin-induced", "mg/m2" whole).
``trialmine``
    scispaCy's rules plus extra infixes that split on hyphens, slashes and a few
    other in-word punctuation marks, so entity boundaries inside such words
    ("cisplatin|-|induced") become token boundaries.

All three are plain :class:`spacy.tokenizer.Tokenizer` objects whose rules are
regular expressions and exception tables, so they serialise with the pipeline
(``nlp.to_disk``) and ``spacy.load(model_dir)`` reproduces them with spaCy's
stock ``spacy.Tokenizer.v1`` -- no custom code is needed to load the model.

For training, the config calls the ``trialmine.set_tokenizer.v1`` callback in
``[initialize.before_init]``; that needs this module imported (``train.py``
does it), loading does not.
"""

from __future__ import annotations

import re
import warnings
from typing import Callable

import spacy
from spacy.lang import char_classes
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

TOKENIZERS = ("spacy", "scispacy", "trialmine")
DEFAULT_TOKENIZER = "trialmine"

_A = char_classes.ALPHA
#: Infixes added on top of scispaCy's rules by the ``trialmine`` tokenizer.
EXTRA_INFIXES = [
    # hyphens / dashes between letters or digits: cisplatin-induced, 5-fluorouracil, anti-TNF
    rf"(?<=[{_A}0-9)\]+])(?:-|–|—|‐|‑)(?=[{_A}0-9(\[])",
    # slashes: mg/m2, ifosfamide/mesna, Na+/K+
    rf"(?<=[{_A}0-9)\]+])/(?=[{_A}0-9(\[])",
    # other in-word punctuation seen at entity boundaries: +, (, ), [, ], ', ,, :, ;, =
    r"[+()\[\]{};=:,']",
]
#: Prefixes added by the ``trialmine`` tokenizer: plain brackets (scispaCy keeps "(PAN)-induced"
#: glued through a look-ahead), and leading hyphens/slashes ("Na+-K+", "A(1)-adenosine").
EXTRA_PREFIXES = [r"\(", r"\[", r"\{", "-", "–", "/", r"\+"]
#: Suffixes added: trailing hyphens ("Diazepam- and ..."), slashes, and a sentence-final period
#: after a mixed-case abbreviation ("AmB.", "TdP.").
EXTRA_SUFFIXES = ["-", "–", "/", r"(?<=[a-z][A-Z])\.", r"(?<=[A-Z][a-z][A-Z])\."]


def scispacy_tokenizer(nlp: Language) -> Tokenizer:
    """scispaCy's ``combined_rule_tokenizer`` for ``nlp``'s vocab."""
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    return combined_rule_tokenizer(nlp)


def trialmine_tokenizer(nlp: Language) -> Tokenizer:
    """scispaCy's rules plus :data:`EXTRA_INFIXES`, :data:`EXTRA_PREFIXES`, :data:`EXTRA_SUFFIXES`."""
    tok = scispacy_tokenizer(nlp)
    base_infix = tok.infix_finditer.__self__.pattern  # type: ignore[attr-defined]
    base_prefix = tok.prefix_search.__self__.pattern  # type: ignore[attr-defined]
    base_suffix = tok.suffix_search.__self__.pattern  # type: ignore[attr-defined]
    extra_infix = compile_infix_regex(EXTRA_INFIXES).pattern
    extra_prefix = compile_prefix_regex(EXTRA_PREFIXES).pattern
    extra_suffix = compile_suffix_regex(EXTRA_SUFFIXES).pattern
    tok.infix_finditer = re.compile(f"{extra_infix}|{base_infix}").finditer
    tok.prefix_search = re.compile(f"{extra_prefix}|{base_prefix}").search
    tok.suffix_search = re.compile(f"{extra_suffix}|{base_suffix}").search
    return tok


def make_tokenizer(nlp: Language, name: str = DEFAULT_TOKENIZER) -> Tokenizer:
    """Build the tokenizer ``name`` (one of :data:`TOKENIZERS`) for ``nlp``."""
    with warnings.catch_warnings():
        # scispaCy's regexes trigger re's "Possible set union" FutureWarning (harmless)
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        return _make_tokenizer(nlp, name)


def _make_tokenizer(nlp: Language, name: str) -> Tokenizer:
    if name == "spacy":
        return spacy.blank("en", vocab=nlp.vocab).tokenizer
    if name == "scispacy":
        return scispacy_tokenizer(nlp)
    if name == "trialmine":
        return trialmine_tokenizer(nlp)
    raise ValueError(f"unknown tokenizer {name!r}; choose one of {', '.join(TOKENIZERS)}")


def blank_pipeline(tokenizer: str = DEFAULT_TOKENIZER) -> Language:
    """A blank English pipeline using the named tokenizer."""
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp, tokenizer)
    return nlp


@spacy.registry.callbacks("trialmine.set_tokenizer.v1")
def set_tokenizer_callback(name: str = DEFAULT_TOKENIZER) -> Callable[[Language], Language]:
    """``[initialize.before_init]`` callback: swap in the named tokenizer before training."""

    def set_tokenizer(nlp: Language) -> Language:
        nlp.tokenizer = make_tokenizer(nlp, name)
        return nlp

    return set_tokenizer
