"""18.0.1.18.0: a dotted degree ending a person's name without a comma ("Budi Santoso S.E.") is dropped, as
one after a comma was: a company name that is the contact's own name so written is no company name. The
company keys are computed again, their words and names counted, and the pairs kept from earlier scans were
scored otherwise (contact names agreeing): the next scheduled scan scores every lead again."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Compute the company keys again and count their words and names; make the next scheduled duplicate
    scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead"]._similar_names_read_otherwise()
