"""18.0.1.4.0: the matcher weighs legal forms of two kinds against, a word mistyped beyond its allowance and
names of one word more or fewer differently; the pairs and groups kept from earlier scans were decided by
the earlier rules. Forget when the last scan ran, so that the next scheduled scan scores every lead again
instead of those changed since."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["ir.config_parameter"].sudo().set_param("crm_lead_convert.duplicate_scan_last", "")
