"""Normalise the texts by which a sales prospect is recognised across leads.

Leads are typed by hand, in Indonesian, Dutch and English, by different people: "PT. Maju Jaya Abadi" and
"Maju Jaya Abadi, PT", "Santoso, Budi" and "Bpk. Budi Santoso", "0812 3456 7890" and "+62 812-3456-7890"
all name the same prospect. Each function here turns one such text into a key that compares equal (or, for
company names, fuzzily comparable) when the texts name the same thing. Nothing here imports Odoo.
"""

import collections
import functools
import itertools
import re
import unicodedata
from collections.abc import Collection, Sequence

from rapidfuzz.distance import OSA

LEGAL_FORMS = frozenset(
    {
        # Indonesia: Perseroan Terbatas, Terbuka (listed), Persero (state-owned), Perum, Commanditaire
        # Vennootschap, Usaha Dagang.
        "pt",
        "tbk",
        "persero",
        "perum",
        "cv",
        "ud",
        # Netherlands and Belgium; "io" is the "i.o." (in oprichting) of a company being founded.
        "bv",
        "nv",
        "vof",
        "fa",
        "bvba",
        "vzw",
        "io",
        # Germany, Switzerland, Austria.
        "gmbh",
        "ag",
        "kg",
        "ohg",
        "ug",
        "ev",
        # France, Belgium, Spain.
        "sa",
        "sas",
        "sarl",
        "sprl",
        "srl",
        # English-speaking countries, Singapore, Malaysia, Australia.
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "llc",
        "llp",
        "lp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "pty",
        "pte",
        "sdn",
        "bhd",
        "berhad",
    }
)
"""Words that say how a company is registered, not which company it is; compared after dots are dropped,
so "B.V.", "BV" and "b.v" are all "bv" and "Pty Ltd" is the two words "pty" and "ltd"."""

CONNECTIVES = frozenset({"and", "en", "dan", "und"})
"""Words joining two names in a company name, in English, Dutch, Indonesian and German, written as "&" as
often: "Jansen & Zonen" is "Jansen en Zonen", "Sumber Makmur dan Sejahtera" "Sumber Makmur & Sejahtera".
Only between two words: at either end of a name such a word is a name of its own ("Dan Motors")."""

LEADING_ARTICLES = frozenset({"the"})
"""Articles that people write before a company name or leave out: "The Taylor Company" is "Taylor Company".
Not the Dutch "de" or "het": in "De Vries Transport" it is part of a family name."""

DUTCH_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "vd"})
"""The words before a Dutch family name ("tussenvoegsels": "van der" in "Willem van der Meer", "de" in "Jan de
Vries"), written out, shortened ("v.d.", "vd", "v/d") or left out: in a person's name they are dropped
between the first and the last word (:func:`person_tokens`), as are the letters "v" and "d" of "v.d." one
after the other; a single letter elsewhere is an initial, and kept."""

_SHORT_VAN_DE = re.compile(r"\bvan\s+de[nr]?\b|\bv\s*[./]\s*d\b\.?")
""""van de", "van der", "van den", "v.d." and "v/d" in a folded company name: one abbreviation, "vd", as
people mix them up ("Bouwbedrijf Van den Berg" / "Bouwbedrijf v.d. Berg")."""

_COMPANY_TOKEN = re.compile(r"[a-z0-9]+|&")

PERSON_MARKERS = (
    r"u\.\s?p\.",  # Indonesian: untuk perhatian (for the attention of)
    r"t\.\s?a\.\s?v\.?",  # Dutch: ter attentie van
    r"attn\.",
)
"""Shortenings that introduce the person a lead is for, after the company name, wherever they stand after
it: "De Boer B.V. t.a.v. inkoop", "PT Maju Jaya u.p. Bpk. Budi". Patterns over a folded name."""

DEPARTMENT_MARKERS = (
    # Indonesian: divisi, bagian, departemen
    *("divisi", r"div\.", "bagian", r"bag\.", "departemen"),
    # Dutch: afdeling, departement, ter attentie van
    *("afdeling", r"afd\.?", "departement", "tav"),
    # English
    *("department", r"dept\.?", "division", "attn", "attention"),
)
"""Words that introduce a department or a person within a company (patterns over a folded name): after a
dash, comma, colon or parenthesis, whatever follows ("PT Maju - Divisi Purchasing", "ABC Ltd, Attn: John"),
after a space only before a department ("PT Maju Jaya Divisi Marketing", "Perkasa Agro Div. Marketing",
"De Boer BV tav Inkoop"): "Joy Division Records", "Sari Bagian Makmur", "Isetan Dept. Store" are names."""

DEPARTMENTS = (
    # Indonesian
    *("keuangan", "akunting", "akuntansi", "pengadaan", "pembelian", "penjualan", "pemasaran"),
    *("personalia", "hrd", "hrga", "ga", "administrasi", "gudang", "kantor pusat"),
    # Dutch; not "Boekhouding" or "Administratie", the trade of many a firm ("Van Dijk - Boekhouding &
    # Administratie")
    *("inkoop", "verkoop", "crediteurenadministratie", "facilitair", "facilitaire dienst"),
    *("personeelszaken", "magazijn", "hoofdkantoor"),
    # English
    *("finance", "accounting", "accounts", "accounts payable", "accounts receivable", "purchasing"),
    *("procurement", "sales", "marketing", "hr", "human resources", "facilities", "it", "ict"),
    *("head office", "warehouse"),
)
"""Departments people write after a company name: set apart by a dash, a comma, a colon or parentheses
("Kencana Terang Raya Teknik - Finance", "PT Sejahtera Raya Motor (Bagian Pengadaan)"), after a marker
(:data:`DEPARTMENT_MARKERS`) or followed by one ("ABC Ltd Purchasing Dept."), one or several ("Finance &
Accounting"). Without any of these they are words of the name: "Sales Indonesia", "Marketing Solutions
Ltd"."""

# a dash, slash or bar with a space on either side (not the hyphen of "X-Sales"), two dashes, a comma,
# semicolon, colon or an opening parenthesis
_DEPARTMENT_SEPARATOR = r"\s*(?:\s[-\u2013\u2014/|]+|[-\u2013\u2014/|]+\s|--+|[,;:(])\s*"
# the word after a department that says it is one ("Purchasing Dept.", "Facilitaire Dienst")
_DEPARTMENT_SUFFIX = r"(?:dept\.?|department|departement|division|afdeling|afd\.?|dienst|divisi|bagian)"
_DEPARTMENT_NAME = rf"(?:{'|'.join(DEPARTMENTS)})"
_DEPARTMENT_MARKER = rf"(?:{'|'.join(DEPARTMENT_MARKERS)})"
# one department or several ("Finance & Accounting", "HRD dan GA"), and its suffix
_DEPARTMENT_WORDS = (
    rf"{_DEPARTMENT_NAME}(?:\s*(?:&|/|\band\b|\ben\b|\bdan\b)\s*{_DEPARTMENT_NAME})*"
    rf"(?:\s+{_DEPARTMENT_SUFFIX})?"
)
_DEPARTMENT = re.compile(
    r"(?<=[a-z0-9.)])(?:"
    # a marker set apart by a separator, or one of a person set apart by a space, and whatever follows it
    rf"(?:{_DEPARTMENT_SEPARATOR}{_DEPARTMENT_MARKER}(?![a-z0-9])"
    rf"|(?:{_DEPARTMENT_SEPARATOR}|\s+)(?:{'|'.join(PERSON_MARKERS)}))(?s:.*)"
    # departments at the end, after a marker set apart by a space, or after a separator (one or more)
    rf"|\s+{_DEPARTMENT_MARKER}\s+{_DEPARTMENT_WORDS}\s*\)?\s*"
    rf"|(?:{_DEPARTMENT_SEPARATOR}{_DEPARTMENT_WORDS}\s*\)?)+\s*"
    # departments followed by a marker, at the end ("Purchasing Dept.")
    rf"|\s+{_DEPARTMENT_NAME}\s+{_DEPARTMENT_SUFFIX}\s*"
    r")$"
)
"""The department or person a company name names after the company (:data:`DEPARTMENTS`,
:data:`DEPARTMENT_MARKERS`), to the end of the name. ``(?s:.*)`` takes a pasted text's lines at once: with
``.*``, each marker of a long text would be tried to its line's end again."""

DEPARTMENT_SEARCH_LENGTH = 120
"""How many of a company name's last characters :data:`_DEPARTMENT` is looked for in: a department and the
person a lead is for are a few words, and each place the pattern is tried at may read to the end of the
text, so that a long pasted text (" - Finance Dept" a thousand times) would take seconds."""

SHORTENINGS = {
    # Dutch: gebroeders (brothers), zonen (sons)
    "gebr": "gebroeders",
    "zn": "zonen",
    # English
    "trdg": "trading",
    "mfg": "manufacturing",
    "intl": "international",
    "svc": "service",
    "svcs": "services",
    "bros": "brothers",
    "mgmt": "management",
    "mktg": "marketing",
    "hldgs": "holdings",
}
"""Words of company names that people shorten, written out: "Gebr. Jansen" is "Gebroeders Jansen", "Rainbow
Trdg Sdn Bhd" "Rainbow Trading Sdn Bhd". Only shortenings that stand for one word in any trade and are no
word of a name themselves: "Ind." (industri, industries, Indonesia) or "Tech" are left as typed."""

DOTTED_SHORTENINGS = {
    # Indonesian: toko (shop); "TK" undotted, or dotted in capitals, is a kindergarten (taman kanak-kanak)
    "tk": "toko",
    # Dutch: maatschappij (company)
    "mij": "maatschappij",
    # English; "Eng" undotted is a Chinese name's word ("Kim Eng"), "MTR" a company's initials
    "eng": "engineering",
    "mtr": "motor",
}
"""Shortenings written out only when typed with their dot: "Tk. Emas Abadi" is "Toko Emas Abadi", "McDonald
Eng. Ltd" "McDonald Engineering Ltd"; without it they are names' own words."""

# a dotted shortening before another word: at the name's end, a dot is as often a stray one ("Kim Eng.")
_DOTTED_SHORTENING = re.compile(rf"(?<![a-z0-9.])({'|'.join(DOTTED_SHORTENINGS)})\.(?=[\s\-]*[a-z0-9])")
# "TK." in capitals in a name not all in capitals: a kindergarten ("TK. Tunas Harapan"), where "Tk." is a shop
_KINDERGARTEN = re.compile(r"(?<![A-Za-z0-9.])TK\.")

MAX_COMPANY_KEY_LENGTH = 200
MAX_COMPANY_WORD_LENGTH = 40
"""Most letters of a company key, and of one of its words: the longest company names of a register hold
about a hundred letters. A key beyond them (a pasted text, a run of letters) is cut, so that the database
can index it (PostgreSQL's btree indexes take at most 2,704 bytes an entry) and a lead holding it can be
saved."""

COMPANY_NAMES_CACHED = 8192
"""How many company names as typed :func:`_company_name_words` keeps the words of, per process."""

PERSON_NAMES_CACHED = 32768
"""How many persons' names as typed :func:`person_tokens` and :func:`contact_key` keep their results of, per
process: a CRM names the same persons again and again (the held-out 200,000 of bench/ hold 11,935 contact
names), and the install computes every lead's contact key (200,000 contact keys: 7.2 s, 1.2 s cached)."""

CACHED_NAME_LENGTH = 256
"""Longest name as typed whose result the caches above keep: they bound how many names they hold, and a text
pasted as a name (a whole email signature) is computed again each time rather than kept."""


def _names_cache(maxsize):
    """Return a decorator keeping the results of a function of one name for the last ``maxsize`` names of
    at most :data:`CACHED_NAME_LENGTH` characters (``functools.lru_cache`` for those, with its
    ``cache_info`` and ``cache_clear``)."""

    def decorate(function):
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def of_name(name):
            if name and len(name) > CACHED_NAME_LENGTH:
                return function(name)
            return cached(name)

        of_name.cache_info = cached.cache_info
        of_name.cache_clear = cached.cache_clear
        return of_name

    return decorate


LEGAL_FORM_KINDS = {
    # Indonesia: a listed (Tbk) or state-owned (Persero) company is a PT.
    "pt": "pt",
    "tbk": "pt",
    "persero": "pt",
    "perum": "perum",
    "cv": "cv",
    "ud": "ud",
    # Netherlands and Belgium, in Dutch and French: a BVBA became a BV in 2019; NV/SA, BV/SRL and
    # BVBA/SPRL are one form in the two languages.
    "bv": "bv",
    "bvba": "bv",
    "srl": "bv",
    "sprl": "bv",
    "nv": "nv",
    "sa": "nv",
    "vof": "vof",
    "vzw": "vzw",
    # Germany, Switzerland, Austria.
    "gmbh": "gmbh",
    "ag": "ag",
    "kg": "kg",
    # English-speaking countries; Singapore's (Pte Ltd), Malaysia's (Sdn Bhd) and Australia's (Pty Ltd)
    # private limited companies are each a kind of their own (LIMITED_KINDS).
    "ltd": "ltd",
    "limited": "ltd",
    "pte": "ltd sg",
    "pty": "ltd au",
    "sdn": "ltd my",
    "plc": "plc",
    "llc": "llc",
    "llp": "llp",
    "inc": "inc",
    "incorporated": "inc",
    "corp": "inc",
    "corporation": "inc",
}
"""The kind of registered company each legal form word names: two names whose legal forms are of different
kinds ("CV Maju Jaya" / "PT Maju Jaya", "Vos V.O.F." / "Vos B.V.", "Zenith Pte Ltd" / "Zenith Sdn Bhd")
name two registered companies. Spellings of one kind ("Ltd" / "Limited", "PT ... Tbk" / "PT") and the words
of no kind of their own ("co", "bhd", "io", "fa") are not told apart, nor a country's limited company and
a plain "Ltd" (:data:`LIMITED_KINDS`)."""
LIMITED_KINDS = frozenset({"ltd sg", "ltd au", "ltd my"})
"""The kinds of a country's private limited company: "Pte Ltd" is Singapore's, not a plain "ltd" as well,
but a name written "Zenith Trading Ltd" may be the same company (the "Pte" dropped): the kinds agree (see
:func:`legal_forms_differ`)."""

PLACEHOLDER_COMPANY_NAMES = frozenset(
    {
        # typed where a form asks for a company and there is none, in the keys' spelling (letters run
        # together: "N/A" is "na", "n.v.t." is "nvt"); one letter ("x") is no name either (normalize_company)
        "na",
        "none",
        "nil",
        "null",
        "nothing",
        "unknown",
        "test",
        "xx",
        "xxx",
        "private",
        "individual",
        "personal",
        "self",
        "self employed",
        "freelance",
        "freelancer",
        "no company",
        "not applicable",
        "home",
        # Dutch and Belgian: particulier, privé, geen, niet van toepassing, onbekend
        "particulier",
        "prive",
        "geen",
        "nvt",
        "onbekend",
        # Indonesian: pribadi, perorangan, perseorangan, individu (a person), tidak ada, belum ada (none, not
        # yet), tidak diketahui (unknown), umum (the public), wiraswasta (self-employed)
        "pribadi",
        "perorangan",
        "perseorangan",
        "individu",
        "tidak ada",
        "belum ada",
        "tidak diketahui",
        "umum",
        "wiraswasta",
    }
)
"""Company names that name no company: what people type into a company field they must fill in."""

HONORIFICS = frozenset(
    {
        # Indonesian: Bapak, Ibu, Saudara/Saudari, Tuan, Nyonya, Nona, and the Haji/Hajjah of a pilgrim.
        "bpk",
        "bapak",
        "pak",
        "ibu",
        "bu",
        "sdr",
        "sdri",
        "saudara",
        "saudari",
        "tn",
        "ny",
        "nn",
        "h",
        "hj",
        "haji",
        "hajjah",
        # Dutch: de heer, mevrouw.
        "dhr",
        "mevr",
        "mw",
        "mevrouw",
        # English.
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        # Academic and professional titles written before the name in all three languages.
        "dr",
        "drs",
        "dra",
        "drg",
        "ir",
        "prof",
    }
)
"""Titles written before a person's name. Only leading ones are dropped (from the name, or from the given
names after "Surname,"): elsewhere a short title such as "Bu" or "H" may be part of the name."""

ACADEMIC_DEGREES = frozenset(
    {
        # Indonesian degrees written after the name: Sarjana Ekonomi, Teknik, Hukum, Komputer, Pendidikan,
        # Sains, Sosial, Psikologi, Ilmu Komunikasi, Ilmu Politik, Kedokteran; Magister Manajemen, Teknik,
        # Komputer, Sains, Hukum, Pendidikan, Akuntansi.
        "se",
        "st",
        "sh",
        "skom",
        "spd",
        "ssi",
        "ssos",
        "spsi",
        "sikom",
        "sked",
        "mm",
        "mt",
        "mkom",
        "msi",
        "mpd",
        # International degrees.
        "bsc",
        "msc",
        "mba",
        "phd",
    }
)
"""Degrees written after a person's name ("Budi Santoso, S.E., M.M.", "Budi Santoso S.E."); dropped after a
comma or at the end, dotted or not."""

DOTTED_DEGREES = frozenset({"sip", "mh", "mak"})
"""Degrees dropped only when written with dots ("S.IP.", "M.H.", "M.Ak."): undotted, they are names ("Kevin
Mak") or initials."""

GENERIC_EMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.id",
        "yahoo.co.uk",
        "yahoo.nl",
        "ymail.com",
        "rocketmail.com",
        "hotmail.com",
        "hotmail.nl",
        "hotmail.be",
        "hotmail.co.uk",
        "outlook.com",
        "outlook.nl",
        "outlook.co.id",
        "live.com",
        "live.nl",
        "live.be",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "t-online.de",
        "mail.com",
        "kpnmail.nl",
        "kpnplanet.nl",
        "ziggo.nl",
        "planet.nl",
        "home.nl",
        "hetnet.nl",
        "chello.nl",
        "xs4all.nl",
        "telfort.nl",
        "upcmail.nl",
        "casema.nl",
        "skynet.be",
        "telenet.be",
        "telkom.net",
        "plasa.com",
        "orange.fr",
        "free.fr",
        "wanadoo.fr",
        "btinternet.com",
        "sky.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        "bigpond.com",
        "singnet.com.sg",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "qq.com",
        "163.com",
        # Internet providers' mail the list Odoo keeps lacks, of the countries whose leads the addon is used
        # on: Belgium, the Netherlands, Indonesia, Malaysia, Singapore, Australia, the United Kingdom.
        "proximus.be",
        "belgacom.net",
        "pandora.be",
        "voo.be",
        "zonnet.nl",
        "quicknet.nl",
        "zeelandnet.nl",
        "online.nl",
        "tele2.nl",
        "indosat.net.id",
        "centrin.net.id",
        "yahoo.com.my",
        "tm.net.my",
        "streamyx.com",
        "pacific.net.sg",
        "starhub.net.sg",
        "bigpond.net.au",
        "tpg.com.au",
        "internode.on.net",
        "westnet.com.au",
        "virginmedia.com",
        "talktalk.net",
        "blueyonder.co.uk",
        "ntlworld.com",
        "tiscali.co.uk",
    }
)
"""Public mail providers: two people sharing one of these domains says nothing about their company. Callers
add the providers they know of (Odoo's ``iap_tools._MAIL_PROVIDERS``) through
:func:`is_generic_email_domain`."""

MISTYPED_PROVIDER_DOMAINS = frozenset(
    {
        # in Odoo's list of providers (iap_tools._MAIL_PROVIDERS), which keeps them as public domains
        "gamil.com",
        "gmai.com",
        "gmail.co",
        "gmail.con",
        "gmail.om",
        "gmailcom",
        "gmaill.com",
        "gmal.com",
        "gmial.com",
        "gmil.com",
        "hotmai.com",
        # and more of the same slips
        "hotmial.com",
        "hotmal.com",
        "hotmail.co",
        "hotmail.con",
        "yaho.com",
        "yahooo.com",
        "yahoo.co",
        "yahoo.con",
        "yahoo.co.di",
        "yaho.co.id",
        # Indonesia's country domain put after a provider that has none there
        "gmail.co.id",
        "hotmail.co.id",
        "outlok.com",
        "outlook.co",
        "zigo.nl",
    }
)
"""Public mail providers' domains mistyped: no provider of its own, but the provider one slip away (Odoo's
list holds some, so that a company is never guessed from them). They are public domains
(:func:`is_generic_email_domain`): two persons writing from "yaho.co.id" are no colleagues. Two providers'
domains a letter apart are two real domains ("gmail.com" / "ymail.com", "yahoo.co.id" / "yahoo.co.in"),
unless one of them is one of these. Kept by hand: a slip found by its distance to a provider's domain is a
company's own domain as often ("plant.nl" from "planet.nl", "telenet.de" from "telenet.be", "sonnet.nl")."""

ROLE_MAILBOXES = frozenset(
    {
        "accounting",
        "accounts",
        "admin",
        "administrasi",
        "administratie",
        "billing",
        "boekhouding",
        "contact",
        "customerservice",
        "enquiries",
        "finance",
        "hello",
        "helpdesk",
        "hrd",
        "info",
        "inkoop",
        "inquiry",
        "invoice",
        "invoices",
        "kantor",
        "keuangan",
        "kontak",
        "mail",
        "marketing",
        "noreply",
        "office",
        "order",
        "orders",
        "pembelian",
        "pengadaan",
        "penjualan",
        "personalia",
        "post",
        "procurement",
        "purchasing",
        "receptie",
        "reception",
        "sales",
        "sekretariat",
        "secretariaat",
        "service",
        "support",
        "team",
        "verkoop",
    }
)
"""Mailbox names (before the "@") of a role, not of a person: "marketing@" at two domains a letter apart is
two companies' as often as one mistyped. Written with digits or a place after a separator too
("sales1", "marketing.jkt"): :func:`is_role_mailbox`."""

_MAILBOX_PART = re.compile(r"[a-z]+")

PERSON_SAME_NAME_SCORE = 100
"""Score of :func:`person_tokens_match` for the same words in any order."""
PERSON_INITIALS_SCORE = 90
"""Score of :func:`person_tokens_match` for names that agree only through initials or middle names."""
PERSON_TYPO_SCORE = 80
"""Score of :func:`person_tokens_match` for names alike but for one letter of the surname."""
PERSON_TYPO_MIN_LENGTH = 5
"""Least length of a word of a person's name that a typo is allowed in: "Budi" and "Bude", "Tan" and "Tin"
are other names."""

# Letters that Unicode decomposition leaves whole, spelled as people without the key would type them.
_EXTRA_FOLDS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "\u0131": "i"}
)
_DOTTED_ABBREVIATION = re.compile(r"(?<![a-z0-9])(?:[a-z]\.)+[a-z](?![a-z0-9])\.?")
_APOSTROPHES = re.compile(r"['\u2019`]")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_EMAIL_ADDRESS = re.compile(r"[^\s<>,;:\"'()\[\]]+@[^\s<>,;:\"'()\[\]]+")


def _fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents, so that "Café", "CAFE" and "cafe" compare equal."""
    folded = text.casefold()
    if folded.isascii():
        # most names: nothing to decompose, no accent to strip (a third of the time of a company key)
        return folded.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_EXTRA_FOLDS)


def normalize_company(name: str | None) -> str:
    """Return the key of a company name: folded, without punctuation and without legal forms.

    "PT. Maju Jaya Abadi", "Maju Jaya Abadi, PT" and "PT Maju Jaya Abadi Tbk" all give "maju jaya abadi";
    "Bakkerij Jansen B.V." gives "bakkerij jansen". Legal forms (:data:`LEGAL_FORMS`) are dropped wherever
    they stand, "&" and connectives between two words (:data:`CONNECTIVES`: "Jansen en Zonen" is "Jansen &
    Zonen", "Dan Motors" keeps its "Dan"), a leading "The" too; single letters in a row are one word ("H&M"
    gives "hm", "P. T." is the legal form "pt"); "van de(n/r)" and "v.d." are one "vd"; a department after
    the name is dropped ("PT Maju Jaya - Divisi Marketing" gives "maju jaya", see :data:`DEPARTMENTS`), and
    shortened words are written out ("Tk. Emas" gives "toko emas", see :data:`SHORTENINGS`). Returns ""
    for a name that names no company: empty, nothing but legal forms ("PT", "B.V."), one letter ("x", "-")
    or a placeholder (:data:`PLACEHOLDER_COMPANY_NAMES`: "N/A", "Pribadi", "Particulier").
    """
    words = [word for word in _company_name_words(name) if word not in LEGAL_FORMS]
    words = [
        word
        for position, word in enumerate(words)
        if word != "&" and (word not in CONNECTIVES or position in (0, len(words) - 1))
    ]
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        del words[0]
    kept = " ".join(words).replace("&", "")
    if len(kept) < 2 or kept in PLACEHOLDER_COMPANY_NAMES:
        return ""
    if len(kept) > MAX_COMPANY_KEY_LENGTH:
        kept = _shortened(kept)
    return kept


def _shortened(key: str) -> str:
    """Return a company key longer than :data:`MAX_COMPANY_KEY_LENGTH` cut to it: each word to
    :data:`MAX_COMPANY_WORD_LENGTH` letters, then the words that fit whole."""
    kept = ""
    for word in key.split():
        word = word[:MAX_COMPANY_WORD_LENGTH]
        if len(kept) + len(word) + 1 > MAX_COMPANY_KEY_LENGTH:
            break
        kept = f"{kept} {word}" if kept else word
    return kept


def company_key(
    partner_name: str | None, contact_name: str | None, contact_tokens: tuple[str, ...] | None = None
) -> str:
    """Return the key of a lead's company name (:func:`normalize_company`), or "" when it is the lead's own
    contact name, word for word, in any order, without legal form, digits or "&" ("Budi Saputra" / "Saputra,
    Budi"): a private person who typed their own name where a form asked for a company. "CV Budi Saputra",
    a company registered under its owner's name, keeps its key. ``contact_tokens``, when given, are
    ``person_tokens(contact_name)``, already made."""
    key = normalize_company(partner_name)
    if not key or not contact_name:
        return key
    if contact_tokens is None:
        contact_tokens = person_tokens(contact_name)
    # most company names share no word with their contact's name: told at once
    if not any(word in contact_tokens for word in key.split()) or any(char.isdigit() for char in key):
        return key
    typed = _company_name_words(partner_name)
    if any("&" in word for word in typed) or not LEGAL_FORMS.isdisjoint(typed):
        return key
    if collections.Counter(person_tokens(partner_name)) == collections.Counter(contact_tokens):
        return ""
    return key


def legal_form_kinds(name: str | None) -> frozenset[str]:
    """Return the kinds of registered company (:data:`LEGAL_FORM_KINDS`) the legal forms of a company name
    name: "PT. Maju Jaya Tbk" gives {"pt"}, "Zenith Trading Ltd." {"ltd"}, "Zenith Trading Pte. Ltd."
    {"ltd sg"} (a country's limited company, not a plain one as well), "Maju Jaya" none."""
    kinds = {LEGAL_FORM_KINDS[word] for word in _company_name_words(name) if word in LEGAL_FORM_KINDS}
    if not LIMITED_KINDS.isdisjoint(kinds):
        kinds.discard("ltd")
    return frozenset(kinds)


def legal_forms_differ(kinds: frozenset[str], other: frozenset[str]) -> bool:
    """Tell whether two company names' legal form kinds (:func:`legal_form_kinds`), both given, name two
    registered companies: no kind in common, and not a country's limited company on one side and a plain
    "Ltd" on the other (:data:`LIMITED_KINDS`)."""
    if not kinds.isdisjoint(other):
        return False
    return not (
        ("ltd" in kinds and not LIMITED_KINDS.isdisjoint(other))
        or ("ltd" in other and not LIMITED_KINDS.isdisjoint(kinds))
    )


@_names_cache(COMPANY_NAMES_CACHED)
def _company_name_words(name: str | None) -> tuple[str, ...]:
    """Return the words of a company name as typed, folded, with its "&"s: dotted abbreviations and single
    letters in a row run together ("P.T." and "P. T." are "pt", see :func:`_join_letters`), a Dutch "van der"
    shortened ("vd"), a department after the name dropped (:func:`_without_department`), shortened words
    written out (:data:`SHORTENINGS`, :data:`DOTTED_SHORTENINGS`), punctuation dropped. Kept per process
    for the last :data:`COMPANY_NAMES_CACHED` names: a lead's key reads them twice (its company key and its
    legal forms), and candidates recur from lead to lead."""
    if not name:
        return ()
    if not name.isupper():
        name = _KINDERGARTEN.sub("TK ", name)
    text = _SHORT_VAN_DE.sub("vd", _APOSTROPHES.sub("", _fold(name)))
    words = _without_department(text)
    return tuple(SHORTENINGS.get(word, word) for word in words)


def _words(text: str) -> list[str]:
    """Return the words of a folded company name: shortenings written out where dotted
    (:data:`DOTTED_SHORTENINGS`), dotted abbreviations and single letters run together, punctuation
    dropped."""
    text = _DOTTED_SHORTENING.sub(lambda found: DOTTED_SHORTENINGS[found.group(1)] + " ", text)
    text = _DOTTED_ABBREVIATION.sub(lambda found: found.group().replace(".", ""), text)
    return _join_letters(_COMPANY_TOKEN.findall(text))


def _without_department(text: str) -> list[str]:
    """Return the words of a folded company name (:func:`_words`) without the department or person it names
    after the company (:data:`_DEPARTMENT`), but for the legal forms among them ("Maju Jaya - Divisi
    Marketing, PT" keeps its "pt"); the whole name's words where nothing but legal forms would be left."""
    found = _DEPARTMENT.search(text, max(0, len(text) - DEPARTMENT_SEARCH_LENGTH))
    if not found:
        return _words(text)
    kept = _words(text[: found.start()])
    if LEGAL_FORMS.issuperset(kept):
        return _words(text)
    return kept + [word for word in _words(found.group()) if word in LEGAL_FORMS]


def _join_letters(words: list[str]) -> list[str]:
    """Write each run of single letters as one word: "P. T." gives "pt", as the dotted "P.T." does. Letters
    joined by "&" or a connective keep an "&" between them ("H&M" and "H and M" give "h&m", "P & G" "p&g"):
    a company's initials, never a legal form ("A&G" is not the German "AG")."""

    def is_letter(word):
        return len(word) == 1 and word.isalpha()

    joined, position = [], 0
    while position < len(words):
        word = words[position]
        position += 1
        if is_letter(word):
            while position < len(words):
                following = words[position]
                if is_letter(following):
                    word += following
                    position += 1
                elif (
                    (following == "&" or following in CONNECTIVES)
                    and position + 1 < len(words)
                    and is_letter(words[position + 1])
                ):
                    word += "&" + words[position + 1]
                    position += 2
                else:
                    break
        joined.append(word)
    return joined


def _strip_honorifics(words: list[str]) -> list[str]:
    """Drop the titles that lead ``words``, keeping at least one word.

    A lone "h" is the Haji title only when two name words follow it; in "H. Santoso" it is an initial.
    """
    start = 0
    while start < len(words) - 1 and words[start] in HONORIFICS:
        if words[start] == "h" and len(words) - start < 3:
            break
        start += 1
    return words[start:]


def _strip_degrees(words: list[str]) -> list[str]:
    """Drop the academic degrees that end ``words``, keeping at least one word."""
    end = len(words)
    while end > 1 and words[end - 1] in ACADEMIC_DEGREES:
        end -= 1
    return words[:end]


def _is_degree(written: str) -> bool:
    """Tell whether ``written`` (folded) is an academic degree (:data:`ACADEMIC_DEGREES`,
    :data:`DOTTED_DEGREES`)."""
    letters = _NOT_LETTER.sub("", written)
    return letters in ACADEMIC_DEGREES or ("." in written and letters in DOTTED_DEGREES)


@_names_cache(PERSON_NAMES_CACHED)
def person_tokens(name: str | None) -> tuple[str, ...]:
    """Return the words of a person's name, given names first and surname last, without titles.

    "Santoso, Budi" is read as surname, given names; "Dr. Ir. Budi Santoso, S.E., M.M." gives
    ``("budi", "santoso")``. Initials stay as one-letter words: "J.P. Balkenende" gives
    ``("j", "p", "balkenende")``. The Dutch particles between the first and the last word are dropped
    (:data:`DUTCH_PARTICLES`): "Jan van den Berg", "J. v.d. Berg" and "Berg, Jan van der" give ``("jan",
    "berg")``, ``("j", "berg")`` and ``("jan", "berg")``. Returns ``()`` for an empty name.
    """
    if not name:
        return ()
    parts = []
    for part in _APOSTROPHES.sub("", _fold(name)).split(","):
        if _is_degree(part):
            continue
        # a dotted degree ending the name without a comma ("Budi Santoso S.E. M.M.") is one word of it
        written = part.split()
        while len(written) > 1 and _is_degree(written[-1]):
            written.pop()
        words = _strip_degrees(_strip_honorifics(_NOT_LETTER.sub(" ", " ".join(written)).split()))
        if words:
            parts.append(words)
    if len(parts) == 2:
        parts.reverse()
    words = [word for words in parts for word in words]
    middle = words[1:-1]
    # "v" then "d" is "v.d." or "v/d"; either letter alone is an initial
    shortened = {
        position
        for position, (word, following) in enumerate(itertools.pairwise(middle))
        if (word, following) == ("v", "d")
    }
    shortened |= {position + 1 for position in shortened}
    kept = [
        word
        for position, word in enumerate(middle)
        if word not in DUTCH_PARTICLES and position not in shortened
    ]
    return tuple(words[:1] + kept + words[1:][-1:])


def normalize_person(name: str | None) -> str:
    """Return a key of a person's name that ignores word order, commas, case, accents and titles.

    "Budi Santoso", "Santoso, Budi", "budi  santoso" and "Bpk. Budi Santoso" all give "budi santoso".
    """
    return " ".join(sorted(person_tokens(name)))


# One sound, two spellings: Indonesian wrote "oe", "dj", "tj", "j", "nj", "sj" and "ch" until the spelling
# reform of 1972 where it now writes "u", "j", "c", "y", "ny", "sy" and "kh", and companies and persons keep
# the spelling they were registered or named under ("Tjahaja Djaja" is "Cahaya Jaya", "Soeharto" "Suharto",
# "Soerabaja" "Surabaya"); Dutch writes "ij" as "y" too ("Bakkerij" / "Bakkery"), and "ph" is "f" in
# many a borrowed word ("Pharma" / "Farma"). Replaced in this order, old "dj" and old "j" both end as "y",
# since new "j" (old "dj") and new "y" (old "j") cannot be told apart in a word; the Dutch "ij", by then
# "iy", ends as "y" last, after the "j" of every spelling has become "y": an Indonesian "ij" ("hijau", old
# "hidjau") ends so too, alike in both spellings.
SPELLINGS = (("oe", "u"), ("dj", "y"), ("tj", "c"), ("ch", "kh"), ("ph", "f"), ("j", "y"), ("iy", "y"))
SPELLING_MIN_LENGTH = 5
"""Least length of a word of a person's name compared by its :func:`spelling_key` ("Soeharto" / "Suharto"),
and of its spelling key: shorter names are too often other names ("Chan" / "Khan", "Jong" / "Yong"), and
"Joko" / "Djoko" is left apart with them."""


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """Return ``word`` (a folded word of :func:`normalize_company` or :func:`person_tokens`) with its old or
    other spellings of one sound written alike: "tjahaja" and "cahaya" both give "cahaya", "djaja" and
    "jaya" both "yaya", "soerabaja" "surabaya". A key to compare words, not a spelling to show."""
    for old, new in SPELLINGS:
        word = word.replace(old, new)
    return word


def person_spelling(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return the words of a person's name with those of :data:`SPELLING_MIN_LENGTH` letters or more as their
    :func:`spelling_key`."""
    # a key is never longer than its word: a key long enough is that of a word long enough
    return tuple(key if len(key := spelling_key(word)) >= SPELLING_MIN_LENGTH else word for word in tokens)


MAX_CONTACT_KEY_LENGTH = 200
"""Most letters of a :func:`contact_key`: a text pasted as the contact's name is cut, as a company key is."""


@_names_cache(PERSON_NAMES_CACHED)
def contact_key(name: str | None) -> str:
    """Return the key by which Similar Leads fetches the leads naming the same person: the words of the name
    (:func:`person_tokens`) in their spellings of one sound written alike (:func:`person_spelling`), sorted,
    space-separated, at most :data:`MAX_CONTACT_KEY_LENGTH` letters; empty without a name. Two names have
    one key when :func:`person_tokens_match` finds them the same name in any order: "Santoso, Budi" and
    "Bpk. Budi Santoso" give "budi santoso", "Budi Soeharto" and "Budi Suharto" "budi suharto"."""
    return spelled_contact_key(person_spelling(person_tokens(name)))


def spelled_contact_key(spelling: tuple[str, ...]) -> str:
    """Return the :func:`contact_key` of a name whose :func:`person_spelling` is ``spelling``."""
    return " ".join(sorted(spelling))[:MAX_CONTACT_KEY_LENGTH]


def _initial_agrees(left: str, right: str) -> bool:
    """Tell whether two given names can be the same one: equal, or one is the initial of the other."""
    if left == right:
        return True
    if len(left) == 1:
        return right.startswith(left)
    return len(right) == 1 and left.startswith(right)


def _surname_mistyped(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Tell whether two names with the same given names differ only by one letter of the surname (an edit of
    :class:`rapidfuzz.distance.OSA`: a letter deleted, added, replaced or two swapped), of
    :data:`PERSON_TYPO_MIN_LENGTH` letters or more: "Budi Santosa" / "Budi Santoso", "Tukiyem" / "Tukiyam".
    Not a given name: "Maria" and "Mario", "Hendra" and "Hendro" are two persons of one family."""
    if left[:-1] != right[:-1]:
        return False
    one, other = left[-1], right[-1]
    return (
        min(len(one), len(other)) >= PERSON_TYPO_MIN_LENGTH and OSA.distance(one, other, score_cutoff=1) <= 1
    )


def person_tokens_match(
    left: tuple[str, ...],
    right: tuple[str, ...],
    left_spelling: tuple[str, ...] | None = None,
    right_spelling: tuple[str, ...] | None = None,
) -> int:
    """Score how surely two names, as :func:`person_tokens` gives them, are the same person's.

    Returns :data:`PERSON_SAME_NAME_SCORE` when the words are the same in any order,
    :data:`PERSON_TYPO_SCORE` when they are the same but for one letter of a long surname ("Budi Santosa" /
    "Budi Santoso", "Tukiyem" / "Tukiyam": people mistype names too),
    :data:`PERSON_INITIALS_SCORE` when the surnames are equal and the given names agree one by one from the
    first, an initial agreeing with any name it begins ("B. Santoso" and "Budi Santoso", "Budi Santoso" and
    "Budi Hartono Santoso"), and 0 otherwise. But for a typo, the surname must match in full, never as an
    initial. Words of :data:`SPELLING_MIN_LENGTH` letters or more are compared by their :func:`spelling_key`
    ("Soeharto" / "Suharto"): ``left_spelling`` and ``right_spelling`` are the names'
    :func:`person_spelling`, when already known.
    """
    if not left or not right:
        return 0
    left_spelled = person_spelling(left) if left_spelling is None else left_spelling
    right_spelled = person_spelling(right) if right_spelling is None else right_spelling
    if sorted(left_spelled) == sorted(right_spelled):
        return PERSON_SAME_NAME_SCORE
    if _surname_mistyped(left_spelled, right_spelled):
        return PERSON_TYPO_SCORE
    if len(left) < 2 or len(right) < 2 or left_spelled[-1] != right_spelled[-1] or len(left[-1]) == 1:
        return 0
    # Extra given names on the longer side are middle names the other lead left out; an initial is that of
    # the name as written ("J. Smith" / "John Smith").
    given_pairs = zip(left[:-1], right[:-1], left_spelled[:-1], right_spelled[:-1], strict=False)
    if all(
        _initial_agrees(one, other) or (len(one) > 1 and len(other) > 1 and one_spelled == other_spelled)
        for one, other, one_spelled, other_spelled in given_pairs
    ):
        return PERSON_INITIALS_SCORE
    return 0


MAILBOX_LEGAL_FORMS = ("pt", "cv", "ud")
"""Legal forms a small business writes before its name in its mailbox name ("cv.abadijaya@yahoo.co.id")."""


def mailbox_letters(email: str | None) -> str:
    """Return the letters of the mailbox name of ``email`` (before the "@"), in lower case, without digits,
    dots, hyphens or other separators: "Salon.Insan-Cahaya19@gmail.com" gives "saloninsancahaya"."""
    # lower(), not casefold(): as PostgreSQL's lower() in the index of these letters ("ß" stays one letter)
    mailbox = (email or "").rpartition("@")[0].lower()
    return "".join(char for char in mailbox if "a" <= char <= "z")


def same_mailbox(email: str, other: str) -> bool:
    """Tell whether two normalised addresses are one mailbox, its separators aside: the same domain and the
    same letters and digits before the "@" ("salon.insan.cahaya@gmail.com" / "saloninsancahaya@gmail.com",
    one mailbox at Gmail, which ignores dots)."""
    mailbox, _at, domain = email.rpartition("@")
    other_mailbox, _at, other_domain = other.rpartition("@")
    return (
        bool(mailbox) and domain == other_domain and _alphanumerics(mailbox) == _alphanumerics(other_mailbox)
    )


def _alphanumerics(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def mailbox_company_spellings(letters: str) -> tuple[str, ...]:
    """Return the company names, their words written together, that the letters of a mailbox name
    (:func:`mailbox_letters`) may spell: the letters, and without a legal form before them ("cvabadijaya"
    gives "cvabadijaya" and "abadijaya")."""
    return (letters,) + tuple(
        letters[len(form) :]
        for form in MAILBOX_LEGAL_FORMS
        if letters.startswith(form) and len(letters) > len(form)
    )


def spells_person(letters: str, tokens: Sequence[str]) -> bool:
    """Tell whether ``letters`` (:func:`mailbox_letters`) are a person's name, its words (``tokens``) written
    together in any order, or with an initial ("budisantoso", "santosobudi", "bsantoso" for Budi Santoso)."""
    if not tokens or len(tokens) > 4:
        return False
    for order in itertools.permutations(tokens):
        if letters == "".join(order):
            return True
        if len(order) > 1 and letters in (
            order[0][0] + "".join(order[1:]),
            "".join(order[:-1]) + order[-1][0],
        ):
            return True
    return False


def normalize_email(email: str | None) -> str:
    """Return the first address in ``email``, lower-cased: "Budi <Budi@Maju.co.id>" gives "budi@maju.co.id".

    Returns "" when ``email`` holds no address.
    """
    if not email:
        return ""
    found = _EMAIL_ADDRESS.search(email)
    return found.group().casefold().rstrip(".") if found else ""


def email_domain(email: str | None) -> str:
    """Return the domain of the first address in ``email`` ("maju.co.id"), or ""."""
    return normalize_email(email).rpartition("@")[2]


def is_role_mailbox(mailbox: str) -> bool:
    """Tell whether a mailbox name (the part of a normalised address before the "@") is a role's, not a
    person's: its first run of letters is one of :data:`ROLE_MAILBOXES` ("marketing.jkt", "sales1")."""
    found = _MAILBOX_PART.search(mailbox)
    return bool(found) and found.group() in ROLE_MAILBOXES


def is_generic_email_domain(domain: str | None, providers: Collection[str] = ()) -> bool:
    """Tell whether ``domain`` belongs to a public mail provider: one of :data:`GENERIC_EMAIL_DOMAINS` or of
    ``providers``, the caller's own list in lower case (Odoo's ``iap_tools._MAIL_PROVIDERS``; a set, as it
    is looked up for every pair of leads compared), or such a domain mistyped
    (:data:`MISTYPED_PROVIDER_DOMAINS`): "dewi@yaho.co.id" and "budi@yaho.co.id" are no colleagues."""
    domain = (domain or "").strip().casefold()
    return domain in GENERIC_EMAIL_DOMAINS or domain in providers or domain in MISTYPED_PROVIDER_DOMAINS


def is_mistyped_provider_domain(domain: str | None) -> bool:
    """Tell whether ``domain`` is a public provider's domain mistyped (:data:`MISTYPED_PROVIDER_DOMAINS`):
    "yaho.co.id", "hotmial.com", "gmial.com"."""
    return (domain or "").strip().casefold() in MISTYPED_PROVIDER_DOMAINS
