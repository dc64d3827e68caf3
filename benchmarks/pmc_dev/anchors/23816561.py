PMID = "23816561"
SHORT = "Chronomodulated vs flat infusion of cisplatin + 5-FU induction before RT, nasopharyngeal carcinoma"
DESIGN = "comparative"
DRUGS = {"cisplatin": "cisplatin", "5-fluorouracil": "fluorouracil", "DDP": "cisplatin", "5-FU": "fluorouracil"}
REG = "cisplatin + fluorouracil"
A, B = "Arm A", "Arm B"
ARMS = [
    dict(at="chronomodulated infusion ({Arm A}) or", arm=A, regimen=REG, note="experimental; sinusoidal chronomodulated infusion"),
    dict(at="rate infusion ({Arm B}) of", arm=B, regimen=REG, note="control; flat intermittent constant rate infusion"),
]
DOSES = [
    dict(at="DDP ({20 mg/m2})", drug="cisplatin", low=20, unit="mg/m2", freq="daily", reg=REG,
         sched="12-hour infusion for 5 days, every 3 weeks, 2 cycles", note="both arms"),
    dict(at="5-FU ({750 mg/m2})", drug="fluorouracil", low=750, unit="mg/m2", freq="daily", reg=REG,
         sched="12-hour infusion for 5 days, every 3 weeks, 2 cycles", note="both arms"),
]
OS, PFS, DM = "overall survival", "progression-free survival", "distant metastasis-free survival"
def _r(at, ep, et, arm, tp):
    return dict(at=at, cat="efficacy", ep=ep, et=et, arm=arm, tp=tp)
RESULTS = [
    dict(at="({38.1%} vs.", cat="safety", ep="stomatitis", et="stomatitis", arm=A, p="0.020",
         note="during radiotherapy"),
    dict(at="vs. {59.0%}, P", cat="safety", ep="stomatitis", et="stomatitis", arm=B, p="0.020",
         note="during radiotherapy"),
    _r("were {88.9%}, 82.4%", "OS", OS, A, "1 year"),
    _r("88.9%, {82.4%}", "OS", OS, A, "3 years"),
    _r("and {74.8%} for Arm A", "OS", OS, A, "5 years"),
    _r("{91.8%}, 90.2%", "OS", OS, B, "1 year"),
    _r("91.8%, {90.2%}", "OS", OS, B, "3 years"),
    _r("and {82.1%} for Arm B", "OS", OS, B, "5 years"),
    _r("were {91.7%}, 88.1%", "PFS", PFS, A, "1 year"),
    _r("91.7%, {88.1%}", "PFS", PFS, A, "3 years"),
    _r("and {85.2%} for Arm A", "PFS", PFS, A, "5 years"),
    _r("and {100%}, 94.5%", "PFS", PFS, B, "1 year"),
    _r("100%, {94.5%}", "PFS", PFS, B, "3 years"),
    _r("and {86.9%} for Arm B", "PFS", PFS, B, "5 years"),
    _r("were {82.5%}, 79.1%", "DMFS", DM, A, "1 year"),
    _r("82.5%, {79.1%}, and", "DMFS", DM, A, "3 years"),
    _r("and {79.1%} for Arm A", "DMFS", DM, A, "5 years"),
    _r("Arm A and {90.2%}, 85.2%", "DMFS", DM, B, "1 year"),
    _r("90.2%, {85.2%}, and 81.7%", "DMFS", DM, B, "3 years"),
    _r("and {81.7%} for Arm B", "DMFS", DM, B, "5 years"),
]
