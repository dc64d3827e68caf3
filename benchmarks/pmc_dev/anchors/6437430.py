PMID = "6437430"
SHORT = "Mesna vs forced diuresis to prevent cyclophosphamide haemorrhagic cystitis in marrow transplantation"
DESIGN = "comparative"
DRUGS = {"mesna": "mesna", "2-mercaptoethane sulphonate sodium": "mesna", "cyclophosphamide": "cyclophosphamide"}
F, M = "forced diuresis", "mesna"
ARMS = [
    dict(at="treatment with {forced diuresis} or mesna", arm=F, regimen=None, note="control"),
    dict(at="forced diuresis or {mesna}.", arm=M, regimen="mesna", note="experimental"),
]
RESULTS = [
    dict(at="although {6} out of 7 episodes", cat="safety", ep="graft failure", et="graft failure",
         u="events", N=7, arm=M, note="6 of the 7 graft-failure episodes (events) occurred in mesna-treated patients"),
]
