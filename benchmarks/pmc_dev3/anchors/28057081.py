PMID = "28057081"
SHORT = "Fimasartan 120 mg + rosuvastatin 20 mg vs fimasartan alone vs rosuvastatin alone in hypertension with dyslipidemia (randomised, double-blind)"
DESIGN = "comparative"
DRUGS = {"fimasartan": "fimasartan", "rosuvastatin": "rosuvastatin", "FMS": "fimasartan", "RSV": "rosuvastatin"}
C, F, R = "FMS/RSV", "FMS alone", "RSV alone"
ARMS = [
    dict(at="({FMS/RSV}), 2)", arm=C, regimen="fimasartan + rosuvastatin",
         note="experimental; co-administration; span is the label at the definition (decision 1)"),
    dict(at="({FMS}) alone 3)", arm=F, regimen="fimasartan",
         note="control ('alone' arm); span is the label at the definition, label the name used most"),
    dict(at="({RSV}) alone. Drugs", arm=R, regimen="rosuvastatin",
         note="control ('alone' arm); span is the label at the definition, label the name used most"),
]
DAILY = "'Drugs were administered once daily for 8 weeks' (next sentence)"
DOSES = [
    dict(at="fimasartan {120\u00a0mg}/rosuvastatin", drug="fimasartan", low=120, unit="mg", freq="daily",
         sched="8 weeks", arm=C, note=DAILY),
    dict(at="rosuvastatin {20\u00a0mg} (FMS/RSV)", drug="rosuvastatin", low=20, unit="mg", freq="daily",
         sched="8 weeks", arm=C, note=DAILY),
    dict(at="fimasartan {120\u00a0mg} (FMS)", drug="fimasartan", low=120, unit="mg", freq="daily",
         sched="8 weeks", arm=F, note=DAILY),
    dict(at="rosuvastatin {20\u00a0mg} (RSV)", drug="rosuvastatin", low=20, unit="mg", freq="daily",
         sched="8 weeks", arm=R, note=DAILY),
]
RESP = "response rates of siSBP"
RESP_NOTE = "blood-pressure response, not tumour ORR (decision 24: no code)"
GOAL = "LDL-C goal attainment"
RESULTS = [
    dict(at="were {65.22}, 55.56", cat="efficacy", et=RESP, u="%", arm=C, p="0.006",
         note=RESP_NOTE + "; '%' written once after the list; p FMS/RSV vs RSV"),
    dict(at="65.22, {55.56}, and", cat="efficacy", et=RESP, u="%", arm=F,
         note=RESP_NOTE + "; '%' written once after the list"),
    dict(at="and {34.09%}", cat="efficacy", et=RESP, arm=R, p="0.006", note=RESP_NOTE + "; p FMS/RSV vs RSV"),
    dict(at="were {80.43%}", cat="efficacy", et=GOAL, arm=C, p="< 0.001", note="p FMS/RSV vs FMS"),
    dict(at="80.43%, {81.82%}", cat="efficacy", et=GOAL, arm=R, note="order of the sentence: FMS/RSV, RSV alone, FMS alone"),
    dict(at="and {15.56%}", cat="efficacy", et=GOAL, arm=F, p="< 0.001", note="p FMS/RSV vs FMS"),
    dict(at="was {8.33%}", cat="safety", ep="adverse events", et="adverse drug reactions", arm=C,
         note="'similar to those associated with FMS and RSV alone' (no values)"),
]
# No row: "140 randomized patients", "135 ... analyzed" (sample sizes); siSBP/siDBP reductions vs RSV alone and
# vs FMS alone and the LDL-C percentage reduction vs FMS alone (P values only, no values; 'percentage' without
# '%'); "16 June 2014" (registration date); "4 weeks of therapeutic life change" (run-in).
# Drugs: FMS and RSV are abbreviations defined in the text; inside "FMS/RSV" each is its own drug row
# (decision 25). Per-arm randomised numbers are not stated (n_total null).
