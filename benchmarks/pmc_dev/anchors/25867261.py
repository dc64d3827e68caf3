PMID = "25867261"
SHORT = "AXEBeam translational study: bevacizumab with chemoradiation in rectal cancer (single-arm phase II)"
DESIGN = "single-arm"
DRUGS = {"bevacizumab": "bevacizumab"}
ARMS = [dict(at="phase II study combining {bevacizumab with CRT}", arm="bevacizumab with CRT",
             regimen="bevacizumab", note="single arm (chemoradiotherapy drugs not named)")]
RESULTS = []
