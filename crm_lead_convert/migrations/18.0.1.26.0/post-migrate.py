"""18.0.1.26.0: a company name is read without the department or person it names after the company ("PT
Maju Jaya - Divisi Marketing", "De Boer B.V. t.a.v. inkoop"), and with shortened words written out ("Tk.",
"Eng.", "Gebr."): the company keys are computed again, their words and names counted again, and the next
scheduled duplicate scan scores every lead again. More internet providers' mail domains are public ones."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Compute the company keys again and count their words and names; make the next scheduled duplicate
    scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead"]._similar_names_read_otherwise()
