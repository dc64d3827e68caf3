PMID = "28442930"
SHORT = "Thoracic epidural (bupivacaine + fentanyl) vs IV fentanyl analgesia in abdominal cancer surgery"
DESIGN = "comparative"
DRUGS = {"fentanyl": "fentanyl", "bupivacaine": "bupivacaine"}
I, E = "PCIA", "PCEA"
ARMS = [
    dict(at="analgesia [{PCIA}] group)", arm=I, regimen="fentanyl", n_total=60, note="control"),
    dict(at="fentanyl ({PCEA} group)", arm=E, regimen="bupivacaine + fentanyl", n_total=60, note="experimental"),
]
DOSES = [dict(at="bupivacaine {0.125%}", drug="bupivacaine", low=0.125, unit="%", arm=E,
              sched="continuous epidural infusion for 72 h", note="concentration")]
RESULTS = []
