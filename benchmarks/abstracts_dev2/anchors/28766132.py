PMID = "28766132"
SHORT = "AIB1 as prognostic/predictive marker in the Danish cohort of BIG 1-98 (adjuvant letrozole vs tamoxifen vs sequence)"
DESIGN = "comparative"
DRUGS = {"tamoxifen": "tamoxifen", "letrozole": "letrozole"}
T, L, S = "tamoxifen", "letrozole", "the sequence of the two drugs"
ARMS = [
    dict(at="between adjuvant {tamoxifen} versus letrozole", arm=T, regimen="tamoxifen"),
    dict(at="tamoxifen versus {letrozole} versus", arm=L, regimen="letrozole"),
    dict(at="letrozole versus {the sequence of the two drugs}", arm=S, regimen="letrozole + tamoxifen",
         note="tamoxifen and letrozole in sequence"),
]
HIGH = "high AIB1 expression"
RESULTS = [
    dict(at="{Forty-six percent} of the tumors", cat="baseline", et="high AIB1 expression", v=46, q="=", u="%",
         note="a percentage written in words; tumours of all arms"),
    dict(at="expression ({80–100} vs. 1–79%)", cat="other", et="estrogen receptor expression", u="%",
         note="bounds of the higher ER-expression category (% of cells), not a result"),
    dict(at="(80–100 vs. {1–79%})", cat="other", et="estrogen receptor expression",
         note="bounds of the lower ER-expression category (% of cells), not a result"),
    dict(at="(univariable: hazard ratio {1.35}", cat="efficacy", ep="DFS", et="disease-free survival", u="HR",
         ci=(1.12, 1.63), pop=HIGH, note="high vs low AIB1 expression, univariable; arms pooled"),
    dict(at="Multivariable: hazard ratio {1.29}", cat="efficacy", ep="DFS", et="disease-free survival", u="HR",
         ci=(1.06, 1.58), pop=HIGH, note="high vs low AIB1 expression, multivariable; arms pooled"),
    dict(at="(univariable: hazard ratio {1.34}", cat="efficacy", ep="OS", et="overall survival", u="HR",
         ci=(1.07, 1.68), pop=HIGH, note="high vs low AIB1 expression, univariable; arms pooled"),
    dict(at="Multivariable: hazard ratio {1.25}", cat="efficacy", ep="OS", et="overall survival", u="HR",
         ci=(0.99, 1.60), pop=HIGH, note="high vs low AIB1 expression, multivariable; arms pooled"),
]
# No drug row: "aromatase inhibitors", "aromatase inhibitor" (class); AIB1, HER2 (genes/proteins).
# No row: N = 1396 (subcohort size).
