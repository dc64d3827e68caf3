PMID = "27980221"
SHORT = "UFT maintenance vs observation after first-line chemotherapy, metastatic gastric cancer (phase II)"
DESIGN = "comparative"
DRUGS = {"UFT": ("UFT", "tegafur + uracil"), "uracil": "uracil", "tegafur": "tegafur",
         "fluorouracil": "fluorouracil"}
U, O = "UFT", "OBS"
ARMS = [
    dict(at="to oral {UFT} (360mg/m2", arm=U, regimen="tegafur + uracil", note="experimental"),
    dict(at="or to {observation} (OBS)", arm=O, regimen=None, note="control"),
]
DOSES = [
    dict(at="{360mg/m2} × 2 weeks", drug="UFT", low=360, unit="mg/m2", arm=U,
         sched="2 weeks every 3 weeks", note="until progression or intolerable toxicity"),
]
RESULTS = [
    dict(at="({3.2 months} versus", cat="efficacy", ep="PFS", et="PFS", arm=U, p="0.752", note="median"),
    dict(at="versus {3.6 months}, P", cat="efficacy", ep="PFS", et="PFS", arm=O, p="0.752", note="median"),
    dict(at="({14.2 months} for both", cat="efficacy", ep="OS", et="OS", p="0.983",
         note="median; the same value in both groups (one span, arm null)"),
    dict(at="anemia ({3.4%})", cat="safety", ep="anemia", et="anemia", arm=U, note="grade 3 to 4"),
    dict(at="thrombocytopenia ({3.4%})", cat="safety", ep="thrombocytopenia", et="thrombocytopenia",
         arm=U, note="grade 3 to 4"),
    dict(at="diarrhea ({6.9%})", cat="safety", ep="diarrhea", et="diarrhea", arm=U, note="grade 3 to 4"),
]
