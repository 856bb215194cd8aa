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

    def test_leads_setting_shows_convert_button_on_leads_only(self):
        arch = self.env["crm.lead"].get_view(view_type="form")["arch"]
        action_id = self.env.ref("crm.action_crm_lead2opportunity_partner").id
        self.assertIn(f'name="{action_id}"', arch)
        self.assertIn('string="Convert to Opportunity"', arch)
