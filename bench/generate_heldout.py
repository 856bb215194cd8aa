"""Generate held-out leads for the Similar Leads core, made by other rules than ``generate_leads.py``.

Usage: ``python3 bench/generate_heldout.py --count 20000 --seed 1 --out bench/data/heldout_20000.csv``
(``.jsonl`` when the file name ends so). Plain Python, no Odoo; the same seed and count give the same file.

The core's weights are tuned on ``generate_leads.py``'s data only. This generator is there to report on
data the weights have never seen: another world (six countries instead of three), other vocabularies drawn
with other frequencies, another noise model and its own hard negatives. It writes the same columns as
``generate_leads.py`` (``row``, ``prospect_id``, ``variant``, ``name``, ``partner_name``, ``contact_name``,
``email_from``, ``phone``, ``mobile``, ``country_code``), so that ``core_check.py`` reads either.

World
-----
Prospects are from Indonesia (38 %), the Netherlands (17 %), Belgium (10 %), Singapore (12 %), Malaysia
(10 %) and Australia (13 %). 87 % are companies, the others private persons. Company names are built from
per-country vocabularies whose words are drawn with Zipf-like frequencies, as in real registers: a few
words (``Jaya``, ``Makmur``; ``Peeters``, ``de Jong``; ``Tan``, ``Pacific``) are in many names, most words
in few. Indonesian names recombine stock words, sometimes after a shop word (``Toko``, ``Bengkel``); Dutch
and Flemish ones join a family name and a trade (``Bakkerij Peters``, ``Peters Techniek``, ``Supply Hout
Meijer``); Singaporean and Malaysian ones a brand or family name with a trade (``Tan Brothers Trading``,
``Vertex Logistics West``); Australian ones likewise. Legal forms: PT, CV, UD, Tbk; B.V., BV, V.O.F., N.V.;
BVBA, NV, BV, VZW; Pte Ltd; Sdn Bhd, Berhad; Pty Ltd, Ltd. A company has a domain of its own (65 %; a few
use a second one under another top-level domain) or writes from a public provider; an office line (80 %);
each person a mobile (70 %). Some web forms ask for a company: 10 % of private persons fill it with a
placeholder (``Pribadi``, ``Perorangan``, ``Particulier``, ``Private``) or their own name.

Clusters and noise
------------------
A prospect has 1 to 6 leads (72 %, 14 %, 7 %, 4 %, 2 %, 1 %). Every lead, the first included, is written
by someone: the lead's *writer* (the main contact, or in 25 % of a company's leads a colleague) and
*channel* (web form, email, call, WhatsApp, trade-fair card, chat) decide which fields it holds. Each
field is noised independently:

- company name: ``legal_change`` (added, dropped, moved, dotted or another form), ``upper``/``lower``,
  ``punct`` (dots, hyphens, doubled spaces), ``typo`` and ``typo_x2`` (a letter dropped, doubled, swapped,
  replaced by a neighbour on the keyboard or by a sound-alike spelling; anywhere in the name, so that long
  words get more typos than short ones), ``joined`` (two words written as one), ``swap`` (two words in
  another order: rare, but people do it);
- contact: ``c_reorder`` (``Family, Given``), ``c_initial``, ``c_title`` (Bpk., Ibu, Dhr., Mevr., Mr,
  Mdm, Encik), ``c_upper``, ``c_family_only``, ``colleague``;
- phone: ``p_format`` (another way of writing it), ``p_intl``, ``p_two`` (two numbers in one field),
  ``p_ext`` (with an extension), ``p_swap`` (phone in the mobile field or back);
- email: ``e_case``, ``e_tld`` (the company's second domain);
- ``no_country``.

Hard negatives
--------------
Extra prospects made after an earlier one, sharing with it only what their kind says (own domain, phones,
addresses and contacts otherwise); their first lead's ``variant`` holds the kind:

- ``neg_reordered``: the same words in another order, possibly another legal form (``PT Utama Abadi Tbk`` /
  ``PT Abadi Utama``, ``Zorg Visser V.O.F.`` / ``Visser Zorg B.V.``, ``Vertex Logistics West Inc.`` /
  ``West Vertex Logistics``);
- ``neg_reordered_typo``: the same, with a typo in one word;
- ``neg_family_trade``: the same family name in another trade (``Bakkerij Peters`` / ``Peters Techniek``);
- ``neg_shared_word``: one word replaced (``Maju Jaya`` / ``Maju Sentosa``);
- ``neg_branch``: a chain's branch in another city, the city in the name (``Toko Sinar Jaya Bandung`` /
  ``Toko Sinar Jaya Surabaya``): each branch buys for itself;
- ``neg_same_name``: another shop under the very same name, in another city the leads do not show
  (``Toko Sinar Jaya``), only for names made of common stock words;
- ``neg_owner_private``: a private lead of a company's contact person, at a public provider, with another
  address and another mobile (``CV Maju Jaya`` with ``Budi Santoso`` / private ``Budi Santoso``);
- ``neg_switchboard``: another company in the same building, sharing the office line;
- ``neg_same_contact``: another company whose contact has the same name.

Ground truth is ``prospect_id``. Apart from the hard negatives, no two prospects have the same company name
(same words in the same order), a company domain, a public-provider address or a phone number (last 9
national digits). Unlike ``generate_leads.py``, vocabularies are not cleaned of words one typo apart
(``Putra``/``Putri``, ``Mulia``/``Mulya``): different prospects can be that close, as in real registers.
"""

import argparse
import csv
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

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

COUNTRIES = {"ID": 38, "NL": 17, "BE": 10, "SG": 12, "MY": 10, "AU": 13}
PRIVATE_SHARE = 0.13
OWN_DOMAIN_SHARE = {"ID": 0.55, "NL": 0.7, "BE": 0.7, "SG": 0.75, "MY": 0.6, "AU": 0.75}
SECOND_DOMAIN_SHARE = 0.05
OFFICE_LINE_SHARE = 0.8
PERSONAL_MOBILE_SHARE = 0.7
PLACEHOLDER_SHARE = 0.1
CLUSTER_SIZES = {1: 72, 2: 14, 3: 7, 4: 4, 5: 2, 6: 1}
COLLEAGUE_SHARE = 0.25
NO_COUNTRY_SHARE = 0.15
HARD_NEGATIVES = {
    "neg_reordered": 0.05,
    "neg_reordered_typo": 0.015,
    "neg_family_trade": 0.02,
    "neg_shared_word": 0.02,
    "neg_branch": 0.015,
    "neg_same_name": 0.01,
    "neg_owner_private": 0.02,
    "neg_switchboard": 0.02,
    "neg_same_contact": 0.02,
}
# channel -> (share, holds an email, holds a phone)
CHANNELS = {
    "web": (35, 1.0, 0.6),
    "email": (20, 1.0, 0.1),
    "call": (20, 0.05, 1.0),
    "whatsapp": (10, 0.1, 1.0),
    "card": (10, 1.0, 1.0),
    "chat": (5, 1.0, 0.0),
}


def vocabulary(text, separator=None):
    """Return a vocabulary written as one text, most common word first."""
    return tuple(text.split(separator))


ID_STOCK = vocabulary(
    "Jaya Makmur Abadi Sentosa Utama Mandiri Bersama Sejahtera Agung Perkasa Sukses Karya Lestari Indah "
    "Mulia Sinar Baru Putra Prima Cemerlang Gemilang Tunggal Anugerah Berkah Rahmat Harapan Bintang Timur "
    "Raya Nusantara Persada Sakti Teguh Damai Setia Kencana Mustika Permata Wijaya Kusuma Cipta Tama Lancar "
    "Sumber Rejeki Surya Intan Berlian Fajar Putri Mulya Santosa Subur Murni Sehati Sinergi Handal Pesona "
    "Andalan Mekar Kharisma Citra Semesta Pelangi Samudera Sentral Mitra Kreatif Inti Dharma Buana Harmoni "
    "Bahagia Adil Waringin Cendana Cakrawala Pertiwi Kartika Lentera Merdeka Pusaka Selatan Utara"
)
ID_SHOPS = vocabulary("Toko|Bengkel|Apotek|Percetakan|Rumah Makan|Depot|Salon|Toko Bangunan", "|")
ID_TRADES = vocabulary(
    "Elektronik Teknik Motor Farma Plastik Logam Kimia Furnitur Kontraktor Ekspedisi Travel Konveksi "
    "Bangunan Komputer Grafika"
)
ID_CITIES = vocabulary(
    "Bandung Surabaya Medan Semarang Makassar Palembang Denpasar Malang Bogor Bekasi Depok Tangerang Solo "
    "Yogyakarta Balikpapan Pontianak Manado Padang Cirebon Jember"
)
ID_GIVEN = vocabulary(
    "Budi Sari Agus Dewi Hendra Rina Yudi Indah Wawan Lestari Taufik Novi Bayu Ratih Irfan Maya Rudy Wulan "
    "Dodi Siska Anton Fitri Teguh Yuli Gilang Intan Dimas Mega Reza Nia"
)
ID_FAMILY = vocabulary(
    "Santoso Wijaya Gunawan Setiawan Kusuma Halim Tanoto Hidayat Saputra Nugraha Pranoto Sitompul Hutapea "
    "Simanjuntak Lubis Siregar Tambunan Salim Kurniawan Susilo Hartanto Sudirman Rahardjo Lim Tan Effendi"
)
ID_SINGLE = vocabulary("Sukardi Marni Parjo Tumini Sugeng Waluyo Karsih Ngatini")

NL_FAMILY = vocabulary(
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
    "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
    "van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|"
    "Verhoeven|Koster|Prins|Blom|Huisman|Peeters|Kuipers|van Wijk|Postma|Kramer|van Beek|Schouten|"
    "Meulenbroek|Terpstra|Zandstra|Hofstede|Oldenkamp|Wijnands|Brinkman|Rietveld|Haverkamp",
    "|",
)
BE_FAMILY = vocabulary(
    "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Hermans|"
    "Van den Bossche|Desmet|Michiels|Aerts|Verstraete|Cools|Claeys|Pauwels|Vermeulen|Van Damme|De Clercq|"
    "Lemmens|Stevens|Van Acker|Declercq|Vandenberghe|Bogaert|Coppens|Verhaegen|Lambrechts|Vanhoutte",
    "|",
)
NL_TRADES_BEFORE = vocabulary(
    "Bakkerij Slagerij Garage Zorg Kapsalon Fietsenwinkel Drukkerij Tegelhandel Houthandel Schildersbedrijf "
    "Loodgietersbedrijf Dakdekkersbedrijf Bouwbedrijf Supply Verhuisbedrijf Bloemisterij Hoveniers"
)
NL_TRADES_AFTER = vocabulary(
    "Techniek Bouw Hout Zorg Supply Installatie Elektro Logistiek Advies Tuinen Keukens Metaalwerken "
    "Schoonmaak Vastgoed Transport Verhuur Interieur Dakwerken"
)
NL_PLACES = vocabulary(
    "Zwolle Ede Venlo Tiel Houten Weert Heerlen Oss Sneek Gent Antwerpen Brugge Leuven Hasselt Mechelen "
    "Kortrijk Aalst Genk Lier Harderwijk Meppel Goes"
)
NL_GIVEN = vocabulary(
    "Jan Kees Sanne Femke Bart Lotte Wim Anke Ruud Ilse Joris Marloes Tom Eline Gert Nienke Stijn Lies Koen "
    "An Pieter Griet Dirk Els"
)

ASIA_FAMILY = vocabulary(
    "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Low Toh Sim Chong Foo Lau"
)
ASIA_GIVEN = vocabulary("Wei Ming|Mei Ling|Jun Jie|Hui Min|Kok Wai|Siew Lan|Boon Keng|Li Hua|Chee Meng", "|")
MALAY_PERSONS = vocabulary(
    "Ahmad bin Ismail|Siti binti Abdullah|Mohd Faizal bin Hassan|Nurul binti Rahman|Azman bin Yusof|"
    "Rajesh Kumar|Priya Devi|Muthu Samy|Farah binti Omar|Hafiz bin Zainal",
    "|",
)
BRANDS = vocabulary(
    "Pacific Vertex Apex Zenith Pinnacle Summit Crest Harbour Orchid Lion Eagle Phoenix Dragon Oriental "
    "Eastern Straits Coral Horizon Titan Nova Sterling Golden Silver Southern Cross Kookaburra Wattle "
    "Coastal Outback Ridge Metro Allied United Bluewater Redgum Ironbark Jade Lotus Meridian Keystone "
    "Evergreen"
)
ASIA_TRADES = vocabulary(
    "Trading Engineering Logistics Marine Holdings Enterprise Services Supplies Construction Electrical "
    "Plumbing Design Technologies Solutions Freight Motors Foods Printing Hardware Furniture"
)
DIRECTIONS = vocabulary("West East North South Central Asia International Global")
AU_GIVEN = vocabulary("Jack Olivia Liam Chloe Noah Mia Lachlan Isla Cooper Ruby Harrison Matilda")
AU_FAMILY = vocabulary("Thompson Nguyen Kelly Ryan Murphy Walsh Campbell Stewart Fraser Hughes Doyle Byrne")

NAME_ATTEMPTS_BEFORE_LONGER = 200
LONGER_NAME_WORDS = {
    "ID": ID_STOCK,
    "NL": NL_PLACES,
    "BE": NL_PLACES,
    "SG": DIRECTIONS + BRANDS,
    "MY": DIRECTIONS + BRANDS,
    "AU": DIRECTIONS + BRANDS,
}

LEGAL_FORMS = {
    "ID": {"PT": 55, "CV": 25, "UD": 8, "PT Tbk": 3, "": 9},
    "NL": {"B.V.": 45, "BV": 15, "V.O.F.": 15, "N.V.": 3, "": 22},
    "BE": {"BVBA": 25, "BV": 30, "NV": 20, "VZW": 5, "": 20},
    "SG": {"Pte Ltd": 75, "Pte. Ltd.": 15, "LLP": 3, "": 7},
    "MY": {"Sdn Bhd": 60, "Sdn. Bhd.": 25, "Berhad": 5, "": 10},
    "AU": {"Pty Ltd": 65, "Pty. Ltd.": 15, "Ltd": 10, "": 10},
}
LEGAL_SPELLINGS = {
    "PT": ("PT", "PT.", "P.T."),
    "CV": ("CV", "CV.", "C.V."),
    "UD": ("UD", "UD."),
    "B.V.": ("B.V.", "BV", "b.v."),
    "BV": ("BV", "B.V."),
    "V.O.F.": ("V.O.F.", "VOF", "v.o.f."),
    "N.V.": ("N.V.", "NV"),
    "BVBA": ("BVBA", "B.V.B.A."),
    "NV": ("NV", "N.V."),
    "VZW": ("VZW", "V.Z.W."),
    "Pte Ltd": ("Pte Ltd", "Pte. Ltd.", "PTE LTD"),
    "Pte. Ltd.": ("Pte. Ltd.", "Pte Ltd"),
    "LLP": ("LLP", "L.L.P."),
    "Sdn Bhd": ("Sdn Bhd", "Sdn. Bhd.", "SDN BHD"),
    "Sdn. Bhd.": ("Sdn. Bhd.", "Sdn Bhd"),
    "Berhad": ("Berhad", "Bhd"),
    "Pty Ltd": ("Pty Ltd", "Pty. Ltd.", "PTY LTD"),
    "Pty. Ltd.": ("Pty. Ltd.", "Pty Ltd"),
    "Ltd": ("Ltd", "Ltd.", "Limited"),
}
PREFIX_FORMS = frozenset({"PT", "CV", "UD"})

PUBLIC_PROVIDERS = {
    "ID": ("gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "telkom.net", "outlook.co.id"),
    "NL": ("gmail.com", "hotmail.nl", "live.nl", "home.nl", "xs4all.nl", "ziggo.nl", "hetnet.nl"),
    "BE": ("telenet.be", "skynet.be", "gmail.com", "hotmail.be", "live.be"),
    "SG": ("gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com"),
    "MY": ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com"),
    "AU": ("bigpond.com", "gmail.com", "outlook.com", "icloud.com"),
}
TLDS = {
    "ID": ("co.id", "com", "id", "net"),
    "NL": ("nl", "nl", "com", "eu"),
    "BE": ("be", "be", "com", "eu"),
    "SG": ("com.sg", "sg", "com"),
    "MY": ("com.my", "my", "com"),
    "AU": ("com.au", "com.au", "net.au", "com"),
}
ROLE_BOXES = ("info", "sales", "admin", "office", "purchasing", "kantor", "inkoop", "enquiries")
PLACEHOLDERS = {
    "ID": ("Pribadi", "Perorangan", "Pribadi", "-"),
    "NL": ("Particulier", "Particulier", "n.v.t."),
    "BE": ("Particulier", "Privé"),
    "SG": ("Private", "Personal", "NA"),
    "MY": ("Private", "Personal", "Individu"),
    "AU": ("Private", "Personal", "Self"),
}
TITLES = {
    "ID": ("Bpk.", "Ibu", "Bapak", "Sdr."),
    "NL": ("Dhr.", "Mevr.", "de heer"),
    "BE": ("Dhr.", "Mevr.", "M."),
    "SG": ("Mr", "Ms", "Mdm"),
    "MY": ("Encik", "Mr", "Puan"),
    "AU": ("Mr", "Mrs", "Ms"),
}
CALLING_CODES = {"ID": "62", "NL": "31", "BE": "32", "SG": "65", "MY": "60", "AU": "61"}
TRUNK = {"ID": "0", "NL": "0", "BE": "0", "SG": "", "MY": "0", "AU": "0"}
# national numbers without trunk: (leading digits, digits that follow, is a mobile)
NUMBER_PLANS = {
    "ID": (
        ("811", 8, True),
        ("812", 8, True),
        ("813", 9, True),
        ("817", 8, True),
        ("838", 8, True),
        ("852", 8, True),
        ("856", 8, True),
        ("878", 9, True),
        ("895", 8, True),
        ("21", 8, False),
        ("22", 7, False),
        ("24", 7, False),
        ("31", 8, False),
        ("61", 7, False),
        ("274", 6, False),
    ),
    "NL": (("6", 8, True), ("10", 7, False), ("20", 7, False), ("30", 7, False), ("318", 6, False)),
    "BE": (
        ("47", 7, True),
        ("48", 7, True),
        ("49", 7, True),
        ("2", 7, False),
        ("3", 7, False),
        ("9", 7, False),
    ),
    "SG": (("8", 7, True), ("9", 7, True), ("6", 7, False)),
    "MY": (("12", 7, True), ("16", 7, True), ("11", 8, True), ("3", 8, False), ("4", 7, False)),
    "AU": (("4", 8, True), ("2", 8, False), ("3", 8, False), ("7", 8, False)),
}
SUBJECTS = (
    "{company} - {item}",
    "Request: {item}",
    "{item} ({qty})",
    "Lead from {channel}",
    "Follow-up {item}",
    "Inquiry",
)
ITEMS = ("pallet racks", "CCTV", "uniforms", "coffee machines", "ERP", "printers", "cold storage", "tiles")

KEYS_NEAR = {
    "a": "sq",
    "e": "wrd",
    "i": "uok",
    "o": "ipl",
    "u": "yi",
    "n": "bm",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "k": "jl",
    "m": "n",
    "l": "k",
    "h": "gj",
    "g": "fh",
    "d": "sf",
    "p": "o",
    "b": "vn",
}
SOUND_ALIKE = (
    ("oe", "u"),
    ("u", "oe"),
    ("ij", "y"),
    ("y", "ij"),
    ("c", "k"),
    ("k", "c"),
    ("ph", "f"),
    ("dj", "j"),
)


def zipf_pick(rng, words, exponent=1.0):
    """Return a word of ``words`` drawn with weight 1 / rank ** exponent: early words are common."""
    weights = [1 / (rank**exponent) for rank in range(1, len(words) + 1)]
    return rng.choices(words, weights=weights)[0]


def pick(rng, weights):
    """Return a key of ``weights`` drawn in proportion to its value."""
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def slug(text):
    """Return ``text`` as lower-case letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", text.casefold())


@dataclass
class Person:
    """Someone who writes leads: name words, mobile (national, may be empty), addresses by domain."""

    words: tuple[str, ...]
    family_first: bool
    mobile: str = ""
    addresses: dict = field(default_factory=dict)


@dataclass
class Prospect:
    """A sales prospect and what its leads share before noise."""

    id: int
    country: str
    words: tuple[str, ...] = ()
    legal: str = ""
    domain: str = ""
    second_domain: str = ""
    public_provider: str = ""
    office: str = ""
    people: list = field(default_factory=list)
    placeholder: str = ""
    kind: str = "base"

    @property
    def is_company(self):
        """Tell whether the prospect is a company."""
        return bool(self.words)


class World:
    """Draw prospects and leads from one seeded random source, keeping identities apart."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.names = set()
        self.domains = set()
        self.addresses = set()
        self.numbers = set()
        self.prospects = []

    # ---- identities ----

    def company_words(self, country):
        """Return new company words for ``country`` (no legal form)."""
        if country == "ID":
            return self.indonesian_words()
        if country in ("NL", "BE"):
            return self.dutch_words(NL_FAMILY if country == "NL" else BE_FAMILY)
        if country in ("SG", "MY"):
            return self.asian_words()
        return self.australian_words()

    def indonesian_words(self):
        """Return the words of a new Indonesian company name: stock words, maybe a shop and a trade."""
        rng = self.rng
        words = []
        if rng.random() < 0.22:
            words += zipf_pick(rng, ID_SHOPS).split()
        target = len(words) + rng.choices((1, 2, 3), weights=(10, 60, 30))[0]
        while len(words) < target:
            word = zipf_pick(rng, ID_STOCK, 0.9)
            if word not in words:
                words.append(word)
        if rng.random() < 0.15:
            words.append(zipf_pick(rng, ID_TRADES))
        return tuple(words)

    def dutch_words(self, families):
        """Return the words of a new Dutch or Flemish company name: a family name and a trade."""
        rng = self.rng
        family = zipf_pick(rng, families, 0.8).split()
        shape = rng.random()
        if shape < 0.3:
            return (zipf_pick(rng, NL_TRADES_BEFORE), *family)
        if shape < 0.6:
            return (*family, zipf_pick(rng, NL_TRADES_AFTER))
        if shape < 0.7:
            return ("Supply", zipf_pick(rng, NL_TRADES_AFTER), *family)
        if shape < 0.82:
            return (zipf_pick(rng, NL_TRADES_BEFORE), *family, rng.choice(NL_PLACES))
        if shape < 0.92:
            return (*family, "&", *zipf_pick(rng, families).split())
        return (*family, "&", "Zonen")

    def asian_words(self):
        """Return the words of a new Singaporean or Malaysian company name."""
        rng = self.rng
        shape = rng.random()
        if shape < 0.3:
            return (zipf_pick(rng, BRANDS), zipf_pick(rng, ASIA_TRADES))
        if shape < 0.5:
            return (zipf_pick(rng, BRANDS), zipf_pick(rng, ASIA_TRADES), zipf_pick(rng, DIRECTIONS))
        if shape < 0.7:
            return (zipf_pick(rng, ASIA_FAMILY), "Brothers", zipf_pick(rng, ASIA_TRADES))
        if shape < 0.85:
            return (zipf_pick(rng, ASIA_FAMILY), "&", "Sons", zipf_pick(rng, ASIA_TRADES))
        return (zipf_pick(rng, BRANDS), zipf_pick(rng, BRANDS), zipf_pick(rng, ASIA_TRADES))

    def australian_words(self):
        """Return the words of a new Australian company name."""
        rng = self.rng
        shape = rng.random()
        if shape < 0.4:
            return (zipf_pick(rng, BRANDS), zipf_pick(rng, ASIA_TRADES))
        if shape < 0.6:
            return (zipf_pick(rng, BRANDS), zipf_pick(rng, ASIA_TRADES), zipf_pick(rng, DIRECTIONS))
        if shape < 0.8:
            return (zipf_pick(rng, AU_FAMILY), zipf_pick(rng, ASIA_TRADES))
        return (zipf_pick(rng, BRANDS), zipf_pick(rng, AU_FAMILY), zipf_pick(rng, ASIA_TRADES))

    @staticmethod
    def name_key(words):
        """Return what tells two company names apart here: their words, in order, without case."""
        return tuple(word.casefold() for word in words if word != "&")

    def claim_name(self, words):
        """Reserve a company name; tell whether nobody had it (words in the same order)."""
        key = self.name_key(words)
        if not key or len(set(key)) < len(key) or key in self.names:
            return False
        self.names.add(key)
        return True

    def person(self, country):
        """Return a new person of ``country``."""
        rng = self.rng
        if country == "ID":
            if rng.random() < 0.12:
                words, family_first = (rng.choice(ID_SINGLE),), False
            else:
                words, family_first = (zipf_pick(rng, ID_GIVEN), zipf_pick(rng, ID_FAMILY, 0.7)), False
        elif country in ("NL", "BE"):
            family = zipf_pick(rng, NL_FAMILY if country == "NL" else BE_FAMILY, 0.7)
            words, family_first = (rng.choice(NL_GIVEN), *family.split()), False
        elif country == "MY" and rng.random() < 0.5:
            words, family_first = tuple(rng.choice(MALAY_PERSONS).split()), False
        elif country in ("SG", "MY"):
            words, family_first = (zipf_pick(rng, ASIA_FAMILY), *rng.choice(ASIA_GIVEN).split()), True
        else:
            words, family_first = (rng.choice(AU_GIVEN), rng.choice(AU_FAMILY)), False
        mobile = self.number(country, mobile=True) if rng.random() < PERSONAL_MOBILE_SHARE else ""
        return Person(words, family_first, mobile)

    def number(self, country, mobile):
        """Return a new national number (no trunk) whose last 9 digits nobody has."""
        plans = [plan for plan in NUMBER_PLANS[country] if plan[2] == mobile]
        while True:
            lead, length, _mobile = self.rng.choice(plans)
            number = lead + "".join(self.rng.choice("0123456789") for _ in range(length))
            if number[-9:] not in self.numbers:
                self.numbers.add(number[-9:])
                return number

    def new_domain(self, country, words):
        """Return a company domain of ``words`` nobody has."""
        rng = self.rng
        parts = [slug(word) for word in words if slug(word)]
        shapes = ["".join(parts), "-".join(parts), "".join(part[:3] for part in parts), parts[0] + "group"]
        tld = rng.choice(TLDS[country])
        for number in range(200):
            base = rng.choice(shapes) if number < 4 else shapes[0] + str(number)
            domain = f"{base}.{tld}"
            if len(base) >= 3 and domain not in self.domains:
                self.domains.add(domain)
                return domain
        raise RuntimeError(f"no domain left for {words}")

    def address(self, person, domain, role=False):
        """Return the person's address at ``domain``, making one nobody has if needed."""
        if role:
            # a role mailbox at the prospect's own domain: shared by its people, by nobody else
            return f"{self.rng.choice(ROLE_BOXES)}@{domain}"
        if domain in person.addresses:
            return person.addresses[domain]
        parts = [slug(word) for word in person.words]
        given, family = (
            (parts[1], parts[0]) if person.family_first and len(parts) > 1 else (parts[0], parts[-1])
        )
        shapes = (
            f"{given}.{family}",
            f"{given}{family}",
            f"{given[0]}{family}",
            f"{given}",
            f"{family}.{given[0]}",
            f"{given}{self.rng.randrange(1, 99)}",
        )
        local = self.rng.choice(shapes)
        address = f"{local}@{domain}"
        while address in self.addresses:
            address = f"{local}{self.rng.randrange(100, 9999)}@{domain}"
        self.addresses.add(address)
        person.addresses[domain] = address
        return address

    # ---- prospects ----

    def new_prospect(self, country=None, private=None, words=None):
        """Create a prospect with identities of its own; ``words`` imposes (and claims) a company name."""
        rng = self.rng
        country = country or pick(rng, COUNTRIES)
        prospect = Prospect(id=len(self.prospects) + 1, country=country)
        private = rng.random() < PRIVATE_SHARE if private is None else private
        prospect.people.append(self.person(country))
        if private:
            prospect.public_provider = rng.choice(PUBLIC_PROVIDERS[country])
            if not prospect.people[0].mobile:
                prospect.people[0].mobile = self.number(country, mobile=True)
            if rng.random() < PLACEHOLDER_SHARE:
                prospect.placeholder = rng.choice((*PLACEHOLDERS[country], "<own name>"))
        else:
            if words is None:
                for attempt in range(1000):
                    words = self.company_words(country)
                    # a large world takes the likelier names first: further names get one more word
                    if attempt >= NAME_ATTEMPTS_BEFORE_LONGER:
                        words = (*words, zipf_pick(rng, LONGER_NAME_WORDS[country]))
                    if self.claim_name(words):
                        break
                else:
                    raise RuntimeError(f"no company name left in {country}")
            prospect.words = tuple(words)
            prospect.legal = pick(rng, LEGAL_FORMS[country])
            if rng.random() < OWN_DOMAIN_SHARE[country]:
                prospect.domain = self.new_domain(country, words)
                if rng.random() < SECOND_DOMAIN_SHARE:
                    stem, _dot, _tld = prospect.domain.partition(".")
                    other = next((tld for tld in TLDS[country] if not prospect.domain.endswith(tld)), "com")
                    if f"{stem}.{other}" not in self.domains:
                        prospect.second_domain = f"{stem}.{other}"
                        self.domains.add(prospect.second_domain)
            else:
                prospect.public_provider = rng.choice(PUBLIC_PROVIDERS[country])
            if rng.random() < OFFICE_LINE_SHARE:
                prospect.office = self.number(country, mobile=False)
            if not prospect.office and not prospect.people[0].mobile:
                prospect.people[0].mobile = self.number(country, mobile=True)
        self.prospects.append(prospect)
        return prospect

    def hard_negative(self, kind):
        """Create a prospect of hard-negative ``kind`` after an earlier one, or None if none fits."""
        rng = self.rng
        for earlier in rng.sample(self.prospects, min(30, len(self.prospects))):
            if kind == "neg_owner_private":
                if not earlier.is_company:
                    continue
                prospect = self.new_prospect(earlier.country, private=True)
                prospect.people[0].words = earlier.people[0].words
                prospect.people[0].family_first = earlier.people[0].family_first
            elif kind == "neg_same_contact":
                prospect = self.new_prospect(earlier.country, private=False)
                prospect.people[0].words = earlier.people[0].words
                prospect.people[0].family_first = earlier.people[0].family_first
            elif kind == "neg_switchboard":
                if not earlier.is_company or not earlier.office:
                    continue
                prospect = self.new_prospect(earlier.country, private=False)
                prospect.office = earlier.office
            else:
                # a name mistyped on purpose is reordered into the original's order with a typo: a namesake
                if not earlier.is_company or earlier.kind == "neg_reordered_typo":
                    continue
                words = self.negative_words(kind, earlier)
                if not words:
                    continue
                prospect = self.new_prospect(earlier.country, private=False, words=words)
            prospect.kind = kind
            return prospect
        return None

    def negative_words(self, kind, earlier):
        """Return (and claim) the company words of a hard negative of ``kind`` after ``earlier``, or None."""
        words = [word for word in earlier.words if word != "&"]
        if kind in ("neg_reordered", "neg_reordered_typo"):
            return self.reordered_words(words, mistyped=kind == "neg_reordered_typo")
        if kind == "neg_family_trade" and earlier.country in ("NL", "BE"):
            return self.family_trade_words(words)
        if kind == "neg_shared_word":
            return self.shared_word_words(words, earlier.country)
        if kind == "neg_branch" and earlier.country in ("ID", "NL", "BE"):
            return self.branch_words(words, earlier.country)
        if kind == "neg_same_name" and earlier.country == "ID":
            return self.same_name_words(words)
        return None

    def reordered_words(self, words, mistyped):
        """Return ``words`` in an order no prospect has, with a typo in one word if ``mistyped``, or None."""
        rng = self.rng
        if len(words) < 2:
            return None
        for _ in range(10):
            shuffled = rng.sample(words, len(words))
            # another order than any prospect's of these words: else a typo would make a mere namesake
            if not self.claim_name(shuffled):
                continue
            if mistyped:
                position = rng.randrange(len(shuffled))
                shuffled[position] = self.typo(shuffled[position])
                if not self.claim_name(shuffled):
                    continue
            return tuple(shuffled)
        return None

    def family_trade_words(self, words):
        """Return the family name of Dutch or Flemish ``words`` in another trade, or None."""
        rng = self.rng
        family = [word for word in words if word not in NL_TRADES_BEFORE + NL_TRADES_AFTER + NL_PLACES]
        for _ in range(10):
            if rng.random() < 0.5:
                candidate = (rng.choice(NL_TRADES_BEFORE), *family)
            else:
                candidate = (*family, rng.choice(NL_TRADES_AFTER))
            if self.claim_name(candidate):
                return candidate
        return None

    def shared_word_words(self, words, country):
        """Return ``words`` with one word replaced by another of the country's vocabulary, or None."""
        rng = self.rng
        pool = {
            "ID": ID_STOCK + ID_TRADES,
            "NL": NL_TRADES_AFTER + NL_TRADES_BEFORE,
            "BE": NL_TRADES_AFTER + NL_TRADES_BEFORE,
        }.get(country, BRANDS + ASIA_TRADES + DIRECTIONS)
        for _ in range(10):
            candidate = list(words)
            candidate[rng.randrange(len(candidate))] = zipf_pick(rng, pool)
            if self.claim_name(candidate):
                return tuple(candidate)
        return None

    def branch_words(self, words, country):
        """Return ``words`` followed by a city, the name of a branch, or None."""
        city = self.rng.choice(ID_CITIES if country == "ID" else NL_PLACES)
        if city in words:
            return None
        candidate = (*words, city)
        return candidate if self.claim_name(candidate) else None

    @staticmethod
    def same_name_words(words):
        """Return ``words`` again if they name a shop with the commonest stock words only, else None.

        A name such as "Toko Sinar Jaya" is taken by several shops in several cities; a distinctive name is
        not.
        """
        shop_words = {word for shop in ID_SHOPS for word in shop.split()}
        if not shop_words & set(words):
            return None
        if not all(word in shop_words or word in ID_STOCK[:12] for word in words):
            return None
        return tuple(words)

    # ---- noise ----

    def typo(self, word):
        """Return ``word`` with one typing or spelling error."""
        rng = self.rng
        lower = word.casefold()
        for before, after in rng.sample(SOUND_ALIKE, len(SOUND_ALIKE)):
            if before in lower[1:] and rng.random() < 0.15:
                position = lower.index(before, 1)
                return word[:position] + after + word[position + len(before) :]
        if len(word) < 3:
            return word + word[-1]
        position = rng.randrange(1, len(word)) if rng.random() < 0.93 else 0
        kind = rng.randrange(4)
        if kind == 0 and len(word) > 3:
            return word[:position] + word[position + 1 :]
        if kind == 1:
            return word[:position] + word[position] + word[position:]
        if kind == 2 and position < len(word) - 1:
            return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        near = KEYS_NEAR.get(word[position].casefold(), "e")
        return word[:position] + rng.choice(near) + word[position + 1 :]

    def typo_in_name(self, words):
        """Put one typo in ``words``, in a word drawn in proportion to its length."""
        letters = [i for i, word in enumerate(words) if word.isalpha() for _ in word]
        if letters:
            position = self.rng.choice(letters)
            words[position] = self.typo(words[position])

    def legal_parts(self, prospect, changed):
        """Return the legal form written before and after the prospect's name, ``changed`` or not."""
        rng = self.rng
        legal = prospect.legal
        if legal == "PT Tbk":
            prefix, suffix = "PT", "Tbk"
        elif legal in PREFIX_FORMS:
            prefix, suffix = legal, ""
        else:
            prefix, suffix = "", legal
        if not changed:
            return prefix, suffix
        if prefix:
            prefix = rng.choice(LEGAL_SPELLINGS[prefix])
        if suffix and suffix != "Tbk":
            suffix = rng.choice(LEGAL_SPELLINGS[suffix])
        move = rng.random()
        if move < 0.35:
            prefix = suffix = ""
        elif move < 0.6 and prefix:
            prefix, suffix = "", prefix
        elif move < 0.7 and not prefix and not suffix:
            suffix = {"ID": "CV", "NL": "B.V.", "BE": "BV", "SG": "Pte Ltd", "MY": "Sdn Bhd"}.get(
                prospect.country, "Pty Ltd"
            )
        return prefix, suffix

    def company_text(self, prospect, noises):
        """Write the prospect's company name, noised as ``noises`` say."""
        rng = self.rng
        words = list(prospect.words)
        if "swap" in noises and len(words) >= 2:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        for _ in range(("typo" in noises) + 2 * ("typo_x2" in noises)):
            self.typo_in_name(words)
        if "joined" in noises and len(words) >= 2:
            i = rng.randrange(len(words) - 1)
            if words[i] != "&" and words[i + 1] != "&":
                words[i : i + 2] = [words[i] + words[i + 1].lower()]
        prefix, suffix = self.legal_parts(prospect, "legal_change" in noises)
        name = " ".join(words)
        if prefix:
            name = f"{prefix} {name}"
        if suffix:
            name = f"{name}{rng.choice((' ', ', '))}{suffix}"
        if "upper" in noises:
            name = name.upper()
        if "lower" in noises:
            name = name.lower()
        if "punct" in noises:
            name = rng.choice(
                (name + ".", name.replace(" ", "  ", 1), name.replace(" ", " - ", 1), f'"{name}"')
            )
        return name

    def contact_text(self, person, country, noises):
        """Write a person's name, noised as ``noises`` say."""
        rng = self.rng
        words = list(person.words)
        if person.family_first:
            family, given = words[0], " ".join(words[1:])
        elif "bin" in words or "binti" in words:
            family, given = "", " ".join(words)
        else:
            split = next((i for i, word in enumerate(words) if i and word[0].islower()), len(words) - 1)
            given, family = " ".join(words[:split]), " ".join(words[split:])
        if "c_family_only" in noises and family and given:
            given = ""
        if "c_initial" in noises and given:
            given = ".".join(part[0] for part in given.split()) + "."
        if "c_reorder" in noises and given and family:
            name = f"{family[0].upper()}{family[1:]}, {given}"
        elif person.family_first:
            name = f"{family} {given}".strip()
        else:
            name = f"{given} {family}".strip()
        if "c_title" in noises:
            name = f"{rng.choice(TITLES[country])} {name}"
        if "c_upper" in noises:
            name = name.upper()
        return name

    def phone_text(self, country, national, style):
        """Write a national number in one of several ways; ``style`` picks one."""
        trunk = TRUNK[country]
        code = CALLING_CODES[country]
        head = 3 if len(national) > 9 else 2 if national[0] in "2345679" and country != "SG" else 4
        head = min(head, len(national) - 4)
        first, rest = national[:head], national[head:]
        half = len(rest) // 2
        ways = (
            f"{trunk}{first} {rest[:half]} {rest[half:]}",
            f"{trunk}{first}-{rest}",
            f"{trunk}{national}",
            f"({trunk}{first}) {rest}",
            f"{trunk}{first}.{rest[:half]}.{rest[half:]}",
            f"+{code} {first} {rest[:half]} {rest[half:]}",
            f"+{code}{national}",
            f"(+{code}) {first}-{rest}",
            f"+{code} ({trunk}){first} {rest}" if trunk else f"+{code} {first}{rest}",
            f"00{code} {first} {rest}" if country != "ID" else f"+{code}-{first}-{rest}",
        )
        return ways[style % len(ways)]

    # ---- leads ----

    def noises(self, prospect, first):
        """Draw the noise of one lead; the first lead of a prospect gets only its channel and country."""
        rng = self.rng
        noises = []
        if not first:
            if prospect.is_company:
                for noise, share in (
                    ("legal_change", 0.35),
                    ("upper", 0.05),
                    ("lower", 0.05),
                    ("punct", 0.08),
                    ("typo", 0.12),
                    ("typo_x2", 0.04),
                    ("joined", 0.03),
                    ("swap", 0.01),
                ):
                    if rng.random() < share:
                        noises.append(noise)
                if rng.random() < COLLEAGUE_SHARE:
                    noises.append("colleague")
            for noise, share in (
                ("c_reorder", 0.1),
                ("c_initial", 0.08),
                ("c_title", 0.1),
                ("c_upper", 0.04),
                ("c_family_only", 0.04),
                ("p_format", 0.45),
                ("p_intl", 0.25),
                ("p_two", 0.05),
                ("p_ext", 0.03),
                ("p_swap", 0.1),
                ("e_case", 0.2),
                ("e_tld", 0.5 if prospect.second_domain else 0),
            ):
                if rng.random() < share:
                    noises.append(noise)
        channel = pick(rng, {name: share for name, (share, _email, _phone) in CHANNELS.items()})
        _share, email_share, phone_share = CHANNELS[channel]
        noises.append(f"via_{channel}")
        if rng.random() >= email_share:
            noises.append("no_email")
        if rng.random() >= phone_share:
            noises.append("no_phone")
        if not prospect.is_company and "no_email" in noises and "no_phone" in noises:
            noises.remove("no_phone")
        if rng.random() < NO_COUNTRY_SHARE:
            noises.append("no_country")
        return noises

    def lead(self, prospect, noises, subject):
        """Return one lead of ``prospect`` written with ``noises``."""
        rng = self.rng
        country = prospect.country
        if "colleague" in noises:
            colleague = self.person(country)
            prospect.people.append(colleague)
            person = colleague
        else:
            person = prospect.people[0]
        email = ""
        if "no_email" not in noises:
            if prospect.domain:
                domain = prospect.second_domain if "e_tld" in noises else prospect.domain
                email = self.address(person, domain, role=rng.random() < 0.15)
            else:
                email = self.address(person, prospect.public_provider)
            if "e_case" in noises:
                local, _at, domain = email.partition("@")
                email = rng.choice((email.upper(), f"{local.title()}@{domain}", f"{local}@{domain.upper()}"))
        phone = mobile = ""
        if "no_phone" not in noises:
            style = rng.randrange(10) if "p_format" in noises or "p_intl" in noises else prospect.id
            if "p_intl" in noises:
                style = 5 + style % 5
            numbers = [number for number in (prospect.office, person.mobile) if number]
            if not numbers:
                numbers = [self.number(country, mobile=True)]
                person.mobile = numbers[0]
            texts = [self.phone_text(country, number, style) for number in numbers]
            if "p_ext" in noises and prospect.office and numbers[0] == prospect.office:
                texts[0] += rng.choice((" ext. 21", " x104", " toestel 12"))
            if "p_two" in noises and len(texts) == 2:
                phone = rng.choice((" / ", " atau ", ", ", "; ")).join(texts)
            elif len(texts) == 2 and rng.random() < 0.5:
                phone, mobile = texts
            else:
                phone = texts[0] if rng.random() < 0.6 else texts[-1]
            if "p_swap" in noises:
                phone, mobile = mobile, phone
        partner_name = ""
        if prospect.is_company:
            partner_name = self.company_text(prospect, noises)
        elif prospect.placeholder:
            partner_name = (
                self.contact_text(person, country, ())
                if prospect.placeholder == "<own name>"
                else prospect.placeholder
            )
        return {
            "prospect_id": prospect.id,
            "variant": ";".join(noises),
            "name": subject,
            "partner_name": partner_name,
            "contact_name": self.contact_text(person, country, noises),
            "email_from": email,
            "phone": phone,
            "mobile": mobile,
            "country_code": "" if "no_country" in noises else country,
        }

    def subject(self, prospect):
        """Return a lead subject."""
        return self.rng.choice(SUBJECTS).format(
            company=" ".join(prospect.words) or "-",
            item=self.rng.choice(ITEMS),
            qty=self.rng.choice((2, 10, 50)),
            channel=self.rng.choice(("website", "LinkedIn", "expo")),
        )

    def leads(self, prospect, size):
        """Return the ``size`` leads of ``prospect``; the first is tagged with the prospect's kind."""
        result = []
        for position in range(size):
            noises = self.noises(prospect, first=position == 0)
            if position == 0:
                noises.insert(0, prospect.kind)
            result.append(self.lead(prospect, noises, self.subject(prospect)))
        return result

    def generate(self, count):
        """Return ``count`` leads, shuffled, numbered in ``row``."""
        leads = []
        kinds = dict(HARD_NEGATIVES)
        kinds["base"] = 1 - sum(HARD_NEGATIVES.values())
        while len(leads) < count:
            kind = pick(self.rng, kinds) if len(self.prospects) > 50 else "base"
            prospect = self.hard_negative(kind) if kind != "base" else None
            if prospect is None:
                prospect = self.new_prospect()
            size = pick(self.rng, CLUSTER_SIZES) if prospect.kind == "base" else self.rng.choice((1, 1, 2))
            leads += self.leads(prospect, size)
        leads = leads[:count]
        self.rng.shuffle(leads)
        for row, lead in enumerate(leads, start=1):
            lead["row"] = row
        return leads


def write(leads, path):
    """Write ``leads`` to ``path``: JSON lines if it ends in ``.jsonl``, else CSV with a header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as out:
        if path.suffix == ".jsonl":
            for lead in leads:
                out.write(json.dumps({column: lead[column] for column in COLUMNS}, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(leads)


def main(argv):
    """Parse the command line, generate and write the leads; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="output file, .csv or .jsonl")
    args = parser.parse_args(argv)
    leads = World(args.seed).generate(args.count)
    write(leads, args.out)
    prospects = {}
    for lead in leads:
        prospects[lead["prospect_id"]] = prospects.get(lead["prospect_id"], 0) + 1
    pairs = sum(size * (size - 1) // 2 for size in prospects.values())
    kinds = {}
    for lead in leads:
        kind = lead["variant"].split(";")[0]
        if kind == "base" or kind.startswith("neg_"):
            kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{len(leads)} leads, {len(prospects)} prospects, {pairs} same-prospect pairs")
    print(f"first leads by kind: {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
