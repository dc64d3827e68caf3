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
DA, DCLO = "DA", "DClo"
PRES = "no arm named in this sentence: arms in the order of their definition (DA, then DClo; §7.3), as v1 presumed"
HRN = "between-arm hazard ratio (presumably DClo vs DA); the interval in parentheses is taken as its CI (level not stated)"
ARMS = [
    dict(at="daunorubicin/ara-C ({DA}) or", arm=DA, regimen="cytarabine + daunorubicin",
         note="control (the comparator of \"compare clofarabine plus daunorubicin vs daunorubicin/ara-C\")"),
    dict(at="daunorubicin/clofarabine ({DClo}).", arm=DCLO, regimen="clofarabine + daunorubicin", note="experimental"),
]
DOSES = [
    dict(at='ofarabine {20 mg/m2} given for', drug='clofarabine', low=20, unit='mg/m2', sched='5 days', arm=DCLO, pop='older patients with AML/high-risk MDS', note="induction; 'given for 5 days' (daily not stated, frequency left null)"),
]
RESULTS = [
    dict(at=' rate was {69%} (complete', cat='efficacy', ep='ORR', et='overall response', reg=None, note='pooled over both induction arms (DA and DClo), so no single regimen'),
    dict(at='sion (CR) {60%} CRi 9%), ', cat='efficacy', ep='CR', et='complete remission', reg=None, note='pooled over both induction arms (DA and DClo), so no single regimen'),
    dict(at=') 60% CRi {9%}), with no', cat='efficacy', ep='CRi', et='CRi', reg=None, note='pooled over both induction arms (DA and DClo), so no single regimen'),
    dict(at='tween DA ({71%}) and DClo', cat='efficacy', ep='ORR', et='overall response', arm=DA),
    dict(at='and DClo ({66%}). There w', cat='efficacy', ep='ORR', et='overall response', arm=DCLO),
    dict(at=' relapse ({74%} vs 68% ha', cat='efficacy', ep='relapse', et='cumulative incidence of relapse', arm=DA, p='0.5', note='cumulative incidence of relapse; ' + PRES),
    dict(at='e (74% vs {68%} hazard ra', cat='efficacy', ep='relapse', et='cumulative incidence of relapse', arm=DCLO, p='0.5', note='cumulative incidence of relapse; ' + PRES),
    dict(at='(HR) {0.93} (0.77', cat='efficacy', ep='relapse', et='cumulative incidence of relapse', u='HR', ci=(0.77, 1.14), p='0.5', note=HRN),
    dict(at=' relapse ({7%} vs 9% HR ', cat='efficacy', ep='OS', et='survival from relapse', arm=DA, p='0.7', pop='relapsed patients', note='survival from relapse (survival measured from relapse, relapsed patients only); ' + PRES),
    dict(at='se (7% vs {9%} HR 0.96 (', cat='efficacy', ep='OS', et='survival from relapse', arm=DCLO, p='0.7', pop='relapsed patients', note='survival from relapse (survival measured from relapse, relapsed patients only); ' + PRES),
    dict(at='HR {0.96} (0.77', cat='efficacy', ep='OS', et='survival from relapse', u='HR', ci=(0.77, 1.19), p='0.7', pop='relapsed patients', note=HRN),
    dict(at='pse-free ({31%} vs 32% HR', cat='efficacy', ep='RFS', et='relapse-free', arm=DA, p='0.9', note="'relapse-free' survival; " + PRES),
    dict(at='e (31% vs {32%} HR 1.02 (', cat='efficacy', ep='RFS', et='relapse-free', arm=DCLO, p='0.9', note="'relapse-free' survival; " + PRES),
    dict(at='HR {1.02} (0.83', cat='efficacy', ep='RFS', et='relapse-free', u='HR', ci=(0.83, 1.24), p='0.9', note=HRN),
    dict(at='survival ({23%} vs 22% HR', cat='efficacy', ep='OS', et='overall survival', arm=DA, p='0.3', note=PRES),
    dict(at='l (23% vs {22%} HR 1.08 (', cat='efficacy', ep='OS', et='overall survival', arm=DCLO, p='0.3', note=PRES),
    dict(at='HR {1.08} (0.93', cat='efficacy', ep='OS', et='overall survival', u='HR', ci=(0.93, 1.26), p='0.3', note=HRN),
]
