from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .crm_lead_duplicate_group import AUTO_MERGE_PARAM
from .crm_lead_duplicates import DEFAULT_SENSITIVITY, SENSITIVITY_PARAM

MIN_SENSITIVITY = 50


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
        result = super().set_values()
        if sensitivity() != before:
            scan = self.env["crm.lead.duplicate.group"]
            scan._scan_restart()
            scan._scan_trigger_later()
        return result

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
