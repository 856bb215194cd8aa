from odoo import Command, api, fields, models

from ..core import merge_plan
from ..models.crm_lead import DUPLICATE_GROUP_KEY


class CrmMergeOpportunity(models.TransientModel):
    """The list view's Merge action: the values to keep where the selected records differ."""

    _name = "crm.merge.opportunity"
    _inherit = ("crm.merge.opportunity", "crm.lead.merge.field.choice.mixin")
    _merge_leads_field = "opportunity_ids"

    field_choice_ids = fields.One2many(inverse_name="merge_wizard_id")
    user_id = fields.Many2one(compute="_compute_user_id", store=True, readonly=False)

    @api.model
    def default_get(self, fields):
        """Refuse to open on selected records at 100 %, with the Convert pop-up's message: stock Odoo leaves
        them out of the list without a word. List the records in creation order."""
        if "opportunity_ids" in fields and self.env.context.get("active_model", "crm.lead") == "crm.lead":
            self.env["crm.lead"].browse(self.env.context.get("active_ids") or [])._check_not_won(merging=True)
        result = super().default_get(fields)
        # listed in creation order, the record kept on top, as the pop-up's list says: a new record's list
        # shows them in the order given, not in its default order
        commands = result.get("opportunity_ids")
        if commands and len(commands) == 1 and commands[0][0] == Command.SET:
            leads = self.env["crm.lead"].browse(commands[0][2])._creation_ordered()
            result["opportunity_ids"] = [Command.set(leads.ids)]
        return result

    @api.depends("opportunity_ids")
    def _compute_user_id(self):
        """Show the salesperson the kept record will have, which stock Odoo's pop-up leaves empty: the
        earliest created record's, else the first one set in creation order. Left empty, the merge keeps that
        one too, as in stock Odoo."""
        for wizard in self:
            wizard.user_id = wizard._kept_values()["user_id"]

    @api.depends("opportunity_ids", "user_id")
    def _compute_team_id(self):
        """Show the sales team the kept record will have with that salesperson: the kept one. For another
        salesperson, chosen here, or where no record has a team: the team shown if they are in it, else their
        team of the records' company, or none (``crm.team._salesperson_team``). Not stock's rule, their first
        team whatever its company: the kept record moved to that company, the others stayed in theirs."""
        for wizard in self:
            kept = wizard._kept_values()
            user = wizard.user_id
            if user.id == kept["user_id"] and kept["team_id"]:
                wizard.team_id = kept["team_id"]
            elif user and user not in wizard.team_id.member_ids | wizard.team_id.user_id:
                company = wizard.opportunity_ids._origin.company_id[:1]
                wizard.team_id = self.env["crm.team"]._salesperson_team(user, company)

    def action_merge(self):
        """Merge into the earliest created record, keeping the values the user chose where records differ."""
        self.ensure_one()
        # opened from a group of Duplicates: refused if the group is gone or done since (a scan made it
        # afresh, a record of it was marked as another prospect, someone merged it), else merged now
        group = self._duplicate_group()
        group._check_exists()
        group._check_to_review()
        if group:
            group._check_not_marked(self.opportunity_ids._origin)
        choices = self.field_choice_ids._merge_choices()
        result = super(CrmMergeOpportunity, self.with_context(crm_lead_merge_choices=choices)).action_merge()
        if group:
            # the group whose records these are (_duplicate_group), not any group a caller names; the records
            # the user took out of the pop-up's list leave it
            merged = self.opportunity_ids._origin
            group._note_merged(merged.filtered(lambda lead: not lead.merged_into_id)[:1], merged)
        if isinstance(result, dict) and isinstance(result.get("context", {}), dict):
            # the web client passes the pop-up's context on to the action it returns, and from there to the
            # next pop-ups: the group is this merge's only
            result["context"] = dict(result.get("context") or {}, **{DUPLICATE_GROUP_KEY: False})
        return result

    def _duplicate_group(self):
        """Return the group of Duplicates this pop-up was opened from (``DUPLICATE_GROUP_KEY``), if it merges
        records of that group only, or if that group is gone (its merge is refused): the context may also
        name it in a pop-up opened on other records, from the actions the group's merge led to."""
        group = self.env["crm.lead.duplicate.group"].browse(self.env.context.get(DUPLICATE_GROUP_KEY))
        if not group or not group.exists():
            return group
        if set(self.opportunity_ids._origin.ids) <= set(group.lead_ids.ids):
            return group
        return group.browse()

    def _kept_values(self):
        """Return ``{"user_id": id, "team_id": id}`` (False when none) that merging the records would keep,
        as the merge plans them."""
        self.ensure_one()
        leads = self.opportunity_ids._origin
        if not leads:
            return {"user_id": False, "team_id": False}
        values = merge_plan.kept_values(
            leads._merge_plan_records(["user_id", "team_id"]),
            {fname: leads._merge_field_kind(fname) for fname in ("user_id", "team_id")},
        )
        return {fname: values.get(fname) or False for fname in ("user_id", "team_id")}
