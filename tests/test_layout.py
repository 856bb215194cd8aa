"""The project's layout: what Odoo would silently leave out."""

from pathlib import Path

ADDON = Path(__file__).resolve().parent.parent / "crm_lead_convert"


def test_every_odoo_test_file_is_imported():
    """Odoo runs only the test modules ``tests/__init__.py`` imports; pytest-odoo would run a forgotten one
    by hand and hide it."""
    imported = {
        line.split("import", 1)[1].strip()
        for line in (ADDON / "tests" / "__init__.py").read_text(encoding="utf-8").splitlines()
        if line.startswith("from . import")
    }
    files = {path.stem for path in (ADDON / "tests").glob("test_*.py")}
    assert files - imported == set()
