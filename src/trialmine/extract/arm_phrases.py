"""Candidate arm names of a sentence (`ArmPhrase`): drugs joined by plus/with/+ with their doses
and bracketed short forms, control terms, group labels, role words, names before 'group'/'arm' or
after 'receiving'/'assigned to', and arms named by a dose ('or 225 mg', 'the 10 mg group').
The inventory (`arm_inventory`) decides which of them define arms.
"""

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from trialmine.extract.arm_rules import (
    _ABBREVIATED_KEY,
    _NOT_NAMES_KEY,
    _THERAPY_KEY,
    ArmCues,
    ArmPhrase,
    ArmRules,
    _lower_keys,
    _mention_spans,
    _word_keys,
)
from trialmine.nlp.components import DrugMention


def arm_phrases(
    doc: Doc, sent: Span, cues: dict, controls: list, dose_tokens: set[int], arm_cues: ArmCues,
    mentions: list[tuple[DrugMention, tuple[int, int]]], dose_spans: list[tuple[int, int]] = (),
) -> list[ArmPhrase]:
    """Candidate arm names of one sentence, left to right (`cues`, `controls` and the drug
    `mentions` with their token spans are the sentence's own)."""
    rules = arm_cues.rules
    # 'after treatment with X', 'prior therapy with X': what the patients had before, not what an arm gets
    # (the sentence's own cues: the inventory reads the same filtered list)
    cues["RECIPIENT"] = [(s, e) for s, e in cues["RECIPIENT"] if not (s > 0 and doc[s - 1].lower_ in rules.population_before)]
    elements: list[ArmPhrase] = []
    taken: set[int] = set()
    for s, e in sorted(cues["GROUP_LABEL_PAIR"], key=lambda span: (span[0], -span[1])):  # "arms A and B", "groups 1, 2, and 3"
        if sent.start <= s and e <= sent.end and not taken & set(range(s, e)):
            noun = doc[s].lower_.rstrip("s")
            labels = [i for i in range(s + 1, e) if doc[i].lower_ not in _LIST_LINKS]
            for start, end in [(s, s + 2)] + [(i, i + 1) for i in labels[1:]]:
                label = f"{noun} {doc[end - 1].text.lower().rstrip('.')}"
                elements.append(ArmPhrase(start, end, group_label=label, name_end=end))
            taken.update(range(s, e))
    for s, e in cues["GROUP_LABEL"]:
        if sent.start <= s and e <= sent.end and not taken & set(range(s, e)):
            elements.append(ArmPhrase(s, e, group_label=doc[s:e].text.lower().rstrip("."), name_end=e))
            taken.update(range(s, e))
    drug_tokens = {i for _, span in mentions for i in range(*span)}
    therapies = doc.user_data.get(_THERAPY_KEY) or {}
    abbreviated = doc.user_data.get(_ABBREVIATED_KEY) or {}
    arm_nouns = {s for s, _ in cues["ARM_NOUN"] + cues["ARM_NOUNS"]}
    for s, e, term in controls:
        if sent.start <= s and e <= sent.end and not taken & set(range(s, e)):
            start = s
            # 'the waitlist control group': the words that say which control, before an arm noun (not the
            # outcome 'glycemic control')
            while (term in rules.named_controls and e in arm_nouns and start > sent.start and s - start < 2
                   and start - 1 not in drug_tokens and _is_name_token(doc[start - 1], taken, rules)
                   and doc[start - 1].lower_ not in arm_cues.role_of):
                start -= 1
            elements.append(ArmPhrase(start, e, control_term=term, name_end=e))
            taken.update(range(start, e))
    for mention, span in mentions:
        if not (sent.start <= span[0] and span[1] <= sent.end) or taken & set(range(*span)):
            continue
        if _describes_patients(doc, span, rules):
            continue
        components = mention.components or (mention.drug,)
        # 'gemcitabine (GV)' linked to gemcitabine alone, where GV's initials name two drugs
        initialism = abbreviated.get(doc[span[0]].text) if span[1] - span[0] == 1 else None
        if initialism and set(components) < set(initialism):
            components = initialism
        elements.append(ArmPhrase(span[0], span[1], drugs=tuple(sorted(components)), acronym=bool(mention.components) or bool(initialism),
                                  name_end=span[1]))
        taken.update(range(*span))
    elements += _dose_levels(doc, sent, cues, elements, dose_spans, taken, rules)
    for s, _ in cues["ALONE"]:  # '69% for radiotherapy alone and 93% for ...': a name after a value, alone
        start = _name_start(doc, s, sent.start, taken, rules) if sent.start < s and s - 1 not in taken else None
        if start is not None and _named_after_value(doc, start, rules):
            elements.append(ArmPhrase(start, s, name=_normal_name(doc[start:s]), name_end=s))
            taken.update(range(start, s))
    # 'chemotherapy plus bevacizumab' where the document says which chemotherapy; 'CCRT with IP'
    for token in sent if therapies or abbreviated else ():
        drugs = therapies.get(token.lower_) or abbreviated.get(token.text)
        if drugs and token.i not in taken and not _describes_patients(doc, (token.i, token.i + 1), rules):
            elements.append(ArmPhrase(token.i, token.i + 1, drugs=drugs, acronym=token.text in abbreviated, name_end=token.i + 1))
            taken.add(token.i)
    for s, e in cues["ARM_NOUN"] + cues["ARM_NOUNS"]:
        if sent.start < s < sent.end and s - 1 not in taken:
            word = doc[s - 1].lower_
            if word in arm_cues.role_of:
                elements.append(ArmPhrase(s - 1, s, role_word=arm_cues.role_of[word], name_end=s))
                taken.add(s - 1)
                continue
            named = _bracket_named_group(doc, s, sent.start, taken, elements) if word in {")", "]"} else None
            if named is not None:  # 'a gum-chewing (Gum) group', 'a control (No gum) group'
                elements = [p for p in elements if not (p.end == named.start - 1 and not p.drugs)]
                elements.append(named)
                taken.update(range(named.start, s))
                continue
            start = _name_start(doc, s, sent.start, taken, rules)
            if start is not None:
                # 'the sham EA group': a control term right before the name is part of it
                control = next((p for p in elements if p.end == start and p.control_term and not p.drugs), None)
                if control is not None:
                    elements.remove(control)
                    start = control.start
                elements.append(ArmPhrase(start, s, name=_normal_name(doc[start:s]), control_term=control.control_term if control else None, name_end=s))
                taken.update(range(start, s))
    for s, e in cues["RECIPIENT"]:
        if s > sent.start and doc[s - 1].lower_ in rules.history_auxiliaries:
            continue  # 'patients assigned to CABG had undergone additional procedures': what they had, an outcome
        if sent.start <= s and e < sent.end and e not in taken:
            if doc[e].lower_ == "the" and e + 1 < sent.end and e + 1 not in taken and doc[s].lower_ not in rules.procedure_verbs:
                e += 1  # 'patients receiving the intensive lifestyle intervention' (not 'one underwent the next treatment')
            end = _name_end(doc, e, sent.end, taken, rules)
            if end is not None and end not in taken:  # 'administered tablet colchicine': the drug names the arm
                name = _normal_name(doc[e:end])
                if name in arm_cues.role_of:  # 'assigned to the intervention or control group'
                    elements.append(ArmPhrase(e, end, role_word=arm_cues.role_of[name], name_end=end))
                else:
                    elements.append(ArmPhrase(e, end, name=name, name_end=end))
                taken.update(range(e, end))
    if not elements:
        return []
    combiner_tokens = _combiner_tokens(cues)
    elements = _with_short_forms(doc, sorted(elements, key=lambda p: p.start), dose_tokens, combiner_tokens)
    # 'the FEC regimen', 'cisplatin chemotherapy': a therapy word right after drugs describes them
    elements = [
        p for k, p in enumerate(elements)
        if not (k and p.end - p.start == 1 and doc[p.start].lower_ in rules.therapy_words and elements[k - 1].drugs
                and elements[k - 1].end == p.start)
    ]
    plural_nouns = {s for s, _ in cues["ARM_NOUNS"]}
    # 'A and B were compared': 'and' before the verb lists arms, it does not combine drugs
    compared = next((c for c, _ in cues["COMPARED_AFTER"] if sent.start <= c < sent.end), None)
    merged: list[list[ArmPhrase]] = []
    for k, element in enumerate(elements):
        listed_arms = bool(merged) and compared is not None and element.end <= compared and doc[merged[-1][-1].end : element.start].text == "and"
        listed_arms = listed_arms or _listed_doses(doc, merged, element, dose_tokens)
        if merged and not listed_arms and (
            _joins(doc, merged[-1][-1], element, combiner_tokens, dose_tokens)
            or _listed_combination(doc, elements, k, combiner_tokens, dose_tokens)
        ):
            merged[-1].append(element)
        else:
            merged.append([element])
    phrases = []
    for group in merged:
        parts = _split_coordinated(doc, group, plural_nouns)
        if len(parts) == 1 and len(group) > 1 and all(p.drugs == group[0].drugs and p.start in dose_tokens for p in group[1:]):
            parts = [[p] for p in group]  # '100, and 300 mg': doses that each stand for their drug's arm
        # 'the formoterol and placebo groups': each is written as an arm
        phrases += [_phrase(part, cues, doc, sent, dose_tokens, coordinated=len(parts) > 1, rules=rules) for part in parts]
    return _bracketed_coordination(doc, phrases, plural_nouns)


_OPENING_BRACKETS, _CLOSING_BRACKETS = frozenset({"(", "["}), frozenset({")", "]"})


# what stands between the items of a list: dose levels ('1.5 or 0.75 mg', '50, 100, and 300 mg'),
# the labels of a GROUP_LABEL_PAIR match ('groups 1, 2, and 3')
_LIST_LINKS = {"or", ",", "vs", "vs.", "versus", "and"}


def _matching_bracket(doc: Doc, at: int, bound: int) -> int | None:
    """The bracket that the bracket at `at` opens or closes (nested ones skipped): searched forward,
    before `bound`, from an opening one; backward, down to `bound`, from a closing one."""
    forward = doc[at].text in _OPENING_BRACKETS
    same, other = (_OPENING_BRACKETS, _CLOSING_BRACKETS) if forward else (_CLOSING_BRACKETS, _OPENING_BRACKETS)
    depth = 0
    for i in range(at, bound, 1) if forward else range(at, bound - 1, -1):
        if doc[i].text in same:
            depth += 1
        elif doc[i].text in other:
            depth -= 1
            if depth == 0:
                return i
    return None


def _bracketed_coordination(doc: Doc, phrases: list[ArmPhrase], plural_nouns: set[int]) -> list[ArmPhrase]:
    """'in the formoterol (n=26 [27%]) and placebo (n=33 [31%]) groups': arms listed with a bracket
    each before a plural arm noun are each written as an arm."""
    out = list(phrases)
    ending_at = {max(p.extent_end, p.end): k for k, p in enumerate(out)}

    def before_bracket(close: int) -> int | None:  # the phrase written right before the bracket closing at `close`
        opened = _matching_bracket(doc, close, max(0, close - 19))
        return ending_at.get(opened) if opened is not None else None

    for noun in plural_nouns:
        if noun and doc[noun - 1].text in {")", "]"}:
            k = before_bracket(noun - 1)
        else:  # 'and placebo groups': the last arm is written with the noun
            k = next((idx for idx, p in enumerate(out) if p.name_end == noun), None)
        listed = [k] if k is not None else []
        while listed and out[listed[-1]].start >= 2 and doc[out[listed[-1]].start - 1].lower_ in {"and", ","}:
            close = out[listed[-1]].start - 2
            earlier = before_bracket(close) if doc[close].text in {")", "]"} else None
            if earlier is None:
                break
            listed.append(earlier)
        if len(listed) >= 2:
            for k in listed:
                if out[k].drugs or out[k].control_term or out[k].name:
                    out[k] = replace(out[k], marked=True)
    return out


def _bracket_named_group(doc: Doc, noun: int, floor: int, taken: set[int], elements: list[ArmPhrase]) -> ArmPhrase | None:
    """'a gum-chewing (Gum) group', 'a control (No gum) group': the name in brackets right before
    'group'/'arm' is the arm's (up to four words, no number, no drug, disease or outcome); a
    control term or role word written before the bracket gives its role."""
    close = noun - 1
    opened = next((i for i in range(close - 1, max(floor, close - 5) - 1, -1) if doc[i].text in {"(", "["}), None)
    if opened is None or opened + 1 == close:
        return None
    inside = doc[opened + 1 : close]
    not_names = doc.user_data.get(_NOT_NAMES_KEY, ())
    if any(t.i in taken or t.i in not_names or t.like_num or (t.is_punct and t.text not in {"-", "/"}) for t in inside):
        return None
    before = next((p for p in elements if p.end == opened and not p.drugs), None)
    return ArmPhrase(
        opened + 1, noun, control_term=before.control_term if before else None, role_word=before.role_word if before else None,
        name=_normal_name(inside), name_end=close,
    )


def _named_after_value(doc: Doc, start: int, rules: ArmRules) -> bool:
    """'45% for liraglutide', '-2.3 kg with dapagliflozin', '1.1% (exenatide)', '12 of 50 (24%)
    children on placebo': a name right after a value (its unit, or the patients it counts) and a
    preposition or bracket, as the arm the value is for."""
    if start < 2 or not (doc[start - 1].lower_ in rules.value_arm_prepositions or doc[start - 1].text in {"(", "["}):
        return False
    i = start - 2
    if doc[i].lower_ in rules.patient_nouns:
        i -= 1
    window = doc[max(0, i - 1) : i + 1]
    return doc[i].like_num or doc[i].text in {"%", ")"} or (len(window) == 2 and window[0].like_num)


def _dose_after(doc: Doc, end: int, sent: Span, dose_tokens: set[int]) -> tuple[int, int, int]:
    """(extent, dose start, dose end) of the dose written right after a name ending at `end`:
    'docetaxel 75 mg/m2', 'weekly docetaxel (33 mg/m2)' (the dose in brackets)."""
    extent = end
    while extent < sent.end and extent in dose_tokens:
        extent += 1
    if extent == end and extent + 2 < sent.end and doc[extent].text == "(" and extent + 1 in dose_tokens:
        close = extent + 1
        while close < sent.end and close in dose_tokens:
            close += 1
        if doc[close].text == ")":
            return close + 1, end + 1, close
    return extent, end, extent


_AMOUNT = re.compile(r"[\d.,·]+(?:\s*[-–]\s*[\d.,·]+)?\s*\S+")
_BARE_AMOUNT = re.compile(r"[\d.,·]+")
_UNIT_AFTER_AMOUNT = re.compile(r"[\d.,·]+(?:\s*[-–]\s*[\d.,·]+)?\s*([^\s\d.,·]\S*)")


def listed_unit(doc: Doc, end: int, dose_tokens: set[int]) -> str | None:
    """The unit of a bare amount ending at token ``end`` that opens a list of doses: that of the
    first dose of the list written with one ('mg' for '1.5' of 'dulaglutide (1.5 or 0.75 mg)', for
    '40' of '40, 50, 60, or 70 mg SC enoxaparin'); None where no list of doses follows."""
    j = end
    while j < len(doc) and doc[j].lower_ in _LIST_LINKS:
        while j < len(doc) and doc[j].lower_ in _LIST_LINKS:  # ', or'
            j += 1
        start = j
        while j < len(doc) and j in dose_tokens:
            j += 1
        if j == start:
            return None
        unit = _UNIT_AFTER_AMOUNT.match(doc[start:j].text)
        if unit:
            return unit.group(1)
    return None


def _dose_key(span: Span, dose_tokens: set[int] = frozenset()) -> str:
    """The amount and unit of a dose, without its schedule: '5 mg BID' and '5 mg' are one dose level;
    a bare amount that opens a list of doses has the list's unit ('1.5' of '1.5 or 0.75 mg' is 1.5mg)."""
    match = _AMOUNT.match(span.text)
    key = (match.group() if match else span.text).lower()
    if _BARE_AMOUNT.fullmatch(span.text.strip()) and (unit := listed_unit(span.doc, span.end, dose_tokens)):
        key += unit.lower()
    return "".join(key.split())


def _dose_levels(
    doc: Doc, sent: Span, cues: dict, elements: list[ArmPhrase], dose_spans, taken: set[int], rules: ArmRules,
) -> list[ArmPhrase]:
    """Arms named by a dose alone: a dose listed after a drug given at another dose ('gantenerumab
    105 mg or 225 mg', 'tofacitinib 5 mg BID, or 10 mg BID') is that drug at this dose; a dose
    before an arm noun ('the 10 mg group') or right after a value ('40% with 10 mg') names the arm
    given that dose."""
    if not dose_spans:
        return []
    arm_nouns = {s for s, _ in cues["ARM_NOUN"] + cues["ARM_NOUNS"]}
    drug_elements = sorted((p for p in elements if p.drugs), key=lambda p: p.start)
    dose_tokens = {i for s, e in dose_spans for i in range(s, e)}

    def listed_before_arm_noun(end: int) -> bool:  # 'the placebo, 5 mg and 10 mg groups'
        while end < sent.end and (end in dose_tokens or doc[end].lower_ in _LIST_LINKS):
            end += 1
        return end in arm_nouns

    found = _dose_list_levels(doc, sent, drug_elements, dose_spans, taken)
    for s, e in dose_spans:
        if not (sent.start < s and e <= sent.end) or taken & set(range(s, e)):
            continue
        after_value = _named_after_value(doc, s, rules)
        if e in arm_nouns or after_value or (doc[s - 1].lower_ in _LIST_LINKS and listed_before_arm_noun(e)):
            found.append(ArmPhrase(s, e, name_end=e, dose_text=_dose_key(doc[s:e], dose_tokens)))
            taken.update(range(s, e))
            continue
        if doc[s - 1].lower_ not in _LIST_LINKS:
            continue
        before = [p for p in drug_elements if p.end < s]
        if not before or before[-1].end not in {d for d, _ in dose_spans}:
            continue  # the drug before must be written with a dose of its own
        found.append(ArmPhrase(s, e, drugs=before[-1].drugs, name_end=e, dose_text=_dose_key(doc[s:e], dose_tokens)))
        taken.update(range(s, e))
    return found


def _dose_list_levels(doc: Doc, sent: Span, drug_elements: list[ArmPhrase], dose_spans, taken: set[int]) -> list[ArmPhrase]:
    """'randomised to receive 40, 50, 60, or 70 mg SC enoxaparin', 'PA21 at doses of 250, 500 or
    750 mg': amounts listed together for one drug written next to the list are one arm each."""
    spans = sorted((s, e) for s, e in dose_spans if sent.start < s and e <= sent.end)
    runs: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if runs and all(doc[i].lower_ in _LIST_LINKS for i in range(runs[-1][-1][1], s)) and s - runs[-1][-1][1] <= 2:
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    found = []
    dose_tokens = {i for s, e in spans for i in range(s, e)}
    for run in runs:
        if len(run) < 2 or any(taken & set(range(s, e)) for s, e in run):
            continue
        first, last = run[0][0], run[-1][1]
        # the drug right after the amounts ('70 mg SC enoxaparin'), else the one just before them
        # ('dulaglutide (1.5 or 0.75 mg)', 'PA21 at doses of 250, 500 or 750 mg')
        after = [
            p for p in drug_elements
            if last <= p.start <= last + 2 and not any(doc[i].is_punct or doc[i].lower_ in _LIST_LINKS for i in range(last, p.start))
        ]
        before = [p for p in drug_elements if p.end <= first and first - p.end <= 4]
        drug = after[0] if after else (before[-1] if before else None)
        if drug is None:
            continue
        for s, e in run:
            if s == drug.end:
                continue  # 'gantenerumab 105 mg or 225 mg': the first dose is written with the drug
            found.append(ArmPhrase(s, e, drugs=drug.drugs, name_end=e, dose_text=_dose_key(doc[s:e], dose_tokens)))
            taken.update(range(s, e))
    return found


def _combiner_tokens(cues: dict) -> set[int]:
    """Tokens that join drugs into one combination ('plus', 'with', '/'), not 'with or without'."""
    return {i for s, e in cues["COMBINER"] for i in range(s, e)} - {i for s, e in cues["WITH_OR_WITHOUT"] for i in range(s, e)}


def _with_short_forms(doc: Doc, elements: list[ArmPhrase], dose_tokens: set[int], combiner_tokens: set[int]) -> list[ArmPhrase]:
    """Drug elements whose bracketed short forms ('lamivudine (LAM)', 'fimasartan 120 mg (FMS)',
    'fimasartan 120 mg/rosuvastatin 20 mg (FMS/RSV)') or brand ('Epo (Eprex; 40,000 IU)') become part
    of them: a short form names the drugs before it, it is not an arm of its own and does not part a
    combination."""
    out: list[ArmPhrase] = []
    k = 0
    while k < len(elements):
        element = elements[k]
        out.append(element)
        k += 1
        if not element.drugs:
            continue
        # the drugs written before the bracket: this element, or it and those joined to it
        first = len(out) - 1
        while first > 0 and out[first - 1].drugs and all(
            i in combiner_tokens or i in dose_tokens for i in range(out[first - 1].end, out[first].start)
        ):
            first -= 1
        end = element.end
        while end in dose_tokens:
            end += 1
        if end >= len(doc) or doc[end].text != "(":
            continue
        inside = []
        j = k
        while j < len(elements) and elements[j].drugs and elements[j].start > end and (
            not inside and elements[j].start == end + 1
            or inside and all(doc[i].text in {"/", "+", "-", ","} for i in range(inside[-1].end, elements[j].start))
        ):
            inside.append(elements[j])
            j += 1
        if not inside:
            continue
        close = inside[-1].end  # '(Eprex; 40,000 IU)': a dose may follow the short form or brand
        if close < len(doc) and doc[close].text in {";", ","}:
            close += 1
        while close < len(doc) and close in dose_tokens:
            close += 1
        if close >= len(doc) or doc[close].text != ")":
            continue
        same = {d for p in inside for d in p.drugs} in ({d for p in out[first:] for d in p.drugs}, set(element.drugs))
        if not same and len(inside) > 1:  # one other name in brackets is the drug's brand or synonym: 'Epo (Eprex)'
            continue
        out[-1] = replace(element, end=close + 1)
        k = j
    return out


def therapy_definitions(doc: Doc, rules: ArmRules, mention_spans: list | None = None) -> dict[str, tuple[str, ...]]:
    """Therapy words the document defines by two or more drugs, written right before the word
    ('epirubicin, cisplatin, and capecitabine chemotherapy'), in brackets right after it
    ('doublet chemotherapy (carboplatin/pemetrexed)') or after 'with' ('chemotherapy with
    cisplatin and vinblastine'); the first definition counts. A word the document gives another
    combination too ('the FEC regimen', 'the PE regimen') names no one combination: it is not defined.
    `mention_spans`: the document's `_mention_spans`, where the caller has them."""
    therapy_words = _word_keys(rules.therapy_words)
    lower = _lower_keys(doc)
    if therapy_words.isdisjoint(lower):
        return {}
    used = [i for i, word in enumerate(lower) if word in therapy_words]
    mentions: dict[int, tuple[int, tuple[str, ...]]] = {}  # token start -> (token end, drugs)
    for mention, span in _mention_spans(doc) if mention_spans is None else mention_spans:
        if span is not None:
            mentions[span[0]] = (span[1], tuple(mention.components or (mention.drug,)))
    ending_at = {end: (start, drugs) for start, (end, drugs) in mentions.items()}
    found: dict[str, tuple[str, ...] | None] = {}
    for token in (doc[i] for i in used):
        word = token.lower_
        if word in found and found[word] is None:
            continue
        drugs: set[str] = set()
        i, first = token.i, None
        while i in ending_at:  # the list written right before the word
            first, listed = ending_at[i]
            drugs.update(listed)
            j = first
            while j > 0 and doc[j - 1].lower_ in rules.list_separators:
                j -= 1
            if j == first or j not in ending_at:
                break
            i = j
        if first is not None and _describes_patients(doc, (first, first + 1), rules):
            drugs = set()  # 'prior cisplatin and etoposide chemotherapy': the patients' history
        if not drugs and token.i + 1 < len(doc) and doc[token.i + 1].text in {"(", "["}:
            k = token.i + 2
            while k < min(len(doc), token.i + 16) and doc[k].text not in {")", "]"}:
                if k in mentions:
                    k, listed = mentions[k]
                    drugs.update(listed)
                elif doc[k].lower_ in rules.list_separators:
                    k += 1
                else:
                    drugs = set()
                    break
        if not drugs and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "with":
            k = token.i + 2  # 'chemotherapy with cisplatin and vinblastine': the list up to its first other word
            while k < len(doc) and (k in mentions or doc[k].lower_ in rules.list_separators):
                if k in mentions:
                    k, listed = mentions[k]
                    drugs.update(listed)
                else:
                    k += 1
        if len(drugs) >= 2:
            drugs = tuple(sorted(drugs))
            first_given = set(found.get(word, drugs))
            if not (first_given <= set(drugs) or set(drugs) <= first_given):  # another combination
                found[word] = None
            else:
                found.setdefault(word, drugs)
    return {word: drugs for word, drugs in found.items() if drugs is not None}


def abbreviated_regimens(doc: Doc, rules: ArmRules, mention_spans: list | None = None) -> dict[str, tuple[str, ...]]:
    """Abbreviations whose long form is drugs alone ('irinotecan-cisplatin (IP)', 'Uracil and
    Tegafur (UFT)'): each later use of the short form names those drugs. `mention_spans`: the
    document's `_mention_spans`, where the caller has them."""
    if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
        return {}
    drug_tokens: dict[int, tuple[str, ...]] = {}
    for mention, span in _mention_spans(doc) if mention_spans is None else mention_spans:
        if span is not None:
            for i in range(*span):
                drug_tokens[i] = tuple(mention.components or (mention.drug,))
    found: dict[str, tuple[str, ...]] = {}
    for short in doc._.abbreviations or []:
        long_form = short._.long_form
        if long_form is None or short.text in found or any(i in drug_tokens for i in range(short.start, short.end)):
            continue  # the drug tagger knows the short form already
        drugs = {d for i in range(long_form.start, long_form.end) for d in drug_tokens.get(i, ())}
        rest = [t for t in long_form if t.i not in drug_tokens and t.lower_ not in rules.list_separators]
        if drugs and not rest:
            found[short.text] = tuple(sorted(drugs))
    return found


def _acronym(span: Span) -> bool:
    """'ZES', 'PTCA', 'L-BLP25': a short name in capitals that is not a disease or an outcome ('AML', 'OS')."""
    not_names = span.doc.user_data.get(_NOT_NAMES_KEY, ())
    return sum(t.text not in {"-", "–"} for t in span) <= 2 and any(sum(c.isupper() for c in t.text) >= 2 for t in span) and not any(t.i in not_names for t in span)


def _is_name_token(token, taken: set[int], rules: ArmRules) -> bool:
    """A token that can be part of an arm's name: not a stop word or number."""
    if token.i in taken or token.is_punct or token.like_num or token.lower_ in rules.name_stop_words:
        return False
    return any(c.isalpha() for c in token.text) and not any(c in "±=<>%" for c in token.text)


def _name_start(doc: Doc, noun: int, floor: int, taken: set[int], rules: ArmRules) -> int | None:
    """'the PCI group', 'the usual care arm', 'the Flu-TBI arm': up to four name tokens before
    'group'/'arm'."""
    start = noun
    while start > floor and noun - start < 4:
        if _is_name_token(doc[start - 1], taken, rules):
            start -= 1
        elif _inner_hyphen(doc, start - 1, floor, taken, rules) and start < noun:
            start -= 2
        elif (start < noun and start - 1 > floor and doc[start - 1].lower_ in rules.name_links
              and start - 1 not in taken and _is_name_token(doc[start - 2], taken, rules)):
            start -= 2  # 'the telemonitoring plus standardized education group'
        else:
            break
    if start == noun or _normal_name(doc[start:noun]) in rules.not_arm_names:
        return None
    return start


def _name_end(doc: Doc, first: int, ceiling: int, taken: set[int], rules: ArmRules) -> int | None:
    """'patients who received PCI', 'those assigned to CABG': up to four name tokens after the cue."""
    end = first
    while end < ceiling and end - first < 4:
        if _is_name_token(doc[end], taken, rules):
            end += 1
        elif end > first and end + 1 < ceiling and doc[end].text in {"-", "/"} and _is_name_token(doc[end + 1], taken, rules):
            end += 2
        elif (end > first and end + 1 < ceiling and doc[end].lower_ in rules.name_links and end not in taken
              and _is_name_token(doc[end + 1], taken, rules)):
            end += 2  # 'surgery plus adjuvant chemotherapy'

        else:
            break
    # 'received the same amount of lactulose': a name that starts with a word naming no arm is none
    if end == first or _normal_name(doc[first:end]) in rules.not_arm_names or doc[first].lower_ in rules.not_arm_names:
        return None
    return end


def _inner_hyphen(doc: Doc, i: int, floor: int, taken: set[int], rules: ArmRules) -> bool:
    """'Flu-TBI', 'TLI/ATG': a hyphen or slash between two name tokens."""
    return i > floor and doc[i].text in {"-", "–", "/"} and i not in taken and _is_name_token(doc[i - 1], taken, rules)


def _normal_name(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in {"-", "the"}).removesuffix(" treated").strip()


def _describes_patients(doc: Doc, span: tuple[int, int], rules: ArmRules) -> bool:
    """'prior imatinib', 'rituximab-refractory': a drug of the patients' history, not an arm."""
    before = doc[span[0] - 1].lower_ if span[0] > 0 else ""
    after = [doc[i].lower_ for i in range(span[1], min(span[1] + 2, len(doc)))]
    after = after[1:] if after and after[0] == "-" else after
    return before in rules.population_before or bool(after and after[0] in rules.population_after)


def _listed_doses(doc: Doc, merged: list[list[ArmPhrase]], element: ArmPhrase, dose_tokens: set[int]) -> bool:
    """'for dulaglutide 1.5 mg, dulaglutide 0.75 mg and sitagliptin', 'with canagliflozin 50, 100,
    and 300 mg and placebo': a list that names one drug again at another dose (or by a dose alone)
    lists arms, so what it lists next is another arm, not a combination."""
    if not merged:
        return False
    last = merged[-1][-1]
    if last.drugs and last.start in dose_tokens and element.drugs != last.drugs:  # a dose that stands for its drug's arm
        return True
    if len(merged) < 2 or len(merged[-1]) != 1:
        return False
    before = merged[-2][-1]
    gap = range(before.end, last.start)
    return bool(last.drugs) and before.drugs == last.drugs and any(doc[i].text == "," for i in gap) and all(
        i in dose_tokens or doc[i].text == "," for i in gap
    )


def _joins(doc: Doc, left: ArmPhrase, right: ArmPhrase, combiner_tokens: set[int], dose_tokens: set[int]) -> bool:
    if left.group_label or right.group_label or left.role_word or right.role_word or left.name or right.name:
        return False
    if left.drugs and left.drugs == right.drugs:  # 'rizatriptan 10 mg and rizatriptan 20 mg': no drug combines with itself
        return False
    gap = range(left.end, right.start)
    if len(gap) > 12 or not all(i in combiner_tokens or i in dose_tokens for i in gap):
        return False
    words = {doc[i].lower_ for i in gap if i not in dose_tokens}
    # "FLAG-IDA and MEC": two regimens joined by "and" are two arms, not one combination
    return not (words == {"and"} and left.acronym and right.acronym)


def _listed_combination(doc: Doc, elements: list[ArmPhrase], k: int, combiner_tokens: set[int], dose_tokens: set[int]) -> bool:
    """'pentostatin, cyclophosphamide(,) and rituximab': drugs listed with commas are one
    combination when the list ends with 'and'/'plus' (with 'or' it lists arms: 'A, B or C')."""
    for left, right in zip(elements[k - 1 : -1], elements[k:]):
        if left.drugs == () or right.drugs == () or left.acronym or right.acronym:
            return False
        gap = doc[left.end : right.start].text.strip()
        if gap != ",":
            serial_comma = gap.startswith(",") and doc[left.end + 1].lower_ in {"and", "plus"} and right.start == left.end + 2
            return serial_comma or _joins(doc, left, right, combiner_tokens, dose_tokens)
    return False


def _split_coordinated(doc: Doc, group: list[ArmPhrase], plural_nouns: set[int]) -> list[list[ArmPhrase]]:
    """'the venetoclax and placebo groups': 'and' before a plural arm noun separates arms."""
    if len(group) < 2 or group[-1].end not in plural_nouns and (group[-1].end + 1) not in plural_nouns:
        return [group]
    parts: list[list[ArmPhrase]] = [[group[0]]]
    for element in group[1:]:
        gap = {t.lower_ for t in doc[parts[-1][-1].end : element.start]}
        if gap & {"and", ","}:
            parts.append([element])
        else:
            parts[-1].append(element)
    return parts


def _combined_drugs(part: list[ArmPhrase], doc: Doc) -> tuple[str, ...]:
    """The drugs of a combination. Regimens written as alternatives ('XELIRI/FOLFIRI plus
    simvastatin') give only what every alternative has (irinotecan), not their union."""
    units: list[set[str]] = []
    for k, element in enumerate(part):
        alternative = k and element.acronym and part[k - 1].acronym and doc[part[k - 1].end : element.start].text.strip() == "/"
        if alternative and units[-1] & set(element.drugs):
            units[-1] &= set(element.drugs)
        else:
            units.append(set(element.drugs))
    return tuple(sorted(set().union(*units))) if units else ()


def _phrase(
    part: list[ArmPhrase], cues: dict, doc: Doc, sent: Span, dose_tokens: set[int], coordinated: bool, rules: ArmRules
) -> ArmPhrase:
    """The candidate of elements joined together, with the dose written after it."""
    start, end = part[0].start, part[-1].end
    marked = coordinated or any(p.name or p.role_word for p in part) or any(e == start for _, e in cues["RECIPIENT"])
    marked = marked or _named_after_value(doc, start, rules)
    marked = marked or any(s == end for s, _ in cues["TREATED_SUFFIX"])
    drugs = _combined_drugs(part, doc)
    control = next((p.control_term for p in part if p.control_term), None)
    alone = False
    for s, e in cues["ALONE"]:
        if s == end:
            alone, end = True, e
            break
    name_end = end
    if part[-1].name and part[-1].name_end < part[-1].end == end:  # '(No gum) group': the name ends inside the bracket
        name_end = part[-1].name_end
    for s, e in cues["ARM_NOUN"] + cues["ARM_NOUNS"]:
        if s == end:
            end, marked = e, True
            break
    first = part[0]
    extent, dose_start, dose_end = _dose_after(doc, end, sent, dose_tokens)
    dose_text = first.dose_text if len(part) == 1 else None
    return ArmPhrase(
        start, end, drugs=drugs, control_term=control, group_label=first.group_label, role_word=first.role_word,
        name=first.name, alone=alone, acronym=len(part) == 1 and first.acronym, name_end=name_end, marked=marked,
        extent_end=extent, dose_text=dose_text or (_dose_key(doc[dose_start:dose_end], dose_tokens) if dose_end > dose_start else None),
    )
