from odoo import api, fields, models
from odoo.tools import SQL


class CrmLeadDuplicateCandidate(models.Model):
    """A pair of records the first scheduled duplicate scan is to score: all of them found at once when that
    scan starts, by the candidate search's join of the whole table, then read batch by batch. Each batch ran
    that join over the whole table again for its own leads before (about 50 minutes for a million leads,
    against half a minute once). Emptied when the scan ends. Written and read by the scan only.

    The records are plain ids, not links: a lead deleted during the scan leaves its pairs, which the batches
    skip (they read only the pairs of two records still scanned), and deleting a lead need not look here.
    """

    _name = "crm.lead.duplicate.candidate"
    _description = "Duplicate Scan Candidate Pair"
    _log_access = False

    left_id = fields.Integer(required=True, readonly=True, index=True)
    right_id = fields.Integer(required=True, readonly=True)

    @api.model
    def _fill(self, pairs_query):
        """Keep the pairs ``(left id, right id)`` that ``pairs_query`` (SQL) selects, instead of any kept."""
        self.env.cr.execute(SQL("TRUNCATE crm_lead_duplicate_candidate"))
        self.env.cr.execute(
            SQL("INSERT INTO crm_lead_duplicate_candidate (left_id, right_id) %s", pairs_query)
        )
        self.env.cr.execute(SQL("ANALYZE crm_lead_duplicate_candidate"))

    @api.model
    def _pairs_of(self, left_ids, scanned_left, scanned_right):
        """Return the kept pairs whose left id is one of ``left_ids`` and whose records are still there and
        scanned: ``scanned_left`` and ``scanned_right`` are the scan's condition on ``left`` and
        ``right``."""
        self.env.cr.execute(
            SQL(
                """SELECT candidate.left_id, candidate.right_id
                     FROM crm_lead_duplicate_candidate candidate
                     JOIN crm_lead "left" ON "left".id = candidate.left_id
                     JOIN crm_lead "right" ON "right".id = candidate.right_id
                    WHERE candidate.left_id = ANY(%s) AND %s AND %s""",
                list(left_ids),
                scanned_left,
                scanned_right,
            )
        )
        return sorted(self.env.cr.fetchall())

    @api.model
    def _clear(self):
        """Forget every kept pair."""
        self.env.cr.execute(SQL("TRUNCATE crm_lead_duplicate_candidate"))
