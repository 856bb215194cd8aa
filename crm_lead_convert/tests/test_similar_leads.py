from unittest.mock import patch

import psycopg2
from lxml import etree

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged, users

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestSimilarLeads(CrmLeadConvertCase):
    """The Similar Leads smart button finds the same prospect written differently, and says why."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.indonesia = cls.env.ref("base.id")
        cls.lead.country_id = cls.indonesia
        Lead = cls.env["crm.lead"]
        cls.same_company_reordered = Lead.create(
            {
                "name": "Penawaran meja rapat",
                "type": "opportunity",
                "partner_name": "Maju Jaya Abadi, PT",
                "contact_name": "Santoso, Budi",
                "email_from": "purchasing@majujaya-abadi.com",
                "user_id": cls.salesperson_other.id,
            }
        )
        cls.same_phone_other_format = Lead.create(
            {
                "name": "Kursi tunggu",
                "type": "lead",
                "contact_name": "Bapak Budi",
                "phone": "0812 3456 7890",
                "country_id": cls.indonesia.id,
                "user_id": cls.salesperson.id,
            }
        )
        cls.same_email_other_case = Lead.create(
            {"name": "Rak buku", "type": "lead", "email_from": "Budi.Santoso@MajuJaya.co.id"}
        )
        cls.company_typo = Lead.create(
            {"name": "Lemari", "type": "lead", "partner_name": "PT. Maju Jaya Abadii", "user_id": False}
        )
        cls.shares_words_only = Lead.create(
            {
                "name": "Meja",
                "type": "lead",
                "partner_name": "PT Maju Bersama",
                "contact_name": "Budi Santoso",
            }
        )
        cls.common_name_only = Lead.create(
            {
                "name": "Sofa",
                "type": "lead",
                "partner_name": "CV Sinar Terang",
                "contact_name": "Budi Santoso",
                "email_from": "budi.santoso@gmail.com",
            }
        )

    def test_similar_leads_found_through_writing_differences(self):
        expected = (
            self.same_company_reordered
            + self.same_phone_other_format
            + self.same_email_other_case
            + self.company_typo
        )
        self.assertEqual(self.lead.duplicate_lead_ids - self.lead, expected)
        self.assertEqual(self.lead.duplicate_lead_count, 4)

    def test_words_written_together_with_a_typo_found(self):
        """A name of one word fewer (two written together, one mistyped) is fetched and matched."""
        joined = self.env["crm.lead"].create(
            {
                "name": "Lemari arsip",
                "type": "lead",
                "partner_name": "PT Majujaya Abadii",
                "contact_name": "Budi",
            }
        )
        self.assertIn(joined, self.lead.duplicate_lead_ids)

    def test_two_letters_swapped_in_a_short_word_found(self):
        """A short word typed with two neighbours swapped ("Jaay") is the word, fetched and matched; another
        short word ("Raya") is another name."""
        Lead = self.env["crm.lead"]
        values = {"type": "lead", "contact_name": "Budi Santoso", "user_id": False}
        swapped = Lead.create({**values, "name": "Lemari kecil", "partner_name": "PT Maju Jaay Abadi"})
        other = Lead.create({**values, "name": "Lemari besar", "partner_name": "PT Maju Raya Abadi"})
        self.assertIn(swapped, self.lead.duplicate_lead_ids)
        self.assertNotIn(other, self.lead.duplicate_lead_ids)

    def test_similar_leads_not_found_on_shared_words_or_common_names(self):
        self.assertNotIn(self.shares_words_only, self.lead.duplicate_lead_ids)
        self.assertNotIn(self.common_name_only, self.lead.duplicate_lead_ids)
        self.assertEqual(self.common_name_only.duplicate_lead_count, 0)

    def test_similar_leads_list_says_why(self):
        action = self.lead.action_show_potential_duplicates()
        similar = self.env["crm.lead"].with_context(**action["context"]).search(action["domain"])
        reasons = {lead.name: (lead.similar_lead_score, lead.similar_lead_reason) for lead in similar}
        self.assertEqual(reasons["Kursi kantor 40 unit"], (0, "this lead"))
        # the lead itself shows no score bar (a 0 % bar would read as "not similar")
        self.assertEqual(similar.filtered("similar_lead_is_reference"), self.lead)
        # an opportunity is called so
        self.lead.type = "opportunity"
        self.lead.invalidate_recordset(["similar_lead_reason"])
        self.assertEqual(self.lead.with_context(**action["context"]).similar_lead_reason, "this opportunity")
        self.assertEqual(
            reasons["Penawaran meja rapat"],
            (
                94,
                (
                    "company name 100 % alike: PT Maju Jaya Abadi / Maju Jaya Abadi, PT and "
                    "contact name alike: Budi Santoso / Santoso, Budi, "
                    "but another email domain: majujaya.co.id / majujaya-abadi.com"
                ),
            ),
        )
        self.assertEqual(reasons["Kursi tunggu"][1], "same phone: +62 812 3456 7890 / 0812 3456 7890")
        self.assertEqual(reasons["Rak buku"][1], "same email: Budi.Santoso@MajuJaya.co.id")
        self.assertRegex(
            reasons["Lemari"][1], r"^company name 9\d % alike: PT Maju Jaya Abadi / PT. Maju Jaya Abadii$"
        )
        self.assertEqual(action["name"], "Similar Leads")
        list_view = self.env.ref("crm_lead_convert.crm_lead_view_list_similar")
        self.assertEqual(action["views"][0], (list_view.id, "list"))
        # in creation order, records created at the same moment in id order (PostgreSQL gives such ties in
        # any order): each row, the lead's among them, keeps its place from one opening to the next
        self.assertEqual(etree.fromstring(list_view.arch).get("default_order"), "create_date, id")

    def test_salesperson_counts_all_but_opens_only_readable(self):
        """As stock: the counter tells the prospect exists; the list shows what the salesperson may read."""
        lead = self.lead.with_user(self.salesperson)
        self.assertEqual(lead.duplicate_lead_count, 4)
        action = lead.action_show_potential_duplicates()
        visible = (
            self.env["crm.lead"]
            .with_user(self.salesperson)
            .with_context(**action["context"])
            .search(action["domain"])
        )
        # own and unassigned records only: not the other salesperson's opportunity, nor the admin's lead
        self.assertCountEqual(visible.ids, (self.lead + self.same_phone_other_format + self.company_typo).ids)
        # the title says why the list has fewer than the counter; a manager's lists them all
        self.assertEqual(action["name"], "Similar Leads (2 hidden by your access rights)")
        self.assertEqual(
            self.lead.with_user(self.manager).action_show_potential_duplicates()["name"], "Similar Leads"
        )

    def test_keys_follow_create_write_and_import(self):
        self.assertEqual(self.company_typo.similar_company_key, "maju jaya abadii")
        self.company_typo.partner_name = "Bakkerij Jansen B.V."
        self.assertEqual(self.company_typo.similar_company_key, "bakkerij jansen")
        result = self.env["crm.lead"].load(
            ["name", "partner_name", "phone", "country_id"],
            [["Imported", "B.V. Bakkerij Janssen", "+31 (0)6 1234 5678", "Netherlands"]],
        )
        imported = self.env["crm.lead"].browse(result["ids"])
        self.assertEqual(imported.similar_company_key, "bakkerij janssen")
        self.assertEqual(imported.similar_phone_keys, "612345678")
        self.assertIn(self.company_typo, imported.duplicate_lead_ids)

    def test_install_fills_keys_of_existing_leads(self):
        """What installing on a database with leads does: the keys are filled in batches, from SQL."""
        leads = self.lead + self.same_phone_other_format + self.common_name_only
        self.env.flush_all()
        self.env.cr.execute("UPDATE crm_lead SET similar_company_key = NULL, similar_phone_keys = NULL")
        self.env.invalidate_all()
        self.env["crm.lead"]._fill_similar_keys()
        self.env.invalidate_all()
        self.assertEqual(
            [(lead.similar_company_key, lead.similar_phone_keys) for lead in leads],
            [("maju jaya abadi", "234567890"), (False, "234567890"), ("sinar terang", False)],
        )

    def test_namesake_under_another_legal_form_not_listed(self):
        """One name registered twice, as a PT and as a CV, written by two other persons from two other
        numbers: two companies. The list says what spoke against them when the sensitivity lets them
        through."""
        namesake = self.env["crm.lead"].create(
            {
                "name": "Meja kasir",
                "type": "lead",
                "partner_name": "CV Maju Jaya Abadi",
                "contact_name": "Sari Dewi",
                "phone": "031 555 9876",
                "country_id": self.indonesia.id,
            }
        )
        self.assertNotIn(namesake, self.lead.duplicate_lead_ids)
        self.env["ir.config_parameter"].set_param("crm_lead_convert.similar_leads_sensitivity", 50)
        self.lead.invalidate_recordset(["duplicate_lead_ids", "duplicate_lead_count"])
        self.assertIn(namesake, self.lead.duplicate_lead_ids)
        action = self.lead.action_show_potential_duplicates()
        listed = self.env["crm.lead"].with_context(**action["context"]).browse(namesake.id)
        self.assertLess(listed.similar_lead_score, 85)
        self.assertIn(
            "but another legal form: PT Maju Jaya Abadi / CV Maju Jaya Abadi, another contact: "
            "Budi Santoso / Sari Dewi",
            listed.similar_lead_reason,
        )

    def test_sensitivity_setting(self):
        self.assertIn(self.company_typo, self.lead.duplicate_lead_ids)
        with Form(self.env["res.config.settings"]) as settings:
            settings.similar_leads_sensitivity = 100
        settings.record.execute()
        self.lead.invalidate_recordset(["duplicate_lead_ids", "duplicate_lead_count"])
        self.assertNotIn(self.company_typo, self.lead.duplicate_lead_ids)
        with self.assertRaisesRegex(ValidationError, r"between 50 and 100 %; 30 is not"):
            self.env["res.config.settings"].create({"similar_leads_sensitivity": 30})
        # the value reads as a percentage: a setting drops text beside its field, the % was not shown
        arch = etree.fromstring(self.env["res.config.settings"].get_view(view_type="form")["arch"])
        setting = arch.xpath("//setting[@id='crm_lead_convert_similar_leads']")[0]
        self.assertEqual(setting.xpath("./div/field/@name"), ["similar_leads_sensitivity"])
        self.assertEqual(setting.xpath("./div/field")[0].tail.strip(), "%")

    def test_conversion_popup_offers_similar_leads_to_merge(self):
        convert = self.open_convert_form(self.lead)
        self.assertEqual(convert.name, "merge")
        offered = convert.duplicated_lead_ids[:]
        self.assertIn(self.same_company_reordered, offered)
        self.assertIn(self.company_typo, offered)
        self.assertIn(self.lead, offered)
        self.assertNotIn(self.shares_words_only, offered)

    @users("crm_convert_salesperson")
    def test_similar_leads_query_count(self):
        """Computing one lead's Similar Leads takes a fixed number of queries, whatever it finds, and one more
        for each sure match with a number or address the lead has not (whose own sure matches are listed
        too), and for the lead's marks if that finds any."""
        # warm the caches shared by all leads (settings, the company's country), then measure one lead
        # the mistyped company name matches the lead by itself, the lead's other sure matches through it
        typo = self.env["crm.lead"].browse(self.company_typo.id)
        self.assertIn(self.lead, typo.duplicate_lead_ids)
        self.assertEqual(typo.duplicate_lead_count, 4)
        self.env.invalidate_all()
        lead = self.env["crm.lead"].browse(self.lead.id)
        # as the form reads them with the counter (a record merged away has no Similar Leads)
        lead.fetch(["name", "merged_into_id"])
        # one call of the search function: the lead's keys and marks, its candidates with their fields, the
        # counts of their company words (see crm_lead_duplicates.SEARCH_FUNCTION_SQL); its sure matches have
        # no number nor address it has not
        with self.assertQueryCount(crm_convert_salesperson=1):
            self.assertEqual(lead.duplicate_lead_count, 4)

    def test_other_company_counted_but_not_listed(self):
        """Multi-company rules hold in the list; the counter, as stock's, sees across companies."""
        other_company = self.env["res.company"].create({"name": "PT Cabang Surabaya"})
        other_lead = self.env["crm.lead"].create(
            {
                "name": "Kursi (cabang)",
                "type": "lead",
                "partner_name": "PT Maju Jaya Abadi",
                "company_id": other_company.id,
                "user_id": False,
            }
        )
        self.assertIn(other_lead, self.lead.duplicate_lead_ids)
        action = self.lead.with_user(self.salesperson).action_show_potential_duplicates()
        visible = (
            self.env["crm.lead"]
            .with_user(self.salesperson)
            .with_context(**action["context"], allowed_company_ids=self.salesperson.company_ids.ids)
            .search(action["domain"])
        )
        self.assertNotIn(other_lead, visible)
        self.assertIn(self.company_typo, visible)

    def test_missing_trigram_extension_says_what_to_ask(self):
        Lead = self.env["crm.lead"]
        with (
            patch.object(self.registry, "has_trigram", False),
            patch.object(
                type(Lead),
                "_similar_create_trigram_extension",
                side_effect=psycopg2.errors.InsufficientPrivilege("permission denied to create extension"),
            ),
            self.assertRaisesRegex(
                UserError, r"Ask your database administrator to run “CREATE EXTENSION pg_trgm;”"
            ),
        ):
            Lead._similar_ensure_trigram()
