"""Generate an audit set of synthetic CRM leads with ground truth, made independently of the matcher.

Usage::

    python3 bench/generate_audit.py --count 20000 --seed 7 --out bench/data/leads_audit_20000_seed7.csv

Plain Python 3.11 standard library. The same ``--seed`` and ``--count`` give a byte-identical file (one
``random.Random(seed)`` drives everything; no set or hash order is ever used). 200,000 leads take about
15 s. A name ending in ``.jsonl`` writes JSON lines with the same keys (``row`` and ``prospect_id`` as
integers). The last line printed is the summary: leads, prospects (and how many are hard negatives),
same-prospect pairs, and the first leads by kind.

This generator was written from general knowledge of Indonesian, Dutch, Flemish and English-speaking
business registers and of CRM data entry, without looking at the matcher, its tests or the two generators
it was tuned on. It shares none of their code or word lists.

Output
======

CSV with a header, one lead a row, columns in this order:

``row``
    1..N after shuffling.
``prospect_id``
    The ground truth: two leads are duplicates if and only if they have the same ``prospect_id``.
    Prospect ids are shuffled too, so neighbouring ids say nothing.
``variant``
    ``;``-separated tags saying how the lead was made. The first lead of an ordinary prospect starts with
    ``base``, the first lead of a hard negative with ``neg_<kind>`` (then its sub-tags, see below). Then
    come the noise tags of the lead (later leads: ``clean`` when no noise was applied), the tags of the
    fields it lacks (``no_company``, ``no_contact``, ``no_email``, ``no_phone`` - neither phone nor mobile -,
    ``no_country``) and, last, the channel it came through (``via_*``).
``name``
    The lead's title: an inquiry in the prospect's language (``Permintaan penawaran genset``,
    ``Offerte kantoormeubilair``, ``Prijsofferte laadpalen``, ``Quote request: forklift rental``,
    Malaysian ``Sebut harga ...``), a call-back request, or the company name. Later leads of a prospect
    repeat the first title in 30 % (a form sent again) and otherwise ask something else; titles are not
    noise and carry no tag.
``partner_name``, ``contact_name``, ``email_from``, ``phone``, ``mobile``
    Free text as typed; may be empty. ``email_from`` may hold a display name (``Name <address>``) or two
    addresses; ``phone`` may hold two numbers, a label or an extension.
``country_code``
    ISO 3166 alpha-2; empty for a lead without country; occasionally wrong (``country_wrong``).

The world
=========

Prospects are drawn by country: Indonesia 45 %, Netherlands 20 %, Belgium (Flanders) 13 %, United
Kingdom 7 %, Australia 5 %, Singapore 4 %, Malaysia 4 %, United States 2 %. 15 % of ordinary prospects are
private persons, the others companies. Towns carry weights (Jakarta, Surabaya, Bandung...; Amsterdam,
Rotterdam...; Antwerpen, Gent...; London, Manchester...). All name words are drawn with Zipf-like
weights (``1 / rank ** s``), so ``Jaya``, ``Makmur``, ``de Jong``, ``Peeters``, ``Smith`` or ``Tan``
are far more frequent than the tail.

Company names (units of a name have a category: stock word, family name, trade, brand, region...):

* Indonesia: ``PT``/``CV``/``UD`` + two or three stock words (``Jaya Makmur Sentosa Abadi Mandiri
  Sejahtera Utama Maju Bersama Sukses Karya Mitra Prima Indah Sinar Sumber ...``), sometimes a sector
  (``Teknik``, ``Trading``, ``Niaga``, ``Logistik``, ``Indonesia``...), ``Tbk`` for a few large ones;
  shops (``Toko``, ``Toko Bangunan``, ``Bengkel ... Motor``, ``Apotek``, ``Warung Bu Sri``, ``Rumah
  Makan``, ``Salon``, ``Optik``...), mostly without legal form; founder-named firms (``CV Hartono
  Teknik``, ``Toko Santoso``, ``PT Wijaya Elektrik``).
* Netherlands / Flanders: trade + family (``Bakkerij de Vries``, ``Schildersbedrijf Henk Bakker``,
  ``Installatiebedrijf J.P. Jansen``), family + trade (``De Vries Transport B.V.``, ``Peeters Bouw
  BVBA``), brand or region + trade (``Delta Techniek``, ``Westland Installaties``, ``Kempense
  Dakwerken``), ``Jansen & Zonen``, ``Gebr. Jansen``, two partners (``Bakker en Visser V.O.F.``),
  holdings (``De Groot Beheer B.V.``, ``Leie Holding NV``). Dutch family names keep their prefix in lower
  case inside a name (``Bakkerij van den Berg``), Flemish ones are capitalised (``De Smet``). Legal
  forms: ``B.V.``, ``V.O.F.``, ``N.V.``, an unwritten eenmanszaak; Flemish ``BV``, ``BVBA`` (before the
  2019 reform), ``NV``, ``VOF``, ``CommV``, written after (65 %) or before the name.
* English-speaking: brand + trade (``Apex Logistics Ltd``), family + trade (``Harrison Roofing``),
  ``Smith & Sons``, ``Walker Bros``, region + trade (``Pennine Scaffolding``, ``Bayside Plumbing``), sole
  traders (``Tom Harris Plumbing``), ``Clarke & Reid LLP``; Singapore and Malaysia add Hokkien trade
  names (``Hock Seng Hardware Pte Ltd``) and Malay ones (``Syarikat Bumi Jaya Sdn Bhd``, ``Perniagaan
  Maju Indah``); ``Ltd``, ``PLC``, ``Pty Ltd``, ``Pte Ltd``, ``Sdn Bhd``, ``Berhad``, ``Inc``, ``LLC``,
  ``Corp``.

Each company has a size (micro, small, medium, large) that sets its number of contacts (1 to 5), whether
it has its own domain (12 % of micro firms, all large ones; fewer in Indonesia), a second domain (another
TLD or the group's), an office number (landline in its town), and, without a domain, often a shared
mailbox at a public provider (``tokosinarjaya@gmail.com``, ``bakkerijdevries@ziggo.nl``). Staff
addresses follow one pattern a company (``budi@``, ``j.devries@``, ``jan.peeters@``, ``jsmith@``), 15 %
of staff use the generic box (``info@``, ``sales@``, ``verkoop@``, ``administratie@``). Some firms
have a trading name next to the legal one (``PT Sumber Makmur Sentosa`` / ``SMS Teknik``, ``Jansen
Holding B.V.`` / ``Installatiebedrijf Jansen``). In family-named Dutch, Flemish and Indonesian firms
the first contact often bears the family name (a family business).

People: Indonesian given names, second names or none (8 % mononyms, ``Sutrisno``), two-part given names
(``Muhammad Rizky``, ``Siti Aminah``); Dutch given names with a second initial and ``de``/``van den``
prefixes; Flemish; English; Singapore and Malaysia Chinese (``Tan Wei Ming``, family name first, often
with an English name ``Jason Tan``), Malay (``Ahmad bin Ismail``, ``Nur Aisyah binti Abdullah``) and
Indian (``Rajesh s/o Krishnan``, ``a/l``) names. Private persons write from public providers of their
country (``gmail.com``, ``yahoo.co.id``, ``ziggo.nl``, ``kpnmail.nl``, ``telenet.be``, ``skynet.be``,
``btinternet.com``, ``bigpond.com``, ``singnet.com.sg``...), with local parts such as ``budi.santoso``,
``budisantoso88``, ``jan.utr``, ``j.devries72``; some have a home landline.

Phones follow each numbering plan: Indonesia ``08xx`` mobiles of 10 to 13 digits by operator prefix,
``021`` (8-digit) and other area codes, ``+62``; Netherlands ``06`` + 8 digits, ``010``/``0570``; Belgium
``04xx`` mobiles, ``03``/``050`` landlines; UK ``07xxx``, ``020``/``0161``; Australia ``04xx``, ``(02)``;
Singapore 8 digits without trunk; Malaysia ``01x``, ``03-``; US ``(212) 555-0123``. Every owner (company,
person) has a habitual way of writing its number, drawn from realistic national and international
layouts (``0812-3456-7890``, ``+62 812 3456 7890``, ``(021) 5785 1234``, ``06-12345678``,
``+31 (0)6 1234 5678``, ``03/123.45.67``, ``0475 12 34 56``, ``+44 (0)20 7946 0123``, ``6123 4567``...).

Ground truth kept clean
=======================

Registries make every company domain, every address at a public provider (by local part, dots,
underscores and dashes ignored, across all providers), every phone number (as an international number)
and every company name (exact, and as a bag of words) belong to one prospect only. The only exceptions
are the hard negatives below, and only for what their kind shares. A typo in a number, an address or a
domain never produces another prospect's value (the typo is reserved). What may coincide, as in real
life, is a person's name (names are not identifiers; two private ``Budi Santoso`` are two prospects),
near company names (one word or one letter apart) between ordinary prospects, and the national writing of
two different countries' numbers (an Australian and a Belgian ``0494 ...`` mobile).

Leads and channels
==================

A prospect has 1 to 12 leads (46 % one, 26 % two, ...; fewer for micro firms and persons, more for
large firms). A later lead is about the primary contact, or in 25 % a colleague (tag ``colleague``: other
name, address and mobile, same company, domain and office number). Each lead comes through a channel
that decides which fields it carries:

``via_web``
    web form; one phone field often holding the mobile.
``via_email``
    inbound mail; address always, often with display name; phone from a signature in half.
``via_phone``
    a call noted by a salesperson; always a number, address in half.
``via_card``
    business card or fair scan; nearly everything, titles printed.
``via_wa``
    WhatsApp (Indonesia, Singapore, Malaysia); a mobile, often only a first name, rarely an address.
``via_import``
    a spreadsheet; often all in capitals, sometimes the trunk 0 lost.

Later leads get 0 to 4 noise operations (at most one of each group), all tagged. A lead always keeps a
company name, an address or a number, and at least two fields.

Noise tags
==========

Company name:

* ``legal_drop`` / ``legal_add``: legal form left out / typed although the firm usually omits it.
* ``legal_move``: at the other end (``Sinar Jaya, PT``, ``BVBA Peeters`` / ``Peeters BVBA``).
* ``legal_style``: written otherwise (``PT.``, ``P.T.``, ``B.V.``/``BV``/``bv``, ``Pty. Ltd.``, ``P/L``).
* ``legal_reform``: Belgian ``BVBA`` written ``BV`` after the 2019 company-law reform, or the reverse.
* ``trading_name``: the trading name instead of the legal name.
* ``word_drop``: one word left out (``PT Sinar Jaya Abadi`` -> ``PT Sinar Jaya``, ``Bakkerij de Vries``
  -> ``de Vries``).
* ``acronym``: Indonesian/Malay words to initials (``PT SJA``, ``PT. S.J.A. Teknik``).
* ``abbrev``: ``v.d.``, ``Gebr.``/``Gebroeders``, ``& Zn.``, ``Bros``, ``Intl``, ``RM`` (Rumah Makan),
  ``Tk.``, ``Sykt.``, and ``&`` for ``en``/``dan``/``and`` or back.
* ``branch``: the firm's own town added (``Cabang Surabaya``, ``- vestiging Breda``, ``(Leeds)``).
* ``dept``: a department added (``- Divisi Purchasing``, ``afd. Inkoop``, ``t.a.v. inkoop``,
  ``- Accounts Dept``).
* ``co_in_contact``: the company name typed in the contact field, the company field mostly left empty.
* ``co_placeholder``: a placeholder as company (``-``, ``n/a``, ``Pribadi``, ``Perorangan``,
  ``Particulier``, ``nvt``, ``Private``).
* ``c_in_company``: the person's own name typed as company.
* ``spacing``: two words joined (``Sinarjaya``) or a compound split (``Installatie bedrijf``).
* ``punct``: a hyphen, punctuation dropped, ``&`` spacing, a trailing dot or space, a double space.
* ``typo`` / ``typo2``: one / two keyboard slips (neighbouring key, dropped, doubled or swapped letter).
* ``phonetic``: spelled as it sounds: old Indonesian spelling (``Djaja``, ``Tjahaja``, ``Oetama``,
  ``Apotik``, ``Tehnik``), Dutch ij/y, ei/ij, ou/au (``Meyer``, ``Bauw``), English ``Harbor``, Hokkien
  ``Hwat``/``Huat``.
* ``case``: capitals, lower case or title case.

Contact:

* ``c_nickname``: formal name vs call name (``Cornelis``/``Kees``, ``Johannes``/``Jan``, ``Jozef``/``Jef``,
  ``Robert``/``Bob``, ``Muhammad``/``M.``/``Moh.``/``Mohd``) or a Chinese name vs the English one.
* ``c_married``: a woman under her married name (``Anouk Visser-de Jong``; ``Sarah Jones`` -> ``Sarah
  Wilson``).
* ``c_reorder``: family name first (``Santoso, Budi``, ``Vries, Jan de``, ``PEETERS Jan``, ``Wei Ming
  Tan``).
* ``c_initials``: ``J.P. de Vries``, ``B. Santoso``, ``Budi S.``, ``Tan W.M.``, ``Ahmad b. Ismail``.
* ``c_first_only``: ``Budi``, ``Pak Budi``, ``Bu Siti``, ``Jan``.
* ``c_couple``: a household (``Fam. de Vries``, ``Jan en Anouk de Vries``, ``Mr & Mrs Smith``,
  ``Kel. Santoso``), private persons only.
* ``c_from_email``: the local part of the address as name (an import without display names).
* ``c_title``: ``Bpk.``, ``Ibu``, ``H.``, ``Ir.``, ``Drs.``, ``S.E.``, ``Dhr.``, ``Mevr.``, ``Ing.``,
  ``Mr``, ``Mrs``, ``Mdm``, ``Encik``, ``Puan``, ``Dato'``.
* ``c_punct``, ``c_typo``, ``c_phonetic``, ``c_case``: as for the company (``Wei-Ming``, ``OBrien``,
  ``Soetanto``, ``Achmad``).

E-mail:

* ``e_domain2``: the company's second domain. ``e_generic``: the generic box instead of the person's.
* ``e_private``: a company contact writes from their private address (such a lead always keeps the
  company name or a phone number).
* ``e_alias``: the same Gmail box written otherwise (dots, ``+tag``, ``googlemail.com``).
* ``e_typo``: a slip in the local part. ``e_domain_typo``: a slip in the domain (``gmial.com``,
  ``yahoo.co.di``, ``gmail.co.id``, ``bigpond.com.au``, a company domain misspelt or with a wrong TLD).
* ``e_case``: capitals. ``e_two``: two addresses in the field. ``e_display``: ``Name <address>``.

Phone:

* ``p_swap``: phone and mobile swapped. ``p_mobile_in_phone``: the mobile in the phone field.
* ``p_typo``: one digit wrong or two swapped.
* ``p_format``: another layout. ``p_cc``: country code added or dropped. ``p_lost_zero``: the trunk 0
  lost in a spreadsheet (``81234567890``).
* ``p_ext``: an extension (``ext. 204``, ``psw. 12``, ``tst. 23``, ``x204``).
* ``p_two``: office and mobile in one field (``021-5785 1234 / 0812-3456-7890``, ``... atau ...``).
* ``p_label``: a label (``HP:``, ``WA``, ``(WA)``, ``GSM``, ``Mob.``, ``(kantoor)``, ``Tel:``).

Country: ``country_wrong``: the CRM's default (Indonesia) or a neighbour (``BE`` for a Dutch lead).

The kinds of noise a matcher may not expect, beyond typing variation, are ``co_in_contact``,
``c_in_company``, ``dept``, ``branch``, ``trading_name``, ``legal_reform``, ``e_domain_typo``,
``e_alias``, ``c_nickname``, ``c_married``, ``c_couple``, ``c_from_email``, ``p_lost_zero``,
``p_two``, ``p_label`` and ``country_wrong``. None makes the truth ambiguous: the lead stays about the same
company and person, and keeps other identifying fields most of the time.

Hard negatives
==============

In 30 % of the steps the generator makes a hard-negative group instead of one ordinary prospect: an
ordinary prospect (its first lead is ``base``), its "anchor", and one to three other prospects that look
like it, first lead ``neg_<kind>``. About a quarter of all prospects are hard negatives. A hard negative
shares with its anchor only what its kind says; its town, phones, addresses, domain and people are its
own (its people never have the anchor's contacts' names unless the kind says so). Its later leads get the
same noise as any lead. Kinds (share of groups):

``neg_reordered`` (12)
    The same words in another order, legal form the same or not: ``PT Utama Abadi`` / ``PT Abadi Utama``,
    ``Visser Zorg B.V.`` / ``Zorg Visser V.O.F.``, ``Apex Logistics`` / ``Logistics Apex``. In 30 % its
    first lead also has a ``typo``.
``neg_family_trade`` (10)
    The same family or founder name in another trade: ``Bakkerij Peeters`` / ``Peeters Techniek``,
    ``CV Hartono Teknik`` / ``Toko Hartono``. Both may be family businesses, so contacts may share that
    family name (never the full name).
``neg_word_swap`` (12)
    One word replaced: ``Maju Jaya`` / ``Maju Sentosa``, ``Delta Techniek`` / ``Delta Transport``.
``neg_branch`` (7)
    Branches of a chain in other towns, the town in the name: ``Apotek Sehat Jaya Cabang Bandung`` /
    ``... Cabang Medan``, ``Summit Plumbing London`` / ``Summit Plumbing Manchester``. Each branch is a
    customer of its own (own buyer, number, address). In 40 % of chains (with a domain) the branches write
    from the chain's domain: sub-tag ``share_domain``.
``neg_common_shop`` (7)
    A very common name held by unrelated shops in other towns: ``Toko Sinar Jaya``, ``Bengkel Jaya
    Motor``, ``Bakkerij de Jong``, ``Smith Plumbing``, ``Hock Seng Trading``: identical name, nothing else
    shared. The first holder of such a name is ordinary; later holders are ``neg_common_shop``.
``neg_owner_private`` (8)
    The owner (first contact) of a company writes as a private person: same name, no company, a public
    address and another phone of their own.
``neg_switchboard`` (8)
    One or two unrelated companies in the same building share the office switchboard number (written
    their own way); nothing else in common.
``neg_same_contact`` (10)
    An unrelated company whose contact has the same, very common, name as the anchor's (``Budi Santoso``,
    ``Jan de Vries``, ``John Smith``, ``Tan Wei Ming``).
``neg_moved`` (8)
    The anchor's contact moved to another company. Decided: a different prospect (the new employer is
    another customer). The person keeps name and, in 70 %, their mobile, which follows them (sub-tag
    ``share_mobile``; otherwise ``new_mobile``); address and office number are the new employer's.
``neg_subsidiary`` (7)
    Parent and subsidiary: the same core name, a group word against a trade (``PT Sinar Jaya Abadi Group
    Tbk`` / ``PT Sinar Jaya Abadi Logistik``, ``De Groot Beheer`` / ``De Groot Installatietechniek``,
    ``Pinnacle Group Pty Ltd`` / ``Pinnacle Engineering``); other domain, phones, people. Either one may
    be the anchor.
``neg_one_letter`` (10)
    Names one letter apart that are different businesses: ``Putra``/``Putri``, ``Mulia``/``Mulya``,
    ``Jaya``/``Raya``, ``Sentosa``/``Santosa``; ``Jansen``/``Janssen``, ``Bos``/``Vos``, ``Smit``/``Smits``,
    ``Peters``/``Peeters``, ``Wouters``/``Wauters``; ``Clark``/``Clarke``, ``Smith``/``Smyth``;
    ``Tan``/``Tang``, ``Goh``/``Koh``.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import json
import random
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

FIELDS = (
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


# ----------------------------------------------------------------------------------------------------------
# Weighted tables
# ----------------------------------------------------------------------------------------------------------


class Table:
    """A list of choices with weights, drawn with one ``random()`` call and a bisection."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items, weights=None):
        self.items = list(items)
        weights = [1.0] * len(self.items) if weights is None else list(weights)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng):
        """Return one item, drawn by weight."""
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]

    def head(self, rng, size=6):
        """Return one of the ``size`` most frequent items, uniformly (the "very common" names)."""
        return self.items[rng.randrange(min(size, len(self.items)))]


def words(spec):
    """Split a whitespace-separated list; ``|`` stands for a space inside one item."""
    return [item.replace("|", " ") for item in spec.split()]


def zipf(spec, s=0.9):
    """Return a Table of ``spec`` (most frequent first) with Zipf weights ``1 / rank ** s``."""
    items = words(spec) if isinstance(spec, str) else list(spec)
    return Table(items, [1.0 / (rank + 1) ** s for rank in range(len(items))])


def weighted(spec):
    """Return a Table of ``item:weight`` items (``|`` for a space inside an item)."""
    items, weights = [], []
    for entry in words(spec):
        item, weight = entry.rsplit(":", 1)
        items.append(item)
        weights.append(float(weight))
    return Table(items, weights)


# ----------------------------------------------------------------------------------------------------------
# Countries, cities, phone plans
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    """A town: its name, landline area code (without trunk 0), subscriber length and first digits."""

    name: str
    area: str
    sub: int
    lead: str
    slug: str


@dataclass(frozen=True)
class Country:
    """What a country needs: calling code, trunk prefix, towns, mobile plan, mail providers, domains."""

    code: str
    cc: str
    trunk: str
    lang: str
    cities: Table
    mobiles: Table
    mobile_lead: str
    providers: Table
    tlds: Table


def cities(spec):
    """Parse ``name area sublen lead slug weight`` lines (``-`` for an empty area) into a Table of City."""
    rows = [line.split() for line in spec.strip().splitlines()]
    items = [
        City(name.replace("|", " "), "" if area == "-" else area, int(sub), lead, slug)
        for name, area, sub, lead, slug, _ in rows
    ]
    return Table(items, [float(row[5]) for row in rows])


def mobiles(spec):
    """Parse ``area/sublengths:weight`` items; ``x`` in an area is a random digit."""
    items, weights = [], []
    for entry in spec.split():
        head, weight = entry.rsplit(":", 1)
        area, lengths = head.split("/")
        items.append(("" if area == "-" else area, lengths))
        weights.append(float(weight))
    return Table(items, weights)


COUNTRIES = {
    "ID": Country(
        "ID",
        "62",
        "0",
        "id",
        cities("""
            Jakarta 21 8 2345678 jkt 30
            Surabaya 31 7 35789 sby 10
            Bandung 22 7 24567 bdg 8
            Medan 61 7 4678 mdn 6
            Semarang 24 7 3678 smg 5
            Tangerang 21 8 5 tng 6
            Bekasi 21 8 8 bks 6
            Depok 21 8 7 dpk 2
            Bogor 251 7 83 bgr 3
            Makassar 411 6 4587 mks 3
            Palembang 711 6 3578 plg 2
            Denpasar 361 6 2479 dps 3
            Yogyakarta 274 6 3458 jogja 3
            Malang 341 6 3457 mlg 3
            Batam 778 6 4 btm 2
            Pekanbaru 761 6 2568 pku 2
            Balikpapan 542 6 7 bpn 1
            Pontianak 561 6 7 ptk 1
            Manado 431 6 8 mdo 1
            Solo 271 6 6 solo 2
            Sidoarjo 31 7 8 sda 2
            Cirebon 231 6 2 crb 1
            Bandar|Lampung 721 6 2 lpg 1
            Padang 751 6 2 pdg 1
            Samarinda 541 6 7 smd 1
        """),
        mobiles(
            "812/78889:14 813/78889:10 811/78889:5 821/78889:7 822/78889:6 852/78889:6 853/78889:4 "
            "814/78889:2 815/78889:3 816/78889:2 855/78889:2 856/78889:5 857/78889:5 858/78889:3 "
            "817/78889:4 818/78889:3 819/78889:4 859/78889:3 877/78889:5 878/78889:5 838/78889:2 "
            "831/78889:2 895/78889:3 896/78889:3 897/78889:2 898/78889:2 899/78889:2 881/78889:2 "
            "882/78889:1 887/78889:1 888/78889:1"
        ),
        "123456789",
        weighted(
            "gmail.com:70 yahoo.com:9 yahoo.co.id:10 ymail.com:2 hotmail.com:3 outlook.com:3 "
            "rocketmail.com:1 icloud.com:1"
        ),
        weighted("co.id:45 com:38 id:9 net:4 web.id:2 biz.id:1"),
    ),
    "NL": Country(
        "NL",
        "31",
        "0",
        "nl",
        cities("""
            Amsterdam 20 7 2345678 ams 14
            Rotterdam 10 7 2345678 rdam 10
            Den|Haag 70 7 2345678 dh 8
            Utrecht 30 7 2345678 utr 6
            Eindhoven 40 7 2 ehv 5
            Groningen 50 7 3578 gron 4
            Tilburg 13 7 45 tlb 3
            Almere 36 7 5 alm 3
            Breda 76 7 5 breda 3
            Nijmegen 24 7 3 nijm 3
            Apeldoorn 55 7 5 apd 3
            Arnhem 26 7 3 arn 3
            Haarlem 23 7 5 hlm 3
            Enschede 53 7 4 ens 2
            Zwolle 38 7 4 zwl 2
            Amersfoort 33 7 4 amf 2
            Leiden 71 7 5 leid 2
            Maastricht 43 7 3 mstr 2
            Dordrecht 78 7 6 ddt 2
            Zoetermeer 79 7 3 ztm 2
            's-Hertogenbosch 73 7 6 dbosch 2
            Alkmaar 72 7 5 alk 2
            Leeuwarden 58 7 2 lwd 2
            Venlo 77 7 3 venlo 1
            Deventer 570 6 6 dev 1
            Hoorn 229 6 2 hoorn 1
            Ede 318 6 6 ede 1
            Emmen 591 6 6 emmen 1
            Helmond 492 6 5 hmd 1
            Oss 412 6 6 oss 1
            Gouda 182 6 5 gouda 1
            Harderwijk 341 6 4 hdw 1
        """),
        mobiles("6/8:1"),
        "12345",
        weighted(
            "gmail.com:30 hotmail.com:18 outlook.com:8 live.nl:6 ziggo.nl:12 kpnmail.nl:8 planet.nl:4 "
            "hetnet.nl:3 home.nl:3 xs4all.nl:3 icloud.com:3 hotmail.nl:2"
        ),
        weighted("nl:88 com:10 eu:2"),
    ),
    "BE": Country(
        "BE",
        "32",
        "0",
        "be",
        cities("""
            Antwerpen 3 7 2345 antw 14
            Gent 9 7 2 gent 10
            Brussel 2 7 2345 bxl 6
            Brugge 50 6 34 brugge 4
            Leuven 16 6 2 leuven 4
            Mechelen 15 6 2 mech 3
            Hasselt 11 6 2 hass 3
            Kortrijk 56 6 2 krt 3
            Aalst 53 6 27 aalst 2
            Sint-Niklaas 3 7 7 sn 2
            Genk 89 6 3 genk 2
            Roeselare 51 6 2 rsl 2
            Turnhout 14 6 4 tnh 2
            Oostende 59 6 2 ost 2
            Lier 3 7 48 lier 1
            Herentals 14 6 2 hrt 1
            Geel 14 6 5 geel 1
            Dendermonde 52 6 2 dmd 1
            Ieper 57 6 2 ieper 1
            Tienen 16 6 8 tienen 1
            Waregem 56 6 6 wrg 1
            Lokeren 9 7 3 lok 1
            Tongeren 12 6 2 tong 1
            Diest 13 6 3 diest 1
        """),
        mobiles(
            "470/6:4 471/6:3 472/6:4 473/6:3 474/6:3 475/6:6 476/6:4 477/6:4 478/6:4 479/6:3 483/6:2 "
            "484/6:2 485/6:2 486/6:3 487/6:2 488/6:2 489/6:2 490/6:2 491/6:2 492/6:2 493/6:2 494/6:3 "
            "495/6:3 496/6:3 497/6:3 498/6:3 499/6:3 456/6:1 460/6:1 465/6:1 466/6:1 467/6:1 468/6:1"
        ),
        "0123456789",
        weighted(
            "telenet.be:25 gmail.com:30 hotmail.com:12 skynet.be:8 outlook.com:6 hotmail.be:5 "
            "proximus.be:4 live.be:4 scarlet.be:2 icloud.com:2"
        ),
        weighted("be:85 com:12 eu:3"),
    ),
    "GB": Country(
        "GB",
        "44",
        "0",
        "en",
        cities("""
            London 20 8 378 ldn 30
            Manchester 161 7 2345789 mcr 8
            Birmingham 121 7 2345789 bham 8
            Leeds 113 7 2 leeds 5
            Bristol 117 7 9 bris 4
            Glasgow 141 7 2345 gla 4
            Edinburgh 131 7 2345 edi 3
            Liverpool 151 7 2457 lpool 3
            Sheffield 114 7 2 shef 3
            Cardiff 29 8 2 cdf 3
            Newcastle 191 7 2 ncl 2
            Nottingham 115 7 9 notts 2
            Leicester 116 7 2 lei 2
            Reading 118 7 9 rdg 2
            Southampton 23 8 8 soton 2
            Coventry 24 8 7 cov 2
            Norwich 1603 6 6 nrw 1
            Exeter 1392 6 2 exe 1
            York 1904 6 6 york 1
            Cambridge 1223 6 3 cam 1
            Oxford 1865 6 2 oxf 1
            Aberdeen 1224 6 2 abd 1
        """),
        mobiles("77xx/6:5 78xx/6:5 79xx/6:5 74xx/6:3 75xx/6:3 73xx/6:1"),
        "0123456789",
        weighted(
            "gmail.com:35 hotmail.co.uk:15 yahoo.co.uk:8 btinternet.com:10 outlook.com:8 sky.com:6 "
            "live.co.uk:5 icloud.com:5 aol.com:3 virginmedia.com:3"
        ),
        weighted("co.uk:70 com:22 uk:5 net:3"),
    ),
    "AU": Country(
        "AU",
        "61",
        "0",
        "en",
        cities("""
            Sydney 2 8 89 syd 30
            Melbourne 3 8 89 melb 26
            Brisbane 7 8 3 bne 14
            Perth 8 8 96 per 10
            Adelaide 8 8 8 adl 7
            Canberra 2 8 6 cbr 3
            Gold|Coast 7 8 5 gc 3
            Newcastle 2 8 49 ncl 2
            Hobart 3 8 6 hob 2
            Geelong 3 8 5 gee 1
            Darwin 8 8 89 drw 1
            Townsville 7 8 4 tsv 1
        """),
        mobiles("4xx/6:1"),
        "0123456789",
        weighted(
            "gmail.com:35 bigpond.com:20 hotmail.com:10 outlook.com:8 optusnet.com.au:8 yahoo.com.au:6 "
            "icloud.com:6 bigpond.net.au:4"
        ),
        weighted("com.au:85 com:12 net.au:3"),
    ),
    "SG": Country(
        "SG",
        "65",
        "",
        "en",
        cities("Singapore - 8 6 sg 1"),
        mobiles("-/8:1"),
        "89",
        weighted("gmail.com:50 yahoo.com.sg:15 hotmail.com:12 singnet.com.sg:8 outlook.com:8 icloud.com:5"),
        weighted("com.sg:55 com:35 sg:10"),
    ),
    "MY": Country(
        "MY",
        "60",
        "0",
        "en",
        cities("""
            Kuala|Lumpur 3 8 2 kl 30
            Petaling|Jaya 3 8 7 pj 12
            Shah|Alam 3 8 5 sa 8
            George|Town 4 7 2 pg 10
            Johor|Bahru 7 7 2 jb 10
            Ipoh 5 7 2 ipoh 6
            Melaka 6 7 2 mlk 5
            Kuching 82 6 2 kch 4
            Kota|Kinabalu 88 6 2 kk 4
            Seremban 6 7 7 srb 3
            Kuantan 9 7 5 ktn 3
        """),
        mobiles("12/7:10 13/7:6 16/7:6 17/7:6 19/7:8 10/7:3 14/7:4 18/7:2 11/8:8"),
        "123456789",
        weighted(
            "gmail.com:55 yahoo.com:15 hotmail.com:10 yahoo.com.my:8 outlook.com:6 tm.net.my:3 icloud.com:3"
        ),
        weighted("com.my:55 com:35 my:10"),
    ),
    "US": Country(
        "US",
        "1",
        "",
        "en",
        cities("""
            New|York 212 7 23456789 nyc 12
            Los|Angeles 213 7 23456789 la 10
            Chicago 312 7 23456789 chi 8
            Houston 713 7 23456789 hou 6
            Phoenix 602 7 23456789 phx 4
            Dallas 214 7 23456789 dal 4
            Seattle 206 7 23456789 sea 4
            Miami 305 7 23456789 mia 4
            Atlanta 404 7 23456789 atl 4
            Boston 617 7 23456789 bos 4
            Denver 303 7 23456789 den 3
        """),
        mobiles("646/7:4 917/7:4 310/7:3 323/7:2 773/7:3 832/7:2 480/7:2 469/7:2 425/7:2 786/7:2 678/7:2"),
        "23456789",
        weighted(
            "gmail.com:45 yahoo.com:15 outlook.com:10 hotmail.com:8 icloud.com:10 aol.com:5 comcast.net:7"
        ),
        weighted("com:85 net:8 us:4 co:3"),
    ),
}
COUNTRY_SHARE = weighted("ID:45 NL:20 BE:13 GB:7 AU:5 SG:4 MY:4 US:2")
ENGLISH = ("GB", "AU", "SG", "MY", "US")

N, I = False, True
PHONE_STYLES = {
    ("ID", False): [
        (N, "{T}-{S}", "none", ""),
        (N, "({T}) {S}", "half", " "),
        (N, "{T} {S}", "half", " "),
        (I, "+{C} {A} {S}", "half", " "),
        (I, "+{C}-{A}-{S}", "none", ""),
        (N, "{T}{S}", "none", ""),
        (I, "{C}{A}{S}", "none", ""),
        (N, "{T}.{S}", "half", "."),
        (I, "+{C}{A}-{S}", "none", ""),
        (N, "({T}) {S}", "half", "-"),
    ],
    ("ID", True): [
        (N, "{T}{S}", "none", ""),
        (N, "{T}-{S}", "half", "-"),
        (N, "{T} {S}", "half", " "),
        (I, "+{C} {A}-{S}", "half", "-"),
        (I, "+{C}{A}{S}", "none", ""),
        (I, "{C}{A}{S}", "none", ""),
        (I, "+{C} {A} {S}", "half", " "),
        (N, "{T}.{S}", "half", "."),
        (I, "(+{C}) {A} {S}", "half", " "),
        (N, "{T} {S}", "threes", " "),
    ],
    ("NL", False): [
        (N, "{T}-{S}", "none", ""),
        (N, "{T} {S}", "nlbe", " "),
        (I, "+{C} {A} {S}", "three_rest", " "),
        (I, "+{C} (0){A} {S}", "nlbe", " "),
        (N, "{T}{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (I, "00{C} {A} {S}", "none", ""),
        (N, "{T} - {S}", "nlbe", " "),
        (N, "({T}) {S}", "none", ""),
    ],
    ("NL", True): [
        (N, "{T}-{S}", "none", ""),
        (N, "{T} {S}", "half", " "),
        (N, "{T} {S}", "pairs", " "),
        (I, "+{C} {A} {S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (N, "{T}{S}", "none", ""),
        (I, "+{C} (0){A} {S}", "half", " "),
        (I, "00{C}{A}{S}", "none", ""),
        (N, "{T}-{S}", "threes", " "),
    ],
    ("BE", False): [
        (N, "{T} {S}", "nlbe", " "),
        (N, "{T}/{S}", "nlbe", "."),
        (I, "+{C} {A} {S}", "nlbe", " "),
        (N, "{T}{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (I, "00{C} {A} {S}", "nlbe", " "),
        (N, "{T}-{S}", "nlbe", "."),
        (I, "+{C} (0){A} {S}", "nlbe", " "),
    ],
    ("BE", True): [
        (N, "{T} {S}", "pairs", " "),
        (N, "{T}/{S}", "pairs", "."),
        (I, "+{C} {A} {S}", "pairs", " "),
        (N, "{T}{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (I, "00{C} {A} {S}", "pairs", " "),
        (N, "{T}-{S}", "pairs", " "),
        (N, "{T} {S}", "threes", " "),
    ],
    ("GB", False): [
        (N, "{T} {S}", "gb", " "),
        (I, "+{C} {A} {S}", "gb", " "),
        (I, "+{C} (0){A} {S}", "gb", " "),
        (N, "{T}{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (N, "({T}) {S}", "gb", " "),
        (I, "00{C} {A} {S}", "gb", " "),
    ],
    ("GB", True): [
        (N, "{T} {S}", "none", ""),
        (I, "+{C} {A} {S}", "none", ""),
        (N, "{T}{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (N, "{T} {S}", "threes", " "),
        (I, "+{C} (0){A} {S}", "none", ""),
        (I, "00{C} {A} {S}", "none", ""),
    ],
    ("AU", False): [
        (N, "({T}) {S}", "half", " "),
        (N, "{T} {S}", "half", " "),
        (I, "+{C} {A} {S}", "half", " "),
        (N, "{T}{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (N, "({T}) {S}", "none", ""),
    ],
    ("AU", True): [
        (N, "{T} {S}", "threes", " "),
        (N, "{T}{S}", "none", ""),
        (I, "+{C} {A} {S}", "threes", " "),
        (I, "+{C}{A}{S}", "none", ""),
        (N, "{T}-{S}", "threes", "-"),
    ],
    ("SG", False): [
        (N, "{S}", "half", " "),
        (I, "+{C} {S}", "half", " "),
        (I, "+{C}{S}", "none", ""),
        (N, "{S}", "none", ""),
        (I, "({C}) {S}", "half", "-"),
        (I, "+{C}-{S}", "half", "-"),
        (I, "{C} {S}", "half", " "),
    ],
    ("MY", False): [
        (N, "{T}-{S}", "half", " "),
        (I, "+{C} {A}-{S}", "half", " "),
        (I, "+{C}{A} {S}", "half", " "),
        (N, "{T}{S}", "none", ""),
        (I, "{C}{A}-{S}", "none", ""),
        (I, "+{C}{A}{S}", "none", ""),
        (N, "{T} {S}", "half", " "),
    ],
    ("US", False): [
        (N, "({A}) {S}", "three_rest", "-"),
        (N, "{A}-{S}", "three_rest", "-"),
        (N, "{A}.{S}", "three_rest", "."),
        (I, "+{C} {A} {S}", "three_rest", " "),
        (I, "+{C} ({A}) {S}", "three_rest", "-"),
        (I, "{C}-{A}-{S}", "three_rest", "-"),
        (N, "{A}{S}", "none", ""),
    ],
}
for _code in ("SG", "MY", "US"):
    PHONE_STYLES[(_code, True)] = PHONE_STYLES[(_code, False)]
STYLE_TABLES = {key: zipf(list(styles), 1.1) for key, styles in PHONE_STYLES.items()}
LOST_ZERO = (N, "{A}{S}", "none", "")


@dataclass(frozen=True, slots=True)
class Number:
    """A phone number: country, area (or mobile prefix) without trunk, subscriber digits, mobile or not."""

    country: str
    area: str
    sub: str
    mobile: bool

    def key(self):
        """Return the number as international digits, the identity used for uniqueness."""
        return COUNTRIES[self.country].cc + self.area + self.sub


def group_digits(sub, how):
    """Split subscriber digits into the groups a style writes."""
    n = len(sub)
    if how == "half":
        return [sub[: n // 2], sub[n // 2 :]]
    if how == "threes":
        return [sub[i : i + 3] for i in range(0, n, 3)]
    if how == "pairs":
        return [sub[i : i + 2] for i in range(0, n, 2)]
    if how == "three_rest":
        return [sub[:3], sub[3:]]
    if how == "nlbe":
        return [sub[:3], sub[3:5], sub[5:]] if n == 7 else [sub[:2], sub[2:4], sub[4:]]
    if how == "gb" and n > 6:
        return [sub[: n - 4], sub[n - 4 :]]
    return [sub]


def format_number(num, style):
    """Write ``num`` in ``style`` (intl flag, template, grouping, group separator)."""
    country = COUNTRIES[num.country]
    grouped = style[3].join(group_digits(num.sub, style[2]))
    return style[1].format(T=country.trunk + num.area, A=num.area, C=country.cc, S=grouped)


def digits(rng, n):
    """Return ``n`` random digits."""
    return str(rng.randrange(10**n)).zfill(n) if n > 0 else ""


# ----------------------------------------------------------------------------------------------------------
# Names: people
# ----------------------------------------------------------------------------------------------------------

ID_GIVEN_M = zipf(
    "Muhammad Agus Budi Andi Rudi Hendra Wahyu Eko Dwi Ahmad Joko Bambang Slamet Teguh Rizky Fajar Irwan "
    "Wawan Yusuf Hasan Anton Hendrik Yohanes Robert Felix Kevin Michael Stefanus Iwan Heru Arif Dedi Rahmat "
    "Lukman Hadi Yudi Tono Sugeng Herman Tommy Johan Indra Dimas Adi Bayu Fauzi Rian Reza Yoga Dani Hari Edi "
    "Ilham Doni Taufik Ridwan Aditya Benny Hendro Yosef Daniel Iqbal",
    0.8,
)
ID_GIVEN_F = zipf(
    "Siti Dewi Sri Nur Rina Yuli Yanti Ratna Fitri Dian Ayu Linda Susanti Lina Maria Ani Novi Wulan Putri "
    "Mega Sari Vivi Melati Intan Rani Diah Endang Lestari Nia Eka Kartika Indah Retno Wati Tuti Lilis Yuni "
    "Desi Anita Evi Mira Nurul Rika Santi Citra Yohana Veronika Agnes Lia",
    0.8,
)
ID_SECOND_GIVEN = {
    "Muhammad": words("Rizky Fajar Iqbal Ilham Yusuf Arif Hafiz Ridwan Aldi Fadli"),
    "Siti": words("Aminah Nurhaliza Rahma Fatimah Aisyah Khodijah Maryam"),
    "Nur": words("Hidayah Aini Laila Azizah Fadilah"),
    "Dwi": words("Hartanto Cahyono Prasetyo Lestari Wahyuni"),
}
ID_FAMILY_M = zipf(
    "Santoso Wijaya Gunawan Setiawan Hidayat Kurniawan Saputra Pratama Susanto Halim Tanoto Salim Hartono "
    "Sutanto Nugroho Purnomo Siregar Nasution Harahap Simanjuntak Lubis Sinaga Wibowo Prasetyo Hakim "
    "Syahputra Kusuma Lesmana Tanjung Hutapea Pangaribuan Sihombing Manurung Rahman Hasibuan Firmansyah "
    "Permana Hermawan Susilo Effendi Chandra Liem Gozali Sugiarto Budiman Limanto Cahyadi Suryadi Ramadhan "
    "Maulana Irawan Sembiring Ginting Tarigan",
    0.8,
)
ID_FAMILY_F = zipf(
    "Lestari Handayani Rahayu Wulandari Wijayanti Susanti Puspita Anggraini Rahmawati Kartika Safitri "
    "Permatasari Kusumawati Fitriani Utami Maharani Siregar Nasution Halim Wijaya Tanoto Sinaga Lubis "
    "Chandra Santoso Hutapea Simanjuntak Liem Salim Kusuma Purnamasari Oktaviani",
    0.8,
)
ID_MONONYM_M = zipf(
    "Suparman Sutrisno Mulyadi Suyatno Sukirman Wagiman Paimin Sugiyono Sumarno Supriyadi Sukardi"
)
ID_MONONYM_F = zipf("Sumarni Sumiati Tukiyem Suharti Sulastri Painem Ngatini Sumini Wartini")

NL_GIVEN_M = zipf(
    "Jan Peter Mark Kees Henk Johan Willem Sander Thomas Daan Bas Ruud Erik Marco Dennis Jeroen Martijn "
    "Niels Joost Frank Rob Gerard Hans Wim Arjan Rik Piet Ton Ad Koos Bert Theo Frans Jos Thijs Klaas "
    "Johannes Cornelis Hendrik Lucas Tim Bram Stefan Paul Robin Maarten Michiel",
    0.8,
)
NL_GIVEN_F = zipf(
    "Anouk Sanne Lisa Femke Marieke Ingrid Monique Linda Esther Petra Sandra Wendy Annemarie Lotte Eva "
    "Iris Fleur Els Ria Anja Karin Marloes Saskia Judith Ilse Nicole Mirjam Carla Yvonne Maria Johanna "
    "Elisabeth Emma Julia",
    0.8,
)
NL_FAMILY = zipf(
    [
        tuple(part.replace("_", " ") for part in entry.split(":"))
        for entry in words(
            "de:Jong :Jansen de:Vries van_den:Berg van:Dijk :Bakker :Janssen :Visser :Smit :Meijer de:Boer "
            ":Mulder de:Groot :Bos :Vos :Peters :Hendriks van:Leeuwen :Dekker :Brouwer de:Wit :Dijkstra "
            ":Smits de:Graaf van_der:Meer van_der:Linden :Kok :Jacobs de:Haan :Vermeulen van_den:Heuvel "
            "van_der:Veen van_den:Broek de:Bruijn de:Bruin van_der:Heijden :Schouten van:Beek :Willems "
            "van:Vliet van_de:Ven :Hoekstra :Maas :Verhoeven :Koster van:Dam van_der:Wal :Prins :Blom "
            ":Huisman :Kuipers van:Wijk :Postma :Kramer van_den:Bosch :Timmermans 't:Hart ter:Horst "
            "van:Rijn :Veenstra :Kuiper van_der:Laan :Boersma van:Dongen de:Jonge van:Veen :Post "
            "van_den:Brink :Scholten :Vink de:Ruiter :Groen :Gerritsen :Jonker van:Loon van_der:Velde "
            ":Willemsen :Smeets de:Lange de:Vos :Schipper de:Koning :Koning van_der:Velden :Driessen "
            "van:Doorn :Hermans :Evers van_der:Meulen :Hofman :Bosman :Wolters :Sanders van_der:Horst :Mol "
            ":Kuijpers :Molenaar van_de:Pol de:Leeuw :Verbeek :Wouters :Dekkers :Vermeer :Bergman :Brink "
            ":Zwart :Hoogendoorn :Rutten :Claassen :Hoekman :Wijnands :Baas :Pronk :Slot :Eijkelenboom "
            "van:Essen :Roos :Steenbergen :Veldhuis :Zijlstra :Wiersma :Boon :Heijnen"
        )
    ],
    0.8,
)

BE_GIVEN_M = zipf(
    "Jan Luc Marc Bart Koen Tom Peter Dirk Geert Kris Stijn Wim Filip Pieter Jef Jens Wout Patrick Johan "
    "Eddy Rudi Erik Hans Steven Joris Dries Jeroen Frederik Gert Sven Jozef Alfons Gustaaf Rik",
    0.8,
)
BE_GIVEN_F = zipf(
    "Els An Katrien Sofie Griet Veerle Inge Hilde Nathalie Lien Joke Sarah Lotte Nele Ann Kathleen Sandra "
    "Caroline Evelien Leen Ilse Karen Tine Elke Liesbeth Annelies Marleen Mieke",
    0.8,
)
BE_FAMILY = zipf(
    "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De|Smet Vermeulen Van|den|Broeck "
    "Hermans Aerts Pauwels Van|Damme De|Clercq Michiels Lambrechts Verstraete Desmet Coppens Stevens "
    "De|Backer Martens Claeys Van|de|Velde Segers Verhaeghe De|Wolf Wuyts Vandenberghe Vervoort Cools Smets "
    "Bogaerts Van|Dyck Verbeke Leemans Thys Geerts Van|Hoof Dierckx De|Cock Hendrickx Verlinden Laureys "
    "Van|Acker De|Vos Vanderstraeten De|Meyer Verschueren Van|Hecke Lemmens Baert Van|Hove Vandamme "
    "Devos De|Keyser Van|Gorp Daems Van|Camp Heylen Nijs Van|Looy Wyns Sels Bauwens Verhelst "
    "Van|Rompaey Mortier Pieters Vanhoutte De|Bruyne Dewulf Van|Steen Vercammen Van|Dijck Huysmans "
    "Goris Luyten Verbruggen Verheyen Van|den|Bossche D'Hondt De|Ridder Boeckx Schepens Van|Peteghem "
    "Vanhoof Bracke Claessens Dockx Engelen Gielen Jorissen Koninckx Peetermans Roels Stijnen",
    0.8,
)

EN_GIVEN_M = zipf(
    "James John David Michael Paul Andrew Mark Richard Peter Robert Stephen Thomas Christopher Daniel "
    "Matthew Gary Ian Neil Simon Steven Jason Lee Craig Darren Stuart Martin Graham Kevin Anthony William "
    "Jonathan Adam Oliver Jack Harry George Tom Sam Ben Luke Ryan Nick Chris Dave Mike Rob Tony Alan Colin "
    "Keith Phil Scott Brett Shane",
    0.8,
)
EN_GIVEN_F = zipf(
    "Sarah Emma Claire Laura Rachel Helen Lucy Kate Nicola Louise Amy Jennifer Rebecca Hannah Jessica "
    "Charlotte Sophie Victoria Karen Julie Susan Elizabeth Joanne Lisa Michelle Gemma Samantha Katherine "
    "Jane Alison Emily Olivia Megan Chloe Kylie Tracey",
    0.8,
)
EN_FAMILY = {
    "GB": zipf(
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson "
        "Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner "
        "Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott "
        "Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson "
        "Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams "
        "Singh Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews "
        "Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray "
        "Dixon Harvey O'Brien McDonald"
    ),
    "AU": zipf(
        "Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Thomas "
        "Walker Harris Lee Ryan Robinson Kelly King Davis Wright Evans Roberts Green Hall Wood Jackson "
        "Clarke O'Brien Murphy Mitchell Campbell Young McDonald Stewart Chen Wang Singh Patel O'Connor "
        "Hughes Edwards Scott Baker Turner Hill Moore Cooper Morris Ward Kennedy Murray Reid Ross "
        "Graham Hamilton Fraser Mackenzie Wallace Sullivan Byrne Quinn Walsh Gallagher Doyle Hunt "
        "Lawrence Dunn Watson Parker Price Bell Gray Marshall Russell Hayes Ellis Fisher Barnes"
    ),
    "US": zipf(
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson "
        "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker "
        "Young Allen King Wright Scott Nguyen Hill Adams Baker Nelson Carter Mitchell Perez Roberts Turner "
        "Phillips Campbell Parker Evans Edwards Collins"
    ),
}
CN_FAMILY = zipf(
    "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Leong Lau Yap Foo "
    "Ooi Khoo Cheah Loh Liew Tang Lin Chen"
)
CN_GIVEN_M = zipf(
    "Wei|Ming Kok|Leong Jun|Jie Boon|Kiat Chee|Keong Kah|Wai Wai|Keong Ah|Seng Beng|Huat Yong|Sheng "
    "Zhi|Wei Chin|Hong Kian|Seng Meng|Chye Teck|Soon Yi|Xiang",
    0.7,
)
CN_GIVEN_F = zipf(
    "Siew|Ling Mei|Ling Hui|Min Li|Ting Xin|Yi Soo|Ling Shu|Fen Pei|Shan Jia|Hui Bee|Leng Ai|Ling Mei|Hua",
    0.7,
)
CN_ALIAS_M = zipf(
    "Jason Kelvin Alvin Eugene Desmond Melvin Vincent Benjamin Gary Marcus Daniel Raymond Terence"
)
CN_ALIAS_F = zipf("Michelle Jasmine Irene Winnie Rachel Serene Cheryl Grace Joanne Vivian Jessica Angeline")
MALAY_GIVEN_M = zipf(
    "Muhammad|Faiz Ahmad Mohd|Azlan Muhammad|Hafiz Farid Zulkifli Ismail Amir Syafiq Aiman Izzat Hafiz Razak "
    "Kamal Azman Rosli Faizal Shahrul Hakim Nazri"
)
MALAY_GIVEN_F = zipf(
    "Nur|Aisyah Siti|Nurhaliza Nurul|Huda Farah Aina Fatimah Norazlina Siti|Aminah Nur|Izzati Aishah Zarina "
    "Rosnah Salmah Hidayah"
)
MALAY_FATHER = zipf(
    "Abdullah Ismail Rahman Hassan Osman Yusof Ibrahim Othman Ali Hamid Abu|Bakar Ahmad Razak Mohamed Omar "
    "Salleh Aziz Jaafar"
)
INDIAN_GIVEN_M = zipf(
    "Rajesh Suresh Kumar Ganesan Anand Vijay Arun Saravanan Ramesh Prakash Muthu Ravi Sanjay"
)
INDIAN_GIVEN_F = zipf("Priya Kavitha Lakshmi Devi Anita Malar Revathi Shanti Deepa Sangeetha Meena")
INDIAN_FAMILY = zipf("Krishnan Subramaniam Ramasamy Muthu Raman Nair Pillai Kumar Rajan Menon Gopal Selvaraj")

CULTURES = {
    "ID": weighted("id:1"),
    "NL": weighted("nl:1"),
    "BE": weighted("be:1"),
    "GB": weighted("en:1"),
    "AU": weighted("en:1"),
    "US": weighted("en:1"),
    "SG": weighted("cn:70 malay:13 indian:9 en:8"),
    "MY": weighted("malay:55 cn:30 indian:10 en:5"),
}


def nick_map(spec):
    """Return a two-way map of formal names and call names from ``formal:call`` pairs."""
    out = {}
    for pair in words(spec):
        formal, call = pair.split(":")
        out.setdefault(formal, []).append(call)
        out.setdefault(call, []).append(formal)
    return out


NICKNAMES = {
    "id": nick_map(
        "Muhammad:M. Muhammad:Moh. Muhammad:Muh. Muhammad:Mohammad Muhammad:Mochammad Yohanes:Yohan "
        "Stefanus:Stefan Hendrik:Hendri Daniel:Dani Yosef:Yosep"
    ),
    "nl": nick_map(
        "Johannes:Jan Johannes:Hans Cornelis:Kees Petrus:Piet Willem:Wim Hendrik:Henk Gerardus:Gerard "
        "Antonius:Ton Adrianus:Ad Jacobus:Koos Albertus:Bert Theodorus:Theo Franciscus:Frans Josephus:Jos "
        "Robert:Rob Sebastiaan:Bas Matthijs:Thijs Nicolaas:Klaas Johanna:Annie Maria:Ria Elisabeth:Els "
        "Anna:Anja Richard:Rik Marinus:Rinus"
    ),
    "be": nick_map(
        "Jozef:Jef Alfons:Fons Gustaaf:Staf Hendrik:Rik Johannes:Jan Franciscus:Frans Ludovicus:Louis "
        "Elisabeth:Els Anna:An Katharina:Katrien Pieter:Piet Eduard:Eddy Christophe:Kris Johan:Johan"
    ),
    "en": nick_map(
        "Robert:Bob Robert:Rob William:Bill William:Will James:Jim Michael:Mike David:Dave Christopher:Chris "
        "Thomas:Tom Stephen:Steve Andrew:Andy Daniel:Dan Elizabeth:Liz Katherine:Kate Samantha:Sam "
        "Jennifer:Jenny Anthony:Tony Peter:Pete Nicholas:Nick Richard:Rick Matthew:Matt Benjamin:Ben "
        "Jonathan:Jon Rebecca:Becky Victoria:Vicky Philip:Phil Stuart:Stu"
    ),
    "malay": nick_map("Muhammad:Mohd Muhammad:Muhd Mohd:Mohamad Ahmad:Ahmed Nur:Noor"),
    "indian": nick_map("Rajesh:Raj Ramesh:Ram Sanjay:Sanju"),
    "cn": {},
}

TITLES = {
    # culture: (male titles, female titles, post-nominal letters)
    "id": (
        words("Bpk. Bapak Pak Bp. H. Ir. Drs."),
        words("Ibu Bu Ny. Hj. Dra."),
        words("S.E. S.T. S.Kom M.M. S.H."),
    ),
    "nl": (
        words("Dhr. De|heer dhr Ing. Ir. Drs. Mr."),
        words("Mevr. Mevrouw mevr Drs. Mr. Ir."),
        words("MSc MBA RA"),
    ),
    "be": (words("Dhr. Mr. Ir. Ing. Dr."), words("Mevr. Mw. Ir. Dr."), ()),
    "en": (words("Mr Mr. Dr"), words("Mrs Ms Miss Ms. Dr"), words("MBA PhD")),
    "cn": (words("Mr Mr."), words("Ms Mdm Mdm."), ()),
    "malay": (words("Encik En. Haji Dato'"), words("Puan Pn. Cik Hajah"), ()),
    "indian": (words("Mr Mr."), words("Ms Mrs"), ()),
}


# ----------------------------------------------------------------------------------------------------------
# Names: companies
# ----------------------------------------------------------------------------------------------------------

ID_STOCK = zipf(
    "Jaya Makmur Sentosa Abadi Mandiri Sejahtera Utama Maju Bersama Sukses Karya Mitra Prima Indah Sinar "
    "Sumber Agung Baru Mulia Lestari Perkasa Cahaya Rejeki Putra Bintang Harapan Berkah Anugerah Sakti "
    "Surya Persada Nusantara Gemilang Megah Raya Santosa Permai Setia Kencana Tunggal Lancar Sarana Cipta "
    "Graha Kreasi Citra Pratama Buana Wijaya Kurnia Mutiara Intan Duta Fajar Terang Timur Rahayu Langgeng "
    "Andalan Solusi Global Inti Dinamika Cemerlang Kharisma Artha Bumi Tirta Perdana Semesta Putri Mulya "
    "Mas Sentral Unggul"
)
ID_SECTOR = zipf(
    "Teknik Trading Niaga Indonesia Elektrik Logistik Konstruksi Motor Elektronik Farma Kimia Agro Plastik "
    "Baja Mesin Grafika Ekspres Transport Properti Medika Digital Sistem Energi Pangan Furniture Tekstil",
    0.8,
)
ID_SHOP = weighted(
    "Toko:30 Toko|Bangunan:8 Bengkel:8 Apotek:6 Warung:6 Rumah|Makan:6 Toko|Besi:3 Toko|Emas:3 "
    "Toko|Elektronik:3 Percetakan:3 Salon:3 Konveksi:2 Laundry:2 Depot|Air:1 Kedai|Kopi:2 Toko|Kue:2 "
    "Optik:2 Klinik:2"
)
ID_PERSON_SHOPS = ("Warung", "Salon", "Rumah Makan", "Kedai Kopi", "Laundry")
ID_FOUNDER = zipf(
    "Hartono Santoso Wijaya Gunawan Setiawan Halim Salim Kurniawan Susanto Tanoto Sutanto Budiman Hidayat "
    "Chandra Limanto Sugiarto Purnomo Gozali Effendi Lesmana Tjandra Tanudjaja Kusnadi Hadinata Wibisono "
    "Sanjaya Darmawan Hendrawan Suryono Widjaja Gunadi Santika Harjono Tanuwijaya Kurniadi Setiadi Mulyono "
    "Prasetya Sudirman Hartanto Sutedja Lukito Winata Sugianto Gunarso Siswanto Wibowo Hermanto Yulianto "
    "Irawan Rusli Kosasih Wirawan Sidharta Hadiwijaya Salim Liem Tanjaya Halimun Suherman Rahardjo"
)
ID_CHAIN_SHOPS = words("Apotek Toko Toko|Bangunan Bengkel Rumah|Makan Optik Toko|Elektronik Klinik")
ID_COMMON_SHOPS = words("Toko Apotek Bengkel Warung Rumah|Makan Toko|Bangunan Toko|Besi Toko|Emas")
ID_GROUP = words("Group Grup Holding Internasional")

NL_TRADE_PRE = zipf(
    "Installatiebedrijf Schildersbedrijf Bakkerij Hoveniersbedrijf Loodgietersbedrijf Aannemersbedrijf "
    "Timmerbedrijf Autobedrijf Transportbedrijf Klussenbedrijf Dakdekkersbedrijf Kapsalon Slagerij "
    "Administratiekantoor Schoonmaakbedrijf Stukadoorsbedrijf Tegelzetbedrijf Rijschool Makelaardij "
    "Bloemenhuis Fietsenwinkel Cafetaria Tandartspraktijk Grondverzetbedrijf Metaalbewerking "
    "Glazenwasserij Verhuisbedrijf"
)
NL_TRADE_POST = zipf(
    "Transport Bouw Techniek Installatietechniek Installaties Logistiek Advies Schilderwerken Zorg Metaal "
    "Elektro Vastgoed Verhuur Montage Onderhoud Keukens Tuinen Dakwerken Infra Grondwerken Interieur "
    "Automotive ICT Totaalonderhoud Verhuizingen Koeltechniek Bestrating Catering Beveiliging Detachering"
)
NL_BRAND = zipf(
    "Delta Noord Polder Holland Rijn Maas Veluwe Brabant Twente Horizon Amstel IJssel Groen Zuid Oost West "
    "Zon Duin Vakwerk Totaal Prima Optimaal Flevo Zeeland Hollandse Vecht Waal Linge Eurotech Westland "
    "Kennemerland Gooi Achterhoek Drenthe Betuwe Limburg Rijnmond Haaglanden Amstelland Zaanstreek "
    "Friesland Groningen Randstad Kempen Peel Stichtse Westfriese Noordzee Kroon Ster Anker Eik Linde "
    "Meander Vakmans Eurobouw Multi Topkwaliteit Snelservice"
)
NL_GROUP = words("Groep Holding Beheer")
NL_SONS = words("&|Zonen en|Zonen &|Zn. &|Co")

BE_TRADE_PRE = zipf(
    "Bakkerij Aannemingen Schrijnwerkerij Bouwonderneming Dakwerken Elektriciteitswerken Sanitair "
    "Schilderwerken Tuinaanleg Transport Garage Slagerij Frituur Kapsalon Renovatiewerken Vloerwerken "
    "Boekhoudkantoor Verzekeringskantoor Immo Brouwerij Verwarming Houthandel Bouwbedrijf Grondwerken "
    "Drukkerij"
)
BE_TRADE_POST = zipf(
    "Bouw Transport Techniek Elektro Renovatie Vloeren Dakwerken Interieur Logistics Immo Keukens Sanitair "
    "Verwarming Schrijnwerkerij Tuinen Metaalbouw Construct Steenhandel Verhuur"
)
BE_BRAND = zipf(
    "Kempen Schelde Leie Waas Dijle Demer Nete Limburg Westhoek Vlaanderen Brabo Meetjesland Pajot Kust "
    "Noorderkempen Scaldis Flandria Belgica Euro Top Antwerpse Gentse Limburgse Kempense Vlaamse Brugse "
    "Mechelse Leuvense Waaslandse Zuiderkempen Haspengouw Hageland Voorkempen Rupel Durme Zenne Ijzer "
    "Noordzee Ster Anker Eik Linde Vakman Kwaliteit Expert Multi"
)
BE_GROUP = words("Group Holding Groep")
BE_SONS = words("&|Zonen &|Zn en|Zoon &|Co")

EN_TRADE = zipf(
    "Plumbing Electrical Construction Logistics Freight Engineering Roofing Landscaping Cleaning|Services "
    "Joinery Builders Motors Catering Print Solutions Consulting Trading Supplies Timber Steel Scaffolding "
    "Haulage Glazing Interiors Facilities Security Packaging Marine Hardware Air|Conditioning Removals "
    "Flooring Accountants Fabrication Transport Tyres"
)
EN_BRAND = zipf(
    "Apex Summit Premier Pinnacle Crown Atlas Evergreen Oakwood Phoenix Sterling Bluewater Redline Meridian "
    "Kingfisher Lion Eagle Horizon Vertex Titan Metro Allied United Bright Swift Rapid Golden Sunrise "
    "Keystone Cornerstone Liberty Regal Empire Falcon Nova Prime Precision Elite Alpha Delta Acme Unity "
    "Zenith Crest Blue|Sky Greenfield Northstar Silverline Redwood Riverside Hillside Lakeside Westfield "
    "Eastgate Highgate Ironbridge Stonebridge Kingsway Castle Abbey Heritage Paramount Optimum Vantage "
    "Vista Matrix Fusion Quantum Infinity Spectrum Trident Orion Aurora Polaris Sapphire Emerald "
    "Platinum Diamond Cobalt Arrow Anchor Beacon Compass Landmark Milestone Pioneer Frontier Valiant "
    "Dynamic Integral Direct Express First|Choice A1 Ace Star Rainbow Hometown Countrywide Nationwide "
    "Citywide Clearview Brightside Greenway Oak|Tree Maple Willow Cedar"
)
EN_PLACE = {
    "GB": zipf(
        "Thames Pennine Cotswold Solent Mersey Chiltern Highland Northern Southern Midland Wessex Severn"
    ),
    "AU": zipf("Pacific Coastal Harbour Bayside Outback Southern|Cross Coral Sunshine|Coast Northern Murray"),
    "SG": zipf("Straits Asia Pacific Orient Eastern Marina Changi Jurong Keppel"),
    "MY": zipf("Asia Pacific Orient Borneo Selangor Klang Penang Johor Eastern"),
    "US": zipf("Pacific Atlantic Midwest Lone|Star Empire|State Golden|Gate Great|Lakes Bay|Area Southern"),
}
EN_GROUP = words("Group Holdings")
EN_SONS = words("&|Sons Bros &|Co Brothers")
HOKKIEN = zipf(
    "Hock Seng Huat Soon Heng Teck Kim Hup Lee Leong Chye Guan Ann Joo Tiong Yong Fatt Kee Lian Hin Wah"
)
MALAY_BIZ = zipf(
    "Maju Jaya Bumi Cahaya Sinar Mutiara Setia Murni Makmur Sejahtera Gemilang Perdana Utama Harapan "
    "Bersatu Wawasan Cemerlang Indah Baru Mega"
)
SGMY_COMMON_TRADE = words("Trading Hardware Enterprise Motor Electrical")

ONE_LETTER = {
    "stock": [("Putra", "Putri"), ("Mulia", "Mulya"), ("Jaya", "Raya"), ("Sentosa", "Santosa")]
    + [("Mandiri", "Mandira"), ("Karya", "Karsa")],
    "NL": [("Jansen", "Janssen"), ("Bos", "Vos"), ("Smit", "Smits"), ("Peters", "Peeters")]
    + [("Hendriks", "Hendrikx"), ("Bakker", "Backer"), ("Mertens", "Martens")],
    "BE": [("Peeters", "Peters"), ("Mertens", "Martens"), ("Maes", "Mees"), ("Claes", "Claus")]
    + [("Wouters", "Wauters"), ("Goossens", "Goosens"), ("Hermans", "Hermens")],
    "EN": [("Clark", "Clarke"), ("Smith", "Smyth"), ("Thomson", "Thompson"), ("Brown", "Browne")]
    + [("Green", "Greene"), ("Philips", "Phillips")],
    "CN": [("Tan", "Tang"), ("Lim", "Lin"), ("Goh", "Koh"), ("Chan", "Chen")],
}

LEGAL = {
    "PT": words("PT PT. P.T. Pt. Pt"),
    "CV": words("CV CV. C.V."),
    "UD": words("UD UD. U.D."),
    "NL_BV": words("B.V. BV bv B.V b.v."),
    "NL_NV": words("N.V. NV nv"),
    "VOF": words("V.O.F. VOF vof v.o.f."),
    "EZ": words("Eenmanszaak eenmanszaak (eenmanszaak)"),
    "BE_BV": words("BV bv B.V."),
    "BVBA": words("BVBA bvba B.V.B.A. Bvba"),
    "BE_NV": words("NV nv N.V."),
    "BE_VOF": words("VOF vof"),
    "COMMV": words("CommV Comm.V. Comm.|V."),
    "LTD": words("Ltd Ltd. Limited LTD ltd"),
    "PLC": words("PLC plc Plc"),
    "LLP": words("LLP L.L.P."),
    "PTY": words("Pty|Ltd Pty.|Ltd. PTY|LTD Pty|Limited P/L Pty.|Ltd"),
    "PTE": words("Pte|Ltd Pte.|Ltd. PTE|LTD Private|Limited Pte.|Ltd"),
    "SDN": words("Sdn|Bhd Sdn.|Bhd. SDN|BHD Sdn.Bhd. Sendirian|Berhad"),
    "BHD": words("Bhd Berhad Bhd."),
    "INC": words("Inc Inc. Incorporated INC"),
    "LLC": words("LLC L.L.C. llc"),
    "CORP": words("Corp Corp. Corporation"),
}
TBK = words("Tbk Tbk. TBK")
LEGAL_TOKENS = frozenset(
    token.lower() for variants in [*LEGAL.values(), TBK] for variant in variants for token in variant.split()
)
EN_LEGAL = {"GB": "LTD", "AU": "PTY", "SG": "PTE", "MY": "SDN", "US": "INC"}

# unit categories: what a word of a company name is, for reordering, swapping and domains
CONTENT = frozenset(
    {"stock", "family", "brand", "trade_pre", "trade_post", "trade", "place", "hokkien", "malay"}
)
DISTINCT = frozenset({"stock", "family", "brand", "place", "hokkien", "malay", "given"})


@dataclass(slots=True)
class Parts:
    """The structure of a company name: units ``(text, category)``, legal form and position, size."""

    units: list
    legal: str | None = None
    pos: str = "post"
    size: str = "small"
    tbk: bool = False
    trading: list | None = None


# ----------------------------------------------------------------------------------------------------------
# People, companies, prospects
# ----------------------------------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class Person:
    """A person: name parts by culture, mobile, canonical e-mail, and details created when first needed."""

    country: str
    culture: str
    given: str
    family: str = ""
    prefix: str = ""
    marker: str = ""
    female: bool = False
    middle: str = ""
    order: str = "gf"
    alias: str = ""
    mobile: Number | None = None
    mstyle: tuple = ()
    email: str = ""
    private_email: str = ""
    home: Number | None = None
    hstyle: tuple = ()
    spouse: str = ""
    spouse_family: str = ""

    def fam(self):
        """Return the family name with its Dutch prefix (``de Vries``)."""
        return f"{self.prefix} {self.family}" if self.prefix else self.family

    def full(self):
        """Return the name as the person writes it."""
        fam = self.fam()
        if self.marker:
            return f"{self.given} {self.marker} {fam}"
        if self.order == "fg":
            return f"{fam} {self.given}"
        return f"{self.given} {fam}".strip()


@dataclass(slots=True, eq=False)
class Company:
    """A company: name parts, town, legal form as usually typed, domains, office phone, contacts."""

    country: str
    parts: Parts
    units: list
    city: City
    legal_text: str = ""
    legal_pos: str = "post"
    tbk: str = ""
    trading: list | None = None
    domain: str = ""
    domain2: str = ""
    mailbox: str = ""
    pattern: str = "g.f"
    generic: str = ""
    office: Number | None = None
    ostyle: tuple = ()


@dataclass(slots=True, eq=False)
class Prospect:
    """One ground-truth prospect: a company with contacts, or a private person; its kind and sub-tags."""

    country: str
    people: list
    company: Company | None = None
    kind: str = "base"
    sub: list = field(default_factory=list)
    title: str = ""
    forced: list = field(default_factory=list)


def slug(text):
    """Lower-case ``text`` keeping ASCII letters and digits only (for domains and mailboxes)."""
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def cap_first(text):
    """Capitalise the first letter (``de Vries Transport`` -> ``De Vries Transport``)."""
    return text[:1].upper() + text[1:]


def body_of(units):
    """Return the name body (without legal form) of ``units``."""
    return cap_first(" ".join(text for text, _ in units))


def name_keys(units):
    """Return the exact key and the word-bag key of a company name body."""
    body = " ".join(text for text, cat in units).lower()
    return body, " ".join(sorted(body.split()))


# ----------------------------------------------------------------------------------------------------------
# The world: registries and builders
# ----------------------------------------------------------------------------------------------------------

SIZES = weighted("micro:30 small:38 medium:24 large:8")
HAS_DOMAIN = {"micro": 0.12, "small": 0.55, "medium": 0.92, "large": 1.0}
HAS_OFFICE = {"micro": 0.45, "small": 0.8, "medium": 0.97, "large": 1.0}
CONTACTS = {"micro": (1,), "small": (1, 1, 2), "medium": (1, 2, 2, 3), "large": (2, 3, 3, 4, 5)}
DOMAIN2 = {"micro": 0.0, "small": 0.03, "medium": 0.1, "large": 0.35}
GENERIC = {
    "id": words("info sales marketing admin purchasing cs office finance"),
    "nl": words("info verkoop administratie planning inkoop offerte service"),
    "be": words("info administratie boekhouding aankoop verkoop contact"),
    "en": words("info sales enquiries accounts admin office hello contact"),
}
PATTERNS = {
    "id": weighted("g:30 g.f:25 gf:12 g_f:5 g0f:8 g.f0:6 f:4"),
    "nl": weighted("g0.f:30 g:25 g.f:20 g0f:10 gf:10 f:5"),
    "be": weighted("g.f:45 g:25 g0.f:10 gf:10 g0f:10"),
    "en": weighted("g.f:40 g0f:20 g:20 g0.f:10 gf:10"),
}


def local_part(person, pattern):
    """Return the e-mail local part of ``person`` after a company's pattern (``g.f``: given.family ...)."""
    given = slug(person.given.split()[0]) if person.order == "gf" or not person.alias else slug(person.alias)
    if person.culture == "cn" and person.order == "fg":
        given = slug(person.given)
    fam = slug(person.fam())
    if not fam:
        return given
    return {
        "g": given,
        "g.f": f"{given}.{fam}",
        "gf": f"{given}{fam}",
        "g_f": f"{given}_{fam}",
        "g0f": f"{given[:1]}{fam}",
        "g0.f": f"{given[:1]}.{fam}",
        "g.f0": f"{given}.{fam[:1]}",
        "f": fam,
    }[pattern]


class World:
    """Everything created so far, the registries that keep the ground truth clean, and the builders."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.phones = set()
        self.domains = set()
        self.addresses = set()
        self.public = set()
        self.exact = set()
        self.bags = set()
        self.common = {}

    # -- numbers and addresses ---------------------------------------------------------------------------

    def number(self, country, city=None, mobile=False):
        """Return a phone number never used before (a landline in ``city`` or a mobile)."""
        rng, plan = self.rng, COUNTRIES[country]
        while True:
            if mobile:
                template, lengths = plan.mobiles.pick(rng)
                area = "".join(str(rng.randrange(10)) if ch == "x" else ch for ch in template)
                length, lead = int(rng.choice(lengths)), plan.mobile_lead
            else:
                town = city or plan.cities.pick(rng)
                area, length, lead = town.area, town.sub, town.lead
            num = Number(country, area, rng.choice(lead) + digits(rng, length - 1), mobile)
            if num.key() not in self.phones:
                self.phones.add(num.key())
                return num

    def style(self, num):
        """Return the habitual way of writing ``num``, drawn once per owner."""
        return STYLE_TABLES[(num.country, num.mobile)].pick(self.rng)

    def take_public(self, candidates, provider):
        """Return the first candidate address at a public provider whose local part is still free."""
        for local in candidates:
            key = local.replace(".", "").replace("_", "").replace("-", "")
            if key and key not in self.public:
                self.public.add(key)
                return f"{local}@{provider}"
        return None

    def public_address(self, person, city=None):
        """Return a new private address of ``person`` at a public provider of their country."""
        rng = self.rng
        provider = COUNTRIES[person.country].providers.pick(rng)
        given = slug(person.given.split()[0]) if person.order == "gf" else slug(person.alias or person.given)
        fam = slug(person.fam()) or slug(person.given.split()[-1])
        yy, year = (
            f"{rng.randrange(60, 100) if rng.random() < 0.7 else rng.randrange(0, 6):02d}",
            rng.randint(1962, 2003),
        )
        town = city.slug if city else ""
        candidates = [
            f"{given}.{fam}",
            f"{given}{fam}",
            f"{given}.{fam}{yy}",
            f"{given}{fam}{yy}",
            f"{given}_{fam}",
            f"{fam}{given}",
            f"{given}{year}",
            f"{given}.{town}" if town else f"{given}{fam[:1]}{yy}",
            f"{given[:1]}{fam}{yy}",
        ]
        head = candidates[: 2 if person.country in ("NL", "BE", "GB") else 1]
        tail = candidates[len(head) :]
        rng.shuffle(tail)
        order = head + tail if rng.random() < 0.5 else tail + head
        while True:
            found = self.take_public(order, provider)
            if found:
                return found
            order = [f"{given}.{fam}{rng.randrange(1, 9999)}", f"{given}{fam}{rng.randrange(100, 999)}"]

    def private_address(self, person):
        """Return the private public-provider address of a company contact, made once."""
        if not person.private_email:
            person.private_email = self.public_address(person)
        return person.private_email

    def company_address(self, local, domain):
        """Return ``local@domain`` made unique at that domain (digits added on a clash)."""
        address, n = f"{local}@{domain}", 1
        while address in self.addresses:
            n += 1
            address = f"{local}{n}@{domain}"
        self.addresses.add(address)
        return address

    # -- people --------------------------------------------------------------------------------------------

    def person(self, country, culture=None, female=None, common=False, family=None):
        """Return a new person of ``country`` (name only); ``common`` draws among the most frequent names."""
        rng = self.rng
        culture = culture or CULTURES[country].pick(rng)
        female = rng.random() < 0.45 if female is None else female
        person = Person(country, culture, "", female=female)
        PERSON_BUILDERS[culture](self, person, common, family)
        return person

    def copy_name(self, src, country):
        """Return a new person with exactly the name of ``src`` (the same name, another life)."""
        return Person(
            country,
            src.culture,
            src.given,
            src.family,
            src.prefix,
            src.marker,
            src.female,
            src.middle,
            src.order,
            src.alias,
        )

    # -- companies -----------------------------------------------------------------------------------------

    def unrelated(self, parts, other):
        """Whether ``parts`` share no distinctive name word with company ``other``."""
        mine = {text.lower() for text, cat in parts.units if cat in DISTINCT}
        theirs = {text.lower() for text, cat in other.parts.units if cat in DISTINCT}
        return not mine & theirs

    def free(self, units, allow=()):
        """Whether a company name is free: no exact name and no word bag taken (unless allowed)."""
        exact, bag = name_keys(units)
        return (exact not in self.exact or "exact" in allow) and (bag not in self.bags or "bag" in allow)

    def take(self, units):
        """Register a company name."""
        exact, bag = name_keys(units)
        self.exact.add(exact)
        self.bags.add(bag)

    def draw_parts(self, country, style, unrelated_to, city):
        """Draw random name parts until the name (in ``city``) is free and unrelated to ``unrelated_to``."""
        for attempt in range(400):
            parts = make_parts(self, country, style, {})
            for _ in range(attempt // 60):
                add_filler(self, country, parts)
            if unrelated_to is not None and not self.unrelated(parts, unrelated_to):
                continue
            if self.free(city_units(parts.units, city)):
                return parts
        raise RuntimeError("no free company name")  # pragma: no cover

    def company(self, country, style=None, parts=None, allow=(), **opts):
        """Build a company prospect; with fixed ``parts`` return None when its name is taken."""
        rng = self.rng
        city = opts.get("city") or self.town(country, opts.get("avoid_cities", ()))
        if parts is None:
            parts = self.draw_parts(country, style, opts.get("unrelated_to"), city)
        units = city_units(parts.units, city)
        if not self.free(units, allow):
            return None
        self.take(units)
        trading = city_units(parts.trading, city) if parts.trading else None
        if trading and self.free(trading):
            self.take(trading)
        else:
            trading = None
        co = Company(country, parts, units, city, trading=trading)
        self.legal_form(co)
        self.mail_setup(co, opts.get("domain"))
        office = opts.get("office")
        if office is not None or opts.get("need_office") or rng.random() < HAS_OFFICE[parts.size]:
            co.office = office or self.number(country, city)
            co.ostyle = self.style(co.office)
        people = self.contacts(co, opts)
        return Prospect(country, people, co, opts.get("kind", "base"), list(opts.get("sub", ())))

    def town(self, country, avoid):
        """Return a town of ``country`` not in ``avoid`` (when the country has another one)."""
        table = COUNTRIES[country].cities
        for _ in range(40):
            city = table.pick(self.rng)
            if city not in avoid:
                return city
        return city

    def legal_form(self, co):
        """Fix how the company usually types its legal form (variant, shown or not, position)."""
        rng, parts = self.rng, co.parts
        co.legal_pos = parts.pos
        if parts.legal:
            variants = LEGAL[parts.legal]
            shown = parts.legal != "EZ" and rng.random() < (0.92 if parts.legal == "PT" else 0.85)
            if shown:
                co.legal_text = variants[0] if rng.random() < 0.7 else rng.choice(variants)
        if parts.tbk:
            co.tbk = TBK[0] if rng.random() < 0.8 else rng.choice(TBK)

    def mail_setup(self, co, forced_domain):
        """Give the company its domain(s), generic mailbox and address pattern, or a public mailbox."""
        rng, lang = self.rng, COUNTRIES[co.country].lang
        co.pattern = PATTERNS[lang].pick(rng)
        p_domain = HAS_DOMAIN[co.parts.size] * (0.75 if co.country == "ID" else 1.0)
        if forced_domain:
            co.domain = forced_domain
        elif rng.random() < p_domain:
            co.domain = self.new_domain(co)
        if co.domain:
            if not forced_domain and rng.random() < DOMAIN2[co.parts.size]:
                co.domain2 = self.new_domain(co, second=True)
            choices = GENERIC[lang] + ([slug(co.city.name)] if forced_domain else [])
            local = (
                slug(co.city.name)
                if forced_domain
                else choices[0]
                if rng.random() < 0.6
                else rng.choice(choices)
            )
            co.generic = self.company_address(local, co.domain)
        elif rng.random() < 0.65:
            co.mailbox = self.take_public(
                mailbox_candidates(self, co), COUNTRIES[co.country].providers.pick(rng)
            )

    def new_domain(self, co, second=False):
        """Return a domain made from the company name, never used by another company."""
        rng = self.rng
        tlds = COUNTRIES[co.country].tlds
        names = domain_names(co)
        for attempt in range(30):
            tld = tlds.pick(rng)
            base = names[0] if attempt == 0 and rng.random() < 0.55 else rng.choice(names)
            if second:
                base = rng.choice([names[0], names[0] + "group", names[-1], names[0] + slug(co.city.slug)])
            if attempt > 10:
                base += rng.choice([co.city.slug, str(rng.randrange(2, 99))])
            domain = f"{base}.{tld}"
            if domain not in self.domains and domain != co.domain:
                self.domains.add(domain)
                return domain
        raise RuntimeError("no free domain")  # pragma: no cover

    def contacts(self, co, opts):
        """Create the company's contacts (the first may copy a given person's name and mobile)."""
        rng = self.rng
        count = rng.choice(CONTACTS[co.parts.size])
        primary, avoid = opts.get("primary"), opts.get("avoid_people")
        taken = {p.full().lower() for p in avoid.people} if avoid else set()
        family_business = [text for text, cat in co.units if cat == "family"]
        people = []
        for index in range(count):
            if index == 0 and primary is not None:
                person = self.copy_name(primary, co.country)
                if opts.get("share_mobile"):
                    person.mobile, person.mstyle = primary.mobile, primary.mstyle
            else:
                family = None
                if index == 0 and family_business and rng.random() < 0.6 and co.country in ("NL", "BE", "ID"):
                    family = family_business[0]
                person = self.person(co.country, common=opts.get("common") and index == 0, family=family)
                while person.full().lower() in taken:
                    person = self.person(co.country)
            taken.add(person.full().lower())
            if person.mobile is None and (rng.random() < 0.93 or co.office is None):
                person.mobile = self.number(co.country, mobile=True)
                person.mstyle = self.style(person.mobile)
            self.company_email(co, person)
            people.append(person)
        return people

    def company_email(self, co, person):
        """Give a contact their usual address: personal at the domain, the generic one or a public one."""
        rng = self.rng
        if co.domain:
            if rng.random() < 0.85:
                person.email = self.company_address(local_part(person, co.pattern), co.domain)
            else:
                person.email = co.generic
        elif co.mailbox:
            person.email = co.mailbox
        else:
            person.email = self.public_address(person, co.city)

    def private(self, country, like=None):
        """Build a private-person prospect (``like``: copy that person's name only)."""
        rng = self.rng
        person = self.copy_name(like, country) if like else self.person(country)
        city = COUNTRIES[country].cities.pick(rng)
        if rng.random() < 0.95:
            person.mobile = self.number(country, mobile=True)
            person.mstyle = self.style(person.mobile)
        if rng.random() < (0.35 if country in ("NL", "BE", "GB", "AU") else 0.1) or person.mobile is None:
            person.home = self.number(country, city)
            person.hstyle = self.style(person.home)
        if rng.random() < 0.9:
            person.email = self.public_address(person, city)
        return Prospect(country, [person], None, "neg_owner_private" if like else "base")


def city_units(units, city):
    """Fill the ``{c}`` of a chain's town unit with ``city`` (left as is when no city is given)."""
    if not units or city is None:
        return list(units) if units else units
    return [(text.format(c=city.name), cat) if cat == "city" else (text, cat) for text, cat in units]


def domain_names(co):
    """Return candidate domain names (without TLD) from a company's name."""
    content = [slug(text) for text, cat in co.units if cat not in ("city", "conn", "shop", "group")]
    content = [part for part in content if part] or [slug(co.units[0][0])]
    shop = "".join(slug(text) for text, cat in co.units if cat == "shop")
    joined = "".join(content)
    names = [joined, "-".join(content)]
    if co.parts.legal in ("PT", "CV", "UD"):
        names.append(co.parts.legal.lower() + joined)
    if shop:
        names.append(shop + joined)
    if len(content) > 2:
        names.append("".join(part[:1] for part in content) + content[-1])
        names.append("".join(content[:2]))
    if co.parts.legal in ("NL_BV", "BE_BV", "BVBA"):
        names.append(joined + "bv")
    return names


def mailbox_candidates(world, co):
    """Return candidate local parts for a small company's shared public mailbox."""
    rng = world.rng
    parts = [slug(text) for text, cat in co.units if cat != "city"]
    joined = "".join(parts)
    legal = co.parts.legal.lower() if co.parts.legal in ("PT", "CV", "UD") else ""
    out = [joined, f"{legal}.{joined}" if legal else f"{joined}.{co.city.slug}", ".".join(parts[-2:])]
    out += [f"{joined}{co.city.slug}", f"{joined}{rng.randrange(1, 99)}", f"{joined}.{co.city.slug}"]
    out += [f"{joined}{rng.randrange(100, 9999)}" for _ in range(20)]
    return out


def add_filler(world, country, parts):
    """Add one more name word before the town, used when drawn names keep colliding."""
    if country == "ID":
        unit = (ID_STOCK.pick(world.rng), "stock")
    else:
        unit = ({"NL": NL_BRAND, "BE": BE_BRAND}.get(country, EN_BRAND).pick(world.rng), "brand")
    at = next((i for i, (_, cat) in enumerate(parts.units) if cat == "city"), len(parts.units))
    parts.units.insert(at, unit)


# -- person builders (by culture) ---------------------------------------------------------------------------


def build_id(world, person, common, family):
    """Indonesian: given name (sometimes two), a second name or none (mononym)."""
    rng = world.rng
    givens = ID_GIVEN_F if person.female else ID_GIVEN_M
    if family is None and not common and rng.random() < 0.08:
        person.given = (ID_MONONYM_F if person.female else ID_MONONYM_M).pick(rng)
        return
    given = givens.head(rng) if common else givens.pick(rng)
    if given in ID_SECOND_GIVEN and rng.random() < 0.6:
        given = f"{given} {rng.choice(ID_SECOND_GIVEN[given])}"
    person.given = given
    families = ID_FAMILY_F if person.female else ID_FAMILY_M
    person.family = family or (families.head(rng, 4) if common else families.pick(rng))


def build_nl(world, person, common, family):
    """Dutch: given name, maybe a second initial, family name with prefix (``de``, ``van den``)."""
    rng = world.rng
    givens = NL_GIVEN_F if person.female else NL_GIVEN_M
    person.given = givens.head(rng) if common else givens.pick(rng)
    person.middle = givens.pick(rng)[:1] if rng.random() < 0.5 else ""
    if family:
        prefix, _, name = family.rpartition(" ")
        person.prefix, person.family = prefix.lower(), name
    else:
        person.prefix, person.family = NL_FAMILY.head(rng, 4) if common else NL_FAMILY.pick(rng)


def build_be(world, person, common, family):
    """Flemish: given name and family name, prefixes capitalised and part of the name."""
    rng = world.rng
    givens = BE_GIVEN_F if person.female else BE_GIVEN_M
    person.given = givens.head(rng) if common else givens.pick(rng)
    person.middle = givens.pick(rng)[:1] if rng.random() < 0.3 else ""
    person.family = family or (BE_FAMILY.head(rng, 4) if common else BE_FAMILY.pick(rng))


def build_en(world, person, common, family):
    """English-speaking: given name, maybe a middle initial, family name of the country."""
    rng = world.rng
    givens = EN_GIVEN_F if person.female else EN_GIVEN_M
    person.given = givens.head(rng) if common else givens.pick(rng)
    person.middle = givens.pick(rng)[:1] if rng.random() < 0.3 else ""
    families = EN_FAMILY.get(person.country, EN_FAMILY["GB"])
    person.family = family or (families.head(rng, 4) if common else families.pick(rng))


def build_cn(world, person, common, family):
    """Chinese (Singapore, Malaysia): family name first, two-syllable given name, often an English name."""
    rng = world.rng
    givens = CN_GIVEN_F if person.female else CN_GIVEN_M
    person.family = family or (CN_FAMILY.head(rng, 4) if common else CN_FAMILY.pick(rng))
    person.given = givens.head(rng, 3) if common else givens.pick(rng)
    person.order = "fg"
    if rng.random() < 0.45:
        alias = (CN_ALIAS_F if person.female else CN_ALIAS_M).pick(rng)
        if rng.random() < 0.4:
            person.alias, person.given, person.order = person.given, alias, "gf"
        else:
            person.alias = alias


def build_malay(world, person, common, family):
    """Malay: given name, ``bin``/``binti`` and the father's name."""
    rng = world.rng
    givens = MALAY_GIVEN_F if person.female else MALAY_GIVEN_M
    person.given = givens.head(rng, 3) if common else givens.pick(rng)
    person.marker = "binti" if person.female else "bin"
    person.family = family or MALAY_FATHER.pick(rng)


def build_indian(world, person, common, family):
    """Indian (Singapore, Malaysia): given name, sometimes ``s/o``/``a/l`` and the father's name."""
    rng = world.rng
    givens = INDIAN_GIVEN_F if person.female else INDIAN_GIVEN_M
    person.given = givens.head(rng, 3) if common else givens.pick(rng)
    person.family = family or INDIAN_FAMILY.pick(rng)
    if rng.random() < 0.5:
        if person.country == "SG":
            person.marker = "d/o" if person.female else "s/o"
        else:
            person.marker = "a/p" if person.female else "a/l"


PERSON_BUILDERS = {
    "id": build_id,
    "nl": build_nl,
    "be": build_be,
    "en": build_en,
    "cn": build_cn,
    "malay": build_malay,
    "indian": build_indian,
}


# -- company name builders (by country) ----------------------------------------------------------------------


def make_parts(world, country, style, force):
    """Return random name parts for a company of ``country`` in ``style`` (see the module docstring)."""
    if country == "ID":
        parts = parts_id(world, style, force)
    elif country in ("NL", "BE"):
        parts = parts_nlbe(world, country, style, force)
    else:
        parts = parts_en(world, country, style, force)
    if style == "pair" and not force:
        force_pair(world, country, parts)
    return parts


def stock_units(rng, count, table=ID_STOCK, cat="stock", head=0):
    """Return ``count`` distinct stock words as units."""
    chosen = []
    while len(chosen) < count:
        word = table.head(rng, head) if head else table.pick(rng)
        if word not in chosen:
            chosen.append(word)
    return [(word, cat) for word in chosen]


def parts_id(world, style, force):
    """Indonesian names: ``PT Sinar Jaya Abadi``, ``CV Hartono Teknik``, ``Toko Sumber Rejeki``."""
    rng = world.rng
    if style == "common":
        shop = rng.choice(ID_COMMON_SHOPS)
        units = [(shop, "shop"), *stock_units(rng, rng.choice((1, 2, 2)), head=10)]
        if shop == "Bengkel":
            units.append(("Motor", "sector"))
        return Parts(units, None, "pre", "micro")
    if style == "chain":
        units = [(rng.choice(ID_CHAIN_SHOPS), "shop"), *stock_units(rng, 2)]
        units.append(("Cabang {c}" if rng.random() < 0.4 else "{c}", "city"))
        return Parts(units, None, "pre", rng.choice(("small", "medium")))
    if style == "group":
        units = [*stock_units(rng, rng.choice((2, 2, 3))), (rng.choice(ID_GROUP), "group")]
        return Parts(units, "PT", "pre", "large", tbk=rng.random() < 0.3)
    if style == "family" or force.get("family"):
        return parts_id_family(rng, force.get("family") or ID_FOUNDER.pick(rng))
    kind = rng.random()
    if kind < 0.55 or style in ("multi", "pair"):
        units = stock_units(rng, rng.choice((2, 2, 3)))
        if rng.random() < 0.3:
            units.append((ID_SECTOR.pick(rng), "sector"))
        size = weighted("small:35 medium:45 large:20").pick(rng)
        parts = Parts(
            units, "PT" if kind < 0.7 or style else "CV", "pre", size, tbk=size == "large" and kind < 0.05
        )
    elif kind < 0.73:
        parts = Parts([*stock_units(rng, 2)], "CV", "pre", rng.choice(("micro", "small", "small", "medium")))
    elif kind < 0.8:
        parts = Parts([*stock_units(rng, 2)], "UD", "pre", rng.choice(("micro", "small")))
    else:
        parts = parts_id_shop(rng)
    if parts.size in ("small", "medium", "large") and rng.random() < 0.25:
        parts.trading = id_trading(rng, parts.units)
    return parts


def parts_id_family(rng, family):
    """Indonesian founder-named business: ``CV Hartono Jaya``, ``Toko Santoso``, ``PT Wijaya Teknik``."""
    kind = rng.random()
    if kind < 0.4:
        tail = (ID_SECTOR.pick(rng), "sector") if rng.random() < 0.6 else (ID_STOCK.head(rng, 8), "stock")
        return Parts([(family, "family"), tail], rng.choice(("CV", "UD")), "pre", "small")
    if kind < 0.7:
        units = [(ID_SHOP.pick(rng), "shop"), (family, "family")]
        if rng.random() < 0.3:
            units.append((ID_SECTOR.pick(rng), "sector"))
        return Parts(units, None, "pre", "micro")
    return Parts([(family, "family"), (ID_SECTOR.pick(rng), "sector")], "PT", "pre", "medium")


def parts_id_shop(rng):
    """Indonesian shop: ``Toko Sinar Jaya``, ``Bengkel Maju Motor``, ``Warung Bu Sri``."""
    shop = ID_SHOP.pick(rng)
    if shop in ID_PERSON_SHOPS and rng.random() < 0.5:
        female = rng.random() < 0.6
        given = (ID_GIVEN_F if female else ID_GIVEN_M).pick(rng).split()[0]
        honorific = ("Bu" if female else "Pak") if rng.random() < 0.6 else ""
        units = [(shop, "shop"), (f"{honorific} {given}".strip(), "given")]
    else:
        units = [(shop, "shop"), *stock_units(rng, rng.choice((1, 2, 2)))]
    if shop == "Bengkel" and rng.random() < 0.6:
        units.append(("Motor", "sector"))
    return Parts(
        units, "UD" if rng.random() < 0.1 else None, "pre", "micro" if rng.random() < 0.7 else "small"
    )


def id_trading(rng, units):
    """An Indonesian trading name next to the legal one: an acronym with a sector, or a shop name."""
    stock = [text for text, cat in units if cat == "stock"]
    if rng.random() < 0.5:
        return [("".join(word[0] for word in stock), "acronym"), (ID_SECTOR.pick(rng), "sector")]
    return [(ID_SHOP.pick(rng), "shop"), *[(word, "stock") for word in stock[:2]]]


NLBE = {
    "NL": {
        "pre": NL_TRADE_PRE,
        "post": NL_TRADE_POST,
        "brand": NL_BRAND,
        "group": NL_GROUP,
        "sons": NL_SONS,
        "templates": weighted(
            "trade_family:30 family_trade:28 brand_trade:20 family_sons:6 gebr:5 two_family:6 group:5"
        ),
    },
    "BE": {
        "pre": BE_TRADE_PRE,
        "post": BE_TRADE_POST,
        "brand": BE_BRAND,
        "group": BE_GROUP,
        "sons": BE_SONS,
        "templates": weighted(
            "trade_family:32 family_trade:28 brand_trade:18 family_sons:8 gebr:5 two_family:4 group:5"
        ),
    },
}
NLBE_LEGAL = {
    ("NL", "trade_family"): weighted("EZ:45 NL_BV:35 VOF:20"),
    ("NL", "family_trade"): weighted("NL_BV:70 VOF:15 EZ:15"),
    ("NL", "brand_trade"): weighted("NL_BV:85 EZ:10 NL_NV:5"),
    ("NL", "family_sons"): weighted("NL_BV:60 VOF:40"),
    ("NL", "two_family"): weighted("VOF:60 NL_BV:40"),
    ("NL", "gebr"): weighted("NL_BV:55 VOF:35 EZ:10"),
    ("NL", "group"): weighted("NL_BV:90 NL_NV:10"),
    ("BE", "trade_family"): weighted("EZ:35 BE_BV:30 BVBA:25 BE_VOF:5 COMMV:5"),
    ("BE", "family_trade"): weighted("BE_BV:40 BVBA:30 BE_NV:15 BE_VOF:8 COMMV:7"),
    ("BE", "brand_trade"): weighted("BE_BV:45 BVBA:25 BE_NV:30"),
    ("BE", "family_sons"): weighted("BE_NV:40 BE_BV:35 BVBA:25"),
    ("BE", "two_family"): weighted("BE_VOF:40 COMMV:20 BE_BV:40"),
    ("BE", "gebr"): weighted("BE_NV:40 BE_BV:40 BVBA:20"),
    ("BE", "group"): weighted("BE_NV:70 BE_BV:30"),
}
NLBE_SIZE = {
    "trade_family": weighted("micro:55 small:40 medium:5"),
    "family_trade": weighted("micro:15 small:50 medium:30 large:5"),
    "brand_trade": weighted("small:40 medium:45 large:15"),
    "family_sons": weighted("small:50 medium:45 large:5"),
    "two_family": weighted("micro:30 small:60 medium:10"),
    "gebr": weighted("small:50 medium:45 large:5"),
    "group": weighted("medium:40 large:60"),
}


def family_unit(rng, country, common=False):
    """Return a family name as a company-name unit (Dutch: ``de Vries``; Flemish: ``De Smet``)."""
    if country == "NL":
        prefix, name = NL_FAMILY.head(rng, 10) if common else NL_FAMILY.pick(rng)
        return f"{prefix} {name}".strip()
    return BE_FAMILY.head(rng, 10) if common else BE_FAMILY.pick(rng)


def parts_nlbe(world, country, style, force):
    """Dutch and Flemish names: ``Bakkerij de Vries``, ``Peeters Bouw BV``, ``Delta Techniek B.V.``."""
    rng, t = world.rng, NLBE[country]
    fam = force.get("family") or family_unit(rng, country, style == "common")
    if style == "common":
        return Parts([(t["pre"].head(rng, 10), "trade_pre"), (fam, "family")], None, "post", "micro")
    if style == "chain":
        units = [(t["brand"].pick(rng), "brand"), (t["post"].pick(rng), "trade_post"), ("{c}", "city")]
        return Parts(units, "NL_BV" if country == "NL" else "BE_BV", "post", rng.choice(("small", "medium")))
    template = {
        "family": rng.choice(("trade_family", "family_trade", "family_sons")),
        "multi": rng.choice(("family_trade", "brand_trade")),
        "pair": rng.choice(("trade_family", "family_trade")),
        "group": "group",
    }.get(style) or t["templates"].pick(rng)
    if force.get("family") and template in ("brand_trade", "group", "two_family"):
        template = "family_trade"
    units = nlbe_units(rng, country, template, fam)
    legal = NLBE_LEGAL[(country, template)].pick(rng)
    pos = "pre" if country == "BE" and rng.random() < 0.35 else "post"
    parts = Parts(units, legal, pos, NLBE_SIZE[template].pick(rng))
    if parts.size != "micro" and template != "trade_family" and rng.random() < 0.3:
        parts.trading = [(t["pre"].pick(rng), "trade_pre"), (fam, "family")]
    return parts


def founder(rng, country):
    """A founder's given name or initials in a trade name (``Henk``, ``J.``, ``J.P.``)."""
    givens = NL_GIVEN_M if country == "NL" else BE_GIVEN_M
    if rng.random() < 0.5:
        return givens.pick(rng), "given"
    return "".join(f"{givens.pick(rng)[0]}." for _ in range(rng.choice((1, 1, 2)))), "initial"


def nlbe_units(rng, country, template, fam):
    """Return the units of a Dutch or Flemish name template."""
    t = NLBE[country]
    if template == "trade_family":
        units = [(t["pre"].pick(rng), "trade_pre"), (fam, "family")]
        if rng.random() < 0.45:
            units.insert(1, founder(rng, country))
        return units
    if template == "family_trade":
        units = [(fam, "family"), (t["post"].pick(rng), "trade_post")]
        if rng.random() < 0.2:
            units.insert(0, founder(rng, country))
        return units
    if template == "brand_trade":
        return [(t["brand"].pick(rng), "brand"), (t["post"].pick(rng), "trade_post")]
    if template == "family_sons":
        return [(fam, "family"), (rng.choice(t["sons"]), "conn")]
    if template == "gebr":
        units = [("Gebr." if rng.random() < 0.7 else "Gebroeders", "conn"), (fam, "family")]
        if rng.random() < 0.5:
            units.append((t["post"].pick(rng), "trade_post"))
        return units
    if template == "two_family":
        other = family_unit(rng, country)
        return [(fam, "family"), (rng.choice(("&", "en")), "conn"), (other, "family")]
    head = (fam, "family") if rng.random() < 0.6 else (t["brand"].pick(rng), "brand")
    return [head, (rng.choice(t["group"]), "group")]


EN_TEMPLATES = {
    "GB": weighted("brand_trade:40 family_trade:22 family_sons:9 place_trade:12 two_family:3 sole:14"),
    "AU": weighted("brand_trade:40 family_trade:22 family_sons:9 place_trade:14 sole:15"),
    "US": weighted("brand_trade:50 family_trade:22 place_trade:13 family_sons:5 sole:10"),
    "SG": weighted("hokkien_trade:45 brand_trade:30 place_trade:10 family_trade:10 sole:5"),
    "MY": weighted("hokkien_trade:28 malay:32 brand_trade:25 place_trade:8 family_trade:7"),
}
EN_SIZE = weighted("micro:15 small:40 medium:35 large:10")


def en_family(rng, country, common=False):
    """Return a family name for an English-speaking company name (Chinese ones in Singapore/Malaysia)."""
    if country in ("SG", "MY") and rng.random() < 0.7:
        return CN_FAMILY.head(rng, 8) if common else CN_FAMILY.pick(rng)
    table = EN_FAMILY.get(country, EN_FAMILY["GB"])
    return table.head(rng, 10) if common else table.pick(rng)


def parts_en(world, country, style, force):
    """English-speaking names: ``Apex Logistics Ltd``, ``Harrison & Sons``, ``Hock Seng Hardware Pte Ltd``."""
    rng = world.rng
    legal = EN_LEGAL[country]
    if country == "US":
        legal = weighted("INC:55 LLC:35 CORP:10").pick(rng)
    fam = force.get("family") or en_family(rng, country, style == "common")
    if style == "common":
        if country in ("SG", "MY"):
            first, second = rng.sample(HOKKIEN.items[:6], 2)
            units = [(f"{first} {second}", "hokkien")]
            units.append((rng.choice(SGMY_COMMON_TRADE), "trade"))
        else:
            units = [(fam, "family"), (EN_TRADE.head(rng, 10), "trade")]
        return Parts(units, None, "post", "micro")
    if style == "chain":
        units = [(EN_BRAND.pick(rng), "brand"), (EN_TRADE.pick(rng), "trade"), ("{c}", "city")]
        return Parts(units, legal, "post", rng.choice(("small", "medium")))
    template = {
        "family": rng.choice(("family_trade", "family_sons")),
        "multi": rng.choice(("brand_trade", "place_trade", "family_trade")),
        "pair": "family_trade",
        "group": "group",
    }.get(style) or EN_TEMPLATES[country].pick(rng)
    if force.get("family"):
        template = rng.choice(("family_trade", "family_trade", "family_sons"))
    units, legal = en_units(rng, country, template, fam, legal)
    size = "large" if template == "group" else EN_SIZE.pick(rng)
    parts = Parts(units, legal, "post", size)
    if template in ("brand_trade", "family_trade") and size != "micro" and rng.random() < 0.25:
        parts.trading = [units[0], (EN_TRADE.pick(rng), "trade")]
    return parts


def en_units(rng, country, template, fam, legal):
    """Return the units (and legal form) of an English-speaking name template."""
    if template == "family_trade":
        return [(fam, "family"), (EN_TRADE.pick(rng), "trade")], legal
    if template == "family_sons":
        return [(fam, "family"), (rng.choice(EN_SONS), "conn")], legal
    if template == "place_trade":
        return [(EN_PLACE[country].pick(rng), "place"), (EN_TRADE.pick(rng), "trade")], legal
    if template == "two_family":
        return [(fam, "family"), ("&", "conn"), (en_family(rng, country), "family")], "LLP"
    if template == "sole":
        initial = f"{EN_GIVEN_M.pick(rng)[0]}."
        given = (EN_GIVEN_M.pick(rng), "given") if rng.random() < 0.7 else (initial, "initial")
        return [given, (fam, "family"), (EN_TRADE.pick(rng), "trade")], legal if rng.random() < 0.3 else None
    if template == "hokkien_trade":
        first, second = HOKKIEN.pick(rng), HOKKIEN.pick(rng)
        while second == first:
            second = HOKKIEN.pick(rng)
        return [(f"{first} {second}", "hokkien"), (EN_TRADE.pick(rng), "trade")], legal
    if template == "malay":
        units = [(rng.choice(("Syarikat", "Perniagaan")), "shop")] if rng.random() < 0.4 else []
        units += stock_units(rng, 2, MALAY_BIZ, "malay")
        if rng.random() < 0.4:
            units.append((EN_TRADE.pick(rng), "trade"))
        sole = units and units[0][0] == "Perniagaan"
        return units, None if sole or rng.random() < 0.25 else legal
    if template == "group":
        head = (EN_BRAND.pick(rng), "brand") if rng.random() < 0.6 else (fam, "family")
        group_legal = "PLC" if country == "GB" and rng.random() < 0.3 else "BHD" if country == "MY" else legal
        return [head, (rng.choice(EN_GROUP), "group")], group_legal
    return [(EN_BRAND.pick(rng), "brand"), (EN_TRADE.pick(rng), "trade")], legal


def pair_key(country):
    """Return the ONE_LETTER list and unit category used for one-letter-apart names in ``country``."""
    if country == "ID":
        return ONE_LETTER["stock"], "stock"
    if country in ("NL", "BE"):
        return ONE_LETTER[country], "family"
    if country in ("SG", "MY"):
        return ONE_LETTER["CN"], "family"
    return ONE_LETTER["EN"], "family"


def force_pair(world, country, parts):
    """Put one word of a one-letter pair into ``parts`` (for the one-letter hard negative)."""
    rng = world.rng
    pairs, cat = pair_key(country)
    present = {text for text, _ in parts.units}
    first, second = rng.choice([pair for pair in pairs if not set(pair) & present] or pairs)
    word = first if rng.random() < 0.5 else second
    for index, (_, unit_cat) in enumerate(parts.units):
        if unit_cat == cat:
            parts.units[index] = (word, cat)
            parts.trading = None
            return
    parts.units.insert(0, (word, cat))


def draw_unit(world, country, cat):
    """Return a random unit text of category ``cat`` for ``country`` (for the one-word-replaced negative)."""
    rng = world.rng
    if country == "ID":
        table = {"stock": ID_STOCK, "sector": ID_SECTOR, "shop": ID_SHOP, "family": ID_FOUNDER}.get(cat)
        return table.pick(rng) if table else None
    if country in ("NL", "BE"):
        t = NLBE[country]
        table = {"trade_pre": t["pre"], "trade_post": t["post"], "brand": t["brand"]}.get(cat)
        if cat == "family":
            return family_unit(rng, country)
        return table.pick(rng) if table else None
    if cat == "family":
        return en_family(rng, country)
    if cat == "hokkien":
        return f"{HOKKIEN.pick(rng)} {HOKKIEN.pick(rng)}"
    table = {"trade": EN_TRADE, "brand": EN_BRAND, "place": EN_PLACE[country], "malay": MALAY_BIZ}.get(cat)
    return table.pick(rng) if table else None


# ----------------------------------------------------------------------------------------------------------
# Lead drafts: canonical values, then noise
# ----------------------------------------------------------------------------------------------------------


class Draft:
    """One lead under construction: structured fields that noise operations change, rendered at the end."""

    __slots__ = (
        "cc",
        "co",
        "co_mode",
        "co_suffix",
        "co_text",
        "country",
        "ct_form",
        "ct_mode",
        "ct_text",
        "em_case",
        "em_display",
        "em_domain",
        "em_extra",
        "em_local",
        "family",
        "given",
        "hint",
        "lang",
        "legal_pos",
        "legal_text",
        "mo",
        "mo_pre",
        "mo_style",
        "mo_suf",
        "person",
        "ph",
        "ph_extra",
        "ph_pre",
        "ph_style",
        "ph_suf",
        "prospect",
        "tbk",
        "title_post",
        "title_pre",
        "units",
        "world",
    )

    def __init__(self, world, prospect, person):
        co = prospect.company
        self.world, self.prospect, self.co, self.person = world, prospect, co, person
        self.country = prospect.country
        self.lang = COUNTRIES[self.country].lang
        self.hint = {}
        self.co_mode, self.co_text, self.co_suffix = ("name" if co else "off"), None, ""
        if co:
            self.units = [text for text, _ in co.units]
            self.legal_text, self.legal_pos, self.tbk = co.legal_text, co.legal_pos, co.tbk
        self.ct_mode, self.ct_text, self.ct_form = "person", None, "full"
        self.given, self.family = person.given, person.fam()
        self.title_pre = self.title_post = ""
        self.em_local, self.em_domain = person.email.split("@") if person.email else ("", "")
        self.em_case = self.em_extra = self.em_display = ""
        self.ph = co.office if co else person.home
        self.ph_style = co.ostyle if co else person.hstyle
        self.mo, self.mo_style = person.mobile, person.mstyle
        self.ph_pre = self.ph_suf = self.ph_extra = self.mo_pre = self.mo_suf = ""
        self.cc = self.country


def render_company(d):
    """Write the company name of a draft from its units, legal form, Tbk and suffix."""
    body = cap_first(" ".join(d.units))
    legal = d.legal_text
    if not legal:
        text = body
    elif d.legal_pos == "pre":
        text = f"{legal} {body}"
    elif d.legal_pos == "comma":
        text = f"{body}, {legal}"
    else:
        text = f"{body} {legal}"
    if d.tbk:
        text = f"{text} {d.tbk}"
    return text + d.co_suffix


def co_str(d):
    """Return the company name of a draft, fixing it as text (string noise applies after this)."""
    if d.co_text is None:
        d.co_text = render_company(d)
    return d.co_text


def initials(name):
    """Return the initials of a (possibly two-word) given name: ``Wei Ming`` -> ``W.M.``."""
    return "".join(f"{part[0]}." for part in name.replace("-", " ").split() if part[0].isalpha())


def contact_form(d, rng):
    """Write the contact name of a draft in its form (full, reordered, initials, first name...)."""
    p, given, fam, form = d.person, d.given, d.family, d.ct_form
    if form == "full":
        if p.marker:
            return f"{given} {p.marker} {fam}"
        return f"{fam} {given}" if p.order == "fg" and given == p.given else f"{given} {fam}".strip()
    if form == "reorder":
        return reordered_name(rng, p, given, fam)
    if form == "initials":
        return initials_name(rng, p, given, fam)
    if form == "first":
        if p.culture == "id" and rng.random() < 0.5:
            return f"{'Bu' if p.female else 'Pak'} {given.split()[0]}"
        return given
    if form == "couple":
        return couple_name(rng, p, given, fam)
    return d.em_local or given


def reordered_name(rng, p, given, fam):
    """Family name first, as lists and back-office systems write it."""
    if p.culture == "nl" and p.prefix:
        return rng.choice((f"{p.family}, {given} {p.prefix}", f"{cap_first(fam)}, {given}", f"{fam} {given}"))
    if p.culture == "be":
        return rng.choice((f"{fam.upper()} {given}", f"{fam} {given}", f"{fam}, {given}"))
    if p.culture == "cn":
        return (
            f"{given} {fam}"
            if p.order == "fg" and given == p.given
            else rng.choice((f"{fam} {given}", f"{fam}, {given}"))
        )
    if p.culture == "en":
        return f"{fam}, {given}" if rng.random() < 0.7 else f"{fam.upper()} {given}"
    return f"{fam}, {given}" if rng.random() < 0.5 else f"{fam} {given}"


def initials_name(rng, p, given, fam):
    """Initials instead of the given name (``J.P. de Vries``, ``B. Santoso``, ``Tan W.M.``)."""
    ini = initials(given)
    if p.middle and p.culture in ("nl", "be", "en") and rng.random() < 0.6:
        ini += f"{p.middle}."
    if p.marker:
        return f"{given} {p.marker[0]}. {fam}" if p.culture == "malay" else f"{ini} {fam}"
    if p.culture == "id" and rng.random() < 0.4:
        return f"{given} {fam[0]}."
    if p.culture == "cn" and p.order == "fg" and given == p.given:
        return f"{fam} {ini}"
    if p.culture == "nl" and rng.random() < 0.25:
        ini = ini.replace(".", "")
    return f"{ini} {fam}" if p.culture != "be" or rng.random() < 0.6 else f"{fam} {ini}"


def couple_name(rng, p, given, fam):
    """A household writes in: ``Fam. de Vries``, ``Jan en Anouk de Vries``, ``Mr & Mrs Smith``."""
    if not p.spouse:
        table = {
            "id": (ID_GIVEN_M, ID_GIVEN_F),
            "nl": (NL_GIVEN_M, NL_GIVEN_F),
            "be": (BE_GIVEN_M, BE_GIVEN_F),
        }
        males, females = table.get(p.culture, (EN_GIVEN_M, EN_GIVEN_F))
        p.spouse = (males if p.female else females).pick(rng).split()[0]
    family = cap_first(fam) if p.culture == "nl" else fam
    choices = {
        "nl": (f"Fam. {family}", f"{given} en {p.spouse} {fam}", f"{given[0]}. en {p.spouse[0]}. {fam}"),
        "be": (f"Fam. {family}", f"{given} & {p.spouse} {fam}", f"{given} en {p.spouse} {fam}"),
        "en": (f"Mr & Mrs {fam}", f"{given} and {p.spouse} {fam}", f"{given} & {p.spouse} {fam}"),
        "id": (f"Keluarga {given} {fam}".strip(), f"{given} & {p.spouse}", f"Kel. {fam or given}"),
    }.get(p.culture, (f"{given} & {p.spouse} {fam}".strip(),))
    return rng.choice(choices)


def ct_str(d):
    """Return the contact name of a draft, fixing it as text (string noise applies after this)."""
    if d.ct_text is None:
        name = contact_form(d, d.world.rng)
        if d.title_pre:
            name = f"{d.title_pre} {name}"
        if d.title_post:
            name = f"{name}{d.title_post}"
        d.ct_text = name
    return d.ct_text


# -- keyboard and spelling noise ---------------------------------------------------------------------------

KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def keyboard_neighbours():
    """Return ``{letter: neighbouring letters}`` on a QWERTY keyboard."""
    where = {ch: (r, c) for r, row in enumerate(KEY_ROWS) for c, ch in enumerate(row)}
    out = {}
    for ch, (r, c) in where.items():
        near = [
            KEY_ROWS[r2][c2]
            for r2 in (r - 1, r, r + 1)
            if 0 <= r2 < 3
            for c2 in (c - 1, c, c + 1)
            if 0 <= c2 < len(KEY_ROWS[r2]) and (r2, c2) != (r, c)
        ]
        out[ch] = "".join(near)
    return out


NEIGHBOURS = keyboard_neighbours()


def typo_word(rng, word):
    """Return ``word`` with one slip: neighbour key, dropped, doubled or swapped letter."""
    n = len(word)
    for _ in range(8):
        i = rng.randrange(1, n)
        ch, kind = word[i], rng.random()
        if kind < 0.35 and ch.lower() in NEIGHBOURS:
            new = rng.choice(NEIGHBOURS[ch.lower()])
            out = word[:i] + (new.upper() if ch.isupper() else new) + word[i + 1 :]
        elif kind < 0.6:
            out = word[:i] + word[i + 1 :]
        elif kind < 0.8:
            out = word[:i] + ch + word[i:]
        else:
            out = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
        if out != word:
            return out
    return word


def typo_text(rng, text, skip=LEGAL_TOKENS):
    """Return ``text`` with a slip in one word of four letters or more (None when there is none)."""
    parts = text.split(" ")
    eligible = [
        i
        for i, part in enumerate(parts)
        if sum(ch.isalpha() for ch in part) >= 4 and part.lower() not in skip
    ]
    if not eligible:
        return None
    i = rng.choice(eligible)
    new = typo_word(rng, parts[i])
    if new == parts[i]:
        return None
    parts[i] = new
    return " ".join(parts)


PHONETIC_WORDS = {
    key: words(value)
    for key, value in {
        "jaya": "Djaja Jaja Djaya",
        "cahaya": "Tjahaja Cahya",
        "utama": "Oetama",
        "makmur": "Makmoer",
        "rejeki": "Rezeki Rejeky Rizki",
        "rezeki": "Rejeki",
        "sentosa": "Sentausa",
        "santoso": "Santosa Soentoso",
        "teknik": "Tehnik Technik Tekhnik",
        "apotek": "Apotik",
        "surya": "Soerya Surja",
        "wijaya": "Widjaja Widjaya",
        "sutanto": "Soetanto",
        "yusuf": "Jusuf Yusup",
        "cahyadi": "Tjahjadi",
        "ahmad": "Achmad Akhmad",
        "hidayat": "Hidajat",
        "purnomo": "Poernomo",
        "sugiarto": "Soegiarto",
        "budiman": "Boediman",
        "elektronik": "Electronic Elektronic",
        "logistik": "Logistic",
        "rizky": "Rizki Rizqi",
        "fajar": "Fadjar",
        "nusantara": "Noesantara",
        "anugerah": "Anugrah",
        "putra": "Putera",
        "sejahtera": "Sejahtra Sedjahtera",
        "syahputra": "Syahputera Sahputra",
        "meijer": "Meyer Meier",
        "bruijn": "Bruyn",
        "dijk": "Dyk Dijck",
        "heijden": "Heyden",
        "techniek": "Tekniek Technik",
        "elektro": "Electro",
        "bouw": "Bauw",
        "huisman": "Huysman",
        "claeys": "Claeijs",
        "wuyts": "Wuijts",
        "geerts": "Geertz",
        "harbour": "Harbor",
        "centre": "Center",
        "huat": "Hwat",
        "hock": "Hok",
        "teck": "Tek",
        "chye": "Chai",
        "mohamed": "Mohammed Muhamad",
        "aisyah": "Aishah Aisha",
        "stephen": "Steven",
        "catherine": "Katherine Kathryn",
    }.items()
}
PHONETIC_RULES = {
    "id": [
        ("oe", "u"),
        ("u", "oe"),
        ("dj", "j"),
        ("j", "dj"),
        ("tj", "c"),
        ("c", "tj"),
        ("kh", "ch"),
        ("y", "j"),
    ],
    "nl": [("ij", "y"), ("y", "ij"), ("ei", "ij"), ("ck", "k"), ("ct", "kt"), ("ph", "f"), ("ou", "au")],
    "be": [("ij", "y"), ("y", "ij"), ("ck", "k"), ("ct", "kt"), ("ph", "f"), ("ou", "au"), ("ey", "ei")],
    "en": [("our", "or"), ("tre", "ter"), ("ise", "ize"), ("ph", "f"), ("ll", "l"), ("Mc", "Mac")],
}


def phonetic_text(rng, text, lang):
    """Return ``text`` with one word spelled as it sounds (old Indonesian spelling, ij/y, our/or...)."""
    parts = text.split(" ")
    known = [i for i, part in enumerate(parts) if part.lower() in PHONETIC_WORDS]
    if known:
        i = rng.choice(known)
        new = rng.choice(PHONETIC_WORDS[parts[i].lower()])
        parts[i] = new.upper() if parts[i].isupper() else new
        return " ".join(parts)
    rules = list(PHONETIC_RULES[lang])
    rng.shuffle(rules)
    for old, new in rules:
        hits = [
            i
            for i, part in enumerate(parts)
            if len(part) > 3 and old in part[1:] and part.lower() not in LEGAL_TOKENS
        ]
        if hits:
            i = rng.choice(hits)
            parts[i] = parts[i][0] + parts[i][1:].replace(old, new, 1)
            return " ".join(parts)
    return None


# ----------------------------------------------------------------------------------------------------------
# Noise operations: each returns True when it changed the draft (then its tag is recorded)
# ----------------------------------------------------------------------------------------------------------


def op_legal_drop(rng, d):
    """Leave the legal form out."""
    if not d.legal_text:
        return False
    d.legal_text = ""
    if d.tbk and rng.random() < 0.5:
        d.tbk = ""
    return True


def op_legal_add(rng, d):
    """Type the legal form the company usually leaves out."""
    legal = d.co.parts.legal
    if d.legal_text or not legal:
        return False
    d.legal_text = rng.choice(LEGAL[legal])
    return True


def op_legal_move(rng, d):
    """Put the legal form at the other end (``Sinar Jaya, PT``; ``BVBA Peeters`` / ``Peeters BVBA``)."""
    if not d.legal_text or d.country in ENGLISH:
        return False
    if d.legal_pos == "pre":
        d.legal_pos = "comma" if d.country == "ID" and rng.random() < 0.6 else "post"
    else:
        d.legal_pos = "pre"
    return True


def op_legal_style(rng, d):
    """Write the legal form another way (``PT.``, ``B.V.`` / ``BV`` / ``bv``, ``Pty. Ltd.``)."""
    if not d.legal_text:
        return False
    options = [v for v in LEGAL[d.co.parts.legal] if v != d.legal_text]
    if not options:
        return False
    d.legal_text = rng.choice(options)
    return True


def op_legal_reform(rng, d):
    """Belgian BVBA written as BV (the 2019 company-law reform) or a BV still written BVBA."""
    legal = d.co.parts.legal
    if legal not in ("BVBA", "BE_BV"):
        return False
    d.legal_text = rng.choice(LEGAL["BE_BV" if legal == "BVBA" else "BVBA"])
    return True


def op_trading_name(rng, d):
    """Use the company's trading name instead of its legal name."""
    if not d.co.trading:
        return False
    d.units = [text for text, _ in d.co.trading]
    d.tbk = ""
    if rng.random() < 0.7:
        d.legal_text = ""
    return True


def op_word_drop(rng, d):
    """Leave out one word of a name of three words or more (``PT Sinar Jaya Abadi`` -> ``PT Sinar Jaya``)."""
    cats = [cat for _, cat in d.co.units]
    if len(d.units) != len(cats) or len(d.units) < 2:
        return False
    keep_content = [i for i, cat in enumerate(cats) if cat in DISTINCT]
    candidates = [i for i in range(len(cats)) if cats[i] not in ("conn",) and keep_content != [i]]
    if len(d.units) == 2:
        candidates = [i for i in candidates if cats[i] in ("shop", "trade_pre", "sector", "group")]
    if not candidates:
        return False
    del d.units[rng.choice(candidates)]
    return True


def op_acronym(rng, d):
    """Shorten an Indonesian or Malaysian name to its initials (``PT SJA``, ``PT. S.J.A. Teknik``)."""
    stock = [text for text, cat in d.co.units if cat in ("stock", "malay")]
    if len(stock) < 2 or len(d.units) != len(d.co.units):
        return False
    acronym = "".join(word[0] for word in stock)
    if rng.random() < 0.3:
        acronym = ".".join(acronym) + "."
    rest = [text for text, cat in d.co.units if cat in ("sector", "trade", "group")]
    d.units = [acronym, *rest]
    return True


ABBREVIATIONS = {
    "id": [
        ("Rumah Makan", "RM"),
        ("Toko ", "Tk. "),
        (" dan ", " & "),
        ("Indonesia", "Indo"),
        ("Teknik", "Tek."),
        ("Elektronik", "Elektr."),
        ("Bangunan", "Bang."),
        ("Motor", "Mtr."),
        ("Internasional", "Int'l"),
    ],
    "nl": [
        ("van den ", "v.d. "),
        ("van der ", "v.d. "),
        ("van de ", "v.d. "),
        ("Van den ", "V.d. "),
        ("Van der ", "Vd "),
        ("& Zonen", "& Zn."),
        ("en Zonen", "& Zn"),
        ("Gebr. ", "Gebroeders "),
        ("Gebroeders ", "Gebr. "),
        (" en ", " & "),
        (" & ", " en "),
        ("Installatiebedrijf", "Inst.bedrijf"),
        ("Installatietechniek", "Installatietechn."),
        ("Transportbedrijf", "Transportbedr."),
        ("Administratiekantoor", "Adm.kantoor"),
        ("Aannemersbedrijf", "Aannemersbedr."),
        ("Schildersbedrijf", "Schildersbedr."),
    ],
    "be": [
        ("Van den ", "Vd "),
        ("Van de ", "Vd "),
        ("Vanden", "Vd "),
        ("& Zonen", "& Zn"),
        (" en ", " & "),
        (" & ", " en "),
        ("Gebr. ", "Gebroeders "),
        ("Gebroeders ", "Gebrs. "),
        ("Aannemingen", "Aann."),
        ("Bouwonderneming", "Bouwond."),
        ("Elektriciteitswerken", "Elektr. werken"),
        ("Schrijnwerkerij", "Schrijnw."),
    ],
    "en": [
        ("Brothers", "Bros"),
        (" and ", " & "),
        (" & ", " and "),
        ("Engineering", "Eng."),
        ("Services", "Svcs"),
        ("International", "Intl"),
        ("Trading", "Trdg"),
        ("Construction", "Constr."),
        ("Electrical", "Elec."),
        ("Air Conditioning", "Aircon"),
        ("Supplies", "Supp."),
        ("Syarikat", "Sykt."),
        ("Holdings", "Hldgs"),
    ],
}


def op_abbrev(rng, d):
    """Abbreviate a word or swap ``&`` and ``en``/``dan``/``and`` (``v.d.``, ``Bros``, ``RM``)."""
    body = " ".join(d.units)
    rules = [(old, new) for old, new in ABBREVIATIONS[d.lang] if old in f" {body} "]
    if not rules:
        return False
    old, new = rng.choice(rules)
    d.units = [f" {body} ".replace(old, new, 1).strip()]
    return True


BRANCH = {
    "id": ["Cabang {c}", "- {c}", "({c})", "Kantor Cabang {c}", "Cab. {c}"],
    "nl": ["- vestiging {c}", "({c})", "{c}", "locatie {c}"],
    "be": ["- vestiging {c}", "({c})", "{c}", "- zetel {c}"],
    "en": ["- {c} Branch", "({c})", "{c}", "{c} Office"],
}
DEPARTMENT = {
    "id": ["- Divisi Purchasing", "(Bagian Pengadaan)", "- HRD", "Div. Marketing", "- Finance", "- Gudang"],
    "nl": ["afd. Inkoop", "- Administratie", "t.a.v. inkoop", "- Facilitaire Dienst", "afdeling Verkoop"],
    "be": ["- afdeling Aankoop", "- Boekhouding", "dienst Aankoop", "- Administratie"],
    "en": [
        "- Accounts Dept",
        "(Procurement)",
        "Purchasing Dept",
        "- Facilities",
        "(Head Office)",
        "- Operations",
    ],
}


def op_branch(rng, d):
    """Add the company's own town to its name (``Cabang Surabaya``, ``- vestiging Breda``)."""
    if any(cat == "city" for _, cat in d.co.units):
        return False
    d.co_suffix = " " + rng.choice(BRANCH[d.lang]).format(c=d.co.city.name)
    return True


def op_dept(rng, d):
    """Add a department to the company name (``afd. Inkoop``, ``- Divisi Purchasing``)."""
    d.co_suffix = " " + rng.choice(DEPARTMENT[d.lang])
    return True


def op_co_in_contact(rng, d):
    """Type the company name in the contact field (and often leave the company field empty)."""
    if d.ct_mode != "person" or d.co_mode != "name":
        return False
    d.ct_text, d.ct_mode = render_company(d), "company"
    if rng.random() < 0.7:
        d.co_mode = "off"
    return True


PLACEHOLDERS = {
    "id": words("- Pribadi Perorangan Personal n/a . x tidak|ada"),
    "nl": words("- Particulier particulier nvt n.v.t. geen Privé x ."),
    "be": words("- Particulier particulier nvt geen privé Privé x"),
    "en": words("- n/a N/A none Private Individual self Self-employed x ."),
}


def op_co_placeholder(rng, d):
    """Fill the company field with a placeholder (``-``, ``n/a``, ``Pribadi``, ``Particulier``)."""
    if d.co_mode not in ("name", "off"):
        return False
    d.co_mode, d.co_text = "placeholder", rng.choice(PLACEHOLDERS[d.lang])
    return True


def op_c_in_company(rng, d):
    """Type the person's own name in the company field."""
    if d.ct_mode != "person":
        return False
    d.co_mode, d.co_text = "placeholder", d.person.full()
    return True


def op_spacing(rng, d):
    """Join two words (``Sinarjaya``, ``Vandenberg``) or split a compound (``Installatie bedrijf``)."""
    text = co_str(d)
    parts = text.split(" ")
    compounds = [
        (i, suffix)
        for i, part in enumerate(parts)
        for suffix in ("bedrijf", "techniek", "werken", "kantoor", "handel", "water", "wood", "stone")
        if part.lower().endswith(suffix) and len(part) > len(suffix) + 2
    ]
    joins = [
        i
        for i in range(len(parts) - 1)
        if parts[i].isalpha() and parts[i + 1].isalpha() and parts[i + 1].lower() not in LEGAL_TOKENS
    ]
    if compounds and (not joins or rng.random() < 0.4):
        i, suffix = rng.choice(compounds)
        cut = len(parts[i]) - len(suffix)
        tail = parts[i][cut:]
        parts[i] = f"{parts[i][:cut]} {tail if rng.random() < 0.6 else cap_first(tail)}"
    elif joins:
        i = rng.choice(joins)
        second = parts[i + 1].lower() if rng.random() < 0.7 else cap_first(parts[i + 1])
        parts[i : i + 2] = [parts[i] + second]
    else:
        return False
    d.co_text = " ".join(parts)
    return True


def op_punct(rng, d):
    """Change punctuation or spacing: a hyphen, dots and apostrophes dropped, a stray dot, two spaces."""
    text = co_str(d)
    options = []
    if " " in text:
        options += ["hyphen", "double"]
    if any(ch in text for ch in ".'-,"):
        options.append("strip")
    if "&" in text:
        options.append("amp")
    options.append("trail")
    choice = rng.choice(options)
    if choice == "hyphen":
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        i = rng.choice(spaces)
        new = text[:i] + "-" + text[i + 1 :]
    elif choice == "double":
        i = rng.choice([i for i, ch in enumerate(text) if ch == " "])
        new = text[:i] + "  " + text[i + 1 :]
    elif choice == "strip":
        new = text.replace(".", "").replace("'", "").replace(",", "").replace("-", " ")
    elif choice == "amp":
        new = text.replace(" & ", "&") if " & " in text else text.replace("&", " & ")
    else:
        new = text + rng.choice((".", " ", ",", " -"))
    if new == text:
        return False
    d.co_text = new
    return True


def op_typo(rng, d):
    """One typing slip in the company name."""
    text = typo_text(rng, co_str(d))
    if text is None:
        return False
    d.co_text = text
    return True


def op_typo2(rng, d):
    """Two typing slips in the company name."""
    text = typo_text(rng, co_str(d))
    text = text and typo_text(rng, text)
    if not text:
        return False
    d.co_text = text
    return True


def op_phonetic(rng, d):
    """The company name spelled as it sounds (``Djaja``, ``Tjahaja``, ``Apotik``, ``Meyer``, ``Harbor``)."""
    text = phonetic_text(rng, co_str(d), d.lang)
    if not text:
        return False
    d.co_text = text
    return True


def change_case(rng, text, mode=None):
    """Return ``text`` in capitals, lower case or title case (another than it is)."""
    modes = [mode] if mode else ["upper", "upper", "lower", "title"]
    rng.shuffle(modes)
    for m in [*modes, "upper", "lower", "title"]:
        new = text.upper() if m == "upper" else text.lower() if m == "lower" else text.title()
        if new != text:
            return new
    return None


def op_case(rng, d):
    """The company name in capitals, lower case or title case."""
    text = change_case(rng, co_str(d), d.hint.get("case"))
    if not text:
        return False
    d.co_text = text
    return True


def op_c_nickname(rng, d):
    """Call name instead of formal name or back (``Kees``/``Cornelis``, ``Bob``, ``M.``/``Muhammad``)."""
    p = d.person
    if p.culture == "cn" and p.alias:
        d.given = p.alias
        return True
    first, _, rest = d.given.partition(" ")
    alternatives = NICKNAMES[p.culture].get(first)
    if not alternatives:
        return False
    d.given = f"{rng.choice(alternatives)} {rest}".strip()
    return True


def op_c_married(rng, d):
    """A married woman under her husband's name (``Anouk Visser-de Jong``; ``Sarah Wilson``)."""
    p = d.person
    if not p.female or p.culture not in ("nl", "en"):
        return False
    if not p.spouse_family:
        p.spouse_family = family_unit(rng, "NL") if p.culture == "nl" else en_family(rng, p.country)
        if p.spouse_family.lower() == d.family.lower():
            return False
    spouse = cap_first(p.spouse_family)
    if p.culture == "nl":
        d.family = f"{spouse}-{d.family}"
    else:
        d.family = spouse if rng.random() < 0.6 else f"{d.family}-{spouse}"
    return True


def op_c_reorder(rng, d):
    """Family name first (``Santoso, Budi``, ``Vries, Jan de``, ``PEETERS Jan``, ``Wei Ming Tan``)."""
    if not d.person.family or d.person.marker:
        return False
    d.ct_form = "reorder"
    return True


def op_c_initials(rng, d):
    """Initials instead of the given name (``J.P. de Vries``, ``Budi S.``, ``Ahmad b. Ismail``)."""
    if not d.person.family:
        return False
    d.ct_form = "initials"
    return True


def op_c_first_only(rng, d):
    """Only the given name (``Budi``, ``Pak Budi``, ``Jan``)."""
    if not d.person.family:
        return False
    d.ct_form = "first"
    return True


def op_c_couple(rng, d):
    """A private household instead of one person (``Fam. de Vries``, ``Mr & Mrs Smith``)."""
    if d.co is not None:
        return False
    d.ct_form = "couple"
    return True


def op_c_from_email(rng, d):
    """The contact name is the local part of the e-mail address (an import without display names)."""
    if not d.em_local or d.co is not None and d.em_local + "@" + d.em_domain == d.co.generic:
        return False
    d.ct_form = "from_email"
    return True


def op_c_title(rng, d):
    """A title before or letters after the name (``Bpk.``, ``Ibu``, ``Dhr.``, ``Mevr.``, ``S.E.``)."""
    p = d.person
    if d.ct_form in ("from_email", "couple"):
        return False
    males, females, post = TITLES[p.culture]
    if post and rng.random() < 0.25:
        d.title_post = rng.choice((", ", " ")) + rng.choice(post)
    else:
        d.title_pre = rng.choice(females if p.female else males)
    return True


def op_c_punct(rng, d):
    """Punctuation in the person's name: ``Wei-Ming``, ``OBrien``, ``deVries``, two spaces."""
    text = ct_str(d)
    options = []
    given = d.person.given
    if d.person.culture == "cn" and " " in given and given in text:
        options.append(
            text.replace(given, rng.choice((given.replace(" ", "-"), given.replace(" ", "").title())))
        )
    if "'" in text:
        options.append(text.replace("'", rng.choice(("", " "))))
    if d.person.prefix and d.family in text:
        options.append(text.replace(d.family, d.family.replace(" ", ""), 1))
    if " " in text:
        i = text.index(" ")
        options.append(text[:i] + "  " + text[i + 1 :])
    options.append(text + rng.choice((" ", ".", ",")))
    d.ct_text = rng.choice(options)
    return True


def op_c_typo(rng, d):
    """One typing slip in the contact name."""
    text = typo_text(rng, ct_str(d), frozenset())
    if text is None:
        return False
    d.ct_text = text
    return True


def op_c_phonetic(rng, d):
    """The contact name spelled as it sounds (``Soetanto``, ``Achmad``, ``Meyer``, ``Hwat``)."""
    text = phonetic_text(rng, ct_str(d), d.lang)
    if not text:
        return False
    d.ct_text = text
    return True


def op_c_case(rng, d):
    """The contact name in capitals, lower case or title case."""
    text = change_case(rng, ct_str(d), d.hint.get("case"))
    if not text:
        return False
    d.ct_text = text
    return True


def op_e_domain2(rng, d):
    """The contact writes from the company's second domain (another TLD or an older name)."""
    if d.co is None or not d.co.domain2 or d.em_domain != d.co.domain:
        return False
    d.em_domain = d.co.domain2
    return True


def op_e_generic(rng, d):
    """The generic mailbox of the company (``info@``, ``sales@``, ``verkoop@``) instead of the person's."""
    if d.co is None or not d.co.generic or f"{d.em_local}@{d.em_domain}" == d.co.generic:
        return False
    d.em_local, d.em_domain = d.co.generic.split("@")
    return True


def op_e_private(rng, d):
    """A company contact writes from their private address at a public provider."""
    if d.co is None or (d.co_mode != "name" and d.ph is None and d.mo is None):
        return False
    d.em_local, d.em_domain = d.world.private_address(d.person).split("@")
    return True


def op_e_alias(rng, d):
    """The same Gmail mailbox written otherwise: dots moved, ``+tag``, ``googlemail.com``."""
    if d.em_domain != "gmail.com":
        return False
    kind = rng.random()
    if kind < 0.4 and "." in d.em_local:
        d.em_local = d.em_local.replace(".", "")
    elif kind < 0.6:
        d.em_domain = "googlemail.com"
    elif kind < 0.8 or len(d.em_local) < 4:
        d.em_local += "+" + rng.choice(("crm", "web", "promo", "shop", "work"))
    else:
        i = rng.randrange(2, len(d.em_local) - 1)
        d.em_local = d.em_local[:i] + "." + d.em_local[i:]
    return True


def op_e_typo(rng, d):
    """A typing slip in the local part of the address (never someone else's address)."""
    for _ in range(5):
        new = typo_word(rng, d.em_local) if len(d.em_local) > 2 else None
        if not new:
            return False
        key = new.replace(".", "").replace("_", "").replace("-", "")
        address = f"{new}@{d.em_domain}"
        if key not in d.world.public and address not in d.world.addresses:
            d.world.public.add(key)
            d.world.addresses.add(address)
            d.em_local = new
            return True
    return False


PROVIDER_TYPOS = {
    "gmail.com": words("gmial.com gmai.com gmail.co gmail.con gamil.com gmail.co.id gmal.com"),
    "yahoo.com": words("yaho.com yahoo.co yahoo.con yahooo.com"),
    "yahoo.co.id": words("yahoo.co.di yaho.co.id yahoo.co yahoo.id"),
    "hotmail.com": words("hotmial.com hotmail.con hotmai.com hotmail.co"),
    "outlook.com": words("outlok.com outlook.co outllook.com"),
    "telenet.be": words("telent.be telenet.b telnet.be"),
    "ziggo.nl": words("zigo.nl ziggo.com"),
    "kpnmail.nl": words("kpnmail.com kpnmal.nl"),
    "bigpond.com": words("bigpond.com.au bigpnd.com"),
    "btinternet.com": words("btinternet.co.uk btinternt.com"),
}


def op_e_domain_typo(rng, d):
    """A typo in the mail domain: ``gmial.com``, ``yahoo.co.di``, a company domain misspelt or wrong TLD."""
    domain = d.em_domain
    if domain in PROVIDER_TYPOS:
        d.em_domain = rng.choice(PROVIDER_TYPOS[domain])
        return True
    label, _, tld = domain.partition(".")
    for _ in range(5):
        if rng.random() < 0.35:
            new = f"{label}.{rng.choice(('com', 'co', 'co.id', 'nl', 'be', 'net', 'com.au'))}"
        else:
            new = f"{typo_word(rng, label) if len(label) > 2 else label + label[-1]}.{tld}"
        if new != domain and new not in d.world.domains:
            d.world.domains.add(new)
            d.em_domain = new
            return True
    return False


def op_e_case(rng, d):
    """Capitals in the address (``Budi.Santoso@SinarJaya.co.id``, all capitals)."""
    d.em_case = rng.choice(("upper", "title", "title"))
    return True


def op_e_two(rng, d):
    """Two addresses in the field (the person's and the generic or private one)."""
    if d.co is not None and d.co.generic and f"{d.em_local}@{d.em_domain}" != d.co.generic:
        other = d.co.generic
    elif d.co is not None:
        other = d.world.private_address(d.person)
    else:
        return False
    if other == f"{d.em_local}@{d.em_domain}":
        return False
    d.em_extra = rng.choice(("; ", ", ", " / ", " ")) + other
    return True


def op_e_display(rng, d):
    """The address with a display name, as mail clients write it (``Budi Santoso <budi@...>``)."""
    name = d.person.full() if rng.random() < 0.8 or d.co is None else render_company(d)
    d.em_display = f'"{name}"' if rng.random() < 0.3 else name
    return True


def op_p_swap(rng, d):
    """Phone and mobile swapped."""
    if d.ph is None or d.mo is None:
        return False
    d.ph, d.mo, d.ph_style, d.mo_style = d.mo, d.ph, d.mo_style, d.ph_style
    return True


def op_p_mobile_in_phone(rng, d):
    """The mobile number typed in the phone field, the mobile field empty (one-field web forms)."""
    if d.mo is None:
        return False
    d.ph, d.ph_style, d.mo = d.mo, d.mo_style, None
    return True


def present_numbers(d):
    """Return the names of the phone fields of a draft that hold a number."""
    return [name for name, num in (("ph", d.ph), ("mo", d.mo)) if num is not None]


def op_p_typo(rng, d):
    """One digit wrong or two digits swapped (never another prospect's number)."""
    fields = present_numbers(d)
    if not fields:
        return False
    name = rng.choice(fields)
    num = getattr(d, name)
    for _ in range(6):
        sub = list(num.sub)
        i = rng.randrange(1, len(sub))
        if rng.random() < 0.5:
            sub[i - 1], sub[i] = sub[i], sub[i - 1]
        else:
            sub[i] = str((int(sub[i]) + rng.choice((1, 9, 3))) % 10)
        new = replace(num, sub="".join(sub))
        if new.sub != num.sub and new.key() not in d.world.phones:
            d.world.phones.add(new.key())
            setattr(d, name, new)
            return True
    return False


def restyle(rng, d, intl_flip):
    """Write one number in another style: same kind (``p_format``) or with/without country code (``p_cc``)."""
    fields = present_numbers(d)
    if not fields:
        return False
    name = rng.choice(fields)
    num, style = getattr(d, name), getattr(d, name + "_style")
    current = format_number(num, style)
    want = (not style[0]) if intl_flip else style[0]
    options = [
        s
        for s in PHONE_STYLES[(num.country, num.mobile)]
        if s[0] == want and format_number(num, s) != current
    ]
    if not options:
        return False
    setattr(d, name + "_style", rng.choice(options))
    return True


def op_p_format(rng, d):
    """The number written in another layout (spaces, dashes, dots, brackets)."""
    return restyle(rng, d, False)


def op_p_cc(rng, d):
    """The number with the country code added or dropped."""
    return restyle(rng, d, True)


def op_p_lost_zero(rng, d):
    """The trunk 0 lost by a spreadsheet (``81234567890``)."""
    fields = [n for n in present_numbers(d) if COUNTRIES[getattr(d, n).country].trunk == "0"]
    if not fields:
        return False
    setattr(d, rng.choice(fields) + "_style", LOST_ZERO)
    return True


EXTENSIONS = {
    "id": (" ext. {n}", " ext {n}", " psw. {n}", " pes {n}"),
    "nl": (" tst. {n}", " toestel {n}", " ext. {n}"),
    "be": (" (toestel {n})", " ext. {n}", " - {n}"),
    "en": (" x{n}", " ext. {n}", " Ext {n}"),
}


def op_p_ext(rng, d):
    """An extension after the office number (``ext. 204``, ``psw. 12``, ``tst. 23``, ``x204``)."""
    if d.ph is None or d.ph.mobile:
        return False
    d.ph_suf = rng.choice(EXTENSIONS[d.lang]).format(n=rng.randrange(10, 400))
    return True


def op_p_two(rng, d):
    """Two numbers in the phone field (office and mobile, in either order)."""
    if d.ph is None:
        return False
    co, person = d.co, d.person
    office = co.office if co else person.home
    if d.ph.mobile and office is not None and office != d.ph:
        other = format_number(office, co.ostyle if co else person.hstyle)
    elif not d.ph.mobile and person.mobile is not None:
        other = format_number(person.mobile, person.mstyle)
    else:
        return False
    joiner = {"id": " atau ", "nl": " of ", "be": " of "}.get(d.lang, " or ")
    d.ph_extra = rng.choice((" / ", ", ", "; ", " - ", joiner)) + other
    return True


LABELS = {
    ("id", True): (("HP ", ""), ("HP: ", ""), ("WA ", ""), ("Hp. ", ""), ("", " (WA)"), ("", " (HP)")),
    ("id", False): (("Telp. ", ""), ("Tlp ", ""), ("T: ", ""), ("", " (kantor)")),
    ("nl", True): (("Mob. ", ""), ("M: ", ""), ("Mobiel: ", ""), ("", " (mobiel)")),
    ("nl", False): (("Tel. ", ""), ("T: ", ""), ("", " (kantoor)")),
    ("be", True): (("GSM ", ""), ("GSM: ", ""), ("gsm ", ""), ("", " (gsm)")),
    ("be", False): (("Tel. ", ""), ("T. ", ""), ("", " (kantoor)")),
    ("en", True): (("Mob: ", ""), ("M: ", ""), ("Mobile: ", ""), ("", " (mobile)"), ("", " (m)")),
    ("en", False): (("Tel: ", ""), ("T: ", ""), ("Ph: ", ""), ("Office: ", ""), ("", " (office)")),
}


def op_p_label(rng, d):
    """A label around a number (``HP:``, ``WA``, ``GSM``, ``Mob.``, ``(kantor)``)."""
    fields = present_numbers(d)
    if not fields:
        return False
    name = rng.choice(fields)
    pre, suf = rng.choice(LABELS[(d.lang, getattr(d, name).mobile)])
    setattr(d, name + "_pre", pre)
    if suf:
        setattr(d, name + "_suf", getattr(d, name + "_suf") + suf)
    return True


WRONG_COUNTRY = {
    "ID": ("MY", "SG"),
    "NL": ("BE", "DE"),
    "BE": ("NL", "FR"),
    "GB": ("IE", "US"),
    "AU": ("NZ", "GB"),
    "SG": ("MY", "ID"),
    "MY": ("SG", "ID"),
    "US": ("CA", "GB"),
}


def op_country_wrong(rng, d):
    """A wrong country: the CRM's default (Indonesia) or a neighbour."""
    if d.country != "ID" and rng.random() < 0.5:
        d.cc = "ID"
    else:
        d.cc = rng.choice(WRONG_COUNTRY[d.country])
    return True


@dataclass(frozen=True)
class Op:
    """A noise operation: its tag, exclusive group, weight, the field it needs, the function."""

    tag: str
    group: str
    weight: float
    needs: str
    fn: object


OPS = [
    Op("legal_drop", "legal", 6, "co", op_legal_drop),
    Op("legal_add", "legal", 3, "co", op_legal_add),
    Op("legal_move", "legal", 2, "co", op_legal_move),
    Op("legal_style", "legal", 5, "co", op_legal_style),
    Op("legal_reform", "legal", 1.5, "co", op_legal_reform),
    Op("trading_name", "co_form", 3, "co", op_trading_name),
    Op("word_drop", "co_form", 2, "co", op_word_drop),
    Op("acronym", "co_form", 0.7, "co", op_acronym),
    Op("abbrev", "co_form", 2.5, "co", op_abbrev),
    Op("branch", "co_suffix", 1.5, "co", op_branch),
    Op("dept", "co_suffix", 1.5, "co", op_dept),
    Op("co_in_contact", "co_field", 1.5, "co", op_co_in_contact),
    Op("co_placeholder", "co_field", 1.2, "any", op_co_placeholder),
    Op("c_in_company", "co_field", 0.8, "ct", op_c_in_company),
    Op("spacing", "co_str", 2.5, "co", op_spacing),
    Op("punct", "co_str", 3.5, "co", op_punct),
    Op("typo", "co_typo", 6, "co", op_typo),
    Op("typo2", "co_typo", 1.5, "co", op_typo2),
    Op("phonetic", "co_typo", 2, "co", op_phonetic),
    Op("case", "co_case", 5, "co", op_case),
    Op("c_nickname", "ct_form", 1.5, "ct", op_c_nickname),
    Op("c_married", "ct_form", 0.6, "ct", op_c_married),
    Op("c_reorder", "ct_form", 3, "ct", op_c_reorder),
    Op("c_initials", "ct_form", 3, "ct", op_c_initials),
    Op("c_first_only", "ct_form", 2, "ct", op_c_first_only),
    Op("c_couple", "ct_form", 0.8, "ct", op_c_couple),
    Op("c_from_email", "ct_form", 1, "ct", op_c_from_email),
    Op("c_title", "ct_title", 4, "ct", op_c_title),
    Op("c_punct", "ct_str", 1, "ct", op_c_punct),
    Op("c_typo", "ct_str", 4, "ct", op_c_typo),
    Op("c_phonetic", "ct_str", 1.5, "ct", op_c_phonetic),
    Op("c_case", "ct_case", 2, "ct", op_c_case),
    Op("e_domain2", "em_addr", 2, "em", op_e_domain2),
    Op("e_generic", "em_addr", 3, "em", op_e_generic),
    Op("e_private", "em_addr", 2, "em", op_e_private),
    Op("e_alias", "em_addr", 1, "em", op_e_alias),
    Op("e_typo", "em_typo", 1.5, "em", op_e_typo),
    Op("e_domain_typo", "em_typo", 1.2, "em", op_e_domain_typo),
    Op("e_case", "em_case", 3, "em", op_e_case),
    Op("e_two", "em_field", 1, "em", op_e_two),
    Op("e_display", "em_field", 2, "em", op_e_display),
    Op("p_swap", "ph_move", 3, "both", op_p_swap),
    Op("p_mobile_in_phone", "ph_move", 2, "mo", op_p_mobile_in_phone),
    Op("p_typo", "ph_typo", 1.5, "num", op_p_typo),
    Op("p_format", "ph_fmt", 8, "num", op_p_format),
    Op("p_cc", "ph_fmt", 4, "num", op_p_cc),
    Op("p_lost_zero", "ph_fmt", 1, "num", op_p_lost_zero),
    Op("p_ext", "ph_extra", 1.5, "ph", op_p_ext),
    Op("p_two", "ph_extra", 2, "ph", op_p_two),
    Op("p_label", "ph_extra", 2, "num", op_p_label),
    Op("country_wrong", "country", 1, "cc", op_country_wrong),
]
OP_BY_TAG = {op.tag: op for op in OPS}
OP_ORDER = {op.tag: index for index, op in enumerate(OPS)}
OP_TABLE = Table(OPS, [op.weight for op in OPS])
NEEDS = {
    "co": lambda d: d.co_mode == "name",
    "any": lambda d: True,
    "ct": lambda d: d.ct_mode == "person",
    "em": lambda d: bool(d.em_local),
    "both": lambda d: d.ph is not None and d.mo is not None,
    "mo": lambda d: d.mo is not None,
    "num": lambda d: d.ph is not None or d.mo is not None,
    "ph": lambda d: d.ph is not None,
    "cc": lambda d: bool(d.cc),
}
NOISE_COUNT = weighted("0:15 1:35 2:30 3:14 4:6")


def choose_ops(rng, d, forced, k):
    """Return the operations for a lead: the channel's forced ones and ``k`` drawn, one per group."""
    chosen = {}
    for tag in forced:
        op = OP_BY_TAG[tag]
        chosen.setdefault(op.group, op)
    target, tries = len(chosen) + k, 0
    while len(chosen) < target and tries < 6 * k:
        tries += 1
        op = OP_TABLE.pick(rng)
        if op.group not in chosen and NEEDS[op.needs](d):
            chosen[op.group] = op
    return sorted(chosen.values(), key=lambda op: OP_ORDER[op.tag])


# ----------------------------------------------------------------------------------------------------------
# Channels: where a lead comes from decides which fields it has
# ----------------------------------------------------------------------------------------------------------

CHANNELS = {
    "ID": weighted("via_web:28 via_email:18 via_phone:12 via_card:8 via_wa:20 via_import:14"),
    "SG": weighted("via_web:30 via_email:22 via_phone:12 via_card:10 via_wa:14 via_import:12"),
    "other": weighted("via_web:38 via_email:25 via_phone:14 via_card:10 via_import:13"),
    "private": weighted("via_web:55 via_email:25 via_phone:20"),
    "private_wa": weighted("via_web:45 via_email:20 via_phone:15 via_wa:20"),
}
PRESENCE = {
    # channel: company, contact, email, office/home phone, mobile, country
    "via_web": (0.92, 0.97, 1.0, 0.5, 0.6, 0.85),
    "via_email": (0.72, 0.9, 1.0, 0.45, 0.35, 0.7),
    "via_phone": (0.92, 0.95, 0.45, 0.6, 0.6, 0.9),
    "via_card": (1.0, 1.0, 0.95, 0.9, 0.85, 0.95),
    "via_wa": (0.45, 0.9, 0.15, 0.05, 1.0, 0.6),
    "via_import": (0.95, 0.95, 0.85, 0.8, 0.6, 0.9),
}
FORCED = {
    "via_web": (("p_mobile_in_phone", 0.25),),
    "via_email": (("e_display", 0.35),),
    "via_phone": (("p_mobile_in_phone", 0.3),),
    "via_card": (("c_title", 0.3),),
    "via_wa": (("p_mobile_in_phone", 0.5), ("c_first_only", 0.4), ("p_label", 0.15)),
    "via_import": (("p_lost_zero", 0.12),),
}


def channel_for(rng, prospect):
    """Draw the channel of a lead from its country and whether it is a private person."""
    wa = prospect.country in ("ID", "SG", "MY")
    if prospect.company is None:
        return CHANNELS["private_wa" if wa else "private"].pick(rng)
    key = prospect.country if prospect.country in ("ID", "SG") else "SG" if wa else "other"
    return CHANNELS[key].pick(rng)


def apply_presence(rng, d, channel, later):
    """Blank the fields the channel does not carry; return the channel's forced noise tags."""
    p_co, p_ct, p_em, p_ph, p_mo, p_cc = PRESENCE[channel]
    extra = 0.05 if later else 0.0
    if d.co is not None and rng.random() >= p_co - extra:
        d.co_mode = "off"
    if rng.random() >= p_ct - extra:
        d.ct_mode = "off"
    if rng.random() >= p_em - extra:
        d.em_local = ""
    if rng.random() >= p_ph - extra:
        d.ph = None
    if rng.random() >= p_mo - extra:
        d.mo = None
    if rng.random() >= p_cc - extra:
        d.cc = ""
    if channel in ("via_phone", "via_wa") and d.ph is None and d.mo is None:
        d.ph = d.co.office if d.co is not None else d.person.home
        if d.ph is None or rng.random() < 0.5:
            d.mo = d.person.mobile
    forced = [tag for tag, prob in FORCED[channel] if rng.random() < prob]
    if channel == "via_import" and rng.random() < 0.35:
        forced += ["case", "c_case"]
        d.hint["case"] = "upper"
    return forced


def ensure_evidence(d):
    """Restore fields until the lead carries a company name, an address or a number, and two fields in all."""
    co, person = d.co, d.person
    for _ in range(4):
        company = d.co_mode == "name" or d.ct_mode == "company"
        number = d.ph is not None or d.mo is not None
        strong = company or bool(d.em_local) or number
        if strong and sum((company, bool(d.em_local), number, d.ct_mode == "person")) >= 2:
            return
        if not d.em_local and person.email:
            d.em_local, d.em_domain = person.email.split("@")
        elif not number and (person.mobile or (co.office if co else person.home)):
            if person.mobile:
                d.mo, d.mo_style = person.mobile, person.mstyle
            else:
                d.ph = co.office if co else person.home
                d.ph_style = co.ostyle if co else person.hstyle
        elif co is not None and d.co_mode != "name":
            d.co_mode, d.co_text = "name", None
        else:
            d.ct_mode, d.ct_text = "person", None


def render_email(d):
    """Write the e-mail field of a draft."""
    if not d.em_local:
        return ""
    address = f"{d.em_local}@{d.em_domain}"
    if d.em_case == "upper":
        address = address.upper()
    elif d.em_case == "title":
        local, _, domain = address.partition("@")
        address = ".".join(cap_first(x) for x in local.split(".")) + "@" + cap_first(domain)
    if d.em_extra:
        address += d.em_extra
    if d.em_display:
        address = f"{d.em_display} <{address}>"
    return address


def render_number(num, style, pre, suf, extra=""):
    """Write one phone field."""
    if num is None:
        return ""
    return f"{pre}{format_number(num, style)}{suf}{extra}"


def render(d):
    """Return the lead's fields (without row, id, variant and title) from a finished draft."""
    if d.co_mode == "name":
        partner = co_str(d)
    elif d.co_mode == "placeholder":
        partner = d.co_text
    else:
        partner = ""
    if d.ct_mode == "person":
        contact = ct_str(d)
    else:
        contact = d.ct_text if d.ct_mode == "company" else ""
    return {
        "partner_name": partner,
        "contact_name": contact,
        "email_from": render_email(d),
        "phone": render_number(d.ph, d.ph_style, d.ph_pre, d.ph_suf, d.ph_extra),
        "mobile": render_number(d.mo, d.mo_style, d.mo_pre, d.mo_suf),
        "country_code": d.cc,
    }


def missing_tags(d, rec):
    """Tags for the fields a lead lacks."""
    tags = []
    if d.co is not None and not rec["partner_name"]:
        tags.append("no_company")
    if not rec["contact_name"]:
        tags.append("no_contact")
    if not rec["email_from"]:
        tags.append("no_email")
    if not rec["phone"] and not rec["mobile"]:
        tags.append("no_phone")
    if not rec["country_code"]:
        tags.append("no_country")
    return tags


PRODUCTS = {
    "id": words(
        "forklift genset AC|split kursi|kantor meja|kantor mesin|fotokopi printer CCTV software|akuntansi "
        "rak|gudang pompa|air APAR seragam|kerja panel|surya laptop server jasa|pindahan sewa|mobil "
        "pallet|plastik timbangan|digital"
    ),
    "nl": words(
        "heftruck aggregaat kantoormeubilair bureaustoelen printer|lease zonnepanelen warmtepomp "
        "magazijnstellingen bedrijfskleding koffieautomaat boekhoudsoftware airco laptops "
        "beveiligingscamera's verhuiswagen palletwagen"
    ),
    "be": words(
        "vorkheftruck laadpalen kantoorinrichting zonnepanelen printers warmtepomp bedrijfskledij "
        "koffiemachine boekhoudpakket rekken airco camerabewaking stroomgroep"
    ),
    "en": words(
        "forklift|rental generator|hire office|furniture pallet|racking printer|lease CCTV|installation "
        "workwear accounting|software solar|panels air|conditioning laptops coffee|machines van|hire "
        "heat|pump"
    ),
}
TITLE_TEMPLATES = {
    "id": [
        "Permintaan penawaran {p}",
        "Penawaran harga {p}",
        "Inquiry {p}",
        "Minta quotation {p}",
        "Info harga {p}",
        "Kebutuhan {p} - {c}",
        "RFQ {p}",
        "Tanya {p}",
        "Pengadaan {p}",
        "{p} untuk kantor",
        "Mohon info {p}",
        "{c}",
    ],
    "nl": [
        "Offerte {p}",
        "Offerteaanvraag {p}",
        "Aanvraag {p}",
        "Informatie over {p}",
        "Prijsopgave {p}",
        "Terugbelverzoek",
        "Vraag over {p}",
        "Offerte {p} - {c}",
        "{c}: {p}",
        "Contactformulier website",
    ],
    "be": [
        "Prijsofferte {p}",
        "Offerte {p}",
        "Vraag naar {p}",
        "Aanvraag info {p}",
        "Prijsvraag {p}",
        "Terugbellen aub",
        "{c} - {p}",
        "Contactformulier",
    ],
    "en": [
        "Quote request: {p}",
        "Enquiry - {p}",
        "Inquiry: {p}",
        "Pricing for {p}",
        "Callback request",
        "Website enquiry",
        "{p} quote for {c}",
        "Trade show lead: {p}",
        "{c}",
        "Request for quotation - {p}",
    ],
    "ms": ["Sebut harga {p}", "Pertanyaan {p}", "Permintaan sebut harga {p}"],
}


def lead_title(rng, d, prospect, rec, index):
    """Return the lead's title: a new inquiry, or (30 % of later leads) the first lead's title again."""
    if index and rng.random() < 0.3 and prospect.title:
        return prospect.title
    lang = "ms" if d.country == "MY" and rng.random() < 0.25 else d.lang
    who = rec["partner_name"] if d.co_mode == "name" else rec["contact_name"]
    templates = TITLE_TEMPLATES[lang]
    template = rng.choice(templates if who else [t for t in templates if "{c}" not in t])
    product = rng.choice(PRODUCTS["en" if lang == "ms" else d.lang])
    title = template.format(p=product, c=who)
    if d.country == "US":
        title = title.replace("Enquiry", "Inquiry").replace("enquiry", "inquiry")
    if not index:
        prospect.title = title
    return title


def make_lead(world, prospect, index):
    """Return one lead (a dict without row) of ``prospect``; ``index`` 0 is its first lead."""
    rng = world.rng
    person, tags = prospect.people[0], []
    if index and len(prospect.people) > 1 and rng.random() < 0.25:
        person = rng.choice(prospect.people[1:])
        tags.append("colleague")
    channel = channel_for(rng, prospect)
    d = Draft(world, prospect, person)
    forced = apply_presence(rng, d, channel, index > 0)
    if index == 0:
        forced += prospect.forced
    k = int(NOISE_COUNT.pick(rng)) if index else 0
    for op in choose_ops(rng, d, forced, k):
        if NEEDS[op.needs](d) and op.fn(rng, d):
            tags.append(op.tag)
    ensure_evidence(d)
    rec = render(d)
    head = [prospect.kind, *prospect.sub] if index == 0 else []
    if index and not tags:
        tags = ["clean"]
    rec["variant"] = ";".join(head + tags + missing_tags(d, rec) + [channel])
    rec["name"] = lead_title(rng, d, prospect, rec, index)
    return rec


# ----------------------------------------------------------------------------------------------------------
# Prospects: ordinary ones and hard negatives
# ----------------------------------------------------------------------------------------------------------

LEADS_PER_PROSPECT = weighted("1:46 2:26 3:12 4:7 5:4 6:2.5 7:1.2 8:0.7 10:0.4 12:0.2")


def lead_count(rng, prospect):
    """Draw how many leads a prospect has (fewer for micro businesses and persons, more for large firms)."""
    n = int(LEADS_PER_PROSPECT.pick(rng))
    size = prospect.company.parts.size if prospect.company else "private"
    if size in ("micro", "private") and n > 1 and rng.random() < 0.3:
        n -= 1
    elif size == "large" and rng.random() < 0.4:
        n += 1
    return n


def ordinary(world, country):
    """An ordinary prospect: a private person (15 %) or a company."""
    if world.rng.random() < 0.15:
        return world.private(country)
    return world.company(country)


def twins(world, country, style, derive, kind, allow=()):
    """Draw an anchor name, derive its hard-negative twin's; create both once both names are free.

    Returns ``[anchor, twin]``, or one ordinary prospect when no free pair is found.
    """
    for _ in range(12):
        parts = world.draw_parts(country, style, None, None)
        derived = derive(parts)
        if derived is None:
            continue
        twin_parts, sub = derived
        if name_keys(twin_parts.units)[0] == name_keys(parts.units)[0] or not world.free(
            twin_parts.units, allow
        ):
            continue
        anchor = world.company(country, parts=parts)
        twin = world.company(country, parts=twin_parts, allow=allow, avoid_people=anchor, kind=kind, sub=sub)
        return [anchor, twin] if twin else [anchor]
    return [ordinary(world, country)]


def neg_reordered(world, country):
    """Same words in another order, sometimes with a typo (``PT Utama Abadi`` / ``PT Abadi Utama``)."""
    rng = world.rng

    def derive(parts):
        idx = [i for i, (_, cat) in enumerate(parts.units) if cat in CONTENT]
        if len(idx) < 2 or any(cat in ("given", "initial") for _, cat in parts.units):
            return None
        order = idx[:]
        while order == idx:
            rng.shuffle(order)
        new = list(parts.units)
        for i, j in zip(idx, order, strict=True):
            new[i] = parts.units[j]
        legal = parts.legal
        if rng.random() < 0.4:
            legal = make_parts(world, country, "multi", {}).legal or legal
        return replace(parts, units=new, legal=legal, trading=None), []

    group = twins(world, country, "multi", derive, "neg_reordered", allow=("bag",))
    if len(group) == 2 and rng.random() < 0.3:
        group[1].forced = ["typo"]
    return group


def neg_family_trade(world, country):
    """The same family name in another trade (``Bakkerij Peeters`` / ``Peeters Techniek``)."""

    def derive(parts):
        family = next((text for text, cat in parts.units if cat == "family"), None)
        if family is None:
            return None
        trades = {text for text, cat in parts.units if cat not in ("family", "conn")}
        for _ in range(10):
            new = make_parts(world, country, "family", {"family": family})
            if {text for text, cat in new.units if cat not in ("family", "conn")} - trades:
                new.trading = None
                return new, []
        return None

    return twins(world, country, "family", derive, "neg_family_trade")


def neg_word_swap(world, country):
    """One word replaced (``Maju Jaya`` / ``Maju Sentosa``, ``Delta Techniek`` / ``Delta Transport``)."""
    rng = world.rng

    def derive(parts):
        idx = [i for i, (_, cat) in enumerate(parts.units) if cat in CONTENT]
        if not idx:
            return None
        i = rng.choice(idx)
        cat = parts.units[i][1]
        taken = {text.lower() for text, _ in parts.units}
        new = draw_unit(world, country, cat)
        if not new or new.lower() in taken:
            return None
        units = list(parts.units)
        units[i] = (new, cat)
        return replace(parts, units=units, trading=None), []

    return twins(world, country, "multi", derive, "neg_word_swap")


def neg_branch(world, country):
    """A chain's branches in other towns, the town in the name; some share the chain's domain."""
    rng = world.rng
    if len(COUNTRIES[country].cities.items) < 2:
        return [ordinary(world, country)]
    anchor = world.company(country, style="chain")
    share = bool(anchor.company.domain) and rng.random() < 0.4
    out, towns = [anchor], [anchor.company.city]
    for _ in range(int(weighted("1:55 2:30 3:15").pick(rng))):
        neg = world.company(
            country,
            parts=anchor.company.parts,
            avoid_cities=towns,
            avoid_people=anchor,
            domain=anchor.company.domain if share else None,
            kind="neg_branch",
            sub=["share_domain"] if share else [],
        )
        if neg:
            out.append(neg)
            towns.append(neg.company.city)
    return out


def neg_common_shop(world, country):
    """A very common shop name held by unrelated shops in other towns (``Toko Sinar Jaya``).

    The first holder of a common name is an ordinary prospect; later holders, in this group or in a later
    one that draws the same name, are ``neg_common_shop`` prospects.
    """
    rng = world.rng
    for _ in range(20):
        parts = make_parts(world, country, "common", {})
        exact = name_keys(parts.units)[0]
        holders = world.common.get(exact)
        if holders is not None:
            out = []
            break
        if world.free(parts.units):
            anchor = world.company(country, parts=parts)
            holders = world.common[exact] = (anchor, [anchor.company.city])
            out = [anchor]
            break
    else:
        return [ordinary(world, country)]
    anchor, towns = holders
    for _ in range(int(weighted("1:55 2:30 3:15").pick(rng))):
        neg = world.company(
            country,
            parts=anchor.company.parts,
            allow=("exact", "bag"),
            avoid_cities=towns,
            avoid_people=anchor,
            kind="neg_common_shop",
        )
        if neg:
            out.append(neg)
            towns.append(neg.company.city)
    return out


def neg_owner_private(world, country):
    """The owner's private lead: same person name, public address, another phone, no company."""
    anchor = world.company(country, style=world.rng.choice((None, None, "family")))
    return [anchor, world.private(country, like=anchor.people[0])]


def neg_switchboard(world, country):
    """Companies in one building sharing the switchboard number; nothing else in common."""
    rng = world.rng
    anchor = world.company(country, need_office=True)
    out = [anchor]
    for _ in range(rng.choice((1, 1, 2))):
        neg = world.company(
            country,
            office=anchor.company.office,
            city=anchor.company.city,
            unrelated_to=anchor.company,
            avoid_people=anchor,
            kind="neg_switchboard",
        )
        if neg:
            out.append(neg)
    return out


def neg_same_contact(world, country):
    """Another company whose contact has the same (very common) name."""
    anchor = world.company(country, common=True)
    neg = world.company(
        country,
        primary=anchor.people[0],
        unrelated_to=anchor.company,
        avoid_people=anchor,
        kind="neg_same_contact",
    )
    return [anchor, neg] if neg else [anchor]


def neg_moved(world, country):
    """The contact moved to another company: same name, mostly the same mobile (it follows the person)."""
    share = world.rng.random() < 0.7
    anchor = world.company(country)
    neg = world.company(
        country,
        primary=anchor.people[0],
        share_mobile=share and anchor.people[0].mobile is not None,
        unrelated_to=anchor.company,
        avoid_people=anchor,
        kind="neg_moved",
        sub=["share_mobile" if share and anchor.people[0].mobile is not None else "new_mobile"],
    )
    return [anchor, neg] if neg else [anchor]


def neg_subsidiary(world, country):
    """Parent and subsidiary: the same core name, group word vs trade, other domain, phone, people."""
    rng = world.rng
    cat = {"ID": "sector", "NL": "trade_post", "BE": "trade_post"}.get(country, "trade")

    def derive(parts):
        units = [(draw_unit(world, country, cat), cat) if c == "group" else (t, c) for t, c in parts.units]
        return replace(parts, units=units, size="medium", tbk=False, trading=None), []

    group = twins(world, country, "group", derive, "neg_subsidiary")
    if len(group) == 2 and rng.random() < 0.5:
        # the subsidiary is the ordinary prospect, the parent its hard negative
        group[0].kind, group[1].kind = group[1].kind, group[0].kind
        group.reverse()
    return group


def neg_one_letter(world, country):
    """Names one letter apart that are different businesses (``Putra`` / ``Putri``, ``Bos`` / ``Vos``)."""
    pairs, cat = pair_key(country)
    partner = {a: b for a, b in pairs} | {b: a for a, b in pairs}

    def derive(parts):
        hit = next((i for i, (text, c) in enumerate(parts.units) if c == cat and text in partner), None)
        if hit is None:
            return None
        units = list(parts.units)
        units[hit] = (partner[units[hit][0]], cat)
        return replace(parts, units=units, trading=None), []

    return twins(world, country, "pair", derive, "neg_one_letter")


NEG_KINDS = {
    "neg_reordered": (neg_reordered, 12),
    "neg_family_trade": (neg_family_trade, 10),
    "neg_word_swap": (neg_word_swap, 12),
    "neg_branch": (neg_branch, 7),
    "neg_common_shop": (neg_common_shop, 7),
    "neg_owner_private": (neg_owner_private, 8),
    "neg_switchboard": (neg_switchboard, 8),
    "neg_same_contact": (neg_same_contact, 10),
    "neg_moved": (neg_moved, 8),
    "neg_subsidiary": (neg_subsidiary, 7),
    "neg_one_letter": (neg_one_letter, 10),
}
NEG_TABLE = Table([fn for fn, _ in NEG_KINDS.values()], [weight for _, weight in NEG_KINDS.values()])
NEG_STEP = 0.3


# ----------------------------------------------------------------------------------------------------------
# Generation and output
# ----------------------------------------------------------------------------------------------------------


def generate(count, seed):
    """Return ``count`` leads (dicts in FIELDS order) of a world drawn from ``seed``, shuffled."""
    world = World(seed)
    rng = world.rng
    records, prospects = [], []
    while len(records) < count:
        country = COUNTRY_SHARE.pick(rng)
        if rng.random() < NEG_STEP:
            group = NEG_TABLE.pick(rng)(world, country)
        else:
            group = [ordinary(world, country)]
        for prospect in group:
            number = len(prospects)
            prospects.append(prospect)
            for index in range(lead_count(rng, prospect)):
                rec = make_lead(world, prospect, index)
                rec["prospect"] = number
                records.append(rec)
    records = records[:count]
    kept = sorted({rec["prospect"] for rec in records})
    ids = list(range(1, len(kept) + 1))
    rng.shuffle(ids)
    id_of = dict(zip(kept, ids, strict=True))
    rng.shuffle(records)
    out = []
    for row, rec in enumerate(records, 1):
        out.append(
            {
                "row": row,
                "prospect_id": id_of[rec["prospect"]],
                **{key: rec[key] for key in FIELDS[2:]},
            }
        )
    return out


def write(records, path):
    """Write ``records`` as CSV, or as JSON lines when ``path`` ends in ``.jsonl``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if path.suffix == ".jsonl":
            for rec in records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(FIELDS)
            for rec in records:
                writer.writerow([rec[key] for key in FIELDS])


def read(path):
    """Read a file written by :func:`write` back (``row`` and ``prospect_id`` as integers)."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in handle if line.strip()]
        records = list(csv.DictReader(handle))
    for rec in records:
        rec["row"], rec["prospect_id"] = int(rec["row"]), int(rec["prospect_id"])
    return records


def summary(records):
    """Return the one-line summary: leads, prospects, same-prospect pairs, first leads by kind."""
    sizes, kinds = {}, {}
    for rec in records:
        sizes[rec["prospect_id"]] = sizes.get(rec["prospect_id"], 0) + 1
        head = rec["variant"].split(";", 1)[0]
        if head == "base" or head.startswith("neg_"):
            kinds[head] = kinds.get(head, 0) + 1
    pairs = sum(n * (n - 1) // 2 for n in sizes.values())
    negatives = sum(n for kind, n in kinds.items() if kind != "base")
    order = ["base", *NEG_KINDS]
    by_kind = ", ".join(f"{kind} {kinds.get(kind, 0)}" for kind in order)
    return (
        f"{len(records)} leads, {len(sizes)} prospects ({negatives} hard negatives), "
        f"{pairs} same-prospect pairs; first leads by kind: {by_kind}"
    )


def main(argv=None):
    """Parse the command line, generate and write the leads, print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--count", type=int, default=20000, help="number of leads (default 20000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--out", type=Path, required=True, help="output file, .csv or .jsonl")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    records = generate(args.count, args.seed)
    write(records, args.out)
    print(f"{args.out}: {summary(records)} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
