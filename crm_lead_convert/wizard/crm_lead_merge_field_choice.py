from odoo import Command, api, fields, models


class CrmLeadMergeFieldChoice(models.TransientModel):
    """A field where the records to merge disagree, and the record whose value the user keeps."""

    _name = "crm.lead.merge.field.choice"
    _description = "Value to Keep When Merging"
    _order = "sequence, id"

    merge_wizard_id = fields.Many2one("crm.merge.opportunity", ondelete="cascade", index=True)
    convert_wizard_id = fields.Many2one("crm.lead2opportunity.partner", ondelete="cascade", index=True)
    mass_wizard_id = fields.Many2one("crm.lead2opportunity.partner.mass", ondelete="cascade", index=True)
    sequence = fields.Integer()
    field_name = fields.Char(required=True, readonly=True)
    field_label = fields.Char(string="Field", readonly=True)
    candidate_lead_ids = fields.Many2many(
        "crm.lead",
        "crm_lead_merge_field_choice_candidate_rel",
        "choice_id",
        "lead_id",
        string="Records Holding a Value",
        readonly=True,
        context={"active_test": False},
    )
    values_summary = fields.Text(string="Values", readonly=True)
    lead_id = fields.Many2one(
        "crm.lead",
        string="Keep the Value Of",
        required=True,
        domain="[('id', 'in', candidate_lead_ids)]",
        context={"active_test": False},
    )
    chosen_value = fields.Char(string="Kept Value", compute="_compute_chosen_value")

    @api.depends("lead_id", "field_name")
    def _compute_chosen_value(self):
        for choice in self:
            lead = choice.lead_id._origin
            choice.chosen_value = lead._merge_choice_value(choice.field_name) if lead else False

    @api.model
    def _commands_for(self, leads):
        """Return the commands that list the choices for merging ``leads``, each on the documented rule."""
        leads = leads._origin.with_context(active_test=False)
        commands = [Command.clear()]
        for sequence, (fname, candidates) in enumerate(leads._merge_find_conflicts().items()):
            candidate_leads = leads.browse([lead_id for lead_id, _value in candidates])
            commands.append(
                Command.create(
                    {
                        "sequence": sequence,
                        "field_name": fname,
                        "field_label": leads._merge_choice_label(fname),
                        "candidate_lead_ids": [Command.set(candidate_leads.ids)],
                        "values_summary": "\n".join(
                            f"{lead.display_name}: {lead._merge_choice_value(fname)}"
                            for lead in candidate_leads
                        ),
                        "lead_id": candidate_leads[:1].id,
                    }
                )
            )
        return commands

    def _merge_choices(self):
        """Return the choices as the merge takes them: ``{field name: lead id}``."""
        return {choice.field_name: choice.lead_id.id for choice in self if choice.lead_id}
