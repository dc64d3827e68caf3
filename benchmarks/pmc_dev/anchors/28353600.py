PMID = "28353600"
SHORT = "Gum-chewing vs no gum after laparoscopic gastrectomy for gastric cancer"
DESIGN = "comparative"
DRUGS = {}
G, N = "Gum", "No gum"
ARMS = [
    dict(at="38 in a {gum-chewing (Gum) group}", arm=G, regimen=None, n_total=38, note="experimental"),
    dict(at="37 in a {control (No gum) group}", arm=N, regimen=None, n_total=37, note="control"),
]
RESULTS = [
    dict(at="({83.4 ± 35.6} vs.", cat="efficacy", et="time to first flatus", u="hours", arm=N, p="0.554",
         note="mean ± SD; order 'no gum and Gum groups'"),
    dict(at="vs. {79.2 ± 24.2 hours}", cat="efficacy", et="time to first flatus", arm=G, p="0.554",
         note="mean ± SD"),
    dict(at="({125.7 ± 41.2} vs.", cat="efficacy", et="time to first defecation", u="hours", arm=N, p="0.192",
         note="mean ± SD; order 'no gum and Gum groups'"),
    dict(at="vs. {115.4 ± 34.2 hours}", cat="efficacy", et="time to first defecation", arm=G, p="0.192",
         note="mean ± SD"),
]
