from __future__ import annotations

import pytest

from newsevents.actors.merge import names_compatible, similar_word


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Bennet", "Bennett", True),
    ("Mr. Bennett", "Naftali Bennett", True),
    ("Naftali Bennet", "Naftali Bennett", True),
    ("Vladimir Zelensky", "Volodymyr Zelensky", True),
    ("Volodymyr Zelenskyy", "Zelensky", True),
    ("Vladimir Putin", "Vladimir Zelensky", False),
    ("Joe Biden", "Hunter Biden", False),
    ("Kim", "Kim Jong Un", False),  # surname-first: "Kim" is not the last name token
    ("Lee", "Li", False),
    ("Abe", "Abbe", False),  # short names must match exactly
])
def test_names_compatible(a: str, b: str, same: bool) -> None:
    assert names_compatible(a, b) is same


def test_similar_word_needs_same_initial() -> None:
    assert not similar_word("kennett", "bennett")
