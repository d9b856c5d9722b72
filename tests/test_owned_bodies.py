"""A shared body name ("Congress") owned by the country the text names right before it ("Peru's Congress",
"Brazil's Congress") is that country's body, whatever the story's home or the metonym table say."""
from typing import Any

import pytest

from conftest import code_of


@pytest.mark.parametrize(("text", "code"), [
    ("Peru's Congress rejected the tax bill on Tuesday.", "PERLEG"),
    ("WASHINGTON - Brazil's Congress voted to impeach the president on Sunday.", "BRALEG"),
    ("The U.S. Congress rejected the tax bill on Tuesday.", "USALEG"),
    ("Congress rejected the tax bill on Tuesday, the White House said.", "USALEG"),
])
def test_a_named_owner_decides_a_shared_body_name(analyse: Any, text: str, code: str) -> None:
    assert code_of(analyse(text, "2016-05-04"), "Congress" if "U.S." not in text else "U.S. Congress") == code


def test_an_owner_with_no_such_body_leaves_the_table_code(analyse: Any) -> None:
    # No national_bodies row says Japan's parliament is called "Congress": the possessive proves nothing.
    result = analyse("Japan's Congress of Trade Unions called a strike on Tuesday.", "2016-05-04")
    assert all((e.actor.code if e.actor else "") != "JPNLEG" for e in result.entities)
