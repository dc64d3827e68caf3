PMID = "26527777"
SHORT = "Gemcitabine plus vismodegib (GV) vs gemcitabine plus placebo (GP), metastatic pancreatic cancer (phase Ib/II)"
DESIGN = "comparative"
DRUGS = {"gemcitabine": "gemcitabine", "vismodegib": "vismodegib",
         "GV": ("GV", "gemcitabine + vismodegib"), "GP": ("GP", "gemcitabine")}
DRUG_NOTES = {"GP": "gemcitabine plus placebo: placebo is no drug, so the acronym's regimen is gemcitabine"}
V, P = "GV", "GP"
ARMS = [
    dict(at="one-to-one ratio to {GV} or GP", arm=V, regimen="gemcitabine + vismodegib", n_total=53,
         note="experimental; 'n = 53 in each arm' (evaluable)"),
    dict(at="one-to-one ratio to GV or {GP}", arm=P, regimen="gemcitabine", n_total=53,
         note="control (gemcitabine plus placebo); 'n = 53 in each arm' (evaluable)"),
]
HR = "adjusted hazard ratio, GV vs GP"
RESULTS = [
    dict(at="overexpressed in {> 70%} of", cat="other", ep="incidence", et="overexpressed", pop="pancreatic cancers",
         note="share of pancreatic cancers overexpressing SHH; background (epidemiology)"),
    dict(at="Median PFS was {4.0} and", cat="efficacy", ep="PFS", et="PFS", u="months", arm=V, ci=(2.5, 5.3),
         p="0.30", note="median; 'for GV and GP arms, respectively'"),
    dict(at="4.0 and {2.5 months}", cat="efficacy", ep="PFS", et="PFS", arm=P, ci=(1.9, 3.8), p="0.30", note="median"),
    dict(at="hazard ratio, {0.81}", cat="efficacy", ep="PFS", et="PFS", u="HR", ci=(0.54, 1.21), p="0.30", note=HR),
    dict(at="was {6.9} and 6.1 months", cat="efficacy", ep="OS", et="overall survival", u="months", arm=V,
         ci=(5.8, 8.0), p="0.84", note="median; 'for GV and GP arms, respectively'"),
    dict(at="6.9 and {6.1 months}", cat="efficacy", ep="OS", et="overall survival", arm=P, ci=(5.0, 8.0), p="0.84",
         note="median"),
    dict(at="hazard ratio, {1.04}", cat="efficacy", ep="OS", et="overall survival", u="HR", ci=(0.69, 1.58),
         p="0.84", note=HR),
]
# No row: Karnofsky >= 80 (eligibility), n = 7 / 106 / 53 (sample sizes), "Response rates were not
# significantly different" (no number).
