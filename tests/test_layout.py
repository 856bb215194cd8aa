"""The project's layout: what Odoo would silently leave out."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ADDONS = sorted(path.parent for path in REPO.glob("*/__manifest__.py"))


@pytest.mark.parametrize("addon", ADDONS, ids=lambda path: path.name)
def test_every_odoo_test_file_is_imported(addon):
    """Odoo runs only the test modules ``tests/__init__.py`` imports; pytest-odoo would run a forgotten one
    by hand and hide it."""
    imported = {
        line.split("import", 1)[1].strip()
        for line in (addon / "tests" / "__init__.py").read_text(encoding="utf-8").splitlines()
        if line.startswith("from . import")
    }
    files = {path.stem for path in (addon / "tests").glob("test_*.py")}
    assert files
    assert files - imported == set()
