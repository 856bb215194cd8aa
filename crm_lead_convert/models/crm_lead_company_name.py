from odoo import api, fields, models
from odoo.tools import SQL

from ..core import similarity


class CrmLeadCompanyName(models.Model):
    """The company names that more leads hold than one prospect has (``similarity.COMMON_NAME_LEADS``), with
    how many leads hold each: several prospects share such a name ("PT Maju Jaya", "Bakkerij Peters"), and
    two leads agreeing on it weigh less for Similar Leads and the duplicate scan, however rare its words are
    one by one (``core.similarity``). Names are company keys (``crm.lead.similar_company_key``), merged
    records left out. Counted again with the company words (``crm.lead.company.word._refresh``), every day:
    a name that became common since then weighs as its words do until the next count, and a pair the
    duplicate scan kept keeps its score until one of its leads changes or a full scan runs.
    """

    _name = "crm.lead.company.name"
    _description = "Common Company Name"
    _log_access = False

    name = fields.Char(required=True, readonly=True)
    lead_count = fields.Integer(required=True, readonly=True)

    _sql_constraints = (("name_unique", "UNIQUE(name)", "A name is counted once."),)

    @api.model
    def _refresh(self):
        """Count the leads of each common company key again, in one statement."""
        self.env["crm.lead"].flush_model(["similar_company_key", "merged_into_id"])
        cr = self.env.cr
        cr.execute(SQL("DELETE FROM crm_lead_company_name"))
        cr.execute(
            SQL(
                """
                INSERT INTO crm_lead_company_name (name, lead_count)
                     SELECT similar_company_key, count(*)
                       FROM crm_lead
                      WHERE similar_company_key IS NOT NULL AND merged_into_id IS NULL
                   GROUP BY similar_company_key
                     HAVING count(*) > %s
                """,
                similarity.COMMON_NAME_LEADS,
            )
        )
        self.invalidate_model()
