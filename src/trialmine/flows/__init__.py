"""Prefect flows of trialmine: `extract` (the extraction run), `validate`, `train_ner`, `train_parser`, and
`schedule` (serving the extraction flow as a scheduled deployment). They live inside the package,
so an installed trialmine runs them; the stages they orchestrate are plain functions elsewhere."""
