from odoo import api, fields, models
from odoo.tools import SQL

from ..core import similarity
from .crm_lead_duplicates import MAIL_PROVIDERS, PROVIDERS_PARAM
from .crm_lead_similar_keys import domain_name

TOTAL_PARAM = "crm_lead_convert.company_word_total"
# "pairs other": WordFrequencies.namesakes, counted with the words
NAMESAKES_PARAM = "crm_lead_convert.company_namesake_pairs"
# A company email domain is judged by this many of its company keys at most (similarity.provider_like): a
# company's own domain holds a few spellings of its name, a provider's many names.
PROVIDER_NAMES_READ = 50
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
        """Count the words of every lead's company key again, in one statement, the common names
        (``crm.lead.company.name``) and the pairs of one name written by two persons
        (``_count_namesakes``); add what the tables of company names lack
        (``crm.lead._similar_repair_company_tables``)."""
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
        self._refresh_provider_like_domains()
        self.env["ir.config_parameter"].sudo().set_param(
            NAMESAKES_PARAM, " ".join(map(str, self._count_namesakes()))
        )
        self.invalidate_model()
        self.env["crm.lead"]._similar_repair_company_tables()
        self.env["crm.lead.company.name"]._refresh()

    @api.model
    def _refresh_provider_like_domains(self):
        """Count the company email domains taken for providers' again (``_count_provider_like_domains``) and
        keep them in ``PROVIDERS_PARAM``, none held as no parameter."""
        self.env["ir.config_parameter"].sudo().set_param(
            PROVIDERS_PARAM, " ".join(self._count_provider_like_domains()) or False
        )

    @api.model
    def _count_provider_like_domains(self):
        """Return, sorted, the company email domains that the leads at them show to be public providers'
        (``similarity.provider_like``): those of several company keys, each judged by up to
        ``PROVIDER_NAMES_READ`` of them, merged records left out."""
        self.env["crm.lead"].flush_model(["similar_company_key", "email_domain_criterion", "merged_into_id"])
        self.env.cr.execute(
            SQL(
                """SELECT substr(email_domain_criterion, 2),
                          (array_agg(DISTINCT similar_company_key))[1:%(most)s]
                     FROM crm_lead
                    WHERE starts_with(email_domain_criterion, '@') AND similar_company_key IS NOT NULL
                      AND merged_into_id IS NULL
                      AND NOT substr(email_domain_criterion, 2) = ANY(%(providers)s)
                 GROUP BY email_domain_criterion
                   HAVING count(DISTINCT similar_company_key) >= %(least)s""",
                most=PROVIDER_NAMES_READ,
                providers=sorted(MAIL_PROVIDERS),
                least=similarity.PROVIDER_LIKE_COMPANIES,
            )
        )
        return sorted(
            domain for domain, names in self.env.cr.fetchall() if similarity.provider_like(domain, names)
        )

    @api.model
    def _count_namesakes(self):
        """Return ``similarity.WordFrequencies.namesakes``: ``(pairs, from other domains)`` of the leads under
        one company key held by at most ``similarity.COMMON_NAME_LEADS`` leads, naming two persons without a
        word in common (their contact keys, initials too), both writing from a company email domain (not a
        public provider), of one company or of none, and of those the pairs whose domains' names differ (the
        longest label). The core also takes one name under two countries' domains ("vandeven.nl" /
        "vandeven.be") for two domains; the count does not, so that it stays the estimate
        ``similarity.NAMESAKE_SHARE`` was set against."""
        self.env["crm.lead"].flush_model(
            [
                "similar_company_key",
                "similar_contact_key",
                "email_domain_criterion",
                "merged_into_id",
                "company_id",
            ]
        )
        self.env.cr.execute(
            SQL(
                """
                WITH named AS (
                    SELECT lead.id, lead.company_id, lead.similar_company_key AS company,
                           string_to_array(lead.similar_contact_key, ' ') AS contact,
                           %(domain)s AS domain
                      FROM crm_lead lead
                     WHERE lead.merged_into_id IS NULL AND lead.similar_contact_key IS NOT NULL
                       AND starts_with(lead.email_domain_criterion, '@')
                       AND NOT substr(lead.email_domain_criterion, 2) = ANY(%(providers)s)
                       AND lead.similar_company_key IN (
                               SELECT similar_company_key FROM crm_lead
                                WHERE similar_company_key IS NOT NULL AND merged_into_id IS NULL
                             GROUP BY similar_company_key HAVING count(*) BETWEEN 2 AND %(most)s)
                )
                SELECT count(*), count(*) FILTER (WHERE a.domain != b.domain)
                  FROM named a JOIN named b ON b.company = a.company AND b.id > a.id
                 WHERE NOT a.contact && b.contact
                   AND (a.company_id IS NULL OR b.company_id IS NULL OR a.company_id = b.company_id)
                """,
                providers=sorted(MAIL_PROVIDERS),
                most=similarity.COMMON_NAME_LEADS,
                domain=domain_name(SQL("substr(lead.email_domain_criterion, 2)")),
            )
        )
        return self.env.cr.fetchone()

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
        params = self.env["ir.config_parameter"].sudo()
        total = int(params.get_param(TOTAL_PARAM, 0) or 0)
        if not total:
            return similarity.NO_FREQUENCIES
        return similarity.WordFrequencies(counts, total, common, self._namesakes_counted())

    @api.model
    def _namesakes_counted(self):
        """Return the pairs ``_count_namesakes`` counted last, as stored; ``(0, 0)``, which changes nothing,
        where the stored value is not two numbers (edited by hand): Similar Leads must not fail on it."""
        value = self.env["ir.config_parameter"].sudo().get_param(NAMESAKES_PARAM) or ""
        try:
            pairs, other_domains = map(int, value.split())
        except ValueError:
            return (0, 0)
        return (pairs, other_domains)
