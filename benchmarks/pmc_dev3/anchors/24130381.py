PMID = "24130381"
SHORT = "Sequential vs standard Helicobacter pylori eradication therapy and iron deficiency anaemia in children"
DESIGN = "comparative"
DRUGS = {"clarithromycin": "clarithromycin", "amoxicillin": "amoxicillin", "tinidazole": "tinidazole"}
SEQ, STD = "sequential", "standard"
PPI = "the PPI (a drug class, no agent named) is left out of the regimen"
ARMS = [
    dict(at="to receive {standard} and sequential eradication", arm=STD, regimen="amoxicillin + clarithromycin",
         note="control; standard 10-day therapy: PPI, clarithromycin and amoxicillin, each orally twice daily; " + PPI),
    dict(at="to receive standard and {sequential} eradication", arm=SEQ,
         regimen="amoxicillin + clarithromycin + tinidazole",
         note="experimental; sequential 10-day therapy: PPI + amoxicillin twice daily for 5 days, then PPI + "
              "clarithromycin + tinidazole twice daily for 5 days; " + PPI),
]
DOSES = []
RESULTS = []
# Arms sit on the Methods sentence that randomises ("randomized into two groups to receive standard and
# sequential eradication therapy"); the regimens are spelled out in the Objectives. Labels 'sequential' and
# 'standard', the words the document uses for the two therapies throughout.
# No dose rows: the regimens give frequencies ("twice daily") but no amounts.
# No result rows: eradication rates and serum ferritin are reported only as "non-significantly different" (no
# numbers); "10-day", "5 days", "Six weeks", "12-15 years" are durations/ages.
# No drug row: "proton pump inhibitor [PPI]" / "PPI" (class), "iron" (iron stores/status, not a treatment).
