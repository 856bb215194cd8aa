"""Run the Odoo tier: this addon's tests and stock crm's tests, in a database where the addon is installed.

Usage, with the Python that has Odoo:

- ``python tools/run_odoo_tests.py --database DB --data-dir DIR MODULE [MODULE ...]``: run the modules' tests;
  ``--test-tags TAGS`` runs only those (Odoo's ``--test-tags`` syntax) among them;
- ``python tools/run_odoo_tests.py --print-addons-path``: print the addons path it uses (for ``odoo-bin``).

``odoo-bin --test-enable`` runs a module's at_install tests while that module loads, before the modules that
depend on it: stock crm's own tests would never see this addon. Here the registry is loaded whole first,
addon included, then every test of the given modules runs, at_install tests before post_install tests as
Odoo orders them. The last line is the plain count ``odoo: N passed, N failed, N skipped``.
"""

import argparse
import os
import socket
import sys
import threading
from pathlib import Path

import odoo
from odoo.tools import config

import odoo.addons

REPO_ROOT = Path(__file__).resolve().parent.parent

# How long a tour waits for Chromium to start, in seconds (Odoo's own wait is 10 s)
BROWSER_START_SECONDS = 60

# Stock crm tests that assert what Odoo's documentation says otherwise, and this addon does as documented
# (issue 5): "Odoo gives priority to whichever lead/opportunity was created in the system first" (stock keeps
# the most advanced record and fills fields from it), and merged records are archived to be recoverable
# (stock deletes them, lead assignment included); and a lead at 100 % is never merged, whatever the path
# (issue 12). Each is left out by name, with its reason; every other stock crm test runs.
STOCK_TESTS_CONTRADICTED = {
    "crm:TestLeadConvert.test_lead_merge_last_created": "asserts merged records are deleted",
    "crm:TestLeadConvert.test_lead_merge_duplicates_flow": "asserts merged records are deleted",
    "crm:TestLeadConvertMass.test_mass_convert_deduplicate": "asserts merged records are deleted",
    "crm:TestLeadConvertMass.test_mass_convert_with_original_and_duplicate_selected": (
        "asserts merged records are deleted"
    ),
    "crm:TestLeadMerge.test_lead_merge_internals": "asserts merged records are deleted",
    "crm:TestLeadMerge.test_lead_merge_mixed": "asserts merged records are deleted",
    "crm:TestLeadMerge.test_lead_merge_address_not_propagated": "asserts the most advanced record survives",
    "crm:TestLeadMerge.test_lead_merge_address_propagated": "asserts the most advanced record survives",
    "crm:TestLeadMerge.test_merge_method": "asserts the most advanced record survives",
    "crm:TestLeadMerge.test_merge_method_dependencies": "asserts the most advanced record survives",
    "crm:TestLeadMerge.test_merge_method_propagate_lost_reason": "asserts the most advanced record survives",
    "crm:TestLeadMerge.test_merge_method_followers": "asserts the most advanced record survives",
    "crm:TestLeadAssign.test_merge_assign_keep_master_team": (
        "asserts lead assignment deletes the duplicates it merged"
    ),
    "crm:TestCRMLead.test_crm_lead_update_dates": (
        "merges a won (100 %) opportunity through merge_opportunity; the 100 % rule refuses it on every path"
    ),
    "crm:TestLeadAssignPerf.test_assign_perf_populated": (
        "query budget of stock's deleting merge; the lossless merge costs about 20 queries more a merge"
    ),
    "crm:TestLeadAssignPerf.test_assign_perf_duplicates": (
        "query budget of stock's deleting merge; archiving and tracking the merged duplicates costs more"
    ),
}


def addons_path():
    """Return the addons path: Odoo's own addons folders (source tree or installed package) and this repo."""
    odoo_root = Path(odoo.__file__).resolve().parent.parent
    folders = [odoo_root / "addons", *map(Path, odoo.addons.__path__), REPO_ROOT]
    return ",".join(str(folder) for folder in dict.fromkeys(folders) if folder.is_dir())


def free_port():
    """Return a free TCP port on the loopback interface, for the HTTP server that HttpCase tests call."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_tests(dbname, data_dir, modules, test_tags=None):
    """Load ``dbname`` and run the tests of ``modules`` (those of ``test_tags`` only, if given); return the
    process exit code."""
    if test_tags is None:
        test_tags = ",".join(
            [f"/{module}" for module in modules]
            + [f"-/{test}" for test in STOCK_TESTS_CONTRADICTED if test.split(":")[0] in modules]
        )
    config.parse_config(
        [
            "--database",
            dbname,
            "--data-dir",
            data_dir,
            "--addons-path",
            addons_path(),
            "--http-interface",
            "127.0.0.1",
            "--http-port",
            str(free_port()),
            "--test-tags",
            test_tags,
            "--log-level",
            os.environ.get("ODOO_TEST_LOG_LEVEL", "test"),
        ]
    )
    # HttpCase asks the module-level server for its port
    server = odoo.service.server.server = odoo.service.server.ThreadedServer(odoo.http.root)
    server.http_spawn()
    threading.current_thread().dbname = dbname
    # test_enable only after loading: otherwise each module's at_install tests run as it loads
    registry = odoo.modules.registry.Registry.new(dbname)
    config["test_enable"] = True
    # Odoo logs an error when its test framework is imported outside test mode
    from odoo.tests import common, loader

    # Odoo gives Chromium 10 s to open its debugging port, then skips the tour and leaves that Chromium
    # running. On a busy 2-core machine it sometimes needs longer: a skipped tour is a flow not tested.
    common.CHECK_BROWSER_ITERATIONS = max(
        common.CHECK_BROWSER_ITERATIONS, round(BROWSER_START_SECONDS / common.CHECK_BROWSER_SLEEP)
    )
    common.BROWSER_WAIT = common.CHECK_BROWSER_SLEEP * common.CHECK_BROWSER_ITERATIONS

    for test, reason in STOCK_TESTS_CONTRADICTED.items():
        if test.split(":")[0] in modules and f"-/{test}" in test_tags:
            print(f"left out: {test} ({reason})", flush=True)
    report = registry._assertion_report
    for position in ("at_install", "post_install"):
        report.update(loader.run_suite(loader.make_suite(modules, position), global_report=report))
    report.log_stats()
    failed = report.failures_count + report.errors_count
    passed = report.testsRun - failed - report.skipped
    print(f"odoo: {passed} passed, {failed} failed, {report.skipped} skipped", flush=True)
    return 0 if report.wasSuccessful() and report.testsRun else 1


def main(argv):
    """Parse the command line and do what it asks; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--print-addons-path", action="store_true")
    parser.add_argument("--database")
    parser.add_argument("--data-dir")
    parser.add_argument("--test-tags", help="run only these tests of the modules (Odoo's --test-tags syntax)")
    parser.add_argument("modules", nargs="*")
    args = parser.parse_args(argv)
    if args.print_addons_path:
        print(addons_path())
        return 0
    if not (args.database and args.data_dir and args.modules):
        parser.error("--database, --data-dir and at least one module are needed")
    return run_tests(args.database, args.data_dir, args.modules, args.test_tags)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
