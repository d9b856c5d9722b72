"""A bracketed short form the tables know as another body with the same initials is the article's own body:
"Syrian Arab Army (SAA)" is no South African Airways; a body the article names in full or spells another
way keeps the table's code."""

from __future__ import annotations

from conftest import code_of


def test_short_form_of_another_body_with_the_same_initials_is_the_articles_own(analyse) -> None:
    result = analyse("The Syrian Arab Army (SAA) launched an offensive near Hama on Monday. The SAA shelled "
                     "rebel positions on Tuesday.", "2016-05-04")
    assert code_of(result, "Syrian Arab Army") == "SYRMIL"


def test_bank_named_in_full_is_not_the_other_development_bank(analyse) -> None:
    result = analyse("The African Development Bank (ADB) approved a loan of 40 mln dlrs to Kenya on Monday.",
                     "1987-04-02")
    assert code_of(result, "African Development Bank") == "IGOAFRDEVAFB"


def test_the_body_the_tables_know_keeps_its_code(analyse) -> None:
    result = analyse("South African Airways (SAA) said it would cut 500 jobs. The SAA also said it would sell "
                     "two jets.", "2016-05-04")
    assert code_of(result, "South African Airways") == "ZAFBUS"


def test_a_british_spelling_of_a_known_body_keeps_its_code(analyse) -> None:
    result = analyse("The International Coffee Organisation (ICO) council met in London on Monday. The ICO "
                     "failed to agree on export quotas.", "1987-04-02")
    assert code_of(result, "ICO") == "IGOAGRICO"


def test_a_countrys_department_written_its_own_way_keeps_the_tables_code(analyse) -> None:
    result = analyse("The U.S. Department of Agriculture (USDA) said on Monday that the USDA would buy more "
                     "cheese.", "1987-04-02")
    assert code_of(result, "U.S. Department of Agriculture") == "USAGOVAGR"
