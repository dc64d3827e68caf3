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
RUX, BAT = "ruxolitinib", "best available therapy"
ARMS = [
    dict(at="to receive {ruxolitinib} 15 or 20", arm=RUX, regimen="ruxolitinib", n_total=146,
         note="experimental; n_total = the 146 ruxolitinib-treated patients"),
    dict(at="twice daily or {best available therapy}.", arm=BAT, regimen=None, note="control"),
]
DOSES = [
    dict(at='xolitinib {15 or 20 mg twice daily} or best a', drug='ruxolitinib', low=15, high=20, unit='mg', freq='twice daily', arm=RUX, note='two alternative starting doses (15 or 20 mg), not a continuous range; dose_low/high hold the two values'),
    dict(at='nsity was {33 mg/day} for each ', drug='ruxolitinib', low=33, unit='mg', freq='daily', arm=RUX, note='median delivered dose intensity (in the +ESA group and the overall ruxolitinib arm), not a prescribed dose'),
]
RESULTS = [
    dict(at='emic, and {35–54 %} present w', cat='other', ep='incidence', et='anemia at diagnosis', reg=None, pop='myelofibrosis', note='epidemiology: share of myelofibrosis patients presenting with anemia at diagnosis'),
    dict(at='stration, {10} of the 13', cat='safety', ep='grade 3-4 hemoglobin abnormalities', et='grade 3/4 hemoglobin abnormalities', u="n", n=10, N=13, arm=RUX, note='6 weeks before first ESA; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='rade 2 in {7} of the 13', cat='efficacy', ep=None, et='improved to grade 2', u="n", n=7, N=13, arm=RUX, tp='6 weeks', note='hemoglobin abnormalities improved to grade 2 by 6 weeks after first ESA; v1 code Hb improvement is not in the v2 vocabulary; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='e same in {1} patient, ', cat='efficacy', ep=None, et='rate of packed red blood cell transfusions per month', u="n", n=1, arm=RUX, note='RBC transfusion rate per month, 12 weeks before vs after first ESA, remained the same; v1 code RBC-TX unchanged is not in the v2 vocabulary; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='reased in {2} patients,', cat='efficacy', ep=None, et='rate of packed red blood cell transfusions per month', u="n", n=2, arm=RUX, note='RBC transfusion rate per month decreased after first ESA; v1 code RBC-TX decreased is not in the v2 vocabulary; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='reased in {3} patients;', cat='efficacy', ep=None, et='rate of packed red blood cell transfusions per month', u="n", n=3, arm=RUX, note='RBC transfusion rate per month increased after first ESA; v1 code RBC-TX increased is not in the v2 vocabulary; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='patients; {7} patients ', cat='efficacy', ep='TI', et='transfusion independent', u="n", n=7, arm=RUX, note='remained transfusion independent; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string'),
    dict(at='served in {69 %} of evalua', cat='efficacy', ep=None, et='Reductions in splenomegaly', n=9, N=13, arm=RUX, pop='evaluable patients', note="any reduction in splenomegaly (not SVR35); n/n_total from '(9/13)' in the same sentence; v1 code spleen reduction is not in the v2 vocabulary; +ESA subgroup of ruxolitinib-treated patients; ESAs are a drug class, so not in the regimen string"),
]
