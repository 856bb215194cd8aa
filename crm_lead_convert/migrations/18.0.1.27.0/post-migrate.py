"""18.0.1.27.0: a lead without company name written from a company email domain that spells another lead's
company name ("dewi@rayamakmurtrading.com" / "PT Raya Makmur Trading") is that company's, an address whose
domain is mistyped ("jozef.janssens@telenet.b") is the mailbox spelled right, and one person's number
mistyped by a digit counts for: Similar Leads fetches and matches them (its search function and the index of
mailbox names are made by the update), and the duplicate scan pairs them. The next scheduled duplicate scan
scores every lead again: its stored pairs were found without them."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead.duplicate.group"]._scan_restart()
