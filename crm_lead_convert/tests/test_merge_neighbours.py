from odoo import Command
from odoo.tests import tagged

from .common_merge import MAR, CrmLeadMergeCase

NEIGHBOURS = ("sale_crm", "event_crm")


@tagged("post_install", "-at_install")
class TestMergeNeighbours(CrmLeadMergeCase):
    """Merge and undo with stock's neighbours of crm installed for real: sale_crm's quotations and
    event_crm's registrations move to the surviving record and come back on undo.

    ``./run-tests`` runs this class in a second database where both modules are installed; where they are
    not, it is skipped.
    """

    def setUp(self):
        super().setUp()
        installed = self.env["ir.module.module"].search(
            [("name", "in", NEIGHBOURS), ("state", "=", "installed")]
        )
        if len(installed) < len(NEIGHBOURS):
            self.skipTest("needs sale_crm and event_crm installed (run-tests' second database)")
        self.customer = self.env["res.partner"].create({"name": "PT Maju Jaya"})
        self.third = self.new_lead(
            "Kursi kantor (Maret)", MAR, partner_name="PT Maju Jaya", email_from="budi@majujaya.co.id"
        )
        self.quotation = self.env["sale.order"].create(
            {"partner_id": self.customer.id, "opportunity_id": self.third.id, "user_id": self.salesperson.id}
        )
        event = self.env["event.event"].create(
            {
                "name": "Pameran Furnitur Jakarta",
                "date_begin": "2030-03-01 09:00",
                "date_end": "2030-03-02 17:00",
            }
        )
        self.registration = self.env["event.registration"].create(
            {"event_id": event.id, "name": "Budi Santoso", "email": "budi@majujaya.co.id"}
        )
        self.third.sudo().registration_ids = [Command.set(self.registration.ids)]

    def test_quotations_and_registrations_move_and_come_back(self):
        leads = self.lead | self.opportunity | self.third
        survivor = self.merge_from_list(leads, user=self.salesperson)

        self.assertEqual(survivor, self.lead, "the earliest created record survives")
        self.assertEqual(self.quotation.opportunity_id, survivor, "the quotation follows the survivor")
        self.assertEqual(survivor.with_user(self.salesperson).quotation_count, 1)
        self.assertIn(self.registration, survivor.sudo().registration_ids)

        survivor.with_user(self.salesperson).action_undo_merge()

        self.assertTrue(self.third.active)
        self.assertFalse(self.third.merged_into_id)
        self.assertEqual(self.quotation.opportunity_id, self.third, "the quotation is back on its lead")
        self.assertEqual(self.third.sudo().registration_ids, self.registration)
        self.assertNotIn(self.registration, survivor.sudo().registration_ids)
