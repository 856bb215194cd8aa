from odoo import api, fields, models
from odoo.tools import SQL

# Pairs written by one INSERT.
INSERT_BATCH_SIZE = 5000
# The fields of a lead that say whether the scan looks at it (crm_lead_duplicate_scan.scanned): written
# before the scan reads them in SQL.
SCANNED_FIELDS = ["active", "merged_into_id", "probability"]


class CrmLeadDuplicatePair(models.Model):
    """Two records the duplicate scan found to match, kept between the scan's batches and from one scan to
    the next: an incremental scan scores again only the pairs of the records changed since, and groups
    (``crm.lead.duplicate.group``) are made from all of them. Written and read by the scan only."""

    _name = "crm.lead.duplicate.pair"
    _description = "Matching Leads Pair"
    _log_access = False

    left_id = fields.Many2one("crm.lead", required=True, readonly=True, ondelete="cascade")
    right_id = fields.Many2one("crm.lead", required=True, readonly=True, index=True, ondelete="cascade")
    score = fields.Integer(readonly=True)
    evidence = fields.Float(readonly=True)
    group_batch = fields.Integer(
        string="Grouping Batch",
        readonly=True,
        index="btree_not_null",
        help="The batch of the scheduled scan that is to make the group of this pair's records; empty when "
        "none is to.",
    )

    _sql_constraints = (
        # the unique index, (left_id, right_id), serves the lookups by left_id
        ("pair_unique", "UNIQUE(left_id, right_id)", "A pair of records is kept once."),
        ("pair_ordered", "CHECK(left_id < right_id)", "A pair names its records in id order."),
    )

    @api.model
    def _store(self, scored):
        """Keep ``scored``, ``[(left id, right id, score, evidence)]``, replacing what a pair held."""
        for start in range(0, len(scored), INSERT_BATCH_SIZE):
            self.env.cr.execute(
                SQL(
                    """INSERT INTO crm_lead_duplicate_pair (left_id, right_id, score, evidence) VALUES %s
                       ON CONFLICT (left_id, right_id)
                       DO UPDATE SET score = EXCLUDED.score, evidence = EXCLUDED.evidence""",
                    SQL(", ").join(
                        SQL("(%s, %s, %s, %s)", *row) for row in scored[start : start + INSERT_BATCH_SIZE]
                    ),
                )
            )
        self.invalidate_model()

    @api.model
    def _forget(self, lead_ids=None):
        """Forget the pairs of ``lead_ids``, or every pair when None."""
        if lead_ids is None:
            self.env.cr.execute(SQL("DELETE FROM crm_lead_duplicate_pair"))
        else:
            self.env.cr.execute(
                SQL(
                    "DELETE FROM crm_lead_duplicate_pair WHERE left_id = ANY(%s) OR right_id = ANY(%s)",
                    list(lead_ids),
                    list(lead_ids),
                )
            )
        self.invalidate_model()

    @api.model
    def _plan_batches(self, batches):
        """Note the batch, 1, 2..., that is to make the groups of the pairs of each of ``batches`` (lists of
        record ids, each holding every record linked to its own through pairs), instead of any noted: the
        pairs both of whose records it holds. A pair with a record in no batch (not scanned when planned)
        is in none, so that a record scanned again meanwhile is never in two batches; the next scan sees to
        it."""
        self.env.cr.execute(
            SQL("UPDATE crm_lead_duplicate_pair SET group_batch = NULL WHERE group_batch IS NOT NULL")
        )
        for number, lead_ids in enumerate(batches, 1):
            self.env.cr.execute(
                SQL(
                    """UPDATE crm_lead_duplicate_pair SET group_batch = %s
                        WHERE left_id = ANY(%s) AND right_id = ANY(%s)""",
                    number,
                    list(lead_ids),
                    list(lead_ids),
                )
            )
        self.invalidate_model(["group_batch"])

    @api.model
    def _next_batch(self, scanned):
        """Return the next batch noted (``_plan_batches``): its number (0 when none is), the ids of its
        records, and its pairs ``[(left id, right id, score, evidence)]`` whose records are both scanned
        (``scanned``, a condition on ``lead``) now."""
        self.env["crm.lead"].flush_model(SCANNED_FIELDS)
        self.env.cr.execute(
            SQL("SELECT min(group_batch) FROM crm_lead_duplicate_pair WHERE group_batch IS NOT NULL")
        )
        number = self.env.cr.fetchone()[0] or 0
        if not number:
            return 0, [], []
        self.env.cr.execute(
            SQL(
                """SELECT pair.left_id, pair.right_id, pair.score, pair.evidence,
                          EXISTS (SELECT FROM crm_lead lead WHERE lead.id = pair.left_id AND %s)
                          AND EXISTS (SELECT FROM crm_lead lead WHERE lead.id = pair.right_id AND %s)
                     FROM crm_lead_duplicate_pair pair
                    WHERE pair.group_batch = %s
                 ORDER BY pair.left_id, pair.right_id""",
                scanned,
                scanned,
                number,
            )
        )
        rows = self.env.cr.fetchall()
        lead_ids = sorted({lead_id for row in rows for lead_id in row[:2]})
        return number, lead_ids, [tuple(row[:4]) for row in rows if row[4]]

    @api.model
    def _batch_done(self, number):
        """Note that the batch ``number`` made its groups; return how many records the batches still to come
        hold."""
        self.env.cr.execute(
            SQL("UPDATE crm_lead_duplicate_pair SET group_batch = NULL WHERE group_batch = %s", number)
        )
        self.env.cr.execute(
            SQL(
                """SELECT count(*)
                     FROM (SELECT left_id FROM crm_lead_duplicate_pair WHERE group_batch IS NOT NULL
                            UNION
                           SELECT right_id FROM crm_lead_duplicate_pair WHERE group_batch IS NOT NULL
                          ) AS records"""
            )
        )
        self.invalidate_model(["group_batch"])
        return self.env.cr.fetchone()[0]

    @api.model
    def _kept(self, scanned, lead_ids=None):
        """Return ``[(left id, right id, score, evidence)]``: the pairs both of whose records are scanned
        (``scanned``, a condition on ``lead``) now, and among ``lead_ids`` if given."""
        among = (
            SQL("TRUE")
            if lead_ids is None
            else SQL("pair.left_id = ANY(%s) AND pair.right_id = ANY(%s)", list(lead_ids), list(lead_ids))
        )
        self.env["crm.lead"].flush_model(SCANNED_FIELDS)
        self.env.cr.execute(
            SQL(
                """SELECT pair.left_id, pair.right_id, pair.score, pair.evidence
                     FROM crm_lead_duplicate_pair pair
                    WHERE %s
                      AND EXISTS (SELECT FROM crm_lead lead WHERE lead.id = pair.left_id AND %s)
                      AND EXISTS (SELECT FROM crm_lead lead WHERE lead.id = pair.right_id AND %s)
                 ORDER BY pair.left_id, pair.right_id""",
                among,
                scanned,
                scanned,
            )
        )
        return self.env.cr.fetchall()
