"""Senses and categories, round 4 (sense_rules.csv, noun_classes.csv, events/senses.py): violence coded by its
doer and victim, legal words, and words read in another sense; each rule on a sentence where it applies and,
where it matters, one where it must not."""

from __future__ import annotations

import pytest

from newsevents.events.senses import default_senses, slot_words


def cameos(analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "2023-03-13").events}


@pytest.mark.parametrize(("text", "expected"), [
    # a private person shot or killed by gunmen, assailants or unnamed killers: unconventional violence (18x)
    ("A truck driver was shot dead by militants during the strike in Imphal.", "180"),
    ("Unidentified gunmen shot dead a doctor in Peshawar on Sunday.", "180"),
    ("The Maoists gunned him down near his house in Sukma district.", "180"),
    ("Juan Perez, a local trader, was murdered in March.", "180"),
    # a police chief killed by gunmen is a targeted killing (186); a constable is not a figure
    ("Gunmen murdered two police chiefs in Tamuin on Sunday.", "186"),
    ("Unidentified gunmen shot dead a police constable in Srinagar on Sunday.", "180"),
    # armed forces killing armed men: conventional force (19x)
    ("Indian Army troops killed three militants in Kupwara district.", "190"),
])
def test_violence_against_a_person_is_coded_by_doer_and_victim(analyse, text: str, expected: str) -> None:
    found = cameos(analyse, text)
    assert expected in found, found
    assert not {"180", "186", "190"} - {expected} & found, found


def test_fighting_between_armed_sides_stays_conventional(analyse) -> None:
    found = cameos(analyse, "Three Hizbul Mujahideen militants were killed in an encounter with security forces "
                            "in Shopian.")
    assert found and all(code.startswith("19") for code in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The former mayor pleaded guilty to drug trafficking charges in a Miami court.", "015"),
    ("The former mayor pleaded not guilty to drug trafficking charges in a Miami court.", "016"),
    # a charge needs a party a coder can code: the charged man's country here (no charging body is named)
    ("The former governor of Tamaulipas was charged in an indictment unsealed in Houston.", "173"),
])
def test_legal_words(analyse, text: str, expected: str) -> None:
    found = cameos(analyse, text)
    assert expected in found, found
    assert "020" not in found and "112" not in found


def test_a_conviction_stays_a_finding_of_guilt(analyse) -> None:
    assert "116" in cameos(analyse, "A Mexican court convicted the former governor of Veracruz.")


@pytest.mark.parametrize("text", [
    "The Japanese finance minister blamed the strong yen for weak exports.",
    "The Zetas struck out on their own after a split with the Gulf Cartel.",
    "The riot police were called in by the mayor of Timbiqui.",
    "A group calling itself the Islamic Jihad Organisation claimed the kidnapping.",
    "Kirchner occupied the presidential office for four years.",
    "The favelas received soldiers from the Brazilian army.",
    "The Treasury official was speaking to a conference of bankers in Washington.",
    "Demand from the United States for cocaine has risen sharply.",
    "The local gang threat has grown in Panama.",
    "The factory was struck by a power blackout on Monday.",
    "Texas Eastern received and purchased 5 mln shares of the company in the tender offer.",
    "New Zealand corporations must be financially self-supporting, the Treasury said.",
    "AIDS has killed 300 people in New York this year.",
    "Colombian President Alvaro Uribe called him the person who leads the parade.",
    "The Jamaica Gleaner hosted a panel discussion on crime in Kingston.",
    "Industrial Bank of Japan senior economist Susumu Taketomi agreed.",
    "Most analysts refuse to commit themselves until after the June 12 release of U.S. trade data.",
    "Mexican Finance Minister Gustavo Petricioli warned against complacency.",
    "Merrill Lynch committed to provide 200 mln dlrs in equity to AV Holdings.",
    "Corona was part of the cartel's effort, a tactic that calls to mind the Juarez Cartel's recruitment.",
    "Europol has warned several times about the growing influence of Mexican organized crime.",
    "The fact that the network is led by Bulgarians supports the claims of Europol.",
    "Hipolito Mora said police had planted the weapons on Farias.",
    "The poisonous brew killed at least 51 people in Ecuador.",
    "The Bank of England gave the market late assistance of around 210 mln stg.",
])
def test_words_in_another_sense_report_no_event(analyse, text: str) -> None:
    assert not cameos(analyse, text)


def test_shooting_at_a_weapon_is_no_attack_though_snatching_it_is_a_seizure(analyse) -> None:
    # the carbine is shot at, not a party; taking it from the police is a seizure (171, session 18's trigger row)
    codes = cameos(analyse, "Unidentified militants shot at and snatched away a carbine belonging to the police "
                            "at the border outpost.")
    assert not [c for c in codes if c[:2] in {"18", "19"}]
    assert "171" in codes


@pytest.mark.parametrize(("text", "root"), [
    ("Israel blamed the attack on Hamas.", "11"),
    ("Israeli troops occupied the town of Jenin.", "19"),
    ("Chinese President Xi Jinping received Iranian President Hassan Rouhani in Beijing.", "04"),
    ("Britain backed France's proposal at the summit.", "05"),
    ("Iran agreed to release the prisoners.", "03"),
    ("Iran warned Israel against any attack.", "13"),
    ("Iran warned of retaliation against Israel.", "13"),
    ("Germany contributed 46 million dollars to the Iraq Humanitarian Fund.", "07"),
    ("Chancellor Angela Merkel has defended Germany's decision to advise against the vaccine.", "05"),
    # saying one will support is the intent to (CAMEO 032), the support sense all the same
    ("Trump said he would support lifting economic sanctions on North Korea.", "032"),
])
def test_the_event_sense_stays(analyse, text: str, root: str) -> None:
    assert any(c.startswith(root) for c in cameos(analyse, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain backed down on its plans to raise taxes.", "080"),  # a retreat, not an endorsement
    ("British banks are fighting the proposals of the Bank of England.", "120"),  # opposing, not arms
    ("The spokesman refused to say whether the two governments were holding talks.", "011"),  # no comment
    ("The gang promised a massacre if the government did not negotiate.", "138"),  # a threat
    ("Maoists set ablaze a campaign vehicle of the BJP candidate.", "171"),  # property destroyed
    ("Students clashed with police in Madrid on Monday.", "145"),  # a violent protest
    ("The Securities and Exchange Commission sanctioned the brokerage firm for trading violations.", "172"),
    ("The younger Handal was condemned to 10 years in prison by a Honduran court.", "173"),  # a sentence
    ("Thousands of Spanish farmers battled police in Zaragoza during a march.", "145"),  # a riot, not war
    ("Taliban militants captured six policemen in Upper Dir.", "181"),  # hostages, not an arrest
])
def test_words_recoded_by_their_complements(analyse, text: str, expected: str) -> None:
    assert expected in cameos(analyse, text)


def test_a_document_released_in_a_conjoined_participle_is_no_release(analyse) -> None:
    text = "A cable first obtained by WikiLeaks and recently released by the embassy described the talks."
    assert not any(c.startswith("08") for c in cameos(analyse, text))


def test_slot_acl_reads_through_a_conjoined_participle(pipeline) -> None:
    doc = pipeline.nlp("The cable, first obtained by WikiLeaks and recently released by McClatchy, was short.")
    released = next(t for t in doc if t.lower_ == "released")
    assert [t.lower_ for t in slot_words(released, "acl")] == ["cable"]


def test_a_lemma_class_row_applies_to_every_lemma_of_the_class_in_file_order() -> None:
    senses = default_senses()
    for_kill = senses.rules_for("kill")
    assert any(r.lemma == "@person_violence" for r in for_kill)
    assert not any(r.lemma == "@person_violence" for r in senses.rules_for("ambush"))
    generic = [r for r in for_kill if r.lemma in {"*", "@person_violence"}]
    assert generic == [r for r in senses.rules["*"] if r in generic]


@pytest.mark.parametrize(("text", "expected"), [
    # insurgents ambushing troops fight (19); an air force's strikes killing militants are military (19)
    # (an ambush by a group no table or place codes, "Rohingya insurgents", has no party to code at all)
    ("Taliban insurgents ambushed a military vehicle in Helmand province, wounding five soldiers.", "19"),
    ("The Iraqi air force carried out air strikes in western Mosul, killing dozens of Islamic State fighters.",
     "19"),
])
def test_armed_sides_stay_conventional(analyse, text: str, expected: str) -> None:
    found = cameos(analyse, text)
    assert any(c.startswith(expected) for c in found) and not any(c.startswith("18") for c in found), found
