PMID = "28111430"
SHORT = "Erlotinib or irinotecan-cisplatin with chemoradiotherapy by EGFR status, stage III NSCLC (two randomised phase II)"
DESIGN = "comparative"
IPREG = "cisplatin + irinotecan"
DRUGS = {"erlotinib": "erlotinib", "irinotecan": "irinotecan", "cisplatin": "cisplatin", "IP": ("IP", IPREG)}
MUT, WT = "EGFR-mutant", "EGFR unknown or wild-type"
ARMS = [
    dict(at="followed by erlotinib ({arm A})", arm="arm A", regimen="erlotinib", n_total=7, pop=MUT,
         note="three cycles of erlotinib, then CCRT with erlotinib followed by erlotinib"),
    dict(at="IP only ({arm B})", arm="arm B", regimen="cisplatin + erlotinib + irinotecan", n_total=5,
         pop=MUT, note="three cycles of erlotinib, then CCRT with IP"),
    dict(at="IP before ({arm C})", arm="arm C", regimen=IPREG, n_total=22, pop=WT,
         note="three cycles of IP before CCRT with IP"),
    dict(at="with IP ({arm D})", arm="arm D", regimen=IPREG, n_total=25, pop=WT,
         note="three cycles of IP after CCRT with IP"),
]
RESULTS = [
    dict(at="was {71.4%}", cat="efficacy", ep="ORR", et="response", arm="arm A"),
    dict(at="and {80.0%} for arm A", cat="efficacy", ep="ORR", et="response", arm="arm B"),
    dict(at="{70.0%} and 73.9%", cat="efficacy", ep="ORR", et="response", arm="arm C"),
    dict(at="and {73.9%} for arm C", cat="efficacy", ep="ORR", et="response", arm="arm D"),
    dict(at="was {39.3 months}", cat="efficacy", ep="OS", et="overall survival (OS)", arm="arm A",
         p="0.442", note="median"),
    dict(at="versus {31.2 months}", cat="efficacy", ep="OS", et="overall survival (OS)", arm="arm B",
         p="0.442", note="median"),
    dict(at="and {16.3 months}", cat="efficacy", ep="OS", et="overall survival (OS)", arm="arm C",
         p="0.050", note="median"),
    dict(at="versus {25.3 months} for arm C", cat="efficacy", ep="OS", et="overall survival (OS)",
         arm="arm D", p="0.050", note="median"),
    dict(at="({74.8 months} vs.", cat="efficacy", ep="OS", et="OS", p="0.034",
         pop="sensitive EGFR mutations", note="arms pooled"),
    dict(at="vs. {25.3 months}, p=0.034", cat="efficacy", ep="OS", et="OS", p="0.034", pop="EGFR-wild",
         note="arms pooled"),
]
