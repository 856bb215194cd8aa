from odoo import Command, api, fields, models

from odoo.addons.web.controllers.utils import clean_action

from ..models.crm_lead import notification


class CrmLead2opportunityPartnerMass(models.TransientModel):
    _inherit = "crm.lead2opportunity.partner.mass"

    skipped_lead_ids = fields.Many2many(
        "crm.lead",
        "crm_lead_convert_mass_skipped_rel",
        string="Skipped Leads",
        context={"active_test": False},
        readonly=True,
    )
    skipped_lead_summary = fields.Text(string="Not Converted", compute="_compute_skipped_lead_summary")
    # Inherited from the Convert pop-up, with an inverse of its own so the two wizards' lines stay apart.
    field_choice_ids = fields.One2many(inverse_name="mass_wizard_id")

    @api.model
    def default_get(self, fields):
        """Note the selected leads that cannot be converted, to report them instead of failing.

        Only when none of the selection can be converted does the pop-up refuse to open, with the reason.
        """
        leads = self.env["crm.lead"].browse(self.env.context.get("active_ids", []))
        split = leads._split_convertible()
        if leads and not split.convertible_ids:
            leads._check_convertible()
        # The parent checks ``active_id`` (the first selected lead) as a single lead to convert.
        first_convertible_id = split.convertible_ids[0] if split.convertible_ids else False
        result = super(
            CrmLead2opportunityPartnerMass, self.with_context(active_id=first_convertible_id)
        ).default_get(fields)
        if "skipped_lead_ids" in fields:
            result["skipped_lead_ids"] = [Command.set([lead_id for lead_id, _reason in split.skipped])]
        return result

    @api.depends("lead_tomerge_ids")
    def _compute_duplicated_lead_ids(self):
        """List the selected leads that the deduplication merges with others (``_mergeable_duplicates``)."""
        for convert in self:
            convert.duplicated_lead_ids = convert.lead_tomerge_ids.filtered(
                lambda lead, convert=convert: len(convert._mergeable_duplicates(lead)) > 1
            )

    def _compute_field_choice_ids(self):
        """No choice here: the mass conversion merges each lead's duplicates on the documented rules."""
        self.field_choice_ids = False

    @api.depends("skipped_lead_ids")
    def _compute_skipped_lead_summary(self):
        for convert in self:
            convert.skipped_lead_summary = "\n".join(convert.skipped_lead_ids._get_conversion_skip_messages())

    def action_mass_convert(self):
        """Convert the convertible leads; when some were skipped, say which and why, then open the result."""
        self.ensure_one()
        skipped_ids = set(self.skipped_lead_ids.ids)
        # deduplication merges the duplicates of lead_tomerge_ids: a skipped lead takes no part in it
        self.lead_tomerge_ids -= self.skipped_lead_ids
        active_ids = [
            lead_id for lead_id in self.env.context.get("active_ids", []) if lead_id not in skipped_ids
        ]
        if self.name == "convert" and self.deduplicate:
            active_ids = self._deduplicate(active_ids)
            # done: stock's deduplication would merge across companies, won records included
            self.deduplicate = False
        result = super(
            CrmLead2opportunityPartnerMass, self.with_context(active_ids=active_ids)
        ).action_mass_convert()
        if not skipped_ids:
            return result
        return notification(
            self.skipped_lead_summary,
            "warning",
            sticky=True,
            title=self.env._("Some leads were not converted"),
            # as the web client runs an action returned by a button: with its views, which the server adds
            # to the action returned, not to one nested in it
            next_action=clean_action(result, self.env),
        )

    @api.model
    def _merges(self, vals):
        """The list of leads with duplicates is for information: the deduplication merges the duplicates it
        finds afresh (``_mergeable_duplicates``), so a listed lead gone meanwhile is only left out."""
        return False

    def _mergeable_duplicates(self, lead):
        """Return the records the deduplication merges ``lead`` with, found as stock Odoo finds them (same
        customer or email), but of ``lead``'s company (``_get_lead_duplicates`` of a lead) and not won."""
        return lead._get_lead_duplicates(
            partner=lead.partner_id, email=lead.partner_id.email or lead.email_from, include_lost=False
        )._filter_mergeable(lead.company_id)

    def _deduplicate(self, lead_ids):
        """Merge each lead to convert with its duplicates (``_mergeable_duplicates``), as stock Odoo's
        deduplication does; return ``lead_ids`` with the merged records replaced by the records kept."""
        merged_ids, kept_ids = set(), []
        for lead in self.lead_tomerge_ids:
            if lead.id in merged_ids:
                continue
            duplicates = self._mergeable_duplicates(lead)
            if len(duplicates) > 1:
                kept_ids.append(duplicates.merge_opportunity().id)
                merged_ids.update(duplicates.ids)
        final_ids = [lead_id for lead_id in lead_ids if lead_id not in merged_ids]
        return final_ids + [lead_id for lead_id in kept_ids if lead_id not in final_ids]
