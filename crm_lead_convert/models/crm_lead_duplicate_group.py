from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from ..core import duplicate_groups, similarity
from .crm_lead_duplicates import EMAIL_DOMAIN_RELEVANCE_LIMIT, MAIL_PROVIDERS

# A block (leads sharing an email domain, a phone key, a company key or a company-name token) larger than
# this says little about a prospect and would make too many pairs: left out of the scan, as a common word
# is left out of Similar Leads' weight.
BLOCK_LIMIT = 100
# The trigram similarity two company keys of one block need to be scored (Similar Leads' candidate rule).
COMPANY_PAIR_SIMILARITY = 0.6
KEYS_BATCH_SIZE = 10000
# What the scan looks at: leads and opportunities that could still be merged (not lost, won or merged away).
SCANNED = SQL("lead.active AND lead.merged_into_id IS NULL AND COALESCE(lead.probability, 0) < 100")


class CrmLeadDuplicateGroup(models.Model):
    """Leads and opportunities that are one prospect, found by a scan of the whole CRM, to review and merge.

    The scan (:meth:`_scan_all`) scores the pairs of records sharing an email address or domain, a phone
    number, a customer or company-name words, with Similar Leads' matcher, and groups them
    (``core.duplicate_groups``). Merging a group is the lossless, undoable merge; *Not Duplicates* marks its
    records as other prospects than each other, as Similar Leads does, so that no scan groups them again.
    """

    _name = "crm.lead.duplicate.group"
    _description = "Duplicate Leads"
    _order = "score desc, id"

    lead_ids = fields.Many2many(
        "crm.lead",
        "crm_lead_duplicate_group_lead_rel",
        "group_id",
        "lead_id",
        string="Records",
        readonly=True,
        context={"active_test": False},
    )
    lead_count = fields.Integer(string="Records Count", compute="_compute_lead_count", store=True)
    score = fields.Integer(readonly=True, aggregator=None, help="How surely the records are one prospect.")
    reason = fields.Char(string="Why", readonly=True, help="What the least alike two records have in common.")
    state = fields.Selection(
        [("to_review", "To Review"), ("merged", "Merged"), ("dismissed", "Not Duplicates")],
        default="to_review",
        required=True,
        readonly=True,
        index=True,
    )
    company_id = fields.Many2one("res.company", readonly=True, index=True)
    user_ids = fields.Many2many("res.users", string="Salespeople", compute="_compute_user_ids")
    survivor_id = fields.Many2one("crm.lead", string="Kept Record", readonly=True)

    @api.depends("lead_ids.partner_name", "lead_ids.name")
    def _compute_display_name(self):
        for group in self:
            first = group.lead_ids.sorted("id")[:1]
            group.display_name = self.env._(
                "%(record)s and %(count)s more",
                record=first.partner_name or first.name or "",
                count=len(group.lead_ids) - 1,
            )

    @api.depends("lead_ids")
    def _compute_lead_count(self):
        for group in self:
            group.lead_count = len(group.lead_ids)

    @api.depends("lead_ids.user_id")
    def _compute_user_ids(self):
        for group in self:
            group.user_ids = group.lead_ids.user_id

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_merge(self):
        """Merge each group's records into the earliest created one, losslessly and undoably."""
        for group in self:
            if group.state != "to_review":
                raise UserError(
                    self.env._("“%(group)s” was merged or dismissed already.", group=group.display_name)
                )
            leads = group.lead_ids.filtered(lambda lead: not lead.merged_into_id)
            if len(leads) < 2:
                raise UserError(
                    self.env._(
                        "“%(group)s” has fewer than two records left to merge: they were merged or deleted "
                        "since the scan.",
                        group=group.display_name,
                    )
                )
            survivor = leads.merge_opportunity(auto_unlink=False)
            group.write({"state": "merged", "survivor_id": survivor.id})
        return True

    def action_open_merge(self):
        """Open the merge pop-up on the group's records, to choose the values to keep where they differ."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("crm.action_merge_opportunities")
        action["context"] = {
            "active_model": "crm.lead",
            "active_ids": self.lead_ids.filtered(lambda lead: not lead.merged_into_id).ids,
            "crm_lead_duplicate_group_id": self.id,
        }
        return action

    def _note_merged(self, leads):
        """Note that the merge pop-up merged ``leads``, this group's records."""
        self.ensure_one()
        survivor = leads.filtered(lambda lead: not lead.merged_into_id)[:1]
        self.write({"state": "merged", "survivor_id": survivor.id})

    def action_dismiss(self):
        """Mark each group's records as other prospects than each other: no scan groups them again, and
        they leave each other's Similar Leads."""
        for group in self.filtered(lambda group: group.state == "to_review"):
            leads = group.lead_ids
            for position, lead in enumerate(leads[:-1]):
                lead._mark_not_same_prospect(leads[position + 1 :])
            group.state = "dismissed"
        return True

    @api.model
    def action_scan(self):
        """Scan the whole CRM for duplicates now (:meth:`_scan_all`) and show the groups to review: for those
        who may review them (the scan itself reads and writes as superuser)."""
        self.browse().check_access("write")
        self._scan_all()
        return self.env["ir.actions.act_window"]._for_xml_id(
            "crm_lead_convert.crm_lead_duplicate_group_action"
        )

    def action_open_leads(self):
        """Open the group's records."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Records of the Group"),
            "res_model": "crm.lead",
            "view_mode": "list,form",
            "domain": [("id", "in", self.lead_ids.ids)],
            "context": {"active_test": False},
        }

    # ------------------------------------------------------------
    # SCAN
    # ------------------------------------------------------------

    @api.model
    def _scan_all(self):
        """Scan the whole CRM in the calling transaction: the groups to review are found afresh; merged and
        dismissed groups stay as they are. Return the groups found."""
        pair_ids = self._scan_candidate_pairs()
        keys = self._scan_keys(sorted({lead_id for pair in pair_ids for lead_id in pair}))
        frequencies = self.env["crm.lead"].sudo()._similar_word_frequencies(keys.values())
        matches = self._scan_score(pair_ids, keys, frequencies)
        groups = self._scan_group(matches, keys, frequencies)
        return self._scan_write(groups, matches)

    @api.model
    def _scan_keys(self, lead_ids):
        """Return ``{lead id: similarity.LeadKey}`` of ``lead_ids``, read in batches."""
        leads = self.env["crm.lead"].sudo()
        keys = {}
        for start in range(0, len(lead_ids), KEYS_BATCH_SIZE):
            keys.update(leads._similar_saved_keys(lead_ids[start : start + KEYS_BATCH_SIZE]))
        return keys

    @api.model
    def _scan_score(self, pair_ids, keys, frequencies):
        """Return ``{(left id, right id): similarity.Match}`` of the pairs that match."""
        sensitivity = self.env["crm.lead"]._similar_leads_sensitivity()
        matches = {}
        for left_id, right_id in pair_ids:
            found = similarity.match(
                keys[left_id], keys[right_id], sensitivity, frequencies=frequencies, providers=MAIL_PROVIDERS
            )
            if found:
                matches[left_id, right_id] = found
        return matches

    @api.model
    def _scan_group(self, matches, keys, frequencies):
        """Return the ``duplicate_groups.Group`` the matching pairs make (``core.duplicate_groups``)."""

        def evidence_of(left_id, right_id):
            reasons = similarity.compare(
                keys[left_id], keys[right_id], frequencies=frequencies, providers=MAIL_PROVIDERS
            )
            return sum(reason.weight for reason in reasons)

        pairs = [
            duplicate_groups.Pair(left_id, right_id, found.score, found.weight - similarity.PRIOR_WEIGHT)
            for (left_id, right_id), found in matches.items()
        ]
        matched_ids = sorted({lead_id for pair in matches for lead_id in pair})
        marks = self.env["crm.lead.not.same.prospect"]._marked_other_ids(matched_ids)
        return duplicate_groups.group_pairs(
            pairs,
            evidence_of,
            company_of=self._scan_companies(matched_ids),
            marked=[(lead_id, other_id) for lead_id, others in marks.items() for other_id in others],
        )

    @api.model
    def _scan_write(self, groups, matches):
        """Replace the groups to review by ``groups``; return them."""
        leads = self.env["crm.lead"].sudo()
        company_of = self._scan_companies(sorted({lead_id for group in groups for lead_id in group.ids}))
        self.sudo().search([("state", "=", "to_review")]).unlink()
        return self.sudo().create(
            [
                {
                    "lead_ids": [Command.set(list(group.ids))],
                    "score": group.score,
                    "reason": leads._similar_lead_reasons_text(
                        matches[group.weakest.left_id, group.weakest.right_id].reasons
                    ),
                    "company_id": next(
                        filter(None, (company_of.get(lead_id) for lead_id in group.ids)), False
                    ),
                }
                for group in groups
            ]
        )

    @api.model
    def _scan_candidate_pairs(self):
        """Return the pairs ``(left id, right id)``, left < right, of the records to score: those of one
        company (or of none) sharing an email address, a company email domain, a phone number, a customer,
        or a block of company names (a word, or the first or last three letters of a longer word) whose keys
        are alike enough. Found by joins on the indexed keys, blocks larger than ``BLOCK_LIMIT`` left out."""
        leads = self.env["crm.lead"]
        leads.flush_model(
            [
                "active",
                "merged_into_id",
                "probability",
                "company_id",
                "email_normalized",
                "email_domain_criterion",
                "similar_phone_keys",
                "similar_company_key",
                "partner_id",
            ]
        )
        self.env["res.partner"].flush_model(["commercial_partner_id"])
        same_company = SQL("(a.company_id IS NULL OR b.company_id IS NULL OR a.company_id = b.company_id)")
        self.env.cr.execute(
            SQL(
                """
                WITH scanned AS (
                    SELECT lead.id, lead.company_id, lead.email_normalized, lead.email_domain_criterion,
                           lead.similar_phone_keys, lead.similar_company_key, partner.commercial_partner_id
                      FROM crm_lead lead
                 LEFT JOIN res_partner partner ON partner.id = lead.partner_id
                     WHERE %(scanned)s
                ),
                keyed AS (
                    SELECT id, company_id, 'email:' || email_normalized AS block FROM scanned
                     WHERE email_normalized IS NOT NULL
                    UNION ALL
                    SELECT id, company_id, 'domain:' || email_domain_criterion FROM scanned
                     WHERE email_domain_criterion IS NOT NULL
                       AND NOT substr(email_domain_criterion, 2) = ANY(%(providers)s)
                    UNION ALL
                    SELECT id, company_id, 'phone:' || phone_key
                      FROM scanned, unnest(string_to_array(similar_phone_keys, ' ')) AS phone_key
                     WHERE similar_phone_keys IS NOT NULL
                    UNION ALL
                    SELECT id, company_id, 'partner:' || commercial_partner_id FROM scanned
                     WHERE commercial_partner_id IS NOT NULL
                    UNION ALL
                    SELECT id, company_id, 'company:' || similar_company_key FROM scanned
                     WHERE similar_company_key IS NOT NULL
                ),
                kept AS (
                    SELECT block FROM keyed GROUP BY block
                    HAVING count(*) BETWEEN 2 AND (
                        CASE WHEN starts_with(block, 'domain:') THEN %(domain_limit)s ELSE %(limit)s END
                    )
                ),
                words AS (
                    SELECT DISTINCT scanned.id, scanned.company_id, scanned.similar_company_key AS key, token
                      FROM scanned,
                           regexp_split_to_table(scanned.similar_company_key, ' ') AS word,
                           unnest(CASE WHEN length(word) >= 5
                                       THEN ARRAY[word, 'p:' || left(word, 3), 's:' || right(word, 3)]
                                       ELSE ARRAY[word] END) AS token
                     WHERE scanned.similar_company_key IS NOT NULL
                ),
                word_blocks AS (
                    SELECT token FROM words GROUP BY token HAVING count(*) BETWEEN 2 AND %(limit)s
                )
                SELECT a.id, b.id
                  FROM keyed a
                  JOIN kept USING (block)
                  JOIN keyed b ON b.block = a.block AND b.id > a.id
                 WHERE %(same_company)s
                UNION
                SELECT a.id, b.id
                  FROM words a
                  JOIN word_blocks USING (token)
                  JOIN words b ON b.token = a.token AND b.id > a.id
                 WHERE %(same_company)s AND similarity(a.key, b.key) >= %(similarity)s
                """,
                scanned=SCANNED,
                providers=sorted(MAIL_PROVIDERS),
                domain_limit=EMAIL_DOMAIN_RELEVANCE_LIMIT,
                limit=BLOCK_LIMIT,
                same_company=same_company,
                similarity=COMPANY_PAIR_SIMILARITY,
            )
        )
        return sorted(self.env.cr.fetchall())

    @api.model
    def _scan_companies(self, lead_ids):
        """Return ``{lead id: company id or None}``."""
        if not lead_ids:
            return {}
        self.env.cr.execute(SQL("SELECT id, company_id FROM crm_lead WHERE id = ANY(%s)", lead_ids))
        return dict(self.env.cr.fetchall())
