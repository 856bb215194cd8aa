from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestConvertMass(CrmLeadConvertCase):
    """Convert to opportunities from the list: the same rules, and a report of what was skipped."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lead_won = cls.env["crm.lead"].create(
            {"name": "Meja rapat (won)", "type": "lead", "probability": 100, "team_id": cls.team_leads.id}
        )
        cls.lead_lost = cls.env["crm.lead"].create(
            {"name": "Lemari arsip (lost)", "type": "lead", "active": False, "team_id": cls.team_leads.id}
        )

    def _open_mass_form(self, leads, user=None):
        wizard_model = self.env["crm.lead2opportunity.partner.mass"]
        if user:
            wizard_model = wizard_model.with_user(user)
        return Form(
            wizard_model.with_context(active_model="crm.lead", active_ids=leads.ids, active_id=leads[0].id)
        )

    def test_mass_convert_reports_skipped_leads(self):
        leads = self.lead_won + self.lead + self.lead_lost
        convert = self._open_mass_form(leads)
        self.assertIn("“Meja rapat (won)”", convert.skipped_lead_summary)
        self.assertIn("100 %", convert.skipped_lead_summary)
        self.assertIn("“Lemari arsip (lost)”", convert.skipped_lead_summary)
        action = convert.save().action_mass_convert()

        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(action["params"]["type"], "warning")
        self.assertIn("“Meja rapat (won)”", action["params"]["message"])
        self.assertEqual(action["params"]["next"]["res_id"], self.lead.id)
        # the web client opens it after the notification: an action it can run, with its views
        self.assertEqual(action["params"]["next"]["views"], [(False, "form")])
        self.assertEqual(self.lead.type, "opportunity")
        self.assertEqual((self.lead_won + self.lead_lost).mapped("type"), ["lead", "lead"])
        self.assertFalse((self.lead_won + self.lead_lost).partner_id)

    def test_mass_convert_without_skipped_opens_result(self):
        other = self.env["crm.lead"].create(
            {"name": "Kabinet", "type": "lead", "team_id": self.team_leads.id}
        )
        convert = self._open_mass_form(self.lead + other)
        self.assertFalse(convert.skipped_lead_summary)
        action = convert.save().action_mass_convert()
        self.assertEqual(action["res_model"], "crm.lead")
        self.assertEqual((self.lead + other).mapped("type"), ["opportunity", "opportunity"])

    def test_mass_convert_of_only_won_leads_is_refused(self):
        with self.assertRaisesRegex(UserError, r"Cannot convert “Meja rapat \(won\)”"):
            self._open_mass_form(self.lead_won)
        self.assertEqual(self.lead_won.type, "lead")
