from odoo import api, fields, models
from odoo.tools import SQL

from ..core import similarity

TOTAL_PARAM = "crm_lead_convert.company_word_total"
# Beyond this many names to look up (a duplicate scan's batch), the whole table of common names is read: it is
# small, each of its names held by more leads than one prospect has.
NAMES_LOOKED_UP = 1000


class CrmLeadCompanyWord(models.Model):
    """How many leads' company names hold each word: what makes a shared word telling for Similar Leads.

    "Jaya" or "Peters" is in many company names and says little when two names share it; "Vertex" says much
    (``core.similarity.WordFrequencies``). The counts are taken from the database itself, every lead with a
    company name once per word, merged records left out; a scheduled action counts them again every day, so
    that they follow the database as it grows (a word first seen since then counts as a rare one).
    """

    _name = "crm.lead.company.word"
    _description = "Company Name Word Frequency"
    _log_access = False

    word = fields.Char(required=True, readonly=True)
    lead_count = fields.Integer(required=True, readonly=True)

    _sql_constraints = (("word_unique", "UNIQUE(word)", "A word is counted once."),)

    @api.model
    def _refresh(self):
        """Count the words of every lead's company key again, in one statement, and the common names
        (``crm.lead.company.name``)."""
        self.env["crm.lead"].flush_model(["similar_company_key", "merged_into_id"])
        named = SQL("similar_company_key IS NOT NULL AND merged_into_id IS NULL")
        cr = self.env.cr
        cr.execute(SQL("DELETE FROM crm_lead_company_word"))
        cr.execute(
            SQL(
                """
                INSERT INTO crm_lead_company_word (word, lead_count)
                     SELECT word, count(DISTINCT id)
                       FROM crm_lead, unnest(string_to_array(similar_company_key, ' ')) AS word
                      WHERE %s
                   GROUP BY word
                """,
                named,
            )
        )
        cr.execute(SQL("SELECT count(*) FROM crm_lead WHERE %s", named))
        self.env["ir.config_parameter"].sudo().set_param(TOTAL_PARAM, cr.fetchone()[0])
        self.invalidate_model()
        self.env["crm.lead.company.name"]._refresh()

    @api.model
    def _frequencies(self, words, names=()):
        """Return the ``similarity.WordFrequencies`` of ``words`` and of the whole company keys ``names``
        (those of the names to compare), in one query."""
        words = sorted(set(words))
        if not words:
            return similarity.NO_FREQUENCIES
        names = sorted(set(names))
        self.env.cr.execute(
            SQL(
                """SELECT FALSE, word, lead_count FROM crm_lead_company_word WHERE word = ANY(%s)
                   UNION ALL
                   SELECT TRUE, name, lead_count FROM crm_lead_company_name WHERE %s""",
                words,
                SQL("TRUE") if len(names) > NAMES_LOOKED_UP else SQL("name = ANY(%s)", names),
            )
        )
        counts, common = {}, {}
        for is_name, text, lead_count in self.env.cr.fetchall():
            (common if is_name else counts)[text] = lead_count
        return self._frequencies_of(counts, common)

    @api.model
    def _frequencies_of(self, counts, common):
        """Return the ``similarity.WordFrequencies`` of the counts read, ``{word: leads}`` of words and
        ``{company key: leads}`` of common names."""
        total = int(self.env["ir.config_parameter"].sudo().get_param(TOTAL_PARAM, 0) or 0)
        return similarity.WordFrequencies(counts, total, common) if total else similarity.NO_FREQUENCIES
