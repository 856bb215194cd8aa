"""18.0.1.31.0: a lead without company name writing from a public provider's mailbox named after a company
("salon.insan.cahaya@gmail.com" / "PT Salon Insan Cahaya", ``similarity._mailbox_spells_company_of``) is
now that company's: the next scheduled duplicate scan scores every lead again, its stored pairs and groups
having been found and scored without it. The index of the mailbox names' letters is made by the update."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._scan_restart()
