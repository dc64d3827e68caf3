PMID = "29361981"
SHORT = "BEST SPIN: brief electrical stimulation of the spinal accessory nerve vs none after neck dissection for HNC"
DESIGN = "comparative"
DRUGS = {}
B, N = "BES", "NS"
ARMS = [
    dict(at="received intraoperative {BES} applied", arm=B, regimen=None, note="experimental (device)"),
    dict(at="control group received {no stimulation} (NS)", arm=N, regimen=None, note="control"),
]
ET = "decreases greater than the minimally important clinical difference (MICD) of the CMS"
RESULTS = [
    dict(at="Only {four} in the BES", cat="efficacy", et=ET, u="n", n=4, arm=B, p="0.023"),
    dict(at="compared to {17} patients", cat="efficacy", et=ET, u="n", n=17, arm=N, p="0.023"),
]
