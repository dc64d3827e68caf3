PMID = "27624670"
SHORT = 'A comparison of clofarabine with ara-C, each in combination with daunorubicin as induction treatment'
DESIGN = "comparative"
DRUGS = {
    'Clofarabine': 'clofarabine',
    'DA': ('DA', 'cytarabine + daunorubicin'),
    'DClo': ('DCLO', 'clofarabine + daunorubicin'),
    'ara-C': 'cytarabine',
    'azacitidine': 'azacitidine',
    'clofarabine': 'clofarabine',
    'daunorubicin': 'daunorubicin',
    'gemtuzumab ozogamicin': 'gemtuzumab ozogamicin',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
DRUG_NOTES = {
    'DA': 'regimen acronym daunorubicin/ara-C',
    'DClo': 'regimen acronym daunorubicin/clofarabine',
}
ARMS = [
]
DOSES = [
    dict(at='ofarabine {20 mg/m2} given for', drug='clofarabine', low=20, unit='mg/m2', sched='5 days', reg='clofarabine + daunorubicin', pop='older patients with AML/high-risk MDS', note="induction; 'given for 5 days' (daily not stated, frequency left null)"),
]
RESULTS = [
    dict(at=' rate was {69%} (complete', cat='efficacy', ep='ORR', et=None, reg=None, note='pooled over both induction arms (DA and DClo), so no single regimen'),
    dict(at='sion (CR) {60%} CRi 9%), ', cat='efficacy', ep='CR', et=None, reg=None, note='pooled over both induction arms (DA and DClo), so no single regimen'),
    dict(at=') 60% CRi {9%}), with no', cat='efficacy', ep='CRi', et=None, reg=None, note='pooled over both induction arms (DA and DClo), so no single regimen'),
    dict(at='tween DA ({71%}) and DClo', cat='efficacy', ep='ORR', et=None, reg='cytarabine + daunorubicin'),
    dict(at='and DClo ({66%}). There w', cat='efficacy', ep='ORR', et=None, reg='clofarabine + daunorubicin'),
    dict(at=' relapse ({74%} vs 68% ha', cat='efficacy', ep='relapse', et=None, reg=None, note='cumulative incidence of relapse; arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null'),
    dict(at='e (74% vs {68%} hazard ra', cat='efficacy', ep='relapse', et=None, reg=None, note='cumulative incidence of relapse; arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null'),
    dict(at=' relapse ({7%} vs 9% HR ', cat='efficacy', ep='OS', et=None, reg=None, pop='relapsed patients', note='survival from relapse (survival measured from relapse, relapsed patients only); arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null'),
    dict(at='se (7% vs {9%} HR 0.96 (', cat='efficacy', ep='OS', et=None, reg=None, pop='relapsed patients', note='survival from relapse (survival measured from relapse, relapsed patients only); arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null'),
    dict(at='pse-free ({31%} vs 32% HR', cat='efficacy', ep='RFS', et=None, reg=None, note="'relapse-free' survival; arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null"),
    dict(at='e (31% vs {32%} HR 1.02 (', cat='efficacy', ep='RFS', et=None, reg=None, note="'relapse-free' survival; arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null"),
    dict(at='survival ({23%} vs 22% HR', cat='efficacy', ep='OS', et=None, reg=None, note='arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null'),
    dict(at='l (23% vs {22%} HR 1.08 (', cat='efficacy', ep='OS', et=None, reg=None, note='arms not named in this sentence (presumably DA vs DClo, the order used elsewhere); regimen left null'),
]
