from odoo.tests import Form, tagged

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestLeadsSetting(CrmLeadConvertCase):
    """CRM > Configuration > Settings > Leads shows and hides the Leads menu."""

    def _set_leads_setting(self, enabled):
        with Form(self.env["res.config.settings"]) as settings:
            settings.group_use_lead = enabled
        settings.record.execute()

    def _salesperson_sees_leads_menu(self):
        leads_menu = self.env.ref("crm.crm_menu_leads")
        visible_ids = self.env["ir.ui.menu"].with_user(self.salesperson)._visible_menu_ids()
        return leads_menu.id in visible_ids

    def test_leads_setting_toggles_leads_menu(self):
        self._set_leads_setting(False)
        self.assertFalse(self._salesperson_sees_leads_menu())
        self.assertFalse(self.salesperson.has_group("crm.group_use_lead"))

        self._set_leads_setting(True)
        self.assertTrue(self._salesperson_sees_leads_menu())

        self._set_leads_setting(False)
        self.assertFalse(self._salesperson_sees_leads_menu())

    def test_a_team_without_leads_stays_so_across_the_setting_off_and_on(self):
        """Stock Odoo turns leads off for every team with the setting, and on for every team as it comes back;
        a team that had turned them off for itself keeps its choice, the others have leads again."""
        self.team_direct.use_leads = False
        self.assertTrue(self.team_leads.use_leads)
        self._set_leads_setting(False)
        self.assertEqual((self.team_leads | self.team_direct).mapped("use_leads"), [False, False])
        self._set_leads_setting(True)
        self.assertEqual((self.team_leads.use_leads, self.team_direct.use_leads), (True, False))
        # its incoming emails still make opportunities
        self.assertIn("'type': 'opportunity'", self.team_direct.alias_defaults)
        self.assertIn("'type': 'lead'", self.team_leads.alias_defaults)

    def test_leads_setting_shows_convert_button_on_leads_only(self):
        arch = self.env["crm.lead"].get_view(view_type="form")["arch"]
        action_id = self.env.ref("crm.action_crm_lead2opportunity_partner").id
        self.assertIn(f'name="{action_id}"', arch)
        self.assertIn('string="Convert to Opportunity"', arch)
