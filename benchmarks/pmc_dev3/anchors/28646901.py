PMID = "28646901"
SHORT = "RESEARCH: ezetimibe add-on to statin (EAT) vs double-dose statin (DST) in T2DM with hypercholesterolaemia, 52-week extension"
DESIGN = "comparative"
DRUGS = {"ezetimibe": "ezetimibe", "atorvastatin": "atorvastatin", "pitavastatin": "pitavastatin"}
E, D = "EAT", "DST"
STATIN = ("the statin is atorvastatin or pitavastatin (alternatives), so the regimen lists only the drugs every "
          "patient of the arm gets (decision 3)")
ARMS = [
    dict(at="add-on statin ({EAT}) group", arm=E, regimen="ezetimibe",
         note="experimental; ezetimibe 10 mg added to the first-line statin dose; " + STATIN),
    dict(at="double-dose statin ({DST}) group", arm=D, regimen=None,
         note="control; doubled statin dose; no drug common to every patient of the arm; " + STATIN),
]
ENTRY = "first-line statin dose at entry (not at target); kept in EAT, doubled in DST"
DOSES = [
    dict(at="({10\u00a0mg} of atorvastatin", drug="atorvastatin", low=10, unit="mg", reg=None, note=ENTRY),
    dict(at="or {1\u00a0mg} of pitavastatin", drug="pitavastatin", low=1, unit="mg", reg=None, note=ENTRY),
    dict(at="ezetimibe ({10\u00a0mg})", drug="ezetimibe", low=10, unit="mg", arm=E),
]
RESULTS = [
    dict(at="EAT group ({28.3%})", cat="efficacy", et="reduction of LDL-C", arm=E, tp="52 weeks"),
    dict(at="DST group ({9.2%})", cat="efficacy", et="reduction of LDL-C", arm=D, tp="52 weeks"),
    dict(at="as low as {36.1\u00a0±\u00a014.9\u00a0mg/dl}", cat="efficacy", et="sd-LDL-C", u="mg/dl", v=36.1, q="=", arm=E,
         note="mean ± SD at 52 weeks (measured value of an outcome, GUIDELINES §7.4, which post-dates pmc_dev "
              "decision 19)"),
    dict(at="achievement rate ({55.6%})", cat="efficacy", et="achievement rate", arm=E,
         note="achievement of the sd-LDL-C threshold (35.0 mg/dl); 'significantly higher ... than DST', no P "
              "value or DST value given"),
    dict(at="as low value as {0.52\u00a0±\u00a00.43\u00a0mg/l}", cat="efficacy", et="hsCRP", u="mg/l", v=0.52, q="=", arm=E,
         note="mean ± SD (measured value of an outcome, GUIDELINES §7.4)"),
]
# No row: "(35.0 mg/dl)" threshold for atherosclerosis (a reference value, not a measured outcome; no '%'),
# "109 T2DM patients" (sample size), "12 weeks"/"52 weeks" (study periods). TC, apo B, sd-LDL-C, hsCRP
# reductions stated without numbers get no row.
# Doses: the entry statin doses (10 mg atorvastatin, 1 mg pitavastatin) have no arm and no regimen (an entry
# criterion before randomisation; EAT keeps them, DST doubles them).
# No drug row: "statin" (class), "anti-diabetic" (class), "LDL-C" etc. (lipids).
