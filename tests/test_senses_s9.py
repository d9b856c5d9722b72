"""Senses and modality, session 9 (events/senses.py, events/modality.py, sense_rules.csv, noun_classes.csv,
modality_rules.csv): statements that are not events (rates and standing rules, powers to act, open questions,
opinions, interviews by news outlets, protection rackets), company business (share operations and appeals to a
company's holders are no events; a company's supply promise to another company is material cooperation, 031),
and modality (a threat carried out is done; a trip under way in a past sentence is no plan; a sentence end the
parser ran over ends an "according to"). Each class is tested with the real-event use of the same verb beside
it."""

from __future__ import annotations

import pytest


def events(analyse, text: str, day: str = "2019-05-03") -> list:
    return list(analyse(text, day).events)


def cameos(analyse, text: str) -> set[str]:
    return {e.cameo for e in events(analyse, text)}


@pytest.mark.parametrize(("text", "absent"), [
    # rates and standing rules: no one act
    ("Police in Rio de Janeiro killed one person for every 23 arrests, the report found.", "1"),
    ("Paraguay allows four visits a month to its prisons.", "08"),
    ("Paraguay allows four weekly visits to its prisons.", "08"),
    # a power to act is no act
    ("The ruling gives Peruvian prosecutors the power to investigate senators.", "09"),
    # an open question and an intent not stated
    ("However, Senator Dole did not say whether he would support President Reagan.", "03"),
    ("Senator Dole did not say he would support President Reagan.", "03"),
    # an opinion about the future is no agreement to act
    ("Both analysts agreed that the corruption investigation will likely hit roadblocks.", "03"),
    # company finance: share operations and appeals to holders
    ("Harcourt Brace Jovanovich Inc urged its debenture holders to convert their debentures into common stock.",
     "02"),
    ("Harcourt Brace Jovanovich Inc has urged that they convert their shares to common stock.", "02"),
    ("Holmes Protection Group Inc has agreed to issue it with 6.15 mln common shares.", "03"),
    # protection offered by armed groups is a racket
    ("Colombian militias offer protection to the locals in exchange for weekly payments.", "03"),
    # a news outlet speaking to someone is an interview
    ("The BBC talked to the Interior Minister of Peru.", "04"),
    ("One relative, who spoke with InSight Crime on condition of anonymity, said the Venezuelan judge was "
     "corrupt.", "04"),
    # what one is shielded from is not told to happen
    ("Iran is pursuing the pipeline project to protect part of its oil exports from Iraqi air attacks in the "
     "Gulf.", "19"),
    # acts counted or compared are a statistic
    ("The report found an increase in assassinations by Colombian paramilitary groups in 2013.", "18"),
    # a past record, not one happening
    ("Police said the Colombian suspect had a history of assaults against women.", "18"),
    ("Khan was detained over his past assaults on Pakistani police officers.", "18"),
    ("The FARC has released Colombian hostages in the past.", "08"),
    # what a law allows is a standing rule; a newspaper's inquiry is reporting
    ("The law allows Peruvian police to detain suspects for up to 30 days without charge.", "17"),
    ("The Mexican newspaper investigated the minister's finances.", "09"),
    # rates
    ("Colombia extradites dozens of drug traffickers to the United States every year.", "17"),
    # a thing foretells, only an actor pledges; a legal text's allowance is a standing rule
    ("The rapid disappearance of Sinaloa Cartel leaders also promises a destabilizing reorganization of the "
     "cartel.", "03"),
    ("He told Reuters the waiver allowed Washington to impose quotas on imports of Japanese farm products.", "16"),
    # a fee charged is no charge with a crime; aid given every year is a habit
    ("The Honduran gang charges shopkeepers a weekly fee for protection.", "17"),
    ("The United States provides Colombia with about 300 mln dlrs in military aid annually.", "07"),
    # services sold are commerce, not support
    ("Northrop, seeking to sell F-5 fighter aircraft and supporting services to Saudi Arabia, hired a Saudi firm.",
     "05"),
])
def test_not_an_event(analyse, text: str, absent: str) -> None:
    assert not any(c.startswith(absent) for c in cameos(analyse, text))


@pytest.mark.parametrize(("text", "present"), [
    ("Rebels killed the mayor of Kunduz a day after the raid.", "18"),
    ("Senator Dole said he would support President Reagan.", "032"),
    ("Iran and Iraq agreed that talks should resume next month.", "03"),
    ("The US urged Iran to release the hostages.", "02"),
    ("The rebels released 20 hostages on Monday.", "084"),
    ("Cominco Ltd and Lornex Mining Corp agreed to form a joint venture.", "03"),
    ("Iraqi jets attacked Iranian oil installations on Monday.", "19"),
    ("Iran rejected the UN offer of talks.", "12"),
    ("Human Rights Watch investigated abuses by the Mexican army.", "09"),
    ("Honduran prosecutors charged the gang leader with murder on Monday.", "17"),
    ("Iran offered to mediate between Iraq and Syria.", "03"),
    ("The union agreed to end the strike at the Bendix plant.", "03"),
    ("The United States provided Colombia with 300 mln dlrs in military aid last year.", "07"),
    ("The Colombian government allowed the Red Cross to visit the prisoners.", "04"),
])
def test_real_events_kept(analyse, text: str, present: str) -> None:
    assert any(c.startswith(present) for c in cameos(analyse, text))


def test_company_supply_promise_is_material_cooperation(analyse) -> None:
    found = cameos(analyse, "Boeing Co said it will supply 20 jets to Japan Air Lines Co under a new contract.")
    assert "033" not in found
    assert "031" in found


@pytest.mark.parametrize(("text", "cameo", "modality"), [
    # a threat followed up or carried out is done, not planned
    ("In late March, President Donald Trump followed up on his threat to suspend US aid to Honduras.", "16",
     "asserted"),
    # the same noun with no fulfilment stays a plan
    ("President Donald Trump renewed his threat to suspend US aid to Honduras.", "16", "intended"),
    # a plan placed ahead stays a plan
    ("The minister plans to sign the accord during his visit to Moscow next week.", "05", "intended"),
])
def test_modality(analyse, text: str, cameo: str, modality: str) -> None:
    found = [e for e in events(analyse, text) if e.cameo.startswith(cameo)]
    assert found
    assert all(e.modality == modality for e in found)


def test_duty_is_to_come(analyse) -> None:
    found = [e for e in events(analyse, "The agreement requires Iran to release the American hostages.")
             if e.cameo.startswith("08")]
    assert all(e.modality == "intended" for e in found)


def test_talks_prepared_are_to_come(analyse) -> None:
    found = [e for e in events(analyse, "A Japanese trade team is already in Washington laying the groundwork for "
                                         "talks between Kuroda and U.S. Trade Representative Clayton Yeutter.")
             if e.cameo.startswith("04")]
    assert found
    assert all(e.modality == "intended" for e in found)


def test_trip_under_way_not_intended(analyse) -> None:
    found = [e for e in events(analyse, "South Korean Trade Minister Rah Woon Bae said Korean firms have agreed "
                                         "to buy U.S. goods during his two-week buying trip to the United States.")
             if e.cameo.startswith("04")]
    assert found
    assert all(e.modality != "intended" for e in found)


def test_according_to_ends_at_a_missed_sentence_end(analyse) -> None:
    text = ('According to the Treasury\'s press release: Diego Rastrojo was ""the main source of supply for '
            'numerous loads of cocaine smuggled into the US, owning airborne and maritime cocaine shipments '
            'destined for the US through Venezuela to Guatemala, Honduras, and Mexico."" The Rastrojos\' two '
            'other main leaders, Javier Calle Serna and his brother Luis Calle Serna, both surrendered to US '
            'authorities last year.')
    found = [e for e in events(analyse, text) if e.cameo.startswith("08")]
    assert found
    assert all(e.modality == "asserted" for e in found)
