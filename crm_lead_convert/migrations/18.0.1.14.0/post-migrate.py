"""18.0.1.14.0: Similar Leads searches company names by their letters without spaces, through a new trigram
index (crm.lead's _auto_init made it and dropped the earlier one); the index has no statistics yet, which the
planner reads to plan Similar Leads' search."""

from odoo.tools import SQL


def migrate(cr, version):
    """Gather statistics of the new index."""
    cr.execute(SQL("ANALYZE crm_lead"))
