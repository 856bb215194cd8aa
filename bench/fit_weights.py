"""Estimate the match weights of the Similar Leads core (Fellegi-Sunter m and u) from generated leads.

Usage: ``python3 bench/fit_weights.py --data bench/data/leads_20000.csv [--sample 2000]`` (any Python with
``rapidfuzz``). Run it on ``generate_leads.py``'s data only: ``generate_heldout.py``'s is for reporting.

For each sampled lead, the pairs it forms with its candidates (``core_check.py --blocking``: the leads a
database would fetch) are compared by ``core.similarity.compare``. Each pair falls, for each comparison,
into the level of the reason it gives, named by its code and the weight the core gives it (a company name
that agrees into a bin of its weight), or into "-" if it gives none. For each level the script prints how
many pairs of one prospect and of different prospects fall into it, m and u (the share of each that does)
and log2(m / u), the weight the data suggests. A level never seen among pairs of different prospects has
no finite estimate: the data says only that it is strong, and the core's weight is a decision. The last
line is the prior the data suggests: log2 of the odds of one prospect among these pairs
(``--among-agreeing``: among the pairs with something but the contact name speaking for them, those
``match`` scores). ``--joint`` adds the phone levels given the contact level ("phone|contact"): the core
compares fields as if independent, and a colleague's own number is the commonest case where they are not.
"""

import argparse
import collections
import math
import random
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
import core_check
import generate_leads

from crm_lead_convert.core import similarity

COMPARISONS = {
    "partner": (similarity.SAME_PARTNER,),
    "email": (similarity.SAME_EMAIL, similarity.SAME_EMAIL_DOMAIN, similarity.OTHER_EMAIL_DOMAIN),
    "phone": (similarity.SAME_PHONE, similarity.OTHER_PHONE),
    "company": (similarity.COMPANY_ALIKE, similarity.COMPANY_WORD_ORDER, similarity.OTHER_COMPANY),
    "contact": (similarity.CONTACT_ALIKE, similarity.OTHER_CONTACT),
}


def level(reason):
    """Return the name of the level a reason stands for: its code and weight, a company agreement binned."""
    if reason.code == similarity.COMPANY_ALIKE:
        return f"{reason.code} ~{round(reason.weight):+d}"
    return f"{reason.code} {reason.weight:+.1f}"


def main(argv):
    """Parse the command line, count the levels, print the table; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--among-agreeing", action="store_true", help="only pairs with a reason for")
    parser.add_argument("--joint", action="store_true", help="also the phone levels given the contact level")
    args = parser.parse_args(argv)
    records = {record["row"]: record for record in generate_leads.read(args.data)}
    keys = {row: core_check.lead_key(record) for row, record in records.items()}
    frequencies = core_check.word_frequencies(keys.values())
    index = core_check.candidate_index(keys.values())
    sample = random.Random(args.seed).sample(sorted(records), min(args.sample, len(records)))
    counts = {True: collections.Counter(), False: collections.Counter()}
    pairs = collections.Counter()
    for row in sample:
        key = keys[row]
        candidates = {other.id: other for value in core_check.blocking_values(key) for other in index[value]}
        for other_id, other in candidates.items():
            if other_id == row:
                continue
            reasons = similarity.compare(key, other, frequencies=frequencies)
            agreeing = any(
                reason.weight > 0 and reason.code != similarity.CONTACT_ALIKE for reason in reasons
            )
            if args.among_agreeing and not agreeing:
                continue
            same = records[row]["prospect_id"] == records[other_id]["prospect_id"]
            pairs[same] += 1
            codes = {reason.code: reason for reason in reasons}
            levels = {}
            for comparison, comparison_codes in COMPARISONS.items():
                reason = next((codes[code] for code in comparison_codes if code in codes), None)
                levels[comparison] = level(reason) if reason else "-"
                counts[same][(comparison, levels[comparison])] += 1
            if args.joint:
                contact = levels["contact"].split()[0]
                counts[same][("phone|contact", f"{levels['phone']} | {contact}")] += 1
    print(f"pairs: {pairs[True]} of one prospect, {pairs[False]} of different prospects")
    print(f"{'comparison':<13} {'level':<44} {'one':>7} {'diff':>7} {'m':>7} {'u':>7} {'log2 m/u':>9}")
    for comparison, name in sorted(counts[True].keys() | counts[False].keys()):
        one, different = counts[True][(comparison, name)], counts[False][(comparison, name)]
        m, u = one / (pairs[True] or 1), different / (pairs[False] or 1)
        suggested = f"{math.log2(m / u):+.1f}" if m and u else ("+inf" if m else "-inf")
        print(f"{comparison:<13} {name:<44} {one:>7} {different:>7} {m:>7.4f} {u:>7.4f} {suggested:>9}")
    print(f"prior: log2 odds of one prospect {math.log2((pairs[True] or 1) / (pairs[False] or 1)):+.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
