"""Independent benchmark leads for "Similar Leads" duplicate detection.

    python3 bench/generate_novel.py --count 20000 --seed 42 --out /tmp/x.csv [--stats]

Written from a product description only (no look at the matcher, its tests or earlier
generators).  Standard library only; one random.Random(seed), no set iteration, so the same
seed and count give a byte-identical file.  200,000 leads take about 11 s.

WORLD.  "Nusa Handling", a distributor of material-handling and weighing equipment (forklifts,
pallet trucks, stackers, racking, scales, weighbridges, conveyors, stretch wrappers, rental
and service).  Lead titles are inquiry subjects in Indonesian, Dutch, German or English
("Permintaan harga forklift 3 ton", "Offerte palletwagen", "RFQ: pallet racking"), never
identity data.  Prospects by country: ID 45 %, NL 22 %, BE 14 %, MY 5 %, SG 5 %, GB 5 %,
DE 3 %, AU 2 %; kinds: companies 68 %, small shops 20 %, private persons 13 %.
  Companies: Indonesian PT/CV/UD (+Tbk) names from ~300 stock words (+trade words, "Indonesia"),
  shops "Toko/Bengkel/Warung/Grosir ..."; Dutch/Flemish family + trade ("Bakkerij Peters",
  "Visser Zorg B.V.", "Jansen & Zn."), place + trade, brand + trade with B.V./V.O.F./N.V.,
  BV/NV/BVBA/CommV; "... GmbH (& Co. KG)"; "... Ltd / Pte Ltd / Sdn Bhd / Pty Ltd", Chinese
  family firms, "Syarikat ...".  Persons by country: Indonesian (22 % single names), Dutch
  (roepnaam vs official name, tussenvoegsels), Flemish, German, English, Chinese (family
  name first), Malay (bin/binti), Indian; titles and nicknames per culture.
  Phones follow each numbering plan (ID 08xx mobiles and area codes 021/022/0274..., NL 06 and
  020/0513..., BE 04xx and 02/03/050..., UK, SG, MY, DE, AU) and are retyped on every lead:
  +cc or trunk 0, 00cc, "62812...", "+31 (0)6", spaces, dashes, dots, slashes, parentheses,
  labels ("HP:", "Kantor:", "gsm", "Tel.:"), suffixes ("(WA)", "ext. 12", "(kantoor)") and
  two numbers in one field.  Every mailbox and number belongs to one owner only.
  E-mail: 54 % of prospects own a domain made from the name (joined, hyphenated, acronym,
  "pt"+name, first+last word, +city, .co.id/.com/.id/.nl/.be/.eu/.de/.co.uk/.com.sg...), with
  personal (first, first.last, f.last...) and role mailboxes (info, inkoop, pembelian...).
  Others use a provider mailbox named after the shop/company (tokosinarjaya@gmail.com,
  bakkerijpeters@ziggo.nl) or private mailboxes at country providers (gmail, yahoo.co.id,
  ziggo.nl, telenet.be, skynet.be, gmx.de, bigpond.com, singnet.com.sg...); a few provider
  domains are misspelled (gmial.com, yahoo.co.od).  email_from is sometimes "Name <addr>".
  Channels (via_website, email, phone, whatsapp, tradefair, import, portal, linkedin) decide
  which fields are filled; an empty field the prospect could fill is tagged no_company,
  no_contact, no_email, no_phone, no_country.  Every lead has a company or contact name and an
  email or a number.  Sizes: 60 % of prospects have 1 lead, 20 % 2, 8 % 3, 5 % 4, 7 % 5-10.

NOISE on later leads (share of later leads, 200k run): other_person 16 % (a colleague: own
name, own work or private mailbox, own mobile, often the company landline), legal_form 14 %
(added, dropped, dotted, moved: "Maju Jaya, PT", "BV Peeters"), title 9 % (Bapak, Ibu, Dhr.,
Mevr., ir., Herr, Mr, Dr.), nickname 8 % (Kees/Cornelis, Bill/William, Achmad/Ahmad),
name_order 7 % ("Santoso, Budi", "Vries, Jan de", "Wei Ming Tan"), initials 6 %, typo_company
7 %, case_company 7 %, spacing_company 6 % (joined, hyphen, double space), private_email 6 %
(same person's private mailbox), first_name_only 6 %, typo_contact 6 %, case_contact 5 %,
owner_private 3 %, typo_email 3 %, ij_y 2 %, abbrev_company 2 % (Tek., Bros, acronym),
old_spelling 1.5 % (Djaja, Tjahaja, Soerya), new_domain 1.3 % (rebranded domain), diacritics
0.3 %, branch_shared 0.7 %; clean (none) 29 %.  Phone formatting changes are not tagged.
A later lead keeps a tie a careful human sees to an earlier lead of its prospect: the company
name (with noise) 59 %, the same mailbox 46 %, the company domain 47 %, a number 53 %; when it
would keep none it is repaired (name, number or mailbox put back), except 1.2 % kept as
hard_positive: no company name, mailbox, company domain or number in common with an earlier
lead of its prospect (at most the person's name, e.g. a nickname and a new mobile).

HARD NEGATIVES: 16.8 % of prospects are built to resemble an existing prospect; the first
lead of the look-alike is tagged neg_<kind> (shares of all prospects):
  word_order 1.8 %  same words reordered, sometimes another form ("PT Utama Abadi"/"PT Abadi
                    Utama", "Zorg Visser V.O.F."/"Visser Zorg B.V.")
  family 1.5 %      one family name, different trade ("Bakkerij Peters"/"Peters Techniek")
  extra_word 1.8 %  one word more or less ("PT Maju Jaya"/"PT Maju Jaya Bersama")
  legal_form 1.5 %  same words, another real legal form (CV/PT, B.V./V.O.F., Ltd/LLP...)
  namesake 1.8 %    the very same name in another town, nothing else shared
  branch 1.5 %      chain branches named after their city ("Toko Sinar Jaya Bandung"/"...
                    Surabaya"), own phones and mailboxes
  owner_private 1.5 % the owner's private lead: same name, private mailbox, private mobile
  shared_phone 1.2 % another company in the same business centre, same switchboard number
  near_phone 0.8 %  another company in the same building, number differs in the last digits
  same_name 1.5 %   two private persons with the same common name at public providers
  group 1.2 %       subsidiaries with a common group word, own domains ("PT Emas Luhur Mesin"/
                    "PT Emas Luhur Kemasan")
  job_change 0.4 %  the same person (name, mobile, private mail) now buying for another company

DECISIONS (what is one prospect = one opportunity a salesperson wants):
- The same company typed differently is one prospect, also when a colleague writes or the
  contact writes from a private mailbox, or after a rebrand to a new domain.
- A chain's branches named after their city are separate prospects (neg_branch) unless they
  share a company e-mail domain or a phone, i.e. one purchasing office: then a lead of
  another branch is part of the same prospect (tag branch_shared; only made when that domain
  or number already appears on an earlier lead of the prospect).
- A company's lead and its owner's private lead are one prospect only when the same phone
  number ties them (tag owner_private, made only when the owner's mobile already appears on a
  company lead); otherwise two prospects (neg_owner_private).
- Subsidiaries of a group with their own names and domains are separate prospects.
- Different legal forms of the same words with nothing else shared are separate; a missing
  legal form is never "another form" (dropping/adding one is noise).
- Same words in another order: separate.  Namesakes with nothing else shared: separate.
- Companies sharing a switchboard or neighbouring numbers: separate; the phone is not identity.
- Two people with the same name at public providers: separate.
- A person who moved to another company starts a new prospect, even with the same mobile and
  private mailbox: the customer is the company.

OUTPUT columns: row, prospect_id (shuffled ground-truth id), variant (first tag base/neg_<kind>
or noise tags or clean; then no_* tags; last via_<channel>), name, partner_name, contact_name,
email_from, phone, mobile, country_code (ISO alpha-2 or empty).
"""

import argparse
import csv
import random
import time

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


# --------------------------------------------------------------------------
# Word stocks (written for this generator)
# --------------------------------------------------------------------------
def W(text):
    return text.split()


def L(text):  # comma-separated items that may contain spaces
    return [x.strip() for x in text.replace("\n", " ").split(",")]


def C(text):  # cities: "name:area code:subscriber digits, ..."
    return [(n, a, int(d)) for n, a, d in (x.split(":") for x in L(text))]


def N(text):  # nicknames: "Formal=Nick/Nick ..."
    return {k: v.split("/") for k, v in (x.split("=") for x in W(text))}


def P(text):  # weighted choices: "value:weight ..."
    return [(v, int(w)) for v, w in (x.rsplit(":", 1) for x in W(text))]


ID_WORDS = W("""Maju Jaya Abadi Utama Sentosa Makmur Sejahtera Mandiri Sukses Karya Mulia
Berkah Sinar Cahaya Bintang Mitra Prima Perkasa Agung Indah Sakti Lestari Bersama Baru
Nusantara Sumber Rejeki Tunggal Putra Gemilang Cemerlang Harapan Kencana Mas Emas Intan
Permata Sarana Niaga Usaha Kreasi Inti Lancar Santosa Setia Wijaya Surya Mentari Fajar
Samudra Bahari Rimba Gunung Rahayu Barokah Amanah Anugerah Cipta Daya Graha Kurnia
Langgeng Megah Murni Pelita Pratama Raya Sari Sehati Serasi Tama Waskita Wahana Kharisma
Dinamika Citra Persada Adi Bumi Tirta Jaguar Rajawali Garuda Elang Merpati Kijang Banteng
Harimau Naga Teratai Melati Mawar Kenanga Cendana Jati Beringin Cemara Pinang Kelapa Padi
Pangan Tani Subur Segar Baja Besi Logam Plastik Kemas Karton Kertas Kimia Dagang Teknik
Mesin Listrik Energi Sentral Timur Barat Selatan Utara Tengah Benua Angkasa Cakrawala
Pelangi Mutiara Delima Zamrud Berlian Perdana Unggul Handal Tangguh Kokoh Setiawan Hidup
Damai Sejati Harmoni Bahagia Ceria Gembira Mekar Tunas Bangun Bina Cipta Karsa Guna Dharma
Bakti Budi Luhur Wibawa Mulya Santika Artha Arta Dana Pusaka Warisan Keluarga Saudara
Sahabat Kawan Sekawan Kasih Cinta Insan Manunggal Nusa Pulau Selat Teluk Tanjung Muara
Sungai Danau Laut Ombak Bayu Angin Api Air Tanah Batu Pasir Kayu Bambu Rotan Sutra Kapas
Wangi Harum Manis Gurih Sedap Lezat Nikmat Prakarsa Andalan Idaman Impian Mahkota Istana
Puri Pendopo Wisma Griya Rumah Gudang Pabrik Industri Sinergi Solusi Semesta Alam Mega""")
ID_TRADES = W("""Teknik Logistik Plastik Makmur Kemasan Pangan Motor Elektrik Mesin Baja Kimia
Agro Farma Transport Ekspedisi Konstruksi Distribusi Niaga Perkasa Packindo Trading
Industri Gudang Pergudangan Sarana""")
ID_SHOP = ["Toko", "Toko", "Toko", "Bengkel", "Warung", "Depot", "Usaha", "Kios", "Grosir"]
ID_CITIES = C("""Jakarta:21:8, Bandung:22:7, Surabaya:31:7, Semarang:24:7, Medan:61:7, Makassar:411:6,
Yogyakarta:274:6, Denpasar:361:6, Palembang:711:6, Batam:778:6, Bogor:251:7, Malang:341:6,
Bekasi:21:8, Tangerang:21:8, Cikarang:21:8, Balikpapan:542:6, Pekanbaru:761:6, Pontianak:561:6,
Solo:271:6, Sidoarjo:31:7, Gresik:31:7, Cirebon:231:6, Manado:431:6, Banjarmasin:511:6""")
ID_FIRST_M = W("""Budi Agus Eko Andi Hendra Rudi Wahyu Joko Bambang Slamet Ahmad Muhammad Yusuf
Rizky Arif Fajar Hadi Irwan Yudi Dedi Asep Ujang Made Wayan Ketut Nyoman Hartono Kevin
Steven Felix Dimas Bayu Teguh Yoga Rahmat Iwan Sugeng Heru Tono Dodi Anton Hendrik Johan
Wawan Surya Gilang Reza Fikri Imam Ilham Doni Ferry Robert Willy Sutrisno Suparman""")
ID_FIRST_F = W("""Dewi Siti Sri Yanti Rina Indah Putri Nur Fitri Dian Ratna Lestari Wulan Ayu
Lina Susanti Novi Mega Citra Intan Nia Yuni Wati Endang Kartika Maya Melati Anisa Nadia
Vera Lia Tuti Ani Ida Sinta Rini Eka Desi Fransiska Grace Olivia Lusi""")
ID_LAST = W("""Santoso Wijaya Saputra Hidayat Kurniawan Setiawan Pratama Nugroho Susanto
Gunawan Halim Tanoto Sutanto Hartono Siregar Nasution Simanjuntak Harahap Lubis Sitompul
Situmorang Hutapea Wibowo Purnomo Suryadi Rahman Hakim Firmansyah Ramadhan Putra Lim Tan
Tanjaya Salim Sugianto Wirawan Prasetyo Hermawan Kusuma Lesmana Sihombing Pangaribuan
Manurung Tambunan Ginting Sembiring Tarigan Syahputra Maulana Permana Effendi Iskandar""")
ID_NICK = N("""Muhammad=M./Moh./Mohammad/Moch. Ahmad=Achmad/Akhmad Rizky=Rizki/Riski Yusuf=Yusup/Jusuf
Hendrik=Hendra Fransiska=Siska Kartika=Tika Susanti=Santi Robert=Robby Willy=William
Sutrisno=Tris Wahyu=Wahyudi Novi=Novianti Desi=Desy Lusi=Lusy""")

NL_LAST = L("""de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer,
Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra,
Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel,
van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Wijk,
Verhoeven, Koster, Prins, Huisman, Kuijpers, Postma, Timmermans, Wijnands, Gerritsen, Hoekstra,
van Rijn, Kramer, Vink, Evers, Boersma, Scholten""")
BE_LAST = L("""Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Dubois,
Lambert, Dupont, Martens, Hermans, Michiels, Desmet, Claeys, Pauwels, Vandenberghe, Vermeersch,
De Clercq, Stevens, Aerts, Segers, Van Damme, De Backer, Verstraete, Van den Broeck, Coppens,
Verbeke, De Meyer, Lemmens, Van Dyck, Cools, Wuyts, Geerts, Bogaerts, Van de Velde, Verlinden,
Smets""")
NL_FIRST_M = W("""Jan Pieter Kees Willem Henk Gerrit Johan Bart Tim Thomas Sander Mark Jeroen
Dennis Ruud Wim Dirk Koen Stijn Jelle Sven Bram Lars Kristof Wouter Tom Jef Jos Luc Marc
Dries Geert Joris Maarten Niels Rick Erik Arjen Frank Hans Rob Jeroen Michiel""")
NL_FIRST_F = W("""Marieke Anouk Sanne Lotte Femke Inge Els Annelies Lieve Joke Ilse Nathalie
Sofie An Griet Karin Linda Mieke Esther Anja Petra Ingrid Eline Lisa Fleur Tineke Hilde""")
NL_NICK = N("""Johannes=Jan/Hans/Joop Willem=Wim/Willy Cornelis=Kees/Cor Hendrik=Henk/Rik Jacobus=Jaap/Koos
Petrus=Piet/Peter Josephus=Jos/Jef/Sjef Gerardus=Gerard/Gert Maria=Mieke/Marieke/Ria
Elisabeth=Els/Liesbeth/Lisa Johanna=Anneke/Joke/Hanneke Catharina=Karin/Tineke/Toos
Franciscus=Frank/Frans Adrianus=Ad/Arie Theodorus=Theo/Ruud Antonius=Toon/Ton""")
NL_TRADES = W("""Bakkerij Slagerij Installatietechniek Bouw Techniek Transport Logistiek
Metaalbewerking Groothandel Zorg Hoveniers Schilders Timmerbedrijf Verhuur Koeltechniek
Tuincentrum Drukkerij Autobedrijf Elektro Kwekerij Machinehandel Opslag Verpakkingen
Grondverzet Bloemen Kaashandel Vleeswaren Recycling Staalbouw Agrotechniek Meubelmakerij""")
BE_TRADES = W("""Bakkerij Beenhouwerij Schrijnwerkerij Brouwerij Garage Transport Bouw Techniek
Logistiek Verpakking Groothandel Elektriciteit Dakwerken Houthandel Veevoeders Tuinbouw""")
NL_PLACE_WORDS = W("""Noord Zuid West Oost Westland Holland Brabant Twente Veluwe Delta Rijn
Maas Schelde Kempen Waas Polder Kust Duin Haven Kanaal Vallei Friesland Limburg Zeeland""")
NL_CITIES = C("""Amsterdam:20:7, Rotterdam:10:7, Den Haag:70:7, Utrecht:30:7, Eindhoven:40:7, Groningen:50:7,
Tilburg:13:7, Breda:76:7, Nijmegen:24:7, Zwolle:38:7, Venlo:77:7, Heerenveen:513:6,
Barneveld:342:6, Waalwijk:416:6, Naaldwijk:174:6, Emmen:591:6, Apeldoorn:55:7, Leeuwarden:58:7""")
BE_CITIES = C("""Brussel:2:7, Antwerpen:3:7, Gent:9:7, Brugge:50:6, Leuven:16:6, Hasselt:11:6, Mechelen:15:6,
Kortrijk:56:6, Aalst:53:6, Genk:89:6, Roeselare:51:6, Turnhout:14:6, Sint-Niklaas:3:7""")

EN_BRAND = W("""Apex Summit Pinnacle Vertex Nova Orion Atlas Titan Crest Harbour Bridge Blue
Green Oak Pine Cedar Stone Iron Silver Golden North Star Bright Prime Pacific Asia Metro
Urban Swift Rapid Eagle Falcon Lion Tiger Phoenix Delta Alpha Omega Zenith Horizon Coastal
Unity Fusion Matrix Quantum Vector Element Evergreen Keystone Redwood Anchor Beacon Compass
Sterling Regal Royal Crown Liberty Pioneer Frontier Heritage Meridian Sapphire Emerald
Trident Orchid Lotus Jade Dragon Merlion Kinabalu Borneo Straits Southern Sunrise""")
EN_NOUNS = W("""Logistics Trading Engineering Supplies Industries Solutions Packaging Foods
Manufacturing Holdings Distribution Warehousing Automation Systems Equipment Enterprises
Materials Services Industrial Storage Handling Freight""")
EN_LAST = W("""Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson
Evans Walker White Roberts Green Hall Wood Jackson Clarke Harris Lewis Martin Cooper Hughes
Edwards Turner Hill Moore Ward Morris King Baker Parker Bennett Mitchell Campbell Kelly""")
EN_FIRST_M = W("""James John David Michael Paul Mark Andrew Richard Peter Steven Daniel Thomas
Christopher Matthew William Robert Jonathan Benjamin Samuel Alexander Oliver Jack Harry""")
EN_FIRST_F = W("""Sarah Emma Laura Rachel Claire Emily Sophie Jessica Hannah Katherine
Elizabeth Jennifer Margaret Lucy Amy Charlotte Olivia Chloe Rebecca Victoria""")
EN_NICK = N("""William=Bill/Will Robert=Bob/Rob James=Jim/Jamie Michael=Mike Elizabeth=Liz/Beth
Katherine=Kate/Kathy Richard=Rick/Rich Andrew=Andy/Drew Christopher=Chris Daniel=Dan/Danny
Thomas=Tom Jonathan=Jon Steven=Steve Matthew=Matt Samuel=Sam Benjamin=Ben Alexander=Alex
Jennifer=Jen/Jenny Margaret=Maggie/Peggy Rebecca=Becky Victoria=Vicky Peter=Pete David=Dave""")
CN_LAST = W("Tan Lim Lee Ng Wong Goh Chua Chan Koh Teo Ong Yeo Low Chong Leong Chin Liew Ho")
CN_GIVEN = W("""Wei Ming Jun Hui Kai Xin Li Hua Mei Ling Jia Yi Zhi Hao Cheng Yong Siew
Kok Boon Seng Choon Kiat Swee Peng Hock Eng""")
MY_MALAY_M = W("Ahmad Muhammad Mohd Azman Faizal Hafiz Rizal Zulkifli Kamal Hakim Amir Syafiq")
MY_MALAY_F = W("Siti Nurul Aisyah Farah Nur Zainab Aminah Hafizah Liyana Aida")
MY_MALAY_FATHER = W("Ismail Abdullah Hassan Ibrahim Osman Yusof Rahman Ali Hamzah Salleh")
IN_FIRST = W("Rajesh Kumar Suresh Priya Kavitha Ganesh Arjun Devi Lakshmi Ravi Muthu Anand")
IN_LAST = W("Subramaniam Krishnan Pillai Nair Raj Menon Murugan Ramasamy Gopal Singh")
MY_CITIES = C("""Kuala Lumpur:3:8, Petaling Jaya:3:8, Penang:4:7, Johor Bahru:7:7, Ipoh:5:7, Shah Alam:3:8,
Kuching:82:6, Klang:3:8""")
SG_CITIES = C("Singapore:6:7, Jurong:6:7, Woodlands:6:7")
UK_CITIES = C("""London:20:8, Manchester:161:7, Birmingham:121:7, Leeds:113:7, Bristol:117:7, Glasgow:141:7,
Sheffield:114:7, Felixstowe:1394:6""")
AU_CITIES = C("Sydney:2:8, Melbourne:3:8, Brisbane:7:8, Perth:8:8, Adelaide:8:8")
DE_LAST = L("""Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer,
Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger,
Hartmann, Lange, Werner, Krause, Lehmann, Köhler, Jäger, Groß""")
DE_FIRST_M = W("Thomas Michael Andreas Stefan Jürgen Klaus Uwe Frank Jörg Matthias Lukas Jan")
DE_FIRST_F = W("Sabine Petra Claudia Andrea Birgit Katrin Anja Julia Jana Monika Ute Jutta")
DE_TRADES = W("""Lagertechnik Fördertechnik Logistik Spedition Metallbau Verpackung Maschinenbau
Landtechnik Baustoffe Elektrotechnik Handel Kühltechnik""")
DE_CITIES = C("""Berlin:30:7, Hamburg:40:7, München:89:7, Köln:221:6, Düsseldorf:211:6, Duisburg:203:6,
Essen:201:6, Bremen:421:6""")

CITIES = {
    "ID": ID_CITIES,
    "NL": NL_CITIES,
    "BE": BE_CITIES,
    "MY": MY_CITIES,
    "SG": SG_CITIES,
    "GB": UK_CITIES,
    "AU": AU_CITIES,
    "DE": DE_CITIES,
}
COUNTRY_SHARES = P("ID:45 NL:21 BE:14 GB:5 SG:5 MY:5 DE:3 AU:2")

# --------------------------------------------------------------------------
# Phones: numbers live as (country, national significant number, area length);
# every lead types them anew in one of many country-typical ways.
# --------------------------------------------------------------------------
CC = {"ID": "62", "NL": "31", "BE": "32", "GB": "44", "SG": "65", "MY": "60", "DE": "49", "AU": "61"}
ID_MOBILE = W("""811 812 813 821 822 823 852 853 815 816 817 855 856 857 858 895 896 897
898 899 877 878 881 882 887 838 831 819 859""")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_mobile(rng, c):
    if c == "ID":
        pre = rng.choice(ID_MOBILE)
        return (c, pre + rng.choice("123456789") + digits(rng, rng.choice((6, 7, 7, 8))), 3)
    if c == "NL":
        return (c, "6" + rng.choice("12345") + digits(rng, 7), 1)
    if c == "BE":
        return (c, "4" + str(rng.randint(60, 99)) + digits(rng, 6), 3)
    if c == "GB":
        return (c, "7" + rng.choice("4579") + digits(rng, 8), 4)
    if c == "SG":
        return (c, rng.choice("89") + digits(rng, 7), 0)
    if c == "MY":
        pre = rng.choice(("12", "13", "16", "17", "19", "11", "14", "18"))
        return (c, pre + digits(rng, 8 if pre == "11" else 7), 2)
    if c == "DE":
        pre = rng.choice(("151", "152", "160", "170", "171", "172", "175", "176", "177"))
        return (c, pre + digits(rng, rng.choice((7, 8))), 3)
    return (c, "4" + rng.choice("01234") + digits(rng, 7), 3)  # AU


def make_landline(rng, c, city):
    area, sub = city[1], city[2]
    if c == "SG":
        return (c, "6" + digits(rng, 7), 0)
    first = rng.choice("2345678") if c != "AU" else rng.choice("3456789")
    return (c, area + first + digits(rng, sub - 1), len(area))


def near_number(rng, ph):
    """Same switchboard block, another extension-like tail (a different line)."""
    c, n, a = ph
    last = int(n[-2:])
    return (c, n[:-2] + f"{(last + rng.randint(1, 30)) % 100:02d}", a)


GROUPINGS = {
    "ID": [[4, 4], [4], [3, 4], [3, 3]],
    "NL": [[2, 2, 2], [8], [4, 4], [3, 2, 2]],
    "BE": [[2, 2, 2], [3, 3], [2, 2, 2]],
    "GB": [[3, 3], [4, 4], [6]],
    "SG": [[4, 4]],
    "MY": [[3, 4], [4, 4], [7]],
    "DE": [[8], [3, 4], [2, 2, 2]],
    "AU": [[3, 3], [4, 4]],
}
LABELS = {
    "ID": (
        ["HP: ", "HP ", "Hp. ", "Telp. ", "Telp: ", "WA ", "Tlp "],
        ["Kantor: ", "Telp. ", "Tlp. kantor ", "Office: "],
        [" (WA)", " (wa)", " WA", " / WA"],
        [" (kantor)", " ext. 1%02d", " ext %d"],
    ),
    "NL": (
        ["mob. ", "M: ", "06: ", "Mobiel: "],
        ["tel. ", "T: ", "Tel: "],
        [" (mobiel)", " (WhatsApp)"],
        [" (kantoor)", " toestel %d"],
    ),
    "BE": (["gsm ", "GSM: ", "Gsm. "], ["tel ", "T. ", "Tel.: "], [" (gsm)"], [" (kantoor)", " (bureau)"]),
    "DE": (["Mobil: ", "Handy ", "Mob. "], ["Tel.: ", "Fon "], [" (mobil)"], [" -%d", " (Zentrale)"]),
    "*": (
        ["Mob: ", "M: ", "Mobile: ", "HP "],
        ["Tel: ", "T: ", "Office "],
        [" (mobile)", " (WhatsApp)"],
        [" ext %d", " (office)"],
    ),
}


def _group(rest, sizes, sep):
    out, i = [], 0
    for s in sizes:
        if len(rest) - i - s < 2:  # never leave a lone digit or two behind
            break
        out.append(rest[i : i + s])
        i += s
    out.append(rest[i:])
    return sep.join(out)


def fmt_phone(rng, ph, mobile, label=0.0):  # noqa: C901
    c, n, alen = ph
    cc = CC[c]
    area, rest = n[:alen], n[alen:]
    if c == "ID" and mobile:
        area, rest = n[:3], n[3:]
    trunk = "" if c == "SG" else "0"
    sizes = rng.choice(GROUPINGS[c] if mobile or c != "ID" else [[8], [3, 4], [4, 4]])
    sep = rng.choice((" ", " ", "-", ".")) if c == "BE" else rng.choice((" ", " ", "-"))
    body = _group(rest, sizes, sep)
    r = rng.random()
    if c == "SG":
        styles = ["nat", "intl", "intl", "compact", "intl_dash"]
    elif c in ("ID", "MY"):
        styles = [
            "nat",
            "nat",
            "nat_dash",
            "compact",
            "intl",
            "intl_compact",
            "cc_noplus",
            "paren" if not mobile else "nat",
        ]
    elif c == "BE":
        styles = ["nat", "nat_slash", "intl", "intl_trunk", "compact", "00"]
    elif c == "DE":
        styles = ["nat_slash", "nat", "intl", "intl_trunk", "compact"]
    else:
        styles = ["nat", "nat_dash", "intl", "intl_trunk", "compact", "00", "paren"]
    st = styles[int(r * len(styles))]
    if st == "nat":
        s = trunk + area + (" " if area else "") + body
    elif st == "nat_dash":
        s = trunk + area + "-" + body.replace(" ", "")
    elif st == "nat_slash":
        s = trunk + area + "/" + body
    elif st == "paren":
        s = "(" + trunk + area + ") " + body
    elif st == "compact":
        s = trunk + n
    elif st == "intl":
        s = "+" + cc + " " + area + (" " if area else "") + body
    elif st == "intl_dash":
        s = "+" + cc + "-" + _group(n, sizes, "-")
    elif st == "intl_trunk":
        s = "+" + cc + " (0)" + area + " " + body
    elif st == "intl_compact":
        s = "+" + cc + n
    elif st == "cc_noplus":
        s = cc + n
    else:
        s = "00" + cc + " " + area + " " + body
    if label and rng.random() < label:
        lab = LABELS.get(c, LABELS["*"])
        if rng.random() < 0.6:
            s = rng.choice(lab[0] if mobile else lab[1]) + s
        else:
            suf = rng.choice(lab[2] if mobile else lab[3])
            s += suf % rng.randint(1, 40) if "%" in suf else suf
    return s


# --------------------------------------------------------------------------
# Companies and persons
# --------------------------------------------------------------------------
LEGAL_FORMS = {
    "PT": ["PT", "PT.", "P.T.", "Pt."],
    "CV": ["CV", "CV.", "C.V."],
    "UD": ["UD", "UD.", "U.D."],
    "Tbk": ["Tbk", "Tbk.", "TBK"],
    "B.V.": ["B.V.", "BV", "b.v.", "B.V", "Bv"],
    "N.V.": ["N.V.", "NV", "nv"],
    "V.O.F.": ["V.O.F.", "VOF", "vof", "v.o.f."],
    "BV": ["BV", "bv", "B.V."],
    "BVBA": ["BVBA", "bvba", "B.V.B.A."],
    "NV": ["NV", "nv", "N.V."],
    "CommV": ["CommV", "Comm.V."],
    "Ltd": ["Ltd", "Ltd.", "Limited", "LTD"],
    "Pte Ltd": ["Pte Ltd", "Pte. Ltd.", "PTE LTD", "Private Limited", "Pte. Ltd"],
    "Sdn Bhd": ["Sdn Bhd", "Sdn. Bhd.", "SDN BHD", "Sendirian Berhad"],
    "Enterprise": ["Enterprise", "Ent.", "Enterprises"],
    "GmbH": ["GmbH", "Gmbh", "GMBH"],
    "GmbH & Co. KG": ["GmbH & Co. KG", "GmbH & Co KG"],
    "Pty Ltd": ["Pty Ltd", "Pty. Ltd.", "PTY LTD", "Pty Limited"],
    "LLP": ["LLP", "L.L.P."],
    "AG": ["AG"],
}
PRE_FORMS = ("PT", "CV", "UD")
ALT_FORM = {
    "PT": "CV",
    "CV": "PT",
    "UD": "CV",
    "B.V.": "V.O.F.",
    "V.O.F.": "B.V.",
    "BV": "NV",
    "NV": "BV",
    "BVBA": "NV",
    "Ltd": "LLP",
    "Pte Ltd": "LLP",
    "Sdn Bhd": "Enterprise",
    "GmbH": "AG",
    "GmbH & Co. KG": "AG",
    "Pty Ltd": "Ltd",
    "CommV": "BV",
    "": None,
}  # a missing form is no other form: never a negative


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def company_text(co, legal=None, words=None):
    legal = co["legal"] if legal is None else legal
    words = co["words"] if words is None else words
    core = " ".join(words)
    if not legal:
        return core
    if legal in PRE_FORMS:
        return legal + " " + core + (" Tbk" if co.get("tbk") else "")
    return core + " " + legal


def new_company(rng, c, city, shop=False):  # noqa: C901
    co = {"legal": "", "words": [], "family": None, "trade": None, "tbk": False}
    if c == "ID":
        if shop:
            co["legal"] = wpick(rng, [("", 75), ("UD", 20), ("CV", 5)])
            co["words"] = rng.sample(ID_WORDS, rng.choice((1, 2, 2)))
            if not co["legal"] or rng.random() < 0.2:
                co["words"].insert(0, rng.choice(ID_SHOP))
        else:
            co["legal"] = wpick(rng, [("PT", 66), ("CV", 24), ("UD", 5), ("", 5)])
            n = wpick(rng, [(2, 55), (3, 25), (1, 20)])
            co["words"] = rng.sample(ID_WORDS, n)
            if n == 1 or rng.random() < 0.25:
                co["trade"] = rng.choice(ID_TRADES)
                co["words"].append(co["trade"])
            if co["legal"] == "PT" and rng.random() < 0.08:
                co["words"].append("Indonesia")
            co["tbk"] = co["legal"] == "PT" and rng.random() < 0.02
    elif c in ("NL", "BE"):
        last = rng.choice(NL_LAST if c == "NL" else BE_LAST)
        trades = NL_TRADES if c == "NL" else BE_TRADES
        trade = rng.choice(trades)
        pat = wpick(rng, [("tf", 30), ("ft", 30), ("fz", 8), ("ff", 7), ("pt", 15), ("tb", 10)])
        if pat == "tf":
            co["words"], co["family"], co["trade"] = [trade] + last.split(), last, trade
        elif pat == "ft":
            co["words"], co["family"], co["trade"] = last.split() + [trade], last, trade
        elif pat == "fz":
            co["words"], co["family"] = last.split() + ["&", "Zn."], last
        elif pat == "ff":
            o = rng.choice(NL_LAST if c == "NL" else BE_LAST)
            co["words"], co["family"] = last.split() + ["&"] + o.split(), last
        elif pat == "pt":
            co["words"], co["trade"] = [rng.choice(NL_PLACE_WORDS), trade], trade
        else:
            co["words"] = [rng.choice(EN_BRAND) + rng.choice(("tec", "pack", "lift", "store", "log", ""))]
            co["words"].append(trade)
        if shop:
            co["legal"] = wpick(rng, [("", 70), ("V.O.F." if c == "NL" else "CommV", 30)])
        elif c == "NL":
            co["legal"] = wpick(rng, [("B.V.", 70), ("V.O.F.", 12), ("", 14), ("N.V.", 4)])
        else:
            co["legal"] = wpick(rng, [("BV", 45), ("NV", 20), ("BVBA", 20), ("", 15)])
    elif c == "DE":
        last, trade = rng.choice(DE_LAST), rng.choice(DE_TRADES)
        co["family"], co["trade"] = last, trade
        co["words"] = [last, trade] if rng.random() < 0.6 else [trade, last]
        co["legal"] = wpick(rng, [("GmbH", 75), ("GmbH & Co. KG", 25)])
    else:
        legal = {"GB": "Ltd", "SG": "Pte Ltd", "MY": "Sdn Bhd", "AU": "Pty Ltd"}[c]
        r = rng.random()
        if r < 0.55:
            co["words"] = [rng.choice(EN_BRAND), rng.choice(EN_NOUNS)]
        elif r < 0.75 and c in ("SG", "MY"):
            co["family"] = rng.choice(CN_LAST)
            co["words"] = [
                co["family"],
                rng.choice(("Brothers", "Hardware", "Brothers Trading", "Engineering", "Machinery")),
            ]
        elif r < 0.8 and c == "MY":
            co["words"] = ["Syarikat"] + rng.sample(ID_WORDS, 2)
        elif c in ("GB", "AU"):
            co["family"] = rng.choice(EN_LAST)
            co["words"] = [co["family"], rng.choice(("& Sons", "Bros", "Engineering", "Logistics"))]
        else:
            co["words"] = [rng.choice(EN_BRAND), rng.choice(EN_BRAND), rng.choice(EN_NOUNS)]
        co["words"] = " ".join(co["words"]).split()
        co["legal"] = legal if not shop else wpick(rng, [("", 50), (legal, 50)])
    return co


def new_person(rng, c, pid):
    g = rng.random() < 0.62  # male
    p = {"id": pid, "formal": None, "nicks": [], "style": "west", "title": None}
    if c == "ID":
        first = rng.choice(ID_FIRST_M if g else ID_FIRST_F)
        last = "" if rng.random() < 0.22 else rng.choice(ID_LAST)
        nick = ID_NICK.get(first)
        p["nicks"] = list(nick) if nick else []
        p["titles"] = ["Bapak", "Bpk.", "Pak"] if g else ["Ibu", "Bu"]
    elif c in ("NL", "BE"):
        fl = NL_FIRST_M if g else NL_FIRST_F
        first = rng.choice(fl)
        if rng.random() < 0.18:
            formal = rng.choice(
                [k for k in NL_NICK if (k in ("Maria", "Elisabeth", "Johanna", "Catharina")) != g]
            )
            p["formal"], first = formal, rng.choice(NL_NICK[formal])
        last = rng.choice(NL_LAST if c == "NL" else BE_LAST)
        p["titles"] = ["Dhr.", "dhr.", "ing.", "ir."] if g else ["Mevr.", "mevr.", "drs."]
    elif c == "DE":
        first, last = rng.choice(DE_FIRST_M if g else DE_FIRST_F), rng.choice(DE_LAST)
        p["titles"] = ["Herr", "Dr."] if g else ["Frau", "Dr."]
    elif c in ("SG", "MY") and rng.random() < 0.75:
        r = rng.random()
        if r < 0.55 or c == "SG":
            last = rng.choice(CN_LAST)
            if rng.random() < 0.4:
                first = rng.choice(EN_FIRST_M if g else EN_FIRST_F)
            else:
                first = " ".join(rng.sample(CN_GIVEN, 2))
                p["style"] = "cn"
        elif r < 0.85:
            first = rng.choice(MY_MALAY_M if g else MY_MALAY_F)
            last = ("bin " if g else "binti ") + rng.choice(MY_MALAY_FATHER)
        else:
            first, last = rng.choice(IN_FIRST), rng.choice(IN_LAST)
        p["titles"] = ["Mr", "Mr.", "Encik"] if g else ["Ms", "Mrs.", "Puan"]
    else:
        first, last = rng.choice(EN_FIRST_M if g else EN_FIRST_F), rng.choice(EN_LAST)
        p["titles"] = ["Mr", "Mr.", "Dr."] if g else ["Ms", "Mrs", "Dr."]
    if c not in ("ID", "NL", "BE") and first in EN_NICK:
        p["nicks"] = EN_NICK[first]
    if p["formal"]:
        p["nicks"] = [p["formal"]]
    p["first"], p["last"], p["country"] = first, last, c
    return p


def person_text(p):
    if not p["last"]:
        return p["first"]
    if p["style"] == "cn":
        return p["last"] + " " + p["first"]
    return p["first"] + " " + p["last"]


# --------------------------------------------------------------------------
# Domains and mailboxes
# --------------------------------------------------------------------------
ASCII = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "ë": "e",
        "ï": "i",
        "&": "",
        ".": "",
        ",": "",
        "'": "",
    }
)
ASCII_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
TLDS = {
    "ID": [(".co.id", 45), (".com", 35), (".id", 12), (".net", 4), (".co", 4)],
    "NL": [(".nl", 85), (".com", 10), (".eu", 5)],
    "BE": [(".be", 80), (".com", 12), (".eu", 8)],
    "GB": [(".co.uk", 70), (".com", 30)],
    "SG": [(".com.sg", 55), (".com", 35), (".sg", 10)],
    "MY": [(".com.my", 60), (".com", 35), (".my", 5)],
    "DE": [(".de", 90), (".com", 10)],
    "AU": [(".com.au", 85), (".com", 15)],
}
PROVIDERS = {
    "ID": [
        ("gmail.com", 60),
        ("yahoo.com", 12),
        ("yahoo.co.id", 12),
        ("ymail.com", 3),
        ("hotmail.com", 5),
        ("outlook.com", 3),
        ("rocketmail.com", 2),
        ("icloud.com", 3),
    ],
    "NL": [
        ("gmail.com", 30),
        ("hotmail.com", 18),
        ("ziggo.nl", 12),
        ("kpnmail.nl", 8),
        ("live.nl", 6),
        ("outlook.com", 8),
        ("planet.nl", 5),
        ("home.nl", 4),
        ("xs4all.nl", 4),
        ("hetnet.nl", 3),
        ("upcmail.nl", 2),
    ],
    "BE": [
        ("telenet.be", 30),
        ("gmail.com", 28),
        ("skynet.be", 12),
        ("hotmail.com", 10),
        ("outlook.be", 8),
        ("proximus.be", 5),
        ("scarlet.be", 3),
        ("live.be", 4),
    ],
    "GB": [
        ("gmail.com", 35),
        ("btinternet.com", 15),
        ("hotmail.co.uk", 15),
        ("yahoo.co.uk", 10),
        ("sky.com", 8),
        ("outlook.com", 10),
        ("virginmedia.com", 7),
    ],
    "SG": [
        ("gmail.com", 55),
        ("singnet.com.sg", 12),
        ("yahoo.com.sg", 12),
        ("hotmail.com", 14),
        ("outlook.com", 7),
    ],
    "MY": [
        ("gmail.com", 60),
        ("yahoo.com", 18),
        ("hotmail.com", 12),
        ("streamyx.com", 5),
        ("outlook.com", 5),
    ],
    "DE": [
        ("gmx.de", 25),
        ("web.de", 25),
        ("t-online.de", 15),
        ("gmail.com", 25),
        ("freenet.de", 5),
        ("outlook.de", 5),
    ],
    "AU": [
        ("gmail.com", 35),
        ("bigpond.com", 25),
        ("optusnet.com.au", 12),
        ("hotmail.com", 15),
        ("outlook.com", 13),
    ],
}
PROVIDER_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.co", "gamil.com", "gmai.com", "gmail.con"],
    "yahoo.co.id": ["yaho.co.id", "yahoo.co.od", "yahoo.com.id"],
    "yahoo.com": ["yaho.com", "yahooo.com"],
    "hotmail.com": ["hotmial.com", "hotmail.co"],
    "outlook.com": ["outlok.com"],
    "telenet.be": ["telenet.b", "telnet.be"],
    "ziggo.nl": ["zigo.nl", "ziggo.com"],
    "kpnmail.nl": ["kpnmal.nl"],
}
PUBLIC = {d for v in PROVIDERS.values() for d, _ in v} | {t for v in PROVIDER_TYPOS.values() for t in v}
ROLE = {
    "ID": [
        "info",
        "sales",
        "admin",
        "purchasing",
        "pembelian",
        "marketing",
        "office",
        "procurement",
        "finance",
        "gudang",
    ],
    "NL": ["info", "inkoop", "verkoop", "administratie", "planning", "office", "werkplaats"],
    "BE": ["info", "inkoop", "aankoop", "administratie", "boekhouding", "office"],
    "DE": ["info", "einkauf", "vertrieb", "kontakt", "buero"],
    "*": ["info", "sales", "purchasing", "admin", "enquiries", "office", "accounts"],
}


def slug(text, c=None):
    t = text.lower()
    if c == "DE":
        for k, v in ASCII_DE.items():
            t = t.replace(k, v)
    return t.translate(ASCII).replace("-", " ")


def domain_for(rng, co, c, used, city=None):
    legal = co["legal"].lower().replace(".", "").replace(" ", "")
    ws = [w for w in slug(" ".join(co["words"]), c).split() if w]
    if not ws:
        ws = ["firma"]
    r = rng.random()
    if r < 0.45 or len(ws) == 1:
        base = "".join(ws)
    elif r < 0.6:
        base = "-".join(ws)
    elif r < 0.7 and legal in ("pt", "cv", "ud"):
        base = legal + "".join(ws)
    elif r < 0.8:
        base = "".join(w[0] for w in ws) + rng.choice(("", "-" + ws[-1], ws[-1], "indo", "group"))
    elif r < 0.9:
        base = ws[0] + ws[-1]
    else:
        base = "".join(ws[:2]) + rng.choice(("", "group", "-bv" if c == "NL" else "grup"))
    if city and rng.random() < 0.6:
        base += "-" + slug(city)[:3]
    tld = wpick(rng, TLDS[c])
    dom = base + tld
    k = 2
    while dom in used:  # someone else already owns it
        dom = base + rng.choice(("", "-")) + str(k) + tld
        k += 1
    used.add(dom)
    return dom


def person_locals(p):
    f = slug(p["first"], p["country"]).split()
    l = slug(p["last"].replace("bin ", "").replace("binti ", ""), p["country"]).split()
    fj, lj = "".join(f), "".join(l)
    out = [fj]
    if lj:
        out += [
            fj + "." + lj,
            f[0][0] + "." + lj,
            f[0][0] + lj,
            fj + lj,
            fj + "_" + lj,
            lj + "." + fj,
            fj + lj[0],
            f[0][0] + ".".join([""] + l) if len(l) > 1 else lj,
        ]
    return out


def work_email(rng, p, dom):
    loc = person_locals(p)
    return rng.choice(loc[:4] if len(loc) > 3 else loc) + "@" + dom


def private_email(rng, p):
    loc = rng.choice(person_locals(p))
    if "." not in loc and "_" not in loc and len(loc) < 9:
        loc += str(rng.randint(1, 99) if rng.random() < 0.6 else rng.randint(1960, 2004))
    elif rng.random() < 0.45:
        loc += rng.choice(
            (str(rng.randint(1, 99)), str(rng.randint(1960, 2004)), "_", str(rng.randint(100, 999)))
        )
    return loc.strip("._") + "@" + wpick(rng, PROVIDERS[p["country"]])


def shop_mailbox(rng, co, c, city):
    ws = slug(" ".join(co["words"]), c).split()
    loc = rng.choice(
        (
            "".join(ws),
            ".".join(ws),
            "".join(ws) + str(rng.randint(1, 99)),
            "".join(ws) + "." + slug(city)[:3] if city else "".join(ws),
        )
    )
    dom = wpick(rng, PROVIDERS[c])
    if rng.random() < 0.03 and dom in PROVIDER_TYPOS:
        dom = rng.choice(PROVIDER_TYPOS[dom])
    return loc + "@" + dom


def fmt_email(rng, addr, display=None):
    r = rng.random()
    if display and r < 0.22:
        return display + " <" + addr + ">"
    if display and r < 0.26:
        return '"' + display + '" <' + addr + ">"
    if r > 0.985:
        return addr.upper()
    if r > 0.96:
        return addr[0].upper() + addr[1:]
    return addr


# --------------------------------------------------------------------------
# Noise on typed text
# --------------------------------------------------------------------------
KEYB = "qwertyuiopasdfghjklzxcvbnm"
OLD_SPELLING = [("j", "dj"), ("y", "j"), ("c", "tj"), ("u", "oe"), ("kh", "ch")]
ABBREV = {
    "Teknik": "Tek.",
    "Logistik": "Log.",
    "Indonesia": "Indo",
    "Distribusi": "Dist.",
    "Industri": "Ind.",
    "Trading": "Trdg",
    "Brothers": "Bros",
    "Engineering": "Eng.",
    "Installatietechniek": "Inst.techniek",
    "Logistiek": "Log.",
    "Transport": "Transp.",
    "Groothandel": "Grooth.",
    "Machinehandel": "Mach.handel",
    "Holdings": "Hldgs",
    "Manufacturing": "Mfg",
    "Industries": "Ind.",
    "Supplies": "Supp.",
    "&": "en",
    "Zn.": "Zonen",
    "Services": "Svcs",
    "Lagertechnik": "Lagertech.",
    "Syarikat": "Sy.",
    "Sejahtera": "Sejahtra",
    "Enterprise": "Ent.",
}


def typo(rng, s):
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])
    op = rng.random()
    if op < 0.3 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op < 0.55:
        return s[:i] + s[i + 1 :]
    if op < 0.75:
        return s[:i] + s[i] + s[i:]
    ch = rng.choice(KEYB)
    return s[:i] + (ch.upper() if s[i].isupper() else ch) + s[i + 1 :]


def old_spelling(rng, word):
    w = word
    for a, b in OLD_SPELLING:
        if rng.random() < 0.8:
            w = w.replace(a, b).replace(a.upper(), b.capitalize())
    return w


def ij_y(s):
    if "ij" in s or "IJ" in s:
        return s.replace("ij", "y").replace("IJ", "Y")
    return s.replace("y", "ij")


def strip_diacritics(s, german=False):
    if german and "ü" in s or "ö" in s or "ä" in s:
        for k, v in ASCII_DE.items():
            s = s.replace(k, v).replace(k.upper(), v.capitalize())
        return s
    return s.translate(str.maketrans("äöüéèëïß", "aoueeeis"))


def noisy_company(rng, co, c, tags, city=None):  # noqa: C901
    """Company name as typed on a later lead; appends the tags used."""
    legal, words = co["legal"], list(co["words"])
    text = None
    if rng.random() < 0.09 and c == "ID":
        new = [old_spelling(rng, w) for w in words]
        if new != words:
            words = new
            tags.append("old_spelling")
    if rng.random() < 0.05 and len(words) > 1:
        if rng.random() < 0.5:
            new = [ABBREV.get(w, w) for w in words]
        else:
            new = ["".join(w[0] for w in words if w[0].isalpha()).upper()]
        if new != words:
            words = new
            tags.append("abbrev_company")
    if rng.random() < 0.22:
        r = rng.random()
        if legal and r < 0.4:
            legal = ""
        elif not legal:
            legal = "UD" if words[0] in ID_SHOP else FORM_OF[c]
        elif r < 0.75 or legal not in PRE_FORMS + ("BV", "NV", "BVBA", "B.V.", "V.O.F."):
            alts = [f for f in LEGAL_FORMS.get(legal, []) if f != legal]
            legal = rng.choice(alts) if alts else ""
        elif legal in PRE_FORMS:
            text = " ".join(words) + rng.choice((", ", " ", ". ")) + rng.choice(LEGAL_FORMS[legal])
        else:
            text = rng.choice(LEGAL_FORMS.get(legal, [legal])) + " " + " ".join(words)
        tags.append("legal_form")
    if text is None:
        pre = (
            legal
            if legal in PRE_FORMS or legal in LEGAL_FORMS["PT"] + LEGAL_FORMS["CV"] + LEGAL_FORMS["UD"]
            else None
        )
        core = " ".join(words)
        if pre:
            text = pre + " " + core + (" Tbk" if co.get("tbk") and rng.random() < 0.6 else "")
        else:
            text = core + (" " + legal if legal else "")
    if rng.random() < 0.09:
        r = rng.random()
        if r < 0.35 and " " in text:
            i = rng.choice([i for i, ch in enumerate(text) if ch == " "])
            text = text[:i] + text[i + 1 :]
        elif r < 0.7 and " " in text:
            i = rng.choice([i for i, ch in enumerate(text) if ch == " "])
            text = text[:i] + "-" + text[i + 1 :]
        else:
            text = "  ".join(text.split(" ", 1)) if rng.random() < 0.5 else text + " "
        tags.append("spacing_company")
    if c in ("NL", "BE") and ("ij" in text or "y" in text) and rng.random() < 0.3:
        text = ij_y(text)
        tags.append("ij_y")
    if any(ch in text for ch in "äöüéèëß") and rng.random() < 0.4:
        text = strip_diacritics(text, c == "DE")
        tags.append("diacritics")
    if rng.random() < 0.1:
        text = text.upper() if rng.random() < 0.7 else text.lower()
        tags.append("case_company")
    if rng.random() < 0.1:
        text = typo(rng, text)
        tags.append("typo_company")
    return text


def initials(first):
    return "".join(part[0] + "." for part in first.replace("-", " ").split())


def noisy_contact(rng, p, tags):
    first, last = p["first"], p["last"]
    if p["nicks"] and rng.random() < 0.45:
        first = rng.choice(p["nicks"])
        tags.append("nickname")
    if rng.random() < 0.08 and last:
        tags.append("name_order")
        if p["style"] == "cn":
            text = first + " " + last
        elif " " in last and last[0].islower():  # de Vries -> Vries, Jan de
            pre, core = last.rsplit(" ", 1)
            text = core + ", " + first + " " + pre
        else:
            text = last + rng.choice((", ", " ")) + first
    elif rng.random() < 0.08 and last:
        tags.append("initials")
        text = (initials(first) + " " + last) if p["style"] != "cn" else last + " " + initials(first)
    elif rng.random() < 0.08 and last:
        tags.append("first_name_only")
        text = first
    else:
        text = person_text(dict(p, first=first))
    if rng.random() < 0.1:
        text = rng.choice(p["titles"]) + " " + text
        tags.append("title")
    if rng.random() < 0.06:
        text = typo(rng, text)
        tags.append("typo_contact")
    if rng.random() < 0.05:
        text = text.upper() if rng.random() < 0.6 else text.lower()
        tags.append("case_contact")
    return text


def typo_email(rng, addr):
    loc, dom = addr.split("@", 1)
    if dom in PROVIDER_TYPOS and rng.random() < 0.4:
        return loc + "@" + rng.choice(PROVIDER_TYPOS[dom])
    if rng.random() < 0.3:
        return loc + "@" + typo(rng, dom)
    return typo(rng, loc) + "@" + dom


# --------------------------------------------------------------------------
# Inquiry subjects and channels
# --------------------------------------------------------------------------
ITEMS = {
    "ID": [
        "forklift 3 ton",
        "forklift listrik",
        "hand pallet 2.5T",
        "timbangan digital",
        "timbangan lantai 1 ton",
        "jembatan timbang",
        "rak gudang",
        "rak selektif",
        "conveyor",
        "mesin stretch wrapping",
        "stacker elektrik",
        "sparepart forklift",
        "baterai forklift",
        "troli barang",
        "timbangan gantung",
    ],
    "NL": [
        "heftruck 2,5t",
        "elektrische heftruck",
        "palletwagen",
        "stapelaar",
        "reachtruck",
        "weegschaal",
        "vloerweegschaal",
        "weegbrug",
        "palletstellingen",
        "transportband",
        "wikkelmachine",
        "heftruckbatterij",
        "onderdelen heftruck",
    ],
    "DE": [
        "Gabelstapler",
        "Hubwagen",
        "Plattformwaage",
        "Palettenregal",
        "Stretchwickler",
        "Elektro-Stapler",
    ],
    "EN": [
        "forklift 3T",
        "electric forklift",
        "pallet jack",
        "platform scale",
        "weighbridge",
        "pallet racking",
        "belt conveyor",
        "stretch wrapper",
        "reach truck",
        "forklift battery",
        "stacker",
    ],
}
SUBJ = {
    "ID": [
        "Permintaan harga {}",
        "Penawaran {}",
        "Minta quotation {}",
        "Info harga {}",
        "Sewa {}",
        "Servis {}",
        "Butuh {} {} unit",
        "RFQ {}",
        "Tanya {}",
    ],
    "NL": [
        "Offerte {}",
        "Prijsaanvraag {}",
        "Huur {}",
        "Onderhoud {}",
        "Vraag over {}",
        "Demo {}",
        "Offerteaanvraag {} ({} st.)",
    ],
    "DE": ["Angebot {}", "Anfrage {}", "Preisanfrage {} ({} Stk.)", "Wartung {}"],
    "EN": [
        "Quotation {}",
        "RFQ: {}",
        "Enquiry {}",
        "Price request {}",
        "Rental {}",
        "Service contract {}",
        "Demo request {}",
        "Quote for {} x{}",
    ],
}
LANG = {
    "ID": (("ID", 85), ("EN", 15)),
    "NL": (("NL", 85), ("EN", 15)),
    "BE": (("NL", 75), ("EN", 25)),
    "DE": (("DE", 80), ("EN", 20)),
}
CHANNELS = {
    "ID": [
        ("whatsapp", 25),
        ("website", 25),
        ("phone", 13),
        ("email", 15),
        ("portal", 8),
        ("tradefair", 7),
        ("import", 7),
    ],
    "NL": [("website", 35), ("email", 25), ("phone", 15), ("tradefair", 10), ("import", 10), ("linkedin", 5)],
    "*": [("website", 35), ("email", 30), ("phone", 10), ("linkedin", 10), ("tradefair", 10), ("import", 5)],
}
# chance that the channel fills: company, contact, email, a phone, country
PRESENCE = {
    "website": (0.9, 0.97, 1.0, 0.8, 0.95),
    "email": (0.6, 0.85, 1.0, 0.35, 0.5),
    "phone": (0.85, 0.9, 0.3, 1.0, 0.85),
    "whatsapp": (0.5, 0.9, 0.15, 1.0, 0.9),
    "tradefair": (0.98, 0.98, 0.95, 0.9, 0.98),
    "import": (0.95, 0.5, 0.7, 0.85, 0.8),
    "portal": (0.8, 0.9, 0.6, 0.9, 0.9),
    "linkedin": (0.95, 1.0, 0.5, 0.2, 0.9),
}
SIZES = [(1, 60), (2, 20), (3, 8), (4, 5), (5, 3), (6, 1.5), (7, 1), (8, 0.6), (9, 0.5), (10, 0.4)]
FORM_OF = {
    "ID": "PT",
    "NL": "B.V.",
    "BE": "BV",
    "GB": "Ltd",
    "SG": "Pte Ltd",
    "MY": "Sdn Bhd",
    "DE": "GmbH",
    "AU": "Pty Ltd",
}


def subject(rng, c):
    lang = wpick(rng, LANG.get(c, (("EN", 1),)))
    t = rng.choice(SUBJ[lang])
    item = rng.choice(ITEMS[lang])
    return t.format(item, rng.randint(2, 12)) if t.count("{}") == 2 else t.format(item)


# --------------------------------------------------------------------------
# The world: prospects, their people and numbers, and their leads
# --------------------------------------------------------------------------
class World:
    def __init__(self, rng):
        self.rng = rng
        self.prospects = []
        self.leads = []
        self.domains = set()  # membership only, never iterated
        self.npersons = 0
        self.taken = set()  # mailboxes and numbers already owned by someone

    def uniq(self, make, *args):
        """A mailbox or number nobody else owns (real ones are unique)."""
        for k in range(50):
            v = make(self.rng, *args)
            key = v if isinstance(v, str) else v[0] + v[1]
            if key not in self.taken:
                break
            if isinstance(v, str) and k > 5:
                v = v.replace("@", str(self.rng.randint(2, 999)) + "@", 1)
                key = v
                if key not in self.taken:
                    break
        self.taken.add(key)
        return v

    def add_person(self, p, person=None):
        rng = self.rng
        if person is None:
            self.npersons += 1
            person = new_person(rng, p["c"], self.npersons)
            person["mob"] = self.uniq(make_mobile, p["c"]) if rng.random() < 0.92 else None
            person["priv"] = self.uniq(private_email, person)
        if p["dom"]:
            person["work"] = work_email(rng, person, p["dom"])
        p["persons"].append(person)
        return person

    def prospect(self, c=None, kind=None, co=None, city=None, owner=None, land=None):
        rng = self.rng
        c = c or wpick(rng, COUNTRY_SHARES)
        kind = kind or wpick(rng, [("company", 68), ("shop", 20), ("person", 12)])
        city = city or rng.choice(CITIES[c])
        if land is True:
            land = self.uniq(make_landline, c, city)
        p = {
            "idx": len(self.prospects),
            "c": c,
            "kind": kind,
            "city": city,
            "co": None,
            "dom": None,
            "alt_dom": None,
            "box": None,
            "land": land,
            "persons": [],
            "role": None,
            "neg": None,
            "chain": None,
            "nleads": 0,
        }
        if kind != "person":
            p["co"] = co or new_company(rng, c, city[0], kind == "shop")
            own = (0.6 if c == "ID" else 0.88) if kind == "company" else 0.12
            if rng.random() < own:
                p["dom"] = domain_for(rng, p["co"], c, self.domains)
                p["role"] = rng.choice(ROLE.get(c, ROLE["*"])) + "@" + p["dom"]
                if rng.random() < 0.05:
                    p["alt_dom"] = domain_for(rng, p["co"], c, self.domains)
            else:
                p["box"] = self.uniq(shop_mailbox, p["co"], c, city[0])
            if land is None and rng.random() < (0.85 if kind == "company" else 0.5):
                p["land"] = self.uniq(make_landline, c, city)
        self.add_person(p, owner)
        self.prospects.append(p)
        return p

    def lead(self, p, person, tags, first, company=None, private=False, prefer_land=False):  # noqa: C901
        """Type one lead of prospect p written by person; tags is the leading tag list."""
        rng, c = self.rng, p["c"]
        ch = wpick(rng, CHANNELS.get(c, CHANNELS["NL" if c == "BE" else "*"]))
        if prefer_land and ch == "whatsapp":
            ch = "phone"
        pc, pn, pe, pp, pk = PRESENCE[ch]
        anchors = set()
        comp = ""
        if p["co"] and (rng.random() < pc or company is not None or p["neg"] == "job_change"):
            comp = (
                company
                if company is not None
                else (company_text(p["co"]) if first else noisy_company(rng, p["co"], c, tags))
            )
            if "abbrev_company" not in tags:
                anchors.add("co")
        cont = ""
        if rng.random() < pn or not comp:
            cont = person_text(person) if first else noisy_contact(rng, person, tags)
        anchors.add(f"pe{person['id']}")
        # mailbox
        if private or p["kind"] == "person":
            addr = person["priv"]
        elif p["dom"]:
            addr = person["work"] if rng.random() < (0.6 if ch == "import" else 0.87) else p["role"]
        elif p["box"] and rng.random() < (0.85 if person is p["persons"][0] else 0.5):
            addr = p["box"]
        else:
            addr = person["priv"]
        dom = addr.split("@")[1]
        if not first and p["alt_dom"] and dom == p["dom"] and rng.random() < 0.5:
            addr, dom = addr.split("@")[0] + "@" + p["alt_dom"], p["alt_dom"]
            tags.append("new_domain")
        if dom not in PUBLIC:
            anchors.add("d:" + dom)
        email = ""
        if rng.random() < pe:
            anchors.add("e:" + addr)
            if not first and rng.random() < 0.04:
                addr = typo_email(rng, addr)
                tags.append("typo_email")
            email = fmt_email(rng, addr, cont if cont and rng.random() < 0.7 else None)
        # numbers
        mob, land = person["mob"], p["land"]
        phone = mobile = ""
        if rng.random() < pp or not email or prefer_land:
            if ch == "whatsapp":
                nums = [(mob, True)] if mob else [(land, False)]
            elif ch == "tradefair":
                nums = [(land, False), (mob, True)]
            elif ch == "import" or prefer_land:
                nums = [(land, False)] if land and rng.random() < 0.85 else [(mob, True)]
            else:
                nums = [(mob, True)] if mob and rng.random() < 0.55 else [(land, False)]
                if mob and rng.random() < 0.15:
                    nums.append((mob, True))
            nums = [(n, m) for n, m in nums if n]
            if not nums:
                nums = [(mob or land, bool(mob))] if (mob or land) else []
            for n, _m in nums:
                anchors.add("t:" + n[1])
            if len(nums) == 2 and nums[0][0] != nums[1][0]:
                phone = fmt_phone(rng, nums[0][0], nums[0][1], 0.15)
                mobile = fmt_phone(rng, nums[1][0], True, 0.1)
                if rng.random() < 0.15:
                    phone, mobile = phone + rng.choice((" / ", "; ", ", ", " - ")) + mobile, ""
            elif nums:
                n, m = nums[0]
                txt = fmt_phone(rng, n, m, 0.15)
                if m and rng.random() < 0.35:
                    mobile = txt
                else:
                    phone = txt
        if not email and not phone and not mobile:  # an unreachable lead is no lead
            anchors.add("e:" + addr)
            email = addr
        miss = []
        if p["co"] and not comp:
            miss.append("no_company")
        if not cont:
            miss.append("no_contact")
        if not email:
            miss.append("no_email")
        if not phone and not mobile:
            miss.append("no_phone")
        country = c if rng.random() < pk else ""
        if not country:
            miss.append("no_country")
        return {
            "p": p["idx"],
            "tags": tags,
            "miss": miss,
            "ch": ch,
            "anchors": anchors,
            "name": subject(rng, c),
            "partner_name": comp,
            "contact_name": cont,
            "email_from": email,
            "phone": phone,
            "mobile": mobile,
            "country_code": country,
        }

    def later(self, p, prev):
        """A later lead of p that a careful human could still tie to prev anchors."""
        rng = self.rng
        tags = []
        person, private = p["persons"][0], False
        if p["kind"] != "person" and rng.random() < 0.2:
            if len(p["persons"]) < 2 or rng.random() < 0.45:
                person = self.add_person(p)
            else:
                person = rng.choice(p["persons"][1:])
            tags.append("other_person")
        if p["kind"] != "person" and rng.random() < 0.07:
            private = True
            tags.append("private_email")
        ld = self.lead(p, person, tags, False, private=private, prefer_land=p["neg"] in LAND_NEGS)
        strong = {a for a in ld["anchors"] if not a.startswith("pe")}
        if strong & prev:
            return ld
        if rng.random() < 0.25 and ld["partner_name"] + ld["contact_name"]:
            tags.append("hard_positive")
        elif "co" in prev:  # repair: put back a recognisable tie
            ld["partner_name"] = company_text(p["co"])
            ld["anchors"].add("co")
            ld["miss"] = [m for m in ld["miss"] if m != "no_company"]
        else:
            nums = [x for x in [q["mob"] for q in p["persons"]] + [p["land"]] if x and "t:" + x[1] in prev]
            if nums:
                n = nums[0]
                ld["phone"] = fmt_phone(rng, n, n is not p["land"], 0.1)
                ld["anchors"].add("t:" + n[1])
                ld["miss"] = [m for m in ld["miss"] if m != "no_phone"]
            else:
                addr = min(a for a in prev if a.startswith("e:"))[2:]
                ld["email_from"] = fmt_email(rng, addr)
                ld["anchors"].add("e:" + addr)
                ld["miss"] = [m for m in ld["miss"] if m != "no_email"]
        return ld

    def emit(self, p, first_tag, size=None):
        rng = self.rng
        size = size or wpick(rng, SIZES)
        ld = self.lead(p, p["persons"][0], [first_tag], True, prefer_land=p["neg"] in LAND_NEGS)
        out, prev = [ld], set(ld["anchors"])
        for _ in range(size - 1):
            ld = self.special_later(p, prev) or self.later(p, prev)
            out.append(ld)
            prev |= ld["anchors"]
        for ld in out:
            if not ld["tags"]:
                ld["tags"].append("clean")
            ld["tags"] = ld["tags"] + ld["miss"] + ["via_" + ld["ch"]]
        self.leads.extend(out)
        p["nleads"] += len(out)
        p["shown"] = prev
        return p

    def special_later(self, p, prev):
        """Contested positives: a chain's branch tied by mailbox/phone; owner's private lead."""
        rng = self.rng
        tie = ("d:" + str(p["dom"]) in prev) or p["land"] and "t:" + p["land"][1] in prev
        if p["chain"] and tie and rng.random() < 0.3:
            words, c = p["chain"]
            city = rng.choice([x for x in CITIES[c] if x[0] != p["city"][0]])
            text = company_text(p["co"], words=words + city[0].split())
            ld = self.lead(p, self.add_person(p), ["branch_shared"], False, company=text)
            if p["dom"]:
                ld["email_from"] = fmt_email(rng, p["role"])
                ld["anchors"].add("e:" + p["role"])
            else:
                ld["phone"] = fmt_phone(rng, p["land"], False, 0.3)
                ld["anchors"].add("t:" + p["land"][1])
            ld["miss"] = [m for m in ld["miss"] if m not in ("no_email", "no_phone")]
            return ld
        own = p["persons"][0]
        if p["kind"] != "person" and own["mob"] and "t:" + own["mob"][1] in prev and rng.random() < 0.06:
            q = dict(p, co=None, dom=None, box=None, land=None, kind="person")
            ld = self.lead(q, own, ["owner_private"], False)
            if "t:" + own["mob"][1] not in ld["anchors"]:
                ld["mobile"] = fmt_phone(rng, own["mob"], True, 0.2)
                ld["anchors"].add("t:" + own["mob"][1])
                ld["miss"] = [m for m in ld["miss"] if m != "no_phone"]
            return ld
        return None

    # ---- hard negatives: a new prospect built to resemble an existing one ----
    def target(self, pred, make):
        rng, n = self.rng, len(self.prospects)
        for _ in range(25):
            t = self.prospects[rng.randrange(max(0, n - 3000), n)] if n else None
            if t and t["nleads"] and pred(t):
                self.tgt = t
                return t
        self.tgt = self.emit(make(), "base")
        return self.tgt

    def fresh_company(self, countries, pred=lambda co: True, kind="company"):
        rng = self.rng
        c = wpick(rng, countries)
        city = rng.choice(CITIES[c])
        while True:
            co = new_company(rng, c, city[0], kind == "shop")
            if pred(co):
                return self.prospect(c, kind, co, city)

    def negative(self, kind):
        rng = self.rng
        co_ok = lambda t: t["co"] is not None
        anyc = COUNTRY_SHARES
        if kind == "word_order":
            t = self.target(
                lambda t: co_ok(t) and len(units(t["co"])) > 1,
                lambda: self.fresh_company(anyc, lambda co: len(units(co)) > 1),
            )
            u = units(t["co"])
            v = u[::-1] if len(u) == 2 or rng.random() < 0.5 else u[1:] + u[:1]
            co = dict(t["co"], words=" ".join(v).split())
            if rng.random() < 0.35 and ALT_FORM.get(co["legal"]):
                co["legal"] = ALT_FORM[co["legal"]]
            return self.prospect(t["c"], t["kind"], co)
        if kind == "family":
            fam = [("NL", 45), ("BE", 35), ("DE", 10), ("GB", 10)]
            t = self.target(
                lambda t: co_ok(t) and t["co"]["family"] and t["c"] != "ID",
                lambda: self.fresh_company(fam, lambda co: co["family"]),
            )
            c, f = t["c"], t["co"]["family"]
            trades = {"NL": NL_TRADES, "BE": BE_TRADES, "DE": DE_TRADES}.get(c, EN_NOUNS)
            tr = rng.choice([x for x in trades if x not in t["co"]["words"]])
            words = f.split() + [tr] if rng.random() < 0.5 else [tr] + f.split()
            co = dict(new_company(rng, c, None), words=words, family=f, trade=tr)
            return self.prospect(c, "company", co)
        if kind == "extra_word":
            t = self.target(
                lambda t: co_ok(t) and len(t["co"]["words"]) > 1,
                lambda: self.fresh_company(anyc, lambda co: len(co["words"]) > 1),
            )
            words = list(t["co"]["words"])
            if len(words) > 2 and rng.random() < 0.4:
                del words[-1]
            else:
                words.append(rng.choice([x for x in EXTRA.get(t["c"], EXTRA["*"]) if x not in words]))
            return self.prospect(t["c"], t["kind"], dict(t["co"], words=words))
        if kind == "legal_form":
            t = self.target(
                lambda t: co_ok(t) and ALT_FORM.get(t["co"]["legal"]) is not None,
                lambda: self.fresh_company([("ID", 60), ("NL", 25), ("BE", 15)]),
            )
            lf = ALT_FORM.get(t["co"]["legal"])
            return self.prospect(t["c"], t["kind"], dict(t["co"], legal=lf, tbk=False))
        if kind == "namesake":
            t = self.target(co_ok, lambda: self.fresh_company(anyc))
            city = rng.choice([x for x in CITIES[t["c"]] if x[0] != t["city"][0]] or CITIES[t["c"]])
            return self.prospect(t["c"], t["kind"], dict(t["co"]), city)
        if kind == "branch":
            c = wpick(rng, [("ID", 65), ("NL", 20), ("BE", 10), ("MY", 5)])
            k = rng.choice(("shop", "shop", "company"))
            c1, c2 = rng.sample(CITIES[c], 2)
            base = new_company(rng, c, None, k == "shop")
            words = list(base["words"])
            t = self.prospect(
                c, k, dict(base, words=words + c1[0].split()), c1, land=self.uniq(make_landline, c, c1)
            )
            t["chain"] = (words, c)
            self.tgt = self.emit(t, "base")
            q = self.prospect(
                c, k, dict(base, words=words + c2[0].split()), c2, land=self.uniq(make_landline, c, c2)
            )
            q["chain"] = (words, c)
            return q
        if kind == "owner_private":
            t = self.target(
                lambda t: t["kind"] != "person" and t["persons"][0]["last"],
                lambda: self.fresh_company([("ID", 60), ("NL", 25), ("BE", 15)], kind="shop"),
            )
            o = t["persons"][0]
            self.npersons += 1
            twin = dict(o, id=self.npersons, mob=self.uniq(make_mobile, t["c"]), work=None)
            twin["priv"] = self.uniq(private_email, twin)
            return self.prospect(t["c"], "person", owner=twin)
        if kind in ("shared_phone", "near_phone"):
            t = self.target(
                lambda t: t["land"] and "t:" + t["land"][1] in t["shown"],
                lambda: self.prospect(kind="company", land=True),
            )
            land = t["land"] if kind == "shared_phone" else self.uniq(near_number, t["land"])
            return self.prospect(t["c"], "company", city=t["city"], land=land)
        if kind == "same_name":
            t = self.target(
                lambda t: t["kind"] == "person" and t["persons"][0]["last"],
                lambda: self.prospect(kind="person"),
            )
            o = t["persons"][0]
            self.npersons += 1
            twin = dict(o, id=self.npersons, mob=self.uniq(make_mobile, t["c"]), work=None)
            twin["priv"] = self.uniq(private_email, twin)
            return self.prospect(t["c"], "person", owner=twin)
        if kind == "group":
            c = wpick(rng, [("ID", 50), ("NL", 20), ("BE", 10), ("SG", 10), ("MY", 10)])
            trades = {"ID": ID_TRADES, "NL": NL_TRADES, "BE": BE_TRADES}.get(c, EN_NOUNS)
            grp = (
                [x for x in rng.sample(ID_WORDS, 6) if x not in trades][:2]
                if c == "ID"
                else [rng.choice(EN_BRAND)]
            )
            t1, t2 = rng.sample(trades, 2)
            base = new_company(rng, c, None)
            t = self.prospect(c, "company", dict(base, words=grp + [t1], trade=t1))
            self.tgt = self.emit(t, "base")
            return self.prospect(c, "company", dict(base, words=grp + [t2], trade=t2))
        # job_change: the same person (name, mobile, private mail) now at another company
        t = self.target(lambda t: t["kind"] == "company", lambda: self.prospect(kind="company"))
        o = rng.choice(t["persons"])
        return self.prospect(t["c"], "company", owner=dict(o, work=None))

    def build(self, count):
        rng = self.rng
        while len(self.leads) < count:
            if self.prospects and rng.random() < NEG_SHARE:
                kind = wpick(rng, NEG_KINDS)
                q = self.negative(kind)
                q["neg"], q["of"] = kind, self.tgt["idx"]  # "of": the look-alike's model
                self.emit(q, "neg_" + kind)
            else:
                self.emit(self.prospect(), "base")
        del self.leads[count:]


def units(co):
    """Word groups a name can be reordered by (a family name stays whole)."""
    ws = co["words"]
    if co["family"] and co["trade"]:
        return [co["trade"], co["family"]] if ws[0] == co["trade"] else [co["family"], co["trade"]]
    if "&" in ws or co["family"]:
        return [ws[0]]
    return list(ws)


EXTRA = {
    "ID": [
        "Bersama",
        "Abadi",
        "Sejahtera",
        "Mandiri",
        "Indonesia",
        "Group",
        "Perkasa",
        "Teknik",
        "Utama",
        "Jaya",
        "Makmur",
    ],
    "NL": ["Groep", "Holland", "Service", "Nederland", "Techniek", "Noord", "Holding"],
    "BE": ["Groep", "Service", "België", "Vlaanderen", "Techniek"],
    "*": ["Group", "Holdings", "International", "Asia", "Services", "Global"],
}
NEG_SHARE = 0.17
LAND_NEGS = ("shared_phone", "near_phone")
NEG_KINDS = P("""word_order:12 family:10 extra_word:12 legal_form:10 namesake:12 branch:10 owner_private:10
shared_phone:8 same_name:10 group:8 near_phone:5 job_change:3""")


def write_csv(world, rng, path):
    leads = world.leads[:]
    rng.shuffle(leads)
    used = sorted({l["p"] for l in leads})
    ids = list(range(1, len(used) + 1))
    rng.shuffle(ids)
    pid = dict(zip(used, ids, strict=True))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for i, l in enumerate(leads, 1):
            w.writerow(
                [
                    i,
                    pid[l["p"]],
                    ";".join(l["tags"]),
                    l["name"],
                    l["partner_name"],
                    l["contact_name"],
                    l["email_from"],
                    l["phone"],
                    l["mobile"],
                    l["country_code"],
                ]
            )


MISSING = ("no_company", "no_contact", "no_email", "no_phone", "no_country")


def print_stats(leads):
    size, first, noise, miss, via = {}, {}, {}, {}, {}
    for ld in leads:
        size[ld["p"]] = size.get(ld["p"], 0) + 1
        tags = ld["tags"]
        if tags[0] == "base" or tags[0].startswith("neg_"):
            first[tags[0]] = first.get(tags[0], 0) + 1
        else:
            for t in tags:
                if t not in MISSING and not t.startswith("via_"):
                    noise[t] = noise.get(t, 0) + 1
        for t in tags:
            if t in MISSING:
                miss[t] = miss.get(t, 0) + 1
            elif t.startswith("via_"):
                via[t] = via.get(t, 0) + 1
    npros, later = len(size), len(leads) - len(size)
    hist = {}
    for n in size.values():
        hist[n] = hist.get(n, 0) + 1
    print(
        f"leads {len(leads)}  prospects {npros}  later leads {later}  "
        f"true pairs {sum(n * (n - 1) // 2 for n in size.values())}"
    )

    def show(title, d, base):
        print(title)
        for k in sorted(d, key=lambda k: (-d[k], str(k))):
            print(f"  {k:<22} {d[k]:7d}  {100.0 * d[k] / max(base, 1):6.2f}%")

    show("prospects per size (share of prospects)", {f"size {k:2d}": v for k, v in hist.items()}, npros)
    show("first tags (share of prospects)", first, npros)
    show("noise tags (share of later leads)", noise, later)
    show("missing-field tags (share of leads)", miss, len(leads))
    show("channels (share of leads)", via, len(leads))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.time()
    rng = random.Random(a.seed)
    world = World(rng)
    world.build(a.count)
    write_csv(world, rng, a.out)
    if a.stats:
        print_stats(world.leads)
        print(f"leads {len(world.leads)}, {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
