"""Phone numbers as leads hold them: several in one field, typed nationally or not, with or without country.

Read by ``phonenumbers``, the library behind Odoo's phone_validation; compared as national numbers, so that a
lead without country and one with it find each other.
"""

import functools
import hashlib
import re
from pathlib import Path

import phonenumbers

PHONE_KEY_DIGITS = 9
"""Length of the key by which candidates are looked up (:func:`phone_keys`): the last digits of the national
number, the whole number in most countries (Singapore's 8-digit numbers and Belgian landlines are keyed
whole). Leads often lack a country, and then a number typed nationally cannot be given its calling code:
the key leaves it out, so that "+62 812-3456-7890" and "0812 3456 7890" give one key whether the country is
known or not. Keeping only the last digits also absorbs a calling code typed without "+" on a lead without
country. The price is that the same national number in two countries gives one key, which is rare among one
company's leads; :func:`same_phone_number` then compares the whole numbers."""

MIN_PHONE_DIGITS = 6
"""A national number with fewer digits is an extension, a typo or a placeholder, not a phone number."""

_NOT_DIGIT = re.compile(r"\D+")
_ZERO_IN_PARENTHESES = re.compile(r"\(\s*0\s*\)")
# What follows a number, set apart from it: words in parentheses ("(kantor)", "(WA 24 jam)"), or words after a
# space or a stop ("WA", "werk"). phonenumbers would read their letters as a vanity number's ("kantor" as
# 526867) and their digits as the number's. Letters joined to the number by a hyphen are the number's own
# ("+1-800-FLOWERS", "0800-CALL-NOW").
_TRAILING_PARENTHESES = re.compile(r"\s*\([^()]*\)\s*$")
_AFTER_LAST_DIGIT = re.compile(r"(?<=\d)(?=[\s(.,;:])\D*$")
_EXTENSION = re.compile(r"(?:ext\.?|extension|toestel|tst\.?|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)
# What people put between two numbers typed in one field: "0812 1111 2222 / 0813 3333 4444", "... atau ...".
_PHONE_SEPARATORS = re.compile(r"([/;,|]|\b(?:or|atau|of|and|dan|en)\b)", re.IGNORECASE)


NATIONAL_NUMBERS_CACHED = 20000
"""Numbers as typed whose national number is kept (:func:`_national_number`), per process: reading a number
with ``phonenumbers`` is most of the time of making a lead's key, and Similar Leads reads the same
candidates' numbers again and again."""


@functools.lru_cache(maxsize=NATIONAL_NUMBERS_CACHED)
def _national_number(number: str | None, country_code: str | None) -> str:
    """Return the national number of a phone number as typed, digits only, without calling code and trunk
    prefix ("+62 812-3456-7890", "0062 812 3456 7890" and, for "ID", "0812 3456 7890" give "81234567890");
    "" when fewer than :data:`MIN_PHONE_DIGITS` digits remain. Extensions ("ext. 12", "toestel 12") and
    words before or after the number ("HP: ...", "... (kantor)") are ignored.

    The number is read by ``phonenumbers`` (the library behind Odoo's phone_validation) in the lead's
    country: it knows every country's calling code and trunk prefix. A number typed nationally on a lead
    without country cannot be read so; its trunk "0", the commonest, is dropped instead.
    """
    if not number:
        return ""
    text = _AFTER_LAST_DIGIT.sub("", _TRAILING_PARENTHESES.sub("", number))
    if len(_NOT_DIGIT.sub("", text)) < MIN_PHONE_DIGITS:
        # the parentheses held the number ("Kantor (021 555 1234)")
        text = number
    text = _EXTENSION.sub("", _ZERO_IN_PARENTHESES.sub("", text))
    digits = _NOT_DIGIT.sub("", text)
    if digits.startswith("00") and "+" not in text:
        text = "+" + digits[2:]
    try:
        parsed = phonenumbers.parse(text, (country_code or "").upper() or None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed and parsed.national_number:
        national = "0" * (parsed.number_of_leading_zeros or 0) if parsed.italian_leading_zero else ""
        national += str(parsed.national_number)
    else:
        national = digits.removeprefix("0")
    return national if len(national) >= MIN_PHONE_DIGITS else ""


def phone_numbers(field_text: str | None, country_code: str | None = None) -> tuple[tuple[str, str], ...]:
    """Return ``(national number, number as typed)`` of each number of a phone field, in order, each once.

    People type several numbers into one field: "0812 1111 2222 / (021) 555-1234", "0812 1111 2222 atau
    0813 3333 4444". The field is split at "/", ";", ",", "|" and the words "or", "atau", "of", "and", "dan",
    "en", but a part too short to be a number stays with the next one: "0475/12.34.56" (a Belgian way of
    writing one number) is one number, while an extension after a number ("..., toestel 12") is left out. The
    national number leaves out calling code and trunk prefix (:func:`_national_number`).
    """
    pieces = _PHONE_SEPARATORS.split(field_text or "")
    parts = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if 0 < len(_NOT_DIGIT.sub("", parts[-1])) < MIN_PHONE_DIGITS:
            # an area code before its number ("0475/12.34.56", "020 / 1234567"), not a number of its own
            parts[-1] += separator + piece
        else:
            parts.append(piece)
    found = {}
    for text in parts:
        national = _national_number(text, country_code)
        if national and national not in found:
            found[national] = text.strip()
    return tuple(found.items())


def phone_keys(field_text: str | None, country_code: str | None = None) -> tuple[tuple[str, str], ...]:
    """Return ``(key, number as typed)`` of each number of a phone field (see :func:`phone_numbers`), in
    order, each key once: the key, by which candidates are looked up, is the last :data:`PHONE_KEY_DIGITS`
    digits of the national number."""
    found = {}
    for national, text in phone_numbers(field_text, country_code):
        found.setdefault(phone_key(national), text)
    return tuple(found.items())


def phone_key(national: str) -> str:
    """Return the key of a national number (see :func:`phone_numbers`) by which candidates are looked up: its
    last :data:`PHONE_KEY_DIGITS` digits."""
    return national[-PHONE_KEY_DIGITS:]


def same_phone_number(left: str, right: str) -> bool:
    """Tell whether two national numbers (see :func:`phone_numbers`) are one number.

    Equal numbers are; so is a number that ends another of at least :data:`PHONE_KEY_DIGITS` digits: the
    longer one kept a calling code typed without "+" on a lead without country ("6281234567890" /
    "81234567890"). Numbers that only share their last digits ("81234567890" / "85234567890", two mobile
    prefixes) are not.
    """
    if left == right:
        return True
    shorter, longer = sorted((left, right), key=len)
    return len(shorter) >= PHONE_KEY_DIGITS and longer.endswith(shorter)


def parser_fingerprint() -> str:
    """Return what the keys of :func:`phone_keys` depend on besides the numbers and countries they are read
    from: the version of ``phonenumbers`` (its metadata: calling codes, trunk prefixes, number lengths) and
    this module's own source. Keys stored with another fingerprint may be stale and are to be computed again.
    A change of this module that gives the same keys (a comment) changes the fingerprint too: computing the
    keys again then writes nothing."""
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"phonenumbers {phonenumbers.__version__}, phones.py {source}"
