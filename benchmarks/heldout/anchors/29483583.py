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
TE, TEL = "TE", "TEL"
ARMS = [
    dict(at="(63 {TE} and 62", arm=TE, regimen="docetaxel + epirubicin", n_total=63, note="control (TE regimen without lobaplatin)"),
    dict(at="62 {TEL} patients", arm=TEL, regimen="docetaxel + epirubicin + lobaplatin", n_total=62,
         note="experimental (lobaplatin added to TE)"),
]
DOSES = [
]
RESULTS = [
    dict(at='ion of L ({38.7%} vs. 12.7%', cat='efficacy', ep='pCR', et='pCR in the breast and the axilla', arm=TEL, p='0.001', note="TpCR (pCR in breast and axilla); arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='38.7% vs. {12.7%}, P = 0.00', cat='efficacy', ep='pCR', et='pCR in the breast and the axilla', arm=TE, p='0.001', note="TpCR (pCR in breast and axilla); arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='ate (ORR; {93.5%} vs. 73.0%', cat='efficacy', ep='ORR', et='overall response', arm=TEL, p='0.003', note="arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='93.5% vs. {73.0%}, P = 0.00', cat='efficacy', ep='ORR', et='overall response', arm=TE, p='0.003', note="arm tied by 'the addition of L (x vs. y)': first value with L (TEL), second without (TE)"),
    dict(at='EL group ({52.5%} vs. 10.0%', cat='safety', ep='anemia', et='grade 3–4 anemia', arm=TEL, note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
    dict(at='52.5% vs. {10.0%} and 34.4%', cat='safety', ep='anemia', et='grade 3–4 anemia', arm=TE, note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
    dict(at='10.0% and {34.4%} vs. 1.7% ', cat='safety', ep='thrombocytopenia', et='thrombocytopenia', arm=TEL, note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
    dict(at='34.4% vs. {1.7%} respectiv', cat='safety', ep='thrombocytopenia', et='thrombocytopenia', arm=TE, note="grade 3-4; 'higher in the TEL group (x vs. y)': first value TEL, second TE"),
]
