"""Normalisation of the texts by which leads about the same prospect are recognised."""

import pytest

from crm_lead_convert.core import normalize
from crm_lead_convert.core.lead_key import LeadKey
from crm_lead_convert.core.normalize import (
    CACHED_NAME_LENGTH,
    MAX_COMPANY_KEY_LENGTH,
    MAX_COMPANY_WORD_LENGTH,
    MAX_CONTACT_KEY_LENGTH,
    company_key,
    contact_key,
    email_domain,
    is_generic_email_domain,
    is_mistyped_provider_domain,
    legal_form_kinds,
    normalize_company,
    normalize_email,
    normalize_person,
    person_tokens,
    person_tokens_match,
    spelling_key,
)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("tjahaja", "cahaya"),
        ("djaja", "jaya"),
        ("soerabaja", "surabaya"),
        ("sedjahtera", "sejahtera"),
        ("njonja", "nyonya"),
        ("chairul", "khairul"),
        ("bakkerij", "bakkery"),
        ("pharma", "farma"),
        ("hidjau", "hijau"),
        ("dijk", "dyk"),
    ],
)
def test_spelling_key_writes_one_sound_alike(word, other):
    assert spelling_key(word) == spelling_key(other)


def test_spelling_key_keeps_other_words_apart():
    assert spelling_key("putra") != spelling_key("putri")
    assert spelling_key("jaya") != spelling_key("raya")


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
        ("Fa. Jansen & Zn.", "jansen zonen"),
        # "&" or a connective in words, a leading "The", "van der" or "v.d.": written either way
        ("Jansen en Zonen B.V.", "jansen zonen"),
        ("Jansen & Zonen", "jansen zonen"),
        ("PT Sumber Makmur dan Sejahtera", "sumber makmur sejahtera"),
        ("Wilson and Wood Cleaning Ltd", "wilson wood cleaning"),
        ("The Taylor Fabrication Company", "taylor fabrication"),
        ("PT The Master Steel", "master steel"),
        ("Bouwbedrijf Van den Berg", "bouwbedrijf vd berg"),
        ("Bouwbedrijf v.d. Berg", "bouwbedrijf vd berg"),
        ("Bouwbedrijf v/d Berg", "bouwbedrijf vd berg"),
        ("Jacobs & Van Der Wal B.V.", "jacobs vd wal"),
        ("H and M", "hm"),
        ("A. v/d Berg", "a vd berg"),
        # ... but a connective at either end is a name ("Dan" is a given name), and letters joined by "&" are
        # initials, not a legal form: "A&G" is no German AG
        ("Dan Motors", "dan motors"),
        ("PT Dan Motor Jaya", "dan motor jaya"),
        ("A&G Transport GmbH", "ag transport"),
        # ... but not a Dutch article, nor "van" alone: parts of a family name
        ("De Vries Transport", "de vries transport"),
        ("Bakkerij van Dijk", "bakkerij van dijk"),
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
        # a letter that folds into plain letters, a name typed in full-width letters
        ("Straße Bau GmbH", "strasse bau"),
        ("ＭＡＪＵ ＪＡＹＡ", "maju jaya"),
        ("Toko 21", "toko 21"),
        # Word order is kept: these are other companies than "Abadi Utama", "Visser Zorg".
        ("PT Utama Abadi Tbk", "utama abadi"),
        ("Zorg Visser V.O.F.", "zorg visser"),
        ("Supply Hout Meijer B.V.", "supply hout meijer"),
        # A name that is nothing but a legal form, a placeholder or one letter names no company.
        ("PT", ""),
        ("B.V.", ""),
        ("Pty Ltd", ""),
        ("-", ""),
        ("N/A", ""),
        ("n.v.t.", ""),
        ("Pribadi", ""),
        ("Tidak ada", ""),
        ("Particulier", ""),
        ("Privé", ""),
        ("Private", ""),
        ("x", ""),
        # single letters in a row are one word: "H&M" is a company
        ("H&M", "hm"),
        ("P & G Indonesia", "pg indonesia"),
        # ... a legal form typed so too
        ("P. T. Maju Jaya", "maju jaya"),
        ("Maju Jaya B. V.", "maju jaya"),
        ("C V Maju Jaya", "maju jaya"),
        ("J. de Vries Transport", "j de vries transport"),
        # ... but a placeholder word within a name is part of it.
        ("Toko Pribadi Jaya", "toko pribadi jaya"),
        ("Home Depot Ltd", "home depot"),
        # A department, or the person the lead is for, after the name is no word of it ...
        ("PT Maju Jaya Divisi Marketing", "maju jaya"),
        ("PT. Sejahtera Raya Motor (Bagian Pengadaan)", "sejahtera raya motor"),
        ("PT Maju Jaya, u.p. Bpk. Budi", "maju jaya"),
        ("Kencana Terang Raya Teknik - Finance", "kencana terang raya teknik"),
        ("Raya Makmur Teknik --HRD", "raya makmur teknik"),
        ("De Boer B.V. t.a.v. inkoop", "de boer"),
        ("Unilever Nederland B.V., afd. Inkoop", "unilever nederland"),
        ("Claassen Zorg VOF - Facilitaire Dienst", "claassen zorg"),
        ("Golden Group Pty Ltd - Accounts Dept", "golden group"),
        ("Bakker BV (Hoofdkantoor)", "bakker"),
        ("De Boer BV tav Inkoop", "de boer"),
        ("ABC Ltd Purchasing Dept.", "abc"),
        ("ABC Ltd - Procurement Division", "abc"),
        ("PT Maju Jaya - Keuangan dan Akuntansi", "maju jaya"),
        ("Jaya Teknik - IT - Sales", "jaya teknik"),
        ("A.B.C. (Accounts)", "abc"),
        ("Hock Lee Pte Ltd, Attn: Mr Tan", "hock lee"),
        ("Acme Ltd- Finance", "acme"),
        ("Acme Ltd, Finance Departement", "acme"),
        # ... but a department's word within the name, or without separator, is part of it, and so is a
        # marker where nothing but a legal form would be left of the name
        ("Sales Indonesia", "sales indonesia"),
        ("Marketing Solutions Ltd", "marketing solutions"),
        ("Toko Maju Sales", "toko maju sales"),
        ("Start Up Studio", "start up studio"),
        ("Divisi Teknik", "divisi teknik"),
        ("PT Div Jaya", "div jaya"),
        ("Joy Division Records", "joy division records"),
        ("Pacific Division Ltd", "pacific division"),
        ("The Department Store", "department store"),
        ("Design Div Studio", "design div studio"),
        ("Sari Bagian Makmur", "sari bagian makmur"),
        ("Isetan Dept. Store", "isetan dept store"),
        ("Van Dijk - Boekhouding & Administratie", "van dijk boekhouding administratie"),
        # A word shortened is the word written out, a shortening of several words is left as typed ...
        ("Tk. Emas Abadi Mandiri", "toko emas abadi mandiri"),
        ("McDonald Eng. Ltd", "mcdonald engineering"),
        ("Rainbow Trdg Sdn Bhd", "rainbow trading"),
        ("Gebr. Jansen", "gebroeders jansen"),
        ("Jorissen & Zn BVBA", "jorissen zonen"),
        ("Maju Ind.", "maju ind"),
        ("Global Hldgs Ltd", "global holdings"),
        # ... some only where dotted: "TK" is a kindergarten, "Eng" a word of Chinese names
        ("TK Tunas Harapan", "tk tunas harapan"),
        ("Kim Eng Securities Pte Ltd", "kim eng securities"),
        ("TK. Tunas Harapan", "tk tunas harapan"),
        ("TK. BESI MAKMUR", "toko besi makmur"),
        # ... and not a dot at the name's end, as often a stray one
        ("Kim Eng.", "kim eng"),
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
        ("PT. Maju Jaya Tbk", {"pt"}),
        ("P. T. Maju Jaya", {"pt"}),
        ("C V Maju Jaya", {"cv"}),
        ("Zenith Trading Pte. Ltd.", {"ltd sg"}),
        ("Zenith Trading Private Limited", {"ltd"}),
        ("Harbour Freight Pty. Limited", {"ltd au"}),
        ("De Boer B.V. t.a.v. inkoop", {"bv"}),
        ("Western Division Sdn Bhd", {"ltd my"}),
        ("Maju Jaya - Divisi Marketing, PT", {"pt"}),
        ("Maju Jaya", set()),
        # a company's initials joined by "&" are no legal form
        ("A&G Transport", set()),
        ("A & G Transport GmbH", {"gmbh"}),
    ],
)
def test_legal_form_kinds(name, expected):
    assert legal_form_kinds(name) == expected


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
        # dotted degrees ending the name without a comma, as often typed
        ("Budi Santoso S.E.", "budi santoso"),
        ("Siti Aminah S.Sos. M.Si.", "aminah siti"),
        ("Budi Santoso SE MM", "budi santoso"),
        ("Santoso, Budi S.Kom.", "budi santoso"),
        ("Rudi Hartono, S.IP., M.H.", "hartono rudi"),
        # ... but letters of a degree written as a name are the name
        ("Kevin Mak", "kevin mak"),
        ("Mak, Kevin", "kevin mak"),
        # Dutch particles between given names and family name are left out, written or not.
        ("Dhr. Jan de Vries", "jan vries"),
        ("Vries, Jan de", "jan vries"),
        ("Jan van den Berg", "berg jan"),
        ("J. v.d. Berg", "berg j"),
        ("J. v/d Berg", "berg j"),
        ("Berg, Jan van der", "berg jan"),
        # ... but a name's first or last word is kept, whatever it is
        ("de Vries", "de vries"),
        ("D. Jansen", "d jansen"),
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
        ("Budi Santoso S.E., M.M.", ("budi", "santoso")),
        ("B. Santoso", ("b", "santoso")),
        ("J.P. Balkenende", ("j", "p", "balkenende")),
        ("Balkenende, J.P.", ("j", "p", "balkenende")),
        ("Dhr. Jan Peter de Vries", ("jan", "peter", "vries")),
        ("Willem van der Meer", ("willem", "meer")),
        ("J. v/d Meer", ("j", "meer")),
        # a single letter is an initial, but for the "v" and "d" of "v.d."
        ("Budi D. Santoso", ("budi", "d", "santoso")),
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
        ("J. v.d. Berg", "Jan van den Berg", 90),
        ("Jan vd Berg", "Jan van der Berg", 100),
        ("Jan Vries", "Vries, Jan de", 100),
        ("H. Santoso", "Hadi Santoso", 90),
        ("J. Smith", "John Smith", 90),
        # The Indonesian spelling before 1972, in names of 5 letters or more: "Soeharto" is "Suharto".
        ("Soeharto", "Suharto", 100),
        ("Djoko Soesanto", "Djoko Susanto", 100),
        ("D. Soesanto", "Dewi Susanto", 90),
        ("Widjaja Soesanto", "W. Susanto", 90),
        # shorter names are too often others: "Chan" is not "Khan"; "Joko" / "Djoko" stays apart with them
        ("Chan Wei", "Khan Wei", 0),
        ("Joko Santoso", "Djoko Santoso", 0),
        ("Jan de Vries", "Yan de Vries", 0),
        # an initial is that of the name as written: "Y." is not "John" (spelled "yohn")
        ("Y. Smith", "John Smith", 0),
        ("K. Tan", "Chandra Tan", 0),
        # One letter of one word of 5 letters or more mistyped: deleted, added, replaced or two swapped.
        ("Budi Santosa", "Budi Santoso", 80),
        ("Tukiyem", "Tukiyam", 80),
        ("Budi Santoso", "Budi Snatoso", 80),
        ("Santoso, Budi", "Budi Santos", 80),
        # ... not two letters, not two words, not a short word, not a given name: those are other names
        ("Maria Jansen", "Mario Jansen", 0),
        ("Hendra Wijaya", "Hendro Wijaya", 0),
        ("Budi D. Santoso", "Budi T. Santoso", 0),
        ("Budi Santoso", "Budi Santana", 0),
        ("Budi Santosa", "Bude Santoso", 0),
        ("Budi Santoso", "Bude Santoso", 0),
        ("Tan Wei", "Tin Wei", 0),
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
def test_person_tokens_match(left, right, expected):
    left, right = person_tokens(left), person_tokens(right)
    assert person_tokens_match(left, right) == expected
    assert person_tokens_match(right, left) == expected


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
        ("proximus.be", True),
        ("bigpond.net.au", True),
        ("telkom.co.id", False),
        ("", False),
        (None, False),
        # a provider's domain mistyped is the provider's, whether Odoo's list holds it or not
        ("gmial.com", True),
        ("yaho.co.id", True),
        ("hotmial.com", True),
        ("gmail.co.id", True),
        ("hotmail.co.id", True),
        # but a company's own domain one slip from a provider's is the company's
        ("plant.nl", False),
        ("sonnet.nl", False),
        ("telenet.de", False),
    ],
)
def test_is_generic_email_domain(domain, expected):
    assert is_generic_email_domain(domain) is expected


def test_a_provider_s_domain_mistyped_is_told_from_the_providers_own():
    assert is_mistyped_provider_domain("yaho.co.id")
    assert is_mistyped_provider_domain("Gmial.com")
    # two providers' real domains a letter apart are no slip
    assert not is_mistyped_provider_domain("ymail.com")
    assert not is_mistyped_provider_domain("gmail.com")
    assert not is_mistyped_provider_domain("majujaya.co.id")


def test_is_generic_email_domain_with_providers_from_outside():
    odoo_providers = {"gmail.com", "yahoo.com.sg", "optusnet.com.au"}
    assert is_generic_email_domain("Yahoo.com.SG", odoo_providers)
    assert not is_generic_email_domain("yahoo.com.sg")
    # the default list still counts
    assert is_generic_email_domain("kpnmail.nl", odoo_providers)
    assert not is_generic_email_domain("majujaya.co.id", odoo_providers)


@pytest.mark.parametrize(
    ("partner_name", "contact_name", "expected"),
    [
        # a private person's own name where a form asked for a company, in any order, with a title
        ("Budi Saputra", "Budi Saputra", ""),
        ("Budi Saputra", "Saputra, Budi", ""),
        ("Tan Wei Ming", "Mr Tan Wei Ming", ""),
        ("Ahmad bin Ismail", "Ahmad bin Ismail", ""),
        # a company's name: a legal form, another person, a word more, a number, an "&"
        ("CV Budi Saputra", "Budi Saputra", "budi saputra"),
        ("Budi Saputra B.V.", "Budi Saputra", "budi saputra"),
        ("Budi Saputra", "Sari Dewi", "budi saputra"),
        ("Bakkerij Jansen", "Piet Jansen", "bakkerij jansen"),
        ("Jansen & Jansen", "Jansen Jansen", "jansen jansen"),
        ("J&P Santoso", "J. P. Santoso", "jp santoso"),
        ("Budi Saputra 2", "Budi Saputra", "budi saputra 2"),
        ("Budi Saputra", "", "budi saputra"),
        ("", "Budi Saputra", ""),
    ],
)
def test_company_key_is_no_company_for_a_person_s_own_name(partner_name, contact_name, expected):
    assert company_key(partner_name, contact_name) == expected


def test_normalize_company_cuts_a_key_too_long_to_index():
    """A pasted text or a run of letters is cut: each word to 40 letters, the key to 200 at a word's end."""
    key = normalize_company(" ".join(f"word{number}" for number in range(100)))
    assert len(key) <= MAX_COMPANY_KEY_LENGTH
    assert key.startswith("word0 word1 ") and key.endswith(key.split()[-1])
    assert normalize_company("PT " + "a" * 3000) == "a" * MAX_COMPANY_WORD_LENGTH
    assert normalize_company("PT Maju Jaya Abadi") == "maju jaya abadi"


def test_contact_key_is_the_name_in_any_order_as_its_key_holds_it():
    # one key for one name in any order, with titles and degrees, in either spelling of one sound; the
    # LeadKey of a lead holds the same, for a lead being typed
    for names, key in (
        (("Budi Santoso", "Santoso, Budi", "Bpk. Budi Santoso, S.E.", "BUDI  SANTOSO"), "budi santoso"),
        (("Budi Soeharto", "Budi Suharto"), "budi suharto"),
        (("Jan van der Berg", "Berg, Jan van der"), "berg jan"),
    ):
        for name in names:
            assert contact_key(name) == key
            assert LeadKey.from_values(1, False, name, False, False, False, False, False).contact == key
    # an initial is another key: the core compares such names, not the candidate search
    assert contact_key("B. Santoso") == "b santoso"
    assert contact_key("") == contact_key(None) == contact_key(", ,") == ""
    assert len(contact_key("Budi " * 100)) == MAX_CONTACT_KEY_LENGTH


def test_names_caches_keep_no_pasted_text():
    """A name is kept in the caches of names once computed; a text pasted as a name is computed again each
    time, with the same result, and never kept: the caches bound how many names they hold, not how long."""
    for function, cached, name in (
        (person_tokens, person_tokens, "Budi Cached Santoso"),
        (contact_key, contact_key, "Budi Cached Santoso"),
        (normalize_company, normalize._company_name_words, "PT Maju Cached Jaya"),
    ):
        pasted = name + " " + "x" * CACHED_NAME_LENGTH
        before = cached.cache_info().currsize
        assert function(pasted) == function(pasted) != function(name)
        assert cached.cache_info().currsize == before + 1
