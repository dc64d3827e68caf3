PMID = "29416652"
SHORT = 'Phase II study of rituximab given in conjunction with standard chemotherapy in primary central nervo'
DESIGN = "single-arm"
DRUGS = {
    'MTX': 'methotrexate',
    'Rituximab': 'rituximab',
    'cytarabine': 'cytarabine',
    'dexamethasone': 'dexamethasone',
    'methotrexate': 'methotrexate',
    'procarbazine': 'procarbazine',
    'rituximab': 'rituximab',
    'vincristine': 'vincristine',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
DRUG_NOTES = {
    'MTX': "MTX = methotrexate, inside 'HD-MTX' (high-dose methotrexate)",
}
E = "rituximab given in conjunction with standard chemotherapy"
ARMS = [
    dict(at="study of {rituximab given in conjunction with standard chemotherapy} in", arm=E,
         regimen="cytarabine + dexamethasone + methotrexate + procarbazine + rituximab + vincristine", n_total=26,
         note="single-arm study: the regimen as first named (title); rituximab + HD-MTX-based chemotherapy (E1F05)"),
]
DOSES = [
    dict(at='ed HD-MTX {3.5g/m2} with vinc', drug='methotrexate', low=3.5, unit='g/m2', freq='every 2 weeks', sched='5 doses', arm=E, pop='immunocompetent newly diagnosed PCNSL', note="high-dose methotrexate; 'with vincristine every two weeks for 5 doses' (frequency not directly after the unit, so outside the span)"),
    dict(at='ytarabine {3g/m2/day} IV for 2 ', drug='cytarabine', low=3, unit='g/m2', freq='daily', sched='2 days in weeks 11 and 14', arm=E, pop='immunocompetent newly diagnosed PCNSL', note='IV'),
    dict(at='rituximab {375mg/m2} IV infusi', drug='rituximab', low=375, unit='mg/m2', freq='3 times weekly', sched='weeks 1-4', arm=E, pop='immunocompetent newly diagnosed PCNSL', note='IV infusion 3 times per week for weeks 1-4'),
    dict(at='hotrexate {12mg every two weeks}.\nResults:', drug='methotrexate', low=12, unit='mg', freq='every 2 weeks', arm=E, reg=None, pop='CSF involvement', note='intrathecal; separate sentence that names no regimen, so regimen null'),
]
RESULTS = [
    dict(at='subjects ({65%}) complete', cat='other', ep=None, et='completed treatment per protocol', n=16, arm=E, note='completed treatment per protocol; v1 code treatment completion is not in the v2 vocabulary'),
    dict(at='ents, and {2} subjects ', cat='efficacy', ep='PD', et='discontinued due to progressive disease', u="n", n=2, arm=E, note='discontinued due to progressive disease'),
    dict(at='as 16/25 ({64%}), overall', cat='efficacy', ep='CR/CRu', et='Complete response (CR) + unconfirmed CR (CRu)', n=16, N=25, arm=E, note="CR + unconfirmed CR (composite, not split); n/n_total from '16/25'"),
    dict(at='as 20/25 ({80%}), and 4/2', cat='efficacy', ep='ORR', et='overall response', n=20, N=25, arm=E, note="n/n_total from '20/25'"),
    dict(at=' and 4/25({16%}) had PD a', cat='efficacy', ep='PD', et='PD', n=4, N=25, arm=E, note="PD as best response; n/n_total from '4/25'"),
    dict(at='(PFS) was {34 months}', cat='efficacy', ep='PFS', et='progression free survival', arm=E, note='median'),
    dict(at='r PFS was {63%}. The most', cat='efficacy', ep='PFS', et='PFS', arm=E, tp='2 years', note='2-year PFS'),
]
