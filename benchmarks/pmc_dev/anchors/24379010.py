PMID = "24379010"
SHORT = "Olive oil-based vs MCT/LCT lipid emulsion in parenteral nutrition after esophageal cancer surgery"
DESIGN = "comparative"
DRUGS = {}  # lipid emulsions and enteral/parenteral nutrition are nutrition products, not drugs (README)
T, C = "test group", "control group"
ARMS = [
    dict(at="The {test group} was given", arm=T, regimen=None, n_total=46,
         note="experimental; EN with PN containing olive oil-based LE"),
    dict(at="patients in the {control group} were supported", arm=C, regimen=None, n_total=48,
         note="control; EN with MCT/LCT emulsion-based PN"),
]
RESULTS = []
