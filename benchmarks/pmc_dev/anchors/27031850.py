PMID = "27031850"
SHORT = "AVAGAST: angiopoietin-2 as biomarker, bevacizumab vs placebo with chemotherapy, advanced gastric cancer"
DESIGN = "comparative"
DRUGS = {"bevacizumab": "bevacizumab"}
B, P = "bevacizumab", "placebo"
ARMS = [
    dict(at="to receive {bevacizumab} (n=387)", arm=B, regimen="bevacizumab", n_total=387,
         note="experimental; plus chemotherapy (drugs not named)"),
    dict(at="or {placebo} (n=387)", arm=P, regimen=None, n_total=387,
         note="control; plus chemotherapy (drugs not named)"),
]
NOTE = "odds ratio per 1000 pg/ml increase of baseline plasma Ang-2; arms pooled"
RESULTS = [
    dict(at="increase: {1.19};", cat="other", et="liver metastasis (LM)", u="OR", ci=(1.10, 1.29),
         p="<0.0001", pop="non-Asians", note=NOTE),
    dict(at="and {1.37}; 95% CI", cat="other", et="liver metastasis (LM)", u="OR", ci=(1.13, 1.64),
         p="0.0010", pop="Asians", note=NOTE),
]
