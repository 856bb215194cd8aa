"""Translations: Indonesian and Dutch cover every term of each addon, fully, with placeholders intact.

That the .pot itself is current is checked by the Odoo tier (tools/check_pot.py against a fresh export).
"""

import re
from pathlib import Path

import polib
import pytest

REPO = Path(__file__).resolve().parent.parent
ADDONS = sorted(path.parent.name for path in REPO.glob("*/__manifest__.py"))
LANGUAGES = ("id", "nl")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|%%")


def placeholders(text):
    """Return the sorted printf placeholders of ``text`` (``%(name)s``, ``%s``, ``%%``)."""
    return sorted(PLACEHOLDER.findall(text))


def test_both_addons_are_checked():
    assert ADDONS == ["crm_lead_convert", "crm_lead_convert_queue_job"]


@pytest.mark.parametrize("addon", ADDONS)
def test_pot_exists_and_no_english_po(addon):
    assert (REPO / addon / "i18n" / f"{addon}.pot").is_file()
    assert not (REPO / addon / "i18n" / "en.po").exists()


@pytest.mark.parametrize("addon", ADDONS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_po_translates_every_term(addon, language):
    po = polib.pofile(str(REPO / addon / "i18n" / f"{language}.po"))
    translated = {
        entry.msgid: entry for entry in po if entry.msgstr and not entry.fuzzy and not entry.obsolete
    }
    pot = polib.pofile(str(REPO / addon / "i18n" / f"{addon}.pot"))
    missing = [entry.msgid for entry in pot if entry.msgid not in translated]
    assert missing == []
    assert [entry.msgid for entry in po if entry.fuzzy] == []


@pytest.mark.parametrize("addon", ADDONS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_po_keeps_placeholders(addon, language):
    po = polib.pofile(str(REPO / addon / "i18n" / f"{language}.po"))
    broken = [
        (entry.msgid, entry.msgstr)
        for entry in po
        if entry.msgstr and placeholders(entry.msgid) != placeholders(entry.msgstr)
    ]
    assert broken == []


def test_placeholders_finds_each_kind():
    assert placeholders("%(name)s is 100 %% of %s") == ["%%", "%(name)s", "%s"]
