"""Time the merge of k leads/opportunities, stock crm against crm_lead_convert, and the addon's undo.

Usage::

    python3 bench/merge_bench.py               # both databases, one table (any Python 3)
    python3 bench/merge_bench.py --repeat 5    # more repetitions (default 3)
    $(tools/setup-odoo --find) bench/merge_bench.py --database DB [--json out.json]   # one database

Without ``--database`` (orchestrator, any Python 3; Odoo's Python is the one ``tools/setup-odoo --find``
prints): measures ``bench_stock_20000`` and ``bench_addon_20000`` (kept by
``run.py --keep``) if both exist, else ``bench_merge_stock`` and ``bench_merge_addon``, created first when
missing (``-i crm`` / ``-i crm_lead_convert``, ``--without-demo=all``, no leads). Each database is measured
by a subprocess of Odoo's Python running this script with ``--database``. The side-by-side table goes to
the screen, to ``bench/results/<date>-merge.md`` (with a breakdown by step) and to the "Merge" section of
``bench/README.md``.

With ``--database`` (worker, Odoo's Python): for each k in ``--sizes`` (2, 5, 20, 50) and each repetition,
in a cursor that is rolled back at the end, never committed (the database is left as it was):

1. create k ``crm.lead`` records, leads and opportunities mixed, with different contact data and notes,
   then spread their creation dates over the last year (SQL ``UPDATE``: the ORM sets ``create_date``);
2. post 20 chatter messages on each (``message_post(message_type="comment")``) and create 5 small
   ``ir.attachment`` on each (``res_model="crm.lead"``, ``res_id``); flush, invalidate the cache;
3. time ``leads.merge_opportunity()`` and the ``cr.flush()`` after it (the ORM flush and the precommit
   hooks, which a commit would run: mail tracking, the addon's refresh of the merge's snapshot);
4. addon only: invalidate the cache, time ``survivor.action_undo_merge()`` and ``cr.flush()``.

All of it runs as the superuser (``SUPERUSER_ID``): stock Odoo lets a non-superuser merge at most 5 records
at once (``_merge_opportunity(max_length=5)``), the addon at most 50; the superuser has no limit, so k = 20
and 50 run on stock too. Attachments are written to a temporary ``--data-dir``, removed at the end. One
merge of 2 records, not counted, warms the caches first. Besides the totals, the time of the merge's main
steps (outermost calls of the methods in ``STEPS``) is kept, for the breakdown.
"""

import argparse
import base64
import datetime
import functools
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchlib import (
    BENCH_DIR,
    DATA_DIR,
    REPO_DIR,
    StepFailed,
    addons_path,
    database_exists,
    odoo_python,
    open_registry,
    run,
)

RESULTS_DIR = BENCH_DIR / "results"
README = BENCH_DIR / "README.md"
SECTION_TITLE = "## Merge"
RESULTS_START = "<!-- merge results: written by bench/merge_bench.py -->"
RESULTS_END = "<!-- end of merge results -->"
SIZES = (2, 5, 20, 50)
MESSAGES_PER_RECORD = 20
ATTACHMENTS_PER_RECORD = 5
REUSED_DATABASES = ("bench_stock_20000", "bench_addon_20000")
SMALL_DATABASES = ("bench_merge_stock", "bench_merge_addon")
# Methods of crm.lead (and the addon's merge record) whose outermost calls during a merge or undo are timed.
STEPS = {
    "crm.lead": (
        "_merge_lock",
        "_merge_check",
        "_sort_by_confidence_level",
        "_merge_data",
        "_merge_plan_records",
        "_merge_snapshot",
        "_merge_dependences_snapshot",
        "_merge_followers",
        "_merge_log_summary",
        "_merge_dependences",
        "_merge_dependences_moved",
        "write",
        "unlink",
    ),
    "crm.lead.merge.record": ("create", "_refresh_values_after", "_restore_values", "_restore_moved"),
}


# ------------------------------------------------------------
# worker: one database, with Odoo's Python
# ------------------------------------------------------------


class StepTimer:
    """Times the outermost calls of some model methods, by name, while ``active``."""

    def __init__(self):
        self.active = False
        self.depth = 0
        self.seconds = {}

    def wrap(self, registry):
        """Replace the methods of ``STEPS`` on the registry's model classes by timed ones."""
        for model, names in STEPS.items():
            if model not in registry:
                continue
            cls = registry[model]
            for name in names:
                if hasattr(cls, name):
                    setattr(cls, name, self.timed(f"{model}.{name}", getattr(cls, name)))

    def timed(self, label, method):
        @functools.wraps(method)
        def wrapper(*args, **kwargs):
            if not self.active or self.depth:
                return method(*args, **kwargs)
            self.depth += 1
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.depth -= 1
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - started

        return wrapper

    def start(self):
        self.active, self.depth, self.seconds = True, 0, {}

    def stop(self):
        """Stop timing; return the milliseconds by step."""
        self.active = False
        return {label: value * 1000 for label, value in self.seconds.items()}


def make_records(env, count, rng):
    """Create ``count`` leads and opportunities with their chatter messages and attachments; return them."""
    teams = env["crm.team"].search([], limit=2)
    vals_list = []
    for index in range(count):
        opportunity = index % 3 == 1
        vals_list.append(
            {
                "name": f"Merge bench {index}",
                "type": "opportunity" if opportunity else "lead",
                "partner_name": f"PT Merge Bench {index % 4}",
                "contact_name": f"Contact {index}",
                "email_from": f"contact{index}@merge-bench{index % 3}.example.com",
                "phone": f"+62 21 555 {1000 + index}",
                "description": f"<p>Notes of record {index}</p>",
                "expected_revenue": 1000.0 * (index + 1) if opportunity else 0.0,
                "team_id": teams[index % len(teams)].id if teams and opportunity else False,
                "user_id": False,
            }
        )
    records = env["crm.lead"].create(vals_list)
    env.flush_all()
    now = datetime.datetime.now()
    for record in records:
        created = now - datetime.timedelta(days=rng.randint(1, 365), seconds=rng.randint(0, 86399))
        env.cr.execute("UPDATE crm_lead SET create_date = %s WHERE id = %s", (created, record.id))
    records.invalidate_recordset(["create_date"])
    datas = base64.b64encode(b"merge benchmark attachment\n" * 20)
    attachments = []
    for record in records:
        for number in range(MESSAGES_PER_RECORD):
            record.message_post(body=f"Message {number} on {record.name}", message_type="comment")
        for number in range(ATTACHMENTS_PER_RECORD):
            attachments.append(
                {
                    "name": f"file{number}.txt",
                    "datas": datas,
                    "res_model": "crm.lead",
                    "res_id": record.id,
                    "mimetype": "text/plain",
                }
            )
    env["ir.attachment"].create(attachments)
    env.flush_all()
    env.cr.flush()
    env.invalidate_all()
    return records


def count_messages(env, ids):
    env.flush_all()
    env.cr.execute(
        "SELECT count(*) FROM mail_message WHERE model = 'crm.lead' AND res_id IN %s", (tuple(ids),)
    )
    return env.cr.fetchone()[0]


def timed_call(cr, function, timer):
    """Run ``function``, then ``cr.flush()`` (the ORM flush and the precommit hooks a commit runs).

    Return ``(its result, ms of the call, ms of the flush, ms by step)``; steps run by the flush are
    labelled ``flush: <step>``.
    """
    timer.start()
    started = time.perf_counter()
    result = function()
    middle = time.perf_counter()
    steps = timer.stop()
    timer.start()
    cr.flush()
    ended = time.perf_counter()
    steps.update({f"flush: {label}": value for label, value in timer.stop().items()})
    return result, (middle - started) * 1000, (ended - middle) * 1000, steps


def one_round(registry, count, rng, undo, timer):
    """Create ``count`` records, merge them (and undo the merge), all rolled back; return the timings."""
    from odoo import SUPERUSER_ID, api

    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        records = make_records(env, count, rng)
        ids = records.ids
        messages_before = count_messages(env, ids)
        env.invalidate_all()
        survivor, call_ms, flush_ms, steps = timed_call(
            cr, env["crm.lead"].browse(ids).merge_opportunity, timer
        )
        result = {
            "k": count,
            "merge_ms": call_ms + flush_ms,
            "merge_call_ms": call_ms,
            "merge_flush_ms": flush_ms,
            "merge_steps_ms": steps,
            "survivor_messages": count_messages(env, [survivor.id]),
            "messages_before": messages_before,
        }
        if undo:
            env.invalidate_all()
            _done, call_ms, flush_ms, steps = timed_call(cr, survivor.action_undo_merge, timer)
            result.update(
                undo_ms=call_ms + flush_ms,
                undo_call_ms=call_ms,
                undo_flush_ms=flush_ms,
                undo_steps_ms=steps,
            )
            restored = env["crm.lead"].browse(ids).exists()
            result["restored_active"] = len(restored.filtered("active"))
            result["messages_after_undo"] = count_messages(env, ids)
        cr.rollback()
    return result


def worker(args):
    """Measure the merge in ``args.database``; print and optionally write the result."""
    from odoo import SUPERUSER_ID, api

    data_dir = tempfile.mkdtemp(prefix="merge_bench_", dir=DATA_DIR if DATA_DIR.exists() else None)
    try:
        registry = open_registry(args.database, args.addons_path, data_dir)
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            addon = bool(
                env["ir.module.module"].search_count(
                    [("name", "=", "crm_lead_convert"), ("state", "=", "installed")]
                )
            )
            leads = env["crm.lead"].with_context(active_test=False).search_count([])
        timer = StepTimer()
        timer.wrap(registry)
        rng = random.Random(args.seed)
        one_round(registry, 2, rng, addon, timer)  # warm-up, not counted
        rounds = []
        for count in args.sizes:
            for repetition in range(args.repeat):
                result = one_round(registry, count, rng, addon, timer)
                result["repetition"] = repetition
                rounds.append(result)
                undo = f", undo {result['undo_ms']:.0f} ms" if addon else ""
                print(f"k={count} #{repetition + 1}: merge {result['merge_ms']:.0f} ms{undo}", flush=True)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    output = {
        "database": args.database,
        "implementation": "addon" if addon else "stock",
        "leads_in_database": leads,
        "rounds": rounds,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(output, indent=1) + "\n", encoding="utf-8")
    return 0


# ------------------------------------------------------------
# orchestrator: both databases, any Python 3
# ------------------------------------------------------------


def databases(addons):
    """Return the stock and addon databases to measure, creating small ones if the big ones are missing."""
    if all(database_exists(name) for name in REUSED_DATABASES):
        return REUSED_DATABASES
    for name, module in zip(SMALL_DATABASES, ("crm", "crm_lead_convert"), strict=True):
        if not database_exists(name):
            command = [odoo_python(), "-m", "odoo", "--addons-path", addons, "-d", name, "-i", module]
            command += ["--without-demo=all", "--stop-after-init", "--no-http", "--log-level=warn"]
            run(f"create_{name}", command)
    return SMALL_DATABASES


def median(rounds, key):
    values = [result[key] for result in rounds if key in result]
    return statistics.median(values) if values else None


def milliseconds(value):
    return "-" if value is None else f"{value:,.0f}"


def results_table(stock, addon, sizes):
    """Return the Markdown table: k, stock merge and undo ("-": none), addon merge and undo (medians, ms)."""
    lines = [
        "| k | stock merge ms | stock undo ms | addon merge ms | addon undo ms |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for count in sizes:
        stock_rounds = [result for result in stock["rounds"] if result["k"] == count]
        addon_rounds = [result for result in addon["rounds"] if result["k"] == count]
        lines.append(
            f"| {count} | {milliseconds(median(stock_rounds, 'merge_ms'))} | - "
            f"| {milliseconds(median(addon_rounds, 'merge_ms'))} "
            f"| {milliseconds(median(addon_rounds, 'undo_ms'))} |"
        )
    return "\n".join(lines)


def steps_table(side, kind, sizes):
    """Return the Markdown table of the median milliseconds of each step of ``kind`` (merge or undo)."""
    key = f"{kind}_steps_ms"
    rounds = [result for result in side["rounds"] if key in result]
    if not rounds:
        return ""
    labels = list(dict.fromkeys(label for result in rounds for label in result[key]))
    lines = [
        f"| {side['implementation']} {kind} step | " + " | ".join(f"k={count}" for count in sizes) + " |",
        "| --- |" + " ---: |" * len(sizes),
    ]
    labels = [label for label in labels if not label.startswith("flush: ")] + [
        label for label in labels if label.startswith("flush: ")
    ]
    rows = [*labels, f"(rest of the {kind} call)", "cr.flush() after it, in all", "total"]
    for row in rows:
        cells = []
        for count in sizes:
            of_k = [result for result in rounds if result["k"] == count]
            if row == "total":
                values = [result[f"{kind}_ms"] for result in of_k]
            elif row.startswith("cr.flush()"):
                values = [result[f"{kind}_flush_ms"] for result in of_k]
            elif row.startswith("(rest"):
                values = [
                    result[f"{kind}_call_ms"]
                    - sum(ms for label, ms in result[key].items() if not label.startswith("flush: "))
                    for result in of_k
                ]
            else:
                values = [result[key].get(row, 0.0) for result in of_k]
            cells.append(milliseconds(statistics.median(values)) if values else "-")
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def checks(stock, addon):
    """Return lines telling whether every merge moved the messages and every undo restored the records."""
    lines = []
    for side in (stock, addon):
        bad = [result for result in side["rounds"] if result["survivor_messages"] < result["messages_before"]]
        lines.append(
            f"- {side['implementation']}: the survivor holds every message of the merged records after "
            f"{len(side['rounds']) - len(bad)} of {len(side['rounds'])} merges."
        )
    undone = [result for result in addon["rounds"] if "restored_active" in result]
    good = [
        result
        for result in undone
        if result["restored_active"] == result["k"]
        and result["messages_after_undo"] >= result["messages_before"]
    ]
    lines.append(f"- addon: every record active again after {len(good)} of {len(undone)} undos.")
    return "\n".join(lines)


def report(stock, addon, args):
    """Print the table; write it to ``bench/results/<date>-merge.md`` and the README's "Merge" section."""
    table = results_table(stock, addon, args.sizes)
    print("\n" + table)
    today = datetime.date.today().isoformat()
    context = (
        f"Measured {today} on {os.cpu_count()} cores, shared with other work (timings are noisy): "
        f"`{stock['database']}` (stock) and `{addon['database']}` (addon), "
        f"{stock['leads_in_database']:,} and {addon['leads_in_database']:,} records already there; "
        f"median of {args.repeat} repetitions, as superuser."
    )
    RESULTS_DIR.mkdir(exist_ok=True)
    detail = RESULTS_DIR / f"{today}-merge.md"
    parts = [
        f"# Merge benchmark, {today}\n\n{context}\n\n{table}",
        STEPS_INTRO,
        steps_table(stock, "merge", args.sizes),
        steps_table(addon, "merge", args.sizes),
        steps_table(addon, "undo", args.sizes),
        f"## Checks\n\n{checks(stock, addon)}",
    ]
    detail.write_text("\n\n".join(part for part in parts if part) + "\n", encoding="utf-8")
    print(f"\nwritten to {detail.relative_to(REPO_DIR)}")
    block = (
        f"{RESULTS_START}\n{context} Details: `{detail.relative_to(BENCH_DIR)}`.\n\n{table}\n{RESULTS_END}"
    )
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    start, end = text.find(RESULTS_START), text.find(RESULTS_END)
    if 0 <= start < end:
        text = text[:start] + block + text[end + len(RESULTS_END) :]
    else:
        section = text.find(f"\n{SECTION_TITLE}\n")
        if section >= 0:
            following = text.find("\n## ", section + 1)
            text = text[:section] + (text[following:] if following >= 0 else "\n")
        text = text.rstrip("\n") + f"\n\n{SECTION_TITLE}\n\n{MERGE_SECTION_INTRO}\n\n{block}\n"
    README.write_text(text, encoding="utf-8")
    print(f"and to {README.relative_to(REPO_DIR)}")


STEPS_INTRO = (
    "## Steps (median ms)\n\nOutermost calls of each method (a step's time includes the methods it calls); "
    "`cr.flush()` is the ORM flush and the precommit hooks a commit runs."
)
MERGE_SECTION_INTRO = """\
Time to merge k records, each with 20 chatter messages and 5 attachments, with stock Odoo 18's merge and
with `crm_lead_convert`'s, and to undo the addon's merge (stock has none: "-"), in one run:

```sh
python3 bench/merge_bench.py               # both sides, 3 repetitions (a few minutes)
```

`merge_bench.py`'s docstring tells the details. Each k and repetition creates the records in a transaction
that is rolled back, never committed. Times are the ORM call and the `cr.flush()` after it (the flush and
the precommit hooks a commit would run), cold ORM cache, as superuser: stock lets other users merge 5
records at most, the addon 50. Medians, in milliseconds."""


def orchestrate(args):
    """Measure both databases in subprocesses of Odoo's Python; report side by side."""
    addons = addons_path()
    results = []
    for database in databases(addons):
        out = DATA_DIR / f"merge_{database}.json"
        command = [odoo_python(), str(Path(__file__).resolve()), "--database", database, "--json", str(out)]
        command += ["--addons-path", addons, "--repeat", str(args.repeat), "--seed", str(args.seed)]
        command += ["--sizes", ",".join(str(count) for count in args.sizes)]
        run(f"merge_{database}", command)
        results.append(json.loads(out.read_text(encoding="utf-8")))
    stock, addon = results
    if (stock["implementation"], addon["implementation"]) != ("stock", "addon"):
        raise SystemExit(
            f"expected a stock and an addon database, got {stock['database']}, {addon['database']}"
        )
    report(stock, addon, args)
    return 0


def main(argv):
    """Parse the command line; measure one database (``--database``) or both; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--database", help="measure this database only (with Odoo's Python)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated k")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of each k")
    parser.add_argument("--seed", type=int, default=42, help="seed of the creation dates")
    parser.add_argument("--json", type=Path, help="worker: write the measurements to this file")
    parser.add_argument("--addons-path")
    args = parser.parse_args(argv)
    args.sizes = [int(count) for count in args.sizes.split(",")]
    if args.database:
        return worker(args)
    try:
        return orchestrate(args)
    except StepFailed as failure:
        raise SystemExit(str(failure)) from None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
