"""Run the Similar Leads benchmark end to end: stock crm against crm_lead_convert, on the same leads.

Usage (any Python 3; Odoo's Python is the one ``tools/setup-odoo --find`` prints)::

    python3 bench/run.py                   # 20,000 and 200,000 leads
    python3 bench/run.py --sizes 20000     # one size
    python3 bench/run.py --quick           # smoke test: 2,000 leads, 300 sampled
    python3 bench/run.py --only stock      # measure one side only
    python3 bench/run.py --sets heldout    # only the held-out data set (default: training and held-out)
    python3 bench/run.py --sets audit      # the audit set (generate_audit.py), alone
    python3 bench/run.py --sets blind      # the blind set (generate_blind.py), alone
    python3 bench/run.py --sets fresh      # the fifth set (generate_fresh.py), alone
    python3 bench/run.py --sets novel      # the sixth set (generate_novel.py), alone
    python3 bench/run.py --sets market     # the seventh set (generate_market.py), alone

For each data set and size N: the leads are generated (``bench/data/leads_<N>_seed<S>.csv`` by
``generate_leads.py``, the training set the matcher's weights were set on; ``leads_heldout_<N>_seed<S>.csv``
by ``generate_heldout.py``, made by other rules and never tuned on); the database ``bench_stock_<N>``
(``bench_stock_heldout_<N>``) is created with only ``crm`` installed and the leads are loaded into it
(``load_leads.py``); ``bench_addon_<N>`` is made as a copy of it (``createdb --template``), so both hold
exactly the same records, and ``crm_lead_convert`` is installed into the copy *after* the leads are there,
timed, as on a live database. Both are then ``ANALYZE``d and measured by ``similar_leads.py``. The table
goes to the screen, to ``bench/results/<date>-[<sets>-]<sizes>.md`` (with the breakdowns and examples) and
to the "Results" section of ``bench/README.md`` (when the run covers the training and held-out sets).
Databases are dropped at the end unless ``--keep``; with ``--reuse``, existing benchmark databases are
measured again without being rebuilt. Logs of every step are in ``bench/data/logs/``.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

from benchlib import BENCH_DIR, DATA_DIR, REPO_DIR, StepFailed, addons_path, database_exists, odoo_python, run

FILESTORE_DIR = DATA_DIR / "filestore"
RESULTS_DIR = BENCH_DIR / "results"
README = BENCH_DIR / "README.md"
RESULTS_START = "<!-- results: written by bench/run.py -->"
RESULTS_END = "<!-- end of results -->"
ODOO_LOG_ARGS = ["--without-demo=all", "--no-http", "--log-level=warn", "--stop-after-init"]


# training: the set the matcher was tuned on; heldout: made by other rules, for reporting; audit: a third
# generator, written without reading the matcher or the other two, to check what the held-out figures say
# (tuned on since); blind: a fourth, written so too (2026-12-04), measured before anything was tuned on it
# (looked at since); fresh: a fifth, written so too (2026-12-04), tuned on since (2026-12-05); novel: a sixth,
# written so too (2026-12-05), looked at since; market: a seventh, written so too (2026-12-05), with name
# collisions growing with the database as in a real market, its pairs not looked at
GENERATORS = {
    "training": "generate_leads.py",
    "heldout": "generate_heldout.py",
    "audit": "generate_audit.py",
    "blind": "generate_blind.py",
    "fresh": "generate_fresh.py",
    "novel": "generate_novel.py",
    "market": "generate_market.py",
}
# the README's table is that of a run of both sets the figures are reported on
README_SETS = {"training", "heldout"}


def dataset_label(dataset, size):
    """Return the part of file and database names that says which data set and size they hold."""
    return str(size) if dataset == "training" else f"{dataset}_{size}"


def build_file(label):
    """Return the file keeping the build timings of the databases of ``label``, for ``--reuse``."""
    return DATA_DIR / f"build_{label}.json"


def drop_database(name):
    """Drop the database ``name`` and its filestore, if there."""
    subprocess.run(["dropdb", "--if-exists", name], check=True)
    shutil.rmtree(FILESTORE_DIR / "filestore" / name, ignore_errors=True)


class Benchmark:
    """One benchmark run: its options and what it measured."""

    def __init__(self, args):
        self.args = args
        self.addons_path = addons_path()
        self.odoo_args = ["--addons-path", self.addons_path, "--data-dir", str(FILESTORE_DIR)]
        self.results = []

    def odoo(self, database, *options):
        """Return the command line of an Odoo server run on ``database`` that stops after init."""
        return [odoo_python(), "-m", "odoo", *self.odoo_args, "-d", database, *options, *ODOO_LOG_ARGS]

    def data_file(self, dataset, size):
        """Generate the leads of ``size`` records (each run: it is cheap and never stale); return the file."""
        label = dataset_label(dataset, size)
        path = DATA_DIR / f"leads_{label}_seed{self.args.seed}.csv"
        generator = [sys.executable, str(BENCH_DIR / GENERATORS[dataset])]
        run(
            f"generate_{label}",
            [*generator, "--count", str(size), "--seed", str(self.args.seed), "--out", str(path)],
        )
        return path

    def build(self, dataset, size):
        """Create and fill the databases of ``size`` leads of ``dataset``; return build timings by side."""
        label = dataset_label(dataset, size)
        stock, addon = f"bench_stock_{label}", f"bench_addon_{label}"
        data = self.data_file(dataset, size)
        timings = {"stock": {}, "addon": {}}
        for name in (stock, addon):
            drop_database(name)
        timings["stock"]["create_s"] = run(f"create_{stock}", self.odoo(stock, "-i", "crm"))[0]
        loader = [odoo_python(), str(BENCH_DIR / "load_leads.py"), "--database", stock, "--data", str(data)]
        _elapsed, output = run(f"load_{stock}", [*loader, "--addons-path", self.addons_path])
        loaded = re.search(r"loaded (\d+) leads in ([\d.]+) s", output)
        timings["stock"]["load_s"] = float(loaded.group(2))
        if "addon" in self.sides():
            run(f"copy_{addon}", ["createdb", "--template", stock, addon])
            shutil.copytree(
                FILESTORE_DIR / "filestore" / stock, FILESTORE_DIR / "filestore" / addon, dirs_exist_ok=True
            )
            timings["addon"]["load_s"] = timings["stock"]["load_s"]
            try:
                timings["addon"]["install_s"] = run(
                    f"install_{addon}", self.odoo(addon, "-i", "crm_lead_convert")
                )[0]
            except StepFailed as failure:
                timings["addon"]["install_error"] = str(failure)
                print(failure, flush=True)
            else:
                timings["addon"]["start_s"] = run(f"start_{addon}", self.odoo(addon))[0]
        build_file(label).write_text(json.dumps(timings, indent=1) + "\n", encoding="utf-8")
        return timings

    def sides(self):
        """Return the sides to measure: stock, addon or both."""
        return ("stock", "addon") if self.args.only == "both" else (self.args.only,)

    def measure(self, dataset, size, timings):
        """Measure Similar Leads in the databases of ``size`` leads of ``dataset``; store the results."""
        for side in self.sides():
            database = f"bench_{side}_{dataset_label(dataset, size)}"
            if "install_error" in timings.get(side, {}):
                self.results.append({"size": size, "side": side, "dataset": dataset, **timings[side]})
                continue
            out = DATA_DIR / f"result_{database}.json"
            # Steady state, as autovacuum leaves a table soon after the install rewrote it: columns the
            # addon just added have no statistics until then, and the planner may pick slow plans.
            run(f"analyze_{database}", ["psql", "-q", "-d", database, "-c", "ANALYZE crm_lead"])
            command = [odoo_python(), str(BENCH_DIR / "similar_leads.py"), "--database", database]
            command += [
                "--sample",
                str(self.args.sample),
                "--json",
                str(out),
                "--addons-path",
                self.addons_path,
            ]
            run(f"measure_{database}", command)
            result = json.loads(out.read_text(encoding="utf-8"))
            if result["implementation"] != side:
                raise SystemExit(f"{database} runs the {result['implementation']} Similar Leads, not {side}")
            result.update(timings.get(side, {}), size=size, side=side, dataset=dataset)
            self.results.append(result)

    def main(self):
        """Build, measure, report and clean up, size by size, data set by data set."""
        for size in self.args.sizes:
            for dataset in self.args.sets:
                label = dataset_label(dataset, size)
                print(f"{size} leads, {dataset} data", flush=True)
                reuse = self.args.reuse and all(
                    database_exists(f"bench_{side}_{label}") for side in self.sides()
                )
                if reuse and build_file(label).exists():
                    timings = json.loads(build_file(label).read_text(encoding="utf-8"))
                elif reuse:
                    timings = {}
                else:
                    timings = self.build(dataset, size)
                self.measure(dataset, size, timings)
                if not self.args.keep:
                    for side in ("stock", "addon"):
                        drop_database(f"bench_{side}_{label}")
                    build_file(label).unlink(missing_ok=True)
        report(self.results, self.args)


def seconds(value):
    """Format a duration in seconds for the table, or "-"."""
    if value is None:
        return "-"
    return f"{value / 60:.1f} min" if value >= 120 else f"{value:.0f} s"


def results_table(results):
    """Return the Markdown table of ``results``."""
    lines = [
        "| data | leads | Similar Leads | precision | recall | F1 | p50 ms | p95 ms | load | addon install |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in results:
        if "install_error" in result:
            lines.append(
                f"| {result['dataset']} | {result['size']:,} | {result['side']} | install failed: see below "
                "| | | | | | |"
            )
            continue
        install = result.get("install_s")
        install_text = seconds(install)
        if install is not None and result.get("start_s") is not None:
            install_text += f" ({seconds(result['start_s'])} of it Odoo start)"
        lines.append(
            f"| {result['dataset']} | {result['leads']:,} | {result['side']} | {result['precision']:.3f} "
            f"| {result['recall']:.3f} "
            f"| {result['f1']:.3f} | {result['p50_ms']:.1f} | {result['p95_ms']:.1f} "
            f"| {seconds(result.get('load_s'))} | {install_text} |"
        )
    return "\n".join(lines)


def breakdown(results):
    """Return Markdown tables of recall by noise kind and false positives by kind, side by side."""
    results = [result for result in results if "install_error" not in result]
    if not results:
        return "(nothing measured)"
    columns = [f"{result['side']} {result['dataset']} {result['leads']:,}" for result in results]
    kinds = sorted({kind for result in results for kind in result["recall_by_noise"]})
    lines = [
        "| noise in the pair | pairs | " + " | ".join(columns) + " |",
        "| --- | ---: |" + " ---: |" * len(columns),
    ]
    for kind in kinds:
        recalls = [f"{result['recall_by_noise'].get(kind, float('nan')):.2f}" for result in results]
        pairs = "/".join(str(result["pairs_by_noise"].get(kind, 0)) for result in results[::2])
        lines.append(f"| {kind} | {pairs} | " + " | ".join(recalls) + " |")
    lines += ["", "False positives by kind: "]
    for result, column in zip(results, columns, strict=True):
        lines.append(f"- {column}: {result['false_positives_by_kind'] or 'none'}")
    return "\n".join(lines)


def examples(results):
    """Return the examples of missed and wrongly found pairs, as Markdown lists."""
    lines = []
    for result in results:
        if "install_error" in result:
            failure = result["install_error"]
            lines.append(f"\n{result['side']} {result['size']:,}: install failed\n\n```\n{failure}\n```")
            continue
        for title, key in (("missed", "missed_examples"), ("wrongly found", "false_positive_examples")):
            if result[key]:
                lines.append(f"\n{result['side']} {result['dataset']} {result['leads']:,}, {title}:\n")
                for example in result[key]:
                    left, right = example["leads"]
                    lines.append(f"- `{left}`  \n  `{right}` ({' / '.join(example['variants'])})")
    return "\n".join(lines)


def report(results, args):
    """Print the results table and write it to ``bench/results/`` and the README."""
    table = results_table(results)
    print("\n" + table)
    today = datetime.date.today().isoformat()
    name = "-".join(str(size) for size in args.sizes)
    if set(args.sets) != README_SETS:
        # a run of other sets than the README's is named by them
        name = "-".join(args.sets) + "-" + name
    context = (
        f"Measured {today} on {os.cpu_count()} cores, shared with other work (timings are noisy); "
        f"{args.sample} sampled leads per database, seed {args.seed}."
    )
    RESULTS_DIR.mkdir(exist_ok=True)
    detail = RESULTS_DIR / f"{today}-{name}.md"
    # another run of the day is kept: a second file, not the first overwritten
    run = 1
    while detail.exists():
        run += 1
        detail = RESULTS_DIR / f"{today}-{name}-run{run}.md"
    detail.write_text(
        f"# Similar Leads benchmark, {today}\n\n{context}\n\n{table}\n\n## Recall by noise kind\n\n"
        f"{breakdown(results)}\n\n## Examples\n{examples(results)}\n",
        encoding="utf-8",
    )
    print(f"\nwritten to {detail.relative_to(REPO_DIR)}")
    if README.exists() and not args.quick and README_SETS <= set(args.sets):
        text = README.read_text(encoding="utf-8")
        start, end = text.find(RESULTS_START), text.find(RESULTS_END)
        if start >= 0 and end > start:
            block = f"{RESULTS_START}\n{context} Details: `{detail.relative_to(BENCH_DIR)}`.\n\n{table}\n"
            README.write_text(text[:start] + block + text[end:], encoding="utf-8")
            print(f"and to {README.relative_to(REPO_DIR)}")


def main(argv):
    """Parse the command line and run the benchmark; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--sizes", default="20000,200000", help="comma-separated numbers of leads")
    parser.add_argument("--quick", action="store_true", help="smoke test: 2000 leads, 300 sampled")
    parser.add_argument("--sample", type=int, default=1000, help="leads whose Similar Leads are computed")
    parser.add_argument("--seed", type=int, default=42, help="seed of the generated leads")
    parser.add_argument("--only", choices=("both", "stock", "addon"), default="both")
    parser.add_argument(
        "--sets",
        default="training,heldout",
        help="comma-separated: training, heldout, audit, blind, fresh, novel, market",
    )
    parser.add_argument("--keep", action="store_true", help="keep the databases for re-use")
    parser.add_argument("--reuse", action="store_true", help="measure existing databases again")
    args = parser.parse_args(argv)
    args.sizes = [2000] if args.quick else [int(size) for size in args.sizes.split(",")]
    args.sets = [dataset for dataset in args.sets.split(",") if dataset]
    if not set(args.sets) <= set(GENERATORS):
        parser.error(f"--sets takes {', '.join(GENERATORS)}")
    if args.quick:
        args.sample = min(args.sample, 300)
    Benchmark(args).main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
