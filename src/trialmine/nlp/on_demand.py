"""The shape of trialmine's pipes whose model runs only where the linker asks for it.

The dependency parser (``trialmine_parser``) and the outcome phrase tagger
(``trialmine_outcome_phrases``) each load a model of their own, but running it over every sentence
would cost more than the few sentences whose results need it. So such a pipe runs nothing itself: it
loads its model when the pipeline is built (a missing model or other vectors fail the build, before
any document), and names it on each Doc; the functions that run the model on the sentences they need
read that name.
"""

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc


class OnDemandModel:
    def __init__(self, model: str, load: Callable[[str], Language], extension: str):
        self.model = model
        self.extension = extension  # the Doc extension naming the model ("" = the bundled one)
        load(model)

    def __call__(self, doc: Doc) -> Doc:
        setattr(doc._, self.extension, self.model)
        return doc
