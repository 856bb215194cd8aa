"""18.0.1.11.0: two neighbours swapped in a company-name word of 3 or 4 letters ("Jaay" / "Jaya") are a typo,
and the duplicate scan finds such names by a block of their own ("k:yaay|abadi"). Loading the module cut the
company-name blocks of the leads already there afresh (crm.lead's _auto_init, the function that cuts them
having changed); the pairs kept from earlier scans were found and scored without them: the next scheduled
scan scores every lead again, even if a scan was under way."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._scan_restart()
