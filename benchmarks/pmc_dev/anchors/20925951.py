PMID = "20925951"
SHORT = "CINDERELLA: carbon ion radiotherapy vs fractionated stereotactic RT for recurrent glioma (phase I/II protocol)"
DESIGN = "comparative"
DRUGS = {}
C, F = "carbon ion radiotherapy", "FSRT"
ARMS = [
    dict(at="{re-irradiation using carbon ions} will be compared", arm=C, regimen=None, note="experimental"),
    dict(at="will be compared to {FSRT} applied", arm=F, regimen=None, note="control (standard arm)"),
]
N = "cited data on FSRT re-irradiation (background), not this trial"
RESULTS = [
    dict(at="survival times of {22}, 16", cat="efficacy", ep="OS", et="survival times", u="months",
         pop="recurrent WHO grade II gliomas", note=N),
    dict(at="of 22, {16} and", cat="efficacy", ep="OS", et="survival times", u="months",
         pop="recurrent WHO grade III gliomas", note=N),
    dict(at="16 and {8 months}", cat="efficacy", ep="OS", et="survival times",
         pop="recurrent WHO grade IV gliomas", note=N),
]
