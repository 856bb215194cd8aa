"""18.0.1.30.0: a company email domain from which the leads of several unrelated companies write is taken for
a public mail provider's (``similarity.provider_like``): the next scheduled duplicate scan scores every lead
again, its stored pairs and groups having been scored with such domains as companies'."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead.duplicate.group"]._scan_restart()
