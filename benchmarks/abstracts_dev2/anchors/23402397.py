PMID = "23402397"
SHORT = "Fotemustine + dacarbazine vs dacarbazine, each with or without IFN-α2b, advanced melanoma (phase III, 2x2 factorial)"
DESIGN = "comparative"
IFN = "interferon alfa-2b"
DRUGS = {"fotemustine": "fotemustine", "dacarbazine": "dacarbazine", "interferon-α": IFN, "interferon": IFN,
         "IFN": IFN, "IFN-α2b": IFN}
DRUG_NOTES = {"interferon-α": "the trial's interferon is IFN-α2b", "interferon": "the trial's interferon is IFN-α2b",
              "IFN": "the trial's interferon is IFN-α2b"}
A, B, C, D = "group A", "group B", "group C", "group D"
ARMS = [
    dict(at="treatment groups: ({A}) fotemustine", arm=A, regimen="dacarbazine + fotemustine",
         note="experimental; fotemustine and dacarbazine, 3-week cycles"),
    dict(at="cycle; ({B}) same treatment as (A)", arm=B, regimen="dacarbazine + fotemustine + " + IFN,
         note="experimental; as (A) plus IFN-α2b three times per week"),
    dict(at="week; ({C}) dacarbazine alone", arm=C, regimen="dacarbazine",
         note="control ('standard therapy with dacarbazine alone')"),
    dict(at="cycle; ({D}) same treatment as (C)", arm=D, regimen="dacarbazine + " + IFN,
         note="experimental; as (C) plus IFN-α2b three times per week"),
]
RESULTS = [
    dict(at="HR) for OS was {0.93}", cat="efficacy", ep="OS", et="OS", u="HR", ci=(0.71, 1.21), p="0.28",
         note="fotemustine vs no fotemustine (groups A+B vs. C+D)"),
    dict(at="HR for OS was {0.92}", cat="efficacy", ep="OS", et="OS", u="HR", ci=(0.70, 1.20), p="0.68",
         note="IFN-α2b vs no IFN-α2b (groups B+D vs. A+C)"),
]
# No row: P values without a value (PFS p=0.55 / 0.65, ORR p=0.87 / 0.57), 260 patients.
