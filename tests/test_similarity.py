"""Scoring of two leads as about the same prospect, and ranking of candidates."""

import pytest

from crm_lead_convert.core.similarity import (
    COMPANY_ALIKE,
    CONTACT_ALIKE,
    SAME_EMAIL,
    SAME_EMAIL_DOMAIN,
    SAME_PARTNER,
    SAME_PHONE,
    LeadKey,
    Match,
    Reason,
    company_similarity,
    match,
    rank,
)


def lead(
    id=1,
    company=None,
    contact=None,
    phone=None,
    mobile=None,
    email=None,
    country=None,
    partner=None,
):
    """Build the key of a lead from the values a salesperson would type, empty ones as Odoo's False."""
    return LeadKey.from_values(
        id,
        company or False,
        contact or False,
        phone or False,
        mobile or False,
        email or False,
        country or False,
        partner or False,
    )


def test_lead_key_from_values():
    key = lead(
        id=7,
        company="PT. Maju Jaya Abadi",
        contact="Santoso, Budi",
        phone="0812 3456 7890 / (021) 555-1234",
        mobile="+62 812-3456-7890",
        email="Budi <Budi@MajuJaya.co.id>",
        country="ID",
        partner=42,
    )
    assert key == LeadKey(
        id=7,
        company="maju jaya abadi",
        person="budi santoso",
        person_tokens=("budi", "santoso"),
        phones=("234567890", "215551234"),
        email="budi@majujaya.co.id",
        email_domain="majujaya.co.id",
        partner_id=42,
        company_text="PT. Maju Jaya Abadi",
        person_text="Santoso, Budi",
        phone_texts=("0812 3456 7890", "(021) 555-1234"),
        email_text="Budi <Budi@MajuJaya.co.id>",
    )


def test_lead_key_from_empty_values():
    assert lead(id=3) == LeadKey(
        id=3,
        company="",
        person="",
        person_tokens=(),
        phones=(),
        email="",
        email_domain="",
        partner_id=None,
        company_text="",
        person_text="",
        phone_texts=(),
        email_text="",
    )


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # Same company once legal forms, case, dots and spaces are ignored.
        ("maju jaya abadi", "maju jaya abadi", 100),
        ("majujaya abadi", "maju jaya abadi", 100),
        ("jaya maju", "maju jaya", 100),
        # Typos in words long enough to carry one.
        ("maju jaya abadi", "maju jaya abadii", 96),
        ("bakkerij jansen", "bakkerij jansenn", 96),
        ("bakkerij jansen", "bakkerij jasnen", 93),
        ("bakkerij jansen", "bakkerij jansem", 93),
        ("northwind traders", "northwind trader", 96),
        ("jansen", "janssen", 92),
        ("telekomunikasi indonesia", "telekomunkasi indonesa", 95),
        # A letter dropped from a 5-letter word is still a typo.
        ("karya putra mandiri", "karya pura mandiri", 97),
        # Names that merely share words.
        ("maju jaya", "maju bersama", 0),
        ("bakkerij jansen", "bakkerij de vries", 0),
        ("toko bangunan sinar jaya", "toko bangunan sinar baru", 0),
        ("maju jaya abadi", "maju jaya abadi sentosa", 0),
        ("maju jaya abadi", "maju jaya", 0),
        ("northwind traders", "northwind logistics", 0),
        ("sinar mas", "sinar emas", 0),
        # One edit in a word of up to 4 letters makes another name; numbers must be equal.
        ("acme", "acma", 0),
        ("jaya abadi", "raya abadi", 0),
        ("toko 21", "toko 27", 0),
        # A short word keeps its first letter: "mega" is not "omega".
        ("mega sentosa", "omega sentosa", 0),
        ("", "maju jaya", 0),
        ("", "", 0),
    ],
)
def test_company_similarity(left, right, expected):
    assert company_similarity(left, right) == expected
    assert company_similarity(right, left) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # One word of 5 or 6 letters with a wrong letter scores 80 or 83: below the default threshold.
        ("sinar", "sinat", 0),
        ("jansen", "jansem", 0),
        ("jansen", "janssen", 92),
    ],
)
def test_company_similarity_cutoff(left, right, expected):
    assert company_similarity(left, right, score_cutoff=85) == expected


MATCHES = [
    pytest.param(
        {"company": "PT Maju Jaya", "partner": 42},
        {"company": "CV Sinar Baru", "partner": 42},
        100,
        (SAME_PARTNER,),
        id="same commercial partner",
    ),
    pytest.param(
        {"company": "Bakkerij Jansen", "email": "jan@bakkerijjansen.nl"},
        {"company": "De Bakker", "email": "Jan Jansen <JAN@BakkerijJansen.nl>"},
        100,
        (SAME_EMAIL,),
        id="same email, formatted and in another case",
    ),
    pytest.param(
        {"email": "budi.santoso@gmail.com"},
        {"email": "budi.santoso@gmail.com"},
        100,
        (SAME_EMAIL,),
        id="same address at a public provider",
    ),
    pytest.param(
        {"phone": "+62 812-3456-7890"},
        {"mobile": "0812 3456 7890"},
        100,
        (SAME_PHONE,),
        id="same phone with and without country code, country unknown",
    ),
    pytest.param(
        {"phone": "+31 (0)6 12345678", "country": "NL"},
        {"phone": "06-12345678", "country": "NL"},
        100,
        (SAME_PHONE,),
        id="same Dutch mobile",
    ),
    pytest.param(
        {"phone": "0811 1111 2222 / (021) 555-1234", "country": "ID"},
        {"phone": "+62 21 5551234"},
        100,
        (SAME_PHONE,),
        id="second of two numbers in one field",
    ),
    pytest.param(
        {"email": "budi@majujaya.co.id"},
        {"email": "sales@majujaya.co.id"},
        90,
        (SAME_EMAIL_DOMAIN,),
        id="same company email domain",
    ),
    pytest.param(
        {"company": "PT. Maju Jaya Abadi"},
        {"company": "Maju Jaya Abadi, PT"},
        100,
        (COMPANY_ALIKE,),
        id="legal form before and after",
    ),
    pytest.param(
        {"company": "PT Maju Jaya Abadi Tbk"},
        {"company": "Maju Jaya Abadii"},
        96,
        (COMPANY_ALIKE,),
        id="Indonesian company with a typo",
    ),
    pytest.param(
        {"company": "Bakkerij Jansen B.V."},
        {"company": "Bakkerij Jansenn"},
        96,
        (COMPANY_ALIKE,),
        id="Dutch company with a typo",
    ),
    pytest.param(
        {"company": "V.O.F. De Hoek"},
        {"company": "De Hoek VOF"},
        100,
        (COMPANY_ALIKE,),
        id="Dutch legal form with and without dots",
    ),
    pytest.param(
        {"company": "Northwind Traders Ltd"},
        {"company": "Northwind Traders Inc."},
        100,
        (COMPANY_ALIKE,),
        id="English legal forms",
    ),
    pytest.param(
        {"company": "Maju Jaya Abadi", "contact": "Budi Santoso"},
        {"company": "PT Maju Jaya Abadi", "contact": "Santoso, Budi"},
        100,
        (COMPANY_ALIKE, CONTACT_ALIKE),
        id="same company and contact",
    ),
    pytest.param(
        {"company": "Bakkerij Jansen", "contact": "Jan de Vries"},
        {"company": "Bakkerij Jansem", "contact": "J. de Vries"},
        98,
        (COMPANY_ALIKE, CONTACT_ALIKE),
        id="contact with initial corroborates a company typo",
    ),
    pytest.param(
        {"contact": "Budi Santoso", "email": "budi@majujaya.co.id"},
        {"contact": "Bpk. Budi Santoso", "email": "purchasing@majujaya.co.id"},
        95,
        (SAME_EMAIL_DOMAIN, CONTACT_ALIKE),
        id="contact corroborated by the email domain",
    ),
    pytest.param(
        {"company": "Maju Jaya Abadi", "email": "budi@majujaya.co.id", "phone": "0812 3456 7890"},
        {"company": "PT Maju Jaya Abadii", "email": "sari@majujaya.co.id", "mobile": "+62 812 3456 7890"},
        100,
        (SAME_PHONE, COMPANY_ALIKE, SAME_EMAIL_DOMAIN),
        id="everything agrees, strongest first",
    ),
    pytest.param(
        {"company": "Jansen BV", "email": "jan@jansen.nl", "partner": 9},
        {"company": "Jansen B.V.", "email": "jan@jansen.nl", "partner": 9},
        100,
        (SAME_PARTNER, SAME_EMAIL, COMPANY_ALIKE),
        id="equal scores in the order of the reason codes, domain implied by the address",
    ),
]


@pytest.mark.parametrize(("left", "right", "score", "codes"), MATCHES)
def test_match(left, right, score, codes):
    found = match(lead(id=1, **left), lead(id=2, **right))
    assert found is not None
    assert (found.score, tuple(reason.code for reason in found.reasons)) == (score, codes)
    reverse = match(lead(id=2, **right), lead(id=1, **left))
    assert (reverse.score, tuple(reason.code for reason in reverse.reasons)) == (score, codes)


NON_MATCHES = [
    pytest.param({}, {}, id="empty leads"),
    pytest.param({"company": "PT Maju Jaya"}, {"company": "PT Maju Bersama"}, id="companies sharing a word"),
    pytest.param(
        {"company": "Bakkerij Jansen"}, {"company": "Bakkerij de Vries"}, id="bakeries of different families"
    ),
    pytest.param(
        {"company": "Toko Bangunan Sinar Jaya"},
        {"company": "Toko Bangunan Sinar Baru"},
        id="long shared words, different last word",
    ),
    pytest.param(
        {"company": "Maju Jaya Abadi"},
        {"company": "Maju Jaya Abadi Sentosa"},
        id="one name extends the other",
    ),
    pytest.param(
        {"company": "Northwind Traders"}, {"company": "Northwind Logistics"}, id="English namesakes"
    ),
    pytest.param({"company": "Acme"}, {"company": "Acma"}, id="one letter off in a short name"),
    pytest.param({"company": "Jansen BV"}, {"company": "Jansem BV"}, id="one letter off in a 6-letter name"),
    pytest.param({"contact": "Budi Santoso"}, {"contact": "Santoso, Budi"}, id="common contact name alone"),
    pytest.param(
        {"contact": "Budi Santoso", "email": "budi.santoso@gmail.com"},
        {"contact": "Budi Santoso", "email": "santoso.budi@gmail.com"},
        id="contact name and a public mail provider",
    ),
    pytest.param(
        {"company": "PT Maju Jaya", "contact": "Budi Santoso"},
        {"company": "PT Sinar Baru", "contact": "Budi Santoso"},
        id="same contact name at different companies",
    ),
    pytest.param({"email": "jan@hotmail.nl"}, {"email": "piet@hotmail.nl"}, id="same public mail provider"),
    pytest.param({"phone": "+62 812-3456-7890"}, {"phone": "+62 812-3456-7891"}, id="phones one digit apart"),
    pytest.param({"phone": "1234"}, {"phone": "1234"}, id="too short to be a phone number"),
]


@pytest.mark.parametrize(("left", "right"), NON_MATCHES)
def test_no_match(left, right):
    assert match(lead(id=1, **left), lead(id=2, **right)) is None
    assert match(lead(id=2, **right), lead(id=1, **left)) is None


def test_reasons_show_values_as_typed():
    found = match(
        lead(id=1, company="PT Maju Jaya Abadi", contact="Budi Santoso", phone="0812 3456 7890", partner=5),
        lead(id=2, company="Maju Jaya Abadii", contact="B. Santoso", mobile="+62 812-3456-7890", partner=5),
    )
    assert found == Match(
        score=100,
        reasons=(
            Reason(SAME_PARTNER, 100, "", ""),
            Reason(SAME_PHONE, 100, "0812 3456 7890", "+62 812-3456-7890"),
            Reason(COMPANY_ALIKE, 96, "PT Maju Jaya Abadi", "Maju Jaya Abadii"),
            Reason(CONTACT_ALIKE, 90, "Budi Santoso", "B. Santoso"),
        ),
    )


@pytest.mark.parametrize(
    ("threshold", "expected_score"),
    [(85, 93), (93, 93), (94, None), (100, None)],
)
def test_match_company_threshold(threshold, expected_score):
    found = match(lead(id=1, company="Bakkerij Jansen"), lead(id=2, company="Bakkerij Jansem"), threshold)
    assert (found.score if found else None) == expected_score


def test_rank_orders_by_score_then_id():
    target = lead(id=10, company="PT Maju Jaya Abadi", email="budi@majujaya.co.id", contact="Budi Santoso")
    candidates = [
        lead(id=10, company="PT Maju Jaya Abadi"),
        lead(id=14, email="sari@majujaya.co.id"),
        lead(id=12, company="Maju Jaya Abadii"),
        lead(id=11, company="Maju Jaya Abadi, PT", contact="Santoso, Budi"),
        lead(id=13, email="dewi@majujaya.co.id"),
        lead(id=15, company="PT Maju Bersama", contact="Budi Santoso"),
        lead(id=16, email="budi@gmail.com"),
    ]
    ranked = rank(target, candidates)
    assert [(candidate.id, found.score) for candidate, found in ranked] == [
        (11, 100),
        (12, 96),
        (13, 90),
        (14, 90),
    ]


def test_rank_without_candidates():
    assert rank(lead(id=1, company="Maju Jaya"), []) == []
