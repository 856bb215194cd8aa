import base64
import itertools
import json
import shutil
from pathlib import Path
from unittest.mock import patch

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import ChromeBrowser
from odoo.tools import config

SCREENSHOT_SIGNAL = "crm_lead_convert screenshot:"

# The records each tour works on, in the language of its salesperson (the tour checks the same names).
FLOW_DATA = {
    "id": {
        "lang": "id_ID",
        "first": {
            "name": "Kursi kantor 40 unit",
            "partner_name": "PT Maju Jaya Abadi",
            "contact_name": "Budi Santoso",
            "email_from": "budi.santoso@majujaya.co.id",
            "phone": "+62 812 3456 7890",
        },
        "similar": {
            "name": "Meja rapat 6 orang",
            "partner_name": "Maju Jaya Abadi, PT",
            "contact_name": "Santoso, Budi",
            "email_from": "budi.santoso78@gmail.com",
            "phone": "0812-3456-7890",
        },
        "new_customer": {
            "name": "Rak arsip baja",
            "partner_name": "CV Sinar Terang",
            "contact_name": "Rina Kartika",
            "email_from": "rina@sinarterang.co.id",
        },
        "existing_customer": {"name": "Vitamin untuk apotek", "contact_name": "Dewi Lestari"},
        "no_customer": {"name": "Pertanyaan dari situs web", "contact_name": "Pengunjung situs"},
        "won": {
            "name": "Meja berdiri (sudah berhasil)",
            "partner_name": "PT Kantor Sehat",
            "probability": 100,
        },
        "existing_customer_name": "Apotek Sehat Sentosa",
        "salesperson": "Sari Salesperson",
        "team": "Jakarta Inside Sales",
    },
    "nl": {
        "lang": "nl_NL",
        "first": {
            "name": "Bureaustoelen 40 stuks",
            "partner_name": "Slagerij Hendriks B.V.",
            "contact_name": "Jan de Vries",
            "email_from": "jan@slagerijhendriks.nl",
            "phone": "+31 6 2468 1357",
        },
        "similar": {
            "name": "Vergadertafel voor 6",
            "partner_name": "Slagerij Hendricks BV",
            "contact_name": "Vries, Jan de",
            "email_from": "jandevries1970@gmail.com",
            "phone": "06-24681357",
        },
        "new_customer": {
            "name": "Stalen archiefkast",
            "partner_name": "Drukkerij Jansen V.O.F.",
            "contact_name": "Eva Jansen",
            "email_from": "eva@drukkerijjansen.nl",
        },
        "existing_customer": {"name": "Vitamines voor de apotheek", "contact_name": "Pieter Bakker"},
        "no_customer": {"name": "Vraag via de website", "contact_name": "Websitebezoeker"},
        "won": {"name": "Statafels (al gewonnen)", "partner_name": "Kantoor Gezond B.V.", "probability": 100},
        "existing_customer_name": "Apotheek De Linde",
        "salesperson": "Sanne Verkoper",
        "team": "Utrecht Inside Sales",
    },
}


class ScreenshotTourCase(HttpCase):
    """Tours in Indonesian and Dutch whose steps named "screenshot" get a picture of the page."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        languages = [flow["lang"] for flow in FLOW_DATA.values()]
        for code in languages:
            cls.env["res.lang"]._activate_lang(code)
        cls.env["ir.module.module"].search(
            [("name", "in", ("base", "web", "mail", "sales_team", "crm", "crm_lead_convert"))]
        )._update_translations(languages)

    def _screenshot_hook(self, folder):
        """Answer the tour's screenshot requests: capture the page, then tell the tour it may go on."""
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        numbers = itertools.count(1)
        handle_console = ChromeBrowser._handle_console

        def capture(browser, name):
            path = folder / f"{next(numbers):02d}_{name}.png"

            def save(future):
                try:
                    path.write_bytes(base64.b64decode(future.result()["data"]))
                finally:
                    browser._websocket_send(
                        "Runtime.evaluate",
                        params={
                            "expression": f"document.body.dataset.crmLeadConvertShot = {json.dumps(name)}"
                        },
                    )

            browser._websocket_send("Page.captureScreenshot", with_future=True).add_done_callback(save)

        def handle_console_with_screenshots(browser, **params):
            args = params.get("args") or []
            if params.get("type") == "log" and args:
                message = str(browser._from_remoteobject(args[0]))
                if message.startswith(SCREENSHOT_SIGNAL):
                    capture(browser, message[len(SCREENSHOT_SIGNAL) :].strip())
            return handle_console(browser, **params)

        return patch.object(ChromeBrowser, "_handle_console", handle_console_with_screenshots)


# "is_tour": Odoo adds it to tests that call start_tour themselves; these call it through a helper
@tagged("post_install", "-at_install", "is_tour")
class TestDocumentedFlowTour(ScreenshotTourCase):
    """The documented flow in a real browser, in Indonesian and in Dutch, with screenshots of its main steps.

    An administrator enables Leads in the CRM settings; a salesperson (own documents only) then opens a lead,
    its Similar Leads, converts leads with each of the three customer options, meets the error on a lead at
    100 %, merges a lead with its similar lead, undoes the merge and finds the opportunities in My Pipeline.
    Screenshots go to ``<screenshots>/<database>/crm_lead_convert/<language>/`` (Odoo's ``--screenshots``
    option, ``/tmp/odoo_tests`` by default), numbered in the order of the flow.
    """

    def setUp(self):
        super().setUp()
        # Start from a database without Leads, as a new CRM is: the administrator's tour enables them.
        self.env["res.config.settings"].create({"group_use_lead": False}).execute()

    def _prepare_flow(self, key):
        flow = FLOW_DATA[key]
        self.env.ref("base.user_admin").lang = flow["lang"]
        salesperson = new_test_user(
            self.env,
            login=f"crm_lead_convert_tour_{key}",
            name=flow["salesperson"],
            groups="sales_team.group_sale_salesman",
            lang=flow["lang"],
        )
        team = self.env["crm.team"].create(
            {
                "name": flow["team"],
                "use_leads": True,
                "member_ids": [(6, 0, salesperson.ids)],
            }
        )
        self.env["res.partner"].create({"name": flow["existing_customer_name"], "is_company": True})
        common = {"type": "lead", "user_id": salesperson.id, "team_id": team.id}
        self.env["crm.lead"].create(
            [
                dict(flow[role], **common)
                for role in ("first", "similar", "new_customer", "existing_customer", "no_customer", "won")
            ]
        )
        return flow, salesperson, team

    def _walk_documented_flow(self, key):
        flow, salesperson, team = self._prepare_flow(key)
        folder = Path(config["screenshots"]) / self.env.cr.dbname / "crm_lead_convert" / key
        with self._screenshot_hook(folder):
            self.start_tour("/odoo", f"crm_lead_convert_enable_leads_{key}", login="admin", timeout=180)
            self.start_tour(
                "/odoo", f"crm_lead_convert_documented_flow_{key}", login=salesperson.login, timeout=180
            )

        # What the browser did is in the database: Leads enabled, three opportunities, their customers.
        self.assertTrue(salesperson.has_group("crm.group_use_lead"))
        leads = (
            self.env["crm.lead"].with_context(active_test=False).search([("user_id", "=", salesperson.id)])
        )
        by_name = {lead.name: lead for lead in leads}
        self.assertEqual(by_name[flow["new_customer"]["name"]].type, "opportunity")
        self.assertEqual(
            by_name[flow["new_customer"]["name"]].partner_id.commercial_partner_id.name,
            flow["new_customer"]["partner_name"],
        )
        self.assertEqual(
            by_name[flow["existing_customer"]["name"]].partner_id.name, flow["existing_customer_name"]
        )
        self.assertFalse(by_name[flow["no_customer"]["name"]].partner_id)
        converted = [
            by_name[flow[role]["name"]] for role in ("new_customer", "existing_customer", "no_customer")
        ]
        self.assertEqual(
            {(lead.type, lead.user_id, lead.team_id) for lead in converted},
            {("opportunity", salesperson, team)},
        )
        self.assertEqual(by_name[flow["won"]["name"]].type, "lead")
        # The merge was undone: both records are leads again, active, and not merged.
        for role in ("first", "similar"):
            lead = by_name[flow[role]["name"]]
            self.assertEqual((lead.type, lead.active, lead.merged_into_id), ("lead", True, lead.browse()))
        shots = sorted(path.name for path in folder.glob("*.png"))
        self.assertEqual(
            [name.split("_", 1)[1] for name in shots],
            [
                "settings_leads.png",
                "lead_form.png",
                "similar_leads.png",
                "convert_popup.png",
                "won_error.png",
                "merge_popup.png",
                "merged.png",
                "undone.png",
                "my_pipeline.png",
            ],
        )

    def test_documented_flow_indonesian(self):
        self._walk_documented_flow("id")

    def test_documented_flow_dutch(self):
        self._walk_documented_flow("nl")


# The second lead of the prospect whose group the Duplicates tour merges and undoes: the company name written
# otherwise, the same address.
OTHER_SPELLING = {"id": "Sinar Terang, CV", "nl": "Drukkerij Jansen VOF"}


@tagged("post_install", "-at_install", "is_tour")
class TestDuplicatesTour(ScreenshotTourCase):
    """The review queue of Duplicates in a real browser, in Indonesian and in Dutch: a CRM manager finds the
    duplicates, opens the group of a lead and its similar lead and tells that they are different prospects,
    then merges the group of another prospect's two leads from the list and undoes that merge on the group.
    Screenshots go to ``<screenshots>/<database>/crm_lead_convert/duplicates_<language>/``."""

    def _walk_review_queue(self, key):
        flow = FLOW_DATA[key]
        self.env.ref("base.user_admin").lang = flow["lang"]
        leads = self.env["crm.lead"].create([flow["first"], flow["similar"]])
        other = flow["new_customer"]
        others = self.env["crm.lead"].create(
            [other, {**other, "name": f"{other['name']} (2)", "partner_name": OTHER_SPELLING[key]}]
        )
        folder = Path(config["screenshots"]) / self.env.cr.dbname / "crm_lead_convert" / f"duplicates_{key}"
        with self._screenshot_hook(folder):
            self.start_tour("/odoo", f"crm_lead_convert_duplicates_{key}", login="admin", timeout=180)

        group = self.env["crm.lead.duplicate.group"].search([("lead_ids", "in", leads.ids)])
        self.assertEqual(group.state, "dismissed")
        self.assertEqual(group.lead_ids & leads, leads)
        self.assertEqual(leads[0].not_same_prospect_ids & leads, leads[1])
        # merged, then undone: both records are back, and their group is to review again
        group = self.env["crm.lead.duplicate.group"].search([("lead_ids", "in", others.ids)])
        self.assertEqual((group.state, group.lead_ids & others), ("to_review", others))
        self.assertFalse(others.filtered("merged_into_id"))
        self.assertEqual(others.mapped("active"), [True, True])
        self.assertEqual(others.merge_record_ids.mapped("state"), ["undone"])
        shots = sorted(path.name for path in folder.glob("*.png"))
        self.assertEqual(
            [name.split("_", 1)[1] for name in shots],
            ["duplicates.png", "duplicate_group.png", "merged_group.png"],
        )

    def test_review_queue_indonesian(self):
        self._walk_review_queue("id")

    def test_review_queue_dutch(self):
        self._walk_review_queue("nl")
