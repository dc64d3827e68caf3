"""scispaCy's abbreviation detector with a bounded parenthesis pattern and whole-word long forms.

scispaCy matches "(" + any number of tokens + ")", which pairs every opening parenthesis with every
later closing one: the matches, and the time, grow with the square of the document's length
(93 s for a 1M-character text). Its own filter then drops every candidate with more than 8 tokens
inside the parentheses, so matching at most 8 tokens finds the same definitions in linear time.

Its Schwartz & Hearst matcher takes a short form's letters from the right, as few words as it
needs: in "total thyroidectomy (TT)" both t's are in "thyroidectomy", so the long form it gives is
"thyroidectomy"; and it maps the letter it starts at to a token by the text's own spacing, not
the spaced tokens it searched, so a long form after unspaced tokens can start too late.
`whole_word_long_form` corrects both once here, for every reader of
`span._.long_form` (endpoints, drugs, arms).
"""

# no `from __future__ import annotations`: spaCy validates factory signatures at run time

from scispacy.abbreviation import AbbreviationDetector
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

# scispaCy's filter_matches keeps parenthesised candidates of at most 8 tokens
_MAX_TOKENS_IN_PARENTHESES = 8


def whole_word_long_form(short: Span, long_form: Span) -> Span:
    """The long form widened to whole words.

    It starts where the short form's letters do (`letters_start`). A long form that starts on a
    token inside a word ('10mg' is two tokens) starts at the word. When an upper-case short form
    has more letters than its long form has words, its letters recurred inside a word
    ('thyroidectomy' has two t's); if the words right before the long form, in the same sentence,
    give the missing initials in order, they are part of it ('total thyroidectomy (TT)'). Anything
    else is kept as the detector found it."""
    doc = long_form.doc
    start = min(long_form.start, letters_start(short, long_form))
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text[-1:].isalnum() and doc[start].text[:1].isalnum():
        start -= 1
    letters = [c.lower() for c in short.text if c.isalpha()]
    words = [t for t in doc[start : long_form.end] if t.is_alpha]
    missing = len(letters) - len(words)
    if short.text.isupper() and 0 < missing <= start and words:
        before = list(doc[start - missing : start])
        initials = [t.text[0].lower() for t in [*before, doc[start]]]
        in_sentence = not any(t.is_sent_start for t in [*before[1:], doc[start]])
        if in_sentence and all(t.is_alpha for t in before) and initials == letters[: missing + 1]:
            start -= missing
    return long_form if start == long_form.start else doc[start : long_form.end]


def letters_start(short: Span, long_form: Span) -> int:
    """The first token of the shortest text ending with the long form that holds the short form's
    letters in order, the first at a word's start (Schwartz & Hearst, as scispaCy matches them).

    scispaCy finds that letter in its candidate's tokens joined by spaces, then counts the
    characters of the text with its own spacing to find the token: each token not followed by a
    space before it ('10-year', 'a-a') moves the long form's start one character right, past a
    short first word ('a-a aa (AAA)' gave 'aa'). The long form's own start where no match is found."""
    doc = long_form.doc
    letters = [c.lower() for c in short.text if c.isalnum()]
    k = len(letters) - 1
    for i in range(long_form.end - 1, -1, -1):
        text = doc[i].text.lower()
        for j in range(len(text) - 1, -1, -1):
            if text[j] == letters[k] and (k > 0 or j == 0 or not text[j - 1].isalnum()):
                k -= 1
                if k < 0:
                    return i
    return long_form.start


class WholeWordAbbreviationDetector(AbbreviationDetector):
    """scispaCy's detector; each short form's `._.long_form` is its whole-word long form."""

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        for short in doc._.abbreviations:
            short._.long_form = whole_word_long_form(short, short._.long_form)
        return doc


@Language.factory("trialmine_abbreviations", default_config={})
def make_abbreviation_detector(nlp: Language, name: str) -> WholeWordAbbreviationDetector:
    detector = WholeWordAbbreviationDetector(nlp, name)
    detector.matcher = Matcher(nlp.vocab)
    detector.matcher.add(
        "parenthesis", [[{"ORTH": "("}, {"OP": f"{{1,{_MAX_TOKENS_IN_PARENTHESES}}}"}, {"ORTH": ")"}]]
    )
    # the detector adds a pattern per definition it finds, of the short form's token texts (always a
    # valid pattern), and removes them after the document: validating each took a fifth of its time
    detector.global_matcher = Matcher(nlp.vocab, validate=False)
    return detector
