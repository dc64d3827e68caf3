PMID = "25249290"
SHORT = "Adjuvant CMF vs tumour size: time-dependent benefit in a randomised breast cancer trial (secondary analysis)"
DESIGN = "comparative"
CMF = "cyclophosphamide + fluorouracil + methotrexate"
DRUGS = {"CMF": ("CMF", CMF)}
ARMS = [dict(at="on the effect of {adjuvant chemotherapy (CMF)}", arm="CMF", regimen=CMF,
             note="experimental; the comparator arm is not named in the abstract")]
RESULTS = []
