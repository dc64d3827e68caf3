PMID = "29298660"
SHORT = "GlioCave: stereotactic RT to the resection cavity vs observation, recurrent glioblastoma (phase II protocol)"
DESIGN = "comparative"
DRUGS = {"temozolomide": "temozolomide"}
R = "fractionated stereotactic radiotherapy to the resection cavity"
ARMS = [
    dict(at="Study, {fractionated stereotactic radiotherapy to the resection cavity}, after", arm=R, regimen=None,
         note="experimental (radiotherapy)"),
    dict(at="compared to {observation}.", arm="observation", regimen=None, note="control"),
]
RESULTS = []
