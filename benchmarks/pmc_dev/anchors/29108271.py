PMID = "29108271"
SHORT = "Hypoxia biomarkers and epirubicin response, 3-arm randomised trial (EPI / EPI-EPO / EPI-W), LABC"
DESIGN = "comparative"
DRUGS = {"epirubicin": "epirubicin", "erythropoietin": "erythropoietin", "EPI": "epirubicin",
         "EPO": "erythropoietin"}
NOT_DRUG = ["whilst {EPO} expression"]  # tumour EPO protein expression, a biomarker
ARMS = [
    dict(at="(EPI ARM)", arm="EPI ARM", regimen="epirubicin", note=None) if False else
    dict(at="1-21 ({EPI ARM}), epirubicin", arm="EPI ARM", regimen="epirubicin"),
    dict(at="({EPI-EPO ARM})", arm="EPI-EPO ARM", regimen="epirubicin + erythropoietin"),
    dict(at="({EPI-W ARM})", arm="EPI-W ARM", regimen="epirubicin"),
]
DOSES = [
    dict(at="epirubicin {120 mg/m2/1-21} (EPI", drug="epirubicin", low=120, unit="mg/m2",
         freq="every 3 weeks", sched="day 1 every 21 days", arm="EPI ARM"),
    dict(at="epirubicin {120 mg/m2/1-21} +", drug="epirubicin", low=120, unit="mg/m2",
         freq="every 3 weeks", sched="day 1 every 21 days", arm="EPI-EPO ARM"),
    dict(at="erythropoietin {10.000 IU}", drug="erythropoietin", low=10000, unit="IU",
         freq="three times weekly", sched="subcutaneous", arm="EPI-EPO ARM"),
    dict(at="epirubicin {40 mg/m2/w-q21}", drug="epirubicin", low=40, unit="mg/m2", freq="weekly",
         sched="weekly, 21-day cycles", arm="EPI-W ARM"),
]
RESULTS = []
