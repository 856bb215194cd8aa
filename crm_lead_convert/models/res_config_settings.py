from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .crm_lead_duplicate_group import AUTO_MERGE_PARAM
from .crm_lead_duplicates import DEFAULT_SENSITIVITY, SENSITIVITY_PARAM

MIN_SENSITIVITY = 50
# The teams without leads when the Leads setting was last turned off (ids, comma-separated): turned off again
# when it comes back.
TEAMS_WITHOUT_LEADS_PARAM = "crm_lead_convert.teams_without_leads"


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    similar_leads_sensitivity = fields.Integer(
        config_parameter=SENSITIVITY_PARAM,
        default=DEFAULT_SENSITIVITY,
        help="How sure, in percent, Similar Leads must be that two records are one prospect to list them: "
        "higher lists fewer records, lower finds more with more mistakes.",
    )

    duplicates_auto_merge = fields.Boolean(
        string="Merge Sure Duplicates Automatically",
        config_parameter=f"{AUTO_MERGE_PARAM}_enabled",
        help="After each scan for duplicates, merge the groups at least this sure without review. Each merge "
        "is noted on the kept record and can be undone there.",
    )
    duplicates_auto_merge_score = fields.Integer(
        string="Merge Automatically From",
        config_parameter=AUTO_MERGE_PARAM,
        default=99,
    )

    def set_values(self):
        """Save the settings; where the Similar Leads sensitivity changed, have the duplicate scan, which
        finds the pairs at least that sure, score every lead again soon: its pairs were found at the former
        one."""
        params = self.env["ir.config_parameter"].sudo()

        def sensitivity():
            return int(params.get_param(SENSITIVITY_PARAM) or DEFAULT_SENSITIVITY)

        before = sensitivity()
        had_leads = self.env.user.has_group("crm.group_use_lead")
        without_leads = (
            self.env["crm.team"]
            .with_context(active_test=False)
            .search([("use_opportunities", "=", True), ("use_leads", "=", False)])
        )
        result = super().set_values()
        self._keep_teams_without_leads(had_leads, without_leads)
        if sensitivity() != before:
            scan = self.env["crm.lead.duplicate.group"]
            scan._scan_restart()
            scan._scan_trigger_later()
        return result

    def _keep_teams_without_leads(self, had_leads, without_leads):
        """Keep the teams that turned leads off for themselves so across the Leads setting turned off and on
        again: stock Odoo turns leads off for every team with the setting, and on for every team with it,
        forgetting their choice. The teams without leads (``without_leads``, before saving) are noted as the
        setting goes off, and turned off again as it comes back."""
        params = self.env["ir.config_parameter"].sudo()
        has_leads = self.env.user.has_group("crm.group_use_lead")
        if had_leads and not has_leads:
            params.set_param(TEAMS_WITHOUT_LEADS_PARAM, ",".join(map(str, without_leads.ids)))
        elif has_leads and not had_leads:
            noted = [
                int(team_id)
                for team_id in (params.get_param(TEAMS_WITHOUT_LEADS_PARAM) or "").split(",")
                if team_id
            ]
            self.env["crm.team"].browse(noted).exists().write({"use_leads": False})
            params.set_param(TEAMS_WITHOUT_LEADS_PARAM, "")

    @api.constrains("duplicates_auto_merge_score")
    def _check_duplicates_auto_merge_score(self):
        for settings in self:
            if not MIN_SENSITIVITY <= settings.duplicates_auto_merge_score <= 100:
                raise ValidationError(
                    self.env._(
                        "Duplicates are merged automatically from a score between %(low)s and 100 %%; "
                        "%(value)s is not.",
                        low=MIN_SENSITIVITY,
                        value=settings.duplicates_auto_merge_score,
                    )
                )

    @api.constrains("similar_leads_sensitivity")
    def _check_similar_leads_sensitivity(self):
        for settings in self:
            if not MIN_SENSITIVITY <= settings.similar_leads_sensitivity <= 100:
                raise ValidationError(
                    self.env._(
                        "The Similar Leads sensitivity must be between %(low)s and 100 %%; %(value)s is not.",
                        low=MIN_SENSITIVITY,
                        value=settings.similar_leads_sensitivity,
                    )
                )
