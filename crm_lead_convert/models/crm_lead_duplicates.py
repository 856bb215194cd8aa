import dataclasses

from odoo import api, fields, models
from odoo.tools import SQL, email_domain_extract, format_list

from odoo.addons.iap.tools import iap_tools

from ..core import normalize, phones, similarity
from .crm_lead_similar_keys import PHONE_KEYS_ARRAY

SENSITIVITY_PARAM = "crm_lead_convert.similar_leads_sensitivity"
DEFAULT_SENSITIVITY = similarity.DEFAULT_THRESHOLD
# The public mail providers Odoo itself knows (lead enrichment, stock Similar Leads): never a company domain.
MAIL_PROVIDERS = frozenset(iap_tools._MAIL_PROVIDERS)

# Candidates are fetched per criterion, each from its index, at most this many each.
CANDIDATES_PER_CRITERION = 50
# A company email domain shared by more leads than this says nothing about a prospect (stock Odoo's rule).
EMAIL_DOMAIN_RELEVANCE_LIMIT = 20
# The trigram similarity a company key needs to be fetched as a candidate; rapidfuzz then decides.
COMPANY_TRIGRAM_THRESHOLD = 0.6
# pg_trgm's own default threshold of its % operator
PG_TRGM_DEFAULT_THRESHOLD = 0.3
# pg_trgm's "similar" operator: a code-only SQL keeps the %% that psycopg2 reads as one %
TRIGRAM_SIMILAR = SQL("%%")
MAX_SIMILAR_LEADS = 50

# What a lead's similarity key is built from
SIMILARITY_INPUT_FIELDS = (
    "partner_name",
    "contact_name",
    "phone",
    "mobile",
    "email_from",
    "country_id",
    "partner_id",
    "email_normalized",
    "company_id",
)


class CrmLead(models.Model):
    """Similar Leads: the records that are really the same prospect, with what speaks for and against."""

    # One concern a file (Similar Leads), as the project's style asks: crm.lead is inherited in several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    similar_lead_score = fields.Integer(
        string="Similarity",
        compute="_compute_similar_lead_reason",
        help="How surely this record is about the same prospect as the lead whose Similar Leads are shown.",
    )
    similar_lead_reason = fields.Char(
        string="Why Similar",
        compute="_compute_similar_lead_reason",
        help="What this record has in common with the lead whose Similar Leads are shown.",
    )
    similar_lead_is_reference = fields.Boolean(
        string="Is the Lead Compared",
        compute="_compute_similar_lead_reason",
        help="This record is the lead whose Similar Leads are shown.",
    )
    similar_to_lead_id = fields.Many2one(
        "crm.lead",
        string="Similar To",
        compute="_compute_similar_to_lead_id",
        search="_search_similar_to_lead_id",
        help="For searching only: the Similar Leads of a lead, itself included, found afresh at each search.",
    )
    # ------------------------------------------------------------
    # COMPUTE
    # ------------------------------------------------------------

    @api.depends(*SIMILARITY_INPUT_FIELDS)
    def _compute_potential_lead_duplicates(self):
        """Find the records that are really the same prospect (see ``core.similarity``).

        Records marked as other prospects (``crm.lead.not.same.prospect``) are left out, for everyone.
        As in stock Odoo, counting transcends access rights and includes archived records: the counter tells
        that the prospect exists; the list opened from it shows only what the user may read.
        """
        sensitivity = self._similar_leads_sensitivity()
        marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(self._origin.ids)
        for lead in self:
            lead_id = lead._origin.id or 0
            key = lead._similar_lead_key()
            commercial_partner_id = lead.partner_id.commercial_partner_id.id
            excluded_ids = [lead_id, *sorted(marked.get(lead_id, ()))]
            candidate_ids = self._similar_lead_candidate_ids(key, excluded_ids, commercial_partner_id)
            if key.email_domain and len(candidate_ids.get("email_domain", ())) > EMAIL_DOMAIN_RELEVANCE_LIMIT:
                key = dataclasses.replace(key, email_domain="")
            candidates = (
                self.sudo()
                .with_context(active_test=False)
                .browse(sorted(set().union(*candidate_ids.values())))
            )
            candidate_keys = candidates._similar_lead_keys()
            ranked = similarity.rank(
                key,
                candidate_keys,
                sensitivity,
                frequencies=self._similar_word_frequencies([key, *candidate_keys]),
                providers=MAIL_PROVIDERS,
            )
            similar = self.browse([candidate.id for candidate, _match in ranked[:MAX_SIMILAR_LEADS]])
            lead.duplicate_lead_ids = similar + lead
            lead.duplicate_lead_count = len(similar)

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
        for lead, key in zip(self, keys, strict=True):
            if lead == reference:
                # the list shows the lead itself too, to merge it with the others from there
                lead.similar_lead_reason = self.env._("this lead")
                lead.similar_lead_is_reference = True
                continue
            found = similarity.match(
                reference_key, key, sensitivity, frequencies=frequencies, providers=MAIL_PROVIDERS
            )
            if found:
                lead.similar_lead_score = found.score
                lead.similar_lead_reason = self._similar_lead_reasons_text(found.reasons)

    def _compute_similar_to_lead_id(self):
        # a search criterion, not a value of the record
        self.similar_to_lead_id = False

    def _search_similar_to_lead_id(self, operator, value):
        if operator not in ("=", "in"):
            raise NotImplementedError(f"Unsupported operator for similar_to_lead_id: {operator}")
        return [("id", "in", self.browse(value).duplicate_lead_ids.ids)]

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_show_potential_duplicates(self):
        """Open the Similar Leads with the score and the reasons of each."""
        action = super().action_show_potential_duplicates()
        action["name"] = action["display_name"] = self.env._("Similar Leads")
        # searched afresh each time the list loads: a record marked as another prospect leaves it at once
        action["domain"] = [("similar_to_lead_id", "=", self.id)]
        action["context"] = dict(action.get("context") or {}, similar_lead_id=self.id)
        list_view = self.env.ref("crm_lead_convert.crm_lead_view_list_similar")
        action["views"] = [(list_view.id, "list"), (False, "kanban"), (False, "form")]
        action["view_mode"] = "list,kanban,form"
        return action

    # ------------------------------------------------------------
    # BUSINESS HELPERS
    # ------------------------------------------------------------

    def _similar_lead_key(self):
        """Return the ``similarity.LeadKey`` of this lead (a record being edited included).

        The email address is stock's ``email_normalized``, the key by which candidates are fetched.
        """
        self.ensure_one()
        key = similarity.LeadKey.from_values(
            self._origin.id or 0,
            self.partner_name,
            self.contact_name,
            self.phone,
            self.mobile,
            self.email_from,
            self._similar_country_code(),
            self.partner_id.commercial_partner_id.id,
        )
        email = self.email_normalized or ""
        return dataclasses.replace(key, email=email, email_domain=email_domain_extract(email) or "")

    @api.model
    def _similar_word_frequencies(self, keys):
        """Return the ``similarity.WordFrequencies`` of the company words of these ``LeadKey``."""
        words = {word for key in keys for word in key.company_words}
        return self.env["crm.lead.company.word"].sudo()._frequencies(words)

    def _similar_lead_keys(self):
        """Return the ``similarity.LeadKey`` of each lead, in order, reading their fields in one batch."""
        self.fetch(list(SIMILARITY_INPUT_FIELDS))
        return [lead._similar_lead_key() for lead in self]

    @api.model
    def _similar_lead_candidate_ids(self, key, excluded_ids, commercial_partner_id):
        """Return ``{criterion: [lead ids]}``: the leads sharing a criterion with ``key``, from the indexes.

        Each criterion is fetched on its own, at most ``CANDIDATES_PER_CRITERION`` leads each, so that a
        common criterion cannot crowd out a rare one. Merged-away leads are left out, and ``excluded_ids``
        (the lead itself, the records marked as other prospects) before the limit.
        """
        queries = {}
        # a candidate is another lead, not one merged away (it lives on in the lead it was merged into)
        other = SQL("id != ALL(%s) AND merged_into_id IS NULL", list(excluded_ids))
        if key.company:
            queries["company"] = SQL(
                """SELECT id FROM crm_lead WHERE similar_company_key %s %s AND %s
                 ORDER BY similarity(similar_company_key, %s) DESC, id""",
                TRIGRAM_SIMILAR,
                key.company,
                other,
                key.company,
            )
        if key.email:
            queries["email"] = SQL(
                "SELECT id FROM crm_lead WHERE email_normalized = %s AND %s ORDER BY id", key.email, other
            )
        if key.email_domain and not normalize.is_generic_email_domain(key.email_domain, MAIL_PROVIDERS):
            queries["email_domain"] = SQL(
                "SELECT id FROM crm_lead WHERE email_domain_criterion = %s AND %s ORDER BY id",
                "@" + key.email_domain,
                other,
            )
        if key.phones:
            # The stored keys are the numbers' last digits (phones.phone_keys); the core then compares
            # the whole numbers. IS NOT NULL lets PostgreSQL use the partial index, and OFFSET 0 keeps it
            # from walking the whole table in id order instead, to stop at the limit it rarely reaches.
            phone_keys = list(dict.fromkeys(number[-phones.PHONE_KEY_DIGITS :] for number in key.phones))
            queries["phone"] = SQL(
                """SELECT id FROM (SELECT id FROM crm_lead
                                  WHERE similar_phone_keys IS NOT NULL AND %s && %s::text[] AND %s
                                 OFFSET 0) AS sharing
                 ORDER BY id""",
                PHONE_KEYS_ARRAY,
                phone_keys,
                other,
            )
        if commercial_partner_id:
            queries["partner"] = SQL(
                """SELECT id FROM crm_lead
                    WHERE partner_id IN (SELECT id FROM res_partner WHERE commercial_partner_id = %s) AND %s
                 ORDER BY id""",
                commercial_partner_id,
                other,
            )
        if not queries:
            return {}
        self.flush_model(
            [
                "similar_company_key",
                "similar_phone_keys",
                "email_normalized",
                "email_domain_criterion",
                "partner_id",
                "merged_into_id",
            ]
        )
        # the threshold of pg_trgm's % operator for this query only, given back afterwards; the setting
        # does not exist yet in a session where pg_trgm was not used (missing_ok: NULL), and is an empty
        # placeholder after a transaction that set it before pg_trgm was loaded: the default then
        self.env.cr.execute(
            SQL(
                "SELECT COALESCE(NULLIF(current_setting('pg_trgm.similarity_threshold', true), ''), %s), "
                "set_config('pg_trgm.similarity_threshold', %s, true)",
                str(PG_TRGM_DEFAULT_THRESHOLD),
                str(COMPANY_TRIGRAM_THRESHOLD),
            )
        )
        previous_threshold = self.env.cr.fetchone()[0]
        limits = {"email_domain": EMAIL_DOMAIN_RELEVANCE_LIMIT + 1}
        self.env.cr.execute(
            SQL(" UNION ALL ").join(
                SQL(
                    "(SELECT %s, candidate.id FROM (%s LIMIT %s) AS candidate)",
                    criterion,
                    query,
                    limits.get(criterion, CANDIDATES_PER_CRITERION),
                )
                for criterion, query in queries.items()
            )
        )
        rows = self.env.cr.fetchall()
        self.env.cr.execute(
            SQL("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", previous_threshold)
        )
        candidate_ids = {}
        for criterion, candidate_id in rows:
            candidate_ids.setdefault(criterion, []).append(candidate_id)
        return candidate_ids

    @api.model
    def _similar_leads_sensitivity(self):
        """Return the Similar Leads sensitivity (CRM settings): the least match score, 0-100."""
        value = self.env["ir.config_parameter"].sudo().get_param(SENSITIVITY_PARAM, DEFAULT_SENSITIVITY)
        try:
            return min(100, max(0, int(value)))
        except (TypeError, ValueError):
            return DEFAULT_SENSITIVITY

    @api.model
    def _similar_lead_reasons_text(self, reasons):
        """Return the user's words for the ``similarity.Reason`` of a match: what speaks for it, then, if
        anything does, what speaks against ("same phone: ..., but another email domain: ...")."""
        reasons_for = [self._similar_lead_reason_text(r) for r in reasons if r.polarity == similarity.FOR]
        reasons_against = [
            self._similar_lead_reason_text(r) for r in reasons if r.polarity == similarity.AGAINST
        ]
        if not reasons_against:
            return format_list(self.env, reasons_for)
        return self.env._(
            "%(reasons_for)s, but %(reasons_against)s",
            reasons_for=format_list(self.env, reasons_for),
            reasons_against=format_list(self.env, reasons_against),
        )

    @api.model
    def _similar_lead_reason_text(self, reason):
        """Return the user's words for a ``similarity.Reason``, for or against."""
        left, right = reason.left, reason.right
        if reason.code in (similarity.SAME_EMAIL_DOMAIN, similarity.OTHER_EMAIL_DOMAIN):
            # the reason holds the addresses; the user is told about their domains
            left, right = (normalize.email_domain(text) or text for text in (left, right))
        texts = {
            similarity.SAME_PARTNER: lambda: self.env._("same customer"),
            similarity.SAME_EMAIL: lambda: self.env._("same email: %(email)s", email=right),
            similarity.SAME_EMAIL_DOMAIN: lambda: self.env._("same email domain: %(domain)s", domain=right),
            similarity.SAME_PHONE: lambda: self.env._(
                "same phone: %(left)s / %(right)s", left=left, right=right
            ),
            similarity.COMPANY_ALIKE: lambda: self.env._(
                "company name %(score)s %% alike: %(left)s / %(right)s",
                score=reason.score,
                left=left,
                right=right,
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
            similarity.OTHER_CONTACT: lambda: self.env._(
                "another contact: %(left)s / %(right)s", left=left, right=right
            ),
        }
        return texts[reason.code]()
