import sys
from contextlib import contextmanager
from unittest.mock import patch

from lxml import etree
from psycopg2.errors import SerializationFailure

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.modules.module import get_manifest
from odoo.tests import Form, tagged
from odoo.tools import SQL
from odoo.tools.safe_eval import safe_eval

from ..models import crm_lead_duplicate_group, crm_lead_duplicate_scan, crm_lead_duplicates
from ..models.crm_lead_company_word import TOTAL_PARAM
from ..models.crm_lead_similar_keys import PHONE_KEYS_INDEX
from .common import run_migration
from .common_merge import CrmLeadMergeCase

# What crm.lead._merge_lock says when another transaction holds the records
BUSY = "Another user is merging or unmerging some of these records right now."


@tagged("post_install", "-at_install")
class TestDuplicateGroups(CrmLeadMergeCase):
    """Duplicates across the whole CRM: the scan groups the records that are one prospect, never through a
    record to one clearly another prospect, never across companies; a group is merged (undoably) or
    dismissed, and a dismissed group is not found again."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the scan looks at every lead: only this test's records
        cls.env["crm.lead"].search([]).write({"active": False})
        cls.Group = cls.env["crm.lead.duplicate.group"]

    def scan(self, user=None):
        self.Group.with_user(user or self.manager)._scan_all()
        return self.Group.with_user(user or self.manager).search([("state", "=", "to_review")])

    def run_cron(self, cron, method):
        """Run the scheduled action ``cron`` once, as Odoo's scheduler does (its ``method`` of the group
        model); return the progress it noted, ``(done, remaining)``."""
        progress = self.env["ir.cron.progress"].sudo().create({"cron_id": cron.id})
        getattr(self.Group.with_context(ir_cron_progress_id=progress.id), method)()
        return progress.done, progress.remaining

    def start_first_scan(self, cron):
        """Start a first scheduled scan, as after installing: its first run finds every pair to score and
        has the scoring batches run a minute later, in a go of their own."""
        self.env["ir.config_parameter"].set_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM, "")
        self.assertEqual(self.run_cron(cron, "_cron_scan"), (0, 0))
        trigger = self.env["ir.cron.trigger"].sudo().search([("cron_id", "=", cron.id)])
        self.assertEqual(len(trigger), 1)
        self.assertGreater(trigger.call_at, fields.Datetime.now())
        trigger.unlink()

    def run_scan(self, cron):
        """Run the scheduled scan as Odoo's scheduler does, run after run while work remains or the scan
        triggered itself; return the progress of each run, ``[(done, remaining)]``."""
        triggers = self.env["ir.cron.trigger"].sudo()
        runs = []
        while not runs or runs[-1][1] or triggers.search_count([("cron_id", "=", cron.id)]):
            triggers.search([("cron_id", "=", cron.id)]).unlink()
            runs.append(self.run_cron(cron, "_cron_scan"))
        return runs

    def create_two_prospects_across_batches(self):
        """Create A1, B1, A2, B2: A1 and A2, B1 and B2 fall in two batches of two."""
        return self.env["crm.lead"].create(
            [
                {"name": "A1", "email_from": "budi@majujaya.co.id"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "A2", "email_from": "budi@majujaya.co.id"},
                {"name": "B2", "email_from": "jan@bakkerijjansen.nl"},
            ]
        )

    @contextmanager
    def two_groups_at_once_or_a_batch(self):
        """Within it, Merge and Undo Merge do up to two groups at once, more in the background, two a
        batch; yield the mock of the notification of who asked."""
        with (
            patch.object(crm_lead_duplicate_group, "MERGE_NOW_LIMIT", 2),
            patch.object(crm_lead_duplicate_group, "MERGE_BATCH_SIZE", 2),
            patch.object(type(self.env["res.users"]), "_bus_send", autospec=True) as notify,
        ):
            yield notify

    def scan_three_groups(self):
        """Create Alpha1 and Alpha2, Beta1 and Beta2, Gamma1 and Gamma2, each pair one prospect; return the
        groups the scan makes (theirs, and those of any other records)."""
        self.env["crm.lead"].create(
            [
                {"name": f"{prefix}{number}", "email_from": f"info@{prefix.lower()}.example"}
                for prefix in ("Alpha", "Beta", "Gamma")
                for number in (1, 2)
            ]
        )
        return self.scan()

    def groups_of(self, groups):
        return [set(group.lead_ids.mapped("name")) for group in groups]

    def test_one_name_in_two_countries_is_two_prospects(self):
        """One name registered in Singapore and in Malaysia, other persons at other numbers: two prospects,
        not grouped. The update to 18.0.1.29.2 makes the next scheduled scan a full one: the pairs it kept
        were scored when both forms were one."""
        Lead = self.env["crm.lead"]
        Lead.create(
            [
                {"name": "S1", "partner_name": "Harbour Summit Trading Pte Ltd",
                 "contact_name": "Wei Ming Koh", "phone": "+65 6176 2345"},
                {"name": "M1", "partner_name": "Harbour Summit Trading Sdn Bhd",
                 "contact_name": "Ahmad Tan", "phone": "+60 3-8844 6299"},
                {"name": "S2", "partner_name": "Harbour Summit Trading Pte. Ltd.",
                 "contact_name": "Wei Ming Koh", "email_from": "wmkoh@harboursummit.com.sg"},
            ]
        )  # fmt: skip
        self.assertEqual(self.groups_of(self.scan()), [{"S1", "S2"}])
        params = self.env["ir.config_parameter"]
        self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        run_migration(self.env.cr, "18.0.1.29.2", "18.0.1.28.0")
        self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))

    def test_scan_groups_one_prospect_surest_first(self):
        Lead = self.env["crm.lead"]
        Lead.create(
            [
                {"name": "A1", "partner_name": "PT Maju Jaya Abadi", "email_from": "budi@majujaya.co.id"},
                {"name": "A2", "partner_name": "Maju Jaya Abadi, PT", "email_from": "Budi@MajuJaya.co.id",
                 "phone": "+62 812 3456 7890"},
                {"name": "A3", "partner_name": "CV Majujaya Abadi", "phone": "0812 3456 7890",
                 "country_id": self.env.ref("base.id").id},
                {"name": "B1", "partner_name": "Bakkerij Jansen B.V.", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B2", "partner_name": "Bakkerij Jansen", "email_from": "piet@bakkerijjansen.nl"},
                {"name": "C1", "partner_name": "Vertex Logistics", "email_from": "info@vertex.example"},
            ]
        )  # fmt: skip
        groups = self.scan()
        self.assertEqual(self.groups_of(groups), [{"A1", "A2", "A3"}, {"B1", "B2"}])
        self.assertGreaterEqual(groups[0].score, groups[1].score)
        self.assertTrue(groups[0].reason)
        # a group of three says why each record is in it: a line for each of the two pairs that joined it,
        # the weakest last, each saying which two records it is about; a group of two needs no more than its
        # reason
        links = groups[0].link_reasons.splitlines()
        self.assertEqual(len(links), 2)
        self.assertRegex(links[-1], r"^A\d / A\d: ")
        self.assertTrue(links[-1].endswith(": " + groups[0].reason))
        self.assertRegex(links[0], r"^A\d / A\d: .*same email: Budi@MajuJaya.co.id")
        self.assertFalse(groups[1].link_reasons)
        self.assertEqual(groups.mapped("lead_count"), [3, 2])
        self.assertEqual(groups[0].display_name, "PT Maju Jaya Abadi and 2 more")
        # matching pairs are kept, and groups created, a batch at a time: batches of one lose none
        reasons = groups.mapped("reason")
        with (
            patch.object(crm_lead_duplicate_scan, "STORE_BATCH_SIZE", 1),
            patch.object(crm_lead_duplicate_scan, "WRITE_BATCH_SIZE", 1),
        ):
            again = self.scan()
        self.assertEqual(self.groups_of(again), [{"A1", "A2", "A3"}, {"B1", "B2"}])
        self.assertEqual(again.mapped("lead_count"), [3, 2])
        self.assertEqual(again.mapped("reason"), reasons)
        # the company, where any record holds one, rather than the first record's title
        self.assertEqual(again[1].lead_ids.sorted("id")[0].partner_name, "Bakkerij Jansen B.V.")
        again[1].lead_ids.sorted("id")[0].partner_name = False
        self.assertEqual(again[1].display_name, "Bakkerij Jansen and 1 more")

    def test_find_duplicates_again_keeps_the_groups_of_the_same_records(self):
        """Find Duplicates again leaves a group of the very same records where it was, its score and reason
        written again: a manager who has it open can still merge it. A group whose records changed is
        made afresh."""
        Lead = self.env["crm.lead"]
        first, second = Lead.create(
            [
                {"name": "A1", "partner_name": "PT Maju Jaya Abadi", "email_from": "budi@majujaya.co.id"},
                {"name": "A2", "partner_name": "PT Maju Jaya Abadi", "email_from": "eko@majujaya.co.id"},
            ]
        )
        Lead.create(
            [
                {"name": "B1", "partner_name": "Bakkerij Jansen", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B2", "partner_name": "Bakkerij Jansen", "email_from": "piet@bakkerijjansen.nl"},
            ]
        )
        group_a, group_b = self.scan()
        self.assertEqual(self.groups_of(group_a + group_b), [{"A1", "A2"}, {"B1", "B2"}])
        self.assertNotIn("+62 812 3456 7890", group_a.reason)
        # a merge of it failed; a scan side by side with another left a twin of it
        score = group_a.score
        group_a.write({"score": 1, "merge_error": "Another user changed some of these records meanwhile."})
        twin = self.Group.create({"lead_ids": [(6, 0, group_a.lead_ids.ids)], "score": score})
        # the same phone now: said so
        (first + second).write({"phone": "+62 812 3456 7890"})
        b3 = Lead.create(
            {"name": "B3", "partner_name": "Bakkerij Jansen", "email_from": "kees@bakkerijjansen.nl"}
        )
        Group = self.Group.with_user(self.manager)
        Group.browse().action_scan()
        self.assertTrue(group_a.exists())
        self.assertIn("+62 812 3456 7890", group_a.reason)
        self.assertEqual(group_a.score, score)
        self.assertFalse(group_a.merge_error, "found again, as if made afresh")
        self.assertFalse(twin.exists())
        self.assertFalse(group_b.exists())
        self.assertEqual(
            self.groups_of(Group.search([("state", "=", "to_review")])), [{"A1", "A2"}, {"B1", "B2", "B3"}]
        )
        self.assertIn(b3, Group.search([("state", "=", "to_review")]).lead_ids)
        Group.browse(group_a.id).action_merge()
        self.assertEqual(group_a.state, "merged")
        self.assertEqual(group_a.survivor_id, first)

    def test_no_chaining_through_a_record_to_another_prospect(self):
        """A lead without company name holding one company's phone number and another's is alike both, but
        the two companies are clearly two prospects: it joins one of them only."""
        self.env["crm.lead"].create(
            [
                {"name": "Maju", "partner_name": "PT Maju Jaya Abadi", "email_from": "budi@majujaya.co.id",
                 "phone": "+62 812 1111 2222"},
                {"name": "Between", "contact_name": "Budi", "phone": "+62 812 1111 2222",
                 "mobile": "+62 813 3333 4444"},
                {"name": "Sinar", "partner_name": "CV Sinar Terang Elektrindo",
                 "email_from": "eko@sinarterang.co.id", "phone": "+62 813 3333 4444"},
            ]
        )  # fmt: skip
        self.assertEqual(self.groups_of(self.scan()), [{"Maju", "Between"}])

    def test_never_across_companies(self):
        other_company = self.env["res.company"].create({"name": "Surabaya Branch"})
        self.manager.company_ids |= other_company
        self.env["crm.lead"].create(
            [
                {"name": "Here", "email_from": "budi@majujaya.co.id", "company_id": self.env.company.id},
                {"name": "There", "email_from": "budi@majujaya.co.id", "company_id": other_company.id},
            ]
        )
        self.assertFalse(self.scan())

    def test_review_list_respects_the_companies_a_manager_works_in(self):
        """The review list follows the record rules: a manager sees and acts on the groups of the companies
        they work in only; those of another company appear once they work in it too."""
        here = self.env.company
        there = self.env["res.company"].create({"name": "Surabaya Branch"})
        self.env["crm.lead"].create(
            [
                {"name": "Here 1", "email_from": "budi@majujaya.co.id", "company_id": here.id},
                {"name": "Here 2", "email_from": "budi@majujaya.co.id", "company_id": here.id},
                {"name": "There 1", "email_from": "jan@bakkerijjansen.nl", "company_id": there.id},
                {"name": "There 2", "email_from": "jan@bakkerijjansen.nl", "company_id": there.id},
            ]
        )
        self.Group.sudo()._scan_all()
        everywhere = self.Group.sudo().search([("state", "=", "to_review")])
        self.assertCountEqual(self.groups_of(everywhere), [{"Here 1", "Here 2"}, {"There 1", "There 2"}])
        self.assertEqual(self.manager.company_ids, here)
        as_manager = self.Group.with_user(self.manager)
        mine = as_manager.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(mine), [{"Here 1", "Here 2"}])
        theirs = (everywhere - mine).with_user(self.manager)
        with self.assertRaises(AccessError):
            theirs.read(["score", "reason"])
        with self.assertRaises(AccessError):
            theirs.action_dismiss()
        self.assertEqual(theirs.sudo().state, "to_review")

        self.manager.company_ids |= there
        both = as_manager.with_context(allowed_company_ids=[here.id, there.id])
        self.assertEqual(both.search([("state", "=", "to_review")]), everywhere)

    def test_dismissed_group_stays_dismissed(self):
        self.env["crm.lead"].create(
            [{"name": name, "email_from": "budi@majujaya.co.id"} for name in ("D1", "D2", "D3")]
        )
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{"D1", "D2", "D3"}])
        group.action_dismiss()
        self.assertEqual(group.state, "dismissed")
        self.assertFalse(self.scan())
        self.assertEqual(group.state, "dismissed")
        # and they leave each other's Similar Leads
        lead = group.lead_ids[0]
        self.assertFalse((lead.duplicate_lead_ids - lead) & group.lead_ids)
        # Not Duplicates again, or on a merged group, is refused as Merge is: it did nothing without a word
        with self.assertRaisesRegex(UserError, "is no longer to review: it was merged or dismissed"):
            group.with_user(self.manager).action_dismiss()

    def test_a_record_deleted_leaves_no_group_of_one(self):
        """A record deleted: its group to review goes when it is left with one record, and counts one record
        fewer otherwise."""
        leads = self.env["crm.lead"].create(
            [
                {"name": "A1", "email_from": "budi@majujaya.co.id"},
                {"name": "A2", "email_from": "budi@majujaya.co.id"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B2", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B3", "email_from": "jan@bakkerijjansen.nl"},
            ]
        )
        groups = self.scan()
        self.assertCountEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2", "B3"}])
        group_b = groups.filtered(lambda group: "B1" in group.lead_ids.mapped("name"))
        (leads[1] | leads[4]).unlink()
        self.assertEqual(self.Group.search([("state", "=", "to_review")]), group_b)
        self.assertEqual(set(group_b.lead_ids.mapped("name")), {"B1", "B2"})
        self.assertEqual(group_b.lead_count, 2)

    def test_a_record_deleted_from_a_dismissed_or_merged_group(self):
        """Dismissed, a group left with one record goes (its marks stay); merged, it stays, its records
        counted again and named by those left."""
        dismissed = self.env["crm.lead"].create(
            [{"name": name, "email_from": "budi@majujaya.co.id"} for name in ("D1", "D2", "D3")]
        )
        group = self.scan()
        group.action_dismiss()
        dismissed[2].unlink()
        self.assertEqual((group.lead_count, group.display_name), (2, "D1 and 1 more"))
        dismissed[1].unlink()
        self.assertFalse(group.exists())
        self.assertTrue(dismissed[0].exists())

        first, second, third = (
            self.new_lead(name, date, email_from="jan@bakkerijjansen.nl")
            for name, date in (("M1", "2024-01-01"), ("M2", "2024-02-01"), ("M3", "2024-03-01"))
        )
        group = self.scan()
        group.action_merge()
        self.assertEqual(group.state, "merged")
        second.unlink()
        self.assertEqual((group.lead_count, group.display_name), (2, "M1 and 1 more"))
        (first | third).unlink()
        self.assertEqual((group.lead_count, group.display_name), (0, str(group.id)))

    def test_merge_group_undoably(self):
        first, second = (
            self.new_lead("M1", "2024-01-01", email_from="budi@majujaya.co.id"),
            self.new_lead("M2", "2024-02-01", email_from="budi@majujaya.co.id", phone="+62 812 3456 7890"),
        )
        group = self.scan()
        group.action_merge()
        self.assertEqual(group.state, "merged")
        self.assertEqual(group.survivor_id, first)
        self.assertEqual(second.merged_into_id, first)
        # its Records button lists both, the merged one included, and creates none there
        action = group.action_open_leads()
        Lead = self.env["crm.lead"].with_context(**action["context"])
        self.assertEqual(Lead.search(action["domain"]), first | second)
        self.assertFalse(action["context"]["create"])
        self.assertFalse(self.scan(), "merged records are no duplicates any more")
        first.with_user(self.manager).action_undo_merge()
        self.assertFalse(second.merged_into_id)
        self.assertTrue(second.active)
        # undone on the kept record: the group is to review again
        self.assertEqual(group.state, "to_review")
        self.assertFalse(group.survivor_id)

    def test_records_merged_show_where_they_went(self):
        """The group's form shows *Merged Into* (``has_merged_leads``) when a record of the group was merged:
        by the group's merge, or by hand elsewhere while the group is to review; not once undone."""
        first, second, third = (
            self.new_lead(name, date, email_from="budi@majujaya.co.id")
            for name, date in (("G1", "2024-01-01"), ("G2", "2024-02-01"), ("G3", "2024-03-01"))
        )
        group = self.scan()
        self.assertFalse(group.has_merged_leads)
        arch = etree.fromstring(group.get_view(view_type="form")["arch"])
        (column,) = arch.xpath("//field[@name='lead_ids']/list/field[@name='merged_into_id']")
        self.assertEqual(column.get("column_invisible"), "not parent.has_merged_leads")
        (first | third).merge_opportunity(auto_unlink=False)
        self.assertEqual((group.state, third.merged_into_id), ("to_review", first))
        self.assertTrue(group.has_merged_leads, "merged elsewhere, the group still to review")
        first.with_user(self.manager).action_undo_merge()
        self.assertFalse(group.has_merged_leads)
        group.action_merge()
        self.assertEqual((group.state, second.merged_into_id), ("merged", first))
        self.assertTrue(group.has_merged_leads)
        group.with_user(self.manager).action_undo_merge()
        self.assertFalse(group.has_merged_leads)

    def test_undo_merge_of_a_group(self):
        """Undo Merge on a merged group: its records come back as they were before the merge, and the group
        is to review again; refused, saying why, on a group not merged, or whose kept record was merged with
        other records since."""
        first, second = (
            self.new_lead("U1", "2024-01-01", email_from="budi@majujaya.co.id"),
            self.new_lead("U2", "2024-02-01", email_from="budi@majujaya.co.id", phone="+62 812 3456 7890"),
        )
        group = self.scan()
        with self.assertRaisesRegex(UserError, "has no merge to undo"):
            group.action_undo_merge()
        group.action_merge()
        self.assertEqual((group.state, first.phone), ("merged", "+62 812 3456 7890"))
        self.assertTrue(group.with_user(self.manager).action_undo_merge())
        self.assertEqual(group.state, "to_review")
        self.assertFalse(group.survivor_id)
        self.assertFalse(second.merged_into_id)
        self.assertTrue(second.active)
        self.assertFalse(first.phone, "the kept record is as it was before the merge")
        # found again by the next scan, once
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{"U1", "U2"}])

        # merged again, then its kept record merged with another record by hand: the group's merge is no
        # longer the last one into it
        group.action_merge()
        third = self.new_lead("U3", "2024-03-01", email_from="sari@majujaya.co.id")
        (first | third).merge_opportunity(auto_unlink=False)
        with self.assertRaisesRegex(UserError, "merged with other records since"):
            group.action_undo_merge()
        self.assertEqual(group.state, "merged")
        self.assertEqual(second.merged_into_id, first)

    def test_undo_merge_undoes_the_groups_own_merge_only(self):
        """A group merged from the pop-up without one of its records, whose kept record was then merged by
        hand with that record: Undo Merge on the group would undo the merge by hand, which is not the group's.
        It is refused; after Undo Merge on the kept record (the merge by hand), it undoes the group's."""
        first, second, third = (
            self.new_lead(name, date, email_from="budi@majujaya.co.id")
            for name, date in (("W1", "2024-01-01"), ("W2", "2024-02-01"), ("W3", "2024-03-01"))
        )
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{"W1", "W2", "W3"}])
        with Form(
            self.env["crm.merge.opportunity"]
            .with_user(self.manager)
            .with_context(**group.action_open_merge()["context"])
        ) as form:
            form.opportunity_ids.remove(third.id)
        form.record.action_merge()
        self.assertEqual(
            (group.state, second.merged_into_id, third.merged_into_id), ("merged", first, third.browse())
        )
        (first | third).merge_opportunity(auto_unlink=False)
        self.assertEqual(third.merged_into_id, first)
        with self.assertRaisesRegex(UserError, "merged with other records since"):
            group.with_user(self.manager).action_undo_merge()
        self.assertEqual((second.merged_into_id, third.merged_into_id), (first, first))

        first.with_user(self.manager).action_undo_merge()
        self.assertEqual(
            (group.state, third.merged_into_id), ("merged", third.browse()), "the group's merge stays"
        )
        group.with_user(self.manager).action_undo_merge()
        self.assertEqual((group.state, second.merged_into_id), ("to_review", second.browse()))
        self.assertTrue(second.active and third.active)

    def test_merged_groups_of_earlier_versions_linked_to_their_merge(self):
        """The upgrade to 18.0.1.10.0 links the groups merged before to their merge, so that Undo Merge on
        them works; one whose merge was undone since on the kept record is to review again."""
        kept = self.new_lead("K1", "2024-01-01", email_from="budi@majujaya.co.id")
        self.new_lead("K2", "2024-02-01", email_from="budi@majujaya.co.id")
        undone = self.new_lead("D1", "2024-01-01", email_from="jan@bakkerijjansen.nl")
        self.new_lead("D2", "2024-02-01", email_from="jan@bakkerijjansen.nl")
        groups = self.scan()
        groups.action_merge()
        still_merged = groups.filtered(lambda group: kept in group.lead_ids)
        merge = still_merged.merge_record_id
        self.assertTrue(merge)
        undone.action_undo_merge()
        # as the version before left them: merged, without the link
        groups.write({"state": "merged", "merge_record_id": False})
        (groups - still_merged).survivor_id = undone

        run_migration(self.env.cr, "18.0.1.10.0", "18.0.1.9.0")
        self.assertEqual(still_merged.merge_record_id, merge)
        # a group no merge was found for stays as it was, unlinked; Undo Merge on its kept record frees it
        unlinked = still_merged.sudo().copy(
            {
                "lead_ids": still_merged.lead_ids.ids,
                "state": "merged",
                "survivor_id": kept.id,
                "merge_record_id": False,
            }
        )
        self.assertFalse(unlinked.merge_record_id)
        self.assertEqual(
            ((groups - still_merged).state, (groups - still_merged).survivor_id),
            ("to_review", undone.browse()),
        )
        still_merged.with_user(self.manager).action_undo_merge()
        self.assertEqual((still_merged.state, unlinked.state), ("to_review", "to_review"))

    def as_left_by_an_earlier_version(self, group, survivor, own, later):
        """Leave ``group`` merged into ``survivor`` without link to its merge ``own``, as a version before
        18.0.1.10.0 did, with the dates of separate transactions: ``own`` made with the group's last change,
        ``later`` a day after (a test runs in one transaction, where every date is the same)."""
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE crm_lead_merge_record SET create_date = CASE WHEN id = %s"
            " THEN timestamp '2024-05-01 10:00' ELSE timestamp '2024-05-02 10:00' END WHERE id IN %s",
            [own.id, (own.id, later.id)],
        )
        self.env.cr.execute(
            "UPDATE crm_lead_duplicate_group SET write_date = '2024-05-01 10:00', merge_record_id = NULL,"
            " survivor_id = %s WHERE id = %s",
            [survivor.id, group.id],
        )
        self.env.invalidate_all()

    def test_earlier_version_group_linked_to_its_own_merge_not_a_later_one(self):
        """A group merged by an earlier version from the pop-up without one of its records, whose kept record
        was then merged by hand with that record, and that merge undone: the upgrade links the group to its
        own merge (made when the group was marked merged), still there to undo, not to the later one."""
        first, second, third = (
            self.new_lead(name, date, email_from="budi@majujaya.co.id")
            for name, date in (("W1", "2024-01-01"), ("W2", "2024-02-01"), ("W3", "2024-03-01"))
        )
        group = self.scan()
        (first | second).merge_opportunity(auto_unlink=False)
        # marked merged as the earlier version did (its kept record is written with the dates below)
        group.state = "merged"
        own = first._merge_last_record()
        (first | third).merge_opportunity(auto_unlink=False)
        later = first._merge_last_record()
        first.action_undo_merge()
        self.assertEqual(first._merge_last_record(), own)
        self.as_left_by_an_earlier_version(group, first, own, later)

        run_migration(self.env.cr, "18.0.1.10.0", "18.0.1.9.0")
        self.assertEqual((group.state, group.merge_record_id), ("merged", own))
        group.with_user(self.manager).action_undo_merge()
        self.assertEqual((group.state, second.merged_into_id), ("to_review", second.browse()))

    def test_earlier_version_group_whose_merge_was_undone_not_linked_to_a_later_one(self):
        """A group merged by an earlier version, its merge undone on the kept record since, then that record
        merged by hand with another of the group's records: the upgrade does not take the later merge for the
        group's; the group is to review again."""
        first, second, third = (
            self.new_lead(name, date, email_from="budi@majujaya.co.id")
            for name, date in (("V1", "2024-01-01"), ("V2", "2024-02-01"), ("V3", "2024-03-01"))
        )
        group = self.scan()
        (first | second).merge_opportunity(auto_unlink=False)
        group.state = "merged"
        own = first._merge_last_record()
        first.action_undo_merge()
        (first | third).merge_opportunity(auto_unlink=False)
        later = first._merge_last_record()
        self.as_left_by_an_earlier_version(group, first, own, later)

        run_migration(self.env.cr, "18.0.1.10.0", "18.0.1.9.0")
        self.assertEqual((group.state, group.merge_record_id), ("to_review", own.browse()))
        self.assertEqual(third.merged_into_id, first, "the merge by hand stays")

    def test_undo_merge_of_groups_kept_in_one_record_last_merged_first(self):
        """Two groups merged into one record, one after the other (a lead came in, and the next scan grouped
        it with the kept record): Undo Merge on both at once undoes the last merge first, whatever the
        selection's order (the background takes them in the same order, ``_in_undo_order``)."""
        first = self.new_lead("U1", "2024-01-01", email_from="budi@majujaya.co.id")
        self.new_lead("U2", "2024-02-01", email_from="budi@majujaya.co.id")
        older = self.scan()
        older.action_merge()
        self.new_lead("U3", "2024-03-01", email_from="budi@majujaya.co.id")
        newer = self.scan()
        newer.action_merge()
        self.assertEqual((older.survivor_id, newer.survivor_id), (first, first))
        (older | newer).with_user(self.manager).action_undo_merge()
        self.assertEqual(set((older | newer).mapped("state")), {"to_review"})
        self.assertFalse((older | newer).lead_ids.filtered("merged_into_id"))

    def test_merge_of_several_groups_at_once_goes_on_past_one_that_cannot(self):
        """Merge on a few groups at once: one that can no longer be merged stays to review, saying why, the
        others are merged, and a notification counts both (one refused group stopped them all); one group
        alone is refused with the reason."""
        groups = self.scan_three_groups()
        alpha = groups.filtered(lambda group: "Alpha1" in group.lead_ids.mapped("name"))
        alpha.lead_ids[0].action_archive()
        with self.assertRaisesRegex(UserError, "was archived or marked lost since the scan found"):
            alpha.with_user(self.manager).action_merge()
        action = groups.with_user(self.manager).action_merge()
        self.assertEqual(
            action["params"]["message"],
            "Groups merged: 2. Groups that could not be merged: 1, still to review, each saying why "
            "(Not Merged Because).",
        )
        self.assertEqual((alpha.state, set((groups - alpha).mapped("state"))), ("to_review", {"merged"}))
        self.assertRegex(alpha.merge_error, "was archived or marked lost since the scan found")
        self.assertFalse(alpha.lead_ids.filtered("merged_into_id"))
        # so does Undo Merge: a group whose kept record was merged again since stays merged, saying why
        beta, gamma = groups - alpha
        new_beta = self.env["crm.lead"].create({"name": "Beta3", "email_from": "info@beta.example"})
        (beta.survivor_id | new_beta).merge_opportunity(auto_unlink=False)
        action = (beta | gamma).with_user(self.manager).action_undo_merge()
        self.assertEqual(
            action["params"]["message"],
            "Merges undone: 1. Merges that could not be undone: 1, each saying why (Not Undone Because).",
        )
        self.assertEqual((beta.state, gamma.state), ("merged", "to_review"))
        self.assertTrue(beta.undo_error)

    def test_background_merge_goes_on_past_a_conflict_or_an_error(self):
        """In the background, a group whose records another transaction changed meanwhile, or holds, goes
        back to review saying that asking again will do; an unexpected error leaves its group to review,
        saying so; the other groups are merged, and who asked is told once all are done."""
        self.new_lead("Delta1", "2024-01-01", email_from="info@delta.example")
        self.new_lead("Delta2", "2024-02-01", email_from="info@delta.example")
        groups = self.scan_three_groups()
        alpha, beta, gamma, delta = (
            groups.filtered(lambda group, name=name: name in group.lead_ids.mapped("name"))
            for name in ("Alpha1", "Beta1", "Gamma1", "Delta1")
        )
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        merge_now = type(self.Group)._merge_now

        def failing_merge(group):
            if group == alpha:
                raise SerializationFailure("could not serialize access due to concurrent update")
            if group == beta:
                raise ValueError("something unexpected")
            if group == gamma:
                # another transaction holds its records (crm.lead._merge_lock)
                raise UserError(BUSY)
            return merge_now(group)

        with (
            self.two_groups_at_once_or_a_batch() as notify,
            patch.object(crm_lead_duplicate_group, "MERGE_BATCH_SIZE", 4),
            patch.object(type(self.Group), "_merge_now", autospec=True, side_effect=failing_merge),
        ):
            groups.with_user(self.manager).action_merge()
            with self.assertLogs(crm_lead_duplicate_group.__name__, "ERROR") as logged:
                self.assertEqual(self.run_cron(cron, "_cron_merge"), (4, 0))
            notify.assert_called_once()
        self.assertIn("something unexpected", logged.output[0])
        self.assertEqual(
            (alpha.state, beta.state, gamma.state, delta.state),
            ("to_review", "to_review", "to_review", "merged"),
        )
        self.assertRegex(alpha.merge_error, "changed some of these records meanwhile. Try again")
        self.assertRegex(beta.merge_error, "something unexpected")
        self.assertRegex(gamma.merge_error, "Another user is merging")

    def test_background_merge_refuses_a_pair_marked_meanwhile(self):
        """Two records of a group waiting for the background merge, marked as other prospects meanwhile, are
        not merged: the group goes back to review, saying why."""
        groups = self.scan_three_groups()
        alpha = groups.filtered(lambda group: "Alpha1" in group.lead_ids.mapped("name"))
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        with self.two_groups_at_once_or_a_batch():
            groups.with_user(self.manager).action_merge()
            self.assertEqual(alpha.state, "merging")
            first, second = alpha.lead_ids.sorted("id")
            first.with_user(self.manager)._mark_not_same_prospect(second)
            self.assertTrue(alpha.exists(), "not to review: not made afresh")
            self.run_cron(cron, "_cron_merge")
        self.assertEqual(alpha.state, "to_review")
        self.assertRegex(
            alpha.merge_error, r"^“Alpha\d” and “Alpha\d” were marked as other prospects since the scan found"
        )
        self.assertFalse(alpha.lead_ids.merged_into_id)

    def test_background_merge_goes_on_when_a_group_itself_changed_meanwhile(self):
        """A group the background could not merge, which another transaction changed meanwhile: the reason
        is not written over that change (the write would fail the whole run), and the others are merged."""
        groups = self.scan_three_groups()
        alpha = groups.filtered(lambda group: "Alpha1" in group.lead_ids.mapped("name"))
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        merge_now, write = type(self.Group)._merge_now, type(self.Group).write

        def busy_merge(group):
            if group == alpha:
                raise UserError(BUSY)
            return merge_now(group)

        def write_changed_meanwhile(records, values):
            if records == alpha and "merge_error" in values:
                raise SerializationFailure("could not serialize access due to concurrent update")
            return write(records, values)

        with (
            self.two_groups_at_once_or_a_batch(),
            patch.object(crm_lead_duplicate_group, "MERGE_BATCH_SIZE", 3),
            patch.object(type(self.Group), "_merge_now", autospec=True, side_effect=busy_merge),
            patch.object(type(self.Group), "write", autospec=True, side_effect=write_changed_meanwhile),
        ):
            groups.with_user(self.manager).action_merge()
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (3, 0))
        self.assertEqual(alpha.state, "merging")
        self.assertFalse(alpha.merge_error)
        self.assertEqual(set((groups - alpha).mapped("state")), {"merged"})

    def test_background_tells_nobody_of_groups_another_transaction_took(self):
        """Groups stopped (or undone) by another transaction while the batch ran: the batch neither merged
        them nor left them saying why, so who asked is not told they are merged."""
        groups = self.scan_three_groups()
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        write = type(self.Group).write
        conflict = SerializationFailure("could not serialize access due to concurrent update")

        def write_changed_meanwhile(records, values):
            if values.get("state") == "to_review":  # the reason written after the merge failed
                raise conflict
            return write(records, values)

        with (
            self.two_groups_at_once_or_a_batch() as notify,
            patch.object(crm_lead_duplicate_group, "MERGE_BATCH_SIZE", 3),
            patch.object(type(self.Group), "_merge_now", autospec=True, side_effect=conflict),
            patch.object(type(self.Group), "write", autospec=True, side_effect=write_changed_meanwhile),
        ):
            groups.with_user(self.manager).action_merge()
            triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (3, 0))
            notify.assert_not_called()
            self.assertTrue(
                self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers,
                "those still waiting are taken by a run soon",
            )

    def test_bulk_undo_merge_in_the_background_batch_by_batch(self):
        """Undo Merge on more groups than are done at once: they show Undoing Merge, the scheduled action
        undoes their merges batch by batch with the rights of who asked; a merge that cannot be undone any
        more stays merged, saying why; who asked is notified once, at the end."""
        groups = self.scan_three_groups()
        groups.action_merge()
        self.assertEqual(set(groups.mapped("state")), {"merged"})
        gamma = groups.filtered(lambda group: "Gamma1" in group.lead_ids.mapped("name"))
        # Gamma's kept record merged with a new record since
        new_gamma = self.env["crm.lead"].create({"name": "Gamma3", "email_from": "info@gamma.example"})
        (gamma.survivor_id | new_gamma).merge_opportunity(auto_unlink=False)
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])

        with self.two_groups_at_once_or_a_batch() as notify:
            action = groups.with_user(self.manager).action_undo_merge()
            self.assertEqual(action["tag"], "display_notification")
            self.assertIn("The merges of 3 groups are being undone", action["params"]["message"])
            self.assertEqual(set(groups.mapped("state")), {"undoing"})
            self.assertEqual(
                len(groups.lead_ids.filtered("merged_into_id")), 3, "nothing undone in the request"
            )
            self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers)
            with self.assertRaisesRegex(UserError, "has no merge to undo"):
                groups[:1].with_user(self.manager).action_undo_merge()
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (2, 1))
            notify.assert_not_called()
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (1, 0))
            notify.assert_called_once()
            self.assertEqual(notify.call_args.args[0], self.manager)
            self.assertIn("merges of the selected groups are undone", notify.call_args.args[2]["message"])
        undone = groups - gamma
        self.assertEqual(set(undone.mapped("state")), {"to_review"})
        self.assertFalse(undone.lead_ids.filtered("merged_into_id"))
        self.assertEqual(gamma.state, "merged")
        self.assertRegex(gamma.undo_error, "merged with other records since")
        # undone as the manager, who asked: noted on each kept record
        self.assertEqual(undone.lead_ids.merge_record_ids.mapped("undo_user_id"), self.manager)

    def test_background_merges_and_undoings_each_notified_in_the_askers_language(self):
        """Undo Merge on some groups, then Merge on others, by one manager, batches mixing both: the manager
        is told of each once it is all done, in their language; a group whose asker is gone says so."""
        self.env["res.lang"]._activate_lang("nl_NL")
        self.manager.lang = "nl_NL"
        groups = self.scan_three_groups()
        to_undo = groups[:2]
        to_undo.action_merge()
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        with (
            patch.object(crm_lead_duplicate_group, "MERGE_NOW_LIMIT", 0),
            patch.object(crm_lead_duplicate_group, "MERGE_BATCH_SIZE", 2),
            patch.object(type(self.env["res.users"]), "_bus_send", autospec=True) as notify,
        ):
            to_undo.with_user(self.manager).action_undo_merge()
            (groups - to_undo).with_user(self.manager).action_merge()
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (2, 1))
            notify.assert_called_once()
            self.assertIn("ongedaan gemaakt", notify.call_args.args[2]["message"])
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (1, 0))
            self.assertEqual(notify.call_count, 2)
            self.assertIn("samengevoegd", notify.call_args.args[2]["message"])
            # who asked is gone: the group says so and goes back
            group = groups[2]
            group.action_undo_merge()
            group.merge_user_id = False
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (1, 0))
        self.assertEqual(set(to_undo.mapped("state")), {"to_review"})
        self.assertEqual(group.state, "merged")
        self.assertRegex(group.undo_error, "no longer exists")

    def test_bulk_merge_in_the_background_batch_by_batch(self):
        """Merge on more groups than are merged at once: they show Merging, the scheduled action merges them
        batch by batch with the rights of who asked, saying how many remain; a group that cannot be merged
        any more goes back to review, saying why; who asked is notified at the end."""
        groups = self.scan_three_groups()
        self.assertEqual(len(groups), 3)
        gamma = groups.filtered(lambda group: "Gamma1" in group.lead_ids.mapped("name"))
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])

        def run_batch():
            return self.run_cron(cron, "_cron_merge")

        with self.two_groups_at_once_or_a_batch() as notify:
            action = groups.with_user(self.manager).action_merge()
            self.assertEqual(action["tag"], "display_notification")
            self.assertIn("3 groups are being merged", action["params"]["message"])
            self.assertEqual(set(groups.mapped("state")), {"merging"})
            self.assertFalse(groups.lead_ids.filtered("merged_into_id"), "nothing merged in the request")
            self.assertEqual(groups.merge_user_id, self.manager)
            self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers)
            # while they wait, a record of one group is deleted: two of them cannot be merged any more
            gamma.lead_ids[0].unlink()
            with self.assertRaisesRegex(UserError, "no longer to review"):
                groups[:1].with_user(self.manager).action_merge()
            self.assertEqual(run_batch(), (2, 1))
            notify.assert_not_called()
            self.assertEqual(run_batch(), (1, 0))
            notify.assert_called_once()
            self.assertEqual(notify.call_args.args[0], self.manager)
        merged = groups - gamma
        self.assertEqual(set(merged.mapped("state")), {"merged"})
        self.assertEqual(len(merged.lead_ids.filtered("merged_into_id")), 2)
        # the merge was the manager's: noted on each kept record by them, undoable
        self.assertEqual(merged.survivor_id.merge_record_ids.create_uid, self.manager)
        self.assertEqual(gamma.state, "to_review")
        self.assertRegex(gamma.merge_error, "fewer than two records left")
        # in the list, such a group's row stands out; the column saying why is there to show, empty elsewhere
        view = self.env.ref("crm_lead_convert.crm_lead_duplicate_group_view_list")
        arch = etree.fromstring(self.Group.get_view(view.id, "list")["arch"])
        self.assertEqual(
            arch.get("decoration-warning"),
            "(merge_error and state == 'to_review') or (undo_error and state == 'merged')",
        )
        self.assertEqual(arch.xpath("//field[@name='merge_error']")[0].get("optional"), "hide")

    def test_background_merge_and_undo_can_be_stopped(self):
        """Groups waiting for the background (a merge over the time limit would keep them waiting for ever):
        Stop puts one waiting to be merged back to review and leaves one waiting for its undo merged, each
        saying who stopped it; the background then leaves them alone; a group not waiting is refused."""
        groups = self.scan_three_groups()
        merged, to_merge = groups[:1], groups[1:]
        merged.action_merge()
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        with (
            patch.object(crm_lead_duplicate_group, "MERGE_NOW_LIMIT", 0),
            patch.object(type(self.env["res.users"]), "_bus_send", autospec=True),
        ):
            to_merge.with_user(self.manager).action_merge()
            merged.with_user(self.manager).action_undo_merge()
        self.assertEqual(groups.mapped("state"), ["undoing", "merging", "merging"])
        view = self.env.ref("crm_lead_convert.crm_lead_duplicate_group_view_form")
        arch = etree.fromstring(self.Group.get_view(view.id, "form")["arch"])
        self.assertEqual(
            arch.xpath("//button[@name='action_stop']")[0].get("invisible"),
            "state not in ('merging', 'undoing')",
        )

        (merged | to_merge[:1]).with_user(self.manager).action_stop()

        self.assertEqual(groups.mapped("state"), ["merged", "to_review", "merging"])
        self.assertEqual(merged.undo_error, f"Stopped by {self.manager.name} before its merge was undone.")
        self.assertEqual(to_merge[0].merge_error, f"Stopped by {self.manager.name} before it was merged.")
        with patch.object(type(self.env["res.users"]), "_bus_send", autospec=True):
            self.assertEqual(self.run_cron(cron, "_cron_merge"), (1, 0), "only the group still waiting")
        self.assertEqual(groups.mapped("state"), ["merged", "to_review", "merged"])
        self.assertTrue(merged.survivor_id.merged_lead_ids, "its merge stands")
        self.assertFalse(to_merge[0].lead_ids.filtered("merged_into_id"))
        with self.assertRaisesRegex(
            UserError, "is not waiting to be merged or undone in the background: it is “Merged”"
        ):
            groups[2].with_user(self.manager).action_stop()

    def test_stop_leaves_the_groups_the_running_batch_holds_to_it(self):
        """Groups the background batch holds right now (locked by its transaction) are left to it, the others
        stopped at once, and Stop says so; all of them held: try again in a moment."""
        groups = self.scan_three_groups()
        with (
            patch.object(crm_lead_duplicate_group, "MERGE_NOW_LIMIT", 0),
            patch.object(type(self.env["res.users"]), "_bus_send", autospec=True),
        ):
            groups.with_user(self.manager).action_merge()
        held = groups[:1]
        lock_for_stop = type(self.Group)._lock_for_stop

        def lock_but_held(records):
            return lock_for_stop(records - held)

        with patch.object(type(self.Group), "_lock_for_stop", autospec=True, side_effect=lock_but_held):
            action = groups.with_user(self.manager).action_stop()
            self.assertEqual(
                action["params"]["message"],
                "Groups stopped: 2. Groups being merged or undone in the background right now, so left to "
                "it: 1 (if still waiting in a moment, stop them again).",
            )
            self.assertEqual(groups.mapped("state"), ["merging", "to_review", "to_review"])
            with self.assertRaisesRegex(UserError, "being merged or undone in the background right now"):
                held.with_user(self.manager).action_stop()
        held.with_user(self.manager).action_stop()
        self.assertEqual(held.state, "to_review")

    def test_search_by_salesperson(self):
        """The list's search by Salesperson finds the groups holding a record of theirs, and only those."""
        self.new_lead("Alpha1", "2024-01-01", email_from="info@alpha.example")
        self.new_lead("Alpha2", "2024-02-01", email_from="info@alpha.example", user_id=False)
        self.new_lead("Beta1", "2024-01-01", email_from="info@beta.example", user_id=self.manager.id)
        self.new_lead("Beta2", "2024-02-01", email_from="info@beta.example", user_id=False)
        groups = self.scan()
        self.assertEqual(len(groups), 2)
        for name, names in (
            (self.salesperson.name, [{"Alpha1", "Alpha2"}]),
            (self.manager.name, [{"Beta1", "Beta2"}]),
            ("Nobody of that name", []),
        ):
            with self.subTest(name=name):
                found = self.Group.with_user(self.manager).search([("user_ids", "ilike", name)])
                self.assertEqual(self.groups_of(found), names)
        # a group holding a record of theirs is not one without them, whoever else's records it holds
        groups.lead_ids.filtered(lambda lead: lead.name == "Alpha2").user_id = self.manager
        for operator, value in (("!=", self.salesperson.id), ("not in", self.salesperson.ids)):
            with self.subTest(operator=operator):
                found = self.Group.with_user(self.manager).search([("user_ids", operator, value)])
                self.assertEqual(self.groups_of(found), [{"Beta1", "Beta2"}])

    def test_group_by_salesperson_of_the_record_kept(self):
        """The list groups by Salesperson: each group under the salesperson of the record a merge keeps (the
        earliest created), who keeps the merged record; the grouping follows that record handed to another
        salesperson."""
        self.new_lead("Alpha1", "2024-01-01", email_from="info@alpha.example")
        self.new_lead("Alpha2", "2024-02-01", email_from="info@alpha.example", user_id=self.manager.id)
        self.new_lead("Beta1", "2024-03-01", email_from="info@beta.example", user_id=False)
        self.new_lead("Beta2", "2024-01-15", email_from="info@beta.example", user_id=self.manager.id)
        self.new_lead("Gamma1", "2024-01-01", email_from="info@gamma.example", user_id=False)
        self.new_lead("Gamma2", "2024-02-01", email_from="info@gamma.example")
        groups = self.scan()
        self.assertEqual(len(groups), 3)
        view = self.env.ref("crm_lead_convert.crm_lead_duplicate_group_view_search")
        self.assertIn("'group_by': 'user_id'", view.arch)

        def grouped():
            found = self.Group.with_user(self.manager).read_group(
                [("id", "in", groups.ids)], ["user_id"], ["user_id"]
            )
            return {
                row["user_id"][1] if row["user_id"] else False: sorted(
                    sorted(names) for names in self.groups_of(self.Group.search(row["__domain"]))
                )
                for row in found
            }

        self.assertEqual(
            grouped(),
            {
                self.salesperson.name: [["Alpha1", "Alpha2"]],
                self.manager.name: [["Beta1", "Beta2"]],
                False: [["Gamma1", "Gamma2"]],
            },
        )
        leads = {lead.name: lead for lead in groups.lead_ids}
        leads["Alpha1"].user_id = self.manager
        leads["Gamma1"].user_id = self.salesperson
        self.assertEqual(
            grouped(),
            {
                self.salesperson.name: [["Gamma1", "Gamma2"]],
                self.manager.name: [["Alpha1", "Alpha2"], ["Beta1", "Beta2"]],
            },
        )

    def test_search_by_record_finds_the_names_the_list_shows(self):
        """The list's search by Record finds a group by a record's title, company, contact or email."""
        self.new_lead(
            "Kursi 1", "2024-01-01", partner_name="PT Maju Jaya Abadi", email_from="budi@majujaya.co.id"
        )
        self.new_lead("Kursi 2", "2024-02-01", contact_name="Budi Santoso", email_from="budi@majujaya.co.id")
        self.new_lead("Roti 1", "2024-01-01", email_from="jan@bakkerijjansen.nl")
        self.new_lead("Roti 2", "2024-02-01", email_from="jan@bakkerijjansen.nl")
        self.assertEqual(len(self.scan()), 2)
        arch = etree.fromstring(self.Group.get_view(view_type="search")["arch"])
        filter_domain = arch.xpath("//field[@name='lead_ids']")[0].get("filter_domain")
        for searched in ("Kursi 2", "maju jaya", "Santoso", "budi@majujaya"):
            with self.subTest(searched=searched):
                found = self.Group.with_user(self.manager).search(
                    safe_eval(filter_domain, {"self": searched})
                )
                self.assertEqual(self.groups_of(found), [{"Kursi 1", "Kursi 2"}])

    def test_list_filters_the_surest_and_groups_by_status(self):
        """The search view offers the surest groups (95 % or more) and grouping by status."""
        groups = self.scan_three_groups()
        groups[0].score = 90
        arch = etree.fromstring(self.Group.get_view(view_type="search")["arch"])
        (sure,) = arch.xpath("//filter[@name='sure']")
        found = self.Group.with_user(self.manager).search(safe_eval(sure.get("domain")))
        self.assertEqual(found, groups[1:])
        (by_state,) = arch.xpath("//filter[@name='group_by_state']")
        self.assertEqual(safe_eval(by_state.get("context")), {"group_by": "state"})
        self.assertTrue(self.Group.with_user(self.manager).read_group([], ["lead_count:sum"], ["state"]))

    def test_won_and_lost_records_are_not_scanned(self):
        won_stage = self.env["crm.stage"].search([("is_won", "=", True)], limit=1)
        self.env["crm.lead"].create(
            [
                {"name": "Won", "email_from": "budi@majujaya.co.id", "type": "opportunity",
                 "stage_id": won_stage.id},
                {"name": "Open", "email_from": "budi@majujaya.co.id"},
                {"name": "Lost", "email_from": "budi@majujaya.co.id", "active": False},
            ]
        )  # fmt: skip
        self.assertFalse(self.scan())

    def test_managers_only(self):
        self.env["crm.lead"].create(
            [{"name": name, "email_from": "budi@majujaya.co.id"} for name in ("S1", "S2")]
        )
        self.scan()
        with self.assertRaises(AccessError):
            self.Group.with_user(self.salesperson).search([])
        with self.assertRaises(AccessError):
            self.Group.with_user(self.salesperson).action_scan()

    def test_find_duplicates_on_a_large_crm_runs_in_the_background(self):
        """A large CRM is scanned by the scheduled scan, triggered at once; so is any CRM while that scan is
        under way."""
        self.env["crm.lead"].create(
            [{"name": name, "email_from": "budi@majujaya.co.id"} for name in ("S1", "S2")]
        )
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])
        with patch.object(crm_lead_duplicate_group, "SCAN_NOW_LIMIT", 1):
            action = self.Group.with_user(self.manager).action_scan()
        self.assertEqual(action["tag"], "display_notification")
        self.assertFalse(self.Group.search([("state", "=", "to_review")]), "nothing scanned in the request")
        self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers)
        # so is a small one while the scheduled scan is under way: it goes on with it
        self.Group._scan_begin()
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])
        action = self.Group.with_user(self.manager).action_scan()
        self.assertEqual(action["tag"], "display_notification")
        self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers)
        self.assertFalse(self.Group.search([("state", "=", "to_review")]), "nothing scanned in the request")
        self.Group._scan_restart()
        # a small CRM is scanned at once, and says what it found
        action = self.Group.with_user(self.manager).action_scan()
        self.assertEqual(self.groups_of(self.Group.search([("state", "=", "to_review")])), [{"S1", "S2"}])
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(
            action["params"]["message"], "Every lead and opportunity was searched. Groups to review: 1."
        )
        self.assertEqual(action["params"]["next"]["tag"], "soft_reload")
        self.Group.search([]).action_dismiss()
        action = self.Group.with_user(self.manager).action_scan()
        self.assertEqual(
            action["params"]["message"], "Every lead and opportunity was searched: no duplicates to review."
        )

    def test_merge_from_the_pop_up_choosing_values(self):
        """Merge on a group's form opens the merge pop-up with its records, their differing values and the
        salesperson the kept record will have."""
        first = self.new_lead(
            "P1", "2024-01-01", email_from="budi@majujaya.co.id", expected_revenue=1000, user_id=False
        )
        second = self.new_lead("P2", "2024-02-01", email_from="budi@majujaya.co.id", expected_revenue=5000)
        group = self.scan()
        action = group.action_open_merge()
        with Form(
            self.env["crm.merge.opportunity"].with_user(self.manager).with_context(**action["context"])
        ) as form:
            self.assertEqual({lead.id for lead in form.opportunity_ids}, set((first | second).ids))
            self.assertEqual(form.user_id, self.salesperson)
            chosen = []
            for index in range(len(form.field_choice_ids)):
                with form.field_choice_ids.edit(index) as choice:
                    if choice.field_name == "expected_revenue":
                        choice.lead_id = second
                        chosen.append(choice.field_name)
            self.assertEqual(chosen, ["expected_revenue"])
        result = form.record.action_merge()
        self.assertEqual(group.state, "merged")
        self.assertEqual(group.survivor_id, first)
        self.assertEqual((first.expected_revenue, first.user_id), (5000, self.salesperson))
        # the web client passes the pop-up's context on to the kept record's form, and from there to the
        # next pop-ups: the action says the group is this merge's only
        self.assertIs(result["context"]["crm_lead_duplicate_group_id"], False)
        # where the key reaches a pop-up on other records all the same, it merges them, and leaves the group
        others = self.env["crm.lead"].create(
            [{"name": name, "email_from": "jan@bakkerijjansen.nl"} for name in ("Q1", "Q2")]
        )
        self.env["crm.merge.opportunity"].with_user(self.manager).with_context(**action["context"]).create(
            {"opportunity_ids": [(6, 0, others.ids)]}
        ).action_merge()
        self.assertTrue(others[1].merged_into_id)
        self.assertEqual(group.survivor_id, first)
        # the pop-up and the group's form list the records earliest created first: the kept one on top
        for model, field in (
            ("crm.merge.opportunity", "opportunity_ids"),
            ("crm.lead.duplicate.group", "lead_ids"),
        ):
            arch = etree.fromstring(self.env[model].get_view(view_type="form")["arch"])
            (records,) = arch.xpath(f"//field[@name='{field}']/list")
            self.assertEqual(records.get("default_order"), "create_date, id")

    def merge_taking_the_last_out(self, prefix):
        """Scan three records of one prospect, then merge their group from its form's merge pop-up with
        the last created taken out of its list; return the records and the group."""
        leads = [
            self.new_lead(f"{prefix}{number}", date, email_from=email)
            for number, date, email in (
                (1, "2024-01-01", "budi@majujaya.co.id"),
                (2, "2024-02-01", "eko@majujaya.co.id"),
                (3, "2024-03-01", "sari@majujaya.co.id"),
            )
        ]
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{f"{prefix}{number}" for number in (1, 2, 3)}])
        self.assertIn(f"{prefix}3", group.link_reasons)
        action = group.action_open_merge()
        with Form(
            self.env["crm.merge.opportunity"].with_user(self.manager).with_context(**action["context"])
        ) as form:
            form.opportunity_ids.remove(id=leads[2].id)
        form.record.action_merge()
        return (*leads, group)

    def test_a_record_taken_out_of_the_pop_up_leaves_the_group(self):
        """Merge on a group's form, one record taken out of the pop-up's list: the group shows the records
        merged, not that one, which stays open."""
        first, second, third, group = self.merge_taking_the_last_out("T")
        self.assertEqual((group.state, group.survivor_id), ("merged", first))
        self.assertEqual(group.lead_ids, first | second)
        self.assertEqual(group.lead_count, 2)
        # the lines of why each record was in it named the record taken out
        self.assertFalse(group.link_reasons)
        self.assertEqual(second.merged_into_id, first)
        self.assertFalse(third.merged_into_id)
        self.assertTrue(third.active)
        # undone, the group holds the records it merged, to review again
        group.with_user(self.manager).action_undo_merge()
        self.assertEqual((group.state, group.lead_ids), ("to_review", first | second))
        self.assertFalse(second.merged_into_id)

    def test_the_record_taken_out_comes_back_to_review_with_the_kept_one(self):
        """A record taken out of a group's merge is found again by the next scan, with the kept record."""
        first, _second, third, group = self.merge_taking_the_last_out("U")
        self.assertEqual(self.groups_of(self.scan()), [{"U1", "U3"}])
        self.assertEqual(set(group.lead_ids.mapped("name")), {"U1", "U2"})
        self.assertNotIn(third, group.lead_ids)
        self.assertEqual(first.merged_lead_ids.mapped("name"), ["U2"])

    def test_merge_pop_up_notes_only_its_own_group(self):
        """The merge pop-up, given the id of a group whose records it does not merge, leaves that group."""
        self.env["crm.lead"].create([{"name": name, "email_from": "jan@bakkerijjansen.nl"} for name in "AB"])
        other = self.scan()
        merged = self.env["crm.lead"].create(
            [{"name": name, "email_from": "budi@majujaya.co.id"} for name in ("C", "D")]
        )
        self.env["crm.merge.opportunity"].with_user(self.manager).with_context(
            crm_lead_duplicate_group_id=other.id
        ).create({"opportunity_ids": [(6, 0, merged.ids)]}).action_merge()
        self.assertTrue(merged[1].merged_into_id)
        self.assertEqual(other.state, "to_review")

    def test_a_mark_splits_the_group_at_once_and_its_merge_is_refused(self):
        """Marked as another prospect from Similar Leads, a record leaves its group to review at once, for
        everyone: the group is made afresh without the marked pair, and Merge on it as it was (a form, a
        merge pop-up open on it) is refused clearly instead of merging the two."""
        first, second, third = (
            self.new_lead(name, date, partner_name="PT Maju Jaya Abadi", email_from=email)
            for name, date, email in (
                ("G1", "2024-01-01", "budi@majujaya.co.id"),
                ("G2", "2024-02-01", "eko@majujaya.co.id"),
                ("G3", "2024-03-01", "sari@majujaya.co.id"),
            )
        )
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{"G1", "G2", "G3"}])
        popup = (
            self.env["crm.merge.opportunity"]
            .with_user(self.manager)
            .with_context(**group.with_user(self.manager).action_open_merge()["context"])
            .create({"opportunity_ids": [(6, 0, (first | second | third).ids)]})
        )
        # the salesperson of the three marks G3 in the Similar Leads of G1
        action = first.with_user(self.salesperson).action_show_potential_duplicates()
        third.with_user(self.salesperson).with_context(**action["context"]).action_mark_not_same_prospect()
        self.assertFalse(group.exists())
        for left in self.groups_of(self.Group.search([("state", "=", "to_review")])):
            self.assertFalse({"G1", "G3"} <= left, "the marked pair is in no group")
        gone = "This group is no longer there: since you opened it, a record joined or left it"
        with self.assertRaisesRegex(UserError, gone):
            group.with_user(self.manager).action_open_merge()
        with self.assertRaisesRegex(UserError, gone):
            group.with_user(self.manager).action_merge()
        with self.assertRaisesRegex(UserError, gone):
            group.with_user(self.manager).action_dismiss()
        with self.assertRaisesRegex(UserError, gone):
            popup.action_merge()
        self.assertFalse((second | third).merged_into_id)

    def test_a_mark_during_a_scan_leaves_the_group_to_it_and_its_merge_is_refused(self):
        """While a scheduled scan is under way, a mark leaves the groups to the scan, which makes them from
        its own pairs; Merge on a group holding the marked pair is refused meanwhile, naming the two."""
        first, second = (
            self.new_lead(name, date, partner_name="PT Maju Jaya Abadi", email_from=email)
            for name, date, email in (
                ("G1", "2024-01-01", "budi@majujaya.co.id"),
                ("G2", "2024-02-01", "eko@majujaya.co.id"),
            )
        )
        group = self.scan()
        popup = (
            self.env["crm.merge.opportunity"]
            .with_user(self.manager)
            .with_context(**group.with_user(self.manager).action_open_merge()["context"])
            .create({"opportunity_ids": [(6, 0, (first | second).ids)]})
        )
        self.Group._scan_begin()
        first.with_user(self.salesperson)._mark_not_same_prospect(second)
        self.assertEqual(group.state, "to_review", "left to the scan")
        marked = "^“G1” and “G2” were marked as other prospects since the scan found"
        with self.assertRaisesRegex(UserError, marked):
            group.with_user(self.manager).action_merge()
        with self.assertRaisesRegex(UserError, marked):
            popup.action_merge()
        self.assertFalse(second.merged_into_id)

    def test_a_group_batch_meeting_a_concurrent_change_runs_again_soon(self):
        """A group batch of the scheduled scan that meets another transaction's change (a group merged or
        marked meanwhile) is tried again a minute later, not at the next daily run as a failed run would."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        triggers = self.env["ir.cron.trigger"].sudo()
        self.create_two_prospects_across_batches()
        self.start_first_scan(cron)
        with patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 20):
            self.run_cron(cron, "_cron_scan")  # scores every lead, then the groups come in a minute
            triggers.search([("cron_id", "=", cron.id)]).unlink()
            with (
                patch.object(
                    type(self.Group),
                    "_scan_group_batch",
                    side_effect=SerializationFailure("could not serialize access due to concurrent update"),
                ),
                self.assertLogs(crm_lead_duplicate_scan.__name__, "WARNING") as logged,
            ):
                self.assertEqual(self.run_cron(cron, "_cron_scan"), (0, 0))
            self.assertIn("met a concurrent change", logged.output[0])
            self.assertEqual(len(triggers.search([("cron_id", "=", cron.id)])), 1)
            self.run_scan(cron)
        self.assertEqual(len(self.Group.search([("state", "=", "to_review")])), 2)

    def test_merge_pop_up_refused_once_its_group_merged(self):
        """The merge pop-up of a group that someone else merged meanwhile says so, and merges nothing."""
        self.env["crm.lead"].create([{"name": name, "email_from": "jan@bakkerijjansen.nl"} for name in "AB"])
        group = self.scan()
        popup = (
            self.env["crm.merge.opportunity"]
            .with_user(self.manager)
            .with_context(**group.with_user(self.manager).action_open_merge()["context"])
            .create({"opportunity_ids": [(6, 0, group.lead_ids.ids)]})
        )
        group.action_merge()
        group.action_undo_merge()
        group.action_merge()
        with self.assertRaisesRegex(UserError, "no longer to review"):
            popup.action_merge()

    def test_merge_and_undo_of_groups_say_so(self):
        """Merge and Undo Merge done at once end with a notification counting the groups, then reload."""
        self.scan_three_groups()
        groups = self.Group.with_user(self.manager).search([("state", "=", "to_review")])
        action = groups[:2].action_merge()
        self.assertEqual(action["params"]["type"], "success")
        self.assertRegex(
            action["params"]["message"], r"^Groups merged: 2, each into its earliest created record"
        )
        self.assertEqual(action["params"]["next"]["tag"], "soft_reload")
        action = groups[2].action_merge()
        self.assertRegex(action["params"]["message"], r"^Groups merged: 1, ")
        action = groups.action_undo_merge()
        self.assertRegex(action["params"]["message"], r"^Merges undone: 3\. ")
        self.assertEqual(set(groups.mapped("state")), {"to_review"})

    def test_scheduled_scan_in_batches_resumes_and_is_incremental(self):
        """The scheduled scan scores a batch of leads a run, says how many remain, goes on where it stopped,
        and once done scores again only the leads changed since."""
        params = self.env["ir.config_parameter"].sudo()
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        a1, a2, b1, b2 = self.env["crm.lead"].create(
            [
                {"name": "A1", "email_from": "budi@majujaya.co.id"},
                {"name": "A2", "email_from": "budi@majujaya.co.id"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B2", "email_from": "jan@bakkerijjansen.nl"},
            ]
        )

        def run_batch():
            return self.run_cron(cron, "_cron_scan")

        self.start_first_scan(cron)
        with patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 2):
            self.assertEqual(run_batch(), (2, 2))
            # a restart loses nothing: the state is in the database, the next run goes on after A2
            self.assertEqual(params.get_param(crm_lead_duplicate_scan.SCAN_DONE_PARAM), str(a2.id))
            self.assertFalse(self.Group.search([("state", "=", "to_review")]))
            self.assertEqual(self.run_scan(cron), [(2, 0), (4, 0)])
        # the groups are made by a run of their own, which the last batch triggered
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2"}])
        self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_STARTED_PARAM))

        # the next run: only B2 changed since the last scan started
        self.env.cr.execute("UPDATE crm_lead SET write_date = now() - interval '1 day' WHERE id = ANY(%s)", [
            (a1 | a2 | b1 | b2).ids
        ])  # fmt: skip
        self.env["crm.lead"].invalidate_model(["write_date"])
        b2.email_from = "piet@bakkerijpieters.nl"
        with patch.object(
            type(self.Group), "_scan_pairs_of", autospec=True, side_effect=type(self.Group)._scan_pairs_of
        ) as scored:
            self.assertEqual(self.run_scan(cron), [(1, 0), (0, 0)])
        self.assertEqual(scored.call_args.args[1], [b2.id])
        self.assertEqual(self.groups_of(self.Group.search([("state", "=", "to_review")])), [{"A1", "A2"}])

    def test_first_scheduled_scan_scores_each_pair_once(self):
        """A first scheduled scan finds every pair to score once, when it starts, scores each pair in the
        batch of its first lead only, and keeps the very pairs the whole scan keeps."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        self.create_two_prospects_across_batches()
        Pair = self.env["crm.lead.duplicate.pair"]

        def kept():
            return {
                (left_id, right_id)
                for left_id, right_id, *_rest in Pair._kept(crm_lead_duplicate_scan.SCANNED)
            }

        self.Group._scan_all()
        expected = kept()
        self.assertEqual(len(expected), 2)
        self.env["ir.config_parameter"].set_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM, "")
        Pair._forget()
        Group = type(self.Group)
        with (
            patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 2),
            patch.object(Group, "_scan_score", autospec=True, side_effect=Group._scan_score) as scored,
            patch.object(
                Group,
                "_scan_candidate_pairs_query",
                autospec=True,
                side_effect=Group._scan_candidate_pairs_query,
            ) as searched,
            patch.object(
                Group, "_scan_subject_pairs", autospec=True, side_effect=Group._scan_subject_pairs
            ) as looked_up,
        ):
            self.assertEqual(self.run_scan(cron), [(0, 0), (2, 2), (2, 0), (4, 0)])
        pairs = [pair for call in scored.call_args_list for pair in call.args[1]]
        self.assertEqual(sorted(pairs), sorted(set(pairs)))
        self.assertEqual(kept(), expected)
        # the whole table joined once, at the start; no batch looked its leads up again
        self.assertEqual(searched.call_count, 1)
        self.assertFalse(looked_up.called)
        self.assertFalse(self.env["crm.lead.duplicate.candidate"].search_count([]))

    def test_groups_made_by_a_run_of_their_own_even_without_its_trigger(self):
        """After the last batch, the groups are made by the next run, triggered a minute later (as the
        batches of a first scan are, after its first run found the pairs to score): Odoo drops the triggers
        of a scheduled action that are due when a run of it ends. Without that trigger, the next scheduled
        run makes them. A lead created meanwhile is left to the next scan."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        triggers = self.env["ir.cron.trigger"].sudo()
        self.create_two_prospects_across_batches()
        self.start_first_scan(cron)
        with patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 2):
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (2, 2))
            self.assertFalse(triggers.search([("cron_id", "=", cron.id)]))
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (2, 0))
            trigger = triggers.search([("cron_id", "=", cron.id)])
            self.assertEqual(len(trigger), 1)
            self.assertGreater(trigger.call_at, fields.Datetime.now())
            trigger.unlink()
            self.env["crm.lead"].create({"name": "A3", "email_from": "budi@majujaya.co.id"})
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (4, 0))
            groups = self.Group.search([("state", "=", "to_review")])
            self.assertEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2"}])
            self.run_scan(cron)
        groups = self.Group.search([("state", "=", "to_review")])
        # B's group stayed as it was, A's was made afresh: of one score, the older first
        self.assertEqual(self.groups_of(groups), [{"B1", "B2"}, {"A1", "A2", "A3"}])

    def test_groups_made_a_batch_of_linked_records_a_run(self):
        """The groups are made a batch of records a run, each run within the scheduler's time limit: the
        records linked through pairs are never split across batches, and the batches are planned once, so
        that a lead changed meanwhile moves no record out of them; the next scan sees to it."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        params = self.env["ir.config_parameter"].sudo()
        Pair = self.env["crm.lead.duplicate.pair"]
        # A1 to A5 are linked one to the next, by a mailbox or a phone number: one prospect through A3
        leads = self.env["crm.lead"].create(
            [
                {"name": "A1", "email_from": "budi.santoso@gmail.com"},
                {"name": "A2", "email_from": "budi.santoso@gmail.com", "phone": "+62 812 1111 2222"},
                {"name": "A3", "email_from": "siti.rahayu@gmail.com", "phone": "+62 812 1111 2222"},
                {"name": "A4", "email_from": "siti.rahayu@gmail.com", "phone": "+62 813 3333 4444"},
                {"name": "A5", "phone": "+62 813 3333 4444"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B2", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "C1", "email_from": "piet@vertex.example"},
            ]
        )
        with patch.object(crm_lead_duplicate_scan, "GROUP_BATCH_SIZE", 2):
            self.start_first_scan(cron)
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (8, 0))
            self.assertFalse(self.Group.search([("state", "=", "to_review")]))
            # A's five records in one batch though more than two, B's in the next
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (5, 2))
            groups = self.Group.search([("state", "=", "to_review")])
            self.assertEqual(self.groups_of(groups), [{"A1", "A2", "A3", "A4", "A5"}])
            # what remains is in the database: a restart goes on with B
            self.assertEqual(Pair.search([("group_batch", "!=", False)]).mapped("left_id.name"), ["B1"])
            self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_STARTED_PARAM))
            # A3 lost meanwhile: A's group stays as it was until the next scan, B's is made
            leads[2].action_set_lost()
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (2, 0))
            groups = self.Group.search([("state", "=", "to_review")])
            self.assertCountEqual(self.groups_of(groups), [{"A1", "A2", "A3", "A4", "A5"}, {"B1", "B2"}])
            self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_STARTED_PARAM))
            self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_GROUPED_PARAM))
            # the next scan: A1-A2 and A4-A5 are two groups now
            self.run_scan(cron)
            groups = self.Group.search([("state", "=", "to_review")])
            self.assertCountEqual(self.groups_of(groups), [{"A1", "A2"}, {"A4", "A5"}, {"B1", "B2"}])
            # a whole scan again (as after an upgrade), A5 lost: A4 is linked to nothing, its group goes
            leads[4].action_set_lost()
            params.set_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM, "")
            self.run_scan(cron)
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertCountEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2"}])

    def test_a_lead_back_during_the_group_batches_waits_for_the_next_scan(self):
        """A lead lost when the group batches were planned and back before they end is in none of them: in
        two, the second would undo the group the first made with it. The next scan groups it."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        leads = self.env["crm.lead"].create(
            [
                {"name": "X1", "email_from": "piet@vertex.example"},
                {"name": "X2", "email_from": "piet@vertex.example"},
                {"name": "L1", "email_from": "budi@majujaya.co.id", "phone": "+62 812 1111 2222"},
                {"name": "M1", "email_from": "budi@majujaya.co.id"},
                {"name": "L2", "email_from": "jan@bakkerijjansen.nl", "phone": "+31 6 1234 5678"},
                {"name": "M2", "email_from": "jan@bakkerijjansen.nl"},
                # R's numbers are L1's and L2's
                {"name": "R", "phone": "+62 812 1111 2222", "mobile": "+31 6 1234 5678"},
            ]
        )
        lead_r = leads[-1]
        with patch.object(crm_lead_duplicate_scan, "GROUP_BATCH_SIZE", 2):
            self.start_first_scan(cron)
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (7, 0))
            lead_r.action_set_lost()
            # the batches planned: X's, then L1's, then L2's; X's made
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (2, 4))
            lead_r.action_unarchive()
            self.run_scan(cron)
            groups = self.Group.search([("state", "=", "to_review")])
            self.assertCountEqual(self.groups_of(groups), [{"X1", "X2"}, {"L1", "M1"}, {"L2", "M2"}])
            self.run_scan(cron)
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(len(groups), 3)
        self.assertEqual(len(groups.filtered(lambda group: lead_r in group.lead_ids)), 1)
        self.assertEqual(set(groups.lead_ids.mapped("name")), {"X1", "X2", "L1", "M1", "L2", "M2", "R"})

    def test_first_scheduled_scan_skips_pairs_gone_meanwhile(self):
        """A lead merged away, archived or deleted after the first scan started is not scored with the
        pairs found then."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        leads = self.env["crm.lead"].create(
            [
                {"name": "A1", "email_from": "budi@majujaya.co.id"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "C1", "email_from": "siti@sinarabadi.co.id"},
                {"name": "A2", "email_from": "budi@majujaya.co.id"},
                {"name": "B2", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "C2", "email_from": "siti@sinarabadi.co.id"},
            ]
        )
        with patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 1):
            self.start_first_scan(cron)
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (1, 5))
            self.assertEqual(self.env["crm.lead.duplicate.candidate"].search_count([]), 3)
            leads[4].active = False
            leads[5].unlink()
            self.run_scan(cron)
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(groups), [{"A1", "A2"}])

    def test_first_scheduled_scan_begun_without_candidates_searches_its_batches(self):
        """A first scan begun by an earlier version of the module, which kept no candidate pairs when it
        started, goes on by searching each batch's pairs, and finds every group."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        self.create_two_prospects_across_batches()
        params = self.env["ir.config_parameter"].sudo()
        for param, value in (
            (crm_lead_duplicate_scan.SCAN_STARTED_PARAM, "2026-11-30 12:00:00"),
            (crm_lead_duplicate_scan.SCAN_SINCE_PARAM, ""),
            (crm_lead_duplicate_scan.SCAN_DONE_PARAM, "0"),
        ):
            params.set_param(param, value)
        with patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 2):
            self.assertEqual(self.run_scan(cron), [(2, 2), (2, 0), (4, 0)])
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2"}])

    def test_lead_created_during_first_scan_is_scored_by_the_next(self):
        """A lead created while a first scan runs is left to the next scan, which finds its group."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        Lead = self.env["crm.lead"]
        Lead.create(
            [
                {"name": "A1", "email_from": "budi@majujaya.co.id"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
            ]
        )
        with patch.object(crm_lead_duplicate_scan, "SCAN_BATCH_SIZE", 1):
            self.start_first_scan(cron)
            self.assertEqual(self.run_cron(cron, "_cron_scan"), (1, 1))
            Lead.create({"name": "A2", "email_from": "budi@majujaya.co.id"})
            self.run_scan(cron)
            self.assertFalse(self.Group.search([("state", "=", "to_review")]))
            self.run_scan(cron)
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(groups), [{"A1", "A2"}])

    def test_public_provider_domain_is_no_block(self):
        """Two leads at a public provider, Odoo's or one it does not list ("hotmail.nl"), are no candidate
        pair for their domain alone, joined or looked up, as in Similar Leads."""
        leads = self.env["crm.lead"].create(
            [
                {"name": "P1", "email_from": "jan.jansen@hotmail.nl"},
                {"name": "P2", "email_from": "piet.peters@hotmail.nl"},
                {"name": "P3", "email_from": "budi@gmail.com"},
                {"name": "P4", "email_from": "sari@gmail.com"},
            ]
        )
        self.assertFalse(self.Group._scan_subject_pairs(leads.ids))
        with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
            self.assertFalse(self.Group._scan_candidate_pairs(leads.ids))

    def test_changed_leads_looked_up_in_the_indexes_match_as_in_the_whole_table(self):
        """The scan of a few leads looks each one's candidates up in the indexes; it finds the same matching
        pairs as the join of the whole table's blocks."""
        self.env["crm.lead"].create(
            [
                {"name": "A1", "partner_name": "PT Maju Jaya Abadi", "email_from": "budi@majujaya.co.id"},
                {"name": "A2", "partner_name": "Maju Jaya Abadi", "email_from": "sari@majujaya.co.id"},
                {"name": "A3", "partner_name": "CV Majujaya Abadi", "phone": "+62 812 3456 7890"},
                {"name": "A4", "contact_name": "Budi", "mobile": "0812 3456 7890",
                 "country_id": self.env.ref("base.id").id},
                {"name": "B1", "partner_name": "Bakkerij Jansen B.V.", "email_from": "jan@gmail.com"},
                {"name": "B2", "partner_name": "Bakkerij Jansen", "email_from": "jan@gmail.com"},
                {"name": "C1", "partner_name": "Vertex Logistics"},
                {"name": "C2", "partner_name": "Vertex Logistiks"},
                {"name": "D1", "partner_name": "Toko Sinar Jaya", "phone": "021 555 1234"},
                # the spelling before 1972: found by the blocks of the names' spellings
                # (no contact person: the same one would find them by the contact's block)
                {"name": "E1", "partner_name": "PT Tjahaja Djaja Sentosa"},
                {"name": "E2", "partner_name": "PT Cahaya Jaya Sentosa"},
            ]
        )  # fmt: skip
        lead_ids = self.Group._scan_subject_ids(None, 0)
        looked_up = self.Group._scan_subject_pairs(lead_ids)
        with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
            joined = self.Group._scan_candidate_pairs(lead_ids)
        keys = self.Group._scan_keys(lead_ids)
        frequencies = self.env["crm.lead"]._similar_word_frequencies(keys.values())

        def matching(pairs):
            # the pairs the scan keeps, of these candidates
            kept = self.env["crm.lead.duplicate.pair"]
            kept._forget()
            self.Group._scan_score(pairs, keys, frequencies)
            return {
                (left_id, right_id)
                for left_id, right_id, *_rest in kept._kept(crm_lead_duplicate_scan.SCANNED)
            }

        self.assertTrue(matching(joined))
        self.assertEqual(matching(looked_up), matching(joined))
        e1, e2 = self.env["crm.lead"].search([("name", "in", ("E1", "E2"))], order="name")
        self.assertIn((e1.id, e2.id), matching(joined))

        def matching_both_ways_with_small_blocks():
            # the matching pairs of every scanned lead, a block of more than 4 leads left out: looked up
            # lead by lead, and joined, the same
            nonlocal keys
            lead_ids = self.Group._scan_subject_ids(None, 0)
            keys = self.Group._scan_keys(lead_ids)
            with patch.object(crm_lead_duplicate_scan, "BLOCK_LIMIT", 4):
                looked_up = self.Group._scan_subject_pairs(lead_ids)
                with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
                    joined = self.Group._scan_candidate_pairs(lead_ids)
            self.assertEqual(matching(looked_up), matching(joined))
            return matching(joined)

        # every word's block too large to join on ("jaya" and "abadi" are in five names each, more than
        # the limit): the very same company key still finds the pair, in both ways
        f1, f2 = self.env["crm.lead"].create(
            [
                {"name": "F1", "partner_name": "PT Jaya Abadi"},
                {"name": "F2", "partner_name": "Jaya Abadi, PT"},
            ]
        )
        self.assertIn((f1.id, f2.id), matching_both_ways_with_small_blocks())
        # a block's archived, won or merged leads do not count towards its size, in both ways
        g1, g2, *others = self.env["crm.lead"].create(
            [{"name": f"G{n}", "partner_name": f"Samudra Nusantara Tirta {n}"} for n in range(6)]
        )
        g1.partner_name = "Samudra Nusantara Tirta"
        g2.partner_name = "Samudra Nusantara Tirtaa"  # not the very same key: found by the word blocks only
        self.env["crm.lead"].browse([lead.id for lead in others]).action_archive()
        self.assertIn((g1.id, g2.id), matching_both_ways_with_small_blocks())
        # a switchboard more leads share than a block holds leaves out that number only: a lead's mobile
        # still finds the lead with the same mobile, in both ways
        indonesia = self.env.ref("base.id").id
        self.env["crm.lead"].create(
            [
                {"name": f"Switchboard {n}", "phone": "+62 21 555 0000", "country_id": indonesia}
                for n in range(4)
            ]
        )
        s1, s2 = self.env["crm.lead"].create(
            [
                {"name": "S1", "contact_name": "Budi Santoso", "phone": "+62 21 555 0000",
                 "mobile": "+62 812 7777 8888", "country_id": indonesia},
                {"name": "S2", "contact_name": "Budi Santoso", "mobile": "0812 7777 8888",
                 "country_id": indonesia},
            ]
        )  # fmt: skip
        self.assertIn((s1.id, s2.id), matching_both_ways_with_small_blocks())
        # also when only the lead with both numbers changed (an incremental scan looks up its pairs alone)
        with patch.object(crm_lead_duplicate_scan, "BLOCK_LIMIT", 4):
            self.assertIn((s1.id, s2.id), self.Group._scan_subject_pairs([s1.id]))

    def test_the_same_person_under_a_name_mistyped_twice_grouped(self):
        """The same person's leads under a company name mistyped twice, too unlike for the blocks of names
        ("Artja Szkti" / "CV Artha Sakti"), are grouped as Similar Leads lists them: by the join of the whole
        table and lead by lead alike; not where more leads name that person than a block may hold."""
        self.env["crm.lead"].create(
            [
                {"name": "K1", "partner_name": "CV Artha Sakti", "contact_name": "Agus Lestari"},
                {"name": "K2", "partner_name": "Artja Szkti", "contact_name": "Bpk. Lestari, Agus"},
                {"name": "K3", "partner_name": "PT Sinar Terang Abadi", "contact_name": "Agus Lestari"},
            ]
        )
        k1, k2 = self.env["crm.lead"].search([("name", "in", ("K1", "K2"))], order="name")

        def found_both_ways():
            lead_ids = self.Group._scan_subject_ids(None, 0)
            looked_up = self.Group._scan_subject_pairs(lead_ids)
            with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
                joined = self.Group._scan_candidate_pairs(lead_ids)
            self.assertEqual((k1.id, k2.id) in looked_up, (k1.id, k2.id) in joined)
            return (k1.id, k2.id) in joined

        self.assertTrue(found_both_ways())
        self.assertEqual(self.groups_of(self.scan()), [{"K1", "K2"}])
        # three leads name Agus Lestari: more than a block of two may hold; a block of three holds them
        with patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 2):
            self.assertFalse(found_both_ways())
            self.assertFalse(self.scan())
        # a lead the scan does not look at (archived, lost, won or merged) does not count
        self.env["crm.lead"].create(
            {
                "name": "K4",
                "partner_name": "Artha Sakti Motor",
                "contact_name": "Agus Lestari",
                "active": False,
            }
        )
        with patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 3):
            self.assertTrue(found_both_ways())

    def test_a_name_mistyped_at_a_domain_spelling_it_grouped(self):
        """A company name mistyped too much for the blocks of names ("Drukkreij Smits" / "Drukkerij Smits"),
        on a lead writing from a company domain that spells the other's name (drukkerijsmits.nl, hyphens
        aside: van-acker-hermans.eu), is grouped as Similar Leads lists it: by the join of the whole table
        and lead by lead alike; not where more leads hold the name than a block may hold."""
        self.env["crm.lead"].create(
            [
                {"name": "D1", "partner_name": "Drukkerij Smits", "contact_name": "Femke Smits"},
                {
                    "name": "D2",
                    "partner_name": "Drukkreij Smits B.V.",
                    "contact_name": "Joris Bakker",
                    "email_from": "joris@mail.drukkerijsmits.nl",
                },
                {"name": "V1", "partner_name": "Van Acker & Hermans", "contact_name": "Ilse Janssens"},
                {
                    "name": "V2",
                    "partner_name": "Van Acker & Heemams",
                    "contact_name": "Lotte Bossche",
                    "email_from": "lbossche@van-acker-hermans.eu",
                },
                # a domain spelling its own lead's name, the address before the "@" spelling another's: none
                {
                    "name": "J1",
                    "partner_name": "Jansen Reclame",
                    "contact_name": "Piet Jansen",
                    "email_from": "drukkerijsmits@jansenreclame.nl",
                },
            ]
        )
        leads = {
            lead.name: lead.id
            for lead in self.env["crm.lead"].search([("name", "in", ("D1", "D2", "V1", "V2"))])
        }
        expected = {(leads["D1"], leads["D2"]), (leads["V1"], leads["V2"])}

        def found_both_ways():
            lead_ids = self.Group._scan_subject_ids(None, 0)
            looked_up = self.Group._scan_subject_pairs(lead_ids)
            with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
                joined = self.Group._scan_candidate_pairs(lead_ids)
            self.assertEqual(expected & set(looked_up), expected & set(joined))
            self.assertEqual(set(looked_up), set(joined))
            return expected & set(joined)

        with patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 1):
            self.assertEqual(found_both_ways(), expected)
            self.assertCountEqual(self.groups_of(self.scan()), [{"D1", "D2"}, {"V1", "V2"}])
            # two more leads of the name "Drukkerij Smits": more than a block of two may hold
            self.env["crm.lead"].create(
                [
                    {"name": "D3", "partner_name": "Drukkerij Smits"},
                    {"name": "D4", "partner_name": "Drukkerij Smits"},
                ]
            )
            with patch.object(crm_lead_duplicate_scan, "BLOCK_LIMIT", 2):
                self.assertEqual(found_both_ways(), {(leads["V1"], leads["V2"])})
        # the update to 18.0.1.21.0 makes the next scheduled scan a full one, which finds them
        params = self.env["ir.config_parameter"]
        self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        run_migration(self.env.cr, "18.0.1.21.0", "18.0.1.20.0")
        self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))

    def assert_paired_both_ways_and_grouped(self, first, second):
        """Assert that the leads named ``first`` and ``second`` are paired by the join of the whole table and
        lead by lead alike (which find the same pairs), and grouped together, alone."""
        leads = self.env["crm.lead"].search([("name", "in", (first, second))])
        lead_ids = self.Group._scan_subject_ids(None, 0)
        looked_up = self.Group._scan_subject_pairs(lead_ids)
        with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
            joined = self.Group._scan_candidate_pairs(lead_ids)
        self.assertEqual(set(looked_up), set(joined))
        self.assertIn(tuple(sorted(leads.ids)), set(joined))
        self.assertCountEqual(self.groups_of(self.scan()), [{first, second}])

    def test_a_lead_without_company_name_at_a_domain_spelling_a_name_grouped(self):
        """A lead without company name written from a company domain that spells another lead's company
        name is grouped with it, by the join of the whole table and lead by lead alike; a lead writing from
        a domain that spells another name is not."""
        self.env["crm.lead"].create(
            [
                {"name": "R1", "partner_name": "PT Raya Makmur Trading", "contact_name": "Dewi Kusumawati"},
                {"name": "R2", "contact_name": "Dewk Kusumawati",
                 "email_from": "dewi.kusumawsti@rayamakmurtrading.com"},
                {"name": "R3", "contact_name": "Dewi Kusumawati",
                 "email_from": "dewi.kusumawati@rayamakmurteknik.com"},
            ]
        )  # fmt: skip
        with patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 1):
            self.assert_paired_both_ways_and_grouped("R1", "R2")

    def test_a_lead_without_company_name_at_a_mailbox_named_after_a_company_grouped(self):
        """A lead without company name writing from a public provider's mailbox named after another lead's
        company is grouped with it, by the join of the whole table and lead by lead alike; a mailbox named
        after its own contact is not, whatever company bears that name."""
        self.env["crm.lead"].create(
            [
                {"name": "S1", "partner_name": "PT Salon Insan Cahaya", "contact_name": "Yudi"},
                {"name": "S2", "contact_name": "Yudi", "email_from": "cv.salon.insan.cahaya@gmail.com"},
                {"name": "S3", "contact_name": "Teguh Kusuma", "email_from": "teguh.kusuma@yahoo.com"},
                {"name": "S4", "partner_name": "UD Teguh Kusuma", "contact_name": "Dewi"},
            ]
        )  # fmt: skip
        with patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 1):
            self.assert_paired_both_ways_and_grouped("S1", "S2")
        # the update to 18.0.1.31.0 makes the next scheduled scan a full one, which finds them
        params = self.env["ir.config_parameter"]
        self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        run_migration(self.env.cr, "18.0.1.31.0", "18.0.1.30.0")
        self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))

    def test_a_mailbox_named_after_a_company_paired_from_either_lead(self):
        """The lookups lead by lead pair a mailbox named after a company with the company's lead whichever of
        the two is the lead scanned, also at a provider learned from the leads; not a mailbox without a
        contact name, which may be a person's."""
        self.env["crm.lead"].create(
            [
                {"name": "H1", "partner_name": "Bakkerij Hoekstra Dokkum", "contact_name": "Jan"},
                {"name": "H2", "contact_name": "Jan", "email_from": "bakkerij.hoekstra.dokkum@kabelnoord.nl"},
                {"name": "B1", "partner_name": "UD Budi Santoso", "contact_name": "Ani Wulandari"},
                {"name": "B2", "email_from": "budi.santoso@gmail.com"},
            ]
        )  # fmt: skip
        leads = {
            lead.name: lead.id
            for lead in self.env["crm.lead"].search([("name", "in", ("H1", "H2", "B1", "B2"))])
        }
        pair = tuple(sorted((leads["H1"], leads["H2"])))
        for subject in ("H1", "H2"):
            self.assertNotIn(pair, set(self.Group._scan_subject_pairs([leads[subject]])))
        self.env["ir.config_parameter"].set_param(crm_lead_duplicates.PROVIDERS_PARAM, "kabelnoord.nl")
        for subject in ("H1", "H2"):
            self.assertIn(pair, set(self.Group._scan_subject_pairs([leads[subject]])), subject)
        for subject in ("B1", "B2"):
            self.assertNotIn(
                tuple(sorted((leads["B1"], leads["B2"]))),
                set(self.Group._scan_subject_pairs([leads[subject]])),
            )
        self.assert_paired_both_ways_and_grouped("H1", "H2")
        # the update to 18.0.1.32.0 makes the next scheduled scan a full one, which scores them again
        params = self.env["ir.config_parameter"]
        self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        run_migration(self.env.cr, "18.0.1.32.0", "18.0.1.31.0")
        self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))

    def test_a_number_mistyped_by_the_same_person_grouped(self):
        """A lead without company name naming the same person as another, its number mistyped by a digit,
        is grouped with it, by the join of the whole table and lead by lead alike."""
        self.env["crm.lead"].create(
            [
                {"name": "F1", "partner_name": "PT Jaya Sinar Konstruksi", "contact_name": "Fauzi Halim",
                 "mobile": "+62 857 8108 8758"},
                {"name": "F2", "contact_name": "Fauzi Halim", "phone": "+62 857 8108 8788"},
                {"name": "F3", "contact_name": "Fauzi Halim", "email_from": "fauzi.halim@gmail.com"},
            ]
        )  # fmt: skip
        self.assert_paired_both_ways_and_grouped("F1", "F2")

    def test_colleagues_at_one_company_domain_grouped(self):
        """Two colleagues writing from one company domain, nothing else shared (one lead without company
        name), are paired by the join of the whole table and lead by lead alike, and grouped."""
        self.env["crm.lead"].create(
            [
                {"name": "C1", "partner_name": "Bakkerij Smit", "contact_name": "Femke Smit",
                 "email_from": "femke@smitbrood.nl"},
                {"name": "C2", "contact_name": "Joris Bakker", "email_from": "joris@smitbrood.nl"},
            ]
        )  # fmt: skip
        self.assert_paired_both_ways_and_grouped("C1", "C2")

    def test_an_address_at_a_mistyped_domain_grouped(self):
        """One mailbox name at a domain mistyped is grouped with the address spelled right, by the join of
        the whole table and lead by lead alike; a role's mailbox at two domains a letter apart is not."""
        self.env["crm.lead"].create(
            [
                {"name": "M1", "contact_name": "Jozef Janssens", "email_from": "jozef.janssens@telenet.be"},
                {"name": "M2", "contact_name": "J. Janssens", "email_from": "jozef.janssens@telenet.b"},
                {"name": "M3", "partner_name": "Sinar Jaya", "email_from": "marketing@sinarjaya.co.id"},
                {"name": "M4", "partner_name": "Sinar Raya", "email_from": "marketing@sinarraya.co.id"},
            ]
        )  # fmt: skip
        self.assert_paired_both_ways_and_grouped("M1", "M2")

    def test_names_of_common_words_found_by_two_words_in_a_row(self):
        """Two company names each of whose words, and first and last three letters, are in more names than a
        block may hold are still found, by two of their words in a row ("sinar|yaya"), a typo elsewhere in
        the name: by the join of the whole table and lead by lead alike, and grouped."""
        h1, h2 = self.assert_found_past_common_blocks(
            ("CV Sinar Jaya Makmur", "Sinar Jaya Makmr"),
            # "sinar" (and "p:sin", "s:nar"), "yaya" and "p:mak" in four names each, more than a block of
            # three
            ("Sinar Abadi", "Sinar Utama", "Toko Jaya", "Jaya Motor", "Makmur Sentosa", "Makanan Lestari"),
        )
        # a block of two words in a row has a limit of its own: "sinar|yaya" and "yaya|p:mak" in three names,
        # more than two, while a block of one word may hold three, are left out both ways (and so is their
        # one contact person, here: the names alone are at stake)
        self.env["crm.lead"].create({"name": "H3", "partner_name": "Sinar Jaya Makmur Abadi"})
        with (
            patch.object(crm_lead_duplicate_scan, "BLOCK_LIMIT", 3),
            patch.object(crm_lead_duplicate_scan, "PAIR_BLOCK_LIMIT", 2),
            patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 1),
        ):
            lead_ids = self.Group._scan_subject_ids(None, 0)
            looked_up = self.Group._scan_subject_pairs(lead_ids)
            with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
                joined = self.Group._scan_candidate_pairs(lead_ids)
        self.assertNotIn((h1.id, h2.id), looked_up)
        self.assertNotIn((h1.id, h2.id), joined)

    def test_a_short_word_with_two_letters_swapped_found_by_its_blocks(self):
        """Names of common words, one with two letters of a short word swapped ("Jaay"), are found by the
        block of that word's letters sorted next to the following word ("k:yaay|abadi"), as Similar Leads
        finds them, and grouped."""
        s1, s2 = self.assert_found_past_common_blocks(
            ("PT Maju Jaya Abadi", "PT Maju Jaay Abadi"),
            # every word, and "maju" followed by the next word's letters sorted ("mayu|k:yaay"), in more
            # names than a block of three, of one word or of two
            ("Maju Jaaaa", "Maju Jyaa Motor", "Maju Jaay Sentosa", "Sinar Jaya", "Jaya Abadi", "Toko Abadi",
             "Karya Abadi"),
            pair_limit=3,
        )  # fmt: skip
        self.assertIn(s2, s1.duplicate_lead_ids)

    def assert_found_past_common_blocks(self, names, others, pair_limit=None):
        """Create two leads of the company ``names`` with one contact person, and leads of the company names
        ``others``; assert that, with blocks of at most three leads (of two words in a row, at most
        ``pair_limit`` if given), the scan finds the two by looking them up and by the join of the whole
        table alike, and groups them. Return the two leads."""
        Lead = self.env["crm.lead"]
        first, second = Lead.create(
            [
                {"name": f"H{number}", "partner_name": name, "contact_name": "Budi Santoso"}
                for number, name in enumerate(names, start=1)
            ]
        )
        Lead.create([{"name": name, "partner_name": name} for name in others])
        lead_ids = self.Group._scan_subject_ids(None, 0)
        pair_limit = pair_limit or crm_lead_duplicate_scan.PAIR_BLOCK_LIMIT
        # found by the blocks of their names, not by their one contact person's
        with (
            patch.object(crm_lead_duplicate_scan, "BLOCK_LIMIT", 3),
            patch.object(crm_lead_duplicate_scan, "PAIR_BLOCK_LIMIT", pair_limit),
            patch.object(crm_lead_duplicate_scan, "CONTACT_KEY_LEADS", 1),
        ):
            looked_up = self.Group._scan_subject_pairs(lead_ids)
            with patch.object(crm_lead_duplicate_scan, "SUBJECT_LOOKUP_LIMIT", 0):
                joined = self.Group._scan_candidate_pairs(lead_ids)
            groups = self.scan()
        self.assertIn((first.id, second.id), looked_up)
        self.assertIn((first.id, second.id), joined)
        self.assertIn({"H1", "H2"}, self.groups_of(groups))
        return first, second

    def test_a_name_many_leads_hold_groups_none_on_the_name_alone(self):
        """Ten leads named "Depot Mulia Sentosa", each another person's with their own phone, in a CRM where
        those words are rare: more than one prospect's leads. Once the names are counted, the scan groups
        none of them on the name alone, as Similar Leads lists none; a lead with one of their phones is
        grouped with that one."""
        Lead = self.env["crm.lead"]
        indonesia = self.env.ref("base.id").id
        persons = ("Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Intan", "Joko")
        Lead.create(
            [
                {
                    "name": f"D{number}",
                    "partner_name": "PT Depot Mulia Sentosa",
                    "contact_name": f"{person} Wibowo",
                    "phone": f"0812 1111 22{number:02d}",
                    "country_id": indonesia,
                }
                for number, person in enumerate(persons)
            ]
            + [
                {
                    "name": "D3 telepon",
                    "partner_name": "Depot Mulia Sentosa",
                    "contact_name": "Sukardi",
                    "phone": "+62 812-1111-2203",
                    "country_id": indonesia,
                }
            ]
        )
        self.env["crm.lead.company.word"]._refresh()
        # the words counted as in a CRM of 20,000 company names, where they are rare
        self.env.cr.execute(
            "UPDATE crm_lead_company_word SET lead_count = 40 WHERE word IN ('depot', 'mulia', 'sentosa')"
        )
        self.env["ir.config_parameter"].set_param(TOTAL_PARAM, 20000)
        self.assertEqual(self.groups_of(self.scan()), [{"D3", "D3 telepon"}])
        # before the names are counted, the name weighs by its rare words: the namesakes are grouped
        self.env["crm.lead.company.name"].search([]).unlink()
        self.assertGreater(max(len(group) for group in self.groups_of(self.scan())), 2)

    def test_lookups_first_move_pending_index_entries_into_the_indexes(self):
        """Leads written since autovacuum last passed wait in the GIN indexes' pending lists, which every
        lookup reads in full: the scan's lookups move those of the phone keys' index into it first (the
        company names are looked up by their blocks, in btree indexes)."""
        cr = self.env.cr

        def pending_pages():
            # moving them is the only portable way to see how many wait: it returns the pages it emptied
            cr.execute(SQL("SELECT gin_clean_pending_list(%s::regclass)", PHONE_KEYS_INDEX))
            return cr.fetchone()[0]

        def write_leads(tag):
            self.env["crm.lead"].create(
                [
                    {
                        "name": f"{tag} {n}",
                        "partner_name": f"PT {tag} Sentosa {n}",
                        "phone": f"0812 77{n:02d} {len(tag):04d}",
                    }
                    for n in range(60)
                ]
            )
            self.env.flush_all()

        write_leads("Pertama")
        self.assertGreater(pending_pages(), 0)  # new entries do wait there, in this database too
        write_leads("Kedua")
        self.assertTrue(self.Group._scan_subject_pairs(self.Group._scan_subject_ids(None, 0)))
        self.assertEqual(pending_pages(), 0)
        # an index that is not there (renamed, dropped) is left out, the others still cleaned
        write_leads("Ketiga")
        self.env["crm.lead"]._similar_clean_index_pending_lists(("crm_lead_no_such_index", PHONE_KEYS_INDEX))
        self.assertEqual(pending_pages(), 0)

    def test_upgrade_to_1_4_makes_the_next_scheduled_scan_a_full_one(self):
        """The 18.0.1.4.0 matcher decides some pairs otherwise: the next scan scores every lead again."""
        self.Group._scan_all()
        params = self.env["ir.config_parameter"]
        self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        run_migration(self.env.cr, "18.0.1.4.0", "18.0.1.3.0")
        self.assertIsNone(self.Group._scan_begin())  # since nothing: every lead

    def test_install_makes_the_first_scan_a_full_one(self):
        """Installed again after an uninstall that left the scan's state, the first scan is a full one: the
        table of pairs is new and empty."""
        self.Group._scan_all()
        self.assertTrue(self.env["ir.config_parameter"].get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        post_init_hook = get_manifest("crm_lead_convert").get("post_init_hook")
        getattr(sys.modules["odoo.addons.crm_lead_convert"], post_init_hook)(self.env)  # as Odoo calls it
        self.assertIsNone(self.Group._scan_begin())  # since nothing: every lead

    def test_upgrade_to_1_15_words_the_groups_afresh(self):
        """The groups' reasons, worded in one language before 18.0.1.15.0, are worded again by a full scan."""
        self.Group._scan_all()
        self.assertTrue(self.Group._scan_begin())  # an incremental scan under way: since the last one
        run_migration(self.env.cr, "18.0.1.15.0", "18.0.1.14.0")
        self.assertIsNone(self.Group._scan_begin())  # since nothing: every lead

    def test_upgrade_to_1_18_reads_dotted_degrees_and_scans_every_lead(self):
        """A private person's own name typed as the company with a dotted degree ("Budi Santoso S.E.") had a
        company key before 18.0.1.18.0: the upgrade computes it again (none), and the next scan is a full
        one, as contact names so written now agree."""
        lead = self.env["crm.lead"].create(
            {"name": "Pribadi", "partner_name": "Budi Santoso S.E.", "contact_name": "Budi Santoso"}
        )
        self.assertFalse(lead.similar_company_key)
        self.env.cr.execute(
            "UPDATE crm_lead SET similar_company_key = 'budi santoso s e' WHERE id = %s", [lead.id]
        )
        lead.invalidate_recordset(["similar_company_key"])
        self.Group._scan_all()
        self.assertTrue(self.Group._scan_begin())  # an incremental scan under way: since the last one
        run_migration(self.env.cr, "18.0.1.18.0", "18.0.1.17.0")
        lead.invalidate_recordset(["similar_company_key"])
        self.assertFalse(lead.similar_company_key)
        self.assertIsNone(self.Group._scan_begin())  # since nothing: every lead

    def test_a_group_lacking_an_installed_language_makes_the_next_scan_a_full_one(self):
        """Groups are worded in the languages installed at their scan: one installed since, however (here
        from the command line, which loads languages before the module), makes the next scan a full one;
        without a group to review, there is nothing to word, and the scan stays incremental."""
        self.scan_three_groups()
        self.env.cr.execute("UPDATE res_lang SET active = false WHERE code = 'fr_FR'")
        self.env.registry.clear_cache()
        self.Group._scan_all()
        self.assertTrue(self.Group._scan_begin(), "an incremental scan: since the last one")
        self.Group._scan_restart()
        self.Group._scan_all()
        self.env.cr.execute("UPDATE res_lang SET active = true WHERE code = 'fr_FR'")
        self.env.registry.clear_cache()

        self.assertIsNone(self.Group._scan_begin(), "since nothing: every lead")
        self.Group._scan_restart()
        self.Group._scan_all()
        self.assertTrue(self.Group._scan_begin(), "worded in French now: incremental again")
        self.Group._scan_restart()
        self.Group._scan_all()
        self.Group.search([("state", "=", "to_review")]).action_dismiss()
        self.env.cr.execute("UPDATE res_lang SET active = true WHERE code = 'de_DE'")
        self.env.registry.clear_cache()
        self.assertTrue(self.Group._scan_begin(), "nothing to word: incremental")

    def test_a_language_activated_during_a_scan_leaves_the_scan_alone_and_has_the_next_come_soon(self):
        """Activating a language writes nothing of the scan under way (its batches write it, in their own
        transactions): it triggers the scan, and the incremental scan under way, ending, has the full one
        come soon."""
        self.scan_three_groups()
        # changed long before: the incremental scan words none of their groups again
        self.env.flush_all()
        self.env.cr.execute("UPDATE crm_lead SET write_date = now() - interval '1 day'")
        self.env.invalidate_all()
        self.env.cr.execute("UPDATE res_lang SET active = false WHERE code = 'fr_FR'")
        self.env.registry.clear_cache()
        self.Group._scan_all()
        self.assertTrue(self.Group._scan_begin())
        params = self.env["ir.config_parameter"].sudo()
        state = params.search([("key", "=like", "crm_lead_convert.duplicate_scan_%")]).read(["key", "value"])
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])

        self.env["res.lang"]._activate_lang("fr_FR")

        self.assertEqual(
            params.search([("key", "=like", "crm_lead_convert.duplicate_scan_%")]).read(["key", "value"]),
            state,
        )
        self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers)
        for _run in range(10):
            triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)])
            self.run_cron(cron, "_cron_scan")
            if not params.get_param(crm_lead_duplicate_group.SCAN_STARTED_PARAM):
                break
        self.assertTrue(
            self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]) - triggers,
            "the run that ended the scan has the full one come soon",
        )
        self.assertIsNone(self.Group._scan_begin())

    def test_upgrade_to_1_8_makes_even_a_scan_under_way_a_full_one(self):
        """The 18.0.1.8.0 blocks find pairs that the kept ones lack: the upgrade makes the next scheduled scan
        a full one, also when an incremental scan is under way, whose end would otherwise note itself as the
        last scan."""
        self.create_two_prospects_across_batches()
        self.Group._scan_all()
        params = self.env["ir.config_parameter"]
        self.assertTrue(self.Group._scan_begin())  # an incremental scan under way: since the last one
        self.assertTrue(params.get_param(crm_lead_duplicate_scan.SCAN_STARTED_PARAM))
        run_migration(self.env.cr, "18.0.1.8.0", "18.0.1.7.0")
        self.assertIsNone(self.Group._scan_begin())  # a scan begun afresh, since nothing: every lead

        def candidates():
            self.env.cr.execute("SELECT count(*) FROM crm_lead_duplicate_candidate")
            return self.env.cr.fetchone()[0]

        # a first scan under way, its pairs to score found as it began: set aside with them
        self.assertGreater(candidates(), 0)
        run_migration(self.env.cr, "18.0.1.8.0", "18.0.1.7.0")
        self.assertEqual(candidates(), 0)
        self.assertFalse(params.get_param(crm_lead_duplicate_scan.SCAN_STARTED_PARAM))

    def test_upgrade_to_1_11_makes_even_a_scan_under_way_a_full_one(self):
        """The 18.0.1.11.0 blocks and typos find pairs that the kept ones lack: the next scheduled scan is a
        full one, also when an incremental scan is under way."""
        self.create_two_prospects_across_batches()
        self.Group._scan_all()
        self.assertTrue(self.Group._scan_begin())  # an incremental scan under way: since the last one
        run_migration(self.env.cr, "18.0.1.11.0", "18.0.1.10.0")
        self.assertIsNone(self.Group._scan_begin())  # a scan begun afresh, since nothing: every lead

    def test_upgrade_to_1_13_names_the_background_merge_for_its_undo_too(self):
        """The scheduled action that merges groups in the background also undoes merges: an upgrade gives it
        the name that says so, dropping the old name's translations the module shipped, which its
        translations then give anew; a name someone changed, in any language, stays."""
        self.env["res.lang"]._activate_lang("nl_NL")
        self.env["res.lang"]._activate_lang("fr_FR")
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge")
        action = cron.ir_actions_server_id
        old_name = "CRM: merge the duplicate groups asked for"
        new_name = "CRM: merge the duplicate groups asked for, or undo their merge"

        def upgrade(names):
            # as an earlier version left the action, its names then changed as ``names`` say
            action.with_context(lang="en_US").name = old_name
            action.update_field_translations(
                "name", {"nl_NL": "CRM: de gevraagde groepen duplicaten samenvoegen", "fr_FR": False}
            )
            for lang, name in names.items():
                action.with_context(lang=lang).name = name
            run_migration(self.env.cr, "18.0.1.13.0", "18.0.1.12.0")
            return {lang: action.with_context(lang=lang).name for lang in ("en_US", "nl_NL", "fr_FR")}

        names = upgrade({})
        self.assertEqual(names, dict.fromkeys(("en_US", "nl_NL", "fr_FR"), new_name))
        self.assertEqual(cron.cron_name, new_name)
        self.env.ref("base.module_crm_lead_convert")._update_translations(["nl_NL"])
        self.assertEqual(
            action.with_context(lang="nl_NL").name,
            "CRM: de gevraagde groepen duplicaten samenvoegen, of hun samenvoeging ongedaan maken",
        )

        names = upgrade({"fr_FR": "CRM : fusionner les doublons demandés"})
        self.assertEqual(names["nl_NL"], new_name)
        self.assertEqual(names["fr_FR"], "CRM : fusionner les doublons demandés", "translated by someone")

        names = upgrade({"en_US": "Our nightly merges"})
        self.assertEqual(names["en_US"], "Our nightly merges")

    def test_upgrade_to_1_9_counts_common_names_and_scans_every_lead(self):
        """18.0.1.9.0 weighs a name many leads hold by how many do, and takes a private person's own name
        for no company name: the upgrade computes the company keys again, counts the names at once and
        makes the next scheduled scan a full one, the kept pairs having been scored otherwise."""
        leads = self.env["crm.lead"].create(
            [{"name": f"S{number}", "partner_name": "Toko Sembilan"} for number in range(9)]
            + [{"name": "Own name", "partner_name": "Budi Saputra", "contact_name": "Budi Saputra"}]
        )
        self.Group._scan_all()
        # as 18.0.1.8.0 left them: no names counted, the own name stored as a company's
        names = self.env["crm.lead.company.name"]
        names.search([]).unlink()
        self.env.cr.execute(
            "UPDATE crm_lead SET similar_company_key = 'budi saputra' WHERE id = %s", [leads[-1].id]
        )
        run_migration(self.env.cr, "18.0.1.9.0", "18.0.1.8.0")
        self.assertEqual(names.search([("name", "=", "toko sembilan")]).lead_count, 9)
        self.assertFalse(leads[-1].similar_company_key)
        self.assertIsNone(self.Group._scan_begin())  # since nothing: every lead

    def test_spellings_changed_cut_the_blocks_again_and_upgrade_scans_every_lead(self):
        """When the function of the names' spellings is new or changed (18.0.1.5.0, or a later list of
        spellings), loading the module makes the table of the names' letters and the table of blocks
        afresh; the 18.0.1.5.0 upgrade makes the next scheduled scan a full one."""
        lead = self.env["crm.lead"].create({"name": "E1", "partner_name": "PT Tjahaja Djaja Sentosa"})
        self.Group._scan_all()
        self.env.flush_all()
        cr = self.env.cr

        def blocks():
            cr.execute(
                "SELECT token FROM crm_lead_company_token WHERE lead_id = %s ORDER BY token", [lead.id]
            )
            return [row[0] for row in cr.fetchall()]

        spelled = sorted(
            ["cahaya", "p:cah", "s:aya", "yaya", "sentosa", "p:sen", "s:osa"]
            + ["cahaya|yaya", "p:cah|yaya", "s:aya|yaya", "yaya|sentosa", "yaya|p:sen", "yaya|s:osa"]
            + ["cahaya|k:yaay", "k:yaay|sentosa"]
        )
        self.assertEqual(blocks(), spelled)
        # as an earlier version made them: no spellings
        cr.execute(
            """CREATE OR REPLACE FUNCTION crm_lead_spelling_key(company_key text) RETURNS text
                   LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT company_key $$;
               UPDATE crm_lead_company_letters SET letters = replace(company_key, ' ', '');
               TRUNCATE crm_lead_company_token;
               INSERT INTO crm_lead_company_token (lead_id, token)
                    SELECT id, crm_lead_company_tokens(similar_company_key) FROM crm_lead
                     WHERE similar_company_key IS NOT NULL"""
        )
        self.assertIn("djaja", blocks())
        self.env["crm.lead"]._similar_ensure_company_search()  # as loading the module does
        self.assertEqual(blocks(), spelled)
        cr.execute("SELECT letters FROM crm_lead_company_letters WHERE company_key = 'tjahaja djaja sentosa'")
        self.assertEqual(cr.fetchone(), ("cahayayayasentosa",))
        self.assertFalse(self.env["crm.lead"]._similar_ensure_spelling_key())  # up to date now
        # found through the letters made again
        other = self.env["crm.lead"].create({"name": "E2", "partner_name": "PT Cahaya Jaya Sentosa"})
        candidate_ids, _keys = other._similar_lead_candidates(other._similar_lead_key(), [other.id])
        self.assertIn(lead.id, candidate_ids["company"])

        run_migration(cr, "18.0.1.5.0", "18.0.1.4.0")
        self.assertIsNone(self.Group._scan_begin())  # since nothing: every lead

    def test_scheduled_scan_makes_afresh_only_the_groups_of_changed_leads(self):
        """After the first scan, a run makes afresh only the groups that the changed leads are linked to;
        the others stay as they were."""
        self.env["crm.lead"].create(
            [
                {"name": name, "email_from": email}
                for name, email in (
                    ("A1", "budi@majujaya.co.id"),
                    ("A2", "budi@majujaya.co.id"),
                    ("B1", "jan@bakkerijjansen.nl"),
                    ("B2", "jan@bakkerijjansen.nl"),
                    ("B3", "jan@bakkerijjansen.nl"),
                )
            ]
        )
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        self.run_scan(cron)
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2", "B3"}])
        group_a = groups.filtered(lambda group: "A1" in group.lead_ids.mapped("name"))
        group_b = groups - group_a
        leads = groups.lead_ids
        self.env.cr.execute(
            "UPDATE crm_lead SET write_date = now() - interval '1 day' WHERE id = ANY(%s)", [leads.ids]
        )
        leads.invalidate_recordset(["write_date"])
        b3 = leads.filtered(lambda lead: lead.name == "B3")
        b3.email_from = "piet@vertex.example"
        self.run_scan(cron)
        # only B's group was replaced, by one without B3
        self.assertFalse(group_b.exists())
        groups = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(groups), [{"A1", "A2"}, {"B1", "B2"}])
        self.assertIn(group_a, groups)

    def test_auto_merge_off_by_default_then_from_the_score_set(self):
        """Off by default; on, the scan merges the groups at least that sure, notes it on the kept record,
        and Undo Merge restores them. Groups less sure stay to review."""
        sure_first = self.new_lead(
            "S1", "2024-01-01", email_from="budi@majujaya.co.id", phone="+62 812 3456 7890"
        )
        sure_second = self.new_lead(
            "S2", "2024-02-01", email_from="budi@majujaya.co.id", phone="+62 812 3456 7890"
        )
        # the same company domain, other contacts: less sure
        self.new_lead("L1", "2024-01-01", contact_name="Jan Jansen", email_from="jan@bakkerijjansen.nl")
        self.new_lead("L2", "2024-02-01", contact_name="Piet Peters", email_from="piet@bakkerijjansen.nl")
        groups = self.scan()
        self.assertEqual(set(groups.mapped("state")), {"to_review"})
        sure = groups.filtered(lambda group: sure_first in group.lead_ids)
        less_sure = groups - sure
        self.assertGreater(sure.score, less_sure.score)

        self.env["res.config.settings"].create(
            {"duplicates_auto_merge": True, "duplicates_auto_merge_score": sure.score}
        ).execute()
        action = self.Group.with_user(self.manager).action_scan()
        self.assertEqual(
            action["params"]["message"],
            "Every lead and opportunity was searched. Groups to review: 1. Groups merged automatically, as "
            "the settings ask: 1.",
        )
        merged = self.Group.search([("state", "=", "merged"), ("lead_ids", "in", sure_first.ids)])
        self.assertEqual(merged.survivor_id, sure_first)
        self.assertEqual(sure_second.merged_into_id, sure_first)
        self.assertIn("automatically", sure_first.message_ids[0].body)
        self.assertEqual(
            set(self.Group.search([("state", "=", "to_review")]).lead_ids.mapped("name")), {"L1", "L2"}
        )
        sure_first.with_user(self.manager).action_undo_merge()
        self.assertFalse(sure_second.merged_into_id)
        # someone undid its merge: the next scans leave the group to review
        self.scan()
        self.assertFalse(sure_second.merged_into_id)
        self.assertEqual(self.Group.search([("lead_ids", "in", sure_first.ids)]).state, "to_review")

    def test_sensitivity_changed_reaches_the_groups(self):
        """The groups are found at the Similar Leads sensitivity: changing it has the scheduled scan, soon,
        find them again at the new one; saving the settings unchanged does not."""
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")
        triggers = self.env["ir.cron.trigger"].sudo()
        leads = self.new_lead(
            "Jansen1", "2024-01-01", contact_name="Jan Jansen", email_from="jan@bakkerijjansen.nl"
        ) | self.new_lead(
            "Jansen2", "2024-02-01", contact_name="Piet Peters", email_from="piet@bakkerijjansen.nl"
        )
        self.run_scan(cron)
        # unchanged since: the next scans score them again only if the sensitivity changed
        self.env.cr.execute(
            "UPDATE crm_lead SET write_date = now() - interval '1 day' WHERE id = ANY(%s)", [leads.ids]
        )
        leads.invalidate_recordset(["write_date"])
        group = self.Group.search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(group), [{"Jansen1", "Jansen2"}])
        self.assertLess(group.score, 100)

        self.env["res.config.settings"].create({}).execute()
        self.assertTrue(self.env["ir.config_parameter"].get_param(crm_lead_duplicate_scan.SCAN_LAST_PARAM))
        self.assertFalse(triggers.search([("cron_id", "=", cron.id)]))

        self.env["res.config.settings"].create({"similar_leads_sensitivity": 100}).execute()
        self.assertTrue(triggers.search([("cron_id", "=", cron.id)]), "the scan runs soon")
        self.run_scan(cron)
        self.assertFalse(group.exists(), "no pair is that sure")
        self.assertFalse(self.Group.search([("state", "=", "to_review")]))

    def test_merge_refused_when_a_record_was_lost_since_the_scan(self):
        """Kept as the earliest, a record lost since the scan would take the open one into the archive: the
        group's Merge is refused, saying why, and nothing changes."""
        first = self.new_lead(
            "Lost1", "2024-01-01", email_from="budi@majujaya.co.id", phone="+62 812 3456 7890"
        )
        second = self.new_lead(
            "Open2",
            "2024-02-01",
            email_from="budi@majujaya.co.id",
            phone="+62 812 3456 7890",
            type="opportunity",
        )
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{"Lost1", "Open2"}])
        first.action_set_lost()
        with self.assertRaisesRegex(
            UserError,
            "“Lost1” was archived or marked lost since the scan found “.*”: restore it to merge them, or "
            "wait for the next scan, which leaves it out.",
        ):
            group.with_user(self.manager).action_merge()
        self.assertTrue(second.active)
        self.assertFalse(second.merged_into_id)
        self.assertEqual(group.state, "to_review")

    def test_find_duplicates_merges_only_what_its_user_may_write(self):
        """Find Duplicates, asked for by a manager of one company, merges without review only the groups of
        records they may write; another company's stay to review, for the scheduled scan to merge."""
        branch = self.env["res.company"].create({"name": "Surabaya Branch"})
        here = [
            self.new_lead(name, date, email_from="budi@majujaya.co.id", phone="+62 812 3456 7890")
            for name, date in (("H1", "2024-01-01"), ("H2", "2024-02-01"))
        ]
        there = [
            self.new_lead(
                name,
                date,
                email_from="budi@majujaya.co.id",
                phone="+62 812 3456 7890",
                company_id=branch.id,
                user_id=False,
            )
            for name, date in (("T1", "2024-01-01"), ("T2", "2024-02-01"))
        ]
        self.assertNotIn(branch, self.manager.company_ids)
        group = self.scan()[:1]
        self.env["res.config.settings"].create(
            {"duplicates_auto_merge": True, "duplicates_auto_merge_score": group.score}
        ).execute()

        # unchanged since: the scheduled scan after the manager's scores none of them again
        self.env.cr.execute(
            "UPDATE crm_lead SET write_date = now() - interval '1 day' WHERE id = ANY(%s)",
            [[lead.id for lead in here + there]],
        )
        self.env["crm.lead"].invalidate_model(["write_date"])

        self.Group.with_user(self.manager).action_scan()
        self.assertEqual(here[1].merged_into_id, here[0])
        self.assertFalse(there[1].merged_into_id, "another company's records are not the manager's to merge")
        left = self.Group.sudo().search([("state", "=", "to_review")])
        self.assertEqual(self.groups_of(left), [{"T1", "T2"}])
        # the scheduled scan merges them
        self.run_scan(self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan"))
        self.assertEqual(there[1].merged_into_id, there[0])

    def test_auto_merge_leaves_several_opportunities_to_review(self):
        """Two opportunities of one customer are one deal entered twice or repeat business: a person tells
        them apart. A lead and an opportunity are merged."""
        customer = self.env["res.partner"].create({"name": "Deco Addict", "email": "deco@addict.example"})
        deals = [
            self.new_lead(name, date, type="opportunity", partner_id=customer.id)
            for name, date in (("Open Space Design", "2024-01-01"), ("Office Design Project", "2024-02-01"))
        ]
        lead, opportunity = (
            self.new_lead(name, date, type=kind, email_from="budi@majujaya.co.id", phone="+62 812 3456 7890")
            for name, date, kind in (("Kursi", "2024-01-01", "lead"), ("Meja", "2024-02-01", "opportunity"))
        )
        groups = self.scan()
        self.assertEqual(len(groups), 2)
        # the list counts the opportunities; the form of the group of two says they may be two deals
        deals_group = groups.filtered(lambda group: deals[0] in group.lead_ids)
        self.assertEqual(deals_group.opportunity_count, 2)
        self.assertEqual((groups - deals_group).opportunity_count, 1)
        arch = etree.fromstring(deals_group.get_view(view_type="form")["arch"])
        (notice,) = arch.xpath("//div[contains(@class, 'alert-info')]")
        self.assertEqual(notice.get("invisible"), "opportunity_count < 2 or state != 'to_review'")
        self.assertIn("Several of these records are opportunities", "".join(notice.itertext()))
        self.env["res.config.settings"].create(
            {"duplicates_auto_merge": True, "duplicates_auto_merge_score": min(groups.mapped("score"))}
        ).execute()
        self.scan()
        self.assertEqual(opportunity.merged_into_id, lead)
        self.assertFalse(deals[1].merged_into_id)
        self.assertEqual(self.groups_of(self.Group.search([("state", "=", "to_review")])), [
            {"Open Space Design", "Office Design Project"}
        ])  # fmt: skip

    def test_auto_merge_leaves_a_group_another_transaction_changed_and_goes_on(self):
        """A group whose records another transaction changed since the scan's began stays to review, for
        the next scan; the others are merged, and the scan does not fail."""
        pairs = [
            [self.new_lead(f"{name}{n}", f"2024-0{n}-01", email_from=email) for n in (1, 2)]
            for name, email in (("Changed", "budi@majujaya.co.id"), ("Kept", "jan@bakkerijjansen.nl"))
        ]
        groups = self.scan()
        self.env["res.config.settings"].create(
            {"duplicates_auto_merge": True, "duplicates_auto_merge_score": min(groups.mapped("score"))}
        ).execute()
        merge_now = type(self.Group)._merge_now

        def concurrent_merge(group):
            if pairs[0][0] in group.lead_ids:
                raise SerializationFailure("could not serialize access due to concurrent update")
            return merge_now(group)

        with patch.object(type(self.Group), "_merge_now", autospec=True, side_effect=concurrent_merge):
            self.scan()
        self.assertFalse(pairs[0][1].merged_into_id)
        self.assertEqual(pairs[1][1].merged_into_id, pairs[1][0])
        self.assertEqual(self.groups_of(self.Group.search([("state", "=", "to_review")])), [
            {"Changed1", "Changed2"}
        ])  # fmt: skip

    def test_auto_merge_merges_so_many_groups_a_scan_the_surest_first(self):
        """A scan merges at most so many groups, the surest first; the next scans merge the others."""
        sure = [
            self.new_lead(name, date, email_from="budi@majujaya.co.id", phone="+62 812 3456 7890")
            for name, date in (("S1", "2024-01-01"), ("S2", "2024-02-01"))
        ]
        less_sure = [
            self.new_lead(name, date, contact_name=contact, email_from=email)
            for name, date, contact, email in (
                ("L1", "2024-01-01", "Jan Jansen", "jan@bakkerijjansen.nl"),
                ("L2", "2024-02-01", "Piet Peters", "piet@bakkerijjansen.nl"),
            )
        ]
        groups = self.scan()
        self.assertEqual(len(groups), 2)
        self.env["res.config.settings"].create(
            {"duplicates_auto_merge": True, "duplicates_auto_merge_score": min(groups.mapped("score"))}
        ).execute()
        with patch.object(crm_lead_duplicate_group, "AUTO_MERGE_LIMIT", 1):
            self.scan()
            self.assertEqual(sure[1].merged_into_id, sure[0])
            self.assertFalse(less_sure[1].merged_into_id)
            self.scan()
        self.assertEqual(less_sure[1].merged_into_id, less_sure[0])

    def test_auto_merge_leaves_records_of_an_undone_merge_to_review(self):
        """After a merge of three records was undone, the next scan does not merge two of them without
        review, even without the record that was kept."""
        first, second, third = (
            self.new_lead(name, date, email_from="budi@majujaya.co.id", phone="+62 812 3456 7890")
            for name, date in (("X1", "2024-01-01"), ("X2", "2024-02-01"), ("X3", "2024-03-01"))
        )
        group = self.scan()
        self.env["res.config.settings"].create(
            {"duplicates_auto_merge": True, "duplicates_auto_merge_score": group.score}
        ).execute()
        self.scan()
        self.assertEqual((second.merged_into_id, third.merged_into_id), (first, first))
        first.with_user(self.manager).action_undo_merge()
        first.action_set_lost()
        group = self.scan()
        self.assertEqual(self.groups_of(group), [{"X2", "X3"}])
        self.assertEqual(group.state, "to_review")
        self.assertFalse(third.merged_into_id)

    def test_auto_merge_score_within_bounds(self):
        with self.assertRaisesRegex(ValidationError, "between 50 and 100"):
            self.env["res.config.settings"].create({"duplicates_auto_merge_score": 30})
