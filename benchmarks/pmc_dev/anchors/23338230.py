PMID = "23338230"
SHORT = "Standardized pain education with vs without telemonitoring, outpatients with advanced solid tumors"
DESIGN = "comparative"
DRUGS = {}
C, E = "pain education alone", "pain education plus telemonitoring"
ARMS = [
    dict(at="to receive {pain education alone} (control arm)", arm=C, regimen=None, note="control"),
    dict(at="or {pain education plus telemonitoring} (experimental arm)", arm=E, regimen=None,
         note="experimental"),
]
RESULTS = [
    dict(at="≥ 11, {75\u00a0%} to 56", cat="efficacy", et="anxiety", p="<0.01", N=108,
         note="HADS score ≥ 11 at baseline; all patients"),
    dict(at="75\u00a0% to {56\u00a0%}", cat="efficacy", et="anxiety", p="<0.01", tp="1 week", N=108,
         note="HADS score ≥ 11; all patients"),
    dict(at="≥ 11, {73\u00a0%} to 51", cat="efficacy", et="depression", p="<0.01", N=108,
         note="HADS score ≥ 11 at baseline; all patients"),
    dict(at="73\u00a0% to {51\u00a0%}", cat="efficacy", et="depression", p="<0.01", tp="1 week", N=108,
         note="HADS score ≥ 11; all patients"),
    dict(at="({35\u00a0%} vs. 19\u00a0%", cat="efficacy", et="portion of pain >4 on VAS scale", arm=E, p="0.02",
         note="improvement in the portion of patients with pain > 4"),
    dict(at="35\u00a0% vs. {19\u00a0%}", cat="efficacy", et="portion of pain >4 on VAS scale", arm=C, p="0.02",
         note="improvement in the portion of patients with pain > 4"),
]
