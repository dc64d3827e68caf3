PMID = "25652604"
SHORT = 'Non-myeloablative allogeneic hematopoietic cell transplantation following fludarabine plus 2 Gy TBI '
DESIGN = "comparative"
DRUGS = {
    'ATG': 'anti-thymocyte globulin',
    'Flu': 'fludarabine',
    'anti-thymocyte globulin': 'anti-thymocyte globulin',
    'fludarabine': 'fludarabine',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
DRUG_NOTES = {
    'ATG': 'ATG = anti-thymocyte globulin; TLI (radiation) is not a drug',
    'Flu': '"Flu" in the arm label "Flu-TBI" (fludarabine + 2 Gy TBI); TBI is radiation, not a drug',
}
F, T = "Flu-TBI", "TLI-ATG"
ARMS = [
    dict(at="irradiation ({Flu-TBI} arm; n = 49)", arm=F, regimen="fludarabine", n_total=49,
         note="fludarabine plus 2 Gy total body irradiation; TBI is radiation, so the regimen is the drug only"),
    dict(at="globulin ({TLI-ATG} arm; n = 45)", arm=T, regimen="anti-thymocyte globulin", n_total=45,
         note="8 Gy TLI + anti-thymocyte globulin; TLI is radiation, so the regimen is the drug only"),
]
DOSES = [
]
RESULTS = [
    dict(at='int) were {12.2%} versus 8.', cat='safety', ep='GVHD', et='grade II-IV acute GVHD', arm=F, p='0.5', tp='180 days', pop='Flu-TBI arm', note='180-day cumulative incidence of grade II-IV acute GVHD (primary endpoint); Flu-TBI arm ("respectively")'),
    dict(at='2% versus {8.9%} in Flu-TB', cat='safety', ep='GVHD', et='grade II-IV acute GVHD', arm=T, p='0.5', tp='180 days', pop='TLI-ATG arm', note='180-day cumulative incidence of grade II-IV acute GVHD (primary endpoint); TLI-ATG arm ("respectively")'),
    dict(at='GVHD were {40.8%} versus 17', cat='safety', ep='GVHD', et='moderate/severe chronic GVHD', arm=F, p='0.017', tp='2 years', pop='Flu-TBI arm', note='2-year cumulative incidence of moderate/severe chronic GVHD; Flu-TBI arm'),
    dict(at='8% versus {17.8%} in Flu-TB', cat='safety', ep='GVHD', et='moderate/severe chronic GVHD', arm=T, p='0.017', tp='2 years', pop='TLI-ATG arm', note='2-year cumulative incidence of moderate/severe chronic GVHD; TLI-ATG arm'),
    dict(at='= 0.017). {Five} Flu-TBI p', cat='efficacy', ep=None, et='pre-emptive DLI', u="n", n=5, arm=F, pop='Flu-TBI arm', note='received pre-emptive donor lymphocyte infusion for low donor chimerism; v1 code DLI is not in the v2 vocabulary'),
    dict(at='ients and {10} TLI-ATG p', cat='efficacy', ep=None, et='pre-emptive DLI', u="n", n=10, arm=T, pop='TLI-ATG arm', note='received pre-emptive donor lymphocyte infusion for low donor chimerism; v1 code DLI is not in the v2 vocabulary'),
    dict(at='ls, while {1} Flu-TBI p', cat='efficacy', ep='HSCT', et='second HCT', u="n", n=1, arm=F, pop='Flu-TBI arm', note='received a second HCT for poor graft function, graft rejection, or disease progression'),
    dict(at='tient and {5} TLI-ATG p', cat='efficacy', ep='HSCT', et='second HCT', u="n", n=5, arm=T, pop='TLI-ATG arm', note='received a second HCT (including 2 patients given prior pre-emptive DLIs; that subset count gets no row)'),
    dict(at='sion were {22%} and 50% i', cat='efficacy', ep='relapse', et='relapse/progression', arm=F, p='0.017', tp='4 years', pop='Flu-TBI arm', note='4-year cumulative incidence of relapse/progression; Flu-TBI arm'),
    dict(at='e 22% and {50%} in Flu-TB', cat='efficacy', ep='relapse', et='relapse/progression', arm=T, p='0.017', tp='4 years', pop='TLI-ATG arm', note='4-year cumulative incidence of relapse/progression; TLI-ATG arm'),
    dict(at='lity were {24%} and 13% i', cat='efficacy', ep='NRM', et='nonrelapse mortality', arm=F, p='0.5', tp='4 years', pop='Flu-TBI arm', note='4-year cumulative incidence of nonrelapse mortality; Flu-TBI arm'),
    dict(at='e 24% and {13%} in Flu-TB', cat='efficacy', ep='NRM', et='nonrelapse mortality', arm=T, p='0.5', tp='4 years', pop='TLI-ATG arm', note='4-year cumulative incidence of nonrelapse mortality; TLI-ATG arm'),
    dict(at='PFS) were {53%} and 54%, ', cat='efficacy', ep='OS', et='OS', arm=F, p='0.9', tp='4 years', pop='Flu-TBI arm', note='4-year OS, Flu-TBI arm; P = 0.9 is stated after the TLI-ATG OS value'),
    dict(at='e 53% and {54%}, respecti', cat='efficacy', ep='PFS', et='PFS', arm=F, p='0.12', tp='4 years', pop='Flu-TBI arm', note='4-year PFS, Flu-TBI arm; P = 0.12 is stated after the TLI-ATG PFS value'),
    dict(at='m, versus {54%} (P = 0.9)', cat='efficacy', ep='OS', et='OS', arm=T, p='0.9', tp='4 years', pop='TLI-ATG arm', note='4-year OS, TLI-ATG arm'),
    dict(at=' 0.9) and {37%} (P = 0.12', cat='efficacy', ep='PFS', et='PFS', arm=T, p='0.12', tp='4 years', pop='TLI-ATG arm', note='4-year PFS, TLI-ATG arm'),
]
