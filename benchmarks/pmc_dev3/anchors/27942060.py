PMID = "27942060"
SHORT = "Methylprednisolone vs lignocaine vs saline pretreatment for propofol injection pain, adult cardiac surgery (randomised, double-blind)"
DESIGN = "comparative"
DRUGS = {"methylprednisolone": "methylprednisolone", "lignocaine": "lidocaine", "propofol": "propofol",
         "2, 6-di-isopropylphenol": "propofol"}
# "2, 6-di-isopropylphenol" is the chemical name of propofol, written in parentheses after it: a drug mention (§2,
# every mention of a specific drug). Saline (placebo control) and distilled water (diluent) get no drug row.
S, L, MP = "saline", "lignocaine", "methylprednisolone"
ARMS = [
    dict(at="saline ({group S}, n = 55)", arm=S, regimen=None, n_total=55,
         note="control (saline; 'than those receiving saline'); label = the name used in the results ('the saline "
              "group'), span = the group label at the definition (decision 1)"),
    dict(at="lignocaine 20 mg ({Group L}, n = 55)", arm=L, regimen="lidocaine", n_total=55,
         note="control (active comparator: 'methylprednisolone was found to be as effective as lignocaine'); "
              "span = group label at the definition"),
    dict(at="distilled water ({Group MP}, n = 55)", arm=MP, regimen="methylprednisolone", n_total=55,
         note="experimental; span = group label at the definition"),
]
DOSES = [
    dict(at="lignocaine {20 mg} (Group L", drug="lidocaine", low=20, unit="mg", arm=L,
         sched="pretreatment after tourniquet application", note="intravenous"),
    dict(at="methylprednisolone {125 mg} diluted", drug="methylprednisolone", low=125, unit="mg", arm=MP,
         sched="pretreatment after tourniquet application", note="diluted into 2 ml of distilled water; intravenous"),
    dict(at="propofol ({2 mg/kg})", drug="propofol", low=2, unit="mg/kg", reg=None,
         sched="1/4th of the total dose at 0.5 ml/s after release of the occlusion",
         note="total induction dose, every group (the pain-inducing agent, not an arm drug)"),
]
PAIN = "overall incidence of pain on propofol injection (four-point verbal rating scale)"
RESULTS = [
    dict(at="was {70.9%} in the saline", cat="efficacy", et="pain", arm=S, note=PAIN),
    dict(at="{30.9%} in the lignocaine", cat="efficacy", et="pain", arm=L, note=PAIN),
    dict(at="{36.4%} in the methylprednisolone", cat="efficacy", et="pain", arm=MP, note=PAIN),
]
# Arm regimens leave out propofol: every patient receives it and the outcome is the pain it causes; the arms are the
# pretreatments (saline / lignocaine / methylprednisolone). "lignocaine 20 mg" and "methylprednisolone 125 mg" are
# pretreatment doses (frequency null: none is stated). "2 ml" of distilled water and "0.5 ml/s" are volumes/rates,
# not drug doses.
# Pain incidence: efficacy of the pretreatment (the study's outcome), no endpoint code (vocabulary has none);
# endpoint_text "pain" from "incidence of pain" ("rate/incidence" left out, as §7.5 leaves out "rate(s)").
# No row: "P < 0.012" for pain intensity (P value alone, no value); "1 min", "n = 55" (arm sizes, in arm records),
# "165 adult patients" (sample size), "four-point" scale.
