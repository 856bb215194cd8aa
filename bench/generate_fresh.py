"""Independent generator of benchmark leads for the "Similar Leads" duplicate detection.

Written without knowledge of the matcher, so that it can judge it honestly; Python 3.11 standard library.

Usage::

    python3 bench/generate_fresh.py --count 20000 --seed 42 --out /tmp/fresh/leads.csv [--stats]

Writes exactly ``--count`` leads as CSV (UTF-8, header row, newline line ends), or as JSON lines when
``--out`` ends in ``.jsonl``, with the columns ``row, prospect_id, variant, name, partner_name,
contact_name, email_from, phone, mobile, country_code``:

* ``row``: 1..N after a shuffle of all leads. ``prospect_id``: the ground truth, a shuffled numbering;
  same id <=> same prospect, the customer a salesperson wants as ONE opportunity.
* ``variant``: ``;``-separated tags. The first lead of a prospect starts with ``base`` (an ordinary
  prospect, or the anchor of a look-alike cluster) or ``neg_<kind>`` (a hard negative, below). A later
  lead starts with the noise tags applied (in the order listed below) or ``clean``. Then come the
  missing-field tags ``no_company``, ``no_contact``, ``no_email``, ``no_phone`` (neither phone nor
  mobile), ``no_country`` -- only for a value the prospect has (a private buyer has no company and gets
  no ``no_company``) -- and last ``via_<channel>``. First leads carry no noise, except the typo of a
  fifth of the ``neg_word_order`` leads (``co_typo``).
* ``name``: the lead's title, an inquiry subject without identity ("Offerteaanvraag heftruck",
  "Permintaan penawaran rak gudang", "Callback request"). ``partner_name``, ``contact_name``,
  ``email_from`` (may be ``Name <address>``), ``phone``, ``mobile``: as typed. ``country_code``: ISO
  3166 code or empty.

One ``random.Random(seed)`` drives everything and no set or hash order is iterated: the same seed and
count give byte-identical output. 200,000 leads take about 20 s. ``--stats`` prints the shares below.

The world
---------
A seller of warehouse equipment (forklifts, racking, pallets, scales, WMS software) working in Indonesia
and the Netherlands/Flanders. Prospects by country: ID 45 %, NL 25 %, BE 12 %, GB 5 %, MY 4 %, SG 4 %,
DE 3 %, US 2 %. Word stocks are drawn with Zipf weights, so a few words dominate (Jaya, Abadi, Makmur;
De Jong, Jansen, De Vries).

* Contacts follow the country: Javanese, Batak, Chinese-Indonesian and single names in ID (some in old
  spelling: Soeharto, Widjaja); Dutch names with lower-case particles (Jan de Vries), Flemish ones with
  capitals (Jan De Smet); Chinese family-first, Malay bin/binti and Indian names in SG/MY; some expats.
* Companies: ID "PT/CV/UD/Tbk" + 2-4 words of a small stock (+ a sector word: Teknik, Logistik,
  Indonesia), shops (Toko Bangunan Sinar Jaya), family firms (CV Halim Jaya); NL/BE a trade and a family
  name (Bakkerij Peters, Peters Techniek, Gebr. Maas, Peters & Visser), a region and a trade (Brabant
  Logistiek) or an invented brand (Vectra Solutions); GB/US/SG/MY "Summit Logistics Ltd", "Hock Seng
  Hardware Pte Ltd", "Maju Jaya Sdn Bhd"; DE "Müller Maschinenbau GmbH". Legal forms by country (PT, CV,
  UD, Tbk, B.V., V.O.F., N.V., BV, BVBA, NV, CommV, Ltd, plc, LLP, Inc., LLC, Pte Ltd, Sdn Bhd, GmbH,
  GmbH & Co. KG, AG, e.K.) or none. A name already taken is redrawn, then extended by a word.
* Mail: a company domain from the name (abadijaya.co.id, peters-techniek.nl, ptsinarjaya.com, acronyms),
  22 % with a second domain (.com beside .co.id); small firms (45 % of CV, 70 % of UD, 25 % of V.O.F.)
  use a public mailbox as company address (cv.abadijaya@yahoo.co.id). Every person has a private mailbox
  at a provider of the country (gmail.com, yahoo.co.id, hotmail.com, outlook.com, ziggo.nl, kpnmail.nl,
  telenet.be, skynet.be, btinternet.com, gmx.de ...) and, at a company domain, a work mailbox in the
  company's pattern (budi@, jan.devries@, j.devries@, jdevries@).
* Phones follow the numbering plans: ID mobiles 08xx (Telkomsel, Indosat, XL, Tri, Smartfren, Axis
  prefixes) and city codes (021 Jakarta, 031 Surabaya, 0274 Yogyakarta ...); NL 06, 0xx/0xxx and 088;
  BE 04xx and 0x/0xx; GB 07xxx, 020, 01xx; MY 01x, 03; SG 6/8/9; DE 015x-017x; US area codes. Typed in
  the country's ways: 0812-3456-7890, +62 812-3456-7890, 6281234567890, (021) 5551234, 06-12345678,
  +31 (0)6 12345678, 0475/12.34.56, 0031 20 ..., or with the leading zero eaten by a spreadsheet.
  Most companies have a landline, every person a mobile.
* Channels: web form, email (``Name <addr>``), call, WhatsApp (mobile only, 62812... style), trade fair
  (business card), import (lists), LinkedIn, referral; ID leads come much more by WhatsApp. Each
  channel leaves fields empty at its own rates and places landline and mobile its own way; every lead
  keeps a name (company or contact) and a way to reach (email or phone).
* Leads per prospect: 1 (62 %), 2 (18 %), 3 (8 %), 4 (4.5 %), 5 (2.7 %), 6-10 (4.8 %); chains 2-10.
  At 200,000 leads: 103,904 prospects, 236,121 true pairs.

Noise of later leads
--------------------
0-3 noise kinds per later lead (28/38/22/12 %), drawn by weight among those that apply; a lead written
by someone else than the first contact counts as one. Share of later leads at 200,000 leads in [ ]:

* who writes: ``colleague`` [13.5 %] another person of the company (own mailbox, own mobile, the
  company's landline); ``branch_central`` [2.3 %] a branch of a centrally buying chain (see DECISIONS);
  ``direct`` [1.2 %] / ``agent`` [0.3 %] after a first lead written by a reseller or freelancer: the
  client's own contact, or the agent again.
* company: ``co_abbrev`` [1.2] Gebr./Gebroeders, Inst.bedrijf, v.d. Meer, Int'l, acronym (PT SJA);
  ``co_old_spelling`` [1.8] Jaya/Djaja, Cahaya/Tjahaja, Utama/Oetama, both ways; ``co_ij_y`` [0.5]
  Bakkerij/Bakkery, Meijer/Meyer; ``co_diacritics`` Müller/Mueller/Muller; ``co_typo`` [6.2] a letter
  dropped, doubled, swapped or hit next to it; ``co_spacing`` [4.0] AbadiJaya, Installatie bedrijf,
  DeVries, double space; ``co_punct`` [4.7] CV., Abadi-Jaya, "Jaya, PT", V O F, & for en/dan/and;
  ``co_legal`` [5.7] legal form moved, dotted, undotted, dropped, spelled out, BVBA for BV; ``co_case``
  [4.7].
* contact: ``ct_nickname`` [1.6] Johannes/Jan/Hans, Agustinus/Agus, Muhammad/M., Robert/Bob,
  Fitri/Fitria; ``ct_old_spelling`` [1.2] Soeharto/Suharto; ``ct_ij_y`` [0.1]; ``ct_typo`` [6.2];
  ``ct_initials`` [5.7] J.H. de Vries, B. Santoso; ``ct_first_only`` [3.3] Budi; ``ct_order`` [5.4]
  "Santoso, Budi", "Vries, Jan de", "SANTOSO Budi", "Wei Ming Tan"; ``ct_title`` [7.3] Bpk., Ibu, Pak,
  H., Dhr., Mevr., Ir., Mr., Herr, ", S.E."; ``ct_case`` [3.8].
* email: ``em_private`` [3.8] the contact's private mailbox; ``em_generic`` [3.6] info@, sales@,
  verkoop@ ... or the company's public mailbox; ``em_second_domain`` [0.7]; ``em_typo`` [2.9] gmial.com,
  hotmial.com, yahoo.co.od, a slip in the company domain or in the mailbox name; ``em_case`` [3.0];
  ``em_display`` [4.9] '"Santoso, Budi" <...>', '<...>', the company's name.
* phone: ``ph_two`` [1.8] landline and mobile in one field ("/", "of", "atau"); ``ph_swap`` [3.6] phone
  and mobile fields swapped; ``ph_ext`` [0.8] ext. 12, psw. 12, toestel 12; ``ph_typo`` [2.6] a digit
  changed, swapped, dropped or doubled; ``ph_label`` [3.5] HP:, WA:, Tel:, GSM, (kantor); ``ph_format``
  [7.8] another way of typing the number.
* ``wrong_country`` [1.6] the web form's default (NL for an Indonesian, BE/NL mixed up, AF).
* missing fields: ``no_country`` [36], ``no_phone`` [26], ``no_company`` [20], ``no_email`` [19],
  ``no_contact`` [4]; ``clean`` [24]: no noise at all.

Hard negatives
--------------
27 % of the prospects belong to look-alike clusters: an anchor (``base``) and 1-4 other prospects
tagged ``neg_<kind>``. Shares of all prospects at 200,000 leads (together 15.6 %):

* ``neg_word_swap`` 1.9 %: one word replaced, added or dropped (PT Maju Jaya / PT Maju Bersama / PT
  Maju Jaya Abadi; Blue Ocean Trading / Capital Ocean Trading): names sharing most of their words.
* ``neg_family`` 1.6 %: one family name, unrelated businesses (Bakkerij Peters / Peters Techniek /
  Peters Transport B.V.; Toko Halim / CV Halim Jaya), often with a contact of that family.
* ``neg_word_order`` 1.5 %: the same words in another order (PT Utama Abadi Tbk / PT Abadi Utama; Zorg
  Visser V.O.F. / Visser Zorg B.V.), a fifth with a typo.
* ``neg_branch`` 1.2 %: branches of a chain in other cities with nothing but the chain's name in common
  (Toko Sinar Jaya Bandung / Toko Sinar Jaya Cabang Surabaya; own public mailboxes, own phones); the
  anchor is one more such branch, or (35 %) the chain's head office.
* ``neg_same_contact`` 1.2 %: unrelated companies whose contacts bear one common full name (Budi
  Santoso, Jan de Vries), sometimes with the same mailbox name at other domains.
* ``neg_switchboard`` 1.1 %: companies with different names behind one business-centre number.
* ``neg_owner_private`` 1.1 %: a company, and its owner's own lead: same name, no company, another
  private mailbox, another mobile.
* ``neg_one_letter`` 1.1 %: names one letter apart that are both real (Putra/Putri, Jaya/Raya,
  Indah/Indra, Jansen/Janssen, Peters/Peeters, Smit/Smits, Maas/Maes, Clark/Clarke, Meier/Maier).
* ``neg_same_shop`` 1.0 %: shops with the very same common name in other towns (Toko Sumber Rejeki,
  Toko Berkah, Cafetaria De Hoek, Frituur De Zon, Golden Dragon), mostly at public mailboxes.
* ``neg_neighbour`` 0.9 %: the same name registered in the neighbouring country (NL/BE, ID/MY) with its
  own ccTLD domain (peterstechniek.nl / peterstechniek.be), phones and contacts.
* ``neg_parent_sub`` 0.9 %: a group and its subsidiaries with own names and domains (Visser Groep B.V. /
  Visser Logistiek B.V.; PT Sinar Abadi Group / PT Sinar Abadi Logistik).
* ``neg_reseller`` 0.7 %: clients of a reseller (the anchor) whose first lead the reseller wrote: the
  client's company name, the reseller's mailbox and phone, the reseller's or the client's contact name.
* ``neg_relatives`` 0.5 %: relatives with own small firms in one town, at look-alike public mailboxes
  (budi.santoso@gmail.com / dewi.santoso@gmail.com).
* ``neg_job_change`` 0.5 %: the contact moved to another company: same name, new work mailbox, in 60 %
  the same mobile, in 30 % the same private mailbox.
* ``neg_freelancer`` 0.4 %: two client companies of one freelancer, whose first leads he wrote from his
  own private mailbox and mobile (the anchor is the first client).

DECISIONS (what is one prospect)
--------------------------------
One prospect:

1. A company however its name, contact, mailbox or number is typed: typos, case, punctuation, spacing,
   legal form moved, dotted, dropped or spelled out (and the old BVBA of a BV), old spelling, ij/y,
   abbreviations and acronyms; also with a wrong country.
2. Colleagues of one company (own mailboxes and mobiles), its generic mailbox, second domain or public
   company mailbox, and a contact's private mailbox on a lead that names the company.
3. A chain's branch that writes from the chain's own domain or gives the chain's central number
   (``branch_central``): the chain buys centrally.
4. A private buyer or sole trader without company, writing again from the same mailbox or mobile.
5. A client and the leads a reseller or freelancer wrote for it (the customer is the client), with the
   client's own later leads (``direct``).

Other prospects:

6. Names that differ in word order, in one word (replaced, added, dropped) or in one letter, each a real
   registered name. Noise never reorders, replaces, adds or drops a distinctive word (abbreviations and
   acronyms aside) and never yields another prospect's name.
7. A chain's branches with nothing in common but the chain's name; shops that share a common name.
8. A parent company and a subsidiary with its own name and domain.
9. Unrelated businesses that share a family name, a contact's full name or a switchboard number.
10. The same name in a neighbouring country with its own domain and phones.
11. A company and its owner's private lead (no company, private mailbox, own mobile).
12. A reseller and its clients, though the reseller's mailbox and phone are on the clients' first leads;
    two clients of one freelancer, though his mailbox and mobile are on both.
13. A contact's old and new employer, even with the same mobile or private mailbox.
14. Relatives with their own firms.

Registries
----------
Apart from what a hard-negative kind shares on purpose (same_shop, neighbour and branch names,
switchboard numbers, the mailboxes and phones of resellers, freelancers and job changers), no two
prospects share a company domain, a mailbox (Gmail dots ignored), a phone number, or a company name
(compared without legal form, case, punctuation and spaces; again with ij/y, old spelling and doubled
letters folded; and regardless of word order). Noisy values are checked as well: a typo that would give
another prospect's name, domain, mailbox or number is redrawn (or the noise left out), and noisy values
are registered to their prospect. The common shop names are reserved for ``neg_same_shop``.
"""

import argparse
import bisect
import csv
import json
import random
import re
import sys
import time
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


# ------------------------------------------------------------------------------------------ helpers
class Pick:
    """A weighted choice among fixed items, drawn with a single ``rng.random()``."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs):
        self.items = [item for item, _ in pairs]
        self.cum = []
        total = 0.0
        for _, weight in pairs:
            total += weight
            self.cum.append(total)
        self.total = total

    def __call__(self, rng):
        index = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]


def zipf(items, s=1.0):
    """Return a ``Pick`` giving the item of rank r a weight of 1 / r**s (the first item is the commonest)."""
    return Pick([(item, 1.0 / (rank + 1) ** s) for rank, item in enumerate(items)])


def even(items):
    """Return a ``Pick`` of equally likely items."""
    return Pick([(item, 1.0) for item in items])


def _w(text):
    return text.split()


def _bar(text):
    return [item.strip() for item in text.split("|")]


def distinct(rng, pick, count, exclude=()):
    """Draw ``count`` different items from ``pick``, none of them in ``exclude``."""
    out = []
    for _ in range(count * 30):
        item = pick(rng)
        if item not in out and item not in exclude:
            out.append(item)
            if len(out) == count:
                break
    return out


_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "é": "e",
        "è": "e",
        "ë": "e",
        "ê": "e",
        "ï": "i",
        "á": "a",
        "ó": "o",
        "ç": "c",
        "É": "E",
    }
)
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "é": "e", "ë": "e"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOUBLE = re.compile(r"(.)\1+")


def slug(text):
    """Return ``text`` as lower-case ASCII letters and digits only."""
    return _NON_ALNUM.sub("", text.translate(_TRANSLIT).lower())


def exact_key(words):
    """Registry key of a company name: its words (no legal form) as lower-case ASCII letters and digits."""
    return slug("".join(words))


def fold_key(key):
    """Looser key: Dutch ij/y, old Indonesian spelling and doubled letters folded."""
    key = key.replace("ij", "y").replace("dj", "j").replace("tj", "c").replace("oe", "u").replace("ue", "u")
    return _DOUBLE.sub(r"\1", key)


def sorted_key(words):
    """Key of a company name regardless of the order of its words."""
    return " ".join(sorted(fold_key(slug(word)) for word in words if slug(word)))


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS = {}
for _r, _row in enumerate(_KEY_ROWS):
    for _i, _ch in enumerate(_row):
        _near = [_row[j] for j in (_i - 1, _i + 1) if 0 <= j < len(_row)]
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < 3:
                _near += [_KEY_ROWS[_other][j] for j in (_i, _i + 1) if j < len(_KEY_ROWS[_other])]
        NEIGHBOURS[_ch] = "".join(_near)


def typo(rng, word):
    """Return ``word`` with one keyboard slip: a letter dropped, doubled, swapped or hit next to it."""
    for _ in range(8):
        n = len(word)
        i = rng.randrange(1, n) if n > 1 else 0
        op = rng.randrange(4)
        if op == 0:
            out = word[:i] + word[i + 1 :]
        elif op == 1:
            out = word[:i] + word[i] + word[i:]
        elif op == 2 and i < n - 1:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            ch = word[i]
            repl = rng.choice(NEIGHBOURS.get(ch.lower(), "aeiou"))
            out = word[:i] + (repl.upper() if ch.isupper() else repl) + word[i + 1 :]
        if out != word and out:
            return out
    return word + word[-1]


def digit_typo(rng, digits):
    """Return ``digits`` with one slip: a digit changed, two swapped, one dropped or doubled."""
    for _ in range(8):
        n = len(digits)
        i = rng.randrange(1, n) if n > 1 else 0
        op = rng.randrange(5)
        if op == 0 and n > 5:
            out = digits[:i] + digits[i + 1 :]
        elif op == 1:
            out = digits[:i] + digits[i] + digits[i:]
        elif op == 2 and i < n - 1:
            out = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        else:
            out = digits[:i] + str((int(digits[i]) + rng.randrange(1, 10)) % 10) + digits[i + 1 :]
        if out != digits:
            return out
    return digits[:-1] + str((int(digits[-1]) + 1) % 10)


_OLD = {"j": "dj", "c": "tj", "y": "j", "u": "oe", "J": "Dj", "C": "Tj", "Y": "J", "U": "Oe"}
_MODERN = {"dj": "j", "tj": "c", "oe": "u", "j": "y", "Dj": "J", "Tj": "C", "Oe": "U", "J": "Y"}
_MODERN_RE = re.compile(r"[Dd]j|[Tt]j|[Oo]e|[Jj]")


def old_spelling(word):
    """Indonesian spelling before 1972 (Ejaan Soewandi): Jaya -> Djaja, Cahaya -> Tjahaja, Suharto -> "
    "Soeharto."""
    return "".join(_OLD.get(ch, ch) for ch in word)


def is_old(word):
    return "dj" in word.lower() or "tj" in word.lower() or "oe" in word.lower()


def modern_spelling(word):
    return _MODERN_RE.sub(lambda m: _MODERN[m.group(0)], word)


def ij_y(word):
    """Dutch ij written as y (Bakkerij -> Bakkery, Meijer -> Meyer) or y as ij."""
    if "ij" in word or "IJ" in word or "Ij" in word:
        return word.replace("ij", "y").replace("IJ", "Y").replace("Ij", "Y")
    return word.replace("y", "ij").replace("Y", "IJ")


def has_ij_y(word):
    return "ij" in word.lower() or "y" in word.lower()


def title_case(text):
    return " ".join(part[:1].upper() + part[1:].lower() for part in text.split(" "))


# ------------------------------------------------------------------------------------------ word stocks
ID_CORE = _w(
    "Jaya Abadi Makmur Sentosa Utama Mandiri Sejahtera Karya Prima Mitra Sinar Maju Bersama Sukses Sumber "
    "Agung Indah Perkasa Mulia Lestari Cahaya Putra Baru Global Gemilang Persada Bintang Surya Mega Sakti "
    "Berkah Anugerah Tunggal Cipta Harapan Rejeki Santosa Kencana Buana Samudra Mas Intan Permata Sarana "
    "Niaga Solusi Wijaya Kusuma Artha Graha Multi Tama Eka Dwi Tri Sejati Pratama Setia Bumi Alam Semesta "
    "Guna Inti Citra Kreasi Sentral Pusaka Lancar Berlian Andalan Tirta Bangun Griya Sehat Bahagia Naga "
    "Garuda Rajawali Kartika Dharma Wisesa Adi Yasa Lintas Segara Gunung Timur Selatan Utara Raya Daya "
    "Indra Karsa Tata Budi Lima Mustika Teguh Harmoni Jasa Perdana Wahana Arta Loka Nusa Sukma Satria "
    "Kurnia Cemerlang Kirana Putri Jaguar Elang Pelangi Dinamika Sinergi Visi Kharisma Sumber Terang"
)
ID_SECTOR = _w(
    "Teknik Indonesia Nusantara Elektrik Logistik Teknologi Internasional Group Indo Medika Farma Kimia "
    "Plastik Pangan Energi Transportasi Konstruksi Industri Trading Distribusi Ekspres Agro Steel Printing "
    "Packindo Elektrindo Teknindo Motor Furnitur Logamindo Mesindo Chemindo Sarana"
)
ID_SHOP = _bar(
    "Toko|Toko Bangunan|Bengkel|Apotek|Rumah Makan|Percetakan|Toko Besi|Toko Elektronik|Klinik|Katering"
    "|Bengkel Las|Toko Kue|Toko Plastik|Depot"
)
ID_FAMILY_BIZ = _w(
    "Halim Wijaya Gunawan Hartono Salim Kusuma Santoso Tanoto Sutanto Lim Tan Setiawan Hidayat"
)
ID_PAIRS = [("Putra", "Putri"), ("Jaya", "Raya"), ("Indah", "Indra"), ("Karya", "Karsa"), ("Daya", "Jaya")]
ID_PAIRS += [("Tama", "Tata"), ("Bumi", "Budi"), ("Lima", "Lama"), ("Mega", "Meta"), ("Sinar", "Sinai")]

MY_CORE = _w(
    "Maju Jaya Bersatu Sinar Makmur Sejahtera Cemerlang Gemilang Mutiara Bintang Mega Perkasa Murni Emas "
    "Setia Harmoni Wawasan Intan Baru Sentosa Indah Utama Mewah Bestari Delima Kencana Seri Impian Tekun"
)
HOKKIEN = _w("Hock Seng Huat Heng Kim Leong Soon Lee Chuan Hin Guan Joo Tat Ann Beng Chye Keat Hup Wah Hong")
HOKKIEN += _w("Fatt Yong Lian Tong Sin Thye")

NL_FAMILY = _bar(
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot"
    "|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer"
    "|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn"
    "|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven"
    "|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Kuiper|Veenstra|Kramer|van den Bosch|van der Laan"
    "|Bosch|Postma|Timmermans|Hermans|van Wijk|Groen|Koning|Scholten|van Rijn|Gerritsen|Post|Molenaar"
    "|Vink|Hoogendoorn|Evers|van Doorn|Jonker|van der Zee|Hofman|Bouwman|Kuijpers|Sanders|Claassen"
    "|Wijnen|Verbeek|Tromp|Visscher|Boersma|Bosman|Lammers|Wolters|Heijnen|Mol|Bergman|Dijkman|Zwart"
    "|Brink|Wouters|van Loon|de Lange|Kroon|Steenbergen|Rietveld|Vermeer|Roelofs|Wessels|Geerts"
    "|Driessen|Lambregts|van Rooij|Nijhuis|Stam|Pronk|Oosterhuis|Hoogland|Vonk|de Ruiter|van Veen"
    "|Koopman|Schipper|Huijbregts|Bruins|Haverkamp|Brinkman|Oudshoorn|Spijker|Verschuren|Bremer"
    "|Kuipers|Meijers|Hendrikx|Bekker|Decker|Vissers|Willemse|Smid|ter Horst|van 't Hof|Vermolen|Pijnappel"
)
BE_FAMILY = _bar(
    "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Hermans|Michiels"
    "|Lambrechts|Aerts|Cools|Pauwels|Declercq|Van Damme|Desmet|Vermeersch|Verstraete|De Backer"
    "|Van den Broeck|Smets|Verhoeven|Vandenberghe|Coppens|Segers|Leemans|Stevens|Martens|Verbruggen"
    "|Baert|Dewulf|Vercammen|Van Hoof|Bogaerts|Timmermans|Van de Velde|De Clercq|Lemmens|Claeys"
    "|Hendrickx|Van Acker|De Vos|De Meyer|Vandamme|Mahieu|Dierckx|Wuyts|Van Looy|Geerts|Thys|Vanhove"
    "|Sels|Nys|Huysmans|Verlinden|Deprez|Dhondt|Callens|Van Hecke|De Wilde|Heylen|Van Gucht"
)
NL_PAIRS = [("Jansen", "Janssen"), ("Peters", "Peeters"), ("Smit", "Smits"), ("Vos", "Bos"), ("Smit", "Smid")]
NL_PAIRS += [("Meijer", "Meijers"), ("Hendriks", "Hendrikx"), ("Dekker", "Decker"), ("Visser", "Vissers")]
NL_PAIRS += [("Kuiper", "Kuipers"), ("Willems", "Willemse"), ("Bakker", "Bekker"), ("Maas", "Maes")]
BE_PAIRS = [("Janssens", "Jansens"), ("Maes", "Maas"), ("Claes", "Claas"), ("Mertens", "Martens")]
BE_PAIRS += [("Peeters", "Peters"), ("Wouters", "Wauters"), ("Smets", "Smet"), ("Hermans", "Hermens")]
EN_PAIRS = [("Clark", "Clarke"), ("Brown", "Browne"), ("Allen", "Allan"), ("Gray", "Grey"), ("Reid", "Reed")]
EN_PAIRS += [("Thomson", "Thompson"), ("Philips", "Phillips"), ("Stevens", "Stephens")]
DE_PAIRS = [("Maier", "Meier"), ("Schmid", "Schmidt"), ("Mayer", "Meyer"), ("Lang", "Lange")]

NL_TRADE_LONG = _w(
    "Bakkerij Installatiebedrijf Schildersbedrijf Transportbedrijf Aannemersbedrijf Hoveniersbedrijf "
    "Loodgietersbedrijf Timmerbedrijf Autobedrijf Garagebedrijf Dakdekkersbedrijf Klussenbedrijf "
    "Schoonmaakbedrijf Verhuisbedrijf Drukkerij Kwekerij Boomkwekerij Makelaardij Administratiekantoor "
    "Accountantskantoor Adviesbureau Ingenieursbureau Slagerij Bloemisterij Rijwielhandel Houthandel "
    "Groothandel Metaalbewerking Constructiebedrijf Loonbedrijf Tuincentrum Koeriersdienst Taxibedrijf "
    "Cateringbedrijf Bouwbedrijf Elektrotechniek Zorgboerderij Kapsalon"
)
BE_TRADE_LONG = _w(
    "Schrijnwerkerij Beenhouwerij Bouwonderneming Brouwerij Bakkerij Drukkerij Loodgieterij Garage "
    "Transport Elektriciteitswerken Schilderwerken Dakwerken Aannemingen Verhuizingen Tuinaanleg "
    "Boekhoudkantoor Immo Bouwbedrijf Kapsalon Bloemen"
)
NL_TRADE_SHORT = _w(
    "Techniek Transport Bouw Installaties Logistiek Metaal Elektro Zorg Advies Groep Vastgoed Schilders "
    "Catering Verhuur Onderhoud Automatisering ICT Kozijnen Dakwerken Tuinen Machines Agri Food "
    "Verpakkingen Staalbouw Interieur Keukens Makelaars Accountants Consultancy Recycling Koeltechniek "
    "Klimaattechniek Bouwmaterialen Koeriers Infra Grondwerken Solar Projecten Totaalbouw"
)
BE_TRADE_SHORT = _w(
    "Bouw Transport Dakwerken Sanitair Verwarming Elektro Interieur Renovatie Tuinaanleg Logistics "
    "Techniek Metaal Machines Consult Immo Group Catering Verhuur Keukens Koeling"
)
NL_REGION = _bar(
    "Noord|Zuid|West|Oost|Holland|Brabant|Twente|Veluwe|Rijnmond|Delta|Amstel|IJssel|Maas|Friesland"
    "|Limburg|Zeeland|Drenthe|Gelre|Randstad|Kennemer|Westland|Achterhoek|Groene Hart|Waterland|Kempen"
)
BE_REGION = _bar(
    "Kempen|Waasland|Vlaanderen|Leie|Schelde|Haspengouw|Westhoek|Pajottenland|Meetjesland|Limburg"
    "|Dender|Noorderkempen|Scheldeland|Vlaamse|Antwerpse|Gentse"
)
BRAND_HEAD = _w("Nor Vec Sol Tech Inno Aqua Ter Pro Euro Flex Multi Quad Alt Ver Dyna Opti Lux Nova Prim")
BRAND_HEAD += _w("Stel Vita Cor Max Omni Tri Uni Zen Kor Avi Bel Cam Dura Evo Geo Hydro Inter Kin Lin Mer")
BRAND_TAIL = _w("tec ra lux ion mar ex ica aro ent ix on um ova ic is ys ant er a o tech line point ware")
BRAND_TAIL += _w("form flow gen tron sys net dis ia ina ano")

EN_FIRST = _w(
    "Blue Green North South East West Summit Apex Pioneer Harbour Bridge River Oak Pine Silver Golden Crown "
    "Royal Atlas Meridian Horizon Evergreen Pacific Atlantic Eagle Falcon Phoenix Star Sun Prime Premier "
    "Alpha Delta Vertex Keystone Cornerstone Lighthouse Red Black White Union Liberty Heritage Capital "
    "Metro City Allied Central Coastal Highland Valley Lakeside Riverside Iron Steel Copper Orchid Lotus"
)
EN_SECOND = _w(
    "Point Field Gate Way Rock Wood Line Stone Bay Park Hill Ridge Port Light Wave Bridge Ocean Sky"
)
EN_TRADE = _w(
    "Logistics Supplies Engineering Trading Packaging Solutions Systems Foods Distribution Industries "
    "Manufacturing Technologies Services Warehousing Freight Construction Electrical Imports Retail Group "
    "Holdings Partners Enterprises Plastics Metals Machinery Equipment Hardware Marketing Resources"
)
EN_FAMILY = _w(
    "Smith Jones Williams Brown Taylor Davies Wilson Evans Thomas Johnson Roberts Walker Wright Robinson "
    "Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Patel Khan Allen Gray "
    "Reid Phillips Murphy O'Brien MacDonald Turner Cooper Hill Ward Morris King Baker Harrison Morgan Young "
    "Mitchell Scott Campbell Anderson Miller Moore Davis Garcia Lee Walsh Kelly Singh Shah Ali Stevens"
)
DE_FAMILY = _w(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter Klein "
    "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Schmitz Krause "
    "Meier Lehmann Köhler Maier Schmid"
)
DE_TRADE = _w(
    "Maschinenbau Logistik Verpackung Elektrotechnik Metallbau Haustechnik Spedition Bau "
    "Kunststofftechnik Antriebstechnik Lagertechnik Fördertechnik Automation Handel Systemtechnik"
)
DE_REGION = _w("Nordsee Rhein Main Alpen Elbe Weser Ruhr Harz Bodensee Spree Donau Eifel")

COMMON_SHOPS = {
    "ID": _bar(
        "Toko Sumber Rejeki|Toko Berkah|Toko Bangunan Sinar Jaya|Bengkel Jaya Motor|Apotek Sehat"
        "|Toko Makmur|Rumah Makan Sederhana|Toko Sumber Makmur|Warung Barokah|Toko Mas Sinar"
        "|Toko Sinar Terang|Toko Besi Sumber Baru|Toko Abadi|Bengkel Maju Jaya|Toko Murah"
    ),
    "NL": _bar(
        "Cafetaria De Hoek|Snackbar 't Hoekje|Bakkerij De Korenbloem|Café De Zwaan|Eetcafé De Kroon"
        "|Kapsalon Haarmonie|Bloemenhuis De Roos|Garage De Hoop|Tuincentrum De Linde|Fietsenwinkel De Spaak"
        "|Restaurant De Gouden Leeuw|Cafetaria Het Pleintje|Autobedrijf De Molen"
    ),
    "BE": _bar(
        "Frituur De Zon|Frituur 't Pleintje|Café Sport|Bakkerij De Korenaar|Brasserie De Markt"
        "|Slagerij De Kroon|Garage Central|Taverne De Molen|Frituur Chez Nous|Kapsalon Evy"
    ),
    "GB": _bar("Golden Dragon|Royal Fish Bar|The Corner Shop|Sunrise Cafe|The Coffee House|Village Stores"),
    "MY": _bar("Kedai Runcit Maju|Restoran Selera Kampung|Lucky Minimart|Kedai Kopi Hock Seng"),
}

# ------------------------------------------------------------------------------------------ persons
CULTURES = {
    "id": {
        "male": zipf(
            _w(
                "Budi Agus Andi Eko Joko Bambang Hendra Adi Rudi Wahyu Indra Rizky Fajar Ahmad Muhammad Dedi "
                "Hadi Agung Arif Bayu Kevin Michael Stefanus Yohanes Herman Irwan Taufik Hendrik Teguh Galih "
                "Reza Yudi Yusuf Anton Rahmat Dimas Ilham Heru Slamet Sugeng Wawan Iwan Dani Denny Ferry "
                "Robert Agustinus Hari Dodi Edi Rully Aditya Nanda Yoga Ari Tommy Willy Johan Benny"
            ),
            0.8,
        ),
        "female": zipf(
            _w(
                "Dewi Sri Siti Rina Dian Yuli Ratna Fitri Yanti Wulan Novi Anisa Intan Kartika Mega Gita "
                "Vina "
                "Putri Ayu Nur Rini Wati Indah Maya Lina Susi Desi Fransiska Maria Christina Theresia Linda "
                "Melati Nadia Rahma Tuti Endang Sari Ani Yuni Lia Rika Winda Oktavia Natalia Agustina Suryani"
            ),
            0.8,
        ),
        "family": zipf(
            _w(
                "Santoso Wijaya Setiawan Susanto Hartono Gunawan Pratama Saputra Hidayat Nugroho Kurniawan "
                "Wibowo Halim Sutanto Purnomo Siregar Nasution Simanjuntak Lubis Harahap Sinaga Situmorang "
                "Hutapea Tanjung Rahman Hakim Lim Tan Salim Prasetyo Suryadi Kusuma Hasibuan Manurung "
                "Wahyudi Permana Firmansyah Ramadhan Syahputra Utomo Cahyono Sulistyo Tanoto Tjandra "
                "Hartanto "
                "Suhendra Wirawan Sembiring Ginting Effendi Lesmana Sugiarto Budiman Hermawan Iskandar"
            ),
            0.7,
        ),
        "single": zipf(
            _w("Sutrisno Suharto Sugiarto Supriyadi Haryanto Mulyadi Sukarno Purwanto Darmawan Kusnadi")
        ),
        "single_f": zipf(_w("Sumarni Suwarni Sulastri Sumiati Suparmi Wartini")),
        "single_rate": 0.1,
        "male_share": 0.62,
    },
    "nl": {
        "male": zipf(
            _w(
                "Jan Pieter Kees Henk Bram Willem Gerard Jaap Theo Frans Ton Arie Peter Bert Jeroen Mark "
                "Dennis Sander Bas Erik Ruud Joost Niels Tim Lars Koen Stijn Thijs Daan Lucas Martijn Rob "
                "Frank "
                "Paul Michiel Arjan Maarten Vincent Wouter Ronald Marco Edwin Hans Richard Johan Rick Ruben "
                "Wim Dirk Gert Marcel Patrick"
            ),
            0.7,
        ),
        "female": zipf(
            _w(
                "Sanne Lisa Anne Emma Eva Femke Marieke Ingrid Petra Monique Linda Sandra Esther Anouk Iris "
                "Lotte Maaike Els Annelies Marloes Judith Karin Mirjam Saskia Wendy Kim Nicole Astrid Anneke "
                "Joke Ria Mieke Corrie Tineke Bianca Manon Ilse Jolanda Marjolein Renate"
            ),
            0.7,
        ),
        "family": zipf(NL_FAMILY, 0.9),
        "male_share": 0.64,
    },
    "be": {
        "male": zipf(
            _w(
                "Wouter Pieter Jan Tom Bart Koen Kris Dirk Geert Luc Filip Stefaan Joris Jens Thomas Nick "
                "Kevin "
                "Glenn Jeroen Pieter-Jan Steven Tim Wim Peter Marc Patrick Johan Rudi Frank Hans Yves Dries "
                "Arne Ward Bram Lander Sander"
            ),
            0.7,
        ),
        "female": zipf(
            _w(
                "Sofie Katrien An Inge Griet Leen Hilde Nathalie Veerle Elke Lien Lies Evelien Annelies "
                "Ellen "
                "Sarah Charlotte Marie Nele Eline Kaat Liesbeth Tine Ann Kathleen Sabine Els Caroline Joke"
            ),
            0.7,
        ),
        "family": zipf(BE_FAMILY, 0.9),
        "male_share": 0.64,
    },
    "en": {
        "male": zipf(
            _w(
                "James John David Michael Robert William Richard Thomas Daniel Mark Paul Andrew Steven Peter "
                "Christopher Matthew Simon Gary Kevin Jason Brian Ian Stephen Anthony Joseph Ryan Adam"
            ),
            0.7,
        ),
        "female": zipf(
            _w(
                "Sarah Emma Jennifer Elizabeth Laura Rachel Claire Emily Jessica Katherine Rebecca Mary Lisa "
                "Susan Karen Helen Amanda Nicola Michelle Hannah Sophie Amy Lucy Victoria Charlotte Samantha"
            ),
            0.7,
        ),
        "family": zipf(EN_FAMILY, 0.8),
        "male_share": 0.6,
    },
    "de": {
        "male": zipf(
            _w(
                "Thomas Michael Andreas Stefan Christian Markus Frank Jürgen Klaus Peter Wolfgang Uwe Martin "
                "Matthias Jan Tobias Sebastian Florian Alexander Daniel"
            ),
            0.7,
        ),
        "female": zipf(
            _w(
                "Sabine Petra Claudia Julia Katrin Anja Nicole Andrea Stefanie Susanne Melanie Sandra Birgit "
                "Monika Christina Laura"
            ),
            0.7,
        ),
        "family": zipf(DE_FAMILY, 0.8),
        "male_share": 0.65,
    },
    "cn": {
        "male": zipf(
            _bar("Wei Ming|Kok Leong|Boon Keng|Jun Jie|Zhi Hao|Chee Keong|Kah Wai|Wee Kiat|Teck Soon")
        ),
        "female": zipf(_bar("Mei Ling|Jia Hui|Siew Lan|Hui Min|Li Ting|Xin Yi|Pei Shan|Swee Lin|Ai Ling")),
        "western_m": zipf(_w("Kevin Jason Alvin Desmond Eugene Melvin Raymond Daniel Marcus Benjamin")),
        "western_f": zipf(_w("Michelle Jasmine Shirley Joanne Grace Rachel Vivian Cheryl Evelyn")),
        "family": zipf(
            _w("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia")
        ),
        "male_share": 0.6,
    },
    "ms": {
        "male": zipf(
            _w("Ahmad Muhammad Mohd Faiz Hafiz Azlan Rizal Amir Hakim Syafiq Khairul Nizam Zulkifli")
        ),
        "female": zipf(_w("Nurul Siti Aisyah Farah Nur Aminah Zarina Liyana Hidayah Syazwani")),
        "family": zipf(_w("Ismail Rahman Hassan Abdullah Osman Yusof Ibrahim Hamid Razak Aziz Salleh Omar")),
        "male_share": 0.6,
    },
    "in": {
        "male": zipf(_w("Rajesh Suresh Ramesh Kumar Arjun Vijay Ravi Prakash Ganesh Anand")),
        "female": zipf(_w("Priya Lakshmi Kavitha Deepa Anita Meena Sunita Revathi")),
        "family": zipf(_w("Kumar Pillai Nair Menon Raj Singh Subramaniam Krishnan Naidu")),
        "male_share": 0.6,
    },
}
# first name -> other forms the same person is called by (nicknames, formal names, spelling variants)
ALTS = {
    "Muhammad": ["M.", "Moh.", "Muh."],
    "Ahmad": ["Achmad", "Akhmad"],
    "Agustinus": ["Agus"],
    "Yohanes": ["Yohan", "Joni"],
    "Stefanus": ["Stefan", "Steven"],
    "Fransiska": ["Siska"],
    "Theresia": ["Tere", "Resi"],
    "Christina": ["Tina", "Kristina"],
    "Rizky": ["Rizki", "Riski"],
    "Michael": ["Mike"],
    "Robert": ["Bob", "Rob", "Robby"],
    "Natalia": ["Lia"],
    "Suryani": ["Yani"],
    "Agustina": ["Tina"],
    "Oktavia": ["Okta"],
    "Dodi": ["Dody"],
    "Denny": ["Deni"],
    "Ferry": ["Feri"],
    "Edi": ["Eddy"],
    "Yudi": ["Yudhi"],
    "Anisa": ["Annisa"],
    "Fitri": ["Fitria"],
    "Tommy": ["Tomi"],
    "Willy": ["Wili"],
    "Benny": ["Beni"],
    "Jan": ["Johannes", "Jans"],
    "Hans": ["Johannes", "Johan"],
    "Pieter": ["Piet", "Petrus"],
    "Kees": ["Cornelis"],
    "Henk": ["Hendrik"],
    "Bram": ["Abraham"],
    "Willem": ["Wim"],
    "Wim": ["Willem"],
    "Gerard": ["Gert", "Ger"],
    "Jaap": ["Jacob", "Jacobus"],
    "Theo": ["Theodorus"],
    "Frans": ["Franciscus"],
    "Ton": ["Antonius", "Toon"],
    "Arie": ["Adrianus"],
    "Peter": ["Petrus", "Pete"],
    "Bert": ["Lambertus", "Albert"],
    "Anneke": ["Johanna"],
    "Joke": ["Johanna"],
    "Ria": ["Maria"],
    "Mieke": ["Maria"],
    "Corrie": ["Cornelia"],
    "Tineke": ["Catharina"],
    "Els": ["Elisabeth"],
    "Johan": ["Johannes"],
    "Rob": ["Robert"],
    "Richard": ["Rick", "Rich"],
    "Rick": ["Richard"],
    "Bas": ["Sebastiaan"],
    "Daan": ["Daniël"],
    "Thijs": ["Matthijs"],
    "Koen": ["Koenraad"],
    "Sander": ["Alexander"],
    "Martijn": ["Martinus"],
    "Maarten": ["Martinus"],
    "Stefaan": ["Stef"],
    "Pieter-Jan": ["PJ", "Pieterjan"],
    "Liesbeth": ["Lies"],
    "Kathleen": ["Kathy"],
    "Filip": ["Philip"],
    "William": ["Bill", "Will"],
    "Elizabeth": ["Liz", "Beth"],
    "Jennifer": ["Jen"],
    "Thomas": ["Tom"],
    "James": ["Jim", "Jamie"],
    "Katherine": ["Kate", "Kathy"],
    "Daniel": ["Dan", "Danny"],
    "Andrew": ["Andy"],
    "Steven": ["Steve"],
    "Christopher": ["Chris"],
    "Matthew": ["Matt"],
    "Rebecca": ["Becky"],
    "Jessica": ["Jess"],
    "Anthony": ["Tony"],
    "Joseph": ["Joe"],
    "Stephen": ["Steve"],
    "Victoria": ["Vicky"],
    "Samantha": ["Sam"],
    "Nicola": ["Nicky"],
    "Susan": ["Sue"],
    "Andreas": ["Andi"],
    "Christian": ["Chris"],
    "Alexander": ["Alex"],
    "Sebastian": ["Basti"],
    "Stefanie": ["Steffi"],
    "Mohd": ["Mohamad", "Muhammad"],
    "Nurul": ["Nur"],
}
TITLES = {
    "id": (["Bpk.", "Bapak", "Pak", "Bp.", "Ir.", "Dr.", "H."], ["Ibu", "Bu", "Ibu", "Hj.", "Ir.", "dr."]),
    "nl": (
        ["Dhr.", "De heer", "dhr", "Ir.", "Ing.", "Drs.", "Mr."],
        ["Mevr.", "Mevrouw", "mevr.", "Mw.", "Drs."],
    ),
    "be": (["Dhr.", "De heer", "Ir.", "Ing.", "Meester"], ["Mevr.", "Mevrouw", "Mw.", "Ir."]),
    "en": (["Mr.", "Mr", "Dr."], ["Mrs.", "Ms.", "Ms", "Dr."]),
    "de": (["Herr", "Hr.", "Dr.", "Dipl.-Ing."], ["Frau", "Fr.", "Dr."]),
    "cn": (["Mr.", "Mr"], ["Ms.", "Mdm.", "Mrs."]),
    "ms": (["Encik", "En.", "Tuan", "Dato'"], ["Puan", "Pn.", "Cik", "Datin"]),
    "in": (["Mr.", "Dr."], ["Mrs.", "Ms."]),
}
ID_SUFFIXES = [", S.E.", ", S.T.", ", M.M.", ", S.Kom", ", S.H.", ", MBA", ", S.E., M.M.", " S.T.", ", M.T."]

CULTURE_OF = {
    "ID": Pick([("id", 96), ("nl", 2), ("en", 1), ("cn", 1)]),
    "NL": Pick([("nl", 91), ("be", 3), ("en", 3), ("id", 2), ("de", 1)]),
    "BE": Pick([("be", 94), ("nl", 5), ("en", 1)]),
    "MY": Pick([("ms", 45), ("cn", 40), ("in", 15)]),
    "SG": Pick([("cn", 62), ("ms", 12), ("in", 14), ("en", 12)]),
    "GB": Pick([("en", 100)]),
    "US": Pick([("en", 100)]),
    "DE": Pick([("de", 94), ("nl", 3), ("en", 3)]),
}
LANGUAGE = {"ID": "id", "NL": "nl", "BE": "nl", "DE": "de", "MY": "en", "SG": "en", "GB": "en", "US": "en"}

# ------------------------------------------------------------------------------------------ countries
REGION_PICK = Pick(
    [("ID", 45), ("NL", 25), ("BE", 12), ("MY", 4), ("SG", 4), ("GB", 5), ("US", 2), ("DE", 3)]
)
NEIGHBOUR = {"NL": "BE", "BE": "NL", "ID": "MY", "MY": "ID"}
CCTLD = {
    "ID": "co.id",
    "NL": "nl",
    "BE": "be",
    "MY": "com.my",
    "SG": "com.sg",
    "GB": "co.uk",
    "US": "com",
    "DE": "de",
}
TLDS = {
    "ID": Pick([("co.id", 48), ("com", 36), ("id", 10), ("net", 3), ("web.id", 3)]),
    "NL": Pick([("nl", 84), ("com", 12), ("eu", 4)]),
    "BE": Pick([("be", 84), ("com", 11), ("eu", 5)]),
    "MY": Pick([("com.my", 60), ("com", 35), ("my", 5)]),
    "SG": Pick([("com.sg", 60), ("com", 35), ("sg", 5)]),
    "GB": Pick([("co.uk", 72), ("com", 24), ("uk", 4)]),
    "US": Pick([("com", 88), ("net", 5), ("us", 3), ("io", 4)]),
    "DE": Pick([("de", 85), ("com", 12), ("eu", 3)]),
}
PROVIDERS = {
    "ID": Pick(
        [
            ("gmail.com", 62),
            ("yahoo.com", 12),
            ("yahoo.co.id", 10),
            ("hotmail.com", 4),
            ("outlook.com", 4),
            ("ymail.com", 2),
            ("icloud.com", 3),
            ("rocketmail.com", 1),
            ("live.com", 2),
        ]
    ),
    "NL": Pick(
        [
            ("gmail.com", 34),
            ("hotmail.com", 18),
            ("outlook.com", 10),
            ("live.nl", 6),
            ("ziggo.nl", 9),
            ("kpnmail.nl", 7),
            ("planet.nl", 4),
            ("hetnet.nl", 3),
            ("xs4all.nl", 2),
            ("home.nl", 2),
            ("icloud.com", 3),
            ("hotmail.nl", 2),
        ]
    ),
    "BE": Pick(
        [
            ("gmail.com", 34),
            ("telenet.be", 20),
            ("hotmail.com", 12),
            ("skynet.be", 8),
            ("outlook.com", 8),
            ("live.be", 5),
            ("hotmail.be", 5),
            ("proximus.be", 3),
            ("scarlet.be", 2),
            ("icloud.com", 3),
        ]
    ),
    "GB": Pick(
        [
            ("gmail.com", 45),
            ("outlook.com", 12),
            ("hotmail.co.uk", 12),
            ("yahoo.co.uk", 8),
            ("btinternet.com", 8),
            ("icloud.com", 6),
            ("sky.com", 4),
            ("live.co.uk", 5),
        ]
    ),
    "US": Pick(
        [("gmail.com", 55), ("yahoo.com", 15), ("outlook.com", 10), ("hotmail.com", 6), ("icloud.com", 8)]
    ),
    "SG": Pick([("gmail.com", 60), ("yahoo.com.sg", 12), ("hotmail.com", 12), ("singnet.com.sg", 8)]),
    "MY": Pick([("gmail.com", 62), ("yahoo.com", 18), ("hotmail.com", 12), ("outlook.com", 5)]),
    "DE": Pick([("gmx.de", 25), ("web.de", 22), ("gmail.com", 25), ("t-online.de", 15), ("outlook.de", 5)]),
}
PUBLIC_DOMAINS = frozenset(domain for pick in PROVIDERS.values() for domain in pick.items)
DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gmail.con", "gamil.com", "gnail.com", "gmil.com"],
    "yahoo.com": ["yaho.com", "yahoo.con", "yahooo.com", "yhoo.com"],
    "yahoo.co.id": ["yahoo.co.od", "yaho.co.id", "yahoo.co.in", "yahoo.com.id"],
    "hotmail.com": ["hotmial.com", "hotmail.co", "hotmal.com", "hotmail.con"],
    "outlook.com": ["outlok.com", "outloo.com", "outlook.co"],
    "ziggo.nl": ["zigo.nl", "ziggo.com"],
    "kpnmail.nl": ["kpnmail.com", "kpmail.nl"],
    "telenet.be": ["telenet.com", "telnet.be"],
    "skynet.be": ["skynet.com", "skynet.nl"],
    "hotmail.co.uk": ["hotmail.co", "hotmial.co.uk"],
    "gmx.de": ["gmx.com", "gmx.net"],
}

ID_TOWNS = [
    ("Kediri", "354"),
    ("Madiun", "351"),
    ("Jember", "331"),
    ("Tegal", "283"),
    ("Purwokerto", "281"),
    ("Tasikmalaya", "265"),
    ("Sukabumi", "266"),
    ("Garut", "262"),
    ("Serang", "254"),
    ("Bandar Lampung", "721"),
    ("Jambi", "741"),
    ("Padang", "751"),
    ("Banjarmasin", "511"),
    ("Samarinda", "541"),
    ("Kupang", "380"),
    ("Mataram", "370"),
    ("Ambon", "911"),
    ("Magelang", "293"),
    ("Pekalongan", "285"),
    ("Kudus", "291"),
    ("Probolinggo", "335"),
    ("Pasuruan", "343"),
    ("Blitar", "342"),
    ("Banyuwangi", "333"),
    ("Klaten", "272"),
    ("Salatiga", "298"),
]
NL_TOWNS = [
    ("Apeldoorn", "55"),
    ("Ede", "318"),
    ("Emmen", "591"),
    ("Hengelo", "74"),
    ("Purmerend", "299"),
    ("Roosendaal", "165"),
    ("Lelystad", "320"),
    ("Hoorn", "229"),
    ("Gouda", "182"),
    ("Assen", "592"),
    ("Bergen op Zoom", "164"),
    ("Heerenveen", "513"),
    ("Sneek", "515"),
    ("Tiel", "344"),
    ("Woerden", "348"),
    ("Zutphen", "575"),
    ("Middelburg", "118"),
    ("Goes", "113"),
    ("Roermond", "475"),
    ("Weert", "495"),
    ("Heerlen", "45"),
    ("Sittard", "46"),
]
BE_TOWNS = [
    ("Ieper", "57"),
    ("Knokke-Heist", "50"),
    ("Beveren", "3"),
    ("Dendermonde", "52"),
    ("Ninove", "54"),
    ("Vilvoorde", "2"),
    ("Halle", "2"),
    ("Mol", "14"),
    ("Herentals", "14"),
    ("Tongeren", "12"),
    ("Sint-Truiden", "11"),
    ("Maaseik", "89"),
    ("Eeklo", "9"),
    ("Oudenaarde", "55"),
    ("Tielt", "51"),
    ("Deinze", "9"),
    ("Izegem", "51"),
    ("Menen", "56"),
]
GB_TOWNS = [
    ("Nottingham", "115"),
    ("Leicester", "116"),
    ("Coventry", "24"),
    ("Cardiff", "29"),
    ("Edinburgh", "131"),
    ("Newcastle", "191"),
    ("Brighton", "1273"),
    ("Oxford", "1865"),
    ("Cambridge", "1223"),
    ("Reading", "118"),
    ("York", "1904"),
    ("Norwich", "1603"),
]
MY_TOWNS = [
    ("Seremban", "6"),
    ("Kuantan", "9"),
    ("Alor Setar", "4"),
    ("Kota Bharu", "9"),
    ("Klang", "3"),
    ("Shah Alam", "3"),
    ("Miri", "85"),
    ("Sandakan", "89"),
]

# phone numbering plans: country calling code, trunk prefix, mobile prefixes (area, subscriber length),
# cities (name, area code, subscriber length) and the first digits a subscriber number may start with
PLANS = {
    "ID": {
        "cc": "62",
        "trunk": "0",
        "fixed": "2345678",
        "mfirst": "123456789",
        "mobile": Pick(
            [(("812", 8), 16), (("813", 8), 14), (("811", 8), 6), (("821", 8), 8), (("822", 8), 7)]
            + [(("852", 8), 7), (("853", 8), 5), (("823", 7), 2), (("814", 7), 2), (("815", 8), 3)]
            + [(("816", 7), 2), (("855", 7), 2), (("856", 8), 3), (("857", 8), 4), (("858", 8), 3)]
            + [(("817", 8), 3), (("818", 7), 2), (("819", 8), 3), (("859", 8), 2), (("877", 8), 3)]
            + [(("878", 8), 3), (("895", 8), 2), (("896", 8), 2), (("897", 8), 1), (("898", 8), 1)]
            + [(("899", 8), 1), (("881", 8), 1), (("882", 8), 1), (("887", 9), 1), (("888", 8), 1)]
            + [(("831", 8), 1), (("838", 8), 1)]
        ),
        "cities": Pick(
            [(("Jakarta", "21", 8), 40), (("Surabaya", "31", 7), 12), (("Bandung", "22", 7), 8)]
            + [(("Medan", "61", 7), 6), (("Semarang", "24", 7), 5), (("Tangerang", "21", 8), 6)]
            + [(("Bekasi", "21", 8), 5), (("Makassar", "411", 6), 3), (("Palembang", "711", 6), 3)]
            + [(("Depok", "21", 8), 2), (("Bogor", "251", 7), 2), (("Malang", "341", 6), 2)]
            + [(("Yogyakarta", "274", 6), 2), (("Denpasar", "361", 6), 2), (("Batam", "778", 6), 2)]
            + [(("Pekanbaru", "761", 6), 1), (("Balikpapan", "542", 6), 1), (("Solo", "271", 6), 1)]
            + [(("Sidoarjo", "31", 7), 2), (("Gresik", "31", 7), 1), (("Pontianak", "561", 6), 1)]
            + [(("Manado", "431", 6), 1), (("Cirebon", "231", 6), 1), (("Cikarang", "21", 8), 2)]
            + [(("Karawang", "267", 7), 1)]
            + [((town, area, 6), 0.5) for town, area in ID_TOWNS]
        ),
    },
    "NL": {
        "cc": "31",
        "trunk": "0",
        "fixed": "2345678",
        "mfirst": "12345",
        "mobile": Pick([(("6", 8), 1)]),
        "cities": Pick(
            [(("Amsterdam", "20", 7), 14), (("Rotterdam", "10", 7), 10), (("Den Haag", "70", 7), 7)]
            + [(("Utrecht", "30", 7), 6), (("Eindhoven", "40", 7), 4), (("Groningen", "50", 7), 3)]
            + [(("Tilburg", "13", 7), 3), (("Almere", "36", 7), 2), (("Breda", "76", 7), 3)]
            + [(("Nijmegen", "24", 7), 3), (("Arnhem", "26", 7), 2), (("Haarlem", "23", 7), 2)]
            + [(("Enschede", "53", 7), 2), (("Amersfoort", "33", 7), 2), (("Zwolle", "38", 7), 2)]
            + [(("Den Bosch", "73", 7), 2), (("Leiden", "71", 7), 2), (("Maastricht", "43", 7), 2)]
            + [(("Dordrecht", "78", 7), 2), (("Zoetermeer", "79", 7), 1), (("Alkmaar", "72", 7), 1)]
            + [(("Leeuwarden", "58", 7), 1), (("Venlo", "77", 7), 1), (("Deventer", "570", 6), 1)]
            + [(("Helmond", "492", 6), 1), (("Oss", "412", 6), 1), (("Spijkenisse", "181", 6), 1)]
            + [(("Alphen aan den Rijn", "172", 6), 1), (("Harderwijk", "341", 6), 1)]
            + [(("Hardenberg", "523", 6), 1), (("Veenendaal", "318", 6), 1), (("Barneveld", "342", 6), 1)]
            + [(("Doetinchem", "314", 6), 1), (("Waalwijk", "416", 6), 1)]
            + [((town, area, 9 - len(area)), 0.6) for town, area in NL_TOWNS]
        ),
    },
    "BE": {
        "cc": "32",
        "trunk": "0",
        "fixed": "2345678",
        "mfirst": "0123456789",
        "mobile": Pick(
            [((f"{a}", 6), w) for a, w in ((470, 5), (471, 4), (472, 5), (473, 4), (474, 4), (475, 6))]
            + [((f"{a}", 6), w) for a, w in ((476, 4), (477, 4), (478, 4), (479, 4), (484, 3), (485, 3))]
            + [((f"{a}", 6), w) for a, w in ((486, 3), (487, 2), (488, 2), (489, 2), (490, 2), (492, 2))]
            + [((f"{a}", 6), w) for a, w in ((493, 2), (494, 3), (495, 3), (496, 3), (497, 3), (498, 3))]
        ),
        "cities": Pick(
            [(("Antwerpen", "3", 7), 14), (("Gent", "9", 7), 9), (("Brussel", "2", 7), 8)]
            + [(("Leuven", "16", 6), 4), (("Brugge", "50", 6), 4), (("Mechelen", "15", 6), 3)]
            + [(("Hasselt", "11", 6), 3), (("Kortrijk", "56", 6), 3), (("Aalst", "53", 6), 2)]
            + [(("Sint-Niklaas", "3", 7), 2), (("Genk", "89", 6), 2), (("Roeselare", "51", 6), 2)]
            + [(("Turnhout", "14", 6), 2), (("Oostende", "59", 6), 2), (("Lier", "3", 7), 1)]
            + [(("Geel", "14", 6), 1), (("Diest", "13", 6), 1), (("Waregem", "56", 6), 1)]
            + [(("Tienen", "16", 6), 1), (("Lokeren", "9", 7), 1)]
            + [((town, area, 8 - len(area)), 0.6) for town, area in BE_TOWNS]
        ),
    },
    "GB": {
        "cc": "44",
        "trunk": "0",
        "fixed": "2345678",
        "mfirst": "0123456789",
        "mobile": even([(a, 6) for a in _w("7700 7711 7723 7790 7812 7824 7845 7866 7900 7912 7931 7950")]),
        "cities": Pick(
            [(("London", "20", 8), 10), (("Manchester", "161", 7), 3), (("Birmingham", "121", 7), 3)]
            + [(("Leeds", "113", 7), 2), (("Bristol", "117", 7), 2), (("Glasgow", "141", 7), 2)]
            + [(("Liverpool", "151", 7), 1), (("Sheffield", "114", 7), 1)]
            + [((town, area, 10 - len(area)), 0.6) for town, area in GB_TOWNS]
        ),
    },
    "US": {
        "cc": "1",
        "trunk": "",
        "fixed": "23456789",
        "mfirst": "23456789",
        "mobile": even([(a, 7) for a in _w("212 312 415 617 713 206 305 404 213 214 646 917 510 469")]),
        "cities": Pick(
            [(("New York", "212", 7), 5), (("Chicago", "312", 7), 3), (("San Francisco", "415", 7), 2)]
            + [(("Boston", "617", 7), 2), (("Houston", "713", 7), 2), (("Seattle", "206", 7), 2)]
            + [(("Miami", "305", 7), 2), (("Atlanta", "404", 7), 2), (("Los Angeles", "213", 7), 3)]
            + [(("Dallas", "214", 7), 2)]
        ),
    },
    "SG": {
        "cc": "65",
        "trunk": "",
        "fixed": "6",
        "mfirst": "89",
        "mobile": Pick([(("", 8), 1)]),
        "cities": Pick([(("Singapore", "", 8), 1)]),
    },
    "MY": {
        "cc": "60",
        "trunk": "0",
        "fixed": "2345678",
        "mfirst": "123456789",
        "mobile": Pick(
            [(("12", 7), 8), (("13", 7), 4), (("16", 7), 5), (("17", 7), 4), (("19", 7), 5), (("11", 8), 4)]
            + [(("14", 7), 3), (("18", 7), 2)]
        ),
        "cities": Pick(
            [(("Kuala Lumpur", "3", 8), 8), (("Petaling Jaya", "3", 8), 3), (("Penang", "4", 7), 3)]
            + [(("Johor Bahru", "7", 7), 3), (("Ipoh", "5", 7), 1), (("Kuching", "82", 6), 1)]
            + [(("Kota Kinabalu", "88", 6), 1), (("Melaka", "6", 7), 1)]
            + [((town, area, 7 if len(area) == 1 else 6), 0.6) for town, area in MY_TOWNS]
        ),
    },
    "DE": {
        "cc": "49",
        "trunk": "0",
        "fixed": "2345678",
        "mfirst": "0123456789",
        "mobile": even(
            [(a, 7) for a in _w("160 162 170 171 172 173 174 175 177 178 179")]
            + [(a, 8) for a in _w("151 152 157 159 176")]
        ),
        "cities": Pick(
            [(("Berlin", "30", 8), 4), (("Hamburg", "40", 8), 3), (("München", "89", 8), 3)]
            + [(("Köln", "221", 7), 2), (("Frankfurt am Main", "69", 8), 2), (("Düsseldorf", "211", 7), 2)]
            + [(("Stuttgart", "711", 7), 2), (("Dortmund", "231", 7), 1), (("Bremen", "421", 7), 1)]
            + [(("Hannover", "511", 7), 1)]
        ),
    },
}
_BLOCKS = {4: (4,), 5: (5,), 6: (3, 3), 7: (3, 4), 8: (4, 4), 9: (3, 3, 3), 10: (3, 3, 4), 11: (3, 4, 4)}
_PAIRS = {
    4: (2, 2),
    5: (3, 2),
    6: (2, 2, 2),
    7: (3, 2, 2),
    8: (2, 2, 2, 2),
    9: (3, 2, 2, 2),
    10: (2, 2, 2, 2, 2),
}
GROUPINGS = {"blocks": _BLOCKS, "pairs": _PAIRS}

# a typing style: (form, separator after the area code, separator inside the number, grouping)
PHONE_STYLES = {
    "ID": Pick(
        [(("nat", "-", "-", "blocks"), 22), (("natplain", "", "", ""), 22), (("nat", " ", " ", "blocks"), 10)]
        + [
            (("intl", "-", "-", "blocks"), 10),
            (("intlplain", "", "", ""), 12),
            (("intlnoplus", "", "", ""), 6),
        ]
        + [(("natparen", " ", "", ""), 8), (("nat", "-", "", ""), 6), (("intltrunk", " ", " ", "blocks"), 2)]
        + [(("nat", ".", ".", "blocks"), 2), (("parencc", " ", "-", "blocks"), 2)]
    ),
    "NL": Pick(
        [(("nat", "-", "", ""), 25), (("nat", " ", " ", "blocks"), 12), (("nat", " ", " ", "pairs"), 8)]
        + [
            (("natplain", "", "", ""), 18),
            (("intl", " ", " ", "blocks"), 10),
            (("intltrunk", " ", "", ""), 8),
        ]
        + [
            (("intlplain", "", "", ""), 12),
            (("intl00", " ", " ", "blocks"), 3),
            (("natparen", " ", " ", "pairs"), 4),
        ]
    ),
    "BE": Pick(
        [(("nat", " ", " ", "pairs"), 30), (("nat", "/", ".", "pairs"), 15), (("nat", " ", " ", "blocks"), 8)]
        + [
            (("natplain", "", "", ""), 12),
            (("intl", " ", " ", "pairs"), 15),
            (("intltrunk", " ", " ", "pairs"), 5),
        ]
        + [(("intlplain", "", "", ""), 10), (("intl00", " ", " ", "pairs"), 5)]
    ),
    "GB": Pick(
        [
            (("nat", " ", " ", "blocks"), 35),
            (("natplain", "", "", ""), 15),
            (("intl", " ", " ", "blocks"), 20),
        ]
        + [(("intltrunk", " ", " ", "blocks"), 15), (("intlplain", "", "", ""), 10)]
        + [(("natparen", " ", " ", "blocks"), 5)]
    ),
    "US": Pick(
        [
            (("natparen", " ", "-", "blocks"), 35),
            (("nat", "-", "-", "blocks"), 30),
            (("nat", ".", ".", "blocks"), 8),
        ]
        + [(("intl", "-", "-", "blocks"), 15), (("intlplain", "", "", ""), 7), (("natplain", "", "", ""), 5)]
    ),
    "SG": Pick(
        [
            (("nat", " ", " ", "blocks"), 40),
            (("natplain", "", "", ""), 20),
            (("intl", " ", " ", "blocks"), 25),
        ]
        + [(("intlplain", "", "", ""), 15)]
    ),
    "MY": Pick(
        [
            (("nat", "-", " ", "blocks"), 35),
            (("natplain", "", "", ""), 20),
            (("intl", "-", " ", "blocks"), 20),
        ]
        + [(("intlplain", "", "", ""), 15), (("intlnoplus", "", "", ""), 10)]
    ),
    "DE": Pick(
        [(("nat", " ", "", ""), 25), (("nat", "/", "", ""), 15), (("nat", " ", " ", "blocks"), 10)]
        + [(("natplain", "", "", ""), 10), (("intl", " ", "", ""), 20), (("intltrunk", " ", "", ""), 8)]
        + [(("intlplain", "", "", ""), 8), (("intl00", " ", "", ""), 4)]
    ),
}
WHATSAPP_STYLES = Pick(
    [(("intlnoplus", "", "", ""), 35), (("intlplain", "", "", ""), 25), (("intl", " ", " ", "blocks"), 20)]
    + [(("natplain", "", "", ""), 20)]
)
IMPORT_STYLES = Pick(
    [(("excel", "", "", ""), 25), (("natplain", "", "", ""), 35), (("intlplain", "", "", ""), 25)]
    + [(("intlnoplus", "", "", ""), 15)]
)
PHONE_LABELS = {
    "id": (
        ["HP: {}", "HP. {}", "WA: {}", "Hp {}", "{} (WA)", "No. HP {}", "Telp/WA: {}"],
        ["Telp. {}", "Tel: {}"] + ["Kantor: {}", "{} (kantor)", "Telp {}"],
    ),
    "nl": (
        ["Mob: {}", "Mobiel: {}", "M: {}", "{} (mobiel)", "GSM {}", "Tel. {}"],
        ["Tel: {}", "T: {}"] + ["Kantoor: {}", "{} (kantoor)", "Tel. {}"],
    ),
    "en": (
        ["Mob: {}", "M: {}", "Mobile: {}", "Cell {}", "{} (mobile)"],
        ["Tel: {}", "T: {}"] + ["Office: {}", "Ph. {}", "{} (office)"],
    ),
    "de": (["Mobil: {}", "Handy {}", "M: {}"], ["Tel.: {}", "Fon {}", "T: {}", "Telefon: {}"]),
}
PHONE_EXT = {
    "id": ["{} ext. {}", "{} ext {}", "{} psw. {}", "{} pes. {}", "{} Ext.{}"],
    "nl": ["{} toestel {}", "{} tst. {}", "{} (tst {})", "{} ext. {}"],
    "en": ["{} ext. {}", "{} x{}", "{} ext {}", "{} #{}"],
    "de": ["{} Durchwahl {}", "{}-{}", "{} App. {}"],
}
PHONE_JOIN = {
    "id": [" / ", ", ", " atau ", "/", " - "],
    "nl": [" / ", " of ", ", ", " - "],
    "en": [" / ", ", ", " or ", " | "],
    "de": [" / ", ", ", " oder "],
}

# ------------------------------------------------------------------------------------------ legal forms
# legal form -> (canonical prefix, canonical suffix, other ways it is typed as (prefix, suffix))
LEGAL = {
    "": ("", "", []),
    "PT": (
        "PT",
        "",
        [("PT.", ""), ("P.T.", ""), ("", "PT"), ("", ", PT"), ("", "PT."), ("Pt", "")]
        + [("Perseroan Terbatas", ""), ("", ""), ("", "")],
    ),
    "PT_TBK": (
        "PT",
        "Tbk",
        [("PT", "Tbk."), ("PT.", "TBK"), ("", "Tbk"), ("PT", ""), ("", ""), ("PT", ", Tbk")],
    ),
    "CV": ("CV", "", [("CV.", ""), ("C.V.", ""), ("", "CV"), ("", ", CV"), ("", ""), ("", ""), ("Cv", "")]),
    "UD": ("UD", "", [("UD.", ""), ("U.D.", ""), ("Usaha Dagang", ""), ("", ""), ("", "")]),
    "BV": (
        "",
        "B.V.",
        [("", "BV"), ("", "bv"), ("", "B.V"), ("", "b.v."), ("", "Besloten Vennootschap")]
        + [("", ""), ("", ""), ("", ""), ("BV", "")],
    ),
    "VOF": (
        "",
        "V.O.F.",
        [("", "VOF"), ("", "vof"), ("", "v.o.f."), ("", "Vennootschap onder firma")]
        + [("", ""), ("", ""), ("VOF", "")],
    ),
    "NV": ("", "N.V.", [("", "NV"), ("", "nv"), ("", "Naamloze Vennootschap"), ("NV", ""), ("", "")]),
    "BE_BV": (
        "",
        "BV",
        [("", "B.V."), ("", "bv"), ("BV", ""), ("", "Besloten Vennootschap"), ("", "")]
        + [("", ""), ("", "BVBA"), ("", "BV.")],
    ),
    "BVBA": (
        "",
        "BVBA",
        [("", "B.V.B.A."), ("", "bvba"), ("BVBA", ""), ("", "BV"), ("", ""), ("", "")]
        + [("", "Besloten Vennootschap met Beperkte Aansprakelijkheid")],
    ),
    "BE_NV": ("", "NV", [("", "N.V."), ("NV", ""), ("", "nv"), ("", "Naamloze Vennootschap"), ("", "")]),
    "COMMV": ("", "CommV", [("", "Comm.V."), ("", "CommV."), ("", ""), ("", "Comm. V")]),
    "BE_VOF": ("", "VOF", [("", "V.O.F."), ("", "vof"), ("", ""), ("VOF", "")]),
    "LTD": ("", "Ltd", [("", "Ltd."), ("", "Limited"), ("", "LTD"), ("", "ltd"), ("", ""), ("", "")]),
    "PLC": ("", "plc", [("", "PLC"), ("", "Plc"), ("", "")]),
    "LLP": ("", "LLP", [("", "L.L.P."), ("", "")]),
    "INC": ("", "Inc.", [("", "Inc"), ("", ", Inc."), ("", "Incorporated"), ("", "INC"), ("", "")]),
    "LLC": ("", "LLC", [("", "L.L.C."), ("", ", LLC"), ("", "llc"), ("", "")]),
    "CORP": ("", "Corp.", [("", "Corporation"), ("", "Corp"), ("", "")]),
    "PTE": (
        "",
        "Pte Ltd",
        [("", "Pte. Ltd."), ("", "Private Limited"), ("", "PTE LTD"), ("", "Pte Ltd.")]
        + [("", "Pte. Ltd"), ("", ""), ("", "Pte")],
    ),
    "SDN": (
        "",
        "Sdn Bhd",
        [("", "Sdn. Bhd."), ("", "Sendirian Berhad"), ("", "SDN BHD"), ("", "S/B")]
        + [("", "Sdn.Bhd."), ("", ""), ("", "")],
    ),
    "BHD": ("", "Bhd", [("", "Berhad"), ("", "Bhd."), ("", "")]),
    "GMBH": (
        "",
        "GmbH",
        [("", "Gmbh"), ("", "G.m.b.H."), ("", "GMBH"), ("", "")]
        + [("", "Gesellschaft mit beschränkter Haftung")],
    ),
    "GMBHKG": ("", "GmbH & Co. KG", [("", "GmbH & Co KG"), ("", "GmbH&Co.KG"), ("", "GmbH"), ("", "")]),
    "AG": ("", "AG", [("", "A.G."), ("", "Aktiengesellschaft"), ("", "")]),
    "EK": ("", "e.K.", [("", "e.K"), ("", "eK"), ("", "")]),
}
LEGAL_PICK = {
    "ID": Pick([("PT", 60), ("CV", 20), ("UD", 6), ("", 11), ("PT_TBK", 3)]),
    "NL": Pick([("BV", 62), ("VOF", 10), ("NV", 2), ("", 26)]),
    "BE": Pick([("BE_BV", 38), ("BVBA", 18), ("BE_NV", 14), ("COMMV", 3), ("BE_VOF", 3), ("", 24)]),
    "GB": Pick([("LTD", 72), ("PLC", 2), ("LLP", 4), ("", 22)]),
    "US": Pick([("INC", 45), ("LLC", 35), ("CORP", 5), ("", 15)]),
    "SG": Pick([("PTE", 85), ("", 15)]),
    "MY": Pick([("SDN", 75), ("BHD", 3), ("", 22)]),
    "DE": Pick([("GMBH", 62), ("GMBHKG", 12), ("AG", 3), ("EK", 6), ("", 17)]),
}
SMALL_LEGAL = {"ID": ("CV", "UD", ""), "NL": ("VOF", ""), "BE": ("BE_VOF", "", "COMMV"), "DE": ("EK", "")}
# share of companies of a legal form that write from a public mailbox, and that have a landline
PUBLIC_MAIL = {"PT": 0.12, "PT_TBK": 0.0, "CV": 0.45, "UD": 0.7, "": 0.55, "VOF": 0.25, "BE_VOF": 0.25}
PUBLIC_MAIL.update({"EK": 0.3, "COMMV": 0.2, "LLP": 0.05})
LANDLINE = {"": 0.5, "UD": 0.45, "CV": 0.6, "VOF": 0.55, "BE_VOF": 0.55, "EK": 0.6, "COMMV": 0.6}
ABBREV = {
    "Installatiebedrijf": ["Inst.bedrijf", "Installatiebedr."],
    "Transportbedrijf": ["Transportbedr.", "Transp.bedrijf"],
    "Schildersbedrijf": ["Schildersbedr."],
    "Aannemersbedrijf": ["Aannemersbedr.", "Aann.bedrijf"],
    "Hoveniersbedrijf": ["Hoveniersbedr."],
    "Loodgietersbedrijf": ["Loodg.bedrijf"],
    "Administratiekantoor": ["Adm.kantoor", "Administratiekant."],
    "Accountantskantoor": ["Acc.kantoor"],
    "Gebroeders": ["Gebr."],
    "Gebr.": ["Gebroeders"],
    "Internasional": ["Int'l", "Intl"],
    "International": ["Int'l", "Intl"],
    "Indonesia": ["Ind.", "Indo"],
    "Nusantara": ["Nus."],
    "Teknik": ["Tek.", "Tehnik"],
    "Engineering": ["Eng.", "Engg"],
    "Services": ["Svcs"],
    "Trading": ["Trdg"],
    "Transport": ["Transp."],
    "Logistiek": ["Log."],
    "Group": ["Grp"],
    "Holdings": ["Hldgs"],
    "Manufacturing": ["Mfg"],
    "Industries": ["Inds."],
    "Brothers": ["Bros."],
    "Elektrotechniek": ["Elektrotechn."],
    "Automatisering": ["Autom."],
    "Maschinenbau": ["Masch.bau"],
    "Spedition": ["Sped."],
    "Enterprise": ["Ent."],
    "Sendirian": ["Sdn"],
}
SPLITS = {
    "Installatiebedrijf": "Installatie bedrijf",
    "Transportbedrijf": "Transport bedrijf",
    "Schildersbedrijf": "Schilders bedrijf",
    "Autobedrijf": "Auto bedrijf",
    "Bouwbedrijf": "Bouw bedrijf",
    "Administratiekantoor": "Administratie kantoor",
    "Accountantskantoor": "Accountants kantoor",
    "Verhuisbedrijf": "Verhuis bedrijf",
    "Klimaattechniek": "Klimaat techniek",
    "Koeltechniek": "Koel techniek",
    "Bouwmaterialen": "Bouw materialen",
    "Nusantara": "Nusa Antara",
    "Elektrindo": "Elektr Indo",
    "Teknindo": "Tekn Indo",
    "Packindo": "Pack Indo",
    "Maschinenbau": "Maschinen Bau",
    "Northbridge": "North Bridge",
}

# ------------------------------------------------------------------------------------------ more stocks
ID_CORE_PICK = zipf(ID_CORE, 0.9)
ID_SECTOR_PICK = zipf(ID_SECTOR, 0.8)
ID_SHOP_PICK = zipf(ID_SHOP, 1.0)
ID_FAMILY_PICK = zipf(ID_FAMILY_BIZ, 0.8)
MY_CORE_PICK = zipf(MY_CORE, 0.9)
MY_TAIL_PICK = Pick(
    [("Enterprise", 40), ("Trading", 25), ("Engineering", 15), ("Industries", 10), ("Resources", 10)]
)
HOKKIEN_PICK = zipf(HOKKIEN, 0.7)
NL_LONG_PICK = zipf(NL_TRADE_LONG, 0.8)
BE_LONG_PICK = zipf(BE_TRADE_LONG, 0.8)
NL_SHORT_PICK = zipf(NL_TRADE_SHORT, 0.8)
BE_SHORT_PICK = zipf(BE_TRADE_SHORT, 0.8)
NL_REGION_PICK = zipf(NL_REGION, 0.6)
BE_REGION_PICK = zipf(BE_REGION, 0.6)
EN_FIRST_PICK = zipf(EN_FIRST, 0.7)
EN_SECOND_PICK = zipf(EN_SECOND, 0.7)
EN_TRADE_PICK = zipf(EN_TRADE, 0.8)
EN_FAMILY_PICK = zipf(EN_FAMILY, 0.8)
DE_FAMILY_PICK = zipf(DE_FAMILY, 0.8)
DE_TRADE_PICK = zipf(DE_TRADE, 0.8)
DE_REGION_PICK = zipf(DE_REGION, 0.6)
CN_FAMILY_PICK = CULTURES["cn"]["family"]
GROUP_WORD = {"ID": ["Group", "Grup"], "NL": ["Groep", "Holding"], "BE": ["Group", "Holding"]}
GROUP_WORD.update({"DE": ["Gruppe", "Holding"], "MY": ["Group", "Holdings"]})
RESELLER_WORD = {
    "ID": _w("Solusi Sistem Teknologi Integrasi Data Informatika"),
    "NL": _w("ICT Automatisering"),
}
RESELLER_WORD.update({"BE": _w("ICT Solutions Systems"), "DE": _w("Systemhaus IT-Service")})
DOMAIN_SUFFIX = {
    "ID": ["group", "indo", "official"],
    "NL": ["groep", "online", "bv"],
    "BE": ["group", "online", "bvba"],
    "DE": ["gmbh", "online", "gruppe"],
}
WORK_PATTERNS = {
    "ID": Pick(
        [("first", 45), ("first.last", 25), ("firstlast", 8), ("first_last", 5), ("flast", 5), ("first.l", 7)]
        + [("f.last", 5)]
    ),
    "NL": Pick(
        [("first", 25), ("first.last", 22), ("f.last", 25), ("flast", 10), ("firstlast", 6), ("last", 4)]
    ),
    "BE": Pick([("first.last", 60), ("first", 15), ("f.last", 10), ("flast", 10), ("firstlast", 5)]),
    "DE": Pick([("first.last", 45), ("f.last", 25), ("last", 15), ("first", 10), ("flast", 5)]),
    "EN": Pick(
        [("first.last", 40), ("flast", 18), ("first", 18), ("f.last", 10), ("firstl", 6), ("firstlast", 8)]
    ),
}
GENERIC = {
    "ID": zipf(_w("info sales marketing admin purchasing cs office kantor")),
    "NL": zipf(_w("info verkoop inkoop administratie office contact sales planning")),
    "BE": zipf(_w("info sales aankoop boekhouding office admin")),
    "DE": zipf(_w("info vertrieb einkauf kontakt office")),
    "EN": zipf(_w("info sales enquiries purchasing office contact admin hello")),
}
PRIVATE_PATTERNS = Pick(
    [("{f}.{l}", 26), ("{f}{l}", 18), ("{f}_{l}", 5), ("{f}.{l}{n}", 10), ("{f}{l}{y}", 8), ("{f}{n}", 6)]
    + [("{l}.{f}", 5), ("{i}{l}", 8), ("{f}.{j}", 3), ("{f}{l}{n}", 6), ("{i}.{l}", 5)]
)
SINGLE_PATTERNS = Pick([("{f}{y}", 30), ("{f}{n}", 30), ("{f}.{n}", 15), ("{f}_{y}", 10), ("{f}{n}{n}", 15)])
BRANCH_TAIL = {
    "ID": ["{}", "Cabang {}", "- {}", "Cab. {}", "({})"],
    "NL": ["{}", "vestiging {}", "- {}", "({})", "filiaal {}"],
    "BE": ["{}", "- {}", "({})", "vestiging {}"],
    "EN": ["{}", "- {}", "({})", "{} branch"],
    "DE": ["{}", "- {}", "Filiale {}", "({})"],
}
BRANCH_LOCAL = {
    "ID": ["{c}", "cabang.{c}", "cabang{c}", "{f}.{c}", "admin.{c}"],
    "NL": ["{c}", "vestiging.{c}", "filiaal{c}", "{f}.{c}", "winkel.{c}"],
    "BE": ["{c}", "filiaal.{c}", "{c}", "{f}.{c}", "winkel{c}"],
    "DE": ["{c}", "filiale.{c}", "{f}.{c}"],
    "EN": ["{c}", "{c}.branch", "{c}store", "{f}.{c}", "manager.{c}"],
}

LEADS_PICK = Pick([(1, 620), (2, 180), (3, 80), (4, 45), (5, 27), (6, 16), (7, 11), (8, 8), (9, 6), (10, 7)])
CHAIN_LEADS = Pick([(2, 28), (3, 25), (4, 18), (5, 11), (6, 7), (8, 6), (10, 5)])
K_PICK = Pick([(0, 28), (1, 38), (2, 22), (3, 12)])
CHANNEL_PICK = {
    "ID": Pick(
        [
            ("web", 28),
            ("email", 18),
            ("whatsapp", 20),
            ("call", 12),
            ("fair", 6),
            ("import", 8),
            ("linkedin", 3),
        ]
        + [("referral", 5)]
    ),
    "EU": Pick(
        [
            ("web", 38),
            ("email", 25),
            ("call", 12),
            ("whatsapp", 4),
            ("fair", 7),
            ("import", 7),
            ("linkedin", 4),
        ]
        + [("referral", 3)]
    ),
    "XX": Pick(
        [
            ("web", 40),
            ("email", 28),
            ("call", 8),
            ("whatsapp", 4),
            ("fair", 6),
            ("import", 6),
            ("linkedin", 6),
        ]
        + [("referral", 2)]
    ),
}
# per channel: share of leads without company, contact, email, phone and country
MISSING = {
    "web": (0.12, 0.03, 0.03, 0.30, 0.25),
    "email": (0.35, 0.06, 0.0, 0.50, 0.60),
    "call": (0.25, 0.08, 0.55, 0.0, 0.45),
    "whatsapp": (0.55, 0.12, 0.85, 0.0, 0.55),
    "fair": (0.03, 0.02, 0.08, 0.12, 0.10),
    "import": (0.02, 0.15, 0.08, 0.10, 0.0),
    "linkedin": (0.05, 0.0, 0.45, 0.70, 0.35),
    "referral": (0.05, 0.10, 0.35, 0.35, 0.40),
}
WRONG_COUNTRY = {
    "ID": Pick([("NL", 40), ("US", 20), ("MY", 15), ("SG", 10), ("AF", 10), ("IN", 5)]),
    "NL": Pick([("BE", 40), ("DE", 20), ("ID", 10), ("US", 10), ("AF", 10), ("GB", 10)]),
    "BE": Pick([("NL", 60), ("FR", 20), ("DE", 10), ("AF", 10)]),
    "XX": Pick([("US", 30), ("NL", 30), ("ID", 20), ("AF", 20)]),
}
LEAD_TITLES = {
    "id": (
        even(
            _bar(
                "Permintaan penawaran {}|Penawaran harga {}|Info harga {}|Tanya harga {}|Kebutuhan {}"
                "|Pengadaan {}"
                "|Mohon info {}|Minta brosur {}|Request quotation {}|Demo {}|{} - mohon dihubungi|RFQ {}"
                "|Butuh {} segera"
            )
        ),
        zipf(
            _bar(
                "forklift|hand pallet|rak gudang|forklift elektrik|rak heavy duty|palet plastik|conveyor"
                "|timbangan digital|barcode scanner|printer label|software gudang|mesin wrapping|troli barang"
                "|sparepart forklift|sewa forklift|servis forklift|baterai forklift|reach truck"
                "|stacker elektrik"
            ),
            0.6,
        ),
        {
            "call": ["Telepon masuk", "Telp: tanya produk"],
            "whatsapp": ["Chat WhatsApp", "WA: tanya harga"],
            "fair": ["Pameran LogisTech 2024", "Kartu nama pameran"],
            "import": ["Import database asosiasi", "Data leads Q3"],
        },
    ),
    "nl": (
        even(
            _bar(
                "Offerteaanvraag {}|Offerte {}|Prijsopgave {}|Vraag over {}|Informatie {}|Demo {}|Aanvraag {}"
                "|Interesse in {}|Brochure {}|Prijsindicatie {}|Huur of koop {}"
            )
        ),
        zipf(
            _bar(
                "heftruck|palletwagen|magazijnstellingen|elektrische heftruck|palletstellingen"
                "|kunststof pallets"
                "|transportband|weegschaal|handscanner|labelprinter|magazijnsoftware|wikkelmachine"
                "|heftruck huren"
                "|onderhoudscontract|accu heftruck|reachtruck|stapelaar"
            ),
            0.6,
        ),
        {
            "call": ["Terugbelverzoek", "Telefonische vraag"],
            "fair": ["Beurs Logistica 2024", "Visitekaartje beurs"],
            "import": ["Import ledenlijst", "Leadlijst Q3"],
        },
    ),
    "en": (
        even(
            _bar(
                "Request for quotation: {}|Quote {}|Price inquiry {}|Question about {}|Demo request {}"
                "|Interested in {}|Brochure {}|RFQ - {}|Enquiry: {}|Pricing for {}"
            )
        ),
        zipf(
            _bar(
                "forklift|pallet jack|pallet racking|electric forklift|plastic pallets|conveyor"
                "|weighing scale"
                "|barcode scanner|label printer|WMS software|stretch wrapper|forklift rental|service contract"
                "|forklift battery|reach truck|stacker"
            ),
            0.6,
        ),
        {
            "call": ["Callback request", "Inbound call"],
            "fair": ["Trade fair contact", "Booth visit"],
            "import": ["Imported list", "Association directory import"],
        },
    ),
    "de": (
        even(_bar("Angebotsanfrage {}|Anfrage {}|Preisanfrage {}|Frage zu {}|Interesse an {}|Angebot {}")),
        zipf(
            _bar(
                "Gabelstapler|Hubwagen|Palettenregal|Förderband|Waage|Barcodescanner|Lagerverwaltungssoftware"
                "|Wartungsvertrag|Elektro-Stapler"
            ),
            0.6,
        ),
        {"call": ["Rückrufbitte", "Telefonische Anfrage"], "fair": ["Messekontakt LogiMAT"]},
    ),
}


def group_key(region):
    """The key of the per-region tables that group several regions (EN, EU, XX)."""
    if region in ("ID", "NL", "BE", "DE"):
        return region
    return "EN"


# ------------------------------------------------------------------------------------------ objects
class Phone:
    """A telephone number: country, area code (or mobile prefix) and subscriber number, without trunk."""

    __slots__ = ("area", "country", "mobile", "sub")

    def __init__(self, country, area, sub, mobile):
        self.country, self.area, self.sub, self.mobile = country, area, sub, mobile

    def key(self):
        return PLANS[self.country]["cc"] + self.area + self.sub


class Person:
    """A contact: names, own mobile, private mailbox, work mailbox and typing habits."""

    __slots__ = ("culture", "default", "family_first", "first", "gender", "last", "mobile")
    __slots__ += ("particle", "phone_style", "private", "work")


class Company:
    """A customer company: name words, legal form, city, domains or public mailbox, landline."""

    __slots__ = ("box", "branch_people", "chain", "city", "domains", "keys", "landline", "legal", "locals")
    __slots__ += ("pattern", "region", "tail", "words")


class Prospect:
    """Ground truth: one customer that a salesperson wants as one opportunity."""

    __slots__ = ("agent", "company", "contacts", "country", "first_noise", "nleads", "region", "tag", "uid")


def mailbox_key(local, domain):
    """Registry key of a mailbox: lower case; at Gmail dots and +tags do not count."""
    local, domain = local.lower(), domain.lower()
    if domain in ("gmail.com", "googlemail.com"):
        local = local.split("+", 1)[0].replace(".", "")
    return f"{local}@{domain}"


class World:
    """The random source and the registries that keep prospects apart."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.uid = 0
        self.phones = {}
        self.mailboxes = {}
        self.domains = {}
        self.exact = {}
        self.fold = {}
        self.sorted = {}
        for names in COMMON_SHOPS.values():
            for name in names:
                self.claim_name(0, name.split(" "), ("any",), ())

    def new_uid(self):
        self.uid += 1
        return self.uid

    def claim_phone(self, owner, country, mobile, city=None):
        """Draw a number no other prospect has; register it to ``owner``."""
        rng, plan = self.rng, PLANS[country]
        for _ in range(10000):
            if mobile:
                area, length = plan["mobile"](rng)
                first = plan["mfirst"]
            else:
                _, area, length = city or plan["cities"](rng)
                first = plan["fixed"]
            sub = rng.choice(first) + f"{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
            phone = Phone(country, area, sub, mobile)
            key = phone.key()
            if key not in self.phones:
                self.phones[key] = owner
                return phone
        raise RuntimeError("phone numbers exhausted")

    def claim_mailbox(self, owner, local, domain):
        """Register ``local@domain`` (digits appended until free) to ``owner``; return (local, domain)."""
        base = local
        for attempt in range(10000):
            key = mailbox_key(local, domain)
            if key not in self.mailboxes:
                self.mailboxes[key] = owner
                return (local, domain)
            local = f"{base}{self.rng.randrange(1, 100 if attempt < 10 else 100000)}"
        raise RuntimeError("mailboxes exhausted")

    def claim_domain(self, owner, base, tld, extras):
        """Register the first free of ``base.tld``, ``base<extra>.tld``, ``base<n>.tld`` to ``owner``."""
        candidates = [base] + [base + extra for extra in extras]
        for attempt in range(10000):
            name = (
                candidates[attempt] if attempt < len(candidates) else f"{base}{self.rng.randrange(2, 1000)}"
            )
            domain = f"{name}.{tld}"
            if domain not in self.domains:
                self.domains[domain] = owner
                return domain
        raise RuntimeError("domains exhausted")

    def claim_name(self, owner, words, share, cluster):
        """Register a company name; ``share`` lists the registries where a cluster-mate may hold the key."""
        exact = exact_key(words)
        keys = (exact, fold_key(exact), sorted_key(words))
        registries = (self.exact, self.fold, self.sorted)
        if "any" not in share:
            for kind, registry, key in zip(("exact", "fold", "sorted"), registries, keys, strict=True):
                holder = registry.get(key)
                if holder is not None and not (kind in share and holder in cluster):
                    return None
        for registry, key in zip(registries, keys, strict=True):
            registry.setdefault(key, owner)
        return keys

    def value_ok(self, registry, key, owner, own_keys=None):
        """Whether a noisy value is free or already ``owner``'s; if so register it to ``owner``."""
        holder = registry.get(key)
        if holder is None or holder == owner or (own_keys is not None and key in own_keys):
            registry.setdefault(key, owner)
            return True
        return False

    def name_ok(self, owner, company, words):
        """Whether a noisy company name is not another prospect's name (exactly or folded)."""
        exact = exact_key(words)
        if not exact:
            return False
        checks = ((self.exact, ("exact", exact)), (self.fold, ("fold", fold_key(exact))))
        for registry, tagged in checks:
            holder = registry.get(tagged[1])
            if holder is not None and holder != owner and tagged not in company.keys:
                return False
        for registry, tagged in checks:
            registry.setdefault(tagged[1], owner)
            company.keys.add(tagged)
        return True


# ------------------------------------------------------------------------------------------ persons
def name_person(rng, person, data, male):
    """Draw the names of ``person`` from its culture."""
    culture = person.culture
    person.first = (data["male"] if male else data["female"])(rng)
    person.last = data["family"](rng)
    if culture == "id":
        if rng.random() < data["single_rate"]:
            person.first = (data["single"] if male else data["single_f"])(rng)
            person.last = ""
        elif rng.random() < 0.06:
            person.last = old_spelling(person.last)
    elif culture in ("nl", "be"):
        parts = person.last.split(" ")
        person.particle, person.last = " ".join(parts[:-1]), parts[-1]
    elif culture == "cn":
        if rng.random() < 0.35:
            person.first = (data["western_m"] if male else data["western_f"])(rng)
        else:
            person.family_first = True
    elif culture == "ms":
        person.particle = "bin" if male else "binti"


def person_slugs(person):
    """First and last name as they appear in mailbox names (``jan``, ``devries``)."""
    first = slug(person.first) if person.family_first else slug(person.first.split(" ")[0])
    last = person.last
    if person.particle and person.culture in ("nl", "be"):
        last = person.particle + last
    return first, slug(last)


def private_local(rng, person, pattern=None):
    """A private mailbox name such as ``budi.santoso88`` or ``jdevries``."""
    first, last = person_slugs(person)
    values = {"f": first, "l": last, "i": first[:1], "j": last[:1]}
    values["n"] = str(rng.randrange(1, 100))
    values["y"] = str(rng.randrange(1962, 2004))
    if not last:
        return SINGLE_PATTERNS(rng).format(**values)
    return (pattern or PRIVATE_PATTERNS(rng)).format(**values)


def new_person(w, owner, culture, country, names=None, private_pattern=None):
    """A new contact with own mobile and private mailbox registered to ``owner``."""
    rng = w.rng
    data = CULTURES[culture]
    person = Person()
    person.culture = culture
    person.particle, person.family_first = "", False
    if names:
        person.gender, person.first, person.particle, person.last = names
        person.family_first = culture == "cn" and " " in person.first
    else:
        person.gender = "m" if rng.random() < data["male_share"] else "f"
        name_person(rng, person, data, person.gender == "m")
    person.mobile = w.claim_phone(owner, country, True)
    provider = PROVIDERS[country](rng)
    person.private = w.claim_mailbox(owner, private_local(rng, person, private_pattern), provider)
    person.work = None
    person.default = person.private
    person.phone_style = PHONE_STYLES[country](rng)
    return person


def clone_person(w, owner, source, country, keep_mobile=False, keep_private=False):
    """Somebody with the very names of ``source`` (a namesake, or the same person elsewhere)."""
    names = (source.gender, source.first, source.particle, source.last)
    person = new_person(w, owner, source.culture, country, names)
    person.family_first = source.family_first
    if keep_mobile:
        person.mobile = source.mobile
    if keep_private:
        person.private = person.default = source.private
    return person


def surname(person_like, start):
    """The surname with its particle; a Dutch particle is capitalised at the start (De Vries, de Vries)."""
    particle, last, culture = person_like
    if not last or not particle:
        return last
    if start and culture == "nl":
        particle = particle[:1].upper() + particle[1:]
    return f"{particle} {last}"


def full_name(person):
    if not person.last:
        return person.first
    if person.family_first:
        return f"{person.last} {person.first}"
    return f"{person.first} {surname((person.particle, person.last, person.culture), False)}"


def work_local(person, pattern):
    first, last = person_slugs(person)
    if not last or pattern == "first":
        return first
    return {
        "first.last": f"{first}.{last}",
        "firstlast": f"{first}{last}",
        "first_last": f"{first}_{last}",
        "flast": f"{first[:1]}{last}",
        "f.last": f"{first[:1]}.{last}",
        "first.l": f"{first}.{last[:1]}",
        "firstl": f"{first}{last[:1]}",
        "last": last,
    }[pattern]


def attach(w, company, person, local=None):
    """Make ``person`` work at ``company``: a work mailbox at its domain, or its public mailbox."""
    rng = w.rng
    if company.domains:
        local = local or work_local(person, company.pattern)
        base = local
        while local in company.locals:
            local = (
                f"{base}{rng.randrange(1, 10)}" if rng.random() < 0.5 else f"{base}.{rng.randrange(1, 100)}"
            )
        company.locals.add(local)
        person.work = (local, company.domains[0])
        person.default = person.work
    elif company.box and rng.random() < 0.6:
        person.default = company.box
    else:
        person.default = person.private


# ------------------------------------------------------------------------------------------ company names
def fam_token(family):
    """A family name as written in a company name: ``de Vries`` -> ``De Vries``."""
    return family[:1].upper() + family[1:]


def brand(rng):
    return rng.choice(BRAND_HEAD) + rng.choice(BRAND_TAIL)


def family_of(rng, region):
    """A family name of the region, as a company name token."""
    if region == "NL":
        return fam_token(CULTURES["nl"]["family"](rng))
    if region == "BE":
        return CULTURES["be"]["family"](rng)
    if region == "DE":
        return DE_FAMILY_PICK(rng)
    if region == "ID":
        return ID_FAMILY_PICK(rng)
    if region in ("SG", "MY"):
        return CN_FAMILY_PICK(rng)
    return EN_FAMILY_PICK(rng)


def family_words(rng, region, family):
    """A company named after a family: Bakkerij Peters, Peters Techniek, Toko Halim, Smith & Sons."""
    r = rng.random()
    if region in ("NL", "BE"):
        long_pick, short_pick = (
            (NL_LONG_PICK, NL_SHORT_PICK) if region == "NL" else (BE_LONG_PICK, BE_SHORT_PICK)
        )
        if r < 0.4:
            return [long_pick(rng), family]
        if r < 0.8:
            return [family, short_pick(rng)]
        if r < 0.9:
            return [family, rng.choice(("Groep", "Holding", "& Zn."))]
        return ["Gebr.", family]
    if region == "ID":
        if r < 0.35:
            return [ID_SHOP_PICK(rng), family]
        if r < 0.75:
            return [family, ID_CORE_PICK(rng)]
        return [family, ID_SECTOR_PICK(rng)]
    if region == "DE":
        if r < 0.6:
            return [family, DE_TRADE_PICK(rng)]
        if r < 0.85:
            return [DE_TRADE_PICK(rng), family]
        return [family, "&", "Söhne"]
    if r < 0.6:
        return [family, EN_TRADE_PICK(rng)]
    if r < 0.8:
        return [family, "&", "Sons"]
    return [family, "Brothers", EN_TRADE_PICK(rng)]


def slot_words(rng, region):
    """A name of interchangeable words, with the pick each slot came from and how many may be reordered."""
    if region in ("ID", "MY"):
        core_pick = ID_CORE_PICK if region == "ID" else MY_CORE_PICK
        words = distinct(rng, core_pick, 2 if rng.random() < 0.55 else 3)
        pools = [core_pick] * len(words)
        movable = len(words)
        tail = ID_SECTOR_PICK if region == "ID" else MY_TAIL_PICK
        if rng.random() < (0.3 if region == "ID" else 0.6):
            words.append(tail(rng))
            pools.append(tail)
        return words, pools, movable
    if region in ("NL", "BE"):
        short = NL_SHORT_PICK if region == "NL" else BE_SHORT_PICK
        if rng.random() < 0.5:
            head = NL_REGION_PICK if region == "NL" else BE_REGION_PICK
        else:

            def head(r):
                return family_of(r, region)

        return [head(rng), short(rng)], [head, short], 2
    if region == "DE":
        return [DE_REGION_PICK(rng), DE_TRADE_PICK(rng)], [DE_REGION_PICK, DE_TRADE_PICK], 2
    if region == "SG" and rng.random() < 0.4:
        words = distinct(rng, HOKKIEN_PICK, 2) + [EN_TRADE_PICK(rng)]
        return words, [HOKKIEN_PICK, HOKKIEN_PICK, EN_TRADE_PICK], 2
    if rng.random() < 0.6:
        words = [EN_FIRST_PICK(rng), EN_SECOND_PICK(rng), EN_TRADE_PICK(rng)]
        return words, [EN_FIRST_PICK, EN_SECOND_PICK, EN_TRADE_PICK], 2
    return [EN_FIRST_PICK(rng), EN_TRADE_PICK(rng)], [EN_FIRST_PICK, EN_TRADE_PICK], 2


def id_words(rng, legal):
    r = rng.random()
    if legal in ("", "UD") and r < 0.55:
        return [ID_SHOP_PICK(rng)] + distinct(rng, ID_CORE_PICK, rng.choice((1, 2, 2)))
    if r < 0.06:
        return [ID_FAMILY_PICK(rng), ID_CORE_PICK(rng)]
    count = Pick([(1, 4), (2, 50), (3, 40), (4, 6)])(rng)
    words = distinct(rng, ID_CORE_PICK, count)
    if count == 1 or rng.random() < 0.33:
        words.append(ID_SECTOR_PICK(rng))
    if rng.random() < 0.04:
        index = rng.randrange(len(words))
        words[index] = old_spelling(words[index])
    return words


def dutch_words(rng, region):
    r = rng.random()
    short = NL_SHORT_PICK if region == "NL" else BE_SHORT_PICK
    if r < 0.58:
        return family_words(rng, region, family_of(rng, region))
    if r < 0.72:
        return [(NL_REGION_PICK if region == "NL" else BE_REGION_PICK)(rng), short(rng)]
    if r < 0.86:
        return [brand(rng), short(rng)] if rng.random() < 0.6 else [brand(rng)]
    if r < 0.93:
        return [family_of(rng, region), "&", family_of(rng, region)]
    return [family_of(rng, region), *distinct(rng, short, 2)]


def english_words(rng, region):
    r = rng.random()
    if region == "SG" and r < 0.35 or region == "MY" and r < 0.3:
        return distinct(rng, HOKKIEN_PICK, 2) + [EN_TRADE_PICK(rng)]
    if region == "MY" and r < 0.85:
        words = distinct(rng, MY_CORE_PICK, 2)
        if rng.random() < 0.5:
            words.append(MY_TAIL_PICK(rng))
        return ["Syarikat"] + words if rng.random() < 0.1 else words
    if r < 0.45:
        return [EN_FIRST_PICK(rng), EN_TRADE_PICK(rng)]
    if r < 0.65:
        return [EN_FIRST_PICK(rng), EN_SECOND_PICK(rng), EN_TRADE_PICK(rng)]
    if r < 0.75:
        return [EN_FIRST_PICK(rng) + EN_SECOND_PICK(rng).lower(), EN_TRADE_PICK(rng)]
    if r < 0.9:
        return family_words(rng, region, family_of(rng, region))
    return [brand(rng), EN_TRADE_PICK(rng)]


def german_words(rng):
    r = rng.random()
    if r < 0.6:
        return family_words(rng, "DE", DE_FAMILY_PICK(rng))
    if r < 0.8:
        return [brand(rng), DE_TRADE_PICK(rng)]
    return [DE_REGION_PICK(rng), DE_TRADE_PICK(rng)]


def company_words(rng, region, legal):
    if region == "ID":
        return id_words(rng, legal)
    if region in ("NL", "BE"):
        return dutch_words(rng, region)
    if region == "DE":
        return german_words(rng)
    return english_words(rng, region)


def extension_word(rng, region):
    """A word added to a name that is taken (the way a registrar asks for another name)."""
    if region == "ID":
        return ID_CORE_PICK(rng) if rng.random() < 0.6 else ID_SECTOR_PICK(rng)
    if region == "NL":
        return NL_REGION_PICK(rng) if rng.random() < 0.7 else "Groep"
    if region == "BE":
        return BE_REGION_PICK(rng) if rng.random() < 0.7 else "Group"
    if region == "DE":
        return DE_REGION_PICK(rng)
    return EN_FIRST_PICK(rng) if rng.random() < 0.5 else EN_TRADE_PICK(rng)


def chain_words(rng, region):
    """The name of a chain of shops or branches."""
    if region == "ID":
        return [ID_SHOP_PICK(rng)] + distinct(rng, ID_CORE_PICK, 2)
    if region in ("NL", "BE"):
        if rng.random() < 0.5:
            return [(NL_LONG_PICK if region == "NL" else BE_LONG_PICK)(rng), family_of(rng, region)]
        return [brand(rng), (NL_SHORT_PICK if region == "NL" else BE_SHORT_PICK)(rng)]
    if region == "DE":
        return [DE_TRADE_PICK(rng), family_of(rng, region)]
    if region == "MY":
        return ["Kedai"] + distinct(rng, MY_CORE_PICK, 2)
    return [EN_FIRST_PICK(rng), rng.choice(("Hardware", "Stores", "Pharmacy", "Motors", "Supplies"))]


def claim_words(w, owner, region, words_fn, share, cluster):
    """Draw names from ``words_fn`` until one is free; return the words and their registry keys."""
    rng = w.rng
    extend_from = 6 if region in ("ID", "MY") else 20
    for attempt in range(90):
        words = list(words_fn())
        if attempt >= extend_from:
            extra = extension_word(rng, region)
            words.append(extra if extra not in words else brand(rng))
        if attempt >= 50:
            words.append(brand(rng))
        keys = w.claim_name(owner, words, share, cluster)
        if keys:
            return words, {("exact", keys[0]), ("fold", keys[1])}
    raise RuntimeError("no free company name")


def domain_base(rng, company):
    toks = [slug(word) for word in company.words]
    toks = [tok for tok in toks if tok]
    full = "".join(toks)
    prefix = slug(LEGAL[company.legal][0])
    r = rng.random()
    if len(full) > 24 and len(toks) >= 2:
        return "".join(tok[0] for tok in toks[:-1]) + toks[-1]
    if r < 0.64 or len(toks) < 2:
        return full
    if r < 0.8:
        return "-".join(toks)
    if r < 0.87 and prefix:
        return prefix + full
    if r < 0.93 and len(toks) >= 3:
        return "".join(tok[0] for tok in toks) + rng.choice(("group", "indo", "corp", ""))
    if r < 0.96 and len(toks) >= 3:
        return "".join(toks[:2])
    return full + rng.choice(DOMAIN_SUFFIX.get(company.region, ["group", "global"]))


def claim_domains(w, owner, company, tld=None, base=None):
    rng = w.rng
    region = company.region
    base = base or domain_base(rng, company)
    extras = [slug(company.city[0])[:10], *DOMAIN_SUFFIX.get(region, ["group", "online"])]
    domains = [w.claim_domain(owner, base, tld or TLDS[region](rng), extras)]
    if rng.random() < 0.22:
        tld2 = "com" if not domains[0].endswith(".com") else CCTLD[region]
        if rng.random() < 0.3 and "-" not in base:
            second = w.claim_domain(owner, base + rng.choice(("group", "online", "indo", "shop")), tld2, [])
        else:
            second = w.claim_domain(owner, base, tld2, ["-" + slug(company.city[0])[:6], "group"])
        domains.append(second)
    return domains


def box_local(rng, company):
    """The public mailbox a small company uses as its company address (``cv.abadijaya@yahoo.co.id``)."""
    full = "".join(slug(word) for word in company.words)[:24]
    prefix = slug(LEGAL[company.legal][0])
    city = slug(company.city[0])[:3]
    r = rng.random()
    if r < 0.3:
        return full
    if r < 0.45 and prefix:
        return f"{prefix}.{full}" if rng.random() < 0.5 else f"{prefix}{full}"
    if r < 0.6:
        return f"{full}.{city}"
    if r < 0.72:
        return f"{full}{rng.randrange(1, 100)}"
    if r < 0.82:
        return f"{'admin' if company.region == 'ID' else 'info'}.{full}"
    if r < 0.92:
        return f"{full}_{city}"
    return f"{full}.official"


def new_company(w, owner, region, cluster, words_fn=None, share=(), legal=None, **opts):
    """A new company registered to ``owner``; ``opts``: city, public, landline, tld, domain_base."""
    rng = w.rng
    company = Company()
    company.region = region
    company.legal = LEGAL_PICK[region](rng) if legal is None else legal
    if words_fn is None:

        def words_fn():
            return company_words(rng, region, company.legal)

    company.words, company.keys = claim_words(w, owner, region, words_fn, share, cluster)
    company.city = opts.get("city") or PLANS[region]["cities"](rng)
    company.tail = ""
    company.chain = None
    company.branch_people = None
    company.locals = set()
    company.pattern = WORK_PATTERNS[group_key(region)](rng)
    public = opts.get("public")
    if public is None:
        public = rng.random() < PUBLIC_MAIL.get(company.legal, 0.04)
    company.domains, company.box = [], None
    if public:
        company.box = w.claim_mailbox(owner, box_local(rng, company), PROVIDERS[region](rng))
    else:
        company.domains = claim_domains(w, owner, company, opts.get("tld"), opts.get("domain_base"))
    landline = opts.get("landline", True)
    if landline is True:
        landline = None
        if rng.random() < LANDLINE.get(company.legal, 0.85):
            city = company.city
            if region == "NL" and rng.random() < 0.06:
                city = ("", rng.choice(("88", "85")), 7)
            landline = w.claim_phone(owner, region, False, city)
    company.landline = landline or None
    return company


# ------------------------------------------------------------------------------------------ prospects
def make_prospect(w, uid, tag, region, company, contacts, nleads=None):
    p = Prospect()
    p.uid, p.tag, p.region, p.company, p.contacts = uid, tag, region, company, contacts
    p.country = region
    p.agent = None
    p.first_noise = None
    p.nleads = nleads or LEADS_PICK(w.rng)
    return p


def company_prospect(w, tag, region, cluster, person_fn=None, names=None, culture=None, **opts):
    """A prospect that is a company with one known contact."""
    uid = w.new_uid()
    cluster.append(uid)
    private_pattern = opts.pop("private_pattern", None)
    company = new_company(w, uid, region, cluster, **opts)
    if person_fn is not None:
        person = person_fn(uid)
    else:
        culture = culture or CULTURE_OF[region](w.rng)
        person = new_person(w, uid, culture, region, names, private_pattern)
    attach(w, company, person)
    return make_prospect(w, uid, tag, region, company, [person])


def individual_prospect(w, tag, region, cluster, person=None):
    """A prospect without company: a sole trader or private buyer writing from a private mailbox."""
    uid = w.new_uid()
    cluster.append(uid)
    person = person or new_person(w, uid, CULTURE_OF[region](w.rng), region)
    return make_prospect(w, uid, tag, region, None, [person])


def distinct_cities(rng, region, count, exclude):
    names = [city[0] for city in exclude]
    out = []
    for _ in range(count * 40):
        city = PLANS[region]["cities"](rng)
        if city[0] not in names:
            names.append(city[0])
            out.append(city)
            if len(out) == count:
                break
    return out


def branch_tail(rng, region, city):
    return rng.choice(BRANCH_TAIL.get(group_key(region), BRANCH_TAIL["EN"])).format(city)


def chain_prospect(w, tag, region, cluster, words=None):
    """A chain that buys centrally: own domain and central number; its branches write as the chain."""
    rng = w.rng
    words = words or chain_words(rng, region)
    p = company_prospect(w, tag, region, cluster, words_fn=lambda: words, public=False, legal="")
    company = p.company
    if company.landline is None:
        company.landline = w.claim_phone(p.uid, region, False, company.city)
    company.chain = distinct_cities(rng, region, rng.randrange(2, 6), [company.city])
    company.branch_people = {}
    p.nleads = CHAIN_LEADS(rng)
    return p


def branch_prospect(w, tag, region, cluster, words, city, share=("any",)):
    """An independent branch of a chain: only the chain's name in common with the others."""
    rng = w.rng
    p = company_prospect(
        w, tag, region, cluster, words_fn=lambda: words, share=share, legal="", public=True, city=city
    )
    company = p.company
    w.claim_name(p.uid, [*words, city[0]], ("any",), cluster)
    if rng.random() < 0.75:
        company.tail = branch_tail(rng, region, city[0])
    if rng.random() < 0.8:
        local = f"{''.join(slug(x) for x in words)[:20]}.{slug(city[0])[:6]}"
        company.box = w.claim_mailbox(p.uid, local, PROVIDERS[region](rng))
        for person in p.contacts:
            attach(w, company, person)
    return p


# ------------------------------------------------------------------------------------------ clusters
MAIN_CULTURE = {
    "ID": "id",
    "NL": "nl",
    "BE": "be",
    "DE": "de",
    "GB": "en",
    "US": "en",
    "SG": "cn",
    "MY": "ms",
}
MAIN_LEGAL = {
    "ID": "PT",
    "NL": "BV",
    "BE": "BE_BV",
    "GB": "LTD",
    "US": "LLC",
    "SG": "PTE",
    "MY": "SDN",
    "DE": "GMBH",
}
SHOP_PICKS = {region: zipf(names, 0.8) for region, names in COMMON_SHOPS.items()}
UP_TO_3 = Pick([(1, 45), (2, 35), (3, 20)])
UP_TO_4 = Pick([(1, 40), (2, 30), (3, 20), (4, 10)])


def names_of(rng, culture, family=None, gender=None, first=None):
    """(gender, first, particle, last) of a person of ``culture``, with a given family name if any."""
    data = CULTURES[culture]
    gender = gender or ("m" if rng.random() < data["male_share"] else "f")
    first = first or (data["male"] if gender == "m" else data["female"])(rng)
    family = family or data["family"](rng)
    parts = family.split(" ")
    particle, last = " ".join(parts[:-1]), parts[-1]
    if culture == "nl":
        particle = particle.lower()
    if culture == "ms":
        particle = "bin" if gender == "m" else "binti"
    return gender, first, particle, last


def build_ordinary(w):
    rng = w.rng
    region = REGION_PICK(rng)
    r = rng.random()
    if r < 0.065:
        return [individual_prospect(w, "base", region, [])]
    if r < 0.08 and region != "SG":
        return [chain_prospect(w, "base", region, [])]
    return [company_prospect(w, "base", region, [])]


def permuted(rng, items, seen):
    """Another order of ``items`` than any in ``seen``, or None."""
    for _ in range(12):
        order = list(reversed(items)) if len(items) == 2 else rng.sample(items, len(items))
        if order not in seen:
            return order
    return None


def build_word_order(w):
    """Same words in another order: PT Utama Abadi Tbk / PT Abadi Utama; Zorg Visser / Visser Zorg."""
    rng = w.rng
    region = Pick([("ID", 55), ("NL", 18), ("BE", 10), ("GB", 7), ("SG", 4), ("MY", 4), ("DE", 2)])(rng)
    cluster = []
    words, _, movable = slot_words(rng, region)
    anchor = company_prospect(w, "base", region, cluster, words_fn=lambda: words)
    base = anchor.company.words
    out, seen = [anchor], [base[:movable]]
    for _ in range(1 if rng.random() < 0.8 else 2):
        order = permuted(rng, base[:movable], seen)
        if order is None:
            break
        seen.append(order)
        legal = anchor.company.legal if rng.random() < 0.5 else None
        neg = company_prospect(
            w,
            "neg_word_order",
            region,
            cluster,
            words_fn=lambda o=order: o + base[movable:],
            share=("sorted",),
            legal=legal,
        )
        if rng.random() < 0.2:
            neg.first_noise = "co_typo"
        out.append(neg)
    return out


def swapped(rng, base, pools, movable, region):
    """``base`` with one word replaced, added or dropped."""
    words = list(base)
    r = rng.random()
    if r < 0.2 and region in ("ID", "MY"):
        words.insert(movable, (ID_CORE_PICK if region == "ID" else MY_CORE_PICK)(rng))
        return words
    if r < 0.32 and movable >= 3:
        del words[rng.randrange(movable)]
        return words
    index = rng.randrange(min(len(pools), len(words)))
    for _ in range(20):
        new = pools[index](rng)
        if new not in words:
            words[index] = new
            break
    return words


def build_word_swap(w):
    """One word replaced or added: PT Maju Jaya / PT Maju Bersama / PT Maju Jaya Abadi."""
    rng = w.rng
    region = Pick([("ID", 55), ("NL", 15), ("BE", 8), ("GB", 8), ("MY", 6), ("SG", 4), ("DE", 4)])(rng)
    cluster = []
    words, pools, movable = slot_words(rng, region)
    anchor = company_prospect(w, "base", region, cluster, words_fn=lambda: words)
    base = anchor.company.words
    out = [anchor]
    for _ in range(UP_TO_3(rng)):
        legal = anchor.company.legal if rng.random() < 0.6 else None
        out.append(
            company_prospect(
                w,
                "neg_word_swap",
                region,
                cluster,
                words_fn=lambda: swapped(rng, base, pools, movable, region),
                legal=legal,
            )
        )
    return out


def build_family(w):
    """One family name, unrelated businesses: Bakkerij Peters / Peters Techniek / Peters Transport B.V."""
    rng = w.rng
    region = Pick(
        [("NL", 38), ("BE", 20), ("DE", 8), ("GB", 10), ("US", 4), ("ID", 14), ("SG", 3), ("MY", 3)]
    )(rng)
    culture = {"SG": "cn", "MY": "cn", "ID": "id"}.get(region, MAIN_CULTURE[region])
    family = family_of(rng, region)
    cluster, out = [], []
    for index in range(1 + UP_TO_3(rng)):
        names = names_of(rng, culture, family) if rng.random() < 0.45 and region != "ID" else None
        if names and culture == "cn":
            names = names_of(rng, "cn", family)
        out.append(
            company_prospect(
                w,
                "neg_family" if index else "base",
                region,
                cluster,
                names=names,
                culture=culture if names else None,
                words_fn=lambda: family_words(rng, region, family),
            )
        )
    return out


def build_one_letter(w):
    """Names one letter apart, both real: PT Putra Jaya / PT Putri Jaya; Jansen Bouw / Janssen Bouw."""
    rng = w.rng
    region = Pick([("ID", 40), ("NL", 28), ("BE", 12), ("GB", 8), ("US", 4), ("DE", 8)])(rng)
    pairs = {"ID": ID_PAIRS, "NL": NL_PAIRS, "BE": BE_PAIRS, "DE": DE_PAIRS}.get(region, EN_PAIRS)
    a, b = rng.choice(pairs)
    if rng.random() < 0.5:
        a, b = b, a
    if region == "ID":

        def words_fn():
            core = distinct(rng, ID_CORE_PICK, rng.choice((1, 2)), (a, b))
            core.insert(rng.randrange(len(core) + 1), a)
            return core

    else:

        def words_fn():
            return family_words(rng, region, a)

    cluster = []
    anchor = company_prospect(w, "base", region, cluster, words_fn=words_fn)
    neg_words = [b if word == a else word for word in anchor.company.words]
    legal = anchor.company.legal if rng.random() < 0.7 else None
    neg = company_prospect(
        w,
        "neg_one_letter",
        region,
        cluster,
        words_fn=lambda: neg_words,
        share=("fold", "sorted"),
        legal=legal,
    )
    return [anchor, neg]


def build_branch(w):
    """A chain's branches in other cities with nothing but the chain's name in common."""
    rng = w.rng
    region = Pick([("ID", 50), ("NL", 25), ("BE", 12), ("GB", 6), ("MY", 4), ("DE", 3)])(rng)
    cluster = []
    if rng.random() < 0.35:
        anchor = chain_prospect(w, "base", region, cluster)
        used = [anchor.company.city, *anchor.company.chain]
    else:
        city = PLANS[region]["cities"](rng)
        anchor = branch_prospect(w, "base", region, cluster, chain_words(rng, region), city, share=())
        used = [city]
    words = anchor.company.words
    out = [anchor]
    for city in distinct_cities(rng, region, UP_TO_4(rng), used):
        out.append(branch_prospect(w, "neg_branch", region, cluster, words, city))
    return out


def build_same_shop(w):
    """Unrelated shops with the very same common name in other towns, at public mailboxes."""
    rng = w.rng
    region = Pick([("ID", 45), ("NL", 25), ("BE", 15), ("GB", 10), ("MY", 5)])(rng)
    words = SHOP_PICKS[region](rng).split(" ")
    cities = distinct_cities(rng, region, 1 + UP_TO_4(rng), [])
    fresh = [city for city in cities if exact_key([*words, city[0]]) not in w.exact]
    cities = fresh if len(fresh) >= 2 else cities
    cluster, out = [], []
    for index, city in enumerate(cities):
        p = company_prospect(
            w,
            "neg_same_shop" if index else "base",
            region,
            cluster,
            words_fn=lambda: words,
            share=("any",),
            legal="",
            public=rng.random() < 0.85,
            city=city,
        )
        w.claim_name(p.uid, [*words, city[0]], ("any",), cluster)
        if rng.random() < 0.25:
            p.company.tail = rng.choice(("{}", "- {}", "({})")).format(city[0])
        out.append(p)
    return out


def build_owner_private(w):
    """A company, and its owner's private lead: same name, private mailbox, own mobile, no company."""
    rng = w.rng
    region = REGION_PICK(rng)
    small = SMALL_LEGAL.get(region)
    legal = rng.choice(small) if small and rng.random() < 0.7 else None
    cluster = []
    anchor = company_prospect(w, "base", region, cluster, legal=legal)
    uid = w.new_uid()
    cluster.append(uid)
    person = clone_person(w, uid, anchor.contacts[0], region)
    return [anchor, make_prospect(w, uid, "neg_owner_private", region, None, [person])]


def build_switchboard(w):
    """Companies with other names behind one business-centre switchboard number."""
    rng = w.rng
    region = Pick([("ID", 45), ("NL", 20), ("BE", 10), ("SG", 12), ("GB", 8), ("MY", 5)])(rng)
    city = PLANS[region]["cities"](rng)
    cluster = []
    anchor = company_prospect(w, "base", region, cluster, city=city, public=False, landline=False)
    shared = w.claim_phone(anchor.uid, region, False, city)
    anchor.company.landline = shared
    out = [anchor]
    for _ in range(UP_TO_4(rng)):
        public = rng.random() < 0.1
        out.append(
            company_prospect(w, "neg_switchboard", region, cluster, city=city, public=public, landline=shared)
        )
    return out


def build_same_contact(w):
    """Unrelated companies whose contacts bear the same common full name (Budi Santoso, Jan de Vries)."""
    rng = w.rng
    region = Pick([("ID", 45), ("NL", 28), ("BE", 12), ("GB", 8), ("DE", 4), ("MY", 3)])(rng)
    culture = MAIN_CULTURE[region]
    data = CULTURES[culture]
    gender = "m" if rng.random() < 0.75 else "f"
    first = rng.choice((data["male"] if gender == "m" else data["female"]).items[:3])
    names = names_of(rng, culture, rng.choice(data["family"].items[:3]), gender, first)
    cluster = []
    out = [company_prospect(w, "base", region, cluster, names=names, culture=culture)]
    for _ in range(1 if rng.random() < 0.65 else 2):
        out.append(company_prospect(w, "neg_same_contact", region, cluster, names=names, culture=culture))
    return out


def build_neighbour(w):
    """The same name registered in the neighbouring country, with own ccTLD domain and phones."""
    rng = w.rng
    region = Pick([("NL", 40), ("BE", 22), ("ID", 28), ("MY", 10)])(rng)
    other = NEIGHBOUR[region]
    words = slot_words(rng, region)[0] if region in ("ID", "MY") else dutch_words(rng, region)
    cluster = []
    anchor = company_prospect(
        w,
        "base",
        region,
        cluster,
        words_fn=lambda: words,
        legal=MAIN_LEGAL[region],
        public=False,
        tld=CCTLD[region],
    )
    base = anchor.company.domains[0].split(".")[0]
    neg = company_prospect(
        w,
        "neg_neighbour",
        other,
        cluster,
        words_fn=lambda: anchor.company.words,
        share=("exact", "fold", "sorted"),
        legal=MAIN_LEGAL[other] if rng.random() < 0.7 else None,
        public=False,
        tld=CCTLD[other],
        domain_base=base,
    )
    return [anchor, neg]


def build_parent_sub(w):
    """A group and its subsidiaries with their own names and domains (Visser Groep / Visser Logistiek)."""
    rng = w.rng
    region = Pick([("NL", 30), ("ID", 35), ("BE", 10), ("GB", 10), ("DE", 8), ("SG", 7)])(rng)
    if region == "ID":
        stem, pool = distinct(rng, ID_CORE_PICK, 2), ID_SECTOR_PICK
    elif region in ("NL", "BE"):
        stem = [family_of(rng, region) if rng.random() < 0.6 else brand(rng)]
        pool = NL_SHORT_PICK if region == "NL" else BE_SHORT_PICK
    elif region == "DE":
        stem, pool = [family_of(rng, region)], DE_TRADE_PICK
    else:
        stem, pool = [EN_FIRST_PICK(rng), EN_SECOND_PICK(rng)][: rng.choice((1, 2))], EN_TRADE_PICK
    group = rng.choice(GROUP_WORD.get(region, ["Group", "Holdings"]))
    legal = MAIN_LEGAL[region]
    cluster = []
    parent = company_prospect(
        w, "base", region, cluster, words_fn=lambda: [*stem, group], legal=legal, public=False
    )
    stem = parent.company.words[: len(stem)]
    out = [parent]
    for _ in range(1 if rng.random() < 0.6 else 2):
        out.append(
            company_prospect(
                w,
                "neg_parent_sub",
                region,
                cluster,
                words_fn=lambda: [*stem, pool(rng)],
                legal=legal if rng.random() < 0.7 else None,
                public=False,
            )
        )
    return out


def build_reseller(w):
    """A reseller writing on behalf of its clients: the reseller's mailbox and phone, the client's name."""
    rng = w.rng
    region = Pick([("ID", 50), ("NL", 25), ("BE", 12), ("GB", 5), ("SG", 5), ("MY", 3)])(rng)
    trade = RESELLER_WORD.get(region, ["Solutions", "Systems", "Integration"])

    def words_fn():
        return company_words(rng, region, "PT")[:2] + [rng.choice(trade)]

    cluster = []
    anchor = company_prospect(
        w, "base", region, cluster, words_fn=words_fn, legal=MAIN_LEGAL[region], public=False
    )
    out = [anchor]
    for _ in range(UP_TO_3(rng)):
        client = company_prospect(w, "neg_reseller", region, cluster)
        client.agent = (anchor.contacts[0], anchor.company)
        out.append(client)
    return out


def build_freelancer(w):
    """A freelancer who writes for two client companies from the same private mailbox and mobile."""
    rng = w.rng
    region = Pick([("ID", 40), ("NL", 30), ("BE", 15), ("GB", 10), ("DE", 5)])(rng)
    cluster = []
    anchor = company_prospect(w, "base", region, cluster)
    freelancer = new_person(w, anchor.uid, CULTURE_OF[region](rng), region)
    anchor.agent = (freelancer, None)
    neg = company_prospect(w, "neg_freelancer", region, cluster)
    neg.agent = (freelancer, None)
    return [anchor, neg]


def build_relatives(w):
    """Relatives with their own small businesses in one town, at look-alike public mailboxes."""
    rng = w.rng
    region = Pick([("ID", 50), ("NL", 25), ("BE", 15), ("MY", 5), ("DE", 5)])(rng)
    culture = MAIN_CULTURE[region]
    family = CULTURES[culture]["family"](rng)
    city = PLANS[region]["cities"](rng)
    small = SMALL_LEGAL.get(region, ("",))
    cluster, out, firsts = [], [], []
    for index in range(2):
        names = names_of(rng, culture, family)
        while names[1] in firsts:
            names = names_of(rng, culture, family)
        firsts.append(names[1])
        token = fam_token(surname((names[2], names[3], culture), True)) if culture != "ms" else names[3]
        words_fn = (lambda t=token: family_words(rng, region, t)) if rng.random() < 0.5 else None
        p = company_prospect(
            w,
            "neg_relatives" if index else "base",
            region,
            cluster,
            names=names,
            culture=culture,
            words_fn=words_fn,
            legal=rng.choice(small),
            public=True,
            city=city,
            private_pattern="{f}.{l}",
        )
        p.contacts[0].default = p.contacts[0].private
        out.append(p)
    return out


def build_job_change(w):
    """A contact who moved to another company (new mailbox; often the same mobile)."""
    rng = w.rng
    region = REGION_PICK(rng)
    cluster = []
    anchor = company_prospect(w, "base", region, cluster)
    person = anchor.contacts[0]
    keep_mobile, keep_private = rng.random() < 0.6, rng.random() < 0.3

    def clone(uid):
        return clone_person(w, uid, person, region, keep_mobile, keep_private)

    return [anchor, company_prospect(w, "neg_job_change", region, cluster, person_fn=clone)]


BUILDERS = {
    "ordinary": build_ordinary,
    "word_order": build_word_order,
    "word_swap": build_word_swap,
    "family": build_family,
    "one_letter": build_one_letter,
    "branch": build_branch,
    "same_shop": build_same_shop,
    "owner_private": build_owner_private,
    "switchboard": build_switchboard,
    "same_contact": build_same_contact,
    "neighbour": build_neighbour,
    "parent_sub": build_parent_sub,
    "reseller": build_reseller,
    "freelancer": build_freelancer,
    "relatives": build_relatives,
    "job_change": build_job_change,
}
CLUSTER_PICK = Pick(
    [("ordinary", 861), ("word_order", 17), ("word_swap", 14), ("family", 11), ("one_letter", 13)]
    + [("branch", 7), ("same_shop", 7), ("owner_private", 13), ("switchboard", 7), ("same_contact", 10)]
    + [("neighbour", 11), ("parent_sub", 7), ("reseller", 5), ("freelancer", 5), ("relatives", 6)]
    + [("job_change", 6)]
)


# ------------------------------------------------------------------------------------------ typed texts
class CompanyText:
    """A company name as typed on one lead."""

    __slots__ = ("case", "post", "pre", "strip", "tail", "words")


class ContactText:
    """A contact name as typed on one lead."""

    __slots__ = ("case", "culture", "family_first", "first", "first_only", "gender", "initials", "last")
    __slots__ += ("order", "particle", "suffix", "title")


class EmailText:
    """An email address as typed on one lead."""

    __slots__ = ("case", "display", "domain", "fmt", "local")


class Draft:
    """One lead being built."""

    __slots__ = ("co", "country", "ct", "em", "ext", "info", "joiner", "labels", "landline", "lang", "mo")
    __slots__ += ("mobile", "ph", "required", "style", "tail", "who")


def company_text(company, tail):
    text = CompanyText()
    text.pre, text.post, _ = LEGAL[company.legal]
    text.words = list(company.words)
    text.tail = tail or company.tail
    text.case, text.strip = "", False
    return text


def contact_text(person):
    text = ContactText()
    text.first, text.last, text.particle = person.first, person.last, person.particle
    text.culture, text.family_first, text.gender = person.culture, person.family_first, person.gender
    text.order, text.case, text.title, text.suffix, text.initials, text.first_only = (
        "normal",
        "",
        "",
        "",
        "",
        False,
    )
    return text


def email_text(address):
    text = EmailText()
    text.local, text.domain = address
    text.case, text.display, text.fmt = "", None, "{n} <{a}>"
    return text


def apply_case(text, case):
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "title":
        return title_case(text)
    return text


def render_company(text):
    out = " ".join(text.words)
    if text.pre:
        out = f"{text.pre} {out}"
    if text.post:
        out = f"{out}{text.post}" if text.post.startswith(",") else f"{out} {text.post}"
    if text.tail:
        out = f"{out} {text.tail}"
    if text.strip:
        out = " ".join(re.sub(r"[.,'&()]", " ", out).split())
    return apply_case(out, text.case)


def render_contact(text):
    first = text.initials or text.first
    name = (text.particle, text.last, text.culture)
    if text.first_only or not text.last:
        core = first
    elif text.order == "comma":
        core = f"{surname(name, True)}, {first}"
    elif text.order == "official":
        core = f"{text.last}, {first} {text.particle}"
    elif text.order == "upper":
        core = f"{surname(name, True).upper()} {first}"
    elif text.family_first != (text.order == "swap"):
        core = f"{surname(name, True)} {first}"
    else:
        core = f"{first} {surname(name, False)}"
    if text.title:
        core = f"{text.title} {core}"
    return apply_case(core + text.suffix, text.case)


def render_email(text):
    local, domain = text.local, text.domain
    if text.case == "upper":
        local, domain = local.upper(), domain.upper()
    elif text.case == "title":
        local = ".".join(part[:1].upper() + part[1:] for part in local.split("."))
        domain = domain[:1].upper() + domain[1:]
    elif text.case == "domain":
        domain = domain.upper()
    address = f"{local}@{domain}"
    if text.display is None:
        return address
    return text.fmt.format(n=text.display, a=address)


def group_digits(digits, mode, sep):
    sizes = GROUPINGS[mode].get(len(digits)) if mode and sep else None
    if not sizes:
        return digits
    out, start = [], 0
    for size in sizes:
        out.append(digits[start : start + size])
        start += size
    return sep.join(out)


def render_phone(phone, style):
    """``phone`` as typed in ``style`` (national, international, +CC (0), 00CC, digits only ...)."""
    form, asep, isep, mode = style
    plan = PLANS[phone.country]
    cc, trunk, area, sub = plan["cc"], plan["trunk"], phone.area, phone.sub
    body = group_digits(sub, mode, isep)
    head = f"{area}{asep}" if area else ""
    if form == "natplain":
        return f"{trunk}{area}{sub}"
    if form == "excel":
        return f"{area}{sub}"
    if form == "intlplain":
        return f"+{cc}{area}{sub}"
    if form == "intlnoplus":
        return f"{cc}{area}{sub}"
    if form == "nat":
        return f"{trunk}{head}{body}" if area else body
    if form == "natparen" and not (phone.mobile and trunk):
        return f"({trunk}{area}) {body}" if area else body
    if form in ("nat", "natparen"):
        return f"{trunk}{area}{asep if asep.strip() else '-'}{body}" if area else body
    if form == "intltrunk" and trunk:
        return f"+{cc} ({trunk}){head}{body}"
    if form == "intl00":
        return f"00{cc} {head}{body}"
    if form == "parencc":
        return f"(+{cc}) {head}{body}"
    return f"+{cc} {head}{body}"


def render_numbers(draft, numbers, label):
    parts = []
    for number in numbers:
        text = render_phone(number, draft.style)
        if draft.ext and draft.ext[0] is number:
            text = draft.ext[1].format(text, draft.ext[2])
        parts.append(text)
    text = draft.joiner.join(parts)
    return label.format(text) if label and text else text


# ------------------------------------------------------------------------------------------ noise
def _co(p, d):
    return d.co is not None


def _ct(p, d):
    return d.ct is not None


def _em(p, d):
    return d.em is not None


def _ph(p, d):
    return bool(d.ph or d.mo)


def _typo_indexes(words):
    return [i for i, word in enumerate(words) if len(word) >= 4 and word.replace(" ", "").isalpha()]


def change_words(w, p, d, change):
    """Apply ``change`` (words -> words or None) to the company name unless it becomes another's."""
    for _ in range(6):
        new = change(list(d.co.words))
        if new is None:
            return False
        if new != d.co.words and w.name_ok(p.uid, p.company, new):
            d.co.words = new
            return True
    return False


def co_typo(w, p, d):
    rng = w.rng

    def change(words):
        indexes = _typo_indexes(words)
        if not indexes:
            return None
        index = rng.choice(indexes)
        words[index] = typo(rng, words[index])
        return words

    return change_words(w, p, d, change)


def co_case(w, p, d):
    d.co.case = w.rng.choice(("upper", "upper", "lower", "title"))
    return True


def co_punct(w, p, d):
    rng, text = w.rng, d.co
    ops = ["hyphen"] if len(text.words) >= 2 else []
    if "&" in text.words:
        ops.append("amp")
    if text.post and not text.post.startswith(","):
        ops.append("comma")
    if text.pre and not text.pre.endswith("."):
        ops.append("dot")
    if re.search(r"[.,'&()]", render_company(text)):
        ops.append("strip")
    if not text.post and not text.tail:
        ops.append("trail")
    if not ops:
        return False
    op = rng.choice(ops)
    if op == "hyphen":
        index = rng.randrange(len(text.words) - 1)
        text.words[index : index + 2] = [f"{text.words[index]}-{text.words[index + 1]}"]
    elif op == "amp":
        text.words[text.words.index("&")] = {"id": "dan", "nl": "en", "de": "und"}.get(d.lang, "and")
    elif op == "comma":
        text.post = f", {text.post}"
    elif op == "dot":
        text.pre += "."
    elif op == "strip":
        text.strip = True
    else:
        text.words[-1] += rng.choice((".", ",", " -"))
    return True


def co_spacing(w, p, d):
    rng, words = w.rng, d.co.words
    ops = ["double"]
    if len(words) >= 2:
        ops += ["join", "join"]
    if any(word in SPLITS for word in words):
        ops += ["split", "split"]
    if any(" " in word for word in words):
        ops.append("inner")
    op = rng.choice(ops)
    if op == "join":
        index = rng.randrange(len(words) - 1)
        second = words[index + 1]
        words[index : index + 2] = [words[index] + (second if rng.random() < 0.5 else second.lower())]
    elif op == "split":
        index = rng.choice([i for i, word in enumerate(words) if word in SPLITS])
        words[index] = SPLITS[words[index]]
    elif op == "inner":
        index = rng.choice([i for i, word in enumerate(words) if " " in word])
        head, tail = words[index].split(" ", 1)
        words[index] = head + (tail if rng.random() < 0.5 else tail.lower())
    else:
        index = rng.randrange(len(words))
        words[index] += " "
    return True


def co_legal(w, p, d):
    options = [alt for alt in LEGAL[p.company.legal][2] if alt != (d.co.pre, d.co.post)]
    if not options:
        return False
    d.co.pre, d.co.post = w.rng.choice(options)
    return True


def _old_ok(p, d):
    return (
        d.co is not None
        and p.company.region in ("ID", "MY")
        and any(is_old(word) or re.search("[jcyuJCYU]", word) for word in d.co.words)
    )


def co_old_spelling(w, p, d):
    rng = w.rng

    def respell(word):
        return modern_spelling(word) if is_old(word) else old_spelling(word)

    def change(words):
        indexes = [i for i, word in enumerate(words) if is_old(word) or re.search("[jcyuJCYU]", word)]
        if rng.random() < 0.3:
            return [respell(word) if i in indexes else word for i, word in enumerate(words)]
        index = rng.choice(indexes)
        words[index] = respell(words[index])
        return words

    return change_words(w, p, d, change)


def _ij_ok(p, d):
    return (
        d.co is not None and p.company.region in ("NL", "BE") and any(has_ij_y(word) for word in d.co.words)
    )


def co_ij_y(w, p, d):
    rng = w.rng

    def change(words):
        index = rng.choice([i for i, word in enumerate(words) if has_ij_y(word)])
        words[index] = ij_y(words[index])
        return words

    return change_words(w, p, d, change)


def _diacritics_ok(p, d):
    return d.co is not None and any(not word.isascii() for word in d.co.words)


def co_diacritics(w, p, d):
    table = _TRANSLIT if w.rng.random() < 0.6 else _PLAIN
    return change_words(w, p, d, lambda words: [word.translate(table) for word in words])


_PARTICLE_ABBREV = (("Van der ", "v.d. "), ("Van den ", "v.d. "), ("Van de ", "v.d. "), ("Van ", "v. "))


def _abbrev_options(p, words):
    options = [("word", i) for i, word in enumerate(words) if word in ABBREV]
    options += [("particle", i) for i, word in enumerate(words) if word.startswith("Van ")]
    if p.company.region in ("ID", "MY") and len(words) >= 3 and p.company.legal in ("PT", "CV", "PT_TBK"):
        options.append(("acronym", 0))
    return options


def _abbrev_ok(p, d):
    return d.co is not None and bool(_abbrev_options(p, d.co.words))


def co_abbrev(w, p, d):
    rng = w.rng

    def change(words):
        kind, index = rng.choice(_abbrev_options(p, words))
        if kind == "word":
            words[index] = rng.choice(ABBREV[words[index]])
        elif kind == "particle":
            for long, short in _PARTICLE_ABBREV:
                if words[index].startswith(long):
                    words[index] = short + words[index][len(long) :]
                    break
        else:
            words = ["".join(word[0].upper() for word in words)]
        return words

    return change_words(w, p, d, change)


def _order_ok(p, d):
    return d.ct is not None and bool(d.ct.last) and d.ct.culture != "ms" and not d.ct.first_only


def ct_order(w, p, d):
    rng, text = w.rng, d.ct
    if text.family_first:
        options = ["swap", "swap", "comma"]
    else:
        options = ["comma", "comma", "upper", "swap"]
        if text.culture == "nl" and text.particle:
            options.append("official")
    text.order = rng.choice(options)
    return True


def _initials_ok(p, d):
    return d.ct is not None and bool(d.ct.last) and not d.ct.first_only


def ct_initials(w, p, d):
    rng, text = w.rng, d.ct
    initials = "".join(part[0].upper() + "." for part in re.split(r"[ -]", text.first) if part)
    if text.culture in ("nl", "be") and rng.random() < 0.35:
        initials += rng.choice("JHMACPWGT") + "."
    if rng.random() < 0.15:
        initials = initials.replace(".", "")
    text.initials = initials
    return True


def ct_title(w, p, d):
    rng, text = w.rng, d.ct
    if text.culture == "id" and rng.random() < 0.3:
        text.suffix = rng.choice(ID_SUFFIXES)
    else:
        male, female = TITLES[text.culture]
        text.title = rng.choice(male if text.gender == "m" else female)
    return True


def _nick_ok(p, d):
    return d.ct is not None and d.ct.first in ALTS


def ct_nickname(w, p, d):
    d.ct.first = w.rng.choice(ALTS[d.ct.first])
    return True


def _first_only_ok(p, d):
    return d.ct is not None and bool(d.ct.last) and not d.ct.initials


def ct_first_only(w, p, d):
    d.ct.first_only = True
    return True


def ct_typo(w, p, d):
    rng, text = w.rng, d.ct
    if text.last and len(text.last) >= 3 and (len(text.first) < 3 or rng.random() < 0.55):
        text.last = typo(rng, text.last)
    elif len(text.first) >= 3:
        text.first = typo(rng, text.first)
    else:
        return False
    return True


def ct_case(w, p, d):
    d.ct.case = w.rng.choice(("upper", "lower", "lower"))
    return True


def _respellable(word):
    return bool(word) and (is_old(word) or re.search("[jcyuJCYU]", word) is not None)


def _ct_old_ok(p, d):
    return d.ct is not None and d.ct.culture == "id" and (_respellable(d.ct.first) or _respellable(d.ct.last))


def ct_old_spelling(w, p, d):
    text = d.ct
    parts = [part for part in ("first", "last") if _respellable(getattr(text, part))]
    part = w.rng.choice(parts)
    value = getattr(text, part)
    setattr(text, part, modern_spelling(value) if is_old(value) else old_spelling(value))
    return True


def _ct_ij_ok(p, d):
    return d.ct is not None and d.ct.culture in ("nl", "be") and (has_ij_y(d.ct.last) or has_ij_y(d.ct.first))


def ct_ij_y(w, p, d):
    text = d.ct
    if has_ij_y(text.last):
        text.last = ij_y(text.last)
    else:
        text.first = ij_y(text.first)
    return True


def em_case(w, p, d):
    d.em.case = w.rng.choice(("upper", "title", "title", "domain"))
    return True


def display_name(rng, p, d):
    """The name a mail client shows for the sender."""
    person = d.who
    if (d.em.local, d.em.domain) == (p.company.box if p.company else None) or d.em.local in ("info", "sales"):
        return render_company(company_text(p.company, "")) if p.company else full_name(person)
    r = rng.random()
    if r < 0.6 or not person.last:
        return full_name(person)
    if r < 0.8:
        return f"{surname((person.particle, person.last, person.culture), True)}, {person.first}"
    if r < 0.9:
        return full_name(person).upper()
    return person.first


def em_display(w, p, d):
    rng, text = w.rng, d.em
    if text.display is None:
        text.display = display_name(rng, p, d)
    else:
        text.display = display_name(rng, p, d)
    text.fmt = rng.choice(('"{n}" <{a}>', "{n}<{a}>", "<{a}>", "'{n}' <{a}>", '"{a}" <{a}>', "{n} <{a}>"))
    return True


def _second_ok(p, d):
    return (
        d.em is not None
        and p.company is not None
        and len(p.company.domains) > 1
        and d.em.domain == p.company.domains[0]
    )


def em_second_domain(w, p, d):
    d.em.domain = p.company.domains[1]
    return True


def _private_ok(p, d):
    return d.em is not None and p.company is not None and (d.em.local, d.em.domain) != d.info.private


def em_private(w, p, d):
    d.em.local, d.em.domain = d.info.private
    return True


def _generic_ok(p, d):
    company = p.company
    if d.em is None or company is None or not any(d.info is person for person in p.contacts):
        return False
    if company.domains:
        return True
    return company.box is not None and (d.em.local, d.em.domain) != company.box


def em_generic(w, p, d):
    company = p.company
    if company.domains:
        d.em.local, d.em.domain = GENERIC[group_key(company.region)](w.rng), company.domains[0]
    else:
        d.em.local, d.em.domain = company.box
    return True


def em_typo(w, p, d):
    rng, text = w.rng, d.em
    local, domain = text.local, text.domain
    public = domain.lower() in PUBLIC_DOMAINS
    if rng.random() < 0.3 and len(local) >= 4:
        local = typo(rng, local)
    elif domain.lower() in DOMAIN_TYPOS:
        domain = rng.choice(DOMAIN_TYPOS[domain.lower()])
    else:
        label, rest = domain.split(".", 1)
        if len(label) < 4:
            return False
        domain = f"{typo(rng, label).lower()}.{rest}"
    if public:
        ok = w.value_ok(w.mailboxes, mailbox_key(local, domain), p.uid)
    else:
        ok = domain == text.domain or w.value_ok(w.domains, domain.lower(), p.uid)
    if ok:
        text.local, text.domain = local, domain
    return ok


def ph_format(w, p, d):
    rng = w.rng
    for _ in range(10):
        style = PHONE_STYLES[p.region if rng.random() < 0.8 else REGION_PICK(rng)](rng)
        if style != d.style:
            d.style = style
            return True
    return False


def _two_ok(p, d):
    return (
        bool(d.ph or d.mo) and d.mobile is not None and d.landline is not None and d.mobile is not d.landline
    )


def ph_two(w, p, d):
    rng = w.rng
    numbers = [d.landline, d.mobile] if rng.random() < 0.6 else [d.mobile, d.landline]
    d.ph, d.mo = numbers, []
    d.joiner = rng.choice(PHONE_JOIN[d.lang])
    return True


def _ext_ok(p, d):
    return d.landline is not None and any(number is d.landline for number in d.ph + d.mo)


def ph_ext(w, p, d):
    rng = w.rng
    d.ext = (d.landline, rng.choice(PHONE_EXT[d.lang]), str(rng.randrange(10, 1000)))
    return True


def ph_label(w, p, d):
    rng = w.rng
    field = 0 if d.ph and (not d.mo or rng.random() < 0.6) else 1
    numbers = d.ph if field == 0 else d.mo
    mobile_labels, fixed_labels = PHONE_LABELS[d.lang]
    d.labels[field] = rng.choice(mobile_labels if numbers[0].mobile else fixed_labels)
    return True


def ph_swap(w, p, d):
    d.ph, d.mo = d.mo, d.ph
    return True


def ph_typo(w, p, d):
    rng = w.rng
    numbers = d.ph if d.ph and (not d.mo or rng.random() < 0.6) else d.mo
    index = rng.randrange(len(numbers))
    old = numbers[index]
    for _ in range(6):
        new = Phone(old.country, old.area, digit_typo(rng, old.sub), old.mobile)
        if w.value_ok(w.phones, new.key(), p.uid):
            numbers[index] = new
            if d.ext and d.ext[0] is old:
                d.ext = (new, d.ext[1], d.ext[2])
            return True
    return False


def _country_ok(p, d):
    return bool(d.country)


def wrong_country(w, p, d):
    pick = WRONG_COUNTRY.get(p.country, WRONG_COUNTRY["XX"])
    country = pick(w.rng)
    d.country = country if country != p.country else "AF"
    return True


# name: (weight, applies to the lead, apply); the order is the order of application and of the tags
NOISES = {
    "co_abbrev": (4, _abbrev_ok, co_abbrev),
    "co_old_spelling": (6, _old_ok, co_old_spelling),
    "co_ij_y": (6, _ij_ok, co_ij_y),
    "co_diacritics": (3, _diacritics_ok, co_diacritics),
    "co_typo": (8, _co, co_typo),
    "co_spacing": (5, _co, co_spacing),
    "co_punct": (6, _co, co_punct),
    "co_legal": (10, _co, co_legal),
    "co_case": (6, _co, co_case),
    "ct_nickname": (5, _nick_ok, ct_nickname),
    "ct_old_spelling": (3, _ct_old_ok, ct_old_spelling),
    "ct_ij_y": (3, _ct_ij_ok, ct_ij_y),
    "ct_typo": (5, _ct, ct_typo),
    "ct_initials": (5, _initials_ok, ct_initials),
    "ct_first_only": (3, _first_only_ok, ct_first_only),
    "ct_order": (5, _order_ok, ct_order),
    "ct_title": (6, _ct, ct_title),
    "ct_case": (3, _ct, ct_case),
    "em_private": (5, _private_ok, em_private),
    "em_generic": (5, _generic_ok, em_generic),
    "em_second_domain": (5, _second_ok, em_second_domain),
    "em_typo": (3, _em, em_typo),
    "em_case": (3, _em, em_case),
    "em_display": (5, _em, em_display),
    "ph_two": (3, _two_ok, ph_two),
    "ph_swap": (4, _ph, ph_swap),
    "ph_ext": (3, _ext_ok, ph_ext),
    "ph_typo": (3, _ph, ph_typo),
    "ph_label": (4, _ph, ph_label),
    "ph_format": (9, _ph, ph_format),
    "wrong_country": (2, _country_ok, wrong_country),
}
NOISE_ORDER = {name: index for index, name in enumerate(NOISES)}
STRUCTURAL = ("branch_central", "colleague", "direct", "agent")
EXCLUSIVE = (("ct_initials", "ct_first_only"), ("em_private", "em_generic", "em_second_domain"))
CONFLICTS = {}
for _group in EXCLUSIVE:
    for _name in _group:
        CONFLICTS[_name] = _group


def choose_noises(rng, p, d, count):
    """Draw ``count`` different noise kinds that apply to the lead, by weight."""
    chosen = []
    for _ in range(count):
        options, total = [], 0.0
        for name, (weight, applies, _) in NOISES.items():
            if name in chosen or any(other in chosen for other in CONFLICTS.get(name, ())):
                continue
            if applies(p, d):
                total += weight
                options.append((total, name))
        if not options:
            break
        point = rng.random() * total
        chosen.append(next((name for limit, name in options if point < limit), options[-1][1]))
    return sorted(chosen, key=NOISE_ORDER.__getitem__)


# ------------------------------------------------------------------------------------------ leads
def agent_lead(rng, p, d):
    person, agency = p.agent
    d.info = person
    d.who = person if rng.random() < 0.6 else p.contacts[0]
    d.landline = agency.landline if agency else None


def colleague(w, p, d):
    rng = w.rng
    if len(p.contacts) > 1 and rng.random() < 0.5:
        person = rng.choice(p.contacts[1:])
    else:
        person = new_person(w, p.uid, CULTURE_OF[p.region](rng), p.region)
        attach(w, p.company, person)
        p.contacts.append(person)
    d.who = d.info = person


def branch_central(w, p, d):
    """A branch of a chain that buys centrally: the chain's domain, or its central number."""
    rng, company = w.rng, p.company
    city = rng.choice(company.chain)[0]
    person = company.branch_people.get(city)
    if person is None:
        person = new_person(w, p.uid, CULTURE_OF[p.region](rng), p.region)
        local = rng.choice(BRANCH_LOCAL[group_key(p.region)]).format(c=slug(city), f=person_slugs(person)[0])
        attach(w, company, person, local)
        company.branch_people[city] = person
    d.who = d.info = person
    d.tail = branch_tail(rng, p.region, city)
    if rng.random() < 0.55:
        d.em = email_text(person.work)
        d.required = ("email", "company")
    else:
        d.em = email_text(person.private)
        d.required = ("phone", "company")


def choose_people(w, p, d, index):
    """Who writes the lead; return the structural noise tags."""
    rng = w.rng
    d.who = d.info = p.contacts[0]
    d.landline = p.company.landline if p.company else None
    if index == 0:
        if p.agent:
            agent_lead(rng, p, d)
        return []
    if p.agent:
        if rng.random() < 0.8:
            return ["direct"]
        agent_lead(rng, p, d)
        return ["agent"]
    company = p.company
    if company is None:
        return []
    if company.chain and rng.random() < 0.55:
        branch_central(w, p, d)
        return ["branch_central"]
    if rng.random() < 0.15:
        colleague(w, p, d)
        return ["colleague"]
    return []


def place_phones(rng, channel, mobile, landline):
    """The numbers of the phone and of the mobile field, as the channel tends to fill them."""
    r = rng.random()
    if landline is None or mobile is None:
        number = mobile or landline
        if number is None:
            return [], []
        return ([], [number]) if number.mobile and r < 0.25 else ([number], [])
    if channel == "whatsapp":
        return ([mobile], []) if r < 0.5 else ([], [mobile])
    if channel in ("email", "fair"):
        return ([landline], [mobile]) if r < 0.65 else ([landline], [])
    if channel == "call":
        return ([landline], []) if r < 0.5 else ([mobile], [])
    if r < 0.45:
        return [mobile], []
    if r < 0.75:
        return [landline], []
    if r < 0.92:
        return [landline], [mobile]
    return [], [mobile]


def fill(w, p, d, channel):
    """The lead's fields before any noise."""
    rng = w.rng
    d.co = company_text(p.company, d.tail) if p.company else None
    d.ct = contact_text(d.who)
    if d.em is None:
        d.em = email_text(d.info.default)
    d.mobile = d.info.mobile
    d.ph, d.mo = place_phones(rng, channel, d.mobile, d.landline)
    if "phone" in d.required and not any(number is d.landline for number in d.ph + d.mo):
        d.ph = [d.landline]
    d.country = p.country
    if channel == "whatsapp":
        d.style = WHATSAPP_STYLES(rng)
    elif channel == "import":
        d.style = IMPORT_STYLES(rng)
    elif channel == "call":
        d.style = PHONE_STYLES[p.region](rng)
    else:
        d.style = d.info.phone_style
    if channel == "email" and rng.random() < 0.8:
        d.em.display = full_name(d.who)
        d.em.fmt = "{n} <{a}>" if rng.random() < 0.8 else '"{n}" <{a}>'


FIELDS = ("company", "contact", "email", "phone", "country")
MISSING_TAGS = ("no_company", "no_contact", "no_email", "no_phone", "no_country")


def drop_fields(rng, d, channel):
    """Leave fields empty as the channel tends to; keep a name and a way to reach the prospect."""
    rates = MISSING[channel]
    present = (d.co is not None, d.ct is not None, d.em is not None, bool(d.ph or d.mo), bool(d.country))
    drop = [present[i] and FIELDS[i] not in d.required and rng.random() < rates[i] for i in range(5)]
    if not ((present[2] and not drop[2]) or (present[3] and not drop[3])):
        drop[2 if present[2] else 3] = False
    if not ((present[0] and not drop[0]) or (present[1] and not drop[1])):
        drop[1 if present[1] else 0] = False
    if drop[0]:
        d.co = None
    if drop[1]:
        d.ct = None
    if drop[2]:
        d.em = None
    if drop[3]:
        d.ph, d.mo = [], []
    if drop[4]:
        d.country = ""
    return [tag for tag, dropped in zip(MISSING_TAGS, drop, strict=True) if dropped]


def lead_title(rng, region, channel):
    """The lead's title: an inquiry subject, no identity in it."""
    lang = LANGUAGE[region]
    if lang != "en" and rng.random() < 0.18:
        lang = "en"
    templates, products, extras = LEAD_TITLES[lang]
    special = extras.get(channel)
    if special and rng.random() < 0.35:
        return rng.choice(special)
    text = templates(rng).format(products(rng))
    r = rng.random()
    if r < 0.06:
        text = f"Re: {text}"
    elif r < 0.09:
        text = f"Fwd: {text}"
    elif r < 0.13:
        text = f"{text} ({rng.randrange(2, 20)} unit{'s' if lang == 'en' else ''})"
    return text[:1].upper() + text[1:]


def build_lead(w, p, index):
    """One lead of prospect ``p``: (variant, name, partner_name, contact_name, email, phone, mobile, "
    "country)."""
    rng = w.rng
    channel = CHANNEL_PICK[{"ID": "ID", "NL": "EU", "BE": "EU", "DE": "EU"}.get(p.region, "XX")](rng)
    d = Draft()
    d.em, d.tail, d.required, d.ext, d.joiner, d.labels = None, "", (), None, " / ", ["", ""]
    d.lang = LANGUAGE[p.region]
    structural = choose_people(w, p, d, index)
    fill(w, p, d, channel)
    missing = drop_fields(rng, d, channel)
    if index == 0:
        noises = [p.first_noise] if p.first_noise and NOISES[p.first_noise][1](p, d) else []
    else:
        noises = choose_noises(rng, p, d, max(0, K_PICK(rng) - len(structural)))
    applied = [name for name in noises if NOISES[name][1](p, d) and NOISES[name][2](w, p, d)]
    tags = [p.tag] if index == 0 else []
    tags += structural + applied
    if index and not structural and not applied:
        tags.append("clean")
    tags += [*missing, f"via_{channel}"]
    return (
        ";".join(tags),
        lead_title(rng, p.region, channel),
        render_company(d.co) if d.co else "",
        render_contact(d.ct) if d.ct else "",
        render_email(d.em) if d.em else "",
        render_numbers(d, d.ph, d.labels[0]),
        render_numbers(d, d.mo, d.labels[1]),
        d.country,
    )


# ------------------------------------------------------------------------------------------ main
def generate(count, seed):
    """Return ``count`` lead rows (row, prospect_id, variant, ...) for ``seed``."""
    w = World(seed)
    rng = w.rng
    prospects, total = [], 0
    clusters = {}
    while total < count:
        kind = CLUSTER_PICK(rng)
        built = 0
        for p in BUILDERS[kind](w):
            if total >= count:
                break
            p.nleads = min(p.nleads, count - total)
            prospects.append(p)
            total += p.nleads
            built += 1
        seen = clusters.setdefault(kind, [0, 0])
        seen[0] += 1
        seen[1] += built
    leads = [(p, build_lead(w, p, index)) for p in prospects for index in range(p.nleads)]
    rng.shuffle(leads)
    numbers = list(range(1, len(prospects) + 1))
    rng.shuffle(numbers)
    prospect_ids = {p.uid: number for p, number in zip(prospects, numbers, strict=True)}
    rows = [(row, prospect_ids[p.uid], *values) for row, (p, values) in enumerate(leads, 1)]
    return rows, clusters


def write(rows, out):
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".jsonl":
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            for row in rows:
                handle.write(json.dumps(dict(zip(COLUMNS, row, strict=True)), ensure_ascii=False) + "\n")
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def print_stats(rows, clusters, stream):
    """Shares of clusters, first-lead tags and noise tags, true pairs and leads per prospect."""
    sizes, first, noise = {}, {}, {}
    later = 0
    for row in rows:
        sizes[row[1]] = sizes.get(row[1], 0) + 1
        tags = row[2].split(";")
        if tags[0] == "base" or tags[0].startswith("neg_"):
            first[tags[0]] = first.get(tags[0], 0) + 1
            continue
        later += 1
        for tag in tags[:-1]:
            noise[tag] = noise.get(tag, 0) + 1
    prospects = len(sizes)
    print(f"{len(rows)} leads, {prospects} prospects, {later} later leads", file=stream)
    in_clusters = sum(built for kind, (_, built) in clusters.items() if kind != "ordinary")
    print(
        f"prospects in look-alike clusters: {in_clusters} ({100 * in_clusters / prospects:.1f} %)",
        file=stream,
    )
    for kind, (count, built) in sorted(clusters.items(), key=lambda item: -item[1][1]):
        print(f"  cluster {kind:14} {count:6} clusters {built:7} prospects", file=stream)
    print("first lead of a prospect (share of prospects):", file=stream)
    for tag, n in sorted(first.items(), key=lambda item: -item[1]):
        print(f"  {tag:22} {n:7} {100 * n / prospects:6.2f} %", file=stream)
    print("tags of later leads (share of later leads):", file=stream)
    for tag, n in sorted(noise.items(), key=lambda item: -item[1]):
        print(f"  {tag:22} {n:7} {100 * n / max(later, 1):6.2f} %", file=stream)
    distribution = {}
    for size in sizes.values():
        distribution[size] = distribution.get(size, 0) + 1
    pairs = sum(size * (size - 1) // 2 for size in sizes.values())
    print(f"true pairs: {pairs}", file=stream)
    print(
        "leads per prospect: " + ", ".join(f"{k}: {v}" for k, v in sorted(distribution.items())), file=stream
    )


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--count", type=int, default=20000, help="number of leads")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, required=True, help=".csv, or .jsonl for JSON lines")
    parser.add_argument("--stats", action="store_true", help="print the statistics of the data to stderr")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows, clusters = generate(args.count, args.seed)
    write(rows, args.out)
    if args.stats:
        print_stats(rows, clusters, sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"wrote {len(rows)} leads to {args.out} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
