from odoo import api, fields, models


class CrmMergeOpportunity(models.TransientModel):
    """The list view's Merge action: the values to keep where the selected records differ."""

    _name = "crm.merge.opportunity"
    _inherit = ("crm.merge.opportunity", "crm.lead.merge.field.choice.mixin")
    _merge_leads_field = "opportunity_ids"

    field_choice_ids = fields.One2many(inverse_name="merge_wizard_id")

    @api.model
    def default_get(self, fields):
        """Refuse to open on selected records at 100 %, with the Convert pop-up's message: stock Odoo leaves
        them out of the list without a word."""
        if "opportunity_ids" in fields and self.env.context.get("active_model", "crm.lead") == "crm.lead":
            self.env["crm.lead"].browse(self.env.context.get("active_ids") or [])._check_not_won()
        return super().default_get(fields)

    def action_merge(self):
        """Merge into the earliest created record, keeping the values the user chose where records differ."""
        self.ensure_one()
        choices = self.field_choice_ids._merge_choices()
        result = super(CrmMergeOpportunity, self.with_context(crm_lead_merge_choices=choices)).action_merge()
        # opened from a group of Duplicates: the group is merged now
        group_id = self.env.context.get("crm_lead_duplicate_group_id")
        if group_id:
            survivor = self.opportunity_ids.filtered(lambda lead: not lead.merged_into_id)[:1]
            self.env["crm.lead.duplicate.group"].browse(group_id)._note_merged(survivor)
        return result
