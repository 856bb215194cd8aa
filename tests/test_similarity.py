"""Scoring of two leads as about the same prospect, for and against, and ranking of candidates."""

import dataclasses
import itertools

import pytest

from crm_lead_convert.core.company_words import COMPANY_MIN_WEIGHT, agreement_weight
from crm_lead_convert.core.lead_key import may_hold_phone, shares_phone_key
from crm_lead_convert.core.normalize import normalize_company
from crm_lead_convert.core.phones import PHONE_KEY_DIGITS, phone_keys
from crm_lead_convert.core.similarity import (
    AGAINST,
    COMMON_NAME_LEADS,
    COMPANY_ALIKE,
    COMPANY_WORD_ORDER,
    COMPANY_WORDS_DIFFER,
    CONTACT_ALIKE,
    DEFAULT_THRESHOLD,
    DOMAIN_SPELLS_COMPANY,
    EMAIL_ALIKE,
    EMAIL_ALIKE_WEIGHT,
    FOR,
    MAILBOX_MIN_LENGTH,
    MAILBOX_SPELLING_DISCOUNT,
    MAILBOX_SPELLS_COMPANY,
    NO_FREQUENCIES,
    OTHER_COMPANY,
    OTHER_CONTACT,
    OTHER_CONTACT_WEIGHT,
    OTHER_EMAIL_DOMAIN,
    OTHER_LEGAL_FORM,
    OTHER_PERSON_PHONE_WEIGHT,
    OTHER_PHONE,
    OTHER_PHONE_WEIGHT,
    PHONE_ALIKE,
    PHONE_ALIKE_WEIGHT,
    PRIOR_WEIGHT,
    REASON_CODES,
    REASON_POLARITY,
    SAME_EMAIL,
    SAME_EMAIL_DOMAIN,
    SAME_PARTNER,
    SAME_PHONE,
    SHARED_LINE_WEIGHT,
    SURE_SCORE,
    LeadKey,
    Match,
    Reason,
    WordFrequencies,
    compare,
    evidence,
    keys_to_follow,
    match,
    namesake_name_adjustment,
    other_contact_weight,
    provider_like_domains,
    rank,
    through,
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


def codes(found):
    """Return the reason codes of a match, or of the reasons of :func:`compare`, in their order."""
    reasons = found.reasons if isinstance(found, Match) else found
    return tuple(reason.code for reason in reasons)


# A database of 20,000 company names where the Indonesian stock words and Dutch family names are common
# and "vertex" is in two names: as the Odoo layer counts them.
FREQUENCIES = WordFrequencies(
    {
        "toko": 900,
        "sinar": 700,
        "jaya": 2500,
        "maju": 800,
        "abadi": 1200,
        "utama": 1100,
        "bakkerij": 150,
        "peters": 400,
        "jansen": 500,
        "putra": 600,
        "putri": 300,
        "vertex": 2,
        "logistics": 120,
    },
    20000,
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
        company_words=("maju", "jaya", "abadi"),
        legal_forms=frozenset({"pt"}),
        person="budi santoso",
        person_tokens=("budi", "santoso"),
        person_spelling=("budi", "santoso"),
        phones=("81234567890", "215551234"),
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
        company_words=(),
        legal_forms=frozenset(),
        person="",
        person_tokens=(),
        person_spelling=(),
        phones=(),
        email="",
        email_domain="",
        partner_id=None,
        company_text="",
        person_text="",
        phone_texts=(),
        email_text="",
    )


def test_lead_key_takes_every_number_of_a_field():
    key = lead(phone="0812 1111 2222 atau 0813 3333 4444", mobile="0812-1111-2222", country="ID")
    assert key.phones == ("81211112222", "81333334444")
    assert key.phone_texts == ("0812 1111 2222", "0813 3333 4444")
    # the keys Similar Leads stores and looks numbers up by: their last nine digits
    assert key.phone_keys() == ("211112222", "333334444")


PHONE_FIELDS = [
    ("0812 1111 2222", "ID"),  # a mobile number
    ("+62 812-1111-2222", None),  # the same, in another format, on a lead without country
    ("0852 1111 2222", "ID"),  # another number with the same last nine digits
    ("6285211112222", None),  # that one with its calling code typed without "+"
    ("021 555 1234", "ID"),  # a landline
    ("(021) 555-1234 ext. 12", "ID"),  # the same, with an extension
    ("1234567", None),  # a short number: its whole key
    ("0475/12.34.56", "BE"),  # a Belgian mobile, keyed whole
    ("0812 1111 2222 / 021 555 1234", "ID"),  # two numbers in one field
    ("+31 20 555 1234", "NL"),
    ("", None),
]


@pytest.mark.parametrize("person", ["Budi Santoso", "Siti Rahayu"])
def test_stored_phone_keys_stand_for_the_numbers_of_a_lead_sharing_none(person):
    """A candidate's key made of its stored phone keys, without reading its numbers, compares as the key made
    of its numbers with any lead none of whose numbers shares one of these keys; with one that does, the
    numbers must be read ("0812 1111 2222" and "0852 1111 2222" share their last nine digits)."""
    for (left_phone, left_country), (right_phone, right_country) in itertools.product(PHONE_FIELDS, repeat=2):
        left = lead(1, company="CV Maju Jaya", contact="Budi Santoso", phone=left_phone, country=left_country)
        right = lead(2, company="PT Maju Jaya", contact=person, mobile=right_phone, country=right_country)
        stored = [key for key, _typed in phone_keys(right_phone, right_country)]
        if shares_phone_key(left, stored):
            assert any(number[-PHONE_KEY_DIGITS:] in stored for number in left.phones)
            continue
        from_keys = LeadKey.from_values(
            2, "PT Maju Jaya", person, False, right_phone, False, right_country, False, phone_keys=stored
        )
        assert bool(from_keys.phones) == bool(right.phones)
        weighed = [(reason.code, reason.weight) for reason in compare(left, from_keys)]
        assert weighed == [(reason.code, reason.weight) for reason in compare(left, right)]
    # the numbers sharing their last nine digits are found to share a key, and to be two numbers
    mobile, other = (
        lead(1, phone="0812 1111 2222", country="ID"),
        lead(2, phone="0852 1111 2222", country="ID"),
    )
    assert shares_phone_key(mobile, [key for key, _typed in phone_keys("0852 1111 2222", "ID")])
    assert codes(compare(mobile, other)) == (OTHER_PHONE,)


def company_similarity(left, right, frequencies=NO_FREQUENCIES):
    """Return the score (0-100) of the company names' reason for, or 0 when they do not count as alike.

    Names as typed or as normalised; equal ones once legal forms, case, punctuation and spaces are ignored
    score 100.
    """
    reasons = compare(lead(1, company=left), lead(2, company=right), frequencies=frequencies)
    return next((reason.score for reason in reasons if reason.code == COMPANY_ALIKE), 0)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # Same company once legal forms, case, dots and spaces are ignored.
        ("maju jaya abadi", "maju jaya abadi", 100),
        ("majujaya abadi", "maju jaya abadi", 100),
        # Two words written together among others, spelled alike or with a typo.
        ("sinar majujaya abadi", "sinar maju jaya abadi", 100),
        ("schildersbedrijf delange", "schildersbedrijf de lange", 100),
        ("majusentossa abadi", "maju sentosa abadi", 94),
        # each word within its own typo allowance: "jaau" is not "jaya", nor, in a word written together,
        # "jaay" (a swap is taken in a whole short word only)
        ("majujaau abadi", "maju jaya abadi", 0),
        ("majujaay abadi", "maju jaya abadi", 0),
        # ... but two words written together are not two others.
        ("majujaya abadi", "maju raya abadi", 0),
        ("PT. Maju Jaya Abadi", "Maju Jaya Abadi, PT", 100),
        # Typos in words long enough to carry one; two in words of 8 letters or more.
        ("maju jaya abadi", "maju jaya abadii", 96),
        ("bakkerij jansen", "bakkerij jansenn", 96),
        ("bakkerij jansen", "bakkerij jasnen", 93),
        ("bakkerij jansen", "bakkerij jansem", 93),
        ("northwind traders", "northwind trader", 96),
        ("jansen", "janssen", 92),
        ("telekomunikasi indonesia", "telekomunkasi indonesa", 95),
        ("schildersbedrijf hilversum", "schildersbedrijf hikvesrum", 92),
        # A letter dropped from a 5-letter word is still a typo.
        ("karya putra mandiri", "karya pura mandiri", 97),
        # Word order counts (changed: these scored 100 when order was ignored).
        ("jaya maju", "maju jaya", 0),
        ("utama abadi", "abadi utama", 0),
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
        # ... but two neighbours swapped after it are a typo, also in words of 3 or 4 letters.
        ("jaya tunggal", "jaay tunggal", 91),
        ("apex engineering west", "apex engineering wets", 95),
        ("tan brothers", "tna brothers", 91),
        ("jaya abadi", "ajya abadi", 0),
        ("jaya abadi", "jyaa abadi", 90),
        ("jaya abadi", "jaiy abadi", 0),
        ("jaya abadi", "jaay abadi", 90),
        # Two edits in a word of 5-7 letters are too many, unless the database shows a typo (see
        # test_a_word_mistyped_beyond_its_allowance_agrees_by_the_other_words).
        ("pelita jaya", "plleita jaya", 0),
        # The Indonesian spelling before 1972, and a Dutch "ij" written "y": one word, counted as one edit
        # however many letters differ.
        ("tjahaja abadi", "cahaya abadi", 80),
        ("djaja makmur", "jaya makmur", 86),
        ("toko soerabaja indah", "toko surabaya indah", 87),
        ("sentosa makmoer", "sentosa makmur", 89),
        ("bakkery jansen", "bakkerij jansen", 89),
        ("photo studio lestari", "foto studio lestari", 92),
        ("koesoemadjaja makmur", "kusumajaya makmur", 75),
        # ... but words of up to 4 letters are still spelled alike: "Jong" is not "Yong".
        ("jong techniek", "yong techniek", 0),
        ("", "maju jaya", 0),
        ("", "", 0),
    ],
)
def test_company_similarity(left, right, expected):
    assert company_similarity(left, right) == expected
    assert company_similarity(right, left) == expected


def test_a_word_mistyped_beyond_its_allowance_agrees_by_the_other_words():
    # "Verhuur" typed "Vrrhiur": two edits in 7 letters, beyond a typo's allowance; every other word agrees,
    # and the database holds "verhuur" in many names and "vrrhiur" in this one alone
    counts = {
        "de": 400,
        "haan": 60,
        "verhuur": 80,
        "vrrhiur": 1,
        "amersfoort": 90,
        "pelita": 300,
        "plleita": 1,
        "jaya": 2500,
    }
    frequencies = WordFrequencies(counts, 20000)
    one = lead(1, company="De Haan Verhuur Amersfoort B.V.", contact="Daan Steenbergen")
    other = lead(2, company="De Haan Vrrhiur Amersfoort B.V.", contact="Daan Steenbergen")
    found = compare(one, other, frequencies=frequencies)
    assert codes(found) == (COMPANY_ALIKE, CONTACT_ALIKE)
    assert found[0].weight == agreement_weight(("de", "haan", "amersfoort"), 2, frequencies)
    assert match(one, other, frequencies=frequencies)
    # the mistyped word itself weighs nothing: the other word of "Pelita Jaya" is common
    reasons = compare(
        lead(1, company="Pelita Jaya"), lead(2, company="Plleita Jaya"), frequencies=frequencies
    )
    assert (reasons[0].code, reasons[0].weight) == (COMPANY_ALIKE, 1.0)
    # without word counts, or where both spellings are words of their own, two names differ by a word
    assert company_similarity("de haan verhuur amersfoort", "de haan vrrhiur amersfoort") == 0
    indah = WordFrequencies({"maju": 800, "jaya": 2500, "indah": 300, "indra": 40}, 20000)
    assert company_similarity("maju indah jaya", "maju indra jaya", indah) == 0
    for left, right in (("maju indah jaya", "maju indra jaya"), ("karya mulia abadi", "karya media abadi")):
        assert match(lead(1, company=left), lead(2, company=right), frequencies=FREQUENCIES) is None
    # not a word moved elsewhere, or two words differing
    assert company_similarity("de haan verhuur amersfoort", "de haan amersfoort vrrhiur", frequencies) == 0
    assert company_similarity("de haan verhuur amersfoort", "de haan vrrhiur amresfrot", frequencies) == 0


def test_a_short_word_mistyped_agrees_by_the_other_words():
    # "Toko" typed "Tolo", "Hout" typed "Hut": a short word has no typo allowance, but one edit after the same
    # first letter, the database holding one spelling in many names and the other in this one alone, is a
    # slip of the hand; the name agrees by its other words, the typo weighing against as any typo does
    counts = {
        "ud": 900, "toko": 3000, "tolo": 1, "jaya": 2500, "semesta": 40, "persada": 30, "konveksi": 12,
        "willems": 25, "hout": 60, "hut": 1, "mak": 1, "mas": 700, "raya": 600, "jiya": 1, "sinar": 900,
    }  # fmt: skip
    frequencies = WordFrequencies(counts, 20000)
    one = lead(1, company="UD Toko Jaya Semesta Persada Konveksi", contact="Rina Tambunan")
    other = lead(2, company="UD Tolo Jaya Semesta Persada Konveksi", contact="Rina Tambunan")
    found = compare(one, other, frequencies=frequencies)
    assert codes(found) == (COMPANY_ALIKE, CONTACT_ALIKE)
    assert found[0].weight == agreement_weight(("jaya", "semesta", "persada", "konveksi"), 1, frequencies)
    assert match(one, other, frequencies=frequencies)
    assert company_similarity("willems hout", "willems hut", frequencies) > 0
    # the name of common words beside it weighs what its words do: little
    reasons = compare(lead(1, company="Toko Mas"), lead(2, company="Toko Mak"), frequencies=frequencies)
    assert (reasons[0].code, reasons[0].weight) == (COMPANY_ALIKE, 1.0)
    # two established short words stay two names; another first letter, two edits, two letters: no typo
    for left, right in (
        ("sinar jaya", "sinar raya"),
        ("willems hout", "willems bout"),
        ("willems hout", "willems ht"),
        ("toko jaya semesta", "toko jiyo semesta"),
    ):
        assert company_similarity(left, right, frequencies) == 0, (left, right)
    assert company_similarity("sinar jaya", "sinar jiya", frequencies) > 0
    # nor without word counts
    assert company_similarity("willems hout", "willems hut") == 0


def test_a_company_domain_spelling_the_other_name_shows_which_is_mistyped():
    # "Tylr" for "Taylor", "Fraa" for "Farma": beyond a typo's allowance, and the same person on both; the
    # lead with the mistyped name wrote from the company's domain, which spells the other lead's name
    for typed, email, spelled, contact, other_contact in (
        ("Tylr Fabrication (Solent)", "richard@taylorfabricationsolent.com",
         "Taylor Fabrication (Solent) Ltd", "Richard Lloyd", "Richard Lloyd"),
        ("Gemilang Maju Fraa, PT", "MADE_Y@GEMILANGMAJUFARMA.CO.ID", "Gemilang Maju Farma, PT.",
         "Pak Made Yulianti", "Yulianti, Made"),
        ("Glbpal Hijau, PT", "tukiyem@global-hijau.co.id", "P.T. Global Hijau", "Tukiyem", "Tukiyem"),
    ):  # fmt: skip
        without_domain = lead(1, company=typed, contact=contact)
        with_domain = lead(1, company=typed, contact=contact, email=email)
        other = lead(2, company=spelled, contact=other_contact, phone="+62 22 9245 623", country="ID")
        assert match(without_domain, other, frequencies=FREQUENCIES) is None
        found = match(with_domain, other, frequencies=FREQUENCIES)
        assert codes(found) == (COMPANY_ALIKE, CONTACT_ALIKE)
        assert found.reasons[0].weight == agreement_weight(other.company_words, 0, FREQUENCIES)
        assert found.reasons[0].left == typed
    # a public provider's address spells nobody's company; a domain spelling the lead's own name says
    # nothing of the other's; names that clearly differ stay different
    assert (
        match(
            lead(1, company="Tylr Fabrication", contact="Richard Lloyd", email="taylorfabrication@gmail.com"),
            lead(2, company="Taylor Fabrication Ltd", contact="Richard Lloyd"),
            frequencies=FREQUENCIES,
        )
        is None
    )
    assert codes(
        compare(lead(1, company="Toko Sinar", email="eko@tokosinar.id"), lead(2, company="Toko Sinra Jaya"))
    ) == (COMPANY_WORDS_DIFFER,)
    assert codes(
        compare(
            lead(1, company="Vertex Logistics", email="a@bakkerijjansen.nl"),
            lead(2, company="Bakkerij Jansen"),
        )
    ) == (OTHER_COMPANY,)


def test_two_words_written_together_with_a_typo_match():
    # one word fewer, and not equal but for spaces: the names still agree, and the leads match
    one = lead(1, company="PT Putra Tirta Logistik", contact="Tukiyem", mobile="(031) 449 3229")
    other = lead(
        2, company="PT Putra Tirtalohistik", contact="Tukiyem", email="tukiyem@putratirtalogistik.id"
    )
    assert codes(match(one, other, frequencies=FREQUENCIES)) == (COMPANY_ALIKE, CONTACT_ALIKE)
    # two words more or fewer are another name, whatever the spaces
    longer = lead(1, company="Putra Tirta Logistik Abadi Jaya")
    assert match(longer, lead(2, company="Putra Tirtalohistik")) is None


def test_company_similarity_two_established_words_are_no_typo():
    # "putra" and "putri" are each in hundreds of names: two words, not one mistyped
    assert company_similarity("karya putra", "karya putri") == 90
    assert company_similarity("karya putra", "karya putri", FREQUENCIES) == 0
    assert company_similarity("karya putra", "karya putrra", FREQUENCIES) == 95
    # so are two short words of swapped neighbours ("dian" / "dina"), each in many names
    names = WordFrequencies({"dian": 40, "dina": 30, "salon": 200}, 20000)
    assert company_similarity("salon dian", "salon dina") == 90
    assert company_similarity("salon dian", "salon dina", names) == 0
    # nor does a part of a word written together take a swap, whose counts the database does not keep
    assert company_similarity("salon dian", "salondina", names) == 0


def test_two_established_spellings_of_one_sound_are_two_words():
    # "roest" and "rust" are each in many names: two Dutch words, not one in two spellings
    frequencies = WordFrequencies({"roest": 60, "rust": 90, "bakkerij": 150}, 20000)
    assert company_similarity("bakkerij roest", "bakkerij rust") == 88
    assert company_similarity("bakkerij roest", "bakkerij rust", frequencies) == 0
    # a rare old spelling of a common word is that word
    frequencies = WordFrequencies({"djaja": 2, "jaya": 2500, "makmur": 400}, 20000)
    assert company_similarity("djaja makmur", "jaya makmur", frequencies) == 86


def test_contact_names_in_two_spellings_are_not_two_persons():
    # "Soeharto" and "Budi Suharto" share the surname as spelled: not "another contact"
    one, other = lead(1, contact="Soeharto"), lead(2, contact="Budi Suharto")
    assert OTHER_CONTACT not in codes(compare(one, other))
    assert OTHER_CONTACT in codes(compare(one, lead(2, contact="Budi Hartono")))


def test_a_name_in_the_old_spelling_is_the_same_prospect():
    # A company registered before the spelling reform keeps "Tjahaja Djaja"; its contact writes "Soeharto".
    one = lead(1, company="PT Tjahaja Djaja Sentosa", contact="Bpk. Soeharto", phone="0812 1111 2222")
    other = lead(2, company="PT Cahaya Jaya Sentosa", contact="Suharto", phone="0813 3333 4444")
    found = match(one, other, frequencies=FREQUENCIES)
    assert codes(found) == (COMPANY_ALIKE, CONTACT_ALIKE, OTHER_PHONE)
    # the spelling makes no other word alike: another company of those stock words stays another
    assert (
        match(one, lead(3, company="PT Cahaya Jaya Abadi", contact="Suharto"), frequencies=FREQUENCIES)
        is None
    )


def test_a_name_written_out_or_shortened_is_the_same_prospect():
    # "&" in words, a leading "The", "van der" shortened: the same company name, written otherwise
    pairs = [
        ("Jansen & Zonen B.V.", "Jansen en Zonen"),
        ("PT Sumber Makmur & Sejahtera", "PT Sumber Makmur dan Sejahtera"),
        ("Wilson & Wood Cleaning Ltd", "Wilson and Wood Cleaning"),
        ("The Taylor Fabrication Company", "Taylor Fabrication Ltd"),
        ("Bouwbedrijf Van den Berg", "Bouwbedrijf v.d. Berg B.V."),
        ("Van der Meer Transport", "vd Meer Transport"),
    ]
    for one, other in pairs:
        found = match(
            lead(1, company=one, contact="Siti Aminah"), lead(2, company=other, contact="Siti Aminah")
        )
        assert codes(found) == (COMPANY_ALIKE, CONTACT_ALIKE), (one, other)
        assert found.reasons[0].weight == agreement_weight(normalize_company(one).split(), 0, NO_FREQUENCIES)
    # "van" alone and a Dutch article are part of the name: "Bakkerij van Dijk" is not "Bakkerij Dijk"
    one, other = lead(1, company="Bakkerij van Dijk"), lead(2, company="Bakkerij Dijk")
    assert COMPANY_ALIKE not in codes(compare(one, other))


def test_a_contact_name_mistyped_by_a_letter_is_the_same_person():
    # a shop of stock words, another number: the contact mistyped by a letter tips the balance ...
    one = lead(1, company="Toko Maju Jaya", contact="Budi Santoso", phone="0812 1111 2222")
    other = lead(2, company="Toko Maju Jaya", contact="Budi Santosa", phone="0813 3333 4444")
    found = match(one, other, frequencies=FREQUENCIES)
    assert codes(found) == (COMPANY_ALIKE, CONTACT_ALIKE, OTHER_PHONE)
    assert found.reasons[1].score == 80
    # ... where another person does not, nor a single name of two letters apart
    assert (
        match(
            one,
            dataclasses.replace(
                other, person_tokens=("budi", "santana"), person_spelling=("budi", "santana")
            ),
            frequencies=FREQUENCIES,
        )
        is None
    )
    assert OTHER_CONTACT not in codes(compare(lead(1, contact="Tukiyem"), lead(2, contact="Tukiyam")))
    assert OTHER_CONTACT in codes(compare(lead(1, contact="Tukiyem"), lead(2, contact="Tukinah")))


def test_a_dutch_name_with_or_without_its_particles_is_one_person():
    one = lead(1, company="Schildersbedrijf Kok", contact="Willem van der Meer", phone="06 1234 5678")
    other = lead(2, company="Schildersbedrijf Kok", contact="W. vd Meer", phone="06 8765 4321")
    assert codes(compare(one, other, frequencies=FREQUENCIES)) == (COMPANY_ALIKE, CONTACT_ALIKE, OTHER_PHONE)


MATCHES = [
    pytest.param(
        {"company": "PT Maju Jaya", "partner": 42},
        {"company": "CV Sinar Baru", "partner": 42},
        (SAME_PARTNER, OTHER_COMPANY, OTHER_LEGAL_FORM),
        id="same commercial partner outweighs other names and legal forms",
    ),
    pytest.param(
        {"company": "Bakkerij Jansen", "email": "jan@bakkerijjansen.nl"},
        {"company": "De Bakker", "email": "Jan Jansen <JAN@BakkerijJansen.nl>"},
        (SAME_EMAIL, OTHER_COMPANY),
        id="same email, formatted and in another case, outweighs other names",
    ),
    pytest.param(
        {"email": "budi.santoso@gmail.com"},
        {"email": "budi.santoso@gmail.com"},
        (SAME_EMAIL,),
        id="same address at a public provider",
    ),
    pytest.param(
        {"phone": "+62 812-3456-7890"},
        {"mobile": "0812 3456 7890"},
        (SAME_PHONE,),
        id="same phone with and without country code, country unknown",
    ),
    pytest.param(
        {"phone": "+31 (0)6 12345678", "country": "NL"},
        {"phone": "06-12345678", "country": "NL"},
        (SAME_PHONE,),
        id="same Dutch mobile",
    ),
    pytest.param(
        {"phone": "0811 1111 2222 / (021) 555-1234", "country": "ID"},
        {"phone": "+62 21 5551234"},
        (SAME_PHONE,),
        id="second of two numbers in one field",
    ),
    pytest.param(
        {"email": "budi@majujaya.co.id"},
        {"email": "sales@majujaya.co.id"},
        (SAME_EMAIL_DOMAIN,),
        id="same company email domain",
    ),
    pytest.param(
        {"company": "PT. Maju Jaya Abadi"},
        {"company": "Maju Jaya Abadi, PT"},
        (COMPANY_ALIKE,),
        id="legal form before and after",
    ),
    pytest.param(
        {"company": "PT Maju Jaya Abadi Tbk"},
        {"company": "Maju Jaya Abadii"},
        (COMPANY_ALIKE,),
        id="Indonesian company with a typo, legal forms dropped",
    ),
    pytest.param(
        {"company": "Bakkerij Jansen B.V."},
        {"company": "Bakkerij Jansenn"},
        (COMPANY_ALIKE,),
        id="Dutch company with a typo",
    ),
    pytest.param(
        {"company": "V.O.F. De Hoek"},
        {"company": "De Hoek VOF"},
        (COMPANY_ALIKE,),
        id="Dutch legal form with and without dots, moved",
    ),
    pytest.param(
        {"company": "Northwind Traders Ltd"},
        {"company": "Northwind Traders Limited"},
        (COMPANY_ALIKE,),
        id="English legal forms",
    ),
    pytest.param(
        {"company": "Maju Jaya Abadi", "contact": "Budi Santoso"},
        {"company": "PT Maju Jaya Abadi", "contact": "Santoso, Budi"},
        (COMPANY_ALIKE, CONTACT_ALIKE),
        id="same company and contact, in another name order",
    ),
    pytest.param(
        {"company": "Bakkerij Jansen", "contact": "Jan de Vries"},
        {"company": "Bakkerij Jansem", "contact": "J. de Vries"},
        (COMPANY_ALIKE, CONTACT_ALIKE),
        id="contact with initial and a company typo",
    ),
    pytest.param(
        {"contact": "Budi Santoso", "email": "budi@majujaya.co.id"},
        {"contact": "Bpk. Budi Santoso", "email": "purchasing@majujaya.co.id"},
        (SAME_EMAIL_DOMAIN, CONTACT_ALIKE),
        id="contact with a title, and the email domain",
    ),
    pytest.param(
        {"company": "Maju Jaya Abadi", "email": "budi@majujaya.co.id", "phone": "0812 3456 7890"},
        {"company": "PT Maju Jaya Abadii", "email": "sari@majujaya.co.id", "mobile": "+62 812 3456 7890"},
        (SAME_PHONE, SAME_EMAIL_DOMAIN, COMPANY_ALIKE),
        id="everything agrees, heaviest first",
    ),
    pytest.param(
        {"company": "Jansen BV", "email": "jan@jansen.nl", "partner": 9},
        {"company": "Jansen B.V.", "email": "jan@jansen.nl", "partner": 9},
        (SAME_PARTNER, SAME_EMAIL, COMPANY_ALIKE),
        id="equal weights in the order of the reason codes, domain implied by the address",
    ),
    pytest.param(
        {"company": "PT Rejeki Selaras", "contact": "Bambang Sari", "email": "b.sari@hotmail.com"},
        {"company": "PT. Rejeki Selaras", "contact": "Rudi Sitorus", "email": "rudi@gmail.com"},
        (COMPANY_ALIKE, OTHER_CONTACT),
        id="a colleague writing from another public provider",
    ),
    pytest.param(
        {"company": "Toko Sinar Jaya Bandung", "email": "budi@sinarjaya.co.id"},
        {"company": "Toko Sinar Jaya Surabaya", "email": "sari@sinarjaya.co.id"},
        (SAME_EMAIL_DOMAIN, COMPANY_WORDS_DIFFER),
        id="a chain's branches sharing the company domain: one organisation",
    ),
    pytest.param(
        {"company": "PT Sejahtera Raya Motor (Bagian Pengadaan)", "contact": "Dewi Lestari"},
        {"company": "PT. Sejahtera Raya Motor", "contact": "Dewi Lestari", "phone": "021 555 1234"},
        (COMPANY_ALIKE, CONTACT_ALIKE),
        id="a department after the name",
    ),
    pytest.param(
        {"company": "Tk. Emas Abadi Mandiri", "contact": "Budi Santoso", "phone": "0812 1111 2222"},
        {"company": "Toko Emas Abadi Mandiri", "contact": "Budi Santoso"},
        (COMPANY_ALIKE, CONTACT_ALIKE),
        id="a word shortened",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected_codes"), MATCHES)
def test_match(left, right, expected_codes):
    found = match(lead(id=1, **left), lead(id=2, **right))
    assert found is not None
    assert found.score >= 85
    assert codes(found) == expected_codes
    reverse = match(lead(id=2, **right), lead(id=1, **left))
    assert (reverse.score, codes(reverse)) == (found.score, expected_codes)


REORDERED = [
    ("PT Utama Abadi Tbk", "PT Abadi Utama"),
    ("PT Agung Bersama", "PT Bersama Agung"),
    ("PT Perkasa Mandiri Lestari", "PT Perkasa Lestari Mandiri"),
    ("Zorg Visser B.V.", "Visser Zorg B.V."),
    ("Supply Hout Meijer B.V.", "Supply Meijer Hout B.V."),
    ("Vertex Logistics West Inc.", "West Vertex Logistics"),
    # a typo in a reordered name
    ("PT Agung Bersama", "PT Bersama Agunk"),
    ("Supply Hout Meijer B.V.", "Supply Meijr Hout"),
]
"""The same words in another order, under one legal form or none (another form counts against too, see
:func:`test_another_legal_form_counts_against`)."""


@pytest.mark.parametrize(("left", "right"), REORDERED)
@pytest.mark.parametrize("frequencies", [NO_FREQUENCIES, FREQUENCIES])
def test_same_words_in_another_order_are_another_company(left, right, frequencies):
    assert codes(compare(lead(company=left), lead(company=right), frequencies=frequencies)) == (
        COMPANY_WORD_ORDER,
    )
    assert match(lead(id=1, company=left), lead(id=2, company=right), frequencies=frequencies) is None
    # the rest of the record usually speaks against them too: it is listed, with the values compared
    one = lead(
        id=1, company=left, contact="Budi Santoso", phone="0812 1111 2222", email="budi@agungbersama.com"
    )
    other = lead(
        id=2, company=right, contact="Sari Dewi", phone="0813 3333 4444", email="sari@bersamaagung.co.id"
    )
    found = compare(one, other, frequencies=frequencies)
    assert codes(found) == (OTHER_EMAIL_DOMAIN, OTHER_CONTACT, OTHER_PHONE, COMPANY_WORD_ORDER)
    assert {reason.polarity for reason in found} == {AGAINST}
    assert (found[0].left, found[0].right) == ("budi@agungbersama.com", "sari@bersamaagung.co.id")
    assert match(one, other, threshold=50, frequencies=frequencies) is None


@pytest.mark.parametrize(("left", "right"), REORDERED)
def test_same_words_in_another_order_match_when_something_else_agrees(left, right):
    same_address = match(
        lead(id=1, company=left, email="Budi@AgungBersama.com"),
        lead(id=2, company=right, email="budi@agungbersama.com"),
    )
    assert codes(same_address) == (SAME_EMAIL, COMPANY_WORD_ORDER)
    same_domain = match(
        lead(id=1, company=left, email="budi@agungbersama.com"),
        lead(id=2, company=right, email="sari@agungbersama.com"),
    )
    assert codes(same_domain) == (SAME_EMAIL_DOMAIN, COMPANY_WORD_ORDER)


NON_MATCHES = [
    pytest.param({}, {}, id="empty leads"),
    pytest.param({"company": "PT Maju Jaya"}, {"company": "PT Maju Bersama"}, id="companies sharing a word"),
    pytest.param(
        {"company": "Bakkerij Jansen"}, {"company": "Bakkerij de Vries"}, id="bakeries of different families"
    ),
    pytest.param(
        {"company": "Bakkerij Peters", "contact": "Jan Peters"},
        {"company": "Peters Techniek", "contact": "Piet Peters"},
        id="one family name in two trades",
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
    pytest.param({"company": "Jansen BV"}, {"company": "Jansem BV"}, id="one letter off in a one-word name"),
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
    pytest.param(
        {"company": "Toko Sinar Jaya Bandung", "contact": "Budi Santoso", "phone": "022 555 1234"},
        {"company": "Toko Sinar Jaya Surabaya", "contact": "Sari Dewi", "phone": "031 555 9876"},
        id="a chain's branches in two cities",
    ),
    pytest.param(
        {
            "company": "CV Maju Jaya",
            "contact": "Budi Santoso",
            "email": "budi@majujaya.co.id",
            "phone": "021 555 1234",
        },
        {"contact": "Budi Santoso", "email": "budisantoso77@gmail.com", "mobile": "0812 9999 8888"},
        id="a company and its owner's private lead, nothing but the name shared",
    ),
    pytest.param(
        {"company": "PT Maju Jaya", "contact": "Budi Santoso", "phone": "(021) 555-1234"},
        {"company": "CV Sinar Baru", "contact": "Sari Dewi", "phone": "+62 21 5551234"},
        id="two companies sharing an office switchboard",
    ),
    pytest.param(
        {"company": "Bakkerij Peters", "phone": "020 555 1234"},
        {"company": "Peters Techniek", "phone": "020 555 1234"},
        id="a family name shared by two companies in one building",
    ),
    pytest.param(
        {"company": "Toko Maju Jaya - Sales", "email": "budi@majujaya.co.id"},
        {"company": "Toko Maju Jaya", "email": "sari@maju-jaya.com"},
        id="a department after the name, but another company domain",
    ),
    pytest.param(
        {"email": "tokomaju@proximus.be", "contact": "Jan Peeters"},
        {"email": "tokojaya@proximus.be", "contact": "Els Maes"},
        id="two persons at a Belgian provider Odoo does not list",
    ),
    pytest.param(
        {"company": "TK Tunas Harapan", "contact": "Sari Dewi"},
        {"company": "Toko Tunas Harapan", "contact": "Budi Santoso"},
        id="a kindergarten and a shop of one name",
    ),
    pytest.param(
        {"company": "TK. Tunas Harapan", "contact": "Sari Dewi"},
        {"company": "Toko Tunas Harapan", "contact": "Budi Santoso"},
        id="a kindergarten written with a dot and a shop of one name",
    ),
]


@pytest.mark.parametrize(("left", "right"), NON_MATCHES)
@pytest.mark.parametrize("frequencies", [NO_FREQUENCIES, FREQUENCIES])
def test_no_match(left, right, frequencies):
    assert match(lead(id=1, **left), lead(id=2, **right), frequencies=frequencies) is None
    assert match(lead(id=2, **right), lead(id=1, **left), frequencies=frequencies) is None


def test_owner_private_lead_matches_through_the_same_phone():
    company = lead(id=1, company="CV Maju Jaya", contact="Budi Santoso", mobile="0812 9999 8888")
    private = lead(
        id=2, contact="Bpk. Budi Santoso", email="budisantoso77@gmail.com", phone="+62 812-9999-8888"
    )
    assert codes(match(company, private)) == (SAME_PHONE, CONTACT_ALIKE)


def test_shared_switchboard_weighs_little():
    one = lead(id=1, company="PT Maju Jaya", phone="(021) 555-1234")
    other = lead(id=2, company="PT Sinar Baru", phone="+62 21 5551234")
    found = compare(one, other)
    assert codes(found) == (SAME_PHONE, OTHER_COMPANY)
    assert found[0].weight == SHARED_LINE_WEIGHT
    # the same number and no company on one side: as strong as ever
    assert codes(match(one, lead(id=3, contact="Sari Dewi", phone="021 5551234"))) == (SAME_PHONE,)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("CV Samudra Makmur", "PT Samudra Makmur"),
        ("CV Samudra Makmur", "PT. Samudra Makmur Tbk"),
        ("C. V. Samudra Makmur", "P. T. Samudra Makmur"),
        ("Autobedrijf Vos V.O.F.", "Autobedrijf Vos B.V."),
        ("Northwind Traders Ltd", "Northwind Traders Inc."),
        # one name registered in two neighbouring countries: Singapore's, Malaysia's and Australia's private
        # limited companies
        ("Zenith Trading Pte. Ltd.", "Zenith Trading Sdn. Bhd."),
        ("Harbour Freight Pty Ltd", "Harbour Freight Pte Ltd"),
    ],
)
def test_another_legal_form_counts_against(left, right):
    # Namesakes: one name registered twice, as a CV and as a PT, in two towns the leads do not show. The
    # name agrees, another person writes from another number: the legal forms tip it.
    one = lead(id=1, company=left, contact="Budi Santoso", phone="022 555 1234")
    other = lead(id=2, company=right, contact="Sari Dewi", phone="031 555 9876")
    found = compare(one, other, frequencies=FREQUENCIES)
    assert codes(found) == (COMPANY_ALIKE, OTHER_LEGAL_FORM, OTHER_CONTACT, OTHER_PHONE)
    assert (found[1].left, found[1].right, found[1].polarity) == (left, right, AGAINST)
    assert match(one, other, frequencies=FREQUENCIES) is None
    # without the legal forms, the name alone would have matched them
    assert match(
        lead(id=1, company=normalize_company(left), contact="Budi Santoso", phone="022 555 1234"),
        lead(id=2, company=normalize_company(right), contact="Sari Dewi", phone="031 555 9876"),
        frequencies=FREQUENCIES,
    )
    # the same person, or anything shared, still makes one prospect of them: a form typed wrongly
    assert match(
        lead(id=1, company=left, contact="Budi Santoso"), lead(id=2, company=right, contact="Budi Santoso")
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("PT Maju Jaya", "PT. Maju Jaya Tbk"),
        ("Maju Jaya, PT (Persero)", "P.T. Maju Jaya"),
        ("Zenith Trading Pte. Ltd.", "Zenith Trading Limited"),
        ("Zenith Trading Sdn Bhd", "Zenith Trading Ltd"),
        ("Harbour Freight Pty. Ltd.", "Harbour Freight Pty Limited"),
        ("Peeters Bouw BVBA", "Peeters Bouw BV"),
        ("Peeters Bouw NV", "Peeters Bouw SA"),
        ("Maju Jaya", "CV Maju Jaya"),
    ],
)
def test_one_legal_form_spelled_otherwise_or_dropped_does_not_count(left, right):
    codes_found = codes(compare(lead(company=left), lead(company=right)))
    assert codes_found == (COMPANY_ALIKE,)


def test_the_same_chain_name_weighs_by_its_words():
    # Two shops of one name in two cities the leads do not show, their phones and contacts differ: a name of
    # common words does not outweigh that, a distinctive one does.
    def pair(name):
        return (
            lead(id=1, company=name, contact="Budi Santoso", phone="022 555 1234"),
            lead(id=2, company=name, contact="Sari Dewi", phone="031 555 9876"),
        )

    assert match(*pair("Toko Sinar Jaya"), frequencies=FREQUENCIES) is None
    assert codes(match(*pair("Vertex Logistics"), frequencies=FREQUENCIES)) == (
        COMPANY_ALIKE,
        OTHER_CONTACT,
        OTHER_PHONE,
    )


def test_a_colleague_s_own_number_weighs_less_against_than_another_number_of_one_person():
    # Two persons of one company write from their own mobiles: numbers differing are expected of them.
    one = lead(id=1, company="Vertex Logistics", contact="Hannah Thompson", phone="0812 1111 2222")
    colleague = lead(id=2, company="Vertex Logistiks", contact="David Holmes", phone="0813 3333 4444")
    same_person = lead(id=3, company="Vertex Logistiks", contact="Hannah Thompson", phone="0813 3333 4444")
    nobody = lead(id=4, company="Vertex Logistiks", phone="0813 3333 4444")

    def phone_weight(other):
        return next(reason.weight for reason in compare(one, other) if reason.code == OTHER_PHONE)

    assert phone_weight(colleague) == OTHER_PERSON_PHONE_WEIGHT
    assert phone_weight(same_person) == phone_weight(nobody) == OTHER_PHONE_WEIGHT
    assert OTHER_PHONE_WEIGHT < OTHER_PERSON_PHONE_WEIGHT < 0
    # a distinctive name mistyped once, a colleague, another number: one prospect
    found = match(one, colleague, frequencies=FREQUENCIES)
    assert codes(found) == (COMPANY_ALIKE, OTHER_CONTACT, OTHER_PHONE)


def test_rare_shared_word_weighs_more_than_common_one():
    def weight(name):
        return compare(lead(company=name), lead(company=name), frequencies=FREQUENCIES)[0].weight

    assert weight("Vertex Abadi") > weight("Maju Abadi") > weight("Jaya Abadi")
    assert weight("Vertex") > weight("Jaya")
    # without frequencies every word weighs the same
    assert compare(lead(company="Vertex"), lead(company="Vertex"))[0].weight == (
        compare(lead(company="Jaya"), lead(company="Jaya"))[0].weight
    )
    # a one-word name: a rare one matches despite another contact, a common one does not
    assert (
        match(
            lead(id=1, company="Jaya", contact="Budi Santoso"),
            lead(id=2, company="Jaya", contact="Sari Dewi"),
            frequencies=FREQUENCIES,
        )
        is None
    )
    assert match(
        lead(id=1, company="Vertex", contact="Budi Santoso"),
        lead(id=2, company="Vertex", contact="Sari Dewi"),
        frequencies=FREQUENCIES,
    )


def test_word_frequencies():
    assert NO_FREQUENCIES.bits("jaya") == NO_FREQUENCIES.bits("vertex") == 7
    assert FREQUENCIES.bits("jaya") < FREQUENCIES.bits("peters") < FREQUENCIES.bits("vertex") <= 13
    # a word in no name is as rare as can be; a small database does not make a word look rare
    assert FREQUENCIES.bits("zzz") == 13
    assert FREQUENCIES.bits("vertex") > 12
    assert 5.5 < WordFrequencies({"vertex": 1}, 10).bits("vertex") < 7
    assert FREQUENCIES.are_two_words("putra", "putri")
    assert not FREQUENCIES.are_two_words("vertex", "vertx")
    with pytest.raises(TypeError):
        FREQUENCIES.counts["jaya"] = 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        FREQUENCIES.total = 1


def test_public_mail_providers_from_outside():
    one = lead(id=1, company="Bakkerij Jansen", email="jan@hetnet-mail.nl")
    other = lead(id=2, company="Slagerij Smit", email="piet@hetnet-mail.nl")
    assert codes(compare(one, other)) == (SAME_EMAIL_DOMAIN, OTHER_COMPANY)
    assert codes(compare(one, other, providers={"hetnet-mail.nl"})) == (OTHER_COMPANY,)
    # a small company writing from a provider says nothing against its other leads' company domain
    company = lead(id=3, company="Bakkerij Jansen", email="info@bakkerijjansen.nl")
    assert codes(compare(one, company)) == (COMPANY_ALIKE, OTHER_EMAIL_DOMAIN)
    assert codes(compare(one, company, providers={"hetnet-mail.nl"})) == (COMPANY_ALIKE,)


def test_one_domain_name_under_two_top_level_domains_is_not_another_domain():
    one = lead(company="PT Maju Jaya", email="budi@majujaya.co.id")
    other = lead(company="PT Maju Jaya", email="sari@majujaya.com")
    assert codes(compare(one, other)) == (COMPANY_ALIKE,)
    # nor under a country's domain sold as a generic one
    assert codes(compare(one, lead(company="PT Maju Jaya", email="sari@majujaya.io"))) == (COMPANY_ALIKE,)


def test_two_persons_at_a_provider_s_domain_mistyped_are_no_colleagues():
    # "yaho.co.id" is nobody's company domain: Yahoo's, mistyped
    one = lead(id=1, contact="Budi Wijaya", email="budi_wijaya@yaho.co.id", phone="+62 855 693 4210")
    other = lead(
        id=2, company="Sentosa Citra Teknik, PT", contact="Hendra", email="Sentosa.Citra.Teknik@Yaho.co.id"
    )
    assert SAME_EMAIL_DOMAIN not in codes(compare(one, other))
    assert match(one, other) is None
    # one mailbox at the provider's domain and at its slip is still one address
    assert codes(compare(one, lead(id=3, email="budi_wijaya@yahoo.co.id"))) == (EMAIL_ALIKE,)


def test_one_domain_name_in_two_countries_is_another_domain():
    # one name registered in two neighbouring countries: two companies
    one = lead(
        id=1,
        company="Dijkstra & Kuijpers Hoveniers BV",
        contact="Jan Geerts",
        email="info@dijkstra-kuijpers-hoveniers.be",
    )
    other = lead(
        id=2,
        company="Dijkstra & Kuijpers Hoveniers B.V.",
        contact="Annie van Vliet",
        email="avanvliet@dijkstra-kuijpers-hoveniers.nl",
    )
    assert codes(compare(one, other)) == (COMPANY_ALIKE, OTHER_EMAIL_DOMAIN, OTHER_CONTACT)
    assert match(one, other) is None
    # the European Union's domain tells no country: one company's ".be" and ".eu"
    flemish = lead(company="Van Acker & Hermans", email="jan@van-acker-hermans.be")
    european = lead(company="Van Acker & Hermans", email="els@van-acker-hermans.eu")
    assert OTHER_EMAIL_DOMAIN not in codes(compare(flemish, european))
    # "co.id" and "com.my" are Indonesia's and Malaysia's
    indonesian = lead(company="PT Selatan Putra", email="budi@selatanputra.co.id")
    malaysian = lead(company="Selatan Putra Sdn Bhd", email="hidayah@selatanputra.com.my")
    assert OTHER_EMAIL_DOMAIN in codes(compare(indonesian, malaysian))


def test_reasons_show_values_as_typed():
    found = match(
        lead(id=1, company="PT Maju Jaya Abadi", contact="Budi Santoso", phone="0812 3456 7890", partner=5),
        lead(id=2, company="Maju Jaya Abadii", contact="B. Santoso", mobile="+62 812-3456-7890", partner=5),
    )
    assert found == Match(
        score=100,
        weight=PRIOR_WEIGHT + 14 + 10 + 10 + 2,
        reasons=(
            Reason(SAME_PARTNER, 100, "", "", 14.0),
            Reason(SAME_PHONE, 100, "0812 3456 7890", "+62 812-3456-7890", 10.0),
            Reason(COMPANY_ALIKE, 96, "PT Maju Jaya Abadi", "Maju Jaya Abadii", 10.0),
            Reason(CONTACT_ALIKE, 90, "Budi Santoso", "B. Santoso", 2.0),
        ),
    )
    assert {reason.polarity for reason in found.reasons} == {FOR}


def test_reasons_against_list_every_number():
    found = compare(lead(phone="0812 1111 2222 / 0813 3333 4444"), lead(mobile="(021) 555-1234"))
    assert found == (Reason(OTHER_PHONE, 0, "0812 1111 2222 / 0813 3333 4444", "(021) 555-1234", -2.5),)


def test_reason_codes_and_polarity():
    assert set(REASON_CODES) == set(REASON_POLARITY)
    assert REASON_CODES.index(CONTACT_ALIKE) < REASON_CODES.index(OTHER_EMAIL_DOMAIN)


@pytest.mark.parametrize(
    ("threshold", "expected_score"),
    [(50, 85), (85, 85), (86, None), (100, None)],
)
def test_match_threshold_is_the_least_score(threshold, expected_score):
    found = match(
        lead(id=1, company="Bakkerij Jansen", contact="Jan de Vries"),
        lead(id=2, company="Bakkerij Jansem", contact="Piet Smit"),
        threshold,
    )
    assert (found.score if found else None) == expected_score


def test_contact_alone_never_matches_whatever_the_threshold():
    assert match(lead(id=1, contact="Budi Santoso"), lead(id=2, contact="Budi Santoso"), threshold=0) is None


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
        lead(id=17, company="PT Abadi Jaya Maju"),
    ]
    ranked = rank(target, candidates)
    assert [(candidate.id, found.score) for candidate, found in ranked] == [
        (11, 100),
        (12, 99),
        (13, 99),
        (14, 99),
    ]


def test_rank_without_candidates():
    assert rank(lead(id=1, company="Maju Jaya"), []) == []


def test_two_mobile_prefixes_are_two_numbers():
    """Two numbers that share only their last nine digits are two people's (review: Budi and Siti)."""
    budi = lead(id=1, contact="Budi Santoso", phone="0812 3456 7890", country="ID")
    siti = lead(id=2, contact="Siti Rahma", phone="+62 852 3456 7890")
    assert match(budi, siti) is None


def test_a_calling_code_typed_without_plus_is_still_the_same_number():
    with_code = lead(id=1, phone="62 812 3456 7890")
    national = lead(id=2, phone="0812-3456-7890", country="ID")
    found = match(with_code, national)
    assert found and found.reasons[0].code == SAME_PHONE


def test_belgian_numbers_written_with_a_slash_are_one_number_each():
    """A Belgian number written "0475/12.34.56" is one number: two that differ do not match."""
    first = lead(id=1, contact="Jan Peeters", phone="0475/12.34.56", country="BE")
    second = lead(id=2, contact="Els Maes", phone="0486/12.34.56", country="BE")
    assert match(first, second) is None
    same = lead(id=3, phone="+32 475 12 34 56")
    found = match(first, same)
    assert found and found.reasons[0].code == SAME_PHONE


def test_evidence_is_what_the_reasons_weigh_beyond_the_prior():
    left = lead(1, company="PT Maju Jaya Abadi", email="budi@majujaya.co.id")
    right = lead(2, company="Maju Jaya Abadi, PT", email="sari@majujaya.co.id", contact="Sari")
    found = match(left, right)
    assert found.weight == pytest.approx(PRIOR_WEIGHT + evidence(found.reasons))
    assert evidence(compare(left, right)) == pytest.approx(sum(reason.weight for reason in found.reasons))
    assert evidence(()) == 0


def test_keys_share_their_words_within_a_bounded_table(monkeypatch):
    # the duplicate scan holds a whole CRM's keys: one object for each word, but never an unbounded table
    from crm_lead_convert.core import lead_key

    one, other = (
        lead(1, company="PT Maju Jaya Abadi", contact="Budi Santoso"),
        lead(2, company="Maju Jaya Abadi, PT", contact="Santoso, Budi"),
    )
    assert all(a is b for a, b in zip(one.company_words, other.company_words, strict=True))
    assert one.legal_forms is other.legal_forms
    monkeypatch.setattr(lead_key, "SHARED_WORDS", 3)
    for number in range(10):
        lead(number, company=f"Toko Nomor{number} Jaya Abadi")
        assert len(lead_key._WORDS) <= 3 + 4 + 2


def test_a_lead_without_company_name_at_a_domain_spelling_the_other_s_name_is_that_company_s():
    # a web form that asked only for an address: the company domain names the company
    for email, contact, company, other_contact in (
        ("dewi.kusumawsti@rayamakmurtrading.com", "Dewk Kusumawati", "PT Raya Makmur Trading ",
         "Dewi Kusumawati"),
        ("farid@chyejooroofing.com", "Farid bin Ismail", "Chye Joo Roofing Pte Ltd", "Farid bin Ismail"),
        ("Maria de Jong <maria@maas-advies.nl>", "Maria de Jong", "Maas Advies B.V.", "Sanne"),
    ):  # fmt: skip
        web = lead(1, contact=contact, email=email)
        other = lead(2, company=company, contact=other_contact, phone="058-2255870", country="NL")
        for found in (match(web, other, frequencies=FREQUENCIES), match(other, web, frequencies=FREQUENCIES)):
            assert found is not None
            spelled = found.reasons[0]
            assert spelled.code == DOMAIN_SPELLS_COMPANY
            assert spelled.weight == agreement_weight(other.company_words, 0, FREQUENCIES)
            # the address first, then the name it spells, whichever lead is compared with which
            assert (spelled.left, spelled.right) == (email, company.strip())
        # without the address, nothing but the contact
        assert match(lead(1, contact=contact), other, frequencies=FREQUENCIES) is None
    # a short name, a domain that spells another name: nothing (a public provider's mailbox named after the
    # company: the next test)
    assert (
        match(lead(1, contact="Sri", email="sri@sinar.nl"), lead(2, company="Sinar", contact="Sri")) is None
    )
    assert (
        match(
            lead(1, contact="Dewi Kusumawati", email="dewi@rayamakmurtrading.com"),
            lead(2, company="PT Raya Makmur Teknik", contact="Dewi Kusumawati"),
        )
        is None
    )
    # a name many leads hold weighs as common as it is, as the name itself would
    counts = {"depot": 40, "mulia": 60, "sentosa": 80}
    common = WordFrequencies(counts, 20000, {"depot mulia sentosa": 40})
    shop = lead(2, company="Depot Mulia Sentosa", contact="Sukardi")
    web = lead(1, contact="Taufik Siregar", email="taufik@depotmuliasentosa.com")
    assert match(web, shop, frequencies=WordFrequencies(counts, 20000))
    assert match(web, shop, frequencies=common) is None
    assert codes(compare(web, shop, frequencies=common)) == (DOMAIN_SPELLS_COMPANY, OTHER_CONTACT)


def test_a_lead_without_company_name_writing_from_a_mailbox_named_after_a_company_is_that_company_s():
    # a small business writing from a public provider's mailbox named after it, a legal form before the name
    # or not, digits and separators aside
    for email, company in (
        ("salon.insan.cahaya@gmail.com", "PT Salon Insan Cahaya"),
        ("Yudi <cv.bintang_timur@yahoo.co.id>", "CV Bintang Timur"),
        ("dewulftuinaanlegmetaal19@skynet.be", "Dewulf Tuinaanleg Metaal"),
    ):
        mailbox = lead(1, contact="Yudi Hartono", email=email)
        other = lead(2, company=company, contact="Yudi Hartono", phone="0542 75 08 11", country="ID")
        for found in (
            match(mailbox, other, frequencies=FREQUENCIES),
            match(other, mailbox, frequencies=FREQUENCIES),
        ):
            assert codes(found) == (MAILBOX_SPELLS_COMPANY, CONTACT_ALIKE)
            spelled = found.reasons[0]
            # less than the name typed: anyone may open such a mailbox, and shops of one name each have one
            weight = agreement_weight(other.company_words, 0, FREQUENCIES)
            assert spelled.weight == weight - MAILBOX_SPELLING_DISCOUNT
            assert (spelled.left, spelled.right) == (email, company)
        # without the address, nothing but the contact
        assert match(lead(1, contact="Yudi Hartono"), other, frequencies=FREQUENCIES) is None
    # a name of common words says nothing through a mailbox, where the name typed says a little
    shop = lead(2, company="CV Abadi Jaya", contact="Yudi Hartono")
    assert agreement_weight(shop.company_words, 0, FREQUENCIES) < MAILBOX_SPELLING_DISCOUNT
    mailbox = lead(1, contact="Yudi Hartono", email="cv.abadijaya@yahoo.co.id")
    assert codes(compare(mailbox, shop, frequencies=FREQUENCIES)) == (CONTACT_ALIKE,)
    # not the company's: a mailbox named after the lead's own contact, a business of the same name writing
    # from its own domain or its own mailbox, a person who typed their name as the company's, a short name,
    # a lead with a company name of its own, a company domain (test above)
    company = lead(2, company="PT Salon Insan Cahaya", contact="Yudi Hartono")
    for mailbox, other in (
        (lead(1, contact="Teguh Kusuma", email="teguh.kusuma@yahoo.com"), lead(2, company="UD Teguh Kusuma")),
        (lead(1, contact="Teguh Kusuma", email="kusumateguh@yahoo.com"), lead(2, company="UD Teguh Kusuma")),
        (lead(1, contact="Teguh Kusuma", email="tkusuma@yahoo.com"), lead(2, company="UD Tkusuma")),
        (
            lead(1, contact="Yudi Hartono", email="saloninsancahaya@gmail.com"),
            lead(2, company="PT Salon Insan Cahaya", contact="Yudi", email="yudi@saloninsancahaya.co.id"),
        ),
        (
            lead(1, contact="Dewi Hakim", email="tokoberkah@gmail.com"),
            lead(2, company="Toko Berkah", contact="Dewi", email="tokoberkah.bek@gmail.com"),
        ),
        (
            lead(1, contact="Dewi Hakim", email="sari.handayani@yahoo.co.id"),
            lead(2, company="UD Sari Handayani", contact="Handayani, Sari", phone="0896-4454-8314"),
        ),
        # without a contact name, a mailbox named after a person may be anyone's: the owner's private one
        (
            lead(1, email="budi.santoso@gmail.com"),
            lead(2, company="UD Budi Santoso", contact="Ani Wulandari", phone="0896-4454-8314"),
        ),
        (
            lead(1, contact="Yudi Hartono", email="abadi@gmail.com"),
            lead(2, company="Abadi", contact="Yudi Hartono"),
        ),
        (lead(1, company="Toko Maju", contact="Yudi Hartono", email="saloninsancahaya@gmail.com"), company),
    ):
        for left, right in ((mailbox, other), (other, mailbox)):
            assert MAILBOX_SPELLS_COMPANY not in codes(compare(left, right, frequencies=FREQUENCIES))
    # a business of the same name at its own domain, which Similar Leads leaves out of the key where many
    # leads write from it: still its own address
    at_domain = lead(2, company="PT Salon Insan Cahaya", contact="Yudi", email="yudi@saloninsancahaya.co.id")
    mailbox = lead(1, contact="Yudi Hartono", email="salon.insan.cahaya@gmail.com")
    busy = dataclasses.replace(at_domain, email_domain="")
    for left, right in ((mailbox, busy), (busy, mailbox)):
        assert MAILBOX_SPELLS_COMPANY not in codes(compare(left, right, frequencies=FREQUENCIES))
    # a mailbox at a company's domain spelling a name is no public provider's: the company domain speaks
    mailbox = lead(1, contact="Yudi Hartono", email="salon.insan.cahaya@sarana.co.id")
    for left, right in ((mailbox, company), (company, mailbox)):
        assert MAILBOX_SPELLS_COMPANY not in codes(compare(left, right, frequencies=FREQUENCIES))
    # the same address on both: the same mailbox, whatever it spells, counted once
    same = lead(2, company="Toko Berkah", contact="Dewi", email="tokoberkah@gmail.com")
    found = match(lead(1, contact="Dewi Hakim", email="tokoberkah@gmail.com"), same)
    assert codes(found)[0] == SAME_EMAIL
    assert MAILBOX_SPELLS_COMPANY not in codes(found)
    # the same mailbox but for Gmail's dots: not another business's mailbox
    dotted = lead(2, company="PT Salon Insan Cahaya", contact="Yudi", email="saloninsancahaya@gmail.com")
    mailbox = lead(1, contact="Yudi Hartono", email="salon.insan.cahaya@gmail.com")
    for left, right in ((mailbox, dotted), (dotted, mailbox)):
        assert MAILBOX_SPELLS_COMPANY in codes(compare(left, right, frequencies=FREQUENCIES))


def test_an_address_with_its_domain_mistyped_is_the_same_mailbox():
    # a letter wrong, missing, added, or two swapped in the domain: the same mailbox, enough alone
    for typed, mistyped in (
        ("jozef.janssens@telenet.be", "Jozef Janssens <jozef.janssens@telenet.b>"),
        ("DEDI.WIJAYA@GMAIL.COM", "dedi.wijaya@gmial.com"),
        ("sutrisno@yahoo.co.id", "sutrisno@yahoo.co.di"),
        ("sutrisno@yahoo.co.id", "sutrisno@yaho.co.id"),
        ("h.bakker@bakkerijsmit.nl", "h.bakker@bakkerijsmitt.nl"),
    ):
        found = match(lead(1, email=typed), lead(2, email=mistyped))
        assert found is not None, (typed, mistyped)
        assert codes(found) == (EMAIL_ALIKE,)
        assert found.reasons[0].weight == EMAIL_ALIKE_WEIGHT
        assert (found.reasons[0].left, found.reasons[0].right) == (typed, mistyped)
    # the same address weighs more
    same = match(lead(1, email="sutrisno@yahoo.co.id"), lead(2, email="Sutrisno@Yahoo.co.id"))
    alike = match(lead(1, email="sutrisno@yahoo.co.id"), lead(2, email="sutrisno@yaho.co.id"))
    assert same.score > alike.score
    for left, right in (
        # a mailbox name too short to be a person's
        ("info@bakkerijsmit.nl", "info@bakkerijsmit.n"),
        ("a" * (MAILBOX_MIN_LENGTH - 1) + "@telenet.be", "a" * (MAILBOX_MIN_LENGTH - 1) + "@telenet.b"),
        # two real providers a letter apart: two persons as often
        ("sari.santoso@gmail.com", "sari.santoso@ymail.com"),
        # two slips, another mailbox name
        ("sutrisno@yahoo.co.id", "sutrisno@yaho.co.di"),
        ("sutrisno@yahoo.co.id", "sutrisno2@yahoo.co.id"),
    ):
        assert match(lead(1, email=left), lead(2, email=right)) is None, (left, right)
    assert match(
        lead(1, email="a" * MAILBOX_MIN_LENGTH + "@telenet.be"), lead(2, email="a" * 6 + "@telenet.b")
    )
    # a provider's domain mistyped, in Odoo's list of providers too: the same mailbox; two real ones: two
    odoo_providers = frozenset({"gmial.com", "gmai.com", "hotmai.com", "ymail.com", "yahoo.co.in"})
    for typed, mistyped in (
        ("dedi.wijaya@gmail.com", "dedi.wijaya@gmial.com"),
        ("dedi.wijaya@gmail.com", "dedi.wijaya@gmai.com"),
        ("dedi.wijaya@hotmail.com", "dedi.wijaya@hotmai.com"),
    ):
        found = match(lead(1, email=typed), lead(2, email=mistyped), providers=odoo_providers)
        assert codes(found) == (EMAIL_ALIKE,), (typed, mistyped)
    for left, right in (
        ("sari.santoso@gmail.com", "sari.santoso@ymail.com"),
        ("sari.santoso@yahoo.co.id", "sari.santoso@yahoo.co.in"),
    ):
        assert match(lead(1, email=left), lead(2, email=right), providers=odoo_providers) is None
    # a role's mailbox at two companies' domains a letter apart ("Jaya" / "Raya"): two companies
    for role in ("marketing", "purchasing", "sales1", "marketing.jkt", "administratie", "verkoop"):
        found = match(lead(1, email=f"{role}@sinarjaya.co.id"), lead(2, email=f"{role}@sinarraya.co.id"))
        assert found is None, role


def test_a_number_mistyped_by_a_digit_with_the_same_contact_is_the_same_prospect():
    # a digit wrong, or two neighbours swapped: with the same person, a match; alone, not enough
    for number, mistyped in (
        ("(+62) 857 8108 8758", "(+62) 857 8108 8788"),
        ("021-78169356", "T: +62-21-78169365"),
        ("06 1234 5678", "+31 6 1234 5687"),
    ):
        person = lead(1, contact="Fauzi Halim", mobile=number, country="ID")
        found = match(person, lead(2, contact="Fauzi Halim", phone=mistyped, email="fauzi.halim@gmail.com"))
        assert codes(found) == (PHONE_ALIKE, CONTACT_ALIKE), (number, mistyped)
        assert found.reasons[0].weight == PHONE_ALIKE_WEIGHT
        assert (found.reasons[0].left, found.reasons[0].right) == (number, mistyped)
        # another person's number a digit apart: two numbers (one office's lines are numbered in a row)
        other_person = compare(person, lead(2, contact="Dewi Lestari", phone=mistyped))
        assert PHONE_ALIKE not in codes(other_person)
        assert OTHER_PHONE in codes(other_person)
    # two digits wrong, numbers of another length, too few digits: other numbers
    for number, other in (
        ("0857 8108 8758", "0857 8108 8711"),
        ("0857 8108 8758", "0857 8108 875"),
        ("6251 2235", "6251 2253"),
    ):
        found = compare(
            lead(1, contact="Fauzi Halim", phone=number), lead(2, contact="Fauzi Halim", phone=other)
        )
        assert PHONE_ALIKE not in codes(found), (number, other)
    # the same number weighs more
    same = match(lead(1, contact="Fauzi Halim", phone="0857 8108 8758"), lead(2, contact="Fauzi Halim",
                 phone="+62 857-8108-8758"))  # fmt: skip
    alike = match(lead(1, contact="Fauzi Halim", phone="0857 8108 8758"), lead(2, contact="Fauzi Halim",
                  phone="0857 8108 8785"))  # fmt: skip
    assert same.score > alike.score
    # another prefix, the same last nine digits but one: two numbers
    found = compare(lead(1, contact="Fauzi Halim", phone="0857 8108 8758", country="ID"),
                    lead(2, contact="Fauzi Halim", phone="0812 8108 8759", country="ID"))  # fmt: skip
    assert PHONE_ALIKE not in codes(found)
    # a given name alone is many persons' ("Sari", "Pak Budi"): one office's lines are numbered in a row
    for name, other_name in (("Sari", "Sari"), ("Pak Budi", "Budi"), ("Sari", "Sari Wulandari")):
        found = compare(lead(1, contact=name, phone="021 2921 2200", country="ID"),
                        lead(2, contact=other_name, phone="021 2921 2201", country="ID"))  # fmt: skip
        assert PHONE_ALIKE not in codes(found), (name, other_name)
    # Similar Leads reads a candidate's numbers where its stored keys are a digit from the lead's, as where
    # they are the same (lead_key.may_hold_phone): compared as keys, numbers are never alike
    typed = lead(1, contact="Fauzi Halim", phone="0857 8108 8758")
    stored = lead(2, contact="Fauzi Halim", phone="0857 8108 8785")
    assert not shares_phone_key(typed, stored.phone_keys())
    assert may_hold_phone(typed, stored.phone_keys())
    assert not may_hold_phone(typed, lead(3, phone="0857 8108 8711").phone_keys())
    from_keys = LeadKey.from_values(2, False, "Fauzi Halim", False, False, False, False, False,
                                    phone_keys=stored.phone_keys())  # fmt: skip
    assert PHONE_ALIKE not in codes(compare(typed, from_keys))


def test_a_name_many_leads_hold_weighs_as_common_as_it_is():
    # Words rare one by one, but the very same name on 40 leads of a large CRM: several prospects hold it.
    # Two of its leads with other contacts and nothing else are matched only where few leads hold it; the
    # same phone still ties them.
    counts = {"depot": 40, "mulia": 60, "sentosa": 80}
    rare = WordFrequencies(counts, 20000)
    common = WordFrequencies(counts, 20000, {"depot mulia sentosa": 40})
    one = lead(1, company="PT Depot Mulia Sentosa", contact="Taufik Siregar", email="taufik@gmail.com")
    other = lead(2, company="Depot Mulia Sentosa", contact="Sukardi", phone="0812 1111 2222")
    assert codes(match(one, other, frequencies=rare)) == (COMPANY_ALIKE, OTHER_CONTACT)
    assert match(one, other, frequencies=common) is None
    assert compare(one, other, frequencies=common)[0].weight < compare(one, other, frequencies=rare)[0].weight
    # a typo on one side: the name weighs as the commoner spelling does
    typo = lead(3, company="Depot Mullia Sentosa", contact="Sukardi")
    assert match(one, typo, frequencies=rare)
    assert match(one, typo, frequencies=common) is None
    same_phone = lead(4, company="CV Depot Mulia Sentosa", contact="Sari", phone="(0812) 1111-2222")
    assert match(other, same_phone, frequencies=common)
    # as many leads as one prospect may have: the words alone weigh
    few = WordFrequencies(counts, 20000, {"depot mulia sentosa": COMMON_NAME_LEADS})
    assert match(one, other, frequencies=few)
    with pytest.raises(TypeError):
        common.names["depot mulia sentosa"] = 1
    # the more leads hold it, the less it weighs, never against
    weights = [
        compare(one, other, frequencies=WordFrequencies(counts, 20000, {"depot mulia sentosa": leads}))[0]
        for leads in (COMMON_NAME_LEADS + 1, 16, 40, 1000)
    ]
    assert [reason.code for reason in weights] == [COMPANY_ALIKE] * 4
    assert weights[0].weight > weights[1].weight > weights[2].weight >= weights[3].weight > 0


def test_a_private_person_s_own_name_as_company_is_no_company_name():
    # A web form asked for a company, and two namesakes typed their own name there: it is their contact
    # name, not two companies alike, and a name alone never matches.
    one = lead(1, company="Budi Saputra", contact="Budi Saputra", phone="0817 7245 3700", country="ID")
    other = lead(2, company="Budi Saputra", contact="Saputra, Budi", email="budi2477@yahoo.com")
    assert (one.company, other.company) == ("", "")
    assert codes(compare(one, other, frequencies=FREQUENCIES)) == (CONTACT_ALIKE,)
    assert match(one, other, frequencies=FREQUENCIES) is None
    # the same person, by the same number, is still found
    same = lead(3, company="Budi Saputra", contact="Budi Saputra", phone="+62 817-7245-3700")
    assert codes(match(one, same, frequencies=FREQUENCIES)) == (SAME_PHONE, CONTACT_ALIKE)
    # the name typed only as the company on one lead, as company and contact on the other: still a name
    # alone, not matched (it was, as two company names alike, before such names were taken for persons)
    company_only = lead(6, company="Budi Saputra", email="budi.saputra@gmail.com")
    assert company_only.company == "budi saputra"
    assert codes(compare(one, company_only, frequencies=FREQUENCIES)) == ()
    assert match(one, company_only, frequencies=FREQUENCIES) is None
    # a company registered under its owner's name keeps it, as does a company named after a family
    assert lead(4, company="CV Budi Saputra", contact="Budi Saputra").company == "budi saputra"
    assert lead(5, company="Bakkerij Jansen", contact="Piet Jansen").company == "bakkerij jansen"


def test_a_dotted_degree_after_the_name_is_no_other_word_of_it():
    # "S.E." (Sarjana Ekonomi) typed without a comma: the same person, and a private person's own name with
    # it typed as the company is no company name
    one = lead(1, company="PT Maju Jaya Abadi", contact="Budi Santoso S.E.", phone="+62 812 3456 7890")
    other = lead(2, company="PT Maju Jaya Abadi", contact="Budi Santoso", email="budi@gmail.com")
    assert codes(match(one, other, frequencies=FREQUENCIES)) == (COMPANY_ALIKE, CONTACT_ALIKE)
    assert not lead(3, company="Budi Santoso S.E.", contact="Budi Santoso").company


def test_another_person_weighs_as_the_database_shows_namesakes():
    # "Apex Technologies" written by two colleagues from public addresses: the name, another person, nothing
    # else. Whether that is one company depends on how often one name written by two persons is two companies
    # in this CRM, which the pairs writing from company domains show (WordFrequencies.namesakes).
    counts = {"apex": 100, "technologies": 900}
    one = lead(1, company="Apex Technologies", contact="Lim Siew Lan", email="siewlim@hotmail.com")
    other = lead(2, company="Apex Technologies", contact="Yeo Jun Jie", email="jun58@hotmail.com")

    def contact_weight(namesakes):
        frequencies = WordFrequencies(counts, 20000, namesakes=namesakes)
        reasons = compare(one, other, frequencies=frequencies)
        assert codes(reasons) == (COMPANY_ALIKE, OTHER_CONTACT)
        assert reasons[1].weight == other_contact_weight(frequencies)
        return reasons[1].weight, match(one, other, frequencies=frequencies)

    # counted nowhere, or as often as in the data the weights were set on: as before
    assert contact_weight((0, 0))[0] == OTHER_CONTACT_WEIGHT
    assert other_contact_weight(NO_FREQUENCIES) == OTHER_CONTACT_WEIGHT
    assert contact_weight((1000, 110))[0] == pytest.approx(OTHER_CONTACT_WEIGHT)
    assert contact_weight((1000, 110))[1] is None
    # a CRM whose names are rarely two companies (22 of 699 pairs from two domains): a colleague, matched
    weight, found = contact_weight((699, 22))
    assert OTHER_CONTACT_WEIGHT < weight < 0
    assert codes(found) == (COMPANY_ALIKE, OTHER_CONTACT)
    # never for, however rare namesakes are
    assert contact_weight((100000, 0))[0] == 0
    # a CRM full of namesakes (one pair in two): another person weighs more against, within bounds
    weight, found = contact_weight((1000, 500))
    assert OTHER_CONTACT_WEIGHT - 2 <= weight < OTHER_CONTACT_WEIGHT
    assert found is None
    # a few pairs counted move it little: 5 of 5 from two domains
    assert contact_weight((5, 5))[0] > OTHER_CONTACT_WEIGHT - 1
    # two legal forms of one name are two registered companies, whatever the database shows
    pt = lead(4, company="PT Apex Technologies", contact="Lim Siew Lan", email="siewlim@hotmail.com")
    cv = lead(5, company="CV Apex Technologies", contact="Yeo Jun Jie", email="jun58@hotmail.com")
    reasons = compare(pt, cv, frequencies=WordFrequencies(counts, 20000, namesakes=(699, 22)))
    assert codes(reasons) == (COMPANY_ALIKE, OTHER_LEGAL_FORM, OTHER_CONTACT)
    assert reasons[2].weight == OTHER_CONTACT_WEIGHT
    # a name more leads hold than one prospect has is several prospects' name: as ever
    common = WordFrequencies(counts, 20000, {"apex technologies": COMMON_NAME_LEADS + 1}, (699, 22))
    reasons = compare(one, other, frequencies=common)
    assert codes(reasons) == (COMPANY_ALIKE, OTHER_CONTACT)
    assert reasons[1].weight == OTHER_CONTACT_WEIGHT
    # counts that cannot be (more pairs from two domains than pairs) count as none
    assert contact_weight((5, 200))[0] == OTHER_CONTACT_WEIGHT
    # names that do not agree: another person weighs as ever
    differ = lead(3, company="Apex Technologies Asia", contact="Yeo Jun Jie", email="jun58@hotmail.com")
    reasons = compare(one, differ, frequencies=WordFrequencies(counts, 20000, namesakes=(699, 22)))
    assert codes(reasons) == (COMPANY_WORDS_DIFFER, OTHER_CONTACT)
    assert reasons[1].weight == OTHER_CONTACT_WEIGHT


def test_a_name_agreeing_weighs_less_where_the_database_shows_many_namesakes():
    # "Autobedrijf Wijnands" written by Henk from his mobile and by Kees from a public address: the name,
    # another person, nothing else. In a CRM of small businesses named from a stock of trades and family
    # names, the very same name is another business's about as often as not, which the pairs writing from
    # company domains show (WordFrequencies.namesakes); the word weights only say how rare each word is.
    counts = {"autobedrijf": 300, "wijnands": 12}
    one = lead(
        1, company="Autobedrijf Wijnands", contact="Henk Wijnands", phone="+31 6 1234 5678", country="NL"
    )
    other = lead(2, company="Autobedrijf Wijnands B.V.", contact="Kees Maas", email="keesmaas@gmail.com")

    def name_weight(namesakes, names=None):
        frequencies = WordFrequencies(counts, 20000, names or {}, namesakes)
        reasons = compare(one, other, frequencies=frequencies)
        assert codes(reasons) == (COMPANY_ALIKE, OTHER_CONTACT)
        return reasons[0].weight, match(one, other, frequencies=frequencies)

    # as often as in the data the weights were set on, or counted nowhere: as before, a colleague
    before, found = name_weight((1000, 110))
    assert namesake_name_adjustment(WordFrequencies(counts, 20000, namesakes=(1000, 110))) == 0
    assert codes(found) == (COMPANY_ALIKE, OTHER_CONTACT)
    assert name_weight((0, 0))[0] == before
    # namesakes rarer than there: never more for the name
    assert name_weight((100000, 0))[0] == before
    # a CRM where seven pairs in ten are two businesses: less, not below a name's least weight; not listed
    weight, found = name_weight((10000, 7300))
    assert COMPANY_MIN_WEIGHT <= weight < before - 3
    assert found is None
    # a few pairs counted move it little
    assert name_weight((5, 4))[0] > before - 1
    # a name more leads hold than one prospect has weighs as common as it is, as ever
    held = {"autobedrijf wijnands": COMMON_NAME_LEADS + 2}
    assert name_weight((10000, 7300), held)[0] == name_weight((1000, 110), held)[0]
    # the same business by its number is still found there
    again = lead(3, company="Autobedrijf Wijnands", contact="Kees Maas", phone="06-12345678", country="NL")
    frequencies = WordFrequencies(counts, 20000, namesakes=(10000, 7300))
    assert SAME_PHONE in codes(match(one, again, frequencies=frequencies))
    # an address spelling the name says no more than the name: one of the businesses of that name writes
    # from it
    spelled = lead(4, contact="Kees Maas", email="kees@autobedrijfwijnands.nl")
    weights = []
    for namesakes in ((1000, 110), (10000, 7300)):
        reasons = compare(one, spelled, frequencies=WordFrequencies(counts, 20000, namesakes=namesakes))
        assert codes(reasons) == (DOMAIN_SPELLS_COMPANY, OTHER_CONTACT)
        weights.append(reasons[0].weight)
    assert weights[0] == pytest.approx(before)
    assert COMPANY_MIN_WEIGHT <= weights[1] < before - 3
    assert match(one, spelled, frequencies=frequencies) is None


def test_a_domain_several_unrelated_companies_write_from_is_a_provider():
    # a provider's domain mistyped, which no list holds: the leads at it are of three unrelated companies
    at_slip = [
        lead(id=1, company="Schilderwerken Michiels CommV", contact="Jan Michiels", email="jan@outllook.com"),
        lead(
            id=2, company="Hoveniersbedrijf vd Bosch", contact="Piet Bosch", email="piet.bosch@outllook.com"
        ),
        lead(id=3, company="Klussenbedrijf 't Hart", contact="Kees Hart", email="khart@outllook.com"),
    ]
    assert provider_like_domains(at_slip) == {"outllook.com"}
    one, other = at_slip[:2]
    assert SAME_EMAIL_DOMAIN in codes(compare(one, other))
    assert SAME_EMAIL_DOMAIN not in codes(compare(one, other, providers=provider_like_domains(at_slip)))
    # a local internet provider: the lead of no company name takes no part, the others tell
    private = lead(id=4, contact="Sewdien Ramautar", email="sewdien@sr.net")
    shops = [
        lead(id=5, company="Eetcafe de Zwaan", email="dezwaan@sr.net"),
        lead(id=6, company="Installatiebedrijf Ramsaran", email="ramsaran@sr.net"),
    ]
    assert not provider_like_domains([private, *shops])
    assert provider_like_domains(
        [private, *shops, lead(id=7, company="Bos Catering", email="bos@sr.net")]
    ) == {"sr.net"}
    # a provider known already is not found again
    assert not provider_like_domains(at_slip, providers={"outllook.com"})


@pytest.mark.parametrize(
    ("domain", "names"),
    [
        # a chain's branches, one mistyped
        (
            "schelderenovatiebv.be",
            ["Schelde Renovatie Genk", "Schelde Renovatie Gnek", "Schelde Renovatie Lier"],
        ),
        # a group's companies, sharing the family name
        ("vanbeek.nl", ["Van Beek Bakkerij", "Van Beek Holding", "Van Beek Makelaardij"]),
        # one company's name mistyped, written together, and a trading name named like the domain
        ("persadaagung.co.id", ["Persada Agung", "Pesada Aggung", "PersadaAgung", "Persada Agung Logistik"]),
        # a company's name, its abbreviation and a person's name typed as the company: two companies at most
        ("bbnniaga.com", ["Bersama Berkah Niaga", "BBN", "Retno Lestari"]),
        # two unrelated names only: a company and its client's name typed in the company field
        ("kempenimmo.be", ["Kempen Immo", "Bakkerij Claes"]),
    ],
)
def test_a_company_s_domain_stays_a_company_s(domain, names):
    keys = [
        lead(id=number, company=name, email=f"info{number}@{domain}") for number, name in enumerate(names, 1)
    ]
    assert not provider_like_domains(keys)


def test_one_mailbox_at_a_provider_and_at_a_domain_taken_for_its_slip_is_one_address():
    # "outllook.com", taken for a provider's by the leads at it, is Outlook's mistyped: the same mailbox
    right = lead(id=1, company="Bakkerij Janssens", email="jozef.janssens@outlook.com")
    mistyped = lead(id=2, contact="Jozef Janssens", email="jozef.janssens@outllook.com")
    learned = {"outllook.com"}
    found = match(right, mistyped, providers=learned, learned_providers=learned)
    assert found is not None
    assert EMAIL_ALIKE in codes(found)
    # known as a provider's but not as learned: two providers' real domains, two persons as often
    assert match(right, mistyped, providers=learned) is None


def test_a_record_surely_one_prospect_with_a_sure_match_is_its_prospect_through_it():
    # Budi's company lead gave his mobile; his private lead the same mobile and his Gmail address; a third
    # lead, "Budi" from that address only. The first and the third share nothing but a first name.
    company = lead(1, company="PT Maju Jaya Abadi", contact="Budi Santoso", phone="+62 812 3456 7890")
    private = lead(2, contact="Budi Santoso", phone="0812-3456-7890", email="budi.santoso77@gmail.com")
    later = lead(3, contact="Budi", email="budi.santoso77@gmail.com")
    first = match(company, private, frequencies=FREQUENCIES)
    second = match(private, later, frequencies=FREQUENCIES)
    assert first.score >= SURE_SCORE and second.score >= SURE_SCORE
    assert match(company, later, frequencies=FREQUENCIES) is None
    found = through(first, second)
    assert codes(found) == codes(second)
    # as sure as both ties are: no surer than either, and listed
    assert DEFAULT_THRESHOLD <= found.score <= min(first.score, second.score)
    assert found.weight < min(first.weight, second.weight)
    # a sensitivity above it leaves it out
    assert through(first, second, found.score + 1) is None
    # a tie less than sure does not carry: "PT Maju Jaya Abadi" by another person, nothing else shared
    colleague = lead(4, company="PT Maju Jaya Abadi", contact="Sari Dewi", email="sari.dewi@yahoo.co.id")
    unsure = match(company, colleague, 0, frequencies=FREQUENCIES)
    assert unsure is not None and unsure.score < SURE_SCORE
    assert through(unsure, second) is None
    assert through(first, unsure) is None
    # the private lead's own sure matches are searched by what the company lead has not: its address
    assert keys_to_follow(company, private) == ("budi.santoso77@gmail.com", (), 0)
    assert keys_to_follow(private, company) == ("", (), 0)
    other_mobile = lead(5, contact="Budi Santoso", phone="0812 3456 7890 / 0813 1111 2222")
    assert keys_to_follow(company, other_mobile) == ("", other_mobile.phone_keys()[1:], 0)
    # very heavy ties give a score of 100, not a division by zero
    heavy = Match(score=100, weight=60.0, reasons=second.reasons)
    assert through(heavy, heavy).score == 100


def test_frequencies_read_for_two_searches_merge():
    # the words of a lead's search and those of its sure match's search, one database's counts
    first = WordFrequencies({"maju": 800, "jaya": 2500}, 20000, {"maju jaya": 40}, (100, 11))
    second = WordFrequencies({"sinar": 700}, 20001, {"sinar": 9}, (101, 11))
    merged = first.merged(second)
    assert dict(merged.counts) == {"maju": 800, "jaya": 2500, "sinar": 700}
    assert dict(merged.names) == {"maju jaya": 40, "sinar": 9}
    assert (merged.total, merged.namesakes) == (20001, (101, 11))
    # nothing counted on either side: the other side's as they are
    assert first.merged(NO_FREQUENCIES) is first
    assert NO_FREQUENCIES.merged(second) is second
