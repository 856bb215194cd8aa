"""Score the addon's pure matching core on generated leads, without Odoo and without candidate search.

Usage: ``python3 bench/core_check.py --data bench/data/leads_20000.csv [--sample 300] [--examples 5]
[--blocking]`` (any Python with ``rapidfuzz``); the data of ``generate_leads.py`` or ``generate_heldout.py``.

Each sampled lead is compared with *every* other lead by ``core.similarity.rank``, so the result is what the
addon would find if its candidate search (trigram and index queries) missed nothing: comparing it with
``similar_leads.py`` on the addon database tells the losses of the candidate search from those of the scoring
rules. As the Odoo layer does from its database, the core is given the word frequencies of the whole data set:
for each word of a normalised company name, the number of leads whose name holds it, and the number of leads
with a company name; and the public mail providers Odoo keeps (read from Odoo's source where ``benchlib``
finds it), which the Odoo layer adds to the core's own, and the company domains the leads at them show to be
providers (``similarity.provider_like_domains``, over every lead of each domain: the Odoo layer counts them
every day, reading up to 50 names a domain). Leads without country have their phones read as
Indonesian (the benchmark company's country, see ``load_leads.py``). Precision, recall and F1 are defined as
in ``similar_leads.py``, at the Similar Leads sensitivity ``--threshold`` (the least score of a match, default
the core's); missed pairs are counted by noise kind, false pairs by the hard-negative kind of either prospect
(the kind any of its leads is tagged with), with examples of each.

``--why`` also counts the missed pairs by what their comparison found (the reason codes of
``similarity.compare``; "nothing but the contact" when only a contact name could speak for them), and, over
the whole data set, the pairs of leads without company name with the same contact name, of one prospect and
of two: how far a contact name alone could tell them apart.

``--blocking`` compares a lead only with the leads sharing a phone number, an email address, domain or
mailbox name, a company-name word or its first or last three letters, a company name written together
that the other's email domain, or mailbox name for a lead without company name, spells, or the contact name
of a lead with numbers, as a database would fetch
candidates: much faster on 200,000 leads,
and it loses only pairs the core would reject anyway, unless a typo changes the middle letter of a 5-letter
word that is a name's only word.
"""

import argparse
import collections
import itertools
import random
import re
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))
sys.path.insert(0, str(BENCH_DIR))
import benchlib
import conftest  # noqa: F401  (makes crm_lead_convert.core importable without Odoo)
import generate_leads

from crm_lead_convert.core import normalize, similarity

COMPANY_COUNTRY = "ID"


def odoo_mail_providers():
    """Return the public mail providers Odoo keeps for lead enrichment (``iap_tools._MAIL_PROVIDERS``), which
    the Odoo layer adds to the core's own list, read from Odoo's source where ``benchlib`` finds it; else
    none (the core's list alone: more pairs of strangers at a provider only Odoo knows are then found)."""
    try:
        paths = benchlib.addons_path().split(",")
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    for path in paths:
        source = Path(path) / "iap" / "tools" / "iap_tools.py"
        if source.exists():
            found = re.search(r"_MAIL_PROVIDERS = \{([^}]*)\}", source.read_text(encoding="utf-8"))
            return frozenset(re.findall(r"'([^']+)'", found.group(1))) if found else frozenset()
    return frozenset()


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


def word_frequencies(keys, providers=()):
    """Return the ``similarity.WordFrequencies`` of the company names of ``keys``, as the Odoo layer counts
    them in its database: each word once per lead, over the leads that have a company name; and the pairs
    of leads under one name naming two persons from company domains (``namesakes``)."""
    counts = collections.Counter()
    names = collections.Counter()
    total = 0
    for key in keys:
        if key.company_words:
            total += 1
            counts.update(set(key.company_words))
            names[key.company] += 1
    common = {name: count for name, count in names.items() if count > similarity.COMMON_NAME_LEADS}
    return similarity.WordFrequencies(counts, total, common, namesake_pairs(keys, names, providers))


def namesake_pairs(keys, names, providers=()):
    """Return ``(pairs, from other domains)`` as the Odoo layer counts them (``crm.lead.company.word``):
    pairs of leads under one company key held by 2 to ``COMMON_NAME_LEADS`` leads, each with a contact
    name, no word of it in common, both from a company email domain; of those, the pairs from two domains
    of different names."""
    by_name = collections.defaultdict(list)
    for key in keys:
        if (
            2 <= names.get(key.company, 0) <= similarity.COMMON_NAME_LEADS
            and key.contact
            and key.email_domain
            and not similarity.normalize.is_generic_email_domain(key.email_domain, providers)
        ):
            by_name[key.company].append(key)
    pairs = other = 0
    for holding in by_name.values():
        for left, right in itertools.combinations(holding, 2):
            if set(left.contact.split()).isdisjoint(right.contact.split()):
                pairs += 1
                other += similarity._domain_name(left.email_domain) != similarity._domain_name(
                    right.email_domain
                )
    return pairs, other


def blocking_values(key):
    """Return the values by which ``key`` is fetched as a candidate (see ``--blocking``)."""
    values = {("phone", phone_key) for phone_key in key.phone_keys()}
    if key.email:
        values.add(("email", key.email))
        values.add(("domain", key.email_domain))
        mailbox = key.email.rpartition("@")[0]
        if len(mailbox) >= similarity.MAILBOX_MIN_LENGTH:
            values.add(("mailbox", mailbox))
    for word in key.company_words:
        values.update((("word", word), ("prefix", word[:3]), ("suffix", word[-3:])))
    # the same person, named by two words at least on a lead with numbers (Similar Leads' person criterion)
    if len(key.person_tokens) >= 2 and key.phones:
        values.add(("person", key.contact))
    # a company name written together, and the name a company domain spells (public providers' too: the core
    # tells them apart)
    if key.company:
        values.add(("spelled", key.company.replace(" ", "")))
    if key.email_domain:
        values.add(("spelled", similarity._domain_name(key.email_domain).replace("-", "")))
    # the name a mailbox at a public provider spells, for a lead without company name
    if key.email and not key.company:
        letters = normalize.mailbox_letters(key.email)
        values.update(("spelled", spelled) for spelled in normalize.mailbox_company_spellings(letters))
    return values


def candidate_index(keys):
    """Return ``{blocking value: [keys]}`` of every key."""
    index = collections.defaultdict(list)
    for key in keys:
        for value in blocking_values(key):
            index[value].append(key)
    return index


def short(record):
    """Return the identifying fields of a record on one line."""
    fields = ("partner_name", "contact_name", "email_from", "phone", "mobile", "country_code")
    return " | ".join(str(record[name]) for name in fields)


def why_missed(key, other, frequencies, providers=()):
    """Return what the comparison of two leads found, as the sorted reason codes of ``similarity.compare``,
    or "nothing but the contact" when nothing but the contact name can speak for them."""
    if not similarity._may_agree(key, other, providers):
        return "nothing but the contact"
    reasons = similarity.compare(key, other, frequencies=frequencies, providers=providers)
    return " ".join(sorted(reason.code for reason in reasons))


def same_name_pairs(records, keys):
    """Return ``(one prospect, two prospects)``: the numbers of pairs of leads without company name whose
    contact names are the same (two words or more, no initial), counted over every lead."""
    by_name = collections.defaultdict(list)
    for row, key in keys.items():
        names = key.person_spelling
        if not key.company and len(names) >= 2 and min(map(len, names)) > 1:
            by_name[tuple(sorted(names))].append(records[row]["prospect_id"])
    same = other = 0
    for prospects in by_name.values():
        for one, two in itertools.combinations(prospects, 2):
            if one == two:
                same += 1
            else:
                other += 1
    return same, other


def main(argv):
    """Parse the command line, score the core, print the result; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--examples", type=int, default=5)
    parser.add_argument("--blocking", action="store_true", help="compare with candidates only (see above)")
    parser.add_argument("--threshold", type=int, default=similarity.DEFAULT_THRESHOLD)
    parser.add_argument("--why", action="store_true", help="count missed pairs by reasons (see above)")
    args = parser.parse_args(argv)
    records = {record["row"]: record for record in generate_leads.read(args.data)}
    keys = {row: lead_key(record) for row, record in records.items()}
    providers = odoo_mail_providers()
    print(f"public mail providers: the core's and {len(providers)} of Odoo's")
    frequencies = word_frequencies(keys.values(), providers)
    # the company domains the leads at them show to be public providers, as the Odoo layer finds them (its
    # namesake count, above, takes the lists' providers only)
    learned = similarity.provider_like_domains(keys.values(), providers)
    print(f"company domains taken for providers by their leads: {len(learned)}")
    providers = providers | learned
    index = candidate_index(keys.values()) if args.blocking else None
    members = collections.defaultdict(set)
    negative_kinds = collections.defaultdict(set)
    for row, record in records.items():
        members[record["prospect_id"]].add(row)
        kinds = {kind for kind in record["variant"].split(";") if kind.startswith("neg_")}
        negative_kinds[record["prospect_id"]].update(kinds)
    sample = random.Random(args.seed).sample(sorted(records), min(args.sample, len(records)))
    counts = collections.Counter()
    missed, truth_kinds, false_kinds = collections.Counter(), collections.Counter(), collections.Counter()
    missed_examples, false_examples = [], []
    missed_why = collections.Counter()
    for row in sample:
        record = records[row]
        if index is None:
            candidates = keys.values()
        else:
            candidates = {
                id(key): key for value in blocking_values(keys[row]) for key in index[value]
            }.values()
        ranked = similarity.rank(
            keys[row],
            candidates,
            args.threshold,
            frequencies=frequencies,
            providers=providers,
            learned_providers=learned,
        )
        found = {candidate.id: found_match for candidate, found_match in ranked}
        truth = members[record["prospect_id"]] - {row}
        counts.update(
            tp=len(found.keys() & truth), fp=len(found.keys() - truth), fn=len(truth - found.keys())
        )
        for other in truth:
            kinds = set((record["variant"] + ";" + records[other]["variant"]).split(";")) - {"base"}
            truth_kinds.update(kinds)
            if other not in found:
                missed.update(kinds)
                if args.why:
                    missed_why[why_missed(keys[row], keys[other], frequencies, providers)] += 1
                missed_examples.append((short(record), short(records[other]), ""))
        for other in found.keys() - truth:
            kinds = negative_kinds[record["prospect_id"]] | negative_kinds[records[other]["prospect_id"]]
            false_kinds.update(kinds or {"other"})
            reasons = ", ".join(f"{reason.code} {reason.weight:+.1f}" for reason in found[other].reasons)
            false_examples.append((short(record), short(records[other]), f"{found[other].score}: {reasons}"))
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
    if args.why:
        print("missed pairs by what their comparison found:")
        for why, count in missed_why.most_common():
            print(f"  {count:5d}  {why}")
        same, other = same_name_pairs(records, keys)
        print(
            f"pairs of leads without company name, same contact name: {same} of one prospect, {other} of two"
        )
    for title, examples in (("missed", missed_examples), ("false", false_examples)):
        for left, right, why in examples[: args.examples]:
            print(f"{title}: {left}\n       {right}" + (f"\n       {why}" if why else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
