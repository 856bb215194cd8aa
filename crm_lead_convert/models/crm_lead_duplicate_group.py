import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

# The least score from which a scan merges groups without review, when enabled (``<param>_enabled``).
AUTO_MERGE_PARAM = "crm_lead_convert.duplicates_auto_merge_score"
# Merge on at most this many groups merges them at once; on more, in the background, batch by batch.
MERGE_NOW_LIMIT = 20
# Groups a run of the background merge merges, committed together.
MERGE_BATCH_SIZE = 50
# Find Duplicates scans at once up to this many leads (about 10 s here); more, in the background.
SCAN_NOW_LIMIT = 50000


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
    link_reasons = fields.Text(
        string="Why Each Record",
        readonly=True,
        help="For each pair of records that joined the group, surest first, what they have in common: one "
        "line a pair, every record in one.",
    )
    state = fields.Selection(
        [
            ("to_review", "To Review"),
            ("merging", "Merging"),
            ("merged", "Merged"),
            ("dismissed", "Not Duplicates"),
        ],
        default="to_review",
        required=True,
        readonly=True,
        index=True,
    )
    company_id = fields.Many2one("res.company", readonly=True, index=True)
    user_ids = fields.Many2many("res.users", string="Salespeople", compute="_compute_user_ids")
    survivor_id = fields.Many2one("crm.lead", string="Kept Record", readonly=True)
    merge_user_id = fields.Many2one(
        "res.users",
        string="Merge Asked By",
        readonly=True,
        help="The background merge acts with their rights.",
    )
    merge_error = fields.Char(
        string="Not Merged Because", readonly=True, help="Why the background merge left the group to review."
    )

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
        """Merge each group's records into the earliest created one, losslessly and undoably.

        A few groups (``MERGE_NOW_LIMIT``) are merged at once. More are merged in the background, batch by
        batch (:meth:`_cron_merge`): each shows *Merging* until it is merged; one that cannot be merged goes
        back to review, saying why.
        """
        done = self.filtered(lambda group: group.state != "to_review")[:1]
        if done:
            raise UserError(
                self.env._(
                    "“%(group)s” is no longer to review: it was merged or dismissed, or is being merged.",
                    group=done.display_name,
                )
            )
        if len(self) <= MERGE_NOW_LIMIT:
            for group in self:
                group._merge_now()
            return True
        self.write({"state": "merging", "merge_user_id": self.env.uid, "merge_error": False})
        return self._run_in_background(
            "crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge",
            self.env._(
                "%(count)s groups are being merged in the background: each shows Merging until it is "
                "done. You will be notified at the end.",
                count=len(self),
            ),
        )

    def _run_in_background(self, cron_xmlid, message):
        """Trigger the scheduled action ``cron_xmlid`` now; return the action that says ``message`` and
        reloads the list."""
        self.env.ref(cron_xmlid)._trigger()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "info",
                "message": message,
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def _merge_now(self):
        """Merge this group's records into the earliest created one; raise a ``UserError`` saying why not."""
        self.ensure_one()
        leads = self.lead_ids.filtered(lambda lead: not lead.merged_into_id)
        if len(leads) < 2:
            raise UserError(
                self.env._(
                    "“%(group)s” has fewer than two records left to merge: they were merged or deleted "
                    "since the scan.",
                    group=self.display_name,
                )
            )
        survivor = leads.merge_opportunity(auto_unlink=False)
        self.write({"state": "merged", "survivor_id": survivor.id, "merge_error": False})

    @api.model
    def _cron_merge(self):
        """Merge a batch of the groups waiting in the background (*Merging*), each with the rights of who
        asked, each on its own: a group that cannot be merged goes back to review with the reason. Odoo's
        scheduler runs the next batches while some remain (``ir.cron._notify_progress``), committing after
        each; at the end, who asked is notified."""
        waiting = self.sudo().search([("state", "=", "merging")], order="id")
        batch = waiting[:MERGE_BATCH_SIZE]
        for group in batch:
            try:
                with self.env.cr.savepoint():
                    group.with_user(group.merge_user_id)._merge_now()
            except UserError as error:
                _logger.info("duplicates: %s left to review: %s", group.display_name, error)
                group.write({"state": "to_review", "merge_error": str(error)})
        remaining = len(waiting) - len(batch)
        if not remaining:
            for user in batch.merge_user_id:
                user._bus_send(
                    "simple_notification",
                    {
                        "type": "success",
                        "title": self.with_user(user).env._("Duplicates"),
                        "message": self.with_user(user).env._(
                            "The selected groups are merged. Those that could not be merged are back to "
                            "review, with the reason."
                        ),
                    },
                )
        self.env["ir.cron"]._notify_progress(done=len(batch), remaining=remaining)
        return batch

    def _auto_merge(self):
        """Merge those of these groups the settings say to merge without review; note it on the kept record.

        Off by default. A group that cannot be merged (a record changed since, won meanwhile...) stays to
        review, with the reason in the log.
        """
        params = self.env["ir.config_parameter"].sudo()
        if not params.get_param(f"{AUTO_MERGE_PARAM}_enabled"):
            return self.browse()
        least = int(params.get_param(AUTO_MERGE_PARAM) or 100)
        merged_ids = []
        # those above the score, found in SQL: a scan writes thousands of groups, and reading them all back
        # would undo its letting them go from the cache batch by batch
        to_merge = self.search([("id", "in", self.ids), ("state", "=", "to_review"), ("score", ">=", least)])
        for group in to_merge:
            try:
                with self.env.cr.savepoint():
                    group._merge_now()
            except UserError as error:
                _logger.info("duplicates: %s left to review: %s", group.display_name, error)
                continue
            group.survivor_id.message_post(
                body=self.env._(
                    "Merged automatically by the scan for duplicates (score %(score)s %%, from %(least)s %% "
                    "in the settings). Undo Merge restores the records.",
                    score=group.score,
                    least=least,
                ),
                subtype_xmlid="mail.mt_note",
            )
            merged_ids.append(group.id)
        return self.browse(merged_ids)

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

    def action_scan(self):
        """Scan the whole CRM for duplicates now (:meth:`_scan_all`) and reload the list: for those who may
        review the groups (the scan itself reads and writes as superuser). A button of the list's header,
        called on whatever records are selected, none included.

        A CRM of more than ``SCAN_NOW_LIMIT`` leads is scanned in the background instead, by the scheduled
        scan triggered at once: a request would run out of time (about 3 minutes for a million leads here).
        """
        self.browse().check_access("write")
        if self.env["crm.lead"].sudo().with_context(active_test=False).search_count([]) <= SCAN_NOW_LIMIT:
            self._scan_all()
            return {"type": "ir.actions.client", "tag": "soft_reload"}
        return self._run_in_background(
            "crm_lead_convert.ir_cron_crm_lead_duplicate_scan",
            self.env._(
                "Duplicates are being searched for in the background, batch by batch: the groups to "
                "review appear here when the search ends."
            ),
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
