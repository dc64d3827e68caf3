"""scispaCy's abbreviation detector with a bounded parenthesis pattern.

scispaCy matches "(" + any number of tokens + ")", which pairs every opening parenthesis with every
later closing one: the matches, and the time, grow with the square of the document's length
(93 s for a 1M-character text). Its own filter then drops every candidate with more than 8 tokens
inside the parentheses, so matching at most 8 tokens finds the same definitions in linear time.
"""

# no `from __future__ import annotations`: spaCy validates factory signatures at run time

from scispacy.abbreviation import AbbreviationDetector
from spacy.language import Language
from spacy.matcher import Matcher

# scispaCy's filter_matches keeps parenthesised candidates of at most 8 tokens
_MAX_TOKENS_IN_PARENTHESES = 8


@Language.factory("trialmine_abbreviations", default_config={})
def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    detector = AbbreviationDetector(nlp, name)
    detector.matcher = Matcher(nlp.vocab)
    detector.matcher.add(
        "parenthesis", [[{"ORTH": "("}, {"OP": f"{{1,{_MAX_TOKENS_IN_PARENTHESES}}}"}, {"ORTH": ")"}]]
    )
    # the detector adds a pattern per definition it finds, of the short form's token texts (always a
    # valid pattern), and removes them after the document: validating each took a fifth of its time
    detector.global_matcher = Matcher(nlp.vocab, validate=False)
    return detector
