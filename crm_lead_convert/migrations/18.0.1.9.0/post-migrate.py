"""18.0.1.9.0: a company name that more leads hold than one prospect has weighs less when two leads agree on
it (crm.lead.company.name), and a private person's own name typed as the company is no company name. The
stored company keys are computed again (those names lose theirs), the words and names counted now rather
than at the next daily count, and the pairs kept from earlier scans were scored otherwise: the next
scheduled scan scores every lead again, even if a scan was under way."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Compute the company keys again, count the words and names; make the next duplicate scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead"]._similar_names_read_otherwise()
