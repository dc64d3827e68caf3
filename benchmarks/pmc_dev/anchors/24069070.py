PMID = "24069070"
SHORT = "Pomegranate juice vs placebo beverage on PSA in advanced prostate cancer (phase IIb)"
DESIGN = "comparative"
DRUGS = {}  # pomegranate juice is a food, not a drug (README)
J, P = "pomegranate juice", "placebo"
ARMS = [
    dict(at="consumed 500 ml of {pomegranate juice} or", arm=J, regimen=None, note="experimental; food, no drug"),
    dict(at="500 ml of {placebo beverage} every day", arm=P, regimen=None, note="control"),
]
RESULTS = [
    dict(at="cancer ({68%})", cat="baseline", et="castration resistant prostate cancer"),
    dict(at="94 patients ({96%})", cat="other", et="completing the first period", n=94),
    dict(at="87 patients ({89%})", cat="other", et="completing both periods", n=87),
]
