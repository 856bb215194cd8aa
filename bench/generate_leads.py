"""Generate realistic CRM leads in Indonesian, Dutch and English whose ground truth is known.

Usage: ``python3 bench/generate_leads.py --count 20000 --seed 42 --out bench/data/leads_20000.csv``
(``.jsonl`` output when the file name ends so). Plain Python, no Odoo; the same seed and count always give
the same file.

Data model
----------
A *prospect* is one sales prospect: a company, or a private person writing from a public mail provider.
Every record (lead) belongs to exactly one prospect, written in the column ``prospect_id``; two records are
"the same prospect" exactly when their ``prospect_id`` is equal. Columns: ``row`` (position in the file),
``prospect_id``, ``variant`` (how the record was made, see below), ``name`` (the lead's subject),
``partner_name``, ``contact_name``, ``email_from``, ``phone``, ``mobile``, ``country_code`` (ID, NL, GB or
empty).

Prospects are Indonesian (45 %), Dutch (30 %) or British (25 %). 85 % are companies with a legal form
(PT, CV, UD, Tbk; B.V., N.V., V.O.F.; Ltd, Limited, LLC, Inc., PLC) and a company mail domain (.co.id,
.id, .com, .nl, .co.uk), except that small companies often write from a public provider (gmail.com,
yahoo.co.id, ziggo.nl, kpnmail.nl, btinternet.com ...): 45 % of Indonesian companies, 25 % of Dutch, 15 %
of British ones. The other 15 % of prospects are private persons at a public provider, without a company
name; 30 % of their records hold a placeholder in its place ("-", "Pribadi", "Particulier", "N/A"), as a
form that requires a company name gets. A quarter of companies also have a mobile next to their phone.

Ground truth is well defined because:

- company names of different prospects never have the same words in the same order (the placeholders of
  private persons' records and the hard negative ``neg_same_name`` aside); the same words in
  another order only in the hard negatives ``neg_reordered`` and ``neg_reordered_typo`` below; and their
  vocabularies hold no two words that are one typo apart (``Putra``/``Putri``, ``Clark``/``Clarke`` are
  left out);
- every company domain belongs to one prospect only; every address at a public provider to one prospect
  only;
- every phone number belongs to one prospect only, compared on its last 9 national digits, except the
  office line that a ``neg_switchboard`` shares with an earlier company.

Clusters
--------
78 % of prospects have one record, 14 % two, 6 % three, 2 % four. The first record of a prospect is its
``base``; each further record is a variant of the base with 1-4 kinds of noise, listed in ``variant``:

- company name: ``legal_moved`` (``PT Maju Jaya`` -> ``Maju Jaya, PT``), ``legal_dotted`` (PT/PT./P.T.,
  BV/B.V./b.v., Ltd/Ltd.), ``legal_dropped``, ``legal_long`` (Ltd/Limited, Inc./Incorporated), ``case``,
  ``punct`` (doubled spaces, hyphen, trailing dot), ``typo1`` (one edit: a deleted, doubled, swapped or
  neighbouring-key letter in a word of 5 letters or more), ``typo2`` (two such edits, in one word or two),
  ``joined`` (two words written together: ``Maju Jaya Abadi`` -> ``Majujaya Abadi``; 5 % of records),
  ``spelling`` (an Indonesian name in the spelling before the 1972 reform, as companies registered under it
  keep it: ``Cahaya Jaya`` -> ``Tjahaja Djaja``, ``Surabaya`` -> ``Soerabaja``, one word or all; a Dutch
  ``ij`` written ``y``; 4 % of Indonesian and Dutch companies' further records, the contact's name too in
  half of the Indonesian ones: ``Joko Susanto`` -> ``Djoko Soesanto``; since 2026-11-30, seventh run);
  written otherwise (since 2026-11-30, eighth run; 30 % of the further records of a name that can be):
  ``connective`` (``Jansen & Zonen`` -> ``Jansen en Zonen``, ``and``), ``particle`` (a Dutch ``van der``
  shortened, ``v.d.``, ``vd``, ``v/d``, or written with another ``de``/``der``/``den``), ``article`` (``The``
  before a British company's name);
- contact: ``contact_order`` (``Santoso, Budi``), ``contact_initial`` (``B. Santoso``), ``contact_title``
  (``Bpk. Budi Santoso``, ``Dhr. J. de Vries``, ``Mr James Smith``), ``contact_case``, or
  ``other_person``: a colleague at the same company, with their own name, own address at the company domain
  (or their own public-provider address) and, half the time, their own mobile; and, since the eighth run,
  ``particle_contact`` (``Willem v.d. Meer``, as ``particle``) and ``contact_typo`` (a deleted, doubled or
  neighbouring-key letter in a word of 5 letters or more: ``Budi Santosa``; 5 % of further records). These
  noises of the eighth run are drawn from random streams of their own, after every other: the records
  without them are the same as before;
- phone: ``phone_format`` (other spaces, dashes, parentheses), ``phone_intl`` (national <-> international
  form, with or without ``(0)``), ``phone_to_mobile`` (the number typed in the mobile field);
- email: ``email_case`` (``Budi.Santoso@MajuJaya.co.id``);
- ``no_country``: the lead has no country (the number is then read with the company's country).

Every record, the base included, also comes in by a channel that decides what it holds: a web form (40 %:
email, a phone half the time), an email (20 %: no phone), a phone call (25 %: no email) or an event's
business card (15 %: both). What a record lacks is listed in its ``variant`` as ``no_email`` or
``no_phone``. Leads of one prospect coming in by different channels are the common case that exact
email and phone criteria cannot join.

A company prospect's records always carry its company name (noised), so that every pair of its records can
be told to be the same prospect from the record pair alone. A private person's records all keep either
their address (in any case) or their phone number (in any format): the prospect's *anchor*.

Hard negatives
--------------
Extra prospects, each made to look like an earlier one but sharing nothing that identifies it; their base
record's ``variant`` says which kind:

- ``neg_shared_words``: the earlier company's name with one word replaced (``Maju Jaya`` ->
  ``Maju Bersama``, ``Jansen Techniek`` -> ``Jansen Transport``), own domain, phone and contact;
- ``neg_same_contact``: the earlier prospect's contact name (``Budi Santoso``), nothing else in common;
- ``neg_same_provider``: a private person with the earlier person's name at the same public provider, under
  another address (``budi.santoso@gmail.com`` vs ``budisantoso7@gmail.com``), own phone;
- ``neg_reordered``: the earlier company's words in another order (``Maju Jaya Abadi`` -> ``Abadi Maju
  Jaya``, ``Jansen Techniek`` -> ``Techniek Jansen``), own legal form, domain, phone and contact;
- ``neg_reordered_typo``: the same, with a typo in one word;
- ``neg_branch``: a branch of the earlier company in a city of its own, named after it (``Sinar Jaya`` ->
  ``Sinar Jaya Medan``), own domain, phone and contact: each branch buys for itself;
- ``neg_switchboard``: another company in the earlier one's building, sharing its phone number, nothing else;
- ``neg_same_name``: another business under the very same name as an earlier one whose name is made of
  stock words only (an Indonesian name of common words, ``Sinar Jaya Abadi``; a Dutch trade and family name,
  ``Bakkerij Jansen``), in a town the leads do not show: own legal form, domain, phone and contact (added
  2026-11-30: real registers hold many such namesakes; before, the set had none and a name agreeing alone
  was always taken for one prospect);
- ``neg_owner_private``: a private person with the name of the earlier company's contact (the owner writing
  privately), at a public provider, own phone.
"""

import argparse
import csv
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path


def words(text, separator=None):
    """Return the words of a vocabulary written as one text."""
    return tuple(text.split(separator))


COUNTRY_WEIGHTS = {"ID": 45, "NL": 30, "GB": 25}
CLUSTER_SIZE_WEIGHTS = {1: 78, 2: 14, 3: 6, 4: 2}
PRIVATE_PERSON_SHARE = 0.15
GENERIC_MAIL_SHARE = {"ID": 0.45, "NL": 0.25, "GB": 0.15}
HARD_NEGATIVE_SHARES = {
    "neg_shared_words": 0.04,
    "neg_same_contact": 0.03,
    "neg_same_provider": 0.03,
    "neg_reordered": 0.04,
    "neg_reordered_typo": 0.01,
    "neg_branch": 0.01,
    "neg_switchboard": 0.02,
    "neg_owner_private": 0.02,
    "neg_same_name": 0.015,
}
NO_COUNTRY_SHARE = 0.10
# Further records of a company whose name has two of its words written together ("MajuJaya Abadi").
JOINED_SHARE = 0.05
# Further records of an Indonesian or Dutch company written in another spelling ("Tjahaja Djaja").
SPELLING_SHARE = 0.04
# Further records writing a company's "&" in words ("Jansen en Zonen"), a Dutch "van der" shortened ("v.d.
# Berg", "vd Berg") or confused ("van den Berg"), or an English company with "The" before its name.
WRITTEN_OUT_SHARE = 0.3
CONNECTIVE_WORDS = {"ID": "dan", "NL": "en", "GB": "and"}
VAN_DE = re.compile(r"\b(van) (de[nr]?)\b", re.IGNORECASE)
SHORT_VAN_DE = ("v.d.", "vd", "v/d", "V.D.")
# Further records with a letter of the contact's name mistyped ("Budi Santosa"), in a word of 5 letters or
# more.
CONTACT_TYPO_SHARE = 0.05
# Indonesian spelling before 1972, from today's: "oe" for "u", "dj" for "j", "j" for "y", "tj" for "c",
# "ch" for "kh" (so "nj" for "ny" and "sj" for "sy").
OLD_INDONESIAN_SPELLING = re.compile(r"kh|[ujyc]", re.IGNORECASE)
OLD_INDONESIAN_LETTERS = {"kh": "ch", "u": "oe", "j": "dj", "y": "j", "c": "tj"}
# Private persons' records holding a placeholder as company name, typed into a mandatory form field.
PLACEHOLDER_COMPANY_SHARE = 0.3
PLACEHOLDER_COMPANY_NAMES = {
    "ID": ("-", "Pribadi", "Perorangan", "pribadi", "Perseorangan", "Tidak ada", "N/A", "Individu"),
    "NL": ("-", "Particulier", "particulier", "Geen", "N.v.t.", "nvt", "Privé", "Prive"),
    "GB": ("-", "Private", "N/A", "n/a", "None", "Individual", "Self", "Personal"),
}
MOBILE_SHARE = 0.25
# The way a lead came in decides what it holds: channel -> (has an email, share having a phone).
CHANNELS = {"web_form": (True, 0.5), "email": (True, 0.0), "phone_call": (False, 1.0), "event": (True, 1.0)}
CHANNEL_WEIGHTS = {"web_form": 40, "email": 20, "phone_call": 25, "event": 15}

ID_COMPANY_WORDS = words(
    "Maju Jaya Abadi Sentosa Makmur Sejahtera Bersama Mandiri Karya Sumber Mulia Indah Perkasa Cahaya "
    "Gemilang Nusantara Sinar Agung Utama Prima Baru Lestari Sakti Bumi Alam Surya Citra Buana Mitra Putra "
    "Tunggal Rejeki Berkah Anugerah Harapan Kencana Intan Permata Samudra Pratama Wijaya Kusuma Santika "
    "Niaga Dinamika Sarana Persada Graha Inti Global Sukses Selaras Lancar Terang Bintang Rajawali Garuda "
    "Borneo Andalas Pasifik Mega Artha Bangun Cipta Daya Eka Fortuna Harmoni Insan Kreasi Lintas Matahari "
    "Nirwana Pelita Ratu Sentral Tirta Unggul Wahana Yasa Zamrud Arta Bahari Candra Dharma Gita Hijau Kurnia "
    "Langit Megah Nusa Omega Pusaka Rimba Sehat Tiga Wangi"
)
ID_SECTOR_WORDS = words(
    "Teknik Logistik Elektrindo Farma Konstruksi Kimia Plastindo Mebel Tekstil Agro Digital Media Energi "
    "Motor Trans Pangan Properti Medika Solusi Informatika"
)
ID_CITIES = words("Medan Bandung Semarang Makassar Palembang Batam Pekanbaru Denpasar Manado Balikpapan")
ID_GIVEN_NAMES = words(
    "Budi Siti Agus Dewi Sri Ahmad Rina Andi Eko Wahyu Yusuf Dian Putu Made Nur Joko Bambang Hendra Rudi "
    "Fitri Yanti Lina Hadi Arif Rizky Fajar Ayu Ratna Slamet Wulan"
)
ID_FAMILY_NAMES = words(
    "Santoso Aminah Setiawan Lestari Wijaya Saputra Hidayat Kurniawan Susanto Rahayu Pratama Nugroho Gunawan "
    "Sari Purnomo Hartono Wibowo Siregar Nasution Sitorus Harahap Halim Tanjung Sembiring Permana Utomo "
    "Suryadi Yulianti Maharani Anggraini"
)
ID_SINGLE_NAMES = words("Sutrisno Suharto Mulyadi Sukarni Wagiman Tukiyem Paijo Sumarni")

NL_FAMILY_NAMES = words(
    "Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|"
    "van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|"
    "Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|de Jong|Schouten|van Beek|Willems|"
    "van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Kuiper|"
    "Veenstra|Post|van Wijk|Scholten|Timmermans|Groen|Gerritsen|Boersma|Lammers|Molenaar|Wouters|Mertens|"
    "Kramer|Bosman|Jonker|van der Heijden|Hermans|Bakx|de Lange|Sanders|Evers|van Dijk|Zwart|Martens|"
    "Hoogland|Brink|van Houten|Ruiter|Koopman|de Ridder|Verbeek|Claassen|Beekman|Franken|Hofman|Pronk|"
    "Wolters|van Rijn|Steenbergen|Oosterhout|Kroon|Bouwman|Langeveld|Vink|Fransen",
    separator="|",
)
NL_PLACES = words(
    "Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn Haarlem "
    "Enschede Arnhem Amersfoort Zwolle Leiden Maastricht Dordrecht Zoetermeer Delft Alkmaar Venlo Deventer "
    "Hilversum Gouda Emmen Assen Leeuwarden Helmond Roosendaal"
)
NL_SECTORS_BEFORE = words(
    "Bakkerij Installatiebedrijf Autobedrijf Schildersbedrijf Hoveniersbedrijf Drukkerij Transportbedrijf "
    "Aannemersbedrijf Loodgietersbedrijf Adviesbureau Accountantskantoor Slagerij"
)
NL_SECTORS_AFTER = words(
    "Techniek Transport Bouw Logistiek Installaties Metaal Elektro Dakwerken Kozijnen Verhuur Beheer Holding "
    "Consultancy Catering Interieur Machinebouw Verpakkingen Koeltechniek Zonwering Vastgoed Software "
    "Groep Handel Services"
)
NL_GIVEN_NAMES = words(
    "Jan Pieter Sanne Emma Daan Lotte Bram Sophie Thomas Lisa Kees Anouk Ruben Femke Joost Mark Eva Niels "
    "Iris Willem Henk Marieke Sven Inge"
)

GB_FAMILY_NAMES = words(
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
    "Roberts Green Hall Wood Jackson Clarke Harrison Hughes Edwards Turner Hill Moore Cooper Ward Morris "
    "King Watson Baker Lewis Young Allen Mitchell Bennett Carter Phillips Shaw Lloyd Fletcher Chapman Holmes "
    "Knight Marshall Stevens Webb Foster Gray"
)
GB_PLACES = words(
    "Northern Southern Thames Pennine Midland Cotswold Mersey Severn Highland Coastal Metro Capital Albion "
    "Kingsway Riverside Oakwood Ashford Bristol Leeds Manchester Sheffield Yorkshire Kent Essex Cambridge "
    "Oxford Norwich Cardiff Glasgow Edinburgh Belfast Sussex Devon Cornwall Wessex Anglia Solent Humber"
)
GB_SUFFIXES = words("Group UK International Direct Associates Specialists")
GB_SECTORS = words(
    "Engineering Logistics Plumbing Electrical Construction Consulting Solutions Systems Services Joinery "
    "Roofing Catering Printing Haulage Landscaping Accountancy Recruitment Software Interiors Motors "
    "Builders Supplies Trading Holdings Partners Design Marketing Security Cleaning Fabrication"
)
GB_GIVEN_NAMES = words(
    "James Sarah David Emma John Laura Michael Claire Paul Rachel Andrew Helen Mark Sophie Richard Emily "
    "Peter Lucy Thomas Hannah Gareth Fiona Stuart Karen"
)


def other_spelling(word, country):
    """Return ``word`` in the other spelling people write in ``country``: an Indonesian word in the spelling
    before 1972 (``Cahaya`` -> ``Tjahaja``, ``Surabaya`` -> ``Soerabaja``), a Dutch ``ij`` as ``y``
    (``Bakkerij`` -> ``Bakkery``); else as it is."""
    if country == "ID":

        def old(found):
            letters = OLD_INDONESIAN_LETTERS[found.group().lower()]
            return letters.capitalize() if found.group()[0].isupper() else letters

        return OLD_INDONESIAN_SPELLING.sub(old, word)
    if country == "NL":
        return word.replace("ij", "y").replace("IJ", "Y").replace("Ij", "Y")
    return word


def typo_distance(word, other):
    """Return the optimal string alignment distance of two words (edits, adjacent swaps counting one)."""
    previous2, previous = None, list(range(len(other) + 1))
    for i, char in enumerate(word, start=1):
        current = [i]
        for j, other_char in enumerate(other, start=1):
            cost = char != other_char
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == other[j - 2] and word[i - 2] == other_char:
                best = min(best, previous2[j - 2] + 1)
            current.append(best)
        previous2, previous = previous, current
    return previous[-1]


def typo_close(word, other):
    """Tell whether one of two different words can be a typo of the other: one edit from 5 letters, two from
    10, counted on the longer word, since the generator's typos may shorten a word (``Artha`` -> ``Arta``,
    ``Megah`` -> ``Mega``)."""
    longest = max(len(word), len(other))
    allowance = 0 if longest <= 4 else 1 if longest < 10 else 2
    return (
        word != other and abs(len(word) - len(other)) <= allowance and typo_distance(word, other) <= allowance
    )


def typo_distinct(*vocabularies):
    """Return the vocabularies without the entries holding a word one typo away from an earlier kept word,
    across all vocabularies: different prospects must not be confused by a typo (``Franken``/``Fransen``,
    ``Groen``/``Green``, ``Intan``/``Insan``)."""
    kept = set()
    result = []
    for vocabulary in vocabularies:
        entries = []
        for entry in vocabulary:
            words = entry.casefold().split()
            if not any(typo_close(word, other) for word in words for other in kept):
                kept.update(words)
                entries.append(entry)
        result.append(tuple(entries))
    return result


(
    ID_COMPANY_WORDS,
    ID_SECTOR_WORDS,
    ID_CITIES,
    NL_FAMILY_NAMES,
    NL_SECTORS_BEFORE,
    NL_SECTORS_AFTER,
    NL_PLACES,
    GB_FAMILY_NAMES,
    GB_PLACES,
    GB_SECTORS,
    GB_SUFFIXES,
) = typo_distinct(
    ID_COMPANY_WORDS,
    ID_SECTOR_WORDS,
    ID_CITIES,
    NL_FAMILY_NAMES,
    NL_SECTORS_BEFORE,
    NL_SECTORS_AFTER,
    NL_PLACES,
    GB_FAMILY_NAMES,
    GB_PLACES,
    GB_SECTORS,
    GB_SUFFIXES,
)

GENERIC_PROVIDERS = {
    "ID": ("gmail.com", "yahoo.co.id", "yahoo.com", "hotmail.com"),
    "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "planet.nl"),
    "GB": ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"),
}
COMPANY_TLDS = {
    "ID": ("co.id", "co.id", "com", "id"),
    "NL": ("nl", "nl", "nl", "com"),
    "GB": ("co.uk", "co.uk", "com"),
}
ROLE_MAILBOXES = {"ID": ("info", "admin", "marketing", "purchasing"), "NL": ("info", "verkoop", "inkoop")}

SUBJECTS = {
    "ID": (
        "Penawaran harga {item}",
        "Permintaan penawaran {item}",
        "Pengadaan {item} {qty} unit",
        "Info harga {item}",
        "Kerja sama distribusi {item}",
        "Demo produk {item}",
    ),
    "NL": (
        "Offerte aanvraag {item}",
        "Prijsopgave {item} ({qty} stuks)",
        "Interesse in {item}",
        "Vraag over levering {item}",
        "Demo {item} gewenst",
    ),
    "GB": (
        "Quote request: {item}",
        "Pricing for {qty} {item}",
        "Enquiry about {item}",
        "Website enquiry",
        "Demo request - {item}",
    ),
}
ITEMS = {
    "ID": ("kursi kantor", "meja kerja", "printer", "laptop", "AC split", "genset", "forklift", "seragam"),
    "NL": ("bureaustoelen", "laptops", "koffiemachines", "zonnepanelen", "heftrucks", "werkkleding"),
    "GB": ("office chairs", "laptops", "standing desks", "forklifts", "solar panels", "workwear"),
}

# National numbers without trunk prefix: (prefix, digits following it), valid for the phonenumbers library.
# "00" is the international prefix in NL and GB, not in Indonesia (001, 007...): Indonesian numbers are never
# written "0062 ...", which phonenumbers (and so stock Odoo) could not read.
PHONE_PLANS = {
    "ID": (
        ("812", 8),
        ("813", 8),
        ("821", 8),
        ("822", 8),
        ("852", 8),
        ("857", 8),
        ("878", 8),
        ("896", 8),
        ("21", 8),
        ("22", 7),
        ("31", 7),
    ),
    "NL": (("61", 7), ("62", 7), ("63", 7), ("64", 7), ("20", 7), ("10", 7), ("30", 7), ("345", 6)),
    "GB": (("79", 8), ("78", 8), ("74", 8), ("207", 7), ("203", 7), ("1612", 6), ("1132", 6)),
}
CALLING_CODES = {"ID": "62", "NL": "31", "GB": "44"}
LEGAL_PREFIX_FORMS = frozenset({"PT", "CV", "UD"})
# How people group the digits after the area code: number of digits -> end of each group.
DIGIT_GROUPS = {5: (2, 5), 6: (3, 6), 7: (3, 7), 8: (4, 8), 9: (3, 6, 9), 10: (3, 6, 10), 11: (3, 7, 11)}

KEYBOARD_NEIGHBOURS = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "y": "tu",
}
_TYPO_MIN_LENGTH = 5


def company_key(words):
    """Return what makes a company name different from another: its words in any order and case."""
    return tuple(sorted(word.strip("()").casefold() for word in words if word != "&"))


def ordered_key(words):
    """Return what tells apart two company names of the same words: their order."""
    return tuple(word.strip("()").casefold() for word in words if word != "&")


def area_code_length(country, national):
    """Return how many leading digits of a national number are its area or mobile operator code."""
    if country == "ID":
        return 3 if national.startswith("8") else 2
    if country == "NL":
        return 1 if national.startswith("6") else 3 if national.startswith("345") else 2
    return 4 if national.startswith("7") else 2 if national.startswith("20") else 3


@dataclass
class Prospect:
    """A sales prospect: what all its records share before noise."""

    id: int
    country: str
    words: tuple[str, ...]
    legal_form: str
    legal_first: bool
    contact: tuple[str, ...]
    email_local: str
    domain: str
    phone_national: str
    generic_mail: bool
    anchor: str = "company"
    email: str = ""
    phone_style: int = 0
    phone_in_mobile: bool = False
    extra_mobile: str = ""
    mistyped_name: bool = False

    @property
    def is_company(self):
        """Tell whether the prospect is a company (else a private person)."""
        return bool(self.words)


class Generator:
    """Draw prospects and their records from one seeded random source, keeping identities unique."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        # their own streams: adding placeholders and joined words (2026-11-30) changed the other records
        # little (a joined record no longer gets the email_case or phone_format it needed to differ)
        self.placeholder_rng = random.Random(seed + 1)
        self.joined_rng = random.Random(seed + 2)
        # a stream of its own, so that adding this noise left every other record as it was
        self.spelling_rng = random.Random(seed + 3)
        self.written_rng = random.Random(seed + 4)
        self.contact_typo_rng = random.Random(seed + 5)
        self.company_keys = set()
        self.ordered_names = set()
        self.domains = set()
        self.addresses = set()
        self.phone_keys = set()
        self.prospects = []

    # ---- identities ----

    def pick(self, weights):
        """Return a key of ``weights`` drawn in proportion to its value."""
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def company_words(self, country):
        """Return the words of a new company name (no legal form) not used by any other prospect."""
        rng = self.rng
        for _ in range(1000):
            if country == "ID":
                words = rng.sample(ID_COMPANY_WORDS, rng.choice((2, 2, 3)))
                if rng.random() < 0.3:
                    words.append(rng.choice(ID_SECTOR_WORDS))
            elif country == "NL":
                surname = rng.choice(NL_FAMILY_NAMES).title().split()
                shape = rng.random()
                if shape < 0.25:
                    words = [rng.choice(NL_SECTORS_BEFORE), *surname]
                elif shape < 0.5:
                    words = [*surname, rng.choice(NL_SECTORS_AFTER)]
                elif shape < 0.65:
                    words = [rng.choice(NL_SECTORS_BEFORE), *surname, rng.choice(NL_PLACES)]
                elif shape < 0.85:
                    words = [*surname, rng.choice(NL_SECTORS_AFTER), rng.choice(NL_PLACES)]
                else:
                    other = rng.choice(NL_FAMILY_NAMES).title().split()
                    words = [*surname, "&", *other]
            else:
                shape = rng.random()
                family, sector = rng.choice(GB_FAMILY_NAMES), rng.choice(GB_SECTORS)
                if shape < 0.2:
                    words = [family, sector]
                elif shape < 0.35:
                    words = [rng.choice(GB_PLACES), sector]
                elif shape < 0.5:
                    words = [family, sector, rng.choice(GB_SUFFIXES)]
                elif shape < 0.65:
                    words = [rng.choice(GB_PLACES), sector, rng.choice(GB_SUFFIXES)]
                elif shape < 0.85:
                    words = [family, sector, f"({rng.choice(GB_PLACES)})"]
                elif shape < 0.95:
                    words = [family, "&", rng.choice(GB_FAMILY_NAMES), sector]
                else:
                    words = [family, "&", rng.choice(GB_FAMILY_NAMES)]
            if self.claim_company(words):
                return tuple(words)
        raise RuntimeError(f"company name space of {country} exhausted")

    def claim_company(self, words):
        """Reserve the company name of ``words`` if no prospect has the same words; tell whether it could."""
        key = company_key(words)
        if len(set(key)) < len(key) or key in self.company_keys:
            return False
        self.company_keys.add(key)
        self.ordered_names.add(ordered_key(words))
        return True

    def legal_form(self, country):
        """Return ``(legal form, written before the name)`` for a new company of ``country``."""
        rng = self.rng
        if country == "ID":
            form = rng.choices(("PT", "CV", "UD", "PT Tbk"), weights=(65, 25, 5, 5))[0]
            if form == "PT Tbk":
                return "Tbk", False
            return form, rng.random() < 0.9
        if country == "NL":
            return rng.choices(("B.V.", "BV", "V.O.F.", "N.V.", ""), weights=(50, 20, 15, 5, 10))[0], False
        return rng.choices(("Ltd", "Limited", "LLC", "Inc.", "PLC", ""), weights=(50, 25, 5, 5, 5, 10))[
            0
        ], False

    def person(self, country):
        """Return the words of a person's name, given name first."""
        rng = self.rng
        if country == "ID":
            if rng.random() < 0.1:
                return (rng.choice(ID_SINGLE_NAMES),)
            return rng.choice(ID_GIVEN_NAMES), rng.choice(ID_FAMILY_NAMES)
        if country == "NL":
            return rng.choice(NL_GIVEN_NAMES), rng.choice(NL_FAMILY_NAMES)
        return rng.choice(GB_GIVEN_NAMES), rng.choice(GB_FAMILY_NAMES)

    def domain(self, country, words):
        """Return a company mail domain made from the company words, not used by any other prospect."""
        slug_words = [re.sub(r"[^a-z]", "", word.casefold()) for word in words if word != "&"]
        candidates = ["".join(slug_words), "-".join(slug_words), "".join(word[0] for word in slug_words)]
        candidates += ["".join(slug_words) + str(number) for number in range(2, 100)]
        tld = self.rng.choice(COMPANY_TLDS[country])
        for name in candidates:
            domain = f"{name}.{tld}"
            if len(name) >= 3 and domain not in self.domains:
                self.domains.add(domain)
                return domain
        raise RuntimeError(f"no free domain for {words}")

    def local_part(self, person):
        """Return a mailbox name for a person, as people choose them."""
        slug = [re.sub(r"[^a-z]", "", word.casefold()) for word in person]
        shape = self.rng.randrange(5)
        if len(slug) == 1 or shape == 0:
            return "".join(slug)
        if shape == 1:
            return ".".join((slug[0], slug[-1]))
        if shape == 2:
            return slug[0][0] + "." + slug[-1]
        if shape == 3:
            return slug[0] + "_" + slug[-1][0]
        return "".join(slug) + str(self.rng.randrange(70, 100))

    def claim_address(self, local, domain):
        """Return a free address ``local@domain``, adding digits to ``local`` until nobody has it."""
        address = f"{local}@{domain}"
        while address in self.addresses:
            address = f"{local}{self.rng.randrange(1, 1000)}@{domain}"
        self.addresses.add(address)
        return address

    def phone_national(self, country, mobile=False):
        """Return a new national number (without trunk prefix) whose last 9 digits no prospect has."""
        plans = PHONE_PLANS[country]
        if mobile:
            plans = [plan for plan in plans if plan[0][0] in "687"]
        while True:
            prefix, length = self.rng.choice(plans)
            number = prefix + "".join(self.rng.choice("0123456789") for _ in range(length))
            if number[-9:] not in self.phone_keys:
                self.phone_keys.add(number[-9:])
                return number

    # ---- prospects ----

    def new_prospect(self, country=None, private=None):
        """Create a prospect with fresh identities."""
        rng = self.rng
        country = country or self.pick(COUNTRY_WEIGHTS)
        private = rng.random() < PRIVATE_PERSON_SHARE if private is None else private
        contact = self.person(country)
        words, form, first = (), "", False
        generic = True
        if not private:
            words = self.company_words(country)
            form, first = self.legal_form(country)
            generic = rng.random() < GENERIC_MAIL_SHARE[country]
        if generic:
            domain = rng.choice(GENERIC_PROVIDERS[country])
        else:
            domain = self.domain(country, words)
        prospect = Prospect(
            id=len(self.prospects) + 1,
            country=country,
            words=words,
            legal_form=form,
            legal_first=first,
            contact=contact,
            email_local=self.local_part(contact),
            domain=domain,
            phone_national=self.phone_national(country, mobile=private),
            generic_mail=generic,
            anchor="company" if words else rng.choice(("email", "phone")),
        )
        prospect.email = self.claim_address(prospect.email_local, domain)
        self.prospects.append(prospect)
        return prospect

    def hard_negative(self, kind):
        """Create a prospect of hard-negative ``kind`` after an earlier prospect, or None if none fits."""
        rng = self.rng
        for earlier in rng.sample(self.prospects, min(20, len(self.prospects))):
            if kind in ("neg_shared_words", "neg_reordered", "neg_reordered_typo", "neg_branch"):
                # a name mistyped on purpose is reordered into the original's order with a typo: a namesake
                words = (
                    earlier.is_company and not earlier.mistyped_name and self.negative_words(kind, earlier)
                )
                if not words:
                    continue
                prospect = self.new_prospect(earlier.country, private=False)
                prospect.mistyped_name = kind == "neg_reordered_typo"
                self.company_keys.discard(company_key(prospect.words))
                self.ordered_names.discard(ordered_key(prospect.words))
                prospect.words = words
                if not prospect.generic_mail:
                    self.domains.discard(prospect.domain)
                    prospect.domain = self.domain(prospect.country, words)
                    self.addresses.discard(prospect.email)
                    prospect.email = self.claim_address(prospect.email_local, prospect.domain)
                return prospect
            if kind == "neg_same_name" and self.is_stock_name(earlier):
                prospect = self.new_prospect(earlier.country, private=False)
                self.company_keys.discard(company_key(prospect.words))
                self.ordered_names.discard(ordered_key(prospect.words))
                prospect.words = earlier.words
                if not prospect.generic_mail:
                    self.domains.discard(prospect.domain)
                    prospect.domain = self.domain(prospect.country, prospect.words)
                    self.addresses.discard(prospect.email)
                    prospect.email = self.claim_address(prospect.email_local, prospect.domain)
                return prospect
            if kind == "neg_switchboard" and earlier.is_company:
                prospect = self.new_prospect(earlier.country, private=False)
                self.phone_keys.discard(prospect.phone_national[-9:])
                prospect.phone_national = earlier.phone_national
                return prospect
            if kind == "neg_owner_private" and earlier.is_company:
                prospect = self.new_prospect(earlier.country, private=True)
                self.addresses.discard(prospect.email)
                prospect.contact = earlier.contact
                prospect.email = self.claim_address(self.local_part(earlier.contact), prospect.domain)
                return prospect
            if kind == "neg_same_contact":
                prospect = self.new_prospect(earlier.country)
                prospect.contact = earlier.contact
                return prospect
            if kind == "neg_same_provider" and earlier.generic_mail:
                prospect = self.new_prospect(earlier.country, private=True)
                self.addresses.discard(prospect.email)
                prospect.contact = earlier.contact
                prospect.domain = earlier.domain
                prospect.email = self.claim_address(self.local_part(earlier.contact), earlier.domain)
                prospect.anchor = "email"
                return prospect
        return None

    @staticmethod
    def is_stock_name(prospect):
        """Tell whether a prospect's company name is made of stock words only, as namesakes' names are: an
        Indonesian name of common words, a Dutch trade before a family name."""
        if not prospect.is_company or prospect.mistyped_name:
            return False
        if prospect.country == "ID":
            return all(word in ID_COMPANY_WORDS for word in prospect.words)
        return (
            prospect.country == "NL"
            and prospect.words[0] in NL_SECTORS_BEFORE
            and (" ".join(prospect.words[1:]).lower() in {name.lower() for name in NL_FAMILY_NAMES})
        )

    def negative_words(self, kind, earlier):
        """Return the company words of a hard negative of ``kind`` made after ``earlier``, or None."""
        if kind == "neg_shared_words":
            return self.replace_a_word(earlier)
        if kind == "neg_branch":
            cities = {"ID": ID_CITIES, "NL": NL_PLACES, "GB": GB_PLACES}[earlier.country]
            words = [*earlier.words, self.rng.choice(cities)]
            return tuple(words) if self.claim_company(words) else None
        words = [word for word in earlier.words if word != "&"]
        if len(words) < 2:
            return None
        for _ in range(10):
            shuffled = self.rng.sample(words, len(words))
            # another order than any prospect's of these words: else a typo would make a mere namesake
            if ordered_key(shuffled) in self.ordered_names:
                continue
            self.ordered_names.add(ordered_key(shuffled))
            if kind == "neg_reordered_typo":
                self.add_typos(shuffled, 1)
                if not self.claim_company(shuffled):
                    continue
            return tuple(shuffled)
        return None

    def replace_a_word(self, prospect):
        """Return the prospect's company words with one word replaced by another of its vocabulary."""
        vocabulary = {
            "ID": ID_COMPANY_WORDS + ID_SECTOR_WORDS,
            "NL": NL_SECTORS_BEFORE + NL_SECTORS_AFTER + NL_PLACES,
            "GB": GB_SECTORS + GB_PLACES + GB_FAMILY_NAMES + GB_SUFFIXES,
        }[prospect.country]
        positions = [i for i, word in enumerate(prospect.words) if word in vocabulary]
        for _ in range(10):
            if not positions:
                return None
            position = self.rng.choice(positions)
            words = list(prospect.words)
            words[position] = self.rng.choice(vocabulary)
            if self.claim_company(words):
                return tuple(words)
        return None

    # ---- records ----

    def company_text(self, prospect, noises):
        """Write the prospect's company name with the company ``noises``."""
        rng = self.rng
        words = self.company_words_text(prospect, noises)
        form, first = prospect.legal_form, prospect.legal_first
        if "legal_dotted" in noises:
            form = {
                "PT": rng.choice(("PT.", "P.T.")),
                "CV": rng.choice(("CV.", "C.V.")),
                "UD": "UD.",
                "Tbk": "Tbk.",
                "B.V.": rng.choice(("BV", "b.v.", "B.V")),
                "BV": "B.V.",
                "V.O.F.": "VOF",
                "N.V.": "NV",
                "Ltd": "Ltd.",
                "Limited": "Ltd.",
                "LLC": "L.L.C.",
                "Inc.": "Inc",
                "PLC": "P.L.C.",
            }.get(form, form)
        if "legal_long" in noises:
            form = {"Ltd": "Limited", "Limited": "Ltd", "Inc.": "Incorporated"}.get(form, form)
        if "legal_moved" in noises:
            first = not first
        if "legal_dropped" in noises:
            form = ""
        name = " ".join(words)
        if prospect.legal_form == "Tbk" and form:
            name = f"PT {name} {form}"
        elif form and first:
            name = f"{form} {name}"
        elif form:
            separator = ", " if form.rstrip(".") in LEGAL_PREFIX_FORMS or rng.random() < 0.2 else " "
            name = f"{name}{separator}{form}"
        if "case" in noises:
            name = rng.choice((name.upper(), name.lower()))
        if "punct" in noises:
            name = rng.choice((name.replace(" ", "  ", 1), name.replace(" ", "-", 1), name + ".", " " + name))
        return name

    def company_words_text(self, prospect, noises):
        """Return the words of the prospect's company name with the word ``noises`` (no legal form)."""
        words = list(prospect.words)
        if "typo1" in noises:
            self.add_typos(words, 1)
        if "typo2" in noises:
            self.add_typos(words, 2)
        if "joined" in noises:
            position = self.joined_rng.randrange(len(words) - 1)
            words[position : position + 2] = [words[position] + words[position + 1].lower()]
        if "spelling" in noises:
            # after the typos, which draw from the main stream: the other records stay as they were
            words = self.respell_words(words, prospect.country)
        if "connective" in noises:
            words = [CONNECTIVE_WORDS[prospect.country] if word == "&" else word for word in words]
        if "particle" in noises:
            words = self.write_van_de(" ".join(words)).split()
        if "article" in noises:
            words = ["The", *words]
        return words

    def respell_words(self, words, country):
        """Return ``words`` in the other spelling of ``country`` (see :func:`other_spelling`): every word that
        has one, or only one of them."""
        changed = [i for i, word in enumerate(words) if other_spelling(word, country) != word]
        if changed and self.spelling_rng.random() < 0.5:
            changed = [self.spelling_rng.choice(changed)]
        return [other_spelling(word, country) if i in changed else word for i, word in enumerate(words)]

    def write_van_de(self, text):
        """Return ``text`` with its "van de(n/r)" shortened ("v.d.", "vd") or written with another "de"."""
        rng = self.written_rng

        def other(found):
            if rng.random() < 0.7:
                return rng.choice(SHORT_VAN_DE)
            article = rng.choice([de for de in ("de", "der", "den") if de != found.group(2).casefold()])
            return f"{found.group(1)} {article.title() if found.group(2)[0].isupper() else article}"

        return VAN_DE.sub(other, text)

    def written_out_noises(self, prospect):
        """Draw the noises of a further record writing ``prospect``'s name otherwise: "&" in words, "van der"
        shortened in its company or contact name, "The" before an English company's name."""
        rng = self.written_rng
        possible = []
        if "&" in prospect.words:
            possible.append("connective")
        if VAN_DE.search(" ".join(prospect.words)):
            possible.append("particle")
        if VAN_DE.search(" ".join(prospect.contact)):
            possible.append("particle_contact")
        if prospect.is_company and prospect.country == "GB":
            possible.append("article")
        return [noise for noise in possible if rng.random() < WRITTEN_OUT_SHARE]

    def mistype_contact(self, contact):
        """Return the words of ``contact`` with a letter mistyped in a word of 5 letters or more, if any."""
        rng = self.contact_typo_rng
        positions = [i for i, word in enumerate(contact) if len(word) >= _TYPO_MIN_LENGTH and word.isalpha()]
        if not positions:
            return contact
        position = rng.choice(positions)
        word = self.typo(contact[position], rng, swap=False)
        return [*contact[:position], word, *contact[position + 1 :]]

    def add_typos(self, words, count):
        """Put ``count`` edits into the words of 5 letters or more (one word may get both)."""
        candidates = [i for i, word in enumerate(words) if len(word) >= _TYPO_MIN_LENGTH and word.isalpha()]
        if not candidates:
            return
        for _ in range(count):
            position = self.rng.choice(candidates)
            words[position] = self.typo(words[position])

    def typo(self, word, rng=None, swap=True):
        """Return ``word`` with one edit after its first letter: deleted, doubled, swapped (unless not
        ``swap``) or mistyped; drawn from ``rng``, the main stream unless given."""
        rng = rng or self.rng
        i = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(4 if swap else 3)
        if kind == 0:
            return word[:i] + word[i + 1 :]
        if kind == 1:
            return word[:i] + word[i] + word[i:]
        if swap and kind == 2 and word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        neighbours = KEYBOARD_NEIGHBOURS.get(word[i].lower(), "e")
        return word[:i] + rng.choice(neighbours) + word[i + 1 :]

    def contact_text(self, contact, country, noises):
        """Write a contact name with the contact ``noises``."""
        rng = self.rng
        if "spelling_contact" in noises:
            contact = [other_spelling(word, country) for word in contact]
        if "particle_contact" in noises:
            contact = [self.write_van_de(word) for word in contact]
        if "contact_typo" in noises:
            contact = self.mistype_contact(contact)
        given, family = (contact[0], contact[-1]) if len(contact) > 1 else ("", contact[0])
        if "contact_initial" in noises and given:
            given = given[0] + "."
        if "contact_order" in noises and given:
            name = f"{family[0].upper() + family[1:]}, {given}"
        else:
            name = f"{given} {family}".strip()
        if "contact_title" in noises:
            titles = {
                "ID": ("Bpk.", "Ibu", "Bapak", "Pak"),
                "NL": ("Dhr.", "Mevr.", "de heer"),
                "GB": ("Mr", "Mrs", "Ms"),
            }
            name = f"{rng.choice(titles[country])} {name}"
        if "contact_case" in noises:
            name = rng.choice((name.upper(), name.lower()))
        return name

    def phone_text(self, country, national, style):
        """Write a national number in one of the ways people type it; ``style`` picks one."""
        trunk = "0" + national
        code = CALLING_CODES[country]
        split = area_code_length(country, national)
        first, rest = national[:split], national[split:]
        groups = " ".join(rest[start:end] for start, end in itertools.pairwise((0, *DIGIT_GROUPS[len(rest)])))
        national_styles = (
            f"0{first} {groups}",
            f"0{first}-{rest}" if country == "NL" else f"0{first}-{groups.replace(' ', '-')}",
            trunk,
            f"(0{first}) {groups}",
        )
        international_styles = (
            f"+{code} {first} {groups}",
            f"+{code} (0){first} {groups}",
            f"+{code}{national}",
            f"00{code} {first} {groups}" if country != "ID" else f"+{code}-{first}-{rest}",
            f"+{code} {first}-{rest}",
        )
        styles = national_styles + international_styles
        return styles[style % len(styles)], style % len(styles) >= len(national_styles)

    def record(self, prospect, noises, subject):
        """Return the record of ``prospect`` with ``noises`` applied."""
        rng = self.rng
        country = prospect.country
        contact = prospect.contact
        email = prospect.email
        phone_national = prospect.phone_national
        if "other_person" in noises:
            contact = self.person(country)
            if prospect.generic_mail:
                email = self.claim_address(self.local_part(contact), rng.choice(GENERIC_PROVIDERS[country]))
            else:
                local = rng.choice((*ROLE_MAILBOXES.get(country, ()), self.local_part(contact)))
                email = self.claim_address(local, prospect.domain)
            if rng.random() < 0.5:
                phone_national = self.phone_national(country, mobile=True)
        base_style = prospect.phone_style
        style = base_style
        if "phone_format" in noises or "phone_intl" in noises:
            _text, base_international = self.phone_text(country, phone_national, base_style)
            while True:
                style = rng.randrange(9)
                _text, international = self.phone_text(country, phone_national, style)
                wanted = (international != base_international) if "phone_intl" in noises else True
                if style != base_style and wanted:
                    break
        phone_value, _international = self.phone_text(country, phone_national, style)
        phone = mobile = ""
        in_mobile = prospect.phone_in_mobile != ("phone_to_mobile" in noises)
        if "no_phone" not in noises:
            if in_mobile:
                mobile = phone_value
            else:
                phone = phone_value
        if prospect.extra_mobile and "no_phone" not in noises and not mobile:
            mobile = self.phone_text(country, prospect.extra_mobile, prospect.phone_style + 1)[0]
        if "email_case" in noises:
            local, _at, domain = email.partition("@")
            email = rng.choice((email.upper(), f"{local.title()}@{domain}", f"{local}@{domain.upper()}"))
        if "no_email" in noises:
            email = ""
        return {
            "prospect_id": prospect.id,
            "variant": ";".join(noises),
            "name": subject,
            "partner_name": self.company_text(prospect, noises)
            if prospect.is_company
            else self.placeholder(country),
            "contact_name": self.contact_text(contact, country, noises),
            "email_from": email,
            "phone": phone,
            "mobile": mobile,
            "country_code": "" if "no_country" in noises else country,
        }

    def placeholder(self, country):
        """Return what a private person's record holds as company name: nothing, or now and then a
        placeholder typed because the form asked for one ("-", "Pribadi", "Particulier")."""
        rng = self.placeholder_rng
        if rng.random() >= PLACEHOLDER_COMPANY_SHARE:
            return ""
        return rng.choice(PLACEHOLDER_COMPANY_NAMES[country])

    def subject(self, country):
        """Return a lead subject."""
        template = self.rng.choice(SUBJECTS[country])
        return template.format(
            item=self.rng.choice(ITEMS[country]), qty=self.rng.choice((5, 10, 20, 40, 100))
        )

    def variant_noises(self, prospect):
        """Draw the noises of a further record of ``prospect`` (never empty)."""
        rng = self.rng
        noises = []
        if prospect.is_company and len(prospect.words) > 1 and self.joined_rng.random() < JOINED_SHARE:
            noises.append("joined")
        if prospect.is_company:
            company = ["legal_dotted", "legal_dropped", "case", "punct", "typo1", "typo2"]
            if prospect.legal_form in ("Ltd", "Limited", "Inc."):
                company.append("legal_long")
            if prospect.country != "GB":
                company.append("legal_moved")
            if not prospect.legal_form:
                company = [noise for noise in company if not noise.startswith("legal")]
            noises += rng.sample(company, rng.choices((0, 1, 2), weights=(25, 55, 20))[0])
            if "typo1" in noises and "typo2" in noises:
                noises.remove("typo1")
        contact = rng.choices(
            ("", "contact_order", "contact_initial", "contact_title", "contact_case", "other_person"),
            weights=(40, 15, 12, 10, 5, 18 if prospect.is_company else 0),
        )[0]
        if contact:
            noises.append(contact)
        phone = rng.choices(("", "phone_format", "phone_intl", "phone_to_mobile"), weights=(30, 35, 30, 5))[0]
        if phone:
            noises.append(phone)
        if "other_person" not in noises and rng.random() < 0.45:
            noises.append("email_case")
        noises += self.channel_noises(prospect)
        if rng.random() < NO_COUNTRY_SHARE:
            noises.append("no_country")
        if (
            prospect.is_company
            and prospect.country in ("ID", "NL")
            and self.spelling_rng.random() < SPELLING_SHARE
            and any(other_spelling(word, prospect.country) != word for word in prospect.words)
        ):
            noises.append("spelling")
            if prospect.country == "ID" and self.spelling_rng.random() < 0.5:
                noises.append("spelling_contact")
        if not noises:
            noises.append("email_case" if prospect.anchor != "phone" else "phone_format")
        # drawn last, from a stream of their own: every other record stays as it was
        noises += self.written_out_noises(prospect)
        if self.contact_typo_rng.random() < CONTACT_TYPO_SHARE:
            noises.append("contact_typo")
        return noises

    def channel_noises(self, prospect):
        """Draw the channel a record came in by; return ``no_email`` or ``no_phone`` for what it lacks.

        The prospect's anchor (a private person's email or phone) is always kept.
        """
        has_email, phone_share = CHANNELS[self.pick(CHANNEL_WEIGHTS)]
        noises = []
        if not has_email and prospect.anchor != "email":
            noises.append("no_email")
        if self.rng.random() >= phone_share and prospect.anchor != "phone":
            noises.append("no_phone")
        return noises

    def prospect_records(self, prospect, size, kind="base"):
        """Draw the records of ``prospect``: its base, then ``size - 1`` variants."""
        rng = self.rng
        prospect.phone_style = rng.randrange(9)
        prospect.phone_in_mobile = rng.random() < 0.15
        prospect.extra_mobile = ""
        if rng.random() < MOBILE_SHARE and prospect.is_company:
            prospect.extra_mobile = self.phone_national(prospect.country, mobile=True)
        base_noises = [kind, *self.channel_noises(prospect)]
        if rng.random() < NO_COUNTRY_SHARE:
            base_noises.append("no_country")
        records = [self.record(prospect, base_noises, self.subject(prospect.country))]
        subject = records[0]["name"]
        for _ in range(size - 1):
            next_subject = subject if rng.random() < 0.4 else self.subject(prospect.country)
            records.append(self.record(prospect, self.variant_noises(prospect), next_subject))
        return records

    def generate(self, count):
        """Return ``count`` records, shuffled, numbered in column ``row``."""
        records = []
        negative_kinds = dict(HARD_NEGATIVE_SHARES)
        negative_kinds["base"] = 1 - sum(HARD_NEGATIVE_SHARES.values())
        while len(records) < count:
            kind = self.pick(negative_kinds) if self.prospects else "base"
            prospect = self.hard_negative(kind) if kind != "base" else None
            if prospect is None:
                kind = "base"
                prospect = self.new_prospect()
            size = self.pick(CLUSTER_SIZE_WEIGHTS) if kind == "base" else 1
            records += self.prospect_records(prospect, size, kind)
        records = records[:count]
        self.rng.shuffle(records)
        for row, record in enumerate(records, start=1):
            record["row"] = row
        return records


COLUMNS = (
    "row",
    "prospect_id",
    "variant",
    "name",
    "partner_name",
    "contact_name",
    "email_from",
    "phone",
    "mobile",
    "country_code",
)


def write(records, path):
    """Write ``records`` to ``path``: JSON lines if it ends in ``.jsonl``, else CSV with a header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as out:
        if path.suffix == ".jsonl":
            for record in records:
                out.write(
                    json.dumps({column: record[column] for column in COLUMNS}, ensure_ascii=False) + "\n"
                )
        else:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(records)


def read(path):
    """Read records written by :func:`write` (CSV or JSON lines) as dicts of strings and ints."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as source:
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in source if line.strip()]
        else:
            records = list(csv.DictReader(source))
    for record in records:
        record["row"] = int(record["row"])
        record["prospect_id"] = int(record["prospect_id"])
    return records


def summary(records):
    """Return a short text describing the clusters and variants of ``records``."""
    sizes = {}
    for record in records:
        sizes[record["prospect_id"]] = sizes.get(record["prospect_id"], 0) + 1
    by_size = {size: sum(1 for s in sizes.values() if s == size) for size in sorted(set(sizes.values()))}
    pairs = sum(size * (size - 1) // 2 for size in sizes.values())
    noises = sorted(itertools.chain.from_iterable(record["variant"].split(";") for record in records))
    counts = {noise: noises.count(noise) for noise in dict.fromkeys(noises)}
    return (
        f"{len(records)} records, {len(sizes)} prospects, cluster sizes {by_size}, "
        f"{pairs} same-prospect pairs\n"
        f"noises: {counts}"
    )


def main(argv):
    """Parse the command line, generate and write the leads; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, required=True, help="output file, .csv or .jsonl")
    args = parser.parse_args(argv)
    records = Generator(args.seed).generate(args.count)
    write(records, args.out)
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
