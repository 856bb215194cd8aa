"""Merge under load and faults: an Odoo server with workers, concurrent external clients, a server killed.

Usage (any Python 3; Odoo's Python is the one ``tools/setup-odoo --find`` prints)::

    python3 bench/merge_load.py                      # 4 workers, 20 clients, 60 s, 3 kills
    python3 bench/merge_load.py --seconds 20 --clients 8

1. Creates the database ``bench_merge_load`` (``crm_lead_convert`` without demo data) and starts an Odoo
   server on 127.0.0.1 with ``--workers`` worker processes.
2. Creates ``--prospects`` prospects of 5 records each (leads and opportunities sharing one email address:
   every record of a prospect is a duplicate of the others), over JSON-RPC.
3. ``--clients`` threads, each an external JSON-RPC client, for ``--seconds``: each call picks at random a
   merge of 2-4 active records of one prospect (``merge_opportunity``), an Undo Merge on a record that has
   one (``action_undo_merge``), or a conversion through the Convert pop-up (``crm.lead2opportunity.partner``
   created, then ``action_apply``). Clients overlap on purpose: there are fewer prospects than calls.
   Every answer is counted by kind: done, a clear error (an Odoo UserError/ValidationError, the message a
   user would read), or anything else (server error, timeout, broken connection).
4. Kills the server (SIGKILL, workers included) ``--kills`` times while it merges 50 records with their
   messages, restarts it, and checks each time that the 50 records are either all merged or all as they
   were: never half merged.
5. Checks the database: no record lost (every record created is still there), the records plus the merged
   records add up to what was created, every merged record is archived and linked to a survivor through a
   merge that is not undone, every undone merge left its records unmerged.

The table goes to the screen, to ``bench/results/<date>-merge-load.md`` and to the "Load and faults" section
of ``bench/README.md``. Nothing here runs in ``./run-tests``: these are figures to read.
"""

import argparse
import datetime
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

from benchlib import BENCH_DIR, DATA_DIR, REPO_DIR, addons_path, odoo_python, run

DATABASE = "bench_merge_load"
README = BENCH_DIR / "README.md"
SECTION_START = "<!-- load: written by bench/merge_load.py -->"
SECTION_END = "<!-- end of load -->"
CLEAR_ERRORS = ("odoo.exceptions.UserError", "odoo.exceptions.ValidationError", "odoo.exceptions.AccessError")
RECORDS_PER_PROSPECT = 5
KILL_MERGE_SIZE = 50


class Server:
    """An Odoo server with workers on a free loopback port, started and killed as a process group."""

    def __init__(self, addons, workers):
        self.addons, self.workers = addons, workers
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = None

    def start(self):
        """Start the server and wait until it answers."""
        command = [odoo_python(), "-m", "odoo", "--addons-path", self.addons, "-d", DATABASE]
        command += ["--db-filter", f"^{DATABASE}$", "--http-interface", "127.0.0.1"]
        command += ["--http-port", str(self.port), "--workers", str(self.workers), "--max-cron-threads", "0"]
        command += [
            "--log-level",
            "warn",
            "--limit-time-real",
            "300",
            "--data-dir",
            str(DATA_DIR / "filestore"),
        ]
        log = open(DATA_DIR / "logs" / "merge_load_server.log", "a", encoding="utf-8")  # noqa: SIM115
        self.process = subprocess.Popen(command, stdout=log, stderr=log, start_new_session=True)
        for _attempt in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/web/login", timeout=2).read()
                return
            except OSError:
                time.sleep(0.5)
        raise SystemExit(
            "the Odoo server did not answer within 60 s: see bench/data/logs/merge_load_server.log"
        )

    def kill(self):
        """SIGKILL the server and its workers at once."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


class Client:
    """A JSON-RPC client of the server, as an external program would be (``/jsonrpc``, ``execute_kw``)."""

    def __init__(self, port):
        self.url = f"http://127.0.0.1:{port}/jsonrpc"
        self.uid = self.call("common", "login", DATABASE, "admin", "admin")

    def call(self, service, method, *args, timeout=120):
        """Return the result of a call; raise ``RuntimeError(kind, message)`` for an error answer."""
        body = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {"service": service, "method": method, "args": args},
        }
        request = urllib.request.Request(
            self.url, json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
        answer = json.loads(urllib.request.urlopen(request, timeout=timeout).read())
        if "error" in answer:
            data = answer["error"].get("data", {})
            raise RuntimeError(data.get("name", "unknown"), data.get("message", ""))
        return answer["result"]

    def execute(self, model, method, *args, **kwargs):
        """Call ``model.method(*args, **kwargs)`` as the administrator."""
        return self.call(
            "object", "execute_kw", DATABASE, self.uid, "admin", model, method, list(args), kwargs
        )


def create_prospects(client, prospects):
    """Create the prospects' records; return their emails and the number of records created."""
    # the Leads setting on, or every record would be created an opportunity with nothing to convert
    client.execute(
        "res.config.settings",
        "execute",
        [client.execute("res.config.settings", "create", {"group_use_lead": True})],
    )
    emails = [f"buyer{index}@prospect{index}.example" for index in range(prospects)]
    values = [
        {
            "name": f"Order {index}-{copy}",
            "partner_name": f"PT Beban {index}",
            "email_from": email,
            "type": "opportunity" if copy == 1 else "lead",
        }
        for index, email in enumerate(emails)
        for copy in range(RECORDS_PER_PROSPECT)
    ]
    client.execute("crm.lead", "create", values)
    return emails, len(values)


def one_call(client, emails, rng):
    """Make one random call; return ``(operation, outcome)``."""
    operation = rng.choices(("merge", "undo", "convert"), weights=(2, 1, 1))[0]
    try:
        if operation == "merge":
            email = rng.choice(emails)
            ids = client.execute("crm.lead", "search", [("email_from", "=", email)])
            if len(ids) < 2:
                return operation, "nothing to do"
            client.execute("crm.lead", "merge_opportunity", rng.sample(ids, min(len(ids), rng.randint(2, 4))))
        elif operation == "undo":
            ids = client.execute("crm.lead", "search", [("merged_lead_ids", "!=", False)], limit=50)
            if not ids:
                return operation, "nothing to do"
            client.execute("crm.lead", "action_undo_merge", [rng.choice(ids)])
        else:
            ids = client.execute("crm.lead", "search", [("type", "=", "lead")], limit=50)
            if not ids:
                return operation, "nothing to do"
            lead_id = rng.choice(ids)
            context = {"active_model": "crm.lead", "active_id": lead_id, "active_ids": [lead_id]}
            wizard = client.execute(
                "crm.lead2opportunity.partner",
                "create",
                {"name": "convert", "lead_id": lead_id, "action": "nothing"},
                context=context,
            )
            client.execute("crm.lead2opportunity.partner", "action_apply", [wizard], context=context)
    except RuntimeError as error:
        kind = error.args[0]
        return (
            operation,
            "clear error" if kind in CLEAR_ERRORS else f"other error: {kind}: {error.args[1][:80]}",
        )
    except (OSError, urllib.error.URLError) as error:
        return operation, f"other error: {type(error).__name__}"
    return operation, "done"


def load(port, clients, seconds, emails, seed):
    """Run the clients for ``seconds``; return the counts by (operation, outcome) and the calls/s."""
    counts = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client_loop(number):
        rng = random.Random(seed * 1000 + number)
        client = Client(port)
        while time.monotonic() < deadline:
            outcome = one_call(client, emails, rng)
            with lock:
                counts[outcome] += 1

    threads = [threading.Thread(target=client_loop, args=(number,)) for number in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts, sum(counts.values()) / (time.monotonic() - started)


def psql(query):
    """Return the first column of the first row of ``query`` in the benchmark database, as an int."""
    output = subprocess.run(
        ["psql", "-tA", "-d", DATABASE, "-c", query], capture_output=True, text=True, check=True
    )
    return int(output.stdout.strip() or 0)


def kill_during_merge(server, delay):
    """Start a merge of 50 records with messages, kill the server after ``delay`` s; return what became of
    the records: "untouched", "merged" or "half merged"."""
    client = Client(server.port)
    email = f"kill{delay}@fault.example"
    ids = client.execute(
        "crm.lead",
        "create",
        [{"name": f"Fault {number}", "email_from": email} for number in range(KILL_MERGE_SIZE)],
    )
    for lead_id in ids:
        client.execute("crm.lead", "message_post", [lead_id], body="A note to move on merge")
    merging = threading.Thread(target=lambda: one_merge(client, ids), daemon=True)
    merging.start()
    time.sleep(delay)
    server.kill()
    merging.join(timeout=10)
    server.start()
    merged = psql(
        f"SELECT count(*) FROM crm_lead WHERE email_from = '{email}' AND merged_into_id IS NOT NULL"
    )
    if merged == 0:
        return "untouched"
    return "merged" if merged == KILL_MERGE_SIZE - 1 else "half merged"


def one_merge(client, ids):
    """Merge ``ids``, ignoring the broken connection of a killed server."""
    try:
        client.execute("crm.lead", "merge_opportunity", ids)
    except (RuntimeError, OSError):
        pass


def consistency(created):
    """Return the consistency checks of the database, as ``(what, found, expected)``."""
    return [
        ("records in the database", psql("SELECT count(*) FROM crm_lead"), created),
        (
            "active records + merged records + other archived (lost) records",
            psql("SELECT count(*) FROM crm_lead WHERE active")
            + psql("SELECT count(*) FROM crm_lead WHERE merged_into_id IS NOT NULL")
            + psql("SELECT count(*) FROM crm_lead WHERE NOT active AND merged_into_id IS NULL"),
            created,
        ),
        (
            "merged records still active",
            psql("SELECT count(*) FROM crm_lead WHERE merged_into_id IS NOT NULL AND active"),
            0,
        ),
        (
            "merged records whose survivor is gone",
            psql(
                "SELECT count(*) FROM crm_lead m LEFT JOIN crm_lead s ON s.id = m.merged_into_id "
                "WHERE m.merged_into_id IS NOT NULL AND s.id IS NULL"
            ),
            0,
        ),
        (
            "merged records without a merge (not undone) into their survivor",
            psql(
                "SELECT count(*) FROM crm_lead l WHERE l.merged_into_id IS NOT NULL AND NOT EXISTS ("
                "SELECT 1 FROM crm_lead_merge_record r JOIN crm_lead_merge_record_merged_rel rel "
                "ON rel.merge_record_id = r.id WHERE rel.lead_id = l.id AND r.survivor_id = l.merged_into_id "
                "AND r.state = 'merged')"
            ),
            0,
        ),
        (
            "records of an undone merge still merged by it",
            psql(
                "SELECT count(*) FROM crm_lead_merge_record r JOIN crm_lead_merge_record_merged_rel rel "
                "ON rel.merge_record_id = r.id JOIN crm_lead l ON l.id = rel.lead_id "
                "WHERE r.state = 'undone' AND l.merged_into_id = r.survivor_id AND NOT EXISTS ("
                "SELECT 1 FROM crm_lead_merge_record_merged_rel rel2 JOIN crm_lead_merge_record r2 "
                "ON r2.id = rel2.merge_record_id WHERE rel2.lead_id = l.id AND r2.state = 'merged')"
            ),
            0,
        ),
        (
            "merged records that lead to no active record, following merges into merged records",
            psql(
                "WITH RECURSIVE chain(start_id, lead_id, depth) AS ("
                "SELECT id, merged_into_id, 1 FROM crm_lead WHERE merged_into_id IS NOT NULL "
                "UNION ALL SELECT chain.start_id, l.merged_into_id, chain.depth + 1 FROM chain "
                "JOIN crm_lead l ON l.id = chain.lead_id "
                "WHERE l.merged_into_id IS NOT NULL AND chain.depth < 50) "
                "SELECT count(*) FROM (SELECT start_id, max(depth) AS depth FROM chain GROUP BY start_id) "
                "ends JOIN chain ON chain.start_id = ends.start_id AND chain.depth = ends.depth "
                "JOIN crm_lead last ON last.id = chain.lead_id WHERE NOT last.active"
            ),
            0,
        ),
        (
            "merged records whose survivor is itself merged (a chain: undo one after the other)",
            psql(
                "SELECT count(*) FROM crm_lead m JOIN crm_lead s ON s.id = m.merged_into_id "
                "WHERE s.merged_into_id IS NOT NULL"
            ),
            None,
        ),
    ]


def report(args, counts, rate, kills, checks):
    """Print the tables and write them to ``bench/results/`` and the README."""
    today = datetime.date.today().isoformat()
    lines = [
        (
            f"Measured {today} on {os.cpu_count()} cores (shared with other work): an Odoo server with "
            f"{args.workers} workers, {args.clients} JSON-RPC clients for {args.seconds} s on "
            f"{args.prospects} prospects of {RECORDS_PER_PROSPECT} records; {rate:.1f} calls/s in all."
        ),
        "",
        "| call | outcome | calls |",
        "| --- | --- | ---: |",
    ]
    lines += [
        f"| {operation} | {outcome} | {count} |" for (operation, outcome), count in sorted(counts.items())
    ]
    lines += [
        "",
        "Server killed (SIGKILL, workers included) during a merge of 50 records, then restarted:",
        "",
    ]
    lines += [f"- after {delay} s: the 50 records {outcome}" for delay, outcome in kills]
    lines += ["", "| consistency check | found | expected |", "| --- | ---: | ---: |"]
    lines += [
        f"| {what} | {found} | {'-' if expected is None else expected} |" for what, found, expected in checks
    ]
    text = "\n".join(lines)
    print("\n" + text)
    (BENCH_DIR / "results").mkdir(exist_ok=True)
    detail = BENCH_DIR / "results" / f"{today}-merge-load.md"
    detail.write_text(f"# Merge under load and faults, {today}\n\n{text}\n", encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    start, end = readme.find(SECTION_START), readme.find(SECTION_END)
    if start >= 0 and end > start:
        README.write_text(readme[:start] + f"{SECTION_START}\n{text}\n" + readme[end:], encoding="utf-8")
    print(f"\nwritten to {detail.relative_to(REPO_DIR)} and bench/README.md")


def main(argv):
    """Parse the command line, run the load and the faults, report; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--prospects", type=int, default=150)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    (DATA_DIR / "logs").mkdir(parents=True, exist_ok=True)
    addons = addons_path()
    subprocess.run(["dropdb", "--if-exists", DATABASE], check=True)
    odoo = [odoo_python(), "-m", "odoo", "--addons-path", addons, "-d", DATABASE, "--no-http"]
    run("merge_load_create", [*odoo, "-i", "crm_lead_convert", "--without-demo=all", "--stop-after-init"])
    server = Server(addons, args.workers)
    server.start()
    try:
        emails, created = create_prospects(Client(server.port), args.prospects)
        counts, rate = load(server.port, args.clients, args.seconds, emails, args.seed)
        kills = []
        for number in range(args.kills):
            delay = round(0.3 + 0.6 * number, 1)
            kills.append((delay, kill_during_merge(server, delay)))
        created += KILL_MERGE_SIZE * args.kills
        report(args, counts, rate, kills, consistency(created))
    finally:
        server.kill()
        subprocess.run(["dropdb", "--if-exists", DATABASE], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
