"""What the benchmark scripts share: where things are, Odoo's Python, logged steps, opening a database.

Plain Python: the orchestrators (run.py, merge_bench.py) run with any Python 3; only
:func:`open_registry` needs Odoo, and imports it when called.
"""

import subprocess
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / "data"
LOG_DIR = DATA_DIR / "logs"


class StepFailed(Exception):
    """A step of a benchmark failed; the message holds the end of its log."""


def odoo_python():
    """Return the Python that has Odoo 18.0, found as the test command finds it (``tools/setup-odoo``)."""
    found = subprocess.run(
        [str(REPO_DIR / "tools" / "setup-odoo"), "--find"], capture_output=True, text=True, check=False
    )
    if found.returncode:
        raise StepFailed("no Odoo 18.0 found: run ./run-tests or tools/setup-odoo once to install it")
    return found.stdout.strip()


def addons_path():
    """Return the addons path of this repository and Odoo's, as the test command uses it."""
    return subprocess.run(
        [odoo_python(), "tools/run_odoo_tests.py", "--print-addons-path"],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def run(step, command):
    """Run ``command``, its output logged to ``data/logs/<step>.log``; return ``(seconds, output)``.

    Raises :class:`StepFailed` with the log's last lines if the command fails.
    """
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    log = LOG_DIR / f"{step}.log"
    print(f"  {step} ...", end=" ", flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO_DIR, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    output = result.stdout + result.stderr
    log.write_text(output, encoding="utf-8")
    if result.returncode:
        tail = "\n".join(line[:300] for line in output.splitlines()[-15:])
        print("failed", flush=True)
        raise StepFailed(f"{step} failed ({result.returncode}), see {log.relative_to(REPO_DIR)}:\n{tail}")
    print(f"{elapsed:.1f} s", flush=True)
    return elapsed, output


def database_exists(name):
    """Tell whether the PostgreSQL database ``name`` exists (the name is passed as a psql variable)."""
    found = subprocess.run(
        ["psql", "-d", "postgres", "-tA", "-v", f"name={name}"],
        input="SELECT 1 FROM pg_database WHERE datname = :'name';\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout.strip() == "1"


def open_registry(database, addons_path=None, data_dir=None):
    """Configure Odoo for ``database`` (quiet logs) and return its registry; needs Odoo's Python."""
    # imported here: only the workers run with Odoo's Python
    import odoo
    from odoo.tools import config

    odoo_args = ["--database", database, "--log-level", "warn"]
    if addons_path:
        odoo_args += ["--addons-path", addons_path]
    if data_dir:
        odoo_args += ["--data-dir", data_dir]
    config.parse_config(odoo_args)
    return odoo.modules.registry.Registry(database)


def print_loaded(count, started):
    """Print a loader's last line, ``loaded N leads in S s (R leads/s)``, from its ``perf_counter`` start."""
    elapsed = time.perf_counter() - started
    print(f"loaded {count} leads in {elapsed:.1f} s ({count / elapsed:.0f} leads/s)", flush=True)
