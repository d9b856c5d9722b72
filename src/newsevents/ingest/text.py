"""Plain-text articles: the first non-empty line is the title (lede), the rest the body."""

from __future__ import annotations

import codecs
from datetime import date

from ..errors import Code, InputError
from ..model import Article


def decode_text(data: bytes, where: str, max_chars: int) -> str:
    """Bytes -> text, refusing what is not an article: empty, binary, not UTF-8 (or UTF-16 with a BOM, as
    Windows editors save "Unicode" text), too long."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return _decode_utf16(data, where, max_chars)
    if not data.strip():
        raise InputError(Code.E002, where)
    if b"\x00" in data[:8192]:
        raise InputError(Code.E003, where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Code.E004, where, f"byte 0x{data[exc.start]:02x} at offset {exc.start}") from None
    if len(text) > max_chars:
        raise InputError(Code.E005, where, f"{len(text):,} characters > {max_chars:,}")
    return text.replace("\r\n", "\n")


def _decode_utf16(data: bytes, where: str, max_chars: int) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise InputError(Code.E004, where, f"UTF-16 file with an invalid code unit at byte {exc.start}; "
                         "save it as UTF-8") from None
    if "\x00" in text[:4096]:  # a UTF-32 BOM (FF FE 00 00) or binary data that starts like a UTF-16 BOM
        raise InputError(Code.E003, where)
    if not text.strip():
        raise InputError(Code.E002, where)
    if len(text) > max_chars:
        raise InputError(Code.E005, where, f"{len(text):,} characters > {max_chars:,}")
    return text.replace("\r\n", "\n")


def article_from_text(text: str, id: str, published: date | None, origin: str) -> Article:
    """An Article whose analysed text is the file as read; its first line is the title."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(id=id, text=text, title=title, published=published, origin=origin)
