"""Blind synthetic CRM leads with ground truth, written independently of the matcher.

Usage::

    python3 bench/generate_blind.py --count 20000 --seed 42 --out /tmp/blind/leads.csv

Output columns (CSV, ``\\n`` line ends, UTF-8; or JSON lines when ``--out`` ends in ``.jsonl``):
``row, prospect_id, variant, name, partner_name, contact_name, email_from, phone, mobile, country_code``.
``row`` is 1..N after a shuffle; ``prospect_id`` is the ground truth (same id <=> same prospect), ids are a
shuffled numbering. Same ``--seed`` and ``--count`` give byte-identical output: one ``random.Random(seed)``
drives everything, no set or hash order is ever iterated.

WORLD
-----
Countries of prospects (share): ID Indonesia 40 %, NL Netherlands 25 %, BE Flanders 10 %, GB 5 %, MY 4 %,
SG 4 %, AU 3 %, ZA 3 %, SR Suriname 2 %, PH 2 %, DE 2 %.  15 % of prospects are private persons, the rest
companies (size drawn small 60 %, medium 30 %, large 10 %; size sets the number of contacts, whether there
is a switchboard line, a second domain, a generic ``info@`` mailbox).

Company names are built from Zipf-weighted stocks (rank r has weight 1/r^1.1), so a few words dominate:

* Indonesian/Malay: two or three words from a stock (Abadi, Utama, Jaya, Makmur, Sentosa, ...), sometimes a
  trade word (Teknik, Elektrik, Logistik, ...) or a shop word in front (Toko, Bengkel, Apotek).  Legal form
  PT 58 %, CV 20 %, UD 8 %, Koperasi 2 %, none 12 %; large PT get ``Tbk``.  MY: Sdn Bhd / Enterprise.
* Dutch and Flemish: a family name with a trade in either order ("Bakkerij Peters", "Peters Techniek",
  "Installatiebedrijf De Vries", "Van den Berg Transport B.V."), ``& Zn.``, or a brand word with a trade.
  NL: B.V. 55 %, none 25 %, V.O.F. 10 %, Stichting 4 %, Holding B.V. 3 %, N.V. 1.5 %, C.V. 1.5 %.
  BE: BV 40 %, BVBA 15 % (legacy), NV 12 %, VZW 5 %, CommV 4 %, none 24 %.
* English: brand word (or family name) + trade; Ltd / Limited / LLP / PLC (GB), Pty Ltd (AU, ZA also CC),
  Pte Ltd (SG), Inc. / Corp. (PH); German family/brand + trade with GmbH, GmbH & Co. KG, e.K., UG;
  Surinamese N.V. or none.
* When the Zipf-common names are taken (after 12 draws), rarer uniform patterns are used: four-word
  Indonesian names, "J. de Vries Transport", "Gebr. Jansen", "Jansen & De Boer Bouw", "Apex Harbour
  Logistics"; only after 50 draws is the city appended.

Persons come from per-country first/last name stocks (Zipf weighted; Dutch persons have a formal first
name and a call name, e.g. Johannes / Hans).  Company mail: own domain (``.co.id``, ``.nl``, ``.be``,
``.co.uk`` ...) or, for many small Indonesian and some Dutch firms, a public mailbox
(``sinarjaya.abadi@gmail.com``).  Private persons use public providers (gmail.com, yahoo.co.id,
hotmail.com, outlook.com, ziggo.nl, kpnmail.nl, telenet.be, hetnet.nl, planet.nl, home.nl, icloud.com,
ymail.com, skynet.be, ...).

Phones follow each national numbering plan (real mobile operator prefixes, real area codes with their
subscriber lengths), so libphonenumber finds them valid; they are typed in many national formats.

LEADS PER PROSPECT
------------------
1 lead 50 %, 2: 20 %, 3: 11 %, 4: 7 %, 5: 4 %, 6: 3 %, 7: 2 %, 8: 1.3 %, 9: 0.9 %, 10: 0.8 %.  Generation
stops exactly at ``--count`` leads (the last prospect may be cut short).  Every lead arrives through a
channel that decides which fields are filled and how:

* ``via_web``      web form: inquiry title, all fields typed by the visitor, country picked from a list.
* ``via_email``    e-mail to sales: title is the subject, ``Name <addr>``, phone from the signature with a
                   label ("T:", "M:"), company from the signature or missing.
* ``via_call``     phone call typed by a sales rep: caller id in E.164, names by ear, e-mail often missing.
* ``via_whatsapp`` WhatsApp: ``+62 812-3456-7890`` style mobile, display name only, rarely an e-mail.
* ``via_fair``     badge scan at a trade fair: everything filled, often upper case, country filled.
* ``via_import``   spreadsheet import: upper/title case, Excel mangling of phones, country filled.
* ``via_linkedin`` LinkedIn form: name, company, e-mail, no phone.
* ``via_chat``     website chat: first name only or full name, e-mail, seldom a phone.

VARIANT TAGS
------------
``variant`` is ``;``-separated: first tag ``base`` (first lead of an ordinary prospect) or
``neg_<kind>`` (first lead of a hard-negative prospect); later leads carry noise tags, or ``clean``
when no noise was applied; then missing-field tags; last ``via_<channel>``.

Noise tags (later leads only; 0 to 3 are drawn, 30 % of later leads get none):

* company: ``typo_company`` (delete/duplicate/swap/neighbour key), ``case_company`` (UPPER, lower, Title),
  ``punct_company`` (commas, dots, & / en / dan / and), ``space_company`` (joined or split words),
  ``legal_moved`` ("Sinar Jaya, PT"), ``legal_dotted`` (PT <-> P.T., B.V. <-> BV, Pte Ltd <-> Pte. Ltd.),
  ``legal_dropped``, ``legal_spelled`` (Perseroan Terbatas, Besloten Vennootschap, Limited, Sendirian
  Berhad ...), ``old_spelling`` (Indonesian dj/j, tj/c, oe/u, j/y: Djaja, Tjahaja, Soerja),
  ``ij_y`` (Dutch ij -> y: Meyer, Bakkery), ``abbrev_company`` (v.d. Berg, Install.bedr., Int'l, acronym);
* contact: ``contact_order`` ("Santoso, Budi"), ``contact_initials`` ("B. Santoso", "J.P. de Vries"),
  ``contact_title`` (Bpk., Pak, Ibu, Dhr., Mevr., Ir., Drs., Mr, Mrs, Dr., Herr, Frau ...),
  ``nickname`` (formal <-> call name: Johannes/Hans, William/Bill, Muhammad/M.), ``typo_contact``,
  ``colleague`` (another person of the same company, with their own mailbox and mobile);
* phone: ``phone_format`` (another national/international style than the first lead), ``phone_two`` (two
  numbers in one field), ``phone_ext`` (extension), ``phone_label`` ("Tel:", "HP:", "WA"),
  ``phone_swap`` (mobile typed in the phone field or vice versa), ``phone_excel`` (leading 0 lost),
  ``phone_typo`` (one digit wrong in the last four, never another prospect's number);
* e-mail: ``email_case``, ``email_display`` (display name added or changed), ``email_alt_domain`` (the
  company's second domain), ``email_private`` (the contact's private address), ``email_generic``
  (info@ / sales@ of the company), ``email_typo`` (gmial.com, hotmail.con, missing letter);
* ``country_wrong`` (neighbour or seller's own country).

Missing-field tags (any lead): ``no_company``, ``no_contact``, ``no_email``, ``no_phone`` (phone and
mobile both empty), ``no_country``; a tag is only written when the prospect has such a value
(``no_company`` is never written for private persons).  A later lead keeps at least two identifying
fields (company, contact, e-mail, a phone) in 93 % of cases; the channel may leave less.

HARD NEGATIVES
--------------
41 % of clusters carry hard negatives: an ordinary anchor prospect (first lead ``base``) plus 1 (80 %) or 2
(20 %) negatives of one kind, each a different prospect.  That gives about 30 % hard-negative prospects at
20,000 leads and 26 % at 200,000 (the name registries fill up, so some constrained anchors can no longer be
drawn and the cluster becomes a plain prospect).  Nominal kinds and their share of negatives (a kind that
does not fit the country falls back: family_trade -> word_swap for ID/MY, one_letter -> word_swap for DE,
cross_border -> word_order outside NL/BE/ID/MY/SG/GB/AU, branch and same_name -> switchboard in SG):

* ``neg_word_order`` 12 %   same words in another order, legal form may differ ("PT Utama Abadi Tbk" /
                            "PT Abadi Utama", "Zorg Visser V.O.F." / "Visser Zorg B.V."); 25 % with a typo.
* ``neg_word_swap`` 12 %    one word replaced ("Maju Jaya" / "Maju Sentosa", "Peters Bouw" / "Peters Dak").
* ``neg_family_trade`` 9 %  one family name in two trades ("Bakkerij Peters" / "Peters Transport B.V.").
* ``neg_one_letter`` 10 %   names one letter apart that are both real words (Putra/Putri, Jaya/Raya,
                            Jansen/Janssen, Peters/Peeters, Clark/Clarke, Smit/Smits).
* ``neg_branch`` 8 %        branches of one chain in different cities ("Apotek Sehat Sentosa Bekasi" /
                            "... Bogor").  Decision: each branch is its own prospect; they share the
                            chain's domain (different mailboxes) and nothing else.
* ``neg_same_name`` 8 %     unrelated shops with the very same common name in other towns ("Toko Sumber
                            Rejeki", "Cafetaria De Hoek", "Frituur De Kring"); public mailboxes.
* ``neg_owner_private`` 8 % the owner of the anchor company as a private person: same contact name,
                            private mailbox and own mobile, no company.  Decision: different prospects.
* ``neg_switchboard`` 7 %   another company in the same business centre sharing the switchboard number.
* ``neg_same_contact`` 8 %  an unrelated company whose contact has the same common full name.
* ``neg_parent_sub`` 9 %    parent and subsidiary ("PT Sinar Abadi Tbk" / "PT Sinar Abadi Logistik",
                            "Van Dijk Holding B.V." / "Van Dijk Transport B.V."); half share the group domain.
* ``neg_cross_border`` 9 %  own kind: the same name registered in a neighbouring country (NL/BE, ID/MY,
                            SG/MY, GB/AU), own domain TLD, own phones.

Registries: apart from what a hard-negative kind shares, no two prospects share a company domain, a public
mailbox, a phone number or an exact company name (common shop names excepted); typos (company, contact,
e-mail, phone) are redrawn when they would produce another prospect's value.

DECISIONS / LIMITS
------------------
Branches, owner vs. company and parent vs. subsidiary are different prospects.  The registry keys both
the exact name and the legal-form-free core, so "PT Sinar Jaya" and "CV Sinar Jaya" never coexist unless a
hard-negative kind says so (cross_border shares the core).  Placeholders typed by private persons in the
company field ("Particulier", "Pribadi", "-", "N/A", 4 % of their leads) are shared junk, not identity.
Extensions and two-number fields are typed as people do ("020 123 4567 -204", "a / b"), so they need a
lenient parser.  A private person's lead may carry the private home line in ``phone``.  Titles (``name``) are
inquiries in the prospect's language or the company name; they carry no identity on purpose.  Wrong
country is only ever a neighbour or the seller's home country (NL).  Only the standard library is used.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from random import Random

# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    """Cumulative Zipf weights for rank 1..n."""
    acc, out = 0.0, []
    for r in range(1, n + 1):
        acc += 1.0 / r**s
        out.append(acc)
    return out


class Stock:
    """A word list drawn with Zipf-like frequency (first entries most common)."""

    def __init__(self, words: list[str] | tuple[str, ...], s: float = 1.1) -> None:
        self.words = list(words)
        self.cum = zipf_weights(len(self.words), s)

    def pick(self, rng: Random) -> str:
        return rng.choices(self.words, cum_weights=self.cum)[0]

    def pick_not(self, rng: Random, avoid: list[str] | tuple[str, ...]) -> str:
        for _ in range(50):
            w = self.pick(rng)
            if w not in avoid:
                return w
        return rng.choice([w for w in self.words if w not in avoid])


def wpick(rng: Random, table: list[tuple[object, float]]):
    """Pick a value from [(value, weight), ...]."""
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def digits(rng: Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n) if n > 0 else ""


def ascii_fold(s: str) -> str:
    table = str.maketrans("éèëêáàäâíìïîóòöôúùüûçñß'", "eeeeaaaaiiiioooouuuucns ")
    return s.translate(table)


def slug(s: str, sep: str = "") -> str:
    s = ascii_fold(s.lower())
    parts = ["".join(c for c in w if c.isalnum()) for w in s.replace("&", " ").replace("-", " ").split()]
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------------------------------------------------
# Word stocks
# ---------------------------------------------------------------------------------------------------------

ID_WORDS = Stock(
    [
        "Jaya",
        "Abadi",
        "Makmur",
        "Sentosa",
        "Utama",
        "Mandiri",
        "Sejahtera",
        "Karya",
        "Mitra",
        "Sinar",
        "Bersama",
        "Cahaya",
        "Putra",
        "Indah",
        "Prima",
        "Sukses",
        "Maju",
        "Sumber",
        "Berkah",
        "Agung",
        "Mulia",
        "Lestari",
        "Perkasa",
        "Anugerah",
        "Gemilang",
        "Nusantara",
        "Bintang",
        "Surya",
        "Harapan",
        "Baru",
        "Tunggal",
        "Kencana",
        "Raya",
        "Sarana",
        "Persada",
        "Cipta",
        "Buana",
        "Samudra",
        "Dharma",
        "Bumi",
        "Setia",
        "Wijaya",
        "Tama",
        "Inti",
        "Artha",
        "Graha",
        "Terang",
        "Mas",
        "Rejeki",
        "Sakti",
        "Sehat",
        "Timur",
        "Selatan",
        "Barat",
        "Utara",
        "Murni",
        "Damai",
        "Budi",
        "Insan",
        "Citra",
        "Alam",
        "Energi",
        "Pratama",
        "Santosa",
        "Lancar",
        "Jujur",
        "Permata",
        "Bangun",
        "Kurnia",
        "Hutama",
        "Arta",
    ]
)
ID_TRADES = Stock(
    [
        "Teknik",
        "Elektrik",
        "Logistik",
        "Konstruksi",
        "Trading",
        "Furniture",
        "Plastik",
        "Kimia",
        "Farma",
        "Motor",
        "Baja",
        "Ekspres",
        "Digital",
        "Grafika",
        "Textile",
        "Pangan",
        "Mebel",
        "Indonesia",
        "Persada",
        "Solusi",
        "Mesin",
        "Kargo",
        "Agro",
        "Medika",
        "Komputer",
        "Bangunan",
    ]
)
ID_SHOP_WORDS = ["Toko", "Bengkel", "Apotek", "Toko Bangunan", "Percetakan", "Rumah Makan", "Salon", "Klinik"]

ID_FIRST_M = Stock(
    [
        "Budi",
        "Agus",
        "Hendra",
        "Andi",
        "Eko",
        "Rudi",
        "Ahmad",
        "Bambang",
        "Joko",
        "Wahyu",
        "Indra",
        "Yusuf",
        "Dedi",
        "Hadi",
        "Teguh",
        "Irwan",
        "Slamet",
        "Fajar",
        "Rizki",
        "Dimas",
        "Arif",
        "Bayu",
        "Hendro",
        "Rahmat",
        "Sigit",
        "Taufik",
        "Yudi",
        "Heru",
        "Adi",
        "Iwan",
        "Dwi",
        "Putu",
        "Made",
        "Ketut",
        "Wayan",
        "Muhammad",
        "Rudy",
        "Tommy",
        "Willy",
        "Kevin",
        "Hendrik",
        "Johan",
        "Sutrisno",
        "Gunawan",
    ]
)
ID_FIRST_F = Stock(
    [
        "Siti",
        "Dewi",
        "Sri",
        "Rina",
        "Ratna",
        "Lina",
        "Fitri",
        "Dian",
        "Yanti",
        "Nur",
        "Lestari",
        "Wati",
        "Ayu",
        "Indah",
        "Maya",
        "Novi",
        "Ani",
        "Yuli",
        "Rini",
        "Putri",
        "Nia",
        "Wulan",
        "Diah",
        "Endang",
        "Susi",
        "Mega",
        "Tuti",
        "Ratih",
        "Evi",
        "Lisa",
        "Melati",
        "Citra",
        "Anita",
        "Linda",
        "Sari",
    ]
)
ID_LAST = Stock(
    [
        "Santoso",
        "Wijaya",
        "Gunawan",
        "Setiawan",
        "Saputra",
        "Susanto",
        "Kurniawan",
        "Hidayat",
        "Nugroho",
        "Halim",
        "Siregar",
        "Pratama",
        "Wibowo",
        "Prasetyo",
        "Hartono",
        "Simanjuntak",
        "Sinaga",
        "Nasution",
        "Lubis",
        "Salim",
        "Hakim",
        "Purnomo",
        "Sulistyo",
        "Hutapea",
        "Tanjung",
        "Suryadi",
        "Kusuma",
        "Sudirman",
        "Harahap",
        "Gultom",
        "Lim",
        "Tan",
        "Utomo",
        "Rahardjo",
        "Pangestu",
        "Sitompul",
        "Firmansyah",
    ]
)
MY_FIRST = Stock(
    [
        "Ahmad",
        "Muhammad",
        "Nurul",
        "Siti",
        "Aisyah",
        "Faizal",
        "Hafiz",
        "Azlan",
        "Zulkifli",
        "Farah",
        "Wei",
        "Ming",
        "Jia",
        "Hui",
        "Kok",
        "Wai",
        "Mei",
        "Ling",
        "Rajesh",
        "Kumar",
        "Suresh",
        "Priya",
        "Hidayah",
        "Amir",
        "Hakim",
        "Izzat",
    ]
)
MY_LAST = Stock(
    [
        "Tan",
        "Lim",
        "Lee",
        "Wong",
        "Ng",
        "Ismail",
        "Abdullah",
        "Rahman",
        "Hassan",
        "Ibrahim",
        "Omar",
        "Chong",
        "Chan",
        "Teh",
        "Yusof",
        "Othman",
        "Raj",
        "Kaur",
        "Goh",
        "Ong",
    ]
)
NL_FIRST_M = [
    ("Jan", "Jan"),
    ("Johannes", "Hans"),
    ("Pieter", "Piet"),
    ("Cornelis", "Kees"),
    ("Hendrik", "Henk"),
    ("Wilhelmus", "Wim"),
    ("Gerardus", "Gerard"),
    ("Jacobus", "Jaap"),
    ("Adrianus", "Arie"),
    ("Theodorus", "Theo"),
    ("Mark", "Mark"),
    ("Dennis", "Dennis"),
    ("Sander", "Sander"),
    ("Bas", "Bas"),
    ("Martijn", "Martijn"),
    ("Erik", "Erik"),
    ("Frank", "Frank"),
    ("Thomas", "Tom"),
    ("Robert", "Rob"),
    ("Richard", "Ruud"),
    ("Petrus", "Peter"),
    ("Marcel", "Marcel"),
    ("Jeroen", "Jeroen"),
    ("Bart", "Bart"),
    ("Koen", "Koen"),
    ("Stefan", "Stefan"),
    ("Michiel", "Michiel"),
    ("Joost", "Joost"),
    ("Ruben", "Ruben"),
    ("Daan", "Daan"),
    ("Lucas", "Luuk"),
    ("Willem", "Willem"),
]
NL_FIRST_F = [
    ("Maria", "Marja"),
    ("Johanna", "Annie"),
    ("Elisabeth", "Els"),
    ("Anna", "Anneke"),
    ("Cornelia", "Corrie"),
    ("Wilhelmina", "Mien"),
    ("Catharina", "Karin"),
    ("Linda", "Linda"),
    ("Sandra", "Sandra"),
    ("Monique", "Monique"),
    ("Marieke", "Marieke"),
    ("Esther", "Esther"),
    ("Sanne", "Sanne"),
    ("Lisa", "Lisa"),
    ("Petronella", "Nel"),
    ("Ingrid", "Ingrid"),
    ("Femke", "Femke"),
    ("Inge", "Inge"),
    ("Anouk", "Anouk"),
    ("Saskia", "Saskia"),
    ("Judith", "Judith"),
    ("Wendy", "Wendy"),
]
NL_LAST = Stock(
    [
        "de Jong",
        "Jansen",
        "de Vries",
        "van den Berg",
        "van Dijk",
        "Bakker",
        "Janssen",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "de Graaf",
        "van der Meer",
        "van der Linden",
        "Kok",
        "Jacobs",
        "de Haan",
        "Vermeulen",
        "van den Heuvel",
        "van der Veen",
        "van den Broek",
        "de Bruijn",
        "van der Heijden",
        "Schouten",
        "van Beek",
        "Willems",
        "van Vliet",
        "van de Ven",
        "Hoekstra",
        "Maas",
        "Verhoeven",
        "Koster",
        "van Dam",
        "van der Wal",
        "Prins",
        "Blom",
        "Huisman",
        "Kuipers",
        "Timmermans",
        "Postma",
        "Wolters",
        "Kramer",
        "van Wijk",
        "Bosch",
        "Veenstra",
        "Boersma",
        "Kuijpers",
        "Martens",
        "Sanders",
        "Hermans",
    ]
)
BE_FIRST_M = [
    ("Jan", "Jan"),
    ("Koen", "Koen"),
    ("Tom", "Tom"),
    ("Pieter", "Pieter"),
    ("Wim", "Wim"),
    ("Bart", "Bart"),
    ("Kristof", "Kristof"),
    ("Stijn", "Stijn"),
    ("Marc", "Marc"),
    ("Dirk", "Dirk"),
    ("Luc", "Luc"),
    ("Wouter", "Wouter"),
    ("Joris", "Joris"),
    ("Jozef", "Jef"),
    ("Geert", "Geert"),
    ("Filip", "Filip"),
    ("Johan", "Johan"),
    ("Dries", "Dries"),
    ("Jeroen", "Jeroen"),
    ("Frederik", "Frederik"),
]
BE_FIRST_F = [
    ("Els", "Els"),
    ("An", "An"),
    ("Sofie", "Sofie"),
    ("Lieve", "Lieve"),
    ("Hilde", "Hilde"),
    ("Katrien", "Katrien"),
    ("Annelies", "Annelies"),
    ("Griet", "Griet"),
    ("Veerle", "Veerle"),
    ("Nathalie", "Nathalie"),
    ("Leen", "Leen"),
    ("Ilse", "Ilse"),
    ("Elke", "Elke"),
    ("Tine", "Tine"),
]
BE_LAST = Stock(
    [
        "Peeters",
        "Janssens",
        "Maes",
        "Jacobs",
        "Mertens",
        "Willems",
        "Claes",
        "Goossens",
        "Wouters",
        "De Smet",
        "Hermans",
        "Aerts",
        "Michiels",
        "Vermeulen",
        "Van den Broeck",
        "De Backer",
        "Martens",
        "Lambrechts",
        "Desmet",
        "Verstraete",
        "Van Damme",
        "De Clercq",
        "Vandenberghe",
        "Stevens",
        "Hendrickx",
        "Pauwels",
        "Coppens",
        "Smets",
        "Segers",
        "Wuyts",
        "Cools",
        "Van Acker",
        "De Wilde",
        "Claeys",
        "Verlinden",
        "Dewulf",
        "Van Hoof",
        "Geerts",
        "Bogaert",
        "Vervoort",
        "Mommaerts",
    ]
)
EN_FIRST_M = [
    ("William", "Bill"),
    ("Robert", "Bob"),
    ("James", "Jim"),
    ("Michael", "Mike"),
    ("Richard", "Rich"),
    ("Stephen", "Steve"),
    ("David", "Dave"),
    ("Thomas", "Tom"),
    ("Andrew", "Andy"),
    ("Christopher", "Chris"),
    ("Daniel", "Dan"),
    ("Matthew", "Matt"),
    ("John", "John"),
    ("Paul", "Paul"),
    ("Mark", "Mark"),
    ("Peter", "Pete"),
    ("Jonathan", "Jon"),
    ("Benjamin", "Ben"),
    ("Samuel", "Sam"),
    ("Gary", "Gary"),
]
EN_FIRST_F = [
    ("Elizabeth", "Liz"),
    ("Katherine", "Kate"),
    ("Margaret", "Maggie"),
    ("Jennifer", "Jenny"),
    ("Rebecca", "Becky"),
    ("Victoria", "Vicky"),
    ("Susan", "Sue"),
    ("Sarah", "Sarah"),
    ("Emma", "Emma"),
    ("Laura", "Laura"),
    ("Rachel", "Rachel"),
    ("Claire", "Claire"),
    ("Helen", "Helen"),
    ("Amanda", "Mandy"),
]
EN_LAST = Stock(
    [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Robinson",
        "Wright",
        "Thompson",
        "Evans",
        "Walker",
        "White",
        "Roberts",
        "Green",
        "Hall",
        "Wood",
        "Jackson",
        "Clarke",
        "Harris",
        "Lewis",
        "Martin",
        "Cooper",
        "King",
        "Baker",
        "Hughes",
        "Edwards",
        "Turner",
        "Hill",
        "Moore",
        "Ward",
        "Morris",
        "Mitchell",
        "Campbell",
        "Stewart",
        "Murphy",
        "Kelly",
        "Bennett",
        "Reid",
    ]
)
ZA_LAST = Stock(
    [
        "Naidoo",
        "Botha",
        "van der Merwe",
        "Nkosi",
        "Dlamini",
        "Pillay",
        "Pretorius",
        "Khumalo",
        "Mokoena",
        "Venter",
    ]
)
SG_FIRST = Stock(
    [
        "Wei Ming",
        "Jia Hui",
        "Jason",
        "Kelvin",
        "Melissa",
        "Michelle",
        "Daniel",
        "Alvin",
        "Rachel",
        "Hui Min",
        "Jun Jie",
    ]
)
SG_LAST = Stock(
    ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay", "Ho"]
)
PH_FIRST = Stock(
    [
        "Juan",
        "Jose",
        "Maria",
        "Mark",
        "Joseph",
        "Michael",
        "Ana",
        "Kristine",
        "Jennifer",
        "Paolo",
        "Carlo",
        "Angelica",
    ]
)
PH_LAST = Stock(
    [
        "dela Cruz",
        "Santos",
        "Reyes",
        "Garcia",
        "Mendoza",
        "Bautista",
        "Ramos",
        "Aquino",
        "Villanueva",
        "Castillo",
    ]
)
DE_FIRST_M = [
    ("Thomas", "Thomas"),
    ("Michael", "Michael"),
    ("Andreas", "Andi"),
    ("Stefan", "Stefan"),
    ("Wolfgang", "Wolfgang"),
    ("Klaus", "Klaus"),
    ("Jürgen", "Jürgen"),
    ("Matthias", "Matze"),
    ("Alexander", "Alex"),
    ("Christian", "Chris"),
]
DE_FIRST_F = [
    ("Sabine", "Sabine"),
    ("Petra", "Petra"),
    ("Claudia", "Claudia"),
    ("Katharina", "Kathi"),
    ("Susanne", "Susi"),
    ("Julia", "Julia"),
    ("Andrea", "Andrea"),
]
DE_LAST = Stock(
    [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
    ]
)
SR_FIRST = Stock(
    [
        "Ravi",
        "Anand",
        "Sunil",
        "Shanti",
        "Priya",
        "Kenneth",
        "Marlon",
        "Gerda",
        "Iwan",
        "Soenita",
        "Ricardo",
        "Cynthia",
    ]
)
SR_LAST = Stock(
    [
        "Ramdin",
        "Sewdien",
        "Mohan",
        "Pinas",
        "Kartodikromo",
        "Wong",
        "Jap",
        "Sital",
        "Ramautar",
        "Soekhoe",
        "Ramsaran",
        "Tjin",
        "Kromodimedjo",
        "Liauw",
    ]
)

NL_TRADES = Stock(
    [
        "Installatiebedrijf",
        "Bakkerij",
        "Transport",
        "Techniek",
        "Bouw",
        "Schildersbedrijf",
        "Loodgietersbedrijf",
        "Timmerbedrijf",
        "Hoveniers",
        "Elektrotechniek",
        "Schoonmaak",
        "Autobedrijf",
        "Administratiekantoor",
        "Advies",
        "Makelaardij",
        "Zorg",
        "Metaal",
        "Dakwerken",
        "Keukens",
        "Fietsen",
        "Verhuur",
        "Logistiek",
        "Catering",
        "Kozijnen",
        "Groenvoorziening",
        "Tegelwerken",
        "Grondwerken",
        "Klimaattechniek",
        "Accountants",
    ]
)
BE_TRADES = Stock(
    [
        "Bouw",
        "Transport",
        "Bakkerij",
        "Schrijnwerkerij",
        "Dakwerken",
        "Elektriciteitswerken",
        "Garage",
        "Bouwonderneming",
        "Verzekeringen",
        "Boekhoudkantoor",
        "Immo",
        "Beenhouwerij",
        "Tuinaanleg",
        "Sanitair",
        "Schilderwerken",
        "Keukens",
        "Metaalbouw",
        "Logistics",
        "Verwarming",
        "Interieur",
    ]
)
EN_BRANDS = Stock(
    [
        "Apex",
        "Summit",
        "Pinnacle",
        "Horizon",
        "Crown",
        "Oakwood",
        "Redwood",
        "Bluewater",
        "Silverline",
        "Northstar",
        "Evergreen",
        "Harbour",
        "Atlas",
        "Phoenix",
        "Eagle",
        "Golden",
        "Pacific",
        "Sterling",
        "Kingfisher",
        "Meridian",
        "Vertex",
        "Orchid",
        "Keystone",
        "Ironbridge",
        "Greenfield",
        "Riverside",
        "Lionheart",
        "Bright",
        "Swift",
        "Unity",
        "Premier",
        "Alpha",
        "Delta",
        "Zenith",
    ]
)
EN_TRADES = Stock(
    [
        "Engineering",
        "Logistics",
        "Solutions",
        "Consulting",
        "Trading",
        "Electrical",
        "Construction",
        "Plumbing",
        "Supplies",
        "Services",
        "Technologies",
        "Foods",
        "Packaging",
        "Marine",
        "Interiors",
        "Properties",
        "Motors",
        "Print",
        "Systems",
        "Builders",
    ]
)
DE_TRADES = Stock(
    [
        "Bau",
        "Technik",
        "Logistik",
        "Elektro",
        "Metallbau",
        "Haustechnik",
        "Maschinenbau",
        "Spedition",
        "Holzbau",
    ]
)
NL_BRANDS = Stock(
    [
        "Noord",
        "Zuid",
        "West",
        "Oost",
        "Holland",
        "Delta",
        "Polder",
        "Kroon",
        "Zon",
        "Eik",
        "Duin",
        "Horizon",
        "Vitaal",
        "Prima",
        "Top",
    ]
)
CHAIN_BRANDS = {
    "id": [
        "Apotek Sehat Sentosa",
        "Toko Bangunan Sinar Mas",
        "Bengkel Maju Motor",
        "Klinik Pratama Medika",
        "Toko Roti Cahaya",
        "Optik Prima",
    ],
    "nl": [
        "Kapsalon Haarmode",
        "Bakkerij Het Korenaar",
        "Fietsplaza",
        "Bouwmarkt Klusplein",
        "Optiek Helder",
    ],
    "be": [
        "Bakkerij Het Broodhuis",
        "Frituur De Kring",
        "Optiek Zicht",
        "Brico Plus",
        "Kapsalon Coiffure Ann",
    ],
    "en": ["Quick Print", "Corner Pharmacy", "Bright Smile Dental", "City Hardware", "FreshMart"],
    "de": ["Bäckerei Sonnenschein", "Optik Klarblick"],
}
SHOP_NAMES = {
    "id": [
        "Toko Sumber Rejeki",
        "Toko Makmur",
        "Warung Makan Sederhana",
        "Toko Bangunan Jaya Abadi",
        "Bengkel Maju Motor",
        "Apotek Sehat",
        "Toko Emas Sinar Mas",
        "Toko Berkah",
        "Salon Cantik",
    ],
    "nl": [
        "Cafetaria De Hoek",
        "Bakkerij De Korenschoof",
        "Snackbar 't Hoekje",
        "Kapsalon Charme",
        "Fietsenmaker De Spaak",
        "Bloemenhuis De Roos",
        "Eetcafé De Zwaan",
        "Rijwielhandel Centrum",
    ],
    "be": [
        "Frituur De Kring",
        "Bakkerij 't Stokbroodje",
        "Café Sport",
        "Kapsalon Trendy",
        "Frituur Het Pleintje",
    ],
    "en": ["The Coffee Shop", "Corner Café", "Village Stores", "Golden Dragon", "City Cleaners", "Quick Fix"],
    "de": ["Bäckerei Schmidt", "Café Central"],
}
ONE_LETTER = {
    "id": [("Putra", "Putri"), ("Jaya", "Raya"), ("Mitra", "Citra"), ("Maju", "Madu"), ("Baru", "Biru")],
    "nl": [
        ("Jansen", "Janssen"),
        ("Peters", "Peeters"),
        ("Smit", "Smits"),
        ("Bos", "Vos"),
        ("Bakker", "Backer"),
        ("Willems", "Willemse"),
        ("Meijer", "Meier"),
        ("Jacobs", "Jacobse"),
        ("Hendriks", "Hendrikx"),
    ],
    "en": [
        ("Clark", "Clarke"),
        ("Thomson", "Thompson"),
        ("Philips", "Phillips"),
        ("Allan", "Allen"),
        ("Brown", "Browne"),
        ("Reid", "Read"),
    ],
}

# ---------------------------------------------------------------------------------------------------------
# Countries and numbering plans
# ---------------------------------------------------------------------------------------------------------

COUNTRIES = [
    ("ID", 40),
    ("NL", 25),
    ("BE", 10),
    ("GB", 5),
    ("MY", 4),
    ("SG", 4),
    ("AU", 3),
    ("ZA", 3),
    ("SR", 2),
    ("PH", 2),
    ("DE", 2),
]
LANG = {
    "ID": "id",
    "MY": "my",
    "NL": "nl",
    "SR": "sr",
    "BE": "be",
    "GB": "en",
    "AU": "en",
    "ZA": "en",
    "SG": "en",
    "PH": "en",
    "DE": "de",
}
CALLING = {
    "ID": "62",
    "NL": "31",
    "BE": "32",
    "GB": "44",
    "SG": "65",
    "MY": "60",
    "AU": "61",
    "ZA": "27",
    "PH": "63",
    "DE": "49",
    "SR": "597",
}
TRUNK = {"SG": "", "SR": ""}  # all others "0"
NEIGHBOURS = {
    "ID": ["MY", "SG", "NL"],
    "NL": ["BE", "DE"],
    "BE": ["NL"],
    "GB": ["NL", "AU"],
    "SG": ["MY", "ID"],
    "MY": ["SG", "ID"],
    "AU": ["GB", "NL"],
    "ZA": ["NL", "GB"],
    "SR": ["NL"],
    "PH": ["ID", "SG"],
    "DE": ["NL", "BE"],
}
CROSS_BORDER = {"NL": "BE", "BE": "NL", "ID": "MY", "MY": "ID", "SG": "MY", "GB": "AU", "AU": "GB"}

# (city, area code without trunk, subscriber length, allowed first digits of the subscriber number)
CITIES = {
    "ID": [
        ("Jakarta", "21", 8, "345678"),
        ("Surabaya", "31", 7, "35789"),
        ("Bandung", "22", 7, "2345678"),
        ("Medan", "61", 7, "4578"),
        ("Semarang", "24", 7, "3678"),
        ("Tangerang", "21", 8, "5"),
        ("Bekasi", "21", 8, "8"),
        ("Makassar", "411", 6, "4589"),
        ("Denpasar", "361", 6, "2479"),
        ("Yogyakarta", "274", 6, "3456"),
        ("Malang", "341", 6, "3457"),
        ("Palembang", "711", 6, "3458"),
        ("Bogor", "251", 7, "83"),
        ("Batam", "778", 6, "34"),
        ("Pekanbaru", "761", 6, "2345"),
        ("Balikpapan", "542", 6, "7"),
        ("Sidoarjo", "31", 7, "8"),
        ("Depok", "21", 8, "7"),
    ],
    "NL": [
        ("Amsterdam", "20", 7, "2345678"),
        ("Rotterdam", "10", 7, "2345678"),
        ("Den Haag", "70", 7, "2345678"),
        ("Utrecht", "30", 7, "2345678"),
        ("Eindhoven", "40", 7, "2345678"),
        ("Groningen", "50", 7, "2345"),
        ("Tilburg", "13", 7, "45"),
        ("Almere", "36", 7, "5"),
        ("Breda", "76", 7, "5"),
        ("Nijmegen", "24", 7, "3"),
        ("Arnhem", "26", 7, "3"),
        ("Haarlem", "23", 7, "5"),
        ("Enschede", "53", 7, "4"),
        ("Apeldoorn", "55", 7, "5"),
        ("Amersfoort", "33", 7, "4"),
        ("Zwolle", "38", 7, "4"),
        ("Leiden", "71", 7, "5"),
        ("Maastricht", "43", 7, "3"),
        ("Dordrecht", "78", 7, "6"),
        ("Leeuwarden", "58", 7, "2"),
        ("Deventer", "570", 6, "6"),
        ("Helmond", "492", 6, "5"),
        ("Veenendaal", "318", 6, "5"),
        ("Hoorn", "229", 6, "2"),
        ("Sneek", "515", 6, "4"),
        ("Alphen aan den Rijn", "172", 6, "4"),
        ("Goes", "113", 6, "2"),
        ("Venlo", "77", 7, "3"),
        ("Emmen", "591", 6, "6"),
        ("Oss", "412", 6, "6"),
        ("Harderwijk", "341", 6, "4"),
        ("Naaldwijk", "174", 6, "6"),
    ],
    "BE": [
        ("Antwerpen", "3", 7, "2345"),
        ("Gent", "9", 7, "2"),
        ("Brussel", "2", 7, "2345"),
        ("Leuven", "16", 6, "2"),
        ("Brugge", "50", 6, "3"),
        ("Hasselt", "11", 6, "2"),
        ("Mechelen", "15", 6, "2"),
        ("Kortrijk", "56", 6, "2"),
        ("Aalst", "53", 6, "7"),
        ("Oostende", "59", 6, "5"),
        ("Genk", "89", 6, "3"),
        ("Roeselare", "51", 6, "2"),
        ("Turnhout", "14", 6, "4"),
        ("Sint-Niklaas", "3", 7, "7"),
        ("Lier", "3", 7, "4"),
        ("Ieper", "57", 6, "2"),
        ("Dendermonde", "52", 6, "2"),
        ("Geel", "14", 6, "5"),
    ],
    "GB": [
        ("London", "20", 8, "378"),
        ("Birmingham", "121", 7, "2345"),
        ("Manchester", "161", 7, "2345"),
        ("Leeds", "113", 7, "2345"),
        ("Glasgow", "141", 7, "2345"),
        ("Liverpool", "151", 7, "2345"),
        ("Sheffield", "114", 7, "2345"),
        ("Bristol", "117", 7, "9"),
        ("Edinburgh", "131", 7, "2345"),
        ("Cardiff", "29", 8, "2"),
    ],
    "SG": [("Singapore", "", 8, ("61", "62", "63", "64", "65", "67", "68"))],
    "MY": [
        (
            "Kuala Lumpur",
            "3",
            8,
            (
                "20",
                "21",
                "22",
                "23",
                "26",
                "27",
                "28",
                "29",
                "30",
                "31",
                "32",
                "40",
                "41",
                "42",
                "50",
                "51",
                "54",
                "55",
                "56",
                "57",
                "58",
                "60",
                "61",
                "62",
                "71",
                "72",
                "80",
                "83",
                "87",
                "88",
                "89",
                "90",
                "92",
            ),
        ),
        ("Petaling Jaya", "3", 8, ("74", "76", "77", "78", "79")),
        ("Penang", "4", 7, ("22", "23", "24", "25", "26", "28", "29", "30", "31")),
        ("Johor Bahru", "7", 7, ("20", "21", "22", "23", "24", "25", "26", "27")),
        ("Ipoh", "5", 7, ("20", "21", "22", "23", "24", "25")),
        ("Melaka", "6", 7, ("22", "23", "24", "25", "26", "27", "28", "29", "31", "33")),
        ("Kuching", "82", 6, "2"),
        ("Kota Kinabalu", "88", 6, "2"),
    ],
    "AU": [
        ("Sydney", "2", 8, "89"),
        ("Melbourne", "3", 8, "89"),
        ("Brisbane", "7", 8, "3"),
        ("Perth", "8", 8, "9"),
        ("Adelaide", "8", 8, "8"),
    ],
    "ZA": [
        ("Johannesburg", "11", 7, "2345678"),
        ("Cape Town", "21", 7, "4456789"),
        ("Durban", "31", 7, "2345"),
        ("Pretoria", "12", 7, "3456"),
        ("Gqeberha", "41", 7, "3456"),
    ],
    "PH": [
        ("Manila", "2", 8, "8"),
        ("Makati", "2", 8, "8"),
        ("Cebu", "32", 7, "2345"),
        ("Davao", "82", 7, "2"),
    ],
    "DE": [
        ("Berlin", "30", 8, "23456789"),
        ("Hamburg", "40", 8, "23456789"),
        ("München", "89", 8, "23456789"),
        ("Köln", "221", 7, "23456789"),
        ("Frankfurt am Main", "69", 8, "23456789"),
        ("Düsseldorf", "211", 7, "23456789"),
        ("Stuttgart", "711", 7, "23456789"),
    ],
    "SR": [
        (
            "Paramaribo",
            "",
            6,
            ("40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "52", "53", "54", "55"),
        ),
        ("Nieuw Nickerie", "", 6, ("21", "22", "23")),
        ("Lelydorp", "", 6, ("36", "37")),
    ],
}
CITY_STOCK = {cc: Stock([c[0] for c in rows], 0.8) for cc, rows in CITIES.items()}
CITY_ROW = {cc: {c[0]: c for c in rows} for cc, rows in CITIES.items()}

# (operator prefix used as "area", subscriber length, allowed first digits)
MOBILES = {
    "ID": [
        (p, n, "123456789")
        for p in (
            "811",
            "812",
            "813",
            "821",
            "822",
            "852",
            "853",
            "814",
            "815",
            "816",
            "855",
            "856",
            "857",
            "858",
            "817",
            "818",
            "819",
            "859",
            "877",
            "878",
            "838",
            "831",
            "881",
            "882",
            "895",
            "896",
            "897",
            "898",
            "899",
        )
        for n in (8, 8, 7)
    ],
    "NL": [("6", 8, "12345")],
    "BE": [
        (p, 6, "0123456789")
        for p in (
            "470",
            "471",
            "472",
            "473",
            "474",
            "475",
            "476",
            "477",
            "478",
            "479",
            "483",
            "484",
            "485",
            "486",
            "487",
            "488",
            "489",
            "490",
            "491",
            "492",
            "493",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
            "460",
            "465",
            "468",
        )
    ],
    "GB": [
        (p, 6, "0123456789")
        for p in (
            "7711",
            "7723",
            "7740",
            "7766",
            "7788",
            "7801",
            "7812",
            "7824",
            "7833",
            "7850",
            "7866",
            "7875",
            "7890",
            "7903",
            "7920",
            "7932",
            "7946",
            "7958",
            "7970",
            "7984",
            "7507",
            "7515",
            "7534",
            "7401",
            "7412",
        )
    ],
    "SG": [
        (
            "",
            8,
            (
                "81",
                "82",
                "83",
                "84",
                "85",
                "86",
                "87",
                "88",
                "89",
                "90",
                "91",
                "92",
                "93",
                "94",
                "95",
                "96",
                "97",
                "98",
            ),
        )
    ],
    "MY": [(p, 7, "23456789") for p in ("12", "13", "16", "17", "19")]
    + [(p, 7, ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30")) for p in ("10", "14", "18")]
    + [("11", 8, ("10", "11", "12", "13", "14", "15", "16", "20", "21", "23", "26"))],
    "AU": [
        (p, 6, "0123456789")
        for p in (
            "400",
            "401",
            "402",
            "403",
            "404",
            "405",
            "406",
            "407",
            "408",
            "409",
            "410",
            "411",
            "412",
            "413",
            "414",
            "415",
            "416",
            "417",
            "418",
            "419",
            "420",
            "421",
            "422",
            "423",
            "424",
            "425",
            "426",
            "427",
            "428",
            "429",
            "430",
            "431",
            "432",
            "433",
            "434",
            "435",
            "438",
            "439",
            "447",
            "448",
            "449",
            "450",
            "451",
            "452",
            "455",
            "456",
            "457",
            "458",
            "459",
            "466",
            "467",
            "468",
            "469",
            "470",
            "473",
            "474",
            "475",
            "476",
            "477",
            "478",
            "481",
            "487",
            "488",
            "490",
            "491",
            "497",
            "498",
            "499",
        )
    ],
    "ZA": [
        (p, 7, "0123456789") for p in ("82", "72", "83", "84", "73", "76", "79", "61", "60", "71", "74", "81")
    ],
    "PH": [
        (p, 7, "0123456789")
        for p in (
            "917",
            "918",
            "905",
            "906",
            "915",
            "916",
            "926",
            "927",
            "935",
            "936",
            "995",
            "998",
            "999",
            "920",
            "921",
            "928",
            "929",
            "939",
            "947",
            "949",
        )
    ],
    "DE": [(p, 8, "123456789") for p in ("151", "152", "157", "176")]
    + [(p, 7, "123456789") for p in ("160", "170", "171", "172", "175", "177", "178", "179")],
    "SR": [
        (
            "",
            7,
            ("71", "72", "73", "74", "75", "76", "77", "81", "82", "83", "84", "85", "86", "87", "88", "89"),
        )
    ],
}


class Num:
    """One phone number: country, area (or operator prefix), subscriber digits."""

    __slots__ = ("area", "cc", "mobile", "sub")

    def __init__(self, cc: str, area: str, sub: str, mobile: bool) -> None:
        self.cc, self.area, self.sub, self.mobile = cc, area, sub, mobile

    @property
    def e164(self) -> str:
        return "+" + CALLING[self.cc] + self.area + self.sub


def draw_landline(rng: Random, cc: str, city: str) -> Num:
    _, area, n, first = CITY_ROW[cc][city]
    pre = rng.choice(first)
    return Num(cc, area, pre + digits(rng, n - len(pre)), False)


def draw_mobile(rng: Random, cc: str) -> Num:
    area, n, first = rng.choice(MOBILES[cc])
    pre = rng.choice(first)
    return Num(cc, area, pre + digits(rng, n - len(pre)), True)


def chunk(s: str, size: int) -> list[str]:
    if size <= 0 or len(s) <= size + 1:
        return [s]
    out = [s[i : i + size] for i in range(0, len(s), size)]
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


PHONE_STYLES = {
    # style: weight per language group (id-like, nl/be/sr, en-like)
    "nat_dash": (30, 30, 8),
    "nat_space": (20, 25, 35),
    "nat_paren": (10, 3, 8),
    "nat_compact": (20, 15, 10),
    "intl_space": (10, 12, 25),
    "intl_compact": (5, 5, 5),
    "intl_trunk": (0, 6, 6),
    "intl_dash": (3, 1, 1),
    "intl_00": (1, 3, 1),
    "dots": (1, 3, 1),
}
STYLE_NAMES = list(PHONE_STYLES)


INTL_00 = ("NL", "BE", "DE", "GB", "SR", "ZA")  # countries whose international prefix is 00


def style_weights(cc: str) -> list[int]:
    grp = 0 if cc in ("ID", "MY", "PH") else 1 if cc in ("NL", "BE", "SR") else 2
    return [0 if (s == "intl_00" and cc not in INTL_00) else PHONE_STYLES[s][grp] for s in STYLE_NAMES]


def format_num(rng: Random, num: Num, style: str) -> str:
    cc, area, sub = num.cc, num.area, num.sub
    trunk = TRUNK.get(cc, "0")
    size = 4 if len(sub) >= 8 else 3 if len(sub) == 7 else rng.choice((2, 3))
    if cc == "BE" or (cc == "NL" and num.mobile and rng.random() < 0.2):
        size = 2 if len(sub) <= 6 or cc == "NL" else 3
    groups = chunk(sub, size)
    sp = " ".join(groups)
    nat_area = trunk + area
    if not nat_area:  # SG, SR: no area, no trunk
        nat = {"nat_dash": "-".join(groups), "dots": ".".join(groups), "nat_compact": sub}.get(style, sp)
        if style.startswith("intl"):
            sep = "" if style == "intl_compact" else " "
            pre = "00" if style == "intl_00" else "+"
            return pre + CALLING[cc] + sep + (sub if style == "intl_compact" else sp)
        return nat
    if style == "nat_dash":
        return (
            nat_area
            + "-"
            + ("-".join(groups) if num.mobile and cc == "ID" else sub if rng.random() < 0.5 else sp)
        )
    if style == "nat_space":
        return nat_area + " " + sp
    if style == "nat_paren":
        return "(" + nat_area + ") " + sp
    if style == "nat_compact":
        return nat_area + sub
    if style == "intl_space":
        return "+" + CALLING[cc] + " " + area + " " + sp
    if style == "intl_compact":
        return "+" + CALLING[cc] + area + sub
    if style == "intl_trunk":
        return "+" + CALLING[cc] + " (" + trunk + ")" + area + " " + (sub if rng.random() < 0.5 else sp)
    if style == "intl_dash":
        return "+" + CALLING[cc] + "-" + area + "-" + "-".join(groups)
    if style == "intl_00":
        return "00" + CALLING[cc] + " " + area + " " + sp
    if style == "dots":
        return nat_area + "." + ".".join(groups) if cc != "BE" else nat_area + "/" + ".".join(groups)
    return nat_area + sub


# ---------------------------------------------------------------------------------------------------------
# Companies, persons and the registries that keep prospects apart
# ---------------------------------------------------------------------------------------------------------

LK = {"id": "id", "my": "id", "nl": "nl", "sr": "nl", "be": "be", "en": "en", "de": "de"}  # shop/chain stocks
NL_PREFIX_TRADES = {
    "Installatiebedrijf",
    "Bakkerij",
    "Schildersbedrijf",
    "Loodgietersbedrijf",
    "Timmerbedrijf",
    "Hoveniers",
    "Autobedrijf",
    "Administratiekantoor",
    "Makelaardij",
    "Schrijnwerkerij",
    "Garage",
    "Bouwonderneming",
    "Beenhouwerij",
    "Boekhoudkantoor",
}
LEGAL = {
    "ID": [(("PT", ""), 58), (("CV", ""), 20), (("UD", ""), 8), (("Koperasi", ""), 2), (("", ""), 12)],
    "MY": [
        (("", "Sdn Bhd"), 72),
        (("", "Sdn. Bhd."), 8),
        (("", "Enterprise"), 10),
        (("", "Berhad"), 2),
        (("", ""), 8),
    ],
    "NL": [
        (("", "B.V."), 55),
        (("", ""), 25),
        (("", "V.O.F."), 10),
        (("Stichting", ""), 4),
        (("", "Holding B.V."), 3),
        (("", "N.V."), 1.5),
        (("", "C.V."), 1.5),
    ],
    "BE": [
        (("", "BV"), 40),
        (("", "BVBA"), 15),
        (("", "NV"), 12),
        (("", "VZW"), 5),
        (("", "CommV"), 4),
        (("", ""), 24),
    ],
    "GB": [(("", "Ltd"), 65), (("", "Limited"), 15), (("", "LLP"), 5), (("", "PLC"), 2), (("", ""), 13)],
    "AU": [(("", "Pty Ltd"), 80), (("", ""), 20)],
    "ZA": [(("", "(Pty) Ltd"), 70), (("", "CC"), 15), (("", ""), 15)],
    "SG": [(("", "Pte Ltd"), 75), (("", "Pte. Ltd."), 10), (("", ""), 15)],
    "PH": [(("", "Inc."), 50), (("", "Corporation"), 20), (("", "Corp."), 10), (("", ""), 20)],
    "DE": [
        (("", "GmbH"), 65),
        (("", "GmbH & Co. KG"), 12),
        (("", "e.K."), 8),
        (("", "UG (haftungsbeschränkt)"), 5),
        (("", ""), 10),
    ],
    "SR": [(("", "N.V."), 60), (("", ""), 40)],
}
TLDS = {
    "ID": [(".co.id", 50), (".com", 35), (".id", 15)],
    "MY": [(".com.my", 70), (".my", 10), (".com", 20)],
    "NL": [(".nl", 85), (".com", 10), (".eu", 5)],
    "BE": [(".be", 85), (".com", 10), (".eu", 5)],
    "GB": [(".co.uk", 70), (".com", 25), (".uk", 5)],
    "AU": [(".com.au", 85), (".com", 15)],
    "ZA": [(".co.za", 90), (".com", 10)],
    "SG": [(".com.sg", 60), (".sg", 15), (".com", 25)],
    "PH": [(".com.ph", 60), (".ph", 10), (".com", 30)],
    "DE": [(".de", 90), (".com", 10)],
    "SR": [(".sr", 50), (".com", 50)],
}
PUBLIC = {
    "ID": [
        ("gmail.com", 60),
        ("yahoo.co.id", 15),
        ("yahoo.com", 12),
        ("ymail.com", 5),
        ("hotmail.com", 5),
        ("outlook.com", 3),
    ],
    "MY": [("gmail.com", 60), ("yahoo.com", 20), ("hotmail.com", 15), ("outlook.com", 5)],
    "NL": [
        ("gmail.com", 30),
        ("hotmail.com", 15),
        ("ziggo.nl", 14),
        ("kpnmail.nl", 10),
        ("outlook.com", 8),
        ("hetnet.nl", 5),
        ("planet.nl", 5),
        ("home.nl", 4),
        ("live.nl", 4),
        ("icloud.com", 5),
    ],
    "BE": [
        ("telenet.be", 30),
        ("gmail.com", 30),
        ("skynet.be", 12),
        ("hotmail.com", 12),
        ("outlook.be", 8),
        ("icloud.com", 8),
    ],
    "SR": [("gmail.com", 50), ("yahoo.com", 20), ("hotmail.com", 20), ("sr.net", 10)],
    "DE": [("gmx.de", 30), ("web.de", 25), ("gmail.com", 25), ("t-online.de", 20)],
    "*": [("gmail.com", 45), ("hotmail.com", 15), ("outlook.com", 15), ("yahoo.com", 12), ("icloud.com", 13)],
}


class Person:
    __slots__ = ("email", "female", "first", "formal", "lang", "last", "mobile", "private_email")

    def __init__(self, first: str, formal: str, last: str, female: bool, lang: str) -> None:
        self.first, self.formal, self.last, self.female, self.lang = first, formal, last, female, lang
        self.mobile: Num | None = None
        self.email = ""
        self.private_email = ""

    @property
    def full(self) -> str:
        return (self.first + " " + self.last).strip()


class Prospect:
    __slots__ = (
        "alt_domain",
        "cc",
        "city",
        "core",
        "domain",
        "generic",
        "lang",
        "name",
        "persons",
        "phone",
        "pid",
        "post",
        "pre",
        "private",
        "public_mailbox",
        "shop",
        "size",
        "tag",
    )

    def __init__(self, pid: int, tag: str, cc: str) -> None:
        self.pid, self.tag, self.cc, self.lang = pid, tag, cc, LANG[cc]
        self.private = False
        self.city = ""
        self.size = "small"
        self.pre = self.post = self.name = self.domain = self.alt_domain = self.generic = ""
        self.core: list[
            tuple[str, str]
        ] = []  # (token, role): w word, t trade, f family, b brand, s shop, c city
        self.phone: Num | None = None
        self.persons: list[Person] = []
        self.public_mailbox = False
        self.shop = False


def render_name(pre: str, core: list[tuple[str, str]], post: str) -> str:
    return " ".join(x for x in [pre] + [t for t, _ in core] + [post] if x)


def name_key(name: str) -> str:
    return " ".join(name.lower().split())


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class World:
    """Draws prospects and keeps the registries (exact names, domains, mailboxes, phone numbers)."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.names: dict[str, int] = {}
        self.domains: dict[str, int] = {}
        self.mailboxes: dict[str, int] = {}
        self.phones: dict[str, int] = {}
        self.person_names: dict[str, int] = {}

    # -- registries -------------------------------------------------------------------------------------
    def free_phone(self, draw, pid: int) -> Num:
        for _ in range(100):
            num = draw()
            if num.e164 not in self.phones:
                self.phones[num.e164] = pid
                return num
        raise RuntimeError("numbering plan exhausted")

    def mailbox(self, candidates: list[str], pid: int) -> str:
        for addr in candidates:
            if addr not in self.mailboxes:
                self.mailboxes[addr] = pid
                return addr
        local, _, dom = candidates[0].partition("@")
        while True:
            addr = f"{local}{self.rng.randrange(2, 999)}@{dom}"
            if addr not in self.mailboxes:
                self.mailboxes[addr] = pid
                return addr

    def public_domain(self, cc: str) -> str:
        return wpick(self.rng, PUBLIC.get(cc, PUBLIC["*"]))

    # -- persons ----------------------------------------------------------------------------------------
    def person(self, cc: str, female: bool | None = None, common: bool = False) -> Person:
        rng, lang = self.rng, LANG[cc]
        if female is None:
            female = rng.random() < (0.35 if lang in ("id", "my") else 0.4)
        pick = (lambda st: st.words[rng.randrange(4)]) if common else (lambda st: st.pick(rng))

        def pair(table):
            row = (
                table[rng.randrange(4)]
                if common
                else table[min(int(rng.paretovariate(1.2)) - 1, len(table) - 1)]
            )
            return row

        if lang == "id":
            first = pick(ID_FIRST_F if female else ID_FIRST_M)
            last = pick(ID_LAST) if (common or rng.random() < 0.65) else ""
            formal = "Muhammad" if first == "Muhammad" else first
            return Person(first, formal, last, female, lang)
        if lang == "my":
            return Person(pick(MY_FIRST), pick(MY_FIRST), pick(MY_LAST), female, lang)
        if lang in ("nl", "be"):
            formal, call = pair(
                (NL_FIRST_F if female else NL_FIRST_M)
                if lang == "nl"
                else (BE_FIRST_F if female else BE_FIRST_M)
            )
            last = pick(NL_LAST if lang == "nl" else BE_LAST)
            return Person(call, formal, last, female, lang)
        if lang == "sr":
            first = pick(SR_FIRST)
            return Person(first, first, pick(SR_LAST), female, lang)
        if lang == "de":
            formal, call = pair(DE_FIRST_F if female else DE_FIRST_M)
            return Person(formal if rng.random() < 0.8 else call, formal, pick(DE_LAST), female, lang)
        if cc == "SG":
            first = pick(SG_FIRST)
            return Person(first, first, pick(SG_LAST), female, lang)
        if cc == "PH":
            first = pick(PH_FIRST)
            return Person(first, first, pick(PH_LAST), female, lang)
        formal, call = pair(EN_FIRST_F if female else EN_FIRST_M)
        last = pick(ZA_LAST) if cc == "ZA" and rng.random() < 0.5 else pick(EN_LAST)
        return Person(call if rng.random() < 0.5 else formal, formal, last, female, lang)

    def private_address(self, p: Person, cc: str, pid: int) -> str:
        rng = self.rng
        f, last = slug(p.first), slug(p.last)
        dom = self.public_domain(cc)
        yy = str(rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(1, 99))
        cands = [
            f"{f}.{last}@{dom}" if last else f"{f}{yy}@{dom}",
            f"{f}{last}{yy}@{dom}",
            f"{f[:1]}{last}@{dom}" if last else f"{f}.{slug(p.formal)[:3]}{yy}@{dom}",
            f"{f}_{last or yy}@{dom}",
        ]
        rng.shuffle(cands)
        return self.mailbox(cands, pid)

    def work_address(self, p: Person, domain: str, pattern: int, pid: int) -> str:
        f, last = slug(p.first), slug(p.last)
        locs = [
            f,
            f"{f}.{last}" if last else f,
            f"{f[:1]}.{last}" if last else f,
            f"{f[:1]}{last}" if last else f,
            f"{f}{last[:1]}",
        ]
        first = locs[pattern]
        return self.mailbox([f"{x}@{domain}" for x in [first] + locs], pid)

    # -- company names ----------------------------------------------------------------------------------
    def draw_core(self, cc: str, style: str = "") -> list[tuple[str, str]]:
        rng, lang = self.rng, LANG[cc]
        if lang in ("id", "my"):
            r = rng.random() if not style else {"words": 0.1, "family": 0.99}.get(style, 0.1)
            if lang == "my" and rng.random() < 0.35 and not style:
                return [(EN_BRANDS.pick(rng), "b"), (EN_TRADES.pick(rng), "t")]
            w1 = ID_WORDS.pick(rng)
            w2 = ID_WORDS.pick_not(rng, [w1])
            if r < 0.45:
                return [(w1, "w"), (w2, "w")]
            if r < 0.65:
                return [(w1, "w"), (w2, "w"), (ID_WORDS.pick_not(rng, [w1, w2]), "w")]
            if r < 0.87:
                return [(w1, "w"), (w2, "w"), (ID_TRADES.pick(rng), "t")]
            if r < 0.93:
                return [(rng.choice(ID_SHOP_WORDS), "s"), (w1, "w"), (w2, "w")]
            return [(ID_LAST.pick(rng), "f"), (ID_TRADES.pick(rng), "t")]
        if lang in ("nl", "be", "sr"):
            fam = cap((NL_LAST if lang == "nl" else BE_LAST if lang == "be" else SR_LAST).pick(rng))
            trade = (NL_TRADES if lang != "be" else BE_TRADES).pick(rng)
            r = rng.random() if style != "family" else 0.5
            if r < 0.7:
                pre_first = rng.random() < (0.8 if trade in NL_PREFIX_TRADES else 0.15)
                return [(trade, "t"), (fam, "f")] if pre_first else [(fam, "f"), (trade, "t")]
            if r < 0.75:
                return [(fam, "f"), ("& Zn.", "x")]
            if r < 0.93:
                return [(NL_BRANDS.pick(rng), "b"), (trade, "t")]
            return [(fam, "f")]
        if lang == "de":
            fam = DE_LAST.pick(rng)
            if rng.random() < 0.7 or style == "family":
                return [(fam, "f"), (DE_TRADES.pick(rng), "t")]
            return [(EN_BRANDS.pick(rng), "b"), (DE_TRADES.pick(rng), "t")]
        r = rng.random() if style != "family" else 0.8
        if r < 0.62:
            return [(EN_BRANDS.pick(rng), "b"), (EN_TRADES.pick(rng), "t")]
        if r < 0.67:
            return [(EN_LAST.pick(rng), "f"), ("& Sons", "x")]
        if r < 0.92:
            return [(EN_LAST.pick(rng), "f"), (EN_TRADES.pick(rng), "t")]
        return [(EN_BRANDS.pick(rng), "b"), (EN_BRANDS.pick(rng), "b"), (EN_TRADES.pick(rng), "t")]

    def draw_core_more(self, cc: str) -> list[tuple[str, str]]:
        """Rarer, longer name patterns, drawn uniformly, used once the common ones are taken."""
        rng, lang = self.rng, LANG[cc]
        if lang in ("id", "my"):
            ws = rng.sample(ID_WORDS.words, 3)
            out = [(ws[0], "w"), (ws[1], "w")] + ([(ws[2], "w")] if rng.random() < 0.6 else [])
            return out + [(rng.choice(ID_TRADES.words), "t")]
        if lang in ("nl", "be", "sr", "de"):
            fams = {"nl": NL_LAST, "be": BE_LAST, "sr": SR_LAST, "de": DE_LAST}[lang].words
            trades = {"be": BE_TRADES, "de": DE_TRADES}.get(lang, NL_TRADES).words
            fam, fam2 = (cap(x) for x in rng.sample(fams, 2))
            trade = rng.choice(trades)
            r = rng.random()
            if r < 0.35:
                fam = rng.choice("ABCDEFGHJKLMPRSTW") + ". " + fam
            elif r < 0.6:
                fam = ("Gebr. " if lang != "de" else "Gebrüder ") + fam
            else:
                return [(fam, "f"), ("& " + fam2, "f"), (trade, "t")]
            if trade in NL_PREFIX_TRADES:
                return [(trade, "t"), (fam, "f")]
            return [(fam, "f"), (trade, "t")]
        if rng.random() < 0.5:
            b1, b2 = rng.sample(EN_BRANDS.words, 2)
            return [(b1, "b"), (b2, "b"), (rng.choice(EN_TRADES.words), "t")]
        f1, f2 = rng.sample(EN_LAST.words, 2)
        return [(f1, "f"), ("& " + f2, "f"), (rng.choice(EN_TRADES.words), "t")]

    def draw_legal(self, cc: str, size: str) -> tuple[str, str]:
        pre, post = wpick(self.rng, LEGAL[cc])
        if cc == "ID" and pre == "PT" and size == "large" and self.rng.random() < 0.4:
            post = "Tbk"
        if cc == "NL" and post == "Holding B.V." and size == "small":
            post = "B.V."
        return pre, post

    def claim_name(
        self,
        pre: str,
        core: list[tuple[str, str]],
        post: str,
        pid: int,
        shared: bool = False,
        shared_core: bool = False,
    ) -> str:
        """Register the exact name and its legal-form-free core (so dropping a legal form or a typo can never
        land on another prospect's name).  Cross-border twins may share the core, common shops everything."""
        name = render_name(pre, core, post)
        if shared:
            return name
        key, ckey = name_key(name), name_key(render_name("", core, ""))
        if key in self.names or (ckey in self.names and not shared_core):
            return ""
        self.names[key] = pid
        self.names.setdefault(ckey, pid)
        return name

    def make_domain(self, p: Prospect) -> str:
        rng = self.rng
        toks = [slug(t) for t, role in p.core if role not in ("s", "x", "c")] or [slug(p.core[0][0])]
        base = "".join(toks)
        cands = [
            base,
            "-".join(toks),
            slug(p.pre) + base if p.pre else base + slug(p.post)[:3],
            "".join(t[:1] for t in toks[:-1]) + toks[-1],
            base + slug(p.city),
        ]
        if rng.random() < 0.3:
            cands[0], cands[1] = cands[1], cands[0]
        tld = wpick(rng, TLDS[p.cc])
        for c in cands:
            dom = c[:40] + tld
            if c and dom not in self.domains:
                self.domains[dom] = p.pid
                return dom
        while True:
            dom = base[:30] + str(rng.randrange(1, 999)) + tld
            if dom not in self.domains:
                self.domains[dom] = p.pid
                return dom

    # -- prospects --------------------------------------------------------------------------------------
    def company(  # noqa: C901
        self,
        pid: int,
        tag: str,
        cc: str,
        *,
        size: str = "",
        core=None,
        legal=None,
        style: str = "",
        city: str = "",
        domain: str = "",
        generic: str = "",
        phone: Num | None = None,
        person0: Person | None = None,
        common: bool = False,
        shared_name: bool = False,
        public: bool | None = None,
        need_phone: bool = False,
        shared_core: bool = False,
    ) -> Prospect | None:
        rng = self.rng
        p = Prospect(pid, tag, cc)
        p.size = size or wpick(rng, [("small", 60), ("medium", 30), ("large", 10)])
        p.city = city or CITY_STOCK[cc].pick(rng)
        p.shop = shared_name
        name = ""
        for attempt in range(60):
            if core is not None:
                c = core
            else:
                c = self.draw_core(cc, style) if attempt < 12 else self.draw_core_more(cc)
            if attempt >= 50 and core is None:
                c = c + [(p.city, "c")]
            pre, post = legal if legal is not None else self.draw_legal(cc, p.size)
            name = self.claim_name(pre, c, post, pid, shared_name, shared_core)
            if name or core is not None:
                break
        if not name:
            return None
        p.pre, p.core, p.post, p.name = pre, list(c), post, name
        # mail: own domain or a public mailbox
        if public is None:
            pub = {"ID": 0.55, "MY": 0.35, "PH": 0.35, "SR": 0.4, "NL": 0.12, "BE": 0.15}.get(cc, 0.08)
            pub = pub if p.size == "small" else pub / 3 if p.size == "medium" else 0.0
            public = not domain and rng.random() < pub
        p.public_mailbox = public
        base = slug(" ".join(t for t, r in p.core if r not in ("x",)))
        if public:
            prov = self.public_domain(cc)
            dotted = slug(" ".join(t for t, r in p.core if r != "x"), ".")
            lp = slug(p.pre)
            cands = [
                f"{dotted}@{prov}",
                f"{lp}.{base}@{prov}" if lp else f"{base}.{slug(p.city)}@{prov}",
                f"{base}{rng.randrange(1, 99)}@{prov}",
            ]
            p.generic = self.mailbox(cands, pid)
        else:
            p.domain = domain or self.make_domain(p)
            if generic:
                p.generic = self.mailbox([generic], pid)
            else:
                box = wpick(
                    rng,
                    {
                        "id": [("info", 5), ("marketing", 3), ("sales", 2), ("admin", 2)],
                        "nl": [("info", 9), ("verkoop", 1)],
                        "be": [("info", 9), ("office", 1)],
                        "de": [("info", 8), ("kontakt", 2)],
                    }.get(p.lang, [("info", 5), ("sales", 2), ("enquiries", 2), ("office", 1)]),
                )
                p.generic = self.mailbox([f"{box}@{p.domain}", f"info@{p.domain}", f"office@{p.domain}"], pid)
            if p.size != "small" and rng.random() < 0.25 and not domain:
                stem = p.domain.split(".")[0]
                for tld in (".com", ".nl", ".id", ".net", ".eu", ".asia"):
                    alt = stem + tld
                    if alt != p.domain and alt not in self.domains:
                        self.domains[alt] = pid
                        p.alt_domain = alt
                        break
        # switchboard / office line
        has_line = (
            need_phone
            or phone is not None
            or rng.random() < ({"ID": 0.5, "NL": 0.7, "BE": 0.7}.get(cc, 0.8) if p.size == "small" else 0.97)
        )
        if phone is not None:
            p.phone = phone
        elif has_line:
            p.phone = self.free_phone(lambda: draw_landline(rng, cc, p.city), pid)
        # persons
        n = {
            "small": wpick(rng, [(1, 70), (2, 30)]),
            "medium": wpick(rng, [(2, 60), (3, 40)]),
            "large": wpick(rng, [(3, 60), (4, 40)]),
        }[p.size]
        pattern = 0 if p.lang in ("id", "my") and rng.random() < 0.6 else rng.randrange(5)
        for i in range(n):
            if i == 0 and person0 is not None:
                per = Person(person0.first, person0.formal, person0.last, person0.female, person0.lang)
            else:
                per = self.person(cc, common=common and i == 0)
            if rng.random() < (0.97 if p.lang in ("id", "my") else 0.85) or (p.phone is None and i == 0):
                per.mobile = self.free_phone(lambda: draw_mobile(rng, cc), pid)
            if p.public_mailbox:
                per.email = p.generic if i == 0 or rng.random() < 0.5 else self.private_address(per, cc, pid)
            elif p.size == "small" and rng.random() < 0.3 and p.lang in ("nl", "be", "de"):
                per.email = p.generic
            else:
                per.email = self.work_address(per, p.domain, pattern, pid)
            p.persons.append(per)
        return p

    def private(
        self, pid: int, tag: str, cc: str, person0: Person | None = None, common: bool = False
    ) -> Prospect:
        rng = self.rng
        p = Prospect(pid, tag, cc)
        p.private = True
        p.city = CITY_STOCK[cc].pick(rng)
        if person0 is not None:
            per = Person(person0.first, person0.formal, person0.last, person0.female, person0.lang)
        else:
            per = self.person(cc, common=common)
        per.mobile = self.free_phone(lambda: draw_mobile(rng, cc), pid)
        per.email = self.private_address(per, cc, pid)
        per.private_email = per.email
        if rng.random() < 0.25:
            p.phone = self.free_phone(lambda: draw_landline(rng, cc, p.city), pid)
        p.persons.append(per)
        return p


# ---------------------------------------------------------------------------------------------------------
# Clusters: an ordinary prospect, sometimes with hard negatives
# ---------------------------------------------------------------------------------------------------------

NEG_KINDS = [
    ("word_order", 12),
    ("word_swap", 12),
    ("family_trade", 9),
    ("one_letter", 10),
    ("branch", 8),
    ("same_name", 8),
    ("owner_private", 8),
    ("switchboard", 7),
    ("same_contact", 8),
    ("parent_sub", 9),
    ("cross_border", 9),
]
P_NEG_CLUSTER = 0.41
P_PRIVATE_SINGLE = 0.26
GROUP_WORDS = {
    "id": "Group",
    "my": "Group",
    "nl": "Holding",
    "be": "Groep",
    "sr": "Holding",
    "de": "Gruppe",
    "en": "Group",
}
SWAP_STOCK = {"w": ID_WORDS, "b": EN_BRANDS}


class Clusters:
    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.world = World(rng)
        self.next_pid = 1

    def pid(self) -> int:
        self.next_pid += 1
        return self.next_pid - 1

    def trade_stock(self, lang: str) -> Stock:
        return {
            "id": ID_TRADES,
            "my": EN_TRADES,
            "nl": NL_TRADES,
            "sr": NL_TRADES,
            "be": BE_TRADES,
            "de": DE_TRADES,
        }.get(lang, EN_TRADES)

    def draw(self) -> list[Prospect]:
        rng, w = self.rng, self.world
        cc = wpick(rng, COUNTRIES)
        if rng.random() >= P_NEG_CLUSTER:
            if rng.random() < P_PRIVATE_SINGLE:
                return [w.private(self.pid(), "base", cc)]
            return [p for p in [self.plain(cc)] if p is not None]
        kind = wpick(rng, NEG_KINDS)
        nneg = 1 if kind in ("owner_private", "cross_border") or rng.random() < 0.8 else 2
        out = self.negatives(kind, cc, nneg)
        return out if out else [p for p in [self.plain(cc)] if p is not None]

    def plain(self, cc: str, tag: str = "base", **kw) -> Prospect | None:
        for _ in range(1 if "core" in kw else 20):
            p = self.world.company(self.pid(), tag, cc, **kw)
            if p is not None:
                return p
        return None

    def negatives(self, kind: str, cc: str, nneg: int) -> list[Prospect]:  # noqa: C901
        rng, w = self.rng, self.world
        lang = LANG[cc]
        tag = "neg_" + kind
        if kind == "family_trade" and lang in ("id", "my"):
            kind, tag = "word_swap", "neg_word_swap"
        if kind == "one_letter" and LK[lang] not in ("id", "nl", "be", "en"):
            kind, tag = "word_swap", "neg_word_swap"
        if kind == "cross_border" and cc not in CROSS_BORDER:
            kind, tag = "word_order", "neg_word_order"
        if kind in ("branch", "same_name") and len(CITIES[cc]) < 3:
            kind, tag = "switchboard", "neg_switchboard"
        out: list[Prospect] = []

        def add(p: Prospect | None) -> None:
            if p is not None:
                out.append(p)

        if kind == "word_order":
            anchor = None
            for _ in range(60):
                core = w.draw_core(cc, "words")
                if len(core) >= 2 and all(r != "x" for _, r in core):
                    anchor = self.plain(cc, core=core)
                    if anchor is not None:
                        break
            if anchor is None:
                return []
            out.append(anchor)
            for _ in range(nneg):
                for _ in range(10):
                    c = list(anchor.core)
                    while c == anchor.core:
                        rng.shuffle(c)
                    if rng.random() < 0.25:
                        i = rng.randrange(len(c))
                        c[i] = (typo(rng, c[i][0]), c[i][1])
                    legal = (anchor.pre, anchor.post) if rng.random() < 0.5 else None
                    p = w.company(self.pid(), tag, cc, core=c, legal=legal)
                    if p is not None:
                        out.append(p)
                        break
        elif kind in ("word_swap", "family_trade", "parent_sub"):
            style = "family" if kind == "family_trade" else ""
            anchor = None
            for _ in range(40):
                anchor_core = w.draw_core(cc, style)
                if kind == "parent_sub":
                    anchor_core = [x for x in anchor_core if x[1] not in ("t", "x")] or anchor_core[:1]
                    if lang in ("nl", "be", "sr") and rng.random() < 0.5:
                        hold = {"NL": "Holding B.V.", "BE": "NV"}.get(cc, "Holding N.V.")
                        anchor = self.plain(cc, core=anchor_core, legal=("", hold), size="large")
                    else:
                        anchor = self.plain(cc, core=anchor_core + [(GROUP_WORDS[lang], "g")], size="large")
                else:
                    anchor = self.plain(cc, core=anchor_core, style=style)
                if anchor is not None:
                    break
            if anchor is None:
                return []
            out.append(anchor)
            used = [t for t, _ in anchor.core]
            for _ in range(nneg):
                for _ in range(10):
                    c = list(anchor.core)
                    if kind == "parent_sub":
                        c = [x for x in c if x[1] not in ("t", "g")] + [
                            (self.trade_stock(lang).pick_not(rng, used), "t")
                        ]
                        shared = rng.random() < 0.5 and not anchor.public_mailbox
                        dom = anchor.domain if shared else ""
                        gen = f"{slug(c[-1][0])}@{dom}" if shared else ""
                        p = w.company(
                            self.pid(),
                            tag,
                            cc,
                            core=c,
                            domain=dom,
                            generic=gen,
                            public=False if shared else None,
                            size=rng.choice(("small", "medium")),
                        )
                    else:
                        idx = [i for i, (_, r) in enumerate(c) if r in ("w", "t", "b")]
                        if kind == "family_trade":
                            idx = [i for i, (_, r) in enumerate(c) if r in ("t", "x")] or idx
                        if not idx:
                            c.append((self.trade_stock(lang).pick(rng), "t"))
                        else:
                            i = rng.choice(idx)
                            role = c[i][1] if c[i][1] != "x" else "t"
                            stock = SWAP_STOCK.get(role) or self.trade_stock(lang)
                            c[i] = (stock.pick_not(rng, used), role)
                            if kind == "family_trade" and rng.random() < 0.5:
                                c.reverse()
                        legal = (anchor.pre, anchor.post) if rng.random() < 0.6 else None
                        p = w.company(self.pid(), tag, cc, core=c, legal=legal)
                    if p is not None:
                        used.extend(t for t, _ in p.core)
                        out.append(p)
                        break
        elif kind == "one_letter":
            pairs = ONE_LETTER["nl" if LK[lang] == "be" else LK[lang]]
            a, b = rng.choice(pairs)
            if rng.random() < 0.5:
                a, b = b, a
            anchor = None
            for _ in range(40):
                if LK[lang] == "id":
                    core = w.draw_core(cc, "words")
                    core = [x for x in core if x[1] == "w" and x[0] not in (a, b)][:1] + [(a, "w")]
                    core += [x for x in w.draw_core(cc, "words") if x[1] == "t"]
                    if rng.random() < 0.5 and len(core) == 2:
                        core = core[::-1]
                else:
                    trade = self.trade_stock(lang).pick(rng)
                    core = [(trade, "t"), (a, "f")] if trade in NL_PREFIX_TRADES else [(a, "f"), (trade, "t")]
                c = [(b if t == a else t, r) for t, r in core]
                if name_key(render_name("", c, "")) in w.names:
                    continue
                anchor = w.company(self.pid(), "base", cc, core=core)
                if anchor is not None:
                    break
            if anchor is None:
                return []
            out.append(anchor)
            c = [(b if t == a else t, r) for t, r in core]
            add(
                w.company(
                    self.pid(),
                    tag,
                    cc,
                    core=c,
                    legal=(anchor.pre, anchor.post) if rng.random() < 0.7 else None,
                )
            )
        elif kind == "branch":
            chain = CHAIN_BRANDS[LK[lang]]
            cities: list[str] = []
            for _ in range(30):
                brand = [(rng.choice(chain), "b")] if rng.random() < 0.3 else w.draw_core(cc)
                city = CITY_STOCK[cc].pick(rng)
                anchor = w.company(
                    self.pid(), "base", cc, core=brand + [(city, "c")], city=city, public=False
                )
                if anchor is not None:
                    break
            else:
                return []
            out.append(anchor)
            cities.append(anchor.city)
            for _ in range(nneg):
                city = rng.choice([c for c, *_ in CITIES[cc] if c not in cities])
                cities.append(city)
                add(
                    w.company(
                        self.pid(),
                        tag,
                        cc,
                        core=brand + [(city, "c")],
                        city=city,
                        domain=anchor.domain,
                        legal=(anchor.pre, anchor.post),
                        generic=f"{slug(city)}@{anchor.domain}",
                        public=False,
                        size=anchor.size,
                    )
                )
        elif kind == "same_name":
            shop = rng.choice(SHOP_NAMES[LK[lang]])
            cities = []
            for i in range(nneg + 1):
                city = rng.choice([c for c, *_ in CITIES[cc] if c not in cities])
                cities.append(city)
                add(
                    w.company(
                        self.pid(),
                        tag if i else "base",
                        cc,
                        core=[(shop, "s")],
                        legal=("", ""),
                        city=city,
                        shared_name=True,
                        public=True,
                        size="small",
                    )
                )
        elif kind == "owner_private":
            anchor = self.plain(cc, size=rng.choice(("small", "small", "medium")))
            if anchor is None:
                return []
            out.append(anchor)
            out.append(w.private(self.pid(), tag, cc, person0=anchor.persons[0]))
        elif kind == "switchboard":
            anchor = self.plain(cc, need_phone=True)
            if anchor is None:
                return []
            out.append(anchor)
            for _ in range(nneg):
                add(self.plain(cc, tag, phone=anchor.phone, city=anchor.city))
        elif kind == "same_contact":
            if rng.random() < 0.3:
                anchor = w.private(self.pid(), "base", cc, common=True)
            else:
                anchor = self.plain(cc, common=True)
            if anchor is None:
                return []
            out.append(anchor)
            for _ in range(nneg):
                if rng.random() < 0.25:
                    out.append(w.private(self.pid(), tag, cc, person0=anchor.persons[0]))
                else:
                    add(self.plain(cc, tag, person0=anchor.persons[0]))
        elif kind == "cross_border":
            cc2 = CROSS_BORDER[cc]
            anchor = self.plain(cc)
            if anchor is None:
                return []
            out.append(anchor)
            for _ in range(5):
                p = w.company(self.pid(), tag, cc2, core=anchor.core, shared_core=True)
                if p is not None:
                    out.append(p)
                    break
        return out if len(out) > 1 else []


# ---------------------------------------------------------------------------------------------------------
# Noise primitives
# ---------------------------------------------------------------------------------------------------------

KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOUR_KEYS: dict[str, str] = {}
for _r, _row in enumerate(KEY_ROWS):
    for _i, _ch in enumerate(_row):
        near = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
        NEIGHBOUR_KEYS[_ch] = near


def typo(rng: Random, s: str) -> str:
    pos = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(pos) < 3:
        return s + s[-1:] if s else s
    for _ in range(10):
        i = rng.choice(pos[1:])
        op = rng.random()
        if op < 0.3:
            out = s[:i] + s[i + 1 :]
        elif op < 0.5:
            out = s[:i] + s[i] + s[i:]
        elif op < 0.75 and i + 1 < len(s) and s[i + 1].isalpha():
            out = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        else:
            near = NEIGHBOUR_KEYS.get(s[i].lower(), "")
            if not near:
                continue
            c = rng.choice(near)
            out = s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1 :]
        if out != s:
            return out
    return s[:-1] if len(s) > 3 else s


def old_spelling(rng: Random, s: str) -> str:
    """Pre-1972 Indonesian spelling, applied partially (real names mix both)."""
    rules = {"c": "tj", "j": "dj", "y": "j", "u": "oe"}
    on = {k: rng.random() < 0.7 for k in ("c", "j", "y", "u")}
    out = []
    for ch in s:
        low = ch.lower()
        if low in rules and on[low]:
            rep = rules[low]
            out.append(rep.capitalize() if ch.isupper() else rep)
        else:
            out.append(ch)
    return "".join(out)


LEGAL_DOTTED = {
    "PT": "P.T.",
    "CV": "C.V.",
    "UD": "U.D.",
    "B.V.": "BV",
    "BV": "B.V.",
    "N.V.": "NV",
    "NV": "N.V.",
    "V.O.F.": "VOF",
    "C.V.": "CV",
    "Pte Ltd": "Pte. Ltd.",
    "Pte. Ltd.": "Pte Ltd",
    "Sdn Bhd": "Sdn. Bhd.",
    "Sdn. Bhd.": "Sdn Bhd",
    "Ltd": "Ltd.",
    "Pty Ltd": "Pty. Ltd.",
    "(Pty) Ltd": "(Pty) Ltd.",
    "Inc.": "Inc",
    "Corp.": "Corp",
    "Holding B.V.": "Holding BV",
    "BVBA": "B.V.B.A.",
    "CommV": "Comm.V.",
    "VZW": "vzw",
    "e.K.": "eK",
    "GmbH & Co. KG": "GmbH & Co KG",
    "Tbk": "Tbk.",
    "Holding N.V.": "Holding NV",
}
LEGAL_SPELLED = {
    "PT": "Perseroan Terbatas",
    "CV": "Commanditaire Vennootschap",
    "UD": "Usaha Dagang",
    "B.V.": "Besloten Vennootschap",
    "BV": "Besloten Vennootschap",
    "N.V.": "Naamloze Vennootschap",
    "NV": "Naamloze Vennootschap",
    "V.O.F.": "Vennootschap onder firma",
    "BVBA": "Besloten Vennootschap met Beperkte Aansprakelijkheid",
    "VZW": "Vereniging zonder winstoogmerk",
    "Ltd": "Limited",
    "Limited": "Ltd",
    "Pty Ltd": "Proprietary Limited",
    "Pte Ltd": "Private Limited",
    "Sdn Bhd": "Sendirian Berhad",
    "Inc.": "Incorporated",
    "Corp.": "Corporation",
    "Corporation": "Corp.",
    "GmbH": "Gesellschaft mbH",
    "PLC": "Public Limited Company",
    "Tbk": "Terbuka",
}
ABBREV = {
    "Installatiebedrijf": "Install.bedr.",
    "Administratiekantoor": "Adm.kantoor",
    "Elektrotechniek": "Elektrotechn.",
    "Schildersbedrijf": "Schildersbedr.",
    "Loodgietersbedrijf": "Loodgietersbedr.",
    "Timmerbedrijf": "Timmerbedr.",
    "Autobedrijf": "Autobedr.",
    "Engineering": "Eng.",
    "Technologies": "Tech",
    "Services": "Svcs",
    "Construction": "Constr.",
    "Logistics": "Log.",
    "Consulting": "Cons.",
    "Trading": "Trdg",
    "Indonesia": "Indo",
    "Konstruksi": "Konst.",
    "Elektrik": "Elek.",
    "Elektriciteitswerken": "Elektr.werken",
    "Boekhoudkantoor": "Boekh.kantoor",
    "Bouwonderneming": "Bouwond.",
    "Makelaardij": "Mak.",
    "Van den": "v.d.",
    "Van der": "v.d.",
    "Van de": "v.d.",
    "Accountants": "Acc.",
    "Klimaattechniek": "Klimaattechn.",
}
SPLITS = (
    "bedrijf",
    "techniek",
    "kantoor",
    "werken",
    "voorziening",
    "onderneming",
    "werkerij",
    "bouw",
    "handel",
)
TITLES = {
    "id": (["Bpk.", "Bapak", "Pak", "Bp."], ["Ibu", "Bu", "Ibu"], ["Ir.", "Drs.", "Dr."]),
    "my": (["Mr", "Encik", "Dato'"], ["Ms", "Puan", "Mdm"], ["Dr.", "Ir."]),
    "nl": (["Dhr.", "de heer", "Dhr"], ["Mevr.", "mevrouw", "Mw."], ["Ir.", "Drs.", "Mr.", "Ing."]),
    "be": (["Dhr.", "Mr."], ["Mevr.", "Mw."], ["Ir.", "Ing.", "Dr."]),
    "sr": (["Dhr.", "Mr."], ["Mevr."], ["Drs.", "Ir."]),
    "de": (["Herr"], ["Frau"], ["Dr.", "Dipl.-Ing."]),
    "en": (["Mr", "Mr."], ["Mrs", "Ms", "Ms."], ["Dr", "Dr."]),
}
ID_SUFFIX_TITLES = ["S.E.", "S.T.", "S.H.", "M.M.", "S.Kom"]
PLACEHOLDER_COMPANY = {
    "id": ["Pribadi", "-", "Perorangan"],
    "nl": ["Particulier", "n.v.t.", "-", "prive"],
    "be": ["Particulier", "/", "-"],
    "en": ["Private", "N/A", "-", "Individual"],
    "de": ["Privat", "-"],
}
EMAIL_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gmail.con"],
    "hotmail.com": ["hotmail.con", "hotmial.com", "hotmai.com"],
    "yahoo.co.id": ["yahoo.co.di", "yaho.co.id", "yahoo.com.id"],
    "yahoo.com": ["yahooo.com", "yaho.com"],
    "outlook.com": ["outlok.com", "outlook.co"],
    "ziggo.nl": ["zigo.nl", "ziggo.com"],
    "telenet.be": ["telent.be", "telenet.nl"],
    "kpnmail.nl": ["kpnmial.nl", "kpn.nl"],
}
PHONE_LABELS = {
    "id": ["Telp. ", "Telp: ", "HP: ", "HP ", "WA: ", "WA ", "Kantor: ", "Hp/WA "],
    "my": ["Tel: ", "HP: ", "H/P ", "Office: "],
    "nl": ["Tel: ", "Tel. ", "T: ", "M: ", "mob. ", "Telefoon: "],
    "be": ["Tel: ", "T ", "GSM: ", "gsm ", "M: "],
    "sr": ["Tel: ", "Tel. ", "Mob: "],
    "de": ["Tel.: ", "Tel: ", "Mobil: ", "Fon "],
    "en": ["Tel: ", "T: ", "M: ", "Mob: ", "Phone: ", "Office: "],
}
EXTENSIONS = {
    "id": [" ext. {}", " ext {}", " psw {}", " (ext {})"],
    "nl": [" toestel {}", " tst. {}", " -{}"],
    "be": [" (toestel {})", " ext. {}"],
    "en": [" ext. {}", " x{}", " ext {}"],
    "de": [" -{}", " DW {}"],
}

PRODUCTS = {
    "id": [
        "panel surya",
        "genset",
        "forklift",
        "kemasan karton",
        "software akuntansi",
        "AC split",
        "pompa air",
        "CCTV",
        "mesin fotokopi",
        "seragam kerja",
    ],
    "nl": [
        "zonnepanelen",
        "warmtepomp",
        "heftruck",
        "verpakkingsmateriaal",
        "boekhoudsoftware",
        "laadpaal",
        "airco",
        "bedrijfskleding",
        "kantoormeubilair",
    ],
    "en": [
        "solar panels",
        "heat pump",
        "forklift",
        "packaging",
        "accounting software",
        "EV charger",
        "air conditioning",
        "workwear",
        "office furniture",
    ],
    "de": ["Solaranlage", "Wärmepumpe", "Gabelstapler", "Verpackung", "Buchhaltungssoftware"],
}
INQUIRIES = {
    "id": [
        "Permintaan penawaran {p}",
        "Tanya harga {p}",
        "Info {p}",
        "Mohon info harga {p}",
        "Kebutuhan {p} untuk proyek",
        "Penawaran {p}",
        "Minta katalog {p}",
        "Butuh {p} segera",
        "Mohon dihubungi",
        "Request quotation {p}",
    ],
    "nl": [
        "Offerteaanvraag {p}",
        "Vraag over {p}",
        "Interesse in {p}",
        "Prijsopgave {p}",
        "Graag offerte voor {p}",
        "Terugbelverzoek",
        "Informatie {p}",
        "Demo aanvraag",
        "Offerte {p}",
    ],
    "en": [
        "Quote request: {p}",
        "Enquiry about {p}",
        "Pricing for {p}",
        "Request for quotation - {p}",
        "Call back request",
        "Information on {p}",
        "Demo request",
        "Interested in {p}",
    ],
    "de": ["Angebotsanfrage {p}", "Anfrage {p}", "Rückrufbitte", "Preisanfrage {p}"],
}
FAIRS = {
    "id": ["Indo Build Tech", "Manufacturing Indonesia", "Pameran Jakarta Fair", "Indonesia Energy Expo"],
    "nl": ["Vakbeurs Energie", "Bouwbeurs", "Logistica", "Duurzaam Ondernemen Beurs"],
    "en": ["Trade Expo", "Build Expo", "Energy Show", "Packaging Expo"],
    "de": ["Hannover Messe", "BAU München"],
}
CHANNELS = {
    "id": [
        ("web", 20),
        ("email", 12),
        ("call", 12),
        ("whatsapp", 35),
        ("fair", 6),
        ("import", 8),
        ("linkedin", 2),
        ("chat", 5),
    ],
    "nl": [
        ("web", 35),
        ("email", 25),
        ("call", 15),
        ("whatsapp", 5),
        ("fair", 8),
        ("import", 6),
        ("linkedin", 4),
        ("chat", 2),
    ],
    "en": [
        ("web", 30),
        ("email", 25),
        ("call", 15),
        ("whatsapp", 8),
        ("fair", 6),
        ("import", 6),
        ("linkedin", 7),
        ("chat", 3),
    ],
}
# channel: P(company, contact, email, phone field, mobile field, country)
FILL = {
    "web": (0.85, 1.0, 0.97, 0.85, 0.25, 0.9),
    "email": (0.55, 0.9, 1.0, 0.5, 0.3, 0.5),
    "call": (0.75, 0.85, 0.35, 1.0, 0.2, 0.6),
    "whatsapp": (0.35, 0.75, 0.1, 0.0, 0.0, 0.5),
    "fair": (0.98, 0.98, 0.9, 0.6, 0.6, 0.95),
    "import": (0.95, 0.8, 0.75, 0.7, 0.4, 0.95),
    "linkedin": (0.95, 1.0, 0.85, 0.05, 0.05, 0.8),
    "chat": (0.3, 0.8, 0.9, 0.15, 0.1, 0.3),
}
LEADS_PER_PROSPECT = [
    (1, 50),
    (2, 20),
    (3, 11),
    (4, 7),
    (5, 4),
    (6, 3),
    (7, 2),
    (8, 1.3),
    (9, 0.9),
    (10, 0.8),
]
NOISE_COUNT = [(0, 30), (1, 35), (2, 22), (3, 13)]
TAG_ORDER = [
    "typo_company",
    "case_company",
    "punct_company",
    "space_company",
    "legal_moved",
    "legal_dotted",
    "legal_dropped",
    "legal_spelled",
    "old_spelling",
    "ij_y",
    "abbrev_company",
    "contact_order",
    "contact_initials",
    "contact_title",
    "nickname",
    "typo_contact",
    "colleague",
    "phone_format",
    "phone_two",
    "phone_ext",
    "phone_label",
    "phone_swap",
    "phone_excel",
    "phone_typo",
    "email_case",
    "email_display",
    "email_alt_domain",
    "email_private",
    "email_generic",
    "email_typo",
    "country_wrong",
]
MISSING_ORDER = ["no_company", "no_contact", "no_email", "no_phone", "no_country"]

OP_POOL = [
    ("typo_company", 8, "c"),
    ("case_company", 7, "c"),
    ("punct_company", 5, "c"),
    ("space_company", 4, "c"),
    ("legal_moved", 3, "l"),
    ("legal_dotted", 4, "l"),
    ("legal_dropped", 6, "l"),
    ("legal_spelled", 2, "l"),
    ("old_spelling", 5, "o"),
    ("ij_y", 4, "y"),
    ("abbrev_company", 3, "c"),
    ("contact_order", 4, ""),
    ("contact_initials", 4, ""),
    ("contact_title", 5, ""),
    ("nickname", 3, ""),
    ("typo_contact", 5, ""),
    ("phone_format", 8, ""),
    ("phone_two", 2, ""),
    ("phone_ext", 2, ""),
    ("phone_label", 3, ""),
    ("phone_swap", 3, ""),
    ("phone_excel", 2, ""),
    ("phone_typo", 1, ""),
    ("email_case", 4, ""),
    ("email_display", 3, ""),
    ("email_alt_domain", 2, "a"),
    ("email_private", 3, "c"),
    ("email_generic", 2, "g"),
    ("email_typo", 2, ""),
    ("country_wrong", 2, ""),
]


def inquiry_lang(rng: Random, lang: str) -> str:
    if lang == "my":
        return "id" if rng.random() < 0.5 else "en"
    return {"id": "id", "nl": "nl", "be": "nl", "sr": "nl", "de": "de"}.get(lang, "en")


class LeadMaker:
    def __init__(self, rng: Random, world: World) -> None:
        self.rng = rng
        self.world = world

    def leads(self, p: Prospect, k: int) -> list[tuple]:
        base_style = self.rng.choices(STYLE_NAMES, weights=style_weights(p.cc))[0]
        return [self.lead(p, i, base_style) for i in range(k)]

    def pick_ops(self, p: Prospect, n: int) -> list[str]:
        rng = self.rng
        legal = bool(p.pre or p.post)
        pool = []
        for op, wgt, need in OP_POOL:
            if need in ("c", "l", "o", "y") and p.private:
                continue
            if (need == "l" and not legal) or (need == "o" and p.lang not in ("id", "my")):
                continue
            if need == "y" and p.lang not in ("nl", "be"):
                continue
            if (need == "a" and not p.alt_domain) or (need == "g" and not p.generic):
                continue
            pool.append((op, wgt))
        out: list[str] = []
        for _ in range(n):
            if not pool:
                break
            op = wpick(rng, pool)
            out.append(op)
            pool = [x for x in pool if x[0] != op]
        return out

    # -- fields -----------------------------------------------------------------------------------------
    def company_text(self, p: Prospect, ops: list[str], tags: list[str], channel: str, later: bool) -> str:  # noqa: C901
        rng = self.rng
        pre, post = p.pre, p.post
        toks = [[t, r] for t, r in p.core]
        got: list[str] = []
        if "old_spelling" in ops:
            cand = [
                x for x in toks if x[1] in ("w", "f", "t", "b") and any(ch in x[0].lower() for ch in "cjyu")
            ]
            if cand:
                for x in rng.sample(cand, min(len(cand), rng.choice((1, 2)))):
                    x[0] = old_spelling(rng, x[0])
                got.append("old_spelling")
        if "ij_y" in ops and any("ij" in x[0] for x in toks):
            for x in toks:
                x[0] = x[0].replace("ij", "y").replace("IJ", "Y")
            got.append("ij_y")
        if "abbrev_company" in ops:
            words = [x for x in toks if x[1] == "w"]
            if len(words) >= 3 and rng.random() < 0.4:
                acro = "".join(x[0][0] for x in words).upper()
                toks = [[acro, "w"]] + [x for x in toks if x[1] != "w"]
                got.append("abbrev_company")
            else:
                for x in toks:
                    for long, short in ABBREV.items():
                        if x[0] == long or x[0].startswith(long + " "):
                            x[0] = short + x[0][len(long) :]
                            got.append("abbrev_company")
                            break
                    if got and got[-1] == "abbrev_company":
                        break
        if "legal_dropped" in ops and (pre or post):
            pre = post = ""
            got.append("legal_dropped")
        else:
            if "legal_spelled" in ops:
                if pre in LEGAL_SPELLED:
                    pre = LEGAL_SPELLED[pre]
                    got.append("legal_spelled")
                elif post in LEGAL_SPELLED:
                    post = LEGAL_SPELLED[post]
                    got.append("legal_spelled")
            if "legal_dotted" in ops and (pre in LEGAL_DOTTED or post in LEGAL_DOTTED):
                pre, post = LEGAL_DOTTED.get(pre, pre), LEGAL_DOTTED.get(post, post)
                got.append("legal_dotted")
            if "legal_moved" in ops and (pre or post):
                if pre:
                    pre, post = "", (", " if rng.random() < 0.6 else "") + pre + (" " + post if post else "")
                else:
                    pre, post = post, ""
                got.append("legal_moved")
        if "space_company" in ops:
            done = False
            for x in toks:
                low = x[0].lower()
                for suf in SPLITS:
                    if low.endswith(suf) and len(low) > len(suf) + 3:
                        cut = len(x[0]) - len(suf)
                        x[0] = x[0][:cut] + rng.choice((" ", "-")) + x[0][cut:]
                        done = True
                        break
                if done:
                    break
                if " " in x[0] and x[1] == "f":
                    x[0] = x[0].replace(" ", "")
                    done = True
                    break
            if not done and len(toks) >= 2:
                i = rng.randrange(len(toks) - 1)
                if " " not in toks[i][0] + toks[i + 1][0] and toks[i + 1][1] not in ("x", "c"):
                    nxt = toks[i + 1][0]
                    toks[i] = [toks[i][0] + (nxt if rng.random() < 0.5 else nxt.lower()), toks[i][1]]
                    del toks[i + 1]
                    done = True
            if done:
                got.append("space_company")
        core = " ".join(x[0] for x in toks)
        if post.startswith(", "):
            text = " ".join(x for x in (pre, core) if x) + post
        else:
            text = " ".join(x for x in (pre, core, post) if x)
        if "punct_company" in ops:
            opts = []
            if pre in ("PT", "CV", "UD"):
                opts.append(lambda s: s.replace(pre + " ", pre + ". ", 1))
            if post and not post.startswith(","):
                opts.append(
                    lambda s: s[: len(s) - len(post) - 1] + ", " + post if s.endswith(" " + post) else s
                )
            if "&" in text:
                and_word = {"id": "dan", "nl": "en", "be": "en", "de": "und"}.get(p.lang, "and")
                opts.append(lambda s: s.replace("&", and_word))
            if len(toks) >= 2:
                opts.append(
                    lambda s: s.replace(toks[0][0] + " " + toks[1][0], toks[0][0] + "-" + toks[1][0], 1)
                )
            opts.append(lambda s: s + ".")
            new = rng.choice(opts)(text)
            if new != text:
                text = new
                got.append("punct_company")
        if "typo_company" in ops:
            cand = [x[0] for x in toks if len(x[0]) >= 4]
            if cand:
                tok = rng.choice(cand)
                new = text.replace(tok, typo(rng, tok), 1)
                key = name_key(new)
                if key != name_key(text) and self.world.names.get(key, p.pid) == p.pid:
                    text = new
                    got.append("typo_company")
        upper_channel = channel in ("fair", "import") and rng.random() < 0.3
        if "case_company" in ops or (later and upper_channel):
            r = rng.random()
            new = text.upper() if r < 0.55 or upper_channel else text.lower() if r < 0.8 else text.title()
            if new != text:
                text = new
                got.append("case_company")
        elif upper_channel:
            text = text.upper()
        key = name_key(text)
        if self.world.names.get(key, p.pid) != p.pid:  # never another prospect's exact name
            return p.name
        tags.extend(got)
        return text

    def contact_text(self, p: Prospect, per: Person, ops: list[str], tags: list[str], channel: str) -> str:  # noqa: C901
        rng = self.rng
        first, last = per.first, per.last
        got: list[str] = []
        if "nickname" in ops:
            if per.formal != per.first:
                first = per.formal
                got.append("nickname")
            elif first == "Muhammad":
                first = rng.choice(("M.", "Moh.", "Muh."))
                got.append("nickname")
        if "typo_contact" in ops:
            if last and len(last) >= 4:
                last = typo(rng, last)
            else:
                first = typo(rng, first)
            got.append("typo_contact")
        if "ij_y" in ops and "ij" in last:
            last = last.replace("ij", "y")
            got.append("ij_y")
        if "contact_initials" in ops and last:
            ini = per.formal[:1] + "."
            if per.lang == "nl" and rng.random() < 0.4:
                ini += rng.choice("JAMWHPCG") + "."
            first = ini
            got.append("contact_initials")
        if channel in ("chat", "whatsapp") and rng.random() < 0.3 and not got:
            last = ""
        if "contact_order" in ops and last:
            if per.lang in ("nl", "be") and last[:1].islower() and rng.random() < 0.5:
                parts = last.split(" ")
                text = parts[-1] + ", " + first + " " + " ".join(parts[:-1])
            elif per.lang in ("id", "my") and rng.random() < 0.5:
                text = cap(last) + " " + first
            else:
                text = cap(last) + ", " + first
            got.append("contact_order")
        else:
            text = (first + " " + last).strip()
        if "contact_title" in ops:
            male, female, acad = TITLES.get(per.lang, TITLES["en"])
            title = rng.choice(female if per.female else male)
            if rng.random() < 0.2:
                title = title + " " + rng.choice(acad)
            text = title + " " + text
            if per.lang == "id" and rng.random() < 0.15:
                text += ", " + rng.choice(ID_SUFFIX_TITLES)
            got.append("contact_title")
        if channel in ("fair", "import") and rng.random() < 0.2:
            text = text.upper()
        tags.extend(got)
        return text

    def email_text(  # noqa: C901
        self, p: Prospect, per: Person, ops: list[str], tags: list[str], channel: str, contact: str
    ) -> str:
        rng, w = self.rng, self.world
        addr = per.email or p.generic
        got: list[str] = []
        if "email_generic" in ops and p.generic and p.generic != addr:
            addr = p.generic
            got.append("email_generic")
        elif "email_private" in ops and not p.private:
            if not per.private_email:
                per.private_email = w.private_address(per, p.cc, p.pid)
            if per.private_email != addr:
                addr = per.private_email
                got.append("email_private")
        elif "email_alt_domain" in ops and p.alt_domain and addr.endswith("@" + p.domain):
            alt = addr.split("@")[0] + "@" + p.alt_domain
            if w.mailboxes.setdefault(alt, p.pid) == p.pid:
                addr = alt
                got.append("email_alt_domain")
        if "email_typo" in ops:
            local, _, dom = addr.partition("@")
            if dom in EMAIL_TYPOS and rng.random() < 0.6:
                new = local + "@" + rng.choice(EMAIL_TYPOS[dom])
            else:
                new = typo(rng, local) + "@" + dom if len(local) >= 4 else addr
            if new != addr and w.mailboxes.get(new, p.pid) == p.pid:
                addr = new
                got.append("email_typo")
        if "email_case" in ops:
            local, _, dom = addr.partition("@")
            if rng.random() < 0.3:
                new = addr.upper()
            else:
                new = (
                    ".".join(cap(x) for x in local.split("."))
                    + "@"
                    + (cap(dom) if rng.random() < 0.5 else dom)
                )
            if new != addr:
                addr = new
                got.append("email_case")
        display = channel == "email" and rng.random() < 0.7
        if "email_display" in ops:
            display = True
            got.append("email_display")
        if display:
            r = rng.random()
            if "email_display" in got and r < 0.3 and p.name:
                shown = p.name
            elif "email_display" in got and r < 0.6 and per.last:
                shown = '"' + cap(per.last) + ", " + per.first + '"'
            else:
                shown = contact or per.full
            addr = f"{shown} <{addr}>"
        tags.extend(got)
        return addr

    def phone_texts(  # noqa: C901
        self,
        p: Prospect,
        per: Person,
        ops: list[str],
        tags: list[str],
        channel: str,
        want_phone: bool,
        want_mobile: bool,
        base_style: str,
        later: bool,
    ) -> tuple[str, str]:
        rng, w = self.rng, self.world
        line, mob = p.phone, per.mobile
        f_phone: Num | None = None
        f_mobile: Num | None = None
        if channel == "whatsapp":
            num = mob or line
            if rng.random() < 0.7:
                f_mobile = num
            else:
                f_phone = num
        else:
            if want_phone and (line or mob):
                prefer_mob = {"call": 0.6, "web": 0.55, "chat": 0.8}.get(channel, 0.3)
                f_phone = mob if (mob and (rng.random() < prefer_mob or not line)) else line
            if want_mobile and mob and f_phone is not mob:
                f_mobile = mob
        got: list[str] = []
        if "phone_typo" in ops:
            target = f_phone or f_mobile
            if target is not None:
                for _ in range(5):
                    i = len(target.sub) - 1 - rng.randrange(min(4, len(target.sub) - 1))
                    d = str((int(target.sub[i]) + rng.randrange(1, 10)) % 10)
                    new = Num(target.cc, target.area, target.sub[:i] + d + target.sub[i + 1 :], target.mobile)
                    if new.e164 not in w.phones:
                        if f_phone is target:
                            f_phone = new
                        else:
                            f_mobile = new
                        got.append("phone_typo")
                        break
        style = base_style
        if channel == "call" and rng.random() < 0.5:
            style = "intl_compact"
        elif channel == "whatsapp" and rng.random() < 0.7:
            style = rng.choice(("intl_dash", "intl_compact", "intl_space"))
        if "phone_format" in ops:
            style = rng.choices(
                [s for s in STYLE_NAMES if s != base_style],
                weights=[x for s, x in zip(STYLE_NAMES, style_weights(p.cc), strict=True) if s != base_style],
            )[0]
        excel = "phone_excel" in ops and TRUNK.get(p.cc, "0") and not style.startswith("intl")

        def fmt(num: Num | None) -> str:
            if num is None:
                return ""
            if excel:
                return num.area + num.sub
            return format_num(rng, num, style)

        ptxt, mtxt = fmt(f_phone), fmt(f_mobile)
        if later and (ptxt or mtxt) and style != base_style:
            got.append("phone_format")
        if excel and (ptxt or mtxt):
            got.append("phone_excel")
        if "phone_ext" in ops and f_phone is not None and not f_phone.mobile:
            pat = rng.choice(EXTENSIONS.get(LK[p.lang], EXTENSIONS["en"]))
            ptxt += pat.format(rng.randrange(10, 400))
            got.append("phone_ext")
        if "phone_two" in ops and line and mob:
            a, b = (line, mob) if rng.random() < 0.6 else (mob, line)
            sep = rng.choice(
                (
                    " / ",
                    " - ",
                    "; ",
                    ", ",
                    " atau " if p.lang == "id" else " of " if p.lang == "nl" else " or ",
                )
            )
            ptxt = fmt(a) + sep + fmt(b)
            mtxt = ""
            got.append("phone_two")
        label = "phone_label" in ops or (channel == "email" and rng.random() < 0.4)
        if label and ptxt:
            ptxt = rng.choice(PHONE_LABELS.get(p.lang, PHONE_LABELS["en"])) + ptxt
            if later:
                got.append("phone_label")
        if "phone_swap" in ops and (ptxt or mtxt):
            ptxt, mtxt = mtxt, ptxt
            got.append("phone_swap")
        tags.extend(got)
        return ptxt, mtxt

    def title(self, p: Prospect, channel: str, company: str, contact: str, phone: str) -> str:
        rng = self.rng
        il = inquiry_lang(rng, p.lang)
        inq = rng.choice(INQUIRIES[il]).format(p=rng.choice(PRODUCTS[il]))
        who = company or contact or phone or inq
        if channel == "email":
            return rng.choice(("", "", "", "Re: ", "RE: ", "Fwd: ")) + inq
        if channel == "call":
            return {"id": "Telepon dari {}", "nl": "Telefoongesprek {}", "de": "Anruf {}"}.get(
                il, "Phone call {}"
            ).format(who)
        if channel == "whatsapp":
            return "WhatsApp " + (contact or phone or who) if rng.random() < 0.5 else "WA - " + inq
        if channel == "fair":
            return f"{rng.choice(FAIRS[il])} {rng.choice((2023, 2024, 2025))} - {who}"
        if channel == "import":
            return company or contact or inq
        if channel == "linkedin":
            return "LinkedIn: " + inq
        if channel == "chat":
            return "Chat: " + inq
        return company if (company and rng.random() < 0.15) else inq

    # -- one lead ---------------------------------------------------------------------------------------
    def lead(self, p: Prospect, i: int, base_style: str) -> tuple:
        rng = self.rng
        later = i > 0
        channel = wpick(
            rng, CHANNELS[{"id": "id", "my": "id", "nl": "nl", "be": "nl", "sr": "nl"}.get(p.lang, "en")]
        )
        tags: list[str] = []
        per = p.persons[0]
        if later and len(p.persons) > 1 and rng.random() < 0.2:
            per = rng.choice(p.persons[1:])
            tags.append("colleague")
        ops = self.pick_ops(p, wpick(rng, NOISE_COUNT)) if later else []
        fc, fcontact, femail, fphone, fmobile, fcountry = FILL[channel]
        drop = 0.06 if later else 0.0
        has = {
            "company": not p.private and rng.random() < fc and rng.random() >= drop,
            "contact": rng.random() < fcontact and rng.random() >= drop,
            "email": bool(per.email or p.generic) and rng.random() < femail and rng.random() >= drop,
            "phone": rng.random() < fphone,
            "mobile": rng.random() < fmobile,
            "country": rng.random() < fcountry and rng.random() >= drop,
        }
        if channel == "whatsapp":
            has["phone"] = has["mobile"] = True
        if later and rng.random() < drop:
            has["phone"] = has["mobile"] = False
        nums = bool(p.phone or per.mobile)

        def idents() -> int:
            return sum(
                (has["company"], has["contact"], has["email"], nums and (has["phone"] or has["mobile"]))
            )

        need = 2 if (later and rng.random() < 0.93) or (not later and rng.random() < 0.8) else 1
        order = ["email", "phone", "contact", "company"]
        rng.shuffle(order)
        for f in order:
            if idents() >= need:
                break
            if f == "company" and p.private:
                continue
            has[f] = True
        if channel == "whatsapp":
            has["phone"] = has["mobile"] = nums and (has["phone"] or has["mobile"])
        company = self.company_text(p, ops, tags, channel, later) if has["company"] else ""
        if p.private and rng.random() < 0.04:
            company = rng.choice(PLACEHOLDER_COMPANY.get(LK[p.lang], PLACEHOLDER_COMPANY["en"]))
        contact = self.contact_text(p, per, ops, tags, channel) if has["contact"] else ""
        email = self.email_text(p, per, ops, tags, channel, contact) if has["email"] else ""
        phone, mobile = self.phone_texts(
            p, per, ops, tags, channel, has["phone"], has["mobile"], base_style, later
        )
        country = p.cc if has["country"] else ""
        if country and "country_wrong" in ops:
            country = rng.choice(NEIGHBOURS[p.cc])
            tags.append("country_wrong")
        name = self.title(p, channel, company, contact, phone or mobile)
        missing = []
        if not p.private and not company:
            missing.append("no_company")
        if not contact:
            missing.append("no_contact")
        if not email:
            missing.append("no_email")
        if not phone and not mobile:
            missing.append("no_phone")
        if not country:
            missing.append("no_country")
        noise = [t for t in TAG_ORDER if t in tags]
        head = [p.tag] if not later else (noise or ["clean"])
        variant = ";".join(head + missing + ["via_" + channel])
        return (p.pid, variant, name, company, contact, email, phone, mobile, country)


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------

COLUMNS = [
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
]


def generate(count: int, seed: int) -> tuple[list[list], dict]:
    rng = Random(seed)
    clusters = Clusters(rng)
    maker = LeadMaker(rng, clusters.world)
    leads: list[tuple] = []
    first: dict[str, int] = {}
    prospects = pairs = 0
    while len(leads) < count:
        for p in clusters.draw():
            k = min(wpick(rng, LEADS_PER_PROSPECT), count - len(leads))
            if k <= 0:
                break
            leads.extend(maker.leads(p, k))
            prospects += 1
            pairs += k * (k - 1) // 2
            first[p.tag] = first.get(p.tag, 0) + 1
    rng.shuffle(leads)
    ids = list(range(1, prospects + 1))
    rng.shuffle(ids)
    mapping: dict[int, int] = {}
    rows = []
    for n, lead in enumerate(leads, 1):
        pid = mapping.get(lead[0])
        if pid is None:
            pid = mapping[lead[0]] = ids[len(mapping)]
        rows.append([n, pid, *lead[1:]])
    negs = sum(v for k, v in first.items() if k.startswith("neg_"))
    stats = {
        "leads": len(rows),
        "prospects": prospects,
        "hard_negatives": negs,
        "pairs": pairs,
        "first": dict(sorted(first.items())),
    }
    return rows, stats


def write(rows: list[list], out: str) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        if out.endswith(".jsonl"):
            fh.writelines(
                json.dumps(dict(zip(COLUMNS, r, strict=True)), ensure_ascii=False) + "\n" for r in rows
            )
        else:
            wr = csv.writer(fh, lineterminator="\n")
            wr.writerow(COLUMNS)
            wr.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Blind synthetic CRM leads with ground truth.")
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows, st = generate(args.count, args.seed)
    write(rows, args.out)
    kinds = " ".join(f"{k}={v}" for k, v in st["first"].items())
    print(
        f"leads={st['leads']} prospects={st['prospects']} hard_negatives={st['hard_negatives']} "
        f"same_prospect_pairs={st['pairs']} first_leads: {kinds} ({time.perf_counter() - t0:.1f}s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
