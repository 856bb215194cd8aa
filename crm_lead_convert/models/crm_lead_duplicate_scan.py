import logging
from collections import defaultdict
from datetime import timedelta

import psycopg2
from psycopg2.extras import Json

from odoo import Command, api, fields, models
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY
from odoo.tools import SQL, mute_logger

from ..core import duplicate_groups, similarity
from .crm_lead_duplicate_group import SCAN_STARTED_PARAM  # the running scan's start, empty if none
from .crm_lead_duplicate_pair import SCANNED_FIELDS
from .crm_lead_duplicates import (
    CANDIDATE_BLOCK_LEADS,
    CONTACT_KEY_LEADS,
    CONTACT_TRIGRAM_THRESHOLD,
    EMAIL_DOMAIN_RELEVANCE_LIMIT,
    MAIL_PROVIDERS,
)
from .crm_lead_similar_keys import (
    MAILBOX,
    domain_spelling,
    domain_spelling_where,
    is_pair_block,
    mailbox_letters,
    mailbox_of,
    mailbox_spellings,
    spelling_mailboxes,
    spells_by_mailbox,
)

_logger = logging.getLogger(__name__)

# A block (leads sharing an email domain, a phone key, a company key or a company-name token) larger than
# this says little about a prospect and would make too many pairs: left out of the scan, as a common word
# is left out of Similar Leads' weight.
BLOCK_LIMIT = 100
# The same for a block of two words of a company name in a row ("yaya|p:tun", see COMPANY_TOKEN_SQL): these
# are there for the names of common words only, and a block of them as large as a word's would make many
# times the pairs to score of all other blocks together. Similar Leads' limit for these blocks too.
PAIR_BLOCK_LIMIT = CANDIDATE_BLOCK_LEADS
# The trigram similarity two company keys of one block need to be scored, their spellings of one sound
# written alike (Similar Leads' candidate rule).
COMPANY_PAIR_SIMILARITY = 0.6
KEYS_BATCH_SIZE = 10000
# Matching pairs kept at once while scoring; groups created at once.
STORE_BATCH_SIZE = 5000
WRITE_BATCH_SIZE = 5000


def scanned(alias):
    """Return the condition that the lead ``alias`` is one the scan looks at: a lead or opportunity that
    could still be merged (not lost, won or merged away)."""
    lead = SQL.identifier(alias)
    return SQL(
        "%s.active AND %s.merged_into_id IS NULL AND COALESCE(%s.probability, 0) < 100", lead, lead, lead
    )


SCANNED = scanned("lead")


def same_person_condition(left, right):
    """Return the condition that the leads ``left`` and ``right`` (aliases), naming the same person (their
    contact keys equal, checked by the caller), have company names the core may find alike and a little
    alike at least, as Similar Leads' contact criterion asks (``found_query``): a name the same person
    mistyped twice or more ("Artja Szkti" / "Artha Sakti"). Not the very same company key, which its own
    block finds (and Similar Leads its trigram search); the similarity is computed last, for the names of
    as many words but one only (a CASE: PostgreSQL would otherwise compute it for every pair of a block, four
    times the time on the held-out 200,000 leads)."""
    left_key = SQL.identifier(left, "similar_company_key")
    right_key = SQL.identifier(right, "similar_company_key")
    return SQL(
        """%(left)s IS NOT NULL AND %(right)s IS NOT NULL AND %(left)s != %(right)s
           AND CASE WHEN abs(cardinality(string_to_array(%(left)s, ' '))
                             - cardinality(string_to_array(%(right)s, ' '))) <= %(slack)s
                         OR replace(%(left)s, ' ', '') = replace(%(right)s, ' ', '')
                    THEN similarity(%(left)s, %(right)s) >= %(similarity)s END""",
        left=left_key,
        right=right_key,
        slack=similarity.WORD_COUNT_SLACK,
        similarity=CONTACT_TRIGRAM_THRESHOLD,
    )


def spells_another_name(key, criterion, spelled):
    """Return the condition that a lead whose company key is ``key`` and stock's email domain criterion
    ``criterion`` (SQL) writes from a company email domain (not a public provider's) that spells ``spelled``
    (SQL: ``domain_spelling`` of ``criterion``, or a column holding it), a company name of at least
    ``similarity.DOMAIN_SPELLING_MIN_LENGTH`` letters other than its own written together, if it has one: a
    lead the scan pairs with the leads of that name, as Similar Leads' ``domain_name`` criterion fetches
    them. One definition for the whole-table join and the lookups lead by lead."""
    return SQL(
        """%(domain)s AND NOT substr(%(criterion)s, 2) = ANY(%(providers)s)
           AND length(%(spelled)s) >= %(min_length)s
           AND %(spelled)s IS DISTINCT FROM replace(%(key)s, ' ', '')""",
        key=key,
        domain=domain_spelling_where(criterion),
        criterion=criterion,
        providers=sorted(MAIL_PROVIDERS),
        spelled=spelled,
        min_length=similarity.DOMAIN_SPELLING_MIN_LENGTH,
    )


def person_phones_condition(left, right):
    """Return the condition that the leads ``left`` and ``right`` (aliases), naming the same person (their
    contact keys equal, checked by the caller) by a name of two words at least, both have numbers and one of
    them no company name: a number mistyped, as Similar Leads' person criterion fetches them
    (``found_query``)."""
    return SQL(
        """%(left_phones)s IS NOT NULL AND %(right_phones)s IS NOT NULL
           AND (%(left_key)s IS NULL OR %(right_key)s IS NULL) AND strpos(%(left_contact)s, ' ') > 0""",
        left_contact=SQL.identifier(left, "similar_contact_key"),
        left_phones=SQL.identifier(left, "similar_phone_keys"),
        right_phones=SQL.identifier(right, "similar_phone_keys"),
        left_key=SQL.identifier(left, "similar_company_key"),
        right_key=SQL.identifier(right, "similar_company_key"),
    )


def other_address_condition(left, right):
    """Return the condition that the leads ``left`` and ``right`` (aliases), of one mailbox name (checked by
    the caller), write from two addresses of as many characters but one: a domain mistyped, as Similar
    Leads' mailbox criterion fetches them (``found_query``)."""
    left_email = SQL.identifier(left, "email_normalized")
    right_email = SQL.identifier(right, "email_normalized")
    return SQL(
        "%s != %s AND abs(length(%s) - length(%s)) <= 1", left_email, right_email, left_email, right_email
    )


# The scheduled scan's state, kept between its batches (each committed) and across restarts.
SCAN_SINCE_PARAM = "crm_lead_convert.duplicate_scan_since"  # it scans the leads changed since (empty: all)
SCAN_DONE_PARAM = "crm_lead_convert.duplicate_scan_done_id"  # the last lead id it scanned
SCAN_LAST_PARAM = "crm_lead_convert.duplicate_scan_last"  # the start of the last finished scan
# the start of the first scan whose candidate pairs crm.lead.duplicate.candidate holds (empty if none)
SCAN_CANDIDATES_PARAM = "crm_lead_convert.duplicate_scan_candidates"
# "1" once the running scan has scored every batch: only its groups remain to be made
SCAN_SCORED_PARAM = "crm_lead_convert.duplicate_scan_scored"
# "1" once the running scan has planned the batches that make its groups (crm.lead.duplicate.pair.group_batch)
SCAN_GROUPED_PARAM = "crm_lead_convert.duplicate_scan_grouped"
# A first scan's batches start this long after it found its pairs to score, and the groups of a scan this
# long after its last scoring batch, so that neither comes on top of what was run before in one go. Odoo
# drops the triggers of a scheduled action that are due when a run of it ends: one due at once would be
# lost.
SCAN_FINISH_DELAY = timedelta(minutes=1)
# Leads a batch of the scheduled scan scores the pairs of.
SCAN_BATCH_SIZE = 20000
# Records a batch of the scheduled scan makes the groups of, at least: whole sets of records linked through
# matching pairs. About as long as a scoring batch (on a million leads, 20,000 records took twice as long:
# ten such batches in one go used 45 s of Odoo's 60 s of CPU time).
GROUP_BATCH_SIZE = 10000
# What candidate pairs are found by, and which leads are scanned.
SCAN_KEY_FIELDS = (
    "active",
    "merged_into_id",
    "probability",
    "company_id",
    "email_normalized",
    "email_domain_criterion",
    "similar_phone_keys",
    "similar_company_key",
    "similar_contact_key",
    "partner_id",
)
# Up to this many leads to score, their candidates are looked up lead by lead in the indexes (as Similar Leads
# does); more, and the whole table's blocks are joined at once.
SUBJECT_LOOKUP_LIMIT = 5000
# A scan starts this long before its first transaction: a change committed by a transaction that began
# earlier carries an earlier date, and the next incremental scan must still see it.
SCAN_OVERLAP = timedelta(minutes=10)


class CrmLeadDuplicateGroup(models.Model):
    """The scan of the whole CRM for duplicates: at once (:meth:`_scan_all`), or scheduled in batches
    (:meth:`_cron_scan`), each committed, resumable after a restart, and incremental: after a first scan,
    only the leads created or changed since are scored again.

    Matching pairs are kept (``crm.lead.duplicate.pair``); the groups to review are made afresh from all of
    them at the end of a scan, so that a changed lead joins or leaves its group.
    """

    # One concern a file (the scan), as the project's style asks.
    _inherit = "crm.lead.duplicate.group"  # pylint: disable=consider-merging-classes-inherited

    @api.model
    def _scan_all(self):
        """Scan the whole CRM in the calling transaction: the groups to review are found afresh; merged and
        dismissed groups stay as they are. Return the groups found."""
        started = self._scan_start_date()
        self.env["crm.lead.duplicate.pair"]._forget()
        keys, frequencies = self._scan_pairs_of(None)
        # every pair kept was scored just now: its keys are read already
        groups = self._scan_regroup(keys, frequencies)
        self.env["ir.config_parameter"].sudo().set_param(SCAN_LAST_PARAM, started)
        return groups

    @api.model
    def _scan_unworded(self):
        """Tell whether a group to review lacks the reasons in an installed language (installed after its
        scan): its readers in that language see them in English. The reasons are a translated field."""
        self.flush_model(["state", "reason"])
        self.env.cr.execute(
            SQL(
                """SELECT 1 FROM crm_lead_duplicate_group
                    WHERE state = 'to_review' AND reason IS NOT NULL AND NOT reason ?& %s LIMIT 1""",
                [code for code, _name in self.env["res.lang"].get_installed()],
            )
        )
        return bool(self.env.cr.fetchone())

    @api.model
    def _cron_scan(self):
        """Run one batch of the scheduled scan; Odoo's scheduler runs the next ones while some remain
        (``ir.cron._notify_progress``), committing after each. The first batches score the leads' pairs; the
        next ones make the groups, a batch of linked records at a time (``GROUP_BATCH_SIZE``), the first of
        them a minute after the last scoring batch (``SCAN_FINISH_DELAY``), or in the next scheduled run if
        that trigger is lost: Odoo's scheduler runs up to ten batches in one go, under one time limit, and the
        groups must not come on top of ten scoring batches. So does a first scan's first run, which finds
        every pair to score. Leads changed after the last scoring batch are left to the next scan. A scan
        interrupted goes on where it stopped.

        The first scan scores every lead; the next ones only those created or changed since the last one
        started (an archived, won or merged lead leaves its pairs then). Where OCA's queue_job is installed,
        ``crm_lead_convert_queue_job`` runs the same steps as jobs instead.
        """
        params = self.env["ir.config_parameter"].sudo()
        starting = not params.get_param(SCAN_STARTED_PARAM)
        since = self._scan_begin()
        if starting and since is None:
            # a first scan found every pair to score as it started (half a minute on a million leads): its
            # batches come in a go of their own
            self._scan_trigger_later()
            return
        if not params.get_param(SCAN_SCORED_PARAM):
            subject_ids = self._scan_subject_ids(since, int(params.get_param(SCAN_DONE_PARAM) or 0))
            batch = subject_ids[:SCAN_BATCH_SIZE]
            if batch:
                # a first scan scores every lead: a pair once, in the batch of its first lead
                self._scan_pairs_of(batch, first_only=since is None)
                params.set_param(SCAN_DONE_PARAM, str(batch[-1]))
                remaining = len(subject_ids) - len(batch)
                if not remaining:
                    params.set_param(SCAN_SCORED_PARAM, "1")
                    self._scan_trigger_later()
                self.env["ir.cron"]._notify_progress(done=len(batch), remaining=remaining)
                return
            params.set_param(SCAN_SCORED_PARAM, "1")
        try:
            with self.env.cr.savepoint():
                _number, done, remaining = self._scan_group_batch(since)
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY as error:
            # a group another transaction changed meanwhile (merged, marked): this batch again in a minute,
            # not at the next daily run, as Odoo's scheduler would after a failed run
            _logger.warning("duplicates: a group batch met a concurrent change (%s), tried again soon", error)
            self._scan_trigger_later()
            return
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)

    @api.model
    def _scan_restart(self):
        """Stop the scheduled scan under way, if any, and make the next one a full one, that scores every lead
        again: for a module version that finds or scores pairs otherwise. Setting only the last scan's start
        aside would not do: a scan under way would set it again as it ends. The groups stay until the full
        scan makes them afresh."""
        self.env["crm.lead.duplicate.candidate"]._clear()
        params = self.env["ir.config_parameter"].sudo()
        for param in (
            SCAN_STARTED_PARAM,
            SCAN_SINCE_PARAM,
            SCAN_DONE_PARAM,
            SCAN_LAST_PARAM,
            SCAN_CANDIDATES_PARAM,
            SCAN_SCORED_PARAM,
            SCAN_GROUPED_PARAM,
        ):
            params.set_param(param, "")

    @api.model
    def _scan_trigger_later(self):
        """Have the scheduled scan run again ``SCAN_FINISH_DELAY`` from now, in a go of its own: Odoo's
        scheduler runs up to ten runs of it in one go, under one time limit, and drops the triggers due when
        a run ends."""
        self.env.ref("crm_lead_convert.ir_cron_crm_lead_duplicate_scan")._trigger(
            fields.Datetime.now() + SCAN_FINISH_DELAY
        )

    @api.model
    def _scan_begin(self):
        """Start a scheduled scan unless one is under way: note when it started and since when the leads it
        scores were changed, and forget the pairs of those leads; a first scan finds every pair to score
        (``crm.lead.duplicate.candidate``). A group to review lacking an installed language
        (``_scan_unworded``) makes this scan a full one, which words every group in it. Return that date,
        or None when the scan scores every lead (the first scan)."""
        params = self.env["ir.config_parameter"].sudo()
        if not params.get_param(SCAN_STARTED_PARAM):
            since = params.get_param(SCAN_LAST_PARAM) or ""
            if since and self._scan_unworded():
                # a language installed since some groups were worded: a full scan words every group in it
                since = ""
            params.set_param(SCAN_STARTED_PARAM, self._scan_start_date())
            params.set_param(SCAN_SINCE_PARAM, since)
            params.set_param(SCAN_DONE_PARAM, "0")
            params.set_param(SCAN_SCORED_PARAM, "")
            params.set_param(SCAN_GROUPED_PARAM, "")
            self.env["crm.lead.duplicate.pair"]._forget(self._scan_changed_ids(since) if since else None)
            if not since:
                # a first scan: every pair to score, found at once; its batches read theirs
                self.env["crm.lead.duplicate.candidate"]._fill(self._scan_candidate_pairs_query(None))
                params.set_param(SCAN_CANDIDATES_PARAM, params.get_param(SCAN_STARTED_PARAM))
        return params.get_param(SCAN_SINCE_PARAM) or None

    @api.model
    def _scan_group_batch(self, since=None):
        """Make a batch of the groups to review of the scheduled scan under way, afresh from the kept pairs
        (those of the leads changed since ``since`` only, when given). The first batch plans them all: it
        removes the groups to review of records in no kept pair any more, and notes on the kept pairs the
        batch that is to group their records (``duplicate_groups.linked_batches``, ``GROUP_BATCH_SIZE``
        records or more each), so that no batch depends on what changes meanwhile. After the last batch, merge
        the groups to review the settings say to merge without review, and end the scan: the next one scores
        the leads changed since this one started. Return the batch's number (0
        when none was to come), how many records it grouped and how many remain."""
        params = self.env["ir.config_parameter"].sudo()
        Pair = self.env["crm.lead.duplicate.pair"]
        if not params.get_param(SCAN_GROUPED_PARAM):
            linked_ids = self._scan_linked_ids(self._scan_changed_ids(since)) if since else None
            kept = Pair._kept(SCANNED, linked_ids)
            self._scan_ungrouped(linked_ids, {lead_id for row in kept for lead_id in row[:2]}).unlink()
            Pair._plan_batches(duplicate_groups.linked_batches([row[:2] for row in kept], GROUP_BATCH_SIZE))
            params.set_param(SCAN_GROUPED_PARAM, "1")
        number, lead_ids, kept = Pair._next_batch(SCANNED)
        if number:
            self._scan_make_groups(kept, lead_ids, self._scan_groups_to_review(lead_ids))
            remaining = Pair._batch_done(number)
        else:
            remaining = 0
        if not remaining:
            # also the groups an earlier scan left, a user's who might not merge them all (SCAN_FOR_USER_KEY)
            self._auto_merge_all()
            self.env["crm.lead.duplicate.candidate"]._clear()
            for param in (SCAN_CANDIDATES_PARAM, SCAN_SCORED_PARAM, SCAN_GROUPED_PARAM):
                params.set_param(param, "")
            params.set_param(SCAN_LAST_PARAM, params.get_param(SCAN_STARTED_PARAM))
            if since and self._scan_unworded():
                # a language installed while this incremental scan ran: the next one, a full one, comes soon
                # (a full scan words every group; should one leave a group unworded, the daily run comes)
                self._scan_trigger_later()
            params.set_param(SCAN_STARTED_PARAM, "")
        return number, len(lead_ids), remaining

    @api.model
    def _scan_start_date(self):
        """Return the date a scan starting now counts as started at, as stored (see ``SCAN_OVERLAP``)."""
        return fields.Datetime.to_string(self.env.cr.now() - SCAN_OVERLAP)

    @api.model
    def _scan_changed_ids(self, since):
        """Return the ids of the leads created or changed at or after ``since`` (any state)."""
        self.env["crm.lead"].flush_model(["write_date"])
        self.env.cr.execute(SQL("SELECT id FROM crm_lead WHERE write_date >= %s ORDER BY id", since))
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _scan_subject_ids(self, since, after_id, last_id=None):
        """Return the ids, in order, of the scanned leads after ``after_id`` (up to ``last_id``, if given)
        whose pairs the scan scores: all of them, or those created or changed at or after ``since``."""
        self.env["crm.lead"].flush_model(["write_date", *SCANNED_FIELDS])
        changed = SQL("lead.write_date >= %s", since) if since else SQL("TRUE")
        up_to = SQL("lead.id <= %s", last_id) if last_id is not None else SQL("TRUE")
        self.env.cr.execute(
            SQL(
                "SELECT lead.id FROM crm_lead lead WHERE %s AND %s AND lead.id > %s AND %s ORDER BY lead.id",
                SCANNED,
                changed,
                after_id,
                up_to,
            )
        )
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _scan_pairs_of(self, subject_ids, first_only=False):
        """Score the candidate pairs of the leads ``subject_ids`` (every scanned lead when None) and keep
        those that match; return the keys of the records of a matching pair and the word frequencies read
        for them (the other keys are let go: most of a whole CRM's). With ``first_only`` (a batch of a first
        scheduled scan, where every lead is a subject of some batch), only the pairs whose first (lower) id is
        a subject, among those the scan found when it started (``_scan_begin``): each pair is scored once,
        not once in the batch of each of its leads, and the candidate search is not run again. A first scan
        that found none when it started (begun by an earlier version of the module) searches its batches'."""
        params = self.env["ir.config_parameter"].sudo()
        started = params.get_param(SCAN_STARTED_PARAM)
        if first_only and started and params.get_param(SCAN_CANDIDATES_PARAM) == started:
            pair_ids = self.env["crm.lead.duplicate.candidate"]._pairs_of(
                subject_ids, scanned("left"), scanned("right")
            )
        else:
            pair_ids = self._scan_candidate_pairs(subject_ids)
            if first_only:
                subjects = set(subject_ids)
                pair_ids = [pair for pair in pair_ids if pair[0] in subjects]
        keys = self._scan_keys(sorted({lead_id for pair in pair_ids for lead_id in pair}))
        frequencies = self.env["crm.lead"].sudo()._similar_word_frequencies(keys.values())
        matched_ids = self._scan_score(pair_ids, keys, frequencies)
        return {lead_id: keys[lead_id] for lead_id in matched_ids}, frequencies

    @api.model
    def _scan_keys(self, lead_ids):
        """Return ``{lead id: similarity.LeadKey}`` of ``lead_ids``, read in batches."""
        leads = self.env["crm.lead"].sudo()
        keys = {}
        for start in range(0, len(lead_ids), KEYS_BATCH_SIZE):
            keys.update(leads._similar_saved_keys(lead_ids[start : start + KEYS_BATCH_SIZE]))
        return keys

    @api.model
    def _scan_score(self, pair_ids, keys, frequencies):
        """Score the pairs ``pair_ids`` and keep those that match (``crm.lead.duplicate.pair``), a batch at a
        time: a whole CRM's matches, with their reasons, would weigh on the scan's memory. Return the ids of
        the records of a matching pair."""
        sensitivity = self.env["crm.lead"]._similar_leads_sensitivity()
        providers, learned = self.env["crm.lead"]._similar_providers()
        Pair = self.env["crm.lead.duplicate.pair"]
        matches = []
        matched_ids = set()
        for left_id, right_id in pair_ids:
            found = similarity.match(
                keys[left_id],
                keys[right_id],
                sensitivity,
                frequencies=frequencies,
                providers=providers,
                learned_providers=learned,
            )
            if found:
                matches.append((left_id, right_id, found.score, similarity.evidence(found.reasons)))
                matched_ids.update((left_id, right_id))
            if len(matches) >= STORE_BATCH_SIZE:
                Pair._store(matches)
                matches = []
        Pair._store(matches)
        return matched_ids

    @api.model
    def _scan_regroup(self, keys=None, frequencies=None):
        """Make the groups to review afresh from every kept pair of records still scanned, at once, merge
        those the settings say to merge without review; return them. ``keys`` and ``frequencies``, when
        given, hold those of every record of a kept pair (read by the same transaction)."""
        kept = self.env["crm.lead.duplicate.pair"]._kept(SCANNED)
        lead_ids = sorted({lead_id for row in kept for lead_id in row[:2]})
        return self._scan_make_groups(kept, lead_ids, self._scan_groups_to_review(), keys, frequencies)

    @api.model
    def _scan_regroup_marked(self, leads):
        """Make afresh, from their kept pairs, the groups to review holding two of ``leads`` marked as other
        prospects than each other: the mark splits them at once, not at the next scan."""
        if self.env["ir.config_parameter"].sudo().get_param(SCAN_STARTED_PARAM):
            # a scheduled scan under way makes the groups from its own pairs (which it may be finding again),
            # with the marks; Merge refuses a marked pair meanwhile (_check_not_marked)
            return
        groups = self._scan_groups_to_review(leads.ids)
        marks = self.env["crm.lead.not.same.prospect"]._marked_other_ids(groups.lead_ids.ids)
        split = groups.filtered(
            lambda group: any(
                marks.get(lead_id, set()) & set(group.lead_ids.ids) for lead_id in group.lead_ids.ids
            )
        )
        if not split:
            return
        try:
            with self.env.cr.savepoint(flush=False), mute_logger("odoo.sql_db"):
                self.env.cr.execute(
                    SQL(
                        "SELECT id FROM crm_lead_duplicate_group WHERE id = ANY(%s) FOR UPDATE NOWAIT",
                        split.ids,
                    )
                )
        except psycopg2.errors.LockNotAvailable:
            # someone merging or making them right now (Find Duplicates): Merge refuses the marked pair
            return
        lead_ids = sorted(split.lead_ids.ids)
        kept = self.env["crm.lead.duplicate.pair"]._kept(SCANNED, lead_ids)
        self._scan_make_groups(kept, lead_ids, split, auto_merge=False)

    @api.model
    def _scan_make_groups(self, kept, lead_ids, replaced, keys=None, frequencies=None, auto_merge=True):
        """Replace the groups to review ``replaced`` by those the kept pairs ``kept`` make (``[(left id,
        right id, score, evidence)]``, of records among ``lead_ids``), merge those the settings say to merge
        without review (unless not ``auto_merge``); return them. ``keys`` and ``frequencies``, when given,
        hold those of the records of ``kept``."""
        if keys is None:
            keys = self._scan_keys(lead_ids)
            frequencies = self.env["crm.lead"].sudo()._similar_word_frequencies(keys.values())
        company_of = self._scan_companies(lead_ids)
        groups = self._scan_group(
            [duplicate_groups.Pair(*row) for row in kept], keys, frequencies, company_of
        )
        written = self._scan_write(groups, keys, frequencies, company_of, replaced)
        if auto_merge:
            written.sudo()._auto_merge()
        return written

    @api.model
    def _scan_groups_to_review(self, lead_ids=None):
        """Return the groups to review holding a record of ``lead_ids`` (all of them when None)."""
        domain = [("state", "=", "to_review")]
        return self.sudo().search(domain + ([] if lead_ids is None else [("lead_ids", "in", lead_ids)]))

    @api.model
    def _scan_ungrouped(self, lead_ids, grouped_ids):
        """Return the groups to review holding a record of ``lead_ids`` (any when None) that is not among
        ``grouped_ids``, the records of the kept pairs."""
        self.flush_model(["state", "lead_ids"])
        among = SQL("TRUE") if lead_ids is None else SQL("member.lead_id = ANY(%s)", list(lead_ids))
        self.env.cr.execute(
            SQL(
                """SELECT member.group_id, member.lead_id
                     FROM crm_lead_duplicate_group_lead_rel member
                     JOIN crm_lead_duplicate_group grp ON grp.id = member.group_id AND grp.state = 'to_review'
                    WHERE member.group_id IN (SELECT member.group_id
                                                FROM crm_lead_duplicate_group_lead_rel member
                                               WHERE %s)""",
                among,
            )
        )
        return self.sudo().browse(
            sorted({group_id for group_id, lead_id in self.env.cr.fetchall() if lead_id not in grouped_ids})
        )

    @api.model
    def _scan_linked_ids(self, lead_ids):
        """Return the ids of ``lead_ids`` and of every record linked to them, step by step, through a kept
        pair or a group to review: all the records whose groups a change of ``lead_ids`` may change."""
        linked, frontier = set(lead_ids), set(lead_ids)
        cr = self.env.cr
        self.flush_model(["state", "lead_ids"])
        while frontier:
            cr.execute(
                SQL(
                    """SELECT left_id, right_id FROM crm_lead_duplicate_pair
                        WHERE left_id = ANY(%(ids)s) OR right_id = ANY(%(ids)s)
                       UNION ALL
                       SELECT member.lead_id, member.lead_id
                         FROM crm_lead_duplicate_group_lead_rel touched
                         JOIN crm_lead_duplicate_group grp
                           ON grp.id = touched.group_id AND grp.state = 'to_review'
                         JOIN crm_lead_duplicate_group_lead_rel member ON member.group_id = grp.id
                        WHERE touched.lead_id = ANY(%(ids)s)""",
                    ids=sorted(frontier),
                )
            )
            frontier = {lead_id for row in cr.fetchall() for lead_id in row} - linked
            linked |= frontier
        return sorted(linked)

    @api.model
    def _scan_group(self, pairs, keys, frequencies, company_of):
        """Return the ``duplicate_groups.Group`` the matching pairs make (``core.duplicate_groups``)."""

        providers, learned = self.env["crm.lead"]._similar_providers()

        def evidence_of(left_id, right_id):
            return similarity.evidence(
                similarity.compare(
                    keys[left_id],
                    keys[right_id],
                    frequencies=frequencies,
                    providers=providers,
                    learned_providers=learned,
                )
            )

        matched_ids = sorted({lead_id for pair in pairs for lead_id in (pair.left_id, pair.right_id)})
        marks = self.env["crm.lead.not.same.prospect"]._marked_other_ids(matched_ids)
        return duplicate_groups.group_pairs(
            pairs,
            evidence_of,
            company_of=company_of,
            marked=[(lead_id, other_id) for lead_id, others in marks.items() for other_id in others],
        )

    @api.model
    def _scan_write(self, groups, keys, frequencies, company_of, replaced):
        """Replace the groups to review ``replaced`` by ``groups``; return them. A group of ``replaced``
        with the very records of one of ``groups`` stays, its score, company and reasons written again:
        someone may have it open, and Merge on it must still find it. A group's reasons are those of its
        weakest link; of a group of more than two records, those of each link as well, worded in every
        installed language (``_scan_group_reasons``). Created a batch at a time, each written and let go
        from the cache: a whole CRM's groups at once would hold them all in memory."""
        same = self._scan_same_groups(replaced)
        kept_ids = []
        for group in groups:
            # one group of these records stays, the oldest (two, made by scans side by side, are one too many)
            group_ids = same.get(frozenset(group.ids))
            kept_ids.append(group_ids.pop(0) if group_ids else None)
        self.sudo().browse(sorted(group_id for group_ids in same.values() for group_id in group_ids)).unlink()
        written_ids = []
        for start in range(0, len(groups), WRITE_BATCH_SIZE):
            batch_groups = groups[start : start + WRITE_BATCH_SIZE]
            batch_kept_ids = kept_ids[start : start + WRITE_BATCH_SIZE]
            values = self._scan_group_values(batch_groups, company_of)
            created = iter(
                self.sudo()
                .create([vals for vals, kept_id in zip(values, batch_kept_ids, strict=True) if not kept_id])
                .ids
            )
            batch = self.sudo().browse([kept_id or next(created) for kept_id in batch_kept_ids])
            batch.flush_recordset()
            reasons = self._scan_group_reasons(batch_groups, keys, frequencies)
            # a group kept takes its score and company afresh, and forgets why a merge of it failed: it was
            # found again, as if made afresh
            self.env.cr.execute(
                SQL(
                    """UPDATE crm_lead_duplicate_group duplicate_group
                          SET reason = worded.reason, link_reasons = worded.link_reasons,
                              score = worded.score, company_id = worded.company_id,
                              merge_error = NULL, merge_user_id = NULL
                         FROM (VALUES %s) AS worded(id, reason, link_reasons, score, company_id)
                        WHERE duplicate_group.id = worded.id""",
                    SQL(", ").join(
                        SQL(
                            "(%s, %s::jsonb, %s::jsonb, %s, %s::integer)",
                            record.id,
                            Json(reason),
                            Json(link_reasons) if link_reasons else None,
                            vals["score"],
                            vals["company_id"] or None,
                        )
                        for record, (reason, link_reasons), vals in zip(batch, reasons, values, strict=True)
                    ),
                )
            )
            batch.invalidate_recordset()
            written_ids += batch.ids
        return self.browse(written_ids)

    @api.model
    def _scan_same_groups(self, groups):
        """Return ``{frozenset(record ids): [ids of the groups of these records, oldest first]}`` of
        ``groups``."""
        if not groups:
            return {}
        groups.flush_recordset(["lead_ids"])
        self.env.cr.execute(
            SQL(
                """SELECT group_id, array_agg(lead_id) FROM crm_lead_duplicate_group_lead_rel
                    WHERE group_id = ANY(%s) GROUP BY group_id ORDER BY group_id""",
                groups.ids,
            )
        )
        same = defaultdict(list)
        for group_id, lead_ids in self.env.cr.fetchall():
            same[frozenset(lead_ids)].append(group_id)
        return same

    @api.model
    def _scan_group_values(self, groups, company_of):
        """Return the values of the records of ``groups`` (``duplicate_groups.Group``), but their reasons."""
        return [
            {
                "lead_ids": [Command.set(list(group.ids))],
                "score": group.score,
                "company_id": next(filter(None, (company_of.get(lead_id) for lead_id in group.ids)), False),
            }
            for group in groups
        ]

    @api.model
    def _scan_group_reasons(self, groups, keys, frequencies):
        """Return, for each of ``groups`` (``duplicate_groups.Group``), its reasons worded in every installed
        language and in English, as the database holds a translated field: ``({language: reason},
        {language: link reasons} or None)``. The groups are read by users of every language, and a scan runs
        as whoever asked for it, or the scheduler."""
        leads = self.env["crm.lead"].sudo()
        providers, learned = leads._similar_providers()
        worders = {
            code: leads.with_context(lang=code)
            for code in dict.fromkeys(
                ["en_US", *(code for code, _name in self.env["res.lang"].get_installed())]
            )
        }
        # the records' names, for the lines of a group of more than two: which two records each line is about
        linked_ids = {
            lead_id
            for group in groups
            if len(group.links) > 1
            for link in group.links
            for lead_id in (link.left_id, link.right_id)
        }
        names = {
            record["id"]: record["name"]
            for record in leads.browse(linked_ids).with_context(active_test=False).read(["name"])
        }
        worded = []
        for group in groups:
            compared = [
                similarity.compare(
                    keys[link.left_id],
                    keys[link.right_id],
                    frequencies=frequencies,
                    providers=providers,
                    learned_providers=learned,
                )
                for link in group.links
            ]
            reason, lines = {}, {}
            for code, worder in worders.items():
                texts = [worder._similar_lead_reasons_text(reasons, code) for reasons in compared]
                reason[code] = texts[-1]
                if len(texts) > 1:
                    lines[code] = "\n".join(
                        worder.env._(
                            "%(left)s / %(right)s: %(reasons)s",
                            left=names[link.left_id],
                            right=names[link.right_id],
                            reasons=text,
                        )
                        for link, text in zip(group.links, texts, strict=True)
                    )
            worded.append((reason, lines or None))
        return worded

    @api.model
    def _scan_candidate_pairs(self, subject_ids=None):
        """Return the pairs ``(left id, right id)``, left < right, of the records to score: those of one
        company (or of none) sharing an email address, a company email domain, a phone number, a customer,
        or a block of company names (a word, or the first or last three letters of a longer word, or one of
        those of a word followed by one of the next word's, or a short word's letters sorted next to a word)
        whose keys are alike enough, or naming the same person (a contact key of at most
        ``CONTACT_KEY_LEADS`` scanned leads) under company names a little alike, or one writing from a
        company email domain that spells the other's company name (a name of at most ``BLOCK_LIMIT`` scanned
        leads, its words written together: Similar Leads' ``domain_name`` criterion), or, without company
        name, from a mailbox at a public provider named after it (``mailbox_name``); only the pairs of
        ``subject_ids`` unless None. Found by joins on the indexed keys, blocks larger than ``BLOCK_LIMIT``
        (``PAIR_BLOCK_LIMIT`` for two words in a row) left out; for a few ``subject_ids``, by looking each
        one's up in the indexes instead (``_scan_subject_pairs``)."""
        if subject_ids is not None and len(subject_ids) <= SUBJECT_LOOKUP_LIMIT:
            return self._scan_subject_pairs(subject_ids)
        self.env.cr.execute(self._scan_candidate_pairs_query(subject_ids))
        return sorted(self.env.cr.fetchall())

    @api.model
    def _scan_candidate_pairs_query(self, subject_ids):
        """Return the query of ``_scan_candidate_pairs``' join of the whole table, for ``subject_ids`` (all
        leads when None), with what it reads written first."""
        self._scan_flush_keys()
        same_company = SQL("(a.company_id IS NULL OR b.company_id IS NULL OR a.company_id = b.company_id)")
        if subject_ids is None:
            of_subjects = SQL("TRUE")
        else:
            of_subjects = SQL("(a.id = ANY(%s) OR b.id = ANY(%s))", list(subject_ids), list(subject_ids))
        return SQL(
            """
                WITH scanned AS (
                    SELECT lead.id, lead.company_id, lead.email_normalized, lead.email_domain_criterion,
                           lead.similar_phone_keys, lead.similar_company_key, lead.similar_contact_key,
                           partner.commercial_partner_id
                      FROM crm_lead lead
                 LEFT JOIN res_partner partner ON partner.id = lead.partner_id
                     WHERE %(scanned)s
                ),
                keyed AS (
                    SELECT id, company_id, 'email:' || email_normalized AS block FROM scanned
                     WHERE email_normalized IS NOT NULL
                    UNION ALL
                    SELECT id, company_id, 'domain:' || email_domain_criterion FROM scanned
                     WHERE email_domain_criterion IS NOT NULL
                       AND NOT substr(email_domain_criterion, 2) = ANY(%(providers)s)
                    UNION ALL
                    SELECT id, company_id, 'phone:' || phone_key
                      FROM scanned, unnest(string_to_array(similar_phone_keys, ' ')) AS phone_key
                     WHERE similar_phone_keys IS NOT NULL
                    UNION ALL
                    SELECT id, company_id, 'partner:' || commercial_partner_id FROM scanned
                     WHERE commercial_partner_id IS NOT NULL
                    UNION ALL
                    SELECT id, company_id, 'company:' || similar_company_key FROM scanned
                     WHERE similar_company_key IS NOT NULL
                ),
                kept AS (
                    SELECT block FROM keyed GROUP BY block
                    HAVING count(*) BETWEEN 2 AND (
                        CASE WHEN starts_with(block, 'domain:') THEN %(domain_limit)s ELSE %(limit)s END
                    )
                ),
                words AS (
                    SELECT scanned.id, scanned.company_id,
                           crm_lead_spelling_key(scanned.similar_company_key) AS key, token
                      FROM scanned, crm_lead_company_tokens(scanned.similar_company_key) AS token
                     WHERE scanned.similar_company_key IS NOT NULL
                ),
                word_blocks AS (
                    SELECT token FROM words GROUP BY token
                    HAVING count(*) BETWEEN 2
                                       AND (CASE WHEN %(pair_block)s THEN %(pair_limit)s ELSE %(limit)s END)
                ),
                contact_blocks AS (
                    SELECT similar_contact_key FROM scanned WHERE similar_contact_key IS NOT NULL
                    GROUP BY similar_contact_key HAVING count(*) BETWEEN 2 AND %(contact_limit)s
                ),
                mailboxes AS (
                    SELECT id, company_id, email_normalized, %(mailbox)s AS mailbox FROM scanned
                     WHERE email_normalized IS NOT NULL AND length(%(mailbox)s) >= %(mailbox_min_length)s
                ),
                mailbox_blocks AS (
                    SELECT mailbox FROM mailboxes GROUP BY mailbox HAVING count(*) BETWEEN 2 AND %(limit)s
                ),
                spelling AS (
                    SELECT id, company_id, spelled FROM (
                        SELECT id, company_id, similar_company_key, email_domain_criterion,
                               %(spelled)s AS spelled
                          FROM scanned WHERE %(domain_where)s
                    ) AS domain
                     WHERE %(spells)s
                    UNION ALL
                    SELECT id, company_id, spelled
                      FROM scanned, unnest(%(mailbox_spellings)s) AS spelled
                     WHERE %(by_mailbox)s
                ),
                spelled_blocks AS (
                    SELECT replace(similar_company_key, ' ', '') AS spelled FROM scanned
                     WHERE replace(similar_company_key, ' ', '') IN (SELECT spelled FROM spelling)
                  GROUP BY 1 HAVING count(*) <= %(limit)s
                )
                SELECT a.id, b.id
                  FROM keyed a
                  JOIN kept USING (block)
                  JOIN keyed b ON b.block = a.block AND b.id > a.id
                 WHERE %(same_company)s AND %(of_subjects)s
                UNION
                SELECT a.id, b.id
                  FROM words a
                  JOIN word_blocks USING (token)
                  JOIN words b ON b.token = a.token AND b.id > a.id
                 WHERE %(same_company)s AND %(of_subjects)s
                   AND similarity(a.key, b.key) >= %(similarity)s
                UNION
                SELECT a.id, b.id
                  FROM scanned a
                  JOIN contact_blocks USING (similar_contact_key)
                  JOIN scanned b ON b.similar_contact_key = a.similar_contact_key AND b.id > a.id
                 WHERE %(same_company)s AND %(of_subjects)s AND (%(same_person)s OR %(person_phones)s)
                UNION
                SELECT a.id, b.id
                  FROM mailboxes a
                  JOIN mailbox_blocks USING (mailbox)
                  JOIN mailboxes b ON b.mailbox = a.mailbox AND b.id > a.id
                 WHERE %(same_company)s AND %(of_subjects)s AND %(other_address)s
                UNION
                SELECT LEAST(a.id, b.id), GREATEST(a.id, b.id)
                  FROM spelling a
                  JOIN spelled_blocks USING (spelled)
                  JOIN scanned b ON replace(b.similar_company_key, ' ', '') = a.spelled
                 WHERE %(same_company)s AND %(of_subjects)s
                """,
            scanned=SCANNED,
            providers=sorted(MAIL_PROVIDERS),
            mailbox=MAILBOX,
            mailbox_min_length=similarity.MAILBOX_MIN_LENGTH,
            other_address=other_address_condition("a", "b"),
            domain_limit=EMAIL_DOMAIN_RELEVANCE_LIMIT,
            limit=BLOCK_LIMIT,
            pair_limit=PAIR_BLOCK_LIMIT,
            pair_block=is_pair_block(SQL.identifier("token")),
            same_company=same_company,
            similarity=COMPANY_PAIR_SIMILARITY,
            of_subjects=of_subjects,
            contact_limit=CONTACT_KEY_LEADS,
            same_person=same_person_condition("a", "b"),
            person_phones=person_phones_condition("a", "b"),
            spelled=domain_spelling(SQL.identifier("email_domain_criterion")),
            domain_where=domain_spelling_where(SQL.identifier("email_domain_criterion")),
            spells=spells_another_name(
                SQL.identifier("similar_company_key"),
                SQL.identifier("email_domain_criterion"),
                SQL.identifier("spelled"),
            ),
            mailbox_spellings=mailbox_spellings(mailbox_letters(SQL.identifier("email_normalized"))),
            # the learned providers' mailboxes too, as the core compares them
            by_mailbox=spells_by_mailbox(
                SQL.identifier("email_normalized"),
                SQL.identifier("similar_company_key"),
                SQL.identifier("similar_contact_key"),
                sorted(self.env["crm.lead"]._similar_providers()[0]),
            ),
        )

    @api.model
    def _scan_flush_keys(self):
        """Write pending changes of what candidate pairs are found by, to read it in SQL."""
        self.env["crm.lead"].flush_model(SCAN_KEY_FIELDS)
        self.env["res.partner"].flush_model(["commercial_partner_id"])

    @api.model
    def _scan_subject_pairs(self, subject_ids):
        """Return the pairs ``(left id, right id)``, left < right, of ``subject_ids`` to score, as
        ``_scan_candidate_pairs`` finds them, but looked up lead by lead in the indexes: a scan of the leads
        changed since the last one then reads a few thousand index entries, not the whole table. A key shared
        by more than ``BLOCK_LIMIT`` records (``EMAIL_DOMAIN_RELEVANCE_LIMIT`` for a domain,
        ``PAIR_BLOCK_LIMIT`` for a block of two words of a company name in a row) is left out, as
        the whole-table join leaves out such a block; company names are looked up by their blocks in the
        table of blocks (``crm_lead_company_token``), as alike as the whole-table join asks, a block's leads
        counted as the join counts them: the scanned ones."""
        self._scan_flush_keys()
        # the changed leads wait in the indexes' pending lists, which every lookup would read again
        self.env["crm.lead"]._similar_clean_index_pending_lists()
        other_scanned = scanned("other")
        subject_key, other_key = (
            SQL.identifier(alias, "similar_company_key") for alias in ("subject", "other")
        )
        subject_criterion, other_criterion = (
            SQL.identifier(alias, "email_domain_criterion") for alias in ("subject", "other")
        )
        subject_spelled, other_spelled = map(domain_spelling, (subject_criterion, other_criterion))
        # the public mail providers with the learned ones, for the mailboxes named after a company, as the
        # core compares them
        providers = sorted(self.env["crm.lead"]._similar_providers()[0])

        def shared(condition, limit):
            # the leads sharing a key with the subject, none if more than ``limit`` do
            return SQL(
                """(SELECT other.id FROM crm_lead other
                     WHERE %(condition)s AND %(scanned)s
                       AND (SELECT count(*) FROM (SELECT FROM crm_lead other
                                                   WHERE %(condition)s AND %(scanned)s
                                                   LIMIT %(over)s) AS sharing) <= %(limit)s)""",
                condition=condition,
                scanned=other_scanned,
                over=limit + 1,
                limit=limit,
            )

        def spelling_subject(condition):
            # the leads whose address spells the subject's company name, none if more than BLOCK_LIMIT
            # scanned leads hold that name
            return SQL(
                """(SELECT other.id FROM crm_lead other
                     WHERE %(condition)s AND %(scanned)s
                       AND (SELECT count(*) FROM (SELECT FROM crm_lead holding
                                                   WHERE holding.similar_company_key IS NOT NULL
                                                     AND replace(holding.similar_company_key, ' ', '')
                                                         = replace(subject.similar_company_key, ' ', '')
                                                     AND %(holding_scanned)s
                                                   LIMIT %(over)s) AS holding) <= %(limit)s)""",
                condition=condition,
                scanned=other_scanned,
                holding_scanned=scanned("holding"),
                over=BLOCK_LIMIT + 1,
                limit=BLOCK_LIMIT,
            )

        lookups = SQL(" UNION ").join(
            [
                shared(SQL("other.email_normalized = subject.email_normalized"), BLOCK_LIMIT),
                shared(
                    SQL(
                        """other.email_domain_criterion = subject.email_domain_criterion
                           AND NOT substr(subject.email_domain_criterion, 2) = ANY(%s)""",
                        sorted(MAIL_PROVIDERS),
                    ),
                    EMAIL_DOMAIN_RELEVANCE_LIMIT,
                ),
                # one mailbox name at other domains, for a domain mistyped (similarity._mistyped_domain),
                # unless more than BLOCK_LIMIT scanned leads hold that mailbox name
                SQL(
                    """(SELECT other.id FROM crm_lead other
                         WHERE other.email_normalized IS NOT NULL AND %(mailbox_of)s = %(subject_mailbox)s
                           AND length(%(subject_mailbox)s) >= %(min_length)s AND %(other_address)s
                           AND %(scanned)s
                           AND (SELECT count(*) FROM (SELECT FROM crm_lead holding
                                                       WHERE holding.email_normalized IS NOT NULL
                                                         AND %(holding_mailbox)s = %(subject_mailbox)s
                                                         AND %(holding_scanned)s
                                                       LIMIT %(over)s) AS holding) <= %(limit)s)""",
                    mailbox_of=mailbox_of(SQL.identifier("other", "email_normalized")),
                    subject_mailbox=mailbox_of(SQL.identifier("subject", "email_normalized")),
                    holding_mailbox=mailbox_of(SQL.identifier("holding", "email_normalized")),
                    min_length=similarity.MAILBOX_MIN_LENGTH,
                    other_address=other_address_condition("subject", "other"),
                    scanned=other_scanned,
                    holding_scanned=scanned("holding"),
                    over=BLOCK_LIMIT + 1,
                    limit=BLOCK_LIMIT,
                ),
                # number by number, each its own block as in the whole-table join: a switchboard shared by
                # more than BLOCK_LIMIT leads leaves out that number only, not the subject's mobile
                SQL(
                    """(SELECT per_number.id
                          FROM unnest(string_to_array(subject.similar_phone_keys, ' ')) AS subject_phone(key),
                               LATERAL %s AS per_number)""",
                    shared(
                        SQL(
                            """other.similar_phone_keys IS NOT NULL
                               AND string_to_array(other.similar_phone_keys, ' ')
                                   && ARRAY[subject_phone.key]"""
                        ),
                        BLOCK_LIMIT,
                    ),
                ),
                shared(
                    SQL(
                        """other.partner_id IN (
                               SELECT id FROM res_partner
                                WHERE commercial_partner_id = subject.commercial_partner_id)"""
                    ),
                    BLOCK_LIMIT,
                ),
                shared(SQL("other.similar_company_key = subject.similar_company_key"), BLOCK_LIMIT),
                # the leads sharing a block of company names (as the whole-table join finds them), from the
                # table of blocks; a block of more than BLOCK_LIMIT scanned leads (PAIR_BLOCK_LIMIT of two
                # words in a row) is left out
                SQL(
                    """(SELECT other.id
                          FROM crm_lead_company_token mine
                          JOIN crm_lead_company_token shared ON shared.token = mine.token
                          JOIN crm_lead other ON other.id = shared.lead_id
                         WHERE mine.lead_id = subject.id AND %(scanned)s
                           AND (SELECT count(*) FROM (SELECT FROM crm_lead_company_token sharing
                                                       JOIN crm_lead sharing_lead
                                                         ON sharing_lead.id = sharing.lead_id
                                                      WHERE sharing.token = mine.token
                                                        AND %(sharing_scanned)s
                                                      LIMIT CASE WHEN %(pair_block)s THEN %(pair_over)s
                                                                 ELSE %(over)s END) AS block)
                               <= CASE WHEN %(pair_block)s THEN %(pair_limit)s ELSE %(limit)s END
                           AND similarity(crm_lead_spelling_key(other.similar_company_key),
                                          crm_lead_spelling_key(subject.similar_company_key))
                               >= %(similarity)s)""",
                    scanned=other_scanned,
                    sharing_scanned=scanned("sharing_lead"),
                    over=BLOCK_LIMIT + 1,
                    limit=BLOCK_LIMIT,
                    pair_block=is_pair_block(SQL.identifier("mine", "token")),
                    pair_over=PAIR_BLOCK_LIMIT + 1,
                    pair_limit=PAIR_BLOCK_LIMIT,
                    similarity=COMPANY_PAIR_SIMILARITY,
                ),
                # the leads whose company name the subject's company email domain spells, their words
                # written together, unless more than BLOCK_LIMIT scanned leads hold that name
                shared(
                    SQL(
                        """%s AND other.similar_company_key IS NOT NULL
                           AND replace(other.similar_company_key, ' ', '') = %s""",
                        spells_another_name(subject_key, subject_criterion, subject_spelled),
                        subject_spelled,
                    ),
                    BLOCK_LIMIT,
                ),
                # and the other way round, the leads writing from a company domain that spells the subject's
                # name (in the index of the names domains spell), unless more than BLOCK_LIMIT scanned leads
                # hold that name
                spelling_subject(
                    SQL(
                        "%s AND %s = replace(subject.similar_company_key, ' ', '')",
                        spells_another_name(other_key, other_criterion, other_spelled),
                        other_spelled,
                    )
                ),
                # a subject without company name writing from a mailbox at a public provider named after a
                # company: the leads of that name, unless more than BLOCK_LIMIT scanned leads hold it
                shared(
                    SQL(
                        """%s AND other.similar_company_key IS NOT NULL
                           AND replace(other.similar_company_key, ' ', '') = ANY(%s)""",
                        spells_by_mailbox(
                            SQL.identifier("subject", "email_normalized"),
                            subject_key,
                            SQL.identifier("subject", "similar_contact_key"),
                            providers,
                        ),
                        mailbox_spellings(mailbox_letters(SQL.identifier("subject", "email_normalized"))),
                    ),
                    BLOCK_LIMIT,
                ),
                # and the other way round, the leads without company name writing from a mailbox named
                # after the subject's company (in the index of the letters of their mailbox names), unless
                # more than BLOCK_LIMIT scanned leads hold that name
                spelling_subject(
                    SQL(
                        "%s = ANY(%s) AND %s",
                        mailbox_letters(SQL.identifier("other", "email_normalized")),
                        spelling_mailboxes(SQL("replace(subject.similar_company_key, ' ', '')")),
                        spells_by_mailbox(
                            SQL.identifier("other", "email_normalized"),
                            other_key,
                            SQL.identifier("other", "similar_contact_key"),
                            providers,
                        ),
                    )
                ),
                # the leads naming the same person under a name a little alike, or with numbers where one
                # of the two has no company name, unless more than CONTACT_KEY_LEADS scanned leads name that
                # person
                SQL(
                    """(SELECT other.id FROM crm_lead other
                         WHERE other.similar_contact_key = subject.similar_contact_key AND %(scanned)s
                           AND (%(same_person)s OR %(person_phones)s)
                           AND (SELECT count(*) FROM (SELECT FROM crm_lead holding
                                                       WHERE holding.similar_contact_key
                                                             = subject.similar_contact_key
                                                         AND %(holding_scanned)s
                                                       LIMIT %(over)s) AS sharing) <= %(limit)s)""",
                    scanned=other_scanned,
                    same_person=same_person_condition("subject", "other"),
                    person_phones=person_phones_condition("subject", "other"),
                    holding_scanned=scanned("holding"),
                    over=CONTACT_KEY_LEADS + 1,
                    limit=CONTACT_KEY_LEADS,
                ),
            ]
        )
        # JIT compilation off for this query only: the planner's cost of a thousand lookups calls for it, and
        # compiling took seconds for lookups of milliseconds. The company of each lead found is read by its id
        # (OFFSET 0 keeps the subquery apart): joined, the planner expected thousands of leads found per
        # subject and read the whole table for each (200,000 held-out leads: 26 ms a subject instead of 2).
        rows = self.env["crm.lead"]._similar_fetch_with_settings(
            SQL(
                """SELECT DISTINCT LEAST(subject.id, found.id), GREATEST(subject.id, found.id)
                     FROM (SELECT lead.id, lead.company_id, lead.email_normalized,
                                  lead.email_domain_criterion, lead.similar_phone_keys,
                                  lead.similar_company_key, lead.similar_contact_key,
                                  partner.commercial_partner_id
                             FROM crm_lead lead
                        LEFT JOIN res_partner partner ON partner.id = lead.partner_id
                            WHERE lead.id = ANY(%s) AND %s) AS subject
                    CROSS JOIN LATERAL (%s) AS found
                    CROSS JOIN LATERAL (SELECT company_id FROM crm_lead WHERE crm_lead.id = found.id
                                        OFFSET 0) AS found_lead
                    WHERE found.id != subject.id
                      AND (subject.company_id IS NULL OR found_lead.company_id IS NULL
                           OR subject.company_id = found_lead.company_id)""",
                list(subject_ids),
                SCANNED,
                lookups,
            ),
            {"jit": "off"},
        )
        return sorted(rows)

    @api.model
    def _scan_companies(self, lead_ids):
        """Return ``{lead id: company id or None}``."""
        if not lead_ids:
            return {}
        self.env.cr.execute(SQL("SELECT id, company_id FROM crm_lead WHERE id = ANY(%s)", lead_ids))
        return dict(self.env.cr.fetchall())
