PMID = "23570501"
SHORT = "TIMP-1 as predictor of anthracycline benefit in BR9601 (E-CMF vs CMF), breast cancer"
DESIGN = "comparative"
CMF = "cyclophosphamide + fluorouracil + methotrexate"
ECMF = "cyclophosphamide + epirubicin + fluorouracil + methotrexate"
DRUGS = {"E-CMF": ("E-CMF", ECMF), "CMF": ("CMF", CMF), "epirubicin": "epirubicin", "E": "epirubicin",
         "cyclophosphamide": "cyclophosphamide", "methotrexate": "methotrexate",
         "fluorouracil": "fluorouracil"}
ARMS = [
    dict(at="randomized patients to {E-CMF} versus CMF", arm="E-CMF", regimen=ECMF, note="experimental"),
    dict(at="E-CMF versus {CMF}, were", arm="CMF", regimen=CMF, note="control"),
]
RESULTS = [
    dict(at="(183/274) {66.8%}", cat="baseline", et="2T", n=183, N=274,
         note="tumours classed as 2T responsive (TIMP-1 not immunoreactive or TOP2A aberrant)"),
    dict(at="(181/274) {66.0%}", cat="baseline", et="HT responsive", n=181, N=274,
         note="tumours classed as HT responsive"),
]
