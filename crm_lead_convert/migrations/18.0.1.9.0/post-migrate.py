"""18.0.1.9.0: a company name that more leads hold than one prospect has weighs less when two leads agree on
it (crm.lead.company.name). The names are counted now rather than at the next daily count, and the pairs
kept from earlier scans were scored without them: the next scheduled scan scores every lead again, even if a
scan was under way."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Count the common company names; make the next duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.company.name"]._refresh()
    env["crm.lead.duplicate.group"]._scan_restart()
