"""Count, over every pair of leads of one prospect (not a sample), what the core accepts and what Similar
Leads lists, on a database built by ``run.py`` (``--keep``) with the addon installed.

Usage (Odoo's Python)::

    python bench/candidate_losses.py --database bench_addon_heldout_20000 [--json F] [--examples 20]

For each lead of a prospect with several leads, the core (``similarity.rank``, with the database's word
counts and the Similar Leads sensitivity) scores the lead against the other leads of its prospect only, and
``duplicate_lead_ids`` is read as the lead's form reads it (as the administrator). A pair the core accepts
that Similar Leads does not list is a loss of the candidate search (its criteria and their limits); a pair
the core rejects is the scoring's. Pairs are counted both ways (a lead's list, then the other's), as
``similar_leads.py`` counts them over its sample. The losses are split by what could have fetched them: the
same contact key on at most ``CONTACT_KEY_LEADS`` leads (the contact criterion, which takes the likest one),
on more, or another contact; with the trigram similarity of the two names as the index compares them.

What it tells, that a sample cannot: the recall the core allows on the whole data set (accepted / true), and
the exact share the candidate search loses. On the held-out 20,000 it reads every lead's Similar Leads of
about 8,000 leads: a minute or two.
"""

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from benchlib import open_registry

from odoo import SUPERUSER_ID, api


def main(argv):
    """Parse the command line, count, print and optionally write the result; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--addons-path")
    parser.add_argument("--data-dir")
    parser.add_argument("--examples", type=int, default=20)
    parser.add_argument("--json", type=Path, help="write the counts and every lost pair to this file")
    args = parser.parse_args(argv)
    registry = open_registry(args.database, args.addons_path, args.data_dir)
    with registry.cursor() as cr:
        from odoo.addons.crm_lead_convert.core import similarity
        from odoo.addons.crm_lead_convert.models.crm_lead_duplicates import CONTACT_KEY_LEADS, MAIL_PROVIDERS

        admin_id = api.Environment(cr, SUPERUSER_ID, {}).ref("base.user_admin").id
        env = api.Environment(cr, admin_id, {})
        cr.execute("SELECT lead_id, prospect_id FROM bench_lead_truth")
        prospect_of, members = {}, collections.defaultdict(set)
        for lead_id, prospect_id in cr.fetchall():
            prospect_of[lead_id] = prospect_id
            members[prospect_id].add(lead_id)
        several = sorted(lead_id for lead_id, prospect in prospect_of.items() if len(members[prospect]) > 1)
        leads = env["crm.lead"]
        keys = leads._similar_saved_keys(several)
        frequencies = leads._similar_word_frequencies(keys.values())
        threshold = leads._similar_leads_sensitivity()
        started = time.perf_counter()
        true_pairs = accepted = 0
        lost = []
        for lead_id in several:
            others = [keys[other] for other in members[prospect_of[lead_id]] - {lead_id}]
            true_pairs += len(others)
            ranked = similarity.rank(
                keys[lead_id], others, threshold, frequencies=frequencies, providers=MAIL_PROVIDERS
            )
            if not ranked:
                continue
            accepted += len(ranked)
            env.invalidate_all()
            listed = set(leads.browse(lead_id).duplicate_lead_ids.ids)
            lost += [
                (lead_id, candidate.id, match.score)
                for candidate, match in ranked
                if candidate.id not in listed
            ]
        cr.execute(
            """SELECT lead.id, other.id,
                      lead.similar_contact_key = other.similar_contact_key,
                      (SELECT count(*) FROM crm_lead holder
                        WHERE holder.similar_contact_key = lead.similar_contact_key),
                      similarity(replace(crm_lead_spelling_key(lead.similar_company_key), ' ', ''),
                                 replace(crm_lead_spelling_key(other.similar_company_key), ' ', '')),
                      lead.partner_name, other.partner_name, lead.contact_name, other.contact_name
                 FROM unnest(%s::int[], %s::int[]) AS pair(lead_id, other_id)
                 JOIN crm_lead lead ON lead.id = pair.lead_id
                 JOIN crm_lead other ON other.id = pair.other_id""",
            ([lead_id for lead_id, _other, _score in lost], [other for _lead, other, _score in lost]),
        )
        described = {(row[0], row[1]): row[2:] for row in cr.fetchall()}
        kinds = collections.Counter()
        examples = []
        few = f"same contact, on at most {CONTACT_KEY_LEADS} leads"
        for lead_id, other_id, score in lost:
            same, holders, trigram, *names = described[lead_id, other_id]
            if not same:
                kind = "another contact"
            else:
                kind = few if holders <= CONTACT_KEY_LEADS else "same contact, on more leads"
            kinds[kind] += 1
            examples.append({"kind": kind, "score": score, "trigram": round(trigram or 0, 2), "names": names})
        cr.rollback()
    result = {
        "database": args.database,
        "true_pairs": true_pairs,
        "core_accepts": accepted,
        "core_recall": round(accepted / true_pairs, 4) if true_pairs else None,
        "listed": accepted - len(lost),
        "listed_recall": round((accepted - len(lost)) / true_pairs, 4) if true_pairs else None,
        "candidate_losses": dict(kinds),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, indent=1))
    for example in sorted(examples, key=lambda example: example["trigram"])[: args.examples]:
        print(json.dumps(example, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({**result, "lost": examples}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
