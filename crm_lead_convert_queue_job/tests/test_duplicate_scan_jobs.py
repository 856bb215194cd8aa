from unittest.mock import patch

from odoo.tests import TransactionCase, tagged

from odoo.addons.crm_lead_convert.models import crm_lead_duplicate_scan
from odoo.addons.crm_lead_convert.models.crm_lead_duplicate_scan import SCAN_LAST_PARAM, SCAN_STARTED_PARAM
from odoo.addons.queue_job.job import Job
from odoo.addons.queue_job.tests.common import trap_jobs

from ..models import crm_lead_duplicate_group

CHANNEL = "root.crm_lead_duplicate_scan"


@tagged("post_install", "-at_install")
class TestDuplicateScanJobs(TransactionCase):
    """Where queue_job is installed, the scheduled duplicate scan runs as jobs: a job per batch of leads in
    the scan's channel, then jobs making the groups, one after the other; a scan is never enqueued twice."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the scan looks at every lead: only this test's records
        cls.env["crm.lead"].search([]).write({"active": False})
        cls.Group = cls.env["crm.lead.duplicate.group"]
        cls.params = cls.env["ir.config_parameter"].sudo()
        cls.env["crm.lead"].create(
            [
                {"name": "A1", "email_from": "budi@majujaya.co.id"},
                {"name": "A2", "email_from": "budi@majujaya.co.id"},
                {"name": "B1", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "B2", "email_from": "jan@bakkerijjansen.nl"},
                {"name": "C1", "email_from": "info@vertex.example"},
            ]
        )

    def groups_to_review(self):
        groups = self.Group.search([("state", "=", "to_review")])
        return [set(group.lead_ids.mapped("name")) for group in groups]

    def test_scan_runs_as_jobs_in_its_channel(self):
        with patch.object(crm_lead_duplicate_group, "JOB_BATCH_SIZE", 2), trap_jobs() as trap:
            self.Group._cron_scan()
            # five leads: three batches, then the groups once they are done
            trap.assert_jobs_count(3, only=self.Group._scan_job_batch)
            trap.assert_jobs_count(1, only=self.Group._scan_job_finish)
            jobs = trap.enqueued_jobs
            self.assertEqual({job.channel for job in jobs}, {CHANNEL})
            started = self.params.get_param(SCAN_STARTED_PARAM)
            self.assertTrue(started)
            self.assertEqual(len({job.identity_key for job in jobs}), 4)
            prefix = f"crm_lead_duplicate_scan:{started}"
            self.assertTrue(all(job.identity_key.startswith(prefix) for job in jobs))
            finish = next(job for job in jobs if job.method_name == "_scan_job_finish")
            self.assertEqual(len(finish.depends_on), 3)
            self.assertEqual(self.groups_to_review(), [])
            trap.perform_enqueued_jobs()
        self.assertEqual(self.groups_to_review(), [{"A1", "A2"}, {"B1", "B2"}])
        self.assertFalse(self.params.get_param(SCAN_STARTED_PARAM))
        self.assertEqual(self.params.get_param(SCAN_LAST_PARAM), started)

    def test_groups_made_by_one_job_after_the_other(self):
        """The groups are made a batch of records a job, each job within a worker's time limits: a job
        enqueues the next while records remain, in the scan's channel, under the scan's identity."""
        with patch.object(crm_lead_duplicate_scan, "GROUP_BATCH_SIZE", 2), trap_jobs() as trap:
            self.Group._cron_scan()
            started = self.params.get_param(SCAN_STARTED_PARAM)
            trap.perform_enqueued_jobs()
            self.assertEqual(self.groups_to_review(), [{"A1", "A2"}])
            trap.assert_jobs_count(1, only=self.Group._scan_job_finish)
            (job,) = trap.enqueued_jobs
            self.assertEqual(job.channel, CHANNEL)
            self.assertTrue(job.identity_key.startswith(f"crm_lead_duplicate_scan:{started}:groups:"))
            trap.perform_enqueued_jobs()
            self.assertFalse(trap.enqueued_jobs)
        self.assertEqual(self.groups_to_review(), [{"A1", "A2"}, {"B1", "B2"}])
        self.assertEqual(self.params.get_param(SCAN_LAST_PARAM), started)

    def test_a_job_making_groups_holds_the_scan(self):
        """While a job making groups waits, the scheduled action enqueues no scan; the last job ends the
        scan."""
        QueueJob = self.env["queue.job"]
        scan_jobs = [("identity_key", "=like", "crm_lead_duplicate_scan:%")]

        def perform(records):
            for record in records:
                job = Job.load(self.env, record.uuid)
                job.perform()
                job.set_done()
                job.store()

        with patch.object(crm_lead_duplicate_scan, "GROUP_BATCH_SIZE", 2):
            self.Group._cron_scan()
            started = self.params.get_param(SCAN_STARTED_PARAM)
            perform(QueueJob.search(scan_jobs + [("method_name", "=", "_scan_job_batch")]))
            perform(QueueJob.search(scan_jobs + [("method_name", "=", "_scan_job_finish")]))
            waiting = QueueJob.search(scan_jobs + [("state", "=", "pending")])
            self.assertEqual(waiting.mapped("identity_key"), [f"crm_lead_duplicate_scan:{started}:groups:2"])
            self.Group._cron_scan()
            self.assertEqual(QueueJob.search(scan_jobs + [("state", "=", "pending")]), waiting)
            self.assertEqual(self.groups_to_review(), [{"A1", "A2"}])
            perform(waiting)
        self.assertFalse(QueueJob.search(scan_jobs + [("state", "=", "pending")]))
        self.assertEqual(self.groups_to_review(), [{"A1", "A2"}, {"B1", "B2"}])
        self.assertEqual(self.params.get_param(SCAN_LAST_PARAM), started)

    def test_a_scan_is_never_enqueued_twice(self):
        Job = self.env["queue.job"]
        scan_jobs = [("identity_key", "=like", "crm_lead_duplicate_scan:%")]
        self.Group._cron_scan()
        enqueued = Job.search(scan_jobs)
        self.assertEqual(len(enqueued), 2)  # one batch, the groups
        self.assertEqual(set(enqueued.mapped("channel")), {CHANNEL})
        # the scheduled action comes again before the workers ran the jobs: nothing more
        self.Group._cron_scan()
        self.assertEqual(Job.search(scan_jobs), enqueued)
        # a failed job holds the scan; cancelled, the next run enqueues the scan again, where it stood
        enqueued.filtered(lambda job: job.method_name == "_scan_job_batch").state = "failed"
        self.Group._cron_scan()
        self.assertEqual(Job.search(scan_jobs), enqueued)
        enqueued.write({"state": "cancelled"})
        started = self.params.get_param(SCAN_STARTED_PARAM)
        self.Group._cron_scan()
        again = Job.search(scan_jobs) - enqueued
        self.assertEqual(len(again), 2)
        self.assertEqual(self.params.get_param(SCAN_STARTED_PARAM), started)

    def test_a_cancelled_batch_releases_the_scan(self):
        """A failed batch cancelled in Job Queue leaves the job making the groups waiting for it for ever:
        the next run cancels it too and enqueues the scan again, where it stood."""
        QueueJob = self.env["queue.job"]
        scan_jobs = [("identity_key", "=like", "crm_lead_duplicate_scan:%")]
        with patch.object(crm_lead_duplicate_group, "JOB_BATCH_SIZE", 2):
            self.Group._cron_scan()
        enqueued = QueueJob.search(scan_jobs)
        batches = enqueued.filtered(lambda job: job.method_name == "_scan_job_batch")
        finish = enqueued - batches
        self.assertEqual((len(batches), finish.state), (3, "wait_dependencies"))
        batches[:2].write({"state": "done"})
        batches[2].write({"state": "failed"})
        batches[2].button_cancelled()
        self.assertEqual(finish.state, "wait_dependencies")
        started = self.params.get_param(SCAN_STARTED_PARAM)
        self.Group._cron_scan()
        self.assertEqual(finish.state, "cancelled")
        again = QueueJob.search(scan_jobs) - enqueued
        self.assertTrue(again)
        self.assertEqual(self.params.get_param(SCAN_STARTED_PARAM), started)

    def test_a_scan_set_aside_by_the_base_module_alone_is_cancelled(self):
        """An update of crm_lead_convert alone sets the scan aside without this module's override loaded:
        the next run cancels the old scan's waiting jobs and enqueues the full scan."""
        QueueJob = self.env["queue.job"]
        scan_jobs = [("identity_key", "=like", "crm_lead_duplicate_scan:%")]
        self.Group._scan_all()
        self.Group._cron_scan()  # an incremental scan, its jobs waiting
        waiting = QueueJob.search(scan_jobs)
        # what crm_lead_convert's own _scan_restart does
        crm_lead_duplicate_scan.CrmLeadDuplicateGroup._scan_restart(self.Group)
        self.assertEqual(set(waiting.mapped("state")), {"pending", "wait_dependencies"})
        self.Group._cron_scan()
        self.assertEqual(set(waiting.mapped("state")), {"cancelled"})
        self.assertFalse(self.params.get_param(crm_lead_duplicate_scan.SCAN_SINCE_PARAM))  # every lead
        self.assertTrue(QueueJob.search(scan_jobs + [("state", "=", "pending")]) - waiting)

    def test_restart_cancels_the_waiting_jobs_of_the_scan_set_aside(self):
        """An upgrade that makes the next scan a full one (``_scan_restart``) cancels the jobs of the scan
        under way that wait: the next scheduled run enqueues the full scan at once."""
        QueueJob = self.env["queue.job"]
        scan_jobs = [("identity_key", "=like", "crm_lead_duplicate_scan:%")]
        self.Group._scan_all()
        self.Group._cron_scan()  # an incremental scan, its jobs waiting
        waiting = QueueJob.search(scan_jobs)
        self.assertEqual(set(waiting.mapped("state")), {"pending", "wait_dependencies"})
        self.Group._scan_restart()
        self.assertEqual(set(waiting.mapped("state")), {"cancelled"})
        self.Group._cron_scan()
        self.assertFalse(self.params.get_param(crm_lead_duplicate_scan.SCAN_SINCE_PARAM))  # every lead
        self.assertTrue(QueueJob.search(scan_jobs + [("state", "=", "pending")]))
