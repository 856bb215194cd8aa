from contextlib import contextmanager
from unittest.mock import patch

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import CrmLeadConvertCase
from .common_merge import CrmLeadMergeCase


@tagged("post_install", "-at_install")
class TestMergeRecordAccess(CrmLeadConvertCase):
    """A merge record keeps the merged leads' values: a salesperson reads only the merges they made."""

    def test_salesperson_reads_own_merges_only(self):
        leads = self.env["crm.lead"].create(
            [
                {"name": "Broodkratten", "type": "lead", "user_id": self.salesperson_other.id},
                {"name": "Broodkratten (2)", "type": "lead", "user_id": self.salesperson_other.id},
            ]
        )
        survivor = leads.with_user(self.salesperson_other).merge_opportunity()
        merge = survivor.merge_record_ids
        self.assertEqual(len(merge), 1)
        MergeRecord = self.env["crm.lead.merge.record"]
        self.assertEqual(MergeRecord.with_user(self.salesperson_other).search([("id", "=", merge.id)]), merge)
        self.assertFalse(MergeRecord.with_user(self.salesperson).search([("id", "=", merge.id)]))
        self.assertEqual(MergeRecord.with_user(self.manager).search([("id", "=", merge.id)]), merge)

    def test_a_merge_that_can_be_undone_is_not_deleted(self):
        """A manager may delete a merge once undone, not before: its merged records would stay archived and
        merged for good. Deleting the kept record deletes the merge with the records."""
        leads = self.env["crm.lead"].create(
            [{"name": "Broodkratten", "type": "lead"}, {"name": "Broodkratten (2)", "type": "lead"}]
        )
        survivor = leads.merge_opportunity()
        merge = survivor.merge_record_ids.with_user(self.manager)
        with self.assertRaisesRegex(UserError, "can still be undone: undo it first"):
            merge.unlink()
        self.assertTrue(merge.exists())
        survivor.action_undo_merge()
        merge.unlink()
        self.assertFalse(merge.exists())
        self.assertTrue(all(leads.mapped("active")))

        survivor = leads.merge_opportunity()
        merge = survivor.merge_record_ids
        survivor.unlink()
        self.assertFalse(merge.exists() or leads.exists())


@tagged("post_install", "-at_install")
class TestMergeInLeadAssignment(CrmLeadConvertCase):
    """Stock lead assignment merges duplicates and deletes them; here they stay archived, recoverable."""

    def test_assignment_keeps_merged_duplicates(self):
        leads = self.env["crm.lead"].create(
            [
                {
                    "name": "Offerte",
                    "type": "lead",
                    "email_from": "inkoop@bakkerijvisser.nl",
                    "user_id": False,
                },
                {
                    "name": "Offerte (2)",
                    "type": "lead",
                    "email_from": "inkoop@bakkerijvisser.nl",
                    "user_id": False,
                },
            ]
        )
        self.assertFalse(leads.team_id)
        self.team_leads._allocate_leads()
        self.assertEqual(leads.exists(), leads)
        merged = leads.filtered("merged_into_id")
        self.assertEqual(len(merged), 1)
        self.assertFalse(merged.active)
        self.assertEqual(merged.merged_into_id, leads - merged)


@tagged("post_install", "-at_install")
class TestMergeRecordValues(CrmLeadMergeCase):
    """What a merge keeps for its undo is read by the addon as superuser, never by the user."""

    @contextmanager
    def field_limited_to_admins(self, fname):
        """Limit a lead field to a group, as event_crm limits its registrations to the registration desk."""
        with patch.object(self.env["crm.lead"]._fields[fname], "groups", "base.group_system"):
            yield

    def test_merge_record_does_not_show_values_the_user_may_not_read(self):
        self.opportunity.date_conversion = "2023-12-31 23:59:00"
        with self.field_limited_to_admins("date_conversion"):
            result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
            merge = result.merge_record_ids.with_user(self.salesperson)

            self.assertNotIn("2023-12-31 23:59:00", str(merge.read()))
            with self.assertRaises(AccessError):
                merge.read(["values_before"])

    def test_undo_restores_fields_limited_to_a_group(self):
        """The merge changed a field the user may not write (event_crm's registrations, moved by its merge
        hook as superuser): undo writes it back as superuser too."""
        self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        self.assertEqual(self.lead.tag_ids, self.tag_furniture | self.tag_bulk)

        with self.field_limited_to_admins("tag_ids"):
            self.lead.with_user(self.salesperson).action_undo_merge()

        self.assertEqual(self.lead.tag_ids, self.tag_furniture)
        self.assertTrue(self.opportunity.active)

    def test_undo_by_a_salesperson_who_did_not_merge(self):
        """A manager merged two of a salesperson's records; the salesperson, who may modify both, undoes
        it from a fresh page (nothing of the merge in memory)."""
        self.merge_from_list(self.lead | self.opportunity, user=self.manager)
        self.env.invalidate_all()

        self.lead.with_user(self.salesperson).action_undo_merge()

        self.assertTrue(self.opportunity.active)
        self.assertFalse(self.lead.can_undo_merge)
