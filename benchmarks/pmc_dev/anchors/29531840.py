PMID = "29531840"
SHORT = "NEJ005/TCOG0902: concurrent vs sequential alternating gefitinib + carboplatin/pemetrexed, EGFR-mutant NSCLC"
DESIGN = "comparative"
DRUGS = {"gefitinib": "gefitinib", "carboplatin": "carboplatin", "pemetrexed": "pemetrexed"}
REG = "carboplatin + gefitinib + pemetrexed"
C, S = "concurrent", "sequential alternating"
ARMS = [
    dict(at="study of {concurrent} versus sequential", arm=C, regimen=REG, note="experimental"),
    dict(at="concurrent versus {sequential alternating} gefitinib", arm=S, regimen=REG),
]
RESULTS = [
    dict(at="months, {88.8%} of patients", cat="efficacy", ep="PD", et="progressive disease",
         note="whole study population, at the final cut-off"),
    dict(at="and {77.5%} of patients had died", cat="efficacy", ep="death", et="died",
         note="whole study population"),
    dict(at="was {17.5 months}", cat="efficacy", ep="PFS", et="PFS", arm=C, p="0.13", note="median"),
    dict(at="and {15.3 months}", cat="efficacy", ep="PFS", et="PFS", arm=S, p="0.13", note="median"),
    dict(at="was {41.9} and", cat="efficacy", ep="OS", et="OS", u="months", arm=C, p="0.036", note="median"),
    dict(at="and {30.7 months}", cat="efficacy", ep="OS", et="OS", arm=S, p="0.036", note="median"),
    dict(at="({90.2%} and", cat="efficacy", ep="ORR", et="response", arm=C, p="0.34"),
    dict(at="and {82.1%}, respectively", cat="efficacy", ep="ORR", et="response", arm=S, p="0.34"),
    dict(at="(median: {45.3} vs", cat="efficacy", ep="OS", et="OS", u="months", arm=C, pop="Del19 tumours",
         note="median"),
    dict(at="vs {33.3 months}", cat="efficacy", ep="OS", et="OS", arm=S, pop="Del19 tumours", note="median"),
    dict(at="L858R ({31.4} vs", cat="efficacy", ep="OS", et="OS", u="months", arm=C, pop="L858R",
         note="median"),
    dict(at="vs {28.9 months}", cat="efficacy", ep="OS", et="OS", arm=S, pop="L858R", note="median"),
    dict(at="benefit of {42 months}", cat="efficacy", ep="OS", et="OS benefit", arm=C,
         note="median OS of the concurrent regimen, rounded (conclusion)"),
]
