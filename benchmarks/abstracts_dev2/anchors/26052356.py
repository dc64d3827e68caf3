PMID = "26052356"
SHORT = "ECOG-ACRIN E2603: microRNA profiling and outcome of carboplatin/paclitaxel with or without sorafenib, metastatic melanoma"
DESIGN = "comparative"
CP = "carboplatin + paclitaxel"
DRUGS = {"carboplatin": "carboplatin", "paclitaxel": "paclitaxel", "sorafenib": "sorafenib", "CP": ("CP", CP)}
S, C = "CP with sorafenib", "CP"
ARMS = [
    dict(at="patients to {CP} with or without sorafenib", arm=C, regimen=CP, note="control (without sorafenib)"),
    dict(at="to CP with or without {sorafenib}. Expression", arm=S, regimen="carboplatin + paclitaxel + sorafenib",
         note="experimental; named only as 'CP with or without sorafenib', so the span is the added drug"),
]
RESULTS = [
    dict(at="response rates of {18–20 %}", cat="efficacy", ep="ORR", et="objective response",
         pop="unselected chemotherapy-naïve patients",
         note="carboplatin/paclitaxel with or without sorafenib: arms pooled (arm and regimen null); background"),
    dict(at="greater than {4 months}", cat="efficacy", ep="PFS", et="PFS",
         note="median PFS of the 115 selected patients, used to dichotomise them (less vs greater than 4 months); "
              "arms pooled"),
]
# No row: 115 of 823 patients, software versions (v6.2, v4), reference numbers [1] [2].
# No drug row: "platinum-based chemotherapy", "chemotherapy-naïve"; formalin (reagent); PLXNB1, NFIX, BRAF, NRAS, c-Jun, AP-1.
