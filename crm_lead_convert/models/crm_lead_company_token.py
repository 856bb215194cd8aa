from odoo import fields, models

from .crm_lead_similar_keys import COMPANY_TOKEN_TABLE


class CrmLeadCompanyToken(models.Model):
    """A block of a lead's company name (a word, or the first or last three letters of a longer word, or one
    of those of a word followed by one of the next word's, joined by "|"): the rows of the table the duplicate
    scan looks leads up by, read in SQL only.

    The table, its trigger on ``crm_lead.similar_company_key`` and the function both use are made in SQL by
    ``crm.lead`` (``_similar_ensure_company_tokens``), as PostgreSQL fills them whoever writes a lead; hence
    ``_auto = False``. The model is there so that Odoo knows the table as its own: tools that list the tables
    no model names (OCA's database_cleanup) would otherwise offer to drop it, and every lead saved after
    that would fail on the trigger. The table has no ``id`` column: the model is never read through the ORM,
    and no user has access to it.
    """

    _name = "crm.lead.company.token"
    _description = "Company Name Block"
    _auto = False
    _log_access = False
    _table = COMPANY_TOKEN_TABLE

    lead_id = fields.Many2one("crm.lead", readonly=True)
    token = fields.Char(readonly=True)
