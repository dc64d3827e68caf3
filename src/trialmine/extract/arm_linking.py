"""The arm a value belongs to: ConText-like linking rules (`rules/arms.json`, "linking") over the
arm mentions the inventory (`trialmine.extract.arm_inventory`) put on `doc.spans["arms"]`."""

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from trialmine.extract.arm_rules import (
    _CUE_LABELS,
    _CUES_KEY,
    ArmRules,
    LinkRule,
    _starting_in,
)

_MENTIONS_KEY = "trialmine_arm_mentions"  # doc.user_data: arm mention spans, sorted once


@dataclass(frozen=True)
class ArmLink:
    arm_id: str | None
    rule: str  # the linking rule that decided, or "effect-measure" / "none"


def link_value_to_arm(
    doc: Doc,
    value: tuple[int, int],
    sentence_values: list[tuple[int, int]],
    category: str,
    rules: ArmRules,
    pair: bool = True,
) -> ArmLink:
    """The arm a value (token span) belongs to, by the linking rules in order (rules/arms.json).

    `doc` has been through `trialmine_arms`; `sentence_values` are all values of the value's
    sentence (token spans); `pair`: whether to check the value against its partner in 'V1 vs V2'."""
    arms = doc._.arms or []
    if len(arms) < 2:
        return ArmLink(None, "none")
    value = next((v for v in sentence_values if v[0] == value[0]), value)
    sent = doc[value[0]].sent
    cues = _sentence_cues(doc, sent)
    if any(value[0] - 4 <= e <= value[0] for s, e in cues["EFFECT_MEASURE"]):
        return ArmLink(None, "effect-measure")
    mentions = _sentence_mentions(doc, sent)
    if _describes_the_randomised(doc, value, sent, mentions, rules):
        return ArmLink(None, "randomised-population")
    values = sorted(set(sentence_values) | {value})
    order = {a.arm_id: k for k, a in enumerate(arms)}
    for rule in rules.linking:
        if category not in rule.allowed_categories:
            continue
        found = None
        if rule.name == "respectively":
            found = _by_list(doc, value, values, mentions, cues, rule, rules)
        elif rule.name == "parenthetical":
            found = _by_parenthesis(value, mentions, cues, rule)
        elif rule.name == "arm_label_before":
            found = _by_label_before(doc, value, values, mentions, rule, rules)
        elif rule.name == "value_then_arm":
            found = _by_scope(doc, value, values, mentions, cues, rule, forward=True)
        elif rule.name in ("arm_then_value", "arm_then_listed_values"):
            found = _by_scope(doc, value, values, mentions, cues, rule, forward=False)
        elif rule.name == "document_order":
            found = _by_document_order(doc, value, values, arms, order, rule, rules)
        if found and pair and rule.name in _PAIRED_RULES and len(arms) == 2:
            paired = _arm_apart_from_partner(doc, value, sentence_values, category, rules, found, mentions, cues, [a.arm_id for a in arms])
            if paired:
                return ArmLink(paired, "compared_pair")
        if found:
            return ArmLink(found, rule.name)
    return ArmLink(None, "none")


_VERSUS_WORDS = frozenset({"vs", "vs.", "versus", "v."})  # what joins the two values of one 'V1 vs V2'
_COMPARED_WORDS = _VERSUS_WORDS | {"compared", "than", "to"}  # and values compared otherwise ('V1 compared with V2')
_PAIRED_RULES = ("value_then_arm", "arm_then_value", "arm_then_listed_values", "document_order")
_NAMED_AFTER_PAIR = 4  # tokens between the second value and an arm named as its own, at most
_COMPARATOR_BEFORE_NAME = 4  # tokens a comparator ('compared with', 'than') may end before the arm's name, at most


def _arm_apart_from_partner(doc, value, sentence_values, category, rules: ArmRules, found: str, mentions, cues, arm_ids: list[str]) -> str | None:
    """'superior PFS to gefitinib alone (13.5 vs. 10.2 months in gefitinib alone)', 'the GDFR
    group received less colloid (1.9 ± 1.1 vs. 3.9 ± 1.6 ml/kg/h)', 'compared to the control group
    (mean change 4.0 vs. -0.7)': of two arms, the two values of one 'V1 vs V2' are never the same
    arm's. Where the rules give both the one arm the sentence names, it is the second value's when
    named right after the pair or after a comparator ('compared with', 'than'), else the first's
    (the subject's); the other value is the other arm's."""
    values = sorted(set(sentence_values) | {value})
    group = next((g for g in _value_groups(doc, values) if value in g), [value])
    if len(group) != 2 or any(group[0][0] <= m[0] < group[1][1] for m in mentions):
        return None
    if _VERSUS_WORDS.isdisjoint(t.lower_ for t in _outside_brackets(doc[group[0][1] : group[1][0]])):
        return None
    partner = group[1] if value == group[0] else group[0]
    if link_value_to_arm(doc, partner, sentence_values, category, rules, pair=False).arm_id != found:
        return None
    # '10.2 months in gefitinib alone', '25%) in the X group'; not '35 mm) were lower in group B'
    named_after = any(m[2] == found and group[1][1] <= m[0] and len(_outside_brackets(doc[group[1][1] : m[0]])) <= _NAMED_AFTER_PAIR
                      for m in mentions)
    if named_after:
        second_is_named = True
    else:
        named = [m for m in mentions if m[2] == found and m[1] <= group[0][0]]
        if not named:
            return None
        second_is_named = any(named[-1][0] - _COMPARATOR_BEFORE_NAME <= e <= named[-1][0] for _, e in cues.get("COMPARATOR", []))
    other = next(a for a in arm_ids if a != found)
    if value == group[1]:
        return found if second_is_named else other
    return other if second_is_named else found


def _describes_the_randomised(doc: Doc, value, sent: Span, mentions, rules: ArmRules) -> bool:
    """'32 children (25 males, mean age 10.5 yr) were randomly assigned to ...', 'patients with A1C
    7.0-10.5% were randomized to': a value before the sentence's assignment verb (`assignment_words`
    after one of the `assignment_auxiliaries`), with no arm named before it, describes all the
    patients randomised (GUIDELINES §7.3)."""
    assignment = next((t.i for t in doc[value[1] : sent.end] if t.lower_ in rules.assignment_words and _passive(doc, t.i, rules)), None)
    return assignment is not None and all(m[0] > assignment for m in mentions)


def _passive(doc: Doc, i: int, rules: ArmRules) -> bool:
    """'were (randomly) assigned', 'will be randomised': the sentence's verb, not 'the patients
    assigned to CABG' (which names the value's own arm)."""
    before = [t.lower_ for t in doc[max(doc[i].sent.start, i - 2) : i]]
    return bool(before) and (before[-1] in rules.assignment_auxiliaries or before[-1] in rules.assignment_words and len(before) == 2
                             and before[0] in rules.assignment_auxiliaries)


def _sentence_cues(doc: Doc, sent: Span) -> dict:
    found = doc.user_data.get(_CUES_KEY) or {label: [] for label in _CUE_LABELS}
    return {label: _starting_in(spans, sent.start, sent.end) for label, spans in found.items()}


def _all_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """Every arm mention (`doc.spans["arms"]`) as (start, end, arm_id), sorted once per document."""
    if _MENTIONS_KEY not in doc.user_data:
        doc.user_data[_MENTIONS_KEY] = sorted((span.start, span.end, span.id_) for span in doc.spans.get("arms", []))
    return doc.user_data[_MENTIONS_KEY]


def _sentence_mentions(doc: Doc, sent: Span) -> list[tuple[int, int, str]]:
    return [m for m in _starting_in(_all_mentions(doc), sent.start, sent.end) if m[1] <= sent.end]


def _stops(rule: LinkRule, cues: dict) -> list[int]:
    """Where the rule's terminating cues start in the sentence (the 'VALUE' terminator is the
    values themselves, which `_by_scope` adds)."""
    return [s for label in rule.terminated_by if label != "VALUE" for s, _ in cues.get(label, [])]


def _by_list(doc, value, values, mentions, cues, rule, rules: ArmRules) -> str | None:
    """Arms listed apart from their values pair with them in order: 'FLAG-IDA and MEC ... 40%
    and 25%, respectively'; 'in the X group than in the Y group (4% vs 12%)'; 'ZES was
    noninferior to PES: 6.6% versus 7.1%, respectively'."""
    group = next(g for g in _value_groups(doc, values) if value in g)
    stops = _stops(rule, cues)
    if any(group[0][0] <= m[0] < group[-1][1] for m in mentions):
        return None  # arms named between the values: 'V1 in X vs V2 in Y'
    respectively = bool(cues["RESPECTIVELY"])  # "40% and 25% ..., respectively", "the respective rates for A and B"
    after = _coordinated_list(doc, [m for m in mentions if m[0] >= group[-1][1]], rules)
    if after and after[0][0] - group[-1][1] > rule.max_scope:
        after = []
    before_mentions = [m for m in mentions if m[1] <= group[0][0] and not any(m[1] <= s < group[0][0] for s in stops)]
    before = []
    if respectively:  # the arms in the order the sentence named them
        for m in before_mentions:
            if m[2] not in {b[2] for b in before}:
                before.append(m)
    elif before_mentions:  # else only a list: 'in the X group than in the Y group (4% vs 12%)'
        before = _coordinated_runs(doc, before_mentions, rules)[-1]
        if len(before) == 2 and _introduced_by_comparator(before[0], cues):
            before = before[::-1]  # 'Compared with the Y group, the X group had longer PFS (5.4 vs 3.0 months)'
    if before and group[0][0] - before_mentions[-1][1] > rule.max_scope:
        before = []
    for arm_list in (after, before):
        if len(arm_list) >= 2 and (len(group) == len(arm_list) or respectively and len(group) % len(arm_list) == 0):
            return arm_list[group.index(value) % len(arm_list)][2]
    # 'Treatment with X led to a higher rate (18% vs 6%) compared to Y': of two values compared with
    # each other (not 'in X (7.1% and 11.0%) as compared with Y'), the arm before them, then the one
    # the comparator introduces after them
    compared = {t.lower_ for t in doc[group[0][1] : group[-1][0]]} & _VERSUS
    if len(group) == 2 and compared and before_mentions and len(after) == 1 and after[0][2] != before_mentions[-1][2]:
        if _introduced_by_comparator(after[0], cues, since=group[-1][1]):
            return (before_mentions[-1], after[0])[group.index(value)][2]
    cue = next((c for c, _ in cues["RESPECTIVELY"] if 0 <= c - group[-1][1] <= 8), None)
    if cue is not None and len(after) == 1 and after[0][0] - cue <= 6:
        return after[0][2]  # "53% and 54%, respectively, in the Flu-TBI arm": one arm, several endpoints
    return None


_VERSUS = {"vs", "vs.", "versus", "v."}
_COMPARED_REACH = 4  # words between 'compared with' and the arm it introduces ('patients in the')


def _introduced_by_comparator(mention, cues, since: int = -1) -> bool:
    """A comparator cue ending after token `since` introduces the arm mention, at most
    `_COMPARED_REACH` words before it: 'Compared with patients in the Y group, ...' (the arm named
    first is what the sentence compares with), '(18% vs 6%) compared to Y'."""
    return any(since < e <= mention[0] and mention[0] - e <= _COMPARED_REACH for _, e in cues["COMPARATOR"])


def _by_parenthesis(value, mentions, cues, rule) -> str | None:
    """'formoterol (n=26 [27%])', 'patients receiving cangrelor (7.0%)': a value in brackets
    opened right after an arm's name, before any comparator inside them, and before any arm
    named inside them ('TCZ than placebo (TCZ: 0.29; placebo: 0.90)': the bracket's own names
    decide)."""
    opens = [s for s, _ in cues["OPEN_PAREN"] if value[0] - rule.max_scope <= s < value[0]]
    stops = _stops(rule, cues)
    for paren in reversed(opens):
        if any(paren < s < value[0] for s in stops) or any(paren < m[0] < value[0] for m in mentions):
            return None
        owner = next((m for m in mentions if m[1] == paren), None)
        if owner:
            return owner[2]
    return None


_ITEM_OPENERS = {",", ";", ":", "(", "["}


def _by_label_before(doc, value, values, mentions, rule, rules: ArmRules) -> str | None:
    """'CR rates: XELIRI 40%, FOLFIRI 25%', '(TCZ: 0.29; placebo: 0.90)': an arm's name opening a
    list item right before the value (or with a `label_separators` word between, at most
    `max_scope` tokens). With a `paired_label_separators` word ('(LM, 94.4% vs. ETI, 90.6%)', 'for
    ATC of 91% and PSV of 90%') only where another value of the sentence is so labelled by another
    arm, the name opening its item or following a `label_list_openers` word ('73% in X, 53.8% in
    Y' is no such list)."""
    labelled = {v: _label_before(doc, v, mentions, rule, rules) for v in values}
    own = labelled.get(value)
    if own is None:
        return None
    arm_id, paired = own
    if paired and not any(v != value and other and other[1] and other[0] != arm_id for v, other in labelled.items()):
        return None
    return arm_id


def _label_before(doc, value, mentions, rule, rules: ArmRules) -> tuple[str, bool] | None:
    """(arm, named with a paired separator) of the arm name labelling a value, or None."""
    separators = rules.label_separators | rules.paired_label_separators
    for start, end, arm_id in mentions:
        if end > value[0]:
            continue
        gap: list[str] | None = []  # the words between: at most `max_scope`, each a separator
        for t in doc[end : value[0]]:
            if not t.is_space:
                if len(gap) == rule.max_scope or t.lower_ not in separators:
                    gap = None
                    break
                gap.append(t.lower_)
        if gap is None:
            continue
        paired = any(w in rules.paired_label_separators for w in gap)
        before = doc[start - 1].lower_ if start > doc[start].sent.start else None
        if before is None or before in _ITEM_OPENERS or paired and before in rules.label_list_openers:
            return arm_id, paired
    return None


def _coordinated_list(doc: Doc, mentions, rules: ArmRules) -> list[tuple[int, int, str]]:
    """The longest run of mentions of different arms joined only by coordination words ('and',
    ',', 'vs', 'than in the', 'compared with those in the')."""
    return max(_coordinated_runs(doc, mentions, rules), key=len, default=[])


def _coordinated_runs(doc: Doc, mentions, rules: ArmRules) -> list[list[tuple[int, int, str]]]:
    runs: list[list] = []
    for mention in mentions:
        run = runs[-1] if runs else None
        if run and mention[0] >= run[-1][1]:
            gap = doc[run[-1][1] : mention[0]]
            if mention[2] not in {m[2] for m in run} and len(gap) <= 6 and {t.lower_ for t in gap} <= rules.coordination_words:
                run.append(mention)
                continue
        runs.append([mention])
    return runs


def _value_groups(doc: Doc, values: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Values compared with each other: 'V1 vs V2', 'V1 and V2', '4 (3.8%) vs 13 (11.9%)',
    '5.5 (3.8–14.0) months vs 5.5': a bracketed interval between them does not count."""
    groups: list[list[tuple[int, int]]] = []
    for v in values:
        if groups:
            gap = _outside_brackets(doc[groups[-1][-1][1] : v[0]])
            words = {t.lower_ for t in gap}
            compared = words & _COMPARED_WORDS
            # "40% and 25%", "1.6% (10/635) and 0.2%", "499 (18%) and 447 (16%)"; not "88.8% had progression and 77.5% died"
            bare = all(t.is_punct or t.like_num or t.lower_ in {"and", "of", "n", "=", "%"} for t in gap)
            listed = words & {"and", "/", ","} and (len(gap) <= 3 or bare)
            if len(gap) <= 6 and (compared or listed) and not words & {";", "respectively"}:
                groups[-1].append(v)
                continue
        groups.append([v])
    return groups


def _a_change(doc: Doc, group: list[tuple[int, int]]) -> bool:
    """Values joined only by 'to' ('75% to 56%', 'from 7.3 to 5.7'): a change, not a comparison."""
    gaps = [{t.lower_ for t in _outside_brackets(doc[a[1] : b[0]]) if not t.is_punct and t.lower_ != "%"} for a, b in zip(group, group[1:])]
    return bool(gaps) and all(gap == {"to"} for gap in gaps)


def _outside_brackets(span: Span) -> list:
    """The tokens of a span that are not inside a bracket opened and closed within it."""
    closes = [t.i for t in span if t.text in {")", "]"}]
    kept, depth = [], 0
    for t in span:
        if t.text in {"(", "["} and any(c > t.i for c in closes):
            depth += 1
        elif t.text in {")", "]"} and depth:
            depth -= 1
        elif not depth:
            kept.append(t)
    return kept


def _by_scope(doc, value, values, mentions, cues, rule: LinkRule, forward: bool) -> str | None:
    """ConText-style scope. A value does not stop the forward scope of the values listed with it:
    '88.9%, 82.4%, and 74.8% for Arm A'."""
    stops = _stops(rule, cues)
    if "VALUE" in rule.terminated_by:
        listed = _value_list(doc, value, values, mentions) if forward else [value]
        stops += [v[0] for v in values if v not in listed]
    if forward:
        # '2.7 months (95% confidence interval [CI], 1.5-3.5 months) for the X group': a bracket between does not count
        after = [m for m in mentions if m[0] >= value[1] and len(_outside_brackets(doc[value[1] : m[0]])) <= rule.max_scope]
        bracket_end = _bracket_after(doc, value)  # '27.7% (15.6% to 42.6%) in the X arm': what the bracket holds stops nothing
        for start, _, arm_id in after:
            if not any(value[1] <= s < start and not value[1] <= s < bracket_end for s in stops):
                return arm_id
            break
        return None
    before = [m for m in mentions if m[1] <= value[0] and value[0] - m[1] <= rule.max_scope]
    if before:
        start, end, arm_id = before[-1]
        if not any(end <= s < value[0] for s in stops):
            return arm_id
    return None


def _bracket_after(doc: Doc, value: tuple[int, int]) -> int:
    """The token index after the bracket that opens right after the value and closes in its
    sentence, else the value's end."""
    i = value[1]
    if i >= len(doc) or doc[i].text not in {"(", "["}:
        return value[1]
    depth = 0
    for t in doc[i : doc[i].sent.end]:
        depth += t.text in {"(", "["}
        depth -= t.text in {")", "]"}
        if depth == 0:
            return t.i + 1
    return value[1]


def _value_list(doc, value, values, mentions) -> list[tuple[int, int]]:
    """The values listed after `value` with only ',' / 'and' / 'to' between them (no arm named, no comparator)."""
    listed = [value]
    for v in values:
        if v[0] < listed[-1][1]:
            continue
        gap = doc[listed[-1][1] : v[0]]
        words = {t.lower_ for t in gap}
        # 'from 8.0% to 7.6% in the X group': a change from one value to another is listed too
        if len(gap) > 3 or not words <= {",", "and", "%", "or", "to"} or any(listed[-1][1] <= m[0] < v[0] for m in mentions):
            break
        listed.append(v)
    return listed


def _by_document_order(doc, value, values, arms, order, rule, rules: ArmRules) -> str | None:
    """'ORR: 64.3% vs. 33.3%' with no arm named next to the values: of two arms, the one the
    sentence names before them first; else the arms in the order the document last listed them
    ('... in BuCy and BuFlu group'), else the order it defined them."""
    group = next(g for g in _value_groups(doc, values) if value in g)
    if len(group) != len(arms) or group[-1][1] - group[0][0] > rule.max_scope:
        return None
    if _a_change(doc, group):  # 'anxiety (75% to 56%)': one group's values over time, not one per arm
        return None
    ordered = [a.arm_id for a in sorted(arms, key=lambda a: order[a.arm_id])]
    sent = doc[value[0]].sent
    mentions = _all_mentions(doc)
    in_sentence_mentions = _starting_in(mentions, sent.start, sent.end)
    named = {m[2] for m in in_sentence_mentions}
    if len(arms) == 2 and len(named) == 1 and all(m[1] <= group[0][0] for m in in_sentence_mentions):
        # 'The X group showed more improvement (35% vs. 19%)': the arm the sentence names comes first
        first = next(iter(named))
        return [first, *(a for a in ordered if a != first)][group.index(value)]
    in_sentence = _coordinated_list(doc, in_sentence_mentions, rules)
    earlier = [m for m in mentions[: bisect_left(mentions, (sent.start,))] if m[1] <= sent.start]
    listed = in_sentence if len(in_sentence) == len(arms) else []
    if len(listed) == 2 and _introduced_by_comparator(listed[0], _sentence_cues(doc, sent)):
        listed = listed[::-1]
    if not listed and earlier:
        runs = _coordinated_runs(doc, earlier, rules)
        listed = next((r for r in reversed(runs) if len(r) == len(arms)), [])
    if listed:
        ordered = [m[2] for m in listed]
    return ordered[group.index(value)]
