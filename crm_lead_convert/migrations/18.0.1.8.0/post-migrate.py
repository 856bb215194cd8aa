"""18.0.1.8.0: the duplicate scan also finds the pairs of leads whose company names share two words in a
row, each of them too common to be a block of its own ("Jaya Tunggal"). Loading the module cut the company-
name blocks of the leads already there afresh (crm.lead's _auto_init, the function that cuts them having
changed); the pairs kept from earlier scans were found without them: the next scheduled scan scores every
lead again, even if a scan was under way."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._scan_restart()
