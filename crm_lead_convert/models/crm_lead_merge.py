from markupsafe import Markup
from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import (
    SQL,
    format_amount,
    format_date,
    format_datetime,
    formatLang,
    groupby,
    is_html_empty,
)

from odoo.addons.crm.models.crm_lead import PARTNER_ADDRESS_FIELDS_TO_SYNC
from odoo.addons.crm.models.crm_lead import Lead as StockLead

from ..core import merge_plan

# The survivor keeps its own creation date: it decides who survives.
MERGE_FIELDS_KEPT = ("create_date",)
# Salesperson and team are chosen in the merge pop-ups' own fields, not among the differing values.
MERGE_FIELDS_ASSIGNED = ("user_id", "team_id")
MERGE_KIND_BY_TYPE = {
    "many2one": merge_plan.KIND_MANY2ONE,
    "many2many": merge_plan.KIND_MANY2MANY,
    "text": merge_plan.KIND_TEXT,
    "html": merge_plan.KIND_TEXT,
    "char": merge_plan.KIND_SCALAR,
    "selection": merge_plan.KIND_SCALAR,
    "integer": merge_plan.KIND_SCALAR,
    "float": merge_plan.KIND_SCALAR,
    "monetary": merge_plan.KIND_SCALAR,
    "date": merge_plan.KIND_SCALAR,
    "datetime": merge_plan.KIND_SCALAR,
    "boolean": merge_plan.KIND_SCALAR,
}
# Field types a merge snapshot can hold as JSON and write back as it was; a properties field is kept as
# stored, ``{property name: value}``, since changing the team replaces it.
SNAPSHOT_TYPES = frozenset(MERGE_KIND_BY_TYPE) | {"properties"}
# Written after the other values when restoring: crm.lead's write() sets them from the stage, the
# salesperson and the active state written with them.
SNAPSHOT_DATES_LAST = ("date_closed", "date_open", "date_last_stage_update")
# Context key: the records whose value the user chose, ``{field name: lead id}``.
MERGE_CHOICES_KEY = "crm_lead_merge_choices"
# Context key: archiving or restoring merged records is neither losing nor recovering them.
MERGE_NO_SCORING_KEY = "crm_lead_merge_no_scoring"
# Context key: the merge or its undo is setting or clearing ``merged_into_id``, which nothing else may change.
MERGE_MARK_KEY = "crm_lead_merge_mark"
# Related records the merge moves onto the survivor with other values changed besides their link to the lead
# (subjects, names...), each with that link.
MOVED_MODELS = {
    "mail.message": "res_id",
    "ir.attachment": "res_id",
    "mail.activity": "res_id",
    "calendar.event": "opportunity_id",
}
# Key, in a merge's moved records, of the other one2many records the merge moved: ``{field: [[id, lead]]}``.
MOVED_ONE2MANY_KEY = "one2many"


class CrmLead(models.Model):
    # One concern a file (the merge), as the project's style asks: crm.lead is inherited in several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    merged_into_id = fields.Many2one(
        "crm.lead",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
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
        return True

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
        survivor._merge_check_team_stage(values)
        values.update(survivor._merge_followed_values(merged))

        merged_followers = survivor._merge_followers(merged)
        survivor._merge_log_summary(merged_followers, merged)
        survivor._merge_dependences(merged)
        if values:
            # another module's rule may move records merged into a merged one (``merged_lead_ids``)
            survivor.with_context(**{MERGE_MARK_KEY: True}).write(values)
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

    def _merge_find_conflicts(self):
        """Return the fields where these records disagree, for the user to choose the value to keep.

        As ``merge_plan.find_conflicts`` returns them; the address is one entry, under its first field.
        Salesperson and team are left out: the merge pop-ups have their own fields for them.
        """
        fnames = [fname for fname in self._merge_plan_fields() if fname not in MERGE_FIELDS_ASSIGNED]
        return merge_plan.find_conflicts(
            self._merge_plan_records(fnames),
            {fname: self._merge_field_kind(fname) for fname in fnames},
            groups=(self._merge_address_fields(),),
        )

    def _merge_choice_label(self, fname):
        """Return the label of a choice among differing values: the field's, or "Address" for the address."""
        if fname == self._merge_address_fields()[0]:
            return self.env._("Address")
        return self._fields[fname]._description_string(self.env)

    def _merge_choice_value(self, fname):
        """Return this record's value of a choice, as the user reads it."""
        self.ensure_one()
        fnames = self._merge_address_fields() if fname == self._merge_address_fields()[0] else (fname,)
        return ", ".join(filter(None, (self._merge_value_text(name) for name in fnames)))

    def _merge_value_text(self, fname):
        """Return this record's value of ``fname`` in the user's language: amounts, numbers and dates too."""
        field, value = self._fields[fname], self[fname]
        if not value:
            return ""
        if field.type == "monetary":
            currency = self[field.get_currency_field(self)] or self.env.company.currency_id
            return format_amount(self.env, value, currency)
        if field.type in ("float", "integer"):
            return formatLang(self.env, value, digits=0 if field.type == "integer" else 2)
        if field.type == "date":
            return format_date(self.env, value)
        if field.type == "datetime":
            return format_datetime(self.env, value)
        if field.relational:
            return field.convert_to_display_name(value, self)
        return str(field.convert_to_export(value, self))

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
        with a clear message, rather than waiting and then working on records changed meanwhile.
        """
        if not self.ids:
            return self
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    SQL("SELECT id FROM crm_lead WHERE id IN %s FOR UPDATE NOWAIT", tuple(self.ids)),
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
        followed = self._merge_rules_followed()
        fnames = []
        for fname in self._merge_get_fields():
            field = self._fields.get(fname)
            if (
                field
                and field.store
                and field.type in MERGE_KIND_BY_TYPE
                and fname not in MERGE_FIELDS_KEPT
                and fname not in followed
            ):
                fnames.append(fname)
        return list(dict.fromkeys(fnames))

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
        if fname == "type":
            return merge_plan.KIND_TYPE
        return MERGE_KIND_BY_TYPE[self._fields[fname].type]

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

    def _merge_check_team_stage(self, values):
        """Keep the stage in the merged team's pipeline, as stock Odoo's merge does; drop unchanged values."""
        team_id = values.get("team_id", self.team_id.id)
        if team_id:
            stages = self.env["crm.stage"].search(
                ["|", ("team_id", "=", team_id), ("team_id", "=", False)], order="sequence, id"
            )
            if values.get("stage_id", self.stage_id.id) not in stages.ids:
                values["stage_id"] = stages[:1].id
        for fname in ("user_id", "team_id", "stage_id"):
            if fname in values and values[fname] == self[fname].id:
                del values[fname]

    def _merge_followed_values(self, opportunities):
        """Return the values the rules other modules add to stock Odoo's merge (``_merge_rules_followed``)
        give this record, for instance sale_crm's moving the merged records' quotations here. The rules get
        the records survivor first."""
        self.ensure_one()
        leads = self | opportunities
        return {fname: rule(fname, leads) for fname, rule in self._merge_rules_followed().items()}

    @api.model
    def _merge_one2many_links(self):
        """Return ``{one2many field: (model, many2one field to the lead)}``: the records a merge may move.

        Every one2many of a lead whose records point at it through a plain stored many2one, of a table of
        their own (sale_crm's quotations moved by its hook, event_crm's registrations...), once per many2one.
        A computed or related link, an SQL view or a wizard is left out: writing the link back could not
        restore them. Meetings are left out: the merge changes more than their link, kept with the other
        records of ``MOVED_MODELS``.
        """
        links = {}
        for fname, field in self._fields.items():
            if field.type != "one2many" or field.comodel_name in MOVED_MODELS:
                continue
            comodel = self.env[field.comodel_name]
            inverse = comodel._fields.get(field.inverse_name)
            link = (field.comodel_name, field.inverse_name)
            if (
                inverse
                and comodel._auto
                and not comodel._transient
                and inverse.type == "many2one"
                and inverse.store
                and not inverse.compute
                and not inverse.related
                and inverse.comodel_name == self._name
                and link not in links.values()
            ):
                links[fname] = link
        return links

    # ---- snapshots for undo ----

    @api.model
    def _merge_snapshot_fields(self, editable_only=False):
        """Return the fields a merge snapshot keeps: every stored field, but related ones.

        With ``editable_only``, leave out the fields computed from others without being editable: what
        changes there since a merge follows from the editable fields, or from the lead scoring's statistics.
        """
        return [
            fname
            for fname, field in self._fields.items()
            if field.store
            and field.type in SNAPSHOT_TYPES
            and fname not in models.MAGIC_COLUMNS
            and not field.related
            and not (editable_only and field.compute and field.readonly)
        ]

    def _merge_snapshot(self, fnames):
        """Return ``{lead id (str): {field: value}}`` as JSON holds it: ids for relations, dates as text.

        Read as superuser: callers check the user's write access to these records first, and a field
        restricted to a group (event_crm's registrations...) must not make a merge or undo fail.
        """
        snapshot = {}
        for lead in self.sudo().with_context(active_test=False):
            values = {}
            for fname in fnames:
                field, value = self._fields[fname], lead[fname]
                if field.type == "many2one":
                    value = value.id
                elif field.type == "many2many":
                    value = sorted(value.ids)
                elif field.type in ("date", "datetime"):
                    value = field.to_string(value) if value else False
                elif field.type == "html" and value:
                    value = str(value)
                values[fname] = value
            snapshot[str(lead.id)] = values
        return snapshot

    def _merge_restore_values(self, snapshot_values):
        """Turn values of a snapshot (:meth:`_merge_snapshot`) into values for ``write``."""
        return {
            fname: [fields.Command.set(value)] if self._fields[fname].type == "many2many" else value
            for fname, value in snapshot_values.items()
        }

    def _merge_recompute(self):
        """Recompute the stored fields computed from others, after writing editable values back.

        Writing a value protects every field computed by the same method: writing back crm's probability
        would leave the automated probability as the merge left it.
        """
        for field in self._fields.values():
            if field.store and field.compute and field.readonly:
                self.env.add_to_compute(field, self)
        self.flush_recordset()

    def _merge_dependences_snapshot(self, opportunities):
        """Return where the merged records' messages, attachments, activities, meetings and other one2many
        records (``_merge_one2many_links``) are now."""
        self.ensure_one()
        env_su = self.sudo().with_context(active_test=False).env
        ids = opportunities.ids
        messages = env_su["mail.message"].search([("model", "=", self._name), ("res_id", "in", ids)])
        attachments = env_su["ir.attachment"].search([("res_model", "=", self._name), ("res_id", "in", ids)])
        activities = env_su["mail.activity"].search([("res_model", "=", self._name), ("res_id", "in", ids)])
        meetings = env_su["calendar.event"].search([("opportunity_id", "in", ids)])
        one2many = {}
        for fname, (model, link) in self._merge_one2many_links().items():
            linked = env_su[model].search_fetch([(link, "in", ids)], [link], order="id")
            if linked:
                one2many[fname] = [[record.id, record[link].id] for record in linked]
        return {
            "mail.message": [[message.id, message.res_id, message.subject or False] for message in messages],
            "ir.attachment": [
                [attachment.id, attachment.res_id, attachment.name] for attachment in attachments
            ],
            "mail.activity": [[activity.id, activity.res_id] for activity in activities],
            "calendar.event": [
                [meeting.id, meeting.res_id, meeting.opportunity_id.id] for meeting in meetings
            ],
            MOVED_ONE2MANY_KEY: one2many,
            "followers_before": self.sudo().message_follower_ids.ids,
        }

    def _merge_dependences_moved(self, before):
        """Return, from ``before`` (:meth:`_merge_dependences_snapshot`), what the merge moved onto this
        record, and the followers it added here (with those it had, to find later additions)."""
        self.ensure_one()
        moved = {}
        for model, link in MOVED_MODELS.items():
            rows = {row[0]: row for row in before[model]}
            moved[model] = [
                rows[record_id] for record_id in self._merge_related_here(model, link, list(rows))
            ]
        links = self._merge_one2many_links()
        moved[MOVED_ONE2MANY_KEY] = {}
        for fname, rows in before[MOVED_ONE2MANY_KEY].items():
            model, link = links[fname]
            here = set(self._merge_related_here(model, link, [row[0] for row in rows]))
            if here:
                moved[MOVED_ONE2MANY_KEY][fname] = [row for row in rows if row[0] in here]
        moved["followers_before"] = before["followers_before"]
        moved["mail.followers"] = self._merge_followers_added(before["followers_before"])
        return moved

    def _merge_related_here(self, model, link, ids):
        """Return those of ``ids`` (records of ``model``) whose field ``link`` points at this record."""
        self.ensure_one()
        if not ids:
            return []
        return (
            self.env[model]
            .sudo()
            .with_context(active_test=False)
            .search([("id", "in", ids), (link, "=", self.id)], order="id")
            .ids
        )

    def _merge_followers_added(self, followers_before):
        """Return the ids of this record's followers that are not among ``followers_before``."""
        self.ensure_one()
        return sorted(set(self.sudo().message_follower_ids.ids) - set(followers_before))
