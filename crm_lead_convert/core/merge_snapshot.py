"""What a merge keeps to be undone, what it moved, and in which order the undo writes it back.

A merge snapshot holds every stored field of the records merged, as JSON: ids for relations, dates as text.
The related records a merge moves onto the survivor (messages, attachments, activities, meetings, and the
records of other one2many fields such as sale_crm's quotations) are kept as rows ``[id, lead id, ...]``
naming the lead they were on. The Odoo layer reads the records and writes them back; this module decides.
"""

from dataclasses import dataclass

from . import merge_plan

# Field types a snapshot can hold as JSON and write back as they were; a properties field is kept as
# stored, ``{property name: value}``, since changing the team replaces it.
SNAPSHOT_TYPES = frozenset(merge_plan.KIND_BY_FIELD_TYPE) | {"properties"}
# Written after the other values when restoring: crm.lead's write() sets them from the stage, the
# salesperson and the active state written with them.
DATES_LAST = ("date_closed", "date_open", "date_last_stage_update")
# Related records the merge moves onto the survivor with other values changed besides their link to the lead
# (subjects, names...), each with that link.
MOVED_MODELS = {
    "mail.message": "res_id",
    "ir.attachment": "res_id",
    "mail.activity": "res_id",
    "calendar.event": "opportunity_id",
}
# Key, in a merge's moved records, of the other one2many records the merge moved: ``{field: [[id, lead]]}``.
MOVED_ONE2MANY_KEY = "one2many"
# Keys, in a merge's moved records, of the survivor's followers before the merge and of those it added.
FOLLOWERS_BEFORE_KEY = "followers_before"
FOLLOWERS_ADDED_KEY = "mail.followers"


@dataclass(frozen=True)
class FieldInfo:
    """What the decisions here need to know of a field of the lead."""

    name: str
    type: str
    store: bool = True
    related: bool = False
    # computed from other fields, and not editable: recomputed rather than written back
    derived: bool = False
    # a one2many's records: they are in a table of their own (not an SQL view, not a wizard's)...
    comodel: str = ""
    comodel_is_table: bool = False
    # ... and point at the lead through a stored many2one of their own, neither computed nor related
    inverse_name: str = ""
    inverse_is_plain_link: bool = False


def snapshot_fields(fields, excluded=(), editable_only=False):
    """Return the fields a snapshot keeps: every stored field but related ones and ``excluded``.

    With ``editable_only``, leave out the derived fields: what changes there since a merge follows from the
    editable fields, or from statistics such as the lead scoring's.
    """
    return [
        field.name
        for field in fields.values()
        if field.store
        and field.type in SNAPSHOT_TYPES
        and field.name not in excluded
        and not field.related
        and not (editable_only and field.derived)
    ]


def movable_one2many(fields):
    """Return ``{one2many field: (model, many2one field to the lead)}``: the records a merge may move.

    Every one2many whose records point at the lead through a plain stored many2one, in a table of their own,
    once per such link. A computed or related link, an SQL view or a wizard is left out: writing the link back
    could not restore them. The records of ``MOVED_MODELS`` are left out: the merge changes more than their
    link, and they are kept with more.
    """
    links = {}
    for field in fields.values():
        link = (field.comodel, field.inverse_name)
        if (
            field.type == "one2many"
            and field.comodel not in MOVED_MODELS
            and field.comodel_is_table
            and field.inverse_is_plain_link
            and link not in links.values()
        ):
            links[field.name] = link
    return links


def moved_rows(rows, here_ids):
    """Return those of ``rows`` (``[id, lead id before, ...]``) whose record is now on the survivor."""
    here = set(here_ids)
    return [row for row in rows if row[0] in here]


def count_moved_away(rows, here_ids, existing_ids):
    """Return how many of ``rows``, moved by the merge, are on another record since: those that still exist
    (``existing_ids``) but are no longer on the survivor (``here_ids``). An undo would take them from where
    someone put them."""
    existing = set(existing_ids)
    return sum(1 for row in rows if row[0] in existing) - len(moved_rows(rows, here_ids))


def count_deleted(rows, existing_ids):
    """Return how many of ``rows``, moved by the merge, no longer exist: deleted since, an activity done. An
    undo cannot bring them back, and loses nothing more by leaving them gone."""
    existing = set(existing_ids)
    return sum(1 for row in rows if row[0] not in existing)


def rows_by_lead(rows):
    """Return ``{lead id: [record ids]}``: where each moved record goes back to, from rows ``[id, lead]``."""
    by_lead = {}
    for record_id, lead_id in rows:
        by_lead.setdefault(lead_id, []).append(record_id)
    return by_lead


def followers_added(followers_before, followers_now):
    """Return, sorted, the follower ids of ``followers_now`` that were not among ``followers_before``."""
    return sorted(set(followers_now) - set(followers_before))


def without_dates_last(values):
    """Return ``values`` but the dates crm.lead's write() sets from the others (``DATES_LAST``): the undo
    writes those back after, where they still differ."""
    return {fname: value for fname, value in values.items() if fname not in DATES_LAST}
