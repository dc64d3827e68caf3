PMID = "24628950"
SHORT = "GASTRICHIP: D1-D2 gastrectomy with vs without HIPEC (oxaliplatin), gastric carcinoma (phase III protocol)"
DESIGN = "comparative"
DRUGS = {"oxaliplatin": "oxaliplatin"}
H = "hyperthermic intraperitoneal chemotherapy with oxaliplatin"
ARMS = [dict(at="effects of {hyperthermic intraperitoneal chemotherapy with oxaliplatin} on", arm=H,
             regimen="oxaliplatin", note="experimental; the comparator arm is not named in the abstract")]
RESULTS = [
    dict(at="remain {under 30%}", cat="efficacy", ep="OS", et="survival", tp="5 years",
         pop="T3 and/or N + gastric cancer", note="background (epidemiology), after curative management"),
    dict(at="{More than 50%} of recurrences", cat="other", et="recurrences are peritoneal and/or locoregional",
         note="background (epidemiology)"),
]
