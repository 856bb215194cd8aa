from odoo import api, fields, models
from odoo.exceptions import UserError

from ..core import conversion


class CrmLead2opportunityPartner(models.TransientModel):
    _name = "crm.lead2opportunity.partner"
    _inherit = ("crm.lead2opportunity.partner", "crm.lead.merge.field.choice.mixin")
    # Merge with existing opportunities: the values to keep where the records differ
    _merge_leads_field = "duplicated_lead_ids"

    field_choice_ids = fields.One2many(inverse_name="convert_wizard_id")

    @api.model
    def default_get(self, fields):
        """Refuse to open the pop-up on a lead that cannot be converted, saying why and what to do."""
        lead_id = self.env.context.get("default_lead_id") or self.env.context.get("active_id")
        if lead_id and "lead_id" in fields and self.env.context.get("active_model", "crm.lead") == "crm.lead":
            self.env["crm.lead"].browse(lead_id)._check_convertible()
        return super().default_get(fields)

    @api.depends("duplicated_lead_ids")
    def _compute_name(self):
        """Propose merging, as stock Odoo does, only on sure duplicates: the same email or customer.

        The merge list offers every Similar Lead, but a merely alike company name should not turn the
        default action into a merge.
        """
        for convert in self.filtered(lambda convert: not convert.name):
            # fewer than two records to merge (the commonest case): no second search of stock's duplicates
            offered = convert.duplicated_lead_ids._origin
            sure_duplicates = convert._get_stock_duplicates() & offered if len(offered) >= 2 else offered
            convert.name = "merge" if len(sure_duplicates) >= 2 else "convert"

    @api.model
    def _merges(self, vals):
        """Merge when asked to, or when the conversion action is left to the pop-up: a conversion leaves the
        records it lists untouched."""
        return vals.get("name", "merge") == "merge"

    def _get_stock_duplicates(self):
        """Return the duplicates stock Odoo offers: the same email address or the same customer.

        Records marked as other prospects than the lead are left out, as from its Similar Leads; so are won
        ones. Those of another company are left out with the Similar Leads (``_compute_duplicated_lead_ids``).
        """
        self.ensure_one()
        lead = self.lead_id
        # as stock's pop-up searches, for no lead in particular: the company rule is applied to the whole
        duplicates = self.env["crm.lead"]._get_lead_duplicates(
            self.partner_id, lead.partner_id.email or lead.email_from, include_lost=True
        )
        marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(lead.ids).get(lead.id, set())
        won = duplicates._won_leads() - lead._origin
        return duplicates.filtered(lambda duplicate: duplicate.id not in marked) - won

    @api.depends("lead_id", "partner_id")
    def _compute_duplicated_lead_ids(self):
        """Offer the lead's Similar Leads for merging, besides stock's matches on the chosen customer.

        Merged and won records are left out, and those the lead may not be merged with for their company
        (``merge_plan.mergeable_in_company``), stock's and the similar ones taken together: for a lead of no
        company, stock's may all be of one company and the similar ones of another.
        """
        for convert in self:
            if not convert.lead_id:
                convert.duplicated_lead_ids = False
                continue
            similar = (
                self.env["crm.lead"]
                .with_context(active_test=False)
                .search(
                    [
                        # what the lead matches by itself: a merge is not made through another record
                        (
                            "id",
                            "in",
                            convert.lead_id.with_context(similar_leads_direct=True).duplicate_lead_ids.ids,
                        ),
                        ("merged_into_id", "=", False),
                        "|",
                        ("type", "=", "opportunity"),
                        ("active", "=", True),
                    ]
                )
            )
            duplicates = convert._get_stock_duplicates() | (similar - similar._won_leads())
            # in creation order, the record a merge keeps on top
            convert.duplicated_lead_ids = duplicates._filter_mergeable_in_company(
                convert.lead_id.company_id
            )._creation_ordered()

    @api.depends("lead_id", "user_id")
    def _compute_team_id(self):
        """Prefill the team from the lead, as the salesperson; a chosen salesperson brings their team unless
        they belong to it (``conversion.choose_team``)."""
        for convert in self:
            lead = convert.lead_id
            current_team = convert.team_id or lead.team_id
            user = convert.user_id
            convert.team_id = conversion.choose_team(
                current_team.id,
                salesperson_chosen=bool(user),
                salesperson_in_current_team=user in current_team.member_ids | current_team.user_id,
                salesperson_main_team_id=convert._salesperson_team(user).id,
                prefilled_from_lead=not convert.team_id and user == lead.user_id,
            )

    def _salesperson_team(self, user):
        """Return the team ``user`` brings as the salesperson of the lead (``crm.team._salesperson_team``)."""
        self.ensure_one()
        return self.env["crm.team"]._salesperson_team(user, self.lead_id.company_id)

    def _action_convert(self):
        """Convert the leads of the pop-up, refusing won leads and leaving lost ones untouched.

        Through the API the pop-up may be created with ``lead_id`` and no ``active_ids``: convert that lead.
        """
        leads = self.env["crm.lead"].browse(self.env.context.get("active_ids")) or self.lead_id
        leads = leads._filter_convertible_batch()
        return super(CrmLead2opportunityPartner, self.with_context(active_ids=leads.ids))._action_convert()

    def _action_merge(self):
        """Merge as stock Odoo does, but losslessly: the merged records are archived, not deleted.

        The values the user chose where the records differ are kept; the survivor is the earliest created
        record, made active, then converted or assigned as stock Odoo does. A won lead is refused, as by the
        conversion: the pop-up may come from an API call that did not open it on the lead.
        """
        self.lead_id._check_not_won()
        if not self.duplicated_lead_ids - self.lead_id:
            raise UserError(
                self.env._(
                    "“%(lead)s” has no record to merge with: won records, and those marked as other "
                    "prospects, are not offered. Choose Convert to opportunity instead.",
                    lead=self.lead_id.display_name,
                )
            )
        to_merge = self.duplicated_lead_ids.with_context(
            crm_lead_merge_choices=self.field_choice_ids._merge_choices()
        )
        result_opportunity = to_merge.merge_opportunity(auto_unlink=False)
        result_opportunity.action_unarchive()
        if result_opportunity.type == "lead":
            self._convert_and_allocate(result_opportunity, [self.user_id.id], team_id=self.team_id.id)
        elif not result_opportunity.user_id or self.force_assignment:
            result_opportunity.write({"user_id": self.user_id.id, "team_id": self.team_id.id})
        if self.lead_id != result_opportunity:
            self.write({"lead_id": result_opportunity.id})
        return result_opportunity
