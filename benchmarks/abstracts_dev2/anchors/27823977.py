PMID = "27823977"
SHORT = "KCSG LU12-01: gefitinib alone vs nimotuzumab plus gefitinib after platinum-based chemotherapy, advanced NSCLC (phase II)"
DESIGN = "comparative"
DRUGS = {"gefitinib": "gefitinib", "nimotuzumab": "nimotuzumab"}
G, NG = "gefitinib alone", "nimotuzumab plus gefitinib"
ARMS = [
    dict(at="to either {gefitinib alone} or", arm=G, regimen="gefitinib", n_total=77,
         note="control ('alone'); 77 received at least one dose (160 randomised 1:1)"),
    dict(at="gefitinib alone or {nimotuzumab} (200 mg", arm=NG, regimen="gefitinib + nimotuzumab", n_total=78,
         note="experimental; span is the drug name, its dose is a dose record (decision 6); 78 received at least one dose"),
]
DOSES = [
    dict(at="nimotuzumab ({200 mg}, i.v. weekly", drug="nimotuzumab", low=200, unit="mg", freq="weekly", arm=NG,
         note="i.v.; until disease progression or intolerable toxicity"),
    dict(at="gefitinib ({250 mg} p.o. daily", drug="gefitinib", low=250, unit="mg", freq="daily", reg="gefitinib",
         note="p.o.; gefitinib is the backbone of both arms, so arm null"),
]
NS = "P = not significant (NS)"
RESULTS = [
    dict(at="adenocarcinoma ({65.2%})", cat="baseline", et="adenocarcinoma", note="155 evaluable patients, both arms"),
    dict(at="0 to 1 ({83.5%})", cat="baseline", ep="ECOG PS 0-1", et="ECOG performance status of 0 to 1",
         note="155 evaluable patients, both arms"),
    dict(at="3 months was {48.1%} in gefitinib", cat="efficacy", ep="PFS", et="PFS", arm=G, tp="3 months", note=NS),
    dict(at="gefitinib and {37.2%} in nimotuzumab", cat="efficacy", ep="PFS", et="PFS", arm=NG, tp="3 months",
         note=NS),
    dict(at="PFS and OS were {2.8} and 13.2", cat="efficacy", ep="PFS", et="PFS", u="months", arm=G,
         note="median; 'The median PFS and OS were 2.8 and 13.2 months in gefitinib'"),
    dict(at="2.8 and {13.2 months} in gefitinib", cat="efficacy", ep="OS", et="OS", arm=G, note="median"),
    dict(at="gefitinib and {2.0} and 14.0 months", cat="efficacy", ep="PFS", et="PFS", u="months", arm=NG,
         note="median"),
    dict(at="2.0 and {14.0 months} in nimotuzumab", cat="efficacy", ep="OS", et="OS", arm=NG, note="median"),
    dict(at="EGFR mutation ({13.5} vs.", cat="efficacy", ep="PFS", et="PFS", u="months", arm=NG, pop="EGFR mutation",
         note="combined treatment vs gefitinib alone; " + NS),
    dict(at="13.5 vs. {10.2 months} in gefitinib", cat="efficacy", ep="PFS", et="PFS", arm=G, pop="EGFR mutation",
         note=NS),
    dict(at="wild-type EGFR ({0.9} vs.", cat="efficacy", ep="PFS", et="PFS", u="months", arm=NG,
         pop="wild-type EGFR", note="combined treatment vs gefitinib alone; " + NS),
    dict(at="0.9 vs. {2.0 months} in gefitinib", cat="efficacy", ep="PFS", et="PFS", arm=G, pop="wild-type EGFR",
         note=NS),
]
# No row: 160 / 155 / 77 / 78 patients (sizes), median follow-up 22.1 months.
# No drug row: "EGFR monoclonal antibody", "EGFR-tyrosine kinase inhibitor", "platinum-based chemotherapy" (classes).
