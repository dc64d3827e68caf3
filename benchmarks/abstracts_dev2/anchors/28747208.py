PMID = "28747208"
SHORT = "GALACTIC: obinutuzumab consolidation vs no treatment after chemotherapy response in CLL (phase II/III protocol)"
DESIGN = "comparative"
DRUGS = {"obinutuzumab": "obinutuzumab", "GA101": "obinutuzumab", "GA-101": "obinutuzumab",
         "alemtuzumab": "alemtuzumab"}
O, N = "obinutuzumab", "no treatment"
ARMS = [
    dict(at="either {obinutuzumab} (GA-101) consolidation", arm=O, regimen="obinutuzumab",
         note="experimental (obinutuzumab consolidation)"),
    dict(at="consolidation or {no treatment} (as is standard)", arm=N, regimen=None, note="control ('as is standard')"),
]
# Protocol without results or doses: no result or dose row (188 planned participants, 40 centres).
