from datetime import timedelta

from lxml import etree

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common_merge import JAN, MAR, CrmLeadMergeCase

WON_MESSAGE = r"Cannot convert “Kursi kantor 40 unit”: a probability of 100 % means won"
# merging: the merge says so
WON_MERGE_MESSAGE = (
    r"Cannot merge “Kursi kantor 40 unit”: a probability of 100 % means won. Lower the probability below "
    r"100 % first."
)


@tagged("post_install", "-at_install")
class TestMergeWithinOneCompany(CrmLeadMergeCase):
    """Every way of merging keeps to one company, as the merge pop-ups do: lead assignment, the mass
    conversion's deduplication and the Convert pop-up's proposals included."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_a = cls.env.company
        cls.company_b = cls.env["res.company"].create({"name": "CV Sinar Terang"})
        cls.salesperson_b = cls.env["res.users"].create(
            {
                "name": "Bambang Salesperson",
                "login": "crm_convert_salesperson_b",
                "company_id": cls.company_b.id,
                "company_ids": [(6, 0, cls.company_b.ids)],
                "groups_id": [(6, 0, cls.env.ref("sales_team.group_sale_salesman").ids)],
            }
        )
        cls.team_a = cls.env["crm.team"].create(
            {"name": "Jakarta Team", "company_id": cls.company_a.id, "member_ids": cls.salesperson.ids}
        )
        cls.team_b = cls.env["crm.team"].create(
            {"name": "Surabaya Team", "company_id": cls.company_b.id, "member_ids": cls.salesperson_b.ids}
        )
        cls.manager.company_ids |= cls.company_b

    def unassigned(self, name, company, **values):
        """Return a new lead of ``company``, waiting for lead assignment (which takes the leads of the last
        days), with the same email as the others. Created at the same time, the first one created survives."""
        return self.env["crm.lead"].create(
            {
                "name": name,
                "type": "lead",
                "email_from": "pengadaan@majujaya.example.com",
                "user_id": False,
                "team_id": False,
                "company_id": company.id,
                **values,
            }
        )

    def assertNotMerged(self, leads):
        self.assertEqual(leads.mapped("active"), [True] * len(leads))
        self.assertFalse(leads.merged_into_id)

    def test_lead_assignment_leaves_duplicates_of_another_company_alone(self):
        """Stock assignment merged company B's lead into company A's: it left company B, archived."""
        lead_a = self.unassigned("Meja rapat (A)", self.company_a)
        lead_b = self.unassigned("Meja rapat (B)", self.company_b)

        self.team_a._allocate_leads()

        self.assertNotMerged(lead_a | lead_b)
        self.assertEqual((lead_a | lead_b).team_id, self.team_a, "both are assigned as usual")

    def test_lead_assignment_merges_duplicates_of_the_same_company(self):
        lead_a = self.unassigned("Meja rapat (A)", self.company_a)
        first_b = self.unassigned("Meja rapat (B)", self.company_b)
        second_b = self.unassigned("Meja rapat (B, lagi)", self.company_b)

        self.team_b._allocate_leads()

        self.assertEqual(second_b.merged_into_id, first_b)
        self.assertFalse(second_b.active)
        self.assertNotMerged(lead_a | first_b)

    def test_lead_assignment_by_a_team_of_another_company_merges_within_one_company(self):
        """A team of company A taking company B's leads moves them to company A (stock assignment): a lead
        moved there is not merged with its duplicates left in company B, and assignment does not fail."""
        first_b = self.unassigned("Meja rapat (B)", self.company_b)
        second_b = self.unassigned("Meja rapat (B, lagi)", self.company_b)

        self.team_a._allocate_leads()

        for merged in (first_b | second_b).filtered("merged_into_id"):
            self.assertEqual(merged.company_id, merged.merged_into_id.company_id)
        self.assertEqual((first_b | second_b).team_id, self.team_a)

    def test_lead_assignment_never_merges_records_of_two_companies(self):
        """Whichever team takes the leads, and a lead of no company sharing the email of both companies'
        leads: each merge holds records of one company, as they were when merged (a team's assignment may
        move a lead to the team's company, or to none, first: stock Odoo)."""
        team_any = self.env["crm.team"].create({"name": "Bandung Team", "member_ids": self.manager.ids})
        for team in (self.team_a, self.team_b, team_any):
            with self.subTest(team=team.name):
                leads = (
                    self.unassigned("Meja rapat (A)", self.company_a)
                    | self.unassigned("Meja rapat (B)", self.company_b)
                    | self.unassigned("Meja rapat", self.env["res.company"])
                    | self.unassigned("Meja rapat (B, lagi)", self.company_b)
                )

                team._allocate_leads()

                merges = self.env["crm.lead.merge.record"].search([("survivor_id", "in", leads.ids)])
                self.assertTrue(merges)
                for merge in merges.sudo():
                    companies = {values["company_id"] for values in merge.values_before.values()} - {False}
                    self.assertLessEqual(len(companies), 1, merge.display_name)
                leads.with_context(active_test=False).write({"email_from": False})

    def test_mass_conversion_deduplicates_within_each_company(self):
        """A manager working in both companies converts a lead of each: each merges with its own
        company's duplicates only, and the lead without any there is converted as usual."""
        lead_a = self.unassigned("Meja rapat (A)", self.company_a)
        first_b = self.unassigned("Meja rapat (B)", self.company_b)
        second_b = self.unassigned("Meja rapat (B, lagi)", self.company_b)
        companies = self.company_a | self.company_b
        mass = Form(
            self.env["crm.lead2opportunity.partner.mass"]
            .with_user(self.manager)
            .with_context(
                allowed_company_ids=companies.ids, active_model="crm.lead", active_ids=(lead_a | first_b).ids
            )
        )
        mass.deduplicate = True
        mass.save().action_mass_convert()

        self.assertEqual(second_b.merged_into_id, first_b)
        self.assertNotMerged(lead_a | first_b)
        self.assertEqual((lead_a | first_b).mapped("type"), ["opportunity", "opportunity"])

    def test_convert_pop_up_proposes_duplicates_of_the_lead_company_only(self):
        lead_a = self.unassigned("Meja rapat (A)", self.company_a, user_id=self.manager.id)
        lead_b = self.unassigned("Meja rapat (B)", self.company_b, type="opportunity")
        companies = self.company_a | self.company_b
        convert = Form(
            self.env["crm.lead2opportunity.partner"]
            .with_user(self.manager)
            .with_context(
                allowed_company_ids=companies.ids,
                active_model="crm.lead",
                active_id=lead_a.id,
                active_ids=lead_a.ids,
            )
        )

        self.assertNotIn(lead_b.id, convert.duplicated_lead_ids.ids)
        self.assertEqual(convert.name, "convert")

    def test_convert_pop_up_on_a_lead_of_no_company_proposes_one_company(self):
        """A lead of no company: stock's duplicates (the same email) are all of company A, its other Similar
        Leads all of company B. Together they are of two companies: only those of no company are left, the
        pop-up proposes to convert, and what it proposes can be applied."""
        self.env["ir.config_parameter"].set_param("crm_lead_convert.similar_leads_sensitivity", 95)
        lead = self.unassigned(
            "Meja rapat",
            self.env["res.company"],
            partner_name="CV Sumber Rejeki Makmur",
            phone="+62 813 1111 2222",
            user_id=self.manager.id,
        )
        same_email_a = self.unassigned(
            "Lemari (A)",
            self.company_a,
            type="opportunity",
            partner_name="Toko Bangunan Sejahtera",
            phone="+62 21 555 0000",
        )
        similar_b = self.unassigned(
            "Kursi (B)",
            self.company_b,
            type="opportunity",
            email_from="rejeki@sumberrejeki.example.com",
            partner_name="CV Sumber Rejeki Makmur",
            phone="+62 813 1111 2222",
        )
        self.assertEqual(lead.duplicate_lead_ids, lead | similar_b, "the email alone is not enough at 95")
        companies = self.company_a | self.company_b
        convert = Form(
            self.env["crm.lead2opportunity.partner"]
            .with_user(self.manager)
            .with_context(
                allowed_company_ids=companies.ids,
                active_model="crm.lead",
                active_id=lead.id,
                active_ids=lead.ids,
            )
        )

        self.assertEqual(convert.name, "convert")
        wizard = convert.save()
        self.assertEqual(wizard.duplicated_lead_ids, lead)
        wizard.action_apply()
        self.assertEqual(lead.type, "opportunity")
        self.assertNotMerged(lead | same_email_a | similar_b)


@tagged("post_install", "-at_install")
class TestMergeRefusesWonLeads(CrmLeadMergeCase):
    """A lead at 100 % counts as won: no way of merging takes it, each says so (the Convert pop-up with its
    message, the merge with its own), and nothing changes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lead.probability = 100
        cls.duplicate = cls.env["crm.lead"].create(
            {
                "name": "Kursi kantor (lagi)",
                "type": "lead",
                "email_from": cls.lead.email_from,
                "user_id": cls.salesperson.id,
            }
        )
        cls.set_create_date(cls.duplicate, MAR)

    def assertNothingChanged(self):
        self.assertEqual((self.lead | self.duplicate).mapped("active"), [True, True])
        self.assertFalse((self.lead | self.duplicate).merged_into_id)
        self.assertEqual((self.lead.type, self.lead.probability), ("lead", 100))
        self.assertFalse(self.env["crm.lead.merge.record"].search([("survivor_id", "=", self.lead.id)]))

    def test_convert_pop_up_created_through_the_api_with_merge(self):
        """An external client creates the pop-up record with the merge action, as RPC would."""
        wizard = (
            self.env["crm.lead2opportunity.partner"]
            .with_user(self.salesperson)
            .create({"name": "merge", "lead_id": self.lead.id, "action": "nothing"})
        )
        self.assertIn(self.lead, wizard.duplicated_lead_ids)
        with self.assertRaisesRegex(UserError, WON_MESSAGE):
            wizard.action_apply()
        self.assertNothingChanged()

    def test_convert_pop_up_on_a_won_lead_merging_others(self):
        other = self.new_lead("Kursi kantor (Maret)", MAR, email_from="lain@example.com")
        wizard = (
            self.env["crm.lead2opportunity.partner"]
            .with_user(self.salesperson)
            .create(
                {
                    "name": "merge",
                    "lead_id": self.lead.id,
                    "action": "nothing",
                    "duplicated_lead_ids": [(6, 0, (self.duplicate | other).ids)],
                }
            )
        )
        with self.assertRaisesRegex(UserError, WON_MESSAGE):
            wizard.action_apply()
        self.assertNothingChanged()
        self.assertTrue(other.active)

    def test_merge_opportunity_on_a_set_holding_a_won_lead(self):
        with self.assertRaisesRegex(UserError, WON_MERGE_MESSAGE):
            (self.lead | self.duplicate).with_user(self.salesperson).merge_opportunity()
        self.assertNothingChanged()

    def test_list_merge_action(self):
        with self.assertRaisesRegex(UserError, WON_MERGE_MESSAGE):
            self.open_merge_form(self.lead | self.duplicate, user=self.salesperson)
        self.assertNothingChanged()

    def test_list_merge_pop_up_created_through_the_api(self):
        wizard = (
            self.env["crm.merge.opportunity"]
            .with_user(self.salesperson)
            .create({"opportunity_ids": [(6, 0, (self.lead | self.duplicate).ids)]})
        )
        with self.assertRaisesRegex(UserError, WON_MERGE_MESSAGE):
            wizard.action_merge()
        self.assertNothingChanged()

    def test_mass_conversion_does_not_merge_a_won_duplicate(self):
        """The won lead is not selected; it is only found by the deduplication: it is left as it is."""
        mass = Form(
            self.env["crm.lead2opportunity.partner.mass"]
            .with_user(self.salesperson)
            .with_context(active_model="crm.lead", active_ids=self.duplicate.ids)
        )
        mass.deduplicate = True
        mass.save().action_mass_convert()

        self.assertEqual(self.duplicate.type, "opportunity")
        self.assertNothingChanged()

    def test_stock_conversion_still_skips_won_leads_silently(self):
        """Stock callers of ``convert_opportunity`` (lead assignment, other modules) keep stock behaviour."""
        self.lead.convert_opportunity(self.env["res.partner"])
        self.assertEqual(self.lead.type, "lead")


@tagged("post_install", "-at_install")
class TestMergedRecordRestore(CrmLeadMergeCase):
    """Unarchiving a merged record would leave it active and still marked merged: it is refused, with the
    way out. Undo Merge restores it with everything the merge moved; unarchiving it alone could not."""

    def setUp(self):
        super().setUp()
        self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        self.merged = self.opportunity.with_user(self.salesperson).with_context(active_test=False)

    def assertStillMerged(self):
        self.assertFalse(self.opportunity.active)
        self.assertEqual(self.opportunity.merged_into_id, self.lead)
        self.assertTrue(self.lead.can_undo_merge)

    def test_unarchive_is_refused(self):
        with self.assertRaisesRegex(
            UserError,
            "“Kursi kantor 40 unit \\(Februari\\)” was merged into “Kursi kantor 40 unit”. To restore it, "
            "use Undo Merge on “Kursi kantor 40 unit”.",
        ):
            self.merged.action_unarchive()
        self.assertStillMerged()

    def test_toggle_active_is_refused(self):
        with self.assertRaisesRegex(UserError, "use Undo Merge on “Kursi kantor 40 unit”"):
            self.merged.toggle_active()
        self.assertStillMerged()

    def test_restore_is_hidden(self):
        """Stock's Restore, shown on an archived record at 0 %, is hidden on a merged one (it is refused
        there), and shown on a lost one as in stock."""
        arch = etree.fromstring(self.env["crm.lead"].get_view(view_type="form")["arch"])
        (restore,) = arch.xpath("//header/button[@name='toggle_active']")
        merged = {"probability": 0, "active": False, "merged_into_id": self.merged.merged_into_id.id}
        self.assertTrue(safe_eval(restore.get("invisible"), merged))
        self.assertFalse(safe_eval(restore.get("invisible"), dict(merged, merged_into_id=False)))

    def test_write_active_is_refused(self):
        with self.assertRaisesRegex(UserError, "use Undo Merge on “Kursi kantor 40 unit”"):
            self.merged.write({"active": True})
        self.assertStillMerged()

    def test_lost_is_hidden_and_refused(self):
        """A merged record is archived, not lost: its form hides Lost, and the lost pop-up (or the list's Mark
        as Lost) is refused with the way out, where it did nothing and said nothing."""
        arch = etree.fromstring(self.env["crm.lead"].get_view(view_type="form")["arch"])
        lost_buttons = arch.xpath("//header/button[@data-hotkey='l']")
        self.assertEqual(len(lost_buttons), 2)
        for button in lost_buttons:
            self.assertTrue(button.get("invisible").endswith(" or (merged_into_id)"), button.get("invisible"))
        reason = self.env["crm.lost.reason"].create({"name": "Terlalu mahal"})
        lost = (
            self.env["crm.lead.lost"]
            .with_user(self.salesperson)
            .create({"lead_ids": [Command.set(self.merged.ids)], "lost_reason_id": reason.id})
        )
        with self.assertRaisesRegex(
            UserError,
            r"^“Kursi kantor 40 unit \(Februari\)” was merged into “Kursi kantor 40 unit” and is now part of "
            r"it\. Mark “Kursi kantor 40 unit” as lost instead, or undo the merge first\.$",
        ):
            lost.action_lost_reason_apply()
        # the list's Mark as Lost on it: refused as the pop-up opens (stock's pop-up drops archived records)
        action = self.env.ref("crm.crm_lead_lost_action")
        context = dict(safe_eval(action.context, {"active_ids": self.merged.ids}), active_ids=self.merged.ids)
        with self.assertRaisesRegex(UserError, "Mark “Kursi kantor 40 unit” as lost instead"):
            Form(self.env["crm.lead.lost"].with_user(self.salesperson).with_context(**context))
        self.assertStillMerged()
        self.assertFalse(self.opportunity.lost_reason_id)

    def test_lost_names_the_record_a_merged_record_is_part_of_now(self):
        """Its survivor merged in turn into an earlier one: Lost names that one, the record to mark lost."""
        before = self.new_lead("Lemari arsip", JAN - timedelta(days=1), email_from="arsip@example.com")
        self.merge_from_list(before | self.lead, user=self.salesperson)
        self.assertEqual(self.lead.merged_into_id, before)
        with self.assertRaisesRegex(
            UserError, r"was merged into “Lemari arsip” and is now part of it\. Mark"
        ):
            self.merged.action_set_lost()
        self.assertEqual((self.opportunity.active, self.opportunity.merged_into_id), (False, self.lead))
        self.assertFalse(self.opportunity.lost_reason_id)

    def test_deleting_the_kept_record_deletes_the_records_merged_into_it(self):
        """Deleting the kept record deletes the records merged into it, at every depth (their messages and
        the way back went with it): none is left behind as an ordinary archived record."""
        third = self.new_lead("Meja rapat", MAR, email_from="lain@example.com")
        self.merge_from_list(self.lead | third, user=self.salesperson)
        self.assertEqual((self.opportunity.merged_into_id, third.merged_into_id), (self.lead, self.lead))
        before = self.new_lead("Lemari arsip", JAN - timedelta(days=1), email_from="arsip@example.com")
        self.merge_from_list(before | self.lead, user=self.salesperson)
        self.assertEqual(self.lead.merged_into_id, before)

        before.unlink()
        self.assertFalse((before | self.lead | self.opportunity | third).exists())

    def test_deleting_the_kept_record_after_undo_merge(self):
        self.lead.with_user(self.salesperson).action_undo_merge()
        self.lead.unlink()
        self.assertFalse(self.lead.exists())
        self.assertTrue(self.opportunity.exists() and self.opportunity.active)

    def test_undo_merge_restores_it(self):
        self.lead.with_user(self.salesperson).action_undo_merge()
        self.assertTrue(self.opportunity.active)
        self.assertFalse(self.opportunity.merged_into_id)

    def test_write_changing_the_mark_is_refused(self):
        """``merged_into_id`` is read-only in the form only: through the API it can be written, and made
        active again without it, the record would stay without its messages, and Undo be refused for good."""
        other = self.new_lead("Meja rapat", MAR)
        for vals in (
            {"active": True, "merged_into_id": False},
            {"merged_into_id": False},
            {"merged_into_id": other.id},
        ):
            with (
                self.subTest(vals=vals),
                self.assertRaisesRegex(
                    UserError,
                    "“Kursi kantor 40 unit \\(Februari\\)” was merged into “Kursi kantor 40 unit”. To "
                    "restore it, use Undo Merge on “Kursi kantor 40 unit”.",
                ),
            ):
                self.merged.write(vals)
            self.assertStillMerged()

    def test_write_marking_a_record_as_merged_is_refused(self):
        other = self.new_lead("Meja rapat", MAR).with_user(self.salesperson)
        with self.assertRaisesRegex(UserError, "“Meja rapat” can only be marked as merged by merging it"):
            other.write({"merged_into_id": self.lead.id})
        self.assertFalse(other.merged_into_id)

    def test_create_marked_as_merged_is_refused(self):
        """Through the API a record cannot be born merged: it would be a merged record no merge restores."""
        leads = self.env["crm.lead"].with_user(self.salesperson)
        with self.assertRaisesRegex(UserError, "“Meja rapat” can only be marked as merged by merging it"):
            leads.create({"name": "Meja rapat", "merged_into_id": self.lead.id, "active": False})
        self.assertFalse(
            self.env["crm.lead"].with_context(active_test=False).search([("name", "=", "Meja rapat")])
        )


@tagged("post_install", "-at_install")
class TestMergedIntoAColleagueRecord(CrmLeadMergeCase):
    """A salesperson who sees only their own leads, one of which a manager merged into a colleague's record:
    what cannot be done names the colleague's record, as the merged record's form does."""

    def setUp(self):
        super().setUp()
        self.colleague_record = self.new_lead(
            "Kursi kantor (Daan)", JAN - timedelta(days=30), user_id=self.salesperson_other.id
        )
        self.assertFalse(self.colleague_record.with_user(self.salesperson)._filtered_access("read"))

    def merge_into_colleague_record(self, lead):
        survivor = (lead | self.colleague_record).with_user(self.manager).merge_opportunity()
        self.assertEqual(survivor, self.colleague_record)
        # a new request: nothing the manager read is known yet
        self.env.invalidate_all()

    def test_merging_it_again_names_the_record_it_is_merged_into(self):
        self.merge_into_colleague_record(self.opportunity)
        with self.assertRaisesRegex(
            UserError,
            "“Kursi kantor 40 unit \\(Februari\\)” was already merged into “Kursi kantor \\(Daan\\)”",
        ):
            (self.opportunity | self.lead).with_user(self.salesperson).merge_opportunity()
        self.assertEqual(self.opportunity.merged_into_id, self.colleague_record)

    def test_undo_names_the_record_it_was_merged_into_since(self):
        self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        self.merge_into_colleague_record(self.lead)
        with self.assertRaisesRegex(
            UserError,
            "“Kursi kantor 40 unit” was merged into “Kursi kantor \\(Daan\\)” since. Undo that merge first.",
        ):
            self.lead.with_user(self.salesperson).action_undo_merge()
        self.assertEqual(self.opportunity.merged_into_id, self.lead)
