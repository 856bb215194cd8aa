import importlib.util
from pathlib import Path

from odoo.tests import Form, TransactionCase, new_test_user


def run_migration(cr, version, from_version):
    """Run this module's post-migration script of ``version`` on ``cr``, as an upgrade from
    ``from_version`` does."""
    path = Path(__file__).parent.parent / "migrations" / version / "post-migrate.py"
    spec = importlib.util.spec_from_file_location(f"crm_lead_convert_post_migrate_{version}", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    migration.migrate(cr, from_version)


class CrmLeadConvertCase(TransactionCase):
    """Two sales teams, one qualifying leads and one not, and the people who click through them.

    ``salesperson`` sees only their own leads (no manager rights); ``salesperson_other`` is in the other team.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.config.settings"].create({"group_use_lead": True}).execute()
        cls.salesperson = new_test_user(
            cls.env,
            login="crm_convert_salesperson",
            name="Sari Salesperson",
            groups="sales_team.group_sale_salesman",
        )
        cls.salesperson_other = new_test_user(
            cls.env,
            login="crm_convert_salesperson_other",
            name="Daan Salesperson",
            groups="sales_team.group_sale_salesman",
        )
        cls.manager = new_test_user(
            cls.env,
            login="crm_convert_manager",
            name="Maya Manager",
            groups="sales_team.group_sale_manager",
        )
        cls.team_leads = cls.env["crm.team"].create(
            {
                "name": "Jakarta Inside Sales",
                "use_leads": True,
                "use_opportunities": True,
                "member_ids": [(6, 0, cls.salesperson.ids)],
            }
        )
        cls.team_direct = cls.env["crm.team"].create(
            {
                "name": "Rotterdam Direct Sales",
                "use_leads": False,
                "use_opportunities": True,
                "alias_name": "rotterdam.direct",
                "member_ids": [(6, 0, cls.salesperson_other.ids)],
            }
        )
        cls.lead = cls.env["crm.lead"].create(
            {
                "name": "Kursi kantor 40 unit",
                "type": "lead",
                "partner_name": "PT Maju Jaya Abadi",
                "contact_name": "Budi Santoso",
                "email_from": "budi.santoso@majujaya.co.id",
                "phone": "+62 812 3456 7890",
                "user_id": cls.salesperson.id,
                "team_id": cls.team_leads.id,
            }
        )

    def open_convert_form(self, lead, user=None):
        """Open the Convert to opportunity pop-up as the lead form's button does."""
        wizard_model = self.env["crm.lead2opportunity.partner"]
        if user:
            wizard_model = wizard_model.with_user(user)
        return Form(
            wizard_model.with_context(active_model="crm.lead", active_id=lead.id, active_ids=lead.ids)
        )
