from odoo import api, fields, models
from odoo.tools import SQL


class CrmLeadNotSameProspect(models.Model):
    """A user's word that two records are different prospects, however alike Similar Leads finds them.

    Stored in both directions, one row each way, so that the marks of a lead are the rows of that lead.
    Users neither read nor write these rows directly: ``crm.lead`` checks that they may modify both
    records, then writes as superuser, and shows a lead's marks only with the records the user may read.
    """

    _name = "crm.lead.not.same.prospect"
    _description = "Not the Same Prospect"

    # the unique constraint's index, (lead_id, other_lead_id), serves the lookups by lead_id
    lead_id = fields.Many2one("crm.lead", required=True, readonly=True, ondelete="cascade")
    other_lead_id = fields.Many2one("crm.lead", required=True, readonly=True, index=True, ondelete="cascade")

    _sql_constraints = (
        (
            "lead_pair_unique",
            "UNIQUE(lead_id, other_lead_id)",
            "These records are already marked as different prospects.",
        ),
        ("lead_pair_distinct", "CHECK(lead_id != other_lead_id)", "A record is the same prospect as itself."),
    )

    @api.model
    def _marked_other_ids(self, lead_ids):
        """Return the marks of these leads, ``{lead id: {ids of the leads marked as other prospects}}``.

        One query, whatever the number of leads; a lead without marks is left out. A mark between two of
        ``lead_ids`` is found under both.
        """
        if not lead_ids:
            return {}
        self.flush_model(["lead_id", "other_lead_id"])
        self.env.cr.execute(
            SQL(
                "SELECT lead_id, other_lead_id FROM crm_lead_not_same_prospect WHERE lead_id = ANY(%s)",
                list(lead_ids),
            )
        )
        marked = {}
        for lead_id, other_lead_id in self.env.cr.fetchall():
            marked.setdefault(lead_id, set()).add(other_lead_id)
        return marked

    @api.model
    def _mark(self, lead, others):
        """Mark ``others`` as other prospects than ``lead``, both ways; pairs marked already stay as they are.

        As superuser: the caller checks that the user may modify every record.
        """
        marked = self._marked_other_ids(lead.ids).get(lead.id, set())
        new_ids = [other.id for other in others if other.id not in marked and other != lead]
        self.sudo().create(
            [
                values
                for other_id in new_ids
                for values in (
                    {"lead_id": lead.id, "other_lead_id": other_id},
                    {"lead_id": other_id, "other_lead_id": lead.id},
                )
            ]
        )

    @api.model
    def _unmark(self, lead, others):
        """Take back the marks between ``lead`` and ``others``, both ways.

        As superuser: the caller checks that the user may modify every record.
        """
        self.sudo().search(
            [
                "|",
                "&",
                ("lead_id", "=", lead.id),
                ("other_lead_id", "in", others.ids),
                "&",
                ("lead_id", "in", others.ids),
                ("other_lead_id", "=", lead.id),
            ]
        ).unlink()
