PMID = "22275811"
SHORT = "Fluocinolone acetonide intravitreal implant vs non-implanted fellow eyes: outcomes after cataract surgery in NIPU (post hoc subgroup)"
DESIGN = "comparative"
DRUGS = {"fluocinolone acetonide": "fluocinolone acetonide", "FA": "fluocinolone acetonide"}
I, N = "implanted", "non-implanted"
ARMS = [
    dict(at="Eyes were either {implanted} with a", arm=I, regimen="fluocinolone acetonide", n_total=132,
         note="experimental; 0.59- or 2.1-mg FA implant (both doses pooled in this analysis); n_total = implanted "
              "eyes that underwent cataract surgery (132/142), the analysed subset"),
    dict(at="received {standard-of-care local treatment}", arm=N, regimen=None, n_total=39,
         note="control; affected fellow eyes, standard-of-care local treatment (no drug named); n_total = "
              "non-implanted eyes that underwent cataract surgery (39/186)"),
]
DOSES = [
    dict(at="with a {0.59}- or a 2.1-mg", drug="fluocinolone acetonide", low=0.59, unit="mg", arm=I,
         sched="intravitreal implant", note="unit shared with '2.1-mg'"),
    dict(at="or a {2.1-mg} FA implant", drug="fluocinolone acetonide", low=2.1, unit="mg", arm=I,
         sched="intravitreal implant"),
]
RESULTS = [
    dict(at="({26.5%} vs 44.4%", cat="efficacy", et="postsurgical uveitis recurrence", arm=I, p="0.0433",
         note="recurrence rate (no vocabulary code, decision 24)"),
    dict(at="(26.5% vs {44.4%}", cat="efficacy", et="postsurgical uveitis recurrence", arm=N, p="0.0433",
         note="recurrence rate (no vocabulary code, decision 24)"),
    dict(at="Glaucoma was reported in {19.7%}", cat="safety", ep="glaucoma", et="Glaucoma", arm=I, p="0.0008",
         note="postoperatively; 'no non-implanted eyes' (non-numeric) gets no row"),
]
# Arms sit on the Participants sentence, the first that assigns eyes to the groups (the Purpose sentence is the
# objective, decision 1). Labels: 'implanted' / 'non-implanted', the names used in the Results.
# No row: "132/142 phakic implanted eyes and 39/186 phakic non-implanted eyes underwent cataract surgery" (these
# counts define the analysed subset, i.e. evaluability, §4.1; they give the arms' n_total); mean VA improvement,
# anterior chamber cells and vitreous haze (P values only, no value, §7.4); "no non-implanted eyes" with glaucoma
# (non-numeric quantifier, §4.1); "278 patients" (sample size); "1 and 3 months" (timepoints without values).
