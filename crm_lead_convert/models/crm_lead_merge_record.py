import functools
from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_datetime, format_list, is_html_empty

from ..core import merge_plan, merge_snapshot
from ..core.merge_snapshot import MOVED_MODELS, MOVED_ONE2MANY_KEY
from .crm_lead_merge import MERGE_MARK_KEY, MERGE_NO_SCORING_KEY, MERGE_NOTE_KEY

# Key, in the cursor's cache, of the merges the running transaction made (_refresh_values_after_at_commit).
MERGES_IN_TRANSACTION_KEY = "crm_lead_convert.merges_in_transaction"


class CrmLeadMergeRecord(models.Model):
    """One merge of leads and opportunities, with what undoing it needs.

    ``values_before`` and ``values_after`` hold every writable stored field of the survivor and the merged
    records, before and right after the merge; ``moved_records`` the messages, attachments, activities,
    meetings and other one2many records (a sale_crm quotation...) the merge moved onto the survivor (with
    their record and values before), and the followers it added there.
    """

    _name = "crm.lead.merge.record"
    _description = "Merge of Leads/Opportunities"
    _order = "id desc"

    survivor_id = fields.Many2one(
        "crm.lead", string="Kept Record", required=True, readonly=True, index=True, ondelete="cascade"
    )
    merged_lead_ids = fields.Many2many(
        "crm.lead",
        "crm_lead_merge_record_merged_rel",
        "merge_record_id",
        "lead_id",
        string="Merged Records",
        readonly=True,
        context={"active_test": False},
    )
    user_id = fields.Many2one("res.users", string="Merged By", required=True, readonly=True)
    state = fields.Selection(
        [("merged", "Merged"), ("undone", "Undone")], default="merged", required=True, readonly=True
    )
    undo_user_id = fields.Many2one("res.users", string="Undone By", readonly=True)
    undo_date = fields.Datetime(string="Undone On", readonly=True)
    # Every stored field of the records, group-limited ones included: read by the addon as superuser only.
    values_before = fields.Json(readonly=True, groups="base.group_system")
    values_after = fields.Json(readonly=True, groups="base.group_system")
    moved_records = fields.Json(readonly=True, groups="base.group_system")

    def _compute_display_name(self):
        for merge in self:
            merge.display_name = self.env._(
                "Merge into %(lead)s on %(date)s",
                lead=merge.survivor_id.display_name,
                date=format_datetime(self.env, merge.create_date),
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_merged(self):
        """Refuse to delete a merge that can still be undone: its merged records would stay archived and
        marked as merged for good, with no way back (only Undo Merge restores them). Deleting its kept record
        deletes it with the merged records."""
        merged = self.filtered(lambda merge: merge.state == "merged")[:1]
        if merged:
            raise UserError(
                self.env._(
                    "“%(merge)s” can still be undone: undo it first. Deleted, its merged records would stay "
                    "archived for good.",
                    merge=merged.display_name,
                )
            )

    def _refresh_values_after_at_commit(self):
        """Take what the rest of the merging transaction does to the records as part of the merge's result.

        The conversion of the Convert pop-up, a salesperson assigned by lead assignment: undo takes it back
        too. Odoo runs pre-commit hooks at every savepoint as well, and then forgets them: the merges stay
        noted in the cursor until the transaction ends, and each later change of a lead hooks the refresh
        again (``_hook_refresh``), so that the last one runs at commit.
        """
        cr = self.env.cr
        if MERGES_IN_TRANSACTION_KEY not in cr.cache:
            cr.cache[MERGES_IN_TRANSACTION_KEY] = set()
            forget = functools.partial(cr.cache.pop, MERGES_IN_TRANSACTION_KEY, None)
            cr.postcommit.add(forget)
            cr.postrollback.add(forget)
        cr.cache[MERGES_IN_TRANSACTION_KEY].update(self.ids)
        self._hook_refresh()

    @api.model
    def _hook_refresh(self):
        """Refresh the merges of the running transaction before it commits, if it made any."""
        cr = self.env.cr
        if cr.cache.get(MERGES_IN_TRANSACTION_KEY) and MERGES_IN_TRANSACTION_KEY not in cr.precommit.data:
            cr.precommit.data[MERGES_IN_TRANSACTION_KEY] = True
            cr.precommit.add(self._refresh_merges_in_transaction)

    @api.model
    def _refresh_merges_in_transaction(self):
        """Take the current state of the records of the running transaction's merges as their result."""
        pending = self.env.cr.cache.get(MERGES_IN_TRANSACTION_KEY, set())
        merges = self.sudo().browse(sorted(pending)).exists()
        # a merge rolled back with its savepoint needs no refresh, nor more hooks
        pending.intersection_update(merges.ids)
        for merge in merges:
            merge._refresh_values_after()

    def _record_ids(self):
        """Return the ids of this merge's records, kept record included, as the merge found them (those
        deleted since too)."""
        self.ensure_one()
        return [int(record_id) for record_id in self.values_before]

    def _refresh_values_after(self):
        """Take what the merging transaction left on the records as the merge's result (see the merge)."""
        leads = self.env["crm.lead"].with_context(active_test=False).browse(self._record_ids())
        if self.exists() and self.state == "merged" and len(leads.exists()) == len(leads):
            fnames = list(self.values_after[str(self.survivor_id.id)])
            followers_added = self.survivor_id._merge_followers_added(
                self.moved_records[merge_snapshot.FOLLOWERS_BEFORE_KEY]
            )
            self.write(
                {
                    "values_after": leads._merge_snapshot(fnames),
                    "moved_records": {
                        **self.moved_records,
                        merge_snapshot.FOLLOWERS_ADDED_KEY: followers_added,
                    },
                }
            )
            # precommit hooks run after the transaction's flush
            self.flush_recordset()

    def _undo(self):
        """Restore the survivor and every merged record as they were before the merge.

        Refused, with what changed since, when the result could not be exact: a record edited or deleted
        since the merge, a moved message, attachment, activity or meeting moved to another record since. A
        moved record deleted since (an activity done) cannot come back: the undo leaves it so and says how
        many in its note. The merge
        record is read as superuser (what it keeps is nobody's to read, see its fields); the records are
        checked and written as the user, whose access rights decide.
        """
        self.ensure_one()
        merge = self.sudo()
        leads_model = self.env(su=False)["crm.lead"].with_context(active_test=False)
        survivor = leads_model.browse(merge.survivor_id.id)
        leads = leads_model.browse(merge._record_ids())
        if leads - leads.exists():
            raise UserError(
                self.env._(
                    "Cannot undo the merge into “%(lead)s”: some of the merged records were deleted since.",
                    lead=survivor.display_name,
                )
            )
        leads = leads._merge_lock()
        leads._merge_check_writable(undo=True)
        if survivor._merge_last_record() != self:
            raise UserError(
                self.env._(
                    "Only the last merge into “%(lead)s” can be undone, and only once.",
                    lead=survivor.display_name,
                )
            )
        if survivor.merged_into_id:
            raise UserError(
                self.env._(
                    "“%(lead)s” was merged into “%(other)s” since. Undo that merge first.",
                    lead=survivor.display_name,
                    # a record the user may not read, merged by someone who may: named all the same
                    other=survivor.merged_into_id.sudo().display_name,
                )
            )

        fnames = [fname for fname in merge.values_before[str(survivor.id)] if fname in leads._fields]
        editable = [fname for fname in leads._merge_snapshot_fields(editable_only=True) if fname in fnames]
        current = {int(key): values for key, values in leads._merge_snapshot(fnames).items()}
        before = {int(key): self._known_fields(values, fnames) for key, values in merge.values_before.items()}
        after = {int(key): self._known_fields(values, editable) for key, values in merge.values_after.items()}
        before, after = (merge._without_deleted(values, current, leads) for values in (before, after))
        undo = merge_plan.plan_undo(
            {record_id: self._known_fields(values, editable) for record_id, values in before.items()},
            after[survivor.id],
            {record_id: self._known_fields(values, editable) for record_id, values in current.items()},
            survivor_id=survivor.id,
            after_merge=after,
        )
        moved_changes, deleted = merge._describe_moved_changes()
        changes = merge._describe_drift(undo.drift, leads) + moved_changes
        if changes:
            raise UserError(
                self.env._(
                    "Cannot undo the merge into “%(lead)s” exactly, because of changes made since the "
                    "merge:\n%(changes)s\nPut these back as the merge left them, or restore the records "
                    "by hand.",
                    lead=survivor.display_name,
                    changes="\n".join("- " + change for change in changes),
                )
            )

        merge._restore_values(leads, before, undo.writes)
        merge._restore_moved()
        merge.write({"state": "undone", "undo_user_id": self.env.uid, "undo_date": fields.Datetime.now()})
        self.env["crm.lead.duplicate.group"]._note_undone(merge)
        body = Markup("<p>%s</p>") % self.env._(
            "Merge undone: back as before the merge of %(date)s: %(records)s.",
            records=format_list(self.env, (leads - survivor).mapped("display_name")),
            date=format_datetime(self.env, merge.create_date),
        )
        if deleted:
            body += Markup("<p>%s</p>") % self.env._(
                "Not restored because deleted since the merge (an activity marked as done, for instance): "
                "%(count)s of the messages, attachments, activities and other records the merge had moved.",
                count=deleted,
            )
        survivor.with_context(**{MERGE_NOTE_KEY: True}).message_post(body=body, subtype_xmlid="mail.mt_note")

    def _without_deleted(self, snapshot, current, leads):
        """Return ``snapshot`` (``{record id: {field: value}}``, relations as ids) without the records deleted
        since the merge: a reference to one is the record's current value instead (a customer merged into
        another by the contacts' merge, a stage deleted: what cannot come back is left as it is now), a list
        of them loses them. Else the undo would write a record that no longer exists, or take the customer
        its conversion created, deleted since, for a change someone could put back."""
        relational = {
            fname: field
            for fname, field in leads._fields.items()
            if field.type in ("many2one", "many2many") and fname in current[self.survivor_id.id]
        }
        referenced = defaultdict(set)
        for values in snapshot.values():
            for fname, field in relational.items():
                value = values.get(fname)
                if value:
                    referenced[field.comodel_name].update(value if field.type == "many2many" else [value])
        existing = {
            model: set(self.env[model].sudo().browse(list(ids)).exists().ids)
            for model, ids in referenced.items()
        }
        kept = {}
        for record_id, values in snapshot.items():
            values = dict(values)
            for fname, field in relational.items():
                value = values.get(fname)
                if not value:
                    continue
                if field.type == "many2many":
                    values[fname] = [other for other in value if other in existing[field.comodel_name]]
                elif value not in existing[field.comodel_name]:
                    values[fname] = current[record_id][fname]
            kept[record_id] = values
        return kept

    def _known_fields(self, values, fnames):
        """Return ``values`` of ``fnames``, an HTML value that shows nothing (what the editor leaves of a note
        typed and deleted, "<p><br></p>") as empty: the note the merge left empty is unchanged."""
        lead_fields = self.env["crm.lead"]._fields
        return {
            fname: False
            if lead_fields[fname].type == "html" and is_html_empty(values[fname])
            else values[fname]
            for fname in fnames
        }

    def _describe_drift(self, drift, leads):
        """Return one line per record and field changed since the merge, naming ``leads`` as their user."""
        return [
            self.env._(
                "%(field)s of “%(lead)s”",
                field=leads._fields[change.field]._description_string(self.env),
                lead=leads.browse(change.record_id).display_name,
            )
            for change in drift
        ]

    def _describe_moved_changes(self):
        """Return one line per kind of moved record on another record since the merge, and how many of the
        moved records were deleted since (an activity done, a message deleted): those the undo leaves gone."""
        changes = []
        deleted = 0
        for model, link in MOVED_MODELS.items():
            moved_away, gone = self._moved_gone(model, link, self.moved_records.get(model, []))
            deleted += gone
            if moved_away:
                changes.append(self._describe_moved_away(model, moved_away))
        leads = self.env["crm.lead"]
        for fname, model, link, rows in self._moved_one2many():
            moved_away, gone = self._moved_gone(model, link, rows)
            deleted += gone
            if moved_away:
                changes.append(
                    self.env._(
                        "Records of “%(field)s” moved by the merge and moved to another record since: "
                        "%(count)s",
                        field=leads._fields[fname]._description_string(self.env),
                        count=moved_away,
                    )
                )
        return changes, deleted

    def _describe_moved_away(self, model, count):
        """Return the line saying that ``count`` messages, attachments, activities or meetings moved by the
        merge are on another record since."""
        if model == "mail.message":
            return self.env._(
                "Messages moved by the merge and moved to another record since: %(count)s", count=count
            )
        if model == "ir.attachment":
            return self.env._(
                "Attachments moved by the merge and moved to another record since: %(count)s", count=count
            )
        if model == "mail.activity":
            return self.env._(
                "Activities moved by the merge and moved to another record since: %(count)s", count=count
            )
        return self.env._(
            "Meetings moved by the merge and moved to another record since: %(count)s", count=count
        )

    def _moved_gone(self, model, link, rows):
        """Return ``(moved away, deleted)``: how many of ``rows`` (records of ``model`` moved by the merge)
        are on another record since, through their field ``link``, and how many no longer exist. One put
        back by hand on the record it came from is where the undo puts it: not moved away."""
        ids = [row[0] for row in rows]
        here = self.survivor_id._merge_related_here(model, link, ids)
        existing = self._moved_existing(model, ids)
        here_ids = set(here)
        elsewhere = [row for row in rows if row[0] in existing and row[0] not in here_ids]
        back = self._moved_back(model, link, elsewhere)
        return merge_snapshot.count_moved_away(rows, here + back, existing), merge_snapshot.count_deleted(
            rows, existing
        )

    def _moved_back(self, model, link, rows):
        """Return the ids of ``rows`` (``[id, lead id before, ...]``, records of ``model``) whose field
        ``link`` points at their lead before the merge again."""
        if not rows:
            return []
        records = self.env[model].sudo().with_context(active_test=False).browse([row[0] for row in rows])
        # a message, attachment or activity names the model of its record beside the record's id
        model_field = next((fname for fname in ("model", "res_model") if fname in records._fields), None)
        current = {
            record["id"]: record[link][0] if isinstance(record[link], tuple) else record[link]
            for record in records.read([link, *filter(None, [model_field])])
            if not model_field or record[model_field] == "crm.lead"
        }
        return [row[0] for row in rows if current.get(row[0]) == row[1]]

    def _moved_existing(self, model, ids):
        """Return the set of ``ids`` (records of ``model``) that still exist."""
        return set(self.env[model].sudo().browse(ids).exists().ids) if ids else set()

    def _moved_one2many(self):
        """Return ``[(field, model, link, rows)]``: the one2many records moved by the merge, ``rows`` being
        ``[[id, lead id before]]``, for the fields that still exist (see ``_merge_one2many_links``)."""
        links = self.env["crm.lead"]._merge_one2many_links()
        return [
            (fname, *links[fname], rows)
            for fname, rows in self.moved_records.get(MOVED_ONE2MANY_KEY, {}).items()
            if fname in links
        ]

    def _restore_values(self, leads, before, writes):
        """Write back the editable values of ``writes``, recompute what follows from them, then write back
        whatever still differs from ``before``: the dates crm.lead's write() set, computed values such as
        the automated probability."""
        leads = leads.with_context(**{MERGE_NO_SCORING_KEY: True, MERGE_MARK_KEY: True})
        for record_id, values in writes.items():
            self._restore_record(leads.browse(record_id), merge_snapshot.without_dates_last(values))
        leads._merge_recompute()
        current = {
            int(key): values
            for key, values in leads._merge_snapshot(list(before[self.survivor_id.id])).items()
        }
        remaining = merge_plan.plan_undo(before, {}, current, survivor_id=self.survivor_id.id).writes
        for record_id, values in remaining.items():
            self._restore_record(leads.browse(record_id), values)

    def _restore_record(self, lead, values):
        """Write snapshot ``values`` back on ``lead`` as its user, but those of fields limited to a group the
        user is not in: as superuser, as the merge hooks that changed them did (event_crm's registrations)."""
        values = lead._merge_restore_values(values)
        limited = {fname for fname in values if not lead._fields[fname].is_accessible(lead.env)}
        if limited:
            lead.sudo().write({fname: values.pop(fname) for fname in limited})
        if values:
            lead.write(values)

    def _restore_moved(self):
        """Put the moved messages, attachments, activities, meetings and other one2many records back, remove
        the added followers."""
        env_su = self.sudo().with_context(active_test=False, **{MERGE_MARK_KEY: True}).env
        # the rows of the records that still exist: those deleted since stay so (_describe_moved_changes
        # counted them)
        moved = {}
        for model in MOVED_MODELS:
            rows = self.moved_records.get(model, [])
            existing = self._moved_existing(model, [row[0] for row in rows])
            moved[model] = [row for row in rows if row[0] in existing]
        for message_id, res_id, subject in moved["mail.message"]:
            env_su["mail.message"].browse(message_id).write({"res_id": res_id, "subject": subject})
        for attachment_id, res_id, name in moved["ir.attachment"]:
            env_su["ir.attachment"].browse(attachment_id).write({"res_id": res_id, "name": name})
        for activity_id, res_id in moved["mail.activity"]:
            env_su["mail.activity"].browse(activity_id).write({"res_id": res_id})
        for meeting_id, res_id, opportunity_id in moved["calendar.event"]:
            env_su["calendar.event"].browse(meeting_id).write(
                {"res_id": res_id, "opportunity_id": opportunity_id}
            )
        for _fname, model, link, rows in self._moved_one2many():
            for lead_id, record_ids in merge_snapshot.rows_by_lead(rows).items():
                env_su[model].browse(record_ids).exists().write({link: lead_id})
        followers_added = self.moved_records.get(merge_snapshot.FOLLOWERS_ADDED_KEY, [])
        env_su["mail.followers"].browse(followers_added).exists().unlink()
