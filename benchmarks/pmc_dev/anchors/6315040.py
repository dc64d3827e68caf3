PMID = "6315040"
SHORT = "Nabilone vs prochlorperazine as anti-emetic in lung cancer chemotherapy (double-blind crossover)"
DESIGN = "comparative"
DRUGS = {"nabilone": "nabilone", "prochlorperazine": "prochlorperazine",
         "cyclophosphamide": "cyclophosphamide", "adriamycin": "doxorubicin", "etoposide": "etoposide"}
N, P = "nabilone", "Prochlorperazine"
ARMS = [
    dict(at="{Nabilone}, a synthetic cannabinoid, and", arm=N, regimen="nabilone", note="experimental"),
    dict(at="and {Prochlorperazine} were compared", arm=P, regimen="prochlorperazine", note="control"),
]
def _ae(at, term, et=None):
    return dict(at=at, cat="safety", ep=term, et=et or term, arm=N)
RESULTS = [
    _ae("drowsiness ({57%})", "drowsiness"),
    _ae("postural dizziness ({35%})", "postural dizziness"),
    _ae("lightheadedness ({18%})", "lightheadedness"),
    _ae("seen in {14%}", "euphoria", "Euphoria"),
    _ae("a \"high\" in {7%}", "high", "\"high\""),
    _ae("problem in only {7%}", "postural hypotension"),
]
