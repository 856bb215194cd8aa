import sys

from lxml import etree

from odoo.modules.module import get_manifest
from odoo.osv import expression
from odoo.tests import TransactionCase, tagged
from odoo.tools.safe_eval import safe_eval

from .common_merge import FEB, MAR, CrmLeadMergeCase

SEARCH_VIEWS = (
    "crm.view_crm_case_leads_filter",
    "crm.view_crm_case_opportunities_filter",
    "crm.crm_opportunity_report_view_search",
)
ANALYSIS_ACTIONS = ("crm.crm_opportunity_report_action", "crm.crm_opportunity_report_action_lead")


@tagged("post_install", "-at_install")
class TestMergedRecordsAreNotLost(CrmLeadMergeCase):
    """A merged record is archived, but neither lost nor closed: it stays out of the Lost filters, closed
    dates, the analysis reports and lead scoring, and has a filter of its own, Merged."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # a lead at 0 % that was never lost: archived by a merge, it would look lost to stock Odoo
        cls.at_zero = cls.env["crm.lead"].create(
            {
                "name": "Kursi kantor (0 %)",
                "type": "opportunity",
                "email_from": cls.lead.email_from,
                "user_id": cls.salesperson.id,
                "probability": 0,
            }
        )
        cls.set_create_date(cls.at_zero, FEB)
        cls.lost = cls.env["crm.lead"].create(
            {"name": "Lemari arsip (hilang)", "type": "opportunity", "user_id": cls.salesperson.id}
        )
        cls.set_create_date(cls.lost, MAR)
        cls.lost.action_set_lost()

    def setUp(self):
        super().setUp()
        self.merge_from_list(self.lead | self.at_zero, user=self.salesperson)
        self.assertEqual((self.at_zero.active, self.at_zero.probability), (False, 0))

    def filter_domain(self, view_xmlid, filter_name):
        """Return the domain of a filter of a search view, as the web client applies it."""
        view = self.env.ref(view_xmlid)
        arch = self.env["crm.lead"].get_views([(view.id, "search")])["views"]["search"]["arch"]
        (node,) = etree.fromstring(arch).xpath(f"//filter[@name='{filter_name}']")
        return safe_eval(node.get("domain"), {"uid": self.salesperson.id})

    def found(self, domain):
        return self.env["crm.lead"].with_user(self.salesperson).search(domain)

    def test_lost_filters_leave_merged_records_out(self):
        for view_xmlid, filter_name in (SEARCH_VIEWS[0], "lost"), (SEARCH_VIEWS[1], "filter_lost"):
            with self.subTest(view=view_xmlid):
                found = self.found(self.filter_domain(view_xmlid, filter_name))
                self.assertIn(self.lost, found)
                self.assertNotIn(self.at_zero, found)

    def test_merged_filter(self):
        for view_xmlid in SEARCH_VIEWS[:2]:
            with self.subTest(view=view_xmlid):
                found = self.found(self.filter_domain(view_xmlid, "merged"))
                self.assertIn(self.at_zero, found)
                self.assertNotIn(self.lost, found)
                self.assertNotIn(self.lead, found)

    def test_merged_record_keeps_its_closed_date(self):
        """Archiving stamps a closed date; archiving for a merge does not: the record was not closed."""
        self.assertFalse(self.at_zero.date_closed)
        self.assertTrue(self.lost.date_closed)

    def test_analysis_filters_leave_merged_records_out(self):
        """The analysis reports' search (Pipeline Analysis, Leads Analysis, a team's Pipeline Analysis)."""
        for filter_name in ("filter_inactive", "inactive", "lost"):
            with self.subTest(filter=filter_name):
                found = self.found(self.filter_domain(SEARCH_VIEWS[2], filter_name))
                self.assertIn(self.lost, found)
                self.assertNotIn(self.at_zero, found)

    def test_analysis_menus_leave_merged_records_out(self):
        """CRM > Reporting > Pipeline / Leads, whatever the filters: here a custom one on archived records."""
        for action_xmlid in ANALYSIS_ACTIONS:
            with self.subTest(action=action_xmlid):
                domain = safe_eval(self.env.ref(action_xmlid).domain or "[]")
                found = self.found(expression.AND([domain, [("active", "=", False)]]))
                self.assertIn(self.lost, found)
                self.assertNotIn(self.at_zero, found)

    def test_lead_scoring_does_not_learn_from_merged_records(self):
        """Predictive lead scoring learns from won and lost records; a merged one is neither."""
        self.env["ir.config_parameter"].sudo().set_param("crm.pls_start_date", "2000-01-01")
        self.lost.team_id = self.team_direct
        self.env["crm.lead"]._rebuild_pls_frequency_table()

        frequencies = self.env["crm.lead.scoring.frequency"].search([("variable", "=", "stage_id")])
        lost_by_team = {
            team: sum(
                frequencies.filtered(lambda frequency, team=team: frequency.team_id == team).mapped(
                    "lost_count"
                )
            )
            for team in (self.team_leads, self.team_direct)
        }
        self.assertGreaterEqual(lost_by_team[self.team_direct], 1, "the lost record counts")
        self.assertLess(lost_by_team[self.team_leads], 1, "the merged record does not")


@tagged("post_install", "-at_install")
class TestUninstall(TransactionCase):
    """Uninstalled, the addon leaves crm's analysis menus as crm defines them: the domain it gives them names
    a field that goes with it."""

    def test_uninstall_gives_the_analysis_menus_back_their_domain(self):
        actions = [self.env.ref(xmlid) for xmlid in ANALYSIS_ACTIONS]
        self.assertEqual([action.domain for action in actions], ["[('merged_into_id', '=', False)]"] * 2)

        # an earlier version of Similar Leads' search function and of its index, left by code deployed without
        # an update
        self.env.cr.execute(
            """CREATE FUNCTION crm_lead_similar_search(searched integer) RETURNS integer
                   LANGUAGE sql AS 'SELECT 1';
               CREATE INDEX crm_lead_similar_company_spelling_trgm_index ON crm_lead
                USING gin (crm_lead_spelling_key(similar_company_key) gin_trgm_ops)"""
        )
        self.env["crm.lead.duplicate.group"]._scan_all()
        self.assertTrue(self.env["ir.config_parameter"].get_param("crm_lead_convert.duplicate_scan_last"))
        self.env["crm.lead.company.word"]._refresh()
        self.assertTrue(self.env["ir.config_parameter"].get_param("crm_lead_convert.company_word_total"))
        self.assertTrue(self.env["ir.config_parameter"].get_param("crm_lead_convert.company_namesake_pairs"))
        # as Odoo calls it when uninstalling
        uninstall_hook = get_manifest("crm_lead_convert").get("uninstall_hook")
        self.assertTrue(uninstall_hook)
        getattr(sys.modules["odoo.addons.crm_lead_convert"], uninstall_hook)(self.env)

        # crm's data gives them none
        self.assertEqual([action.domain for action in actions], [False, False])
        # and the table of company-name blocks goes with its trigger: crm_lead keeps no trigger of ours; nor
        # does the database keep Similar Leads' search function
        self.env.cr.execute(
            """SELECT to_regclass('crm_lead_company_token'),
                      (SELECT count(*) FROM pg_trigger WHERE tgname = 'crm_lead_company_token_sync'),
                      (SELECT count(*) FROM pg_proc WHERE proname = 'crm_lead_similar_search'),
                      to_regclass('crm_lead_similar_company_spelling_trgm_index')"""
        )
        self.assertEqual(self.env.cr.fetchone(), (None, 0, 0, None))
        # nor the index of stock's email addresses, nor the scan's state and the keys' fingerprint, which
        # would make the first scan of a reinstall an incremental one, with an empty table of pairs, nor the
        # numbers counted with the word counts (dropped with the addon)
        self.env.cr.execute("SELECT to_regclass('crm_lead_email_normalized_hash_index')")
        self.assertEqual(self.env.cr.fetchone(), (None,))
        # nor the index of the names company domains spell, on stock's email_domain_criterion, nor its
        # function
        self.env.cr.execute(
            """SELECT to_regclass('crm_lead_similar_domain_spelling_index'),
                      (SELECT count(*) FROM pg_proc WHERE proname = 'crm_lead_domain_spelling')"""
        )
        self.assertEqual(self.env.cr.fetchone(), (None, 0))
        self.assertFalse(
            self.env["ir.config_parameter"].search(
                [
                    "|",
                    "|",
                    ("key", "=like", "crm_lead_convert.duplicate_scan_%"),
                    ("key", "like", "phone_keys"),
                    ("key", "like", "crm_lead_convert.company_"),
                ]
            )
        )
