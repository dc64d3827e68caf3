PMID = "27686946"
SHORT = "Temozolomide vs radiotherapy as single-modality treatment, high-risk low-grade glioma (randomised phase III)"
DESIGN = "comparative"
DRUGS = {"temozolomide": "temozolomide", "TMZ": "temozolomide"}
R, T = "RT", "TMZ"
ARMS = [
    dict(at="either conformal {RT} (50.4 Gy", arm=R, regimen=None,
         note="control ('standard radiotherapy'); radiotherapy, no drug"),
    dict(at="or dose-dense {TMZ} (75 mg/m2", arm=T, regimen="temozolomide", note="experimental (primary TMZ chemotherapy)"),
]
DOSES = [
    dict(at="({75 mg/m2 daily} × 21 days", drug="temozolomide", low=75, unit="mg/m2", freq="daily",
         sched="21 days every 28 days, max. 12 cycles", arm=T),
]
RESULTS = [
    dict(at="toxicity occurred in {14%} of", cat="safety", ep="hematological toxicity",
         et="Severe hematological toxicity", arm=T, note="severe"),
    dict(at="infections in {3%} of TMZ", cat="safety", ep="infection", et="infections", arm=T),
    dict(at="and {1%} of RT-treated", cat="safety", ep="infection", et="infections", arm=R),
    dict(at="recorded in {3%} of patients in the RT", cat="safety", ep="fatigue", et="Moderate to severe fatigue",
         arm=R, note="moderate to severe"),
    dict(at="group and {7%} in the TMZ", cat="safety", ep="fatigue", et="Moderate to severe fatigue", arm=T,
         note="moderate to severe"),
    dict(at="median PFS was {39 months}", cat="efficacy", ep="PFS", et="PFS", arm=T, p="0.22",
         note="median; IQR 16–46"),
    dict(at="arm and {46 months} (IQR", cat="efficacy", ep="PFS", et="PFS", arm=R, p="0.22", note="median; IQR 19–48"),
    dict(at="(hazard ratio {1.16}", cat="efficacy", ep="PFS", et="PFS", u="HR", ci=(0.9, 1.5), p="0.22",
         note="TMZ vs RT (the sentence's order)"),
]
# No row: median follow-up 48 months (twice), 477 randomised, "after 246 progression events" (the event count
# that triggers the planned analysis: a design figure, decision D4 of the README), subgroups (n=318),
# "Median OS has not been reached".
