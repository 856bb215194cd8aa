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


class CrmLead2opportunityPartner(models.TransientModel):
    """The Convert pop-up's Merge with existing opportunities: the values to keep where the records differ.

    Its merge itself is ``_action_merge``, next to the conversion in crm_lead_to_opportunity.py.
    """

    # One concern a file, as the project's style asks: the pop-up is inherited in several files.
    _inherit = "crm.lead2opportunity.partner"  # pylint: disable=consider-merging-classes-inherited

    field_choice_ids = fields.One2many(
        "crm.lead.merge.field.choice",
        "convert_wizard_id",
        string="Differing Values",
        compute="_compute_field_choice_ids",
        store=True,
        readonly=False,
    )

    @api.depends("duplicated_lead_ids")
    def _compute_field_choice_ids(self):
        for wizard in self:
            wizard.field_choice_ids = self.env["crm.lead.merge.field.choice"]._commands_for(
                wizard.duplicated_lead_ids
            )


class CrmLead2opportunityPartnerMass(models.TransientModel):
    _inherit = "crm.lead2opportunity.partner.mass"  # pylint: disable=consider-merging-classes-inherited

    # Inherited from the Convert pop-up, with an inverse of its own so the two wizards' lines stay apart.
    field_choice_ids = fields.One2many("crm.lead.merge.field.choice", "mass_wizard_id")

    def _compute_field_choice_ids(self):
        """No choice here: the mass conversion merges each lead's duplicates on the documented rules."""
        self.field_choice_ids = False
