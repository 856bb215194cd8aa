"""18.0.1.10.0: Undo Merge on a group of Duplicates undoes the merge the group keeps a link to
(``merge_record_id``). The groups merged before are linked to theirs; those whose merge was undone since on
the kept record are to review again."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Link the merged groups to their merges."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.duplicate.group"]._link_merges()
