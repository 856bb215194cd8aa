"""Market-scale benchmark of CRM leads with known ground truth ("Similar Leads").

Independent generator: it was written from a plain description of a market and of what a
salesperson calls one prospect, without looking at the matcher, its tests or the other
generators, so that the data is not shaped by the thing it measures.  Python standard library
only; one ``random.Random(seed)`` drives everything and nothing depends on the iteration order
of a set, so the same ``--seed`` and ``--count`` give a byte-identical file.

    python3 bench/generate_market.py --count 20000 --seed 42 --out /tmp/x.csv [--stats]

Output columns: ``row,prospect_id,variant,name,partner_name,contact_name,email_from,phone,mobile,
country_code``.  ``row`` is 1..N in file order; the file is shuffled so the leads of a prospect are
scattered.  ``prospect_id`` is the ground truth (opaque random integers): two leads are the same
prospect iff they carry the same id.  ``variant`` is a ``;``-separated list of tags:

* first tag: ``base`` (first lead of an ordinary prospect), ``neg_<kind>`` (first lead of a
  prospect built to look like another prospect), or for later leads the noise tags that really
  changed something (``clean`` when none did; ``hard_positive`` for the untied ones, see below);
* then ``no_company``, ``no_contact``, ``no_email``, ``no_phone``, ``no_country`` for fields left
  empty (or, for the company, filled with a placeholder) that the prospect could have filled
  (``no_company`` only when the prospect is a company, ``no_email`` only when it has a mailbox,
  ``no_phone`` when phone and mobile are both empty);
* last ``via_<channel>``.

``name`` is the title of the inquiry (a product/service request, never identity data).

THE WORLD
=========
A seller of office and IT supplies, printers, copier leases and software subscriptions to small
businesses, shops, offices, schools and clinics, with a large CRM (tens of thousands of small
customers).  Country shares of prospects: Indonesia 50 %, Netherlands 20 %, Belgium (Flanders)
10 %, Malaysia 6 %, Singapore 5 %, United Kingdom 5 %, Australia 4 % (hard negatives inherit the
country of the prospect they imitate, so the realised shares drift by a point or so).  Each
prospect has 1-8 leads: 1: 55 %, 2: 18 %, 3: 10 %, 4: 6 %, 5: 4.5 %, 6: 3 %, 7: 2 %, 8: 1.5 %
(mean ~2.1 leads, so 200,000 leads are ~95,000 prospects).

Prospects are private persons / one-person businesses without a company name (ID 28 %, MY 22 %,
NL/BE/SG 18 %, GB/AU 15 %) or companies.  Company kinds and names, per country:

* Indonesia: traders/offices "PT/CV/UD W1 W2 [W3]" (30 %), shops "Toko W1 W2" (30 %),
  trade-prefixed "Fotocopy/Percetakan/Bengkel/Apotek/Toko Buku... W1 [W2]" (16 %), trade-suffixed
  "W1 [W2] Komputer/Elektronik/Teknik/ATK..." (10 %), schools and clinics (7 %), chain branches
  "Optik Cahaya Mata Bandung" (3 %), franchisees "Indomaret Kebon Jeruk" (4 %).  W1/W2 come from
  two small stock vocabularies (Sinar, Sumber, Cahaya, Karya, Berkah, Maju... / Jaya, Makmur,
  Abadi, Sentosa, Mandiri, Sejahtera...) with Zipf-like frequencies (weight 1/(rank+6)^0.9: the
  top pair "Sinar Jaya" is ~0.4 % of two-word names), and the two lists overlap, so "Berkah
  Abadi" and "Abadi Berkah" both occur; a few names have one word ("Toko Jaya") or three.
  Legal forms PT, CV, UD, rarely "PT ... Tbk"; "Toko"/"Tk." is treated like a legal form (shown
  or not).
* Netherlands / Flanders: "Trade Family" ("Bakkerij Jansen", "Kapsalon Peeters") 38 %,
  "Family Trade" ("Jansen Installatietechniek") 16 %, "Gebr. Family" / "Family & Zonen" 5 %,
  brand-like names from a small stock ("ICT Partners", "Kantoor Totaal") 18 %, schools and
  practices 12 %, chain branches named after their town 5 %, franchisees 6 %.  Family names
  are a Zipf head (De Jong, Jansen, De Vries, Van den Berg... / Peeters, Janssens, Maes...; 55 %)
  plus a synthesised tail of rarer names (Brinkhuis, ter Hofkamp, Van Hecke...), trades are
  Zipf-distributed too; legal forms B.V., V.O.F. (NL), BV (often still typed BVBA), NV, CommV,
  VOF (BE).
* Malaysia: Malay stock names + trade with Sdn Bhd / Enterprise / PLT, Chinese trade names
  ("Hup Seng Hardware Sdn Bhd"), Kedai/Syarikat/Perniagaan shops, schools, clinics, chains,
  franchisees.  Singapore: Chinese trade names and English stock adjectives ("Golden Pacific
  Trading Pte Ltd"), LLP, institutions, chain branches named after the neighbourhood.  UK and
  Australia: "Family & Sons Ltd", "Family Plumbing Pty Ltd", "Premier Office Supplies Ltd",
  "Leeds Dental Care", schools, medical centres, chains, franchisees.

NAME COLLISIONS AT SCALE.  Every ordinary prospect draws its name independently from these
Zipf-distributed stocks; nothing prevents two unrelated prospects from getting the same or a
nearly identical name ("Toko Sinar Jaya" in twenty towns, "CV Berkah Abadi" / "CV Abadi Berkah",
"Fotocopy Berkah" / "Fotocopy Berkah Jaya", "Bakkerij Jansen" in many towns).  These are
ordinary ``base`` prospects, never tagged: the expected number of same-name pairs is
C(n, 2) * sum(p_name^2), so it grows with the square of the number of prospects.  Only names
that denote one real-world entity are kept unique (state schools "SD Negeri 3 Bandung", numbered
foundation schools, a franchisee's store name).  Persons are Zipf-distributed too (Budi
Santoso, Siti Rahayu, Dewi Lestari, Jan de Vries, Peter Jansen, Tan Wei Ming, Muhammad bin
Abdullah...; surnames half from the common head, half from a synthesised tail such as Suyanto,
Purwaningsih), so common full names repeat across unrelated prospects.  Malaysians and
Singaporeans are Malay (bin/binti), Chinese (surname first, often with an English name: "Jason
Tan", "Tan Wei Ming", "Jason Tan Wei Ming") or Indian (a/l, s/o).

Identity data is kept physically consistent: a mailbox address belongs to one person or one
company only (a registry adds digits or variants on collision, so budi.santoso85@gmail.com and
budisantoso_85@yahoo.co.id of different persons happen naturally, identical addresses never);
an own domain belongs to one company; a phone number belongs to one person, household or company
(except the shared switchboard and job-change negatives below).

Mailboxes: private ones at the country's public providers (gmail.com, yahoo.co.id, ziggo.nl,
kpnmail.nl, telenet.be, skynet.be, streamyx.com, singnet.com.sg, btinternet.com, bigpond.com...),
locals built from the name (first.last, firstlast85, f.last, lastfirst, first1987...).  Shops
without a domain often have a shop mailbox at a public provider (tokosinarjaya.bdg@gmail.com,
fotocopy_berkah@yahoo.com).  About 40 % of companies have an own domain (offices ~60 %, shops ~15 %,
franchisees ~5 %): derived from the name (joined, hyphenated, acronym, with legal form or
town, .co.id/.id/.com/.nl/.be/.com.my/.com.sg/.co.uk/.com.au...) with personal (first@,
first.last@, flast@) and role mailboxes (info@, admin@, sales@, purchasing@, pembelian@, inkoop@,
administratie@, accounts@...).

Phones: valid for the country's numbering plan: Indonesian mobiles 08xx with the operator prefixes
0811-0813, 0817-0819, 0821-0823, 0852-0853, 0857-0859, 0877-0878, 0895-0899, landlines with the
town's area code (021, 022, 024, 031, 061, 0274, 0361...); NL 06 and area codes; BE 04xx and
zones; MY 01x and 03/04/05/06/07/082/088; SG 8/9xxxxxxx and 6xxxxxxx; UK 07 and 01/02; AU 04 and
02/03/07/08; subscriber numbers start only with digits allocated in that area (e.g. London 020
3/4/7/8, Gent 09 2-4, Perth 08 7-9, KL 03 by two-digit blocks).  Written in many formats:
national with - . / or spaces and the country's usual digit groups, parentheses around the area
code, +CC, 00CC, CC without plus, "+31 (0)20", labels ("HP:", "WA", "Tel:", "GSM:", "(kantor)",
"ext. 105"), two numbers in one field separated by "/", ",", "atau", "of" or "or".  Companies
usually have an office landline (ID shops often not); every person has a mobile, some two.

Channels decide which fields are filled (probabilities company/contact/email/phone/country):
web form .80/.97/.99/.65/.85, email .65/.85/1/.40/.35 (half with "Name <addr>"), phone call
.80/.92/.25/1/.70, WhatsApp .45/.85/.12/1/.55 (the number lands in ``mobile``), trade fair scan
.95/.99/.90/.75/.90, spreadsheet import .88/.85/.70/.80/.40 (35 % of imports strip the leading 0
of every phone), marketplace/portal .60/.92/.85/.85/.95, referral .80/.95/.55/.70/.60.  WhatsApp
is far more common in ID/MY (28 %/22 % of leads) than in NL/BE/GB/AU.  When the company is not
shown, 8 % of company leads and 20 % of private leads carry a placeholder ("-", "N/A",
"Pribadi", "Perorangan", "Particulier", "Privé", "Private"...), which counts as no company; 2 % of
private persons type their own name as the company.

NOISE ON LATER LEADS
====================
A later lead draws 0 noise kinds (18 %), 1 (42 %), 2 (28 %) or 3 (12 %) among those that fit
the lead (a company noise needs the company shown, a name noise the contact, and so on), with
relative weights: colleague 12 (another person of the company: own name, own mailbox at the
domain / shop mailbox / private, own mobile, often the office landline), legal_form 12 (added,
dropped, dotted or another spelling, moved: "Maju Jaya, PT", "BV Jansen", BVBA for BV),
case_space 10 (upper/lower/title case, double or missing spaces), company_typo 7 (one or two
letters), contact_typo 6, name_order 4 ("Santoso, Budi", "Vries, Jan de", "Wei Ming Tan",
patronymic dropped), title 7 (Bapak, Ibu, Bpk., Pak, Dhr., Mevr., ir., Encik, Mr, Dr...),
initials 3 ("J.P. de Vries"), nickname 3 (Bill, Wim, Mat, the English name of a Chinese
Singaporean), first_name 5 ("Pak Budi" with a title), private_mail 7 (the same person from a
private mailbox), email_typo 3 (gmial.com, yaho.co.id, a letter in the own domain), old_spelling
3 (ID: Djaja, Tjahaja, Soerabaja, oe for u, also in person names), ij_y 3 (NL/BE: Meijer/Meyer,
Bakkerij/Bakkery), abbreviation 4 (Tk., Bros, & Zn., Gebr., Sdr., Ent., Svcs, Fotokopi, St.),
phone_typo 3 (one digit changed or two swapped), lost_zero 3 (leading 0 lost), rebrand 2 (the
company moves to a new domain, or from a shop mailbox to an own domain; once per prospect),
phone_only 2 (only a known phone number and a first name), department 3 ("PT Maju Jaya -
Finance", "De Boer B.V. t.a.v. inkoop", "(Accounts Dept)"), other_branch 4 (chains only: the
lead names another branch town but shares the chain's domain or phone: one purchasing office).
A phone number that reappears is always typed in a format not yet used for it by the prospect
(not tagged: it is always so); imports that strip the leading 0 also yield lost_zero.  The tags
list only noise that really changed the lead.  Realised shares of later leads at 200,000 leads
(seed 42): clean 20 %, case_space 18 %, colleague 17 %, title 13 %, contact_typo 11 %, first_name
8 %, lost_zero 7 %, name_order 7 %, company_typo 7 %, phone_typo 6 %, legal_form 5 %, initials
5 %, private_mail 4 %, email_typo 3 %, department 3 %, phone_only 3 %, old_spelling 2 %, nickname
2 %, abbreviation 1 %, rebrand 1 %, hard_positive 1 %, ij_y 0.6 %, other_branch 0.2 %; number of
kinds 0: 20 %, 1: 46 %, 2: 26 %, 3: 9 %.

TIES.  Every later lead keeps at least one tie to an earlier lead of its prospect that a careful
human would see: the company name (in any noisy form except another branch town or an acronym),
the same mailbox, a mailbox at the company's own domain (also an old one), or the same phone
number (correctly typed; lost_zero still counts).  A person's full name counts only together
with one of these.  A noise that changes the mailbox (private_mail, email_typo, rebrand) is only
drawn when the lead shows a company name or phone that can still tie it, and other_branch only
when the lead can show the chain's phone or domain.  Leads left without a tie get one back (a
known phone number added, the company name shown, or a known mailbox when the email is empty;
if only a mailbox was ever seen, that mailbox is shown again and the mailbox noise dropped),
except hard_positive leads (1 % of later leads): a nickname or first name, a new private
mailbox and/or a new mobile, at most the company's acronym ("PT SJM") - the same prospect, with
nothing to tie it.  A mistyped domain is never another company's real domain, and no company
later registers a domain that someone mistyped earlier.

HARD NEGATIVES
==============
15.5 % of drawn prospects are built to look like an earlier ordinary prospect (the anchor,
drawn uniformly from the fitting ordinary prospects generated so far; created on the spot when
none fits), which gives ~15 % of all prospects; their first lead is tagged ``neg_<kind>`` and
shows what makes them look alike (the name, the legal form, the switchboard number, the
owner's full name...), their later leads are ordinary noisy leads.  Shares among negatives:
namesake 12 % (the very same name as typed, another town, nothing else shared), extra_word 9 %
("CV Maju Jaya" / "CV Maju Jaya Elektronik", or a stock word less), word_order 8 % ("PT Utama
Abadi" / "PT Abadi Utama"), family 8 % (NL/BE: one family name, another trade, same town in half),
legal_form 8 % (same words, another real legal form, both shown: CV/PT/UD, B.V./V.O.F.,
BV/NV/CommV, Sdn Bhd/Enterprise/PLT/Pte Ltd, Ltd/LLP, Pty Ltd/Ltd), branch 8 % (another branch of
a chain, named after its own town, own phones, own public mailbox or none), owner_private 8 % (the
owner of an earlier company writing privately: same full name, a private mailbox and mobile never
used by the company, no company), same_name 9 % (another private person with the same common full
name, at a public provider), shared_phone 7 % (another company in the same building showing the
same switchboard number), group 6 % (a sister company: the group name kept - family name or first
two stock words - plus a sector of its own, "PT Sinar Jaya Logistik", its own domain), job_change
7 % (the same person now at another company: new prospect, same mobile in 60 %), franchise 5 %
(the same brand, another outlet "Indomaret Cibubur", own phones), school_clinic 5 % (another
institution of the same foundation: "SD Kristen Petra 3" for "... 1", or the same clinic name in
another town).

DECISIONS (ground truth: one prospect = one opportunity a salesperson wants)
============================================================================
* The same company typed differently is one prospect, also when a colleague writes, the contact
  writes from a private mailbox, or after a rebrand to a new domain.
* A chain's branches named after their city are separate prospects (neg_branch) unless they share
  a company email domain or a phone number (one purchasing office): then one prospect
  (noise other_branch).
* A company's lead and its owner's private lead are one prospect only when the same phone number
  or the same address ties them (noise private_mail with the company left out); otherwise two
  (neg_owner_private).
* Sister companies of a group with their own names and domains are separate (neg_group).
* Different legal forms of the same words with nothing else shared are separate (neg_legal_form);
  a missing legal form is not another form (adding/dropping one is noise legal_form).
* Same words in another order: separate.  Namesakes (same name, nothing else shared): separate.
* Companies sharing a switchboard number: separate; the phone alone is not identity there.
* Two people with the same name at public providers: separate.
* A person who moved to another company starts a new prospect, even with the same mobile.
* A placeholder typed in the company field ("-", "N/A", "Pribadi", "Perorangan", "Particulier",
  "Private") is no company.

``--stats`` prints the shares of first tags (negatives), noise tags, missing-field tags,
channels and countries, and the number of pairs of different prospects that share exactly the
same normalised company name (lower-cased, punctuation and legal forms stripped).
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import random
import re
import sys
import time
from collections import Counter

# ----------------------------------------------------------------------------- sampling


class Pick:
    """Weighted choice over a fixed list (cumulative weights + bisect)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def pick(pairs):
    items, weights = zip(*pairs, strict=True)
    return Pick(items, weights)


def zipf(items, s=1.0, q=2.0):
    items = list(dict.fromkeys(items))
    return Pick(items, [1.0 / (i + q) ** s for i in range(len(items))])


def uniform(items):
    return Pick(items, [1] * len(items))


# ----------------------------------------------------------------------------- countries, towns

COUNTRY = pick([("ID", 50), ("NL", 20), ("BE", 10), ("MY", 6), ("SG", 5), ("GB", 5), ("AU", 4)])
CALLING = {"ID": "62", "NL": "31", "BE": "32", "MY": "60", "SG": "65", "GB": "44", "AU": "61"}
LANG = {"ID": "id", "NL": "nl", "BE": "nl", "MY": "en", "SG": "en", "GB": "en", "AU": "en"}
PRIVATE_SHARE = {"ID": 0.28, "NL": 0.18, "BE": 0.18, "MY": 0.22, "SG": 0.18, "GB": 0.15, "AU": 0.15}
HOME_LANDLINE = {"ID": 0.08, "NL": 0.2, "BE": 0.2, "MY": 0.1, "SG": 0.15, "GB": 0.25, "AU": 0.2}
SECOND_MOBILE = {"ID": 0.12, "NL": 0.02, "BE": 0.03, "MY": 0.08, "SG": 0.04, "GB": 0.02, "AU": 0.02}

# (town, area code without trunk 0, subscriber lengths, short code, weight)
_TOWNS = {
    "ID": [
        ("Jakarta", "21", (8,), "jkt", 26),
        ("Surabaya", "31", (7, 8), "sby", 9),
        ("Bandung", "22", (7, 8), "bdg", 8),
        ("Medan", "61", (7, 8), "mdn", 6),
        ("Semarang", "24", (7, 8), "smg", 5),
        ("Tangerang", "21", (8,), "tng", 5),
        ("Bekasi", "21", (8,), "bks", 5),
        ("Depok", "21", (8,), "dpk", 3),
        ("Bogor", "251", (7,), "bgr", 3),
        ("Yogyakarta", "274", (6, 7), "jogja", 4),
        ("Denpasar", "361", (6, 7), "dps", 3),
        ("Malang", "341", (6, 7), "mlg", 3),
        ("Makassar", "411", (6, 7), "mks", 3),
        ("Palembang", "711", (6, 7), "plg", 3),
        ("Batam", "778", (6, 7), "btm", 2),
        ("Solo", "271", (6, 7), "solo", 2),
        ("Pekanbaru", "761", (6, 7), "pku", 2),
        ("Balikpapan", "542", (6, 7), "bpp", 1.5),
        ("Pontianak", "561", (6, 7), "ptk", 1.5),
        ("Padang", "751", (6, 7), "pdg", 1.5),
        ("Cirebon", "231", (6, 7), "crb", 1),
        ("Manado", "431", (6, 7), "mdo", 1),
        ("Sidoarjo", "31", (7, 8), "sda", 2),
        ("Gresik", "31", (7,), "gsk", 1),
    ],
    "NL": [
        ("Amsterdam", "20", (7,), "adam", 12),
        ("Rotterdam", "10", (7,), "rdam", 9),
        ("Den Haag", "70", (7,), "dh", 7),
        ("Utrecht", "30", (7,), "utr", 6),
        ("Eindhoven", "40", (7,), "ehv", 4),
        ("Groningen", "50", (7,), "gron", 3),
        ("Tilburg", "13", (7,), "tlb", 3),
        ("Almere", "36", (7,), "alm", 3),
        ("Breda", "76", (7,), "bda", 3),
        ("Nijmegen", "24", (7,), "nmg", 3),
        ("Arnhem", "26", (7,), "arn", 2.5),
        ("Zwolle", "38", (7,), "zwl", 2.5),
        ("Maastricht", "43", (7,), "mstr", 2),
        ("Amersfoort", "33", (7,), "amf", 2.5),
        ("Leiden", "71", (7,), "ldn", 2),
        ("Haarlem", "23", (7,), "hlm", 2.5),
        ("Apeldoorn", "55", (7,), "apd", 2.5),
        ("Enschede", "53", (7,), "ens", 2.5),
        ("Den Bosch", "73", (7,), "dbosch", 2.5),
        ("Ede", "318", (6,), "ede", 1.5),
        ("Helmond", "492", (6,), "hmd", 1.5),
        ("Almelo", "546", (6,), "alo", 1),
        ("Hoorn", "229", (6,), "hrn", 1),
        ("Heerenveen", "513", (6,), "hrv", 1),
        ("Kampen", "38", (7,), "kpn", 1),
        ("Deventer", "570", (6,), "dev", 1.5),
    ],
    "BE": [
        ("Antwerpen", "3", (7,), "antw", 14),
        ("Gent", "9", (7,), "gent", 10),
        ("Brugge", "50", (6,), "brg", 5),
        ("Leuven", "16", (6,), "lvn", 5),
        ("Hasselt", "11", (6,), "hst", 4),
        ("Mechelen", "15", (6,), "mech", 4),
        ("Kortrijk", "56", (6,), "krt", 4),
        ("Aalst", "53", (6,), "aalst", 3),
        ("Oostende", "59", (6,), "ost", 3),
        ("Turnhout", "14", (6,), "thout", 2.5),
        ("Sint-Niklaas", "3", (7,), "sn", 3),
        ("Genk", "89", (6,), "genk", 3),
        ("Roeselare", "51", (6,), "rsl", 2.5),
        ("Brussel", "2", (7,), "bxl", 6),
        ("Lier", "3", (7,), "lier", 1.5),
        ("Geel", "14", (6,), "geel", 1.5),
    ],
    "MY": [
        ("Kuala Lumpur", "3", (8,), "kl", 25),
        ("Petaling Jaya", "3", (8,), "pj", 12),
        ("Shah Alam", "3", (8,), "sa", 8),
        ("Subang Jaya", "3", (8,), "sj", 6),
        ("George Town", "4", (7,), "pg", 8),
        ("Ipoh", "5", (7,), "ipoh", 6),
        ("Melaka", "6", (7,), "mlk", 5),
        ("Johor Bahru", "7", (7,), "jb", 10),
        ("Seremban", "6", (7,), "srb", 4),
        ("Kuching", "82", (6,), "kch", 5),
        ("Kota Kinabalu", "88", (6,), "kk", 5),
        ("Klang", "3", (8,), "klang", 5),
    ],
    "SG": [("Singapore", "", (8,), "sg", 1)],
    "GB": [
        ("London", "20", (8,), "ldn", 30),
        ("Birmingham", "121", (7,), "bham", 8),
        ("Manchester", "161", (7,), "mcr", 8),
        ("Leeds", "113", (7,), "leeds", 6),
        ("Bristol", "117", (7,), "bris", 5),
        ("Glasgow", "141", (7,), "gla", 5),
        ("Edinburgh", "131", (7,), "edi", 5),
        ("Sheffield", "114", (7,), "shef", 4),
        ("Leicester", "116", (7,), "lei", 4),
        ("Nottingham", "115", (7,), "notts", 4),
        ("Reading", "118", (7,), "rdg", 3),
        ("Cambridge", "1223", (6,), "cam", 3),
        ("Oxford", "1865", (6,), "oxf", 3),
    ],
    "AU": [
        ("Sydney", "2", (8,), "syd", 30),
        ("Melbourne", "3", (8,), "mel", 28),
        ("Brisbane", "7", (8,), "bne", 14),
        ("Perth", "8", (8,), "per", 12),
        ("Adelaide", "8", (8,), "adl", 8),
        ("Canberra", "2", (8,), "cbr", 3),
        ("Gold Coast", "7", (8,), "gc", 4),
        ("Newcastle", "2", (8,), "ncl", 3),
        ("Hobart", "3", (8,), "hob", 2),
    ],
}
TOWNS = {cc: pick([((n, a, s, k), w) for n, a, s, k, w in rows]) for cc, rows in _TOWNS.items()}
TOWN_NAMES = {cc: [r[0] for r in rows] for cc, rows in _TOWNS.items()}

SG_PLACES = [
    "Jurong",
    "Tampines",
    "Woodlands",
    "Ang Mo Kio",
    "Bedok",
    "Toa Payoh",
    "Bukit Batok",
    "Yishun",
    "Clementi",
    "Serangoon",
    "Hougang",
    "Punggol",
    "Bishan",
    "Paya Lebar",
    "Sengkang",
    "Bukit Timah",
]
LOCALITIES = {
    "Jakarta": [
        "Kebon Jeruk",
        "Cibubur",
        "Kemang",
        "Tebet",
        "Cempaka Putih",
        "Rawamangun",
        "Kelapa Gading",
        "Pluit",
        "Grogol",
        "Pondok Indah",
        "Cipete",
        "Duren Sawit",
        "Sunter",
        "Cengkareng",
        "Pasar Minggu",
    ],
    "Bandung": ["Dago", "Antapani", "Buah Batu", "Cihampelas", "Setiabudi", "Ujung Berung", "Kopo"],
    "Surabaya": ["Darmo", "Rungkut", "Gubeng", "Kenjeran", "Manyar", "Wiyung", "Kertajaya"],
    "Medan": ["Helvetia", "Marelan", "Amplas", "Sunggal", "Setiabudi"],
    "Semarang": ["Banyumanik", "Tembalang", "Candisari", "Ngaliyan"],
    "Tangerang": ["BSD", "Karawaci", "Cikokol", "Ciledug", "Alam Sutera"],
    "Bekasi": ["Harapan Indah", "Jatiasih", "Galaxy", "Summarecon", "Pondok Gede"],
    "Singapore": SG_PLACES,
    "Kuala Lumpur": ["Cheras", "Kepong", "Setapak", "Bangsar", "Sri Petaling", "Wangsa Maju"],
    "Amsterdam": ["Noord", "Zuid", "West", "Oost", "Centrum", "Nieuw-West"],
    "Rotterdam": ["Zuid", "Centrum", "Kralingen", "Alexander", "Hillegersberg"],
    "London": ["Camden", "Islington", "Croydon", "Ealing", "Hackney", "Wimbledon", "Greenwich"],
    "Sydney": ["Parramatta", "Chatswood", "Bondi", "Penrith", "Hurstville", "Liverpool"],
    "Melbourne": ["Richmond", "Box Hill", "Dandenong", "Frankston", "Footscray", "Werribee"],
}
DISTRICTS = {
    "NL": [
        "Centrum",
        "Noord",
        "Zuid",
        "Oost",
        "West",
        "Stationsplein",
        "Kerkstraat",
        "Markt",
        "Winkelcentrum",
    ],
    "BE": ["Centrum", "Noord", "Zuid", "Station", "Markt", "Kerkstraat", "Steenweg"],
    "GB": ["High Street", "Central", "North", "South", "Market Square", "Retail Park", "Station Road"],
    "AU": ["CBD", "North", "South", "Westfield", "Central", "Plaza", "Station St"],
    "MY": ["Jalan Ampang", "Taman Jaya", "Taman Melati", "Bandar Baru", "Jalan Besar", "Taman Sentosa"],
}
ID_STREETS = [
    "Ahmad Yani",
    "Sudirman",
    "Diponegoro",
    "Gatot Subroto",
    "Pemuda",
    "Veteran",
    "Merdeka",
    "Gajah Mada",
    "Imam Bonjol",
    "Pahlawan",
    "Kartini",
    "Hasanuddin",
]

# ----------------------------------------------------------------------------- persons

ID_FIRST_M = zipf(
    [
        "Budi",
        "Agus",
        "Eko",
        "Joko",
        "Wahyu",
        "Andi",
        "Hendra",
        "Ahmad",
        "Muhammad",
        "Rudi",
        "Bambang",
        "Slamet",
        "Heru",
        "Teguh",
        "Dedi",
        "Iwan",
        "Hadi",
        "Rizky",
        "Yusuf",
        "Arif",
        "Fajar",
        "Doni",
        "Hari",
        "Imam",
        "Rahmat",
        "Adi",
        "Bayu",
        "Sugeng",
        "Irfan",
        "Ilham",
        "Reza",
        "Dimas",
        "Yoga",
        "Taufik",
        "Surya",
        "Aditya",
        "Kevin",
        "Michael",
        "Hendrik",
        "Johan",
        "Felix",
        "Yohanes",
        "Dwi",
    ],
    1.0,
    4.0,
)
ID_FIRST_F = zipf(
    [
        "Siti",
        "Dewi",
        "Sri",
        "Rina",
        "Yuni",
        "Indah",
        "Dian",
        "Fitri",
        "Ratna",
        "Yanti",
        "Lina",
        "Sari",
        "Putri",
        "Ayu",
        "Nur",
        "Wati",
        "Ani",
        "Lilis",
        "Maya",
        "Novi",
        "Rini",
        "Wulan",
        "Ika",
        "Desi",
        "Eka",
        "Mega",
        "Nita",
        "Linda",
        "Diana",
        "Susi",
        "Tuti",
        "Endang",
        "Kartika",
        "Anita",
        "Yulia",
        "Intan",
        "Fransiska",
        "Maria",
        "Cynthia",
        "Jessica",
    ],
    1.0,
    4.0,
)
ID_LAST_M = zipf(
    [
        "Santoso",
        "Setiawan",
        "Wijaya",
        "Saputra",
        "Hidayat",
        "Kurniawan",
        "Pratama",
        "Wibowo",
        "Nugroho",
        "Sutrisno",
        "Hartono",
        "Gunawan",
        "Halim",
        "Siregar",
        "Nasution",
        "Harahap",
        "Simanjuntak",
        "Sinaga",
        "Lubis",
        "Rahman",
        "Hakim",
        "Firmansyah",
        "Ramadhan",
        "Permana",
        "Susilo",
        "Prasetyo",
        "Utomo",
        "Purnomo",
        "Kusuma",
        "Salim",
        "Tanoto",
        "Maulana",
        "Hermawan",
        "Effendi",
        "Sudirman",
        "Tanjung",
        "Hutapea",
        "Purba",
        "Syahputra",
        "Suryadi",
    ],
    1.0,
    3.0,
)
ID_LAST_F = zipf(
    [
        "Rahayu",
        "Lestari",
        "Susanti",
        "Wulandari",
        "Handayani",
        "Puspita",
        "Safitri",
        "Anggraini",
        "Yulianti",
        "Wijaya",
        "Kusuma",
        "Setiawati",
        "Purnamasari",
        "Permatasari",
        "Siregar",
        "Nasution",
        "Halim",
        "Santoso",
        "Hartono",
        "Gunawan",
        "Novitasari",
        "Maharani",
        "Ramadhani",
        "Fitriani",
    ],
    1.0,
    3.0,
)
# the long tail of surnames: common heads above, synthesised rarer names below (about half of all)
ID_TAIL_A = [
    "Su",
    "Har",
    "Pur",
    "Wi",
    "Setya",
    "Budi",
    "Nur",
    "Dar",
    "Kus",
    "Hadi",
    "Sri",
    "Tri",
    "Adi",
    "Mul",
    "Sant",
    "Wah",
    "Jok",
    "Rus",
    "Sap",
    "Sug",
    "Sur",
    "Yud",
    "Bas",
    "Her",
]
ID_TAIL_B = [
    "yanto",
    "yono",
    "wanto",
    "tono",
    "jaya",
    "mono",
    "santo",
    "diman",
    "harjo",
    "wan",
    "tomo",
    "laksana",
    "prasetya",
    "dodo",
    "nata",
    "wijoyo",
    "sasmito",
    "raharjo",
    "utomo",
    "atmaja",
]
ID_TAIL_F = ["wati", "ningsih", "yati", "astuti", "lestari", "rahayu", "ningrum", "sari", "yani", "wulan"]
NL_TAIL_P = ["", "", "", "van ", "van der ", "de ", "ter ", "van den ", "ten "]
NL_TAIL_A = [
    "Hoog",
    "Brink",
    "Kamp",
    "Holt",
    "Veld",
    "Berg",
    "Wester",
    "Ooster",
    "Zand",
    "Mole",
    "Lange",
    "Groot",
    "Klein",
    "Beek",
    "Eik",
    "Linde",
    "Wind",
    "Hof",
    "Stee",
    "Velde",
    "Dijk",
    "Hout",
]
NL_TAIL_B = [
    "man",
    "huis",
    "kamp",
    "horst",
    "veld",
    "meijer",
    "stra",
    "ink",
    "ing",
    "hof",
    "boer",
    "broek",
    "beek",
    "werf",
    "sma",
    "ma",
    "voort",
    "hage",
    "burg",
    "dijk",
]
BE_TAIL_A = ["Van", "De", "Ver", "Van de", "Van der", "Van den", "", "", ""]
BE_TAIL_B = [
    "Hecke",
    "Acker",
    "Broeck",
    "Poel",
    "Steen",
    "Wauters",
    "Moer",
    "Linden",
    "Roey",
    "Meir",
    "Bossche",
    "Gucht",
    "Dijck",
    "Laer",
    "Kerck",
    "Velde",
    "Mol",
    "Putte",
    "Hove",
    "Berghe",
    "Cauwen",
    "Lommel",
    "Kempen",
    "Eycken",
]
EN_TAIL_A = [
    "Ash",
    "Brad",
    "Black",
    "Whit",
    "Hart",
    "Brook",
    "Fair",
    "Hol",
    "Lang",
    "Mill",
    "Red",
    "Wake",
    "Thorn",
    "Cross",
    "Nor",
    "Stan",
    "Wes",
    "Chester",
    "Bran",
    "Ald",
    "Hay",
    "Bar",
]
EN_TAIL_B = [
    "ley",
    "ford",
    "well",
    "wood",
    "field",
    "ton",
    "man",
    "worth",
    "by",
    "er",
    "bury",
    "ham",
    "stone",
    "combe",
    "more",
]
ID_MONO_M = zipf(["Sutrisno", "Suparman", "Sugiarto", "Wagiman", "Paimin", "Sukardi", "Suwarno", "Darmaji"])
ID_MONO_F = zipf(["Suharti", "Sumiati", "Sulastri", "Paini", "Sukarsih", "Wartini", "Suyatmi"])

NL_FIRST_M = zipf(
    [
        "Jan",
        "Peter",
        "Kees",
        "Henk",
        "Johan",
        "Willem",
        "Pieter",
        "Mark",
        "Dennis",
        "Sander",
        "Thomas",
        "Daan",
        "Bas",
        "Rob",
        "Martin",
        "Erik",
        "Gerrit",
        "Frank",
        "Hans",
        "Paul",
        "Marco",
        "Ruud",
        "Jeroen",
        "Bart",
        "Tim",
        "Kevin",
        "Niels",
        "Joost",
        "Arjan",
        "Richard",
    ]
)
NL_FIRST_F = zipf(
    [
        "Sanne",
        "Anne",
        "Lisa",
        "Linda",
        "Monique",
        "Marieke",
        "Esther",
        "Ingrid",
        "Els",
        "Petra",
        "Sandra",
        "Karin",
        "Ellen",
        "Anja",
        "Marjolein",
        "Femke",
        "Sophie",
        "Eva",
        "Maria",
        "Annemiek",
        "Wilma",
        "Ria",
        "Inge",
        "Joke",
    ]
)
NL_LAST = [
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
    "de Bruin",
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
    "Kuijpers",
    "Postma",
    "Kramer",
    "van Wijk",
    "Timmermans",
    "Bijl",
    "Scholten",
    "Wijnands",
]
NL_LAST_Z = zipf(NL_LAST, 1.0, 3.0)
BE_FIRST_M = zipf(
    [
        "Jan",
        "Luc",
        "Marc",
        "Peter",
        "Bart",
        "Koen",
        "Tom",
        "Wim",
        "Dirk",
        "Geert",
        "Kris",
        "Pieter",
        "Wouter",
        "Jens",
        "Stijn",
        "Filip",
        "Johan",
        "Patrick",
        "Steven",
        "Kurt",
        "Joris",
        "Sven",
        "Tim",
    ]
)
BE_FIRST_F = zipf(
    [
        "Els",
        "An",
        "Sofie",
        "Katrien",
        "Lieve",
        "Hilde",
        "Sarah",
        "Lotte",
        "Nathalie",
        "Ann",
        "Veerle",
        "Greet",
        "Kathleen",
        "Evelien",
        "Liesbeth",
        "Inge",
        "Karen",
        "Nele",
        "Leen",
        "Marleen",
    ]
)
BE_LAST = [
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
    "Vermeulen",
    "Van Damme",
    "Hermans",
    "Aerts",
    "Michiels",
    "Lambrechts",
    "Martens",
    "Desmet",
    "De Clercq",
    "Verstraete",
    "Stevens",
    "Claeys",
    "Smets",
    "Van de Velde",
    "Pauwels",
    "Segers",
    "Cools",
    "Vandenberghe",
    "De Wilde",
    "Dierckx",
    "Verhoeven",
    "Van den Broeck",
    "Geerts",
    "Hendrickx",
    "Van Dyck",
    "Wuyts",
    "De Backer",
    "Coppens",
    "Bogaerts",
    "Van Hoof",
    "Thijs",
    "Leysen",
    "Vervoort",
    "Van Rompuy",
    "Luyten",
    "Meeus",
]
BE_LAST_Z = zipf(BE_LAST, 1.0, 3.0)
EN_FIRST_M = zipf(
    [
        "James",
        "John",
        "David",
        "Michael",
        "Paul",
        "Andrew",
        "Mark",
        "Richard",
        "Robert",
        "Stephen",
        "Christopher",
        "Daniel",
        "Thomas",
        "Matthew",
        "William",
        "Anthony",
        "Peter",
        "Gary",
        "Simon",
        "Ian",
        "Jack",
        "Liam",
        "Ben",
        "Sam",
    ]
)
EN_FIRST_F = zipf(
    [
        "Sarah",
        "Emma",
        "Claire",
        "Lisa",
        "Helen",
        "Rachel",
        "Laura",
        "Karen",
        "Nicola",
        "Louise",
        "Jennifer",
        "Elizabeth",
        "Katherine",
        "Susan",
        "Joanne",
        "Amanda",
        "Rebecca",
        "Victoria",
        "Margaret",
        "Jane",
        "Chloe",
        "Olivia",
    ]
)
GB_LAST = [
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Johnson",
    "Roberts",
    "Robinson",
    "Thompson",
    "Wright",
    "Walker",
    "White",
    "Edwards",
    "Hughes",
    "Green",
    "Hall",
    "Lewis",
    "Harris",
    "Clarke",
    "Patel",
    "Jackson",
    "Wood",
    "Turner",
    "Martin",
    "Cooper",
    "Hill",
    "Ward",
    "Morris",
    "Moore",
    "Clark",
    "Lee",
    "King",
    "Baker",
    "Harrison",
    "Morgan",
    "Allen",
    "Khan",
    "Singh",
    "Murphy",
    "Campbell",
    "Stewart",
]
AU_LAST = [
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "Wilson",
    "Taylor",
    "Johnson",
    "White",
    "Martin",
    "Anderson",
    "Thompson",
    "Nguyen",
    "Thomas",
    "Walker",
    "Harris",
    "Lee",
    "Ryan",
    "Robinson",
    "Kelly",
    "King",
    "Davis",
    "Wright",
    "Evans",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Chen",
    "Wang",
    "Singh",
    "Murphy",
    "O'Brien",
    "Mitchell",
    "Campbell",
]
GB_LAST_Z = zipf(GB_LAST, 1.0, 2.0)
AU_LAST_Z = zipf(AU_LAST, 1.0, 2.0)
CN_SURNAME = zipf(
    [
        "Tan",
        "Lim",
        "Lee",
        "Wong",
        "Ng",
        "Chong",
        "Ong",
        "Teh",
        "Chan",
        "Goh",
        "Yap",
        "Low",
        "Chin",
        "Khoo",
        "Ho",
        "Koh",
        "Chua",
        "Teo",
        "Foo",
        "Lau",
        "Leong",
        "Liew",
        "Yeo",
        "Sim",
        "Toh",
    ],
    1.0,
    1.5,
)
CN_GIVEN_M = zipf(
    [
        "Wei Ming",
        "Chee Keong",
        "Kah Wai",
        "Boon Hock",
        "Wei Jie",
        "Kok Leong",
        "Chun Hong",
        "Yong Sheng",
        "Kim Hock",
        "Beng Huat",
        "Zhi Hao",
        "Jun Wei",
        "Ah Kow",
        "Wei Liang",
        "Kian Seng",
    ]
)
CN_GIVEN_F = zipf(
    [
        "Mei Ling",
        "Siew Lan",
        "Li Ying",
        "Hui Min",
        "Jia Hui",
        "Soo Fen",
        "Pei Shan",
        "Siew Mei",
        "Xin Yi",
        "Shu Fen",
        "Mei Fong",
        "Li Na",
        "Hui Ling",
    ]
)
CN_ENGLISH_M = zipf(
    [
        "Jason",
        "Kelvin",
        "Alvin",
        "Jacky",
        "Eric",
        "Desmond",
        "Kenny",
        "Raymond",
        "Benjamin",
        "Derrick",
        "Calvin",
        "Melvin",
        "Gary",
        "Stanley",
        "Vincent",
        "Daniel",
    ]
)
CN_ENGLISH_F = zipf(
    [
        "Michelle",
        "Vivian",
        "Winnie",
        "Jessica",
        "Jasmine",
        "Ivy",
        "Shirley",
        "Grace",
        "Serene",
        "Adeline",
        "Sharon",
        "Joanne",
        "Wendy",
        "Cheryl",
    ]
)
MALAY_M = zipf(
    [
        "Muhammad",
        "Ahmad",
        "Mohd",
        "Mohamad",
        "Amir",
        "Hafiz",
        "Azman",
        "Zulkifli",
        "Faizal",
        "Rosli",
        "Hakim",
        "Firdaus",
        "Syafiq",
        "Aiman",
        "Khairul",
        "Razak",
        "Ismail",
    ]
)
MALAY_F = zipf(
    [
        "Nur Aisyah",
        "Siti Aminah",
        "Nurul Huda",
        "Farah",
        "Aisyah",
        "Nor Azlina",
        "Zarina",
        "Rohana",
        "Salmah",
        "Fatimah",
        "Noraini",
        "Nurul Izzah",
        "Siti Nurhaliza",
        "Hidayah",
    ]
)
MALAY_FATHER = zipf(
    [
        "Abdullah",
        "Ismail",
        "Ibrahim",
        "Hassan",
        "Ahmad",
        "Othman",
        "Yusof",
        "Abdul Rahman",
        "Ali",
        "Osman",
        "Hamid",
        "Razak",
        "Mohamad",
        "Sulaiman",
        "Omar",
        "Harun",
        "Kassim",
        "Jaafar",
        "Salleh",
    ]
)
INDIAN_M = zipf(["Rajesh", "Kumar", "Suresh", "Ganesh", "Ravi", "Prakash", "Arun", "Vijay", "Siva", "Muthu"])
INDIAN_F = zipf(["Priya", "Kavitha", "Lakshmi", "Devi", "Shanti", "Malar", "Anitha", "Revathi"])
INDIAN_FATHER = zipf(
    [
        "Subramaniam",
        "Muniandy",
        "Krishnan",
        "Ramasamy",
        "Raju",
        "Arumugam",
        "Gopal",
        "Perumal",
        "Govindasamy",
        "Maniam",
    ]
)

NICK = {
    "Budi": "Bud",
    "Muhammad": "Mamad",
    "Agus": "Gus",
    "Ahmad": "Mamat",
    "Hendra": "Hen",
    "Rizky": "Kiki",
    "Dewi": "Uwi",
    "Fitri": "Fifi",
    "Yuni": "Yun",
    "Bambang": "Bams",
    "Slamet": "Met",
    "Putri": "Put",
    "Wahyu": "Yuyu",
    "Andi": "Andy",
    "Joko": "Jack",
    "Iwan": "Wawan",
    "Ratna": "Nana",
    "Novi": "Vivi",
    "Michael": "Mike",
    "Kevin": "Kev",
    "Yohanes": "Hans",
    "Dedi": "Ded",
    "Siti": "Titi",
    "Indah": "Inda",
    "Willem": "Wim",
    "Pieter": "Piet",
    "Thomas": "Tom",
    "Gerrit": "Gert",
    "Johan": "Joop",
    "Marjolein": "Marjo",
    "Annemiek": "Miek",
    "Femke": "Fem",
    "Richard": "Rick",
    "Katrien": "Trien",
    "Liesbeth": "Lies",
    "Evelien": "Eef",
    "Stijn": "Stijnie",
    "William": "Bill",
    "Robert": "Bob",
    "James": "Jim",
    "Elizabeth": "Liz",
    "Katherine": "Kate",
    "Christopher": "Chris",
    "Jennifer": "Jen",
    "Daniel": "Dan",
    "Matthew": "Matt",
    "Anthony": "Tony",
    "Stephen": "Steve",
    "Margaret": "Maggie",
    "Andrew": "Andy",
    "Rebecca": "Becky",
    "Victoria": "Vicky",
    "Susan": "Sue",
    "Nicola": "Nicky",
    "Peter": "Pete",
    "David": "Dave",
    "Joanne": "Jo",
    "Mohd": "Mat",
    "Mohamad": "Mat",
    "Zulkifli": "Zul",
    "Khairul": "Khai",
    "Nur Aisyah": "Aisyah",
    "Siti Aminah": "Aminah",
    "Nurul Huda": "Huda",
    "Nor Azlina": "Lina",
    "Hafiz": "Apis",
    "Firdaus": "Daus",
    "Syafiq": "Afiq",
    "Fatimah": "Timah",
    "Noraini": "Aini",
    "Nurul Izzah": "Izzah",
    "Siti Nurhaliza": "Liza",
    "Rajesh": "Raj",
    "Lakshmi": "Lucky",
}

TITLES = {
    "ID": {
        "m": pick([("Bapak", 30), ("Bpk.", 20), ("Bp.", 8), ("Pak", 25), ("Ir.", 5), ("Dr.", 4), ("H.", 8)]),
        "f": pick([("Ibu", 50), ("Bu", 25), ("Ny.", 8), ("Dr.", 5), ("Hj.", 12)]),
    },
    "NL": {
        "m": pick(
            [("Dhr.", 45), ("de heer", 15), ("Hr.", 8), ("ir.", 10), ("drs.", 8), ("mr.", 6), ("ing.", 8)]
        ),
        "f": pick([("Mevr.", 45), ("Mw.", 20), ("mevrouw", 12), ("drs.", 10), ("mr.", 8), ("dr.", 5)]),
    },
    "BE": {
        "m": pick([("Dhr.", 45), ("De heer", 20), ("Meneer", 10), ("ir.", 15), ("dr.", 10)]),
        "f": pick([("Mevr.", 50), ("Mevrouw", 25), ("Mw.", 10), ("dr.", 15)]),
    },
    "MY": {
        "m": pick(
            [("Encik", 25), ("En.", 10), ("Mr", 25), ("Dato'", 8), ("Dr", 10), ("Tuan", 12), ("Haji", 10)]
        ),
        "f": pick(
            [("Puan", 30), ("Pn.", 10), ("Cik", 10), ("Ms", 20), ("Mrs", 10), ("Datin", 5), ("Madam", 15)]
        ),
    },
    "SG": {
        "m": pick([("Mr", 70), ("Mr.", 20), ("Dr", 10)]),
        "f": pick([("Ms", 45), ("Mrs", 20), ("Mdm", 25), ("Dr", 10)]),
    },
    "GB": {
        "m": pick([("Mr", 60), ("Mr.", 25), ("Dr", 15)]),
        "f": pick([("Mrs", 35), ("Ms", 35), ("Miss", 15), ("Dr", 15)]),
    },
    "AU": {
        "m": pick([("Mr", 65), ("Mr.", 25), ("Dr", 10)]),
        "f": pick([("Mrs", 35), ("Ms", 40), ("Miss", 15), ("Dr", 10)]),
    },
}


def surname(rng, cc, gender="m"):
    """A family name: a Zipf head of common names (about half) or a synthesised rarer one."""
    if cc == "ID":
        if rng.random() < 0.5:
            return (ID_LAST_M if gender == "m" else ID_LAST_F)(rng)
        return rng.choice(ID_TAIL_A) + rng.choice(ID_TAIL_B if gender == "m" else ID_TAIL_F)
    if cc == "NL":
        if rng.random() < 0.55:
            return NL_LAST_Z(rng)
        return rng.choice(NL_TAIL_P) + rng.choice(NL_TAIL_A) + rng.choice(NL_TAIL_B)
    if cc == "BE":
        if rng.random() < 0.55:
            return BE_LAST_Z(rng)
        a, b = rng.choice(BE_TAIL_A), rng.choice(BE_TAIL_B)
        if a == "Ver":
            return a + b.lower()
        return f"{a} {b}" if a else b + rng.choice(("", "s", "ns"))
    if rng.random() < 0.5:
        return (GB_LAST_Z if cc == "GB" else AU_LAST_Z)(rng)
    return rng.choice(EN_TAIL_A) + rng.choice(EN_TAIL_B)


# ----------------------------------------------------------------------------- companies

ID_W1 = zipf(
    [
        "Sinar",
        "Sumber",
        "Cahaya",
        "Karya",
        "Berkah",
        "Maju",
        "Putra",
        "Mitra",
        "Jaya",
        "Surya",
        "Bintang",
        "Mulia",
        "Citra",
        "Anugerah",
        "Indo",
        "Mega",
        "Harapan",
        "Duta",
        "Agung",
        "Sarana",
        "Prima",
        "Mandiri",
        "Setia",
        "Tunas",
        "Aneka",
        "Sentosa",
        "Dua",
        "Graha",
        "Kurnia",
        "Rejeki",
        "Abadi",
        "Sentral",
        "Bahtera",
        "Gemilang",
        "Lancar",
        "Mekar",
        "Terang",
        "Murni",
        "Sejahtera",
        "Dharma",
        "Eka",
        "Panca",
        "Tri",
        "Alam",
        "Kencana",
        "Global",
        "Nusa",
        "Usaha",
        "Baru",
        "Family",
        "Harmoni",
        "Pelangi",
        "Matahari",
        "Bumi",
        "Samudra",
        "Rahmat",
        "Hikmah",
        "Insan",
        "Tiga",
    ],
    0.9,
    6.0,
)
ID_W2 = zipf(
    [
        "Jaya",
        "Makmur",
        "Abadi",
        "Sentosa",
        "Mandiri",
        "Sejahtera",
        "Utama",
        "Maju",
        "Berkah",
        "Mulia",
        "Lestari",
        "Agung",
        "Perkasa",
        "Sukses",
        "Indah",
        "Bersama",
        "Gemilang",
        "Persada",
        "Rejeki",
        "Baru",
        "Prima",
        "Santosa",
        "Sakti",
        "Mas",
        "Kencana",
        "Nusantara",
        "Teguh",
        "Langgeng",
        "Barokah",
        "Amanah",
        "Tama",
        "Lancar",
        "Raya",
        "Cemerlang",
        "Karya",
        "Putra",
        "Sehati",
        "Bahagia",
        "Murni",
        "Setia",
        "Harmoni",
        "Pratama",
        "Wijaya",
        "Terang",
        "Sentral",
        "Anugerah",
        "Mitra",
        "Saudara",
        "Timur",
        "Selatan",
        "Indonesia",
        "Kusuma",
        "Mekar",
        "Subur",
    ],
    0.9,
    6.0,
)
ID_STOCK = set(ID_W1.items) | set(ID_W2.items)
ID_TRADE_PRE = pick(
    [
        ("Fotocopy", 14),
        ("Percetakan", 10),
        ("Bengkel", 6),
        ("Apotek", 6),
        ("Rumah Makan", 5),
        ("Laundry", 4),
        ("Toko Buku", 4),
        ("Toko Komputer", 4),
        ("Toko Bangunan", 4),
        ("Warnet", 3),
        ("Konveksi", 3),
        ("Salon", 3),
        ("Optik", 3),
        ("Katering", 3),
        ("Konter HP", 3),
        ("Digital Printing", 3),
        ("Studio Foto", 2),
        ("Bimbel", 2),
        ("Depot Air Minum", 2),
        ("Mebel", 2),
        ("Toko Kue", 2),
        ("Toko Mas", 2),
    ]
)
ID_TRADE_SUF = zipf(
    [
        "Komputer",
        "Elektronik",
        "Teknik",
        "ATK",
        "Stationery",
        "Digital Printing",
        "Furniture",
        "Motor",
        "Grafika",
        "Office",
        "Printing",
        "Computer",
        "Cell",
        "Supplies",
        "Trading",
        "Service",
    ],
    1.0,
    2.0,
)
ID_SHOP_GOODS = pick(
    [("Buku", 3), ("ATK", 3), ("Komputer", 2), ("Elektronik", 2), ("Bangunan", 3), ("Kain", 1)]
)
HEALTH_WORDS = zipf(
    [
        "Sehat",
        "Medika",
        "Husada",
        "Bunda",
        "Sentosa",
        "Keluarga",
        "Mitra",
        "Prima",
        "Harapan",
        "Kasih",
        "Sejahtera",
        "Utama",
        "Permata",
        "Citra",
        "Insani",
        "Mandiri",
        "Pratama",
        "Farma",
        "Medical",
    ]
)

NL_TRADE_PRE = zipf(
    [
        "Bakkerij",
        "Installatiebedrijf",
        "Schildersbedrijf",
        "Autobedrijf",
        "Kapsalon",
        "Administratiekantoor",
        "Tandartspraktijk",
        "Huisartsenpraktijk",
        "Slagerij",
        "Loodgietersbedrijf",
        "Hoveniersbedrijf",
        "Timmerbedrijf",
        "Bouwbedrijf",
        "Transportbedrijf",
        "Fysiotherapie",
        "Makelaardij",
        "Accountantskantoor",
        "Advocatenkantoor",
        "Notariskantoor",
        "Drukkerij",
        "Bloemenhuis",
        "Rijschool",
        "Schoonheidssalon",
        "Dierenartsenpraktijk",
        "Fietsenwinkel",
        "Kantoorvakhandel",
        "Elektrotechniek",
        "Glazenwasserij",
        "Klussenbedrijf",
        "Stukadoorsbedrijf",
    ],
    1.0,
    5.0,
)
NL_TRADE_SUF = zipf(
    [
        "Installatietechniek",
        "Schilderwerken",
        "Bouw",
        "Transport",
        "Administratie",
        "Advies",
        "Makelaardij",
        "Tweewielers",
        "Elektro",
        "ICT",
        "Accountants",
        "Hoveniers",
        "Dakwerken",
        "Timmerwerken",
        "Keukens",
        "Verhuur",
        "Interieur",
        "Metaal",
        "Techniek",
        "Schoonmaak",
    ],
    1.0,
    2.0,
)
BE_TRADE_PRE = zipf(
    [
        "Bakkerij",
        "Beenhouwerij",
        "Schrijnwerkerij",
        "Dakwerken",
        "Elektriciteitswerken",
        "Verzekeringskantoor",
        "Boekhoudkantoor",
        "Kapsalon",
        "Apotheek",
        "Tandartspraktijk",
        "Huisartsenpraktijk",
        "Garage",
        "Drukkerij",
        "Frituur",
        "Bouwonderneming",
        "Schilderwerken",
        "Sanitair",
        "Optiek",
        "Bloemenwinkel",
        "Fietsen",
        "Kantoorbenodigdheden",
        "Immo",
        "Advocatenkantoor",
        "Notariaat",
    ],
    1.0,
    5.0,
)
BE_TRADE_SUF = zipf(
    [
        "Bouw",
        "Elektro",
        "Dakwerken",
        "Renovatie",
        "Transport",
        "Consult",
        "Verzekeringen",
        "Boekhouding",
        "ICT",
        "Schrijnwerkerij",
        "Interieur",
        "Sanitair",
        "Tuinaanleg",
        "Verwarming",
    ],
    1.0,
    2.0,
)
NL_STEM = zipf(
    [
        "ICT",
        "Kantoor",
        "Office",
        "Print",
        "Copy",
        "Data",
        "Tech",
        "Web",
        "Net",
        "Smart",
        "Pro",
        "Easy",
        "Green",
        "Multi",
        "Euro",
        "Digi",
        "Media",
        "Buro",
        "Quick",
        "Flex",
    ],
    1.0,
    4.0,
)
NL_STEM_SUF = zipf(
    [
        "Partners",
        "Service",
        "Solutions",
        "Center",
        "Plus",
        "Direct",
        "Totaal",
        "Point",
        "Support",
        "Works",
        "Store",
        "Shop",
        "Expert",
        "Concept",
        "Company",
    ],
    1.0,
    4.0,
)
NL_REGION = uniform(
    ["Twente", "Brabant", "Achterhoek", "Westland", "Veluwe", "Limburg", "Friesland", "Noord"]
)
BE_REGION = uniform(
    ["Kempen", "Waasland", "Westhoek", "Limburg", "Meetjesland", "Pajottenland", "Vlaanderen"]
)

MY_WORD = zipf(
    [
        "Maju",
        "Jaya",
        "Bina",
        "Cahaya",
        "Sinar",
        "Bintang",
        "Mutiara",
        "Indah",
        "Setia",
        "Harapan",
        "Sri",
        "Perdana",
        "Gemilang",
        "Murni",
        "Bestari",
        "Wira",
        "Mega",
        "Delima",
        "Seri",
        "Impian",
        "Makmur",
        "Sejahtera",
        "Usaha",
        "Teguh",
        "Bakti",
    ],
    0.95,
    4.0,
)
MY_SHOP_PREFIX = ["Kedai Runcit", "Kedai Buku", "Syarikat", "Perniagaan", "Pusat Fotostat"]
CN_TRADE_NAME = zipf(
    [
        "Hup Seng",
        "Kim Hin",
        "Soon Huat",
        "Ban Lee",
        "Hock Seng",
        "Teck Guan",
        "Chuan Huat",
        "Seng Heng",
        "Kah Hing",
        "Guan Hin",
        "Thye Hin",
        "Yew Lee",
        "Heng Seng",
        "Wah Fatt",
        "Sin Chew",
        "Kim Seng",
        "Tong Hing",
        "Lian Hup",
        "Ban Hock",
        "Choon Lee",
        "Eng Hin",
        "Hock Hin",
        "Seng Lee",
        "Tat Seng",
        "Kwong Fatt",
        "Nam Hing",
        "Sin Hock",
        "Joo Seng",
        "Hong Leong",
        "Chip Seng",
    ],
    1.0,
    4.0,
)
MY_TRADE = zipf(
    [
        "Trading",
        "Services",
        "Stationery",
        "Printing",
        "Hardware",
        "Engineering",
        "Computer",
        "Resources",
        "Technology",
        "Office Supplies",
        "Electrical",
        "Marketing",
        "Book Store",
        "Motor",
    ],
    1.0,
    4.0,
)
SG_ADJ = zipf(
    [
        "Golden",
        "Pacific",
        "Asia",
        "Eastern",
        "Prime",
        "Apex",
        "Pinnacle",
        "Orchid",
        "Lion City",
        "Merlion",
        "Sunrise",
        "Everbright",
        "Evergreen",
        "Jade",
        "Red Dot",
        "Alpha",
        "Global",
        "Sino",
        "Unity",
        "Victory",
        "Star",
        "Oriental",
        "Royal",
        "Summit",
        "Premier",
    ],
    1.0,
    4.0,
)
SG_TRADE = zipf(
    [
        "Trading",
        "Engineering",
        "Services",
        "Office Supplies",
        "Technologies",
        "Solutions",
        "Logistics",
        "Renovation",
        "Printing",
        "Marketing",
        "Consultancy",
        "Electrical",
        "Stationery",
        "Distribution",
    ],
    1.0,
    4.0,
)
EN_ADJ = {
    "GB": zipf(
        [
            "Premier",
            "Elite",
            "Advance",
            "Apex",
            "City",
            "County",
            "Metro",
            "Crown",
            "Royal",
            "Prime",
            "First Choice",
            "Northern",
            "Southern",
            "Pennine",
            "Thames",
            "Riverside",
            "Oak",
            "Phoenix",
            "Swift",
            "Acorn",
            "Heritage",
            "Quality",
            "Excel",
            "Allied",
            "Central",
        ],
        1.0,
        2.0,
    ),
    "AU": zipf(
        [
            "Coastal",
            "Southern Cross",
            "Harbour",
            "Bayside",
            "Outback",
            "Eastern",
            "Pacific",
            "Sunshine",
            "Golden Wattle",
            "Metro",
            "Premier",
            "Elite",
            "Summit",
            "Red Gum",
            "Blue Gum",
            "Ironbark",
            "Southern",
            "Northern",
            "Apex",
            "Ace",
            "True Blue",
            "Harbourside",
            "Seaside",
            "Coral",
            "Bluewater",
        ],
        1.0,
        2.0,
    ),
}
EN_TRADE = {
    "GB": zipf(
        [
            "Plumbing",
            "Electrical",
            "Accountants",
            "Joinery",
            "Builders",
            "Motors",
            "Dental Care",
            "Estate Agents",
            "Solicitors",
            "Printing",
            "IT Services",
            "Office Supplies",
            "Roofing",
            "Decorators",
            "Opticians",
            "Pharmacy",
            "Glazing",
            "Landscapes",
            "Cleaning Services",
            "Removals",
        ],
        1.0,
        2.0,
    ),
    "AU": zipf(
        [
            "Plumbing",
            "Electrical",
            "Accounting",
            "Building",
            "Landscaping",
            "Cleaning Services",
            "Dental",
            "Physio",
            "IT Solutions",
            "Office Supplies",
            "Printing",
            "Real Estate",
            "Conveyancing",
            "Carpentry",
            "Roofing",
            "Painting",
            "Auto Repairs",
            "Pharmacy",
        ],
        1.0,
        2.0,
    ),
}

# legal forms: key -> (templates, weights, moved templates, country)
LF = {
    "PT": (["PT {}", "PT. {}", "P.T. {}"], [70, 25, 5], ["{}, PT", "{} PT", "{}, PT."], "ID"),
    "CV": (["CV {}", "CV. {}", "C.V. {}"], [70, 25, 5], ["{}, CV", "{} CV", "{}, CV."], "ID"),
    "UD": (["UD {}", "UD. {}", "U.D. {}"], [70, 25, 5], ["{}, UD", "{} UD"], "ID"),
    "TBK": (["PT {} Tbk", "PT {} Tbk.", "PT. {} Tbk"], [60, 25, 15], ["{} Tbk", "{}, PT Tbk"], "ID"),
    "TOKO": (["Toko {}", "Tk. {}", "TOKO {}"], [80, 12, 8], [], "ID"),
    "BV_NL": (["{} B.V.", "{} BV", "{} bv", "{} B.V"], [50, 40, 5, 5], ["BV {}", "B.V. {}"], "NL"),
    "VOF_NL": (["{} V.O.F.", "{} VOF", "{} v.o.f."], [45, 45, 10], ["VOF {}", "V.O.F. {}"], "NL"),
    "BV_BE": (
        ["{} BV", "{} bv", "{} B.V.", "{} BVBA", "{} bvba"],
        [45, 10, 20, 18, 7],
        ["BV {}", "BVBA {}"],
        "BE",
    ),
    "NV_BE": (["{} NV", "{} N.V.", "{} nv"], [60, 30, 10], ["NV {}"], "BE"),
    "COMMV_BE": (["{} CommV", "{} Comm.V", "{} Comm. V."], [70, 20, 10], [], "BE"),
    "VOF_BE": (["{} VOF", "{} V.O.F."], [70, 30], ["VOF {}"], "BE"),
    "SDNBHD": (["{} Sdn Bhd", "{} Sdn. Bhd.", "{} SDN BHD", "{} Sdn.Bhd."], [55, 30, 10, 5], [], "MY"),
    "ENT": (["{} Enterprise", "{} Ent.", "{} Enterprises"], [80, 12, 8], [], "MY"),
    "PLT": (["{} PLT"], [1], [], "MY"),
    "PTELTD": (
        ["{} Pte Ltd", "{} Pte. Ltd.", "{} PTE LTD", "{} Pte.Ltd", "{} Private Limited"],
        [55, 30, 8, 4, 3],
        [],
        "SG",
    ),
    "LLP_SG": (["{} LLP"], [1], [], "SG"),
    "LTD": (["{} Ltd", "{} Ltd.", "{} Limited", "{} LTD"], [55, 15, 25, 5], [], "GB"),
    "LLP_GB": (["{} LLP"], [1], [], "GB"),
    "PTYLTD": (
        ["{} Pty Ltd", "{} Pty. Ltd.", "{} PTY LTD", "{} Pty Limited"],
        [70, 15, 10, 5],
        ["{} P/L"],
        "AU",
    ),
    "LTD_AU": (["{} Ltd", "{} Limited"], [70, 30], [], "AU"),
}
LF_PICK = {k: Pick(v[0], v[1]) for k, v in LF.items()}
# another real legal form for the legal_form negative
LF_ALT = {
    "PT": ["CV", "UD"],
    "CV": ["PT", "UD"],
    "UD": ["CV", "PT"],
    "BV_NL": ["VOF_NL"],
    "VOF_NL": ["BV_NL"],
    "BV_BE": ["NV_BE", "COMMV_BE", "VOF_BE"],
    "NV_BE": ["BV_BE"],
    "COMMV_BE": ["BV_BE"],
    "VOF_BE": ["BV_BE"],
    "SDNBHD": ["ENT", "PLT", "PTELTD"],
    "ENT": ["SDNBHD"],
    "PLT": ["SDNBHD"],
    "PTELTD": ["LLP_SG", "SDNBHD"],
    "LLP_SG": ["PTELTD"],
    "LTD": ["LLP_GB"],
    "LLP_GB": ["LTD"],
    "PTYLTD": ["LTD_AU"],
    "LTD_AU": ["PTYLTD"],
}
LF_TOKENS = {
    "pt",
    "cv",
    "ud",
    "tbk",
    "toko",
    "tk",
    "bv",
    "vof",
    "nv",
    "bvba",
    "commv",
    "comm",
    "sdn",
    "bhd",
    "pte",
    "ltd",
    "limited",
    "llp",
    "plc",
    "pty",
    "plt",
    "enterprise",
    "enterprises",
    "ent",
    "private",
    "pl",
    "v",
}

FRANCHISE = {
    "ID": [
        "Indomaret",
        "Alfamart",
        "Alfamidi",
        "Apotek K-24",
        "Apotek Kimia Farma",
        "Primagama",
        "Ganesha Operation",
        "Laundry Klin",
        "Kebab Baba Rafi",
    ],
    "NL": ["Primera", "Bruna", "Spar", "Hubo", "Karwei", "Kumon", "Mail Boxes Etc.", "Multivlaai"],
    "BE": ["Spar", "Proxy Delhaize", "Carrefour Express", "Hubo", "Standaard Boekhandel", "Club", "Kumon"],
    "MY": ["KK Mart", "myNEWS", "Kumon", "Secret Recipe", "Eye Level", "Popular Bookstore"],
    "SG": ["Kumon", "Eye Level", "Mr Bean", "Cheers", "Popular", "Mail Boxes Etc."],
    "GB": [
        "Subway",
        "Costa Coffee",
        "Spar",
        "Snap Fitness",
        "Kumon",
        "Mail Boxes Etc.",
        "Kall Kwik",
        "Londis",
    ],
    "AU": ["IGA", "Jim's Mowing", "Snap Fitness", "Kumon", "Mail Boxes Etc.", "Cartridge World", "Foodworks"],
}
FRANCHISE_PICK = {cc: zipf(v, 1.0, 1.5) for cc, v in FRANCHISE.items()}

ID_SCHOOL_LEVEL = pick(
    [("SD", 35), ("SMP", 20), ("SMA", 12), ("SMK", 12), ("TK", 12), ("MI", 5), ("PAUD", 4)]
)
ID_SCHOOL_TYPE = pick(
    [
        ("Kristen", 20),
        ("Katolik", 12),
        ("Islam", 22),
        ("Islam Terpadu", 14),
        ("Muhammadiyah", 12),
        ("Plus", 5),
        ("", 15),
    ]
)
ID_FOUNDATION = zipf(
    [
        "Petra",
        "Kalam Kudus",
        "Santa Maria",
        "Santo Yusup",
        "Al-Azhar",
        "Nurul Fikri",
        "Al-Hikmah",
        "Harapan Bangsa",
        "Tunas Bangsa",
        "Bina Insani",
        "Cahaya Bangsa",
        "Pelita Harapan",
        "Budi Mulia",
        "Tunas Harapan",
        "Mutiara Bunda",
        "Al-Falah",
        "Darul Ulum",
        "Insan Cendekia",
        "Bakti Mulia",
        "Penabur",
        "Tarakanita",
        "Santa Ursula",
        "Global Mandiri",
    ],
    1.0,
    2.0,
)
SCHOOL_NUMBER = Pick(range(1, 13), [12 / k for k in range(1, 13)])
ID_CLINIC = pick(
    [
        ("Klinik Pratama", 30),
        ("Klinik Gigi", 18),
        ("Klinik Utama", 8),
        ("Klinik", 20),
        ("RSIA", 6),
        ("Laboratorium Klinik", 5),
        ("Klinik Kecantikan", 8),
        ("Apotek", 5),
    ]
)
NL_INST_NAME = zipf(
    [
        "De Regenboog",
        "De Wegwijzer",
        "Het Kompas",
        "De Fontein",
        "De Klimop",
        "De Vlinder",
        "De Zonnebloem",
        "'t Klavertje",
        "De Linde",
        "De Eik",
        "Het Baken",
        "De Ark",
        "De Bron",
        "Het Palet",
        "De Horizon",
        "De Kameleon",
        "Het Anker",
        "De Schakel",
        "De Wilgen",
        "Sint-Jozef",
        "Sint-Maarten",
        "De Boomgaard",
    ],
    1.0,
    2.0,
)
NL_SCHOOL = pick(
    [
        ("Basisschool", 30),
        ("CBS", 15),
        ("OBS", 15),
        ("RKBS", 8),
        ("Kindcentrum", 12),
        ("IKC", 5),
        ("Huisartsenpraktijk", 15),
        ("Tandartspraktijk", 12),
        ("Gezondheidscentrum", 6),
        ("Fysiotherapie", 10),
        ("Apotheek", 5),
    ]
)
BE_SCHOOL = pick(
    [
        ("Vrije Basisschool", 30),
        ("VBS", 10),
        ("GO! Basisschool", 12),
        ("Gemeentelijke Basisschool", 10),
        ("Huisartsenpraktijk", 15),
        ("Wijkgezondheidscentrum", 6),
        ("Tandartspraktijk", 10),
        ("Kinesitherapie", 8),
    ]
)
MY_INST = pick(
    [
        ("SK Taman", 20),
        ("SJK(C)", 14),
        ("Tadika", 14),
        ("Pusat Tuisyen", 10),
        ("Klinik", 20),
        ("Klinik Pergigian", 12),
        ("Poliklinik", 10),
    ]
)
CN_SCHOOL = zipf(["Chung Hwa", "Kuen Cheng", "Yuk Chai", "Puay Chai", "Chung Cheng", "Kwang Hwa"])
EN_INST_NAME = zipf(
    [
        "St Mary's",
        "St John's",
        "St Peter's",
        "Holy Trinity",
        "Christ Church",
        "Oakwood",
        "Riverside",
        "Meadowbank",
        "Hillside",
        "Park View",
        "Greenfield",
        "Elmwood",
        "St Joseph's",
        "Sacred Heart",
    ],
    1.0,
    2.0,
)
EN_INST_SUF = {
    "GB": pick(
        [
            ("Primary School", 30),
            ("C of E Primary School", 10),
            ("Academy", 15),
            ("Infant School", 8),
            ("Medical Centre", 15),
            ("Surgery", 10),
            ("Dental Practice", 12),
        ]
    ),
    "AU": pick(
        [
            ("Primary School", 30),
            ("Catholic Primary School", 10),
            ("Early Learning Centre", 15),
            ("Family Medical Centre", 15),
            ("Medical Centre", 10),
            ("Dental", 12),
            ("Physiotherapy", 8),
        ]
    ),
    "SG": pick(
        [
            ("Kindergarten", 20),
            ("Learning Centre", 20),
            ("Student Care", 10),
            ("Medical Clinic", 20),
            ("Family Clinic", 15),
            ("Dental Surgery", 15),
        ]
    ),
}

# company kinds by country (ordinary prospects)
KINDS = {
    "ID": pick(
        [
            ("office", 30),
            ("shop", 30),
            ("trade", 16),
            ("suffix", 10),
            ("inst", 7),
            ("chain", 3),
            ("franchise", 4),
        ]
    ),
    "NL": pick(
        [
            ("family_trade", 38),
            ("family_suffix", 16),
            ("gebr", 5),
            ("brand", 18),
            ("inst", 12),
            ("chain", 5),
            ("franchise", 6),
        ]
    ),
    "BE": pick(
        [
            ("family_trade", 38),
            ("family_suffix", 16),
            ("gebr", 5),
            ("brand", 18),
            ("inst", 12),
            ("chain", 5),
            ("franchise", 6),
        ]
    ),
    "MY": pick(
        [
            ("malay", 26),
            ("cn", 24),
            ("shop", 16),
            ("suffix", 12),
            ("inst", 10),
            ("chain", 5),
            ("franchise", 7),
        ]
    ),
    "SG": pick([("cn", 28), ("adj", 34), ("inst", 16), ("chain", 12), ("franchise", 10)]),
    "GB": pick(
        [
            ("family_sons", 12),
            ("family_trade", 25),
            ("adj", 26),
            ("town_trade", 8),
            ("inst", 15),
            ("chain", 7),
            ("franchise", 7),
        ]
    ),
    "AU": pick(
        [
            ("family_sons", 8),
            ("family_trade", 27),
            ("adj", 28),
            ("town_trade", 8),
            ("inst", 15),
            ("chain", 7),
            ("franchise", 7),
        ]
    ),
}
DOMAIN_P = {
    "office": 0.62,
    "shop": 0.15,
    "trade": 0.18,
    "suffix": 0.35,
    "inst": 0.5,
    "chain": 0.5,
    "franchise": 0.05,
    "family_trade": 0.45,
    "family_suffix": 0.6,
    "gebr": 0.55,
    "brand": 0.75,
    "malay": 0.45,
    "cn": 0.45,
    "adj": 0.6,
    "family_sons": 0.55,
    "town_trade": 0.6,
}
LANDLINE_P = {
    "office": 0.9,
    "shop": 0.55,
    "trade": 0.55,
    "suffix": 0.7,
    "inst": 0.95,
    "chain": 0.9,
    "franchise": 0.8,
}

TLD = {
    "ID": pick([(".co.id", 45), (".com", 30), (".id", 15), (".net", 5), (".web.id", 5)]),
    "NL": pick([(".nl", 90), (".com", 8), (".eu", 2)]),
    "BE": pick([(".be", 85), (".com", 10), (".eu", 5)]),
    "MY": pick([(".com.my", 55), (".com", 40), (".my", 5)]),
    "SG": pick([(".com.sg", 55), (".com", 40), (".sg", 5)]),
    "GB": pick([(".co.uk", 70), (".com", 20), (".uk", 10)]),
    "AU": pick([(".com.au", 85), (".com", 10), (".net.au", 5)]),
}
REBRAND_SUFFIX = {
    "ID": ("group", "indonesia", "id", "indo"),
    "NL": ("groep", "nederland", "online", "nl"),
    "BE": ("groep", "belgie", "online", "be"),
}
INST_TLD = {
    "ID": ".sch.id",
    "NL": ".nl",
    "BE": ".be",
    "MY": ".edu.my",
    "SG": ".edu.sg",
    "GB": ".sch.uk",
    "AU": ".edu.au",
}
PUBLIC = {
    "ID": pick(
        [
            ("gmail.com", 60),
            ("yahoo.com", 12),
            ("yahoo.co.id", 12),
            ("ymail.com", 4),
            ("hotmail.com", 4),
            ("outlook.com", 3),
            ("rocketmail.com", 2),
            ("icloud.com", 1),
        ]
    ),
    "NL": pick(
        [
            ("gmail.com", 30),
            ("hotmail.com", 18),
            ("outlook.com", 10),
            ("ziggo.nl", 12),
            ("kpnmail.nl", 8),
            ("hetnet.nl", 5),
            ("live.nl", 5),
            ("planet.nl", 4),
            ("home.nl", 3),
            ("xs4all.nl", 3),
            ("hotmail.nl", 2),
        ]
    ),
    "BE": pick(
        [
            ("gmail.com", 30),
            ("telenet.be", 25),
            ("skynet.be", 12),
            ("hotmail.be", 10),
            ("hotmail.com", 8),
            ("outlook.be", 5),
            ("proximus.be", 5),
            ("live.be", 5),
        ]
    ),
    "MY": pick(
        [
            ("gmail.com", 50),
            ("yahoo.com", 20),
            ("hotmail.com", 10),
            ("streamyx.com", 8),
            ("outlook.com", 6),
            ("live.com.my", 3),
            ("yahoo.com.my", 3),
        ]
    ),
    "SG": pick(
        [
            ("gmail.com", 45),
            ("yahoo.com.sg", 15),
            ("hotmail.com", 12),
            ("singnet.com.sg", 12),
            ("outlook.com", 8),
            ("starhub.net.sg", 4),
            ("pacific.net.sg", 4),
        ]
    ),
    "GB": pick(
        [
            ("gmail.com", 35),
            ("hotmail.co.uk", 15),
            ("btinternet.com", 12),
            ("yahoo.co.uk", 10),
            ("outlook.com", 10),
            ("sky.com", 8),
            ("live.co.uk", 5),
            ("virginmedia.com", 5),
        ]
    ),
    "AU": pick(
        [
            ("gmail.com", 35),
            ("bigpond.com", 20),
            ("hotmail.com", 10),
            ("outlook.com", 10),
            ("yahoo.com.au", 10),
            ("optusnet.com.au", 8),
            ("icloud.com", 7),
        ]
    ),
}
PUBLIC_SET = {d for p in PUBLIC.values() for d in p.items}
DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmai.com", "gmail.co", "gamil.com", "gmail.con", "gmaill.com"],
    "yahoo.co.id": ["yaho.co.id", "yahoo.co.di", "yahoo.com.id", "yhoo.co.id"],
    "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co", "yahoo.con"],
    "hotmail.com": ["hotmial.com", "hotmail.co", "hotmal.com", "hotnail.com"],
    "outlook.com": ["outlok.com", "outlook.co", "outllook.com"],
    "ziggo.nl": ["zigo.nl", "ziggo.com", "ziggo.n"],
    "telenet.be": ["telnet.be", "telenet.b", "telenet.com"],
    "kpnmail.nl": ["kpnmial.nl", "kpmail.nl", "kpn.nl"],
}
ROLES = {
    "ID": [
        "info",
        "admin",
        "sales",
        "marketing",
        "purchasing",
        "pembelian",
        "finance",
        "keuangan",
        "cs",
        "kantor",
        "office",
        "hrd",
    ],
    "NL": [
        "info",
        "inkoop",
        "administratie",
        "verkoop",
        "sales",
        "office",
        "receptie",
        "boekhouding",
        "planning",
    ],
    "BE": ["info", "administratie", "boekhouding", "aankoop", "office", "sales", "secretariaat"],
    "MY": ["info", "admin", "sales", "purchasing", "accounts", "enquiry", "office", "hr"],
    "SG": ["info", "admin", "sales", "purchasing", "accounts", "enquiries", "office", "operations"],
    "GB": ["info", "enquiries", "accounts", "office", "admin", "sales", "purchasing", "reception"],
    "AU": ["info", "admin", "accounts", "office", "sales", "reception", "enquiries"],
}

PLACEHOLDERS = {
    "ID": ["-", "N/A", "Pribadi", "Perorangan", "Perseorangan", "pribadi", "--", "Tidak ada", "-"],
    "NL": ["-", "N/A", "Particulier", "particulier", "Privé", "nvt", "n.v.t.", "Geen"],
    "BE": ["-", "N/A", "Particulier", "Privé", "particulier", "nvt", "Geen"],
    "MY": ["-", "N/A", "Persendirian", "Private", "Personal", "NA", "none"],
    "SG": ["-", "N/A", "Private", "Personal", "Individual", "NA", "nil"],
    "GB": ["-", "N/A", "Private", "Personal", "Individual", "none", "Self"],
    "AU": ["-", "N/A", "Private", "Personal", "Individual", "none", "Self"],
}
DEPARTMENTS = {
    "id": [
        " - Finance",
        " - Bagian Pembelian",
        " (Keuangan)",
        " Divisi IT",
        " - HRD",
        " / Purchasing",
        " - Bag. Umum",
        " (Accounting)",
        " - Tata Usaha",
    ],
    "nl": [
        " t.a.v. inkoop",
        " t.a.v. administratie",
        " - afd. Inkoop",
        " / Administratie",
        " (afdeling ICT)",
        " t.a.v. de directie",
        " - Facilitair",
        " t.a.v. boekhouding",
    ],
    "en": [
        " - Finance",
        " (Accounts Dept)",
        " - Purchasing",
        " Attn: Accounts",
        " / IT Department",
        " c/o Finance",
        " - Admin Dept",
        " (Procurement)",
    ],
}

# ----------------------------------------------------------------------------- channels

CHANNELS = {
    "ID": pick(
        [
            ("web", 20),
            ("email", 14),
            ("phone", 14),
            ("whatsapp", 28),
            ("fair", 4),
            ("import", 8),
            ("portal", 9),
            ("referral", 3),
        ]
    ),
    "NL": pick(
        [
            ("web", 34),
            ("email", 22),
            ("phone", 16),
            ("whatsapp", 4),
            ("fair", 7),
            ("import", 9),
            ("portal", 5),
            ("referral", 3),
        ]
    ),
    "MY": pick(
        [
            ("web", 24),
            ("email", 18),
            ("phone", 12),
            ("whatsapp", 22),
            ("fair", 5),
            ("import", 8),
            ("portal", 8),
            ("referral", 3),
        ]
    ),
    "SG": pick(
        [
            ("web", 28),
            ("email", 22),
            ("phone", 12),
            ("whatsapp", 14),
            ("fair", 6),
            ("import", 8),
            ("portal", 7),
            ("referral", 3),
        ]
    ),
    "GB": pick(
        [
            ("web", 34),
            ("email", 24),
            ("phone", 18),
            ("whatsapp", 2),
            ("fair", 7),
            ("import", 8),
            ("portal", 4),
            ("referral", 3),
        ]
    ),
}
CHANNELS["BE"] = CHANNELS["NL"]
CHANNELS["AU"] = CHANNELS["GB"]
# p(company shown), p(contact), p(email), p(phone), p(country), p("Name <addr>")
PRESENCE = {
    "web": (0.80, 0.97, 0.99, 0.65, 0.85, 0.03),
    "email": (0.65, 0.85, 1.0, 0.40, 0.35, 0.5),
    "phone": (0.80, 0.92, 0.25, 1.0, 0.70, 0.0),
    "whatsapp": (0.45, 0.85, 0.12, 1.0, 0.55, 0.0),
    "fair": (0.95, 0.99, 0.90, 0.75, 0.90, 0.0),
    "import": (0.88, 0.85, 0.70, 0.80, 0.40, 0.08),
    "portal": (0.60, 0.92, 0.85, 0.85, 0.95, 0.1),
    "referral": (0.80, 0.95, 0.55, 0.70, 0.60, 0.05),
}

LEADS_PER_PROSPECT = pick([(1, 55), (2, 18), (3, 10), (4, 6), (5, 4.5), (6, 3), (7, 2), (8, 1.5)])
NOISE_COUNT = pick([(0, 18), (1, 42), (2, 28), (3, 12)])
NOISE_W = [
    ("colleague", 12),
    ("legal_form", 12),
    ("case_space", 10),
    ("company_typo", 7),
    ("contact_typo", 6),
    ("name_order", 4),
    ("title", 7),
    ("initials", 3),
    ("nickname", 3),
    ("first_name", 5),
    ("private_mail", 7),
    ("email_typo", 3),
    ("old_spelling", 3),
    ("ij_y", 3),
    ("abbreviation", 4),
    ("phone_typo", 3),
    ("lost_zero", 3),
    ("rebrand", 2),
    ("phone_only", 2),
    ("department", 3),
    ("other_branch", 4),
]
NOISE_ORDER = [t for t, _ in NOISE_W]
NAME_FORMS = {"name_order", "initials", "nickname", "first_name"}
COMPANY_NOISE = {
    "legal_form",
    "company_typo",
    "old_spelling",
    "ij_y",
    "abbreviation",
    "department",
    "other_branch",
}
HARD_POSITIVE_SHARE = 0.01
NEG_SHARE = 0.155
NEG_KINDS = pick(
    [
        ("namesake", 12),
        ("extra_word", 9),
        ("word_order", 8),
        ("family", 8),
        ("legal_form", 8),
        ("branch", 8),
        ("owner_private", 8),
        ("same_name", 9),
        ("shared_phone", 7),
        ("group", 6),
        ("job_change", 7),
        ("franchise", 5),
        ("school_clinic", 5),
    ]
)

# ----------------------------------------------------------------------------- titles (lead subject)

_PRODUCTS = {
    "id": [
        "kertas A4 80gsm",
        "kertas F4",
        "toner HP 85A",
        "tinta Epson 003",
        "printer Epson L3210",
        "printer Canon G2010",
        "printer HP LaserJet",
        "mesin fotocopy Kyocera",
        "laptop Lenovo ThinkPad",
        "PC untuk kantor",
        "ATK kantor",
        "map ordner",
        "amplop coklat",
        "kalkulator Casio",
        "label printer Brother",
        "proyektor Epson",
        "UPS APC",
        "mesin absensi sidik jari",
        "kursi kantor",
        "lemari arsip",
        "scanner Canon",
        "whiteboard",
        "paper shredder",
        "spidol whiteboard",
        "cartridge Canon PG-810",
        "Microsoft 365 Business",
        "antivirus ESET",
        "Windows 11 Pro",
        "Google Workspace",
        "software akuntansi Accurate",
        "buku tulis sekolah",
        "kertas thermal kasir",
    ],
    "nl": [
        "A4 kopieerpapier",
        "toner HP 85A",
        "inktcartridges Epson",
        "multifunctionele printer",
        "laserprinter Brother",
        "kopieerapparaat",
        "laptops voor personeel",
        "bureaustoelen",
        "kantoorartikelen",
        "ordners en archiefdozen",
        "labelprinter Dymo",
        "beamer",
        "monitoren",
        "Microsoft 365 licenties",
        "Exact Online",
        "antivirus",
        "papiervernietiger",
        "whiteboard",
        "enveloppen met logo",
        "bonrollen voor de kassa",
        "headsets",
        "docking stations",
    ],
    "en": [
        "A4 copier paper",
        "HP 85A toner",
        "Epson ink bottles",
        "multifunction printer",
        "laser printer",
        "photocopier",
        "laptops for staff",
        "office chairs",
        "stationery",
        "lever arch files",
        "label printer",
        "projector",
        "monitors",
        "Microsoft 365 Business",
        "Xero",
        "antivirus licences",
        "shredder",
        "whiteboards",
        "UPS units",
        "thermal receipt rolls",
        "headsets",
        "docking stations",
    ],
}
_DEVICES = {
    "id": ["printer", "mesin fotocopy", "laptop", "proyektor"],
    "nl": ["printer", "kopieerapparaat", "laptop", "beamer"],
    "en": ["printer", "photocopier", "laptop", "projector"],
}
_TEMPLATES = {
    "id": [
        ("Penawaran harga {p}", 12),
        ("Minta penawaran {p}", 8),
        ("Tanya harga {p}", 10),
        ("Permintaan quotation {p}", 5),
        ("Order {p}", 6),
        ("Pengadaan {p}", 5),
        ("Info {p} untuk kantor", 4),
        ("Butuh {p} segera", 4),
        ("Servis {d}", 4),
        ("Sewa {d}", 4),
        ("Re: Penawaran {p}", 3),
        ("Langganan {p}", 2),
    ],
    "nl": [
        ("Offerte {p}", 12),
        ("Aanvraag offerte {p}", 10),
        ("Prijsopgave {p}", 6),
        ("Vraag over {p}", 6),
        ("Bestelling {p}", 6),
        ("Levering {p}", 3),
        ("Huur {d}", 4),
        ("Onderhoud {d}", 4),
        ("Re: offerte {p}", 3),
        ("Terugbelverzoek: {p}", 3),
    ],
    "en": [
        ("Quotation for {p}", 12),
        ("Request for quote: {p}", 8),
        ("Enquiry - {p}", 8),
        ("RFQ {p}", 5),
        ("Order: {p}", 6),
        ("Pricing for {p}", 5),
        ("Lease of {d}", 4),
        ("Service for {d}", 4),
        ("Re: quotation {p}", 3),
        ("Callback request: {p}", 3),
        ("Sebut harga {p}", 2),
    ],
}
PRODUCTS = {k: uniform(v) for k, v in _PRODUCTS.items()}
DEVICES = {k: uniform(v) for k, v in _DEVICES.items()}
TEMPLATES = {k: pick(v) for k, v in _TEMPLATES.items()}

# ----------------------------------------------------------------------------- phones

ID_OPERATORS = [
    "811",
    "812",
    "813",
    "817",
    "818",
    "819",
    "821",
    "822",
    "823",
    "852",
    "853",
    "857",
    "858",
    "859",
    "877",
    "878",
    "895",
    "896",
    "897",
    "898",
    "899",
]
ID_OP = zipf(ID_OPERATORS[1:2] + ID_OPERATORS[:1] + ID_OPERATORS[2:], 0.6, 2.0)
BE_MOBILE = [
    "460",
    "465",
    "466",
    "467",
    "468",
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
]
# allowed third digits of Malaysian/Australian mobile prefixes ("" = all), per the numbering plans
MY_MOBILE = [
    ("12", ""),
    ("16", ""),
    ("19", ""),
    ("13", "123456789"),
    ("17", "123456789"),
    ("14", "2356789"),
    ("10", "23568"),
    ("18", "236"),
]
AU_MOBILE = [
    ("0", ""),
    ("1", ""),
    ("2", ""),
    ("3", ""),
    ("6", ""),
    ("5", "012456789"),
    ("7", "02345678"),
    ("8", "012456789"),
    ("9", "01234789"),
]
# allocated leading digit(s) of landline subscriber numbers where not every digit 2-9 is in use
LAND_LEAD = {
    ("BE", "2"): "2345678",
    ("BE", "3"): "2345678",
    ("BE", "9"): "234",
    ("MY", "82"): "2345678",
    ("GB", "20"): "3478",
    ("GB", "121"): "234567",
    ("GB", "113"): "2345",
    ("GB", "117"): "2349",
    ("GB", "131"): "2345678",
    ("GB", "114"): "2345",
    ("GB", "116"): "234",
    ("GB", "115"): "26789",
    ("GB", "118"): "2349",
    ("AU", "2"): "26789",
    ("AU", "3"): "23589",
    ("AU", "7"): "345789",
    ("AU", "8"): "789",
}
LAND_LEAD2 = {
    ("MY", "3"): "20 21 22 23 26 27 28 29 30 31 32 33 36 38 40 41 42 47 48 50 51 52 54 55 56 57 58 "
    "60 61 62 63 64 66 67 71 72 74 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 "
    "93 94 95 97",
    ("MY", "4"): "20 21 22 23 24 25 26 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 "
    "48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 "
    "75 76 77 78 79 81 82 83 85 86 88 89 90 91 92 93 94 95 96 97 98 99",
    ("MY", "5"): "20 21 22 23 24 25 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 "
    "49 50 51 52 53 54 58 59 60 61 62 63 64 65 66 67 68 69 71 72 73 74 75 76 77 78 79 "
    "80 81 82 83 84 85 86 87 88 89 92 93",
    ("MY", "6"): "22 23 24 25 26 27 28 29 31 33 35 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 "
    "53 54 55 56 60 61 62 63 64 65 66 67 68 69 70 71 72 73 75 76 77 78 79 85 90 91 95 "
    "96 97 98",
    ("MY", "7"): "20 21 22 23 24 25 26 27 28 29 30 33 34 35 36 38 40 41 42 43 44 45 46 47 48 50 51 "
    "52 53 54 55 56 57 58 59 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 "
    "85 86 87 88 89 90 91 92 93 94 95 96 97 98 99",
}
LAND_LEAD2 = {k: v.split() for k, v in LAND_LEAD2.items()}
GROUPS = {
    5: [(5,), (2, 3)],
    6: [(3, 3), (2, 2, 2), (6,)],
    7: [(3, 4), (3, 2, 2), (4, 3), (7,)],
    8: [(4, 4), (2, 2, 2, 2), (3, 3, 2), (4, 4)],
    9: [(4, 5), (3, 3, 3), (3, 6)],
}
# how each country usually groups a subscriber number of a given length
GROUPS_CC = {
    "ID": {
        6: [(3, 3), (6,)],
        7: [(3, 4), (3, 4), (4, 3)],
        8: [(4, 4), (4, 4), (4, 4), (3, 3, 2)],
        9: [(4, 5), (4, 5), (3, 3, 3)],
    },
    "NL": {
        6: [(2, 2, 2), (3, 3)],
        7: [(3, 4), (3, 2, 2), (7,)],
        8: [(2, 2, 2, 2), (4, 4), (3, 3, 2), (3, 3, 2)],
    },
    "BE": {6: [(2, 2, 2), (2, 2, 2), (3, 3)], 7: [(3, 2, 2), (3, 2, 2), (3, 4)]},
    "MY": {6: [(3, 3), (6,)], 7: [(3, 4), (3, 4), (7,)], 8: [(4, 4), (4, 4), (3, 5)]},
    "SG": {8: [(4, 4)]},
    "GB": {6: [(6,), (6,), (3, 3)], 7: [(3, 4), (3, 4), (7,)], 8: [(4, 4)]},
    "AU": {6: [(3, 3), (3, 3), (6,)], 8: [(4, 4)]},
}
SEPS = {
    "ID": pick(
        [(("-", "-"), 30), ((" ", " "), 20), (("", ""), 25), ((".", "."), 6), (("-", ""), 12), ((" ", ""), 7)]
    ),
    "NL": pick([(("-", ""), 35), ((" ", " "), 25), (("-", " "), 12), (("", ""), 20), ((" ", ""), 8)]),
    "BE": pick(
        [
            (("/", "."), 15),
            ((" ", " "), 35),
            (("/", " "), 15),
            (("", ""), 20),
            ((".", "."), 10),
            (("-", ""), 5),
        ]
    ),
    "MY": pick([(("-", " "), 30), (("-", ""), 30), ((" ", " "), 15), (("", ""), 20), (("-", "-"), 5)]),
    "SG": pick([((" ", " "), 50), (("", ""), 35), (("-", "-"), 15)]),
    "GB": pick([((" ", " "), 45), ((" ", ""), 25), (("", ""), 20), (("-", " "), 10)]),
    "AU": pick([((" ", " "), 50), (("", ""), 25), ((" ", ""), 25)]),
}
STYLES = {
    "ID": pick([("nat", 50), ("paren", 6), ("plain", 14), ("plus", 20), ("00", 1), ("cc", 7), ("plus0", 2)]),
    "NL": pick([("nat", 55), ("paren", 5), ("plain", 12), ("plus", 16), ("00", 4), ("cc", 2), ("plus0", 6)]),
    "BE": pick([("nat", 55), ("paren", 3), ("plain", 12), ("plus", 18), ("00", 5), ("cc", 2), ("plus0", 5)]),
    "MY": pick([("nat", 55), ("paren", 4), ("plain", 15), ("plus", 18), ("00", 2), ("cc", 6)]),
    "SG": pick([("nat", 60), ("paren", 6), ("plus", 26), ("cc", 8)]),
    "GB": pick([("nat", 60), ("paren", 5), ("plain", 10), ("plus", 15), ("00", 3), ("plus0", 7)]),
    "AU": pick([("nat", 60), ("paren", 10), ("plain", 10), ("plus", 15), ("plus0", 5)]),
}
LABELS = {
    "ID": (
        ["HP:", "HP ", "Hp.", "WA:", "WA ", "No. HP:"],
        ["Telp:", "Telp.", "Tlp ", "Kantor:", "Tel:"],
        [" (WA)", " (HP)", " WA", " (WA only)"],
        [" (kantor)", " (rumah)", " (Kantor)"],
    ),
    "NL": (
        ["Mob:", "Mobiel:", "M:", "Tel:"],
        ["Tel:", "Tel.", "T:", "Tel.nr.:"],
        [" (mobiel)", " (privé)", " (WhatsApp)"],
        [" (werk)", " (kantoor)", " (vast)"],
    ),
    "BE": (
        ["GSM:", "Gsm", "GSM ", "Mob:"],
        ["Tel:", "Tel.", "T:"],
        [" (gsm)", " (privé)"],
        [" (kantoor)", " (werk)"],
    ),
    "MY": (
        ["HP:", "H/P:", "Mobile:", "Tel:"],
        ["Tel:", "Office:", "Tel. No.:"],
        [" (WhatsApp)", " (HP)", " (mobile)"],
        [" (office)", " (O)"],
    ),
    "SG": (
        ["HP:", "Mobile:", "Mob:", "M:"],
        ["Tel:", "Office:", "DID:", "T:"],
        [" (WhatsApp)", " (mobile)"],
        [" (office)", " (DID)"],
    ),
    "GB": (
        ["Mob:", "Mobile:", "M:", "Mob."],
        ["Tel:", "T:", "Tel.", "Office:"],
        [" (mob)", " (mobile)"],
        [" (office)", " (work)", " (home)"],
    ),
    "AU": (
        ["Mob:", "Mobile:", "M:", "Ph:"],
        ["Ph:", "Phone:", "T:", "Tel:"],
        [" (mob)", " (mobile)"],
        [" (office)", " (work)", " (home)"],
    ),
}
EXTENSIONS = {
    "id": [" ext. {}", " psw. {}", " ext {}"],
    "nl": [" toestel {}", " tst. {}"],
    "en": [" ext. {}", " x{}", " ext {}"],
}
PHONE_JOIN = {"id": [" / ", "/", ", ", " atau "], "nl": [" / ", ", ", " of "], "en": [" / ", ", ", " or "]}

# ----------------------------------------------------------------------------- text helpers

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_KB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for _row in _KB:
    for _i, _ch in enumerate(_row):
        NEIGH[_ch] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")
OLD_MAP = {"c": "tj", "j": "dj", "y": "j", "u": "oe"}
ABBREVIATIONS = [
    (re.compile(r"\bToko\b"), "Tk.", re.compile(r"\bTk\.?(?= )"), "Toko"),
    (re.compile(r"\bBrothers\b"), "Bros", re.compile(r"\bBros\b\.?"), "Brothers"),
    (re.compile(r"& Zonen\b"), "& Zn.", re.compile(r"& Zn\.?"), "& Zonen"),
    (re.compile(r"\bGebroeders\b"), "Gebr.", re.compile(r"\bGebr\."), "Gebroeders"),
    (re.compile(r"\bSaudara\b"), "Sdr.", None, None),
    (re.compile(r"\bCompany\b"), "Co.", None, None),
    (re.compile(r"\bTrading\b"), "Trdg", None, None),
    (re.compile(r"\bEnterprise\b"), "Ent.", re.compile(r"\bEnt\."), "Enterprise"),
    (re.compile(r"\bServices\b"), "Svcs", None, None),
    (re.compile(r"\bEngineering\b"), "Eng.", None, None),
    (re.compile(r"\bCentre\b"), "Ctr", None, None),
    (re.compile(r"\bAdministratiekantoor\b"), "Adm.kantoor", None, None),
    (re.compile(r"\bInstallatiebedrijf\b"), "Inst.bedrijf", None, None),
    (re.compile(r"\bInstallatietechniek\b"), "Installatietechn.", None, None),
    (re.compile(r"\bHuisartsenpraktijk\b"), "Huisartsprakt.", None, None),
    (re.compile(r"\bTandartspraktijk\b"), "Tandartsprakt.", None, None),
    (re.compile(r"\band\b"), "&", re.compile(r" & (?!Zn|Zonen|Sons)"), " and "),
    (re.compile(r"\bSint-"), "St.-", None, None),
    (re.compile(r"\bSt (?=[A-Z])"), "Saint ", None, None),
    (re.compile(r"\bElektronik\b"), "Elektr.", None, None),
    (re.compile(r"\bKomputer\b"), "Komp.", None, None),
    (re.compile(r"\bPercetakan\b"), "Perc.", None, None),
    (re.compile(r"\bFotocopy\b"), "Fotokopi", re.compile(r"\bFotokopi\b"), "Fotocopy"),
    (re.compile(r"\bIndonesia\b"), "Indo", None, None),
    (re.compile(r"\bKlinik\b"), "Kl.", None, None),
    (re.compile(r"\bApotek\b"), "Apt.", None, None),
    (re.compile(r"\bMedical Centre\b"), "Medical Ctr", None, None),
    (re.compile(r"\bBasisschool\b"), "BS", None, None),
    (re.compile(r"\bStationery\b"), "Stat.", None, None),
    (re.compile(r"\bOffice Supplies\b"), "Office Supply", None, None),
    (re.compile(r"\bPerniagaan\b"), "Pern.", None, None),
    (re.compile(r"\bSyarikat\b"), "Sykt.", re.compile(r"\bSykt\.?"), "Syarikat"),
    (re.compile(r"\bKedai\b"), "Kd.", None, None),
    (re.compile(r"\bPrimary School\b"), "Primary Sch.", None, None),
    (re.compile(r"\b& Sons\b"), "& Son", None, None),
]


def digits(rng, k):
    return f"{rng.randrange(10**k):0{k}d}" if k > 0 else ""


def ascii_token(s):
    return _NON_ALNUM.sub("", s.lower())


def cap_first(s):
    return s[:1].upper() + s[1:]


def typo(rng, word, edits=1):
    """One or two keyboard-like edits (substitution, deletion, doubling, swap), never the first letter."""
    w = word
    for _ in range(edits):
        for _try in range(6):
            n = len(w)
            if n < 3:
                return w
            i = rng.randrange(1, n)
            ch = w[i]
            op = rng.random()
            if op < 0.35 and ch.lower() in NEIGH:
                sub = rng.choice(NEIGH[ch.lower()])
                cand = w[:i] + (sub.upper() if ch.isupper() else sub) + w[i + 1 :]
            elif op < 0.6:
                cand = w[:i] + w[i + 1 :]
            elif op < 0.8:
                cand = w[:i] + ch + w[i:]
            elif i < n - 1:
                cand = w[:i] + w[i + 1] + ch + w[i + 2 :]
            else:
                continue
            if cand.lower() != w.lower() and cand.strip() == cand:
                w = cand
                break
    return w


def old_spell(word, full=True):
    """Pre-1972 Indonesian spelling: c->tj, j->dj, y->j, u->oe (only u->oe when not full)."""
    out = []
    for ch in word:
        lo = ch.lower()
        rep = OLD_MAP.get(lo) if (full or lo == "u") else None
        if rep:
            out.append(cap_first(rep) if ch.isupper() else rep)
        else:
            out.append(ch)
    return "".join(out)


def ij_y(word):
    if "ij" in word:
        return word.replace("ij", "y", 1)
    if "IJ" in word:
        return word.replace("IJ", "Y", 1)
    if "y" in word:
        return word.replace("y", "ij", 1)
    return word


def case_space(rng, s):
    r = rng.random()
    if r < 0.3:
        return s.upper()
    if r < 0.48:
        return s.lower()
    if r < 0.58:
        return s.title()
    spaces = [i for i, ch in enumerate(s) if ch == " "]
    if not spaces:
        return s.upper()
    i = rng.choice(spaces)
    if r < 0.78:
        return s[:i] + "  " + s[i + 1 :]
    if r < 0.9:
        return s[:i] + s[i + 1 :] if s[i - 1] == "." or rng.random() < 0.5 else s[:i] + "  " + s[i + 1 :]
    return f" {s} " if rng.random() < 0.5 else f"{s} "


def norm_company(s):
    s = s.lower().replace(".", "").replace("p/l", "pty ltd")
    return " ".join(t for t in _NON_ALNUM.split(s) if t and t not in LF_TOKENS)


PLACEHOLDER_NORM = {norm_company(p) for v in PLACEHOLDERS.values() for p in v} | {"tidak ada", ""}

# ----------------------------------------------------------------------------- model objects


class Phone:
    __slots__ = ("area", "cc", "key", "mobile", "sub")

    def __init__(self, cc, area, sub, mobile):
        self.cc = cc
        self.area = area
        self.sub = sub
        self.mobile = mobile
        self.key = f"{cc}{area}{sub}"


class Person:
    __slots__ = (
        "canon",
        "cc",
        "english",
        "first",
        "gender",
        "has_email",
        "last",
        "link",
        "mobile",
        "mobile2",
        "nick",
        "private",
        "style",
        "town_code",
        "work",
    )

    def __init__(self, cc, style, gender, first, last, english="", link=""):
        self.cc = cc
        self.style = style
        self.gender = gender
        self.first = first
        self.last = last
        self.english = english
        self.link = link
        self.canon = ""
        self.nick = ""
        self.mobile = None
        self.mobile2 = None
        self.private = None
        self.work = {}
        self.has_email = True
        self.town_code = ""

    def given(self):
        return self.english or self.first

    def surname(self):
        return self.last

    def mail_parts(self):
        if self.style == "cn":
            return (self.english or self.first), self.last
        return self.first, self.last


class Company:
    __slots__ = (
        "cc",
        "city_idx",
        "domain",
        "family",
        "kind",
        "landline",
        "lf",
        "lf_shown",
        "lf_tpl",
        "old_domains",
        "roles",
        "shop_mail",
        "stock",
        "town",
        "trade",
        "upper",
        "words",
    )

    def __init__(self, cc, town, words, kind):
        self.cc = cc
        self.town = town
        self.words = words
        self.kind = kind
        self.lf = ""
        self.lf_tpl = "{}"
        self.lf_shown = False
        self.stock = ()
        self.family = ""
        self.trade = ""
        self.city_idx = -1
        self.domain = None
        self.old_domains = []
        self.shop_mail = None
        self.roles = []
        self.landline = None
        self.upper = False

    def set_lf(self, rng, key, shown_p):
        self.lf = key
        if key:
            self.lf_tpl = LF_PICK[key](rng)
            self.lf_shown = rng.random() < shown_p

    def canonical(self):
        core = " ".join(self.words)
        name = (self.lf_tpl if self.lf_shown else "{}").replace("{}", core)
        return name.upper() if self.upper else name


class Prospect:
    __slots__ = (
        "cc",
        "company",
        "email_ok",
        "fmts",
        "home",
        "idx",
        "person",
        "persons",
        "rebranded",
        "seen_company",
        "seen_domains",
        "seen_email_list",
        "seen_emails",
        "seen_phone_list",
        "seen_phones",
        "town",
    )

    def __init__(self, idx, cc, town, company, person):
        self.idx = idx
        self.cc = cc
        self.town = town
        self.company = company
        self.person = person
        self.persons = [person]
        self.home = None
        self.email_ok = False
        self.seen_company = False
        self.seen_emails = set()
        self.seen_email_list = []
        self.seen_domains = set()
        self.seen_phones = set()
        self.seen_phone_list = []
        self.fmts = {}
        self.rebranded = False


# ----------------------------------------------------------------------------- generator


class Market:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used_emails = set()
        self.used_domains = set()
        self.company_domains = set()
        self.used_phones = set()
        self.used_names = set()
        self.rows = []
        self.n_prospects = 0
        self.pools = {
            k: []
            for k in (
                "company",
                "multi",
                "family",
                "lf",
                "landline",
                "domain",
                "chain",
                "franchise",
                "inst",
                "private",
            )
        }
        self.neg_by_prospect = []
        self.prospect_cc = []
        self.company_count = 0
        self.domain_count = 0

    # ------------------------------------------------------------------ phones
    def new_phone(self, cc, mobile, town=None):
        rng = self.rng
        while True:
            if mobile:
                area, sub = self._mobile_digits(cc)
            elif cc == "SG":
                area, sub = "", f"6{rng.choice('12345678')}{digits(rng, 6)}"
            else:
                area = town[1]
                n = rng.choice(town[2])
                lead2 = LAND_LEAD2.get((cc, area))
                head = rng.choice(lead2) if lead2 else rng.choice(LAND_LEAD.get((cc, area), "23456789"))
                sub = head + digits(rng, n - len(head))
            ph = Phone(cc, area, sub, mobile)
            if ph.key not in self.used_phones:
                self.used_phones.add(ph.key)
                return ph

    def _mobile_digits(self, cc):
        rng = self.rng
        if cc == "ID":
            n = rng.choice((8, 8, 8, 8, 7, 7, 9))
            return ID_OP(rng), str(rng.randrange(10 ** (n - 1), 10**n))
        if cc == "NL":
            return "6", f"{rng.randint(1, 5)}{rng.randrange(10**7):07d}"
        if cc == "BE":
            return rng.choice(BE_MOBILE), f"{rng.randrange(10**6):06d}"
        if cc == "MY":
            if rng.random() < 0.15:
                return "11", f"{rng.randint(1, 5)}{digits(rng, 7)}"
            pre, third = rng.choice(MY_MOBILE)
            return pre, rng.choice(third or "0123456789") + digits(rng, 6)
        if cc == "SG":
            return "", rng.choice(("8", "9")) + rng.choice("12345678") + digits(rng, 6)
        if cc == "GB":
            area = f"7{rng.choice('45789')}{digits(rng, 2)}"
            return (area if area[:3] != "791" else "7711"), digits(rng, 6)
        second, third = rng.choice(AU_MOBILE)
        return f"4{second}{rng.choice(third or '0123456789')}", digits(rng, 6)

    def mistype(self, ph):
        rng = self.rng
        sub = ph.sub
        i = rng.randrange(len(sub))
        if rng.random() < 0.4 and i < len(sub) - 1 and sub[i] != sub[i + 1]:
            sub = sub[:i] + sub[i + 1] + sub[i] + sub[i + 2 :]
        else:
            d = str((int(sub[i]) + rng.randint(1, 9)) % 10)
            if i == 0 and d == "0":
                d = "9"
            sub = sub[:i] + d + sub[i + 1 :]
        return Phone(ph.cc, ph.area, sub, ph.mobile)

    def group_digits(self, sub, sep, cc=""):
        if not sep:
            return sub
        opts = GROUPS_CC.get(cc, {}).get(len(sub)) or GROUPS.get(len(sub))
        if not opts:
            return sub
        g = self.rng.choice(opts)
        out, i = [], 0
        for n in g:
            out.append(sub[i : i + n])
            i += n
        if i < len(sub):
            out.append(sub[i:])
        return sep.join(p for p in out if p)

    def fmt_phone(self, ph, lose_zero=False, label_p=0.1):
        rng = self.rng
        cc = ph.cc
        code = CALLING[cc]
        lose_zero = lose_zero and cc != "SG"
        trunk = "" if (cc == "SG" or lose_zero) else "0"
        area, sub = ph.area, ph.sub
        style = "nat" if lose_zero else STYLES[cc](rng)
        if style == "paren" and (ph.mobile and cc != "SG" and rng.random() < 0.7):
            style = "nat"
        s1, s2 = SEPS[cc](rng)
        grp = self.group_digits(sub, s2, cc)
        if style == "nat":
            s = s1.join(p for p in (trunk + area, grp) if p)
        elif style == "paren":
            s = f"(+{code}) {grp}" if cc == "SG" else f"({trunk}{area}) {grp}"
        elif style == "plain":
            s = f"{trunk}{area}{sub}"
        elif style == "plus0":
            s = f"+{code} (0){area} {self.group_digits(sub, ' ', cc)}"
        else:
            head = {"plus": f"+{code}", "00": f"00{code}", "cc": code}[style]
            sep = rng.choice((" ", " ", "-", ""))
            body = self.group_digits(sub, sep, cc) if sep != " " else self.group_digits(sub, s2 or " ", cc)
            s = sep.join(p for p in (head, area, body) if p)
        r = rng.random()
        if r < label_p:
            labels = LABELS[cc]
            if rng.random() < 0.65:
                s = f"{rng.choice(labels[0] if ph.mobile else labels[1])} {s}".replace("  ", " ")
                if s[0] in " ":
                    s = s.strip()
            else:
                s = s + rng.choice(labels[2] if ph.mobile else labels[3])
        elif not ph.mobile and r < label_p + 0.02:
            s = s + rng.choice(EXTENSIONS[LANG[cc]]).format(rng.randint(10, 250))
        return s

    def fmt_retyped(self, pr, ph, lose_zero=False, label_p=0.1):
        prev = pr.fmts.get(ph.key)
        s = self.fmt_phone(ph, lose_zero, label_p)
        if prev is not None:
            for _ in range(8):
                if s not in prev:
                    break
                s = self.fmt_phone(ph, lose_zero and self.rng.random() < 0.5, label_p)
            prev.add(s)
        else:
            pr.fmts[ph.key] = {s}
        return s

    # ------------------------------------------------------------------ persons
    def new_person(self, cc, town, gender=None):
        rng = self.rng
        g = gender or ("m" if rng.random() < 0.5 else "f")
        m = g == "m"
        if cc == "ID":
            if rng.random() < 0.1:
                p = Person(cc, "id", g, (ID_MONO_M if m else ID_MONO_F)(rng), "")
            else:
                p = Person(cc, "id", g, (ID_FIRST_M if m else ID_FIRST_F)(rng), surname(rng, cc, g))
            p.canon = f"{p.first} {p.last}".strip()
        elif cc in ("NL", "BE"):
            if cc == "NL":
                p = Person(cc, "west", g, (NL_FIRST_M if m else NL_FIRST_F)(rng), surname(rng, cc))
            else:
                p = Person(cc, "west", g, (BE_FIRST_M if m else BE_FIRST_F)(rng), surname(rng, cc))
            p.canon = f"{p.first} {p.last}"
        elif cc in ("GB", "AU"):
            p = Person(cc, "west", g, (EN_FIRST_M if m else EN_FIRST_F)(rng), surname(rng, cc))
            p.canon = f"{p.first} {p.last}"
        else:
            r = rng.random()
            cn_share, malay_share = (0.35, 0.55) if cc == "MY" else (0.72, 0.15)
            if r < cn_share:
                eng = ""
                if rng.random() < (0.35 if cc == "MY" else 0.6):
                    eng = (CN_ENGLISH_M if m else CN_ENGLISH_F)(rng)
                p = Person(cc, "cn", g, (CN_GIVEN_M if m else CN_GIVEN_F)(rng), CN_SURNAME(rng), eng)
                if eng:
                    forms = [f"{eng} {p.last}", f"{p.last} {p.first}", f"{eng} {p.last} {p.first}"]
                    p.canon = pick_form(rng, forms, [45, 35, 20])
                else:
                    p.canon = f"{p.last} {p.first}"
            elif r < cn_share + malay_share:
                link = "bin" if m else ("binti" if cc == "MY" else "binte")
                p = Person(cc, "malay", g, (MALAY_M if m else MALAY_F)(rng), MALAY_FATHER(rng), link=link)
                p.canon = f"{p.first} {link} {p.last}" if rng.random() < 0.8 else f"{p.first} {p.last}"
            elif r < 0.97:
                link = ("a/l" if m else "a/p") if cc == "MY" else ("s/o" if m else "d/o")
                p = Person(cc, "indian", g, (INDIAN_M if m else INDIAN_F)(rng), INDIAN_FATHER(rng), link=link)
                p.canon = f"{p.first} {link} {p.last}" if rng.random() < 0.6 else f"{p.first} {p.last}"
            else:
                p = Person(cc, "west", g, (EN_FIRST_M if m else EN_FIRST_F)(rng), surname(rng, "GB"))
                p.canon = f"{p.first} {p.last}"
        p.nick = p.english if (p.style == "cn" and p.english) else NICK.get(p.first, "")
        p.mobile = self.new_phone(cc, True)
        if rng.random() < SECOND_MOBILE[cc]:
            p.mobile2 = self.new_phone(cc, True)
        p.has_email = rng.random() < (0.8 if cc == "ID" else 0.93)
        p.town_code = town[3]
        return p

    def clone_person(self, p, keep_mobile):
        q = Person(p.cc, p.style, p.gender, p.first, p.last, p.english, p.link)
        q.canon, q.nick, q.town_code, q.has_email = p.canon, p.nick, p.town_code, True
        q.mobile = p.mobile if keep_mobile else self.new_phone(p.cc, True)
        return q

    # ------------------------------------------------------------------ mailboxes
    def register(self, local, domain):
        rng = self.rng
        local = local.strip("._-") or "mail"
        addr = f"{local}@{domain}"
        tries = 0
        while addr in self.used_emails:
            tries += 1
            sep = rng.choice(("", "", ".", "_"))
            num = rng.randint(1, 99) if tries < 4 else rng.randint(100, 99999)
            addr = f"{local}{sep}{num}@{domain}"
        self.used_emails.add(addr)
        return addr

    def person_local(self, p, public=True):
        rng = self.rng
        f, last = p.mail_parts()
        f = ascii_token(f)
        ln = ascii_token(last)
        yy = f"{rng.randint(60, 106) % 100:02d}"
        if not ln:
            r = rng.random()
            if r < 0.4:
                return f + yy
            if r < 0.6:
                return f"{f}{rng.randint(1960, 2005)}"
            if r < 0.8:
                return f"{f}.{p.town_code}"
            return f"{f}{rng.randint(1, 999)}"
        if not public:
            return pick_form(
                rng, [f, f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln[0]}", f"{f}_{ln}", ln], [35, 30, 15, 5, 5, 5]
            )
        r = rng.randrange(100)
        forms = [
            (12, f"{f}.{ln}"),
            (12, f"{f}{ln}"),
            (6, f"{f}_{ln}"),
            (5, f"{ln}{f}"),
            (3, f"{ln}.{f}"),
            (6, f"{f[0]}{ln}"),
            (4, f"{f[0]}.{ln}"),
            (14, f"{f}{ln}{yy}"),
            (8, f"{f}.{ln}{yy}"),
            (4, f"{f}_{ln}{yy}"),
            (8, f"{f}{yy}"),
            (4, f"{f}{rng.randint(1960, 2005)}"),
            (2, f"{f}.{ln[:3]}"),
            (3, f"{f}{p.town_code}"),
            (9, f"{f}{ln}{rng.randint(1, 999)}"),
        ]
        acc = 0
        for w, form in forms:
            acc += w
            if r < acc:
                return form
        return forms[-1][1]

    def private_of(self, p):
        if p.private is None:
            p.private = self.register(self.person_local(p), PUBLIC[p.cc](self.rng))
        return p.private

    def work_of(self, p, c):
        addr = p.work.get(c.domain)
        if addr is None:
            addr = self.register(self.person_local(p, public=False), c.domain)
            p.work[c.domain] = addr
        return addr

    def company_tokens(self, c):
        return [t for t in (ascii_token(w) for w in c.words) if t]

    def shop_local(self, c):
        rng = self.rng
        toks = self.company_tokens(c)
        if c.lf in ("TOKO", "CV", "UD", "PT") and rng.random() < 0.35:
            toks = [c.lf.lower(), *toks]
        sep = pick_form(rng, ["", ".", "_"], [60, 25, 15])
        local = sep.join(toks)
        if len(local) > 26:
            local = "".join(t[0] for t in toks) + rng.choice(("", c.town[3]))
        r = rng.random()
        if r < 0.25:
            local = f"{local}{rng.choice(('.', '_', ''))}{c.town[3]}"
        elif r < 0.4:
            local = f"{local}{rng.choice(('88', '99', '01', '123', '2010', '07'))}"
        elif r < 0.45:
            local = f"{local}.official"
        return local

    def make_domain(self, c, rebrand=False):
        rng = self.rng
        toks = self.company_tokens(c)
        if c.kind == "chain" and c.city_idx >= 0 and len(toks) > 1:
            toks = toks[:-1]
        joined = "".join(toks)
        cands = [joined, "-".join(toks)]
        if c.lf in ("PT", "CV", "UD", "TBK"):
            cands.append(("pt" if c.lf == "TBK" else c.lf.lower()) + joined)
        if len(toks) >= 3:
            cands.append("".join(t[0] for t in toks))
        cands.append(joined + c.town[3])
        if rebrand:
            suffix = REBRAND_SUFFIX.get(c.cc, ("group", "global", "online", "co"))
            cands = [joined + rng.choice(suffix), "-".join(toks) + "-" + rng.choice(suffix), joined]
        order = cands[:]
        rng.shuffle(order)
        weights_first = 0.55 if not rebrand else 0.0
        if rng.random() < weights_first:
            order.insert(0, joined)
        tld_pick = TLD[c.cc]
        for label in order:
            if len(label) > 40 or not label:
                continue
            tld = INST_TLD[c.cc] if (c.kind == "inst" and rng.random() < 0.5) else tld_pick(rng)
            dom = label + tld
            if dom not in self.used_domains and dom not in c.old_domains and dom != c.domain:
                self.used_domains.add(dom)
                self.company_domains.add(dom)
                return dom
        base = (joined or "company")[:30]
        while True:
            dom = f"{base}{rng.choice(('', '-'))}{rng.randint(1, 999)}{tld_pick(rng)}"
            if dom not in self.used_domains:
                self.used_domains.add(dom)
                self.company_domains.add(dom)
                return dom

    def setup_contacts(self, c, domain_p, shop_p=0.55):
        rng = self.rng
        if rng.random() < domain_p:
            c.domain = self.make_domain(c)
            roles = ROLES[c.cc]
            c.roles = [self.register(r, c.domain) for r in rng.sample(roles, rng.choice((1, 1, 2)))]
        elif rng.random() < shop_p:
            c.shop_mail = self.register(self.shop_local(c), PUBLIC[c.cc](rng))

    def rebrand(self, c):
        rng = self.rng
        if c.domain:
            c.old_domains.append(c.domain)
            c.domain = self.make_domain(c, rebrand=True)
        else:
            c.domain = self.make_domain(c)
        c.roles = [self.register(r, c.domain) for r in rng.sample(ROLES[c.cc], 1)]

    # ------------------------------------------------------------------ companies
    def company(self, cc, town, kind=None):
        rng = self.rng
        kind = kind or KINDS[cc](rng)
        if kind == "inst":
            c = self.institution(cc, town)
        elif kind == "chain":
            c = self.chain(cc, town)
        elif kind == "franchise":
            c = self.franchise(cc, town)
        elif cc == "ID":
            c = self.id_company(town, kind)
        elif cc in ("NL", "BE"):
            c = self.lowlands_company(cc, town, kind)
        elif cc in ("MY", "SG"):
            c = self.asia_company(cc, town, kind)
        else:
            c = self.anglo_company(cc, town, kind)
        self.finish_company(c)
        return c

    def finish_company(self, c, domain_p=None, landline_p=None):
        rng = self.rng
        if domain_p is None:
            domain_p = DOMAIN_P.get(c.kind, 0.4)
        self.setup_contacts(c, domain_p, 0.6 if c.cc == "ID" else 0.45)
        lp = landline_p if landline_p is not None else LANDLINE_P.get(c.kind, 0.8)
        if rng.random() < lp:
            c.landline = self.new_phone(c.cc, False, c.town)
        self.company_count += 1
        self.domain_count += c.domain is not None

    def id_words(self, n):
        rng = self.rng
        out = [ID_W1(rng) if n > 1 else ID_W2(rng)]
        while len(out) < n:
            w = ID_W2(rng)
            if w not in out:
                out.append(w)
        return out

    def id_company(self, town, kind):
        rng = self.rng
        if kind == "office":
            n = pick_form(rng, [1, 2, 3], [3, 72, 25])
            words = self.id_words(n)
            stock = tuple(range(len(words)))
            if rng.random() < 0.12:
                words.append(ID_TRADE_SUF(rng))
            c = Company("ID", town, words, kind)
            key = pick_form(rng, ["PT", "CV", "UD", "TBK"], [45, 39, 15, 1])
            c.set_lf(rng, key, 0.85 if key != "TBK" else 1.0)
        elif kind == "shop":
            r = rng.random()
            if r < 0.72:
                words = self.id_words(2)
                stock = (0, 1)
            elif r < 0.82:
                words = self.id_words(1)
                stock = (0,)
            else:
                words = [ID_SHOP_GOODS(rng), *self.id_words(2)]
                stock = (1, 2)
            c = Company("ID", town, words, kind)
            c.set_lf(rng, "TOKO", 0.78)
            c.upper = rng.random() < 0.06
        elif kind == "trade":
            words = [ID_TRADE_PRE(rng), *self.id_words(1 if rng.random() < 0.4 else 2)]
            stock = tuple(range(1, len(words)))
            c = Company("ID", town, words, kind)
            if rng.random() < 0.12:
                c.set_lf(rng, "UD", 1.0)
            c.trade = words[0]
        else:  # suffix
            words = [*self.id_words(1 if rng.random() < 0.35 else 2), ID_TRADE_SUF(rng)]
            stock = tuple(range(len(words) - 1))
            c = Company("ID", town, words, kind)
            key = pick_form(rng, ["CV", "UD", "PT", ""], [40, 20, 15, 25])
            if key:
                c.set_lf(rng, key, 0.85)
        c.stock = stock
        return c

    def lowlands_company(self, cc, town, kind):
        rng = self.rng
        pre = NL_TRADE_PRE if cc == "NL" else BE_TRADE_PRE
        suf = NL_TRADE_SUF if cc == "NL" else BE_TRADE_SUF
        bv, vof = ("BV_NL", "VOF_NL") if cc == "NL" else ("BV_BE", "VOF_BE")
        fam = cap_first(surname(rng, cc))
        if kind == "family_trade":
            trade = pre(rng)
            c = Company(cc, town, [trade, fam], kind)
            c.family, c.trade = fam, trade
            key = pick_form(rng, ["", bv, vof], [75, 15, 10])
        elif kind == "family_suffix":
            trade = suf(rng)
            c = Company(cc, town, [fam, trade], kind)
            c.family, c.trade = fam, trade
            key = pick_form(rng, ["", bv, vof], [40, 45, 15])
        elif kind == "gebr":
            words = ["Gebroeders", fam] if rng.random() < 0.5 else [fam, "& Zonen"]
            c = Company(cc, town, words, kind)
            c.family = fam
            key = pick_form(rng, ["", bv, vof], [50, 40, 10])
        else:  # brand
            stem, sfx = NL_STEM(rng), NL_STEM_SUF(rng)
            words = [stem, sfx] if rng.random() < 0.65 else [stem + sfx.lower()]
            if rng.random() < 0.2:
                words.append((NL_REGION if cc == "NL" else BE_REGION)(rng))
            c = Company(cc, town, words, kind)
            key = pick_form(rng, ["", bv], [40, 60])
            if cc == "BE" and key and rng.random() < 0.15:
                key = "NV_BE"
        if key:
            c.set_lf(rng, key, 0.8)
        return c

    def asia_company(self, cc, town, kind):
        rng = self.rng
        if cc == "MY":
            if kind == "malay":
                words = [MY_WORD(rng)]
                while len(words) < 2:
                    w = MY_WORD(rng)
                    if w not in words:
                        words.append(w)
                stock = (0, 1)
                if rng.random() < 0.6:
                    words.append(MY_TRADE(rng))
                key = pick_form(rng, ["SDNBHD", "ENT", "PLT", ""], [45, 35, 5, 15])
            elif kind == "cn":
                words, stock = [CN_TRADE_NAME(rng), MY_TRADE(rng)], ()
                key = pick_form(rng, ["SDNBHD", "ENT", ""], [55, 35, 10])
            elif kind == "shop":
                prefix = pick_form(rng, MY_SHOP_PREFIX, [25, 15, 25, 25, 10])
                words = [prefix, MY_WORD(rng)]
                if rng.random() < 0.5:
                    w = MY_WORD(rng)
                    if w != words[1]:
                        words.append(w)
                stock = tuple(range(1, len(words)))
                key = pick_form(rng, ["ENT", ""], [30, 70])
            else:  # suffix
                words = [
                    MY_WORD(rng),
                    pick_form(
                        rng,
                        ["Computer Services", "Stationery & Printing", "Office Supplies", "Trading"],
                        [3, 3, 3, 2],
                    ),
                ]
                stock = ()
                key = pick_form(rng, ["SDNBHD", "ENT", ""], [40, 40, 20])
        else:
            if kind == "cn":
                words, stock = [CN_TRADE_NAME(rng), SG_TRADE(rng)], ()
            else:
                words = [SG_ADJ(rng)]
                if rng.random() < 0.4:
                    w = SG_ADJ(rng)
                    if w != words[0]:
                        words.append(w)
                stock = tuple(range(len(words)))
                words.append(SG_TRADE(rng))
            key = pick_form(rng, ["PTELTD", "LLP_SG", ""], [75, 5, 20])
        c = Company(cc, town, words, kind)
        c.stock = stock
        if key:
            c.set_lf(rng, key, 0.85)
        return c

    def anglo_company(self, cc, town, kind):
        rng = self.rng
        fam = surname(rng, cc)
        trade = EN_TRADE[cc](rng)
        stock = ()
        if kind == "family_sons":
            words = [fam, rng.choice(("& Sons", "& Sons", "Brothers", "& Co"))]
        elif kind == "family_trade":
            words = [fam, trade]
        elif kind == "town_trade":
            words = [town[0], trade]
        else:
            words = [EN_ADJ[cc](rng)]
            if rng.random() < 0.3:
                w = EN_ADJ[cc](rng)
                if w != words[0]:
                    words.append(w)
            stock = tuple(range(len(words)))
            words.append(trade)
        c = Company(cc, town, words, kind)
        c.stock = stock
        if kind in ("family_sons", "family_trade"):
            c.family = fam
        c.trade = trade
        main, alt = ("LTD", "LLP_GB") if cc == "GB" else ("PTYLTD", "LTD_AU")
        key = pick_form(rng, [main, alt, ""], [60, 4, 36])
        if key:
            c.set_lf(rng, key, 0.85)
        return c

    def place_name(self, cc, exclude=""):
        rng = self.rng
        names = SG_PLACES if cc == "SG" else TOWN_NAMES[cc]
        for _ in range(20):
            n = rng.choice(names)
            if n != exclude:
                return n
        return exclude

    def chain(self, cc, town, base=None):
        rng = self.rng
        if base is None:
            if cc == "ID":
                pre = pick_form(
                    rng,
                    [
                        "Apotek",
                        "Optik",
                        "Toko Buku",
                        "Toko ATK",
                        "Toko Komputer",
                        "Fotocopy",
                        "Laundry",
                        "Toko Bangunan",
                    ],
                    [5, 4, 3, 3, 3, 2, 2, 2],
                )
                mid = [HEALTH_WORDS(rng)] if pre in ("Apotek", "Optik") else self.id_words(rng.choice((1, 2)))
                base = [pre, *mid]
            elif cc in ("NL", "BE"):
                if rng.random() < 0.6:
                    trade = pick_form(
                        rng,
                        ["Optiek", "Bakkerij", "Kapsalon", "Drukkerij", "Fietsenwinkel", "Kantoorvakhandel"],
                        [3, 3, 2, 1, 1, 1],
                    )
                    base = [trade, cap_first(surname(rng, cc))]
                else:
                    base = [NL_STEM(rng) + NL_STEM_SUF(rng).lower()]
            elif cc in ("MY", "SG"):
                base = [
                    rng.choice((CN_TRADE_NAME, SG_ADJ))(rng),
                    pick_form(
                        rng, ["Pharmacy", "Stationery", "Bookstore", "Optical", "Hardware"], [3, 3, 2, 2, 1]
                    ),
                ]
            else:
                base = [
                    surname(rng, cc),
                    pick_form(
                        rng,
                        ["Opticians", "Pharmacy", "Stationers", "Print Centre", "Dental"],
                        [3, 3, 2, 2, 2],
                    ),
                ]
        place = rng.choice(SG_PLACES) if cc == "SG" else town[0]
        c = Company(cc, town, [*base, place], "chain")
        c.city_idx = len(base)
        return c

    def locality(self, cc, town, exclude=""):
        rng = self.rng
        opts = SG_PLACES if cc == "SG" else LOCALITIES.get(town[0])
        for _ in range(12):
            if opts and (cc == "SG" or rng.random() < 0.8):
                loc = rng.choice(opts)
                if cc not in ("ID", "SG") and rng.random() < 0.6:
                    loc = f"{town[0]}-{loc}" if cc in ("NL", "BE") else f"{town[0]} {loc}"
            elif cc == "ID" and rng.random() < 0.6:
                loc = rng.choice(ID_STREETS)
            elif cc in DISTRICTS and rng.random() < 0.6:
                sep = "-" if cc in ("NL", "BE") and rng.random() < 0.5 else " "
                loc = f"{town[0]}{sep}{rng.choice(DISTRICTS[cc])}"
            else:
                loc = town[0]
            if loc != exclude:
                return loc
        return f"{town[0]} {rng.randint(2, 9)}"

    def franchise(self, cc, town, brand=None, exclude=""):
        rng = self.rng
        brand = brand or FRANCHISE_PICK[cc](rng)
        for attempt in range(30):
            loc = self.locality(cc, town, exclude)
            if attempt > 20:
                loc = f"{loc} {rng.randint(2, 5)}"
            key = f"{cc}|{brand}|{loc}"
            if key not in self.used_names:
                self.used_names.add(key)
                break
        c = Company(cc, town, [brand, loc], "franchise")
        c.city_idx = 1
        return c

    def institution(self, cc, town):
        rng = self.rng
        for _attempt in range(40):
            suffix_idx = -1
            if cc == "ID":
                if rng.random() < 0.65:
                    level = ID_SCHOOL_LEVEL(rng)
                    typ = ID_SCHOOL_TYPE(rng)
                    if rng.random() < 0.45:
                        words = [level, "Negeri", str(rng.randint(1, 40)), town[0]]
                        suffix_idx = 2
                    else:
                        words = [level, *([typ] if typ else []), ID_FOUNDATION(rng)]
                        if rng.random() < 0.6:
                            words.append(str(SCHOOL_NUMBER(rng)))
                            suffix_idx = len(words) - 1
                else:
                    words = [ID_CLINIC(rng), HEALTH_WORDS(rng)]
                    if rng.random() < 0.5:
                        w = HEALTH_WORDS(rng)
                        if w != words[1]:
                            words.append(w)
            elif cc in ("NL", "BE"):
                words = [(NL_SCHOOL if cc == "NL" else BE_SCHOOL)(rng), NL_INST_NAME(rng)]
            elif cc == "MY":
                pre = MY_INST(rng)
                if pre == "SJK(C)":
                    words = [pre, CN_SCHOOL(rng), str(rng.randint(1, 6))]
                    suffix_idx = 2
                else:
                    words = [pre, MY_WORD(rng)]
            else:
                if cc == "SG":
                    words = [SG_ADJ(rng), EN_INST_SUF["SG"](rng), rng.choice(SG_PLACES)]
                    suffix_idx = 2
                else:
                    words = [EN_INST_NAME(rng), EN_INST_SUF[cc](rng)]
            key = f"{cc}|{' '.join(words)}|{town[0]}"
            if key not in self.used_names:
                self.used_names.add(key)
                break
        c = Company(cc, town, words, "inst")
        c.city_idx = suffix_idx
        return c

    # ------------------------------------------------------------------ rendering
    def render_company(self, c, noise, applied, force_lf=False):  # noqa: C901
        rng = self.rng
        words = list(c.words)
        if "other_branch" in noise and c.kind == "chain" and c.city_idx >= 0:
            alt = self.place_name(c.cc, words[c.city_idx])
            if alt != words[c.city_idx]:
                words[c.city_idx] = alt
                applied.add("other_branch")
        if "company_typo" in noise:
            idx = [i for i, w in enumerate(words) if len(w) >= 4 and not w.isdigit()]
            if idx:
                i = rng.choice(idx)
                nw = typo(rng, words[i], 2 if (len(words[i]) >= 7 and rng.random() < 0.3) else 1)
                if nw != words[i]:
                    words[i] = nw
                    applied.add("company_typo")
        if "old_spelling" in noise and c.cc == "ID":
            full = rng.random() < 0.75
            changed = False
            for i, w in enumerate(words):
                if w in ID_STOCK or w in TOWN_NAMES["ID"]:
                    nw = old_spell(w, full)
                    if nw != w:
                        words[i] = nw
                        changed = True
            if changed:
                applied.add("old_spelling")
        if "ij_y" in noise and c.cc in ("NL", "BE"):
            idx = [i for i, w in enumerate(words) if "ij" in w.lower() or "y" in w]
            if idx:
                i = rng.choice(idx)
                words[i] = ij_y(words[i])
                applied.add("ij_y")
        tpl = c.lf_tpl if (c.lf_shown or force_lf) else "{}"
        if "legal_form" in noise and c.lf:
            templates, _weights, moved, _cc = LF[c.lf]
            new = tpl
            if tpl != "{}":
                r = rng.random()
                others = [t for t in templates if t != tpl]
                if r < 0.35:
                    new = "{}"
                elif (r < 0.7 or not moved) and others:
                    new = rng.choice(others)
                elif moved:
                    new = rng.choice(moved)
                else:
                    new = "{}"
            else:
                new = LF_PICK[c.lf](rng)
            if new != tpl:
                tpl = new
                applied.add("legal_form")
        name = tpl.replace("{}", " ".join(words))
        if "abbreviation" in noise:
            nn = abbreviate(rng, name)
            if nn != name:
                name = nn
                applied.add("abbreviation")
        if "department" in noise:
            name += rng.choice(DEPARTMENTS[LANG[c.cc]])
            applied.add("department")
        if c.upper:
            name = name.upper()
        return name

    def render_person(self, p, noise, applied):
        rng = self.rng
        s = p.canon
        if "first_name" in noise:
            g = p.given()
            if g != s:
                s = g
                applied.add("first_name")
        elif "nickname" in noise and p.nick:
            s = p.nick if (not p.last or p.style != "west" or rng.random() < 0.5) else f"{p.nick} {p.last}"
            applied.add("nickname")
        else:
            init = "initials" in noise and p.last
            order = "name_order" in noise and p.last
            if init or order:
                s2 = formal_name(rng, p, bool(init), bool(order))
                if s2 != s:
                    s = s2
                    if init:
                        applied.add("initials")
                    if order:
                        applied.add("name_order")
        if "contact_typo" in noise:
            toks = s.split(" ")
            idx = [i for i, t in enumerate(toks) if len(t) >= 4 and t.isalpha()]
            if idx:
                i = rng.choice(idx)
                nt = typo(rng, toks[i], 2 if (len(toks[i]) >= 7 and rng.random() < 0.25) else 1)
                if nt != toks[i]:
                    toks[i] = nt
                    s = " ".join(toks)
                    applied.add("contact_typo")
        if "old_spelling" in noise and p.style == "id":
            s2 = " ".join(old_spell(t) for t in s.split(" "))
            if s2 != s:
                s = s2
                applied.add("old_spelling")
        if "ij_y" in noise and p.cc in ("NL", "BE") and ("ij" in s or "y" in s):
            s = ij_y(s)
            applied.add("ij_y")
        if "title" in noise:
            s = f"{TITLES[p.cc][p.gender](rng)} {s}"
            applied.add("title")
        return s

    # ------------------------------------------------------------------ leads
    def pick_noise(self, pr, show_co, show_ct, show_em, show_ph):  # noqa: C901
        rng = self.rng
        k = NOISE_COUNT(rng)
        if k == 0:
            return set()
        c = pr.company
        p = pr.person
        # a lead whose mailbox is changed must be able to keep another tie (company name or a phone)
        other_tie = (show_co and pr.seen_company) or (show_ph and bool(pr.seen_phone_list))
        ok = []
        for tag, w in NOISE_W:
            if tag == "colleague":
                fit = c is not None
            elif tag in ("legal_form",):
                fit = show_co and bool(c.lf)
            elif tag in ("company_typo", "abbreviation", "department"):
                fit = show_co
            elif tag == "case_space":
                fit = show_co or show_ct
            elif tag in ("contact_typo", "title", "first_name"):
                fit = show_ct
            elif tag in ("name_order", "initials"):
                fit = show_ct and bool(p.last)
            elif tag == "nickname":
                fit = show_ct and bool(p.nick)
            elif tag == "private_mail":
                fit = other_tie and show_em and c is not None and (c.domain or c.shop_mail) is not None
            elif tag == "email_typo":
                fit = show_em and other_tie
            elif tag == "old_spelling":
                fit = pr.cc == "ID" and (show_co or show_ct)
            elif tag == "ij_y":
                fit = pr.cc in ("NL", "BE") and (show_co or show_ct)
            elif tag in ("phone_typo", "lost_zero"):
                fit = show_ph and not (tag == "lost_zero" and pr.cc == "SG")
            elif tag == "rebrand":
                fit = (
                    other_tie
                    and show_em
                    and c is not None
                    and not pr.rebranded
                    and (c.domain or c.shop_mail) is not None
                )
            elif tag == "phone_only":
                fit = bool(pr.seen_phone_list)
            else:  # other_branch: must be tied by the chain's phone or domain
                fit = (
                    show_co
                    and c.kind == "chain"
                    and ((show_ph and bool(pr.seen_phone_list)) or (show_em and bool(pr.seen_domains)))
                )
            if fit:
                ok.append((tag, w))
        chosen = set()
        for n in range(k):
            if not ok:
                break
            cum = list(itertools.accumulate(w for _, w in ok))
            j = min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(ok) - 1)
            tag = ok.pop(j)[0]
            if tag == "phone_only":
                if n == 0:
                    return {"phone_only"}
                continue
            chosen.add(tag)
            if tag in ("nickname", "first_name"):
                ok = [(t, w) for t, w in ok if t not in NAME_FORMS]
            elif tag in ("name_order", "initials"):
                ok = [(t, w) for t, w in ok if t not in ("nickname", "first_name")]
            elif tag in ("private_mail", "rebrand"):
                ok = [(t, w) for t, w in ok if t not in ("private_mail", "rebrand")]
        return chosen

    def colleague(self, pr):
        rng = self.rng
        if len(pr.persons) > 1 and rng.random() < 0.5:
            return rng.choice(pr.persons[1:])
        p = self.new_person(pr.cc, pr.town)
        pr.persons.append(p)
        return p

    def pick_mailbox(self, pr, person, noise, applied):
        rng = self.rng
        c = pr.company
        if c is None:
            return self.private_of(person)
        if "rebrand" in noise and not pr.rebranded and (c.domain or c.shop_mail):
            self.rebrand(c)
            pr.rebranded = True
            applied.add("rebrand")
            return self.work_of(person, c) if rng.random() < 0.6 else c.roles[0]
        if "private_mail" in noise and (c.domain or c.shop_mail):
            applied.add("private_mail")
            return self.private_of(person)
        if c.domain:
            if rng.random() < 0.6 or not c.roles:
                return self.work_of(person, c)
            return rng.choice(c.roles)
        if c.shop_mail and (person is pr.person or rng.random() < 0.5):
            return c.shop_mail
        return self.private_of(person)

    def typo_email(self, addr):
        """A slip in the domain; never one that lands on another company's real domain or address."""
        rng = self.rng
        local, dom = addr.rsplit("@", 1)
        for _ in range(6):
            if dom in DOMAIN_TYPOS and rng.random() < 0.8:
                new = f"{local}@{rng.choice(DOMAIN_TYPOS[dom])}"
            else:
                label, _, rest = dom.partition(".")
                nl = typo(rng, label)
                if nl == label:
                    nl = label + label[-1]
                new = f"{local}@{nl}.{rest}"
            ndom = new.rsplit("@", 1)[1]
            if ndom not in self.company_domains and ndom not in PUBLIC_SET and new not in self.used_emails:
                break
        else:
            label, _, rest = dom.partition(".")
            new = f"{local}@{label}{label[-1] * 2}.{rest}"
        self.used_domains.add(new.rsplit("@", 1)[1])  # nobody registers later a domain that was mistyped
        self.used_emails.add(new)
        return new

    def pick_phones(self, pr, person, channel, noise, applied, force):  # noqa: C901
        rng = self.rng
        c = pr.company
        land = c.landline if c is not None else pr.home
        mob = person.mobile
        pf, mf = [], []
        if "landline" in force and land is not None:
            pf = [land]
            if rng.random() < 0.4:
                mf = [mob]
        elif "mobile" in force:
            mf = [mob]
            if land is not None and rng.random() < 0.3:
                pf = [land]
        elif channel == "whatsapp":
            mf = [mob]
            if land is not None and rng.random() < 0.2:
                pf = [land]
        elif c is not None:
            if land is not None and rng.random() < 0.55:
                pf = [land]
                if rng.random() < 0.45:
                    mf = [mob]
            else:
                pf = [mob]
                if rng.random() < 0.08:
                    mf = [mob]
        else:
            r = rng.random()
            if land is not None and r < 0.3:
                pf, mf = [land], [mob]
            elif r < 0.55:
                pf = [mob]
            elif r < 0.9:
                mf = [mob]
            else:
                pf, mf = [mob], [mob]
        if pf and rng.random() < 0.08:
            extra = mob if pf[0] is not mob else (person.mobile2 or land)
            if extra is not None and extra is not pf[0]:
                pf = [pf[0], extra]
                mf = [x for x in mf if x is not extra]
        elif person.mobile2 is not None and mf and rng.random() < 0.3:
            mf = [*mf, person.mobile2]
        slots = [(0, i) for i in range(len(pf))] + [(1, i) for i in range(len(mf))]
        typo_slot = rng.choice(slots) if ("phone_typo" in noise and slots) else None
        lost_slot = rng.choice(slots) if ("lost_zero" in noise and slots and pr.cc != "SG") else None
        lose_all = channel == "import" and pr.cc != "SG" and rng.random() < 0.35 and len(noise) < 3
        label_p = 0.25 if channel == "whatsapp" else 0.1
        nums = []
        out = []
        lang = LANG[pr.cc]
        for fi, field in enumerate((pf, mf)):
            strs = []
            for i, ph in enumerate(field):
                target, ok = ph, True
                if (fi, i) == typo_slot:
                    target, ok = self.mistype(ph), False
                    applied.add("phone_typo")
                lz = lose_all or (fi, i) == lost_slot
                if lz:
                    applied.add("lost_zero")
                strs.append(self.fmt_retyped(pr, target, lz, label_p))
                nums.append((ph, ok))
            out.append(rng.choice(PHONE_JOIN[lang]).join(strs) if len(strs) > 1 else "".join(strs))
        return out[0], out[1], nums

    def placeholder(self, pr, contact_name):
        rng = self.rng
        r = rng.random()
        if pr.company is not None:
            return rng.choice(PLACEHOLDERS[pr.cc]) if r < 0.08 else ""
        if r < 0.2:
            return rng.choice(PLACEHOLDERS[pr.cc])
        if r < 0.22 and contact_name:
            return contact_name
        return ""

    def title(self, cc):
        rng = self.rng
        lang = LANG[cc]
        tpl = TEMPLATES[lang](rng)
        if cc != "MY" and tpl.startswith("Sebut"):
            tpl = "Quotation for {p}"
        s = tpl.replace("{p}", PRODUCTS[lang](rng)).replace("{d}", DEVICES[lang](rng))
        r = rng.random()
        if r < 0.12:
            s += f" ({rng.choice((2, 3, 5, 10, 12, 20, 25, 50, 100))} {'unit' if lang == 'id' else 'pcs'})"
        elif r < 0.16:
            s += f" #{rng.randint(1000, 99999)}"
        return s

    def emit(self, pr, first_tag=None, force=frozenset()):  # noqa: C901
        rng = self.rng
        cc = pr.cc
        c = pr.company
        later = first_tag is None
        channel = CHANNELS[cc](rng)
        p_co, p_ct, p_em, p_ph, p_cy, p_dn = PRESENCE[channel]
        show_co = c is not None and (rng.random() < p_co or "company" in force)
        show_ct = rng.random() < p_ct or "contact" in force
        show_em = pr.email_ok and (rng.random() < p_em or "email" in force)
        show_ph = rng.random() < p_ph or "landline" in force or "mobile" in force
        show_cy = rng.random() < p_cy
        noise = set()
        if later:
            if rng.random() < HARD_POSITIVE_SHARE:
                return self.emit_hard(pr, channel, show_cy)
            noise = self.pick_noise(pr, show_co, show_ct, show_em, show_ph)
            if "phone_only" in noise:
                return self.emit_phone_only(pr)
        applied = set()
        person = pr.person
        if "colleague" in noise:
            person = self.colleague(pr)
            if person is not pr.person:
                applied.add("colleague")
        partner = self.render_company(c, noise, applied, "lf" in force) if show_co else ""
        contact = self.render_person(person, noise, applied) if show_ct else ""
        if "case_space" in noise:
            target_co = show_co and (not show_ct or rng.random() < 0.7)
            if target_co:
                new = case_space(rng, partner)
                if new != partner:
                    partner = new
                    applied.add("case_space")
            elif show_ct:
                new = case_space(rng, contact)
                if new != contact:
                    contact = new
                    applied.add("case_space")
        co_named = show_co and "other_branch" not in applied
        if not show_co:
            partner = self.placeholder(pr, contact)
        email, key = "", None
        if show_em:
            addr = self.pick_mailbox(pr, person, noise, applied)
            typed = addr
            if "email_typo" in noise:
                typed = self.typo_email(addr)
                applied.add("email_typo")
            if rng.random() < 0.03:
                local, dom = typed.split("@")
                typed = f"{'.'.join(cap_first(x) for x in local.split('.'))}@{cap_first(dom)}"
            key = typed.lower()
            email = typed
            if rng.random() < p_dn or (not later and "email" in force and rng.random() < 0.1):
                disp = contact or (partner if show_co else "") or person.canon
                email = f'"{disp}" <{typed}>' if rng.random() < 0.1 else f"{disp} <{typed}>"
        phone, mobile, nums = "", "", []
        if show_ph:
            phone, mobile, nums = self.pick_phones(pr, person, channel, noise, applied, force)
        country = cc if show_cy else ""
        if later:
            if not self.tied(pr, co_named, key, nums):
                partner, co_named, phone, mobile, email, key = self.repair(
                    pr, partner, co_named, phone, mobile, email, key, nums, show_em, applied
                )
        elif not (co_named or key or nums):
            phone = self.fmt_retyped(pr, pr.person.mobile)
            nums.append((pr.person.mobile, True))
        self.remember(pr, co_named, key, nums)
        if later:
            head = ";".join(t for t in NOISE_ORDER if t in applied) or "clean"
        else:
            head = first_tag
        self.add_row(pr, head, partner, contact, email, phone, mobile, country, channel)

    def tied(self, pr, co_named, key, nums):
        if co_named and pr.seen_company:
            return True
        if key is not None and (key in pr.seen_emails or key.rsplit("@", 1)[1] in pr.seen_domains):
            return True
        return any(ok and ph.key in pr.seen_phones for ph, ok in nums)

    def repair(self, pr, partner, co_named, phone, mobile, email, key, nums, show_em, applied):
        """Give back one tie to a later lead that lost all of them."""
        rng = self.rng
        c = pr.company
        opts = []
        if c is not None and pr.seen_company and not co_named and "other_branch" not in applied:
            opts.append("company")
        if pr.seen_phone_list:
            opts.append("phone")
        if pr.seen_email_list and not show_em:
            opts.append("email")
        if not opts:
            if pr.seen_email_list:  # only a mailbox was seen so far: show that mailbox again
                opts.append("email")
                applied.difference_update(("email_typo", "private_mail", "rebrand"))
            else:  # only the company name was seen: name this branch, not another one
                opts.append("company")
        what = rng.choice(opts)
        if what == "company":
            noise = [t for t in NOISE_ORDER if t in applied and t in COMPANY_NOISE and t != "other_branch"]
            applied.difference_update(COMPANY_NOISE)
            partner = self.render_company(c, noise, applied)
            co_named = True
        elif what == "email":
            key = rng.choice(pr.seen_email_list)
            email = key
        else:
            ph = rng.choice(pr.seen_phone_list) if pr.seen_phone_list else pr.person.mobile
            s = self.fmt_retyped(pr, ph)
            if not phone:
                phone = s
            elif not mobile:
                mobile = s
            else:
                phone = f"{phone} / {s}"
            nums.append((ph, True))
        return partner, co_named, phone, mobile, email, key

    def remember(self, pr, co_named, key, nums):
        if co_named:
            pr.seen_company = True
        c = pr.company
        if key is not None and key not in pr.seen_emails:
            pr.seen_emails.add(key)
            pr.seen_email_list.append(key)
            dom = key.rsplit("@", 1)[1]
            if c is not None and (dom == c.domain or dom in c.old_domains):
                pr.seen_domains.add(dom)
        for ph, ok in nums:
            if ok and ph.key not in pr.seen_phones:
                pr.seen_phones.add(ph.key)
                pr.seen_phone_list.append(ph)

    def emit_phone_only(self, pr):
        rng = self.rng
        ph = rng.choice(pr.seen_phone_list)
        person = pr.person
        for p in pr.persons:
            if p.mobile is ph or p.mobile2 is ph:
                person = p
        channel = rng.choice(("phone", "phone", "whatsapp"))
        s = self.fmt_retyped(pr, ph, False, 0.25 if channel == "whatsapp" else 0.1)
        contact = person.given()
        if channel == "whatsapp":
            phone, mobile = "", s
        else:
            phone, mobile = s, ""
        self.remember(pr, False, None, [(ph, True)])
        self.add_row(pr, "phone_only", "", contact, "", phone, mobile, "", channel)

    def emit_hard(self, pr, channel, show_cy):
        """Same prospect, no tie: nickname or first name, a new mailbox and/or mobile, at most an acronym."""
        rng = self.rng
        person = pr.person
        c = pr.company
        r = rng.random()
        if person.nick and r < 0.5:
            contact = person.nick
        elif r < 0.8:
            contact = person.given()
        else:
            contact = typo(rng, person.canon, 2)
        partner = ""
        if c is not None and rng.random() < 0.35:
            toks = [w for w in c.words if w[:1].isalpha()]
            if len(toks) >= 2:
                acro = "".join(w[0].upper() for w in toks)
                partner = LF[c.lf][0][0].replace("{}", acro) if c.lf and c.lf != "TOKO" else acro
        email, key, nums, phone, mobile = "", None, [], "", ""
        want_mail = rng.random() < 0.7
        if want_mail:
            addr = self.register(self.person_local(person), PUBLIC[pr.cc](rng))
            key = addr
            email = addr
        if not want_mail or rng.random() < 0.5:
            ph = self.new_phone(pr.cc, True)
            s = self.fmt_retyped(pr, ph)
            if rng.random() < 0.5:
                phone = s
            else:
                mobile = s
            nums.append((ph, True))
        self.remember(pr, False, key, nums)
        country = pr.cc if show_cy else ""
        self.add_row(pr, "hard_positive", partner, contact, email, phone, mobile, country, channel)

    def add_row(self, pr, head, partner, contact, email, phone, mobile, country, channel):
        tags = [head]
        c = pr.company
        if c is not None and norm_company(partner) in PLACEHOLDER_NORM:
            tags.append("no_company")
        if not contact:
            tags.append("no_contact")
        if pr.email_ok and not email:
            tags.append("no_email")
        if not phone and not mobile:
            tags.append("no_phone")
        if not country:
            tags.append("no_country")
        tags.append(f"via_{channel}")
        self.rows.append(
            (pr.idx, ";".join(tags), self.title(pr.cc), partner, contact, email, phone, mobile, country)
        )

    # ------------------------------------------------------------------ prospects
    def build(self, cc, town, company, person=None, neg=None, force=frozenset()):
        rng = self.rng
        person = person or self.new_person(cc, town)
        pr = Prospect(self.n_prospects, cc, town, company, person)
        self.n_prospects += 1
        self.neg_by_prospect.append(neg or "")
        self.prospect_cc.append(cc)
        if company is None and rng.random() < HOME_LANDLINE[cc]:
            pr.home = self.new_phone(cc, False, town)
        pr.email_ok = bool(company is not None and (company.domain or company.shop_mail)) or person.has_email
        n = LEADS_PER_PROSPECT(rng)
        self.emit(pr, f"neg_{neg}" if neg else "base", force)
        for _ in range(n - 1):
            self.emit(pr)
        return pr

    def base_prospect(self, cc=None, kind=None, private=None):
        rng = self.rng
        cc = cc or COUNTRY(rng)
        town = TOWNS[cc](rng)
        if private is None:
            private = kind is None and rng.random() < PRIVATE_SHARE[cc]
        company = None if private else self.company(cc, town, kind)
        pr = self.build(cc, town, company)
        self.file_pools(pr)
        return pr

    def file_pools(self, pr):
        c = pr.company
        pools = self.pools
        if c is None:
            if pr.person.last:
                pools["private"].append(pr)
            return
        if c.kind == "chain":
            pools["chain"].append(pr)
            return
        if c.kind == "franchise":
            pools["franchise"].append(pr)
            return
        if c.kind == "inst":
            pools["inst"].append(pr)
            return
        pools["company"].append(pr)
        if len(c.stock) >= 2:
            pools["multi"].append(pr)
        if c.family and c.cc in ("NL", "BE"):
            pools["family"].append(pr)
        if c.lf in LF_ALT and c.lf_shown:
            pools["lf"].append(pr)
        if c.landline is not None:
            pools["landline"].append(pr)
        if c.domain and c.kind not in ("shop", "trade"):
            pools["domain"].append(pr)

    def anchor(self, pool):
        rng = self.rng
        lst = self.pools[pool]
        if lst and rng.random() < 0.97:
            return rng.choice(lst)
        fresh = {
            "multi": ("ID", "office"),
            "family": (rng.choice(("NL", "NL", "BE")), "family_trade"),
            "lf": ("ID", "office"),
            "company": (None, None),
            "landline": ("ID", "office"),
            "domain": ("NL", "brand"),
            "chain": (None, "chain"),
            "franchise": (None, "franchise"),
            "inst": (None, "inst"),
            "private": (None, None),
        }[pool]
        for _ in range(50):
            cc = fresh[0] or COUNTRY(rng)
            pr = self.base_prospect(cc, fresh[1], private=(pool == "private"))
            if lst and lst[-1] is pr:
                return pr
        return rng.choice(lst) if lst else pr

    def clone_company(self, c0, words, cc=None, town=None, lf=None, kind=None, domain_p=None, shown=None):
        rng = self.rng
        cc = cc or c0.cc
        town = town or c0.town
        c = Company(cc, town, list(words), kind or c0.kind)
        c.stock = c0.stock if len(words) == len(c0.words) else tuple(i for i in c0.stock if i < len(words))
        c.family, c.trade, c.city_idx, c.upper = c0.family, c0.trade, c0.city_idx, c0.upper
        key = c0.lf if lf is None else lf
        if key:
            c.lf = key
            c.lf_tpl = c0.lf_tpl if (key == c0.lf and rng.random() < 0.7) else LF_PICK[key](rng)
            c.lf_shown = c0.lf_shown if shown is None else shown
        self.finish_company(c, domain_p)
        return c

    def other_town(self, cc, town):
        rng = self.rng
        for _ in range(20):
            t = TOWNS[cc](rng)
            if t[0] != town[0] or cc == "SG":
                return t
        return town

    def negative(self, kind):  # noqa: C901
        rng = self.rng
        force = {"company"}
        if kind == "namesake":
            a = self.anchor("company").company
            c = self.clone_company(a, a.words, town=self.other_town(a.cc, a.town))
            c.lf_tpl, c.lf_shown = a.lf_tpl, a.lf_shown
            return self.build(c.cc, c.town, c, neg=kind, force=force)
        if kind == "extra_word":
            a = self.anchor("company").company
            words = list(a.words)
            if len(a.stock) >= 3 and rng.random() < 0.3 and a.stock[-1] == len(words) - 1:
                words = words[:-1]
            else:
                words.append(extra_word(rng, a))
            town = a.town if rng.random() < 0.4 else self.other_town(a.cc, a.town)
            c = self.clone_company(a, words, town=town)
            return self.build(c.cc, c.town, c, neg=kind, force=force)
        if kind == "word_order":
            a = self.anchor("multi").company
            words = list(a.words)
            j = rng.randrange(len(a.stock) - 1)
            i1, i2 = a.stock[j], a.stock[j + 1]
            words[i1], words[i2] = words[i2], words[i1]
            town = a.town if rng.random() < 0.4 else self.other_town(a.cc, a.town)
            c = self.clone_company(a, words, town=town)
            return self.build(c.cc, c.town, c, neg=kind, force=force)
        if kind == "family":
            a = self.anchor("family").company
            cc = a.cc
            town = a.town if rng.random() < 0.5 else self.other_town(cc, a.town)
            for _ in range(20):
                kind2 = "family_trade" if rng.random() < 0.65 else "family_suffix"
                c = self.lowlands_company(cc, town, kind2)
                fam = a.family
                c.words = [c.trade, fam] if kind2 == "family_trade" else [fam, c.trade]
                c.family = fam
                if c.trade != a.trade:
                    break
            self.finish_company(c)
            return self.build(cc, town, c, neg=kind, force=force)
        if kind == "legal_form":
            a = self.anchor("lf").company
            alt = rng.choice(LF_ALT[a.lf])
            cc = LF[alt][3]
            town = a.town if (cc == a.cc and rng.random() < 0.3) else self.other_town(cc, a.town)
            c = self.clone_company(a, a.words, cc=cc, town=town, lf=alt, shown=True)
            return self.build(cc, town, c, neg=kind, force={"company", "lf"})
        if kind == "branch":
            a = self.anchor("chain").company
            base = a.words[: a.city_idx]
            town = self.other_town(a.cc, a.town)
            for _ in range(10):
                c = self.chain(a.cc, town, base)
                if c.words[c.city_idx] != a.words[a.city_idx]:
                    break
                town = self.other_town(a.cc, a.town)
            c.upper = a.upper
            self.finish_company(c, domain_p=0.0)
            return self.build(c.cc, town, c, neg=kind, force=force)
        if kind == "owner_private":
            a = self.anchor("company")
            owner = self.clone_person(a.person, keep_mobile=False)
            return self.build(a.cc, a.town, None, person=owner, neg=kind, force={"contact", "email"})
        if kind == "same_name":
            a = self.anchor("private")
            p = self.clone_person(a.person, keep_mobile=False)
            town = a.town if rng.random() < 0.3 else self.other_town(a.cc, a.town)
            p.town_code = town[3]
            return self.build(a.cc, town, None, person=p, neg=kind, force={"contact", "email"})
        if kind == "shared_phone":
            a = self.anchor("landline").company
            for _ in range(10):
                c = self.company(a.cc, a.town, None)
                if c.kind not in ("chain", "franchise") and norm_company(c.canonical()) != norm_company(
                    a.canonical()
                ):
                    break
            c.landline = a.landline
            return self.build(c.cc, c.town, c, neg=kind, force={"company", "landline"})
        if kind == "group":
            a = self.anchor("domain").company
            words = sister_words(rng, a)
            town = a.town if rng.random() < 0.7 else self.other_town(a.cc, a.town)
            lf = "PT" if a.cc == "ID" else None
            kind2 = "office" if a.cc == "ID" else None
            c = self.clone_company(a, words, town=town, domain_p=1.0, lf=lf, kind=kind2)
            c.stock = ()
            return self.build(c.cc, c.town, c, neg=kind, force=force)
        if kind == "job_change":
            a = self.anchor("company")
            keep = rng.random() < 0.6
            p = self.clone_person(a.person, keep_mobile=keep)
            town = a.town if rng.random() < 0.6 else self.other_town(a.cc, a.town)
            for _ in range(10):
                c = self.company(a.cc, town, None)
                if norm_company(c.canonical()) != norm_company(a.company.canonical()):
                    break
            f = {"company", "contact", "mobile"} if keep else {"company", "contact"}
            return self.build(c.cc, town, c, person=p, neg=kind, force=f)
        if kind == "franchise":
            a = self.anchor("franchise").company
            brand, loc = a.words[0], a.words[1]
            same = a.town[0] in LOCALITIES and rng.random() < 0.6
            town = a.town if same else self.other_town(a.cc, a.town)
            c = self.franchise(a.cc, town, brand, exclude=loc)
            self.finish_company(c)
            return self.build(c.cc, town, c, neg=kind, force=force)
        # school_clinic
        a = self.anchor("inst").company
        c = self.sibling_institution(a)
        return self.build(c.cc, c.town, c, neg="school_clinic", force=force)

    def sibling_institution(self, a):
        rng = self.rng
        words = list(a.words)
        town = a.town
        for _ in range(30):
            words = list(a.words)
            town = a.town
            if a.city_idx >= 0 and words[a.city_idx].isdigit():
                words[a.city_idx] = str(rng.randint(1, 12 if a.cc == "ID" else 6))
            elif a.city_idx >= 0:
                words[a.city_idx] = self.place_name(a.cc, words[a.city_idx])
            else:
                town = self.other_town(a.cc, a.town)
                if rng.random() < 0.5:
                    words.append(town[0])
            key = f"{a.cc}|{' '.join(words)}|{town[0]}"
            if key not in self.used_names and (words != a.words or town[0] != a.town[0]):
                self.used_names.add(key)
                break
        c = Company(a.cc, town, words, "inst")
        c.city_idx = a.city_idx
        self.finish_company(c)
        return c

    def run(self, count):
        rng = self.rng
        while len(self.rows) < count:
            if rng.random() < NEG_SHARE:
                self.negative(NEG_KINDS(rng))
            else:
                self.base_prospect()
        del self.rows[count:]


# ----------------------------------------------------------------------------- small helpers


def pick_form(rng, items, weights):
    return rng.choices(items, weights)[0]


def formal_name(rng, p, init, order):
    """Initials and/or surname-first forms of a person's name."""
    first, last = p.first, p.last
    if p.style == "cn":
        given = p.english or first
        ini = ".".join(x[0] for x in given.split(" ")) + "."
        if init and order:
            return f"{last}, {ini}"
        if init:
            return f"{ini} {last}"
        if p.english:
            return f"{last}, {p.english}"
        return f"{first} {last}"
    if p.style in ("malay", "indian"):
        if init and order:
            return f"{last}, {first[0]}."
        if init:
            return f"{first[0]}. {last}"
        return f"{first} {last}" if p.link and p.link in p.canon else f"{last}, {first}"
    ini = f"{first[0]}."
    if init and p.cc in ("NL", "BE") and rng.random() < 0.3:
        ini += f"{rng.choice('ACEHJMPW')}."
    particle, core = split_particle(last) if p.cc == "NL" else ("", last)
    if order:
        head = ini if init else first
        if particle and rng.random() < 0.5:
            return f"{core}, {head} {particle}"
        return f"{cap_first(last) if p.cc == 'NL' else last}, {head}"
    return f"{ini} {last}"


def split_particle(last):
    toks = last.split(" ")
    i = 0
    while i < len(toks) - 1 and toks[i].islower():
        i += 1
    return " ".join(toks[:i]), " ".join(toks[i:])


def abbreviate(rng, name):
    opts = list(range(len(ABBREVIATIONS)))
    rng.shuffle(opts)
    for k in opts:
        long_re, short, short_re, long_txt = ABBREVIATIONS[k]
        if long_re.search(name):
            return long_re.sub(short, name, count=1)
        if short_re is not None and short_re.search(name):
            return short_re.sub(long_txt, name, count=1)
    return name


def extra_word(rng, c):
    cc = c.cc
    if cc == "ID":
        opts = [
            w
            for w in (ID_W2(rng), ID_TRADE_SUF(rng), "Jaya", "Elektronik", "Komputer", "Group")
            if w not in c.words
        ]
        return rng.choice(opts)
    if cc in ("NL", "BE"):
        if c.kind in ("family_suffix", "brand", "gebr"):
            return rng.choice(
                (
                    "Groep",
                    "Holding",
                    "Service",
                    "Totaal",
                    "& Partners",
                    "Nederland" if cc == "NL" else "Vlaanderen",
                )
            )
        trade = NL_TRADE_SUF(rng) if cc == "NL" else BE_TRADE_SUF(rng)
        return rng.choice((trade, "Groep", "& Zn.", "Service"))
    if cc in ("MY", "SG"):
        return rng.choice(("Trading", "Services", "Holdings", "Resources", "Marketing", "Global"))
    return rng.choice(("Services", "Group", "Solutions", "Holdings", "UK" if cc == "GB" else "Australia"))


SECTORS = {
    "ID": (
        "Logistik",
        "Properti",
        "Elektronik",
        "Teknik",
        "Agro",
        "Digital",
        "Motor",
        "Farma",
        "Grafika",
        "Niaga",
        "Konstruksi",
        "Multimedia",
    ),
    "MY": ("Properties", "Logistics", "Engineering", "Technology", "Marketing", "Industries"),
    "GB": ("Property", "Logistics", "Engineering", "Technology", "Facilities", "Holdings"),
}


def sister_words(rng, a):
    """A sister company: the group name (family name or first stock words) kept, a sector of its own."""
    cc = a.cc
    if a.family:
        head = [a.family]
    elif len(a.stock) >= 2:
        head = a.words[: a.stock[1] + 1]
    elif a.kind == "brand":
        head = a.words[:2]
    else:
        head = a.words[:1]
    for _ in range(20):
        if cc == "ID":
            tail = [rng.choice(SECTORS["ID"])]
        elif cc in ("NL", "BE"):
            tail = [
                rng.choice(
                    (
                        "Bouw",
                        "Vastgoed",
                        "Installatietechniek",
                        "Logistiek",
                        "ICT",
                        "Techniek",
                        "Onderhoud",
                        "Projecten",
                    )
                )
            ]
        elif cc in ("MY", "SG"):
            tail = [rng.choice(SECTORS["MY"])]
        else:
            tail = [rng.choice(SECTORS["GB"])]
        words = [*head, *[t for t in tail if t not in head]]
        if words != a.words:
            return words
    return [*head, "Group"]


# ----------------------------------------------------------------------------- output and stats


def write_csv(market, path):
    rng = market.rng
    rows = market.rows
    rng.shuffle(rows)
    ids = rng.sample(range(100_000, 10_000_000), market.n_prospects)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(
            [
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
        )
        for n, (pidx, variant, title, partner, contact, email, phone, mobile, country) in enumerate(rows, 1):
            w.writerow([n, ids[pidx], variant, title, partner, contact, email, phone, mobile, country])


def pairs_sharing_name(rows, first_only, base_only=None):
    groups = {}
    for r in rows:
        pidx, variant = r[0], r[1]
        if first_only and not variant.startswith(("base", "neg_")):
            continue
        if base_only is not None and base_only[pidx]:
            continue
        nm = norm_company(r[3])
        if nm in PLACEHOLDER_NORM:
            continue
        groups.setdefault(nm, set()).add(pidx)
    if first_only:
        return sum(len(s) * (len(s) - 1) // 2 for s in groups.values()), groups
    seen = set()
    for s in groups.values():
        if len(s) > 1:
            members = sorted(s)
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    seen.add((x, y))
    return len(seen), groups


def print_stats(market, elapsed):
    rows = market.rows
    out = sys.stdout
    n = len(rows)
    pros = {r[0] for r in rows}
    firsts = Counter()
    noise = Counter()
    missing = Counter()
    channels = Counter()
    later = 0
    per = Counter(r[0] for r in rows)
    kinds_per_lead = Counter()
    for r in rows:
        tags = r[1].split(";")
        channels[tags[-1]] += 1
        heads = [t for t in tags[:-1] if not t.startswith("no_")]
        for t in tags[:-1]:
            if t.startswith("no_"):
                missing[t] += 1
        if heads[0] == "base" or heads[0].startswith("neg_"):
            firsts[heads[0]] += 1
        else:
            later += 1
            kinds_per_lead[0 if heads[0] == "clean" else len(heads)] += 1
            for t in heads:
                noise[t] += 1
    nfirst = sum(firsts.values())
    out.write(
        f"leads {n}  prospects {len(pros)}  first leads {nfirst}  later leads {later}  time {elapsed:.1f}s\n"
    )
    hist = Counter(per.values())
    out.write(
        "leads per prospect: " + "  ".join(f"{k}:{hist[k] / len(pros):.1%}" for k in sorted(hist)) + "\n"
    )
    neg = sum(v for k, v in firsts.items() if k != "base")
    out.write(
        f"\nfirst tags (share of prospects): base {firsts['base'] / nfirst:.1%}  "
        f"negatives {neg / nfirst:.1%}\n"
    )
    for k, v in sorted(firsts.items(), key=lambda kv: (-kv[1], kv[0])):
        if k != "base":
            out.write(
                f"  {k:<20} {v:>7}  {v / nfirst:6.2%} of prospects  {v / max(neg, 1):6.1%} of negatives\n"
            )
    out.write("\nnoise tags (share of later leads):\n")
    for k, v in sorted(noise.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"  {k:<20} {v:>7}  {v / max(later, 1):6.2%}\n")
    out.write(
        "  noise kinds per later lead: "
        + "  ".join(f"{k}:{v / max(later, 1):.1%}" for k, v in sorted(kinds_per_lead.items()))
        + "\n"
    )
    out.write("\nmissing fields (share of all leads):\n")
    for k, v in sorted(missing.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"  {k:<20} {v:>7}  {v / n:6.2%}\n")
    out.write("\nchannels: " + "  ".join(f"{k[4:]} {v / n:.1%}" for k, v in sorted(channels.items())) + "\n")
    cc_p = Counter(market.prospect_cc[p] for p in pros)
    out.write(
        "countries (prospects): "
        + "  ".join(f"{k} {v / len(pros):.1%}" for k, v in sorted(cc_p.items()))
        + "\n"
    )
    out.write(f"companies with an own domain: {market.domain_count / max(market.company_count, 1):.1%}\n")
    base_flags = [bool(x) for x in market.neg_by_prospect]
    p_first, groups = pairs_sharing_name(rows, True)
    p_first_base, _ = pairs_sharing_name(rows, True, base_flags)
    p_any, _ = pairs_sharing_name(rows, False)
    out.write("\npairs of different prospects sharing exactly the same normalised company name:\n")
    out.write(
        f"  first leads (canonical names): {p_first}   "
        f"of which both ordinary base prospects: {p_first_base}\n"
    )
    out.write(f"  any leads (distinct prospect pairs): {p_any}\n")
    top = sorted(((len(s), nm) for nm, s in groups.items() if len(s) > 1), key=lambda x: (-x[0], x[1]))[:12]
    out.write("  most shared names: " + ", ".join(f"{nm!r} x{k}" for k, nm in top) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    market = Market(args.seed)
    market.run(args.count)
    write_csv(market, args.out)
    elapsed = time.perf_counter() - t0
    if args.stats:
        print_stats(market, elapsed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
