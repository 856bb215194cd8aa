from odoo import api, models
from odoo.exceptions import UserError
from odoo.tools import format_list

from ..core import merge_plan
from .crm_lead_merge import MERGE_MARK_KEY


class CrmLead(models.Model):
    """What may be merged, whatever the way: by the user, lead assignment or the mass conversion; and how a
    merged record comes back."""

    # One concern a file (what may be merged), as the project's style asks: crm.lead is inherited in several.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    # ------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        """Refuse to create a record marked as merged: only a merge marks one (see :meth:`write`)."""
        if not self.env.context.get(MERGE_MARK_KEY) and not self.env.su:
            for vals in vals_list:
                if vals.get("merged_into_id"):
                    raise UserError(self._merge_mark_message(vals.get("name") or ""))
        return super().create(vals_list)

    def write(self, vals):
        """Refuse to make a merged record active again while it stays marked as merged: point to Undo Merge.

        Unarchiving it (``action_unarchive``, ``toggle_active``, *Restore*, *Mark as Won*) would leave it
        active and still merged into the kept record, its messages, attachments and activities there. It is
        refused rather than taken out of the merge alone: the kept record holds values merged from it among
        the others', which cannot be told apart once the kept record was worked on. Undo Merge restores every
        record of the merge exactly, or says what stands in the way; it clears the mark in the same write.

        The mark (``merged_into_id``) is read-only in the form only: through the API it could be cleared
        along with the unarchiving, leaving Undo Merge refused for good. Only the merge and its undo change it
        (context key ``MERGE_MARK_KEY``); code running as superuser may too, as any read-only field.
        """
        if not self.env.context.get(MERGE_MARK_KEY):
            if "merged_into_id" in vals and not self.env.su:
                self._check_merge_mark_kept(vals["merged_into_id"])
            if vals.get("active"):
                merged = self.filtered(lambda lead: lead.merged_into_id and not lead.active)
                if merged:
                    raise UserError(merged[0]._merged_restore_message())
        return super().write(vals)

    def action_set_lost(self, **additional_values):
        """Refuse to mark a merged record as lost (:meth:`_check_not_merged_for_lost`). Its form hides Lost,
        the Lost pop-up refuses it too."""
        self._check_not_merged_for_lost()
        return super().action_set_lost(**additional_values)

    def _check_not_merged_for_lost(self):
        """Refuse, with the way out, when one of these records was merged: it is archived as a part of the
        record it was merged into, not lost, and a lost reason would be a change Undo Merge does not know."""
        merged = self.filtered("merged_into_id")[:1]
        if merged:
            raise UserError(merged._merged_lost_message())

    def unlink(self):
        """Delete these records with those merged into them, at every depth: archived parts of them, kept for
        Undo Merge, which their deletion ends. Left behind, they would look like any other archived record,
        their messages, attachments and activities gone with the record they were merged into, and no way
        back: a deletion of the kept record (by hand, by Data Cleaning, by a privacy request) is one of the
        prospect's records. Stock Odoo deletes them as it merges."""
        merged = self.browse()
        found = self
        while found:
            found = (
                self.sudo()
                .with_context(active_test=False)
                .search([("merged_into_id", "in", found.ids), ("id", "not in", (self | merged).ids)])
            )
            merged |= self.browse(found.ids)
        return super(CrmLead, self | merged).unlink()

    def _check_merge_mark_kept(self, survivor_id):
        """Refuse to set, change or clear the record these records were merged into (``survivor_id``)."""
        changed = self.filtered(lambda lead: lead.merged_into_id.id != (survivor_id or False))
        merged = changed.filtered("merged_into_id")
        if merged:
            raise UserError(merged[0]._merged_restore_message())
        if changed:
            raise UserError(self._merge_mark_message(changed[0].display_name))

    @api.model
    def _merge_mark_message(self, name):
        """Return why the record ``name`` cannot be marked as merged by hand, and the way: Merge."""
        return self.env._(
            "“%(lead)s” can only be marked as merged by merging it: select it with the records to merge it "
            "with, then use Merge.",
            lead=name,
        )

    def _merged_lost_message(self):
        """Return why this merged record cannot be marked lost, and what to do: mark the record it is a part
        of now as lost, the one it was merged into, or that one's own survivor where it was merged in turn."""
        survivor = self.merged_into_id.sudo()
        seen = self | survivor
        while survivor.merged_into_id and survivor.merged_into_id not in seen:
            survivor = survivor.merged_into_id
            seen |= survivor
        lead, survivor = self._told_apart(self, survivor)
        return self.env._(
            "“%(lead)s” was merged into “%(survivor)s” and is now part of it. Mark “%(survivor)s” as lost "
            "instead, or undo the merge first.",
            lead=lead.display_name,
            survivor=survivor.display_name,
        )

    def _merged_restore_message(self):
        """Return why this merged record cannot come back alone, and the way: Undo Merge on the kept one. Of
        one title, as a record entered twice often is, the two are told apart by when they were created."""
        # the name the form shows in the link, whatever the access to the record
        lead, survivor = self._told_apart(self, self.merged_into_id.sudo())
        return self.env._(
            "“%(lead)s” was merged into “%(survivor)s”. To restore it, use Undo Merge on “%(survivor)s”.",
            lead=lead.display_name,
            survivor=survivor.display_name,
        )

    # ------------------------------------------------------------
    # MERGE
    # ------------------------------------------------------------

    def _get_lead_duplicates(self, partner=None, email=None, include_lost=False):
        """Leave out the records merged away, and, for one lead, those it may not be merged with.

        Without ``include_lost`` stock Odoo finds active records only, which merged records are not. Lead
        assignment merges a lead with its duplicates: those of another company are left out
        (``merge_plan.mergeable_in_company``), and the lead is assigned alone when no other is left.
        """
        duplicates = super()._get_lead_duplicates(partner=partner, email=email, include_lost=include_lost)
        if include_lost:
            duplicates = duplicates.filtered(lambda lead: not lead.merged_into_id)
        if len(self) == 1 and duplicates:
            duplicates = duplicates._filter_mergeable_in_company(self.company_id)
        return duplicates

    def _filter_mergeable_in_company(self, company):
        """Return those of these records that may be merged with a record of ``company`` (or of none)."""
        return self.browse(
            merge_plan.mergeable_in_company(company.id, [(lead.id, lead.company_id.id) for lead in self])
        )

    def _filter_mergeable(self, company):
        """Return those of these records that lead assignment and the mass conversion merge with a lead of
        ``company``: of that company or of none, neither won nor merged already. Only a merge by hand says
        why a record is not merged."""
        candidates = self.filtered(lambda lead: not lead.merged_into_id)
        return (candidates - candidates._won_leads())._filter_mergeable_in_company(company)

    def _merge_check(self):
        """Refuse, with the reason, records the user may not change, merged away, won or of two companies."""
        self._merge_check_writable()
        merged_away = self.filtered("merged_into_id")
        if merged_away:
            lead = merged_away[0]
            raise UserError(
                self.env._(
                    "“%(lead)s” was already merged into “%(survivor)s”. Merge with “%(survivor)s” instead.",
                    lead=lead.display_name,
                    # the name the form shows in the link, whatever the access to the record
                    survivor=lead.merged_into_id.sudo().display_name,
                )
            )
        self._check_not_won(merging=True)
        companies = self.company_id
        if len(companies) > 1:
            raise UserError(
                self.env._(
                    "Records of different companies cannot be merged: %(companies)s.",
                    companies=format_list(self.env, companies.mapped("display_name")),
                )
            )

    @api.model
    def _merge_check_writable(self, undo=False):
        """Refuse records the user may not modify, for a merge or for its ``undo``, naming only the records
        the user may read."""
        forbidden = self - self._filtered_access("write")
        if not forbidden:
            return
        named = forbidden._filtered_access("read")
        if undo and named:
            message = self.env._(
                "You are not allowed to modify %(records)s, so you cannot undo this merge.",
                records=named._quoted_names(),
            )
        elif undo:
            message = self.env._(
                "You are not allowed to modify some of these records, so you cannot undo this merge."
            )
        elif named:
            message = self.env._(
                "You are not allowed to modify %(records)s, so you cannot merge them.",
                records=named._quoted_names(),
            )
        else:
            message = self.env._(
                "You are not allowed to modify some of these records, so you cannot merge them."
            )
        raise UserError(message)
