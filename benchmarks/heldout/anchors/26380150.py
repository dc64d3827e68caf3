PMID = "26380150"
SHORT = 'The use of erythropoiesis-stimulating agents with ruxolitinib in patients with myelofibrosis in COMF'
DESIGN = "comparative"
DRUGS = {
    'Ruxolitinib': 'ruxolitinib',
    'ruxolitinib': 'ruxolitinib',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
ARMS = [
]
DOSES = [
    dict(at='xolitinib {15 or 20 mg twice daily} or best a', drug='ruxolitinib', low=15, high=20, unit='mg', freq='twice daily', reg='ruxolitinib', note='two alternative starting doses (15 or 20 mg), not a continuous range; dose_low/high hold the two values'),
    dict(at='nsity was {33 mg/day} for each ', drug='ruxolitinib', low=33, unit='mg', freq='daily', reg='ruxolitinib', note='median delivered dose intensity (in the +ESA group and the overall ruxolitinib arm), not a prescribed dose'),
]
RESULTS = [
    dict(at='emic, and {35–54 %} present w', cat='other', ep='incidence', et=None, reg=None, pop='myelofibrosis', note='epidemiology: share of myelofibrosis patients presenting with anemia at diagnosis'),
    dict(at='stration, {10} of the 13', cat='safety', ep='grade 3-4 hemoglobin abnormalities', et=None, u="n", n=10, N=13, reg='ruxolitinib', note='6 weeks before first ESA; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='rade 2 in {7} of the 13', cat='efficacy', ep='Hb improvement', et=None, u="n", n=7, N=13, reg='ruxolitinib', note='hemoglobin abnormalities improved to grade 2 by 6 weeks after first ESA; new code; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='e same in {1} patient, ', cat='efficacy', ep='RBC-TX unchanged', et=None, u="n", n=1, reg='ruxolitinib', note='RBC transfusion rate per month, 12 weeks before vs after first ESA; new code; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='reased in {2} patients,', cat='efficacy', ep='RBC-TX decreased', et=None, u="n", n=2, reg='ruxolitinib', note='RBC transfusion rate per month decreased after first ESA; new code; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='reased in {3} patients;', cat='efficacy', ep='RBC-TX increased', et=None, u="n", n=3, reg='ruxolitinib', note='RBC transfusion rate per month increased after first ESA; new code; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='patients; {7} patients ', cat='efficacy', ep='TI', et=None, u="n", n=7, reg='ruxolitinib', note='remained transfusion independent; new code; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='served in {69 %} of evalua', cat='efficacy', ep='spleen reduction', et=None, n=9, N=13, reg='ruxolitinib', pop='evaluable patients', note="any reduction in splenomegaly (not SVR35); n/n_total from '(9/13)' in the same sentence; new code; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string"),
]
