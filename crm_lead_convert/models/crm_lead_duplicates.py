import dataclasses

from odoo import api, fields, models
from odoo.tools import SQL

from odoo.addons.iap.tools import iap_tools

from ..core import normalize, phones, similarity
from .crm_lead_similar_keys import PHONE_KEYS_ARRAY, SIMILAR_COUNTRY_CODE, SPELLED_COMPANY_KEY

SENSITIVITY_PARAM = "crm_lead_convert.similar_leads_sensitivity"
DEFAULT_SENSITIVITY = similarity.DEFAULT_THRESHOLD
# The public mail providers, never a company domain: those Odoo itself knows (lead enrichment, stock Similar
# Leads), and the Dutch and Indonesian ones of the core it lacks ("hotmail.nl", "telkom.net"), so that Similar
# Leads and the duplicate scan leave out the very same domains.
MAIL_PROVIDERS = frozenset(iap_tools._MAIL_PROVIDERS) | normalize.GENERIC_EMAIL_DOMAINS

# Candidates are fetched per criterion, each from its index, at most this many each.
CANDIDATES_PER_CRITERION = 50
# A company email domain shared by more leads than this says nothing about a prospect (stock Odoo's rule).
EMAIL_DOMAIN_RELEVANCE_LIMIT = 20
# The trigram similarity a company key needs to be fetched as a candidate; rapidfuzz then decides.
COMPANY_TRIGRAM_THRESHOLD = 0.6
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
# What a lead's key is built from, as _similar_key_of takes it, read in SQL for saved leads (``lead``).
# Subqueries rather than joins: PostgreSQL plans them several times faster, and planning is most of such a
# query's time.
SIMILARITY_KEY_COLUMNS = SQL(
    """lead.id, lead.partner_name, lead.contact_name, lead.phone, lead.mobile, lead.email_from,
       lead.email_normalized, %s,
       (SELECT commercial_partner_id FROM res_partner WHERE id = lead.partner_id)""",
    SIMILAR_COUNTRY_CODE,
)


class CrmLead(models.Model):
    """Similar Leads: the records that are really the same prospect, with what speaks for and against."""

    # One concern a file (Similar Leads), as the project's style asks: crm.lead is inherited in several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

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
        for lead in self:
            lead_id = lead._origin.id or 0
            key, marked_ids = lead._similar_lead_key_and_marks()
            candidate_ids, candidate_keys = self._similar_lead_candidates(key, [lead_id, *marked_ids])
            if key.email_domain and len(candidate_ids.get("email_domain", ())) > EMAIL_DOMAIN_RELEVANCE_LIMIT:
                key = dataclasses.replace(key, email_domain="")
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

    def _similar_lead_key_and_marks(self):
        """Return this lead's ``similarity.LeadKey`` and the ids of the records marked as other prospects
        (``crm.lead.not.same.prospect``); of a saved lead, read in one query."""
        self.ensure_one()
        if not isinstance(self.id, int):
            marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(self._origin.ids)
            return self._similar_lead_key(), sorted(marked.get(self._origin.id, ()))
        self._similar_flush_key_values()
        self.env["crm.lead.not.same.prospect"].flush_model()
        self.env.cr.execute(
            SQL(
                """SELECT %s, ARRAY(SELECT other_lead_id FROM crm_lead_not_same_prospect
                                     WHERE lead_id = lead.id ORDER BY other_lead_id)
                     FROM crm_lead lead WHERE lead.id = %s""",
                SIMILARITY_KEY_COLUMNS,
                self.id,
            )
        )
        row = self.env.cr.fetchone()
        if not row:
            # deleted meanwhile: the ORM says so as it says it of any record
            return self._similar_lead_key(), []
        *values, marked_ids = row
        return self._similar_key_of(*values), marked_ids

    def _similar_lead_key(self):
        """Return the ``similarity.LeadKey`` of this lead (a record being edited included)."""
        self.ensure_one()
        if isinstance(self.id, int):
            saved = self._similar_saved_keys([self.id])
            if self.id in saved:
                return saved[self.id]
        return self._similar_key_of(
            self._origin.id or 0,
            self.partner_name,
            self.contact_name,
            self.phone,
            self.mobile,
            self.email_from,
            self.email_normalized,
            self._similar_country_code(),
            self.partner_id.commercial_partner_id.id,
        )

    @api.model
    def _similar_key_of(self, lead_id, *values):
        """Return the ``similarity.LeadKey`` of a lead from the values of ``SIMILARITY_KEY_COLUMNS``.

        The email address is stock's ``email_normalized``, the key by which candidates are fetched.
        """
        (
            partner_name,
            contact_name,
            phone,
            mobile,
            email_from,
            email_normalized,
            country_code,
            commercial_partner_id,
        ) = values
        return similarity.LeadKey.from_values(
            lead_id,
            partner_name,
            contact_name,
            phone,
            mobile,
            email_from,
            country_code,
            commercial_partner_id,
            email_normalized=email_normalized or "",
        )

    @api.model
    def _similar_saved_keys(self, lead_ids):
        """Return ``{lead id: similarity.LeadKey}`` of saved leads, read in one query with their country and
        commercial partner: Similar Leads reads many candidates, and the ORM would read each related model
        on its own."""
        if not lead_ids:
            return {}
        self._similar_flush_key_values()
        self.env.cr.execute(
            SQL(
                "SELECT %s FROM crm_lead lead WHERE lead.id = ANY(%s) ORDER BY lead.id",
                SIMILARITY_KEY_COLUMNS,
                list(lead_ids),
            )
        )
        return {row[0]: self._similar_key_of(*row) for row in self.env.cr.fetchall()}

    @api.model
    def _similar_flush_key_values(self):
        """Write pending changes of the values keys are built from, to read them in SQL."""
        self.flush_model(SIMILARITY_INPUT_FIELDS)
        self.env["res.partner"].flush_model(["commercial_partner_id", "country_id"])
        self.env["res.company"].flush_model(["partner_id"])

    @api.model
    def _similar_word_frequencies(self, keys):
        """Return the ``similarity.WordFrequencies`` of the company words and names of these ``LeadKey``."""
        keys = list(keys)
        words = {word for key in keys for word in key.company_words}
        names = {key.company for key in keys if key.company}
        return self.env["crm.lead.company.word"].sudo()._frequencies(words, names)

    def _similar_lead_keys(self):
        """Return the ``similarity.LeadKey`` of each lead, in order, reading the saved ones in one query."""
        saved = self._similar_saved_keys([lead_id for lead_id in self.ids if isinstance(lead_id, int)])
        return [saved.get(lead.id) or lead._similar_lead_key() for lead in self]

    @api.model
    def _similar_lead_candidates(self, key, excluded_ids):
        """Return ``({criterion: [lead ids]}, [similarity.LeadKey])``: the leads sharing a criterion with
        ``key`` (``_similar_candidate_queries``), from the indexes, and their keys, in id order, read in the
        same query."""
        queries = self._similar_candidate_queries(key, excluded_ids)
        if not queries:
            return {}, []
        self.flush_model(
            ["similar_company_key", "similar_phone_keys", "email_domain_criterion", "merged_into_id"]
        )
        self._similar_flush_key_values()
        rows = self._similar_fetch_with_settings(
            self._similar_candidates_query(queries),
            {"pg_trgm.similarity_threshold": str(COMPANY_TRIGRAM_THRESHOLD)},
        )
        candidate_ids, keys = {}, {}
        for criterion, *values in rows:
            candidate_ids.setdefault(criterion, []).append(values[0])
            if values[0] not in keys:
                keys[values[0]] = self._similar_key_of(*values)
        return candidate_ids, list(keys.values())

    @api.model
    def _similar_fetch_with_settings(self, query, settings):
        """Return the rows of ``query`` run with PostgreSQL's ``settings``, ``{name: value}`` (the threshold
        of pg_trgm's % operator...), for that query only: they are set in a savepoint, and rolling back to
        it gives them back as they were, the query having changed nothing else."""
        self.env.cr.execute(
            SQL(
                "SAVEPOINT crm_lead_similar_settings; SELECT %s; %s",
                SQL(", ").join(
                    SQL("set_config(%s, %s, true)", name, value) for name, value in settings.items()
                ),
                query,
            )
        )
        rows = self.env.cr.fetchall()
        self.env.cr.execute(
            SQL(
                "ROLLBACK TO SAVEPOINT crm_lead_similar_settings; RELEASE SAVEPOINT crm_lead_similar_settings"
            )
        )
        return rows

    @api.model
    def _similar_candidate_queries(self, key, excluded_ids):
        """Return ``{criterion: SQL}``: a query per criterion ``key`` has, of the ids of the leads sharing it.

        Each criterion is fetched on its own, at most ``CANDIDATES_PER_CRITERION`` leads each, so that a
        common criterion cannot crowd out a rare one. Merged-away leads are left out, and ``excluded_ids``
        (the lead itself, the records marked as other prospects) before the limit.
        """
        commercial_partner_id = key.partner_id
        queries = {}
        # a candidate is another lead, not one merged away (it lives on in the lead it was merged into)
        other = SQL("id != ALL(%s) AND merged_into_id IS NULL", list(excluded_ids))
        if key.company:
            # Only names the core may find alike (similarity._may_agree): as many words but one, or the same
            # letters but for spaces. A name of other length can agree only through the other criteria,
            # fetched on their own; leaving it out here keeps the limit for the names that count. Names are
            # compared with their spellings of one sound written alike, as the index holds them ("Tjahaja
            # Djaja" is found for "Cahaya Jaya").
            spelled = normalize.spelling_key(key.company)
            queries["company"] = SQL(
                """SELECT id FROM crm_lead
                    WHERE %s %s %s AND %s
                      AND (cardinality(string_to_array(similar_company_key, ' ')) BETWEEN %s AND %s
                           OR replace(similar_company_key, ' ', '') = %s)
                 ORDER BY similarity(%s, %s) DESC, id""",
                SPELLED_COMPANY_KEY,
                TRIGRAM_SIMILAR,
                spelled,
                other,
                len(key.company_words) - similarity.WORD_COUNT_SLACK,
                len(key.company_words) + similarity.WORD_COUNT_SLACK,
                key.company.replace(" ", ""),
                SPELLED_COMPANY_KEY,
                spelled,
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
        return queries

    @api.model
    def _similar_candidates_query(self, queries):
        """Return the query of the candidates of ``_similar_candidate_queries``, each criterion within its
        limit, with the values of their keys (``SIMILARITY_KEY_COLUMNS``), in id order."""
        limits = {"email_domain": EMAIL_DOMAIN_RELEVANCE_LIMIT + 1}
        return SQL(
            """WITH found AS (%s)
               SELECT found.criterion, %s FROM found JOIN crm_lead lead ON lead.id = found.id
               ORDER BY lead.id""",
            SQL(" UNION ALL ").join(
                SQL(
                    "(SELECT %s AS criterion, candidate.id FROM (%s LIMIT %s) AS candidate)",
                    criterion,
                    query,
                    limits.get(criterion, CANDIDATES_PER_CRITERION),
                )
                for criterion, query in queries.items()
            ),
            SIMILARITY_KEY_COLUMNS,
        )

    @api.model
    def _similar_leads_sensitivity(self):
        """Return the Similar Leads sensitivity (CRM settings): the least match score, 0-100."""
        value = self.env["ir.config_parameter"].sudo().get_param(SENSITIVITY_PARAM, DEFAULT_SENSITIVITY)
        try:
            return min(100, max(0, int(value)))
        except (TypeError, ValueError):
            return DEFAULT_SENSITIVITY
