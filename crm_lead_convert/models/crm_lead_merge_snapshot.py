from odoo import api, fields, models

from ..core import merge_snapshot
from ..core.merge_snapshot import MOVED_MODELS, MOVED_ONE2MANY_KEY


class CrmLead(models.Model):
    """What a merge keeps to be undone: the records' values, and where their related records were.

    ``core.merge_snapshot`` decides which fields and records; this reads and writes them.
    """

    # One concern a file (the merge's snapshots), as the project's style asks: crm.lead is inherited in
    # several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    @api.model
    def _merge_field_infos(self):
        """Return ``{field name: merge_snapshot.FieldInfo}`` for the fields of the lead."""
        infos = {}
        for fname, field in self._fields.items():
            info = {
                "name": fname,
                "type": field.type,
                "store": bool(field.store),
                "related": bool(field.related),
                "derived": bool(field.compute) and field.readonly,
            }
            if field.type == "one2many":
                comodel = self.env[field.comodel_name]
                inverse = comodel._fields.get(field.inverse_name)
                info.update(
                    comodel=field.comodel_name,
                    comodel_is_table=bool(comodel._auto and not comodel._transient),
                    inverse_name=field.inverse_name,
                    inverse_is_plain_link=bool(
                        inverse
                        and inverse.type == "many2one"
                        and inverse.store
                        and not inverse.compute
                        and not inverse.related
                        and inverse.comodel_name == self._name
                    ),
                )
            infos[fname] = merge_snapshot.FieldInfo(**info)
        return infos

    @api.model
    def _merge_snapshot_fields(self, editable_only=False):
        """Return the fields a merge snapshot keeps (``merge_snapshot.snapshot_fields``)."""
        return merge_snapshot.snapshot_fields(
            self._merge_field_infos(), excluded=models.MAGIC_COLUMNS, editable_only=editable_only
        )

    @api.model
    def _merge_one2many_links(self):
        """Return ``{one2many field: (model, many2one field to the lead)}``: the records a merge may move
        (``merge_snapshot.movable_one2many``: sale_crm's quotations, event_crm's registrations...)."""
        return merge_snapshot.movable_one2many(self._merge_field_infos())

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
        """Recompute the stored derived fields, after writing editable values back.

        Writing a value protects every field computed by the same method: writing back crm's probability
        would leave the automated probability as the merge left it.
        """
        for info in self._merge_field_infos().values():
            if info.store and info.derived:
                self.env.add_to_compute(self._fields[info.name], self)
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
            merge_snapshot.FOLLOWERS_BEFORE_KEY: self.sudo().message_follower_ids.ids,
        }

    def _merge_dependences_moved(self, before):
        """Return, from ``before`` (:meth:`_merge_dependences_snapshot`), what the merge moved onto this
        record, and the followers it added here (with those it had, to find later additions)."""
        self.ensure_one()
        moved = {}
        for model, link in MOVED_MODELS.items():
            rows = before[model]
            moved[model] = merge_snapshot.moved_rows(
                rows, self._merge_related_here(model, link, [row[0] for row in rows])
            )
        links = self._merge_one2many_links()
        moved[MOVED_ONE2MANY_KEY] = {}
        for fname, rows in before[MOVED_ONE2MANY_KEY].items():
            model, link = links[fname]
            here = merge_snapshot.moved_rows(
                rows, self._merge_related_here(model, link, [row[0] for row in rows])
            )
            if here:
                moved[MOVED_ONE2MANY_KEY][fname] = here
        followers_before = before[merge_snapshot.FOLLOWERS_BEFORE_KEY]
        moved[merge_snapshot.FOLLOWERS_BEFORE_KEY] = followers_before
        moved[merge_snapshot.FOLLOWERS_ADDED_KEY] = self._merge_followers_added(followers_before)
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
        return merge_snapshot.followers_added(followers_before, self.sudo().message_follower_ids.ids)
