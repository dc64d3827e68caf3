PMID = "17323591"
SHORT = "Fondaparinux 2.5 mg once daily vs standard therapy (placebo or unfractionated heparin) in STEMI: summary of the OASIS-6 trial"
DESIGN = "comparative"
DRUGS = {"fondaparinux": "fondaparinux", "unfractionated heparin": "heparin"}
F, S = "fondaparinux", "standard therapy"
ARMS = [
    dict(at="comparing {fondaparinux} 2.5 mg once daily", arm=F, regimen="fondaparinux",
         note="experimental; OASIS-6; span is the drug name, the dose is its own record (decision 6)"),
    dict(at="with {standard therapy}, either", arm=S, regimen=None,
         note="control ('control group' in the results); placebo or unfractionated heparin according to the "
              "indication: no drug common to all patients of the arm (decision 3)"),
]
DOSES = [
    dict(at="fondaparinux {2.5 mg once daily}", drug="fondaparinux", low=2.5, unit="mg", freq="daily", arm=F),
    dict(at="fondaparinux {2.5 mg} may represent", drug="fondaparinux", low=2.5, unit="mg", reg="fondaparinux",
         note="conclusion drawn from the OASIS studies together (OASIS-5 and OASIS-6), so no arm"),
]
RESULTS = [
    dict(at="by {14%} (p=0.008)", cat="efficacy", et="death or recurrent myocardial infarction", p="0.008",
         tp="30 days", note="relative reduction, fondaparinux vs standard therapy (between-arm effect, arm null); "
                            "primary efficacy outcome, a composite without a vocabulary code"),
    dict(at="group ({1.0%} vs", cat="safety", ep="bleeding", et="severe bleeds", arm=F, p="0.13",
         note="severe; 'a trend (p=0.13)'"),
    dict(at="vs {1.3%} in the control", cat="safety", ep="bleeding", et="severe bleeds", arm=S, p="0.13",
         note="severe; 'control group'"),
]
# The abstract summarises one randomised trial (OASIS-6) and cites OASIS-5 (NSTE-ACS, no arms, no values).
# OASIS-6's two arms are written down without guessing: fondaparinux vs standard therapy; the control arm's
# label is its name at the definition ('standard therapy' and 'control group' are each used once, decision 2).
# No row: "12092 patients" (sample size); "Consistent reductions in both death and recurrent MI ... at 6-month
# follow-up", the reperfusion subgroups, "reduced mortality" (no values).
# No drug row: "Factor Xa inhibitor" (class), "thrombolytic agent" (class), "anticoagulant" (class),
# "reperfusion therapy", "percutaneous coronary interventions" (procedure).
