"""18.0.1.5.0: company names are compared with their spellings of one sound written alike (the Indonesian
spelling before 1972, a Dutch "ij" written "y": "Tjahaja Djaja" / "Cahaya Jaya"). The trigram index of the
company keys was made again on their spellings when the module was loaded; the table of company-name blocks
of the duplicate scan still holds the blocks as the earlier rules cut them: fill it afresh. The pairs and
groups kept from earlier scans were decided by the earlier rules: the next scheduled scan scores every lead
again."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Fill the table of company-name blocks afresh; make the next scheduled duplicate scan a full one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead"]._similar_ensure_company_tokens(refill=True)
    env["ir.config_parameter"].sudo().set_param("crm_lead_convert.duplicate_scan_last", "")
