from odoo.tests import tagged

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestMergeRecordAccess(CrmLeadConvertCase):
    """A merge record keeps the merged leads' values: only who may read the surviving lead may read it."""

    def test_salesperson_reads_merges_of_own_leads_only(self):
        leads = self.env["crm.lead"].create(
            [
                {"name": "Broodkratten", "type": "lead", "user_id": self.salesperson_other.id},
                {"name": "Broodkratten (2)", "type": "lead", "user_id": self.salesperson_other.id},
            ]
        )
        survivor = leads.merge_opportunity()
        merge = survivor.merge_record_ids
        self.assertEqual(len(merge), 1)
        MergeRecord = self.env["crm.lead.merge.record"]
        self.assertEqual(MergeRecord.with_user(self.salesperson_other).search([("id", "=", merge.id)]), merge)
        self.assertFalse(MergeRecord.with_user(self.salesperson).search([("id", "=", merge.id)]))
        self.assertEqual(MergeRecord.with_user(self.manager).search([("id", "=", merge.id)]), merge)
