"""Doers named in the sentence but read by no source reader (events/sources.py): a company's name the parser
hung under its stock ticker, a body named by the one heading it, a government named by its leader. All
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-24"


# -- 1. "Komatsu Ltd <KOMT.T> is negotiating": the company, not the ticker -------------------------------------

def test_company_before_its_ticker_is_the_subject(analyse: Analyse) -> None:
    result = analyse("Nissan Motor Co Ltd <NSAN.T> is negotiating a joint venture with Poland to assemble small "
                     "cars there, a Nissan spokesman said.", DAY)
    assert readings(result, "negotiating") == {("JPNBUS", "POLGOV")}


def test_a_ticker_in_the_object_leaves_the_subject_alone(analyse: Analyse) -> None:
    result = analyse("Poland is negotiating a joint venture with Komatsu Ltd <KOMT.T>, officials said.", DAY)
    assert readings(result, "negotiating") == {("POLGOV", "JPNBUS")}


# -- 2. "the bank committee, headed by Chase Manhattan": the one heading it -----------------------------------

def test_committee_headed_by_a_bank_acts_as_the_bank(analyse: Analyse) -> None:
    result = analyse("The creditor committee, headed by Chase Manhattan, had been pressing Argentina to pay "
                     "interest.", DAY)
    assert readings(result, "pressing") == {("USABUS", "ARGGOV")}


def test_committee_with_no_head_named_stays_empty(analyse: Analyse) -> None:
    result = analyse("The committee had been pressing Argentina to pay interest.", DAY)
    assert readings(result, "pressing") == {(None, "ARGGOV")}


def test_consortium_led_by_a_company_acts_as_the_company(analyse: Analyse) -> None:
    result = analyse("A consortium led by Chase Manhattan urged Peru to resume payments.", DAY)
    assert readings(result, "urged") == {("USABUS", "PERGOV")}


# -- 3. "the Fidel Castro government": the leader's country's government ----------------------------------------

def test_government_named_by_its_leader_is_his_countrys(analyse: Analyse) -> None:
    result = analyse("When Mexico and Cuba broke off relations, the Fidel Castro government requested that "
                     "Juan Garcia Abrego leave the island.", DAY)
    assert {s for s, _ in readings(result, "requested")} == {"CUBGOV"}


def test_government_named_by_its_leader_in_an_undated_story(analyse: Analyse) -> None:
    result = analyse("The Fidel Castro government urged Venezuela to expel the diplomat.")
    assert readings(result, "urged") == {("CUBGOV", "VENGOV")}
