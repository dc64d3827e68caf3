PMID = "29467925"
SHORT = "Plasma YKL-40 and bevacizumab efficacy in newly diagnosed glioblastoma (AVAglio: bevacizumab vs placebo + RT/TMZ)"
DESIGN = "comparative"
DRUGS = {"bevacizumab": "bevacizumab", "temozolomide": "temozolomide"}
B, P = "bevacizumab", "placebo"
ARMS = [
    dict(at="who received {bevacizumab} or placebo plus", arm=B, regimen="bevacizumab + temozolomide",
         note="experimental; plus radiotherapy/temozolomide"),
    dict(at="bevacizumab or {placebo} plus radiotherapy", arm=P, regimen="temozolomide",
         note="control (placebo plus radiotherapy/temozolomide)"),
]
BvP = "bevacizumab vs placebo, within the subgroup"
LOW, HIGH = "low baseline plasma YKL-40 (≤Q1)", "high plasma YKL-40 (> Q1)"
RESULTS = [
    dict(at="versus placebo ({0.37}, 95%", cat="efficacy", ep="PFS", et="progression-free survival", u="HR",
         ci=(0.25, 0.55), pop=LOW, note=BvP),
    dict(at="(> Q1) ({0.71}, 95%", cat="efficacy", ep="PFS", et="progression-free survival", u="HR",
         ci=(0.57, 0.87), pop=HIGH, note=BvP),
    dict(at="(≤ Q1: {0.69}, 95%", cat="efficacy", ep="OS", et="Overall survival", u="HR", ci=(0.44, 1.09),
         pop=LOW, note=BvP),
    dict(at="(> Q1: {0.88}, 95%", cat="efficacy", ep="OS", et="Overall survival", u="HR", ci=(0.68, 1.13),
         pop=HIGH, note=BvP),
    dict(at="glioblastoma ({0.41}, 95%", cat="efficacy", ep="PFS", et="progression-free survival", u="HR",
         ci=(0.13, 1.28), pop="proneural glioblastoma, low YKL-40", note=BvP + "; 'low versus high ... respectively'"),
    dict(at="vs {0.80}, 95%", cat="efficacy", ep="PFS", et="progression-free survival", u="HR",
         ci=(0.45, 1.40), pop="proneural glioblastoma, high YKL-40", note=BvP),
]
# No row: 563 patients (sample size); "> 90th percentile of normal" (a threshold in percentiles, no value).
