from odoo import api, fields, models


class CrmMergeOpportunity(models.TransientModel):
    """The list view's Merge action: the values to keep where the selected records differ."""

    _inherit = "crm.merge.opportunity"

    field_choice_ids = fields.One2many(
        "crm.lead.merge.field.choice",
        "merge_wizard_id",
        string="Differing Values",
        compute="_compute_field_choice_ids",
        store=True,
        readonly=False,
    )

    @api.model
    def default_get(self, fields):
        """Refuse to open on selected records at 100 %, with the Convert pop-up's message: stock Odoo leaves
        them out of the list without a word."""
        if "opportunity_ids" in fields and self.env.context.get("active_model", "crm.lead") == "crm.lead":
            self.env["crm.lead"].browse(self.env.context.get("active_ids") or [])._check_not_won()
        return super().default_get(fields)

    @api.depends("opportunity_ids")
    def _compute_field_choice_ids(self):
        for wizard in self:
            wizard.field_choice_ids = self.env["crm.lead.merge.field.choice"]._commands_for(
                wizard.opportunity_ids
            )

    def action_merge(self):
        """Merge into the earliest created record, keeping the values the user chose where records differ."""
        self.ensure_one()
        choices = self.field_choice_ids._merge_choices()
        return super(CrmMergeOpportunity, self.with_context(crm_lead_merge_choices=choices)).action_merge()
