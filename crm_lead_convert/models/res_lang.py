from odoo import api, fields, models

from .crm_lead_duplicate_scan import SCAN_FINISH_DELAY


class ResLang(models.Model):
    """A language installed while groups of duplicates are to review: the scheduled scan runs soon, and
    words them in it (a full scan, ``crm.lead.duplicate.group._scan_begin``; the one under way, if any,
    has the next come when it ends)."""

    _inherit = "res.lang"

    @api.model_create_multi
    def create(self, vals_list):
        languages = super().create(vals_list)
        if languages.filtered("active"):
            self._reword_duplicate_groups_soon()
        return languages

    def write(self, vals):
        activated = (
            self.filtered(lambda language: not language.active) if vals.get("active") else self.browse()
        )
        result = super().write(vals)
        if activated:
            self._reword_duplicate_groups_soon()
        return result

    @api.model
    def _reword_duplicate_groups_soon(self):
        """Trigger the scheduled duplicate scan, where groups are to review: a scan beginning after a
        language was installed is a full one, which words them in it. Only a trigger here: the scan's own
        state is written by its batches, which may be running (and the next daily run catches a language
        installed otherwise, from the command line)."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan", raise_if_not_found=False)
        groups = self.env["crm.lead.duplicate.group"].sudo()
        if cron and groups.search_count([("state", "=", "to_review")], limit=1):
            cron.sudo()._trigger(fields.Datetime.now() + SCAN_FINISH_DELAY)
