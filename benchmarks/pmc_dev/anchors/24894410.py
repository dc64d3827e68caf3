PMID = "24894410"
SHORT = "POUDER: broccoli sprout extract (sulforaphane) vs placebo in advanced pancreatic cancer (pilot protocol)"
DESIGN = "comparative"
DRUGS = {"sulforaphane": "sulforaphane", "quercetin": "quercetin"}
# broccoli sprouts are a food; isothiocyanate is a class; methylcellulose is the placebo filler
T, P = "treatment group", "placebo group"
ARMS = [
    dict(at="Patients in the {treatment group} will", arm=T, regimen="sulforaphane",
         note="experimental; freeze-dried broccoli sprouts, 90 mg active sulforaphane per day"),
    dict(at="Patients in the {placebo group} will", arm=P, regimen=None, note="control"),
]
DOSES = [dict(at="({90\u00a0mg} of active sulforaphane)", drug="sulforaphane", low=90, unit="mg", freq="daily",
              arm=T, sched="fifteen capsules per day during chemotherapy")]
RESULTS = []
