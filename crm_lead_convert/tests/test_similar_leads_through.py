from odoo.tests import tagged

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestSimilarLeadsThrough(CrmLeadConvertCase):
    """A record that is surely the same prospect as one of a lead's sure Similar Leads is listed too, saying
    through which record, though it shares nothing with the lead itself."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Lead = cls.env["crm.lead"]
        indonesia = cls.env.ref("base.id")
        # Budi's company lead gave his mobile; his private lead the same mobile and his Gmail address; a
        # third lead, "Budi" from that address only
        cls.company = Lead.create(
            {
                "name": "Sewa printer kantor",
                "partner_name": "PT Cahaya Kencana Lestari",
                "contact_name": "Budi Hartono",
                "phone": "+62 812 9876 5432",
                "country_id": indonesia.id,
                "user_id": cls.salesperson.id,
            }
        )
        cls.private = Lead.create(
            {
                "name": "Toner printer",
                "contact_name": "Budi Hartono",
                "phone": "0812-9876-5432",
                "email_from": "budi.hartono77@gmail.com",
                "country_id": indonesia.id,
                "user_id": cls.salesperson_other.id,
            }
        )
        cls.later = Lead.create(
            {
                "name": "Kertas A4",
                "contact_name": "Budi",
                "email_from": "budi.hartono77@gmail.com",
                "user_id": cls.salesperson.id,
            }
        )

    def shown(self, reference, record):
        """Return ``record`` as the Similar Leads list of ``reference`` shows it."""
        action = reference.action_show_potential_duplicates()
        return record.with_context(**action["context"])

    def test_listed_through_the_record_that_ties_them_both_ways(self):
        self.assertEqual(self.company.duplicate_lead_ids - self.company, self.private | self.later)
        self.assertEqual(self.company.duplicate_lead_count, 2)
        self.assertEqual(self.later.duplicate_lead_ids - self.later, self.private | self.company)
        action = self.company.action_show_potential_duplicates()
        self.assertEqual(
            self.env["crm.lead"].search(action["domain"]), self.company | self.private | self.later
        )
        shown = self.shown(self.company, self.later)
        self.assertEqual(
            shown.similar_lead_reason, "through Toner printer: same email: budi.hartono77@gmail.com"
        )
        self.assertGreaterEqual(shown.similar_lead_score, 85)
        self.assertLessEqual(
            shown.similar_lead_score, self.shown(self.company, self.private).similar_lead_score
        )
        shown = self.shown(self.later, self.company)
        self.assertTrue(shown.similar_lead_reason.startswith("through Toner printer: same phone: "))

    def test_not_through_a_tie_less_than_sure(self):
        # the private lead by a namesake with nothing but the company name's first word: no sure tie
        self.private.write({"phone": False, "partner_name": "Cahaya Printing"})
        self.assertEqual(self.company.duplicate_lead_ids, self.company)
        self.assertEqual(self.later.duplicate_lead_ids - self.later, self.private)

    def test_a_record_in_between_the_user_may_not_read_is_not_named(self):
        # the salesperson sees their own leads only: the private lead is another salesperson's
        company = self.company.with_user(self.salesperson)
        self.assertEqual(company.duplicate_lead_count, 2)
        shown = self.shown(company, self.later.with_user(self.salesperson))
        self.assertEqual(
            shown.similar_lead_reason,
            "through a record you may not read: same email: budi.hartono77@gmail.com",
        )

    def test_marked_as_another_prospect_not_listed_through_another(self):
        self.shown(self.company, self.later).action_mark_not_same_prospect()
        self.company.invalidate_recordset(["duplicate_lead_ids", "duplicate_lead_count"])
        self.later.invalidate_recordset(["duplicate_lead_ids", "duplicate_lead_count"])
        self.assertEqual(self.company.duplicate_lead_ids - self.company, self.private)
        self.assertEqual(self.later.duplicate_lead_ids - self.later, self.private)
        self.assertEqual(self.private.duplicate_lead_ids - self.private, self.company | self.later)

    def test_the_merge_list_takes_what_the_lead_matches_by_itself(self):
        # a merge is the consequential step: the pop-up offers the private lead, not the one through it
        convert = self.open_convert_form(self.company)
        self.assertEqual(convert.duplicated_lead_ids[:], self.company | self.private)
        self.assertEqual(self.company.duplicate_lead_ids - self.company, self.private | self.later)
