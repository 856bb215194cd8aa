"""Load generated leads into an Odoo database with PostgreSQL's COPY: a million leads in minutes.

Usage, with Odoo's Python, on a database where ``crm`` is installed and the addon not yet: installing it
afterwards fills its keys of the leads there; loaded with the addon installed, they would stay empty::

    $(tools/setup-odoo --find) bench/copy_leads.py --database DB --data bench/data/leads_heldout_1000000.csv
    $(tools/setup-odoo --find) bench/copy_leads.py --database DB --data F.csv --verify 3000

The data is that of ``generate_leads.py`` or ``generate_heldout.py``. ``load_leads.py`` creates leads
through the ORM, about 400-500 a second here: a million would take over half an hour. This loader writes
the rows itself, and takes every stored value from Odoo:

- the values of a *template* lead created through the ORM with what all the leads share (type ``lead``, no
  salesperson or team, created as ``load_leads.py`` creates them): company, stage, dates, defaults...;
- the generated values (name, company name, contact, email, phone, mobile, country);
- the stored values Odoo computes from those (``INPUT_COMPUTED``: ``email_normalized``,
  ``email_domain_criterion``, ``phone_sanitized``, ``email_state``, ``phone_state``), computed by Odoo
  itself on a new record (``crm.lead.new``), about 2,000 a second;
- the predictive lead scoring probabilities (``automated_probability``, ``probability``), taken from a
  lead Odoo creates (and the loader deletes) once for each pair of ``email_state`` and ``phone_state``: with
  the leads of one stage and team, those are all they depend on (``crm.pls_fields``); on a new record Odoo
  computes them otherwise than on create.

The rows go to ``crm_lead`` by ``COPY``, in batches of ``--batch`` with a commit each, with ids taken from
the table's sequence; the ground truth to ``bench_lead_truth`` as ``load_leads.py`` writes it. ``--jobs``
processes (2) do it at once, each for its slice of the records.

``--verify N`` checks the claim before a long load: it creates the first N records through the ORM exactly
as ``load_leads.py`` does, computes the rows of the same records as this loader does, compares every column
but the id and the creation and write dates, rolls back, and fails, naming the columns, if anything
differs. The last line is ``loaded N leads in S s (R leads/s)``.
"""

import argparse
import csv
import io
import json
import subprocess
import sys
import time
from pathlib import Path

from benchlib import open_registry, print_loaded

from odoo import SUPERUSER_ID, api

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_leads
import load_leads

INPUT_COMPUTED = (
    "email_normalized",
    "email_domain_criterion",
    "phone_sanitized",
    "email_state",
    "phone_state",
)
SCORING = ("automated_probability", "probability")
# Columns a lead created later holds another value of, whoever creates it.
TIMESTAMPS = ("id", "create_date", "write_date", "date_last_stage_update")


class RowMaker:
    """Makes the ``crm_lead`` rows of generated records: a template lead's row, with each record's values."""

    def __init__(self, env, records):
        self.env = env
        self.leads = env["crm.lead"].with_context(**load_leads.CREATE_CONTEXT)
        self.country_ids = load_leads.record_country_ids(env, records)
        template = self.leads.create(self.values({"name": "template"}))
        env.flush_all()
        env.cr.execute("SELECT * FROM crm_lead WHERE id = %s", [template.id])
        self.columns = [column.name for column in env.cr.description]
        self.template = dict(zip(self.columns, env.cr.fetchone(), strict=True))
        template.unlink()
        self.given = [name for name in self.values({"name": "x"}) if name in self.columns]
        self.scoring = {}

    def values(self, record):
        """Return the ``crm.lead.create`` values of a generated record."""
        values = load_leads.lead_values(
            {
                "name": record["name"],
                "partner_name": record.get("partner_name"),
                "contact_name": record.get("contact_name"),
                "email_from": record.get("email_from"),
                "phone": record.get("phone"),
                "mobile": record.get("mobile"),
                "country_code": record.get("country_code"),
            },
            self.country_ids,
        )
        return values

    def row(self, record):
        """Return the column values of a generated record's lead, in ``self.columns`` order, without id."""
        values = self.values(record)
        new = self.leads.new(values)
        row = dict(self.template)
        for name in self.given:
            row[name] = values[name] or None
        for name in INPUT_COMPUTED:
            field = new._fields[name]
            row[name] = field.convert_to_column(new[name], new) if new[name] else None
        states = (new.email_state, new.phone_state)
        if states not in self.scoring:
            self.scoring[states] = self.created_scoring(values)
        row.update(self.scoring[states])
        return row

    def created_scoring(self, values):
        """Return the scoring columns of a lead of ``values`` created through the ORM (then deleted), the
        second of a batch of two: on a new record Odoo computes them otherwise than on create, and the first
        lead of a batch gets none (stock's scoring reads the leads already saved)."""
        leads = self.leads.create([values, values])
        self.env.flush_all()
        self.env.cr.execute(f"SELECT {', '.join(SCORING)} FROM crm_lead WHERE id = %s", [leads[1].id])
        scoring = dict(zip(SCORING, self.env.cr.fetchone(), strict=True))
        leads.unlink()
        return scoring


def csv_value(value):
    """Return a value as COPY's CSV format reads it (None: NULL, written as nothing)."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


def copy_rows(cr, columns, rows):
    """COPY ``rows`` (dicts by column, ids included) into ``crm_lead``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([csv_value(row[name]) for name in columns])
    buffer.seek(0)
    names = ", ".join(f'"{name}"' for name in columns)
    cr._obj.copy_expert(f"COPY crm_lead ({names}) FROM STDIN WITH (FORMAT csv)", buffer)


def verify(env, records):
    """Create ``records`` through the ORM and make their rows by COPY's way; return ``(columns that differ,
    leads the ORM left without scoring)`` (rolled back either way).

    Stock computes the scoring of created leads in chunks of 1,000 and leaves the first of each without
    probability; the loader gives every lead the probability of the others. Those leads are counted, not
    compared.
    """
    maker = RowMaker(env, records)
    created = maker.leads.create([maker.values(record) for record in records])
    env.flush_all()
    env.cr.execute("SELECT * FROM crm_lead WHERE id = ANY(%s) ORDER BY id", [created.ids])
    names = [column.name for column in env.cr.description]
    differing, unscored = {}, 0
    for stored, record in zip(env.cr.fetchall(), records, strict=True):
        made = maker.row(record)
        stored = dict(zip(names, stored, strict=True))
        if all(stored[name] is None for name in SCORING):
            unscored += 1
            stored.update({name: made[name] for name in SCORING})
        for name, value in stored.items():
            if (
                name not in TIMESTAMPS
                and made[name] != value
                and not (made[name] in ("", None) and not value)
            ):
                differing.setdefault(name, (value, made[name]))
    env.cr.rollback()
    return differing, unscored


def load(env, records, batch_size):
    """COPY the leads of ``records`` in batches, committing each; return the number loaded."""
    maker = RowMaker(env, records)
    columns = maker.columns
    loaded = 0
    started = time.perf_counter()
    for start in range(0, len(records), batch_size):
        batch = records[start : start + batch_size]
        env.cr.execute("SELECT nextval('crm_lead_id_seq') FROM generate_series(1, %s)", [len(batch)])
        ids = [row[0] for row in env.cr.fetchall()]
        rows = []
        for lead_id, record in zip(ids, batch, strict=True):
            row = maker.row(record)
            row["id"] = lead_id
            rows.append(row)
        copy_rows(env.cr, columns, rows)
        env.cr.executemany(
            "INSERT INTO bench_lead_truth (lead_id, row_no, prospect_id, variant) VALUES (%s, %s, %s, %s)",
            [
                (lead_id, record["row"], record["prospect_id"], record["variant"])
                for lead_id, record in zip(ids, batch, strict=True)
            ],
        )
        env.cr.commit()
        env.invalidate_all()
        loaded += len(batch)
        print(f"  {loaded}/{len(records)} leads, {time.perf_counter() - started:.0f} s", flush=True)
    return loaded


def main(argv):
    """Parse the command line, verify or load; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--database", required=True)
    parser.add_argument(
        "--data", required=True, type=Path, help="file of generate_leads.py or generate_heldout.py"
    )
    parser.add_argument("--batch", type=int, default=20000)
    parser.add_argument(
        "--verify", type=int, metavar="N", help="compare N leads with the ORM's, load nothing"
    )
    parser.add_argument("--jobs", type=int, default=2, help="processes making and copying rows at once")
    parser.add_argument("--part", type=int, help=argparse.SUPPRESS)  # a worker of --jobs: its slice
    parser.add_argument("--addons-path")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    records = generate_leads.read(args.data)
    if args.part is not None:
        size = -(-len(records) // args.jobs)
        records = records[args.part * size : (args.part + 1) * size]
    registry = open_registry(args.database, args.addons_path, args.data_dir)
    started = time.perf_counter()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        if args.verify:
            load_leads.prepare(env)
            differing, unscored = verify(env, records[: args.verify])
            for name, (stored, made) in sorted(differing.items()):
                print(f"differs: {name}: the ORM stored {stored!r}, the loader made {made!r}")
            print(f"{unscored} leads left without scoring by the ORM (one in 1,000), given it by the loader")
            verdict = "FAILED" if differing else "every column as the ORM stores it"
            print(f"verified {args.verify} leads: {verdict}")
            return 1 if differing else 0
        if args.part is not None:
            load(env, records, args.batch)
            return 0
        load_leads.prepare(env)
        cr.commit()
        workers = [
            subprocess.Popen([sys.executable, __file__, *argv, "--part", str(part)])
            for part in range(args.jobs)
        ]
        if any(worker.wait() for worker in workers):
            print("a worker failed (above)", flush=True)
            return 1
        cr.execute("SELECT count(*) FROM bench_lead_truth")
        loaded = cr.fetchone()[0]
        cr.execute("ANALYZE")
    print_loaded(loaded, started)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
