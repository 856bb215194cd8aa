"""A lead reduced to what :mod:`.similarity` compares: its normalised texts and words, built once."""

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from . import normalize, phones

# The sets of legal-form kinds keys hold, one object each: there are few, and a key each would weigh.
_LEGAL_FORMS: dict[frozenset[str], frozenset[str]] = {}
# The words keys hold, one object each (see LeadKey.from_values), up to this many; then forgotten, so that
# the table stays bounded in a long-lived worker. Not sys.intern: CPython 3.12.0-3.12.5 (Ubuntu 24.04's
# 3.12.3 among them) never frees interned strings.
SHARED_WORDS = 200_000
_WORDS: dict[str, str] = {}


def _shared(words):
    """Return ``words`` as a tuple of the one object kept for each word."""
    if len(_WORDS) > SHARED_WORDS:
        _WORDS.clear()
    return tuple(_WORDS.setdefault(word, word) for word in words)


@dataclass(frozen=True, slots=True)
class LeadKey:
    """The normalised texts of the lead of id ``id`` that are compared with other leads'.

    ``company``, ``person``, ``person_tokens``, ``email`` and ``email_domain`` come from :mod:`.normalize`;
    ``company_words`` are the words of ``company`` in order; ``person_spelling`` the words of
    ``person_tokens`` with their spellings of one sound written alike (:func:`~.normalize.person_spelling`);
    ``legal_forms`` the kinds of registered company its legal forms name
    (:func:`~.normalize.legal_form_kinds`); ``phones`` holds the national number
    (:func:`~.phones.phone_numbers`) of every number of the phone and mobile fields, compared with
    :func:`~.phones.same_phone_number` (or their stored keys, in a key made to be compared with one lead
    only: see ``phone_keys`` of :meth:`from_values`); ``partner_id`` is the id of the lead's commercial
    partner, or None. The ``*_text`` fields keep the values as typed, to be shown in :class:`Reason`;
    ``phone_texts`` runs parallel to ``phones``.
    """

    id: int
    company: str
    company_words: tuple[str, ...]
    legal_forms: frozenset[str]
    person: str
    person_tokens: tuple[str, ...]
    person_spelling: tuple[str, ...]
    phones: tuple[str, ...]
    email: str
    email_domain: str
    partner_id: int | None
    company_text: str
    person_text: str
    phone_texts: tuple[str, ...]
    email_text: str

    @property
    def contact(self) -> str:
        """Return the key of the contact name, as :func:`~.normalize.contact_key` makes it."""
        return normalize.spelled_contact_key(self.person_spelling)

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
        *,
        email_normalized: str | None = None,
        phone_keys: Iterable[str] | None = None,
    ) -> "LeadKey":
        """Build the key of a lead from its field values; Odoo's False stands for an empty value.

        ``email_normalized``, when given, is the address key already made of ``email_from`` (Odoo's
        ``email_normalized``, its own normalisation), used instead of :func:`~.normalize.normalize_email`.

        ``phone_keys``, when given, are the stored keys of the lead's numbers (:func:`~.phones.phone_keys`),
        taken for its numbers without reading ``phone`` and ``mobile`` (reading them with ``phonenumbers`` is
        most of the time of making a key): for comparing with a lead none of whose numbers has one of these
        keys, nor one a digit from them, only (:func:`may_hold_phone`), where a key compares as the number it
        is made of would (never the same number, see :func:`~.phones.same_phone_number`, nor one a digit
        from it). ``phone_texts`` are then the keys, not the numbers as typed.

        The company key is :func:`~.normalize.company_key`'s: a company name that is the contact's own name,
        without legal form ("Budi Santoso" / "Santoso, Budi"), is no company name.

        The lead's subject (``name``) is deliberately not used: subjects such as "Website enquiry" are
        shared by unrelated leads and would make their companies look alike. A phone field holding several
        numbers ("0812 1111 2222 / 0813 3333 4444") contributes each of them.

        Words and legal forms are shared between keys: the duplicate scan holds the keys of a whole CRM at
        once, and the same words come back in many names.
        """
        numbers = {}
        if phone_keys is not None:
            numbers = {key: key for key in phone_keys}
        else:
            for field_text in (phone, mobile):
                for national, text in phones.phone_numbers(field_text, country_code):
                    numbers.setdefault(national, text)
        # a private person's own name typed as the company is no company name: it agrees as a contact name;
        # counted as a company name too, it would match namesakes by it alone
        person_tokens = _shared(normalize.person_tokens(contact_name))
        company = normalize.company_key(partner_name, contact_name, person_tokens)
        email = normalize.normalize_email(email_from) if email_normalized is None else email_normalized or ""
        legal_forms = normalize.legal_form_kinds(partner_name)
        spelled = normalize.person_spelling(person_tokens)
        # most names are spelled one way: the same tuple then
        person_spelling = person_tokens if spelled == person_tokens else _shared(spelled)
        return cls(
            id=id,
            company=company,
            company_words=_shared(company.split()),
            legal_forms=_LEGAL_FORMS.setdefault(legal_forms, legal_forms),
            person=normalize.normalize_person(contact_name),
            person_tokens=person_tokens,
            person_spelling=person_spelling,
            phones=tuple(numbers),
            email=email,
            email_domain=email.rpartition("@")[2],
            partner_id=commercial_partner_id or None,
            company_text=(partner_name or "").strip(),
            person_text=(contact_name or "").strip(),
            phone_texts=tuple(numbers.values()),
            email_text=(email_from or "").strip(),
        )

    def phone_keys(self) -> tuple[str, ...]:
        """Return the keys of the lead's numbers (:func:`~.phones.phone_key`), in order, each once: what its
        ``similar_phone_keys`` store."""
        return tuple(dict.fromkeys(phones.phone_key(number) for number in self.phones))


def may_hold_phone(key: LeadKey, phone_keys: Iterable[str]) -> bool:
    """Tell whether another lead, of stored ``phone_keys``, may hold one of the numbers of ``key`` or one a
    digit from it (``similarity._alike_phone``): only then must its numbers be read to tell."""
    stored_keys = tuple(phone_keys)
    return any(
        OSA.distance(mine, stored, score_cutoff=1) <= 1 for mine in key.phone_keys() for stored in stored_keys
    )


def shares_phone_key(key: LeadKey, phone_keys: Iterable[str]) -> bool:
    """Tell whether a number of ``key`` has one of the stored ``phone_keys`` of another lead
    (:func:`~.phones.phone_keys`): only then may the two leads hold the same number, and the other lead's
    numbers must be read to tell (see ``phone_keys`` of :meth:`LeadKey.from_values`)."""
    return not set(key.phone_keys()).isdisjoint(phone_keys)
