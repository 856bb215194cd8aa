from odoo import api, models
from odoo.tools import split_every

from odoo.addons.crm_lead_convert.models.crm_lead_duplicate_scan import (
    SCAN_BATCH_SIZE,
    SCAN_STARTED_PARAM,
)
from odoo.addons.queue_job.delay import chain, group

# The identity key of a scan's jobs starts with this, then the scan's start: a scan is enqueued once.
JOB_IDENTITY_PREFIX = "crm_lead_duplicate_scan:"
# Leads a job scores the pairs of.
JOB_BATCH_SIZE = SCAN_BATCH_SIZE
# A scan whose jobs are in these states is under way: the scheduled action starts nothing meanwhile. A failed
# job holds the scan until it is requeued or cancelled (Job Queue), as queue_job has it.
UNFINISHED_JOB_STATES = ("wait_dependencies", "pending", "enqueued", "started", "failed")


class CrmLeadDuplicateGroup(models.Model):
    """The scheduled duplicate scan as jobs of OCA's queue_job: one job per batch of leads, run in parallel
    by the job workers of one machine or several, then, once all are done, jobs that make the groups one
    after the other, a batch of records each."""

    _inherit = "crm.lead.duplicate.group"

    @api.model
    def _cron_scan(self):
        """Enqueue the scan's jobs in the channel ``root.crm_lead_duplicate_scan`` instead of scanning in
        the scheduled action; do nothing while a scan's jobs are unfinished. The jobs waiting for a job
        someone cancelled (a failed batch, in Job Queue) would wait for ever: cancelled too, they release the
        scan, which the next run enqueues again where it stood."""
        self._scan_cancel_orphaned_jobs()
        self._scan_cancel_stale_jobs()
        if self._scan_jobs_unfinished():
            return
        since = self._scan_begin()
        started = self.env["ir.config_parameter"].sudo().get_param(SCAN_STARTED_PARAM)
        identity = f"{JOB_IDENTITY_PREFIX}{started}"
        batches = [
            self.delayable(
                identity_key=f"{identity}:{batch[0]}",
                description=self.env._(
                    "Find duplicates: leads %(first)s to %(last)s", first=batch[0], last=batch[-1]
                ),
            )._scan_job_batch(since, batch[0], batch[-1])
            for batch in split_every(JOB_BATCH_SIZE, self._scan_subject_ids(since, 0), list)
        ]
        finish = self.delayable(
            identity_key=identity, description=self.env._("Find duplicates: make the groups to review")
        )._scan_job_finish(since)
        (chain(group(*batches), finish) if batches else finish).delay()

    @api.model
    def _scan_cancel_orphaned_jobs(self):
        """Cancel the scan's jobs waiting for a cancelled job: queue_job cancels a waiting job only once all
        of those it waits for are cancelled."""
        jobs = self.env["queue.job"].sudo()
        scan_jobs = [("identity_key", "=like", f"{JOB_IDENTITY_PREFIX}%")]
        cancelled = set(jobs.search(scan_jobs + [("state", "=", "cancelled")]).mapped("uuid"))
        if not cancelled:
            return
        jobs.search(scan_jobs + [("state", "=", "wait_dependencies")]).filtered(
            lambda job: cancelled.intersection((job.dependencies or {}).get("depends_on", ()))
        ).button_cancelled()

    @api.model
    def _scan_cancel_stale_jobs(self):
        """Cancel the unfinished jobs of a scan that is no longer the one under way: a scan set aside by
        ``_scan_restart`` while this module's override of it was not loaded (an update of crm_lead_convert
        alone, whose migration or keys make the next scan a full one). They would carry the old scan on and
        hold the full one back."""
        started = self.env["ir.config_parameter"].sudo().get_param(SCAN_STARTED_PARAM)
        domain = self._scan_unfinished_jobs_domain()
        if started:
            domain.append(("identity_key", "not like", f"{JOB_IDENTITY_PREFIX}{started}%"))
        self.env["queue.job"].sudo().search(domain).button_cancelled()

    @api.model
    def _scan_jobs_unfinished(self):
        """Tell whether jobs of a duplicate scan are unfinished (``UNFINISHED_JOB_STATES``)."""
        return bool(self.env["queue.job"].sudo().search_count(self._scan_unfinished_jobs_domain(), limit=1))

    @api.model
    def _scan_unfinished_jobs_domain(self):
        return [
            ("identity_key", "=like", f"{JOB_IDENTITY_PREFIX}%"),
            ("state", "in", UNFINISHED_JOB_STATES),
        ]

    @api.model
    def _scan_restart(self):
        """Cancel the jobs of the scan set aside that wait: they would carry it on (its batches searching
        their pairs in the whole table again) and hold the full scan back until they were done. A job
        already started ends as it is."""
        self.env["queue.job"].sudo().search(self._scan_unfinished_jobs_domain()).button_cancelled()
        return super()._scan_restart()

    @api.model
    def _scan_job_batch(self, since, first_id, last_id):
        """Job: score the pairs of the leads from ``first_id`` to ``last_id`` that the scan scores (changed
        since ``since``, or all when None: each pair then once, in the batch of its first lead)."""
        self._scan_pairs_of(self._scan_subject_ids(since, first_id - 1, last_id), first_only=since is None)

    @api.model
    def _scan_job_finish(self, since):
        """Job: make a batch of the groups to review, once every scoring batch is done (those of the leads
        changed since ``since`` only, when given), then enqueue the next batch while some remain: each job
        stays within the time limits of the worker that runs it."""
        number, _done, remaining = self._scan_group_batch(since)
        if remaining:
            started = self.env["ir.config_parameter"].sudo().get_param(SCAN_STARTED_PARAM)
            self.delayable(
                identity_key=f"{JOB_IDENTITY_PREFIX}{started}:groups:{number + 1}",
                description=self.env._("Find duplicates: make the groups to review"),
            )._scan_job_finish(since).delay()
