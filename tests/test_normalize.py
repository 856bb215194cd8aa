"""Normalisation of the texts by which leads about the same prospect are recognised."""

import pytest

from crm_lead_convert.core.normalize import (
    email_domain,
    is_generic_email_domain,
    normalize_company,
    normalize_email,
    normalize_person,
    normalize_phone,
    person_names_match,
    person_tokens,
    phone_key,
    phone_keys,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Indonesian legal forms before, after, with dots and with a comma.
        ("PT. Maju Jaya Abadi", "maju jaya abadi"),
        ("PT Maju Jaya Abadi", "maju jaya abadi"),
        ("Maju Jaya Abadi, PT", "maju jaya abadi"),
        ("PT Maju Jaya Abadi Tbk", "maju jaya abadi"),
        ("PT.Maju Jaya Abadi", "maju jaya abadi"),
        ("P.T. Maju Jaya Abadi", "maju jaya abadi"),
        ("PT Telkom Indonesia (Persero) Tbk", "telkom indonesia"),
        ("CV Sinar", "sinar"),
        ("UD. Sumber Rejeki", "sumber rejeki"),
        # Dutch and Belgian.
        ("Bakkerij Jansen B.V.", "bakkerij jansen"),
        ("Jansen BV", "jansen"),
        ("Jansen B.V", "jansen"),
        ("Jansen b.v. i.o.", "jansen"),
        ("N.V. Nederlandse Spoorwegen", "nederlandse spoorwegen"),
        ("Philips NV", "philips"),
        ("V.O.F. De Hoek", "de hoek"),
        ("De Hoek VOF", "de hoek"),
        ("Fa. Jansen & Zn.", "jansen zn"),
        # English, German, French, Australian, Malaysian.
        ("Northwind Traders Ltd", "northwind traders"),
        ("Northwind Traders Ltd.", "northwind traders"),
        ("Northwind Traders Limited", "northwind traders"),
        ("Contoso Inc.", "contoso"),
        ("Contoso, Inc", "contoso"),
        ("Contoso LLC", "contoso"),
        ("Contoso Corp", "contoso"),
        ("Contoso PLC", "contoso"),
        ("Jansen & Co.", "jansen"),
        ("Acme Pty Ltd", "acme"),
        ("Acme Pty. Ltd.", "acme"),
        ("Maju Sdn. Bhd.", "maju"),
        ("Müller GmbH & Co. KG", "muller"),
        ("Nestlé S.A.", "nestle"),
        ("Nestle SA", "nestle"),
        # Case, accents, apostrophes, punctuation and spaces.
        ("  CAFÉ   de  Flore ", "cafe de flore"),
        ("McDonald's Inc", "mcdonalds"),
        ("Møller-Jensen ApS", "moller jensen aps"),
        ("Toko 21", "toko 21"),
        # Word order is kept: these are other companies than "Abadi Utama", "Visser Zorg".
        ("PT Utama Abadi Tbk", "utama abadi"),
        ("Zorg Visser V.O.F.", "zorg visser"),
        ("Supply Hout Meijer B.V.", "supply hout meijer"),
        # A name that is nothing but a legal form is kept.
        ("PT", "pt"),
        ("B.V.", "bv"),
        ("Pty Ltd", "pty ltd"),
        ("", ""),
        (None, ""),
        (False, ""),
    ],
)
def test_normalize_company(name, expected):
    assert normalize_company(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Budi Santoso", "budi santoso"),
        ("Santoso, Budi", "budi santoso"),
        ("budi  santoso", "budi santoso"),
        ("BUDI SANTOSO", "budi santoso"),
        ("Santoso Budi", "budi santoso"),
        ("Bpk. Budi Santoso", "budi santoso"),
        ("Bapak Budi Santoso", "budi santoso"),
        ("Pak Budi Santoso", "budi santoso"),
        ("Bpk. H. Budi Santoso", "budi santoso"),
        ("Ibu Siti Aminah", "aminah siti"),
        ("Bu Siti Aminah", "aminah siti"),
        ("Hj. Siti Aminah", "aminah siti"),
        ("Dr. Ir. Budi Santoso, S.E., M.M.", "budi santoso"),
        ("Drs. Budi Santoso, M.Kom", "budi santoso"),
        ("Dhr. Jan de Vries", "de jan vries"),
        ("Vries, Jan de", "de jan vries"),
        ("Mevr. Anna Bakker", "anna bakker"),
        ("Mr. John Smith", "john smith"),
        ("Mrs Jane Smith MBA", "jane smith"),
        ("Ms. Jane Smith", "jane smith"),
        ("José Müller", "jose muller"),
        ("O'Brien, Sean", "obrien sean"),
        # A lone "H." before a single name is an initial, not the Haji title.
        ("H. Santoso", "h santoso"),
        # A title that is the whole name is kept.
        ("Ibu", "ibu"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_person(name, expected):
    assert normalize_person(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Budi Santoso", ("budi", "santoso")),
        ("Santoso, Budi", ("budi", "santoso")),
        ("Santoso, Budi, S.E.", ("budi", "santoso")),
        ("B. Santoso", ("b", "santoso")),
        ("J.P. Balkenende", ("j", "p", "balkenende")),
        ("Balkenende, J.P.", ("j", "p", "balkenende")),
        ("Dhr. Jan Peter de Vries", ("jan", "peter", "de", "vries")),
        ("", ()),
        (None, ()),
    ],
)
def test_person_tokens(name, expected):
    assert person_tokens(name) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Budi Santoso", "Santoso, Budi", 100),
        ("Bpk. Budi Santoso", "budi santoso", 100),
        ("Sukarno", "Sukarno", 100),
        ("B. Santoso", "Budi Santoso", 90),
        ("Santoso, B.", "Budi Santoso", 90),
        ("Budi Santoso", "Budi Hartono Santoso", 90),
        ("J.P. Balkenende", "Jan Peter Balkenende", 90),
        ("J. de Vries", "Jan de Vries", 90),
        ("H. Santoso", "Hadi Santoso", 90),
        ("J. Smith", "John Smith", 90),
        # The surname must match in full.
        ("Budi S.", "Budi Santoso", 0),
        ("Budi Santoso", "Budi Susanto", 0),
        # Another first name, or a first name missing, is another person.
        ("Andi Santoso", "Budi Santoso", 0),
        ("Agus Budi Santoso", "Budi Santoso", 0),
        ("Santoso", "Budi Santoso", 0),
        ("A. Santoso", "Budi Santoso", 0),
        ("Jan de Vries", "Piet de Vries", 0),
        ("", "Budi Santoso", 0),
        (None, None, 0),
    ],
)
def test_person_names_match(left, right, expected):
    assert person_names_match(left, right) == expected
    assert person_names_match(right, left) == expected


@pytest.mark.parametrize(
    ("number", "country_code", "expected"),
    [
        # Indonesia.
        ("+62 812-3456-7890", None, "6281234567890"),
        ("+62 812-3456-7890", "NL", "6281234567890"),
        ("+62 (0)812 3456 7890", None, "6281234567890"),
        ("+62 0812 3456 7890", None, "6281234567890"),
        ("0062 812 3456 7890", None, "6281234567890"),
        ("0812 3456 7890", "ID", "6281234567890"),
        ("0812 3456 7890", "id", "6281234567890"),
        ("62 812 3456 7890", "ID", "6281234567890"),
        ("(021) 555-1234", "ID", "62215551234"),
        ("0812 3456 7890", None, "81234567890"),
        ("(021) 555-1234", None, "215551234"),
        # Netherlands and Belgium.
        ("+31 (0)6 12345678", None, "31612345678"),
        ("+31 6 12345678", None, "31612345678"),
        ("0031 6 1234 5678", None, "31612345678"),
        ("06-12345678", "NL", "31612345678"),
        ("06-12345678", "nl", "31612345678"),
        ("0313 123456", "NL", "31313123456"),
        ("Tel: +31 20 123 4567 ext. 12", None, "31201234567"),
        ("020-1234567 toestel 12", "NL", "31201234567"),
        ("+32 2 123 45 67", None, "3221234567"),
        ("02 123 45 67", "BE", "3221234567"),
        # Other countries.
        ("030 1234567", "DE", "49301234567"),
        ("+44 (0)20 7946 0958", None, "442079460958"),
        ("020 7946 0958", "GB", "442079460958"),
        ("(212) 555-1234", "US", "12125551234"),
        ("1 212 555 1234", "US", "12125551234"),
        ("9123 4567", "SG", "6591234567"),
        ("012-345 6789", "MY", "60123456789"),
        ("(02) 9374 4000", "AU", "61293744000"),
        ("01 23 45 67 89", "FR", "33123456789"),
        # Any calling code, without the "(0)" of the trunk prefix.
        ("+7 495 123-45-67", None, "74951234567"),
        ("+353 (0)1 234 5678", None, "35312345678"),
        # Every country that phonenumbers knows.
        ("090-1234-5678", "JP", "819012345678"),
        # Too short.
        ("12345", None, ""),
        ("+62 12345", None, ""),
        ("0812", "ID", ""),
        ("n/a", None, ""),
        ("", "ID", ""),
        (None, None, ""),
    ],
)
def test_normalize_phone(number, country_code, expected):
    assert normalize_phone(number, country_code) == expected


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
    assert phone_key(left, left_country) == expected
    assert phone_key(right, right_country) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("+62 812-3456-7890", "+62 812-3456-7891"),
        ("06-12345678", "06-12345687"),
        ("0812 3456 7890", "0813 3456 7890"),
    ],
)
def test_phone_key_different_numbers(left, right):
    assert phone_key(left) != phone_key(right)


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


def test_phone_key_of_several_numbers_is_the_first_ones():
    # changed: the digits of both numbers used to run together into one key of neither
    assert phone_key("0812 1111 2222 / 0813 3333 4444", "ID") == "211112222"


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("budi@majujaya.co.id", "budi@majujaya.co.id"),
        ("  Budi@MajuJaya.co.id ", "budi@majujaya.co.id"),
        ("Budi Santoso <Budi@MajuJaya.co.id>", "budi@majujaya.co.id"),
        ('"Santoso, Budi" <budi@majujaya.co.id>', "budi@majujaya.co.id"),
        ("mailto:jan@bakkerijjansen.nl", "jan@bakkerijjansen.nl"),
        ("jan@bakkerijjansen.nl, piet@bakkerijjansen.nl", "jan@bakkerijjansen.nl"),
        ("Jan de Vries", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_email(email, expected):
    assert normalize_email(email) == expected


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("budi@majujaya.co.id", "majujaya.co.id"),
        ("Jan <Jan@Bakkerij-Jansen.NL>", "bakkerij-jansen.nl"),
        ("no address", ""),
        (None, ""),
    ],
)
def test_email_domain(email, expected):
    assert email_domain(email) == expected


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("gmail.com", True),
        ("GMail.com ", True),
        ("yahoo.co.id", True),
        ("hotmail.nl", True),
        ("kpnmail.nl", True),
        ("ziggo.nl", True),
        ("telkom.net", True),
        ("outlook.com", True),
        ("majujaya.co.id", False),
        ("bakkerijjansen.nl", False),
        ("telkom.co.id", False),
        ("", False),
        (None, False),
    ],
)
def test_is_generic_email_domain(domain, expected):
    assert is_generic_email_domain(domain) is expected


def test_is_generic_email_domain_with_providers_from_outside():
    odoo_providers = {"gmail.com", "yahoo.com.sg", "optusnet.com.au"}
    assert is_generic_email_domain("Yahoo.com.SG", odoo_providers)
    assert not is_generic_email_domain("yahoo.com.sg")
    # the default list still counts
    assert is_generic_email_domain("kpnmail.nl", odoo_providers)
    assert not is_generic_email_domain("majujaya.co.id", odoo_providers)
