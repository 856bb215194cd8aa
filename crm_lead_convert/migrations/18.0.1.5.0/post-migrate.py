"""18.0.1.5.0: company names are compared with their spellings of one sound written alike (the Indonesian
spelling before 1972, a Dutch "ij" written "y": "Tjahaja Djaja" / "Cahaya Jaya"). Loading the module made the
function of the spellings, the trigram index of the company keys on it, and the table of company-name blocks
afresh (see crm.lead's _auto_init); the index is new and has no statistics yet, which the planner needs for
Similar Leads' query. The pairs and groups kept from earlier scans were decided by the earlier rules: the next
scheduled scan scores every lead again."""

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL


def migrate(cr, version):
    """Gather statistics of the new index; make the next scheduled duplicate scan a full one."""
    cr.execute(SQL("ANALYZE crm_lead"))
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["ir.config_parameter"].sudo().set_param("crm_lead_convert.duplicate_scan_last", "")
