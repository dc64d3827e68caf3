"""The arm a value belongs to when the document has no arm inventory: arms named in its sentence.

A lone result sentence ("Fluoroscopy time was 4.6 min in the EPA group versus 9.2 min in the GCA
group") or an abstract whose design sentence names no arms still says which arm each value is
for. Pure functions over one sentence's text (offsets relative to it); the phrases that name an arm
are data (`rules/result_arms.json`, with the role words of the arm rules: `sentence_arm_rules`).
`arm_of_value` tries one function per way of finding the arm (`_WAYS`), in this order, and the
first that decides is the answer:

1. an effect measure's value ("risk difference -23.6%") is no arm's;
2. in turn: with "respectively", the arms named in order ("for CABG and PTCA were 1.3 and 1.1
   percent"), or as many values listed as arms listed before them ("A, B and C ... 4, 12 or 0%");
3. the arm written right before the value ("SH 2.2 ± 1.2 versus MM 3.1 ± 1.7") or right after
   it, or after the list it ends ("25% in the placebo group", "6.8 and 13.3% in the controls",
   "4.6 percent for those assigned to CABG");
4. the arm of a list compared before the value's bracket ("lower in BCAA (18.0) than PLA (21.8)");
5. values compared in order ("V1 vs V2") take the sentence's arms in order when it names two,
   and only the first value takes the arm when it names one ("more common in the group treated
   with X: vomiting (29% vs. 9%)");
6. the arm right before the bracket holding the value ("in the UFH group (seven of 67)");
7. the nearest arm written before the value with no contrast word between ("whereas", "compared
   with"), else the sentence's only arm.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

if TYPE_CHECKING:  # the inventory's arms (trialmine.extract.arm_rules), for annotations only
    from trialmine.extract.arm_rules import Arm

RULES_PATH = Path(__file__).resolve().parent.parent / "rules" / "result_arms.json"


@dataclass(frozen=True)
class SentenceArm:
    start: int  # the label's offsets in the sentence
    end: int
    label: str  # as written: "EPA", "usual care", "group I", "placebo"
    kind: str  # group | treated | control | by | subject


@dataclass(frozen=True)
class SentenceArmRules:
    """rules/result_arms.json compiled with the arm rules' role words (`sentence_arm_rules`)."""

    phrases: tuple[tuple[str, re.Pattern], ...]
    subject: re.Pattern
    leading_filler: frozenset[str]
    not_a_label: frozenset[str]
    comparators: re.Pattern
    arm_after: re.Pattern
    weak_kinds: frozenset[str]
    contrast: re.Pattern
    coordination: re.Pattern
    generic_name_words: frozenset[str]
    role_words: dict[str, frozenset[str]]
    inventory_fallback_kinds: frozenset[str]
    comparator_before: re.Pattern
    effect_measure_before: re.Pattern
    list_continuations: dict[str, str]  # kind -> the kind the list it continues must open with
    never_alone: frozenset[str]  # weak kinds that a bracketed value after them does not make the only arm
    numbered: frozenset[str]  # kinds whose label may be a letter and a number ('group 2', '86 % with P1')


def sentence_arm_rules(role_words: Mapping[str, Iterable[str]]) -> SentenceArmRules:
    """rules/result_arms.json with these role words (`ArmRules.role_words` of the document's arm
    rules: 'controls', 'the intervention group'), compiled once per set of role words."""
    return _compiled(tuple(sorted((role, tuple(sorted(words))) for role, words in role_words.items())))


@lru_cache(maxsize=1)
def _raw_rules() -> dict:
    return json.loads(RULES_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _compiled(role_words: tuple[tuple[str, tuple[str, ...]], ...]) -> SentenceArmRules:
    raw = _raw_rules()
    verbs = "|".join(raw["change_verbs"])
    # longest first: 'controls' before 'control'
    roles = "|".join(re.escape(w) for w in sorted({w for _, words in role_words for w in words}, key=lambda w: (-len(w), w)))
    return SentenceArmRules(
        tuple((p["kind"], re.compile(p["pattern"].replace("$ROLE_WORDS", roles), re.IGNORECASE)) for p in raw["phrases"]),
        re.compile(raw["subject_pattern"].replace("$VERBS", verbs)),
        frozenset(raw["leading_filler"]),
        frozenset(raw["not_a_label"]),
        re.compile(raw["comparators"], re.IGNORECASE),
        re.compile(raw["preposition_before_arm"], re.IGNORECASE),
        frozenset(raw["weak_kinds"]),
        re.compile(raw["contrast"], re.IGNORECASE),
        re.compile(raw["coordination"], re.IGNORECASE),
        frozenset(raw["generic_name_words"]),
        {role: frozenset(words) for role, words in role_words},
        frozenset(raw["inventory_fallback_kinds"]),
        re.compile(raw["comparator_before_arm"], re.IGNORECASE),
        re.compile(raw["effect_measure_before"]),
        dict(raw["list_continuations"]),
        frozenset(raw["weak_kinds_never_alone"]),
        frozenset(raw["kinds_with_numbered_labels"]),
    )


def sentence_arms(sentence: str, values: list[tuple[int, int]], rules: SentenceArmRules) -> list[SentenceArm]:
    """The arm phrases of one sentence, in order, without overlaps (the longer one wins), none
    inside a value (``values``: offsets of the sentence's values), and none of the `weak_kinds`
    where two arms of other kinds are named. ``rules``: `sentence_arm_rules`
    of the document's arm rules' role words, which every function here takes."""
    found: list[SentenceArm] = []
    for kind, pattern in rules.phrases:
        groups = ("label", "label2") if "label2" in pattern.groupindex else ("label",)
        for m in pattern.finditer(sentence):
            if len(groups) == 2 and any(s < m.end(g) and m.start(g) < e for g in groups for s, e in values):
                continue  # two names compared stand or fall together ('with Gla-300 than with Gla-100': '300' is a value)
            for group in groups:
                found += _split(SentenceArm(m.start(group), m.end(group), m.group(group), kind), rules)
    subject = rules.subject.match(sentence)
    if subject:
        found.append(SentenceArm(subject.start("label"), subject.end("label"), subject.group("label"), "subject"))
    kept: list[SentenceArm] = []
    for arm in sorted((_trimmed(a, rules) for a in found), key=lambda a: (a.start, -(a.end - a.start))):
        words = arm.label.casefold().split()
        if not words or arm.kind != "role" and (words[0] in rules.not_a_label or all(w in rules.not_a_label | rules.leading_filler for w in words)):
            continue
        if any(ch.isdigit() for ch in arm.label) and arm.kind not in rules.numbered and not re.search(r"[A-Za-z]{2}", arm.label):
            continue
        if any(s < arm.end and arm.start < e for s, e in values):
            continue
        if kept and arm.start < kept[-1].end:
            # the longer one wins, but a control word and a name compared in parallel are kept as they are
            if arm.end - arm.start > kept[-1].end - kept[-1].start and arm.kind != "control" and kept[-1].kind != "parallel" or arm.kind == "parallel" != kept[-1].kind:
                kept[-1] = arm
            continue
        kept.append(arm)
    kept = _continued_lists(sentence, kept, rules)
    if len(_distinct(kept)) < 2:
        kept = [a for a in kept if a.kind not in rules.weak_kinds or a.kind not in rules.never_alone and _VALUES_IN_BRACKET.match(sentence, a.end)]
    strong = [a for a in kept if a.kind not in rules.weak_kinds]
    if len(_distinct(strong)) >= 2:  # 'satisfaction with consent (7.0 v. 6.5) between control and intervention groups'
        kept = strong
    return kept


def _continued_lists(sentence: str, arms: list[SentenceArm], rules: SentenceArmRules) -> list[SentenceArm]:
    """The arms without the list items (`list_continuations` kinds: 'HCLP (48.8 min)') that no
    arm of the kind opening such a list ('between CHO (48.5 min)') comes before in the same clause:
    'between CHO (48.5 min), HCLP (48.8 min) and LCHP (50.3 min)' names three arms, 'HbA1c (7.2%)
    and FPG (8.1 mmol/L)' none."""
    kept = []
    for arm in arms:
        opener = rules.list_continuations.get(arm.kind)
        if opener and not any(a.kind in {opener, arm.kind} and not re.search(r"[;]|\.\s", sentence[a.end : arm.start]) for a in kept):
            continue
        kept.append(arm)
    return kept


def _split(arm: SentenceArm, rules: SentenceArmRules) -> list[SentenceArm]:
    """Arms named together ("the alpha and beta groups") as one arm each."""
    parts, cursor = [], 0
    for sep in rules.coordination.finditer(arm.label):
        parts.append((cursor, sep.start()))
        cursor = sep.end()
    parts.append((cursor, len(arm.label)))
    if len(parts) == 1 or arm.kind not in {"group", "pair", "code"}:
        return [arm]
    return [SentenceArm(arm.start + a, arm.start + b, arm.label[a:b], arm.kind) for a, b in parts if b > a]


_EFFECT_NAME_REACH = 80  # characters before a value that its effect measure's name may take

_VALUES_IN_BRACKET = re.compile(r"\s*[(\[]\s*[-\u2212]?[0-9]")
_LISTED = re.compile(r"\s*%?\s*(?:,\s*(?:and|or)?|and|or)\s*", re.IGNORECASE)
_LAST_DETERMINER = re.compile(r".*\b(?:the|a|an|of|from|in|among|to|for|on|between)\s+", re.IGNORECASE | re.DOTALL)


def _trimmed(arm: SentenceArm, rules: SentenceArmRules) -> SentenceArm:
    """The arm without the filler words its label starts with ("the therapy" -> "therapy"), and
    starting after the last determiner or preposition in it ("patients from the Bioglue" -> "Bioglue")."""
    last = _LAST_DETERMINER.match(arm.label)
    if last and last.end() < len(arm.label):
        arm = SentenceArm(arm.start + last.end(), arm.end, arm.label[last.end() :], arm.kind)
    lead = re.match(r"(?:(\S+)\s+)", arm.label)
    while lead and lead.group(1).casefold() in rules.leading_filler:
        arm = SentenceArm(arm.start + lead.end(), arm.end, arm.label[lead.end() :], arm.kind)
        lead = re.match(r"(?:(\S+)\s+)", arm.label)
    return arm


def arm_of_value(
    sentence: str, value: tuple[int, int], values: list[tuple[int, int]], arms: list[SentenceArm], rules: SentenceArmRules
) -> SentenceArm | None:
    """The arm (of ``arms``, this sentence's) that the value at ``value`` belongs to, or None: the
    first of the ways of finding it (`_WAYS`, in order) that decides."""
    if not arms:
        return None
    ordered = sorted(values)
    index = ordered.index(value) if value in ordered else None
    at = _ValueInSentence(sentence, value, ordered, index, arms, _distinct(arms), rules)
    for way in _WAYS:
        found = way(at)
        if found is not None:
            return None if found is _NO_ARM else found
    return None


class _NoArm:
    """A way's answer that the value is no arm's: the ways after it are not tried."""


_NO_ARM = _NoArm()


@dataclass
class _ValueInSentence:
    """What every way of finding a value's arm reads: the sentence, the value, the sentence's
    values in order (``index``: the value's among them), its arms and their distinct labels."""

    sentence: str
    value: tuple[int, int]
    values: list[tuple[int, int]]
    index: int | None
    arms: list[SentenceArm]
    distinct: list[SentenceArm]
    rules: SentenceArmRules

    @cached_property
    def own(self) -> SentenceArm | None:
        """The arm right before the bracket holding the value (`_bracket_owner`)."""
        return _bracket_owner(self.sentence, self.value, self.arms)

    @cached_property
    def listed_kinds(self) -> frozenset[str]:
        """Kinds of arms that open or continue a list of arms compared ('between CHO (48.5 min), HCLP (48.8 min)')."""
        return frozenset({*self.rules.list_continuations, *self.rules.list_continuations.values()})


def _effect_measure(at: _ValueInSentence) -> _NoArm | None:
    """'risk difference -23.6%', 'hazard ratio (HR)=1.25': compares the arms, is none's (GUIDELINES
    §7); not 'in group VE, 12 min', where the measure's name is a group."""
    effect = at.rules.effect_measure_before.search(at.sentence, max(0, at.value[0] - _EFFECT_NAME_REACH), at.value[0])
    return _NO_ARM if effect and not any(a.start <= effect.start() < a.end for a in at.arms) else None


def _in_turn_respectively(at: _ValueInSentence) -> SentenceArm | None:
    """'for CABG and PTCA were 1.3 and 1.1 percent, respectively': the arms named before the values
    (else after them) in turn, unless an arm is named beside the value (`_arm_beside`)."""
    if "respective" not in at.sentence.casefold() or len(at.distinct) < 2 or at.index is None or _arm_beside(at.values, at.index, at.arms):
        return None
    listed = [a for a in at.distinct if a.end <= at.values[0][0]] or [a for a in at.distinct if a.start >= at.values[-1][1]]
    return listed[at.index % len(listed)] if len(listed) >= 2 else None


def _in_turn_listed(at: _ValueInSentence) -> SentenceArm | None:
    """'Those in the A, B and C groups decreased by 4, 12 or 0%': as many values listed together as
    arms listed together before them take the arms in turn, as with 'respectively'."""
    if at.index is None or len(at.distinct) < 2:
        return None
    run = _listed_run(at.sentence, at.values, at.index)
    if len(run) == len(at.distinct) and at.distinct[-1].end <= at.values[run[0]][0] and all(
        at.rules.coordination.fullmatch(at.sentence, a.end, b.start) for a, b in zip(at.distinct, at.distinct[1:])
    ):
        return at.distinct[run.index(at.index)]
    return None


def _arm_right_before(at: _ValueInSentence) -> SentenceArm | None:
    """'(SH 2.2 ± 1.2 versus MM 3.1 ± 1.7', 'control group, 98.5 min': the arm written right before
    the value; not across a comma from an arm that is the value before's ('7.6 min in group S, 67.6')."""
    sentence, value, index = at.sentence, at.value, at.index
    right_before = [a for a in at.arms if a.end <= value[0] and re.fullmatch(r"\s*[:=,]?\s*", sentence[a.end : value[0]])
                    and not (index and "," in sentence[a.end : value[0]] and _named_after(sentence, at.values[index - 1], a, at.rules))]
    return right_before[-1] if right_before else None


def _arm_right_after(at: _ValueInSentence) -> SentenceArm | None:
    """'25% in the placebo group'; a role word right after its value: '77.7% experimental vs 25.8%
    control', '87.6% (control)'. Values listed together ('6.8 and 13.3% in the controls') share the
    arm written after the last of them."""
    values, last = at.values, at.index
    while last is not None and last + 1 < len(values) and _LISTED.fullmatch(at.sentence, values[last][1], values[last + 1][0]):
        last += 1
    end = values[last][1] if last is not None else at.value[1]
    next_value = values[last + 1][0] if last is not None and last + 1 < len(values) else len(at.sentence)
    for arm in at.arms:
        gap = at.sentence[end : arm.start]
        if end <= arm.start < next_value and (at.rules.arm_after.match(gap) or arm.kind == "role" and _RIGHT_AFTER.fullmatch(gap)):
            return arm
    return None


def _bracket_owner_of_a_list(at: _ValueInSentence) -> SentenceArm | None:
    """'lower in BCAA (18.0) than PLA (21.8)', 'as compared to WAT (942 ± 71) and NNS (917 ± 70)',
    'between CHO (48.5 min), HCLP (48.8 min)': the arm of a list compared right before the value's
    bracket, where a value comes before it or a listed arm after it."""
    own = at.own
    if own is not None and own.kind in at.listed_kinds and (
        any(v[1] <= own.start for v in at.values) or any(a.kind in at.rules.list_continuations and a.start > own.start for a in at.arms)
    ):
        return own
    return None


def _in_compared_pair(at: _ValueInSentence) -> SentenceArm | _NoArm | None:
    """'60.0% vs 39.0%': one of two values written with a comparator between them takes the arm of
    its position (decides, arm or none, whenever the value is in such a pair)."""
    pair = _position_in_compared_pair(at.sentence, at.value, at.values, at.rules)
    if pair is None:
        return None
    position, first = pair
    second = at.values[at.values.index(first) + 1]
    distinct, own, sentence, rules = at.distinct, at.own, at.sentence, at.rules
    named_between = [a for a in at.arms if a.kind in at.listed_kinds and first[1] <= a.start < second[0]]
    if named_between:  # '(18.0) than PLA (21.8)': the arm the comparator introduces is the second value's
        if position == 1 or own is not None:
            return named_between[-1] if position == 1 else own
        # 'X training resulted in better control (78.9%) compared with Y (70.7%)': the first is the only other arm's, named before
        others = [a for a in distinct if a.end <= first[0] and a.label.casefold() != named_between[-1].label.casefold()]
        return others[0] if len(others) == 1 else _NO_ARM
    if len(distinct) == 2:
        # 'Compared to controls, intervention participants lost more (-6.3 versus +2.1)': the arm compared with is second
        compared_with = rules.comparator_before.search(sentence, 0, distinct[0].start) and distinct[1].start < first[0]
        return distinct[1 - position] if compared_with else distinct[position]
    if len(distinct) == 1:
        if rules.comparator_before.search(sentence, 0, distinct[0].start):  # 'X compared to CHO (63.5 vs 49.8)': the second is CHO's
            return distinct[0] if position == 1 and first[0] >= distinct[0].start else _NO_ARM
        return distinct[0] if position == 0 and first[0] >= distinct[0].start else _NO_ARM
    return _NO_ARM


def _arm_before_bracket(at: _ValueInSentence) -> SentenceArm | _NoArm | None:
    """'in the UFH group (seven of 67)': the arm right before the value's bracket; none where that
    arm is of a list compared ('lower following HIT than MCT (10%)': with no value before, the
    bracket holds the difference)."""
    if at.own is None:
        return None
    return _NO_ARM if at.own.kind in at.listed_kinds else at.own


def _nearest_arm_before(at: _ValueInSentence) -> SentenceArm | None:
    """The nearest arm before the value with no comparator between ("From the control group, two
    patients presented with stenosis, two with hemorrhage"), no contrast word ("whereas",
    "compared with"); not a name of the inventory's met in passing ('techniques such as FSRT ... 8 months')."""
    before = [a for a in at.arms if a.end <= at.value[0] and a.kind != "inventory" and not at.rules.contrast.search(at.sentence, a.end, at.value[0])]
    return before[-1] if before else None


def _only_arm(at: _ValueInSentence) -> SentenceArm | None:
    """The sentence's only arm ("... were observed in the exercise group"), unless a comparator
    introduces it after the value ("fell by 2.1 kg compared with placebo": the other side) or it
    labels another value ("44.79% (HA1), ... and 27.64% (control)")."""
    only = at.distinct[0] if len(at.distinct) == 1 else None
    if only and not (only.start >= at.value[1] and at.rules.comparator_before.search(at.sentence, at.value[1], only.start)):
        if not any(v != at.value and v[1] <= only.start and _RIGHT_AFTER.fullmatch(at.sentence, v[1], only.start) for v in at.values):
            return only
    return None


# the ways of finding a value's arm, in the order they are tried: the first that decides is the answer
_WAYS = (
    _effect_measure,
    _in_turn_respectively,
    _in_turn_listed,
    _arm_right_before,
    _arm_right_after,
    _bracket_owner_of_a_list,
    _in_compared_pair,
    _arm_before_bracket,
    _nearest_arm_before,
    _only_arm,
)


_RIGHT_AFTER = re.compile(r"\s*[(\[]?\s*")  # what may stand between a value and the role word naming its arm


def inventory_arm_named(label: str, arms: list[Arm], rules: SentenceArmRules, drugs: set[str] = frozenset()) -> Arm | None:
    """The arm of the document's inventory (`Arm`s) that a label written in a result sentence
    names, or None: the same words as its label, an alias, its group label or control term
    ("non-GIK" for the arm "non-GIK"); else the only arm of the label's role word ("controls",
    "the intervention group"); else the only arm with exactly the drugs named in the label; else
    the only arm whose name's words all stand in the label or the label's in it ("PRK" for
    "photorefractive keratectomy (PRK)")."""
    key = _name_words(label, rules)
    if not key:
        return None

    def names(arm: Arm) -> list[frozenset[str]]:
        written = [arm.label, *arm.aliases, arm.group_label or "", arm.control_term or ""]
        return [w for w in (_name_words(n, rules) for n in written) if w]

    for test in (
        lambda arm: any(n == key for n in names(arm)),
        lambda arm: bool(key & rules.role_words.get(arm.role or "", frozenset())) and len(key) == 1,
        lambda arm: bool(drugs) and set(arm.drugs) == set(drugs),
        lambda arm: any(n <= key or key <= n for n in names(arm)),
    ):
        found = [arm for arm in arms if test(arm)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def arms_beside_inventory(
    sentence: str, values: list[tuple[int, int]], arms: list[SentenceArm], inventory: list[Arm], rules: SentenceArmRules
) -> list[SentenceArm]:
    """Of a sentence's ``arms``, with the names of the inventory's arms (`Arm`s) written in it
    (definitions first, references after), those that name arms in a document with an inventory:
    one of the inventory's arms ('the non-GIK group', 'controls', 'rasagiline': its names, not
    doses, where the sentence's own phrases name fewer than two), or a phrase of
    the `inventory_fallback_kinds` ('in Group P2', 'the push-up group'), not 'patients with EGFR
    mutations' (a subgroup) or 'with sepsis'. None unless they name two arms or more."""
    named = list(arms)
    own = [a for a in arms if _names_an_arm_beside(a, inventory, rules)]
    no_name = rules.not_a_label.union(*rules.role_words.values())  # words that alone name no arm
    # the sentence's own names first; codes ('in the AWT') do not stop the inventory's names ('OWT') being looked for
    for arm in inventory if len(_distinct([a for a in own if a.kind not in rules.never_alone])) < 2 else ():
        for name in {arm.label.casefold(), *arm.aliases}:
            words = _name_words(name, rules)
            if not re.match(r"[^\W\d_]", name) or not re.search(r"[A-Za-z]{2}", name) or not words or words <= no_name:
                continue
            for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", sentence, re.IGNORECASE):
                if not any(s < m.end() and m.start() < e for s, e in [*values, *((a.start, a.end) for a in named)]):
                    named.append(SentenceArm(m.start(), m.end(), m.group(), "inventory"))
    written = [a for a in named[len(arms) :] if _names_an_arm_beside(a, inventory, rules)]
    kept = sorted(own + written, key=lambda a: a.start)
    return kept if len(_distinct(kept)) >= 2 else []


def _names_an_arm_beside(arm: SentenceArm, inventory: list[Arm], rules: SentenceArmRules) -> bool:
    """Beside an inventory, a sentence's phrase names an arm when its kind names one whatever the
    inventory holds (`inventory_fallback_kinds`) or its label names one of the inventory's arms."""
    return arm.kind in rules.inventory_fallback_kinds or inventory_arm_named(arm.label, inventory, rules) is not None


def _name_words(text: str, rules: SentenceArmRules) -> frozenset[str]:
    """The words of an arm's name that tell it from another ('the placebo group' -> {'placebo'})."""
    words = re.findall(r"[\w+\-/.]+", text.casefold())
    return frozenset(w.strip(".") for w in words if w.strip(".") and w.strip(".") not in rules.generic_name_words)


def _arm_beside(values: list[tuple[int, int]], index: int, arms: list[SentenceArm]) -> bool:
    """An arm is named between the value and the value before or after it: 'respective BMIs of
    29.5 after BPDS and 37.8 after RYGB' pairs values with arms where they stand, not in turn."""
    low = values[index - 1][1] if index else values[index][0]
    high = values[index + 1][0] if index + 1 < len(values) else values[index][1]
    return any(low <= a.start and a.end <= high for a in arms)


def _listed_run(sentence: str, values: list[tuple[int, int]], index: int) -> list[int]:
    """The indices of the values listed together with values[index] ('4, 12 or 0%')."""
    first = last = index
    while first and _LISTED.fullmatch(sentence, values[first - 1][1], values[first][0]):
        first -= 1
    while last + 1 < len(values) and _LISTED.fullmatch(sentence, values[last][1], values[last + 1][0]):
        last += 1
    return list(range(first, last + 1))


def _bracket_owner(sentence: str, value: tuple[int, int], arms: list[SentenceArm]) -> SentenceArm | None:
    """The arm written right before the bracket that holds the value ('in the UFH group (seven of 67)')."""
    bracket = max(sentence.rfind("(", 0, value[0]), sentence.rfind("[", 0, value[0]))
    if bracket < 0 or re.search(r"[)\]]", sentence[bracket : value[0]]):
        return None
    before = [a for a in arms if a.end <= bracket and re.fullmatch(r"[\s\w\-]{0,12}", sentence[a.end : bracket])]
    return before[-1] if before else None


def _named_after(sentence: str, value: tuple[int, int], arm: SentenceArm, rules: SentenceArmRules) -> bool:
    """The arm is written after the value, as its arm: '7.6 min in group S, 67.6 min in group M'
    ('group S' is not the label of 67.6), or right after it ('45% medical practice, 48% researcher')."""
    gap = sentence[value[1] : arm.start]
    return value[1] <= arm.start and (not gap.strip() or bool(rules.arm_after.match(gap)))


def _distinct(arms: list[SentenceArm]) -> list[SentenceArm]:
    """The arms in order of first mention, one per label."""
    seen: dict[str, SentenceArm] = {}
    for arm in arms:
        seen.setdefault(arm.label.casefold(), arm)
    return list(seen.values())


def _position_in_compared_pair(sentence: str, value, values, rules: SentenceArmRules) -> tuple[int, tuple[int, int]] | None:
    """(0 or 1, the pair's first value) when the value is one of two values written with a
    comparator between them and no arm named between ("60.0% vs 39.0%")."""
    index = values.index(value) if value in values else None
    if index is None:
        return None
    if index + 1 < len(values) and _compares(sentence, value, values[index + 1], rules):
        return 0, value
    if index and _compares(sentence, values[index - 1], value, rules):
        return 1, values[index - 1]
    return None


def _compares(sentence: str, first, second, rules: SentenceArmRules) -> bool:
    gap = sentence[first[1] : second[0]]
    return len(gap) <= 40 and bool(rules.comparators.search(gap)) and not re.search(r"[A-Za-z]{3,}\s+(?:group|arm)", gap, re.IGNORECASE)
