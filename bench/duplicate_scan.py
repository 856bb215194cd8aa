"""Measure the whole-CRM duplicate scan (``crm.lead.duplicate.group._scan_all``) in one benchmark database.

Usage, with Odoo's Python, on an addon database filled by ``run.py --keep`` (``bench_addon_<N>`` or
``bench_addon_heldout_<N>``)::

    $(tools/setup-odoo --find) bench/duplicate_scan.py --database bench_addon_heldout_20000 [--json out.json]

The scan runs once, in one transaction that is rolled back afterwards (the database stays as it was). Time:
wall clock of ``_scan_all`` with its phases (candidate pairs, keys, scoring, grouping, writing; with
``--scheduled``, the scan's start too, where a first scan finds every candidate pair), and the peak memory
of the process (``ru_maxrss``). Quality, pairwise as record-linkage tools count it: every pair of records in
one group is a predicted pair; the truth is every pair of leads of one ``prospect_id`` among the leads the
scan looks at (open, not won); precision = TP / (TP + FP), recall = TP / (TP + FN).

With ``--why``, the wrong and the missed pairs are also counted by how the scan came to them (see ``why``),
with examples of wrong ones.

With ``--commit`` the scan is kept, and two more measures can follow (``duplicates_run.py`` runs them all):

- ``--incremental N``: N leads chosen at random (seeded) are changed through the ORM (a word added to their
  company name) and committed, then the scheduled scan runs as Odoo's scheduler would run it, batch after
  batch (``_cron_scan``, a commit each) until it has made its groups: its wall clock. Before the full scan,
  every lead's ``write_date`` is set back a day, as in a database whose leads were not all written in the
  last minutes (the scheduled scan looks at what changed since the last scan started, less ten minutes).
- ``--scheduled``: the scan is the scheduled action's first run instead of ``_scan_all``: batch after batch
  (``_cron_scan``, a commit each, as Odoo's scheduler runs it) until it has made its groups, as on a
  database scanned for the first time; its wall clock, the number of runs, the longest run, and the longest go
  of runs, wall clock and CPU time: Odoo's scheduler runs up to ten runs of a scheduled action in one go,
  under one time limit (``--limit-time-real-cron`` on the wall clock, ``--limit-time-cpu`` on the CPU time of
  the worker, 60 s unless set). It commits: the database keeps the scan.
- ``--bulk-merge N``: *Merge* on the N surest groups to review, as a manager selects them in the list, then
  the background merge run by run (``_cron_merge``, a commit each) until none waits: its wall clock, and
  how many groups were merged.
- ``--bulk-undo`` (with ``--bulk-merge``): then *Undo Merge* on the groups merged, the same way: its wall
  clock, how many groups are to review again and how many records are back.
"""

import argparse
import collections
import json
import random
import resource
import sys
import time
from itertools import combinations

from benchlib import open_registry

from odoo import SUPERUSER_ID, api

from odoo.addons.base.models.ir_cron import MAX_BATCH_PER_CRON_JOB


class PhaseTimer:
    """Times the calls of some methods of the duplicate group model, by name."""

    def __init__(self, model_class, names):
        self.totals = collections.Counter()
        for name in names:
            # a method of another version of the module may be missing: nothing to time
            if hasattr(model_class, name):
                self.wrap(model_class, name)

    def wrap(self, model_class, name):
        original = getattr(model_class, name)
        timer = self

        def timed(self, *args, **kwargs):
            started = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                timer.totals[name] += time.perf_counter() - started

        setattr(model_class, name, timed)


def truth_pairs(cr):
    """Return the set of pairs (left < right) of scanned leads of one prospect."""
    cr.execute(
        """SELECT truth.prospect_id, lead.id FROM bench_lead_truth truth
             JOIN crm_lead lead ON lead.id = truth.lead_id
            WHERE lead.active AND lead.merged_into_id IS NULL AND COALESCE(lead.probability, 0) < 100"""
    )
    members = collections.defaultdict(list)
    for prospect_id, lead_id in cr.fetchall():
        members[prospect_id].append(lead_id)
    return {pair for ids in members.values() for pair in combinations(sorted(ids), 2)}


def why(env, predicted, truth, examples_count=30):
    """Count the wrong pairs (in one group, two prospects) and the missed ones (one prospect, in no group
    together) by how the scan came to them, and by the hard-negative kinds (``neg_*`` of ``variant``) of
    their leads:

    - a wrong pair is *matched* when the scan's scoring matched it (a kept pair), *grouped* when only the
      group holds them together (each matched a third), with the evidence between them, in bits, rounded
      down to whole bits (0 also when nothing compares them);
    - a missed pair is *split* when the scoring matched it but the groups keep them apart, *unmatched*
      otherwise.
    """
    from odoo.addons.crm_lead_convert.core import similarity
    from odoo.addons.crm_lead_convert.models.crm_lead_duplicates import MAIL_PROVIDERS

    cr = env.cr
    cr.execute("SELECT left_id, right_id FROM crm_lead_duplicate_pair")
    kept = set(cr.fetchall())
    cr.execute("SELECT lead_id, variant FROM bench_lead_truth")
    variant_of = dict(cr.fetchall())

    def negs(pair):
        kinds = {kind for lead_id in pair for kind in variant_of.get(lead_id, "").split(";")}
        return ",".join(sorted(kind for kind in kinds if kind.startswith("neg_"))) or "other"

    wrong = sorted(predicted - truth)
    missed = sorted(truth - predicted)
    grouped = [pair for pair in wrong if pair not in kept]
    lead_ids = sorted({lead_id for pair in grouped for lead_id in pair})
    groups_model = env["crm.lead.duplicate.group"]
    keys = groups_model._scan_keys(lead_ids)
    frequencies = env["crm.lead"].sudo()._similar_word_frequencies(keys.values())
    wrong_kinds = collections.Counter()
    for pair in wrong:
        if pair in kept:
            wrong_kinds[f"matched {negs(pair)}"] += 1
        else:
            found = similarity.evidence(
                similarity.compare(
                    keys[pair[0]], keys[pair[1]], frequencies=frequencies, providers=MAIL_PROVIDERS
                )
            )
            wrong_kinds[f"grouped evidence {int(found // 1)} {negs(pair)}"] += 1
    missed_kinds = collections.Counter(
        f"{'split' if pair in kept else 'unmatched'} {negs(pair)}" for pair in missed
    )
    examples = random.Random(42).sample(wrong, min(examples_count, len(wrong)))
    cr.execute(
        """SELECT id, concat_ws(' | ', partner_name, contact_name, email_from, phone, mobile)
             FROM crm_lead WHERE id = ANY(%s)""",
        [sorted({lead_id for pair in examples for lead_id in pair})],
    )
    text_of = dict(cr.fetchall())
    return {
        "wrong": dict(wrong_kinds.most_common()),
        "missed": dict(missed_kinds.most_common()),
        "wrong_examples": [
            [("matched " if pair in kept else "grouped ") + negs(pair), text_of[pair[0]], text_of[pair[1]]]
            for pair in examples
        ],
    }


def join_weights(env, truth, weights):
    """Make the groups again from the pairs the scan kept, in memory, with each of ``weights`` as
    ``duplicate_groups.CLEARLY_DIFFERENT_WEIGHT``, and return the pairwise precision and recall of each, by
    weight (companies and marks as the scan has them)."""
    from unittest.mock import patch

    from odoo.addons.crm_lead_convert.core import duplicate_groups
    from odoo.addons.crm_lead_convert.models.crm_lead_duplicate_scan import SCANNED

    groups_model = env["crm.lead.duplicate.group"]
    kept = env["crm.lead.duplicate.pair"]._kept(SCANNED)
    lead_ids = sorted({lead_id for row in kept for lead_id in row[:2]})
    keys = groups_model._scan_keys(lead_ids)
    frequencies = env["crm.lead"].sudo()._similar_word_frequencies(keys.values())
    company_of = groups_model._scan_companies(lead_ids)
    pairs = [duplicate_groups.Pair(*row) for row in kept]
    measured = {}
    for weight in weights:
        with patch.object(duplicate_groups, "CLEARLY_DIFFERENT_WEIGHT", weight):
            groups = groups_model._scan_group(pairs, keys, frequencies, company_of)
        predicted = {pair for group in groups for pair in combinations(group.ids, 2)}
        tp, fp, fn = len(predicted & truth), len(predicted - truth), len(truth - predicted)
        measured[str(weight)] = {
            "true_positives": tp,
            "false_positives": fp,
            "false_negatives": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        }
    return measured


def run_to_end(env, cron_xmlid, model, method, durations=None, goes=None):
    """Run ``model.method()`` as Odoo's scheduler runs the scheduled action ``cron_xmlid``: again while it
    reports work remaining (``ir.cron._notify_progress``) or triggers itself, a commit after each run;
    return the number of runs. The wall clock of each run is appended to ``durations``, when given; to
    ``goes``, ``(wall clock, CPU time of this process)`` of each go of runs, as Odoo's scheduler runs them
    (``ir.cron._run_job``: up to ``MAX_BATCH_PER_CRON_JOB`` runs while work remains), under one time limit:
    ``limit_time_real_cron`` on the wall clock, ``limit_time_cpu`` on the worker's CPU time."""
    cron = env.ref(cron_xmlid)
    triggers = env["ir.cron.trigger"]
    runs = 0
    in_go = 0
    while True:
        triggers.search([("cron_id", "=", cron.id)]).unlink()
        started, cpu_started = time.perf_counter(), time.process_time()
        progress = env["ir.cron.progress"].create({"cron_id": cron.id})
        getattr(model.with_context(ir_cron_progress_id=progress.id), method)()
        env.cr.commit()
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        if durations is not None:
            durations.append(wall)
        if goes is not None:
            if not in_go:
                goes.append((0.0, 0.0))
            goes[-1] = (goes[-1][0] + wall, goes[-1][1] + cpu)
            in_go = 0 if not progress.remaining or in_go + 1 == MAX_BATCH_PER_CRON_JOB else in_go + 1
        runs += 1
        if not progress.remaining and not triggers.search_count([("cron_id", "=", cron.id)]):
            return runs


def first_scheduled_scan(env):
    """Run the scheduled scan as its first run on this database (no scan before it): batch after batch,
    each committed, until nothing remains; return the groups to review it made and its measures."""
    params = env["ir.config_parameter"].sudo()
    for name in (
        "crm_lead_convert.duplicate_scan_last",
        "crm_lead_convert.duplicate_scan_started",
        "crm_lead_convert.duplicate_scan_done_id",
        "crm_lead_convert.duplicate_scan_scored",
        "crm_lead_convert.duplicate_scan_grouped",
    ):
        params.set_param(name, "")
    env.cr.commit()
    groups_model = env["crm.lead.duplicate.group"]
    durations = []
    goes = []
    runs = run_to_end(
        env, "crm_lead_convert.ir_cron_crm_lead_duplicate_scan", groups_model, "_cron_scan", durations, goes
    )
    groups = groups_model.search([("state", "=", "to_review")])
    return groups, {
        "cron_runs": runs,
        "longest_run_s": round(max(durations), 1),
        "cron_goes": len(goes),
        "longest_go_s": round(max(wall for wall, _cpu in goes), 1),
        "longest_go_cpu_s": round(max(cpu for _wall, cpu in goes), 1),
        "goes_wall_cpu_s": [[round(wall, 1), round(cpu, 1)] for wall, cpu in goes],
    }


def incremental_scan(env, count):
    """Change ``count`` random leads through the ORM, commit; run the scheduled scan to its end, each batch
    committed; return its measures."""
    cr = env.cr
    cr.execute("SELECT id FROM crm_lead WHERE active ORDER BY id")
    lead_ids = random.Random(7).sample([row[0] for row in cr.fetchall()], count)
    for lead in env["crm.lead"].browse(lead_ids):
        lead.partner_name = f"{lead.partner_name or lead.contact_name or 'Lead'} Baru"
    cr.commit()
    groups_model = env["crm.lead.duplicate.group"]
    started = time.perf_counter()
    runs = run_to_end(env, "crm_lead_convert.ir_cron_crm_lead_duplicate_scan", groups_model, "_cron_scan")
    return {"changed_leads": count, "scan_s": round(time.perf_counter() - started, 1), "cron_runs": runs}


def bulk_undo(env, groups):
    """*Undo Merge* on the merged ``groups``, then the background undo run after run, each committed,
    until none waits; return its measures."""
    groups_model = env["crm.lead.duplicate.group"]
    groups = groups.filtered(lambda group: group.state == "merged")
    merged_away = groups.lead_ids.filtered("merged_into_id")
    started = time.perf_counter()
    groups.with_user(env.ref("base.user_admin")).action_undo_merge()
    env.cr.commit()
    runs = run_to_end(
        env, "crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge", groups_model, "_cron_merge"
    )
    elapsed = time.perf_counter() - started
    groups.invalidate_recordset()
    merged_away.invalidate_recordset()
    return {
        "groups": len(groups),
        "to_review_again": len(groups.filtered(lambda group: group.state == "to_review")),
        "left_merged": len(groups.filtered(lambda group: group.state == "merged")),
        "records_back": len(merged_away.filtered(lambda lead: not lead.merged_into_id and lead.active)),
        "undo_s": round(elapsed, 1),
        "cron_runs": runs,
    }


def bulk_merge(env, count):
    """*Merge* on the ``count`` surest groups to review, then the background merge run after run, each
    committed, until none waits; return its measures and the groups."""
    groups_model = env["crm.lead.duplicate.group"]
    admin = env.ref("base.user_admin")
    groups = groups_model.search([("state", "=", "to_review")], limit=count)
    started = time.perf_counter()
    groups.with_user(admin).action_merge()
    env.cr.commit()
    runs = run_to_end(
        env, "crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge", groups_model, "_cron_merge"
    )
    elapsed = time.perf_counter() - started
    groups.invalidate_recordset()
    return {
        "groups": len(groups),
        "merged": len(groups.filtered(lambda group: group.state == "merged")),
        "left_to_review": len(groups.filtered(lambda group: group.state == "to_review")),
        "records_merged_away": len(groups.lead_ids.filtered("merged_into_id")),
        "merge_s": round(elapsed, 1),
        "cron_runs": runs,
    }, groups


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--addons-path")
    parser.add_argument("--json", help="write the measurements to this file")
    parser.add_argument("--commit", action="store_true", help="keep the scan (needed by the next two)")
    parser.add_argument(
        "--incremental", type=int, metavar="N", help="change N leads, time the scheduled scan"
    )
    parser.add_argument("--bulk-merge", type=int, metavar="N", help="merge the N surest groups, time it")
    parser.add_argument("--bulk-undo", action="store_true", help="then undo those merges, time it")
    parser.add_argument(
        "--scheduled",
        action="store_true",
        help="scan with the scheduled action, batch after batch, each committed, instead of _scan_all",
    )
    parser.add_argument(
        "--why",
        action="store_true",
        help="count the wrong and the missed pairs by how the scan came to them (see why())",
    )
    parser.add_argument(
        "--join-weights",
        type=lambda text: [float(value) for value in text.split(",")],
        help="comma-separated evidence weights, given with '=' (--join-weights=-4,-5): make the groups "
        "again from the scan's pairs with each as the weight at or below which two records are clearly two "
        "prospects, and measure them",
    )
    args = parser.parse_args(argv)
    registry = open_registry(args.database, args.addons_path)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        groups_model = env["crm.lead.duplicate.group"]
        extra = {}
        timer = PhaseTimer(
            type(groups_model),
            (
                "_scan_begin",
                "_scan_candidate_pairs",
                "_scan_keys",
                "_scan_score",
                "_scan_regroup",
                "_scan_ungrouped",
                "_scan_group",
                "_scan_write",
            ),
        )
        cr.execute("SELECT count(*) FROM crm_lead")
        leads = cr.fetchone()[0]
        started = time.perf_counter()
        if args.scheduled:
            groups, extra["scheduled"] = first_scheduled_scan(env)
        else:
            groups = groups_model._scan_all()
        elapsed = time.perf_counter() - started
        peak_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        phases = {name: round(seconds, 1) for name, seconds in timer.totals.items()}
        predicted = {pair for group in groups for pair in combinations(sorted(group.lead_ids.ids), 2)}
        truth = truth_pairs(cr)
        if args.why:
            extra["why"] = why(env, predicted, truth)
        if args.join_weights:
            extra["join_weights"] = join_weights(env, truth, args.join_weights)
        if args.commit or args.scheduled:
            cr.commit()
            if args.incremental:
                extra["incremental"] = incremental_scan(env, args.incremental)
            if args.bulk_merge:
                extra["bulk_merge"], merged = bulk_merge(env, args.bulk_merge)
                if args.bulk_undo:
                    extra["bulk_undo"] = bulk_undo(env, merged)
        else:
            cr.rollback()
    tp, fp, fn = len(predicted & truth), len(predicted - truth), len(truth - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    result = {
        "database": args.database,
        "leads": leads,
        "scan_s": round(elapsed, 1),
        "phases_s": phases,
        "peak_memory_mb": peak_mb,
        "groups": len(groups),
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        **extra,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=2)


if __name__ == "__main__":
    main(sys.argv[1:])
