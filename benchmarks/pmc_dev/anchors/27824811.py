PMID = "27824811"
SHORT = "Study 19: quality of life on olaparib vs placebo maintenance, platinum-sensitive relapsed ovarian cancer"
DESIGN = "comparative"
DRUGS = {"olaparib": "olaparib"}
O, P = "olaparib", "placebo"
ARMS = [
    dict(at="Patients received {olaparib} 400 mg", arm=O, regimen="olaparib", n_total=136, note="experimental"),
    dict(at="(capsules) or {placebo} until", arm=P, regimen=None, n_total=129, note="control"),
]
DOSES = [dict(at="{400 mg b.i.d.}", drug="olaparib", low=400, unit="mg", freq="twice daily", arm=O,
              sched="until progression", note="capsules")]
RESULTS = [
    dict(at="({∼80%} over time)", cat="other", et="Compliance for HRQoL assessment", note="both arms"),
    dict(at="on TOI ({81%})", cat="efficacy", et="best response of ‘no change' on TOI",
         note="most patients in both arms (pooled)"),
]
