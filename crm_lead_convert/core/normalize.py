"""Normalise the texts by which a sales prospect is recognised across leads.

Leads are typed by hand, in Indonesian, Dutch and English, by different people: "PT. Maju Jaya Abadi" and
"Maju Jaya Abadi, PT", "Santoso, Budi" and "Bpk. Budi Santoso", "0812 3456 7890" and "+62 812-3456-7890"
all name the same prospect. Each function here turns one such text into a key that compares equal (or, for
company names, fuzzily comparable) when the texts name the same thing. Nothing here imports Odoo.
"""

import re
import unicodedata
from collections.abc import Collection

import phonenumbers

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
        # Sains, Magister Manajemen, Teknik, Komputer.
        "se",
        "st",
        "sh",
        "skom",
        "spd",
        "ssi",
        "mm",
        "mt",
        "mkom",
        # International degrees.
        "bsc",
        "msc",
        "mba",
        "phd",
    }
)
"""Degrees written after a person's name ("Budi Santoso, S.E., M.M."); dropped after a comma or at the end."""

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
    }
)
"""Public mail providers: two people sharing one of these domains says nothing about their company. Callers
add the providers they know of (Odoo's ``iap_tools._MAIL_PROVIDERS``) through
:func:`is_generic_email_domain`."""

PHONE_KEY_DIGITS = 9
"""Length of :func:`phone_key`: the whole national number in most countries (Singapore's 8-digit numbers
and Belgian landlines are keyed whole); longer numbers lose their first digits, and with them a calling
code typed without "+" on a lead without country."""

MIN_PHONE_DIGITS = 6
"""A national number with fewer digits is an extension, a typo or a placeholder, not a phone number."""

PERSON_SAME_NAME_SCORE = 100
"""Score of :func:`person_tokens_match` for the same words in any order."""
PERSON_INITIALS_SCORE = 90
"""Score of :func:`person_tokens_match` for names that agree only through initials or middle names."""

# Letters that Unicode decomposition leaves whole, spelled as people without the key would type them.
_EXTRA_FOLDS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "\u0131": "i"}
)
_DOTTED_ABBREVIATION = re.compile(r"(?<![a-z0-9])(?:[a-z]\.)+[a-z](?![a-z0-9])\.?")
_APOSTROPHES = re.compile(r"['\u2019`]")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_NOT_DIGIT = re.compile(r"\D+")
_ZERO_IN_PARENTHESES = re.compile(r"\(\s*0\s*\)")
_EXTENSION = re.compile(r"(?:ext\.?|extension|toestel|tst\.?|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)
# What people put between two numbers typed in one field: "0812 1111 2222 / 0813 3333 4444", "... atau ...".
_PHONE_SEPARATORS = re.compile(r"([/;,|]|\b(?:or|atau|of|and|dan|en)\b)", re.IGNORECASE)
_EMAIL_ADDRESS = re.compile(r"[^\s<>,;:\"'()\[\]]+@[^\s<>,;:\"'()\[\]]+")


def _fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents, so that "Café", "CAFE" and "cafe" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_EXTRA_FOLDS)


def normalize_company(name: str | None) -> str:
    """Return the key of a company name: folded, without punctuation and without legal forms.

    "PT. Maju Jaya Abadi", "Maju Jaya Abadi, PT" and "PT Maju Jaya Abadi Tbk" all give "maju jaya abadi";
    "Bakkerij Jansen B.V." gives "bakkerij jansen". Legal forms (:data:`LEGAL_FORMS`) are dropped wherever
    they stand, unless the name consists of nothing else (a company called "PT" stays "pt"). Returns ""
    for an empty name.
    """
    if not name:
        return ""
    text = _APOSTROPHES.sub("", _fold(name))
    text = _DOTTED_ABBREVIATION.sub(lambda found: found.group().replace(".", ""), text)
    words = _NOT_ALPHANUMERIC.sub(" ", text).split()
    kept = [word for word in words if word not in LEGAL_FORMS]
    return " ".join(kept or words)


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


def person_tokens(name: str | None) -> tuple[str, ...]:
    """Return the words of a person's name, given names first and surname last, without titles.

    "Santoso, Budi" is read as surname, given names; "Dr. Ir. Budi Santoso, S.E., M.M." gives
    ``("budi", "santoso")``. Initials stay as one-letter words: "J.P. Balkenende" gives
    ``("j", "p", "balkenende")``. Returns ``()`` for an empty name.
    """
    if not name:
        return ()
    parts = []
    for part in _APOSTROPHES.sub("", _fold(name)).split(","):
        if _NOT_LETTER.sub("", part) in ACADEMIC_DEGREES:
            continue
        words = _strip_degrees(_strip_honorifics(_NOT_LETTER.sub(" ", part).split()))
        if words:
            parts.append(words)
    if len(parts) == 2:
        parts.reverse()
    return tuple(word for words in parts for word in words)


def normalize_person(name: str | None) -> str:
    """Return a key of a person's name that ignores word order, commas, case, accents and titles.

    "Budi Santoso", "Santoso, Budi", "budi  santoso" and "Bpk. Budi Santoso" all give "budi santoso".
    """
    return " ".join(sorted(person_tokens(name)))


def _initial_agrees(left: str, right: str) -> bool:
    """Tell whether two given names can be the same one: equal, or one is the initial of the other."""
    if left == right:
        return True
    if len(left) == 1:
        return right.startswith(left)
    return len(right) == 1 and left.startswith(right)


def person_tokens_match(left: tuple[str, ...], right: tuple[str, ...]) -> int:
    """Score how surely two names, as :func:`person_tokens` gives them, are the same person's.

    Returns :data:`PERSON_SAME_NAME_SCORE` when the words are the same in any order,
    :data:`PERSON_INITIALS_SCORE` when the surnames are equal and the given names agree one by one from the
    first, an initial agreeing with any name it begins ("B. Santoso" and "Budi Santoso", "Budi Santoso" and
    "Budi Hartono Santoso"), and 0 otherwise. The surname must match in full, never as an initial.
    """
    if not left or not right:
        return 0
    if sorted(left) == sorted(right):
        return PERSON_SAME_NAME_SCORE
    if len(left) < 2 or len(right) < 2 or left[-1] != right[-1] or len(left[-1]) == 1:
        return 0
    # Extra given names on the longer side are middle names the other lead left out.
    given_pairs = zip(left[:-1], right[:-1], strict=False)
    if all(_initial_agrees(one, other) for one, other in given_pairs):
        return PERSON_INITIALS_SCORE
    return 0


def person_names_match(left: str | None, right: str | None) -> int:
    """Score how surely two names are the same person's: 100, 90 with initials, 0 if not (see
    :func:`person_tokens_match`); the result can be used as a boolean."""
    return person_tokens_match(person_tokens(left), person_tokens(right))


def _split_phone(number: str | None, country_code: str | None) -> tuple[str, str]:
    """Return ``(calling code, national number)`` of a phone number as typed; see :func:`normalize_phone`.

    The number is read by ``phonenumbers`` (the library behind Odoo's phone_validation) in the lead's
    country: it knows every country's calling code and trunk prefix. A number typed nationally on a lead
    without country cannot be read so; its trunk "0", the commonest, is dropped instead.
    """
    if not number:
        return "", ""
    text = _EXTENSION.sub("", _ZERO_IN_PARENTHESES.sub("", number))
    digits = _NOT_DIGIT.sub("", text)
    if digits.startswith("00") and "+" not in text:
        text = "+" + digits[2:]
    try:
        parsed = phonenumbers.parse(text, (country_code or "").upper() or None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed and parsed.national_number:
        calling_code = str(parsed.country_code)
        national = "0" * (parsed.number_of_leading_zeros or 0) if parsed.italian_leading_zero else ""
        national += str(parsed.national_number)
    else:
        calling_code, national = "", digits.removeprefix("0")
    if len(national) < MIN_PHONE_DIGITS:
        return "", ""
    return calling_code, national


def normalize_phone(number: str | None, country_code: str | None = None) -> str:
    """Return a phone number as digits only, in international form without "+" when it can be known.

    "+62 812-3456-7890", "0062 812 3456 7890" and, for country "ID", "0812 3456 7890" all give
    "6281234567890"; "+31 (0)6 12345678" and, for "NL", "06-12345678" give "31612345678". The country
    (ISO code, any case) is used only for a number without "+" or "00"; an unknown or missing country
    leaves such a number in national form with its leading trunk "0" dropped ("0812 3456 7890" gives
    "81234567890"). Extensions ("ext. 12", "x12") are ignored. Returns "" when fewer than
    :data:`MIN_PHONE_DIGITS` digits remain after the prefixes.
    """
    calling_code, national = _split_phone(number, country_code)
    return calling_code + national


def phone_key(number: str | None, country_code: str | None = None) -> str:
    """Return the key by which two leads' phone numbers are compared: the last :data:`PHONE_KEY_DIGITS`
    digits of the national number (calling code and trunk prefix left out), or "". Of a field holding
    several numbers, this is the first one's key (see :func:`phone_keys`).

    Leads often lack a country, and then a number typed nationally cannot be given its calling code. The
    key leaves the calling code out, so that "+62 812-3456-7890" and "0812 3456 7890" both give
    "234567890" whether the country is known or not, and "+65 9123 4567" and "9123 4567" both give
    "91234567". Keeping only the last digits also absorbs a calling code that could not be recognised
    (typed without "+" on a lead without country). The price is
    that the same national number in two countries gives one key, which is rare among one company's leads.
    """
    keys = phone_keys(number, country_code)
    return keys[0][0] if keys else ""


def phone_numbers(field_text: str | None, country_code: str | None = None) -> tuple[tuple[str, str], ...]:
    """Return ``(national number, number as typed)`` of each number of a phone field, in order, each once.

    People type several numbers into one field: "0812 1111 2222 / (021) 555-1234", "0812 1111 2222 atau
    0813 3333 4444". The field is split at "/", ";", ",", "|" and the words "or", "atau", "of", "and", "dan",
    "en", but a part too short to be a number stays with the next one: "0475/12.34.56" (a Belgian way of
    writing one number) is one number, while an extension after a number ("..., toestel 12") is left out. The
    national number is :func:`normalize_phone`'s without its calling code.
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
        national = _split_phone(text, country_code)[1]
        if national and national not in found:
            found[national] = text.strip()
    return tuple(found.items())


def phone_keys(field_text: str | None, country_code: str | None = None) -> tuple[tuple[str, str], ...]:
    """Return ``(key, number as typed)`` of each number of a phone field (see :func:`phone_numbers`), in
    order, each key once: the key is the one :func:`phone_key` gives, by which candidates are looked up."""
    found = {}
    for national, text in phone_numbers(field_text, country_code):
        found.setdefault(national[-PHONE_KEY_DIGITS:], text)
    return tuple(found.items())


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


def is_generic_email_domain(domain: str | None, providers: Collection[str] = ()) -> bool:
    """Tell whether ``domain`` belongs to a public mail provider: one of :data:`GENERIC_EMAIL_DOMAINS` or of
    ``providers``, the caller's own list in lower case (Odoo's ``iap_tools._MAIL_PROVIDERS``; a set, as it
    is looked up for every pair of leads compared)."""
    domain = (domain or "").strip().casefold()
    return domain in GENERIC_EMAIL_DOMAINS or domain in providers
