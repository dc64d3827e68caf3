PMID = "6375711"
SHORT = "Adjuvant MVPP after mantle radiotherapy vs radiotherapy alone, supradiaphragmatic Hodgkin's disease PS IA-IIB"
DESIGN = "comparative"
MVPP = "chlormethine + prednisolone + procarbazine + vinblastine"
DRUGS = {"mustine": "chlormethine", "vinblastine": "vinblastine", "prednisolone": "prednisolone",
         "procarbazine": "procarbazine", "MVPP": ("MVPP", MVPP)}
R, C = "radiotherapy alone", "adjuvant chemotherapy"
ARMS = [
    dict(at="randomised to {mantle radiotherapy alone} (55)", arm=R, regimen=None, n_total=55, note="control"),
    dict(at="or {mantle radiotherapy followed by 6 courses of adjuvant chemotherapy with mustine, vinblastine, prednisolone and procarbazine- MVPP} (59)",
         arm=C, regimen=MVPP, n_total=59, note="experimental"),
]
RESULTS = [
    dict(at="was {81%}; 69%", cat="efficacy", ep="RFS", et="relapse free survival (RFS)", note="all patients"),
    dict(at="81%; {69%} for", cat="efficacy", ep="RFS", et="relapse free survival (RFS)", arm=R, p="0.002"),
    dict(at="and {93%} for adjuvant", cat="efficacy", ep="RFS", et="relapse free survival (RFS)", arm=C,
         p="0.002"),
    dict(at="survival was {93%} with no", cat="efficacy", ep="OS", et="survival", tp="5 years",
         p="0.54", note="all patients"),
]
