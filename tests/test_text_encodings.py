"""Plain-text articles saved as UTF-16 with a BOM (Windows "Unicode" text) are read like UTF-8 ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import Code, InputError
from newsevents.ingest import read_path
from newsevents.model import Article

TEXT = "Talks in Geneva\r\nIran and the IAEA agreed on Monday to resume inspections, officials said.\r\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    raw = TEXT.encode(encoding)
    if encoding != "utf-16":  # the explicit-endian codecs write no BOM: add the right one
        raw = ("\ufeff" + TEXT).encode(encoding)
    path = tmp_path / "story.txt"
    path.write_bytes(raw)
    [item] = list(read_path(path))
    assert isinstance(item, Article)
    assert item.text == TEXT.replace("\r\n", "\n") and item.title == "Talks in Geneva"


def test_utf16_without_a_bom_is_still_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    [item] = list(read_path(path))
    assert isinstance(item, InputError) and item.code is Code.E003


def test_broken_utf16_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffIran".encode("utf-16-le") + b"\x00\xd8")  # a lone high surrogate at the end
    [item] = list(read_path(path))
    assert isinstance(item, InputError) and item.code is Code.E004 and "story.txt" in str(item)


def test_utf32_or_binary_behind_a_utf16_bom_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xff\xfe\x00\x00binary")  # the UTF-32 LE BOM starts like UTF-16's
    [item] = list(read_path(path))
    assert isinstance(item, InputError) and item.code is Code.E003
