PMID = "27895500"
SHORT = "OPTiM subanalysis: talimogene laherparepvec vs GM-CSF in stage IIIB-IVM1a melanoma"
DESIGN = "comparative"
DRUGS = {"talimogene laherparepvec": "talimogene laherparepvec",
         "granulocyte-macrophage colony-stimulating factor": "gm-csf", "GM-CSF": "gm-csf"}
T, G = "talimogene laherparepvec", "GM-CSF"
ARMS = [
    dict(at="to intralesional {talimogene laherparepvec} or", arm=T, regimen="talimogene laherparepvec",
         note="experimental"),
    dict(at="or subcutaneous {GM-CSF}", arm=G, regimen="gm-csf", note="control"),
]
POP = "stage IIIB–IVM1a melanoma"
RESULTS = [
    dict(at="({25.2%} versus", cat="efficacy", et="DRR", arm=T, p="<0.0001", pop=POP,
         note="durable response rate; no v2 code"),
    dict(at="versus {1.2%}", cat="efficacy", et="DRR", arm=G, p="<0.0001", pop=POP,
         note="durable response rate; no v2 code"),
    dict(at="({40.5%} versus", cat="efficacy", ep="ORR", et="ORR", arm=T, p="<0.0001", pop=POP),
    dict(at="versus {2.3%}", cat="efficacy", ep="ORR", et="ORR", arm=G, p="<0.0001", pop=POP),
    dict(at="and {27} patients in", cat="efficacy", ep="CR", et="complete response", u="n", n=27, arm=T,
         pop=POP),
    dict(at="({57.1%} of the OPTiM", cat="baseline", et="stage IIIB, IIIC and IVM1a melanoma",
         note="share of the OPTiM intent-to-treat population"),
]
