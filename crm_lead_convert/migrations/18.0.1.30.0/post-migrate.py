"""18.0.1.30.0: a company email domain from which the leads of several unrelated companies write is taken for
a public mail provider's (``similarity.provider_like``): such domains are counted now, as every day with the
company words, and the next scheduled duplicate scan scores every lead again, its stored pairs and groups
having been scored with them as companies'."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Count the domains taken for providers'; make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.company.word"]._refresh_provider_like_domains()
    env["crm.lead.duplicate.group"]._scan_restart()
