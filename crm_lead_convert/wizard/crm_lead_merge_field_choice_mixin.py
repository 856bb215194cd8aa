from odoo import api, fields, models


class CrmLeadMergeFieldChoiceMixin(models.AbstractModel):
    """A merge pop-up's values to keep where the records it merges differ (``crm.lead.merge.field.choice``).

    A pop-up names the field holding those records in ``_merge_leads_field`` and the choices' link to it in
    its own ``field_choice_ids`` (``inverse_name``).
    """

    _name = "crm.lead.merge.field.choice.mixin"
    _description = "Merge Pop-up With Values to Keep"

    # The field of the pop-up holding the records it merges.
    _merge_leads_field = None

    field_choice_ids = fields.One2many(
        "crm.lead.merge.field.choice",
        string="Differing Values",
        compute="_compute_field_choice_ids",
        store=True,
        readonly=False,
    )

    @api.depends(lambda self: [self._merge_leads_field] if self._merge_leads_field else [])
    def _compute_field_choice_ids(self):
        for wizard in self:
            wizard.field_choice_ids = self.env["crm.lead.merge.field.choice"]._commands_for(
                wizard[self._merge_leads_field]
            )
