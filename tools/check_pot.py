"""Fail when the committed .pot differs from a fresh export by Odoo (a term added, changed or removed).

Usage: ``python tools/check_pot.py COMMITTED.pot FRESH.pot``. Header dates and source line references are
ignored; what counts is the set of terms and where each comes from.
"""

import sys

import polib


def terms(path):
    """Return ``{(msgctxt, msgid): sorted occurrences}`` of the .pot at ``path``."""
    return {
        (entry.msgctxt, entry.msgid): sorted(source for source, _line in entry.occurrences)
        for entry in polib.pofile(path)
    }


def main(committed_path, fresh_path):
    """Print the differences and return 1 if the committed .pot is stale, else 0."""
    committed, fresh = terms(committed_path), terms(fresh_path)
    added = sorted(set(fresh) - set(committed), key=str)
    removed = sorted(set(committed) - set(fresh), key=str)
    moved = sorted((key for key in set(fresh) & set(committed) if fresh[key] != committed[key]), key=str)
    for label, keys in (
        ("missing from", added),
        ("no longer in the code, still in", removed),
        ("moved in", moved),
    ):
        for _context, msgid in keys:
            print(f"stale .pot: {label} {committed_path}: {msgid!r}")
    if added or removed or moved:
        print("Export it again: see README, Translations.")
        return 1
    print(f"{committed_path} is current ({len(committed)} terms)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
