"""18.0.1.21.0: the duplicate scan also pairs a lead writing from a company email domain with the leads whose
company name that domain spells, as Similar Leads now fetches them (its index is made by the update). The
next scheduled duplicate scan scores every lead again: its stored pairs were found without them."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._scan_restart()
