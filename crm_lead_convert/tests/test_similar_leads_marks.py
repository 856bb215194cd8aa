from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged, users

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestSimilarLeadsMarks(CrmLeadConvertCase):
    """A record marked as another prospect leaves Similar Leads both ways, for everyone, until unmarked."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Lead = cls.env["crm.lead"]
        # both Similar Leads of cls.lead (same company written differently), and it theirs
        cls.own_similar = Lead.create(
            {
                "name": "Kursi rapat",
                "type": "lead",
                "partner_name": "Maju Jaya Abadi, PT",
                "user_id": cls.salesperson.id,
            }
        )
        cls.others_similar = Lead.create(
            {
                "name": "Meja direktur",
                "type": "opportunity",
                "partner_name": "PT. Maju Jaya Abadi",
                "user_id": cls.salesperson_other.id,
            }
        )

    def similar_list(self, lead, user):
        """Return the records of ``lead``'s Similar Leads list as ``user`` sees them, and its action."""
        action = lead.with_user(user).action_show_potential_duplicates()
        Lead = self.env["crm.lead"].with_user(user).with_context(**action["context"])
        return Lead.search(action["domain"]), action

    def mark(self, lead, others, user):
        """Click "Not the Same Prospect" on ``others`` in the Similar Leads list of ``lead``, as ``user``."""
        _visible, action = self.similar_list(lead, user)
        return others.with_user(user).with_context(**action["context"]).action_mark_not_same_prospect()

    def test_mark_of_one_title_tells_the_records_apart(self):
        """Records of one title (a lead entered twice): the notification says when each was created."""
        self.own_similar.name = self.lead.name
        done = self.mark(self.lead, self.own_similar, self.salesperson)
        self.assertRegex(
            done["params"]["message"],
            rf"^Marked as other prospects than “{self.lead.name} \(created .+\)”: "
            rf"“{self.lead.name} \(created .+\)”",
        )

    def test_mark_of_many_records_counts_them_and_of_none_is_refused(self):
        """The notification names up to five records and counts more; the lead itself alone selected (the
        list's first line) is refused, saying why."""
        others = self.env["crm.lead"].create(
            [{"name": f"Kursi {n}", "partner_name": "PT Maju Jaya Abadi", "type": "lead"} for n in range(6)]
        )
        done = self.mark(self.lead, others, self.env.user)
        self.assertRegex(
            done["params"]["message"], "^Marked as other prospects than “.+”: 6 records. To take"
        )
        with self.assertRaisesRegex(UserError, "^Select the records that are other prospects than “"):
            self.mark(self.lead, self.lead, self.salesperson)

    def test_mark_hides_pair_for_everyone_both_ways(self):
        self.assertIn(self.own_similar, self.lead.duplicate_lead_ids)
        self.assertIn(self.lead, self.own_similar.duplicate_lead_ids)
        visible, action = self.similar_list(self.lead, self.salesperson)
        self.assertIn(self.own_similar, visible)
        counts = (self.lead.duplicate_lead_count, self.own_similar.duplicate_lead_count)

        done = self.mark(self.lead, self.own_similar, self.salesperson)

        self.assertEqual(
            done["params"]["message"],
            f"Marked as other prospects than “{self.lead.name}”: “{self.own_similar.name}”. To take a mark "
            "back, remove it on the Not the Same Prospect tab of either record.",
        )
        self.assertEqual(done["params"]["next"]["tag"], "soft_reload")
        # the same list, reloaded after the click, no longer holds it
        reloaded = (
            self.env["crm.lead"]
            .with_user(self.salesperson)
            .with_context(**action["context"])
            .search(action["domain"])
        )
        self.assertNotIn(self.own_similar, reloaded)
        self.assertIn(self.lead, reloaded)
        # another user, a manager, sees neither record among the other's Similar Leads, nor counted
        for lead, other, count in (
            (self.lead, self.own_similar, counts[0]),
            (self.own_similar, self.lead, counts[1]),
        ):
            as_manager = lead.with_user(self.manager)
            self.assertNotIn(other, as_manager.duplicate_lead_ids)
            self.assertEqual(as_manager.duplicate_lead_count, count - 1)
            manager_list, _action = self.similar_list(lead, self.manager)
            self.assertNotIn(other, manager_list)
        # a third record similar to both stays in each one's Similar Leads
        self.assertIn(self.others_similar, self.lead.with_user(self.manager).duplicate_lead_ids)
        self.assertIn(self.others_similar, self.own_similar.with_user(self.manager).duplicate_lead_ids)

    def test_marked_from_either_side(self):
        self.mark(self.own_similar, self.lead, self.salesperson)
        self.assertNotIn(self.own_similar, self.lead.duplicate_lead_ids)
        self.assertNotIn(self.lead, self.own_similar.duplicate_lead_ids)
        self.assertEqual(self.lead.not_same_prospect_ids, self.own_similar)
        self.assertEqual(self.own_similar.not_same_prospect_ids, self.lead)

    @users("crm_convert_salesperson", "crm_convert_salesperson_other")
    def test_salesperson_cannot_mark_anothers_record(self):
        """Each salesperson, from their own record's Similar Leads, tries to mark the other's record.

        Only a user who may modify both records can mark them; the message names no record they may not read.
        """
        if self.env.user == self.salesperson:
            own, anothers = self.lead, self.others_similar
        else:
            own, anothers = self.others_similar, self.lead
        with self.assertRaisesRegex(
            AccessError,
            r"^You are not allowed to modify some of these records, so you cannot mark them as "
            r"different prospects\.$",
        ):
            self.mark(own, anothers, self.env.user)
        self.assertIn(anothers, own.sudo().duplicate_lead_ids)
        self.assertIn(own, anothers.sudo().duplicate_lead_ids)

    def test_refusal_names_the_readable_record(self):
        self.env["ir.rule"].create(
            {
                "name": "test: a lead readable but not modifiable",
                "model_id": self.env.ref("crm.model_crm_lead").id,
                "domain_force": f"[('id', '!=', {self.own_similar.id})]",
                "perm_read": False,
                "perm_create": False,
                "perm_unlink": False,
            }
        )
        with self.assertRaisesRegex(
            AccessError,
            r"^You are not allowed to modify “Kursi rapat”, so you cannot mark them as different "
            r"prospects\.$",
        ):
            self.mark(self.lead, self.own_similar, self.salesperson)
        self.assertIn(self.own_similar, self.lead.duplicate_lead_ids)

        # the rule holds for every user but the superuser
        self.lead._mark_not_same_prospect(self.own_similar)
        with self.assertRaisesRegex(
            AccessError,
            r"^You are not allowed to modify “Kursi rapat”, so you cannot take back the mark "
            r"“Not the Same Prospect”\.$",
        ):
            self.lead.with_user(self.salesperson).not_same_prospect_ids = False
        self.assertNotIn(self.own_similar, self.lead.duplicate_lead_ids)

    def test_form_shows_marks_and_unmarking_brings_pair_back(self):
        arch = self.env["crm.lead"].with_user(self.salesperson).get_views([(False, "form")])["views"]["form"]
        self.assertIn('<page name="not_same_prospect"', arch["arch"])
        self.mark(self.lead, self.own_similar, self.salesperson)

        with Form(self.lead.with_user(self.salesperson)) as form:
            self.assertEqual(form.not_same_prospect_ids[:], self.own_similar)
            form.not_same_prospect_ids.remove(id=self.own_similar.id)

        self.assertFalse(self.lead.not_same_prospect_ids)
        self.assertFalse(self.own_similar.not_same_prospect_ids)
        for lead, other in ((self.lead, self.own_similar), (self.own_similar, self.lead)):
            self.assertIn(other, lead.with_user(self.manager).duplicate_lead_ids)
            manager_list, _action = self.similar_list(lead, self.manager)
            self.assertIn(other, manager_list)

    def test_marks_of_unreadable_records_hidden_and_kept(self):
        """A salesperson sees no mark with a record they may not read, and saving their form keeps it."""
        self.mark(self.lead, self.others_similar, self.manager)
        self.mark(self.lead, self.own_similar, self.manager)
        self.assertEqual(
            self.lead.with_user(self.manager).not_same_prospect_ids, self.own_similar + self.others_similar
        )
        self.assertEqual(self.lead.with_user(self.salesperson).not_same_prospect_ids, self.own_similar)

        with Form(self.lead.with_user(self.salesperson)) as form:
            form.not_same_prospect_ids.remove(id=self.own_similar.id)

        self.assertEqual(self.lead.with_user(self.manager).not_same_prospect_ids, self.others_similar)
        self.assertNotIn(self.others_similar, self.lead.duplicate_lead_ids)

    def test_marks_of_other_company_hidden(self):
        other_company = self.env["res.company"].create({"name": "PT Cabang Surabaya"})
        self.manager.company_ids += other_company
        branch_lead = self.env["crm.lead"].create(
            {
                "name": "Kursi (cabang)",
                "type": "lead",
                "partner_name": "PT Maju Jaya Abadi",
                "company_id": other_company.id,
                "user_id": False,
            }
        )
        self.assertIn(branch_lead, self.lead.duplicate_lead_ids)
        both_companies = {"allowed_company_ids": [self.env.company.id, other_company.id]}
        self.lead.with_user(self.manager).with_context(**both_companies)._mark_not_same_prospect(branch_lead)

        self.assertNotIn(branch_lead, self.lead.duplicate_lead_ids)
        as_manager = self.lead.with_user(self.manager)
        self.assertEqual(as_manager.with_context(**both_companies).not_same_prospect_ids, branch_lead)
        self.assertFalse(
            as_manager.with_context(allowed_company_ids=[self.env.company.id]).not_same_prospect_ids
        )
        self.assertFalse(self.lead.with_user(self.salesperson).not_same_prospect_ids)

    def test_conversion_popup_leaves_marked_records_out(self):
        same_email = self.env["crm.lead"].create(
            {"name": "Rak buku", "type": "opportunity", "email_from": "Budi.Santoso@MajuJaya.co.id"}
        )
        self.assertIn(same_email, self.open_convert_form(self.lead).duplicated_lead_ids[:])
        self.mark(self.lead, same_email, self.manager)
        convert = self.open_convert_form(self.lead)
        self.assertNotIn(same_email, convert.duplicated_lead_ids[:])
        self.assertEqual(convert.name, "convert")

    def test_marked_pairs_in_one_query(self):
        self.mark(self.lead, self.own_similar + self.others_similar, self.manager)
        Mark = self.env["crm.lead.not.same.prospect"]
        ids = (self.lead + self.own_similar + self.others_similar).ids
        with self.assertQueryCount(1):
            marked = Mark._marked_other_ids(ids)
        self.assertEqual(
            marked,
            {
                self.lead.id: {self.own_similar.id, self.others_similar.id},
                self.own_similar.id: {self.lead.id},
                self.others_similar.id: {self.lead.id},
            },
        )
        # marking again changes nothing; users cannot touch the rows directly
        self.mark(self.lead, self.own_similar, self.manager)
        self.assertEqual(Mark.search_count([("lead_id", "=", self.lead.id)]), 2)
        with self.assertRaises(AccessError):
            Mark.with_user(self.manager).search([])
        with self.assertRaises(AccessError):
            Mark.with_user(self.manager).create(
                {"lead_id": self.lead.id, "other_lead_id": self.own_similar.id}
            )
