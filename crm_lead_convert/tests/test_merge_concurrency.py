from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestMergeConcurrency(TransactionCase):
    """Two users merging overlapping records at the same time: one succeeds, the other is told why.

    The test's own transaction cannot see data committed after it began, so both users work in transactions
    of their own on records committed for the test and deleted afterwards.
    """

    def setUp(self):
        super().setUp()
        with self.env.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            leads = env["crm.lead"].create(
                [
                    {"name": "Meja rapat (first)", "email_from": "rapat@example.com"},
                    {"name": "Meja rapat (second)", "email_from": "rapat@example.com"},
                    {"name": "Meja rapat (third)", "email_from": "rapat@example.com"},
                ]
            )
            # two transactions can only compete for rows both can see: committed ones, deleted in cleanup
            cr.commit()  # pylint: disable=invalid-commit
        self.lead_ids = leads.ids
        self.addCleanup(self._delete_leads)

    def _delete_leads(self):
        with self.env.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["crm.lead"].with_context(active_test=False).browse(self.lead_ids).exists().unlink()
            cr.commit()  # pylint: disable=invalid-commit

    def user_env(self, cr):
        return api.Environment(cr, self.env.ref("base.user_admin").id, {})

    @mute_logger("odoo.sql_db")
    def test_overlapping_merges_one_succeeds_the_other_is_told(self):
        first, second, third = self.lead_ids
        with self.env.registry.cursor() as cr_maya, self.env.registry.cursor() as cr_budi:
            maya_leads = self.user_env(cr_maya)["crm.lead"].browse([first, second])
            budi_leads = self.user_env(cr_budi)["crm.lead"].browse([second, third])
            # without the merge's own lock, Budi's merge would wait for Maya's: fail instead of hanging
            cr_budi.execute("SET LOCAL lock_timeout = '2s'")

            survivor = maya_leads.merge_opportunity()  # holds the rows' locks until it commits
            with self.assertRaisesRegex(
                UserError, "Another user is merging or unmerging some of these records"
            ):
                budi_leads.merge_opportunity()
            self.assertFalse(
                self.user_env(cr_budi)["crm.lead.merge.record"].search(
                    [("survivor_id", "in", self.lead_ids)]
                ),
                "the refused merge left nothing behind",
            )
            self.assertTrue(all(budi_leads.mapped("active")))
            cr_budi.rollback()
            cr_maya.commit()

        self.assertEqual(survivor.id, first)
        with self.env.registry.cursor() as cr_budi:
            budi_leads = self.user_env(cr_budi)["crm.lead"].browse([second, third])
            with self.assertRaisesRegex(UserError, "“Meja rapat \\(second\\)” was already merged into"):
                budi_leads.merge_opportunity()

    @mute_logger("odoo.sql_db")
    def test_undo_while_another_user_merges_is_refused(self):
        first, second, third = self.lead_ids
        with self.env.registry.cursor() as cr_maya:
            self.user_env(cr_maya)["crm.lead"].browse([first, second]).merge_opportunity()
            cr_maya.commit()
        with self.env.registry.cursor() as cr_maya, self.env.registry.cursor() as cr_budi:
            self.user_env(cr_budi)["crm.lead"].browse([first, third]).merge_opportunity()
            cr_maya.execute("SET LOCAL lock_timeout = '2s'")
            with self.assertRaisesRegex(UserError, "Another user is merging or unmerging"):
                self.user_env(cr_maya)["crm.lead"].browse(first).action_undo_merge()
            cr_budi.rollback()
            cr_maya.rollback()

    def test_what_the_merging_transaction_did_next_is_undone_too(self):
        """Committing keeps, as the merge's result, what the transaction did after merging (the Convert
        pop-up converts and assigns the survivor): undo restores the records from before all of it."""
        first, second, _third = self.lead_ids
        with self.env.registry.cursor() as cr_maya:
            leads = self.user_env(cr_maya)["crm.lead"].browse([first, second])
            before = leads.read(["active", "phone", "expected_revenue", "type"])
            survivor = leads.merge_opportunity()
            survivor.write({"phone": "+62 811 0000 0000", "expected_revenue": 1234})
            cr_maya.commit()  # pylint: disable=invalid-commit
        with self.env.registry.cursor() as cr_maya:
            leads = self.user_env(cr_maya)["crm.lead"].with_context(active_test=False).browse([first, second])
            leads[0].action_undo_merge()
            self.assertEqual(leads.read(["active", "phone", "expected_revenue", "type"]), before)
            cr_maya.rollback()
