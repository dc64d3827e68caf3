"""Sentence boundaries in time linear in the document's length.

scispaCy's `pysbd_sentencizer` segments the whole text at once and then looks every token up in a
list of sentence starts, so its cost grows with the square of the length (0.3 s at 31k characters,
14 s at 250k). A line break always ends a sentence in trialmine (headings and list items have no
final period), so pysbd only ever needs to see one line at a time: `sentence_spans` segments line by
line, and the pipe marks tokens from a set of starts. pysbd's own character spans compile a regex
per sentence and search the line from its start for each (a third of the pipeline's time on
abstracts, benchmarks/pipeline_scale.py); `_locate` finds the same spans with `str.find`. pysbd's
abbreviation step tries only the abbreviations a line holds before a period (`_EnglishAbbreviationReplacer`,
through pysbd's per-language extension point): 5.2 -> 1.9 s on 1,500 abstracts, same sentences.
Most of pysbd's other rules cannot match on most lines either: through the same extension points
(`_EnglishProcessor`, `_EnglishBetweenPunctuation`) each step or rule is skipped where it provably
cannot match (`_may_format_lists`, `_NEEDS`, the marks a rule needs), and rules that are plain
strings are `str.replace` (`_apply`): 1.9 -> 0.42 s on 1,500 abstracts, same sentences
(tests/test_scale_speedups.py). Same rules as scispaCy's component (pysbd's segmentation, no break
after an abbreviation from scispaCy's list), plus the line rule and three of rules/sentences.json,
measured on the bodies of the development-split articles: an abbreviation of scispaCy's list ends a
sentence before a word that starts one ("Smith et al. The trial"), a label letter ends one ("in group
B. One patient", which pysbd takes for an initial), and a lower-case abbreviation before a lower-case
word or a number does not ("ca. 18 min", "incl. purchase").
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

import numpy
import pysbd
from pysbd.between_punctuation import BetweenPunctuation
from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer
from pysbd.processor import Processor
from pysbd.punctuation_replacer import replace_punctuation
from pysbd.utils import Text
from scispacy.consts import ABBREVIATIONS
from spacy.language import Language
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from trialmine.nlp.components import doc_text

_ABBREVIATIONS = frozenset(ABBREVIATIONS)
SENTENCE_RULES = json.loads((Path(__file__).resolve().parent.parent / "rules" / "sentences.json").read_text(encoding="utf-8"))
_STARTERS = frozenset(SENTENCE_RULES["sentence_starters"])
_LABEL_NOUNS = frozenset(SENTENCE_RULES["label_nouns"])
# a lower-case abbreviation right before a position, as a word of its own ("ca. ", "pre-vs. ")
_LOWERCASE_ABBREVIATION_BEFORE = re.compile(
    r"(?<![^\s(\[\-])(?:" + "|".join(map(re.escape, SENTENCE_RULES["lowercase_abbreviations"])) + r")\s+$"
)
_GOES_ON = re.compile(r"[a-z0-9]")  # what a sentence does not start with after such an abbreviation
# a word, a capital letter and a period, a capitalised word: "group B. One", "and C. In", "Table I. Comparison"
_LABEL_LETTER = re.compile(r"(?<![\w.\-])(?P<before>[A-Za-z][A-Za-z\-]*) [A-Z]\. +(?P<next>[A-Z][a-z]*)(?![\w.])")
_SPACES = re.compile(r"\s*")
# pysbd passes its abbreviation patterns (a few per abbreviation) to re's module functions: ~800
# distinct patterns on abstracts, more than re's cache keeps (512), so most were compiled again on
# every line (over half of pysbd's time). A larger cache compiles each once per process.
_RE_CACHE_SIZE = 4096
if getattr(re, "_MAXCACHE", _RE_CACHE_SIZE) < _RE_CACHE_SIZE:
    re._MAXCACHE = _RE_CACHE_SIZE


class _EnglishAbbreviationReplacer(English.AbbreviationReplacer):
    """pysbd's English abbreviation step, run only on the abbreviations that a line holds as a word
    followed by a period. pysbd tries every abbreviation of its list (~190) that occurs anywhere in
    the line, and short ones ("al", "co", "no") occur in nearly every line; but its replacements only
    turn the period after an abbreviation that starts a word into a placeholder, so any other
    abbreviation cannot change the line (and a replacement removes periods, never adds one).
    Same sentences as pysbd's own step on 9,175 lines of abstracts and articles (tests/test_scale_speedups.py)."""

    def replace(self):
        # pysbd 0.3.4's; its rules for "a.m.", "p.m." and for a sentence starter after "U.S." match
        # at the placeholder of a replaced period ("\u222f"): they run only where there is one
        self.text = _apply(
            self.text,
            (self.lang.PossessiveAbbreviationRule, self.lang.KommanditgesellschaftRule, *self.lang.SingleLetterAbbreviationRules.All),
        )
        self.text = "".join(self.search_for_abbreviations_in_string(line) for line in self.text.splitlines(True))
        if _NEEDS[self.lang.MULTI_PERIOD_ABBREVIATION_REGEX](self.text):
            self.replace_multi_period_abbreviations()
        if "\u222f" in self.text:
            self.text = Text(self.text).apply(*self.lang.AmPmRules.All)
            self.text = self.replace_abbreviation_as_sentence_boundary()
        return self.text

    def search_for_abbreviations_in_string(self, text: str) -> str:
        # pysbd 0.3.4's loop, over the abbreviations that start a word and end at a period (its
        # replacements need `\s{abbr}\.`), with its regexes compiled once
        words = [word for word in text.lower().split() if "." in word]
        before_periods = {word[:i] for word in words for i, char in enumerate(word) if char == "."}
        ranks = _abbreviation_ranks(self.lang)
        for _, stripped in sorted((rank, word) for word in before_periods for rank in ranks.get(word, ())):
            occurrences = _abbreviation_pattern(stripped).findall(text)
            next_chars = _next_char_pattern(stripped).findall(text)
            for index, occurrence in enumerate(occurrences):
                text = self.scan_for_replacements(text, occurrence, index, next_chars)
        return text


# pysbd's list-item step (`ListItemReplacer.add_line_break`) rewrites a line only where it finds two
# items of one kind of list ("a. ... b.", "(i) ... (ii)", "1. ... 2.", "1) ... 2)") or its own markers.
# Each pattern below finds every item pysbd's patterns find (and more), each at its own period or
# bracket: they start at that character, which makes them fast to search for.
_LIST_MARKERS = ("\u2668", "\u261d")  # ♨ ☝: pysbd's placeholders, rewritten wherever they are
_LETTER_ITEMS_WITH_PERIODS = re.compile(r"\.(?:(?<=\s[a-z]\.)|(?<=^[a-z]\.))")  # its ALPHABETICAL_LIST_WITH_PERIODS (letters, roman i/v/x)
_LETTER_BEFORE_BRACKET = re.compile(r"\)(?<=[a-z]\))")  # where each ALPHABETICAL_LIST_WITH_PARENS item ends
_LETTER_ITEMS_WITH_PARENS = re.compile(r"(?<![^\s(])(?:[a-z]|[ivx]+)\)")  # those items: a letter or a roman numeral
_NUMBER_BEFORE_PERIOD = re.compile(r"\.(?<=\d\.)(?=[\s)])")  # where each NUMBERED_LIST_REGEX_1 item ends
_NUMBER_BEFORE_BRACKET = re.compile(r"\)(?<=\d\))(?=\s)")  # where each NUMBERED_LIST_PARENS_REGEX item ends
_NUMBERED_ITEMS_WITH_PERIODS = re.compile(ListItemReplacer.NUMBERED_LIST_REGEX_1)
_NUMBERED_ITEMS_WITH_PARENS = re.compile(ListItemReplacer.NUMBERED_LIST_PARENS_REGEX)


def _may_format_lists(text: str) -> bool:
    """False only where pysbd's list-item step leaves `text` as it is: no marker of its own, fewer
    than two letter items of each kind (one item alone is no list), and no two numbered items that
    `scan_lists` takes for consecutive ones. pysbd's own patterns (slow to search for) run only on
    lines where the fast ones find two items or more."""
    if any(marker in text for marker in _LIST_MARKERS):
        return True
    if _two_or_more(_LETTER_ITEMS_WITH_PERIODS, text):
        return True
    if _two_or_more(_LETTER_BEFORE_BRACKET, text) and _two_or_more(_LETTER_ITEMS_WITH_PARENS, text):
        return True
    if _two_or_more(_NUMBER_BEFORE_PERIOD, text) and _consecutive(_NUMBERED_ITEMS_WITH_PERIODS.findall(text)):
        return True
    return _two_or_more(_NUMBER_BEFORE_BRACKET, text) and _consecutive(_NUMBERED_ITEMS_WITH_PARENS.findall(text))


def _two_or_more(pattern: re.Pattern, text: str) -> bool:
    first = pattern.search(text)
    return first is not None and pattern.search(text, first.end()) is not None


def _consecutive(found: list[str]) -> bool:
    """Whether pysbd's `scan_lists` substitutes any of these numbers: one that follows or precedes
    its neighbour by one, or 9 beside 0."""
    numbers = [int(n) for n in found]
    return any(b == a + 1 or {a, b} == {0, 9} for a, b in zip(numbers, numbers[1:]))


_REGEX_SPECIAL = frozenset(".^$*+?{}[]|()")
# each of pysbd's new-line and ellipsis rules matches one of these: "\n", "...", or ". ." (". . .")
_NEW_LINE_OR_ELLIPSIS = re.compile(r"\n|\.\.\.|\.\s\.")


@lru_cache(maxsize=None)
def _plain_string(pattern: str) -> str | None:
    """What a regex matches when it is a plain string (punctuation escaped or not: r'\\?!', '&⌬&'),
    else None."""
    chars, escaped = [], False
    for char in pattern:
        if escaped:
            if char.isascii() and char.isalnum():
                return None  # \\s, \\d, \\1 ...
            chars.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in _REGEX_SPECIAL:
            return None
        else:
            chars.append(char)
    return "".join(chars) if chars and not escaped else None


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# where some of pysbd's rules can match at all: ".'s", "Co. KG", "°" (after a place's coordinates), a
# "\r" (a line break, before a list number), a period as the text's 2nd or 3rd character (after a
# letter or a number that starts it); and the rules that match at a period after a character they
# look behind for, searched for from the period (the same places; fast to search for, unlike a
# pattern that opens with a look-behind)
_NEEDS = {
    English.PossessiveAbbreviationRule.pattern: lambda text: ".'s" in text,
    English.KommanditgesellschaftRule.pattern: lambda text: "KG" in text,
    English.SingleLetterAbbreviationRules.SingleUpperCaseLetterAtStartOfLineRule.pattern: lambda text: text[1:2] == ".",
    English.GeoLocationRule.pattern: lambda text: "\u00b0" in text,
    English.Numbers.NewLineNumberPeriodSpaceLetterRule.pattern: lambda text: "\r" in text,
    English.Numbers.StartLineNumberPeriodRule.pattern: lambda text: text[1:2] == ".",
    English.Numbers.StartLineTwoDigitNumberPeriodRule.pattern: lambda text: text[2:3] == ".",
    English.SingleLetterAbbreviationRules.SingleUpperCaseLetterRule.pattern: re.compile(r"\.(?<=\s[A-Z]\.)(?=,?\s)").search,
    English.Numbers.NumberAfterPeriodBeforeLetterRule.pattern: re.compile(r"\.(?<=\d\.)(?=\S)").search,
    English.Abbreviation.WithMultiplePeriodsAndEmailRule.pattern: re.compile(r"\.(?<=[a-zA-Z0-9_]\.)(?=[a-zA-Z0-9_])").search,
    English.FileFormatRule.pattern: re.compile(r"\.(?<=\s\.)" + English.FileFormatRule.pattern.removeprefix(r"(?<=\s)\.")).search,
    English.NUMBERED_REFERENCE_REGEX: re.compile(
        r"[.\u222f](?<=[^\d\s][.\u222f])(?:(?:\[(?:\d{1,3},?\s?-?\s?)*\b\d{1,3}\])+|(?:\d{1,3}\s?)?\d{1,3})\s(?=[A-Z])"
    ).search,
    # a multi-period abbreviation ("e.g.", "U.S.") holds a letter, a period, a letter and a period
    English.MULTI_PERIOD_ABBREVIATION_REGEX: re.compile(r"\.(?<=[a-z]\.)(?=[a-z]\.)", re.IGNORECASE).search,
}


def _apply(text: str, rules) -> str:
    """pysbd's `Text(text).apply(*rules)`: a rule whose pattern is a plain string is `str.replace`
    (the same replacements when the replacement holds no backslash), only where the string occurs;
    a rule is skipped where it cannot match (`_NEEDS`)."""
    for rule in rules:
        needs = _NEEDS.get(rule.pattern)
        if needs is not None and not needs(text):
            continue
        plain = _plain_string(rule.pattern)
        if plain is not None and "\\" not in rule.replacement:
            if plain in text:
                text = text.replace(plain, rule.replacement)
        else:
            text = _compiled(rule.pattern).sub(rule.replacement, text)
    return text


class _EnglishProcessor(Processor):
    """pysbd's Processor with its list-item step behind `_may_format_lists`, and its rules applied
    by `_apply` where they run on every segment and sentence."""

    def process(self):
        # pysbd 0.3.4's `Processor.process`, its list-item step behind `_may_format_lists`
        if not self.text:
            return self.text
        self.text = self.text.replace("\n", "\r")
        if _may_format_lists(self.text):
            self.text = ListItemReplacer(self.text).add_line_break()
        self.replace_abbreviations()
        self.replace_numbers()
        self.replace_continuous_punctuation()
        self.replace_periods_before_numeric_references()
        self.text = _apply(
            self.text, (self.lang.Abbreviation.WithMultiplePeriodsAndEmailRule, self.lang.GeoLocationRule, self.lang.FileFormatRule)
        )
        return self.split_into_segments()

    def replace_numbers(self):
        self.text = _apply(self.text, self.lang.Numbers.All)

    def process_text(self, txt):
        # pysbd 0.3.4's; its rules for "!" and "?" run only on texts holding one (each word of its
        # exclamation words holds "!" or "\u01c3")
        if txt[-1] not in self.lang.Punctuations:
            txt += "\u0238"
        if "!" in txt or "\u01c3" in txt:
            txt = ExclamationWords.apply_rules(txt)
        txt = self.between_punctuation(txt)
        if "!" in txt or "?" in txt:
            if not re.match(self.lang.DoublePunctuationRules.DoublePunctuation, txt):
                txt = _apply(txt, self.lang.DoublePunctuationRules.All)
            txt = _apply(txt, (self.lang.QuestionMarkInQuotationRule, *self.lang.ExclamationPointRules.All))
        txt = ListItemReplacer(txt).replace_parens()
        return self.sentence_boundary_punctuation(txt)

    def replace_periods_before_numeric_references(self):
        if _NEEDS[self.lang.NUMBERED_REFERENCE_REGEX](self.text):
            super().replace_periods_before_numeric_references()

    def replace_continuous_punctuation(self):
        if "!" in self.text or "?" in self.text:  # its pattern: three or more of them
            super().replace_continuous_punctuation()

    def split_into_segments(self):
        # pysbd 0.3.4's, with `_apply`, its new-line and ellipsis rules only on segments that hold
        # what each of them needs
        self.check_for_parens_between_quotes()
        sents = self.rm_none_flatten(self.text.split("\r"))
        rules = (self.lang.SingleNewLineRule, *self.lang.EllipsisRules.All)
        sents = [_apply(s, rules) if _NEW_LINE_OR_ELLIPSIS.search(s) else s for s in sents]
        sents = self.rm_none_flatten([self.check_for_punctuation(s) for s in sents])
        postprocessed_sents = []
        for sent in sents:
            post_process_sent = self.post_process_segments(_apply(sent, self.lang.SubSymbolsRules.All))
            if post_process_sent and isinstance(post_process_sent, str):
                postprocessed_sents.append(post_process_sent)
            elif isinstance(post_process_sent, list):
                postprocessed_sents.extend(post_process_sent)
        return [_apply(s, (self.lang.SubSingleQuoteRule,)) for s in postprocessed_sents]

    def post_process_segments(self, txt):
        # pysbd 0.3.4's, with `_apply`
        if len(txt) > 2 and re.search(r"\A[a-zA-Z]*\Z", txt):
            return txt
        txt = _apply(txt, self.lang.ReinsertEllipsisRules.All)
        if re.search(self.lang.QUOTATION_AT_END_OF_SENTENCE_REGEX, txt):
            return re.split(self.lang.SPLIT_SPACE_QUOTATION_AT_END_OF_SENTENCE_REGEX, txt)
        return txt.replace("\n", "").strip()


# what pysbd's `replace_punctuation` rewrites inside brackets and quotes (it escapes and unescapes
# brackets and dashes around that, which leaves a text without a backslash as it was)
_PUNCTUATION_REPLACED = re.compile(r"[.\u3002\uff0e\uff01!?\uff1f'\\]")


def _replace_punctuation(match: re.Match) -> str:
    """pysbd's `replace_punctuation`, skipped where it finds nothing to replace."""
    return replace_punctuation(match) if _PUNCTUATION_REPLACED.search(match.group()) else match.group()


class _EnglishBetweenPunctuation(BetweenPunctuation):
    """pysbd's step that protects punctuation inside brackets and quotes, each kind run only on the
    texts that hold its opening mark, and its replacement only on the groups holding punctuation."""

    def sub_punctuation_between_parens(self, txt):
        return re.sub(self.BETWEEN_PARENS_REGEX_2, _replace_punctuation, txt) if "(" in txt else txt

    def sub_punctuation_between_square_brackets(self, txt):
        return super().sub_punctuation_between_square_brackets(txt) if "[" in txt else txt

    def sub_punctuation_between_single_quotes(self, txt):
        return super().sub_punctuation_between_single_quotes(txt) if "'" in txt else txt

    def sub_punctuation_between_single_quote_slanted(self, txt):
        return super().sub_punctuation_between_single_quote_slanted(txt) if "\u2018" in txt else txt

    def sub_punctuation_between_double_quotes(self, txt):
        return super().sub_punctuation_between_double_quotes(txt) if '"' in txt else txt

    def sub_punctuation_between_quotes_arrow(self, txt):
        return super().sub_punctuation_between_quotes_arrow(txt) if "\u00ab" in txt else txt

    def sub_punctuation_between_em_dashes(self, txt):
        return super().sub_punctuation_between_em_dashes(txt) if "--" in txt else txt

    def sub_punctuation_between_quotes_slanted(self, txt):
        return super().sub_punctuation_between_quotes_slanted(txt) if "\u201c" in txt else txt


class _English(English):
    AbbreviationReplacer = _EnglishAbbreviationReplacer
    BetweenPunctuation = _EnglishBetweenPunctuation
    Processor = _EnglishProcessor


@lru_cache(maxsize=4)
def _abbreviation_ranks(lang: type) -> dict[str, tuple[int, ...]]:
    """Each abbreviation of the language's list (stripped) -> its places in the list: the step tries
    a line's abbreviations in pysbd's order."""
    ranks: dict[str, tuple[int, ...]] = {}
    for rank, abbreviation in enumerate(lang.Abbreviation.ABBREVIATIONS):
        ranks[abbreviation.strip()] = ranks.get(abbreviation.strip(), ()) + (rank,)
    return ranks


@lru_cache(maxsize=None)
def _abbreviation_pattern(abbreviation: str) -> re.Pattern:
    return re.compile(r"(?:^|\s|\r|\n){}".format(abbreviation), flags=re.IGNORECASE)


@lru_cache(maxsize=None)
def _next_char_pattern(abbreviation: str) -> re.Pattern:
    return re.compile(r"(?<={" + str(re.escape(abbreviation)) + "} ).{1}")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _English
    return segmenter


def _locate(sentences: list[str], line: str) -> list[tuple[int, int]]:
    """Where pysbd's sentences lie in `line`, as pysbd's `sentences_with_char_spans` finds them: for
    each sentence, its first occurrence (with the spaces after it) ending past the previous one."""
    spans: list[tuple[int, int]] = []
    prior_end = 0
    for sentence in sentences:
        position = 0
        while sentence and (start := line.find(sentence, position)) != -1:
            end = _SPACES.match(line, start + len(sentence)).end()
            if end > prior_end:
                spans.append((start, end))
                prior_end = end
                break
            position = end
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """pysbd's sentences as (start, end) character offsets, found line by line; leading and trailing
    spaces are left out of each span."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for start, end in _locate(_segmenter().processor(line).process(), line):
                sentence = line[start:end]
                lead, trail = len(sentence) - len(sentence.lstrip()), len(sentence) - len(sentence.rstrip())
                spans.append((offset + start + lead, offset + end - trail))
        offset += len(line) + 1
    return spans


@Language.component("trialmine_sentences", assigns=["token.is_sent_start"])
def mark_sentences(doc: Doc) -> Doc:
    """A line break always starts a sentence; inside a line, pysbd's sentences whose bounds fall on
    token bounds do (as in scispaCy's component), except right after an abbreviation ("et al.")."""
    if not len(doc):
        return doc
    text = doc_text(doc)
    token_starts = doc.to_array(IDX).tolist()
    # one array for the whole Doc: setting token.is_sent_start checks the Doc's annotations per token
    sent_starts = numpy.full(len(doc), -1, dtype="int64")
    sent_starts[0] = 1
    # only the tokens after a line break and at a pysbd sentence start can start a sentence: those
    # are looked at, not every token
    for i in _after_line_breaks(doc, text, token_starts):
        if not doc[i].is_space:
            sent_starts[i] = 1
    for start, end in sentence_spans(text):
        i = bisect_left(token_starts, start)
        if 0 < i < len(doc) and token_starts[i] == start and doc.char_span(start, end) is not None:
            if not doc[i].is_space and may_start_sentence(text, start, doc[i - 1].text, doc[i].text):
                sent_starts[i] = 1
    for start in label_letter_ends(text):
        i = bisect_left(token_starts, start)
        if 0 < i < len(doc) and token_starts[i] == start:
            sent_starts[i] = 1
    doc.from_array([SENT_START], sent_starts.view("uint64"))  # spaCy keeps attributes as uint64
    return doc


def may_start_sentence(text: str, start: int, previous: str, token: str) -> bool:
    """Whether a sentence pysbd starts at `start` (token `token`, after `previous`) starts there: not
    after an abbreviation of scispaCy's list ("et al.") unless a sentence starter follows, nor after a
    lower-case abbreviation before a lower-case word or a number ("ca. 18")."""
    if previous in _ABBREVIATIONS:
        return token in _STARTERS
    return not (_GOES_ON.match(token) and _LOWERCASE_ABBREVIATION_BEFORE.search(text, max(0, start - 12), start))


def label_letter_ends(text: str) -> list[int]:
    """Where a sentence starts after a label letter that ends one, which pysbd reads as an initial
    ("in group B. One patient died"): after a label noun ("Group A. Median ...") before any
    capitalised word, after a lower-case word ("A, B and C. In all ...") before a sentence starter."""
    starts = []
    for match in _LABEL_LETTER.finditer(text):
        before = match.group("before")
        if before.lower() in _LABEL_NOUNS or (before[0].islower() and match.group("next") in _STARTERS):
            starts.append(match.start("next"))
    return starts


def _after_line_breaks(doc: Doc, text: str, token_starts: list[int]) -> set[int]:
    """The tokens whose previous token has a line break in its trailing whitespace or is a space
    token holding one."""
    after = set()
    position = text.find("\n")
    while position != -1:
        before = bisect_right(token_starts, position) - 1  # the token the line break is in or after
        token = doc[before]
        if before + 1 < len(doc) and (position >= token.idx + len(token) or token.is_space):
            after.add(before + 1)
        position = text.find("\n", position + 1)
    return after
