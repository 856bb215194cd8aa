"""Phone numbers as leads hold them: read in the lead's country, several in one field, compared whole."""

from pathlib import Path

import phonenumbers
import pytest

from crm_lead_convert.core import phones
from crm_lead_convert.core.phones import phone_keys, phone_numbers, same_phone_number


@pytest.mark.parametrize(
    ("number", "country_code", "expected"),
    [
        # Indonesia.
        ("+62 812-3456-7890", None, "81234567890"),
        ("+62 812-3456-7890", "NL", "81234567890"),
        ("+62 (0)812 3456 7890", None, "81234567890"),
        ("+62 0812 3456 7890", None, "81234567890"),
        ("0062 812 3456 7890", None, "81234567890"),
        ("0812 3456 7890", "ID", "81234567890"),
        ("0812 3456 7890", "id", "81234567890"),
        ("62 812 3456 7890", "ID", "81234567890"),
        ("(021) 555-1234", "ID", "215551234"),
        ("0812 3456 7890", None, "81234567890"),
        ("(021) 555-1234", None, "215551234"),
        # Netherlands and Belgium.
        ("+31 (0)6 12345678", None, "612345678"),
        ("+31 6 12345678", None, "612345678"),
        ("0031 6 1234 5678", None, "612345678"),
        ("06-12345678", "NL", "612345678"),
        ("06-12345678", "nl", "612345678"),
        ("0313 123456", "NL", "313123456"),
        ("Tel: +31 20 123 4567 ext. 12", None, "201234567"),
        ("020-1234567 toestel 12", "NL", "201234567"),
        ("+32 2 123 45 67", None, "21234567"),
        ("02 123 45 67", "BE", "21234567"),
        # Other countries.
        ("030 1234567", "DE", "301234567"),
        ("+44 (0)20 7946 0958", None, "2079460958"),
        ("020 7946 0958", "GB", "2079460958"),
        ("(212) 555-1234", "US", "2125551234"),
        ("1 212 555 1234", "US", "2125551234"),
        ("9123 4567", "SG", "91234567"),
        ("012-345 6789", "MY", "123456789"),
        ("(02) 9374 4000", "AU", "293744000"),
        ("01 23 45 67 89", "FR", "123456789"),
        # Any calling code, without the "(0)" of the trunk prefix.
        ("+7 495 123-45-67", None, "4951234567"),
        ("+353 (0)1 234 5678", None, "12345678"),
        # Every country that phonenumbers knows.
        ("090-1234-5678", "JP", "9012345678"),
        # What the number is, written before or after it: not read as a vanity number's letters.
        ("+62 21 7816 9356 (kantor)", None, "2178169356"),
        ("021-7816 9356 (kantor)", "ID", "2178169356"),
        ("0812 3456 7890 (WA)", "ID", "81234567890"),
        ("HP: +62 812 3456 7890", None, "81234567890"),
        ("014-998 7311 (mobile)", "MY", "149987311"),
        ("+31 20 123 4567 (werk)", None, "201234567"),
        ("020-1234567 toestel 12 (receptie)", "NL", "201234567"),
        ("0812 3456 7890 (WA 24 jam)", "ID", "81234567890"),
        ("06-12345678 (na 18:00)", "NL", "612345678"),
        ("Kantor (021 555 1234)", "ID", "215551234"),
        # Letters joined to the number are its own: a vanity number.
        ("+1-800-FLOWERS", None, "8003569377"),
        ("0800-CALL-NOW", "NL", "8002255669"),
        # Too short.
        ("12345", None, ""),
        ("+62 12345", None, ""),
        ("0812", "ID", ""),
        ("n/a", None, ""),
        ("", "ID", ""),
        (None, None, ""),
    ],
)
def test_national_number(number, country_code, expected):
    """Calling code and trunk prefix left out, however typed, in the lead's country or none."""
    assert [national for national, _typed in phone_numbers(number, country_code)] == (
        [expected] if expected else []
    )


@pytest.mark.parametrize(
    ("left", "left_country", "right", "right_country", "expected"),
    [
        ("+62 812-3456-7890", None, "0812 3456 7890", None, "234567890"),
        ("+62 812-3456-7890", "ID", "0812 3456 7890", None, "234567890"),
        ("6281234567890", None, "081234567890", "ID", "234567890"),
        ("+31 (0)6 12345678", None, "06-12345678", None, "612345678"),
        ("+31 20 123 4567", "NL", "020 123 4567", None, "201234567"),
        ("(021) 555-1234", None, "+62 21 5551234", None, "215551234"),
        ("+44 20 7946 0958", None, "020 7946 0958", None, "079460958"),
        ("+65 9123 4567", None, "9123 4567", None, "91234567"),
        ("+65 9123 4567", None, "9123 4567", "SG", "91234567"),
        ("+32 2 123 45 67", None, "02 123 45 67", None, "21234567"),
        ("+1 (212) 555-1234", None, "1 212 555 1234", None, "125551234"),
        ("555 1234", None, "555-1234", "ID", "5551234"),
    ],
)
def test_phone_key_same_number(left, left_country, right, right_country, expected):
    assert phone_keys(left, left_country)[0][0] == expected
    assert phone_keys(right, right_country)[0][0] == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("+62 812-3456-7890", "+62 812-3456-7891"),
        ("06-12345678", "06-12345687"),
        ("0812 3456 7890", "0813 3456 7890"),
    ],
)
def test_phone_key_different_numbers(left, right):
    assert phone_keys(left) != phone_keys(right)


@pytest.mark.parametrize(
    ("field_text", "country_code", "expected"),
    [
        ("0812 1111 2222", "ID", (("211112222", "0812 1111 2222"),)),
        (
            "0812 1111 2222 / 0813 3333 4444",
            "ID",
            (("211112222", "0812 1111 2222"), ("333334444", "0813 3333 4444")),
        ),
        (
            "0812 1111 2222 atau (021) 555-1234",
            None,
            (("211112222", "0812 1111 2222"), ("215551234", "(021) 555-1234")),
        ),
        ("06-12345678 of 020-1234567", "NL", (("612345678", "06-12345678"), ("201234567", "020-1234567"))),
        ("+62 812-1111-2222; 0812 1111 2222", None, (("211112222", "+62 812-1111-2222"),)),
        ("+31 20 123 4567, toestel 12", None, (("201234567", "+31 20 123 4567"),)),
        # an area code before a slash belongs to its number (Belgium, the Netherlands)
        (
            "0475/12.34.56 / 0486/12.34.56",
            "BE",
            (("475123456", "0475/12.34.56"), ("486123456", "0486/12.34.56")),
        ),
        ("n/a", None, ()),
        ("", None, ()),
        (None, None, ()),
    ],
)
def test_phone_keys(field_text, country_code, expected):
    assert phone_keys(field_text, country_code) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("81234567890", "81234567890", True),
        # a calling code typed without "+" on a lead without country
        ("6281234567890", "81234567890", True),
        # two mobile prefixes: only the last digits agree
        ("81234567890", "85234567890", False),
        # too short to tell the calling code from the number
        ("1234567", "621234567", False),
    ],
)
def test_same_phone_number(left, right, expected):
    assert same_phone_number(left, right) is expected
    assert same_phone_number(right, left) is expected


def test_parser_fingerprint_follows_phonenumbers_and_the_module(monkeypatch, tmp_path):
    """The stored phone keys are computed again when phonenumbers or this module's reading changes."""
    fingerprint = phones.parser_fingerprint()
    assert fingerprint == phones.parser_fingerprint()
    assert phonenumbers.__version__ in fingerprint
    monkeypatch.setattr(phonenumbers, "__version__", "0.0.1")
    assert phones.parser_fingerprint() != fingerprint
    monkeypatch.undo()
    changed = tmp_path / "phones.py"
    changed.write_text(Path(phones.__file__).read_text(encoding="utf-8") + "# another reading\n")
    monkeypatch.setattr(phones, "__file__", str(changed))
    assert phones.parser_fingerprint() != fingerprint
