from odoo import api, fields, models
from odoo.tools import format_list, get_lang

from ..core import normalize, similarity
from .crm_lead_duplicates import SIMILARITY_INPUT_FIELDS


class CrmLead(models.Model):
    """Why a record is among a lead's Similar Leads: its score and the reasons for and against, in words."""

    # One concern a file (Similar Leads' reasons), as the project's style asks: crm.lead is inherited in
    # several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    similar_lead_score = fields.Integer(
        string="Similarity",
        compute="_compute_similar_lead_reason",
        help="How surely this record is about the same prospect as the lead whose Similar Leads are shown.",
    )
    # Text, not Char: a list shows a text in full, over several lines, where it cuts a char at the column's
    # end, and the reasons are what the list is for
    similar_lead_reason = fields.Text(
        string="Why Similar",
        compute="_compute_similar_lead_reason",
        help="What this record has in common with the lead whose Similar Leads are shown.",
    )
    similar_lead_is_reference = fields.Boolean(
        string="Is the Lead Compared",
        compute="_compute_similar_lead_reason",
        help="This record is the lead whose Similar Leads are shown.",
    )

    # ------------------------------------------------------------
    # COMPUTE
    # ------------------------------------------------------------

    @api.depends_context("similar_lead_id")
    @api.depends(*SIMILARITY_INPUT_FIELDS)
    def _compute_similar_lead_reason(self):
        reference = self.browse(self.env.context.get("similar_lead_id")).exists()._filtered_access("read")
        self.similar_lead_score = 0
        self.similar_lead_reason = False
        self.similar_lead_is_reference = False
        if not reference:
            return
        reference_key = reference._similar_lead_key()
        sensitivity = self._similar_leads_sensitivity()
        keys = self.sudo()._similar_lead_keys()
        frequencies = self._similar_word_frequencies([reference_key, *keys])
        providers, learned = self._similar_providers()
        unmatched = []
        for lead, key in zip(self, keys, strict=True):
            if lead == reference:
                # the list shows the lead itself too, to merge it with the others from there
                lead.similar_lead_reason = (
                    self.env._("this opportunity") if lead.type == "opportunity" else self.env._("this lead")
                )
                lead.similar_lead_is_reference = True
                continue
            found = similarity.match(
                reference_key,
                key,
                sensitivity,
                frequencies=frequencies,
                providers=providers,
                learned_providers=learned,
            )
            if found:
                lead.similar_lead_score = found.score
                lead.similar_lead_reason = self._similar_lead_reasons_text(found.reasons)
            else:
                unmatched.append((lead, key))
        if unmatched:
            reference._similar_reasons_through(reference_key, unmatched, sensitivity)

    def _similar_reasons_through(self, key, unmatched, sensitivity):
        """Set the score and the reasons of the records listed among this lead's Similar Leads (``key``, its
        ``similarity.LeadKey``) that it does not match by itself, ``[(record, its key)]``: through the record
        of its Similar Leads that ties them surely (``similarity.through``), named where the user may read it
        ("through Printer lease - Budi: same phone ...")."""
        listed = self.duplicate_lead_ids - self - self.browse([lead.id for lead, _key in unmatched])
        listed_keys = listed.sudo()._similar_lead_keys()
        frequencies = self._similar_word_frequencies([key, *listed_keys, *(key for _lead, key in unmatched)])
        providers, learned = self._similar_providers()
        options = {"frequencies": frequencies, "providers": providers, "learned_providers": learned}
        sure = [
            (record, record_key, first)
            for record, record_key in zip(listed, listed_keys, strict=True)
            if (first := similarity.match(key, record_key, similarity.SURE_SCORE, **options))
        ]
        readable = listed._filtered_access("read")
        for lead, lead_key in unmatched:
            best = None
            for record, record_key, first in sure:
                second = similarity.match(record_key, lead_key, similarity.SURE_SCORE, **options)
                found = second and similarity.through(first, second, sensitivity)
                if found and (best is None or found.score > best[1].score):
                    best = (record, found)
            if best:
                record, found = best
                lead.similar_lead_score = found.score
                lead.similar_lead_reason = self.env._(
                    "through %(record)s: %(reasons)s",
                    record=record.display_name
                    if record in readable
                    else self.env._("a record you may not read"),
                    reasons=self._similar_lead_reasons_text(found.reasons),
                )

    # ------------------------------------------------------------
    # BUSINESS HELPERS
    # ------------------------------------------------------------

    @api.model
    def _similar_lead_reasons_text(self, reasons, lang_code=None):
        """Return the user's words for the ``similarity.Reason`` of a match: what speaks for it, then, if
        anything does, what speaks against ("same phone: ..., but another email domain: ...").
        ``lang_code``, the language's code (the environment's when None), spares looking it up again: the
        duplicate scan words the reasons of a hundred thousand groups."""
        reasons_for = [self._similar_lead_reason_text(r) for r in reasons if r.polarity == similarity.FOR]
        reasons_against = [
            self._similar_lead_reason_text(r) for r in reasons if r.polarity == similarity.AGAINST
        ]
        lang_code = lang_code or get_lang(self.env).code
        if not reasons_against:
            return format_list(self.env, reasons_for, lang_code=lang_code)
        return self.env._(
            "%(reasons_for)s, but %(reasons_against)s",
            reasons_for=format_list(self.env, reasons_for, lang_code=lang_code),
            reasons_against=format_list(self.env, reasons_against, lang_code=lang_code),
        )

    @api.model
    def _similar_lead_reason_text(self, reason):
        """Return the user's words for a ``similarity.Reason``, for or against."""
        left, right = reason.left, reason.right
        if reason.code in (similarity.SAME_EMAIL_DOMAIN, similarity.OTHER_EMAIL_DOMAIN):
            # the reason holds the addresses; the user is told about their domains
            left, right = (normalize.email_domain(text) or text for text in (left, right))
        elif reason.code == similarity.EMAIL_ALIKE:
            # the addresses without the names shown with them ("Jozef Janssens <...>")
            left, right = (normalize.normalize_email(text) or text for text in (left, right))
        texts = {
            similarity.SAME_PARTNER: lambda: self.env._("same customer"),
            similarity.SAME_EMAIL: lambda: self.env._("same email: %(email)s", email=right),
            similarity.SAME_EMAIL_DOMAIN: lambda: self.env._("same email domain: %(domain)s", domain=right),
            similarity.SAME_PHONE: lambda: self.env._(
                "same phone: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.PHONE_ALIKE: lambda: self.env._(
                "phone alike: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.COMPANY_ALIKE: lambda: self.env._(
                "company name %(score)s %% alike: %(left)s / %(right)s",
                score=reason.score,
                left=left,
                right=right,
            ),
            similarity.EMAIL_ALIKE: lambda: self.env._(
                "email alike: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.DOMAIN_SPELLS_COMPANY: lambda: self.env._(
                "email domain is the company name: %(domain)s / %(company)s",
                domain=normalize.email_domain(left) or left,
                company=right,
            ),
            similarity.MAILBOX_SPELLS_COMPANY: lambda: self.env._(
                "email address is the company name: %(email)s / %(company)s",
                email=normalize.normalize_email(left) or left,
                company=right,
            ),
            similarity.CONTACT_ALIKE: lambda: self.env._(
                "contact name alike: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.OTHER_EMAIL_DOMAIN: lambda: self.env._(
                "another email domain: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.OTHER_PHONE: lambda: self.env._(
                "other phone numbers: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.OTHER_COMPANY: lambda: self.env._(
                "another company name: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.COMPANY_WORDS_DIFFER: lambda: self.env._(
                "company names differ by some words: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.COMPANY_WORD_ORDER: lambda: self.env._(
                "company name words in another order: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.OTHER_LEGAL_FORM: lambda: self.env._(
                "another legal form: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.OTHER_CONTACT: lambda: self.env._(
                "another contact: %(left)s / %(right)s", left=left, right=right
            ),
        }
        return texts[reason.code]()
