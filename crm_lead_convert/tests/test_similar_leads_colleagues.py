from odoo.tests import tagged

from ..models.crm_lead_company_word import NAMESAKES_PARAM, TOTAL_PARAM
from .common import CrmLeadConvertCase, run_migration


@tagged("post_install", "-at_install")
class TestSimilarLeadsColleagues(CrmLeadConvertCase):
    """One company name written by two persons is a colleague or a namesake as often as this database shows:
    its pairs of leads under one name from company domains tell how often they are two companies."""

    def _namesakes(self):
        self.env["crm.lead.company.word"]._refresh()
        return tuple(map(int, self.env["ir.config_parameter"].get_param(NAMESAKES_PARAM).split()))

    def _lead(self, company, contact, email):
        return self.env["crm.lead"].create(
            {
                "name": f"{company} - {contact}",
                "partner_name": company,
                "contact_name": contact,
                "email_from": email,
            }
        )

    def _set_words(self, counts):
        """Count the words of the company names, then make them ``counts`` in a CRM of 20,000 names."""
        words = self.env["crm.lead.company.word"]
        words._refresh()
        words.search([("word", "in", list(counts))]).unlink()
        words.create([{"word": word, "lead_count": count} for word, count in counts.items()])
        self.env["ir.config_parameter"].set_param(TOTAL_PARAM, 20000)

    def _listed(self, lead, namesakes):
        """Return the leads Similar Leads lists for ``lead`` where the namesakes counted are ``namesakes``."""
        self.env["ir.config_parameter"].set_param(NAMESAKES_PARAM, namesakes)
        lead.invalidate_recordset(["duplicate_lead_ids", "duplicate_lead_count"])
        return lead.duplicate_lead_ids - lead

    def _grouped(self):
        """Return the leads a full duplicate scan groups for review."""
        groups = self.env["crm.lead.duplicate.group"]
        groups._scan_all()
        return groups.search([("state", "=", "to_review")]).mapped("lead_ids")

    def test_pairs_of_one_name_from_company_domains_counted(self):
        pairs, other_domains = self._namesakes()
        # one company under two top-level domains, two persons: a pair, from one domain's name
        self._lead("PT Lentera Niaga", "Budi Santoso", "budi@lenteraniaga.co.id")
        self._lead("Lentera Niaga", "Sari Dewi", "sari@lenteraniaga.com")
        # a public provider tells nothing of the company
        self._lead("Lentera Niaga", "Agus Salim", "agus.salim@gmail.com")
        # two domains of their own: two pairs from other domains; a person sharing a word of the name with
        # another (Budi Santoso, Budi Hartono) is no pair with him
        self._lead("CV Samudra Logistik", "Budi Santoso", "budi@samudra.co.id")
        self._lead("CV Samudra Logistik", "Wawan Hidayat", "wawan@samudralogistik.co.id")
        self._lead("CV Samudra Logistik", "Budi Hartono", "hartono@samudra-jaya.id")
        self.assertEqual(self._namesakes(), (pairs + 3, other_domains + 2))
        # a name on more leads than one prospect has is left out: several prospects' name
        for number in range(6):
            self._lead("CV Samudra Logistik", f"Kontak {number}", f"kontak{number}@example-{number}.id")
        self.assertEqual(self._namesakes(), (pairs + 1, other_domains))

    def test_colleague_listed_and_grouped_where_namesakes_are_rare(self):
        """ "Apex Technologies" by two colleagues from public addresses, nothing else shared: listed and
        grouped where the database shows one name written by two persons to be rarely two companies, not
        where it shows them to be as often as the data the weights were set on did; a count edited by hand
        into something it cannot be changes nothing and breaks nothing."""
        # the scan looks at every lead: only these
        self.env["crm.lead"].search([]).write({"active": False})
        one = self._lead("Apex Technologies Pte Ltd", "Lim Siew Lan", "siewlim@hotmail.com")
        colleague = self._lead("Apex Technologies", "Yeo Jun Jie", "jun58@hotmail.com")
        # a CRM of 20,000 company names, "apex" in 100, "technologies" in 900: the name weighs 7 bits
        self._set_words({"apex": 100, "technologies": 900})

        def listed(namesakes):
            return self._listed(one, namesakes)

        grouped = self._grouped

        # 11 of 100 pairs from two domains, as in the training data: another person weighs as ever
        self.assertFalse(listed("100 11"))
        self.assertFalse(grouped())
        # 22 of 699: a colleague
        self.assertEqual(listed("699 22"), colleague)
        action = one.action_show_potential_duplicates()
        shown = self.env["crm.lead"].with_context(**action["context"]).browse(colleague.id)
        self.assertIn("another contact: Lim Siew Lan / Yeo Jun Jie", shown.similar_lead_reason)
        self.assertEqual(grouped(), one | colleague)
        # edited by hand into what the count cannot be: as if nothing were counted
        for value in ("many", "699", "699 22 1", "22 699", ""):
            self.assertFalse(listed(value), value)

    def test_a_name_of_few_leads_says_less_where_namesakes_are_common(self):
        """ "Autobedrijf Wijnands" written by Henk from his mobile and by Kees from a public address,
        nothing else shared: one business where the database shows one name written by two persons to be two
        companies as often as the data the weights were set on did; not listed and not grouped where it shows
        them to be two companies seven times in ten. The update to 18.0.1.33.0 makes the next scan a full
        one: the pairs it keeps were scored without it."""
        params = self.env["ir.config_parameter"]
        self.env["crm.lead"].search([]).write({"active": False})
        henk = self.env["crm.lead"].create(
            {
                "name": "Autobedrijf Wijnands - Henk",
                "partner_name": "Autobedrijf Wijnands",
                "contact_name": "Henk Wijnands",
                "phone": "+31 6 1234 5678",
            }
        )
        kees = self._lead("Autobedrijf Wijnands B.V.", "Kees Maas", "keesmaas@gmail.com")
        self._set_words({"autobedrijf": 300, "wijnands": 12})
        self.assertEqual(self._listed(henk, "1000 110"), kees)
        self.assertEqual(self._grouped(), henk | kees)
        self.assertFalse(self._listed(henk, "10000 7300"))
        self.assertTrue(params.get_param("crm_lead_convert.duplicate_scan_last"))
        run_migration(self.env.cr, "18.0.1.33.0", "18.0.1.32.0")
        self.assertFalse(params.get_param("crm_lead_convert.duplicate_scan_last"))
        self.assertFalse(self._grouped())

    def test_update_counts_the_pairs_at_once(self):
        """An update from 18.0.1.19.0 counts the pairs at once, not at the next daily count, and makes the
        next scan a full one: the pairs it keeps were scored without them."""
        params = self.env["ir.config_parameter"]
        self._lead("PT Lentera Niaga", "Budi Santoso", "budi@lenteraniaga.co.id")
        self._lead("Lentera Niaga", "Sari Dewi", "sari@lentera.co.id")
        self.env["crm.lead.duplicate.group"]._scan_all()
        self.assertTrue(params.get_param("crm_lead_convert.duplicate_scan_last"))
        params.search([("key", "=", NAMESAKES_PARAM)]).unlink()
        run_migration(self.env.cr, "18.0.1.20.0", "18.0.1.19.0")
        pairs, other_domains = map(int, params.get_param(NAMESAKES_PARAM).split())
        self.assertGreaterEqual(other_domains, 1)
        self.assertGreaterEqual(pairs, other_domains)
        self.assertFalse(params.get_param("crm_lead_convert.duplicate_scan_last"))
