PMID = "28163000"
SHORT = "ST03: peri-operative ECX chemotherapy with or without bevacizumab, oesophagogastric adenocarcinoma"
DESIGN = "comparative"
DRUGS = {"bevacizumab": "bevacizumab", "epirubicin": "epirubicin", "epiribicin": "epirubicin",
         "cisplatin": "cisplatin", "capecitabine": "capecitabine"}
C, B = "chemotherapy alone", "chemotherapy plus bevacizumab"
CREG = "capecitabine + cisplatin + epirubicin"
BREG = "bevacizumab + capecitabine + cisplatin + epirubicin"
ARMS = [
    dict(at="peri-operative {epirubicin, cisplatin, and capecitabine chemotherapy} or", arm=C,
         regimen=CREG, n_total=533, note="control"),
    dict(at="chemotherapy or {chemotherapy plus bevacizumab}, in addition", arm=B, regimen=BREG,
         n_total=530, note="experimental"),
]
DOSES = [
    dict(at="{50 mg/m2} epirubicin", drug="epirubicin", low=50, unit="mg/m2", sched="day 1", reg=CREG,
         note="backbone of both arms"),
    dict(at="{60 mg/m2} cisplatin", drug="cisplatin", low=60, unit="mg/m2", sched="day 1", reg=CREG,
         note="backbone of both arms"),
    dict(at="{1250 mg/m2} oral capecitabine", drug="capecitabine", low=1250, unit="mg/m2",
         sched="days 1-21", reg=CREG, note="backbone of both arms"),
    dict(at="{7·5 mg/kg} intravenous", drug="bevacizumab", low=7.5, unit="mg/kg", arm=B,
         sched="day 1 of every cycle", note="then six further doses once every 21 days as maintenance"),
]
VS = "chemotherapy plus bevacizumab vs chemotherapy alone"
RESULTS = [
    dict(at="{508} deaths", cat="efficacy", ep="death", et="deaths", u="n", n=508),
    dict(at="({248} in the", cat="efficacy", ep="death", et="deaths", u="n", n=248, arm=C),
    dict(at="group and {260} in the", cat="efficacy", ep="death", et="deaths", u="n", n=260, arm=B),
    dict(at="was {50·3%}", cat="efficacy", ep="OS", et="overall survival", arm=C, ci=(45.5, 54.9),
         p="0.36", tp="3 years"),
    dict(at="{48·1%} (43·2", cat="efficacy", ep="OS", et="overall survival", arm=B, ci=(43.2, 52.7),
         p="0.36", tp="3 years"),
    dict(at="[HR] {1·08}", cat="efficacy", ep="OS", et="overall survival", u="HR", ci=(0.91, 1.29),
         p="0.36", tp="3 years", note=VS),
    dict(at="in {more than 10%} of patients", cat="safety", ep=None,
         et="toxic effects", note="threshold: apart from neutropenia no toxic effect of grade 3 or worse in >10% of either group"),
    dict(at="occurring in 53 ({12%})", cat="safety", ep="wound healing complications",
         et="Wound healing complications", arm=B, n=53),
    dict(at="with 33 ({7%})", cat="safety", ep="wound healing complications",
         et="Wound healing complications", arm=C, n=33),
    dict(at="(23 [{10%}] of 233", cat="safety", ep="anastomotic leak", et="anastomotic leak",
         arm=C, n=23, N=233, pop="patients who underwent oesophagogastrectomy"),
    dict(at="52 [{24%}] of 220", cat="safety", ep="anastomotic leak", et="anastomotic leak",
         arm=B, n=52, N=220, pop="patients who underwent oesophagogastrectomy"),
    dict(at="({30} events", cat="safety", ep="anastomotic leak", et="anastomotic leaks", u="events",
         arm=C, note="serious adverse events; events, not patients"),
    dict(at="vs {69} in the", cat="safety", ep="anastomotic leak", et="anastomotic leaks", u="events",
         arm=B, note="serious adverse events; events, not patients"),
    dict(at="({42} events vs", cat="safety", ep="infection with normal neutrophil count",
         et="infections with normal neutrophil count", u="events", arm=C,
         note="serious adverse events; events, not patients; arm order as in the previous item"),
    dict(at="events vs {53})", cat="safety", ep="infection with normal neutrophil count",
         et="infections with normal neutrophil count", u="events", arm=B,
         note="serious adverse events; events, not patients; arm order as in the previous item"),
]
