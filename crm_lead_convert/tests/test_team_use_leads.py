from lxml import etree

from odoo.tests import Form, tagged

from odoo.addons.mail.tests.common import MailCommon

from .common import CrmLeadConvertCase

INCOMING_EMAIL = """From: Jan de Vries <jan@bakkerijdevries.nl>
To: rotterdam.direct@{domain}
Subject: Offerte 200 broodkratten
Message-ID: <{message_id}@bakkerijdevries.nl>
Content-Type: text/plain; charset=utf-8

Graag een offerte voor 200 broodkratten.
"""


@tagged("post_install", "-at_install")
class TestTeamUseLeads(CrmLeadConvertCase):
    """A team's Leads option decides what arrives for it, whatever the way the record is created."""

    def test_form_in_team_without_leads_gives_opportunity(self):
        lead_form = Form(
            self.env["crm.lead"]
            .with_user(self.salesperson_other)
            .with_context(default_type="lead", default_team_id=self.team_direct.id)
        )
        lead_form.name = "Broodkratten 200 stuks"
        lead = lead_form.save()
        self.assertEqual(lead.team_id, self.team_direct)
        self.assertEqual(lead.type, "opportunity")

    def test_new_lead_form_says_it_will_arrive_as_an_opportunity(self):
        """Before saving, the form of a new lead for a team without leads says that it becomes an opportunity;
        for a team qualifying leads, or once saved, it says nothing."""
        arch = etree.fromstring(self.env["crm.lead"].get_view(view_type="form")["arch"])
        notice = arch.xpath("//div[@name='team_without_leads']")[0]
        self.assertEqual(notice.get("invisible"), "id or type != 'lead' or not team_id or team_use_leads")
        self.assertIn("once saved, this lead becomes an opportunity", notice.text)
        lead_form = Form(
            self.env["crm.lead"].with_user(self.salesperson_other).with_context(default_type="lead")
        )
        lead_form.team_id = self.team_direct
        self.assertFalse(lead_form.team_use_leads)
        lead_form.team_id = self.team_leads
        self.assertTrue(lead_form.team_use_leads)

    def test_form_in_team_with_leads_keeps_lead(self):
        lead_form = Form(
            self.env["crm.lead"]
            .with_user(self.salesperson)
            .with_context(default_type="lead", default_team_id=self.team_leads.id)
        )
        lead_form.name = "Meja rapat 6 unit"
        self.assertEqual(lead_form.save().type, "lead")

    def test_api_create_in_team_without_leads_gives_opportunity(self):
        leads = self.env["crm.lead"].create(
            [
                {"name": "Broodkratten", "type": "lead", "team_id": self.team_direct.id},
                {"name": "Kursi", "type": "lead", "team_id": self.team_leads.id},
                {"name": "No team", "type": "lead", "team_id": False, "user_id": False},
            ]
        )
        self.assertEqual(leads.mapped("type"), ["opportunity", "lead", "lead"])

    def test_team_given_stays_when_the_salesperson_is_in_another_team(self):
        """A lead for a team without leads, assigned to a salesperson of another team (or created by someone
        of no team): an opportunity of the team given, as when it is created as one. Stock recomputes the
        team when the type changes, and took the salesperson's team, which qualifies leads."""
        leads = self.env["crm.lead"].create(
            [
                {"name": "Koelcellen", "type": "lead", "team_id": self.team_direct.id, "user_id": uid}
                for uid in (self.salesperson.id, self.env.ref("base.user_admin").id)
            ]
        )
        self.assertEqual(leads.mapped("type"), ["opportunity", "opportunity"])
        self.assertEqual(leads.team_id, self.team_direct)
        self.assertEqual(leads.mapped("user_id"), self.salesperson | self.env.ref("base.user_admin"))

    def test_team_from_salesperson_without_leads_gives_opportunity(self):
        """No team given: the team comes from the salesperson, and it does not qualify leads."""
        lead = self.env["crm.lead"].create(
            {"name": "Palletwagens", "type": "lead", "user_id": self.salesperson_other.id}
        )
        self.assertEqual(lead.team_id, self.team_direct)
        self.assertEqual(lead.type, "opportunity")

    def test_import_in_team_without_leads_gives_opportunity(self):
        result = self.env["crm.lead"].load(
            ["name", "type", "team_id"],
            [
                ["Imported: koelcellen", "lead", self.team_direct.name],
                ["Imported: lemari arsip", "lead", self.team_leads.name],
            ],
        )
        self.assertFalse(result["messages"])
        leads = self.env["crm.lead"].browse(result["ids"])
        self.assertEqual(leads.mapped("type"), ["opportunity", "lead"])


@tagged("post_install", "-at_install")
class TestTeamUseLeadsMailGateway(MailCommon, CrmLeadConvertCase):
    """An email to the alias of a team without leads becomes an opportunity."""

    def test_alias_email_in_team_without_leads_gives_opportunity(self):
        self.team_direct.alias_id.alias_domain_id = self.mail_alias_domain
        message = INCOMING_EMAIL.format(domain=self.mail_alias_domain.name, message_id="offerte-200")
        lead = self.env["crm.lead"].browse(self.env["mail.thread"].message_process("crm.lead", message))
        self.assertEqual(lead.team_id, self.team_direct)
        self.assertEqual(lead.type, "opportunity")

    def test_alias_defaults_asking_for_a_lead_still_give_opportunity(self):
        """Stock Odoo only sets the alias default; an alias asking for leads must not bypass the team."""
        self.team_direct.alias_id.write(
            {
                "alias_domain_id": self.mail_alias_domain.id,
                "alias_defaults": repr({"type": "lead", "team_id": self.team_direct.id}),
            }
        )
        message = INCOMING_EMAIL.format(domain=self.mail_alias_domain.name, message_id="offerte-201")
        lead = self.env["crm.lead"].browse(self.env["mail.thread"].message_process("crm.lead", message))
        self.assertEqual(lead.team_id, self.team_direct)
        self.assertEqual(lead.type, "opportunity")
