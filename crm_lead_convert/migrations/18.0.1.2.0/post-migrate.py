"""18.0.1.2.0: a company name that names no company ("-", "N/A", "Pribadi", "Particulier", a bare "PT")
has no company key any more, and letters in a row are one word ("H&M"); compute the company keys of the
leads already there again (only those that change are written), then count their words."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Recompute the stored company keys, then the company word counts."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead"]._refresh_similar_company_keys()
    env["crm.lead.company.word"]._refresh()
