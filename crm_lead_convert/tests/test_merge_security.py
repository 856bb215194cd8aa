from odoo.tests import tagged

from .common import CrmLeadConvertCase


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
