"""Measure the whole-CRM duplicate scan (``crm.lead.duplicate.group._scan_all``) in one benchmark database.

Usage, with Odoo's Python, on an addon database filled by ``run.py --keep`` (``bench_addon_<N>`` or
``bench_addon_heldout_<N>``)::

    $(tools/setup-odoo --find) bench/duplicate_scan.py --database bench_addon_heldout_20000 [--json out.json]

The scan runs once, in one transaction that is rolled back afterwards (the database stays as it was). Time:
wall clock of ``_scan_all`` with its phases (candidate pairs, keys, scoring, grouping, writing), and the
peak memory of the process (``ru_maxrss``). Quality, pairwise as record-linkage tools count it: every pair of
records in one group is a predicted pair; the truth is every pair of leads of one ``prospect_id`` among the
leads the scan looks at (open, not won); precision = TP / (TP + FP), recall = TP / (TP + FN).
"""

import argparse
import collections
import json
import resource
import sys
import time
from itertools import combinations

from benchlib import open_registry

from odoo import SUPERUSER_ID, api


class PhaseTimer:
    """Times the calls of some methods of the duplicate group model, by name."""

    def __init__(self, model_class, names):
        self.totals = collections.Counter()
        for name in names:
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


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--addons-path")
    parser.add_argument("--json", help="write the measurements to this file")
    args = parser.parse_args(argv)
    registry = open_registry(args.database, args.addons_path)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        groups_model = env["crm.lead.duplicate.group"]
        timer = PhaseTimer(
            type(groups_model),
            ("_scan_candidate_pairs", "_scan_keys", "_scan_score", "_scan_group", "_scan_write"),
        )
        cr.execute("SELECT count(*) FROM crm_lead")
        leads = cr.fetchone()[0]
        started = time.perf_counter()
        groups = groups_model._scan_all()
        elapsed = time.perf_counter() - started
        predicted = {pair for group in groups for pair in combinations(sorted(group.lead_ids.ids), 2)}
        truth = truth_pairs(cr)
        cr.rollback()
    tp, fp, fn = len(predicted & truth), len(predicted - truth), len(truth - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    result = {
        "database": args.database,
        "leads": leads,
        "scan_s": round(elapsed, 1),
        "phases_s": {name: round(seconds, 1) for name, seconds in timer.totals.items()},
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "groups": len(groups),
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=2)


if __name__ == "__main__":
    main(sys.argv[1:])
