"""Decide whether two leads are about the same sales prospect, and why.

Each lead is first reduced to a :class:`LeadKey` holding its normalised texts, once; comparing two keys is
then a handful of equality tests and at most two rapidfuzz calls, so that a lead can be ranked against
hundreds of candidates fetched from PostgreSQL in a few milliseconds.

A pair matches on any one strong criterion: the same commercial partner, email address or phone number,
the same company email domain, or company names alike. A contact name alone never matches (there are many
Budi Santosos), but it is listed as a reason and raises the score when something else agrees.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from . import normalize

SAME_PARTNER = "same_partner"
SAME_EMAIL = "same_email"
SAME_PHONE = "same_phone"
SAME_EMAIL_DOMAIN = "same_email_domain"
COMPANY_ALIKE = "company_alike"
CONTACT_ALIKE = "contact_alike"

REASON_CODES = (SAME_PARTNER, SAME_EMAIL, SAME_PHONE, SAME_EMAIL_DOMAIN, COMPANY_ALIKE, CONTACT_ALIKE)
"""Every reason code, strongest kind first; reasons of equal score are listed in this order."""

EXACT_SCORE = 100
EMAIL_DOMAIN_SCORE = 90
"""Score of a shared company email domain, below an exact criterion: colleagues share a domain too."""
CORROBORATION_BONUS = 5
"""Added to the strongest reason's score for each further criterion that agrees, up to 100."""

DEFAULT_COMPANY_THRESHOLD = 85
"""Least company-name similarity (0-100) that counts as alike, when the words also agree (see
:func:`company_similarity`)."""

# Per-word typo allowance: a word of up to 4 letters must be spelled identically ("Jaya" and "Raya" are
# different names), longer words may differ by one edit, words of 10 letters or more by two. An edit here
# is an insertion, deletion, substitution or swap of adjacent letters.
_TYPO_FREE_MAX_LENGTH = 4
_TWO_TYPOS_MIN_LENGTH = 10

_PHONE_SEPARATORS = re.compile(r"[/;,|]")
_REASON_ORDER = {code: position for position, code in enumerate(REASON_CODES)}


@dataclass(frozen=True, slots=True)
class Reason:
    """One criterion on which two leads agree.

    ``code`` is one of :data:`REASON_CODES`; ``score`` (0-100) says how strongly it agrees; ``left`` and
    ``right`` are the compared values as typed on each lead (empty for ``same_partner``), for the Odoo
    layer to show next to its translated label of ``code``.
    """

    code: str
    score: int
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class Match:
    """Two leads found to be about the same prospect: an overall ``score`` (0-100) and its ``reasons``,
    strongest first, a similar contact name last (see :func:`match`)."""

    score: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class LeadKey:
    """The normalised texts of the lead of id ``id`` that are compared with other leads'.

    ``company``, ``person``, ``person_tokens``, ``phones``, ``email`` and ``email_domain`` come from
    :mod:`.normalize` (``phones`` holds :func:`~.normalize.phone_key` values); ``partner_id`` is the id of
    the lead's commercial partner, or None. The ``*_text`` fields keep the values as typed, to be shown
    in :class:`Reason`; ``phone_texts`` runs parallel to ``phones``.
    """

    id: int
    company: str
    person: str
    person_tokens: tuple[str, ...]
    phones: tuple[str, ...]
    email: str
    email_domain: str
    partner_id: int | None
    company_text: str
    person_text: str
    phone_texts: tuple[str, ...]
    email_text: str

    @classmethod
    def from_values(
        cls,
        id: int,
        partner_name: str | None,
        contact_name: str | None,
        phone: str | None,
        mobile: str | None,
        email_from: str | None,
        country_code: str | None,
        commercial_partner_id: int | None,
    ) -> "LeadKey":
        """Build the key of a lead from its field values; Odoo's False stands for an empty value.

        The lead's subject (``name``) is deliberately not used: subjects such as "Website enquiry" are
        shared by unrelated leads and would make their companies look alike. A phone field holding several
        numbers ("0812 1111 2222 / 0813 3333 4444") contributes each of them.
        """
        phones = []
        phone_texts = []
        for field_text in (phone, mobile):
            for text in _PHONE_SEPARATORS.split(field_text or ""):
                key = normalize.phone_key(text, country_code)
                if key and key not in phones:
                    phones.append(key)
                    phone_texts.append(text.strip())
        return cls(
            id=id,
            company=normalize.normalize_company(partner_name),
            person=normalize.normalize_person(contact_name),
            person_tokens=normalize.person_tokens(contact_name),
            phones=tuple(phones),
            email=normalize.normalize_email(email_from),
            email_domain=normalize.email_domain(email_from),
            partner_id=commercial_partner_id or None,
            company_text=(partner_name or "").strip(),
            person_text=(contact_name or "").strip(),
            phone_texts=tuple(phone_texts),
            email_text=(email_from or "").strip(),
        )


def _typo_allowance(length: int) -> int:
    """Return how many edits a word of ``length`` letters may have and still be the same word."""
    if length <= _TYPO_FREE_MAX_LENGTH:
        return 0
    if length < _TWO_TYPOS_MIN_LENGTH:
        return 1
    return 2


def _is_typo_of(word: str, other: str) -> bool:
    """Tell whether two different words can be one word mistyped; words holding digits never are."""
    if any(char.isdigit() for char in word + other):
        return False
    # The longer word sets the allowance, so that a letter dropped from a 5-letter word ("putra" typed
    # "pura") is still a typo; a short word must then keep its first letter ("mega" is not "omega").
    allowance = _typo_allowance(max(len(word), len(other)))
    if min(len(word), len(other)) <= _TYPO_FREE_MAX_LENGTH and word[0] != other[0]:
        return False
    return allowance > 0 and OSA.distance(word, other, score_cutoff=allowance) <= allowance


def _words_agree(left: str, right: str) -> bool:
    """Tell whether two company names have the same words, up to order and typos.

    This is what keeps names that merely share words apart: "maju jaya" and "maju bersama" are highly
    similar as strings but "jaya" is no typo of "bersama"; "bakkerij jansen" lacks a word of
    "bakkerij de vries".
    """
    left_rest = left.split()
    right_rest = right.split()
    for word in left.split():
        if word in right_rest:
            left_rest.remove(word)
            right_rest.remove(word)
    if len(left_rest) != len(right_rest):
        return False
    for word in left_rest:
        typo = next((other for other in right_rest if _is_typo_of(word, other)), None)
        if typo is None:
            return False
        right_rest.remove(typo)
    return True


def company_similarity(left: str, right: str, score_cutoff: float = 0) -> int:
    """Score (0-100) how surely two normalised company names name the same company.

    Names equal once spaces are ignored score 100. Otherwise the score is the better of rapidfuzz's
    ``ratio`` and ``token_sort_ratio``, provided that the words agree one to one, each spelled identically
    or as a typo within its allowance: none up to 4 letters ("jaya" is not "raya"), one edit up to 9, two
    beyond, none in a word holding digits ("toko 21" is not "toko 27"). The score must still reach the
    caller's threshold, which is stricter for short names: at 85, a one-word name tolerates a wrong
    letter from 7 letters on ("jansen"/"jansem" scores 83, "jansen"/"janssen" 92).
    Returns 0 below ``score_cutoff`` or when a name is empty.
    """
    if not left or not right:
        return 0
    if left.replace(" ", "") == right.replace(" ", ""):
        return EXACT_SCORE
    score = max(
        fuzz.ratio(left, right, score_cutoff=score_cutoff),
        fuzz.token_sort_ratio(left, right, score_cutoff=score_cutoff),
    )
    if not score or not _words_agree(left, right):
        return 0
    return int(score)


def _same_phone(left: LeadKey, right: LeadKey) -> Reason | None:
    """Return the reason for a phone number both leads share, or None."""
    for position, key in enumerate(left.phones):
        if key in right.phones:
            return Reason(
                SAME_PHONE,
                EXACT_SCORE,
                left.phone_texts[position],
                right.phone_texts[right.phones.index(key)],
            )
    return None


def _strong_reasons(left: LeadKey, right: LeadKey, threshold: int) -> list[Reason]:
    """Return the reasons that are each enough on their own to make two leads a match."""
    reasons = []
    if left.partner_id and left.partner_id == right.partner_id:
        reasons.append(Reason(SAME_PARTNER, EXACT_SCORE, "", ""))
    if left.email and left.email == right.email:
        reasons.append(Reason(SAME_EMAIL, EXACT_SCORE, left.email_text, right.email_text))
    elif (
        left.email_domain
        and left.email_domain == right.email_domain
        and not normalize.is_generic_email_domain(left.email_domain)
    ):
        # An identical address implies its domain; only different addresses make the domain a reason.
        reasons.append(Reason(SAME_EMAIL_DOMAIN, EMAIL_DOMAIN_SCORE, left.email_text, right.email_text))
    phone_reason = _same_phone(left, right)
    if phone_reason:
        reasons.append(phone_reason)
    company_score = company_similarity(left.company, right.company, score_cutoff=threshold)
    if company_score:
        reasons.append(Reason(COMPANY_ALIKE, company_score, left.company_text, right.company_text))
    return reasons


def match(a: LeadKey, b: LeadKey, threshold: int = DEFAULT_COMPANY_THRESHOLD) -> Match | None:
    """Return the :class:`Match` of two :class:`LeadKey`, or None if they are not about the same prospect.

    ``threshold`` is the least :func:`company_similarity` for company names to count as alike; the other
    criteria are exact. The score is that of the strongest reason plus :data:`CORROBORATION_BONUS` for
    each further one, at most 100. A similar contact name is only such a further reason: it is listed
    last whatever its score, so that the first reason is always one that makes the match on its own.
    """
    reasons = _strong_reasons(a, b, threshold)
    if not reasons:
        return None
    reasons.sort(key=lambda reason: (-reason.score, _REASON_ORDER[reason.code]))
    contact_score = normalize.person_tokens_match(a.person_tokens, b.person_tokens)
    if contact_score:
        reasons.append(Reason(CONTACT_ALIKE, contact_score, a.person_text, b.person_text))
    score = min(EXACT_SCORE, reasons[0].score + CORROBORATION_BONUS * (len(reasons) - 1))
    return Match(score=score, reasons=tuple(reasons))


def rank(
    lead: LeadKey, candidates: Iterable[LeadKey], threshold: int = DEFAULT_COMPANY_THRESHOLD
) -> list[tuple[LeadKey, Match]]:
    """Return ``(candidate, match)`` for each candidate that matches ``lead``, best score first, then by id.

    A candidate with the lead's own id is skipped.
    """
    found = []
    for candidate in candidates:
        if candidate.id == lead.id:
            continue
        found_match = match(lead, candidate, threshold)
        if found_match:
            found.append((candidate, found_match))
    found.sort(key=lambda pair: (-pair[1].score, pair[0].id))
    return found
