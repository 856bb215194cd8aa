from odoo import fields, models

from .crm_lead_similar_keys import COMPANY_LETTERS_TABLE


class CrmLeadCompanyLetters(models.Model):
    """A company key of the leads (``crm.lead.similar_company_key``), each once, with its letters as Similar
    Leads compares names by trigram: its spellings of one sound written alike, without spaces. The rows of
    the table Similar Leads looks names up in, read in SQL only. A key no lead holds any more stays until
    the table is filled afresh (it costs a comparison, loses nothing): deleting it while leads are saved
    could delete a key a lead has just taken.

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
