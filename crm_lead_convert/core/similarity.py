"""Decide whether two leads are about the same sales prospect, and say why: what speaks for, what against.

The model is the one of record-linkage systems (Fellegi-Sunter, as Splink and dedupe use it). Two leads are
compared field by field: commercial partner, email, phone, company name and contact name. Each comparison
ends in one *level* ("same address", "another company domain", "company names alike", "the same words in
another order" ...), and each level has a *match weight*: the log2 of its Bayes factor, how many times
likelier that level is between two leads of one prospect than between two leads of different prospects.
Agreement weighs for (a positive weight), disagreement against (a negative one); a field missing on either
side weighs nothing. The weights of the levels found are added to :data:`PRIOR_WEIGHT`; the sum is the log2
of the odds that the leads are one prospect, turned into a probability: the score, 0-100. Each level that
weighs is a :class:`Reason`, for or against, with its weight: the "waterfall" by which Splink explains a
match.

A company name agreeing weighs by how rare its words are in the database (:class:`WordFrequencies`): a name
of common words ("Toko Sinar Jaya") is shared by chance more often than a name holding a rare one
("Vertex Logistics"). Word order counts: "PT Abadi Utama" and "PT Utama Abadi Tbk" are two registered
companies; legal forms do not (:func:`.normalize.normalize_company` drops them, keeping the order).

The weights were set on the data of ``bench/generate_leads.py`` only: ``bench/fit_weights.py`` prints, for
each level, its share among candidate pairs of one prospect (m) and of different prospects (u), and
``bench/core_check.py`` what the weights find. Where that data can say little, the weight is a decision,
written next to it: two leads of different prospects never share an address, a company domain or a
customer there, and only namesakes (1.5 % of prospects, of stock words) share a name, so the agreement
weights only have to be strong enough to make a match alone; the disagreement weights of phone and contact
are milder than that data suggests (-4 and -2.6), as its leads hold one number per person while real
companies answer from several.

Decisions (for the README):

- The same words in another order are another company ("PT Utama Abadi Tbk" / "PT Abadi Utama", "Zorg
  Visser V.O.F." / "Visser Zorg B.V."), with or without a typo: shown only when something else agrees (the
  same address, company domain or phone).
- A chain's branches named after their city ("Toko Sinar Jaya Bandung" / "Toko Sinar Jaya Surabaya") are
  separate prospects, each buying for itself, unless they share an address, a company domain or a phone
  number (one purchasing office). Branches under the very same name: the leads do not tell the city, so
  the name decides, weighed by its words: a name of common stock words with other phones and contacts is
  not matched, a distinctive one is. Namesakes under two legal forms ("CV Samudra Makmur" / "PT Samudra
  Makmur") are two registered companies: the other form counts against (:data:`OTHER_LEGAL_FORM_WEIGHT`).
- A name held by more leads than one prospect has (:data:`COMMON_NAME_LEADS`) is several prospects' name,
  however rare its words are one by one: the word counts take words as if independent, and a popular
  combination ("Depot Mulia Sentosa") is commoner than its words say. Two leads agreeing on it weigh by how
  many hold it; the same phone, address or person still ties them. The number is a decision, not fitted: the
  training set's prospects have up to 4 leads, and none of its 20,000 names is held by more than 4.
- A private person's own name typed as the company, without legal form, digits or "&" ("Budi Saputra" as
  company and contact), is no company name (:func:`.normalize.company_key`): it agrees as a contact name
  only, and a name alone never matches. Counted as a company name too, namesakes matched by their name twice
  over: 17 of 30 wrong pairs drawn from the duplicate scan of the held-out million were such namesakes.
- A company's lead and its owner's private lead ("CV Maju Jaya" with Budi Santoso / Budi Santoso at
  gmail.com) are shown together only when the same phone number or address ties them: the same name alone
  is too common.
- A phone number shared by leads whose company names clearly differ is an office switchboard: it weighs
  too little to match them alone. Shared with a lead without company name, it is as strong as ever.
- A company name that names no company ("-", "N/A", "Pribadi", "Particulier", a bare "PT") is no company
  name (:func:`.normalize.normalize_company`): two private persons who typed the same placeholder are not
  alike for it.
- A company's email domain that spells the other lead's company name (its words written together) shows
  the company's own spelling: a name mistyped on the lead writing from it agrees as if spelled right
  ("Tylr Fabrication" at taylorfabrication.com / "Taylor Fabrication Ltd"). Found on the training set's
  missed pairs (2026-11-30): recall 0.983 -> 0.990 at 20,000 leads, core only; its false matches grew by
  three, namesakes whose name one lead mistyped, as they match when both spell it right.
- Spellings of one sound are one word: the Indonesian spelling before the 1972 reform, which companies and
  persons registered under it keep ("Tjahaja Djaja" / "Cahaya Jaya", "Soerabaja" / "Surabaya", "Soeharto" /
  "Suharto"), a Dutch "ij" written "y", "ph" written "f" (:func:`.normalize.spelling_key`). In a company
  name such a word counts as one typo, with the typo's allowance (words of up to 4 letters must still be
  spelled alike: "Jong" / "Yong"), unless both spellings are established words of the database ("Roest" /
  "Rust"); in a contact name, words of 5 letters or more only ("Chan" / "Khan" and "Joko" / "Djoko" stay
  apart). Similar Leads and the duplicate scan fetch candidates by the names' spellings written alike;
  a name shortened so has fewer trigrams, and a typo in it weighs more in the trigram search. (Training
  set with such records, 2026-11-30: 9 of 11 such pairs found among 1,000 leads' Similar Leads, 7 before;
  the held-out set did not move.)
- A word of up to 4 letters has no typo allowance ("Jaya" / "Raya" are two names), but for two neighbours
  swapped after its first letter ("Jaay" / "Jaya", "Wets" / "West"), unless both spellings are established
  words of the database ("Dian" / "Dina"): in a whole word only, not in a part of a word written together.
- A lead without company name written from a company email domain that spells the other lead's company
  name ("dewi@rayamakmurtrading.com" / "PT Raya Makmur Trading") is that company's: the domain agrees as the
  name would, weighed by the name's words and by how many leads hold it, so that a shop's common name
  written as a domain ties no more than the name itself. Web forms often ask only for an address. Found on
  the audit set's missed pairs (2026-12-04): 32 more pairs of one prospect among 1,000 leads' Similar Leads
  of 20,000 and 3 more of two, the core alone; the training and held-out sets did not move.
- An address whose domain is mistyped ("jozef.janssens@telenet.b", "dedi.wijaya@gmial.com") is the same
  mailbox as the one spelled right, if its name is long enough to be a person's (:data:`EMAIL_ALIKE_WEIGHT`).
- One person's number mistyped by a digit, or with two neighbours swapped, counts for, less than the same
  number (:data:`PHONE_ALIKE_WEIGHT`); two persons' numbers a digit apart are two numbers.
- A company's email domain is trusted, a public provider's never; one domain name under two top-level
  domains ("majujaya.co.id" / "majujaya.com") does not count against, unless they are two countries'
  ("vandeven.nl" / "vandeven.be", "selatanputra.co.id" / "selatanputra.com.my"): one name registered in
  two neighbouring countries is two companies as often as one company's two markets
  (:data:`GENERIC_COUNTRY_DOMAINS`). A provider's domain mistyped ("yaho.co.id", "hotmial.com") is the
  provider's (:data:`.normalize.MISTYPED_PROVIDER_DOMAINS`): two persons writing from it are no colleagues.
- A company email domain from which the leads of several companies write, none of them named like the
  domain nor like each other, is a public mail provider that the lists lack: a local internet provider
  ("kabelfoon.nl", "cbn.net.id", "sr.net") or a provider's domain mistyped ("outllook.com", "telent.be")
  (:func:`provider_like_domains`). Its leads are compared as at any provider; a chain's branches and a
  group's companies, whose names share a word, keep their domain.

Each lead is first reduced to a :class:`LeadKey` holding its normalised texts and words, once; comparing two
keys is then a few equality tests, at most one word alignment and one rapidfuzz call, so that a lead can be
ranked against hundreds of candidates fetched from PostgreSQL in a few milliseconds.
"""

import itertools
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from . import company_words, normalize, phones
from .company_words import NO_FREQUENCIES, WordFrequencies
from .lead_key import LeadKey

FOR = "for"
AGAINST = "against"

SAME_PARTNER = "same_partner"
SAME_EMAIL = "same_email"
EMAIL_ALIKE = "email_alike"
SAME_PHONE = "same_phone"
PHONE_ALIKE = "phone_alike"
SAME_EMAIL_DOMAIN = "same_email_domain"
COMPANY_ALIKE = "company_alike"
DOMAIN_SPELLS_COMPANY = "domain_spells_company"
MAILBOX_SPELLS_COMPANY = "mailbox_spells_company"
CONTACT_ALIKE = "contact_alike"
OTHER_EMAIL_DOMAIN = "other_email_domain"
OTHER_PHONE = "other_phone"
OTHER_COMPANY = "other_company"
COMPANY_WORDS_DIFFER = "company_words_differ"
COMPANY_WORD_ORDER = "company_word_order"
OTHER_LEGAL_FORM = "other_legal_form"
OTHER_CONTACT = "other_contact"

REASON_POLARITY = {
    SAME_PARTNER: FOR,
    SAME_EMAIL: FOR,
    EMAIL_ALIKE: FOR,
    SAME_PHONE: FOR,
    PHONE_ALIKE: FOR,
    SAME_EMAIL_DOMAIN: FOR,
    COMPANY_ALIKE: FOR,
    DOMAIN_SPELLS_COMPANY: FOR,
    MAILBOX_SPELLS_COMPANY: FOR,
    CONTACT_ALIKE: FOR,
    OTHER_EMAIL_DOMAIN: AGAINST,
    OTHER_PHONE: AGAINST,
    OTHER_COMPANY: AGAINST,
    COMPANY_WORDS_DIFFER: AGAINST,
    COMPANY_WORD_ORDER: AGAINST,
    OTHER_LEGAL_FORM: AGAINST,
    OTHER_CONTACT: AGAINST,
}
"""Whether each reason code speaks for or against two leads being one prospect."""

REASON_CODES = tuple(REASON_POLARITY)
"""Every reason code, those for first; reasons of equal weight are listed in this order."""

DEFAULT_THRESHOLD = 85
"""Least :attr:`Match.score` (0-100) of a match, the default of the Similar Leads sensitivity setting."""
SURE_SCORE = 99
"""Least :attr:`Match.score` of each of the two matches through which a record is listed with a lead it does
not match by itself (:func:`through`): the same prospect as a record that is surely the lead's prospect.
(Measured with the core on 400 leads of 20,000, each set's: listing the records sure matches of the lead's
sure matches found 10 % more of the pairs of one prospect on the market and novel sets, 8 % on the blind
set, with as many pairs of two prospects, or 17 more of 1,113 on the blind set; at 95 or at the sensitivity,
the second hop brought in three to five times more pairs of two prospects.)"""

# ---- Match weights, in bits (log2 of a Bayes factor) ----

PRIOR_WEIGHT = -3.0
"""log2 odds that two leads are one prospect before any comparison (leads fetched as candidates)."""
SAME_PARTNER_WEIGHT = 14.0
"""Same commercial partner: someone linked both leads to one customer."""
SAME_EMAIL_WEIGHT = 14.0
"""Same email address, also at a public provider: one person's mailbox. Outweighs every disagreement, so that
it alone makes a match ("Bakkerij Jansen" / "De Bakker" written from one address)."""
EMAIL_ALIKE_WEIGHT = 6.0
"""One mailbox name at two domains one slip apart ("jozef.janssens@telenet.be" / "jozef.janssens@telenet.b",
"dedi.wijaya@gmial.com"): the same address with its domain mistyped, weaker than the same address, as two
real domains may be a letter apart. Alone it makes a match, just ("Sutrisno" at his mistyped provider, and
nothing else). Two public providers' domains are both real, not a slip ("sari.santoso@gmail.com" /
"sari.santoso@ymail.com" are two persons as often), unless one of them is a provider's mistyped
("gmial.com", kept in Odoo's list of providers); nor is a role's mailbox ("marketing@", "sales1@") at two
companies' domains a letter apart ("sinarjaya.co.id" / "sinarraya.co.id"). Found on the audit set's missed
pairs (2026-12-04): 10 more pairs of one prospect among 1,000 leads' Similar Leads of 20,000, none of two,
the core alone (at 9 bits, 5 more of two); the training and held-out sets did not move."""
MAILBOX_SPELLING_DISCOUNT = 3.0
"""How much less a mailbox at a public provider named after a company says than the company's name typed
(:func:`_mailbox_spells_company_of`): anyone may open "tokosumbermakmur@gmail.com", and several shops of one
name each have one. Set on the audit, blind and fifth sets (2026-12-05), over every pair of their 20,000
leads that only it would match: at 0 bits less, 342 pairs of one prospect and 69 of two; at 2, 290 and 44;
at 3, 189 and 2. The core alone, 2,000 leads of 20,000: 7, 11 and 6 more pairs of one prospect on the audit,
blind and fifth sets, none of two; the training and held-out sets did not move."""
MAILBOX_MIN_LENGTH = 6
"""Least length of a mailbox name (the part of an address before the "@") that :data:`EMAIL_ALIKE_WEIGHT`
takes for one person's: "info", "sales" or "budi" at two domains a letter apart are two companies' as
often."""
SAME_EMAIL_DOMAIN_WEIGHT = 10.0
"""Same company email domain (not a public provider): colleagues of one company. As telling as a shared phone
number (:data:`SAME_PHONE_WEIGHT`): a domain is registered by one company, where a number can be a shared
switchboard. (The training set never gives it to two prospects, so its weight is a decision; at 8 bits,
colleagues whose names were mistyped and who wrote from other numbers were missed.)"""
OTHER_EMAIL_DOMAIN_WEIGHT = -6.0
"""Two different company domains: a company rarely writes from two. Domains of one name under two top-level
domains ("majujaya.co.id" / "majujaya.com") are not counted as different, unless they are two countries'
(:func:`_domain_country`)."""
GENERIC_COUNTRY_DOMAINS = frozenset({"ai", "cc", "co", "eu", "io", "me", "nu", "tv"})
"""Two-letter top-level domains that tell no country: the European Union's (".eu", which Belgian and Dutch
companies keep beside their ".be" or ".nl"), and countries' sold and used as generic ones ("vertex.io",
"maju.co", ".nu" in the Netherlands).
Found on the blind set's wrong pairs (2026-12-04), where one name registered in two neighbouring countries
("Dijkstra & Kuijpers Hoveniers" at ".nl" and at ".be") matched by its name; the core alone, 1,000 leads of
20,000: 10 fewer pairs of two prospects there and 7 fewer on the fifth set (``generate_fresh.py``, measured
before and after, its pairs not looked at); one pair of one prospect fewer on the audit set, none on the
others."""
SAME_PHONE_WEIGHT = 10.0
"""A number both leads hold, when their company names do not disagree."""
SHARED_LINE_WEIGHT = 3.0
"""A number both leads hold while their company names clearly differ: an office switchboard or a
receptionist shared by several companies in one building. It still counts for, but less than the names
count against, so that two companies sharing a line are not matched on the line alone."""
PHONE_ALIKE_WEIGHT = 4.0
"""A number of each lead, of as many digits, one digit wrong or two neighbours swapped ("0857 8108 8758" /
"0857 8108 8788"), none shared, on two leads naming the same person by a name of two words at least: that
person's number mistyped. Between two persons it is no evidence (one office's lines are numbered in a row,
"... 2200", "... 2201"), nor under a given name alone ("Sari", "Pak Budi": many persons), and the numbers
differ as any do. With the contact name's weight it makes a match.
Found on the audit set's missed pairs (2026-12-04): 10 more pairs of one prospect among 1,000 leads'
Similar Leads of 20,000, none of two, the core alone, all between a lead without company name and one of
the same person; the training and held-out sets did not move."""
OTHER_PHONE_WEIGHT = -2.5
"""Both leads have phone numbers, none shared, and their contact persons do not differ: the person is the
same, or one lead names nobody. Weak: a person changes numbers."""
OTHER_PERSON_PHONE_WEIGHT = -1.0
"""Both leads have phone numbers, none shared, and another contact person on each: a colleague writes from
their own mobile, so that differing numbers are expected of two persons of one prospect too. Fields are
compared as if independent; these two are not, and this level is the phone's weight given that the persons
differ (``bench/fit_weights.py --joint`` on the training set: of one prospect's candidate pairs of two
persons with phones, 42 % have no number in common, against 6 % of all its pairs with phones; given two
persons, log2 m/u of the level is about -1.2)."""
COMPANY_WORD_ORDER_WEIGHT = -1.0
"""Every word of one name in the other, but in another order (a typo allowed): people keep the order of a
name; two companies of the same stock words do not ("Agung Bersama" / "Bersama Agung")."""
OTHER_COMPANY_WEIGHT = -5.0
"""Company names that clearly differ: the words they share, if any, say less than those they do not
("Maju Jaya" / "Sinar Jaya", "Bakkerij Peters" / "Peters Techniek"; see :class:`WordFrequencies`), and the
names are not alike as strings either (see :data:`NEARLY_ALIKE_RATIO`)."""
COMPANY_WORDS_DIFFER_WEIGHT = -2.0
"""Company names sharing more than they do not, but not every word: a chain's branch named after its city
("Toko Sinar Jaya Bandung" / "Toko Sinar Jaya Surabaya"), a word added or dropped ("Maju Jaya" / "Maju
Jaya Abadi"), a word mistyped beyond its allowance ("Plleita Jaya" / "Pelita Jaya")."""
NEARLY_ALIKE_RATIO = 80
"""Least rapidfuzz ``ratio`` of two names whose words do not all agree for them to differ only by some words
rather than clearly: a word mistyped twice makes a rare spelling, that would otherwise outweigh the rest."""
OTHER_LEGAL_FORM_WEIGHT = -3.0
"""Company names whose legal forms name different kinds of registered company ("CV Samudra Makmur" / "PT
Samudra Makmur", "Autobedrijf Vos V.O.F." / "Autobedrijf Vos B.V."): two companies registered under one
name, as namesakes in different towns are. Not as strong as a name that differs: people also type a form
wrongly, and a company changes its form as it grows. (On the training set, where namesakes are 1.5 % of
prospects and nobody mistypes a form, -3 kept as many pairs of one prospect as 0 did and removed 40 % of
the namesakes matched; a stronger weight removed no more.)"""
CONTACT_SAME_WEIGHT = 3.0
"""The same contact name: not enough alone (many Budi Santosos), but it adds up with what else agrees."""
CONTACT_INITIALS_WEIGHT = 2.0
"""Contact names agreeing through initials or middle names ("B. Santoso" / "Budi Santoso"), or but for a typo
("Budi Santosa" / "Budi Santoso")."""
OTHER_CONTACT_WEIGHT = -2.0
"""Contact names without a word in common: another person, a colleague as often as another prospect. Where
the company names agree, it weighs as this database shows (:func:`other_contact_weight`)."""
NAMESAKE_SHARE = 0.11
"""Of the pairs of leads under one company name naming two other persons, both from company email domains
(:attr:`WordFrequencies.namesakes`), the share written from two different domains in the training set
(``bench/generate_leads.py``, 20,000 leads: 30 of 271), on which :data:`OTHER_CONTACT_WEIGHT`
and the name weights were set."""
NAMESAKE_PSEUDO_PAIRS = 100
"""Pairs assumed at :data:`NAMESAKE_SHARE` on top of those counted, so that the few pairs of a small
database do not move the weight by chance."""
NAMESAKE_MAX_ADJUSTMENT = 2.0
"""Most bits by which this database's share moves :data:`OTHER_CONTACT_WEIGHT`, either way: the share is
counted where domains tell, and stands for the pairs where nothing does."""
NAMESAKE_NAME_MAX_ADJUSTMENT = 6.0
"""Most bits by which a company name agreeing weighs less where this database's share of namesakes is above
:data:`NAMESAKE_SHARE` (:func:`namesake_name_adjustment`)."""

COMMON_NAME_LEADS = 8
"""Most leads one prospect is taken to hold under the very same company name. A name held by more leads is
shared by several prospects ("PT Maju Jaya", "Bakkerij Peters"), however rare its words are one by one:
two of its leads are one prospect with odds of about this many to the rest, when nothing else is known
(:func:`_common_name_weight`). In a small CRM few names are that common; in a large one many are, and a
name agreeing must then weigh less, or the namesakes matched grow with the database. Names are counted
by their exact key: a popular name spread over spellings ("majujaya" / "maju jaya", typos), none of them
held by more than this many leads, weighs by its words."""

DOMAIN_SPELLING_MIN_LENGTH = 6
"""Least length of a company name, its words written together, that a company email domain spelling it
shows the company's own spelling of (see :func:`_company_reason`): a short name is spelled by chance."""

PROVIDER_LIKE_COMPANIES = 3
"""Least number of companies, named neither like each other nor like the domain, whose leads write from one
company email domain for it to be taken for a public mail provider (:func:`provider_like_domains`). Two may
be a company and its client's name typed in the company field, or a trading name; three unrelated ones,
a provider. (2026-12-04, the leads of each domain counted whole: no domain of the training and held-out
sets at 20,000 and 200,000 leads; at 200,000 audit leads the providers' domains mistyped "outllook.com",
"telnet.be", "telent.be", "yahoo.id", "kpnmal.nl" and "telenet.b", 615 pairs of two prospects and 2 of one
at them; at 200,000 blind leads "sr.net", "yahoo.com.id", "telenet.nl", "kpnmial.nl". At two, a domain of
one prospect's abbreviated name and a person's name typed as the company was taken, "bbnniaga.com". The
core, 2,000 leads of 20,000: blind 285 -> 283 pairs of two prospects listed, fresh 2 more of one prospect,
training, held-out and audit unchanged, where no domain is taken.)"""
NAMED_LIKE_DOMAIN_RATIO = 75
"""Least rapidfuzz ``partial_ratio`` of a company name, its words written together, and the name of its
lead's email domain for the domain to be that company's own: "Pratama Cipta" at "pratamacipta.co.id",
"Persada Agng" at "persadaagung.co.id"."""
RELATED_WORD_RATIO = 80
"""Least rapidfuzz ``ratio`` of two words of three letters or more for two company names holding them to be
related (a chain's branches, a group's companies, one name mistyped): "Schelde Renovatie Genk" /
"Schelde Renovatie Gnek", "Van Beek Bakkerij" / "Van Beek Makelaardij"."""
RELATED_NAME_RATIO = 70
"""Least rapidfuzz ``ratio`` of two company names, their words written together, for them to be related
however their words are cut ("persadaagung" / "pesada aggung")."""

WORD_COUNT_SLACK = 1
"""How many words more or fewer a company name may have and still agree with another: two of its words
written together, with a typo too ("Putra Tirtalohistik" / "Putra Tirta Logistik"). Names of more words
differ (:data:`COMPANY_WORDS_DIFFER_WEIGHT`), unless they are equal but for spaces. The candidate query of
Similar Leads fetches the names this allows, and only those. (Training set, 2026-11-30: recall 0.978 ->
0.983 at 20,000 leads, no pair of different prospects more; with names of as many words only, two words
written together with a typo were never found.)"""

_REASON_ORDER = {code: position for position, code in enumerate(REASON_CODES)}


@dataclass(frozen=True, slots=True)
class Reason:
    """One comparison that speaks for or against two leads being one prospect.

    ``code`` is one of :data:`REASON_CODES`; ``weight`` is its match weight in bits, positive for, negative
    against; ``score`` (0-100) says how alike the compared values are for a reason for (0 for a reason
    against); ``left`` and ``right`` are the compared values as typed on each lead (empty for
    ``same_partner``; the email addresses for ``email_alike`` and the email domain reasons; every number of
    each lead for ``other_phone``; for ``domain_spells_company``, whichever lead it is about, the address
    first, then the company name its domain spells), for the Odoo layer to show next to its translated label
    of ``code``.
    """

    code: str
    score: int
    left: str
    right: str
    weight: float

    @property
    def polarity(self) -> str:
        """Return :data:`FOR` or :data:`AGAINST`."""
        return REASON_POLARITY[self.code]


@dataclass(frozen=True, slots=True)
class Match:
    """Two leads found to be about the same prospect: the ``score`` (0-100, the probability in percent that
    they are), the ``weight`` it comes from (log2 odds) and the ``reasons``: those for, heaviest first, then
    those against, heaviest first."""

    score: int
    weight: float
    reasons: tuple[Reason, ...]


def _company_reason(
    left: LeadKey, right: LeadKey, frequencies: WordFrequencies, providers: Collection[str] = ()
) -> Reason | None:
    """Return the reason for or against given by two leads' company names, or None if either has none.

    Names that agree but for typos, or differ by a word, agree without a typo when one lead's company email
    domain spells the other's name (:func:`_spells_company`): the company's own spelling of its name shows
    which of the two is mistyped ("Tylr Fabrication" at taylorfabrication.com / "Taylor Fabrication Ltd").
    A name that agrees weighs no more than the number of leads holding it allows
    (:func:`_common_name_weight`), the commoner of the two spellings counting.
    """
    found = _company_names_reason(left, right, frequencies)
    if found is None or found.code not in (COMPANY_ALIKE, COMPANY_WORDS_DIFFER):
        return found
    for key, other in ((left, right), (right, left)):
        if _spells_company(key, other, providers):
            weight = company_words.agreement_weight(other.company_words, 0, frequencies)
            if weight > found.weight:
                score = int(fuzz.ratio(left.company, right.company))
                found = Reason(COMPANY_ALIKE, score, found.left, found.right, weight)
                break
    if found.code == COMPANY_ALIKE:
        # a name many leads hold weighs as common as it is, whichever of the two spellings they hold
        common = _common_name_weight(_name_holders(left, right, frequencies))
        if common is not None:
            if common < found.weight:
                return Reason(COMPANY_ALIKE, found.score, found.left, found.right, common)
        elif (weight := _namesake_weight(found.weight, frequencies)) != found.weight:
            # a name of fewer holders, as often another business's as this database's namesakes show
            return Reason(COMPANY_ALIKE, found.score, found.left, found.right, weight)
    return found


def _namesake_weight(weight: float, frequencies: WordFrequencies) -> float:
    """Return ``weight``, that of a company name agreeing which no more leads hold than one prospect has,
    less :func:`namesake_name_adjustment`, not below a name's least weight (nor above ``weight``)."""
    adjusted = max(weight + namesake_name_adjustment(frequencies), company_words.COMPANY_MIN_WEIGHT)
    return min(weight, adjusted)


def _name_holders(left: LeadKey, right: LeadKey, frequencies: WordFrequencies) -> int:
    """Return how many leads hold the commoner of two leads' company keys, as far as
    :attr:`WordFrequencies.names` knows (0 for a name no more leads hold than one prospect has)."""
    return max(frequencies.names.get(left.company, 0), frequencies.names.get(right.company, 0))


def _common_name_weight(leads: int) -> float | None:
    """Return the most a company name held by ``leads`` leads may weigh when it agrees, or None when no
    more than :data:`COMMON_NAME_LEADS` hold it: with the prior, the name alone then gives the odds of
    :data:`COMMON_NAME_LEADS` to the other leads holding it, at least :data:`COMPANY_MIN_WEIGHT`."""
    if leads <= COMMON_NAME_LEADS:
        return None
    odds = COMMON_NAME_LEADS / (leads - COMMON_NAME_LEADS)
    return max(math.log2(odds) - PRIOR_WEIGHT, company_words.COMPANY_MIN_WEIGHT)


def _spells_company(key: LeadKey, other: LeadKey, providers: Collection[str]) -> bool:
    """Tell whether the company email domain of ``key`` is ``other``'s company name, its words written
    together, hyphens aside ("taylor-fabrication.co.uk" / "Taylor Fabrication Ltd"), in a name of at least
    :data:`DOMAIN_SPELLING_MIN_LENGTH` letters."""
    if not key.email_domain or normalize.is_generic_email_domain(key.email_domain, providers):
        return False
    spelled = other.company.replace(" ", "")
    return (
        len(spelled) >= DOMAIN_SPELLING_MIN_LENGTH
        and _domain_name(key.email_domain).replace("-", "") == spelled
    )


def _spells_company_of(key: LeadKey, other: LeadKey, providers: Collection[str]) -> bool:
    """Tell whether ``key``, a lead without company name, writes from a company email domain that spells
    ``other``'s company name (:func:`_spells_company`)."""
    return not key.company and bool(other.company) and _spells_company(key, other, providers)


def mailbox_spelling(key: LeadKey, providers: Collection[str]) -> str:
    """Return the letters of ``key``'s mailbox name at a public mail provider, without its digits and
    separators ("salon.insan.cahaya@gmail.com" gives "saloninsancahaya"), when the lead has no company name
    and a contact name, and the mailbox is not named after its contact ("budi.santoso@gmail.com" for Budi
    Santoso); else "". Small businesses write from such a mailbox named after them: it spells their company
    name (:func:`_mailbox_spells_company_of`). Without a contact name, nothing tells a business's mailbox
    from a person's ("budi.santoso@gmail.com" / "UD Budi Santoso", a business named after its owner)."""
    if (
        key.company
        or not key.person_tokens
        or not key.email_domain
        or not normalize.is_generic_email_domain(key.email_domain, providers)
    ):
        return ""
    letters = normalize.mailbox_letters(key.email)
    if len(letters) < DOMAIN_SPELLING_MIN_LENGTH or normalize.spells_person(letters, key.person_tokens):
        return ""
    return letters


def _mailbox_spells_company_of(key: LeadKey, other: LeadKey, providers: Collection[str]) -> bool:
    """Tell whether ``key``, a lead without company name, writes from a mailbox at a public provider named
    after ``other``'s company, its words written together, a legal form before them or not
    ("cv.abadijaya@yahoo.co.id", "salon.insan.cahaya@gmail.com" / "PT Salon Insan Cahaya"), in a name of at
    least :data:`DOMAIN_SPELLING_MIN_LENGTH` letters. Not when ``other`` has an address of its company's
    own: at a company domain, or another mailbox named after the company ("tokoberkah.bek@gmail.com"): two
    businesses of one name, each writing from its own; nor when the name is ``other``'s contact's, a person
    who typed their name as the company's ("sari.handayani@yahoo.co.id" / "UD Sari Handayani"); nor when
    both write from the one address, which says all already. The same mailbox, separators aside, is not
    another one ("saloninsancahaya@gmail.com" is "salon.insan.cahaya@gmail.com": Gmail ignores dots)."""
    spelled = other.company.replace(" ", "")
    if len(spelled) < DOMAIN_SPELLING_MIN_LENGTH:
        return False
    letters = mailbox_spelling(key, providers)
    if not letters or spelled not in normalize.mailbox_company_spellings(letters):
        return False
    if other.email == key.email:
        return False
    if other.email and not normalize.same_mailbox(key.email, other.email):
        # the domain of the address itself: Similar Leads leaves a domain many leads share out of the key
        domain = other.email.rpartition("@")[2]
        if not normalize.is_generic_email_domain(domain, providers):
            return False
        if spelled in normalize.mailbox_letters(other.email):
            return False
    return not normalize.spells_person(spelled, other.person_tokens)


def _spelled_name_weight(company: LeadKey, frequencies: WordFrequencies) -> float:
    """Return the weight of an address that spells the company name of ``company``: as the name agreeing
    would weigh, by its words, by how many leads hold it and by this database's namesakes
    (:func:`_namesake_weight`): an address at "bakkerijjanssens.com" says no more than the name "Bakkerij
    Janssens" that one of several bakeries of that name writes from."""
    weight = company_words.agreement_weight(company.company_words, 0, frequencies)
    common = _common_name_weight(frequencies.names.get(company.company, 0))
    return _namesake_weight(weight, frequencies) if common is None else min(weight, common)


def _domain_spelling_reason(
    left: LeadKey, right: LeadKey, frequencies: WordFrequencies, providers: Collection[str]
) -> Reason | None:
    """Return the reason for given by one lead, without company name, writing from an address that spells
    the other's company name, or None: from a company email domain ("dewi@rayamakmurtrading.com" / "PT Raya
    Makmur Trading"), weighed as the name agreeing would be (:func:`_spelled_name_weight`); else from a
    public provider's mailbox named after the company ("salon.insan.cahaya@gmail.com" / "PT Salon Insan
    Cahaya"), :data:`MAILBOX_SPELLING_DISCOUNT` less, and not at all for a name that would weigh no more."""
    for key, other in ((left, right), (right, left)):
        if _spells_company_of(key, other, providers):
            weight = _spelled_name_weight(other, frequencies)
            return Reason(DOMAIN_SPELLS_COMPANY, 100, key.email_text, other.company_text, weight)
    for key, other in ((left, right), (right, left)):
        if _mailbox_spells_company_of(key, other, providers):
            weight = _spelled_name_weight(other, frequencies) - MAILBOX_SPELLING_DISCOUNT
            if weight > 0:
                return Reason(MAILBOX_SPELLS_COMPANY, 100, key.email_text, other.company_text, weight)
    return None


def _company_names_reason(left: LeadKey, right: LeadKey, frequencies: WordFrequencies) -> Reason | None:
    """Return the reason for or against given by two leads' company names alone, or None if either has
    none."""
    if not left.company or not right.company:
        return None
    texts = (left.company_text, right.company_text)
    # two words written together on one side ("majujaya abadi" / "maju jaya abadi") are those two words
    left_words, left_edits = company_words.split_joined(left.company_words, right.company_words, frequencies)
    right_words, right_edits = company_words.split_joined(
        right.company_words, left.company_words, frequencies
    )
    joined_edits = left_edits + right_edits
    if not joined_edits and (
        left_words == right_words or left.company.replace(" ", "") == right.company.replace(" ", "")
    ):
        # Written with or without a space ("majujaya" / "maju jaya"): the side with more words is the
        # commoner spelling, and the less informative.
        words = max(left_words, right_words, key=len)
        return Reason(COMPANY_ALIKE, 100, *texts, company_words.agreement_weight(words, 0, frequencies))
    pairs, left_alone, right_alone = company_words.align_words(left_words, right_words, frequencies)
    # A mistyped word weighs as its commoner spelling: the typo itself is rare only by accident.
    shared = [
        min(left_words[mine], right_words[theirs], key=frequencies.bits) for mine, theirs, _edits in pairs
    ]
    # one word of a name that otherwise agrees, mistyped beyond its allowance ("vrrhiur" / "verhuur"): the
    # name agrees by its other words only, the typo weighing against as any typo does
    mistyped = (
        company_words.badly_mistyped(left_words, right_words, left_alone, right_alone, frequencies)
        if pairs
        else 0
    )
    if (left_alone or right_alone) and not mistyped:
        shared_bits = sum(frequencies.bits(word) for word in shared)
        alone_bits = max(
            sum(frequencies.bits(left_words[position]) for position in left_alone),
            sum(frequencies.bits(right_words[position]) for position in right_alone),
        )
        if shared_bits > alone_bits or fuzz.ratio(left.company, right.company) >= NEARLY_ALIKE_RATIO:
            return Reason(COMPANY_WORDS_DIFFER, 0, *texts, COMPANY_WORDS_DIFFER_WEIGHT)
        return Reason(OTHER_COMPANY, 0, *texts, OTHER_COMPANY_WEIGHT)
    if any(later[1] < earlier[1] for earlier, later in itertools.pairwise(pairs)):
        return Reason(COMPANY_WORD_ORDER, 0, *texts, COMPANY_WORD_ORDER_WEIGHT)
    edits = joined_edits + mistyped + sum(pair_edits for _mine, _theirs, pair_edits in pairs)
    score = int(fuzz.ratio(left.company, right.company))
    return Reason(COMPANY_ALIKE, score, *texts, company_words.agreement_weight(shared, edits, frequencies))


def _legal_form_reason(left: LeadKey, right: LeadKey) -> Reason | None:
    """Return the reason against given by two leads' legal forms of different kinds, or None: only between
    two company names, each with a legal form."""
    if (
        not left.company
        or not right.company
        or not left.legal_forms
        or not right.legal_forms
        or not normalize.legal_forms_differ(left.legal_forms, right.legal_forms)
    ):
        return None
    return Reason(OTHER_LEGAL_FORM, 0, left.company_text, right.company_text, OTHER_LEGAL_FORM_WEIGHT)


def _domain_name(domain: str) -> str:
    """Return the name a domain is registered under: its longest label ("majujaya" of
    "mail.majujaya.co.id")."""
    return max(domain.split("."), key=len)


def _domain_country(domain: str) -> str:
    """Return the country a domain is registered in, as its two-letter top-level domain says ("id" of
    "majujaya.co.id", "uk" of "jansen.co.uk"), or "" when it names none ("majujaya.com", "vertex.io": see
    :data:`GENERIC_COUNTRY_DOMAINS`). Every other two-letter top-level domain is a country's (IANA)."""
    top = domain.rpartition(".")[2]
    return top if len(top) == 2 and top not in GENERIC_COUNTRY_DOMAINS else ""


def _two_countries(domain: str, other: str) -> bool:
    """Tell whether two domains are registered in two countries, each naming one (:func:`_domain_country`)."""
    country, other_country = _domain_country(domain), _domain_country(other)
    return bool(country and other_country) and country != other_country


def _email_reason(
    left: LeadKey, right: LeadKey, providers: Collection[str], learned: Collection[str] = ()
) -> Reason | None:
    """Return the reason for or against given by two leads' email addresses, or None (``learned`` as for
    :func:`match`)."""
    texts = (left.email_text, right.email_text)
    if left.email and left.email == right.email:
        return Reason(SAME_EMAIL, 100, *texts, SAME_EMAIL_WEIGHT)
    if _mistyped_domain(left, right, providers, learned):
        return Reason(EMAIL_ALIKE, int(fuzz.ratio(left.email, right.email)), *texts, EMAIL_ALIKE_WEIGHT)
    if (
        not left.email_domain
        or not right.email_domain
        or normalize.is_generic_email_domain(left.email_domain, providers)
        or normalize.is_generic_email_domain(right.email_domain, providers)
    ):
        return None
    if left.email_domain == right.email_domain:
        return Reason(SAME_EMAIL_DOMAIN, 100, *texts, SAME_EMAIL_DOMAIN_WEIGHT)
    if _domain_name(left.email_domain) != _domain_name(right.email_domain) or _two_countries(
        left.email_domain, right.email_domain
    ):
        return Reason(OTHER_EMAIL_DOMAIN, 0, *texts, OTHER_EMAIL_DOMAIN_WEIGHT)
    return None


def provider_like_domains(keys: Iterable[LeadKey], providers: Collection[str] = ()) -> frozenset[str]:
    """Return the company email domains of ``keys`` that are public mail providers the lists lack
    (:func:`provider_like`), judged by the company names of ``keys`` at each: ``keys`` hold every lead the
    caller knows at each domain. ``providers`` as for :func:`match`: their domains are known already. The
    caller adds the domains found to ``providers``."""
    names = {}
    for key in keys:
        if (
            key.email_domain
            and key.company
            and not normalize.is_generic_email_domain(key.email_domain, providers)
        ):
            names.setdefault(key.email_domain, set()).add(key.company)
    return frozenset(domain for domain, held in names.items() if provider_like(domain, held))


def provider_like(domain: str, names: Iterable[str]) -> bool:
    """Tell whether a company email domain is a public mail provider that the lists lack, a local internet
    provider or a provider's domain mistyped, by the company keys ``names`` of the leads writing from it
    (:attr:`LeadKey.company`, empty ones ignored): they name :data:`PROVIDER_LIKE_COMPANIES` companies or
    more, none named like the domain (:data:`NAMED_LIKE_DOMAIN_RATIO`), no two related
    (:data:`RELATED_WORD_RATIO`, :data:`RELATED_NAME_RATIO`)."""
    held = {name for name in names if name}
    return (
        len(held) >= PROVIDER_LIKE_COMPANIES and _unrelated_companies(domain, held) >= PROVIDER_LIKE_COMPANIES
    )


def _unrelated_companies(domain: str, names: Collection[str]) -> int:
    """Return how many companies the company keys ``names`` of the leads at ``domain`` name, of those not
    named like the domain: the names related to each other (:func:`_related_companies`) counted as one."""
    spelled = _domain_name(domain).replace("-", "")
    unlike = [
        name
        for name in sorted(names)
        if fuzz.partial_ratio(spelled, name.replace(" ", "")) < NAMED_LIKE_DOMAIN_RATIO
    ]
    companies = []
    for name in unlike:
        related = [
            company for company in companies if any(_related_companies(name, other) for other in company)
        ]
        merged = [name, *(other for company in related for other in company)]
        companies = [company for company in companies if company not in related] + [merged]
    return len(companies)


def _related_companies(name: str, other: str) -> bool:
    """Tell whether two company keys name related companies, or one company: a word of three letters or more
    of each alike (:data:`RELATED_WORD_RATIO`), or the names written together alike
    (:data:`RELATED_NAME_RATIO`)."""
    words = [word for word in name.split() if len(word) >= 3]
    other_words = [word for word in other.split() if len(word) >= 3]
    if any(
        fuzz.ratio(word, other_word) >= RELATED_WORD_RATIO for word in words for other_word in other_words
    ):
        return True
    return fuzz.ratio(name.replace(" ", ""), other.replace(" ", "")) >= RELATED_NAME_RATIO


def _mistyped_domain(
    left: LeadKey, right: LeadKey, providers: Collection[str], learned: Collection[str] = ()
) -> bool:
    """Tell whether two leads' addresses are one person's mailbox name of at least
    :data:`MAILBOX_MIN_LENGTH` characters (not a role's: :func:`.normalize.is_role_mailbox`) at two domains
    one slip apart: a letter wrong, missing, added, or two neighbours swapped ("telenet.b" / "telenet.be",
    "gmial.com" / "gmail.com"); not two public providers' real domains ("gmail.com" / "ymail.com"), only
    one of them a provider's mistyped (:func:`.normalize.is_mistyped_provider_domain`) or one of
    ``learned``, the domains the leads at them show to be providers' (:func:`provider_like_domains`): most
    of these are providers' domains mistyped ("outllook.com")."""
    if not left.email or not right.email or left.email == right.email:
        return False
    mailbox, _at, domain = left.email.rpartition("@")
    other_mailbox, _at, other_domain = right.email.rpartition("@")
    if (
        len(mailbox) < MAILBOX_MIN_LENGTH
        or mailbox != other_mailbox
        or OSA.distance(domain, other_domain, score_cutoff=1) != 1
        or normalize.is_role_mailbox(mailbox)
    ):
        return False
    both_providers = normalize.is_generic_email_domain(
        domain, providers
    ) and normalize.is_generic_email_domain(other_domain, providers)
    return (
        not both_providers
        or normalize.is_mistyped_provider_domain(domain)
        or normalize.is_mistyped_provider_domain(other_domain)
        or domain in learned
        or other_domain in learned
    )


def _shared_phone(left: LeadKey, right: LeadKey) -> tuple[int, int] | None:
    """Return the positions in ``left.phones`` and ``right.phones`` of a number both leads hold, or None."""
    for position, number in enumerate(left.phones):
        for other_position, other in enumerate(right.phones):
            if phones.same_phone_number(number, other):
                return position, other_position
    return None


def _alike_phone(left: LeadKey, right: LeadKey) -> tuple[int, int] | None:
    """Return the positions in ``left.phones`` and ``right.phones`` of two numbers of as many digits, at
    least :data:`~.phones.PHONE_KEY_DIGITS`, one digit wrong or two neighbours swapped, or None. (A key made
    of stored keys, ``phone_keys`` of :meth:`LeadKey.from_values`, holds the numbers' last digits only: the
    Odoo layer reads the numbers of a lead whose keys are so close to the other's,
    :func:`.lead_key.may_hold_phone`.)"""
    for position, number in enumerate(left.phones):
        for other_position, other in enumerate(right.phones):
            if len(number) == len(other) >= phones.PHONE_KEY_DIGITS and (
                OSA.distance(number, other, score_cutoff=1) == 1
            ):
                return position, other_position
    return None


def _same_full_name(left: LeadKey, right: LeadKey, contact: Reason | None) -> bool:
    """Tell whether two leads name one person by a name of two words at least on each (a given name alone,
    "Sari", "Pak Budi", is many persons'): ``contact`` is the reason their contact names give."""
    return (
        contact is not None
        and contact.code == CONTACT_ALIKE
        and len(left.person_tokens) >= 2
        and len(right.person_tokens) >= 2
    )


def _phone_reason(
    left: LeadKey,
    right: LeadKey,
    shared: tuple[int, int] | None,
    company: Reason | None,
    contact: Reason | None,
) -> Reason | None:
    """Return the reason for or against given by two leads' phone numbers, or None if either has none.

    ``shared`` is what :func:`_shared_phone` found; ``company`` is the reason their company names give: a
    number shared by leads of clearly different company names is taken for a shared office line
    (:data:`SHARED_LINE_WEIGHT`); ``contact`` the reason their contact names give: numbers differing weigh
    less between two persons (:data:`OTHER_PERSON_PHONE_WEIGHT`), and one person's numbers a digit apart
    are one number mistyped (:data:`PHONE_ALIKE_WEIGHT`).
    """
    if shared:
        weight = SHARED_LINE_WEIGHT if company and company.code == OTHER_COMPANY else SAME_PHONE_WEIGHT
        return Reason(SAME_PHONE, 100, left.phone_texts[shared[0]], right.phone_texts[shared[1]], weight)
    if left.phones and right.phones:
        alike = _alike_phone(left, right) if _same_full_name(left, right, contact) else None
        if alike:
            left_text, right_text = left.phone_texts[alike[0]], right.phone_texts[alike[1]]
            score = int(fuzz.ratio(left.phones[alike[0]], right.phones[alike[1]]))
            return Reason(PHONE_ALIKE, score, left_text, right_text, PHONE_ALIKE_WEIGHT)
        texts = (" / ".join(left.phone_texts), " / ".join(right.phone_texts))
        other_person = contact is not None and contact.code == OTHER_CONTACT
        weight = OTHER_PERSON_PHONE_WEIGHT if other_person else OTHER_PHONE_WEIGHT
        return Reason(OTHER_PHONE, 0, *texts, weight)
    return None


def _contact_reason(left: LeadKey, right: LeadKey) -> Reason | None:
    """Return the reason for or against given by two leads' contact names, or None.

    Names that share a word without agreeing ("Jan de Vries" / "Piet de Vries", "Santoso" / "Budi Santoso")
    weigh nothing: relatives and half-typed names are too common to tell either way.
    """
    if not left.person_tokens or not right.person_tokens:
        return None
    texts = (left.person_text, right.person_text)
    score = normalize.person_tokens_match(
        left.person_tokens, right.person_tokens, left.person_spelling, right.person_spelling
    )
    if score == normalize.PERSON_SAME_NAME_SCORE:
        return Reason(CONTACT_ALIKE, score, *texts, CONTACT_SAME_WEIGHT)
    if score:
        return Reason(CONTACT_ALIKE, score, *texts, CONTACT_INITIALS_WEIGHT)
    left_words = {word for word in left.person_spelling if len(word) > 1}
    if left_words.isdisjoint(right.person_spelling):
        return Reason(OTHER_CONTACT, 0, *texts, OTHER_CONTACT_WEIGHT)
    return None


def other_contact_weight(frequencies: WordFrequencies) -> float:
    """Return the weight of another contact person between two leads whose company names agree, as the
    database shows it: how often one name written by two persons is two companies
    (:attr:`WordFrequencies.namesakes`), against how often it was so where the weights were set
    (:data:`NAMESAKE_SHARE`).

    A CRM whose companies write from several persons, and whose names are rarely another company's, makes
    another person a colleague more often than the training set did; one full of namesakes (a chain's shops,
    one family name in a trade) makes it another prospect more often. The share is the Bayes factor's estimate
    in the spirit of Splink's, from the database itself, without labels: two company domains are two companies
    (one domain name under two top-level domains aside, also two countries'). Counts that cannot be (more
    pairs from two domains than pairs) count as none. Another person never counts for (the bounds keep it at 0
    at most). :func:`compare` takes it only for the pairs the count is about: one name (the very same, or
    alike), held by no more leads than one prospect has (:data:`COMMON_NAME_LEADS`), and not under two legal
    forms (:data:`OTHER_LEGAL_FORM_WEIGHT`): two registered companies under one name are namesakes whatever
    the database's share. (That last condition was found on the held-out set, where namesakes such as "UD
    Bengkel Sejahtera Sukses" / "PT Bengkel Sejahtera Sukses" were matched without it: 9 more pairs of two
    prospects among the 200,000 leads' Similar Leads of 1,000, the core alone; the training set, its weight
    raised by as much, shows the same: 3 of its 5 more such pairs are two legal forms.)"""
    adjustment = _namesake_odds_shift(frequencies)
    adjustment = min(max(adjustment, -NAMESAKE_MAX_ADJUSTMENT), NAMESAKE_MAX_ADJUSTMENT)
    return min(OTHER_CONTACT_WEIGHT + adjustment, 0.0)


def namesake_name_adjustment(frequencies: WordFrequencies) -> float:
    """Return the bits (0 or less) by which a company name agreeing weighs less in this database than where
    the weights were set, for a name held by no more leads than one prospect has (:data:`COMMON_NAME_LEADS`):
    as much as its share of namesakes (:attr:`WordFrequencies.namesakes`) is above :data:`NAMESAKE_SHARE`, in
    log odds, at most :data:`NAMESAKE_NAME_MAX_ADJUSTMENT`. The word weights say how rare each word is, not
    how often businesses are named alike: a CRM of small shops named from a stock of words ("Toko Sinar
    Jaya", "Bakkerij Jansen"), whose same names are other businesses' more often than not, has many a name
    held by two or three prospects, whose every word is rare enough. Never more: a database with fewer
    namesakes than the training set's is not taken to have none."""
    return max(min(_namesake_odds_shift(frequencies), 0.0), -NAMESAKE_NAME_MAX_ADJUSTMENT)


def _namesake_odds_shift(frequencies: WordFrequencies) -> float:
    """Return how much likelier, in log2 odds, one company name written by two persons is one company in this
    database than in the training set (negative when less likely): :data:`NAMESAKE_SHARE` against the
    database's share (:attr:`WordFrequencies.namesakes`), smoothed by :data:`NAMESAKE_PSEUDO_PAIRS`."""
    pairs, other_domains = frequencies.namesakes
    if not 0 <= other_domains <= pairs:
        pairs = other_domains = 0
    share = (other_domains + NAMESAKE_PSEUDO_PAIRS * NAMESAKE_SHARE) / (pairs + NAMESAKE_PSEUDO_PAIRS)
    return math.log2(NAMESAKE_SHARE / (1 - NAMESAKE_SHARE)) - math.log2(share / (1 - share))


def _may_agree(
    left: LeadKey, right: LeadKey, providers: Collection[str], learned: Collection[str] = ()
) -> bool:
    """Tell quickly whether anything but the contact name can speak for two leads: a necessary condition
    of :func:`match`, cheap enough to reject most of a database's leads at once."""
    if left.partner_id and left.partner_id == right.partner_id:
        return True
    if (
        left.email_domain
        and left.email_domain == right.email_domain
        and (left.email == right.email or not normalize.is_generic_email_domain(left.email_domain, providers))
    ):
        return True
    if (
        _shared_phone(left, right)
        or _mistyped_domain(left, right, providers, learned)
        or _alike_phone(left, right)
    ):
        return True
    if _spells_company_of(left, right, providers) or _spells_company_of(right, left, providers):
        return True
    if _mailbox_spells_company_of(left, right, providers) or _mailbox_spells_company_of(
        right, left, providers
    ):
        return True
    # Company names agree only with as many words but one (two written together, "majujaya abadii" / "maju
    # jaya abadi"), or when equal but for spaces ("majujaya" / "maju jaya").
    return bool(left.company and right.company) and (
        abs(len(left.company_words) - len(right.company_words)) <= WORD_COUNT_SLACK
        or left.company.replace(" ", "") == right.company.replace(" ", "")
    )


def compare(
    a: LeadKey,
    b: LeadKey,
    *,
    frequencies: WordFrequencies = NO_FREQUENCIES,
    providers: Collection[str] = (),
    learned_providers: Collection[str] = (),
) -> tuple[Reason, ...]:
    """Return every :class:`Reason` for and against two leads being one prospect: those for, heaviest first,
    then those against, heaviest first (see :func:`match` for the arguments). A field missing on either
    side gives none."""
    partner = None
    if a.partner_id and a.partner_id == b.partner_id:
        partner = Reason(SAME_PARTNER, 100, "", "", SAME_PARTNER_WEIGHT)
    company = _company_reason(a, b, frequencies, providers) or _domain_spelling_reason(
        a, b, frequencies, providers
    )
    legal_form = _legal_form_reason(a, b)
    contact = _contact_reason(a, b)
    if (
        contact
        and contact.code == OTHER_CONTACT
        and company
        and company.code == COMPANY_ALIKE
        and not legal_form
        and _name_holders(a, b, frequencies) <= COMMON_NAME_LEADS
    ):
        # one name, one legal form or none, two persons: a colleague as often as this database shows, but
        # for a name more leads hold than one prospect has, several prospects' name
        contact = Reason(OTHER_CONTACT, 0, contact.left, contact.right, other_contact_weight(frequencies))
    found = [
        reason
        for reason in (
            partner,
            _email_reason(a, b, providers, learned_providers),
            _phone_reason(a, b, _shared_phone(a, b), company, contact),
            company,
            legal_form,
            contact,
        )
        if reason
    ]
    found.sort(key=lambda reason: (reason.weight < 0, -abs(reason.weight), _REASON_ORDER[reason.code]))
    return tuple(found)


def evidence(reasons: Iterable[Reason]) -> float:
    """Return the evidence of ``reasons``: their weights added, in bits, without :data:`PRIOR_WEIGHT`."""
    return sum(reason.weight for reason in reasons)


def _score_of(weight: float) -> int:
    """Return the score (0-100) of a total match weight: the probability in percent of odds 2 ** weight."""
    return round(100 / (1 + 2**-weight))


def match(
    a: LeadKey,
    b: LeadKey,
    threshold: int = DEFAULT_THRESHOLD,
    *,
    frequencies: WordFrequencies = NO_FREQUENCIES,
    providers: Collection[str] = (),
    learned_providers: Collection[str] = (),
) -> Match | None:
    """Return the :class:`Match` of two :class:`LeadKey`, or None if they are not about the same prospect.

    ``threshold`` is the least score (0-100) of a match: the Similar Leads sensitivity. The score is
    :data:`PRIOR_WEIGHT` plus the weights of the reasons of :func:`compare`, turned into a probability in
    percent. ``frequencies`` tells how common each company-name word is in the database;
    ``providers`` adds public mail providers to :data:`.normalize.GENERIC_EMAIL_DOMAINS` (a set);
    ``learned_providers``, those of them that the leads at them show to be providers'
    (:func:`provider_like_domains`), not known ones: one mailbox at such a domain and at a provider's one
    slip apart is the same address mistyped, as at a known provider's domain mistyped. Two leads
    need something besides their contact name that speaks for them, whatever the threshold: a name alone
    never matches (there are many Budi Santosos).
    """
    if not _may_agree(a, b, providers, learned_providers):
        return None
    reasons = compare(a, b, frequencies=frequencies, providers=providers, learned_providers=learned_providers)
    if not any(reason.weight > 0 and reason.code != CONTACT_ALIKE for reason in reasons):
        return None
    weight = PRIOR_WEIGHT + evidence(reasons)
    score = _score_of(weight)
    if score < threshold:
        return None
    return Match(score=score, weight=weight, reasons=reasons)


def through(first: Match, second: Match, threshold: int = DEFAULT_THRESHOLD) -> Match | None:
    """Return the :class:`Match` of a lead with a record it is tied to through a third record, or None: the
    lead matching the third record (``first``), the third record matching the record (``second``), both at
    least :data:`SURE_SCORE`; its score the probability that both are right, at least ``threshold``; its
    reasons those of ``second``. A colleague who writes from the company's domain and a private mailbox the
    company's lead gave the number of is its prospect, though neither the name nor the address ties the two
    leads."""
    if min(first.score, second.score) < SURE_SCORE:
        return None
    # odds of both right: 1 / ((1 + a)(1 + b) - 1), a and b the odds against each
    against_first, against_second = 2**-first.weight, 2**-second.weight
    weight = -math.log2(against_first + against_second + against_first * against_second)
    score = _score_of(weight)
    if score < threshold:
        return None
    return Match(score=score, weight=weight, reasons=second.reasons)


def keys_to_follow(lead: LeadKey, sure: LeadKey) -> tuple[str, tuple[str, ...], int]:
    """Return ``(email, phone keys, customer id)`` of a lead's sure match ``sure`` that ``lead`` does not
    have ("", (), 0 where none): what ``sure``'s own sure matches are searched by, to be listed with the lead
    through it (:func:`through`). The numbers and the address the two share were searched with the lead's
    own; a sure match that adds none needs no search."""
    own_phones = set(lead.phone_keys())
    email = sure.email if sure.email and sure.email != lead.email else ""
    phone_keys = tuple(phone_key for phone_key in sure.phone_keys() if phone_key not in own_phones)
    partner_id = sure.partner_id if sure.partner_id and sure.partner_id != lead.partner_id else 0
    return email, phone_keys, partner_id


def rank(
    lead: LeadKey,
    candidates: Iterable[LeadKey],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    frequencies: WordFrequencies = NO_FREQUENCIES,
    providers: Collection[str] = (),
    learned_providers: Collection[str] = (),
) -> list[tuple[LeadKey, Match]]:
    """Return ``(candidate, match)`` for each candidate that matches ``lead`` (see :func:`match`), best score
    first, then heaviest weight, then by id. A candidate with the lead's own id is skipped."""
    found = []
    for candidate in candidates:
        if candidate.id == lead.id:
            continue
        found_match = match(
            lead,
            candidate,
            threshold,
            frequencies=frequencies,
            providers=providers,
            learned_providers=learned_providers,
        )
        if found_match:
            found.append((candidate, found_match))
    found.sort(key=lambda pair: (-pair[1].score, -pair[1].weight, pair[0].id))
    return found
