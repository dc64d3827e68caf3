PMID = "29247383"
SHORT = "Osimertinib (AURA ext/AURA2) vs platinum doublet (IMPRESS control arm), EGFRm T790M NSCLC: adjusted indirect comparison"
DESIGN = "comparative"
DRUGS = {"osimertinib": "osimertinib"}
O, C = "osimertinib", "platinum-based doublet chemotherapy"
ARMS = [
    dict(at="AURA2 trials ({osimertinib} 80 mg, n = 405", arm=O, regimen="osimertinib", n_total=405,
         note="experimental; pooled AURA extension and AURA2 patients (non-randomised datasets compared)"),
    dict(at="IMPRESS study ({platinum-based doublet chemotherapy}, n = 61", arm=C, regimen=None, n_total=61,
         note="control (the control arm of IMPRESS); no drug named, a drug class only"),
]
DOSES = [
    dict(at="(osimertinib {80 mg}, n = 405", drug="osimertinib",
         low=80, unit="mg", arm=O),
]
HR_NOTE = "osimertinib vs platinum-based doublet chemotherapy (adjusted)"
RESULTS = [
    dict(at="[HR] = {0.278}", cat="efficacy", ep="PFS", et="progression-free survival", u="HR",
         ci=(0.188, 0.409), p="<0.0001", note=HR_NOTE),
    dict(at="median PFS {10.9} vs.", cat="efficacy", ep="PFS", et="PFS", u="months", arm=O, p="<0.0001",
         note="median; 'median PFS 10.9 vs. 5.3 months' in the order osimertinib vs chemotherapy of the sentence"),
    dict(at="10.9 vs. {5.3 months}", cat="efficacy", ep="PFS", et="PFS", arm=C, p="<0.0001", note="median"),
    dict(at="(ORR: {64.3} vs.", cat="efficacy", ep="ORR", et="ORR", u="%", arm=O, p="<0.001"),
    dict(at="64.3 vs. {33.3%}", cat="efficacy", ep="ORR", et="ORR", arm=C, p="<0.001"),
    dict(at="odds ratio [OR] = {5.31}", cat="efficacy", ep="ORR", et="ORR", u="OR", ci=(2.47, 11.40), p="<0.001",
         note=HR_NOTE),
    dict(at="DCR: {92.1} vs.", cat="efficacy", ep="DCR", et="DCR", u="%", arm=O, p="<0.001"),
    dict(at="92.1 vs. {75.0%}", cat="efficacy", ep="DCR", et="DCR", arm=C, p="<0.001"),
    dict(at="OR = {4.72}", cat="efficacy", ep="DCR", et="DCR", u="OR", ci=(1.92, 11.58), p="<0.001", note=HR_NOTE),
    dict(at="(HR = {0.412}", cat="efficacy", ep="OS", et="OS", u="HR", ci=(0.273, 0.622), p="<0.0001",
         note=HR_NOTE),
]
# No row: "Median OS for osimertinib was not reached" (no number); n = 405 / n = 61 (arm sizes).
