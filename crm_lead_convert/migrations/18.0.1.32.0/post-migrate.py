"""18.0.1.32.0: a mailbox named after a company counts for it only on a lead with a contact name (without
one, "budi.santoso@gmail.com" may be the owner's private mailbox of "UD Budi Santoso"), not twice for one
address, and at the providers learned from the leads too (``similarity._mailbox_spells_company_of``): the
next scheduled duplicate scan scores every lead again, its stored pairs and groups having been scored
without it."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._scan_restart()
