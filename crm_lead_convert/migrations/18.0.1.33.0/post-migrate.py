"""18.0.1.33.0: a company name held by 2 to 8 leads weighs less where the database's pairs of namesakes are
two companies more often than in the training data (``similarity.namesake_name_adjustment``): the next
scheduled duplicate scan scores every lead again, its stored pairs and groups having been scored without
it."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._scan_restart()
