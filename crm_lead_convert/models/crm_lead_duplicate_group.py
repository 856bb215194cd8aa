import logging
from collections import defaultdict
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY
from odoo.tools import SQL

from ..core import merge_plan
from .crm_lead import DUPLICATE_GROUP_KEY, notification

_logger = logging.getLogger(__name__)

# The least score from which a scan merges groups without review, when enabled (``<param>_enabled``).
AUTO_MERGE_PARAM = "crm_lead_convert.duplicates_auto_merge_score"
# Groups one call of the automatic merge merges at most, the surest first (about 90 ms a group here): a
# scan's batch, and the merges at its end, stay within a scheduled action's time limit; the scans after merge
# the others.
AUTO_MERGE_LIMIT = 200
# Context key: the scan runs for a user (Find Duplicates), who may merge only the records they may write.
SCAN_FOR_USER_KEY = "crm_lead_duplicate_scan_for_user"
# Merge on at most this many groups merges them at once; on more, in the background, batch by batch.
MERGE_NOW_LIMIT = 20
# Groups a run of the background merge merges, committed together.
MERGE_BATCH_SIZE = 50
# A group another transaction changed while the background merged it is tried again this much later.
MERGE_RETRY_DELAY = timedelta(minutes=1)
# Find Duplicates scans at once up to this many leads (about 10 s here); more, in the background.
SCAN_NOW_LIMIT = 50000
# The start of the scheduled scan under way, empty when none
SCAN_STARTED_PARAM = "crm_lead_convert.duplicate_scan_started"


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
    # worded by the scan in every installed language: each user reads them in theirs
    reason = fields.Char(
        string="Why", readonly=True, translate=True, help="What the least alike two records have in common."
    )
    link_reasons = fields.Text(
        string="Why Each Record",
        readonly=True,
        translate=True,
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
    user_ids = fields.Many2many(
        "res.users", string="Salespeople", compute="_compute_user_ids", search="_search_user_ids"
    )
    # stored, so that the list groups by it: a manager hands each group to the salesperson it goes to
    user_id = fields.Many2one(
        "res.users",
        string="Salesperson",
        compute="_compute_user_id",
        store=True,
        index="btree_not_null",
        help="The salesperson of the record a merge keeps, the earliest created: the merged record stays "
        "theirs.",
    )
    survivor_id = fields.Many2one("crm.lead", string="Kept Record", readonly=True, index="btree_not_null")
    opportunity_count = fields.Integer(
        string="Opportunities",
        compute="_compute_opportunity_count",
        help="Opportunities among the records: several may be separate deals of one customer, which a merge "
        "makes one.",
    )
    # the form shows the Merged Into column of its records
    has_merged_leads = fields.Boolean(string="Has Merged Records", compute="_compute_has_merged_leads")
    # the merge that merged the group, which Undo Merge on the group undoes
    merge_record_id = fields.Many2one(
        "crm.lead.merge.record", string="Merge of the Group", readonly=True, index="btree_not_null"
    )
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
        """The prospect's company, as the first record holding one writes it, else the first record's title,
        and how many more records the group holds."""
        for group in self:
            leads = group.lead_ids.sorted("id")
            name = next(filter(None, leads.mapped("partner_name")), leads[:1].name or "")
            if len(group.lead_ids) > 1:
                name = self.env._("%(record)s and %(count)s more", record=name, count=len(group.lead_ids) - 1)
            # a merged group whose records were deleted since keeps its id
            group.display_name = name or str(group.id)

    @api.depends("lead_ids")
    def _compute_lead_count(self):
        for group in self:
            group.lead_count = len(group.lead_ids)

    @api.depends("lead_ids.user_id")
    def _compute_user_ids(self):
        for group in self:
            group.user_ids = group.lead_ids.user_id

    @api.depends("lead_ids.user_id", "lead_ids.create_date")
    def _compute_user_id(self):
        """The records of all the groups read at once: the scan makes tens of thousands of groups."""
        records = {
            record["id"]: record for record in self.lead_ids.read(["create_date", "user_id"], load=None)
        }
        for group in self:
            kept = merge_plan.order_for_merge([records[lead_id] for lead_id in group.lead_ids.ids])
            group.user_id = kept[0]["user_id"] if kept else False

    def _search_user_ids(self, operator, value):
        """Find the groups holding a record of these salespeople (the search view's Salesperson), or, for a
        negative operator, the groups holding none: a condition on the records would find the groups holding
        a record of someone else."""
        if operator in expression.NEGATIVE_TERM_OPERATORS:
            holding = self._search(
                [("lead_ids.user_id", expression.TERM_OPERATORS_NEGATION[operator], value)]
            )
            return [("id", "not in", holding)]
        return [("lead_ids.user_id", operator, value)]

    @api.depends("lead_ids.type")
    def _compute_opportunity_count(self):
        for group in self:
            group.opportunity_count = len(group.lead_ids.filtered(lambda lead: lead.type == "opportunity"))

    @api.depends("lead_ids.merged_into_id")
    def _compute_has_merged_leads(self):
        for group in self:
            group.has_merged_leads = bool(group.lead_ids.merged_into_id)

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_merge(self):
        """Merge each group's records into the earliest created one, losslessly and undoably.

        A few groups (``MERGE_NOW_LIMIT``) are merged at once. More are merged in the background, batch by
        batch (:meth:`_cron_merge`): each shows *Merging* until it is merged; one that cannot be merged goes
        back to review, saying why.
        """
        self._check_exists()
        self._check_to_review()
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
            return self._now(undoing=waiting_state == "undoing")
        self.write(
            {"state": waiting_state, "merge_user_id": self.env.uid, "merge_error": False, "undo_error": False}
        )
        return self._run_in_background("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge", message)

    def _now(self, undoing):
        """Merge these groups now (or undo their merges, ``undoing``), each on its own: one that cannot be
        merged (undone) stays to review (merged), saying why, as in the background, and the others are done;
        a notification counts them. One group alone: refused with the reason, nothing changed."""
        if len(self) == 1:
            self._now_one(undoing)
            return self._done_notification(undoing)
        failed = self.browse()
        for group in self._in_undo_order():
            try:
                with self.env.cr.savepoint():
                    group._now_one(undoing)
            except UserError as error:
                self._leave_as_it_was(group, undoing, error)
                failed |= group
        if not failed:
            return self._done_notification(undoing)
        if undoing:
            message = self.env._(
                "Merges undone: %(done)s. Merges that could not be undone: %(failed)s, each saying why (Not "
                "Undone Because).",
                done=len(self) - len(failed),
                failed=len(failed),
            )
        else:
            message = self.env._(
                "Groups merged: %(done)s. Groups that could not be merged: %(failed)s, still to review, each "
                "saying why (Not Merged Because).",
                done=len(self) - len(failed),
                failed=len(failed),
            )
        return notification(message, "warning", sticky=True)

    def _done_notification(self, undoing):
        """Return the notification that these groups were merged (their merges undone, ``undoing``)."""
        if undoing:
            message = self.env._(
                "Merges undone: %(count)s. Their records are back as they were, their groups to review "
                "again.",
                count=len(self),
            )
        else:
            message = self.env._(
                "Groups merged: %(count)s, each into its earliest created record. Undo Merge, on a group or "
                "on its kept record, restores them.",
                count=len(self),
            )
        return notification(message)

    def _now_one(self, undoing):
        """Merge this group now, or undo its merge (``undoing``)."""
        if undoing:
            self._undo_now()
        else:
            self._merge_now()

    def _run_in_background(self, cron_xmlid, message):
        """Trigger the scheduled action ``cron_xmlid`` now; return the action that says ``message`` and
        reloads the list."""
        self.env.ref(cron_xmlid)._trigger()
        return notification(message, "info")

    def _merge_now(self):
        """Merge this group's records into the earliest created one; raise a ``UserError`` saying why not: a
        record of it was merged, deleted, archived or lost since the scan."""
        self.ensure_one()
        leads = self.lead_ids.filtered(lambda lead: not lead.merged_into_id)
        archived = leads.filtered(lambda lead: not lead.active)[:1]
        if archived:
            # kept as the earliest, it would take the open records with it into the archive
            raise UserError(
                self.env._(
                    "“%(lead)s” was archived or marked lost since the scan found “%(group)s”: restore it to "
                    "merge them, or wait for the next scan, which leaves it out.",
                    lead=archived.display_name,
                    group=self.display_name,
                )
            )
        if len(leads) < 2:
            raise UserError(
                self.env._(
                    "“%(group)s” has fewer than two records left to merge: they were merged or deleted "
                    "since the scan.",
                    group=self.display_name,
                )
            )
        self._check_not_marked(leads)
        survivor = leads.merge_opportunity(auto_unlink=False)
        self._note_merged(survivor)

    def _check_not_marked(self, leads):
        """Refuse, naming them, when two of ``leads`` (records of this group) were marked as other prospects
        since the scan found the group: a group to review is made afresh by a mark, but not while a scan is
        under way, nor one waiting for the background merge."""
        self.ensure_one()
        marks = self.env["crm.lead.not.same.prospect"]._marked_other_ids(leads.ids)
        ordered = leads._creation_ordered()
        marked = next(
            ((lead, other) for lead in ordered for other in ordered if other.id in marks.get(lead.id, ())),
            None,
        )
        if marked:
            lead, other = self.env["crm.lead"]._told_apart(*marked)
            raise UserError(
                self.env._(
                    "%(lead)s and %(other)s were marked as other prospects since the scan found “%(group)s”: "
                    "the next scan groups them apart.",
                    lead=lead._quoted_names(),
                    other=other._quoted_names(),
                    group=self.display_name,
                )
            )

    def _note_merged(self, survivor, merged=None):
        """Note that this group's records were merged into ``survivor``, by its last merge. ``merged``, when
        given, are the records merged, where the user took some of the group's out of the merge pop-up's
        list: those leave the group, which then shows what was merged (and undoes it), and are not taken
        for merged; the next scan finds them again if they are still like the kept record. The lines of why
        each record is in the group, some about those, are let go; its reason (of its least alike two records)
        stays."""
        self.ensure_one()
        left_out = self.env["crm.lead"]
        if merged is not None:
            left_out = self.lead_ids.filtered(lambda lead: not lead.merged_into_id) - merged
        values = {
            "state": "merged",
            "survivor_id": survivor.id,
            "merge_record_id": survivor._merge_last_record().id,
            "merge_error": False,
            "undo_error": False,
        }
        if left_out:
            values.update(lead_ids=[Command.unlink(lead.id) for lead in left_out], link_reasons=False)
        self.write(values)

    def _undo_now(self):
        """Undo this group's merge: its records come back as they were before it, and the group is to
        review again (``_note_undone``); raise a ``UserError`` saying why not."""
        self.ensure_one()
        merge = self.sudo().merge_record_id
        if merge.state != "merged" or merge.survivor_id._merge_last_record() != merge:
            raise UserError(
                self.env._(
                    "Cannot undo the merge of “%(group)s”: its kept record “%(lead)s” was merged with other "
                    "records since, or the merge was undone already. Undo Merge on that record undoes its "
                    "last merge.",
                    group=self.display_name,
                    lead=self.survivor_id.display_name,
                )
            )
        merge.with_env(self.env(su=False))._undo()

    @api.model
    def _note_undone(self, merge):
        """Note that ``merge`` (``crm.lead.merge.record``) was undone: the group it merged, if any, is to
        review again. A merged group without link to its merge (none was found for it on upgrade) is taken
        to be that of the merge when it holds all its records."""
        groups = self.sudo().search(
            [
                ("state", "in", ("merged", "undoing")),
                "|",
                ("merge_record_id", "=", merge.id),
                "&",
                ("merge_record_id", "=", False),
                ("survivor_id", "=", merge.survivor_id.id),
            ]
        )
        records = set(merge.sudo()._record_ids())
        groups.filtered(lambda group: group.merge_record_id or records <= set(group.lead_ids.ids)).write(
            {
                "state": "to_review",
                "survivor_id": False,
                "merge_record_id": False,
                "merge_error": False,
                "undo_error": False,
            }
        )

    @api.model
    def _link_merges(self):
        """Link the merged groups that have no link to their merge (merged before version 18.0.1.10.0) to it:
        among the merges into their kept record of none but their records, the one made with the group's
        last change (the group was marked merged in the merge's transaction), else the last one not undone.
        A group whose merges of its records were all undone since is to review again."""
        groups = self.sudo().search(
            [("state", "=", "merged"), ("merge_record_id", "=", False), ("survivor_id", "!=", False)]
        )
        merges = (
            self.env["crm.lead.merge.record"]
            .sudo()
            .search([("survivor_id", "in", groups.survivor_id.ids)], order="id desc")
        )
        merges_into = defaultdict(list)
        for merge in merges:
            merges_into[merge.survivor_id.id].append((merge, set(merge._record_ids())))
        for group in groups:
            lead_ids = set(group.lead_ids.ids)
            candidates = [
                merge for merge, records in merges_into[group.survivor_id.id] if records <= lead_ids
            ]
            made_with = [merge for merge in candidates if merge.create_date == group.write_date]
            merge = next(iter(made_with or [merge for merge in candidates if merge.state == "merged"]), None)
            if merge and merge.state == "merged":
                group.merge_record_id = merge
            elif candidates:
                group.write({"state": "to_review", "survivor_id": False})

    @api.model
    def _cron_merge(self):
        """Merge a batch of the groups waiting in the background (*Merging*), or undo their merge (*Undoing
        Merge*), each with the rights of who asked, each on its own: a group that cannot be merged goes back
        to review with the reason, one whose merge cannot be undone stays merged with the reason. Odoo's
        scheduler runs the next batches while some remain (``ir.cron._notify_progress``), committing after
        each; at the end, who asked is notified."""
        waiting = self.sudo().search([("state", "in", ("merging", "undoing"))], order="id")._in_undo_order()
        batch = waiting[:MERGE_BATCH_SIZE]
        # who asked, and for what: notified once none of their merges, or none of their undoings, waits
        asked = {group.id: (group.merge_user_id, group.state) for group in waiting}
        handled = []  # those this batch merged, undid or left saying why: not those stopped meanwhile
        for group in batch:
            if not group._lock_for_batch():
                continue
            user, undoing = group.merge_user_id, group.state == "undoing"
            try:
                with self.env.cr.savepoint():
                    if not user:
                        raise UserError(self.env._("The user who asked for it no longer exists."))
                    group.with_user(user).with_context(lang=user.lang)._now_one(undoing)
                handled.append(group)
            except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
                # another transaction changed its records meanwhile: asking again will do (one holding them
                # makes crm.lead._merge_lock say so)
                error = UserError(
                    self.with_context(lang=user.lang).env._(
                        "Another user changed some of these records meanwhile. Try again in a moment."
                    )
                )
                if self._leave_as_it_was(group, undoing, error):
                    handled.append(group)
            except Exception as error:  # pylint: disable=broad-exception-caught
                # whatever the error, the group says why and the others go on: one error would stop them all
                if not isinstance(error, UserError):
                    _logger.exception("duplicates: %s left as it was", group.display_name)
                if self._leave_as_it_was(group, undoing, error):
                    handled.append(group)
        still_waiting = waiting[MERGE_BATCH_SIZE:]
        remaining = len(still_waiting)
        if len(handled) < len(batch):
            # another transaction changed some groups meanwhile: one still waiting is taken by a run soon,
            # not the next daily one (one stopped is no longer waiting then)
            self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")._trigger(
                fields.Datetime.now() + MERGE_RETRY_DELAY
            )
        done = {asked[group.id] for group in handled} - {asked[group.id] for group in still_waiting}
        for user, state in sorted(done, key=lambda pair: (pair[0].id, pair[1])):
            if user:
                self._notify_done(user, state)
        self.env["ir.cron"]._notify_progress(done=len(batch), remaining=remaining)
        return batch

    def _lock_for_batch(self):
        """Lock this group's row for the background batch, and return whether it could: not when another
        transaction holds it or changed it since the batch's began (Stop, Undo Merge on its kept record),
        which the batch then leaves as that one left it. Quietly: Odoo logs a failed query as an error, and
        such a conflict is expected."""
        self.ensure_one()
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    SQL(
                        "SELECT id FROM crm_lead_duplicate_group WHERE id = %s FOR NO KEY UPDATE NOWAIT",
                        self.id,
                    ),
                    log_exceptions=False,
                )
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
            _logger.info(
                "duplicates: %s changed or held by another transaction, left to it", self.display_name
            )
            return False
        return True

    @api.model
    def _leave_as_it_was(self, group, undoing, error):
        """Leave ``group``, which the background (or Merge done at once) could not merge (or whose merge it
        could not undo, when ``undoing``), to review (merged), saying why: ``error``. Return whether it did:
        not when another transaction changed the group meanwhile (Stop, Undo Merge on its kept record)."""
        _logger.info("duplicates: %s left as it was: %s", group.display_name, error)
        reason = str(error) if isinstance(error, UserError) else repr(error)
        values = (
            {"state": "merged", "undo_error": reason}
            if undoing
            else {"state": "to_review", "merge_error": reason}
        )
        try:
            with self.env.cr.savepoint():
                group.write(values)
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
            # another transaction changed the group itself meanwhile (Undo Merge on its kept record, Stop): as
            # it left it
            _logger.info("duplicates: %s changed meanwhile, left as it is", group.display_name)
            return False
        return True

    @api.model
    def _notify_done(self, user, state):
        """Tell ``user``, in their language, that the background work they asked for is done: the merges
        (``state`` "merging") or the undoing of merges ("undoing")."""
        env = self.with_user(user).with_context(lang=user.lang).env
        if state == "undoing":
            message = env._(
                "The merges of the selected groups are undone: their records are back and the groups are to "
                "review. Those whose merge could not be undone stay merged, with the reason."
            )
        else:
            message = env._(
                "The selected groups are merged. Those that could not be merged are back to review, with the "
                "reason."
            )
        user._bus_send(
            "simple_notification", {"type": "success", "title": env._("Duplicates"), "message": message}
        )

    def _in_undo_order(self):
        """Return these groups, those merged (to undo) last merged first: only the last merge into a record
        can be undone, and two groups may have merged into one record. Those to merge, without merge yet,
        keep their order, last."""
        return self.sorted(lambda group: -group.merge_record_id.id)

    @api.model
    def _auto_merge_all(self):
        """Merge every group to review that the settings say to merge without review (:meth:`_auto_merge`):
        those of the groups of records changed since, which the scan made, and those an earlier scan left, a
        scan a user asked for who might not merge them (``SCAN_FOR_USER_KEY``)."""
        params = self.env["ir.config_parameter"].sudo()
        if not params.get_param(f"{AUTO_MERGE_PARAM}_enabled"):
            return self.browse()
        least = int(params.get_param(AUTO_MERGE_PARAM) or 100)
        return self.sudo().search([("state", "=", "to_review"), ("score", ">=", least)])._auto_merge()

    def _auto_merge(self):
        """Merge those of these groups the settings say to merge without review; note it on the kept record.

        Off by default. At most ``AUTO_MERGE_LIMIT`` groups a call, the surest first. A group that cannot be
        merged (a record changed since, won meanwhile...) stays to review, with the reason in the log; so
        does, in a scan a user asked for (``SCAN_FOR_USER_KEY``), a group holding a record the user may not
        write. So does a group holding two records of a merge someone undid: they want to review them, and
        the next scan must not merge them again; and a group holding several opportunities: deals in the
        pipeline, one entered twice or a customer's repeat business, which a person tells apart.
        """
        params = self.env["ir.config_parameter"].sudo()
        if not params.get_param(f"{AUTO_MERGE_PARAM}_enabled"):
            return self.browse()
        least = int(params.get_param(AUTO_MERGE_PARAM) or 100)
        merged_ids = []
        # those above the score, found in SQL: a scan writes thousands of groups, and reading them all back
        # would undo its letting them go from the cache batch by batch
        to_merge = self.search([("id", "in", self.ids), ("state", "=", "to_review"), ("score", ">=", least)])
        if self.env.context.get(SCAN_FOR_USER_KEY):
            # a scan a user asked for merges no record they may not write (another company's); the scheduled
            # scan merges those (_auto_merge_all)
            writable = set(to_merge.lead_ids.with_env(self.env(su=False))._filtered_access("write").ids)
            to_merge = to_merge.filtered(lambda group: writable.issuperset(group.lead_ids.ids))
        # the merges someone undid of records of these groups: their records, by record
        lead_ids = to_merge.lead_ids.ids
        undone = self.env["crm.lead.merge.record"].browse()
        if lead_ids:
            undone = (
                self.env["crm.lead.merge.record"]
                .sudo()
                .search(
                    [
                        ("state", "=", "undone"),
                        "|",
                        ("survivor_id", "in", lead_ids),
                        ("merged_lead_ids", "in", lead_ids),
                    ]
                )
            )
        undone_with = defaultdict(list)
        for merge in undone:
            records = set((merge.survivor_id | merge.merged_lead_ids).ids)
            for record_id in records:
                undone_with[record_id].append(records)
        for group in to_merge:
            if len(merged_ids) >= AUTO_MERGE_LIMIT:
                # the others, less sure, are merged by the next scans: a batch stays within its time limit
                break
            lead_ids = set(group.lead_ids.ids)
            if group.opportunity_count > 1:
                # two deals in the pipeline: one entered twice, or a customer's repeat business, which a
                # person tells apart
                _logger.info(
                    "duplicates: %s left to review: it holds several opportunities", group.display_name
                )
                continue
            # two records of a merge someone undid, together again
            if any(len(records & lead_ids) >= 2 for lead_id in lead_ids for records in undone_with[lead_id]):
                _logger.info(
                    "duplicates: %s left to review: a merge of its records was undone", group.display_name
                )
                continue
            try:
                with self.env.cr.savepoint():
                    group._merge_now()
            except (UserError, *PG_CONCURRENCY_EXCEPTIONS_TO_RETRY) as error:
                # a record changed since the scan, or by another transaction since this one began: left for
                # the next scan, the others merged; the scan's batch goes on
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
        self._check_exists()
        self._check_state(
            "merged",
            lambda group: self.env._(
                "“%(group)s” has no merge to undo: it is not merged, or its merge is being undone.",
                group=group.display_name,
            ),
        )
        return self._now_or_in_background(
            "undoing",
            self.env._(
                "The merges of %(count)s groups are being undone in the background: each shows Undoing Merge "
                "until it is done. You will be notified at the end.",
                count=len(self),
            ),
        )

    def action_stop(self):
        """Stop the background merge of each group waiting for it (*Merging*), or the undo of its merge
        (*Undoing Merge*): the group is to review again, or stays merged, saying who stopped it. The way out
        when the background work keeps failing (a merge over the scheduled action's time limit retried for
        ever) or was asked by mistake; a group the background has just done is refused, as it is done.

        Groups the running batch holds (done by it, not committed yet) are left to it, and the others
        stopped: Stop does not wait for the batch's end, up to the scheduled action's time limit."""
        stopped = self._lock_for_stop()
        busy = self - stopped
        if busy and not stopped:
            raise UserError(
                self.env._(
                    "These groups are being merged or undone in the background right now. Try again in a "
                    "moment."
                )
            )
        not_waiting = stopped.filtered(lambda group: group.state not in ("merging", "undoing"))[:1]
        if not_waiting:
            states = dict(self._fields["state"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "“%(group)s” is not waiting to be merged or undone in the background: it is “%(state)s”.",
                    group=not_waiting.display_name,
                    state=states[not_waiting.state],
                )
            )
        undoing = stopped.filtered(lambda group: group.state == "undoing")
        undoing.write(
            {
                "state": "merged",
                "undo_error": self.env._(
                    "Stopped by %(user)s before its merge was undone.", user=self.env.user.name
                ),
            }
        )
        (stopped - undoing).write(
            {
                "state": "to_review",
                "merge_error": self.env._(
                    "Stopped by %(user)s before it was merged.", user=self.env.user.name
                ),
            }
        )
        if not busy:
            return True
        return notification(
            self.env._(
                "Groups stopped: %(stopped)s. Groups being merged or undone in the background right now, "
                "so left to it: %(busy)s (if still waiting in a moment, stop them again).",
                stopped=len(stopped),
                busy=len(busy),
            ),
            "warning",
        )

    def _lock_for_stop(self):
        """Lock those of these groups' rows no other transaction holds, and return them, read afresh."""
        if not self.ids:
            return self
        self.env.cr.execute(
            SQL(
                "SELECT id FROM crm_lead_duplicate_group WHERE id IN %s FOR NO KEY UPDATE SKIP LOCKED",
                tuple(self.ids),
            )
        )
        locked = self.browse(row[0] for row in self.env.cr.fetchall())
        locked.invalidate_recordset()
        return self.filtered(lambda group: group in locked)

    def action_open_merge(self):
        """Open the merge pop-up on the group's records, to choose the values to keep where they differ."""
        self.ensure_one()
        self._check_exists()
        self._check_to_review()
        action = self.env["ir.actions.act_window"]._for_xml_id("crm.action_merge_opportunities")
        action["context"] = {
            "active_model": "crm.lead",
            "active_ids": self.lead_ids.filtered(lambda lead: not lead.merged_into_id).ids,
            DUPLICATE_GROUP_KEY: self.id,
        }
        return action

    def _check_exists(self):
        """Refuse, saying why, when one of these groups is gone: since the user opened them, a record joined
        or left it, and a scan or a mark (``_scan_regroup_marked``) made it afresh (a group of the very same
        records stays, ``_scan_write``)."""
        if len(self.exists()) < len(self):
            raise UserError(
                self.env._(
                    "This group is no longer there: since you opened it, a record joined or left it (a "
                    "search for duplicates ran, or a record was marked as another prospect), and it was made "
                    "afresh. Open Duplicates again to review the groups as they are now."
                )
            )

    def _check_to_review(self):
        """Refuse, naming the first, when one of these groups is no longer to review."""
        self._check_state(
            "to_review",
            lambda group: self.env._(
                "“%(group)s” is no longer to review: it was merged or dismissed, or is being merged.",
                group=group.display_name,
            ),
        )

    def _check_state(self, state, message):
        """Refuse when one of these groups is not in ``state``, with ``message(group)`` of the first."""
        other = self.filtered(lambda group: group.state != state)[:1]
        if other:
            raise UserError(message(other))

    def action_dismiss(self):
        """Mark each group's records as other prospects than each other: no scan groups them again, and
        they leave each other's Similar Leads. A group no longer to review is refused, as by Merge: the
        list's Not Duplicates on a merged one did nothing without a word."""
        self._check_exists()
        self._check_to_review()
        for group in self:
            # dismissed first: a mark makes afresh the groups to review holding both records it marks
            group.state = "dismissed"
            leads = group.lead_ids
            for position, lead in enumerate(leads[:-1]):
                lead._mark_not_same_prospect(leads[position + 1 :])
        return True

    def action_scan(self):
        """Scan the whole CRM for duplicates now (:meth:`_scan_all`) and reload the list: for those who may
        review the groups (the scan itself reads and writes as superuser). A button of the list's header,
        called on whatever records are selected, none included.

        A CRM of more than ``SCAN_NOW_LIMIT`` leads is scanned in the background instead, by the scheduled
        scan triggered at once: a request would run out of time (about 3 minutes for a million leads here).
        So is any CRM while the scheduled scan is under way: a scan at once would forget the pairs its
        batches keep, and write the groups beside it.
        """
        self.browse().check_access("write")
        params = self.env["ir.config_parameter"].sudo()
        if (
            not params.get_param(SCAN_STARTED_PARAM)
            and self.env["crm.lead"].sudo().with_context(active_test=False).search_count([]) <= SCAN_NOW_LIMIT
        ):
            found = self.with_context(**{SCAN_FOR_USER_KEY: True})._scan_all()
            return self._scan_done_notification(found)
        return self._run_in_background(
            "crm_lead_convert.ir_cron_crm_lead_duplicate_scan",
            self.env._(
                "Duplicates are being searched for in the background, batch by batch: the groups to "
                "review appear here when the search ends."
            ),
        )

    def _scan_done_notification(self, found):
        """Return the notification that the scan at once ended, counting the groups to review the user sees
        and those of ``found`` the scan merged without review, then reloading the list."""
        to_review = self.search_count([("state", "=", "to_review")])
        merged = len(found.sudo().filtered(lambda group: group.state == "merged"))
        if merged:
            message = self.env._(
                "Every lead and opportunity was searched. Groups to review: %(to_review)s. Groups merged "
                "automatically, as the settings ask: %(merged)s.",
                to_review=to_review,
                merged=merged,
            )
        elif to_review:
            message = self.env._(
                "Every lead and opportunity was searched. Groups to review: %(to_review)s.",
                to_review=to_review,
            )
        else:
            message = self.env._("Every lead and opportunity was searched: no duplicates to review.")
        return notification(message)

    def action_open_leads(self):
        """Open the group's records."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Records of the Group"),
            "res_model": "crm.lead",
            "view_mode": "list,form",
            "domain": [("id", "in", self.lead_ids.ids)],
            # the group's records, merged ones included: no new record belongs there
            "context": {"active_test": False, "create": False},
        }
