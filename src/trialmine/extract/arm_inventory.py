"""The arm inventory of a document: definitions first, references after.

Shaped like scispaCy's abbreviation detector: pure functions find *definitions* first (the title,
design sentences: "XELIRI versus FOLFIRI", "randomized (1:1) to A or B", "X with or without Z",
"Arm A: ...") and then every later *reference* to a defined arm ("in the XELIRI arm", "with
azacitidine alone", "the placebo group"), over the candidate names `arm_phrases` finds in each
sentence. The model and rules are `arm_rules` (cues are data, `rules/arms.json`; regimen acronyms
and their components come from the drug mentions, `rules/drugs.json`); which arm a value belongs
to is `arm_linking`.
"""

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from trialmine.extract.arm_phrases import (
    _BARE_AMOUNT,
    _acronym,
    _describes_patients,
    _is_name_token,
    _matching_bracket,
    _name_end,
    _name_start,
    _normal_name,
    abbreviated_regimens,
    arm_phrases,
    listed_unit,
    therapy_definitions,
)
from trialmine.extract.arm_linking import _outside_brackets
from trialmine.extract.arm_rules import (
    _ABBREVIATED_KEY,
    _CUES_KEY,
    _NOT_NAMES_KEY,
    _THERAPY_KEY,
    Arm,
    ArmCues,
    ArmPhrase,
    ArmRules,
    _SentenceBuckets,
    _lower_keys,
    _mention_spans,
    _starting_in,
    _token_span,
    _word_keys,
    abbreviation_index,
    title_sentence,
)
from trialmine.extract.doses import doc_doses
from trialmine.extract.numbers import parse_number


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
    background: tuple[str, ...] = ()  # drugs its defining sentence gives all its arms ('patients receiving X were randomised to')
    assigned: bool = True  # its sentence assigns or compares (not only an arm noun: 'by treatment arm, BRAF or NRAS status')
    designed_at: tuple[int, int] | None = None  # a title arm's span where a later design sentence names it again
    in_title: bool = False  # defined in the document's title (`title_sentence`)


def build_inventory(doc: Doc, arm_cues: ArmCues) -> tuple[list[Arm], list[tuple[int, int, str, bool]]]:
    """The document's arms (definitions) and every mention of them: (token start, token end,
    arm_id, is_definition)."""
    cues = arm_cues.find(doc)
    doc.user_data[_CUES_KEY] = cues
    outcomes = [(m.start, m.end) for m in doc._.endpoint_mentions or []] if Doc.has_extension("endpoint_mentions") else []
    diseases = abbreviation_index(doc)[1]
    not_names = {i for start, end in diseases if not _defined_as_other(doc, start, end) for i in range(start, end)}
    for short in (doc._.abbreviations or []) if Doc.has_extension("abbreviations") else []:
        long_form = short._.long_form  # 'chronic hepatitis B (CHB)': the short form of a disease
        if long_form is not None and any(i in not_names for i in range(long_form.start, long_form.end)):
            not_names.update(range(short.start, short.end))
    for start_char, end_char in outcomes:
        span = _token_span(doc, start_char, end_char)
        if span:
            not_names.update(range(*span))
    doc.user_data[_NOT_NAMES_KEY] = not_names
    mention_spans = _mention_spans(doc)
    doc.user_data[_THERAPY_KEY] = therapy_definitions(doc, arm_cues.rules, mention_spans)
    doc.user_data[_ABBREVIATED_KEY] = abbreviated_regimens(doc, arm_cues.rules, mention_spans)
    controls = arm_cues.control_spans(doc)
    dose_tokens: set[int] = set()
    doses = doc_doses(doc)
    dose_spans = []
    for dose in doses:
        span = _token_span(doc, dose.start, dose.end)
        if span:
            dose_tokens.update(range(*span))
            dose_spans.append(span)
    sentences = list(doc.sents) or [doc[:]]
    title = title_sentence(doc)  # None: a result sentence, a paragraph, a transcript
    # each sentence sees only its own cues and mentions, so the inventory stays linear in length
    in_sentence = _SentenceBuckets(sentences)
    sentence_cues = in_sentence.split_labelled(cues)
    sentence_controls = in_sentence.split(controls)
    sentence_doses = in_sentence.split(sorted(dose_spans))
    sentence_mentions = in_sentence.split([(m, span) for m, span in mention_spans if span], key=lambda x: x[1][0])
    phrases = {
        i: arm_phrases(doc, s, sentence_cues[i], sentence_controls[i], dose_tokens, arm_cues, sentence_mentions[i], sentence_doses[i])
        for i, s in enumerate(sentences)
    }

    def has(label: str, sent: Span) -> bool:
        return bool(_starting_in(cues[label], sent.start, sent.end))

    # design sentences: the title, randomisation and group words, and 'patients received X or placebo'
    size_words = _word_keys(arm_cues.rules.size_sentence_words)
    design = [i for i, s in enumerate(sentences) if i == title or has("DESIGN", s) or has("RECIPIENT", s) and has("OR", s) and sentence_controls[i]]
    drafts: list[_Draft] = []
    for i in design:
        title_names = frozenset(d.phrase.name for d in drafts if d.in_title and d.phrase.name)
        found = _comparison_drafts(doc, sentences[i], phrases[i], sentence_cues[i], arm_cues.rules, definition=True, title=i == title,
                                   title_names=title_names)
        found += _group_label_drafts(doc, sentences[i], phrases[i], sentence_cues[i])
        if not _defines_arms(found) and len(_distinct(drafts)) < 2 and _defines_arms(named := _bracket_named_drafts(doc, phrases[i], i, arm_cues.rules)):
            found = named
        if not _defines_arms(found):  # 'randomly assigned to one of four conditions: (1) ..., (2) ... or (4) ...'
            last = i  # a parser may end a sentence before each numbered item
            starts = {start for start, _ in cues["ENUMERATION"]}
            while last + 1 < len(sentences) and sentences[last + 1].start in starts:
                last += 1
            listing = doc[sentences[i].start : sentences[last].end]
            found += _enumerated_drafts(doc, listing, [p for k in range(i, last + 1) for p in phrases[k]], cues, size_words,
                                        _word_keys(arm_cues.rules.enumeration_references))
        assigned = i == title or bool(_assigning_cues(doc, cues, sentences[i].start, sentences[i].end))
        for draft in found:
            draft.sentence, draft.assigned, draft.in_title = i, assigned, i == title
        drafts += found
    lower = _lower_keys(doc)
    comparative_words = _word_keys(arm_cues.rules.comparative_design_words)
    comparative = not comparative_words.isdisjoint(lower) and any(
        not _negated(doc[i]) for i, word in enumerate(lower) if word in comparative_words
    )
    single = _single_arm_sentences(sentences, phrases, cues, comparative, arm_cues.rules, lower)
    if comparative:
        # 'The test group was given X ..., and the patients in the control group were supported by Y';
        # 'Patients in the treatment group will receive X.' ... 'Patients in the placebo group will receive Y.':
        # the arms, unless the design compared two arms before
        given = _word_keys(arm_cues.rules.group_given_words)
        found = [
            _given_group_draft(doc, p, phrases[i], i) for i in design for p in phrases[i]
            if p.end > p.name_end and (p.name or p.role_word or p.control_term)
            and not given.isdisjoint(lower[p.end : min(p.end + 4, sentences[i].end)])
        ]
        for draft in found:
            draft.in_title = draft.sentence == title
        first_compared = min((d.sentence for d in drafts), default=len(sentences))
        if _defines_arms(found) and (len(_distinct(drafts)) < 2 or _distinct(found)[1].sentence < first_compared):
            drafts = found
    # no design sentence: the first comparison in the results, unless the study is single-arm
    # (its results compare subgroups of its one arm)
    if len(_distinct(drafts)) < 2 and not (single and not comparative):
        for i, sent in enumerate(sentences):
            found = _comparison_drafts(doc, sent, phrases[i], sentence_cues[i], arm_cues.rules, definition=False)
            if not _defines_arms(found):  # "61% in the PCI group and 40% in the SK group"
                named = [p for p in phrases[i] if p.name or p.drugs or p.control_term or p.role_word]
                # '... received surgery and were divided into 2 groups: 38 in a Gum group and 37 in a
                # control group': where two are written as groups, those are the arms
                grouped = [p for p in named if p.end > p.name_end]
                named = grouped if len(grouped) >= 2 else named
                found = []
                if sum(p.marked for p in named) >= 2:
                    found = [_named_arm_draft(doc, p, phrases[i], i) for p in named]
                    found = found if _defines_arms(found) else []
            if _defines_arms(found):
                for draft in found:
                    draft.sentence, draft.in_title = i, i == title
                drafts = found
                break
    shared = tuple(sorted({d for draft in drafts for d in draft.shared}))
    drafts = _short_forms_as_their_arms(doc, drafts, mention_spans)
    arms = _arms_from_drafts(doc, _with_background_drugs(doc, sentences, drafts, arm_cues.rules, mention_spans), cues, doses, shared, arm_cues.rules.schedule_words, arm_cues.rules.combination_names)
    said_single = cues["SINGLE_ARM"] or cues["EARLY_PHASE"]
    if said_single and not comparative and sum(bool(a.drugs or a.control_term) for a in arms) <= 1:
        arms = []  # "venetoclax in elderly versus younger patients: a phase II study": subgroups of its one arm
    if len(arms) < 2:
        arms = _single_arm(doc, phrases, single, title) or _single_arm_studied(doc, cues, arm_cues.rules)
    arms = _named_by_short_forms(doc, arms, mention_spans)
    # arms named only by a control term or a role word are other names of arms defined already
    arms = _role_words_as_their_arms(_control_words_as_their_groups(arms), arm_cues.rules.role_words)
    arms = _placebo_partners(doc, arms, [p for sentence in phrases.values() for p in sentence], arm_cues.rules)
    mentions = _with_backbones_joined(doc, _arm_mentions(doc, arms, phrases, arm_cues.make_doc), arm_cues.rules.backbone_links)
    mentions = _without_described_arms(doc, mentions)
    sizing = [s for s in sentences if not size_words.isdisjoint(lower[s.start : s.end])]
    return _sized_by_counts(doc, arms, mentions, cues, sizing, arm_cues.rules.patient_nouns), mentions


def _short_forms_of_names(doc: Doc, names: dict[str, set[str]], mention_spans: list[tuple]) -> dict[str, set[str]]:
    """Owner -> the short forms ('rt') whose long form ('standard radiotherapy') ends with one of
    the owner's names ('radiotherapy'), for short forms that fit exactly one owner and are no drug."""
    drug_tokens = {i for _, span in mention_spans if span for i in range(*span)}
    found: dict[str, set[str]] = {}
    for (start, end), long_form in abbreviation_index(doc)[0].items():
        if any(i in drug_tokens for i in range(start, end)):
            continue
        words = _normal_name(long_form).split()
        owners = {owner for owner, own in names.items() for name in own if name.split() and words[-len(name.split()):] == name.split()}
        if len(owners) == 1:
            found.setdefault(owners.pop(), set()).add(doc[start:end].text.lower())
    return found


def _short_forms_as_their_arms(doc: Doc, drafts: list[_Draft], mention_spans: list[tuple]) -> list[_Draft]:
    """'... versus cognitive behavioural therapy' ... 'standard cognitive behavioural therapy (CBT)'
    ... 'randomised to TMZ or CBT': an arm named by the short form of another arm's name (no drugs
    in either) is that arm, written again."""
    named = {d.phrase.name: {d.phrase.name} for d in drafts if d.phrase.name and not d.phrase.drugs}
    if len(named) < 2:
        return drafts
    name_of = {short: name for name, shorts in _short_forms_of_names(doc, named, mention_spans).items() for short in shorts}
    for draft in drafts:
        long_name = name_of.get(draft.phrase.name or "")
        if long_name is not None and not draft.phrase.drugs and long_name in named:
            draft.aliases.add(draft.phrase.name)
            draft.phrase = replace(draft.phrase, name=long_name)
    return drafts


def _with_background_drugs(
    doc: Doc, sentences: list[Span], drafts: list[_Draft], rules: ArmRules, mention_spans: list[tuple]
) -> list[_Draft]:
    """The distinct drafts; those a sentence defines together (after the title) take the drugs
    that sentence gives all of them (`_background_drugs`): 'randomized to receive three cycles of
    erlotinib first and then either A (arm A) or B (arm B)' gives arms A and B erlotinib, not the
    arms another sentence defines."""
    kept = _distinct(drafts)
    for i in sorted({d.sentence for d in kept if not d.in_title}):
        own = [d for d in drafts if d.sentence == i]
        phrases = {id(d.phrase) for d in own}
        together = [k for k in kept if k in own or any(id(p) in phrases for p in k.restated)]
        if len(together) < 2:
            continue
        background = tuple(sorted(_background_drugs(doc, sentences[i], own, rules, mention_spans)))
        for draft in together:
            draft.background = background
        break
    return kept


def _background_drugs(doc: Doc, sent: Span, own: list[_Draft], rules: ArmRules, mention_spans: list[tuple]) -> set[str]:
    """Drugs written in the sentence that defines arms (`own`, its drafts) before its first arm and
    outside every arm's phrase: 'patients receiving four cycles of doxorubicin and cyclophosphamide
    were randomised to weekly or 3-weekly docetaxel'. Not a drug of the patients' history ('prior',
    'refractory', or `background_history_words` before it in the sentence)."""
    covered = {i for d in own for p in (d.phrase, d.source) if p is not None for i in range(p.start, max(p.end, p.extent_end))}
    first = min(d.phrase.start for d in own)
    cues = doc.user_data.get(_CUES_KEY) or {}
    assigned = next(iter(_assigning_cues(doc, cues, sent.start, first)), None)
    if assigned is None:
        return set()
    recipient_ends = {e for s, e in cues.get("RECIPIENT", []) if sent.start <= s < assigned}
    background: set[str] = set()
    for mention, span in mention_spans:
        if not span or not (sent.start <= span[0] and span[1] <= first) or covered.intersection(range(*span)):
            continue
        if _describes_patients(doc, span, rules) or not rules.background_history_words.isdisjoint(t.lower_ for t in doc[sent.start : span[0]]):
            continue
        if doc[sent.start : span[0]].text.count("(") > doc[sent.start : span[0]].text.count(")"):
            continue  # in brackets: what an arm is ('(Diacerein treatment group; n = 12)')
        # 'patients receiving X were randomised to ...' (given before the assignment), or 'randomized to
        # receive X first and then either A or B' (given before the arms, in sequence)
        given_before = span[1] <= assigned and any(e <= span[0] and span[0] - e <= 6 for e in recipient_ends)
        then = {t.lower_ for t in doc[span[1] : min(span[1] + 3, first)]}
        if given_before or (span[0] > assigned and not rules.background_sequence_words.isdisjoint(then)):
            background.update(mention.components or (mention.drug,))
    return background


def _assigning_cues(doc: Doc, cues: dict, start: int, end: int) -> list[int]:
    """Starts of the DESIGN cues in tokens [start, end) that assign or compare ('randomized',
    'versus'), not an arm noun alone ('by treatment arm, BRAF or NRAS status')."""
    return [s for s, _ in _starting_in(cues.get("DESIGN", []), start, end) if doc[s].lower_ not in _ARM_NOUNS]


def _named_by_short_forms(doc: Doc, arms: list[Arm], mention_spans: list[tuple]) -> list[Arm]:
    """'Temozolomide versus radiotherapy' ... 'standard radiotherapy (RT)' ... 'in the RT group': a
    short form whose long form ends with the name of exactly one arm without drugs names that arm
    too (an alias, so its later uses are mentions and may become the label, GUIDELINES §7.2). Arms
    with drugs are named by their drugs' short forms already."""
    if len(arms) < 2:
        return arms
    added = _short_forms_of_names(doc, {a.arm_id: set(a.aliases) for a in arms if not a.drugs}, mention_spans)
    return [replace(a, aliases=tuple(sorted({*a.aliases, *added[a.arm_id]}))) if a.arm_id in added else a for a in arms]


def _control_words_as_their_groups(arms: list[Arm]) -> list[Arm]:
    """'... 0.5 mL distilled water (group P)' ... 'compared to the placebo group': an arm named only
    by a control term ('placebo', 'saline'), without drugs or group label, is the one group-labelled
    arm with that control term (GUIDELINES §7.2: one arm, defined once, its other names aliases),
    not an arm of its own. Two groups with one control term ('two control arms') leave it apart."""
    merged: dict[str, str] = {}
    for word in arms:
        if word.drugs or word.group_label or not word.control_term:
            continue
        groups = [a for a in arms if a.group_label and a.control_term == word.control_term]
        if len(groups) == 1:
            merged[word.arm_id] = groups[0].arm_id
    return _merged(arms, merged)


def _placebo_partners(doc: Doc, arms: list[Arm], phrases: list[ArmPhrase], rules: ArmRules) -> list[Arm]:
    """'huachansu plus gemcitabine versus placebo plus gemcitabine' ... 'gemcitabine with huachansu
    (arm A) or placebo (arm B)', 'one group received naproxen plus placebo': where the one placebo
    arm has no drugs, the drugs the document gives with the placebo are its background (GUIDELINES
    §7.2: 'placebo plus azacitidine' is azacitidine), and the phrase names that arm, not another.
    Only when every such phrase gives the same drugs, and none lists arms (`placebo_partner_breaks`:
    'placebo and X'). The placebo is the rules' `placebo_term`."""
    term, breaks = rules.placebo_term, rules.placebo_partner_breaks
    placebo = [a for a in arms if a.control_term == term and not a.drugs and not a.background]
    if len(arms) < 2 or len(placebo) != 1 or sum(a.control_term == term for a in arms) != 1:
        return arms
    partners = {
        p.drugs for p in phrases
        if p.control_term == term and p.drugs and breaks.isdisjoint(t.lower_ for t in doc[p.start : p.name_end])
    }
    if len(partners) != 1:
        return arms
    drugs = next(iter(partners))
    named = {alias for a in arms for alias in a.aliases if term in alias.split()}
    return [
        replace(a, background=drugs, aliases=tuple(sorted({*a.aliases, *named}))) if a is placebo[0]
        else replace(a, aliases=tuple(x for x in a.aliases if x not in named)) for a in arms
    ]


def _role_words_as_their_arms(arms: list[Arm], role_words: dict[str, list[str]]) -> list[Arm]:
    """'randomized to intensive nurse case management or usual care' ... 'higher for the treatment
    group than for the control group': an arm named only by a role word ('treatment', 'experimental'),
    after the arms were defined, is the one arm defined before it with that role, or, where no other
    arm has that role, the one arm defined before it whose role the text does not say (every other
    arm having its own)."""
    words = {a.arm_id for a in arms if not (a.drugs or a.group_label or a.control_term) and a.role
             and a.label.lower() in role_words.get(a.role, ())}
    merged: dict[str, str] = {}
    for word in (a for a in arms if a.arm_id in words):
        others = [a for a in arms if a.arm_id not in words]
        named = [a for a in others if a.start < word.start]
        same = [a for a in named if a.role == word.role]
        if not any(a.role == word.role for a in others):
            same = [a for a in named if a.role is None]
        if len(same) == 1 and (same[0].role or all(a.role for a in others if a is not same[0])):
            merged[word.arm_id] = same[0].arm_id
    return _merged(arms, merged, roles=True)


def _merged(arms: list[Arm], merged: dict[str, str], roles: bool = False) -> list[Arm]:
    """`arms` without those `merged` (arm_id -> the arm_id it is), whose names become aliases (and,
    with `roles`, whose role is given to an arm without one) of the arm they are; ids renumbered.
    At least two arms stay; sizes stay those of the definitions."""
    kept = [a for a in arms if a.arm_id not in merged]
    if not merged or len(kept) < 2:
        return arms
    result = []
    for k, arm in enumerate(kept):
        same = [a for a in arms if merged.get(a.arm_id) == arm.arm_id]
        aliases = {*arm.aliases, *(alias for a in same for alias in (*a.aliases, a.label.lower()))}
        role = arm.role or (same[0].role if roles and same else None)
        result.append(replace(arm, arm_id=f"A{k + 1}", aliases=tuple(sorted(aliases)), role=role))
    return result


def _negated(token) -> bool:
    """'non-randomized', 'non randomised', 'not randomized': the word says the opposite."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 2) : token.i]]
    return bool(before) and (before[-1] in {"non", "not", "no"} or before[-2:] == ["non", "-"])


def _sized_by_counts(doc: Doc, arms: list[Arm], mentions, cues: dict, sizing: list[Span], patient_nouns: frozenset[str]) -> list[Arm]:
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
        return _sized_alike(doc, arms, cues, sizing, patient_nouns)
    return [replace(a, n=sizes[a.arm_id]) if a.n is None and a.arm_id in sizes else a for a in arms]


def _sized_alike(doc: Doc, arms: list[Arm], cues: dict, sizing: list[Span], patient_nouns: frozenset[str]) -> list[Arm]:
    """'There were 50 patients in each group', 'randomly divided into two groups of 22': one size
    for every arm, in a randomisation or enrolment sentence, when no arm has one and the number of
    groups, where written, is the number of arms ('two groups of three sequential admissions'
    counts no patients)."""
    if any(a.n is not None for a in arms):
        return arms
    for s, e in (span for sent in sizing for span in _starting_in(cues["EACH_ARM_SIZE"], sent.start, sent.end)):
        counted = doc[e - 1].lower_ not in _ARM_NOUNS  # 'two groups of 22' (else '22 in each group')
        if counted and e < len(doc) and doc[e].is_alpha and doc[e].lower_ not in patient_nouns | {"each", "per"}:
            continue
        size = parse_number(doc[e - 1 if counted else s].text)
        groups = parse_number(doc[s].text) if counted else None
        if size is not None and size == int(size) and size > 0 and groups in (None, len(arms)):
            return [replace(a, n=int(size)) for a in arms]
    return arms


def _defined_as_other(doc: Doc, start: int, end: int) -> bool:
    """An abbreviation tagged DISEASE (tokens start to end) whose long form in the document names
    no disease ('PPV' for 'personalized peptide vaccination')."""
    long_forms, diseases = abbreviation_index(doc)
    long_form = long_forms.get((start, end))
    if long_form is None:
        return False
    i = bisect_right(diseases, (long_form.end,)) - 1  # the last disease starting before the long form ends
    return not (i >= 0 and diseases[i][1] > long_form.start)


def _arm_mentions(doc: Doc, arms: list[Arm], phrases: dict[int, list[ArmPhrase]], make_doc) -> list[tuple[int, int, str, bool]]:
    """Definitions and references: each phrase that resolves to an arm, the definition spans,
    and every other occurrence of an arm's name ("ZES versus PES" defines them; a later bare
    "PES" refers to one)."""
    if not arms:
        return []
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
    matcher = PhraseMatcher(doc.vocab, attr=LOWER)  # by id: an attribute name costs a pydantic validation per matcher
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
        elif overlapping and all(start < s < end <= e and not found[(s, e)][1] for s, e in overlapping):
            # 'the No coffee group': a longer name that starts before a reference ('coffee group') names its own arm
            last = max(e for _, e in overlapping)
            for key in overlapping:
                pop(key)
            add((start, last), (doc.vocab.strings[match_id], False))
    return [(s, e, arm_id, definition) for (s, e), (arm_id, definition) in sorted(found.items())]


def _without_described_arms(doc: Doc, mentions: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """'the control group (no Bioglue application)': an arm named inside a bracket that opens right
    after another arm's mention describes that arm; it is not a mention of its own (definitions stay)."""
    ends = {end: arm_id for _, end, arm_id, _ in mentions}
    kept = []
    for start, end, arm_id, definition in mentions:
        opened = next((i for i in range(start - 1, max(-1, start - 5), -1) if doc[i].text in {"(", "["}), None)
        closes = opened is not None and any(t.text in {")", "]"} for t in doc[end : end + 6])
        owner = ends.get(opened) if opened is not None else None
        if not definition and closes and owner is not None and owner != arm_id:
            continue
        kept.append((start, end, arm_id, definition))
    return kept


def _with_backbones_joined(doc: Doc, mentions: list[tuple[int, int, str, bool]], links: frozenset[str]) -> list[tuple[int, int, str, bool]]:
    """'chemotherapy alone or chemotherapy plus bevacizumab': the second 'chemotherapy' is the
    bevacizumab arm's backbone, not a mention of the first arm. An arm's name written right before
    a backbone link ('plus', 'with') and another arm's name is one mention of that other arm."""
    joined: list[tuple[int, int, str, bool]] = []
    most_tokens = max(map(len, links), default=0) + 1  # n tokens joined by spaces are at least 2n - 1 characters
    for start, end, arm_id, definition in mentions:
        if joined:
            p_start, p_end, p_arm, p_definition = joined[-1]
            if p_arm != arm_id and start - p_end <= most_tokens and " ".join(t.lower_ for t in doc[p_end:start]) in links:
                joined[-1] = (p_start, end, arm_id, definition or p_definition)
                continue
        joined.append((start, end, arm_id, definition))
    return joined


def _name_end_char(doc: Doc, phrase: ArmPhrase) -> int:
    last = doc[phrase.name_end - 1]
    return last.idx + len(last)


def _comparison_drafts(
    doc: Doc, sent: Span, phrases: list[ArmPhrase], cues: dict, rules: ArmRules, definition: bool, title: bool = False,
    title_names: frozenset[str] = frozenset(),
) -> list[_Draft]:
    """'X versus Y', 'X compared with Y', 'randomized to A, B or C', 'X with or without Z'.

    In the title an arm without drugs may be any short name next to 'versus' ("Primary
    angioplasty versus thrombolysis"); in a design sentence, a name the title gave an arm
    (`title_names`: "... versus radiotherapy" then "randomized to receive radiotherapy alone or ...")."""
    usable = [p for p in phrases if p.drugs or p.control_term or p.name or p.role_word]
    taken = {i for p in phrases for i in range(p.start, p.end)}
    drafts: list[_Draft] = []
    links = [(s, e, "COMPARATOR") for s, e in cues["COMPARATOR"]] + [(s, e, "WITH_OR_WITHOUT") for s, e in cues["WITH_OR_WITHOUT"]]
    if definition:  # "randomized to A or B"; in results 'or' joins anything
        wow = {i for s, e in cues["WITH_OR_WITHOUT"] for i in range(s, e)}
        links += [(s, e, "OR") for s, e in cues["OR"] if s not in wow]
        links += [(s, s + 1, "OR") for s in _sized_list_joins(doc, sent, usable, cues)]
        # 'A, a synthetic cannabinoid, and B were compared': 'and' before the verb lists the arms
        compared = next((c for c, _ in cues["COMPARED_AFTER"] if sent.start <= c < sent.end), None)
        links += [(a, b, "OR") for a, b in cues["AND"] if compared is not None and sent.start <= a < compared]
    for s, e, kind in sorted(links):
        if not (sent.start <= s < sent.end):
            continue
        # "randomized to linagliptin 5 mg/day (n = 162) or placebo": the dose and the size belong to the arm
        left = [p for p in usable if p.end <= s and s - min(_written_to(doc, p, s), s) <= 8]
        # results sentences put the value between: "63.9% with A, compared with 18.4% for B"
        reach = 4 if definition else 10
        right = [p for p in usable if p.start >= e and p.start - e <= reach and not any(e <= x < p.start for x, _, _ in links)]
        # 'randomized to oral UFT (dose) every 3 weeks until progression or to observation (OBS)': 'or to'
        # repeats the 'to' of the assignment, whose first arm is named right after it
        parallel = None
        if definition and kind == "OR" and e < sent.end and doc[e].lower_ == "to":
            opened = [end for start, end in cues["RECIPIENT"] if sent.start <= start and end <= s and doc[end - 1].lower_ == "to"]
            parallel = next((p for p in usable if opened and opened[-1] <= p.start <= opened[-1] + 2 and p.end <= s), None)
            if parallel is not None:
                left = [parallel]
        if definition and not right:  # 'or four cycles of 3-weekly docetaxel': a schedule written before the drug
            right = [p for p in usable if e < p.start <= e + 7 and p.drugs and not any(t.is_punct and t.text not in "-–" for t in doc[e : p.start])]
        # "or pain education plus telemonitoring (experimental arm)": the words before the bracketed role
        role_after = next((p for p in usable if e < p.start <= e + 8 and not any(e <= x < p.start for x, _, _ in links)), None)
        named_right = _named_before_role(doc, role_after, e, rules) if role_after is not None else None
        if named_right is not None and named_right.start == e and (not right or right[0] is role_after):
            right = [named_right]
        versus = any(v == s for v, _ in cues["VERSUS"])
        # a name without drugs: both sides in the title ("Primary angioplasty versus thrombolysis"),
        # one side in a design sentence when the other is a drug or a marked name ("assigned to ZES or PES")
        generic = (title and versus) or (definition and (versus or kind == "OR") and bool(left) != bool(right))
        if generic:
            if title and not left and right and right[0].start > e:
                right = []  # "concurrent versus sequential alternating gefitinib and chemotherapy": both by schedule
            # 'surgery alone or surgery plus chemotherapy': the name before 'alone'
            alone_at = next((a_start for a_start, a_end in cues["ALONE"] if a_end == s), None)
            name_to = alone_at if alone_at is not None else s
            if not left and (start := _name_start(doc, name_to, sent.start, taken, rules)) is not None:
                # '98 received either pomegranate juice or placebo': a name given to the patients is written as an arm
                given = any(end == start or end == start - 1 and doc[end].lower_ == "either" for _, end in cues["RECIPIENT"])
                left = [replace(_generic_name(doc, start, name_to, s, rules, marked=given), alone=alone_at is not None)]
            if not right and (end := _name_end(doc, e, sent.end, taken, rules)) is not None:
                alone = next((a_end for a_start, a_end in cues["ALONE"] if a_start == end), None)  # "or PPV alone"
                right = [replace(_generic_name(doc, e, end, alone or end, rules), alone=alone is not None)]
            if not title:  # one side only: an acronym ("ZES", "PTCA"), not any words next to 'or'
                left = [p for p in left if _names_an_arm(doc, p) or p.name in title_names]
                # "randomised to mantle radiotherapy alone or mantle radiotherapy followed by ...": 'to' governs both
                # (only where the first ends at 'or': not '... until disease progression or intolerable toxicity')
                assigned = bool(left) and any(end == left[-1].start for _, end in cues["RECIPIENT"]) and s - _written_to(doc, left[-1], s) <= 1
                right = [p for p in right if assigned or _names_an_arm(doc, p) or p.name in title_names]
        # 'randomized to the X arm (N = 61; X 4 mg/kg weekly; Y ...) or Control arm (N = 31; Y ...)': an arm
        # written as a group before a bracket that ends right before the link; each bracket gives its arm's drugs
        described = _described_in_brackets(doc, s, e, usable, sent) if definition else None
        if described is not None:
            left, right = [described[0]], [described[1]]
            parallel = described[0]
        held = _names_inside(doc, s, e) if kind == "WITH_OR_WITHOUT" else []
        if len(held) == 2 and any(t.lower_ == "not" for t in doc[s:e]):
            drafts += _given_or_not_drafts(doc, s, e, held, left, right, phrases, sent, taken, rules)
            continue
        if not left or not right:
            continue
        shared = _shared_drugs(doc, left[-1], right[0], usable, rules) if title and generic else ()
        left_phrase, right_phrase = left[-1], right[0]
        if parallel is None and any(left_phrase.end <= p.start and p.end <= s for p in usable):
            continue
        bracket = _opening_bracket(doc, left_phrase, phrases)
        if bracket is not None and not left_phrase.drugs:
            # "X plus Y (XY arm; n = 49) or ...", "fludarabine plus TBI (Flu-TBI arm) or ...": the
            # bracketed name belongs to the arm before it
            named = [p for p in usable if p.end <= bracket and bracket - max(p.extent_end, p.end) <= 9]
            if named and (named[-1].drugs or named[-1].control_term):
                left_phrase = named[-1]
            else:  # "pain education alone (control arm) or ...": the words before the bracket name it
                left_phrase = _named_before_role(doc, left_phrase, sent.start, rules) or left_phrase
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
            _named_as_held(pair, held, phrases, rules)  # "docetaxel with (group DZ) or without (group D) zoledronic acid"
            drafts += pair
            continue
        listed = [left_phrase]
        if kind == "OR":  # "A, B or C"
            for earlier in reversed([p for p in usable if p.end <= left_phrase.start]):
                gap = doc[_written_to(doc, earlier, listed[0].start) : listed[0].start].text.strip()
                if gap != ",":
                    break
                listed.insert(0, earlier)
            between = _listed_name(doc, _written_to(doc, left_phrase, s), s, taken, rules)
            if definition and between is not None:  # 'yoga, walking or usual care': a name without drugs between
                listed.append(between)
        link_starts = sorted(x for x, _, _ in links if x > e)
        for phrase in [*listed, right_phrase]:
            limit = s if phrase is not right_phrase else next((x for x in link_starts if x >= phrase.end), sent.end)
            draft = _Draft(phrase, _text(doc, phrase), "comparison", doc[phrase.start].idx, _name_end_char(doc, phrase))
            if described is not None:
                draft.drugs = described[2 if phrase is left_phrase else 3] or None
            if phrase is right_phrase and kind == "OR" and phrase.start == e and described is None:
                draft.drugs = _placebo_for_last_drug(doc, left_phrase, phrase, rules.placebo_term) or _alternative_add_on(
                    doc, left_phrase, phrase, [p for p in usable if p.end <= left_phrase.start]
                )
            if phrase is right_phrase and definition and phrase.name and not phrase.drugs:
                _take_drugs_given_after(doc, draft, usable, min(limit, sent.end), cues)
            draft.generic = title and not (phrase.drugs or phrase.control_term or phrase.role_word or phrase.marked)
            draft.shared = shared
            _name_from_brackets(doc, draft, min(limit, sent.end), taken, rules, phrases)
            drafts.append(draft)
    return drafts


def _names_inside(doc: Doc, start: int, end: int) -> list[Span]:
    """The contents of the brackets within tokens start to end: the arms' names a cue holds
    ('with (group DZ) or without (group D)')."""
    names, opened = [], None
    for token in doc[start:end]:
        if token.text in {"(", "["}:
            opened = token.i + 1
        elif token.text in {")", "]"} and opened is not None and token.i > opened:
            names.append(doc[opened : token.i])
            opened = None
    return names


def _named_as_held(pair: list[_Draft], held: list[Span], phrases: list[ArmPhrase], rules: ArmRules) -> None:
    """The two arms of a with-or-without cue take the names its brackets hold, in order (role
    words, 'experimental group', are no names); a group label held ('group D') is the arm's."""
    role_words = {w for words in rules.role_words.values() for w in words}
    labels = {p.start: p for p in phrases if p.group_label}
    for draft, named in zip(pair, held):
        if {t.lower_ for t in named} - _ARM_NOUNS <= role_words:
            continue
        draft.aliases.update({draft.label.lower(), _normal_name(named), named.text.lower(), _noun_first_or_last(named)})
        draft.label, draft.start, draft.end = named.text, named.start_char, named.end_char
        label = labels.get(named.start)
        if label is not None and label.end <= named.end:
            draft.phrase = replace(draft.phrase, group_label=label.group_label)


def _given_or_not_drafts(doc: Doc, s: int, e: int, held: list[Span], left: list[ArmPhrase], right: list[ArmPhrase],
                         phrases: list[ArmPhrase], sent: Span, taken: set[int], rules: ArmRules) -> list[_Draft]:
    """'assigned to skin-to-skin contact (experimental group) or not (control group)', 'randomized
    to receive (group II) or not (group I) maintenance therapy with X': what is given, written right
    before the first bracket (else right after the second), is the first name's arm; the second
    name's arm goes without it."""
    given = left[-1] if left and s - _written_to(doc, left[-1], s) <= 0 else None
    if given is None and (start := _name_start(doc, s, sent.start, taken, rules)) is not None:
        given = _generic_name(doc, start, s, s, rules)
    if given is None and right and right[0].start == e:
        given = right[0]
    if given is None and (end := _name_end(doc, e, sent.end, taken, rules)) is not None:
        given = _generic_name(doc, e, end, end, rules)
    if given is None:
        return []
    without = held[1]
    control = ArmPhrase(without.start, without.end, name=_normal_name(without), marked=True, name_end=without.end, extent_end=without.end)
    pair = [_Draft(given, _text(doc, given), "with-or-without", doc[given.start].idx, _name_end_char(doc, given), role="experimental"),
            _Draft(control, without.text, "with-or-without", without.start_char, without.end_char, role="control", drugs=())]
    _named_as_held(pair, held, phrases, rules)
    return pair


def _noun_first_or_last(name: Span) -> str:
    """'group dz' for 'DZ group' and 'dz group' for 'group DZ': the other order an arm's name is written in."""
    words = name.text.lower().split()
    if words[-1] in _ARM_NOUNS:
        return " ".join([words[-1], *words[:-1]])
    if words[0] in _ARM_NOUNS:
        return " ".join([*words[1:], words[0]])
    return name.text.lower()


def _names_an_arm(doc: Doc, phrase: ArmPhrase) -> bool:
    """A phrase that names an arm on its own, beside a name without drugs: drugs, a control term, a
    role word, a marked name ('the PCI group') or an acronym ('ZES')."""
    return bool(phrase.drugs or phrase.control_term or phrase.role_word or phrase.marked or _acronym(doc[phrase.start : phrase.name_end]))


def _described_in_brackets(doc: Doc, s: int, e: int, usable: list[ArmPhrase], sent: Span) -> tuple | None:
    """(left arm, right arm, left drugs, right drugs) where both arms are written as groups ('the X
    arm', 'Control arm') and the left one's bracket closes right before the link at `s`."""
    if s <= sent.start or doc[s - 1].text not in {")", "]"}:
        return None
    opened = _matching_bracket(doc, s - 1, sent.start)
    owner = next((p for p in usable if opened is not None and p.end > p.name_end and p.end == opened), None)
    after = next((p for p in usable if p.end > p.name_end and e <= p.start <= e + 2), None)
    if owner is None or after is None:
        return None
    closed = _matching_bracket(doc, after.end, sent.end) if after.end < sent.end and doc[after.end].text in {"(", "["} else None

    def drugs_in(start: int, end: int) -> tuple[str, ...]:
        return tuple(sorted({d for p in usable if start < p.start and p.end <= end for d in p.drugs}))

    left_drugs = drugs_in(opened, s - 1)
    if not left_drugs:
        return None
    return owner, after, left_drugs, drugs_in(after.end, closed) if closed is not None else ()


def _listed_name(doc: Doc, start: int, end: int, taken: set[int], rules: ArmRules) -> ArmPhrase | None:
    """', walking' between one arm and 'or' (', MM,' before ', or SHE'): a name of one to four words
    after a comma."""
    if end - start > 2 and doc[end - 1].text == ",":  # a serial comma
        end -= 1
    if end - start < 2 or doc[start].text != "," or doc[end - 1].text == ",":
        return None
    if not all(_is_name_token(t, taken, rules) or t.text in {"-", "–"} for t in doc[start + 1 : end]) or end - start > 5:
        return None
    return _generic_name(doc, start + 1, end, end, rules, marked=True)


def _generic_name(doc: Doc, start: int, end: int, name_end: int, rules: ArmRules, marked: bool = False) -> ArmPhrase:
    """An arm named without drugs next to 'versus'/'or'; a role word alone ('assigned to the
    intervention or control group') names the arm by its role."""
    name = _normal_name(doc[start:end])
    role = next((r for r, words in rules.role_words.items() if name in words), None)
    if role is not None:
        return ArmPhrase(start, name_end, role_word=role, marked=True, name_end=name_end)
    return ArmPhrase(start, name_end, name=name, marked=marked, name_end=name_end)


def _enumerated_drafts(doc: Doc, sent: Span, phrases: list[ArmPhrase], cues: dict, assignment_words: frozenset[int],
                       references: frozenset[int]) -> list[_Draft]:
    """'randomly assigned to one of four conditions: (1) aerobic training alone, (2) resistance
    training alone, ... or (4) attention-control (progressive stretching)': arms listed after numbers
    (or letters) in brackets, each up to the next number, ';' or a bracket of its own (at most
    `_ENUMERATED_ITEM_WORDS` tokens: '(A) X and Y repeated on 3-week cycle'), in a sentence that
    assigns patients before the list (`assignment_words`: 'randomized', 'allocated'; not '...
    differed in (i) X, (ii) Y'); its drugs and control term are those named in it. A number after
    one of the `references` words refers to an item before ('(B) same treatment as (A) plus X'): the
    item has that item's drugs too. Both word sets are vocabulary keys (`_word_keys`)."""
    found = [(s, e) for s, e in cues["ENUMERATION"] if sent.start <= s and e <= sent.end]
    referring = {(s, e) for s, e in found if s > sent.start and doc[s - 1].lower in references}
    markers = [m for m in found if m not in referring]
    if len(markers) < 2 or not any(lower in assignment_words for lower in (t.lower for t in doc[sent.start : markers[0][0]])):
        return []
    drafts: list[_Draft] = []
    by_marker: dict[str, _Draft] = {}
    stops = {";", "(", "[", ":"}
    inside_references = {i for s, e in referring for i in range(s, e)}
    for k, (s, e) in enumerate(markers):
        limit = markers[k + 1][0] if k + 1 < len(markers) else sent.end
        end = next((t.i for t in doc[e:limit] if t.text in stops and t.i not in inside_references), limit)
        while end > e and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in {"or", "and"}):
            end -= 1
        if end == e or end - e > _ENUMERATED_ITEM_WORDS + sum(e <= r < end for r in inside_references):
            return []
        inside = [p for p in phrases if e <= p.start < end]  # a drug with its short form may run past the item's bracket
        control = next((p.control_term for p in inside if p.control_term), None)
        drugs = {d for p in inside for d in p.drugs}
        for rs, re_ in referring:
            if e <= rs < end and doc[rs + 1].lower_ in by_marker:
                drugs.update(by_marker[doc[rs + 1].lower_].drugs or ())
        drugs = tuple(sorted(drugs))
        phrase = ArmPhrase(e, end, drugs=drugs, control_term=control, name=_normal_name(doc[e:end]), marked=True, name_end=end, extent_end=end)
        # the span starts at the item's number or letter, the arm's label as the design writes it
        draft = _Draft(phrase, doc[e:end].text, "comparison", doc[e - 2].idx, _name_end_char(doc, phrase), drugs=drugs or None)
        if any(e <= r < end for r in inside_references):
            draft.source = phrase  # an item defined by another ('as (A) plus X') is an arm of its own name
        by_marker[doc[e - 2].lower_] = draft
        drafts.append(draft)
    return drafts


def _given_group_draft(doc: Doc, group: ArmPhrase, phrases: list[ArmPhrase], sentence: int) -> _Draft:
    """A group defined by what it gets ('the treatment group received intraoperative BES'): what it
    gets, named right after, is another name of the arm ('the BES group') and gives its drugs."""
    draft = _named_arm_draft(doc, group, phrases, sentence)
    gets = next((p for p in phrases if group.end < p.start <= group.end + 5 and (p.name or p.drugs) and not p.end > p.name_end), None)
    if gets is not None:
        if gets.name:
            draft.aliases.add(gets.name)
        if gets.drugs and not draft.phrase.drugs:
            draft.drugs, draft.source = gets.drugs, gets
    return draft


def _bracket_named_drafts(doc: Doc, phrases: list[ArmPhrase], sentence: int, rules: ArmRules) -> list[_Draft]:
    """'randomly assigned to receive either A combined with B (combination group, n = 17) or B
    alone (chemotherapy group, n = 17)': each alternative described at length, then named as a
    group in its own bracket; the bracketed groups, joined by one of the `bracket_alternative_words`
    ('or', 'versus', 'and') outside the brackets, are the arms (when no earlier sentence defined two)."""
    named = []
    for p in phrases:
        opener = p.start - 1 - (p.start > 0 and doc[p.start - 1].lower_ == "the")
        inside = opener >= 0 and doc[opener].text in {"(", "["} and not any(t.text in {")", "]"} for t in doc[p.start : p.end])
        if (p.name or p.control_term or p.role_word) and p.end > p.name_end and inside:
            named.append(p)
    if len(named) < 2:
        return []
    for left, right in zip(named, named[1:]):
        between = [t.lower_ for t in _outside_brackets(doc[left.end : right.start])]
        if rules.bracket_alternative_words.isdisjoint(between):
            return []
    return [_named_arm_draft(doc, p, phrases, sentence) for p in named]


def _named_arm_draft(doc: Doc, phrase: ArmPhrase, phrases: list[ArmPhrase], sentence: int) -> _Draft:
    """An arm written as a group; a name in brackets ('epirubicin 120 mg/m2 + erythropoietin
    (EPI-EPO ARM), epirubicin 40 mg/m2/w (EPI-W ARM)') has the drugs written before the bracket,
    back to the previous bracket."""
    draft = _Draft(phrase, _text(doc, phrase), "comparison", doc[phrase.start].idx, _name_end_char(doc, phrase), sentence=sentence)
    bracket = _opening_bracket(doc, phrase, phrases)
    if bracket is None or phrase.drugs:
        return draft
    sent = doc[bracket].sent
    floor = max((t.i for t in doc[max(sent.start, bracket - 20) : bracket] if t.text in {")", "]"}), default=max(sent.start, bracket - 20))
    given = [p for p in phrases if p.drugs and floor < p.start and p.end <= bracket]
    if given and bracket - max(given[-1].extent_end, given[-1].end) <= 9:
        draft.drugs = tuple(sorted({d for p in given for d in p.drugs}))
        draft.source = replace(given[0], end=given[-1].end, name_end=given[-1].name_end, extent_end=given[-1].extent_end)
    return draft


def _opening_bracket(doc: Doc, phrase: ArmPhrase, phrases: list[ArmPhrase]) -> int | None:
    """The bracket a name opens: '(XY arm', or '(Flu-TBI arm' where 'Flu' is a drug of its own
    and the name starts after the hyphen."""
    before = phrase.start - 1
    if before < 0:
        return None
    if doc[before].text in {"-", "/"}:
        joined = next((p for p in phrases if p.end == before), None)
        before = joined.start - 1 if joined is not None and joined.start else -1
    return before if before >= 0 and doc[before].text in {"(", "["} else None


def _named_before_role(doc: Doc, role: ArmPhrase, floor: int, rules: ArmRules) -> ArmPhrase | None:
    """'pain education alone (control arm)', 'exercise (intervention group)': an arm named without
    drugs, up to six words before a bracket that gives its role; the name takes the role and ends
    at the bracket, which it spans (so the bracket is not read as another name)."""
    bracket = role.start - 1
    if role.drugs or not (role.role_word or role.control_term) or bracket <= floor or doc[bracket].text not in {"(", "["}:
        return None
    close = next((t.i for t in doc[role.end : role.end + 3] if t.text in {")", "]"}), None)
    if close is None:
        return None
    start = bracket
    while start > floor and bracket - start < 6:
        token = doc[start - 1]
        if (token.is_punct and token.text not in {"-", "/"}) or token.like_num:
            break
        if token.lower_ in rules.name_stop_words and token.lower_ not in rules.name_joiners:
            break
        start -= 1
    while start < bracket and (doc[start].lower_ in rules.name_joiners or doc[start].is_punct):
        start += 1  # '... to skin-to-skin contact (experimental group)': not from the hyphen
    if start == bracket or not any(t.is_alpha and t.lower_ not in rules.name_joiners for t in doc[start:bracket]):
        return None
    role_name = "control" if role.control_term else role.role_word
    return ArmPhrase(start, bracket, name=_normal_name(doc[start:bracket]), role_word=role_name, marked=True,
                     name_end=bracket, extent_end=close + 1)


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


def _placebo_for_last_drug(doc: Doc, left: ArmPhrase, placebo: ArmPhrase, placebo_term: str) -> tuple[str, ...] | None:
    """'fulvestrant plus dovitinib or placebo': the placebo (the rules' `placebo_term`) stands for
    the last drug of the combination, the others are given to both arms."""
    if placebo.control_term != placebo_term or placebo.drugs or len(left.drugs) < 2:
        return None
    inside = [m for m in doc._.drug_mentions or [] if doc[left.start].idx <= m.start and m.end <= _name_end_char(doc, left)]
    if len(inside) < 2:
        return None
    last = set(inside[-1].components or (inside[-1].drug,))
    return tuple(sorted(set(left.drugs) - last)) or None


_MAX_COMBINED = 16  # drugs in one arm's phrase, at most
_ENUMERATED_ITEM_WORDS = 12  # an arm listed after '(1)' / '(A)' in a design sentence, at most
_LABELLED_REGIMEN_WORDS = 30  # a bracketed group label names drugs written at most this far before it


def _alternative_add_on(doc: Doc, left: ArmPhrase, right: ArmPhrase, earlier: list[ArmPhrase]) -> tuple[str, ...] | None:
    """'cefepime alone or cefepime with amikacin or levofloxacin', 'X with either Y or Z': the
    drug after 'or' replaces the last drug of the combination before it, the others are given to
    both arms."""
    if not right.drugs or right.control_term or len(left.drugs) < 2 or set(right.drugs) & set(left.drugs):
        return None
    mentions = doc._.drug_mentions or []  # sorted by start: look only at those inside the left phrase
    first = bisect_left(mentions, doc[left.start].idx, key=lambda m: m.start)
    inside = [m for m in mentions[first : first + _MAX_COMBINED] if m.end <= _name_end_char(doc, left)]
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
        # its size may follow the name: '(Flu-TBI arm; n = 49)'
        end = named.end + (named.end < len(doc) and doc[named.end].lower_ in _ARM_NOUNS)
        draft.restated.append(ArmPhrase(named.start, named.end, name_end=named.end, extent_end=end))


def _parenthetical_name(doc: Doc, phrase: ArmPhrase, limit: int, taken: set[int], rules: ArmRules, phrases: list[ArmPhrase]) -> Span | None:
    """A name in brackets after an arm's definition: '(Flu-TBI arm; n = 49)', '(BuFlu)'."""
    for i in range(max(phrase.extent_end, phrase.end), min(limit, phrase.end + 10)):
        if any(p.start == i for p in phrases if p is not phrase and not p.name):
            return None  # another arm starts first
        if doc[i].lower_ in rules.name_stop_words and doc[i].lower_ not in _ARM_NAME_TAIL | rules.name_joiners:
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
    # 'with (group DZ) or without (group D)': labels the with-or-without cue holds name its two arms there
    held = {i for start, end in cues["WITH_OR_WITHOUT"] for i in range(start, end)}
    for k, phrase in enumerate(phrases):
        if not phrase.group_label or phrase.start in held:
            continue
        after = phrases[k + 1] if k + 1 < len(phrases) else None
        before = phrases[k - 1] if k else None
        drugs = None
        opener = doc[phrase.end].text if phrase.end < sent.end else ""
        if opener in {"(", "[", ":"}:  # 'group A (irinotecan, capecitabine, bevacizumab)', 'Arm A: X plus Y; Arm B: ...'
            # 'Arm A: X plus Y; Arm B: ...' up to ';', '(arm A: n=253)' up to the bracket's end
            closers = {")", "]"} if opener != ":" else {";"} | ({")", "]"} if phrase.start and doc[phrase.start - 1].text in {"(", "["} else set())
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
        if (drugs is None and before and (before.drugs or before.control_term or before.role_word or before.name)
                and doc[phrase.start - 1].text == "(" and written_before):  # 'the intervention (arm A: n=253)' too
            drugs = before
        if drugs is None and before and doc[phrase.start - 1].text == "(":
            drugs = _drugs_written_before(doc, phrase.start - 1, phrases[:k], sent, cues)
        # '(Group II), or combined IV diazepam ... (Group III)': what follows 'or' is the next arm's
        next_arm = bool(after) and any(phrase.end <= s < after.start for s, _ in cues["OR"] + cues["COMPARATOR"])
        if (drugs is None and after and (after.drugs or after.control_term) and not after.group_label and not next_arm
                and after.start - phrase.end <= (12 if given else 6) and not _given_to_next_label(doc, after, phrases[k + 2 : k + 3])):
            drugs = after
        label = _group_label_text(doc, phrase)
        source = drugs or phrase
        last = doc[phrase.name_end - 1]  # the span as written: 'B' of 'groups A and B' (its label 'group B')
        drafts.append(_Draft(phrase, label, "group-label", doc[phrase.start].idx, last.idx + len(last.text.rstrip(".")), drugs=source.drugs, source=source))
    return drafts


def _group_label_text(doc: Doc, phrase: ArmPhrase) -> str:
    """A group label as written; one of a list ('groups A and B', 'Groups 1, 2, and 3') as its own
    group ('group A', 'group B', 'Group 1', 'Group 2', 'Group 3'), the noun written once for all."""
    written = doc[phrase.start : phrase.name_end].text.rstrip(".")
    noun = phrase.group_label.split(" ", 1)[0]
    if " " not in phrase.group_label or written.lower() == phrase.group_label:
        return written
    # the noun of the list: 'groups 1, 2, and 3' has it six tokens before the last label
    noun_token = next((t for t in reversed(doc[max(0, phrase.start - 6) : phrase.start + 1]) if t.lower_.rstrip("s") == noun), None)
    if noun_token is None:
        return written
    return f"{noun_token.text[: len(noun)]} {doc[phrase.name_end - 1].text.rstrip('.')}"


def _given_to_next_label(doc: Doc, given: ArmPhrase, following: list[ArmPhrase]) -> bool:
    """'midazolam 0.75 mg/kg in group M, ondansetron 4 mg in group O': drugs written before the next
    group label they are given 'in' (no ',', ';', bracket, 'and' or 'or' between) are that group's, not
    the previous label's ('Group X = tapentadol 50 mg oral and Group Y = ...' keeps them)."""
    if not following or not following[0].group_label:
        return False
    gap = doc[max(given.end, given.extent_end) : following[0].start]
    return (len(gap) <= 6 and gap[-1:].text.lower() == "in"
            and not any(t.lower_ in {",", ";", "(", ")", "[", "]", "and", "or"} for t in gap))


def _drugs_written_before(doc: Doc, bracket: int, earlier: list[ArmPhrase], sent: Span, cues: dict) -> ArmPhrase | None:
    """'assigned to receive either X 1000 mg on days 1, 8 and 15 with Y daily for 21 days (arm A)
    or placebo (arm B)': a label in brackets after a regimen's schedule names the drugs written
    since the previous bracket, ';', 'or' or comparator (at most `_LABELLED_REGIMEN_WORDS` words)."""
    floor = max(sent.start, bracket - _LABELLED_REGIMEN_WORDS)
    floor = max([floor] + [t.i for t in doc[floor:bracket] if t.text in {")", "]", ";"}]
                + [s for s, _ in cues["OR"] + cues["COMPARATOR"] if floor <= s < bracket])
    given = [p for p in earlier if p.drugs and floor <= p.start and p.end <= bracket and not p.group_label]
    if not given:
        return None
    return replace(given[0], end=given[-1].end, name_end=given[-1].name_end, extent_end=given[-1].extent_end,
                   drugs=tuple(sorted({d for p in given for d in p.drugs})))


def _text(doc: Doc, phrase: ArmPhrase) -> str:
    return doc[phrase.start : phrase.name_end].text


def _key(draft: _Draft, dose_levels: frozenset = frozenset()) -> tuple:
    """What makes an arm distinct; a drug given in arms of different doses (`dose_levels`) is one
    arm per dose."""
    if draft.method == "group-label":
        return ("group", draft.phrase.group_label)
    drugs = draft.drugs if draft.drugs is not None else draft.phrase.drugs
    if draft.phrase.name and (not drugs or draft.source is not None):  # 'EPI ARM', 'EPI-W ARM': one drug, two arms
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
    # 'the intervention (arm A) or ... control (arm B)': the phrase a group label names is that group
    group_at = {d.source.start: d for d in drafts if d.method == "group-label" and d.source is not None and d.source is not d.phrase}
    established = None  # the sentence by which two arms were defined
    levels = _dose_levels_of(drafts)
    for draft in drafts:
        key = _key(draft, levels)
        if key[0] == "drugs" and key[1] in levels and len(key) == 3:
            continue  # 'gantenerumab' without a dose, where arms differ by dose: the drug, not an arm
        if key[0] == "drugs" and len(key) == 4 or key[0] == "dose":
            draft.dose_level = draft.phrase.dose_text
        if established is not None and draft.sentence > established and key not in seen:
            if key[0] == "name" and not (draft.assigned or draft.phrase.marked):
                continue  # 'not based on treatment arm, BRAF or NRAS status': no new arm where nothing is assigned
            # "in the dovitinib vs placebo arms", "in the experimental arm vs the control arm"
            named = _arm_named_by_drug(draft, list(seen.values())) or _arm_named_by_role(draft, list(seen.values()))
            if named is not None:
                named.aliases.add(draft.label.lower())
                named.restated.append(draft.phrase)
                continue
        if draft.method != "group-label" and draft.phrase.start in group_at and group_at[draft.phrase.start] is not draft:
            group_at[draft.phrase.start].restated.append(draft.phrase)
            group_at[draft.phrase.start].aliases.add(draft.label.lower())
            continue
        if key[0] == "drugs" and key[1] and key[1] in group_of:
            group_of[key[1]].restated.append(draft.phrase)
            group_of[key[1]].aliases.add(draft.label.lower())
            continue
        if key[0] == "group" and key not in seen:  # '... without (group D) ...' then 'in group D': the arm named so
            same = next((d for d in seen.values() if d.sentence != draft.sentence and key[1] in d.aliases), None)
            if same is not None:
                same.restated.append(draft.phrase)
                continue
        if key[0] == "name":  # "the PE arm" after "paclitaxel–epirubicin (PE)"; "once-daily" and "concurrent once-daily"
            # names a sentence lists together are distinct arms ('EPI ARM ..., EPI-EPO ARM')
            same = next((d for d in seen.values() if d.sentence != draft.sentence and _same_name(key[1], d, draft.phrase.control_term)), None)
            if same is not None:
                same.aliases.add(key[1])
                same.restated.append(draft.phrase)
                _designed_again(same, draft)
                continue
        if key in seen:
            if draft.aliases and not seen[key].aliases:  # the arm's own name, given at a later definition
                seen[key].label = draft.label
            seen[key].aliases |= draft.aliases
            seen[key].restated.append(draft.phrase)
            _designed_again(seen[key], draft)
        else:
            seen[key] = draft
        if established is None and len(seen) >= 2:
            established = draft.sentence
    kept = _merge_add_ons(list(seen.values()))
    # drug arms or labelled arms ("(Arm A)") defined: title words were not arms
    if sum(1 for d in kept if d.drugs or d.phrase.drugs) >= 2 or sum(d.method == "group-label" for d in kept) >= 2:
        kept = [d for d in kept if not d.generic]
    return kept


def _designed_again(arm: _Draft, again: _Draft) -> None:
    """'Chemotherapy and surgery versus radiotherapy' (title) ... 'randomized to receive radiotherapy
    alone or ...': an arm the title names is defined where the design sentence names it again
    (GUIDELINES §7.2: the gold records the design sentence)."""
    if arm.in_title and not again.in_title and arm.designed_at is None:
        arm.designed_at = (again.start, again.end)


def _defines_arms(drafts: list[_Draft]) -> bool:
    """Whether the drafts of one sentence define two arms or more (fewer than two drafts never do)."""
    return len(drafts) >= 2 and len(_distinct(drafts)) >= 2


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


def _draft_role(draft: _Draft) -> str | None:
    """The role a draft states: given, a role word, or a comparator without drugs ('placebo', 'X alone')."""
    phrase = draft.phrase
    return draft.role or phrase.role_word or ("control" if phrase.control_term or phrase.alone else None)


def _arm_named_by_role(draft: _Draft, defined: list[_Draft]) -> _Draft | None:
    """The one defined arm of a role that a later phrase names by that role alone ('the
    experimental arm', 'the control group'): the phrase names that arm, it is not a new one."""
    phrase = draft.phrase
    if phrase.drugs or phrase.name or draft.method == "group-label" or not (phrase.role_word or phrase.control_term == "control"):
        return None
    role = phrase.role_word or "control"
    having = [d for d in defined if _draft_role(d) == role]
    return having[0] if len(having) == 1 else None


def _same_name(name: str, draft: "_Draft", control_term: str | None) -> bool:
    """Whether a name is one of a draft's ('OBS' of 'observation (OBS)') or part of one ('once-daily'
    of 'concurrent once-daily'); a name written as the control ('a control (No gum) group') is never
    part of one that is not ('Gum')."""
    names = {*draft.aliases, draft.label.lower(), *([draft.phrase.name] if draft.phrase.name else [])}
    if name in names:
        return True
    if control_term != draft.phrase.control_term:
        return False
    padded = f" {name} "
    return any(padded in f" {n} " or f" {n} " in padded for n in names if n)


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


def _arms_from_drafts(
    doc: Doc, drafts: list[_Draft], cues: dict, doses, shared: tuple[str, ...], schedule_words: frozenset[str],
    combination_names: frozenset[str],
) -> list[Arm]:
    """Arms in order of definition; `shared` drugs (those every arm receives) join each arm's own.
    Arms of one drug at two doses are named by the schedule written before the drug, if any."""
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
        label, (start, end) = draft.label, (draft.designed_at if draft.designed_at and not draft.dose_level else (draft.start, draft.end))
        dose_name = None
        schedule = _schedule_start(doc, draft.phrase.start, schedule_words) if draft.dose_level else None
        if schedule is not None and draft.method != "group-label":  # 'weekly docetaxel (33 mg/m2)': the schedule names the arm
            label, start = doc[schedule : draft.phrase.name_end].text, doc[schedule].idx
        elif draft.dose_level and draft.method != "group-label":  # 'gantenerumab 105 mg': the dose is part of the name
            label, end = doc[draft.phrase.start : draft.phrase.extent_end].text, extent.idx + len(extent)
            label, dose_name = _named_by_drug_and_dose(doc, draft.phrase, label, drugs, doses)
        aliases = {p.name for p in (draft.phrase, *draft.restated) if p.name} | {label.lower()} | draft.aliases
        if draft.dose_level and dose_name and not _BARE_AMOUNT.fullmatch(dose_name):
            aliases.add(dose_name.lower())  # 'similar with 0.75 mg': the dose alone names the arm too
        drugs = tuple(sorted({*drugs, *shared}))
        background = tuple(d for d in draft.background if d not in drugs)
        arms.append(Arm(f"A{k + 1}", label, role, drugs, arm_doses, n, start, end, draft.method,
                        phrase.control_term, draft.phrase.group_label, tuple(sorted(aliases)), draft.dose_level, background))
    return _combination_named(arms, combination_names)


def _named_by_drug_and_dose(doc: Doc, phrase: ArmPhrase, label: str, drugs: tuple[str, ...], doses) -> tuple[str, str | None]:
    """An arm of one drug at one of its doses named by the drug and the dose with its unit:
    'dulaglutide (1.5 or 0.75 mg)' gives 'dulaglutide 1.5 mg' and 'dulaglutide 0.75 mg', '40, 50,
    60, or 70 mg SC enoxaparin' 'enoxaparin 40 mg' ..., 'canagliflozin 50, 100, or 300 mg'
    'canagliflozin 50 mg' (the drug as the sentence writes it, the unit of the list's doses).
    Also the dose alone with its unit ('1.5 mg'), None where the name does not start with it."""
    if not drugs:
        return label, None
    dose_tokens = {i for d in doses if (span := _token_span(doc, d.start, d.end)) for i in range(*span)}
    end = max(phrase.extent_end, phrase.end)
    if _BARE_AMOUNT.fullmatch(doc[end - 1].text) and (unit := listed_unit(doc, end, dose_tokens)):
        label = f"{label} {unit}"
    mentions = [(mention, span) for mention, span in _mention_spans(doc) if span]
    if any(phrase.start <= span[0] < end for _, span in mentions):
        return label, None  # the drug is part of the name already ('canagliflozin 50')
    sent = doc[phrase.start].sent
    written = [
        (abs(span[0] - phrase.start), doc[span[0] : span[1]].text) for mention, span in mentions
        if sent.start <= span[0] < sent.end and set(mention.components or (mention.drug,)) <= set(drugs)
    ]
    return (f"{min(written)[1]} {label}" if written else label), label


def _combination_named(arms: list[Arm], combination_names: frozenset[str]) -> list[Arm]:
    """'8.5 months with the combination and 6.7 months with gemcitabine alone': of two arms, the one
    whose drugs add to the other's is also 'the combination' (`combination_names`); an arm named
    only so, without drugs ('in the combination arm'), is that arm, not one of its own."""
    named = [a for a in arms if not a.drugs and a.label.lower() in combination_names]  # 'in the combination arm'
    pair = [a for a in arms if a not in named]
    if len(pair) != 2 or not combination_names:
        return arms
    small, large = sorted(pair, key=lambda a: len(a.drugs))
    if not (small.drugs and len(large.drugs) >= 2 and set(small.drugs) < set(large.drugs)):
        return arms
    large = replace(large, aliases=tuple(sorted({*large.aliases, *combination_names})))
    return [replace(a, arm_id=f"A{k + 1}") for k, a in enumerate(large if a.arm_id == large.arm_id else a for a in pair)]


def _schedule_start(doc: Doc, drug_start: int, schedule_words: frozenset[str]) -> int | None:
    """Where the schedule written right before a drug starts: 'weekly docetaxel', '3-weekly
    docetaxel', 'three-weekly docetaxel' (a schedule word, with a number hyphened before it)."""
    i = drug_start - 1
    if i < 0 or doc[i].lower_ not in schedule_words:
        return None
    if i >= 2 and doc[i - 1].text in {"-", "–"} and doc[i - 2].like_num:
        i -= 2
    return i


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


def _single_arm_sentences(
    sentences: list[Span], phrases: dict, cues: dict, comparative: bool, rules: ArmRules, lower: list[int],
) -> list[int]:
    """Sentences that make the document a single-arm study: one that says so ('a single-arm
    study', 'nonrandomized') or, in a document that is no comparative trial, one that names an early
    phase ('a phase II study of X') or gives its patients a regimen ('patients received X').
    `lower`: the document's `_lower_keys`."""
    def with_cue(label: str) -> list[int]:
        return [i for i, s in enumerate(sentences) if any(s.start <= c < s.end for c, _ in cues[label])]

    found = with_cue("SINGLE_ARM")
    if not comparative:
        found += with_cue("EARLY_PHASE")
        given_words = _word_keys(rules.regimen_given_words)
        # not a sentence that writes two regimens as arms ('12 patients receiving X and 3 patients receiving Y')
        found += [
            i for i, s in enumerate(sentences)
            if any(p.drugs for p in phrases[i]) and not given_words.isdisjoint(lower[s.start : s.end])
            and len({p.drugs for p in phrases[i] if p.drugs and p.marked}) < 2
        ]
    return found


def _single_arm(doc: Doc, phrases: dict, cue_sentences: list[int], title: int | None) -> list[Arm]:
    """The one arm of a single-arm study: its regimen as first named in the title (sentence
    ``title``, if the document has one), the sentence that says it is single-arm or the one that gives it."""
    if not cue_sentences:
        return []
    for i in [*([title] if title is not None else []), *cue_sentences]:
        with_drugs = [p for p in phrases[i] if p.drugs]
        if with_drugs:
            phrase = max(with_drugs, key=lambda p: (len(p.drugs), -p.start))
            return [Arm("A1", _text(doc, phrase), "single", phrase.drugs, (), None, doc[phrase.start].idx,
                        _name_end_char(doc, phrase), "single-arm", None, None)]
    return []


def _single_arm_studied(doc: Doc, cues: dict, rules: ArmRules) -> list[Arm]:
    """The one arm of a study that says it is single-arm and names no drug: what it is a study of
    ('A single-arm prospective pilot study of NMES, applied daily')."""
    for s, e in cues["STUDY_OF"]:
        sent = doc[s].sent
        if not any(sent.start <= c < sent.end for c, _ in cues["SINGLE_ARM"]):
            continue
        end = _name_end(doc, e, sent.end, set(), rules)
        if end is not None:
            return [Arm("A1", doc[e:end].text, "single", (), (), None, doc[e].idx, doc[end - 1].idx + len(doc[end - 1]),
                        "single-arm", None, None, (_normal_name(doc[e:end]),))]
    return []


def resolve_phrase(phrase: ArmPhrase, arms: list[Arm]) -> Arm | None:
    """The defined arm a phrase names: by group label, by drugs (exactly, else the one arm with a
    drug no other arm has), by control term, or by role word ("the experimental arm")."""
    if not arms:
        return None
    if phrase.group_label:
        return next((a for a in arms if a.group_label == phrase.group_label), None)
    if phrase.name:  # 'radiotherapy alone' is the arm with 'alone' in its name when both arms have radiotherapy
        said = f"{phrase.name} alone" if phrase.alone else phrase.name
        return next((a for a in arms if phrase.name in a.aliases), None) or _arm_by_distinctive_words(said, arms)
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


def _arm_by_distinctive_words(name: str, arms: list[Arm]) -> Arm | None:
    """'the telemonitoring plus standardized education group' for the arm 'pain education plus
    telemonitoring' (the other being 'pain education alone'): the one arm whose names have a word
    (three letters or more) that no other arm's have and the name has, where the name has no such
    word of another arm."""
    words_of = {a.arm_id: {w for n in (a.label.lower(), *a.aliases) for w in re.findall(r"[^\W\d_]{3,}", n)} for a in arms}
    counts: dict[str, int] = {}
    for words in words_of.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    said = set(re.findall(r"[^\W\d_]{3,}", name))
    having = [a for a in arms if any(counts[w] == 1 for w in said & words_of[a.arm_id])]
    return having[0] if len(having) == 1 else None


_ARM_NOUNS = {"arm", "arms", "group", "groups", "cohort", "cohorts"}
_ARM_NAME_TAIL = _ARM_NOUNS | {"alone"}  # words that may stand between an arm and its bracketed name


def labelled_by_use(doc: Doc, arms: list[Arm], mentions: list[tuple[int, int, str, bool]], rules: ArmRules) -> list[Arm]:
    """Each arm labelled by the name the document uses most for it (GUIDELINES §7.2): 'dovitinib'
    for an arm defined as 'fulvestrant plus dovitinib' and then twice called 'the dovitinib arm'. Role
    words ('the control group') are not names, nor is a therapy word ('the regimen') where the arm has
    another name used again ('PE'); group labels ('Arm A') and, on a tie, the definition's label stay."""
    role_words = {w for words in rules.role_words.values() for w in words} | {"".join(w.split()) for w in rules.combination_names}
    therapy_words = {"".join(w.lower().split()) for w in rules.therapy_words}
    alone_at = {s: e for s, e in (doc.user_data.get(_CUES_KEY) or {}).get("ALONE", [])}
    relabelled = []
    for arm in arms:
        if arm.group_label:
            relabelled.append(arm)
            continue
        counts: dict[str, int] = {}
        written: dict[str, dict[str, int]] = {}  # lower-case name -> how it is written, how often
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
            name = doc[tokens[0].i : tokens[-1].i + 1].text.rstrip(".,;:")  # 'PCR-B.' at a sentence end is 'PCR-B'
            key = "".join(name.lower().split())  # 'HDMP + Dx' and 'HDMP+Dx' are one name
            if key in role_words:
                continue
            if arm.dose_level and not (arm.dose_level in key and any("".join(d.lower().split()) in key for d in arm.drugs)):
                continue  # an arm of one of a drug's doses is named by drug and dose ('100', '10 mg BID', 'canagliflozin 50' are not)
            counts[key] = counts.get(key, 0) + 1
            forms = written.setdefault(key, {})
            forms[name] = forms.get(name, 0) + 1
        own = "".join(arm.label.lower().split())
        named = {k: n for k, n in counts.items() if k not in therapy_words}
        if any(n >= 2 for k, n in named.items()):  # 'the regimen' said eight times, 'PE' six: 'PE'
            counts = named
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
            "drugs": json.dumps(list(a.regimen_drugs)), "doses": json.dumps(list(a.doses), ensure_ascii=False), "n": a.n,
            "start": a.start, "end": a.end, "method": a.method,
        }
        for a in arms
    ]
