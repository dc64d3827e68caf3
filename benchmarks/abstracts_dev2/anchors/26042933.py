PMID = "26042933"
SHORT = "BELOB side study: circulating endothelial cells, bevacizumab plus lomustine vs bevacizumab vs lomustine, recurrent glioblastoma"
DESIGN = "comparative"
DRUGS = {"bevacizumab": "bevacizumab", "lomustine": "lomustine"}
B, L, BL = "bevacizumab single agent", "lomustine single agent", "bevacizumab plus lomustine"
ARMS = [
    dict(at="to receive {single-agent bevacizumab} or", arm=B, regimen="bevacizumab"),
    dict(at="single-agent bevacizumab or {lomustine}, or", arm=L, regimen="lomustine"),
    dict(at="lomustine, or {bevacizumab plus lomustine}. Before", arm=BL, regimen="bevacizumab + lomustine"),
]
PROG = "per log10 CEC (higher absolute CEC numbers), within the lomustine single-agent arm"
RESULTS = [
    dict(at="log10CEC hazard ratio (HR) {0.41}", cat="efficacy", ep="OS", et="overall survival", u="HR",
         ci=(0.18, 0.91), arm=L, note=PROG + "; CECs after 4 weeks of treatment"),
    dict(at="(log10CEC HR {0.16}", cat="efficacy", ep="OS", et="overall survival", u="HR", ci=(0.05, 0.56), arm=L,
         note=PROG + "; CECs after 6 weeks of treatment"),
]
# No row: 141 patients (sample size), 4 / 6 weeks (times of CEC sampling).
# No drug row: "anti-vascular endothelial growth factor agents" (class).
