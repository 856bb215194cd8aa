from odoo import api, fields, models
from odoo.tools import SQL

from .crm_lead_similar_keys import COMPANY_LETTERS_TABLE


class CrmLeadCompanyLetters(models.Model):
    """A company key of the leads (``crm.lead.similar_company_key``), each once, with its letters as Similar
    Leads compares names by trigram: its spellings of one sound written alike, without spaces. The rows of
    the table Similar Leads looks names up in, read in SQL only; a key no lead holds any more is left out at
    the daily count of company words (``crm.lead.company.word._refresh``).

    Made, filled and kept in SQL by ``crm.lead`` (``_similar_ensure_company_tokens``) and the trigger of
    the company-name blocks, as PostgreSQL fills it whoever writes a lead; hence ``_auto = False``. The model
    is there so that Odoo knows the table as its own (see ``crm.lead.company.token``). No ``id`` column: the
    model is never read through the ORM, and no user has access to it.
    """

    _name = "crm.lead.company.letters"
    _description = "Company Name Letters"
    _auto = False
    _log_access = False
    _table = COMPANY_LETTERS_TABLE

    company_key = fields.Char(readonly=True)
    letters = fields.Char(readonly=True)

    @api.model
    def _forget_unheld(self):
        """Delete the keys no lead holds any more (a lead renamed or deleted since): the trigger adds keys
        as leads are written and never deletes one, which another lead may hold; left, they would be compared
        at every search of a name like theirs."""
        self.env["crm.lead"].flush_model(["similar_company_key"])
        self.env.cr.execute(
            SQL(
                """DELETE FROM crm_lead_company_letters name
                    WHERE NOT EXISTS (SELECT FROM crm_lead WHERE similar_company_key = name.company_key)"""
            )
        )
