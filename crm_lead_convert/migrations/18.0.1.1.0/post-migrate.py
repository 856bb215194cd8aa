"""18.0.1.1.0: Similar Leads weighs company name words by their frequency; count them now, as installing
does, rather than wait for the daily scheduled action."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Count the company name words of the leads already there."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead.company.word"]._refresh()
