PMID = "24808760"
SHORT = "Neuromuscular electrical stimulation at home in advanced cancer: single-arm pilot"
DESIGN = "single-arm"
DRUGS = {}
N = "NMES"
ARMS = [dict(at="single-arm prospective pilot study of {NMES}", arm=N, regimen=None,
             note="single arm (device intervention, no drug)")]
RESULTS = [
    dict(at="10 ({67%}) completed", cat="other", et="completed the study", arm=N, n=10, N=15),
    dict(at="one ({7%}) withdrew", cat="safety", et="withdrew because of discomfort due to NMES treatment",
         arm=N, n=1, N=15),
    dict(at="7/10 ({70%})", cat="other", et="used NMES at least three times a week", arm=N, n=7, N=10),
]
