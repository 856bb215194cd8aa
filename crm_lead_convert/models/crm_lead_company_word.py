import uuid

from odoo import api, fields, models
from odoo.tools import SQL

from ..core import similarity

TOTAL_PARAM = "crm_lead_convert.company_word_total"
# Changed each time the words are counted: the counts a process keeps were read for one counting.
COUNTING_PARAM = "crm_lead_convert.company_word_counting"
# Words whose counts a process keeps per database, at most: Similar Leads reads the counts of a lead's and its
# candidates' words for every lead opened, and they change only when counted again (once a day).
COUNTS_KEPT = 200_000
# {database name: (counting, {word: lead count, 0 for a word no lead has})}
_counts_kept = {}


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
        """Count the words of every lead's company key again, in one statement."""
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
        params = self.env["ir.config_parameter"].sudo()
        params.set_param(TOTAL_PARAM, cr.fetchone()[0])
        params.set_param(COUNTING_PARAM, uuid.uuid4().hex)
        self.invalidate_model()

    @api.model
    def _frequencies(self, words):
        """Return the ``similarity.WordFrequencies`` of ``words`` (those of the names to compare), reading
        only the counts this process does not keep yet for the current counting (``COUNTING_PARAM``), in one
        query."""
        words = set(words)
        if not words:
            return similarity.NO_FREQUENCIES
        params = self.env["ir.config_parameter"].sudo()
        total = int(params.get_param(TOTAL_PARAM, 0) or 0)
        counting = params.get_param(COUNTING_PARAM)
        kept = {}
        if counting:
            kept_counting, kept = _counts_kept.get(self.env.cr.dbname, (None, {}))
            if kept_counting != counting or len(kept) > COUNTS_KEPT:
                kept = {}
                _counts_kept[self.env.cr.dbname] = (counting, kept)
        missing = sorted(words - kept.keys())
        if missing:
            self.env.cr.execute(
                SQL("SELECT word, lead_count FROM crm_lead_company_word WHERE word = ANY(%s)", missing)
            )
            found = dict(self.env.cr.fetchall())
            read = {word: found.get(word, 0) for word in missing}
            if counting:
                kept.update(read)
        else:
            read = {}
        counts = {word: count for word in words if (count := kept.get(word) or read.get(word))}
        return similarity.WordFrequencies(counts, total) if total else similarity.NO_FREQUENCIES
