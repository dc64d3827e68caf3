PMID = "23394705"
SHORT = 'Busulfan plus fludarabine as a myeloablative conditioning regimen compared with busulfan plus cyclop'
DESIGN = "comparative"
DRUGS = {
    'BuCy': ('BUCY', 'busulfan + cyclophosphamide'),
    'BuFlu': ('BUFLU', 'busulfan + fludarabine'),
    'Busulfan': 'busulfan',
    'busulfan': 'busulfan',
    'cyclophosphamide': 'cyclophosphamide',
    'fludarabine': 'fludarabine',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
BC, BF = "BuCy", "BuFlu"
ARMS = [
    dict(at="randomized into {BuCy} (busulfan", arm=BC, regimen="busulfan + cyclophosphamide",
         note="control (the comparator of \"compare BuFlu with BuCy\")"),
    dict(at="or {BuFlu} (busulfan", arm=BF, regimen="busulfan + fludarabine", note="experimental"),
]
DOSES = [
    dict(at='y (busulfan {1.6 mg/kg}, q12 hours,', drug='busulfan', low=1.6, unit='mg/kg', freq='every 12 hours', sched='days -7 to -4', arm=BC, pop='AML-CR1 patients undergoing allo-HSCT', note='"q12 hours, -7 ~ -4d" (days before transplant); q12 hours is separated by a comma, so outside the span'),
    dict(at='osphamide {60 mg/kg.d}, -3 ~ -2d', drug='cyclophosphamide', low=60, unit='mg/kg', freq='daily', sched='days -3 to -2', arm=BC, pop='AML-CR1 patients undergoing allo-HSCT', note='".d" = per day; "-3 ~ -2d"'),
    dict(at='u (busulfan {1.6 mg/kg}, q12 hours,', drug='busulfan', low=1.6, unit='mg/kg', freq='every 12 hours', sched='days -5 to -2', arm=BF, pop='AML-CR1 patients undergoing allo-HSCT', note='"q12 hours, -5 ~ -2d"'),
    dict(at='udarabine {30 mg/m2.d}, -6 ~ -2d', drug='fludarabine', low=30, unit='mg/m2', freq='daily', sched='days -6 to -2', arm=BF, pop='AML-CR1 patients undergoing allo-HSCT', note='".d" = per day; "-6 ~ -2d"'),
]
RESULTS = [
    dict(at='xcept for {two} patients ', cat='efficacy', ep='death', et='died of RRT', u="n", n=2, note='died of regimen-related toxicity during conditioning; arm not stated'),
    dict(at=' RRT were {94.4%} and 81.5%', cat='safety', ep='toxicity', et='RRT', arm=BC, p='0.038', note='v1 code regimen-related toxicity is toxicity in v2 (§7.5); total RRT incidence, BuCy ("respectively, in BuCy and BuFlu group")'),
    dict(at='94.4% and {81.5%} (P = 0.03', cat='safety', ep='toxicity', et='RRT', arm=BF, p='0.038', note='v1 code regimen-related toxicity is toxicity in v2 (§7.5); total RRT incidence, BuFlu'),
    dict(at='038), and {16.7%} and 0.0% ', cat='safety', ep='toxicity', et='III-IV RRT', arm=BC, p='0.002', note='grade III-IV RRT, BuCy'),
    dict(at='16.7% and {0.0%} (P = 0.00', cat='safety', ep='toxicity', et='III-IV RRT', arm=BF, p='0.002', note='grade III-IV RRT, BuFlu'),
    dict(at=' TRM were {18.8 ± 6.9%} and 9.9 ±', cat='efficacy', ep='NRM', et='TRM', arm=BC, p='0.104', tp='5 years', note='5-year cumulative incidence of transplant related mortality (TRM), mapped to NRM; BuCy (pairs are BuCy vs BuFlu, see "respectively" pattern); "± x%" is the standard error, kept inside the span, not a range'),
    dict(at=' 6.9% and {9.9 ± 6.3%} (P = 0.10', cat='efficacy', ep='NRM', et='TRM', arm=BF, p='0.104', tp='5 years', note='5-year cumulative incidence of TRM, mapped to NRM; BuFlu; "± x%" is the standard error, kept inside the span, not a range'),
    dict(at='apse were {16.5 ± 5.8%} and 16.2 ', cat='efficacy', ep='relapse', et='leukemia relapse', arm=BC, p='0.943', tp='5 years', note='5-year cumulative incidence of leukemia relapse; BuCy; "± x%" is the standard error, kept inside the span, not a range'),
    dict(at=' 5.8% and {16.2 ± 5.3%} (P = 0.94', cat='efficacy', ep='relapse', et='leukemia relapse', arm=BF, p='0.943', tp='5 years', note='5-year cumulative incidence of leukemia relapse; BuFlu; "± x%" is the standard error, kept inside the span, not a range'),
    dict(at='ival were {67.4 ± 7.6%} and 75.3 ', cat='efficacy', ep='DFS', et='disease-free survival', arm=BC, p='0.315', tp='5 years', note='5-year DFS, BuCy; "DFS and OS were a and b (P), and c and d (P), respectively in BuCy and BuFlu": each P-value pair is one endpoint compared between arms; "± x%" is the standard error, kept inside the span, not a range'),
    dict(at=' 7.6% and {75.3 ± 7.2%} (P = 0.31', cat='efficacy', ep='DFS', et='disease-free survival', arm=BF, p='0.315', tp='5 years', note='5-year DFS, BuFlu (same pairing as the RRT sentence); "± x%" is the standard error, kept inside the span, not a range'),
    dict(at='315), and {72.3 ± 7.5%} and 81.9 ', cat='efficacy', ep='OS', et='overall survival', arm=BC, p='0.177', tp='5 years', note='5-year OS, BuCy; "± x%" is the standard error, kept inside the span, not a range'),
    dict(at=' 7.5% and {81.9 ± 7.0%} (P = 0.17', cat='efficacy', ep='OS', et='overall survival', arm=BF, p='0.177', tp='5 years', note='5-year OS, BuFlu; "± x%" is the standard error, kept inside the span, not a range'),
]
