"""Score the addon's pure matching core on generated leads, without Odoo and without candidate search.

Usage: ``python3 bench/core_check.py --data bench/data/leads_20000.csv [--sample 300] [--examples 5]``
(any Python with ``rapidfuzz``).

Each sampled lead is compared with *every* other lead by ``core.similarity.match``, so the result is what
the addon would find if its candidate search (trigram and index queries) missed nothing: comparing it with
``similar_leads.py`` on the addon database tells the losses of the candidate search from those of the
scoring rules. Leads without country have their phones read as Indonesian (the benchmark company's
country, see ``load_leads.py``). Precision, recall and F1 are defined as in ``similar_leads.py``; missed
pairs are counted by noise kind, false pairs by hard-negative kind, with examples of each.
"""

import argparse
import collections
import random
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))
sys.path.insert(0, str(BENCH_DIR))
import conftest  # noqa: F401  (makes crm_lead_convert.core importable without Odoo)
import generate_leads

from crm_lead_convert.core import similarity

COMPANY_COUNTRY = "ID"


def lead_key(record):
    """Return the ``similarity.LeadKey`` of a generated record, as the addon would build it."""
    return similarity.LeadKey.from_values(
        record["row"],
        record["partner_name"],
        record["contact_name"],
        record["phone"],
        record["mobile"],
        record["email_from"],
        record["country_code"] or COMPANY_COUNTRY,
        None,
    )


def short(record):
    """Return the identifying fields of a record on one line."""
    fields = ("partner_name", "contact_name", "email_from", "phone", "mobile", "country_code")
    return " | ".join(str(record[name]) for name in fields)


def main(argv):
    """Parse the command line, score the core, print the result; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args(argv)
    records = {record["row"]: record for record in generate_leads.read(args.data)}
    keys = [lead_key(record) for record in records.values()]
    sample = random.Random(args.seed).sample(sorted(records), min(args.sample, len(records)))
    counts = collections.Counter()
    missed, truth_kinds, false_kinds = collections.Counter(), collections.Counter(), collections.Counter()
    missed_examples, false_examples = [], []
    for row in sample:
        record = records[row]
        found = {candidate.id for candidate, _match in similarity.rank(lead_key(record), keys)}
        truth = {other for other, data in records.items() if data["prospect_id"] == record["prospect_id"]}
        truth.discard(row)
        counts.update(tp=len(found & truth), fp=len(found - truth), fn=len(truth - found))
        for other in truth:
            kinds = set((record["variant"] + ";" + records[other]["variant"]).split(";")) - {"base"}
            truth_kinds.update(kinds)
            if other not in found:
                missed.update(kinds)
                missed_examples.append((short(record), short(records[other])))
        for other in found - truth:
            kinds = {kind for kind in (record["variant"] + ";" + records[other]["variant"]).split(";")}
            false_kinds.update({kind for kind in kinds if kind.startswith("neg_")} or {"other"})
            false_examples.append((short(record), short(records[other])))
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    f1 = 2 * precision * recall / ((precision + recall) or 1)
    print(f"{len(sample)} leads against {len(records)}: {dict(counts)}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(
        "recall by noise:",
        {kind: round(1 - missed[kind] / truth_kinds[kind], 2) for kind in sorted(truth_kinds)},
    )
    print("false positives by kind:", dict(false_kinds))
    for title, examples in (("missed", missed_examples), ("false", false_examples)):
        for left, right in examples[: args.examples]:
            print(f"{title}: {left}\n       {right}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
