"""18.0.1.6.0: company names are compared with "&" written in words ("Jansen en Zonen"), a leading "The", a
Dutch "van der" shortened ("v.d. Berg") and a legal form typed with spaced letters ("P. T.") alike; contact
names with a letter of the surname mistyped or without their Dutch particles. Compute the company keys of
the leads already there again (only those that change are written), count their words again, and make the
next scheduled duplicate scan a full one: the pairs and groups kept from earlier scans were decided by the
earlier rules."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Recompute the stored company keys and their word counts; make the next duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead"]._refresh_similar_company_keys()
    env["crm.lead.company.word"]._refresh()
    env["ir.config_parameter"].sudo().set_param("crm_lead_convert.duplicate_scan_last", "")
