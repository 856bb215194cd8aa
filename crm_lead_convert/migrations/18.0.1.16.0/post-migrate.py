"""18.0.1.16.0: a scan beginning after a language was installed is a full one, which words the groups of
duplicates in it. The languages the groups are worded in are noted from now on: those installed now (the
full scan of 18.0.1.15.0 words the groups in them), so that the upgrade itself asks for no full scan."""

from odoo import SUPERUSER_ID, api

from odoo.addons.crm_lead_convert.models.crm_lead_duplicate_scan import SCAN_LANGUAGES_PARAM


def migrate(cr, version):
    """Note the installed languages as those the groups are worded in."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["ir.config_parameter"].set_param(
        SCAN_LANGUAGES_PARAM, env["crm.lead.duplicate.group"]._scan_languages()
    )
