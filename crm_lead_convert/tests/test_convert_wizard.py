from ast import literal_eval

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestConvertWizard(CrmLeadConvertCase):
    """The Convert to opportunity pop-up, as a salesperson without manager rights uses it."""

    def test_popup_prefills_from_lead(self):
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        self.assertEqual(convert.name, "convert")
        self.assertEqual(convert.user_id, self.salesperson)
        self.assertEqual(convert.team_id, self.team_leads)
        self.assertEqual(convert.action, "create")

    def test_popup_prefills_team_of_lead_without_salesperson(self):
        """Stock Odoo leaves the team empty when the lead has no salesperson; the lead's team is kept."""
        self.lead.user_id = False
        self.lead.team_id = self.team_leads
        convert = self.open_convert_form(self.lead)
        self.assertFalse(convert.user_id)
        self.assertEqual(convert.team_id, self.team_leads)

    def test_choosing_salesperson_fills_their_team(self):
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.user_id = self.salesperson_other
        self.assertEqual(convert.team_id, self.team_direct)
        convert.user_id = self.salesperson
        self.assertEqual(convert.team_id, self.team_leads)

    def test_converted_for_a_salesperson_the_user_may_not_see_says_so(self):
        """A salesperson who sees only their own records converts a lead for a colleague: the lead is the
        colleague's opportunity, and instead of opening it (an access error, as if the conversion failed) a
        notification says so and My Pipeline opens. For themselves, the opportunity opens as in stock."""
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.user_id = self.salesperson_other
        action = convert.save().action_apply()
        self.assertEqual((self.lead.type, self.lead.user_id), ("opportunity", self.salesperson_other))
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(
            action["params"]["message"],
            f"“Kursi kantor 40 unit” now belongs to {self.salesperson_other.name} ({self.team_direct.name}): "
            "your access rights no longer show it to you.",
        )
        self.assertEqual(action["params"]["next"]["id"], self.env.ref("crm.crm_lead_action_pipeline").id)
        self.assertTrue(action["params"]["next"]["views"])
        # in place of the breadcrumbs, whose record the user may no longer open
        self.assertEqual(action["params"]["next"]["target"], "main")
        # its HTML help would show as text there
        self.assertNotIn("help", action["params"]["next"])
        lead = self.env["crm.lead"].create({"name": "Meja", "type": "lead", "user_id": self.salesperson.id})
        action = self.open_convert_form(lead, user=self.salesperson).save().action_apply()
        self.assertEqual((action["res_model"], action["res_id"]), ("crm.lead", lead.id))

    def test_popup_prefills_the_lead_s_team_whatever_its_salesperson_s(self):
        """Both prefilled from the lead, as it has them: a salesperson of another team leaves the lead's team
        until someone chooses a salesperson."""
        self.lead.with_context(mail_notrack=True).write(
            {"user_id": self.salesperson_other.id, "team_id": self.team_leads.id}
        )
        self.assertNotIn(self.salesperson_other, self.team_leads.member_ids)
        convert = self.open_convert_form(self.lead)
        self.assertEqual((convert.user_id, convert.team_id), (self.salesperson_other, self.team_leads))
        convert.save().action_apply()
        self.assertEqual((self.lead.type, self.lead.team_id), ("opportunity", self.team_leads))

    def test_chosen_salesperson_brings_a_team_of_the_lead_s_company(self):
        """A salesperson whose first team is another company's brings their team of the lead's company: the
        conversion never moves the lead to another company."""
        here_company = self.env.company
        branch = self.env["res.company"].create({"name": "PT Cabang Surabaya"})
        self.env["ir.config_parameter"].set_param("sales_team.membership_multi", True)
        salesperson = new_test_user(
            self.env,
            login="crm_convert_two_companies",
            groups="sales_team.group_sale_salesman",
            company_id=branch.id,
            company_ids=[(6, 0, (here_company | branch).ids)],
        )
        there = (
            self.env["crm.team"].with_company(branch).create({"name": "Surabaya", "company_id": branch.id})
        )
        self.env["crm.team.member"].with_context(allowed_company_ids=[branch.id, here_company.id]).create(
            {"crm_team_id": there.id, "user_id": salesperson.id}
        )
        salesperson.company_id = here_company
        here = self.env["crm.team"].create(
            {
                "name": "Jakarta Field Sales",
                "company_id": here_company.id,
                "member_ids": [(4, salesperson.id)],
            }
        )
        self.assertEqual(salesperson.sale_team_id, there)
        self.lead.write({"team_id": False, "company_id": here_company.id})
        convert = self.open_convert_form(self.lead)
        convert.user_id = salesperson
        self.assertEqual(convert.team_id, here)
        convert.save().action_apply()
        self.assertEqual((self.lead.team_id, self.lead.company_id), (here, here_company))

    def test_salesperson_and_team_are_optional(self):
        convert = self.open_convert_form(self.lead)
        convert.user_id = self.env["res.users"]
        convert.team_id = self.env["crm.team"]
        convert.action = "nothing"
        convert.save().action_apply()
        self.assertEqual(self.lead.type, "opportunity")
        self.assertFalse(self.lead.user_id)

    def test_convert_create_new_customer(self):
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.action = "create"
        action = convert.save().action_apply()
        self.assertEqual(action["res_model"], "crm.lead")
        self.assertEqual(action["res_id"], self.lead.id)
        self.assertEqual(self.lead.type, "opportunity")
        customer = self.lead.partner_id
        self.assertEqual(customer.name, "Budi Santoso")
        self.assertEqual(customer.parent_id.name, "PT Maju Jaya Abadi")
        self.assertEqual(customer.email, "budi.santoso@majujaya.co.id")

    def test_convert_link_existing_customer(self):
        customer = self.env["res.partner"].create({"name": "CV Sinar Terang", "is_company": True})
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.action = "exist"
        convert.partner_id = customer
        convert.save().action_apply()
        self.assertEqual(self.lead.partner_id, customer)
        self.assertEqual(self.lead.type, "opportunity")

    def test_convert_without_customer(self):
        partners_before = self.env["res.partner"].search_count([])
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.action = "nothing"
        convert.save().action_apply()
        self.assertFalse(self.lead.partner_id)
        self.assertEqual(self.lead.type, "opportunity")
        self.assertEqual(self.env["res.partner"].search_count([]), partners_before)

    def test_converted_opportunity_is_in_my_pipeline(self):
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.save().action_apply()
        pipeline = self.env["crm.team"].with_user(self.salesperson).action_your_pipeline()
        self.assertEqual(pipeline["res_model"], "crm.lead")
        self.assertTrue(pipeline["context"].get("search_default_assigned_to_me"))
        # the "My Pipeline" filter the action turns on: assigned to the current user
        my_pipeline = (
            self.env["crm.lead"]
            .with_user(self.salesperson)
            .search(literal_eval(pipeline["domain"]) + [("user_id", "=", self.salesperson.id)])
        )
        self.assertIn(self.lead, my_pipeline)

    def test_won_lead_cannot_be_converted(self):
        self.lead.probability = 100
        with self.assertRaisesRegex(
            UserError, r"Cannot convert “Kursi kantor 40 unit”: a probability of 100 % means won"
        ):
            self.open_convert_form(self.lead, user=self.salesperson)
        self.assertEqual(self.lead.type, "lead")
        self.assertFalse(self.lead.partner_id)

    def test_won_lead_cannot_be_converted_through_api(self):
        """A client that creates the pop-up record itself gets the same error, and nothing changes."""
        self.lead.probability = 100
        wizard = self.env["crm.lead2opportunity.partner"].create(
            {"lead_id": self.lead.id, "action": "create"}
        )
        with self.assertRaisesRegex(UserError, r"Lower the probability below 100 %"):
            wizard.action_apply()
        self.assertEqual(self.lead.type, "lead")
        self.assertFalse(self.lead.partner_id)

    def test_convert_through_api_with_lead_only(self):
        """Stock Odoo needs ``active_ids`` in the context; the pop-up's own lead is enough here."""
        wizard = self.env["crm.lead2opportunity.partner"].create(
            {"lead_id": self.lead.id, "action": "nothing"}
        )
        action = wizard.action_apply()
        self.assertEqual(action["res_id"], self.lead.id)
        self.assertEqual(self.lead.type, "opportunity")

    def test_lost_lead_cannot_be_converted(self):
        self.lead.action_archive()
        with self.assertRaisesRegex(UserError, r"lost leads must be restored first"):
            self.open_convert_form(self.lead, user=self.salesperson)

    def test_batch_skips_lost_leads_without_creating_their_customer(self):
        """Stock Odoo skips lost leads in a batch but still creates their customer; here nothing changes."""
        lost = self.env["crm.lead"].create(
            {"name": "Lemari arsip", "type": "lead", "contact_name": "Siti Aminah", "active": False}
        )
        partners_before = self.env["res.partner"].search_count([])
        wizard = (
            self.env["crm.lead2opportunity.partner"]
            .with_context(active_model="crm.lead", active_id=self.lead.id, active_ids=(self.lead + lost).ids)
            .create({"action": "create"})
        )
        wizard.action_apply()
        self.assertEqual(self.lead.type, "opportunity")
        self.assertEqual(lost.type, "lead")
        self.assertFalse(lost.partner_id)
        # Budi Santoso and his company PT Maju Jaya Abadi, nothing for the lost lead
        self.assertEqual(self.env["res.partner"].search_count([]), partners_before + 2)

    def test_merge_with_only_a_won_duplicate_says_there_is_nothing_to_merge(self):
        """The only record alike is won: it is not offered, and Merge says there is nothing to merge with
        instead of stock's "Select at least two leads or opportunities"."""
        lead = self.env["crm.lead"].create(
            {"name": "Laptop kantor", "type": "lead", "email_from": "andi@suksesselalu.co.id"}
        )
        won = self.env["crm.lead"].create(
            {
                "name": "Laptop kantor (lama)",
                "type": "lead",
                "email_from": "andi@suksesselalu.co.id",
                "probability": 100,
            }
        )
        self.assertIn(won, lead.duplicate_lead_ids)
        with self.open_convert_form(lead) as form:
            self.assertEqual(form.name, "convert")
            self.assertEqual(form.duplicated_lead_ids[:], lead)
            form.name = "merge"
        with self.assertRaisesRegex(
            UserError, r"^“Laptop kantor” has no record to merge with: won records, and those marked"
        ):
            form.record.action_apply()
        self.assertEqual((lead.type, won.active), ("lead", True))

    def test_batch_with_a_won_lead_is_refused(self):
        won = self.env["crm.lead"].create({"name": "Meja rapat", "type": "lead", "probability": 100})
        wizard = (
            self.env["crm.lead2opportunity.partner"]
            .with_context(active_model="crm.lead", active_id=self.lead.id, active_ids=(self.lead + won).ids)
            .create({"action": "nothing"})
        )
        with self.assertRaisesRegex(
            UserError, r"Cannot convert “Meja rapat”: a probability of 100 % means won"
        ):
            wizard.action_apply()
        self.assertEqual((self.lead + won).mapped("type"), ["lead", "lead"])
