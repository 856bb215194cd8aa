"""18.0.1.29.0: Singapore's Pte Ltd, Malaysia's Sdn Bhd and Australia's Pty Ltd are three kinds of limited
company (one name under two of them counts against), and "gmail.co.id" and "hotmail.co.id" are providers'
domains mistyped: the next scheduled duplicate scan scores every lead again, its stored pairs and groups
having been scored without them."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead.duplicate.group"]._scan_restart()
