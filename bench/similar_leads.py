"""Measure the quality and speed of Similar Leads (``crm.lead.duplicate_lead_ids``) in one database.

Usage, with Odoo's Python, on a database filled by ``load_leads.py``::

    $(tools/setup-odoo --find) bench/similar_leads.py --database DB [--sample 1000] [--json out.json]

Whichever implementation the database has installed is measured: stock ``crm``, or ``crm_lead_convert``'s.

Sample: ``--sample`` leads drawn uniformly (seeded by ``--seed``) from all benchmark leads, after
``--warmup`` leads computed first and not counted (they load the registry's caches and warm PostgreSQL).

Speed: for each sampled lead, the whole ORM cache is invalidated, then ``duplicate_lead_ids`` is read on
the lead alone, as the lead's form does; the time of that read (its compute, including reading the lead's
own fields from the database) is one measurement. p50 and p95 are over the sample, in milliseconds.
Computes run as the administrator (not as superuser), as a user clicking would.

Quality: for a sampled lead, *predicted* is ``duplicate_lead_ids`` minus the lead itself; *truth* is every
other lead of the same ``prospect_id`` (from ``bench_lead_truth``). Over the sample, pairs are counted
(micro-average): true positives = predicted and in truth, false positives = predicted and not in truth,
false negatives = in truth and not predicted; precision = TP / (TP + FP), recall = TP / (TP + FN),
F1 = 2PR / (P + R). Misses are also counted by the noise kinds of the two records (``variant``), and false
positives by the hard-negative kind involved, with a few examples of each.

``--candidate-losses`` (the addon only): each sampled lead is also scored by the addon's pure core against
*every* lead of the database (their keys and word counts read as the addon reads them), and the pairs the
core accepts that Similar Leads did not list are counted: true pairs lost by the candidate search (the
database queries), and false pairs it kept out, with examples and the trigram similarity of their company
keys as the search compares them (the letters of their spellings). Much slower (the core compares each
sampled lead with all others): timings are then not comparable.
"""

import argparse
import collections
import json
import random
import statistics
import sys
import time
from pathlib import Path

from benchlib import open_registry

from odoo import SUPERUSER_ID, api

EXAMPLE_FIELDS = ("partner_name", "contact_name", "email_from", "phone", "mobile")
EXAMPLES_KEPT = 8


def read_truth(cr):
    """Return ``(prospect by lead id, variant by lead id, lead ids by prospect)`` of ``bench_lead_truth``."""
    cr.execute("SELECT lead_id, prospect_id, variant FROM bench_lead_truth ORDER BY lead_id")
    prospect_of, variant_of, members = {}, {}, collections.defaultdict(set)
    for lead_id, prospect_id, variant in cr.fetchall():
        prospect_of[lead_id] = prospect_id
        variant_of[lead_id] = variant
        members[prospect_id].add(lead_id)
    return prospect_of, variant_of, members


def implementation(env):
    """Return whose Similar Leads the database runs: ``addon`` (crm_lead_convert installed) or ``stock``."""
    installed = env["ir.module.module"].search_count(
        [("name", "=", "crm_lead_convert"), ("state", "=", "installed")]
    )
    return "addon" if installed else "stock"


def similar_lead_ids(env, lead_id):
    """Compute the lead's Similar Leads afresh; return ``(their ids without the lead, milliseconds)``."""
    env.invalidate_all()
    lead = env["crm.lead"].browse(lead_id)
    started = time.perf_counter()
    found = lead.duplicate_lead_ids.ids
    elapsed = (time.perf_counter() - started) * 1000
    return set(found) - {lead_id}, elapsed


def percentile(values, share):
    """Return the ``share`` (0-1) percentile of ``values``, by linear interpolation."""
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def noise_kinds(variant_of, *lead_ids):
    """Return the noise kinds of the given leads' variants, without ``base``."""
    kinds = set()
    for lead_id in lead_ids:
        kinds.update(kind for kind in variant_of[lead_id].split(";") if kind != "base")
    return kinds or {"base"}


def describe(env, lead_ids):
    """Return the fields that identify a prospect, for the leads of ``lead_ids``, as short texts."""
    leads = env["crm.lead"].browse(lead_ids)
    return [
        " | ".join([*(lead[name] or "" for name in EXAMPLE_FIELDS), lead.country_id.code or "-"])
        for lead in leads
    ]


def measure(env, sample, prospect_of, variant_of, members, found=None):
    """Compute Similar Leads of each sampled lead; return the measurements as a dict. ``found``, if given,
    receives ``{lead id: listed ids}``."""
    timings = []
    counts = collections.Counter()
    missed_by_kind = collections.Counter()
    truth_by_kind = collections.Counter()
    false_by_kind = collections.Counter()
    missed_examples, false_examples = [], []
    for lead_id in sample:
        predicted, elapsed = similar_lead_ids(env, lead_id)
        timings.append(elapsed)
        if found is not None:
            found[lead_id] = predicted
        truth = members[prospect_of[lead_id]] - {lead_id}
        counts["tp"] += len(predicted & truth)
        counts["fp"] += len(predicted - truth)
        counts["fn"] += len(truth - predicted)
        for other in truth:
            kinds = noise_kinds(variant_of, lead_id, other)
            truth_by_kind.update(kinds)
            if other not in predicted:
                missed_by_kind.update(kinds)
                if len(missed_examples) < EXAMPLES_KEPT:
                    missed_examples.append(
                        {
                            "variants": [variant_of[lead_id], variant_of[other]],
                            "leads": describe(env, [lead_id, other]),
                        }
                    )
        for other in predicted - truth:
            kinds = {kind for kind in noise_kinds(variant_of, lead_id, other) if kind.startswith("neg_")}
            false_by_kind.update(kinds or {"other"})
            if len(false_examples) < EXAMPLES_KEPT:
                false_examples.append(
                    {
                        "variants": [variant_of[lead_id], variant_of[other]],
                        "leads": describe(env, [lead_id, other]),
                    }
                )
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "sampled_leads": len(sample),
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "p50_ms": percentile(timings, 0.50),
        "p95_ms": percentile(timings, 0.95),
        "max_ms": max(timings),
        "recall_by_noise": {
            kind: round(1 - missed_by_kind[kind] / truth_by_kind[kind], 3) for kind in sorted(truth_by_kind)
        },
        "pairs_by_noise": dict(sorted(truth_by_kind.items())),
        "false_positives_by_kind": dict(false_by_kind.most_common()),
        "missed_examples": missed_examples,
        "false_positive_examples": false_examples,
    }


def candidate_losses(env, sample, found, prospect_of, members):
    """Return what the candidate search loses: the pairs the core accepts against every lead, minus those
    Similar Leads listed (``found``: ``{lead id: listed ids}``), split into true and false pairs."""
    from odoo.addons.crm_lead_convert.core import similarity
    from odoo.addons.crm_lead_convert.models.crm_lead_duplicates import MAIL_PROVIDERS

    leads = env["crm.lead"]
    keys = leads._similar_saved_keys(sorted(prospect_of))
    frequencies = leads._similar_word_frequencies(keys.values())
    threshold = leads._similar_leads_sensitivity()
    others = list(keys.values())
    counts = collections.Counter()
    examples = []
    for lead_id in sample:
        key = keys[lead_id]
        ranked = similarity.rank(key, others, threshold, frequencies=frequencies, providers=MAIL_PROVIDERS)
        truth = members[prospect_of[lead_id]] - {lead_id}
        for candidate, match in ranked:
            if candidate.id in found[lead_id]:
                continue
            true = candidate.id in truth
            counts["lost_true" if true else "kept_out_false"] += 1
            if true and len(examples) < 3 * EXAMPLES_KEPT:
                env.cr.execute(
                    """SELECT similarity(replace(crm_lead_spelling_key(%s), ' ', ''),
                                         replace(crm_lead_spelling_key(%s), ' ', ''))""",
                    (key.company or "", candidate.company or ""),
                )
                examples.append(
                    {
                        "score": match.score,
                        "trigram": round(env.cr.fetchone()[0], 2),
                        "keys": [
                            [k.company, " ".join(k.phones), k.email, k.email_domain, k.person]
                            for k in (key, candidate)
                        ],
                    }
                )
    return {"candidate_losses": dict(counts), "candidate_loss_examples": examples}


def main(argv):
    """Parse the command line, measure, print and optionally write the result; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the measurements to this file")
    parser.add_argument("--addons-path")
    parser.add_argument("--data-dir")
    parser.add_argument("--candidate-losses", action="store_true", help="score against every lead too")
    args = parser.parse_args(argv)
    registry = open_registry(args.database, args.addons_path, args.data_dir)
    with registry.cursor() as cr:
        prospect_of, variant_of, members = read_truth(cr)
        lead_ids = sorted(prospect_of)
        chosen = random.Random(args.seed).sample(lead_ids, min(len(lead_ids), args.sample + args.warmup))
        warmup, sample = chosen[: args.warmup], chosen[args.warmup :]
        admin_id = api.Environment(cr, SUPERUSER_ID, {}).ref("base.user_admin").id
        env = api.Environment(cr, admin_id, {})
        for lead_id in warmup:
            similar_lead_ids(env, lead_id)
        found = {}
        result = {
            "database": args.database,
            "implementation": implementation(env),
            "leads": len(lead_ids),
            **measure(env, sample, prospect_of, variant_of, members, found),
        }
        if args.candidate_losses:
            result.update(candidate_losses(env, sample, found, prospect_of, members))
        cr.rollback()
    summary = {key: value for key, value in result.items() if not key.endswith("examples")}
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
