"""Business-news senses of event words (event_triggers.csv "-" rows) and "unable to" (modality_rules.csv):
each with a sentence where the word still reports its event."""

from __future__ import annotations

import pytest


def codes(result) -> list[str]:
    return [e.cameo for e in result.events]


@pytest.mark.parametrize("text", [
    "Acme Corp said its shares now meet the listing requirements of the Nasdaq exchange.",
    "The Bank of Japan said the company met its profit targets.",
    "The firm must demonstrate compliance with the rules of the Securities and Exchange Commission.",
    "The Japanese yen appreciated against the U.S. dollar after the Bank of Japan intervened.",
    "The West German mark appreciated by three pct against the French franc.",
    "Spain Raises Call Money Rates On Higher Demand",
    "Senator Jake Garn said he and Senator William Proxmire agree on the need for new banking legislation.",
    "Brazilian businessmen seized the opportunity to tell President Jose Sarney that Funaro should resign.",
    "General Motors of Canada said it will hold a news conference at its Quebec plant today.",
    "Selas Corp said it will appeal the ruling of the federal court.",
    "Criticism of George Shultz had been muted until the release of the Tower Commission report.",
    "The settlement with the union called for wages to rise by three pct a year.",
    "The plan calls for the sale of 20 pct of the company to Japanese investors.",
])
def test_business_senses_report_no_event(analyse, text: str) -> None:
    found = [c for c in codes(analyse(text, "1987-03-04")) if c[:2] in {"02", "03", "04", "05", "08", "14", "17"}]
    assert not found, found


@pytest.mark.parametrize(("text", "root"), [
    ("Japanese Prime Minister Yasuhiro Nakasone met U.S. President Ronald Reagan in Washington.", "04"),
    ("Thousands of workers demonstrated against the government in Seoul.", "14"),
    ("President Hosni Mubarak said Egypt appreciated Israel.", "05"),
    ("Iran agreed with Iraq to exchange prisoners of war.", "03"),
    ("Police seized the property of the Medellin cartel.", "17"),
    ("Israel appealed to Egypt for help.", "02"),
    ("Senator Lloyd Bentsen called on Japan to cut its interest rates.", "02"),
    ("Japan held talks with China in Peking.", "04"),
    ("Iraq released two Iranian prisoners of war.", "08"),
])
def test_the_political_sense_stays(analyse, text: str, root: str) -> None:
    assert any(c.startswith(root) for c in codes(analyse(text, "1987-03-04"))), codes(analyse(text, "1987-03-04"))


def test_unable_to_agree_is_negated(analyse) -> None:
    result = analyse("France and West Germany were unable to agree with Britain on farm prices.", "1987-03-04")
    agreed = [e for e in result.events if e.cameo.startswith("03")]
    assert agreed and all(e.negated for e in agreed)
    plain = analyse("France and West Germany agreed with Britain on farm prices.", "1987-03-04")
    assert any(e.cameo.startswith("03") and not e.negated for e in plain.events)
