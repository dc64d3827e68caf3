PMID = "23732051"
SHORT = "Flucloxacillin + placebo vs flucloxacillin + phenoxymethylpenicillin for ED outpatient cellulitis (protocol, non-inferiority)"
DESIGN = "comparative"
DRUGS = {"flucloxacillin": "flucloxacillin", "phenoxymethylpenicillin": "phenoxymethylpenicillin"}
M, D = "flucloxacillin alone", "dual therapy"
ROLE = ("; no experimental/control: the cues conflict (placebo and 'alone' point to this arm as control, the "
        "non-inferiority question 'monotherapy to dual therapy' makes dual therapy the reference), decision 5")
ARMS = [
    dict(at="treatment with {flucloxacillin} 500 mg four times daily and placebo", arm=M, regimen="flucloxacillin",
         note="flucloxacillin plus placebo (oral monotherapy); span on the arm's first drug name, its dose is a "
              "dose record (decision 6); label as in the title and objective" + ROLE),
    dict(at="placebo or {flucloxacillin} 500 mg four times daily and phenoxymethylpenicillin", arm=D,
         regimen="flucloxacillin + phenoxymethylpenicillin",
         note="span on the arm's first drug name, doses are dose records (decision 6); label as in the objective "
              "and discussion" + ROLE),
]
DOSES = [
    dict(at="flucloxacillin {500 mg four times daily} and placebo", drug="flucloxacillin", low=500, unit="mg",
         freq="four times daily", sched="7 days, oral", arm=M),
    dict(at="or flucloxacillin {500 mg four times daily} and phenoxymethylpenicillin", drug="flucloxacillin",
         low=500, unit="mg", freq="four times daily", sched="7 days, oral", arm=D),
    dict(at="phenoxymethylpenicillin {500 mg four times daily}", drug="phenoxymethylpenicillin", low=500,
         unit="mg", freq="four times daily", sched="7 days, oral", arm=D),
]
DESIGN_NOTE = "design assumption (protocol), not a result"
RESULTS = [
    dict(at="equal to a {50%} reduction", cat="other", et="reduction in the area of diameter of infection",
         q="≥", note="primary-outcome definition (threshold), 'greater than or equal to a 50%'; at the "
                     "end-of-treatment visit (7 to 10 days), not a single landmark"),
    dict(at="To achieve {90%} power", cat="other", et="power", note=DESIGN_NOTE),
    dict(at="treatment success rate of {85%}", cat="other", et="treatment success",
         note=DESIGN_NOTE + "; assumed for oral flucloxacillin and phenoxymethylpenicillin (dual therapy); arm "
                            "null as for design figures (decision 21)"),
    dict(at="threshold Δ = {12.5%}", cat="other", et="equivalence threshold", note=DESIGN_NOTE),
]
# No row: "172 patients per treatment arm" (planned sample size, also not used as arm n_total, decision 4),
# "α = 0.025" (design figure without '%'), follow-up times 3 days / 7 to 10 days / 30 days, "7 days of treatment".
# No drug row: "placebo", "oral antibiotics" (class).
