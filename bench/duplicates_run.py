"""Build a held-out database of N leads with the addon and measure the whole-CRM duplicate scan on it.

Usage (any Python; Odoo's is found as ``run.py`` finds it)::

    python3 bench/duplicates_run.py --size 1000000 [--seed 42] [--keep] [--set audit]

``--set audit`` (``blind``, ``fresh``) takes the audit set (``generate_audit.py``; the blind set,
``generate_blind.py``; the fifth, ``generate_fresh.py``) instead of the held-out one; its names below then
say ``audit`` (``blind``, ``fresh``) for ``heldout``.

Steps, each timed: generate N held-out leads (``generate_heldout.py``; the file is reused when there), create
``bench_dup_heldout_<N>`` with ``crm``, load the leads with ``copy_leads.py`` (COPY, every stored column as
Odoo computes it), install ``crm_lead_convert`` on them, then ``duplicate_scan.py --commit --incremental
1000 --bulk-merge 1000 --bulk-undo``: the full scan (time, peak memory, pairwise precision and recall), the
scheduled scan after 1,000 leads changed, *Merge* on the 1,000 surest groups, then *Undo Merge* on them.
The measures are printed and written to ``bench/data/duplicates_heldout_<N>.json``. The database is dropped
at the end unless ``--keep``.
Issue 13's targets, on these 2-core machines: full scan of 200,000 leads <= 2 min, of 1,000,000 <= 10 min;
peak memory <= 2 GB; precision >= 0.98, recall >= 0.95; the scan after 1,000 changes in 1,000,000 leads
<= 15 s; merging 1,000 groups <= 5 min.
"""

import argparse
import json
import re
import subprocess
import sys

from benchlib import BENCH_DIR, DATA_DIR, addons_path, odoo_python, run

FILESTORE_DIR = DATA_DIR / "filestore"
ODOO_ARGS = ["--without-demo=all", "--no-http", "--log-level=warn", "--stop-after-init"]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--size", type=int, default=1000000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--changes", type=int, default=1000, help="leads changed before the scheduled scan")
    parser.add_argument("--merges", type=int, default=1000, help="groups merged at once")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--set", choices=("heldout", "audit", "blind", "fresh"), default="heldout", help="the data set"
    )
    args = parser.parse_args(argv)
    paths = addons_path()
    database = f"bench_dup_{args.set}_{args.size}"
    data = DATA_DIR / f"leads_{args.set}_{args.size}_seed{args.seed}.csv"
    python = odoo_python()
    odoo = [python, "-m", "odoo", "--addons-path", paths, "--data-dir", str(FILESTORE_DIR), "-d", database]
    timings = {}
    if not data.exists():
        generator = [sys.executable, str(BENCH_DIR / f"generate_{args.set}.py"), "--count", str(args.size)]
        timings["generate_s"] = run("generate", [*generator, "--seed", str(args.seed), "--out", str(data)])[0]
    subprocess.run(["dropdb", "--if-exists", database], check=True)
    timings["create_s"] = run("create", [*odoo, "-i", "crm", *ODOO_ARGS])[0]
    loader = [python, str(BENCH_DIR / "copy_leads.py"), "--database", database, "--data", str(data)]
    _elapsed, output = run("load", [*loader, "--addons-path", paths])
    timings["load_s"] = float(re.search(r"loaded \d+ leads in ([\d.]+) s", output).group(1))
    timings["install_s"] = run("install", [*odoo, "-i", "crm_lead_convert", *ODOO_ARGS])[0]
    # leads written a day ago, not during the last minutes (see duplicate_scan.py); vacuumed after
    shift = "UPDATE crm_lead SET write_date = write_date - interval '1 day'"
    run("age", ["psql", "-q", "-d", database, "-c", shift])
    run("analyze", ["psql", "-q", "-d", database, "-c", "VACUUM ANALYZE"])
    out = DATA_DIR / f"duplicates_{args.set}_{args.size}.json"
    scan = [
        odoo_python(),
        str(BENCH_DIR / "duplicate_scan.py"),
        "--database",
        database,
        "--addons-path",
        paths,
    ]
    run("measure", [*scan, "--commit", "--incremental", str(args.changes), "--bulk-merge", str(args.merges),
                    "--bulk-undo", "--json", str(out)])  # fmt: skip
    result = {"timings": timings, **json.loads(out.read_text(encoding="utf-8"))}
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    if not args.keep:
        subprocess.run(["dropdb", "--if-exists", database], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
