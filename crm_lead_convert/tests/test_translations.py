from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import Form, tagged
from odoo.tools.translate import code_translations

from odoo.addons.crm_lead_convert.models.crm_lead_duplicate_group import SCAN_STARTED_PARAM

from .common import CrmLeadConvertCase


@tagged("post_install", "-at_install")
class TestTranslations(CrmLeadConvertCase):
    """Salespeople working in Indonesian or Dutch see the pop-up, errors and merge in their language."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for code in ("id_ID", "nl_NL"):
            cls.env["res.lang"]._activate_lang(code)
        cls.env["ir.module.module"].search(
            [("name", "in", ("crm", "crm_lead_convert"))]
        )._update_translations(["id_ID", "nl_NL"])

    def test_popup_labels(self):
        expected = {
            "id_ID": ("Tindakan Konversi", "Penjual", "Tim Penjualan"),
            "nl_NL": ("Conversie actie", "Verkoper", "Verkoopteam"),
        }
        for lang, labels in expected.items():
            fields = (
                self.env["crm.lead2opportunity.partner"]
                .with_context(lang=lang)
                .fields_get(["name", "user_id", "team_id"], ["string"])
            )
            self.assertEqual(
                (fields["name"]["string"], fields["user_id"]["string"], fields["team_id"]["string"]), labels
            )

    def test_won_lead_error(self):
        self.lead.probability = 100
        expected = {
            "id_ID": r"Tidak dapat mengonversi “Kursi kantor 40 unit”: probabilitas 100 % berarti berhasil",
            "nl_NL": r"Kan “Kursi kantor 40 unit” niet converteren: een kans van 100 % betekent gewonnen",
        }
        for lang, message in expected.items():
            # the web client sends the user's language in the context of every call
            wizard = (
                self.env["crm.lead2opportunity.partner"].with_user(self.salesperson).with_context(lang=lang)
            )
            with self.assertRaisesRegex(UserError, message):
                Form(
                    wizard.with_context(
                        active_model="crm.lead", active_id=self.lead.id, active_ids=self.lead.ids
                    )
                )

    def test_duplicates_say_why_in_the_reader_s_language(self):
        """The reasons of a group of duplicates are worded by the scan in every installed language: each user
        reads them in theirs, whoever ran the scan."""
        Lead = self.env["crm.lead"]
        Lead.search([]).write({"active": False})
        Lead.create(
            [
                {"name": "Meja", "contact_name": "Jan Jansen", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "Kursi", "contact_name": "Piet Peters", "email_from": "piet@bakkerijjansen.nl"},
                {"name": "Lemari", "contact_name": "Kees Bakker", "email_from": "kees@bakkerijjansen.nl"},
            ]
        )
        scan_user = self.env.ref("base.user_admin")
        scan_user.lang = "id_ID"
        Group = self.env["crm.lead.duplicate.group"]
        Group.with_user(scan_user).with_context(lang="id_ID")._scan_all()
        group = Group.search([("state", "=", "to_review")])
        expected = {
            "en_US": "same email domain: bakkerijjansen.nl",
            "id_ID": "domain email yang sama: bakkerijjansen.nl",
            "nl_NL": "zelfde e-maildomein: bakkerijjansen.nl",
        }
        for lang, words in expected.items():
            read = group.with_context(lang=lang)
            self.assertIn(words, read.reason)
            self.assertEqual(read.link_reasons.count(words), 2, "one line a pair that joined the group")

    def test_duplicates_worded_in_a_language_installed_after_the_scan(self):
        """A language installed after the scan has the groups to review worded in it by a full scan, which
        the scheduled scan runs soon: until then its users read the English."""
        Lead = self.env["crm.lead"]
        Lead.search([]).write({"active": False})
        Lead.create(
            [
                {"name": "Meja", "contact_name": "Jan Jansen", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "Kursi", "contact_name": "Piet Peters", "email_from": "piet@bakkerijjansen.nl"},
            ]
        )
        dutch = self.env["res.lang"].with_context(active_test=False).search([("code", "=", "nl_NL")])
        self.env["res.users"].with_context(active_test=False).search([("lang", "=", "nl_NL")]).lang = "en_US"
        dutch.active = False
        Group = self.env["crm.lead.duplicate.group"]
        Group._scan_all()
        group = Group.search([("state", "=", "to_review")])

        def dutch_reason():
            self.env.flush_all()
            self.env.cr.execute(
                "SELECT reason->>'nl_NL' FROM crm_lead_duplicate_group WHERE id = %s", [group.id]
            )
            return self.env.cr.fetchone()[0]

        self.assertIsNone(dutch_reason(), "no Dutch: its readers would see the English")
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])

        self.env["res.lang"]._activate_lang("nl_NL")

        self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers)
        self.assertIsNone(Group._scan_begin(), "a full scan under way: since nothing, every lead")
        params = self.env["ir.config_parameter"]
        for _run in range(10):
            progress = self.env["ir.cron.progress"].create({"cron_id": cron.id})
            Group.with_context(ir_cron_progress_id=progress.id)._cron_scan()
            if not params.get_param(SCAN_STARTED_PARAM):
                break
        group = Group.search([("state", "=", "to_review")])
        self.assertIn("zelfde e-maildomein: bakkerijjansen.nl", dutch_reason())
        self.assertIn("zelfde e-maildomein: bakkerijjansen.nl", group.with_context(lang="nl_NL").reason)
        self.assertIn("domain email yang sama", group.with_context(lang="id_ID").reason)

    def test_merge_and_undo_messages(self):
        expected = {
            "id_ID": (
                "Pilih setidaknya dua prospek atau peluang",
                "tidak memiliki penggabungan untuk dibatalkan",
            ),
            "nl_NL": (
                "Selecteer minstens twee leads of verkoopkansen",
                "heeft geen samenvoeging om ongedaan",
            ),
        }
        for lang, (merge_message, undo_message) in expected.items():
            lead = self.lead.with_context(lang=lang)
            with self.assertRaisesRegex(UserError, merge_message):
                lead.merge_opportunity()
            with self.assertRaisesRegex(UserError, undo_message):
                lead.action_undo_merge()

    def test_translators_choose_the_quotes_around_names(self):
        """Names are quoted by a term of their own, so each language writes its own quotes."""
        dutch = {
            **code_translations.get_python_translations("crm_lead_convert", "nl_NL"),
            "“%(name)s”": "‘%(name)s’",
        }
        self.lead.probability = 100
        other = self.env["crm.lead"].create({"name": "Meja rapat", "user_id": self.salesperson.id})
        leads = (self.lead | other).with_user(self.salesperson).with_context(lang="nl_NL")
        with (
            patch.dict(code_translations.python_translations, {("crm_lead_convert", "nl_NL"): dutch}),
            self.assertRaisesRegex(UserError, "Kan ‘Kursi kantor 40 unit’ niet samenvoegen"),
        ):
            leads.merge_opportunity()
