from odoo import Command, api, fields, models
from odoo.tools import format_amount, format_date, format_datetime, formatLang

from ..core import merge_plan
from ..models.crm_lead import SHOW_CREATED_KEY

# Salesperson and team are chosen in the merge pop-ups' own fields, not among the differing values.
FIELDS_ASSIGNED = ("user_id", "team_id")


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
    # a record entered twice often has one title twice: when each was created tells them apart (the view
    # names the records so then, and only then: the dates are noise beside titles that differ)
    titles_alike = fields.Boolean(readonly=True)
    chosen_value = fields.Char(string="Kept Value", compute="_compute_chosen_value")

    @api.depends("lead_id", "field_name")
    def _compute_chosen_value(self):
        for choice in self:
            lead = choice.lead_id._origin
            choice.chosen_value = self._value_of(lead, choice.field_name) if lead else False

    @api.model
    def _commands_for(self, leads):
        """Return the commands that list the choices for merging ``leads``, each on the documented rule."""
        leads = leads._origin.with_context(active_test=False)
        titles_alike = len(set(leads.mapped("display_name"))) < len(leads)
        named = leads.with_context(**{SHOW_CREATED_KEY: titles_alike})
        commands = [Command.clear()]
        for sequence, (fname, candidates) in enumerate(self._conflicts(leads).items()):
            candidate_leads = leads.browse([lead_id for lead_id, _value in candidates])
            commands.append(
                Command.create(
                    {
                        "sequence": sequence,
                        "field_name": fname,
                        "field_label": self._label(leads, fname),
                        "candidate_lead_ids": [Command.set(candidate_leads.ids)],
                        # the titles themselves name the records: each once, not "title: title"
                        "values_summary": "\n".join(
                            self._value_of(lead, fname)
                            if fname == "name"
                            else self.env._(
                                "%(record)s: %(value)s",
                                record=named.browse(lead.id).display_name,
                                value=self._value_of(lead, fname),
                            )
                            for lead in candidate_leads
                        ),
                        "lead_id": candidate_leads[:1].id,
                        "titles_alike": titles_alike,
                    }
                )
            )
        return commands

    def _merge_choices(self):
        """Return the choices as the merge takes them: ``{field name: lead id}``."""
        return {choice.field_name: choice.lead_id.id for choice in self if choice.lead_id}

    @api.model
    def _conflicts(self, leads):
        """Return the fields where ``leads`` disagree, as ``merge_plan.find_conflicts`` returns them: the
        address is one entry, under its first field. Salesperson and team are left out."""
        fnames = [fname for fname in leads._merge_plan_fields() if fname not in FIELDS_ASSIGNED]
        return merge_plan.find_conflicts(
            leads._merge_plan_records(fnames),
            {fname: leads._merge_field_kind(fname) for fname in fnames},
            groups=(leads._merge_address_fields(),),
        )

    @api.model
    def _label(self, leads, fname):
        """Return the label of a choice among differing values: the field's, or "Address" for the address."""
        if fname == leads._merge_address_fields()[0]:
            return self.env._("Address")
        return leads._fields[fname]._description_string(self.env)

    @api.model
    def _value_of(self, lead, fname):
        """Return ``lead``'s value of a choice, as the user reads it."""
        lead.ensure_one()
        address = lead._merge_address_fields()
        fnames = address if fname == address[0] else (fname,)
        return ", ".join(filter(None, (self._value_text(lead, name) for name in fnames)))

    @api.model
    def _value_text(self, lead, fname):
        """Return ``lead``'s value of ``fname`` in the user's language: amounts, numbers and dates too."""
        field, value = lead._fields[fname], lead[fname]
        if not value:
            return ""
        if field.type == "monetary":
            currency = lead[field.get_currency_field(lead)] or self.env.company.currency_id
            return format_amount(self.env, value, currency)
        if field.type in ("float", "integer"):
            return formatLang(self.env, value, digits=0 if field.type == "integer" else 2)
        if field.type == "date":
            return format_date(self.env, value)
        if field.type == "datetime":
            return format_datetime(self.env, value)
        if field.relational:
            return field.convert_to_display_name(value, lead)
        return str(field.convert_to_export(value, lead))
