PMID = "29483583"
SHORT = 'A randomized and open-label phase II trial reports the efficacy of neoadjuvant lobaplatin in breast '
DESIGN = "comparative"
DRUGS = {
    'E': 'epirubicin',
    'L': 'lobaplatin',
    'T': 'docetaxel',
    'TE': ('TE', 'docetaxel + epirubicin'),
    'TEL': ('TEL', 'docetaxel + epirubicin + lobaplatin'),
    'docetaxel': 'docetaxel',
    'epirubicin': 'epirubicin',
    'lobaplatin': 'lobaplatin',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
DRUG_NOTES = {
    'T': 'single-letter abbreviation defined in the text',
    'E': 'single-letter abbreviation defined in the text',
    'L': 'single-letter abbreviation defined in the text',
    'TE': 'regimen acronym docetaxel + epirubicin',
    'TEL': 'regimen acronym docetaxel + epirubicin + lobaplatin',
}
ARMS = [
]
DOSES = [
]
RESULTS = [
    dict(at='ion of L ({38.7%} vs. 12.7%', cat='efficacy', ep='pCR', et=None, reg='docetaxel + epirubicin + lobaplatin', note="TpCR (pCR in breast and axilla); arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='38.7% vs. {12.7%}, P = 0.00', cat='efficacy', ep='pCR', et=None, reg='docetaxel + epirubicin', note="TpCR (pCR in breast and axilla); arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='ate (ORR; {93.5%} vs. 73.0%', cat='efficacy', ep='ORR', et=None, reg='docetaxel + epirubicin + lobaplatin', note="arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='93.5% vs. {73.0%}, P = 0.00', cat='efficacy', ep='ORR', et=None, reg='docetaxel + epirubicin', note="arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='EL group ({52.5%} vs. 10.0%', cat='safety', ep='anemia', et=None, reg='docetaxel + epirubicin + lobaplatin', note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
    dict(at='52.5% vs. {10.0%} and 34.4%', cat='safety', ep='anemia', et=None, reg='docetaxel + epirubicin', note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
    dict(at='10.0% and {34.4%} vs. 1.7% ', cat='safety', ep='thrombocytopenia', et=None, reg='docetaxel + epirubicin + lobaplatin', note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
    dict(at='34.4% vs. {1.7%} respectiv', cat='safety', ep='thrombocytopenia', et=None, reg='docetaxel + epirubicin', note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
]
