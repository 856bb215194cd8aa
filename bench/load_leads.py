"""Load leads written by ``generate_leads.py`` into an Odoo database, with their ground truth.

Usage, with Odoo's Python, on a database where ``crm`` is installed::

    $(tools/setup-odoo --find) bench/load_leads.py --database DB --data bench/data/leads_20000.csv

Leads are created through the ORM, ``env["crm.lead"].create`` in batches of ``--batch`` (2,000) records
with mail tracking, chatter messages and subscriptions turned off (``tracking_disable``,
``mail_create_nolog``, ``mail_notrack``, ``mail_create_nosubscribe``), and one commit a batch. Going
through the ORM keeps every stored field exactly as Odoo computes it (``email_normalized``,
``email_domain_criterion``, ``phone_sanitized`` ...). Leads are unassigned (no salesperson, no team) and
of type ``lead``.

The ground truth goes to a side table that Odoo does not know, ``bench_lead_truth(lead_id, row_no,
prospect_id, variant)``, one row per lead, so that no field of ``crm.lead`` that an addon might read is
touched. The main company's country is set to Indonesia first: a lead without country has its phone read
with the company's country, as the issue asks. The database is ANALYZEd at the end.

The loading time is printed on the last line, as ``loaded N leads in S s (R leads/s)``.
"""

import argparse
import sys
import time
from pathlib import Path

from benchlib import open_registry, print_loaded

from odoo import SUPERUSER_ID, api

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_leads

CREATE_CONTEXT = {
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_notrack": True,
    "mail_create_nosubscribe": True,
}
COMPANY_COUNTRY = "ID"


def lead_values(record, country_ids):
    """Return the values of ``crm.lead.create`` for one generated record."""
    return {
        "name": record["name"],
        "partner_name": record["partner_name"] or False,
        "contact_name": record["contact_name"] or False,
        "email_from": record["email_from"] or False,
        "phone": record["phone"] or False,
        "mobile": record["mobile"] or False,
        "country_id": country_ids.get(record["country_code"], False),
        "type": "lead",
        "user_id": False,
        "team_id": False,
    }


def record_country_ids(env, records):
    """Return ``{country code: res.country id}`` of every country of ``records``."""
    codes = sorted({record["country_code"] for record in records if record["country_code"]})
    return {country.code: country.id for country in env["res.country"].search([("code", "in", codes)])}


def prepare(env):
    """Set the company's country and create the ground-truth table; refuse a database already loaded."""
    env.company.country_id = env.ref(f"base.{COMPANY_COUNTRY.lower()}")
    env.cr.execute(
        """CREATE TABLE IF NOT EXISTS bench_lead_truth (
               lead_id integer PRIMARY KEY, row_no integer NOT NULL, prospect_id integer NOT NULL,
               variant varchar NOT NULL)"""
    )
    env.cr.execute("SELECT count(*) FROM bench_lead_truth")
    if env.cr.fetchone()[0]:
        raise SystemExit(f"{env.cr.dbname} already holds benchmark leads; drop it or use another database")


def load(env, records, batch_size):
    """Create the leads of ``records`` in batches, committing each; return the number created."""
    country_ids = record_country_ids(env, records)
    leads_model = env["crm.lead"].with_context(**CREATE_CONTEXT)
    created = 0
    started = time.perf_counter()
    for start in range(0, len(records), batch_size):
        batch = records[start : start + batch_size]
        leads = leads_model.create([lead_values(record, country_ids) for record in batch])
        env.cr.executemany(
            "INSERT INTO bench_lead_truth (lead_id, row_no, prospect_id, variant) VALUES (%s, %s, %s, %s)",
            [
                (lead.id, record["row"], record["prospect_id"], record["variant"])
                for lead, record in zip(leads, batch, strict=True)
            ],
        )
        env.cr.commit()
        env.invalidate_all()
        created += len(batch)
        elapsed = time.perf_counter() - started
        print(f"  {created}/{len(records)} leads, {elapsed:.0f} s", flush=True)
    return created


def main(argv):
    """Parse the command line and load the leads; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--data", required=True, type=Path, help="file written by generate_leads.py")
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--addons-path")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    records = generate_leads.read(args.data)
    registry = open_registry(args.database, args.addons_path, args.data_dir)
    started = time.perf_counter()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        prepare(env)
        cr.commit()
        created = load(env, records, args.batch)
        cr.execute("ANALYZE")
    print_loaded(created, started)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
