PMID = "23533808"
SHORT = "Bolus FLOX vs weekly oxaliplatin/5-FU/leucovorin (3 weeks on, 1 off), second-line advanced pancreatic cancer (randomised)"
DESIGN = "comparative"
OXFU = "fluorouracil + leucovorin + oxaliplatin"
DRUGS = {"oxaliplatin": "oxaliplatin", "5-fluorouracil": "fluorouracil", "fluorouracil": "fluorouracil",
         "5-FU": "fluorouracil", "FU": "fluorouracil", "leucovorin": "leucovorin", "gemcitabine": "gemcitabine",
         "FOLFOX": ("FOLFOX", OXFU), "FLOX": ("FLOX", OXFU)}
F, W = "FLOX", "3-weeks arm"
ARMS = [
    dict(at="of each 8-week ({FLOX}) OR", arm=F, regimen=OXFU,
         note="bolus fluorouracil + leucovorin weekly x6 every 8 weeks, oxaliplatin weeks 1, 3, 5; 'first regimen'"),
    dict(at="leucovorin 250 mg/m2 ({3 weeks on, 1 week off})", arm=W, regimen=OXFU,
         note="weekly oxaliplatin + 5-FU + leucovorin, 3 weeks on, 1 week off; named '3-weeks arm/regimen' and "
              "'second regimen' in the results; no name at the definition, so the span is its schedule"),
]
S8 = "6 weeks of each 8-week cycle"
DOSES = [
    dict(at="FU {500 mg/m2} IV bolus", drug="fluorouracil", low=500, unit="mg/m2", freq="weekly", sched=S8, arm=F,
         note="IV bolus weekly x6 weeks"),
    dict(at="leucovorin {500 mg/m2} IV weekly", drug="leucovorin", low=500, unit="mg/m2", freq="weekly", sched=S8,
         arm=F, note="IV weekly for 6 weeks"),
    dict(at="oxaliplatin {85 mg/m2} IV on weeks", drug="oxaliplatin", low=85, unit="mg/m2",
         sched="weeks 1, 3 and 5 of each 8-week cycle", arm=F),
    dict(at="oxaliplatin {40 mg/m2}, 5-FU", drug="oxaliplatin", low=40, unit="mg/m2", freq="weekly",
         sched="3 weeks on, 1 week off", arm=W, note="'weekly intravenous infusions' (before the drug)"),
    dict(at="5-FU {500 mg/m2}, and", drug="fluorouracil", low=500, unit="mg/m2", freq="weekly",
         sched="3 weeks on, 1 week off", arm=W),
    dict(at="leucovorin {250 mg/m2} (3 weeks", drug="leucovorin", low=250, unit="mg/m2", freq="weekly",
         sched="3 weeks on, 1 week off", arm=W),
]
RESULTS = [
    dict(at="found in {33.5%} for first", cat="efficacy", ep="DCR", et="Non progression", arm=F,
         note="non-progression = PR + SD (disease control); 'first regimen'"),
    dict(at="and {29%} for second", cat="efficacy", ep="DCR", et="Non progression", arm=W, note="'second regimen'"),
    dict(at="and {37.5%} had clinical", cat="efficacy", ep="CBR", et="clinical benefit", arm=F),
    dict(at="compared to {50%} in 3-weeks", cat="efficacy", ep="CBR", et="clinical benefit", arm=W),
    dict(at="median TTP was {3.9},4 months", cat="efficacy", ep="TTP", et="TTP", u="months", arm=F,
         note="median; 'respectively' in the order the arms were introduced"),
    dict(at="3.9,{4 months} respectively", cat="efficacy", ep="TTP", et="TTP", arm=W, note="median"),
    dict(at="Median OS was {8}, 9 months", cat="efficacy", ep="OS", et="OS", u="months", arm=F,
         note="median; 'for both regimens' read as respectively, in the order the arms were introduced"),
    dict(at="was 8, {9 months} for both", cat="efficacy", ep="OS", et="OS", arm=W, note="median"),
    dict(at="Only {one} case in 3-weeks", cat="safety", ep="diarrhea", et="grade IV diarrhea", u="n", n=1, arm=W,
         note="grade 4"),
    dict(at="{Two} cases > grade 2 neutropenia", cat="safety", ep="neutropenia", et="> grade 2 neutropenia", u="n",
         n=2, note="both arms together; grade > 2"),
    dict(at="observed; {one} in each", cat="safety", ep="neutropenia", et="> grade 2 neutropenia", u="n", n=1,
         note="one in each arm: one value stated for both arms (arm null)"),
    dict(at="recorded in {3} patients", cat="safety", ep="anemia", et="Grade 3 anemia", u="n", n=3,
         note="both arms together; grade 3"),
    dict(at="({2} in FLOX arm", cat="safety", ep="anemia", et="Grade 3 anemia", u="n", n=2, arm=F, note="grade 3"),
    dict(at="FLOX arm, {one} in 3-weeks", cat="safety", ep="anemia", et="Grade 3 anemia", u="n", n=1, arm=W,
         note="grade 3"),
]
# No row: "Forty eight patients" (sample size).
