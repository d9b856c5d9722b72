"""Modality as the sentence says (events/modality.py, modality_rules.csv): claims credited to a source are
reported, the narrator's own facts asserted, plans, orders and purposes intended, guesses hypothetical, what is
said to be untrue denied, what is refused or prevented negated; each with a sentence the rule must leave alone."""

from __future__ import annotations

import pytest

DAY = "2015-06-01"


def modality_of(result, trigger: str) -> tuple[str, bool]:
    """The modality and negation of the mention whose trigger is `trigger`."""
    found = {(m.modality, m.negated) for e in result.events for m in e.mentions if m.trigger == trigger}
    assert len(found) == 1, f"{trigger!r}: {found} in {[m.trigger for e in result.events for m in e.mentions]}"
    return found.pop()


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # a source named after the report, inverted or not
    ("Peruvian police arrested 12 gang members and seized 180 kilos of cocaine, reported El Comercio.",
     "seized", "reported"),
    ("Pakistani police arrested three Taliban militants in Peshawar on April 26 reports Dawn", "arrested",
     "reported"),
    ("Guatemalan police arrested 12 gang members in the town of Coban, according to Prensa Libre.", "arrested",
     "reported"),
    ("As the newspaper El Diario de Hoy has reported, two commanders of MS-13 were murdered by Salvadoran police.",
     "murdered", "reported"),
    ("Guatemala's Attorney General's Office states that it is still investigating the mayor.", "investigating",
     "reported"),
    ("The mayor of Iguala is accused of ordering the killing of a Mexican journalist.", "killing", "reported"),
    ("There have been reports of clashes between the FARC and the ELN in Narino.", "clashes", "reported"),
    ("A jailed gang leader claimed to have killed two Honduran policemen.", "killed", "reported"),
    # ... and the narrator's own word, with an attribution elsewhere in the sentence
    ("Mexican soldiers captured El Sureno in August.", "captured", "asserted"),
    ("The gang allegedly took over the town after Mexican soldiers captured El Sureno in August.", "captured",
     "asserted"),
    ("Peruvian police arrested 12 gang members and said Juan Perez was their leader.", "arrested", "asserted"),
])
def test_a_source_credits_the_claim_the_narrator_asserts_its_own(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger)[0] == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # what presupposes its event keeps it asserted under a hedge or a plan
    ("The arrest of the Medellin kingpin may intensify the city's gang wars.", "arrest", "asserted"),
    ("The recent massacre of seven Venezuelan miners by the ELN may confirm that the group is expanding.",
     "massacre", "asserted"),
    ("Colombian troops could retaliate because the FARC killed four soldiers.", "killed", "asserted"),
    # plans, orders, requests and purposes are intended
    ("The Colombian government deployed 1,500 troops to free the hostages.", "free", "intended"),
    ("Colombian President Juan Manuel Santos requested that the OAS send a mission to Colombia.", "send",
     "intended"),
    ("Zetas leader Miguel Trevino escaped repeated attempts by Mexican marines to arrest him.", "arrest",
     "intended"),
    ("The Colombian army launched an offensive to capture FARC commander Alfonso Cano.", "capture", "intended"),
    ("Venezuelan President Nicolas Maduro announced plans to visit Colombia.", "visit", "intended"),
    # the protest a demand is made by is told as done (the demand is its aim, coded as the protest: efa092f)
    ("Thousands of Brazilian police officers went on strike to demand better pay from the government.", "strike",
     "asserted"),
    # guesses
    ("Indian police believe the Maoists killed the village headman.", "killed", "hypothetical"),
    # a perfect passive hedges only who did it: the threat is told as done, reported (6ca406c; audit 7841 #8)
    ("The villagers are thought to have been threatened by the Maoists.", "threatened", "reported"),
])
def test_what_is_presupposed_stays_asserted_and_what_is_aimed_at_is_intended(analyse, text, trigger,
                                                                             modality) -> None:
    assert modality_of(analyse(text, DAY), trigger)[0] == modality


@pytest.mark.parametrize(("text", "trigger", "modality", "negated"), [
    ("Reports claiming that Maoists had killed the Indian priest are not true.", "killed", "denied", False),
    ("Reports that Maoists had killed the Indian priest are baseless.", "killed", "denied", False),
    ("Reports that Maoists had killed the Indian priest are true.", "killed", "reported", False),
    ("The Indian army dismissed reports that its soldiers had attacked the village.", "attacked", "denied", False),
    ("Mexican police have yet to arrest the mayor of Iguala.", "arrest", "asserted", True),
    ("Mexican police have arrested the mayor of Iguala.", "arrested", "asserted", False),
    ("Colombian troops prevented FARC rebels from kidnapping the mayor of Cali.", "kidnapping", "asserted", True),
    ("Colombian soldiers stopped the FARC from attacking Colombian police.", "attacking", "asserted", True),
])
def test_what_is_said_untrue_is_denied_and_what_is_refused_negated(analyse, text, trigger, modality,
                                                                   negated) -> None:
    assert modality_of(analyse(text, DAY), trigger) == (modality, negated)


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The killing of gang leader El Picure by Venezuelan police appears to be the result of a police vendetta.",
     "killing", "asserted"),
    ("The arrest of the Zetas leader by Mexican marines is likely to anger the cartel.", "arrest", "asserted"),
    ("Talks between Colombia and the FARC are due to start in Havana next week.", "Talks", "intended"),
])
def test_a_nominal_event_as_subject_takes_a_schedule_not_a_guess_about_its_effects(analyse, text, trigger,
                                                                                  modality) -> None:
    assert modality_of(analyse(text, DAY), trigger)[0] == modality
