from markupsafe import Markup
from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import SQL, format_datetime, groupby, is_html_empty

from odoo.addons.crm.models.crm_lead import PARTNER_ADDRESS_FIELDS_TO_SYNC
from odoo.addons.crm.models.crm_lead import Lead as StockLead

from ..core import merge_plan
from .crm_lead import SHOW_CREATED_KEY

# The survivor keeps its own creation date: it decides who survives.
MERGE_FIELDS_KEPT = ("create_date",)
# Context key: the records whose value the user chose, ``{field name: lead id}``.
MERGE_CHOICES_KEY = "crm_lead_merge_choices"
# Context key: archiving or restoring merged records is neither losing nor recovering them.
MERGE_NO_SCORING_KEY = "crm_lead_merge_no_scoring"
# Context key: the merge or its undo is setting or clearing ``merged_into_id``, which nothing else may change.
MERGE_MARK_KEY = "crm_lead_merge_mark"
# Context key: the merge is writing the kept record, whose email and phone are not copied onto its customer.
MERGE_KEEP_CUSTOMER_KEY = "crm_lead_merge_keep_customer"
# Context key: the merge or its undo is logging its note, which a user without email address may post too.
MERGE_NOTE_KEY = "crm_lead_merge_note"


class CrmLead(models.Model):
    # One concern a file (the merge), as the project's style asks: crm.lead is inherited in several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    merged_into_id = fields.Many2one(
        "crm.lead",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        help="This record was merged into that one, and archived. Undoing the merge restores it.",
    )
    merged_lead_ids = fields.One2many(
        "crm.lead",
        "merged_into_id",
        string="Merged Records",
        readonly=True,
        context={"active_test": False},
    )
    merge_record_ids = fields.One2many("crm.lead.merge.record", "survivor_id", string="Merges", readonly=True)
    can_undo_merge = fields.Boolean(compute="_compute_can_undo_merge")

    def _track_subtype(self, init_values):
        """A record archived by a merge, or restored by its undo, is neither lost nor restored: its chatter
        notes the merge (Merged Into), and the followers of lost or restored opportunities are not told."""
        self.ensure_one()
        if "merged_into_id" in init_values and not {"stage_id", "lost_reason_id"} & set(init_values):
            return self.env.ref("mail.mt_note")
        return super()._track_subtype(init_values)

    @api.depends("name", "create_date")
    @api.depends_context(SHOW_CREATED_KEY, "lang", "uid")
    def _compute_display_name(self):
        """Add when each record was created where the context asks (``SHOW_CREATED_KEY``: the values to keep
        of the merge pop-ups): a record entered twice often has one title twice, and the earliest created is
        the one kept. Worded in the user's language and time zone: the background merge of Duplicates acts as
        several users in one transaction."""
        result = super()._compute_display_name()
        if self.env.context.get(SHOW_CREATED_KEY):
            for lead in self.filtered("create_date"):
                lead.display_name = self.env._(
                    "%(record)s (created %(date)s)",
                    record=lead.display_name,
                    date=format_datetime(self.env, lead.create_date),
                )
        return result

    @api.depends("merge_record_ids.state")
    def _compute_can_undo_merge(self):
        for lead in self:
            lead.can_undo_merge = bool(lead._merge_last_record())

    # ------------------------------------------------------------
    # SCORING: a merged record is archived, neither won nor lost
    # ------------------------------------------------------------

    def _handle_won_lost(self, vals):
        """Leave predictive lead scoring untouched when a merge archives or restores records."""
        if self.env.context.get(MERGE_NO_SCORING_KEY):
            return None
        return super()._handle_won_lost(vals)

    def _pls_get_lead_pls_values(self, domain=None):
        """Leave merged records out of what lead scoring learns from: archived at 0 %, they look lost."""
        if domain:
            domain = expression.AND([domain, [("merged_into_id", "=", False)]])
        return super()._pls_get_lead_pls_values(domain=domain or [])

    # ------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------

    def write(self, vals):
        """Keep the closed date of records archived by a merge as it was: they were not closed.

        Stock Odoo stamps it on every record archived, as on a lost one, and reports count them as closed
        then.
        """
        if vals.get("active", True) or not vals.get("merged_into_id"):
            result = super().write(vals)
        else:
            closed_dates = {lead.id: lead.date_closed for lead in self}
            result = super().write(vals)
            for date_closed, leads in groupby(self, key=lambda lead: closed_dates[lead.id]):
                self.browse([lead.id for lead in leads]).write({"date_closed": date_closed})
        # what a merging transaction does next to its records is part of the merge's result
        self.env["crm.lead.merge.record"]._hook_refresh()
        return result

    def unlink(self):
        """Keep the records a merge archived when stock lead assignment deletes its merged duplicates."""
        if self.env.context.get("crm_lead_keep_merged"):
            return super(CrmLead, self.filtered(lambda lead: not lead.merged_into_id)).unlink()
        return super().unlink()

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_undo_merge(self):
        """Undo the last merge into this record: every merged record comes back as it was."""
        self.ensure_one()
        merge = self._merge_last_record()
        if not merge:
            raise UserError(self.env._("“%(lead)s” has no merge to undo.", lead=self.display_name))
        merge._undo()
        # the page reloaded: the chatter keeps the messages it holds (a soft reload only fetches newer ones),
        # and those the undo moved back to their records would stay shown
        return {"type": "ir.actions.client", "tag": "reload"}

    # ------------------------------------------------------------
    # MERGE
    # ------------------------------------------------------------

    def _merge_opportunity(
        self, user_id=False, team_id=False, auto_unlink=True, max_length=merge_plan.MAX_MERGE_RECORDS
    ):
        """Merge these records into the earliest created one, as Odoo's documentation describes it.

        Stock Odoo keeps the most advanced record and deletes the others; here the earliest created record
        (create date, then id) survives, an opportunity if any record is one, and the others are archived
        and marked as merged into it, so that :meth:`action_undo_merge` can restore them. ``auto_unlink`` is
        accepted for stock callers and ignored: nothing is deleted. As in stock Odoo, ``max_length`` ``0``
        or ``None`` means no limit, as for the superuser.

        The user's choices among differing values come in the context key ``crm_lead_merge_choices``.
        The rows are locked first: a merge of overlapping records running at the same time is refused.
        """
        records = self._merge_lock()
        records._merge_check()
        unlimited = not max_length or self.env.is_superuser()
        fnames = self._merge_plan_fields()
        try:
            plan = merge_plan.plan_merge(
                records._merge_plan_records(fnames),
                {fname: self._merge_field_kind(fname) for fname in fnames},
                overrides=self.env.context.get(MERGE_CHOICES_KEY) or {},
                max_records=len(records) if unlimited else max_length,
                separator=Markup("<br/><br/>"),
                groups=(self._merge_address_fields(),),
            )
        except merge_plan.MergeError as error:
            raise UserError(self._merge_error_message(error)) from None

        survivor = self.browse(plan.survivor_id)
        merged = self.browse(plan.merged_ids)
        snapshot_fnames = self._merge_snapshot_fields()
        values_before = records._merge_snapshot(snapshot_fnames)
        dependences_before = survivor._merge_dependences_snapshot(merged)

        values = survivor._merge_write_values(plan.values)
        if survivor.probability:
            # as in stock Odoo, only a lost survivor takes a lost reason from the others
            values.pop("lost_reason_id", None)
        if user_id:
            values["user_id"] = user_id
        if team_id:
            values["team_id"] = team_id
        survivor._merge_check_team_stage(values, team_given=bool(team_id))
        values.update(survivor._merge_followed_values(merged))
        values.update(survivor._merge_kept_from_customer(values, fnames))

        merged_followers = survivor._merge_followers(merged)
        survivor.with_context(**{MERGE_NOTE_KEY: True})._merge_log_summary(merged_followers, merged)
        survivor._merge_dependences(merged)
        if values:
            # another module's rule may move records merged into a merged one (``merged_lead_ids``)
            survivor.with_context(**{MERGE_MARK_KEY: True, MERGE_KEEP_CUSTOMER_KEY: True}).write(values)
        merged.with_context(**{MERGE_NO_SCORING_KEY: True, MERGE_MARK_KEY: True}).write(
            {"active": False, "merged_into_id": survivor.id}
        )

        merge = (
            self.env["crm.lead.merge.record"]
            .sudo()
            .create(
                {
                    "survivor_id": survivor.id,
                    "merged_lead_ids": [fields.Command.set(merged.ids)],
                    "user_id": self.env.uid,
                    "values_before": values_before,
                    "values_after": records._merge_snapshot(snapshot_fnames),
                    "moved_records": survivor._merge_dependences_moved(dependences_before),
                }
            )
        )
        merge._refresh_values_after_at_commit()
        return survivor

    def _message_compute_author(self, author_id=None, email_from=None, raise_on_email=True):
        """Let a user without email address merge and undo merges: Odoo refuses any message of such a user
        ("configure the sender's email address"), the merge's note too, and the merge with it. That note is
        internal: it is logged as the user, without sender address (the followers who chose to be told of
        notes by email get it from Odoo's notifications address, as OdooBot's)."""
        if self.env.context.get(MERGE_NOTE_KEY):
            raise_on_email = False
        return super()._message_compute_author(
            author_id=author_id, email_from=email_from, raise_on_email=raise_on_email
        )

    def _merge_followers(self, opportunities):
        """Make every follower of the merged records follow this one too, with their subtypes.

        Stock Odoo moves only the followers who wrote in the last 30 days, taking them off their record.
        Here they are added, and stay on the merged records, so that undoing the merge only has to remove
        them from this one. Returns ``{merged lead id: mail.followers added}``, as stock Odoo does.
        """
        self.ensure_one()
        following = set(self.sudo().message_follower_ids.partner_id.ids)
        sources, vals_list = [], []
        for follower in opportunities.sudo().message_follower_ids:
            if follower.partner_id.id in following:
                continue
            following.add(follower.partner_id.id)
            sources.append(follower.res_id)
            vals_list.append(
                {
                    "res_model": self._name,
                    "res_id": self.id,
                    "partner_id": follower.partner_id.id,
                    "subtype_ids": [fields.Command.set(follower.subtype_ids.ids)],
                }
            )
        created = self.env["mail.followers"].sudo().create(vals_list)
        added = {}
        for source_id, follower in zip(sources, created, strict=True):
            added[source_id] = added.get(source_id, follower.browse()) | follower
        return added

    def _merge_last_record(self):
        """Return the merge into this record that can be undone: the last one not undone yet."""
        self.ensure_one()
        return (
            self.env["crm.lead.merge.record"]
            .sudo()
            .search([("survivor_id", "=", self.id), ("state", "=", "merged")], limit=1)
        )

    def _merge_lock(self):
        """Lock these rows until the end of the transaction and return them, read afresh.

        ``NOWAIT``: a merge or undo of any of them running in another transaction is refused at once
        with a clear message, rather than waiting and then working on records changed meanwhile. ``NO KEY
        UPDATE``, the lock of an update, not ``UPDATE``, that of a delete: a transaction adding a row that
        refers to one of them (a tag, the duplicate scan's pairs) holds a lock the latter waits for.
        """
        if not self.ids:
            return self
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    SQL("SELECT id FROM crm_lead WHERE id IN %s FOR NO KEY UPDATE NOWAIT", tuple(self.ids)),
                    log_exceptions=False,
                )
                found = {row[0] for row in self.env.cr.fetchall()}
        except pg_errors.LockNotAvailable:
            raise UserError(
                self.env._(
                    "Another user is merging or unmerging some of these records right now. "
                    "Try again in a moment."
                )
            ) from None
        missing = [record_id for record_id in self.ids if record_id not in found]
        if missing:
            raise UserError(self.env._("Some of these records were deleted meanwhile. Reload the page."))
        self.invalidate_recordset()
        return self

    def _merge_error_message(self, error):
        """Return the user's message for a ``merge_plan.MergeError``."""
        details = error.details
        if error.code == merge_plan.ERROR_TOO_FEW:
            return self.env._("Select at least two leads or opportunities to merge them.")
        if error.code == merge_plan.ERROR_TOO_MANY:
            return self.env._(
                "At most %(max_records)s leads and opportunities can be merged at once; %(count)s are "
                "selected. Merge them in smaller groups.",
                max_records=details["max_records"],
                count=details["count"],
            )
        field = self._fields.get(details["field"])
        label = field._description_string(self.env) if field else details["field"]
        if error.code == merge_plan.ERROR_UNKNOWN_RECORD:
            return self.env._(
                "The value chosen for %(field)s comes from a record that is not being merged.", field=label
            )
        return self.env._("No value can be chosen for %(field)s when merging.", field=label)

    # ---- what is merged, and how ----

    @api.model
    def _merge_address_fields(self):
        """Return the address fields, taken together from one record."""
        return tuple(fname for fname in PARTNER_ADDRESS_FIELDS_TO_SYNC if fname in self._fields)

    @api.model
    def _merge_plan_fields(self):
        """Return the fields the merge plans: those of stock Odoo's merge that the core can merge, but the
        fields another module's rule decides (``_merge_rules_followed``)."""
        stored_types = {fname: field.type for fname, field in self._fields.items() if field.store}
        return merge_plan.plannable_fields(
            stored_types,
            self._merge_get_fields(),
            kept=MERGE_FIELDS_KEPT,
            followed=self._merge_rules_followed(),
        )

    @api.model
    def _merge_rules_followed(self):
        """Return ``{field: rule}``: the rules of ``_merge_get_fields_specific`` that the merge follows.

        Those other modules add or change (sale_crm's quotations, website_crm's visitors,
        crm_iap_enrich's flag...) decide their field as in stock Odoo. crm's own rules (descriptions, type,
        priority, tags, lost reason) give way to the documented merge; a rule is crm's own when it is the
        same code as crm's rule for that field.
        """
        stock = StockLead._merge_get_fields_specific(self)
        return {
            fname: rule
            for fname, rule in self._merge_get_fields_specific().items()
            if fname in self._fields
            and callable(rule)
            and getattr(rule, "__code__", None) is not getattr(stock.get(fname), "__code__", None)
        }

    @api.model
    def _merge_field_kind(self, fname):
        return merge_plan.field_kind(fname, self._fields[fname].type)

    def _merge_plan_value(self, fname):
        """Return this record's value of ``fname`` as the core reads it: ids for relations, False if empty."""
        field = self._fields[fname]
        value = self[fname]
        if field.type == "many2one":
            return value.id
        if field.type == "many2many":
            return tuple(value.ids)
        if field.type == "html" and is_html_empty(value):
            return False
        if fname == "priority" and value == "0":
            # "Normal", the priority a record has when nobody set one
            return False
        return value

    def _merge_plan_records(self, fnames):
        return [
            {
                "id": lead.id,
                "create_date": lead.create_date,
                **{fname: lead._merge_plan_value(fname) for fname in fnames},
            }
            for lead in self
        ]

    def _merge_kept_from_customer(self, values, fnames):
        """Return the write values that keep what this record holds of the fields Odoo computes from a
        customer the merge writes (contact and company names, email, phone, address, language...) and the
        merge leaves as they are: of the planned fields ``fnames``, the values the plan kept; of the others,
        those that are set (an empty one takes the customer's). Written, a value is not computed again (as in
        stock Odoo's merge, which writes every field); left out, the customer's would replace the values the
        plan kept, the user's choices among them included. Only the fields computed from the customer
        itself: those computed in turn from them (the automated probability, from the country and language)
        follow the values kept, as they would have without the merge. Written in the merge's context
        (``MERGE_KEEP_CUSTOMER_KEY``), the email and phone kept are not copied onto the customer either."""
        self.ensure_one()
        if "partner_id" not in values:
            return {}
        kept = {}
        for fname, field in self._fields.items():
            if (
                field.compute
                and field.store
                and not field.readonly
                and fname not in values
                and (fname in fnames or self[fname])
                and any(depend.split(".")[0] == "partner_id" for depend in field.get_depends(self)[0])
            ):
                kept[fname] = field.convert_to_write(self[fname], self)
        return kept

    def _get_partner_email_update(self, force_void=True):
        """Never while the merge writes the kept record (``MERGE_KEEP_CUSTOMER_KEY``): the email it keeps is
        not the customer's to take."""
        if self.env.context.get(MERGE_KEEP_CUSTOMER_KEY):
            return False
        return super()._get_partner_email_update(force_void=force_void)

    def _get_partner_phone_update(self, force_void=True):
        """Never while the merge writes the kept record (``MERGE_KEEP_CUSTOMER_KEY``): the phone it keeps is
        not the customer's to take."""
        if self.env.context.get(MERGE_KEEP_CUSTOMER_KEY):
            return False
        return super()._get_partner_phone_update(force_void=force_void)

    def _merge_write_values(self, plan_values):
        """Turn the core's planned values into values for ``write``."""
        values = {}
        for fname, value in plan_values.items():
            field = self._fields[fname]
            if field.type == "many2many":
                value = [fields.Command.set(list(value))]
            elif fname == "priority" and not value:
                value = "0"
            values[fname] = value
        return values

    def _merge_check_team_stage(self, values, team_given=False):
        """Keep the stage in the merged team's pipeline, as stock Odoo's merge does; drop unchanged values.

        A lead the merge turns into an opportunity keeps its team: Odoo gives a lead becoming an opportunity
        its salesperson's team when the salesperson is not a member, and would so replace a team nobody
        changed (the earliest created record, kept here, may be a lead where stock Odoo keeps an opportunity).
        Not where the salesperson changes and the team was not given (``team_given``): the team then follows
        the salesperson, as in stock Odoo; nor where there is no team to keep.
        """
        team_id = values.get("team_id", self.team_id.id)
        if team_id:
            stages = self.env["crm.stage"].search(
                ["|", ("team_id", "=", team_id), ("team_id", "=", False)], order="sequence, id"
            )
            if values.get("stage_id", self.stage_id.id) not in stages.ids:
                values["stage_id"] = stages[:1].id
        for fname in ("user_id", "stage_id"):
            if fname in values and values[fname] == self[fname].id:
                del values[fname]
        becomes_opportunity = values.get("type", self.type) != self.type
        if becomes_opportunity and team_id and (team_given or "user_id" not in values):
            values["team_id"] = team_id
        elif "team_id" in values and values["team_id"] == self.team_id.id:
            del values["team_id"]

    def _merge_followed_values(self, opportunities):
        """Return the values the rules other modules add to stock Odoo's merge (``_merge_rules_followed``)
        give this record, for instance sale_crm's moving the merged records' quotations here. The rules get
        the records survivor first."""
        self.ensure_one()
        leads = self | opportunities
        return {fname: rule(fname, leads) for fname, rule in self._merge_rules_followed().items()}
