PMID = "24837137"
SHORT = "WJOG: docetaxel with (DZ) or without (D) zoledronic acid, previously treated NSCLC with bone metastases (phase II)"
DESIGN = "comparative"
DRUGS = {"zoledronic acid": "zoledronic acid", "docetaxel": "docetaxel",
         "DZ": ("DZ", "docetaxel + zoledronic acid"), "D": "docetaxel"}
DRUG_NOTES = {"D": "group label D = docetaxel alone (abbreviations inside arm labels are drug rows, pmc_dev decision 25)"}
Z, D = "DZ group", "D group"
ARMS = [
    dict(at="with ({group DZ}) or", arm=Z, regimen="docetaxel + zoledronic acid", n_total=50, note="experimental"),
    dict(at="without ({group D}) zoledronic", arm=D, regimen="docetaxel", n_total=50,
         note="control ('docetaxel alone')"),
]
DOSES = [
    dict(at="docetaxel ({60 mg/m2}) with", drug="docetaxel", low=60, unit="mg/m2", sched="every 21 days",
         reg="docetaxel", note="both arms, so arm null"),
]
RESULTS = [
    dict(at="survival was {2.7 months}", cat="efficacy", ep="PFS", et="progression-free survival", arm=Z,
         ci=(1.5, 3.5), p="0.89", note="median"),
    dict(at="DZ group and {2.6 months}", cat="efficacy", ep="PFS", et="progression-free survival", arm=D,
         ci=(1.5, 3.4), p="0.89", note="median"),
    dict(at="survival was {10.4 months}", cat="efficacy", ep="OS", et="overall survival", arm=Z, ci=(7.0, 15.8),
         p="0.62", note="median"),
    dict(at="DZ group and {9.7 months}", cat="efficacy", ep="OS", et="overall survival", arm=D, ci=(6.1, 12.5),
         p="0.62", note="median"),
]
# No row: 50 per group, 94 analysed (DZ, 48; D, 46); "No treatment-related deaths" (no cardinal number).
