PMID = "21592370"
SHORT = 'Effects on quality of life, anti-cancer responses, breast conserving surgery and survival with neoad'
DESIGN = "comparative"
DRUGS = {
    'cyclophosphamide': 'cyclophosphamide',
    'docetaxel': 'docetaxel',
    'doxorubicin': 'doxorubicin',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
W, W3 = "weekly docetaxel", "3-weekly docetaxel"
ACT = "cyclophosphamide + docetaxel + doxorubicin"
ARMS = [
    dict(at="cycles of {weekly docetaxel} (33", arm=W, regimen=ACT,
         note="experimental (doxorubicin + cyclophosphamide, then weekly docetaxel)"),
    dict(at="cycles of {3-weekly docetaxel} (100", arm=W3, regimen=ACT,
         note="control (the standard three-weekly regimen; doxorubicin + cyclophosphamide, then docetaxel)"),
]
DOSES = [
    dict(at='ocetaxel ({33 mg/m2}) or four ', drug='docetaxel', low=33, unit='mg/m2', freq='weekly', sched='12 cycles', arm=W, pop='weekly docetaxel arm', note='"twelve cycles of weekly docetaxel (33 mg/m2)" after four cycles of doxorubicin and cyclophosphamide; frequency word precedes the drug, so outside the span'),
    dict(at='ocetaxel ({100 mg/m2}). The Fun', drug='docetaxel', low=100, unit='mg/m2', freq='every 3 weeks', sched='4 cycles', arm=W3, pop='3-weekly docetaxel arm', note='"four cycles of 3-weekly docetaxel (100 mg/m2)" after four cycles of doxorubicin and cyclophosphamide'),
]
RESULTS = [
    dict(at='response ({93%} vs. 90%),', cat='efficacy', ep='ORR', et='overall clinical response', arm=W, note='overall clinical response; arms not named in the sentence (presumably weekly vs 3-weekly, the order used throughout); both arms received doxorubicin + cyclophosphamide then docetaxel, so regimen is filled and population left null; arm by the order of the arms\' definition (weekly, then 3-weekly; §7.3)'),
    dict(at=' (93% vs. {90%}), patholo', cat='efficacy', ep='ORR', et='overall clinical response', arm=W3, note='overall clinical response; arms not named in the sentence (presumably weekly vs 3-weekly, the order used throughout); both arms received doxorubicin + cyclophosphamide then docetaxel, so regimen is filled and population left null; arm by the order of the arms\' definition (weekly, then 3-weekly; §7.3)'),
    dict(at='response ({20%} vs. 27%),', cat='efficacy', ep='pCR', et='pathological complete response', arm=W, note='pathological complete response; arms not named in the sentence (presumably weekly vs 3-weekly, the order used throughout); both arms received doxorubicin + cyclophosphamide then docetaxel, so regimen is filled and population left null; arm by the order of the arms\' definition (weekly, then 3-weekly; §7.3)'),
    dict(at=' (20% vs. {27%}), and bre', cat='efficacy', ep='pCR', et='pathological complete response', arm=W3, note='pathological complete response; arms not named in the sentence (presumably weekly vs 3-weekly, the order used throughout); both arms received doxorubicin + cyclophosphamide then docetaxel, so regimen is filled and population left null; arm by the order of the arms\' definition (weekly, then 3-weekly; §7.3)'),
    dict(at='S) rates ({49%} vs. 42%).', cat='efficacy', ep='BCS', et='breast-conserving surgery', arm=W, note='breast-conserving surgery rate; arms not named in the sentence (presumably weekly vs 3-weekly, the order used throughout); both arms received doxorubicin + cyclophosphamide then docetaxel, so regimen is filled and population left null; arm by the order of the arms\' definition (weekly, then 3-weekly; §7.3)'),
    dict(at=' (49% vs. {42%}). Disease', cat='efficacy', ep='BCS', et='breast-conserving surgery', arm=W3, note='breast-conserving surgery rate; arms not named in the sentence (presumably weekly vs 3-weekly, the order used throughout); both arms received doxorubicin + cyclophosphamide then docetaxel, so regimen is filled and population left null; arm by the order of the arms\' definition (weekly, then 3-weekly; §7.3)'),
]
