"""The phrase a value measures, read from a dependency parse. Pure functions over a parsed Doc.

For the token a value hangs from (the root of its tokens), in this order:
1. the subject of "was/were/remained/reached" ("distant metastasis-free survival rates were 82.5%";
   also "increased from 20% to 40%"), or the object of "A increased X by 10%";
2. the noun before "of V" ("an overall response rate of 64%");
3. the object of the verb the value is the subject of ("64% of patients achieved CR", "30 patients
   (64%) achieved CR", "13 patients (87%) were seizure-free"; "69% did not undergo CABG" keeps the
   negation), or the verb itself when it takes none ("12% died");
4. the (passive) subject of "was achieved/observed in V", "occurred in V";
5. the noun the value is in apposition to ("ORR, 64%", "nausea (40%)", "ORR: 64%"), or the one in
   apposition to the value ("64% (ORR)");
6. the verb phrase of any other verb the value is the subject of, with its object ("54% of patients
   experience persistent symptoms"), unless a design verb ("randomized").
A phrase headed by a drug or an arm mention (``doc._.drug_mentions``, ``doc.spans["arms"]``:
"receiving cangrelor (7.0%)") or one that is a count ("45 of 49 procedures (91.8%)") says who,
not what, and is not returned.
The phrase is the head noun with the modifiers left of it and an "of"/"to"/"from"/"for" complement ("in"
after a change: "changes in HbA1c"), its brackets closed. Verb and
noun lists are data (rules/syntax.json); the parser is trialmine's CRAFT model (trialmine.parser).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from trialmine.extract.endpoints import arm_labelled_bracket, ends_in_function_word, names_no_outcome
from trialmine.nlp.components import doc_text
from trialmine.parser.pipe import parsed_sentence

_NOMINAL_TAGS = ("NN", "PRP", "CD", "JJ", "VBG", "FW", "SYM")
# irregular forms of the verbs in rules/syntax.json (regular ones are derived by _forms)
_IRREGULAR = {
    "be": ("is", "are", "was", "were", "been", "being", "am", "'s"),
    "have": ("has", "had", "having"),
    "see": ("saw", "seen", "sees", "seeing"),
    "find": ("found", "finds", "finding"),
    "become": ("became", "becomes", "becoming"),
    "rise": ("rose", "risen", "rises", "rising"),
    "fall": ("fell", "fallen", "falls", "falling"),
    "undergo": ("underwent", "undergone", "undergoes", "undergoing"),
    "show": ("shown", "showed", "shows", "showing"),
    "die": ("died", "dies", "dying"),
    "do": ("did", "done", "does", "doing"),
    "take": ("took", "taken", "takes", "taking"),
    "give": ("gave", "given", "gives", "giving"),
    "make": ("made", "makes", "making"),
    "meet": ("met", "meets", "meeting"),
}


def _forms(lemma: str) -> set[str]:
    """A verb's regular inflections ("achieve" -> achieves, achieved, achieving) plus irregular ones."""
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma]}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else "s")
    past = lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else stem + "ed"
    if lemma.endswith("ur"):  # occur -> occurred
        past, ing = lemma + "red", lemma + "ring"
    else:
        ing = stem + "ing"
    return {lemma, third, past, ing}


@dataclass(frozen=True)
class SyntaxRules:
    subject_verbs: frozenset[str]
    value_subject_verbs: frozenset[str]
    intransitive: frozenset[str]
    not_outcome_verbs: frozenset[str]
    passive_prepositions: frozenset[str]
    passive_verbs: frozenset[str]
    of_prepositions: frozenset[str]
    left_labels: frozenset[str]
    right_prepositions: frozenset[str]
    max_tokens: int
    not_outcome_heads: frozenset[str]
    generic_heads: frozenset[str]
    in_complement_heads: frozenset[str]
    who_prepositions: frozenset[str]
    statistic_heads: frozenset[str]
    likelihood_adjectives: frozenset[str]
    likelihood_ends: frozenset[str]
    comparison_prepositions: frozenset[str]
    comparison_verbs: frozenset[str]
    counted_subjects: frozenset[str]

    @classmethod
    def from_dict(cls, raw: dict) -> "SyntaxRules":
        def verbs(lemmas) -> frozenset[str]:
            return frozenset(form for lemma in lemmas for form in _forms(lemma))

        phrase = raw["phrase"]
        return cls(
            subject_verbs=verbs(raw["subject_verbs"]["lemmas"]),
            value_subject_verbs=verbs(raw["value_as_subject_verbs"]["lemmas"]),
            intransitive=verbs(raw["value_as_subject_verbs"]["intransitive"]),
            not_outcome_verbs=verbs(raw["value_as_subject_verbs"]["not_outcome_verbs"]),
            passive_prepositions=frozenset(raw["passive_in_verbs"]["prepositions"]),
            passive_verbs=verbs(raw["passive_in_verbs"]["lemmas"]),
            of_prepositions=frozenset(raw["of_nouns"]["prepositions"]),
            left_labels=frozenset(phrase["left_labels"]),
            right_prepositions=frozenset(phrase["right_prepositions"]),
            max_tokens=int(phrase["max_tokens"]),
            not_outcome_heads=frozenset(phrase["not_outcome_heads"]),
            generic_heads=frozenset(phrase["generic_heads"]),
            in_complement_heads=frozenset(phrase["in_complement_heads"]),
            who_prepositions=frozenset(phrase["who_prepositions"]),
            statistic_heads=frozenset(phrase["statistic_heads"]),
            likelihood_adjectives=frozenset(raw["likelihood"]["adjectives"]),
            likelihood_ends=frozenset(raw["likelihood"]["ends"]),
            comparison_prepositions=frozenset(raw["compared_groups"]["prepositions"]),
            comparison_verbs=frozenset(raw["compared_groups"]["verbs"]),
            counted_subjects=frozenset(raw["counted_subjects"]["nouns"]),
        )  # fmt: skip


@lru_cache(maxsize=1)
def load_rules() -> SyntaxRules:
    """rules/syntax.json."""
    path = resources.files("trialmine") / "rules" / "syntax.json"
    return SyntaxRules.from_dict(json.loads(path.read_text("utf-8")))


def measured_phrase(
    doc: Doc, start: int, end: int, rules: SyntaxRules | None = None, names: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """Character offsets of the phrase the value at ``start:end`` measures, or None. Never a drug or
    an arm: the Doc's mentions, and ``names`` (character offsets: the arms its sentence names where
    the document has no arm inventory).

    Read from the Doc's own parse when it has one (a pipeline that parses every sentence), else from
    the parse of the value's sentence by ``trialmine_parser`` (:func:`parsed_sentence`), else None."""
    rules = rules or load_rules()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    if _has_own_parse(doc):
        parsed, first_token, first_char = doc, 0, 0
    else:
        parsed, first_token, first_char = parsed_sentence(sentence), sentence.start, sentence.start_char
        if parsed is None:
            return None
    value = set(range(span.start - first_token, span.end - first_token))
    in_doc = drug_or_arm_tokens(doc)  # the sentence's share, by its own tokens: linear in long documents
    named = [doc.char_span(s, e, alignment_mode="expand") for s, e in names]
    in_doc = in_doc.union(i for n in named if n is not None for i in range(n.start, n.end)) if named else in_doc
    name_offsets = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in range(sentence.start, sentence.end) if i in in_doc]
    if arm_labelled_bracket(doc_text(doc), (sentence.start_char, sentence.end_char), start, end, name_offsets):
        return None  # "decreased body weight (SUP: PRE, 70.5 kg ...; PLA: ...)": the text rules read the bracket
    blocked = in_doc if parsed is doc else frozenset(i for i in range(len(parsed)) if first_token + i in in_doc)
    own_root = parsed[min(value) : max(value) + 1].root
    root = _first_conjunct(own_root)
    for find in (_likely_to, _subject_of_copula, _noun_before_of, _object_of_value_subject, _passive_subject, _apposition, _predicate_of_value_subject):
        head = find(root, rules)
        if head is None:
            continue
        if isinstance(head, tuple):  # a phrase given as token offsets already
            first, last = head
            if find is _predicate_of_value_subject and blocked.intersection(range(first, last + 1)):
                continue  # "75% chose A" where A is an arm: who, not what
        else:
            head = _respective_conjunct(head, own_root)
            found = _phrase(head, value, blocked, rules)
            if found is None:
                continue
            first, last = found
        phrase = parsed[first : last + 1].text
        if value.intersection(range(first, last + 1)) or names_no_outcome(phrase) or ends_in_function_word(phrase):
            continue  # "at week 8 (315 ml", "improved them by 1.7%", "improvement of respectively": no outcome
        if "±" in phrase or "+/-" in phrase:
            continue  # "... was 90.9±19.9 μg/l in A and 61.4±15.5 μg/l in B": another value's mean ± SD, not an outcome
        return first_char + parsed[first].idx, first_char + parsed[last].idx + len(parsed[last])
    return None


def _first_conjunct(tok: Token) -> Token:
    """'82% and 75%', '64% vs. 33%': the later values read like the first one."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and (tok.head.like_num or tok.head.text == "%" or tok.head.tag_ == "CD"):
        tok = tok.head
    return tok


def _conjuncts(tok: Token) -> list[Token]:
    """The token and its conjuncts, in order (a chain 'A, B, and C' hangs B from A and C from B or A)."""
    found = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.i > tok.i:
            found.extend(_conjuncts(child))
    return sorted(found, key=lambda t: t.i)


def _respective_conjunct(head: Token, value: Token) -> Token:
    """'The levels of A, B, and C were 49%, 51.6%, and 38.8%', 'X and Y were 5.2 kg and 3.1 cm,
    respectively': the k-th of as many values as the phrase names things measures the k-th thing
    (the head's conjuncts, or those of its 'of' complement); else the head."""
    first = value
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    values = _conjuncts(first)
    if len(values) < 2 or value not in values or not all(v.like_num or any(c.like_num for c in v.children) for v in values):
        return head
    things = _conjuncts(head)
    if len(things) > 1 and head.dep_ in ("nsubj", "nsubjpass"):  # "The sensitivity, specificity, ... and negative predictive
        # value ... were": a last conjunct, after its "and", that the parser made a second subject of the verb
        doc = head.doc
        things += [
            t for s in head.head.children
            if s.dep_ == head.dep_ and s.i > head.i and s.left_edge.i > 0 and doc[s.left_edge.i - 1].lower_ in ("and", "or")
            for t in _conjuncts(s)
        ]  # fmt: skip
    if len(things) == 1:
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        things = _conjuncts(objects[0]) if objects else things
    if len(things) != len(values) or any(t.i >= first.i for t in things):
        return head
    return things[values.index(value)]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# verbs a value passes on its way up to its clause's verb: participles and prepositions modifying a noun
# ("than those receiving CQ/SP (30 of 378 [7.94%]", "within the 4 weeks following treatment")
_MODIFIER_VERB_DEPS = frozenset({"acl", "relcl", "prep", "pcomp", "amod"})


def _likely_to(value: Token, rules: SyntaxRules) -> tuple[int, int] | None:
    """'respondents were more likely to choose X compared with controls (77.7% vs 25.8%)': a value of
    a clause whose verb has "likely" with a "to" verb measures what the people were likely to do
    (rules/syntax.json `likelihood`), not who they were; None when the value's own predicate comes first."""
    verb = None
    for anc in value.ancestors:
        if anc.dep_ == "xcomp" and anc.head.lower_ in rules.likelihood_adjectives:
            verb = anc
            break
        likely = next((c for c in anc.children if c.dep_ == "acomp" and c.lower_ in rules.likelihood_adjectives), None)
        if likely is not None:
            verb = next((c for c in likely.children if c.dep_ == "xcomp" and c.tag_.startswith("VB")), None)
            break
        if anc.tag_.startswith("VB") and anc.dep_ not in _MODIFIER_VERB_DEPS:
            return None
    if verb is None:
        return None
    first = min([c.i for c in verb.lefts if c.dep_ == "neg"], default=verb.i)  # "to not participate"
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "prt", "attr", "oprd", "acomp", "dative", "xcomp", "ccomp")]
    objects = objects or [c for c in verb.rights if c.dep_ == "prep"][:1]  # "to engage with the app"
    last = max((c.right_edge.i for c in objects), default=verb.i)
    for tok in verb.doc[verb.i + 1 : last + 1]:  # "choose X compared with those ...", "report X at both 3- (38.1%"
        if tok.text in "([,;:" or tok.like_num or tok.lower_ in rules.likelihood_ends:
            last = tok.i - 1
            break
    return (first, last) if last - first + 1 <= rules.max_tokens else None


def _subject_of_copula(value: Token, rules: SyntaxRules) -> Token | None:
    verb = value.head
    if value.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "from", "at", "by"):
        verb = verb.head  # "increased from 20% to 40%"
    elif value.dep_ not in ("attr", "acomp", "dobj", "npadvmod", "oprd", "advmod", "dep", "appos", "nmod", "parataxis"):
        return None
    if verb.lower_ not in rules.subject_verbs:
        return None
    if value.dep_ in ("pobj", "parataxis"):  # "A increased LV ejection fraction by 10%" / "(26 versus 31%)": what increased is the object
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return _subject(verb)


def _noun_before_of(value: Token, rules: SyntaxRules) -> Token | None:
    prep = value.head
    if value.dep_ != "pobj" or prep.lower_ not in rules.of_prepositions or prep.head.i > value.i:
        return None
    noun = prep.head
    return noun if noun.tag_.startswith(_NOMINAL_TAGS) else None


def _counted_subject(value: Token, rules: SyntaxRules) -> Token:
    """The subject a value stands for: the value itself, or the count or people it is in brackets after
    ("30 patients (64%) achieved CR", "141 (71%) patients had X": through the count to its noun; "A
    total of 141 (71%) patients had X": to the noun before 'of', `counted_subjects`)."""
    if value.dep_ not in ("appos", "parataxis"):
        return value
    head = value.head
    if head.dep_ == "nummod" and head.head.i > head.i and head.head.tag_.startswith("NN"):
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in rules.counted_subjects:
        head = head.head.head
    return head


def _object_of_value_subject(value: Token, rules: SyntaxRules) -> Token | tuple[int, int] | None:
    subject = _counted_subject(value, rules)
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        subject = value
    if subject.dep_ == "nsubj" and subject.head.lower_ in rules.value_subject_verbs:
        verb = subject.head
    elif subject is not value and subject.dep_ == "nsubj" and subject.head.lower_ in rules.subject_verbs:
        verb = subject.head  # "13 patients (87%) were seizure-free"
    else:  # "64% of patients achieved CR" read as a relative clause on "patients"
        of = [c for c in value.rights if c.dep_ == "prep" and c.lower_ == "of"]
        people = [p for c in of for p in c.children if p.dep_ == "pobj" and _key(p) in rules.not_outcome_heads]
        verb = next((v for p in people for v in p.rights if v.dep_ in ("acl", "relcl") and v.lower_ in rules.value_subject_verbs), None)
        if verb is None:
            return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "acomp") and c.i > verb.i), None)
    negation = next((c for c in verb.lefts if c.dep_ == "neg"), None)
    if obj is not None and negation is not None:  # "69% did not undergo CABG": the negated verb phrase
        first = min(c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod") and c.i >= negation.i - 1)
        return first, obj.right_edge.i
    if obj is not None:
        return obj
    if verb.lower_ in rules.intransitive:
        return verb.i, verb.i
    return None


def _predicate_of_value_subject(value: Token, rules: SyntaxRules) -> tuple[int, int] | None:
    """'54% of patients experience persistent symptoms', '86% of patients maintained mild disease
    activity': a value (a share of people) that is the subject of a verb no list names measures the
    verb phrase, the verb with its negation and its object; not a design verb ('were randomized',
    `value_as_subject_verbs.not_outcome_verbs`) nor a verb without an object."""
    subject = _counted_subject(value, rules)  # "Twenty patients (56%) in the ICBT treatment completed all seven modules"
    if subject is not value and value.text != "%":
        return None  # "women (n = 37; BMI = 25.1 ± 3.4) completed ...": only a share stands for the people counted
    verb = subject.head
    if subject.dep_ != "nsubj" or not verb.tag_.startswith("VB") or verb.lower_ in rules.not_outcome_verbs:
        return None
    if verb.lower_ in rules.subject_verbs or verb.lower_ in rules.value_subject_verbs:
        return None  # read by the finders before
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    lefts = [c.i for c in verb.lefts if c.dep_ in ("aux", "neg") and c.i > subject.i]
    first = min(lefts, default=verb.i)
    last = obj.right_edge.i
    doc = verb.doc
    for tok in doc[obj.i + 1 : last + 1]:  # "10 (67%) completed the study and only one (7%) withdrew": another value's clause
        rest = doc[tok.i : last + 1]
        if tok.text in "([,;:" or tok.text[0].isdigit() or (tok.dep_ == "cc" and (len(rest) == 1 or any(t.text[0].isdigit() or t.text in "([" for t in rest))):
            last = tok.i - 1
            break
    return (first, last) if last - first + 1 <= rules.max_tokens else None


def _passive_subject(value: Token, rules: SyntaxRules) -> Token | None:
    prep = value.head
    if value.dep_ != "pobj" or prep.lower_ not in rules.passive_prepositions:
        return None
    verb = prep.head
    if verb.lower_ in rules.passive_verbs:
        return _subject(verb)
    return None


def _apposition(value: Token, rules: SyntaxRules) -> Token | None:
    """'ORR, 64%', 'nausea (40%)', 'ORR: 64%' (same clause), or '64% (ORR)' (in brackets)."""
    doc = value.doc
    if value.dep_ in ("appos", "dep", "parataxis") and value.head.i < value.i and value.head.tag_.startswith("NN"):
        if not any(t.text == ";" for t in doc[value.head.i + 1 : value.i]) and not _compared_group(value.head, rules):
            return value.head
    for named in value.rights:
        if named.dep_ == "appos" and named.tag_.startswith("NN") and doc[named.left_edge.i - 1].text == "(":
            return named
    return None


def _compared_group(noun: Token, rules: SyntaxRules) -> bool:
    """Is the noun (or the first of the conjuncts it ends) the object of a comparison ("between CHO (48.5
    min), HCLP (48.8 min)", "compared with conventional training (70.6%", "following nitrate (16.6")? It
    names a group compared, not what was measured (rules/syntax.json `compared_groups`)."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    return prep.lower_ in rules.comparison_prepositions or (
        prep.lower_ in ("to", "with") and prep.head.lower_ in rules.comparison_verbs
    )


def _key(tok: Token) -> str:
    """Lower case, plural 's' dropped: 'Patients' -> 'patient' (the parser assigns no lemmas)."""
    low = tok.lower_
    return low[:-1] if tok.tag_ in ("NNS", "NNPS") and low.endswith("s") else low


def _phrase(head: Token, value: set[int], blocked: frozenset[int], rules: SyntaxRules) -> tuple[int, int] | None:
    """Token range of ``head`` with its left modifiers and a complement (`_complement`); None when it says
    who or where rather than what, or is too long."""
    if _key(head) in rules.not_outcome_heads or head.i in value or head.i in blocked:
        return None
    first = last = head.i
    for child in reversed(list(head.lefts)):
        sub = list(child.subtree)
        tokens = {t.i for t in sub}
        if child.dep_ not in rules.left_labels or value & tokens or blocked & tokens or sub[-1].i != first - 1:
            break  # a modifier naming a drug or an arm says who: "[the metoprolol group] LV ejection fraction"
        first = sub[0].i
    modified = first < head.i and any(t.is_alpha and t.dep_ != "det" for t in head.doc[first : head.i])
    for child in head.rights:
        if child.dep_ == "prep" and child.i == last + 1 and _complement(head, child, value, blocked, rules):
            last, modified = child.right_edge.i, True
        break
    if _key(head) in rules.generic_heads and not modified:
        return None
    if last - first + 1 > rules.max_tokens or _is_count(head.doc[first : last + 1]):
        return None
    doc = head.doc
    while first < last and doc[first].is_punct:
        first += 1
    while last > first and doc[last].is_punct and doc[last].text not in ")]":
        last -= 1
    return _balanced(doc, first, last)


def _balanced(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """The token range with its brackets closed: 'quality life scores (SIBDQ' takes the ')' right
    after it; a range with brackets left unbalanced otherwise is no phrase (None)."""
    depth = sum(1 if t.text in "([" else -1 if t.text in ")]" else 0 for t in doc[first : last + 1])
    if depth == 1 and last + 1 < len(doc) and doc[last + 1].text in ")]":
        return first, last + 1
    return None if depth else (first, last)


def _complement(head: Token, prep: Token, value: set[int], blocked: frozenset[int], rules: SyntaxRules) -> bool:
    """Does the phrase keep the prepositional complement ``prep`` of its head? 'time to progression',
    'changes in HbA1c' (`in_complement_heads`), 'readmission for ileus' (`who_prepositions`: not
    'weight loss for dulaglutide', 'rates for weeks 5-52', 'hazard ratio for death')."""
    tokens = {t.i for t in prep.subtree}
    if value & tokens:
        return False
    if prep.lower_ in rules.right_prepositions:
        return True
    if prep.lower_ == "in":
        return _key(head) in rules.in_complement_heads
    if prep.lower_ in rules.who_prepositions:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        return not (
            blocked & tokens
            or any(_key(o) in rules.not_outcome_heads for o in objects)
            or any(t.like_num for t in prep.subtree)
            or _key(head) in rules.statistic_heads
        )
    return False


_BLOCKED_KEY = "trialmine.syntax.drug_or_arm_tokens"
_OWN_PARSE_KEY = "trialmine.syntax.has_own_parse"


def _has_own_parse(doc: Doc) -> bool:
    """Does the Doc carry a dependency parse of its own (computed once per Doc: `has_annotation`
    looks at every token, and a long document asks at every value)?"""
    cached = doc.user_data.get(_OWN_PARSE_KEY)
    if cached is None:
        cached = doc.user_data[_OWN_PARSE_KEY] = doc.has_annotation("DEP")
    return cached


def drug_or_arm_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside a drug mention or an arm mention (computed once per Doc)."""
    cached = doc.user_data.get(_BLOCKED_KEY)
    if cached is None:
        blocked: set[int] = set()
        drugs = doc._.drug_mentions if Doc.has_extension("drug_mentions") else None
        for m in drugs or ():
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            blocked.update(range(span.start, span.end) if span is not None else ())
        for span in doc.spans.get("arms", ()):
            blocked.update(range(span.start, span.end))
        cached = doc.user_data[_BLOCKED_KEY] = frozenset(blocked)
    return cached


def _is_count(tokens) -> bool:
    """'45 of 49 procedures', '76 of 206 recipients', '30 patients': who was counted."""
    first = next((t for t in tokens if not t.is_punct and t.dep_ != "det"), None)
    if first is None or not first.like_num:
        return False
    return first.i + 1 >= len(first.doc) or first.nbor().text != "-"  # "one-sided", "5-year" name things
