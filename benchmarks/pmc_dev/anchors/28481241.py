PMID = "28481241"
SHORT = "Galunisertib, lomustine, or both in recurrent glioblastoma: biomarker evaluation (3-arm randomised)"
DESIGN = "comparative"
DRUGS = {"galunisertib": "galunisertib", "lomustine": "lomustine"}
GL, G, L = "galunisertib plus lomustine", "galunisertib", "placebo+lomustine"
ARMS = [
    dict(at="randomized to {galunisertib plus lomustine} (n = 79)", arm=GL,
         regimen="galunisertib + lomustine", n_total=79, note="experimental"),
    dict(at="{galunisertib} (n = 39)", arm=G, regimen="galunisertib", n_total=39, note="experimental"),
    dict(at="{placebo+lomustine} (n = 40)", arm=L, regimen="lomustine", n_total=40, note="control"),
]
DOSES = [
    dict(at="galunisertib ({300 mg/day})", drug="galunisertib", low=300, unit="mg", freq="daily",
         sched="14 days on/14 days off", arm=G,
         note="intermittent dosing, each cycle 14 days on/14 days off"),
]
RESULTS = [
    dict(at="(OS) {9.5 months} vs", cat="efficacy", ep="OS", et="overall survival (OS)", p="0.4574",
         pop="IDH1-negative glioblastoma with baseline pSMAD2+ in cytoplasm", note="median; arms pooled"),
    dict(at="vs. {6.9 months} for patients with no", cat="efficacy", ep="OS", et="overall survival (OS)",
         p="0.4574", pop="IDH1-negative glioblastoma with no tumor pSMAD2 expression",
         note="median; arms pooled"),
    dict(at="OS of {10.4 months}", cat="efficacy", ep="OS", et="OS", p="0.5452", N=8,
         pop="IDH1 R132H+", note="median; arms pooled"),
    dict(at="to {6.9 months} for patients with negative", cat="efficacy", ep="OS", et="OS",
         p="0.5452", pop="IDH1 R132H negative", note="median; arms pooled"),
]
