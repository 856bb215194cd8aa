from unittest.mock import patch

from odoo import SUPERUSER_ID, Command, api
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

    def test_a_record_another_transaction_only_refers_to_is_merged(self):
        """Another transaction adding a row that refers to a record (a tag, the duplicate scan's pairs of
        records) holds no lock a merge or an undo must wait for: they go on, and stay refused while a merge
        holds the records."""
        first, second, _third = self.lead_ids
        with self.env.registry.cursor() as cr_other, self.env.registry.cursor() as cr_maya:
            tag = api.Environment(cr_other, SUPERUSER_ID, {})["crm.tag"].create({"name": "Rapat"})
            cr_other.execute("INSERT INTO crm_tag_rel (lead_id, tag_id) VALUES (%s, %s)", (first, tag.id))
            cr_maya.execute("SET LOCAL lock_timeout = '2s'")
            leads = self.user_env(cr_maya)["crm.lead"].browse([first, second])
            survivor = leads.merge_opportunity()
            self.assertEqual(survivor.id, first)
            survivor.action_undo_merge()
            self.assertTrue(all(leads.mapped("active")))
            cr_maya.rollback()
            cr_other.rollback()

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


@tagged("post_install", "-at_install")
class TestDuplicatesStopConcurrency(TransactionCase):
    """Stop on Duplicates while the background merges: the background and the user in transactions of their
    own, on groups committed for the test and deleted afterwards."""

    def setUp(self):
        super().setUp()
        with self.env.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            leads = env["crm.lead"].create(
                [
                    {"name": f"{name}{number}", "email_from": f"info@{name.lower()}.example"}
                    for name in ("Berhenti", "Lanjut")
                    for number in (1, 2)
                ]
            )
            groups = env["crm.lead.duplicate.group"].create(
                [
                    {
                        "lead_ids": [Command.set(leads[start : start + 2].ids)],
                        "score": 99,
                        "state": "merging",
                        "merge_user_id": env.ref("base.user_admin").id,
                    }
                    for start in (0, 2)
                ]
            )
            cr.execute("SELECT COALESCE(max(id), 0) FROM ir_cron_trigger")
            self.last_trigger_id = cr.fetchone()[0]
            cr.commit()  # pylint: disable=invalid-commit
        self.lead_ids, self.group_ids = leads.ids, groups.ids
        self.addCleanup(self._delete_records)

    def _delete_records(self):
        with self.env.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["crm.lead.duplicate.group"].browse(self.group_ids).exists().unlink()
            env["crm.lead"].with_context(active_test=False).browse(self.lead_ids).exists().unlink()
            cr.execute("DELETE FROM ir_cron_trigger WHERE id > %s", [self.last_trigger_id])
            cr.commit()  # pylint: disable=invalid-commit

    def test_a_group_stopped_while_the_batch_runs_is_left_stopped_without_error(self):
        """Stop committed after the batch began (it read the group as waiting): the batch leaves the group as
        stopped, logs no error and has a run soon take what may still wait; the other group is merged."""
        stopped_id, merged_id = self.group_ids
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        with self.env.registry.cursor() as cr_batch:
            batch_env = api.Environment(cr_batch, SUPERUSER_ID, {})
            # the batch's transaction sees the database as it was when it began
            cr_batch.execute("SELECT count(*) FROM crm_lead_duplicate_group")
            with self.env.registry.cursor() as cr_user:
                admin_env = api.Environment(cr_user, self.env.ref("base.user_admin").id, {})
                admin_env["crm.lead.duplicate.group"].browse(stopped_id).action_stop()
                cr_user.commit()  # pylint: disable=invalid-commit
            triggers = batch_env["ir.cron.trigger"].search_count([("cron_id", "=", cron.id)])
            with (
                self.assertNoLogs("odoo.sql_db", "ERROR"),
                patch.object(type(self.env["res.users"]), "_bus_send", autospec=True),
            ):
                batch_env["crm.lead.duplicate.group"]._cron_merge()
            self.assertGreater(
                batch_env["ir.cron.trigger"].search_count([("cron_id", "=", cron.id)]), triggers
            )
            cr_batch.commit()  # pylint: disable=invalid-commit
        with self.env.registry.cursor() as cr:
            groups = api.Environment(cr, SUPERUSER_ID, {})["crm.lead.duplicate.group"]
            self.assertEqual(groups.browse(stopped_id).state, "to_review")
            self.assertRegex(groups.browse(stopped_id).merge_error, "^Stopped by ")
            self.assertFalse(groups.browse(stopped_id).lead_ids.filtered("merged_into_id"))
            self.assertEqual(groups.browse(merged_id).state, "merged")
