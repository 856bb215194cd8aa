from contextlib import contextmanager, suppress
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common_merge import MAR, CrmLeadMergeCase


@tagged("post_install", "-at_install")
class TestMergeUndo(CrmLeadMergeCase):
    """Undo Merge on the surviving record restores every record exactly as it was before the merge."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.third = cls.env["crm.lead"].create(
            {
                "name": "Kursi kantor (Maret)",
                "type": "lead",
                "user_id": cls.salesperson.id,
                "team_id": cls.team_leads.id,
                "email_from": "budi@majujaya.co.id",
                "mobile": "+62 813 2222 3333",
                "description": "<p>Third contact</p>",
                "tag_ids": [(6, 0, (cls.tag_bulk | cls.tag_furniture).ids)],
                "priority": "2",
            }
        )
        cls.set_create_date(cls.third, MAR)
        cls.leads = cls.lead | cls.opportunity | cls.third

    def setUp(self):
        super().setUp()
        self.add_related_records(self.lead, "jan")
        self.add_related_records(self.opportunity, "feb")
        self.add_related_records(self.third, "mar")

    def assertRestored(self, before, after):
        """Compare two ``state_of`` results; on the survivor, messages posted by the merge and the undo are
        left out (they log what happened)."""
        known_messages = {message for state in before.values() for message in state["messages"]}
        for lead_id, state in before.items():
            restored = dict(after[lead_id])
            restored["messages"] = [message for message in restored["messages"] if message in known_messages]
            for fname, value in state["fields"].items():
                self.assertEqual(restored["fields"][fname], value, f"{fname} of lead {lead_id}")
            for key, value in state.items():
                self.assertEqual(restored[key], value, f"{key} of lead {lead_id}")

    def undo(self, lead, user=None):
        lead = lead.with_user(user) if user else lead
        action = lead.action_undo_merge()
        # the page reloads, its chatter without the messages gone back to their records
        self.assertEqual(action["tag"], "reload")

    def test_undo_restores_every_field_and_related_record(self):
        before = self.state_of(self.leads)
        result = self.merge_from_list(self.leads, user=self.salesperson)
        self.assertEqual(result, self.lead)
        merged_state = self.state_of(self.leads)
        self.assertNotEqual(merged_state, before, "the merge changed something to undo")
        self.assertNotIn(
            "Subject feb", [subject for _id, subject in merged_state[self.opportunity.id]["messages"]]
        )

        self.undo(result, user=self.salesperson)

        self.assertRestored(before, self.state_of(self.leads))
        self.assertFalse(result.can_undo_merge)
        self.assertFalse(result.merged_lead_ids)

    def test_merged_records_are_noted_merged_not_lost_then_not_restored(self):
        """Archived by the merge, a record is not lost: its chatter notes what it was merged into, as a
        note, and the followers of lost opportunities are not told; the undo is noted so too."""
        lost, restored = self.env.ref("crm.mt_lead_lost"), self.env.ref("crm.mt_lead_restored")
        # the records were created in this test's transaction, whose records Odoo tracks no changes of:
        # committed, as a user's are
        self.env.flush_all()
        self.env.cr.precommit.run()

        def merge_notes(lead):
            self.env.flush_all()
            self.env.cr.precommit.run()  # what committing the transaction does: the tracking
            return lead.message_ids.filtered(
                lambda message: "merged_into_id" in message.tracking_value_ids.field_id.mapped("name")
            )

        result = self.merge_from_list(self.leads, user=self.salesperson)
        notes = merge_notes(self.opportunity)
        self.assertEqual(len(notes), 1)
        self.assertEqual(notes.subtype_id, self.env.ref("mail.mt_note"))
        self.assertEqual(notes.tracking_value_ids.filtered("new_value_char").new_value_char, result.name)
        self.assertNotIn(lost, self.opportunity.message_ids.subtype_id)

        self.undo(result, user=self.salesperson)
        self.assertEqual(len(merge_notes(self.opportunity)), 2)
        self.assertNotIn(restored, self.opportunity.message_ids.subtype_id)

    def test_undo_after_choosing_values(self):
        before = self.state_of(self.leads)
        merge = self.open_merge_form(self.leads, user=self.salesperson)
        for index, name in enumerate(merge.save().field_choice_ids.mapped("field_name")):
            with merge.field_choice_ids.edit(index) as choice:
                choice.lead_id = choice.candidate_lead_ids[-1]
            self.assertTrue(name)
        merge.save().action_merge()

        self.undo(self.lead, user=self.salesperson)

        self.assertRestored(before, self.state_of(self.leads))

    def test_undo_a_merge_from_the_convert_pop_up(self):
        """The conversion that follows the merge in the same transaction is part of what undo restores."""
        before = self.state_of(self.lead | self.third)
        convert = self.open_convert_form(self.third, user=self.manager)
        convert.name = "merge"
        convert.duplicated_lead_ids.clear()
        convert.duplicated_lead_ids.add(self.lead)
        convert.duplicated_lead_ids.add(self.third)
        convert.user_id = self.salesperson_other
        convert.save().action_apply()
        self.assertEqual((self.lead.type, self.lead.user_id), ("opportunity", self.salesperson_other))
        self.env.flush_all()
        self.env.cr.precommit.run()  # what committing the transaction does

        self.undo(self.lead, user=self.manager)

        self.assertRestored(before, self.state_of(self.lead | self.third))

    def test_what_follows_a_savepoint_in_the_merging_transaction_is_undone_too(self):
        """Odoo runs pre-commit hooks at each savepoint: the merge's result is still taken at commit."""
        before = self.state_of(self.lead | self.third)
        result = (self.lead | self.third).with_user(self.salesperson).merge_opportunity()
        with suppress(ValueError), self.env.cr.savepoint():
            raise ValueError("an automated action failed, and was rolled back")
        result.write({"phone": "+62 811 0000 0000", "expected_revenue": 1234})
        self.env.flush_all()
        self.env.cr.precommit.run()  # what committing the transaction does

        self.undo(result, user=self.salesperson)

        self.assertRestored(before, self.state_of(self.lead | self.third))

    def test_undo_after_a_stage_or_customer_it_restores_was_deleted(self):
        """What the undo would write back and no longer exists (a stage deleted, a customer merged into
        another by the contacts' merge) stays as it is now; the rest is restored."""
        first_customer, second_customer = self.env["res.partner"].create(
            [{"name": "PT Maju Jaya"}, {"name": "PT Maju Jaya Abadi"}]
        )
        self.lead.partner_id = first_customer
        self.opportunity.partner_id = second_customer
        stage_before = self.lead.stage_id
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)
        for index, name in enumerate(merge.save().field_choice_ids.mapped("field_name")):
            if name in ("partner_id", "stage_id"):
                with merge.field_choice_ids.edit(index) as choice:
                    choice.lead_id = self.opportunity
        merge.save().action_merge()
        self.assertEqual((self.lead.partner_id, self.lead.stage_id), (second_customer, self.stage_proposal))
        # the contacts' merge deletes the customer merged away; a manager deletes the former stage
        self.env["base.partner.merge.automatic.wizard"]._merge(
            (second_customer | first_customer).ids, second_customer
        )
        self.assertFalse(first_customer.exists())
        self.lead.flush_recordset()
        stage_before.unlink()

        self.undo(self.lead, user=self.salesperson)

        self.assertFalse(self.lead.merged_lead_ids)
        self.assertTrue(self.opportunity.active)
        self.assertEqual(
            self.lead.partner_id, second_customer, "the customer it had was merged into this one"
        )
        self.assertEqual(self.lead.stage_id, self.stage_proposal, "the stage it had was deleted")
        self.assertEqual(self.lead.description, "<p>Met at the fair</p>")

    def test_undo_after_the_customer_the_conversion_created_was_deleted(self):
        """A customer the Convert pop-up's merge created, deleted since, is no change to put back."""
        convert = self.open_convert_form(self.third, user=self.manager)
        convert.name = "convert"
        convert.action = "create"
        convert.name = "merge"
        convert.duplicated_lead_ids.clear()
        convert.duplicated_lead_ids.add(self.lead)
        convert.duplicated_lead_ids.add(self.third)
        convert.save().action_apply()
        self.env.flush_all()
        self.env.cr.precommit.run()  # what committing the transaction does
        customer = self.lead.partner_id
        self.assertTrue(customer)
        customer.unlink()

        self.undo(self.lead, user=self.manager)

        self.assertFalse(self.lead.partner_id)
        self.assertTrue(self.third.active)
        self.assertFalse(self.third.merged_into_id)

    def test_undo_is_logged_on_the_survivor(self):
        result = self.merge_from_list(self.leads, user=self.salesperson)
        self.undo(result, user=self.salesperson)

        log = result.message_ids[0]
        self.assertEqual(log.author_id, self.salesperson.partner_id)
        self.assertIn("Merge undone", log.body)
        self.assertIn("Kursi kantor 40 unit (Februari)", log.body)
        self.assertIn("Kursi kantor (Maret)", log.body)

    def test_dates_are_in_the_user_timezone(self):
        """The undo's log and the merge's name give the merge's date as the user reads dates, not in UTC."""
        self.salesperson.tz = "Asia/Jakarta"
        result = self.merge_from_list(self.leads, user=self.salesperson)
        merge = result.merge_record_ids
        self.env.cr.execute(
            "UPDATE crm_lead_merge_record SET create_date = '2024-03-10 02:30:00' WHERE id = %s", [merge.id]
        )
        merge.invalidate_recordset(["create_date", "display_name"])

        self.assertIn("9:30:00", merge.with_user(self.salesperson).display_name)
        self.undo(result, user=self.salesperson)
        log = result.message_ids[0].body
        self.assertIn("9:30:00", log)
        self.assertNotIn("02:30", log)

    def test_undo_twice_is_refused(self):
        result = self.merge_from_list(self.leads, user=self.salesperson)
        self.undo(result, user=self.salesperson)

        with self.assertRaisesRegex(UserError, "“Kursi kantor 40 unit” has no merge to undo"):
            self.undo(result, user=self.salesperson)

    def test_undo_refused_to_a_user_who_cannot_modify_the_records(self):
        result = self.merge_from_list(self.leads, user=self.salesperson)

        with self.assertRaisesRegex(
            UserError, "You are not allowed to modify .*so you cannot undo this merge"
        ):
            self.undo(result, user=self.salesperson_other)
        self.assertTrue(result.can_undo_merge)
        self.assertFalse(self.opportunity.active)

    def test_undo_refusal_names_no_record_the_user_cannot_read(self):
        # a manager merges another salesperson's opportunity into the salesperson's lead (created first)
        self.opportunity.write({"user_id": self.salesperson_other.id, "name": "Kursi direksi (rahasia)"})
        result = self.merge_from_list(self.leads, user=self.manager)
        self.assertEqual(result, self.lead)

        with self.assertRaisesRegex(
            UserError, "You are not allowed to modify some of these records, so you cannot undo this merge"
        ) as refusal:
            self.undo(result, user=self.salesperson)
        self.assertNotIn("rahasia", str(refusal.exception))
        self.assertFalse(self.opportunity.active)

    def test_undo_refused_when_a_field_changed_since(self):
        result = self.merge_from_list(self.leads, user=self.salesperson)
        result.phone = "+62 811 9999 9999"
        self.opportunity.expected_revenue = 7000
        merged_state = self.state_of(self.leads)

        with self.assertRaisesRegex(
            UserError,
            r"(?s)Cannot undo the merge into “Kursi kantor 40 unit” exactly.*"
            r"- Phone of “Kursi kantor 40 unit”.*- Expected Revenue of “Kursi kantor 40 unit \(Februari\)”",
        ):
            self.undo(result, user=self.salesperson)
        self.assertEqual(self.state_of(self.leads), merged_state, "nothing changed")

    def test_undo_takes_a_note_typed_and_deleted_since_as_unchanged(self):
        """A note typed on the kept record and deleted again leaves the editor's empty paragraph: it shows
        nothing, as the merge left it, and the undo goes on."""
        leads = self.env["crm.lead"].create(
            [
                {"name": name, "email_from": "budi@majujaya.co.id", "user_id": self.salesperson.id}
                for name in "AB"
            ]
        )
        result = self.merge_from_list(leads, user=self.salesperson)
        self.assertFalse(result.description)
        result.with_user(self.salesperson).description = "<p>Called, no answer</p>"
        result.with_user(self.salesperson).description = "<div><br></div>"
        self.undo(result, user=self.salesperson)
        self.assertTrue(all(leads.mapped("active")))
        self.assertFalse(leads.merged_into_id)

    def test_undo_leaves_moved_records_deleted_since_gone_and_restores_the_rest(self):
        """An activity done, a message, an attachment or a meeting deleted since the merge cannot come back:
        the undo goes on without them (nothing more is lost) and says how many in its note."""
        before = self.state_of(self.leads)
        result = self.merge_from_list(self.leads, user=self.salesperson)
        result.activity_ids.filtered(lambda activity: activity.summary == "Call feb").action_done()
        message = result.message_ids.filtered(lambda message: "Subject feb" in (message.subject or ""))
        attachment = self.env["ir.attachment"].search(
            [("res_model", "=", "crm.lead"), ("res_id", "=", result.id), ("name", "=like", "quote-mar%")]
        )
        deleted = {"messages": set(message.ids), "attachments": set(attachment.ids)}
        message.unlink()
        attachment.unlink()
        result.calendar_event_ids.filtered(lambda meeting: meeting.name == "Demo feb").unlink()

        self.undo(result, user=self.salesperson)

        after = self.state_of(self.leads)
        self.assertTrue(self.opportunity.active)
        self.assertFalse(result.can_undo_merge)
        self.assertEqual(
            sorted(self.third.activity_ids.mapped("summary")),
            ["Call mar", "Demo mar"],
            "what was not deleted went back: its call, its meeting's activity",
        )
        self.assertFalse(self.opportunity.activity_ids)
        self.assertEqual([name for _id, name in after[self.third.id]["attachments"]], [])
        self.assertEqual(self.opportunity.calendar_event_ids, self.env["calendar.event"])
        self.assertEqual(self.third.calendar_event_ids.mapped("name"), ["Demo mar"])
        self.assertEqual(after[self.lead.id]["fields"]["name"], before[self.lead.id]["fields"]["name"])
        # the call done, the deleted meeting and its activity, the message, the attachment
        self.assertIn(
            "Not restored because deleted since the merge (an activity marked as done, for instance): 5 of "
            "the messages, attachments, activities and other records the merge had moved.",
            result.message_ids[0].body,
        )
        # every message and attachment not deleted is back on its record
        for lead in self.leads:
            for key in ("messages", "attachments"):
                kept = [item for item in before[lead.id][key] if item[0] not in deleted[key]]
                self.assertEqual(
                    [item for item in after[lead.id][key] if item in before[lead.id][key]], kept, lead.name
                )
        self.assertIn("Subject mar", [subject for _id, subject in after[self.third.id]["messages"]])
        self.assertIn("quote-feb.pdf", [name for _id, name in after[self.opportunity.id]["attachments"]])

    def test_undo_refused_when_a_moved_message_is_on_another_record_since(self):
        """A moved record that still exists elsewhere would be taken from where someone put it: refused."""
        result = self.merge_from_list(self.leads, user=self.salesperson)
        elsewhere = self.new_lead("Elsewhere", MAR)
        message = result.message_ids.filtered(lambda message: "Subject feb" in (message.subject or ""))
        message.write({"res_id": elsewhere.id})

        with self.assertRaisesRegex(
            UserError,
            r"(?s)exactly, because of changes made since the merge:\n"
            r"- Messages moved by the merge and moved to another record since: 1\nPut these back",
        ):
            self.undo(result, user=self.salesperson)
        self.assertTrue(result.can_undo_merge)
        self.assertFalse(self.opportunity.active)
        # put back by hand on the record it came from: where the undo puts it
        message.write({"res_id": self.opportunity.id})
        self.undo(result, user=self.salesperson)
        self.assertTrue(self.opportunity.active)
        self.assertIn(message, self.opportunity.message_ids)

    def test_undo_refused_when_the_survivor_was_merged_again(self):
        result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        earlier = self.new_lead("Earlier", MAR.replace(year=2023))
        (earlier | result).with_user(self.salesperson).merge_opportunity()

        with self.assertRaisesRegex(UserError, "was merged into “Earlier” since. Undo that merge first."):
            self.undo(result, user=self.salesperson)

    def test_only_the_last_merge_can_be_undone_then_the_one_before(self):
        self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        self.merge_from_list(self.lead | self.third, user=self.salesperson)

        self.undo(self.lead, user=self.salesperson)
        self.assertTrue(self.third.active)
        self.assertFalse(self.opportunity.active)
        self.undo(self.lead, user=self.salesperson)
        self.assertTrue(self.opportunity.active)
        self.assertFalse(self.lead.merged_lead_ids)


@tagged("post_install", "-at_install")
class TestMergeUndoOne2many(CrmLeadMergeCase):
    """Records of a one2many that a module's merge hook moves onto the kept record go back on undo.

    sale_crm's hook moves the quotations (``order_ids``) of the merged records onto the kept one. With crm
    alone, the records merged into a merged record (``merged_lead_ids``, a one2many through the stored
    ``merged_into_id``) stand in for them, moved by the same kind of hook.
    """

    def setUp(self):
        super().setUp()
        self.third = self.new_lead("Kursi kantor (Maret)", MAR)

    @contextmanager
    def hook_moving_merged_records(self):
        """Add to ``_merge_get_fields_specific`` a hook like sale_crm's ``order_ids`` one."""
        lead_class = type(self.env["crm.lead"])
        stock_fields_specific = lead_class._merge_get_fields_specific

        def merge_get_fields_specific(records):
            return {
                **stock_fields_specific(records),
                "merged_lead_ids": lambda fname, leads: [
                    Command.link(lead.id) for lead in leads.merged_lead_ids
                ],
            }

        with patch.object(lead_class, "_merge_get_fields_specific", merge_get_fields_specific):
            yield

    def test_undo_puts_moved_records_back_on_their_record(self):
        self.merge_from_list(self.opportunity | self.third, user=self.salesperson)
        with self.hook_moving_merged_records():
            result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        self.assertEqual(self.third.merged_into_id, result, "the hook moved it onto the kept record")

        self.lead.with_user(self.salesperson).action_undo_merge()

        self.assertEqual(self.third.merged_into_id, self.opportunity)
        self.assertEqual(self.opportunity.merged_lead_ids, self.third)
        self.assertFalse(self.lead.merged_lead_ids)
        self.opportunity.with_user(self.salesperson).action_undo_merge()
        self.assertTrue(self.third.active, "the merge before can be undone in turn")

    def test_undo_refused_when_a_moved_record_was_moved_since(self):
        self.merge_from_list(self.opportunity | self.third, user=self.salesperson)
        with self.hook_moving_merged_records():
            result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        self.third.merged_into_id = False

        with self.assertRaisesRegex(
            UserError, "- Records of “Merged Records” moved by the merge and moved to another record since: 1"
        ):
            result.with_user(self.salesperson).action_undo_merge()
        self.assertTrue(result.can_undo_merge)
        self.assertFalse(self.opportunity.active)


@tagged("post_install", "-at_install")
class TestMergeUndoProperties(CrmLeadMergeCase):
    """The lead properties, lost when the merge moves the kept record to a team defining others, come back."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team_leads.lead_properties_definition = [
            {"name": "budget_code", "string": "Budget code", "type": "char"}
        ]
        cls.team_direct.lead_properties_definition = [
            {"name": "decision_maker", "string": "Decision maker", "type": "char"}
        ]
        cls.lead.lead_properties = {"budget_code": "B-17"}

    def merge_into_direct_sales(self):
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.manager)
        merge.team_id = self.team_direct
        merge.save().action_merge()
        self.assertEqual(self.lead.team_id, self.team_direct)
        self.assertNotEqual(self.lead.lead_properties, {"budget_code": "B-17"}, "the merge lost them")

    def test_undo_restores_the_properties(self):
        self.merge_into_direct_sales()

        self.lead.with_user(self.manager).action_undo_merge()

        self.assertEqual(self.lead.team_id, self.team_leads)
        self.assertEqual(self.lead.lead_properties, {"budget_code": "B-17"})

    def test_undo_refused_when_a_property_changed_since(self):
        self.merge_into_direct_sales()
        self.lead.lead_properties = {"decision_maker": "Budi Santoso"}

        with self.assertRaisesRegex(UserError, "- Properties of “Kursi kantor 40 unit”"):
            self.lead.with_user(self.manager).action_undo_merge()
        self.assertEqual(self.lead.lead_properties, {"decision_maker": "Budi Santoso"})
