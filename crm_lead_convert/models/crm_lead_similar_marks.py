from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from .crm_lead import notification

# Most records a mark's notification names; more are counted.
NAMED_MARKS_LIMIT = 5


class CrmLead(models.Model):
    """ "Not the same prospect" marks, from a lead's Similar Leads and on its form (crm.lead.not.same.prospect
    keeps them)."""

    # One concern a file (the marks), as the project's style asks: crm.lead is inherited in several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    not_same_prospect_ids = fields.Many2many(
        "crm.lead",
        string="Not the Same Prospect As",
        compute="_compute_not_same_prospect_ids",
        inverse="_inverse_not_same_prospect_ids",
        help="Records marked as other prospects: they and this record leave each other's Similar Leads, for "
        "everyone.",
    )

    # ------------------------------------------------------------
    # COMPUTE
    # ------------------------------------------------------------

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_not_same_prospect_ids(self):
        """The records marked as other prospects, among those the user may read."""
        marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(self._origin.ids)
        readable = self.browse(sorted(set().union(*marked.values())))._filtered_access("read")
        for lead in self:
            lead.not_same_prospect_ids = self.browse(sorted(marked.get(lead._origin.id, ()))) & readable

    def _inverse_not_same_prospect_ids(self):
        """Mark and unmark as the list was edited; only the records the user could see can be unmarked."""
        wanted = {lead: lead.not_same_prospect_ids for lead in self}
        marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(self.ids)
        for lead, others in wanted.items():
            shown = self.browse(sorted(marked.get(lead.id, ())))._filtered_access("read")
            if shown - others:
                lead._unmark_not_same_prospect(shown - others)
            if others - shown:
                lead._mark_not_same_prospect(others - shown)

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_mark_not_same_prospect(self):
        """Mark these records, from the Similar Leads of a lead, as other prospects than that lead.

        Each pair leaves both records' Similar Leads, for everyone, until the mark is taken back on the form
        of either record. A notification says so, and how to take it back: the records just leave the list.
        """
        reference = self.browse(self.env.context.get("similar_lead_id")).exists()
        if not reference:
            raise UserError(
                self.env._("Open the Similar Leads of a lead to mark records there as different prospects.")
            )
        others = self - reference
        if not others:
            raise UserError(
                self.env._(
                    "Select the records that are other prospects than %(lead)s: it is the lead they are "
                    "compared with.",
                    lead=reference._quoted_names(),
                )
            )
        reference._mark_not_same_prospect(others)
        reference, others = self._told_apart(reference, others)
        if len(others) > NAMED_MARKS_LIMIT:
            message = self.env._(
                "Marked as other prospects than %(lead)s: %(count)s records. To take a mark back, remove it "
                "on the Not the Same Prospect tab of either record.",
                lead=reference._quoted_names(),
                count=len(others),
            )
        else:
            message = self.env._(
                "Marked as other prospects than %(lead)s: %(records)s. To take a mark back, remove it on the "
                "Not the Same Prospect tab of either record.",
                lead=reference._quoted_names(),
                records=others._quoted_names(),
            )
        return notification(message)

    # ------------------------------------------------------------
    # BUSINESS HELPERS
    # ------------------------------------------------------------

    def _mark_not_same_prospect(self, others):
        """Mark ``others`` as other prospects than this lead, both ways, if the user may modify them all."""
        self.ensure_one()
        (self | others)._check_may_mark_not_same_prospect(unmark=False)
        self.env["crm.lead.not.same.prospect"]._mark(self, others)
        self._invalidate_not_same_prospect()
        # a group of Duplicates holding two of them is made afresh at once: Merge on it must not merge them
        self.env["crm.lead.duplicate.group"].sudo()._scan_regroup_marked(self | others)

    def _unmark_not_same_prospect(self, others):
        """Take back the marks between this lead and ``others``, if the user may modify them all."""
        self.ensure_one()
        (self | others)._check_may_mark_not_same_prospect(unmark=True)
        self.env["crm.lead.not.same.prospect"]._unmark(self, others)
        self._invalidate_not_same_prospect()

    def _check_may_mark_not_same_prospect(self, unmark):
        """Refuse, naming only the records the user may read, unless the user may modify all of these."""
        forbidden = self - self._filtered_access("write")
        if not forbidden:
            return
        named = forbidden._filtered_access("read")
        names = named._quoted_names()
        if unmark and named:
            message = self.env._(
                "You are not allowed to modify %(records)s, so you cannot take back the mark "
                "“Not the Same Prospect”.",
                records=names,
            )
        elif unmark:
            message = self.env._(
                "You are not allowed to modify some of these records, so you cannot take back the mark "
                "“Not the Same Prospect”."
            )
        elif named:
            message = self.env._(
                "You are not allowed to modify %(records)s, so you cannot mark them as different prospects.",
                records=names,
            )
        else:
            message = self.env._(
                "You are not allowed to modify some of these records, so you cannot mark them as "
                "different prospects."
            )
        raise AccessError(message)

    def _invalidate_not_same_prospect(self):
        # every lead's Similar Leads may hold one of the pairs
        self.env["crm.lead"].invalidate_model(
            ["duplicate_lead_ids", "duplicate_lead_count", "not_same_prospect_ids"]
        )
