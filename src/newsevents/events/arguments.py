"""Who did it and to whom: an event's source and target read from the dependency parse, resolved to the
article's merged, coded entities.

`ArgumentReader` is the one reader the event, sense and quote stages use; it is a chain of readers, one module
per role, each reading only what the ones before it read (imports run one way, down the chain):
- `parties.py` — `Argument`, the word sets and parse helpers more than one role reads, and the base reader:
  tokens and phrases to parties (`refs`, `party`: conjuncts, pronouns, owners, roles, authors), the places and
  countries of tokens, what kind of act a word is, a preposition's objects.
- `sources.py` — who did it (`verb_source`, `noun_own_source`, `claimant`): subjects, passive and "at the
  hands of" doers, claimants and those blamed, a fight's sides, the police guessed for an arrest.
- `targets.py` — whom (`verb_targets`): the row's readings, the one a violent, captive or legal act is done to
  (`_affected`, with the codes a coder infers), the clause's and a complement's parties.
- `noun_arguments.py` — the parties of an event noun (`noun_source`, `noun_targets`): its light, frame and
  adjunct verbs, those harmed in it, the sides between.
The word sets these rules read are `data/party_words.csv` (`party_words.py`).
"""

from __future__ import annotations

from .noun_arguments import NounReader
from .parties import AMOUNT, Argument, is_passive, nonstate, place_words, sector_of_word

__all__ = [
    "AMOUNT",
    "Argument",
    "ArgumentReader",
    "is_passive",
    "nonstate",
    "place_words",
    "sector_of_word",
]


class ArgumentReader(NounReader):
    """Reads sources and targets for one parsed, actor-annotated Doc."""
