PMID = "27861157"
SHORT = 'A randomized phase II trial comparing chemoimmunotherapy with or without bevacizumab in previously u'
DESIGN = "comparative"
DRUGS = {
    'Bevacizumab': 'bevacizumab',
    'PCR': ('PCR', 'cyclophosphamide + pentostatin + rituximab'),
    'PCR-B': ('PCR-B', 'bevacizumab + cyclophosphamide + pentostatin + rituximab'),
    'bevacizumab': 'bevacizumab',
    'cyclophosphamide': 'cyclophosphamide',
    'pentostatin': 'pentostatin',
    'rituximab': 'rituximab',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
PCR, PCRB = "PCR", "PCR-B"
ARMS = [
    dict(at="rituximab ({PCR}) either", arm=PCR, regimen="cyclophosphamide + pentostatin + rituximab",
         n_total=32, note="control (without bevacizumab)"),
    dict(at="bevacizumab ({PCR-B}) in", arm=PCRB,
         regimen="bevacizumab + cyclophosphamide + pentostatin + rituximab", n_total=33,
         note="experimental (with bevacizumab)"),
]
DOSES = [
]
RESULTS = [
    dict(at='th PCR-B ({33%} vs. 3%, p', cat='safety', ep='cardiovascular toxicity', et='grade 3-4 cardiovascular toxicity', arm=PCRB, p='<0.003', note='grade 3-4 cardiovascular toxicity with PCR-B (named arm)'),
    dict(at=' (33% vs. {3%}, p < 0.00', cat='safety', ep='cardiovascular toxicity', et='grade 3-4 cardiovascular toxicity', arm=PCR, p='<0.003', note='comparator after "vs." = PCR arm (the only other arm)'),
    dict(at='CR) rate ({54.5%} vs 31.3%;', cat='efficacy', ep='CR', et='complete remission', arm=PCRB, p='0.08', note='"Patients treated with PCR-B had ... higher CR rate"; first value = PCR-B'),
    dict(at='(54.5% vs {31.3%}; p = 0.08', cat='efficacy', ep='CR', et='complete remission', arm=PCR, p='0.08', note='comparator after "vs" = PCR arm'),
]
