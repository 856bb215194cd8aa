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
            ("undoing", "Undoing Merge"),
            ("dismissed", "Not Duplicates"),
        ],
        default="to_review",
        required=True,
        readonly=True,
        index=True,
    )
    company_id = fields.Many2one("res.company", readonly=True, index=True)
    user_ids = fields.Many2many("res.users", string="Salespeople", compute="_compute_user_ids")
    survivor_id = fields.Many2one("crm.lead", string="Kept Record", readonly=True, index="btree_not_null")
    merge_user_id = fields.Many2one(
        "res.users",
        string="Merge Asked By",
        readonly=True,
        help="The background merge acts with their rights.",
    )
    merge_error = fields.Char(
        string="Not Merged Because", readonly=True, help="Why the background merge left the group to review."
    )
    undo_error = fields.Char(
        string="Not Undone Because", readonly=True, help="Why the background undo left the group merged."
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
        return self._now_or_in_background(
            "merging",
            self.env._(
                "%(count)s groups are being merged in the background: each shows Merging until it is "
                "done. You will be notified at the end.",
                count=len(self),
            ),
        )

    def _now_or_in_background(self, waiting_state, message):
        """Merge these groups (``waiting_state`` "merging") or undo their merges ("undoing"): a few
        (``MERGE_NOW_LIMIT``) at once, more in the background (:meth:`_cron_merge`), where they wait in
        ``waiting_state``, with the rights of who asked; return the action that says ``message`` then."""
        if len(self) <= MERGE_NOW_LIMIT:
            for group in self:
                if waiting_state == "undoing":
                    group._undo_now()
                else:
                    group._merge_now()
            return True
        self.write(
            {"state": waiting_state, "merge_user_id": self.env.uid, "merge_error": False, "undo_error": False}
        )
        return self._run_in_background("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge", message)

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
        self.write({"state": "merged", "survivor_id": survivor.id, "merge_error": False, "undo_error": False})

    def _undo_now(self):
        """Undo this group's merge: its records come back as they were before it, and the group is to
        review again (``_note_undone``); raise a ``UserError`` saying why not."""
        self.ensure_one()
        merge = self.survivor_id._merge_last_record() if self.survivor_id else None
        if not merge or not {int(record_id) for record_id in merge.values_before} <= set(self.lead_ids.ids):
            raise UserError(
                self.env._(
                    "Cannot undo the merge of “%(group)s”: its kept record “%(lead)s” was merged with other "
                    "records since, or the merge was undone already. Undo Merge on that record undoes its "
                    "last merge.",
                    group=self.display_name,
                    lead=self.survivor_id.display_name,
                )
            )
        merge._undo()

    @api.model
    def _note_undone(self, survivor, leads):
        """Note that the merge of ``leads`` into ``survivor`` was undone: the group it merged, if any, is to
        review again."""
        groups = self.sudo().search(
            [("state", "in", ("merged", "undoing")), ("survivor_id", "=", survivor.id)]
        )
        groups.filtered(lambda group: leads <= group.lead_ids).write(
            {"state": "to_review", "survivor_id": False, "merge_error": False, "undo_error": False}
        )

    @api.model
    def _cron_merge(self):
        """Merge a batch of the groups waiting in the background (*Merging*), or undo their merge (*Undoing
        Merge*), each with the rights of who asked, each on its own: a group that cannot be merged goes back
        to review with the reason, one whose merge cannot be undone stays merged with the reason. Odoo's
        scheduler runs the next batches while some remain (``ir.cron._notify_progress``), committing after
        each; at the end, who asked is notified."""
        waiting = self.sudo().search([("state", "in", ("merging", "undoing"))], order="id")
        batch = waiting[:MERGE_BATCH_SIZE]
        asked = {}  # who asked: {user: {"merging", "undoing"}}, of this batch
        for group in batch:
            undoing = group.state == "undoing"
            asked.setdefault(group.merge_user_id, set()).add(group.state)
            try:
                with self.env.cr.savepoint():
                    if undoing:
                        group.with_user(group.merge_user_id)._undo_now()
                    else:
                        group.with_user(group.merge_user_id)._merge_now()
            except UserError as error:
                _logger.info("duplicates: %s left as it was: %s", group.display_name, error)
                if undoing:
                    group.write({"state": "merged", "undo_error": str(error)})
                else:
                    group.write({"state": "to_review", "merge_error": str(error)})
        remaining = len(waiting) - len(batch)
        # who asked is notified once none of their groups waits any more
        still_asking = waiting[MERGE_BATCH_SIZE:].merge_user_id
        for user, states in asked.items():
            if user not in still_asking:
                self._notify_done(user, states)
        self.env["ir.cron"]._notify_progress(done=len(batch), remaining=remaining)
        return batch

    @api.model
    def _notify_done(self, user, states):
        """Tell ``user`` that the background work they asked for is done: the merges (``"merging"`` in
        ``states``), the undoing of merges (``"undoing"``)."""
        env = self.with_user(user).env
        messages = {
            "merging": env._(
                "The selected groups are merged. Those that could not be merged are back to review, with the "
                "reason."
            ),
            "undoing": env._(
                "The merges of the selected groups are undone: their records are back and the groups are to "
                "review. Those whose merge could not be undone stay merged, with the reason."
            ),
        }
        for state in sorted(states):
            user._bus_send(
                "simple_notification",
                {"type": "success", "title": env._("Duplicates"), "message": messages[state]},
            )

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

    def action_undo_merge(self):
        """Undo the merge of each group: its records come back as they were before it, and the group is to
        review again. A few groups are done at once; more in the background, batch by batch, as Merge does:
        each shows *Undoing Merge* until it is done; one whose merge cannot be undone stays merged, saying
        why.
        """
        not_merged = self.filtered(lambda group: group.state != "merged")[:1]
        if not_merged:
            raise UserError(
                self.env._(
                    "“%(group)s” has no merge to undo: it is not merged, or its merge is being undone.",
                    group=not_merged.display_name,
                )
            )
        return self._now_or_in_background(
            "undoing",
            self.env._(
                "The merges of %(count)s groups are being undone in the background: each shows Undoing Merge "
                "until it is done. You will be notified at the end.",
                count=len(self),
            ),
        )

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
