from odoo import models
from odoo.exceptions import UserError


class CrmLeadLost(models.TransientModel):
    """The Lost pop-up (a lead's or an opportunity's Lost button, the list's Mark as Lost)."""

    _inherit = "crm.lead.lost"

    def action_lost_reason_apply(self):
        """Refuse, with the way out, when a selected record was merged: stock's pop-up leaves archived
        records out of its records without a word, and a merged record is archived, not lost."""
        self.ensure_one()
        merged = self.with_context(active_test=False).lead_ids.filtered("merged_into_id")[:1]
        if merged:
            raise UserError(merged._merged_restore_message())
        return super().action_lost_reason_apply()
