PMID = "7829401"
SHORT = "High-dose metoclopramide + dexamethasone vs granisetron + dexamethasone for cisplatin emesis (crossover)"
DESIGN = "comparative"
DRUGS = {"metoclopramide": "metoclopramide", "dexamethasone": "dexamethasone", "granisetron": "granisetron",
         "cisplatin": "cisplatin", "GRN": "granisetron", "Dx": "dexamethasone", "HDMP": "metoclopramide"}
G, H = "GRN+Dx", "HDMP+Dx"
ARMS = [
    dict(at="effect, for both acute and delayed emesis, of {granisetron plus dexamethasone}", arm=G,
         regimen="dexamethasone + granisetron", note="experimental"),
    dict(at="with that of {high‐dose metoclopramide plus dexamethasone}", arm=H,
         regimen="dexamethasone + metoclopramide", note="control"),
]
DOSES = [dict(at="cisplatin (> {80 mg/m2})", drug="cisplatin", low=80, high=None, unit="mg/m2",
              freq="once", sched="single dose", note="> 80 mg/m2 (lower bound only)")]
CRN = "antiemetic complete response (no emesis), not tumour CR"
RESULTS = [
    dict(at="a mean of {2.5} (SD=4.3)", cat="efficacy", et="episodes of vomiting", u="episodes", arm=H,
         p="0.0008", tp="1 day", note="mean"),
    dict(at="and {0,1} (SD = 0.4)", cat="efficacy", et="episodes of vomiting", u="episodes", arm=G,
         v=0.1, q="=", p="0.0008", tp="1 day", note="mean; decimal comma"),
    dict(at="was {45} and 90%", cat="efficacy", et="Complete response", u="%", arm=H, p="0.0001",
         tp="1 day", note=CRN + "; the % sign is written once after the pair"),
    dict(at="45 and {90%}", cat="efficacy", et="Complete response", arm=G, p="0.0001", tp="1 day", note=CRN),
    dict(at="patients ({57%}) preferred", cat="other", et="preferred", arm=G, n=24),
    dict(at="14 patients ({33%})", cat="other", et="preferred", arm=H, n=14),
    dict(at="nine patients ({21%})", cat="safety", ep="extrapyramidal reaction", et="extrapyramidal reaction",
         arm=H, n=9),
    dict(at="5 patients ({12%})", cat="safety", ep="constipation", et="constipation", arm=H, n=5,
         note="lasting at least two days"),
    dict(at="IS patients ({43%})", cat="safety", ep="constipation", et="constipation", arm=G, p="<0.01",
         note="count printed as 'IS' (OCR error, probably 18); n left null"),
]
