from odoo import api, models


class CrmLeadLost(models.TransientModel):
    """The Lost pop-up (a lead's or an opportunity's Lost button, the list's Mark as Lost)."""

    _inherit = "crm.lead.lost"

    @api.model
    def default_get(self, fields):
        """Refuse to open on a merged record, with the way out: stock's pop-up leaves archived records out of
        its records without a word, so that Lost did nothing and said nothing; a merged record is archived,
        not lost. The list's Mark as Lost opens it so (``default_lead_ids``)."""
        lead_ids = [
            lead_id for lead_id in self.env.context.get("default_lead_ids") or [] if isinstance(lead_id, int)
        ]
        self.env["crm.lead"].browse(lead_ids)._check_not_merged_for_lost()
        return super().default_get(fields)

    def action_lost_reason_apply(self):
        """Refuse, with the way out, when a record given to the pop-up was merged (through the API)."""
        self.ensure_one()
        self.with_context(active_test=False).lead_ids._check_not_merged_for_lost()
        return super().action_lost_reason_apply()
