"""Translations: Indonesian and Dutch cover every term of the addon, fully, with placeholders intact.

That the .pot itself is current is checked by the Odoo tier (tools/check_pot.py against a fresh export).
"""

import re
from pathlib import Path

import polib
import pytest

I18N = Path(__file__).resolve().parent.parent / "crm_lead_convert" / "i18n"
POT = I18N / "crm_lead_convert.pot"
LANGUAGES = ("id", "nl")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|%%")


def placeholders(text):
    """Return the sorted printf placeholders of ``text`` (``%(name)s``, ``%s``, ``%%``)."""
    return sorted(PLACEHOLDER.findall(text))


def test_pot_exists_and_no_english_po():
    assert POT.is_file()
    assert not (I18N / "en.po").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_po_translates_every_term(language):
    po = polib.pofile(str(I18N / f"{language}.po"))
    translated = {
        entry.msgid: entry for entry in po if entry.msgstr and not entry.fuzzy and not entry.obsolete
    }
    missing = [entry.msgid for entry in polib.pofile(str(POT)) if entry.msgid not in translated]
    assert missing == []
    assert [entry.msgid for entry in po if entry.fuzzy] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_po_keeps_placeholders(language):
    po = polib.pofile(str(I18N / f"{language}.po"))
    broken = [
        (entry.msgid, entry.msgstr)
        for entry in po
        if entry.msgstr and placeholders(entry.msgid) != placeholders(entry.msgstr)
    ]
    assert broken == []


def test_placeholders_finds_each_kind():
    assert placeholders("%(name)s is 100 %% of %s") == ["%%", "%(name)s", "%s"]
