"""18.0.1.27.0: a lead without company name written from a company email domain that spells another lead's
company name ("dewi@rayamakmurtrading.com" / "PT Raya Makmur Trading") is that company's: Similar Leads
fetches and matches them (its search function is made again by the update), and the duplicate scan pairs
them. The next scheduled duplicate scan scores every lead again: its stored pairs were found without them."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead.duplicate.group"]._scan_restart()
