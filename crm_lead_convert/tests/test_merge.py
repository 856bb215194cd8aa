from contextlib import contextmanager
from unittest.mock import patch

from lxml import etree

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import Form, new_test_user, tagged
from odoo.tools.safe_eval import safe_eval

from .common_merge import FEB, JAN, MAR, CrmLeadMergeCase


@tagged("post_install", "-at_install")
class TestMerge(CrmLeadMergeCase):
    """Merging as the documentation describes it: the earliest created record survives, nothing is lost."""

    def test_earliest_created_survives_a_later_opportunity_further_down_the_pipeline(self):
        """Stock Odoo keeps the opportunity (its stage and probability are higher); the documentation says
        the record created first is kept, and that merging a lead with an opportunity gives an opportunity."""
        result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)

        self.assertEqual(result, self.lead)
        self.assertEqual(result.type, "opportunity")
        self.assertEqual(result.stage_id, self.stage_new, "the survivor's own stage is kept")
        self.assertEqual(result.name, "Kursi kantor 40 unit")
        self.assertEqual(result.phone, "+62 812 0000 1111", "an empty field is filled from the other record")
        self.assertEqual(result.expected_revenue, 5000)
        self.assertEqual(result.email_from, "budi.santoso@majujaya.co.id")
        self.assertEqual(result.description, "<p>Met at the fair</p><br><br><p>Asked for a quote</p>")
        self.assertEqual(result.tag_ids, self.tag_furniture | self.tag_bulk)
        self.assertEqual(
            (result.street, result.city), ("Jl. Sudirman 1", "Jakarta"), "the address is taken whole"
        )

    def test_a_customer_from_another_record_keeps_the_survivor_s_own_contact_data(self):
        """The customer of a merged record fills the kept record's empty customer; its email, phone, address
        and names do not replace those the kept record holds, nor those the user chose to keep."""
        customer = self.env["res.partner"].create(
            {
                "name": "Hendra Wijaya",
                "email": "hendra@wijaya-group.co.id",
                "phone": "+62 22 999 8888",
                "street": "Jl. Asia Afrika 8",
                "city": "Bandung",
                "function": "Direktur",
                "website": "https://wijaya-group.co.id",
            }
        )
        self.opportunity.partner_id = customer
        self.lead.write({"phone": "+62 21 555 0101", "function": "Manajer"})
        self.assertEqual(self.opportunity.email_from, "hendra@wijaya-group.co.id")

        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)
        for index, name in enumerate(line.field_name for line in merge.save().field_choice_ids):
            if name == "email_from":
                with merge.field_choice_ids.edit(index) as choice:
                    self.assertEqual(choice.lead_id, self.lead)
                    choice.lead_id = self.lead  # the user keeps the kept record's own address
        survivor = self.env["crm.lead"].browse(merge.save().action_merge()["res_id"])

        self.assertEqual(survivor, self.lead)
        self.assertEqual(survivor.partner_id, customer)
        self.assertEqual(survivor.email_from, "budi.santoso@majujaya.co.id")
        self.assertEqual(survivor.phone, "+62 21 555 0101")
        self.assertEqual((survivor.street, survivor.city), ("Jl. Sudirman 1", "Jakarta"))
        self.assertEqual(survivor.contact_name, "Budi Santoso")
        self.assertEqual(survivor.partner_name, "PT Maju Jaya Abadi")
        self.assertEqual(survivor.function, "Manajer")
        self.assertEqual(
            survivor.website, "https://wijaya-group.co.id", "an empty field takes the customer's"
        )
        # the customer's own contact data is left as it is
        self.assertEqual((customer.email, customer.phone), ("hendra@wijaya-group.co.id", "+62 22 999 8888"))

    def test_a_customer_from_another_record_leaves_the_automated_probability_computed(self):
        """The kept record's probability computed by lead scoring follows what the merge gives it."""
        self.opportunity.partner_id = self.env["res.partner"].create(
            {"name": "Hendra Wijaya", "country_id": self.env.ref("base.us").id}
        )
        self.assertTrue(self.lead.is_automated_probability)
        self.assertNotEqual(self.lead.automated_probability, 12.5)
        lead_model = type(self.env["crm.lead"])
        with patch.object(lead_model, "_pls_get_naive_bayes_probabilities", lambda leads, **_kw: {
            lead.id: 12.5 for lead in leads
        }):  # fmt: skip
            survivor = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
            survivor.flush_recordset()
        self.assertEqual(survivor, self.lead)
        self.assertEqual((survivor.automated_probability, survivor.probability), (12.5, 12.5))

    def test_merged_record_is_archived_and_linked_both_ways(self):
        result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)

        self.assertTrue(self.opportunity.exists(), "nothing is deleted")
        self.assertFalse(self.opportunity.active)
        self.assertEqual(self.opportunity.merged_into_id, result)
        self.assertEqual(result.merged_lead_ids, self.opportunity)
        self.assertTrue(result.can_undo_merge)
        self.assertEqual(self.opportunity.probability, 60, "a merged record is not a lost one")
        # neither lists the other among its Similar Leads: the merged record's prospect is the kept one
        self.assertEqual(self.opportunity.duplicate_lead_count, 0)
        self.assertEqual(self.opportunity.duplicate_lead_ids, self.opportunity)
        self.assertNotIn(self.opportunity, result.duplicate_lead_ids)

    def test_lead_forms_show_the_merge(self):
        result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)

        merged_form = Form(self.opportunity.with_user(self.salesperson))
        self.assertEqual(merged_form.merged_into_id, result)
        survivor_form = Form(result.with_user(self.salesperson))
        self.assertTrue(survivor_form.can_undo_merge)
        self.assertEqual(survivor_form.merged_lead_ids._records[0]["id"], self.opportunity.id)

    def test_a_merged_record_shows_merged_not_lost(self):
        """Archived by the merge, a record at 0 % would also show stock's Lost ribbon over Merged."""
        arch = etree.fromstring(self.env["crm.lead"].get_view(view_type="form")["arch"])
        ribbons = {
            ribbon.get("title"): ribbon.get("invisible")
            for ribbon in arch.xpath("//widget[@name='web_ribbon']")
        }
        self.assertEqual(ribbons["Merged"], "not merged_into_id")
        self.assertEqual(ribbons["Lost"], "(probability > 0 or active) or (merged_into_id)")

    def test_merged_banner_gives_translators_whole_sentences(self):
        """The banner of a merged record is no sentence cut in two around the link to the kept record."""
        view = self.env.ref("crm_lead_convert.crm_lead_view_form")
        banner = etree.fromstring(view.arch_db).xpath("//div[@name='merged_into']")[0]
        terms = view._fields["arch_db"].get_trans_terms(etree.tostring(banner, encoding="unicode"))

        self.assertEqual(
            terms,
            [
                (
                    "This record is archived. Undo Merge on the record it was merged into can restore it, "
                    "if that was its last merge."
                )
            ],
        )
        self.assertEqual(banner.xpath("./label/@for"), ["merged_into_id"], "the field's label names the link")

    def test_merge_is_logged_on_the_survivor(self):
        result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)

        summary = result.message_ids.filtered(
            lambda message: "crm_lead_merge_summary" in (message.body or "")
        )
        self.assertEqual(len(summary), 1)
        self.assertEqual(summary.author_id, self.salesperson.partner_id)
        self.assertIn("Kursi kantor 40 unit (Februari)", summary.body)

    def test_a_salesperson_without_email_address_merges_and_undoes(self):
        """Odoo refuses any message of a user without email address, and with it the merge's note: such a
        salesperson (a shared login, a user made by an import) merges from the pop-up and undoes the merge
        all the same, the notes logged as them; another message of theirs is still refused, as in stock."""
        salesperson = new_test_user(
            self.env, login="crm_convert_merge_no_email", groups="sales_team.group_sale_salesman", email=False
        )
        self.assertFalse(salesperson.email)
        (self.lead | self.opportunity).write({"user_id": salesperson.id})
        result = self.merge_from_list(self.lead | self.opportunity, user=salesperson)

        merged = (self.lead | self.opportunity) - result
        self.assertEqual((len(result), merged.active, merged.merged_into_id), (1, False, result))
        summary = result.message_ids.filtered(
            lambda message: "crm_lead_merge_summary" in (message.body or "")
        )
        self.assertEqual(summary.author_id, salesperson.partner_id)
        result.with_user(salesperson).action_undo_merge()
        self.assertTrue(merged.active)
        undone = result.message_ids.filtered(lambda message: "Merge undone" in (message.body or ""))
        self.assertEqual(undone.author_id, salesperson.partner_id)
        with self.assertRaisesRegex(UserError, "configure the sender's email address"):
            result.with_user(salesperson).message_post(body="Halo", message_type="comment")

    def test_type_follows_the_documented_rule(self):
        cases = [
            ("lead", "lead", "lead"),
            ("opportunity", "lead", "opportunity"),
            ("lead", "opportunity", "opportunity"),
        ]
        for first_type, later_type, expected in cases:
            with self.subTest(first=first_type, later=later_type):
                later = self.new_lead("Later", FEB, type=later_type, email_from="x@example.com")
                first = self.new_lead("First", JAN, type=first_type, email_from="x@example.com")
                result = (later | first).with_user(self.salesperson).merge_opportunity()
                self.assertEqual(result, first)
                self.assertEqual(result.type, expected)

    def test_lost_reason_reaches_only_a_lost_survivor(self):
        too_expensive = self.env["crm.lost.reason"].create({"name": "Too expensive"})
        for survivor_probability, expected in ((0, too_expensive), (30, self.env["crm.lost.reason"])):
            with self.subTest(survivor_probability=survivor_probability):
                later = self.new_lead("Later", FEB, probability=0, lost_reason_id=too_expensive.id)
                first = self.new_lead("First", JAN, probability=survivor_probability)
                result = (later | first).with_user(self.salesperson).merge_opportunity()
                self.assertEqual(result, first)
                self.assertEqual(result.lost_reason_id, expected)

    def test_same_creation_date_the_lower_id_survives(self):
        first = self.new_lead("First", JAN)
        second = self.new_lead("Second", JAN)

        self.assertEqual((second | first).with_user(self.salesperson).merge_opportunity(), first)

    def test_related_records_end_on_the_survivor(self):
        attachment, activity, meeting, follower = self.add_related_records(self.opportunity, "feb")
        note = self.opportunity.message_ids.filtered(lambda message: message.subject == "Subject feb")

        result = self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)

        self.assertEqual(note.res_id, result.id)
        self.assertEqual((attachment.res_id, activity.res_id), (result.id, result.id))
        self.assertEqual(meeting.opportunity_id, result)
        self.assertIn(follower, result.message_partner_ids)
        self.assertIn(follower, self.opportunity.message_partner_ids, "followers also stay on their record")

    def test_records_of_one_title_are_told_apart_by_their_creation(self):
        """A record entered twice often has one title twice: the merge pop-up's values and its choice of
        record say when each was created, and so does the refusal to restore one of them alone."""
        self.opportunity.write({"name": self.lead.name, "email_from": "budi@majujaya.co.id"})
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson).save()
        choice = merge.field_choice_ids.filtered(lambda choice: choice.field_name == "email_from")
        first, second = choice.values_summary.splitlines()
        self.assertRegex(
            first, rf"^Kursi kantor 40 unit \(created Jan 10, 2024, .+\): {self.lead.email_from}$"
        )
        self.assertRegex(second, r"^Kursi kantor 40 unit \(created Feb 10, 2024, .+\): budi@majujaya.co.id$")
        # the choice of record names them so too (the view's context, as the titles are alike)
        self.assertTrue(choice.titles_alike)
        view = self.env.ref("crm_lead_convert.crm_lead_merge_field_choice_view_list")
        arch = etree.fromstring(choice.get_view(view.id, "list")["arch"])
        (field,) = arch.xpath("//field[@name='lead_id']")
        field_context = safe_eval(field.get("context"), {"titles_alike": choice.titles_alike})
        offered = choice.lead_id.with_context(**field_context).name_search(
            "Kursi", [("id", "in", choice.candidate_lead_ids.ids)]
        )
        self.assertCountEqual([name for _id, name in offered], [first.split(": ")[0], second.split(": ")[0]])
        self.assertEqual(self.lead.display_name, "Kursi kantor 40 unit", "elsewhere, the title alone")
        # each user reads it in their own time zone, also in one transaction (the background merge)
        self.salesperson.tz, self.manager.tz = "Asia/Jakarta", "Europe/Amsterdam"
        self.assertEqual(
            [
                self.lead.with_user(user).with_context(**field_context).display_name
                for user in (self.salesperson, self.manager)
            ],
            [
                "Kursi kantor 40 unit (created Jan 10, 2024, 4:00:00 PM)",
                "Kursi kantor 40 unit (created Jan 10, 2024, 10:00:00 AM)",
            ],
        )
        merge.action_merge()
        with self.assertRaisesRegex(
            UserError,
            r"^“Kursi kantor 40 unit \(created Feb 10, 2024, .+\)” was merged into “Kursi kantor 40 unit "
            r"\(created Jan 10, 2024, .+\)”",
        ):
            self.opportunity.with_context(active_test=False).action_unarchive()

    def test_records_of_other_titles_are_named_by_their_titles_alone(self):
        """Titles that differ tell the records apart: no creation date beside them in the merge pop-up."""
        self.opportunity.email_from = "budi@majujaya.co.id"
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson).save()
        choice = merge.field_choice_ids.filtered(lambda choice: choice.field_name == "email_from")
        self.assertFalse(choice.titles_alike)
        self.assertNotIn("(created", choice.values_summary)
        self.assertIn(f"{self.lead.name}: {self.lead.email_from}", choice.values_summary.splitlines())
        # the titles differ: each is listed once, as it is, not "title: title"
        titles = merge.field_choice_ids.filtered(lambda choice: choice.field_name == "name")
        self.assertCountEqual(titles.values_summary.splitlines(), [self.lead.name, self.opportunity.name])

    def test_choose_the_value_to_keep_in_the_merge_pop_up(self):
        self.opportunity.email_from = "budi@majujaya.co.id"
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)

        choices = {choice.field_name: choice for choice in merge.save().field_choice_ids}
        self.assertIn("email_from", choices)
        self.assertIn("stage_id", choices)
        self.assertNotIn("user_id", choices, "the salesperson has its own field in the pop-up")
        self.assertEqual(choices["email_from"].lead_id, self.lead, "the documented rule by default")
        self.assertEqual(choices["email_from"].chosen_value, "budi.santoso@majujaya.co.id")
        self.assertIn("budi@majujaya.co.id", choices["email_from"].values_summary)
        self.assertEqual(choices["street"].field_label, "Address")

    def test_merge_pop_ups_list_the_records_in_creation_order(self):
        """Both pop-ups list the records as the merge ranks them, the one kept on top, whatever order they
        were selected or found in (ids and creation dates disagree here: the opportunity has the lowest id,
        the record created last the highest)."""
        later = self.new_lead("Kursi kantor 40 unit (Maret)", MAR, email_from=self.lead.email_from)
        self.opportunity.email_from = self.lead.email_from
        in_creation_order = [self.lead.id, self.opportunity.id, later.id]
        for selected in ((later | self.opportunity | self.lead), (self.opportunity | later | self.lead)):
            merge = self.open_merge_form(selected, user=self.salesperson)
            self.assertEqual([lead.id for lead in merge.opportunity_ids], in_creation_order)
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        self.assertEqual(convert.name, "merge")
        self.assertEqual([lead.id for lead in convert.duplicated_lead_ids], in_creation_order)

    def test_merge_pop_up_shows_the_salesperson_and_team_kept(self):
        """Stock Odoo leaves them empty, and the merge keeps the earliest created record's, else the first
        set in creation order: the pop-up shows those."""
        self.lead.write({"user_id": False, "team_id": False})
        self.opportunity.write({"user_id": self.salesperson_other.id, "team_id": self.team_direct.id})
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.manager)
        self.assertEqual((merge.user_id, merge.team_id), (self.salesperson_other, self.team_direct))
        result = self.env["crm.lead"].browse(merge.save().action_merge()["res_id"])
        self.assertEqual(
            (result, result.user_id, result.team_id), (self.lead, self.salesperson_other, self.team_direct)
        )

    def test_merge_pop_up_shows_the_kept_records_own_salesperson(self):
        """The earliest created record's own salesperson, over a later one's; another salesperson chosen in
        the pop-up brings their team, as in stock Odoo."""
        self.opportunity.write({"user_id": self.salesperson_other.id, "team_id": self.team_direct.id})
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.manager)
        self.assertEqual((merge.user_id, merge.team_id), (self.salesperson, self.team_leads))
        merge.user_id = self.salesperson_other
        self.assertEqual(merge.team_id, self.team_direct, "the team of the salesperson chosen")
        result = self.env["crm.lead"].browse(merge.save().action_merge()["res_id"])
        self.assertEqual((result.user_id, result.team_id), (self.salesperson_other, self.team_direct))

    def test_salesperson_chosen_brings_a_team_of_the_kept_record_s_company(self):
        """Another salesperson chosen in the merge pop-up brings their team of the records' company, or none:
        stock takes their first team whatever its company, and the kept record moved to that company while
        the others stayed in theirs."""
        here_company = self.env.company
        branch = self.env["res.company"].create({"name": "PT Cabang Surabaya"})
        self.env["ir.config_parameter"].set_param("sales_team.membership_multi", True)
        companies = here_company | branch
        self.manager.company_ids |= branch
        salesperson = new_test_user(
            self.env,
            login="crm_convert_merge_two_companies",
            groups="sales_team.group_sale_salesman",
            company_id=branch.id,
            company_ids=[Command.set(companies.ids)],
        )
        there = self.env["crm.team"].create({"name": "Surabaya", "company_id": branch.id, "sequence": 0})
        self.env["crm.team.member"].with_context(allowed_company_ids=companies.ids).create(
            {"crm_team_id": there.id, "user_id": salesperson.id}
        )
        salesperson.company_id = here_company
        (self.lead | self.opportunity).write({"company_id": here_company.id})
        merge = Form(
            self.env["crm.merge.opportunity"]
            .with_user(self.manager)
            .with_context(
                active_model="crm.lead",
                active_ids=(self.lead | self.opportunity).ids,
                allowed_company_ids=companies.ids,
            )
        )
        merge.user_id = salesperson
        self.assertFalse(merge.team_id, "no team of theirs in the records' company")
        here = self.env["crm.team"].create(
            {
                "name": "Jakarta Field Sales",
                "company_id": here_company.id,
                "member_ids": [Command.link(salesperson.id)],
            }
        )
        merge.user_id = self.salesperson
        merge.user_id = salesperson
        self.assertEqual(merge.team_id, here)
        result = self.env["crm.lead"].browse(merge.save().action_merge()["res_id"])
        self.assertEqual(
            (result.user_id, result.team_id, result.company_id), (salesperson, here, here_company)
        )
        self.assertEqual((self.lead | self.opportunity).company_id, here_company)

    def test_merge_pop_up_keeps_a_team_its_salesperson_is_not_in(self):
        """The kept record's team stays though its salesperson is not a member: a merge changes no value
        nobody chose (stock Odoo's pop-up would give the salesperson's own team as soon as it showed them)."""
        self.lead.team_id = self.team_direct
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.manager)
        self.assertEqual((merge.user_id, merge.team_id), (self.salesperson, self.team_direct))
        result = self.env["crm.lead"].browse(merge.save().action_merge()["res_id"])
        self.assertEqual((result.user_id, result.team_id), (self.salesperson, self.team_direct))

    def test_lead_becoming_an_opportunity_keeps_its_team(self):
        """Merged with an opportunity, the kept lead becomes one; Odoo then gives a lead its salesperson's
        team when the salesperson is not a member, but the merge keeps the team nobody changed. A lead
        without team gets its salesperson's, as any lead becoming an opportunity."""
        self.lead.team_id = self.team_direct
        result = (
            (self.lead | self.opportunity).with_user(self.salesperson).merge_opportunity(auto_unlink=False)
        )
        self.assertEqual(
            (result, result.type, result.user_id, result.team_id),
            (self.lead, "opportunity", self.salesperson, self.team_direct),
        )
        result.action_undo_merge()
        self.assertEqual((self.lead.type, self.lead.team_id), ("lead", self.team_direct), "and back")

        self.lead.team_id = self.opportunity.team_id = False
        result = (
            (self.lead | self.opportunity).with_user(self.salesperson).merge_opportunity(auto_unlink=False)
        )
        self.assertEqual((result, result.type, result.team_id), (self.lead, "opportunity", self.team_leads))

    def test_differing_amounts_and_dates_read_as_the_user_reads_them(self):
        """Two revenues or deadlines that differ are offered as the user reads amounts and dates."""
        self.lead.write({"expected_revenue": 1000, "date_deadline": "2024-04-30"})
        self.opportunity.date_deadline = "2024-05-31"
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)

        choices = {choice.field_name: choice for choice in merge.save().field_choice_ids}
        self.assertIn("5,000.00", choices["expected_revenue"].values_summary)
        self.assertIn("1,000.00", choices["expected_revenue"].chosen_value)
        self.assertIn("05/31/2024", choices["date_deadline"].values_summary)

    def test_chosen_values_are_kept(self):
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)
        for index, name in enumerate(line.field_name for line in merge.save().field_choice_ids):
            if name in ("email_from", "stage_id", "street"):
                with merge.field_choice_ids.edit(index) as choice:
                    choice.lead_id = self.opportunity
        action = merge.save().action_merge()

        result = self.env["crm.lead"].browse(action["res_id"])
        self.assertEqual(result, self.lead)
        self.assertEqual(result.email_from, "budi@majujaya.co.id")
        self.assertEqual(result.stage_id, self.stage_proposal)
        self.assertEqual((result.street, result.city), (False, "Bandung"))

    def test_merge_from_the_convert_pop_up(self):
        self.opportunity.email_from = self.lead.email_from
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        convert.name = "merge"
        convert.duplicated_lead_ids.clear()
        convert.duplicated_lead_ids.add(self.lead)
        convert.duplicated_lead_ids.add(self.opportunity)
        self.assertIn("street", convert.save().field_choice_ids.mapped("field_name"))
        action = convert.save().action_apply()

        result = self.env["crm.lead"].browse(action["res_id"])
        self.assertEqual(result, self.lead)
        self.assertEqual(result.type, "opportunity")
        self.assertFalse(self.opportunity.active)
        self.assertEqual(self.opportunity.merged_into_id, self.lead)

    def test_merged_records_leave_similar_leads(self):
        (self.lead | self.opportunity).email_from = "pengadaan@majujaya.example.com"
        self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)

        duplicates = self.env["crm.lead"]._get_lead_duplicates(
            email="pengadaan@majujaya.example.com", include_lost=True
        )
        self.assertEqual(duplicates, self.lead)


@tagged("post_install", "-at_install")
class TestMergeRefused(CrmLeadMergeCase):
    """Bad input: a clear message, and nothing changes."""

    def assertNothingMerged(self, leads):
        self.assertEqual(leads.mapped("active"), [True] * len(leads))
        self.assertFalse(leads.merged_into_id)
        self.assertFalse(self.env["crm.lead.merge.record"].search([("survivor_id", "in", leads.ids)]))

    def test_one_record(self):
        with self.assertRaisesRegex(UserError, "Select at least two leads or opportunities"):
            self.merge_from_list(self.lead, user=self.salesperson)
        self.assertNothingMerged(self.lead)

    def test_more_than_fifty_records(self):
        leads = self.env["crm.lead"].create(
            [{"name": f"Lead {index}", "user_id": False} for index in range(51)]
        )
        with self.assertRaisesRegex(
            UserError, "At most 50 leads and opportunities can be merged at once; 51"
        ):
            leads.with_user(self.manager).merge_opportunity()
        self.assertNothingMerged(leads)

    def test_more_than_five_records_are_allowed(self):
        leads = self.env["crm.lead"].create(
            [{"name": f"Lead {index}", "user_id": self.salesperson.id} for index in range(8)]
        )
        result = self.merge_from_list(leads, user=self.salesperson)
        self.assertEqual(result, leads[0])
        self.assertEqual(result.merged_lead_ids, leads[1:])

    def test_records_of_different_companies(self):
        other_company = self.env["res.company"].create({"name": "CV Sinar Terang"})
        self.manager.company_ids |= other_company
        self.lead.company_id = self.env.company
        other = self.new_lead(
            "Kursi kantor (CV)", FEB, user_id=False, team_id=False, company_id=other_company.id
        )
        companies = self.env.company | other_company
        with self.assertRaisesRegex(UserError, "Records of different companies cannot be merged"):
            (self.lead | other).with_user(self.manager).with_context(
                allowed_company_ids=companies.ids
            ).merge_opportunity()
        self.assertNothingMerged(self.lead | other)

    def test_records_the_user_cannot_modify(self):
        others = self.new_lead("Daan's lead", MAR, user_id=self.salesperson_other.id)
        # Daan's lead is not even readable by this salesperson: the message does not name it
        with self.assertRaisesRegex(UserError, "You are not allowed to modify some of these records"):
            (self.lead | others).with_user(self.salesperson).merge_opportunity()
        self.assertNothingMerged(self.lead | others)

    def test_merge_popup_record_given_away_since_it_opened(self):
        """A record given to a salesperson this user may not see while the pop-up is open: saving it says so
        and what to do, instead of Odoo's access error on reading the pop-up's list back."""
        merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)
        self.opportunity.user_id = self.salesperson_other
        with self.assertRaisesRegex(
            UserError,
            r"^Some of the records listed for merging were deleted, or you can no longer access them, since "
            r"this pop-up was opened\. Close it and open it again to merge the rest\.$",
        ):
            merge.save()
        self.assertNothingMerged(self.lead | self.opportunity)

    def test_merge_popup_record_deleted_since_it_opened(self):
        third = self.new_lead("Kursi kantor (Maret)", MAR)
        merge = self.open_merge_form(self.lead | self.opportunity | third, user=self.salesperson)
        third.unlink()
        with self.assertRaisesRegex(UserError, r"^Some of the records listed for merging were deleted"):
            merge.save()
        self.assertNothingMerged(self.lead | self.opportunity)

    def test_convert_popup_merge_with_a_record_given_away_since_it_opened(self):
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        self.assertEqual(convert.duplicated_lead_ids[:], self.lead | self.opportunity)
        convert.name = "merge"
        self.opportunity.user_id = self.salesperson_other
        with self.assertRaisesRegex(UserError, r"^Some of the records listed for merging were deleted"):
            convert.save()
        self.assertNothingMerged(self.lead | self.opportunity)
        self.assertEqual(self.lead.type, "lead")

    def test_convert_popup_converts_with_a_listed_record_given_away_since_it_opened(self):
        """Converting merges nothing: the records the pop-up listed are left out, and the lead converted."""
        convert = self.open_convert_form(self.lead, user=self.salesperson)
        self.assertEqual(convert.name, "convert")
        self.opportunity.user_id = self.salesperson_other
        wizard = convert.save()
        self.assertEqual(wizard.duplicated_lead_ids, self.lead)
        wizard.action_apply()
        self.assertEqual(self.lead.type, "opportunity")
        self.assertNothingMerged(self.lead | self.opportunity)
        self.assertEqual(self.opportunity.user_id, self.salesperson_other)

    def test_record_already_merged_away(self):
        self.merge_from_list(self.lead | self.opportunity, user=self.salesperson)
        third = self.new_lead("Third", MAR)
        with self.assertRaisesRegex(
            UserError, "“Kursi kantor 40 unit \\(Februari\\)” was already merged into “Kursi kantor 40 unit”"
        ):
            (self.opportunity | third).with_user(self.salesperson).merge_opportunity()
        self.assertNothingMerged(third)

    def test_choice_of_a_record_not_merged(self):
        third = self.new_lead("Third", MAR)
        with self.assertRaisesRegex(UserError, "The value chosen for Email comes from a record that is not"):
            (self.lead | self.opportunity).with_user(self.salesperson).with_context(
                crm_lead_merge_choices={"email_from": third.id}
            ).merge_opportunity()
        self.assertNothingMerged(self.lead | self.opportunity)


@tagged("post_install", "-at_install")
class TestMergeStockEntryPoints(CrmLeadMergeCase):
    """Stock entry points go through the same lossless merge."""

    def test_merge_opportunity_api_archives(self):
        result = (self.opportunity | self.lead).merge_opportunity()
        self.assertEqual(result, self.lead)
        self.assertTrue(self.opportunity.exists())
        self.assertEqual(self.opportunity.merged_into_id, self.lead)

    def test_merge_opportunity_api_auto_unlink_deletes_nothing(self):
        (self.opportunity | self.lead).merge_opportunity(auto_unlink=True)
        self.assertTrue(self.opportunity.exists())

    def test_mass_conversion_deduplicates_losslessly(self):
        duplicate = self.new_lead("Kursi kantor (lagi)", FEB, email_from=self.lead.email_from)
        mass = Form(
            self.env["crm.lead2opportunity.partner.mass"]
            .with_user(self.salesperson)
            .with_context(active_model="crm.lead", active_ids=(self.lead | duplicate).ids)
        )
        mass.deduplicate = True
        mass.save().action_mass_convert()

        self.assertTrue(duplicate.exists())
        self.assertEqual(duplicate.merged_into_id, self.lead)
        self.assertEqual(self.lead.type, "opportunity")


@tagged("post_install", "-at_install")
class TestMergeFollowsOtherModulesRules(CrmLeadMergeCase):
    """A module's own rule in ``_merge_get_fields_specific`` (crm_iap_enrich's, website_crm's...) decides
    its field, as in stock Odoo; only crm's own rules give way to the documented ones."""

    @contextmanager
    def rule_summing_expected_revenues(self):
        lead_class = type(self.env["crm.lead"])
        stock_fields_specific = lead_class._merge_get_fields_specific

        def merge_get_fields_specific(records):
            return {
                **stock_fields_specific(records),
                "expected_revenue": lambda fname, leads: sum(leads.mapped("expected_revenue")),
            }

        with patch.object(lead_class, "_merge_get_fields_specific", merge_get_fields_specific):
            yield

    def test_rule_of_another_module_is_followed_and_undone(self):
        self.lead.write({"expected_revenue": 1000, "priority": "1"})
        self.opportunity.priority = "3"
        with self.rule_summing_expected_revenues():
            merge = self.open_merge_form(self.lead | self.opportunity, user=self.salesperson)
            self.assertNotIn(
                "expected_revenue",
                merge.save().field_choice_ids.mapped("field_name"),
                "the module's rule decides, not the user",
            )
            result = self.env["crm.lead"].browse(merge.save().action_merge()["res_id"])

        self.assertEqual(result, self.lead)
        self.assertEqual(result.expected_revenue, 6000)
        self.assertEqual(result.priority, "1", "crm's own rule, the highest priority, gives way")
        result.with_user(self.salesperson).action_undo_merge()
        self.assertEqual(self.lead.expected_revenue, 1000)
