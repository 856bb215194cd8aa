from odoo import api, models


class ResLang(models.Model):
    """A language installed after a duplicate scan: the groups to review are worded in it by a full scan."""

    _inherit = "res.lang"

    @api.model_create_multi
    def create(self, vals_list):
        languages = super().create(vals_list)
        if languages.filtered("active"):
            self._reword_duplicate_groups()
        return languages

    def write(self, vals):
        activated = (
            self.filtered(lambda language: not language.active) if vals.get("active") else self.browse()
        )
        result = super().write(vals)
        if activated:
            self._reword_duplicate_groups()
        return result

    @api.model
    def _reword_duplicate_groups(self):
        """Have the scheduled duplicate scan run a full scan soon, where groups are to review: a scan words
        their reasons in the languages installed then (a translated field), and one installed since would
        show them in English until their records change. Rare, and in the background: a full scan scores
        every lead again, as for a changed sensitivity."""
        groups = self.env["crm.lead.duplicate.group"].sudo()
        if groups.search_count([("state", "=", "to_review")], limit=1):
            groups._scan_restart()
            groups._scan_trigger_later()
