PMID = "17563841"
SHORT = "Rizatriptan 10 mg vs ibuprofen 400 mg vs placebo for acute migraine attacks (randomised, placebo-controlled)"
DESIGN = "comparative"
DRUGS = {"rizatriptan": "rizatriptan", "ibuprofen": "ibuprofen"}
R, I, P = "rizatriptan", "ibuprofen", "placebo"
SPAN = "; span is the drug name, the dose is its own record (decision 6)"
ARMS = [
    dict(at="randomised to {rizatriptan} 10 mg (53)", arm=R, regimen="rizatriptan", n_total=53,
         note="experimental (active arm of a placebo-controlled trial)" + SPAN),
    dict(at="(53), {ibuprofen} 400 mg (52)", arm=I, regimen="ibuprofen", n_total=52,
         note="experimental (active arm of a placebo-controlled trial)" + SPAN),
    dict(at="and {placebo} (50)", arm=P, regimen=None, n_total=50, note="control"),
]
DOSES = [
    dict(at="rizatriptan {10 mg} (53)", drug="rizatriptan", low=10, unit="mg", arm=R),
    dict(at="ibuprofen {400 mg} (52)", drug="ibuprofen", low=400, unit="mg", arm=I),
]
HR_NOTE = "headache relief is not in the endpoint vocabulary"
HF_NOTE = "timepoint not stated in the sentence (methods: at 2 h and 24 h)"
SE = "Side effects"
RESULTS = [
    dict(at="noted in {73%} in rizatriptan", cat="efficacy", et="headache relief", arm=R, tp="2 hours", note=HR_NOTE),
    dict(at="rizatriptan, {53.8%} in ibuprofen", cat="efficacy", et="headache relief", arm=I, tp="2 hours",
         note=HR_NOTE),
    dict(at="and {8%} in placebo", cat="efficacy", et="headache relief", arm=P, tp="2 hours", note=HR_NOTE),
    dict(at="achieved in {37.7%} in rizatriptan", cat="efficacy", et="Headache freedom", arm=R, note=HF_NOTE),
    dict(at="rizatriptan, {30.8%} in ibuprofen", cat="efficacy", et="Headache freedom", arm=I, note=HF_NOTE),
    dict(at="and {2%} in placebo", cat="efficacy", et="Headache freedom", arm=P, note=HF_NOTE),
    dict(at="noted in {9} patients in rizatriptan", cat="safety", ep="adverse events", et=SE, u="n", n=9, arm=R,
         note="patients with side effects; 'all of which were nonsignificant' (no numeric P)"),
    dict(at="rizatriptan, {8} in ibuprofen", cat="safety", ep="adverse events", et=SE, u="n", n=8, arm=I,
         note="patients with side effects; 'nonsignificant' (no numeric P)"),
    dict(at="and {3} in placebo, all", cat="safety", ep="adverse events", et=SE, u="n", n=3, arm=P,
         note="patients with side effects; 'nonsignificant' (no numeric P)"),
]
# No row: "<8 attacks/months" (eligibility), "One hundred and fifty-five" (sample size), the arm sizes
# (53)/(52)/(50) (assignment counts -> arm n_total), "at 2 h and 24 h" (methods timepoints, no value).
# "Rizatriptan was superior ... at 2 h but not at 24 h" and the conclusions state no numbers.
# Arm notes: rizatriptan and ibuprofen are both active arms against placebo (as the two fulvestrant doses
# vs placebo in pmc_dev 12454761), so both 'experimental'; neither is named as the other's comparator.
# "Two-hour headache relief": the timepoint sits inside the phrase, endpoint_text is "headache relief"
# (decision 23) with timepoint 2 hours.
