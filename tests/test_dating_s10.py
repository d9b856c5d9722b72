"""Event dates, tenth round: a date phrase that belongs to another clause or act is not the event's (a
day right after a decision the event reacts to, a clause set off by a dash, the meeting a cause noun is
told beside); a trip's own days ("to visit Japan for talks between May 2-9", "pays a visit to attend
ceremonies on Friday" in a coming time clause) date it, forward; the standing claims of a filed document
("the suit charges", "a lawsuit that alleges") date with the filing, undated when the text does not say
when it was filed; an act at a gathering told as the last one is background."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY as DAY
from conftest import date_in_clause, date_of
from newsevents.events.dating import event_date

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).




def test_a_suit_s_charge_is_undated_when_the_filing_is_not_told(nlp: Language) -> None:
    text = "The suit charges the broker with churning the pension fund's accounts."
    assert date_of(nlp, text, "charges") == (None, "unknown")


def test_a_suit_s_charge_takes_the_filing_year(nlp: Language) -> None:
    text = "The lawsuit, filed in 2009, charges the broker with churning the pension fund's accounts."
    assert date_of(nlp, text, "charges") == ("2009", "explicit")


def test_a_suit_s_charge_takes_the_day_of_the_filing_told_before(nlp: Language) -> None:
    text = ("The city of Leeds filed a lawsuit against the bus operator yesterday. The suit charges the "
            "operator with breaking its franchise.")
    assert date_of(nlp, text, "charges") == ("2018-03-13", "relative")


def test_a_suit_that_will_seek_damages_is_no_standing_claim(nlp: Language) -> None:
    text = "The union said its suit will seek damages from the mine owner."
    assert date_of(nlp, text, "seek") == ("2018-03-14", "publication")


def test_a_present_reaction_to_yesterday_s_decision_is_of_the_story_s_day(nlp: Language) -> None:
    text = ("The bankers' association said it strongly welcomes the decision yesterday by the finance "
            "committee to lift the cap on deposits.")
    assert date_of(nlp, text, "welcomes") == ("2018-03-14", "publication")


def test_a_dated_clause_after_a_dash_is_its_own(nlp: Language) -> None:
    text = ("He criticized the attitude of the outgoing cabinet in the currency talks -- the lira was "
            "devalued by six pct last August.")
    assert date_of(nlp, text, "criticized") == ("2018-03-14", "publication")


def test_a_cause_noun_does_not_take_the_meeting_s_day(nlp: Language) -> None:
    text = ("The central bank is unlikely to change interest rates at its board meeting on Thursday "
            "because of the pay negotiations between the employers and the unions, economists said.")
    assert date_in_clause(nlp, text, "negotiations") == ("2018-03-14", "publication")


def test_a_trip_for_talks_between_two_days_starts_on_the_first(nlp: Language) -> None:
    text = ("The trade minister, who is due to visit Brazil for talks between May 2-9, said he will ask "
            "for lower tariffs.")
    assert date_in_clause(nlp, text, "visit") == ("2018-05-02", "explicit")


def test_a_visit_in_a_coming_time_clause_is_on_the_coming_friday(nlp: Language) -> None:
    text = ("The president is likely to meet the prime minister when he pays a two-day visit to Lima to "
            "attend the summit on Friday, officials said.")
    assert date_in_clause(nlp, text, "attend") == ("2018-03-16", "relative")
    assert date_in_clause(nlp, text, "visit") == ("2018-03-16", "relative")


def test_a_boycott_of_the_last_meeting_is_background(nlp: Language) -> None:
    text = "The dispute caused an Egyptian boycott of the league's last annual meeting in Tunis."
    assert date_in_clause(nlp, text, "boycott") == (None, "unknown")


def test_a_boycott_of_this_week_s_meeting_keeps_its_day(nlp: Language) -> None:
    text = "The dispute caused an Egyptian boycott of the league's meeting in Tunis on Monday."
    assert date_in_clause(nlp, text, "boycott") == ("2018-03-12", "relative")


def test_terms_under_an_accord_are_undated_when_its_day_is_not_told(nlp: Language) -> None:
    text = "Under the Geneva accords, the four countries agreed to keep their currencies stable."
    assert date_of(nlp, text, "agreed") == (None, "unknown")


def test_terms_under_an_accord_take_the_day_it_was_signed(nlp: Language) -> None:
    text = ("Norway and Iceland signed a fisheries accord yesterday in Oslo. Under the accord, Iceland "
            "agreed to cut its herring catch.")
    assert date_of(nlp, text, "agreed") == ("2018-03-13", "relative")


def test_terms_under_an_accord_take_the_accord_s_day_told_before(nlp: Language) -> None:
    text = ("Finance ministers met in Rome to review the January 9 Geneva accords. Under the accords, the "
            "four countries agreed to keep their currencies stable.")
    assert date_of(nlp, text, "agreed") == ("2018-01-09", "explicit")


def test_a_measure_imposed_from_a_month_and_year_takes_that_month(nlp: Language) -> None:
    text = "The government imposed duties on imported steel from June 2011, trade officials said."
    assert date_of(nlp, text, "imposed") == ("2011-06", "explicit")


def test_a_condemnation_does_not_take_the_day_of_the_killing(nlp: Language) -> None:
    text = ("The chief minister strongly condemned the killing of two traders in Imphal on March 9 by "
            "unidentified gunmen.")
    assert date_of(nlp, text, "condemned") == ("2018-03-14", "publication")


def test_a_shootout_a_killing_happened_in_takes_its_day(nlp: Language) -> None:
    text = ("Two militants were killed in separate incidents of shootout between their comrades and "
            "police in Khulna District on March 12, reports UNB.")
    assert date_in_clause(nlp, text, "shootout") == ("2018-03-12", "explicit")


def test_a_phrase_counted_from_the_time_just_told_reads_against_it(nlp: Language) -> None:
    text = ("Rebels attacked an army convoy near the border on March 2. Two days later, the army attacked "
            "the rebel camp.")
    doc = nlp(text)
    tok = [t for t in doc if t.text == "attacked"][-1]
    result = event_date(tok, [tok], DAY, False)
    assert (result.date, result.date_basis) == ("2018-03-04", "relative")


def test_a_counted_phrase_with_no_time_told_before_is_not_the_publication_day(nlp: Language) -> None:
    text = "Two days later, the army attacked the rebel camp."
    assert date_of(nlp, text, "attacked") == (None, "relative")


def test_a_headline_act_takes_the_day_the_lede_gives_it() -> None:
    from newsevents.model import Article
    from newsevents.pipeline import get_pipeline

    article = Article(id="h1", title="Chilean Trade Mission To Visit Argentina",
                      text="A Chilean trade mission led by the economy minister will visit Argentina "
                           "tomorrow for talks on border tariffs, officials said.", published=DAY)
    result = get_pipeline().analyse(article)
    dates = {m.date for e in result.events for m in e.mentions if m.trigger.lower() == "visit"}
    assert dates == {"2018-03-15"}


def test_a_meeting_in_a_when_clause_after_a_date_takes_that_date(nlp: Language) -> None:
    text = ("The minister said he saw no need for new measures before the 12th of May, when our next "
            "meeting will take place.")
    assert date_of(nlp, text, "meeting", future=True) == ("2018-05-12", "explicit")


def test_an_act_after_a_clause_dated_this_year_is_this_year(nlp: Language) -> None:
    # session 18: the act came after a time in the story's own year and before the story, so in that year
    text = ("Chile and Peru agreed to curb their copper exports after the minister visited them earlier this "
            "year.")
    assert date_of(nlp, text, "agreed") == ("2018", "relative")


def test_an_appeal_for_the_coming_years_is_of_the_story_s_day(nlp: Language) -> None:
    text = "The finance minister urged parliament to back the bank's funding requests in the next two fiscal years."
    assert date_of(nlp, text, "urged") == ("2018-03-14", "publication")


def test_a_claimed_attack_keeps_its_day_phrase_with_no_publication_date(nlp: Language) -> None:
    # a digest with no publication date: the phrase is reported, and no year is guessed for it
    text = ("The rebel front claimed responsibility for Friday (June 3) nights bomb attack on Assam Rifles "
            "troopers in Imphal, reports The Sentinel.")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "attack")
    result = event_date(tok, [tok], None, False)
    assert result.date is None and result.date_text in {"Friday", "June 3"}


def test_a_coordinated_cause_noun_does_not_take_the_meeting_s_day(nlp: Language) -> None:
    text = ("Because of the oil price and the pay negotiations between the employers and the unions, the "
            "central bank is unlikely to change rates at its board meeting on Thursday, economists said.")
    assert date_in_clause(nlp, text, "negotiations") == ("2018-03-14", "publication")


def test_a_conviction_for_an_older_murder_does_not_take_its_year(nlp: Language) -> None:
    text = "The gunman was convicted of the 2009 murder of a local journalist, court officials said."
    assert date_of(nlp, text, "convicted") != ("2009", "explicit")


def test_a_lawsuit_against_a_party_that_alleges_is_the_lawsuit_s_claim(nlp: Language) -> None:
    text = ("The judge ruled that the utility could pursue its lawsuit against Halden Gas that alleges the "
            "company is trying to gain control of its pipeline system.")
    assert date_of(nlp, text, "alleges") == (None, "unknown")


def test_a_promise_is_not_dated_by_the_talks_it_promises(nlp: Language) -> None:
    text = "The European Commission answered the farmers' protest by promising new talks in June."
    assert date_of(nlp, text, "promising") == ("2018-03-14", "publication")
