"""Which record survives a merge of leads and opportunities, and what it receives from the others.

The rules follow Odoo's user documentation "Merge similar leads and opportunities":

- the lead or opportunity created first survives and the others' information is merged into it, whatever
  their type or stage (stock Odoo's code keeps the most advanced record instead, see
  ``crm.lead._sort_by_confidence_level``; the documented rule is the one users are told);
- merging a lead with an opportunity gives an opportunity, whichever was created first;
- an empty field of the survivor is filled from the others in creation order;
- descriptions are all kept, tags are united;
- where records hold different values, the user may pick the record whose value is kept;
- at most 50 records are merged at once.

Records are plain mappings (``{"id": 7, "create_date": datetime, "email_from": ...}``) read by the Odoo layer,
which also turns :class:`MergeError` codes into translated messages.
"""

from dataclasses import dataclass
from typing import NamedTuple

MAX_MERGE_RECORDS = 50

KIND_SCALAR = "scalar"
KIND_NUMBER = "number"
KIND_TEXT = "text"
KIND_MANY2ONE = "many2one"
KIND_MANY2MANY = "many2many"
KIND_TYPE = "type"
FIELD_KINDS = frozenset({KIND_SCALAR, KIND_NUMBER, KIND_TEXT, KIND_MANY2ONE, KIND_MANY2MANY, KIND_TYPE})
# Kinds whose merged value is one record's value: only these can disagree and be chosen by the user. Texts
# and tags keep every record's value, and the type follows the documented rule whatever the user prefers.
CHOICE_KINDS = frozenset({KIND_SCALAR, KIND_NUMBER, KIND_MANY2ONE})

TYPE_LEAD = "lead"
TYPE_OPPORTUNITY = "opportunity"

ERROR_TOO_FEW = "too_few"
ERROR_TOO_MANY = "too_many"
ERROR_UNKNOWN_RECORD = "unknown_record"
ERROR_UNKNOWN_FIELD = "unknown_field"
ERROR_NOT_OVERRIDABLE = "not_overridable"

_COLLECTIONS = (list, tuple, set, frozenset)


class MergeError(Exception):
    """A merge that cannot be planned.

    ``code`` is one of the ``ERROR_*`` constants and ``details`` holds the values a message needs:

    - ``too_few``: ``count``;
    - ``too_many``: ``count``, ``max_records``;
    - ``unknown_field``: ``field`` (an override names a field absent from ``field_kinds``);
    - ``not_overridable``: ``field``, ``kind`` (an override names a text, tags or type field, which merge
      every record's value rather than choose one);
    - ``unknown_record``: ``field``, ``record_id`` (an override names a record not being merged).
    """

    def __init__(self, code, **details):
        super().__init__(code, details)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class MergePlan:
    """The outcome of :func:`plan_merge`."""

    survivor_id: int
    merged_ids: tuple  # the other records, in creation order
    values: dict  # {field: value} to write on the survivor, only the fields whose value changes
    conflicts: dict  # {field: ((record id, value), ...)}, as returned by find_conflicts


class Drift(NamedTuple):
    """A survivor field edited after the merge: undoing the merge would overwrite that edit."""

    record_id: int
    field: str
    snapshot_value: object
    current_value: object


@dataclass(frozen=True)
class UndoPlan:
    """The outcome of :func:`plan_undo`."""

    writes: dict  # {record id: {field: value}}, only the records and fields that differ from the snapshot
    drift: tuple  # Drift entries, in the snapshot's field order


def order_for_merge(records):
    """Return ``records`` as a list, earliest created first.

    Records created at the same moment are ordered by id; records without ``create_date`` come last, by id.
    """
    return sorted(
        records, key=lambda record: (record["create_date"] is None, record["create_date"], record["id"])
    )


def find_conflicts(records, field_kinds):
    """Return the fields where records hold different non-empty values, for the user to choose from.

    The result maps each such field to ``((record id, value), ...)`` for every record whose value is not
    empty, in creation order. Only scalar, number and many2one fields are considered (see ``CHOICE_KINDS``).
    No count limits are checked, so the wizard can show conflicts before :func:`plan_merge` refuses.
    """
    _check_kinds(field_kinds)
    ordered = order_for_merge(records)
    conflicts = {}
    for field, kind in field_kinds.items():
        if kind not in CHOICE_KINDS:
            continue
        candidates = tuple(
            (record["id"], record.get(field)) for record in ordered if not _is_empty(kind, record.get(field))
        )
        if any(not _same(value, candidates[0][1]) for _record_id, value in candidates[1:]):
            conflicts[field] = candidates
    return conflicts


def plan_merge(records, field_kinds, overrides=None, max_records=MAX_MERGE_RECORDS, separator="\n\n"):
    """Plan the merge of ``records`` into the earliest created one.

    ``field_kinds`` maps each field to merge to its kind:

    - ``scalar``: the survivor's value if set, else the first set value in creation order. Any falsy value
      (None, False, "", 0, empty collection) counts as empty, as in stock Odoo: Odoo reads an unset number
      as 0 and cannot tell it from a real 0;
    - ``number``: as scalar, but only None and False are empty, for numbers where 0 is a real value
      (a probability of 0 %);
    - ``many2one``: as scalar, on ids;
    - ``text``: the non-empty texts (blank ones are empty), in creation order, each distinct text once,
      joined by ``separator``. ``separator.join`` is used, so a ``markupsafe.Markup`` separator keeps
      html descriptions safe;
    - ``many2many``: the union of the id lists, in order of first appearance, as a tuple;
    - ``type``: ``opportunity`` if any record is one, else ``lead``.

    ``overrides`` maps a scalar, number or many2one field to the id of the record whose value the user
    chose; that value is taken as it is, even empty. Raises :class:`MergeError` for fewer than 2 or more than
    ``max_records`` records and for an invalid override.
    """
    ordered = order_for_merge(records)
    if len(ordered) < 2:
        raise MergeError(ERROR_TOO_FEW, count=len(ordered))
    if len(ordered) > max_records:
        raise MergeError(ERROR_TOO_MANY, count=len(ordered), max_records=max_records)
    _check_kinds(field_kinds)
    by_id = {record["id"]: record for record in ordered}
    overrides = overrides or {}
    for field, record_id in overrides.items():
        if field not in field_kinds:
            raise MergeError(ERROR_UNKNOWN_FIELD, field=field)
        if field_kinds[field] not in CHOICE_KINDS:
            raise MergeError(ERROR_NOT_OVERRIDABLE, field=field, kind=field_kinds[field])
        if record_id not in by_id:
            raise MergeError(ERROR_UNKNOWN_RECORD, field=field, record_id=record_id)

    survivor = ordered[0]
    values = {}
    for field, kind in field_kinds.items():
        if field in overrides:
            value = by_id[overrides[field]].get(field)
        else:
            value = _merged_value(kind, [record.get(field) for record in ordered], separator)
        if not _same(value, survivor.get(field)):
            values[field] = value
    return MergePlan(
        survivor_id=survivor["id"],
        merged_ids=tuple(record["id"] for record in ordered[1:]),
        values=values,
        conflicts=find_conflicts(ordered, field_kinds),
    )


def plan_undo(snapshot, merged_values, current, *, survivor_id):
    """Plan how to undo a merge, and find the survivor's edits that the undo would overwrite.

    - ``snapshot``: ``{record id: {field: value}}``, the survivor and the merged records before the merge;
    - ``merged_values``: ``{field: value}`` the merge wrote on the survivor (:attr:`MergePlan.values` plus
      anything the Odoo layer wrote besides); every one of these fields must be in the survivor's snapshot,
      else the undo could not restore it and ``ValueError`` is raised;
    - ``current``: the same records and fields as ``snapshot``, read now.

    ``writes`` restores the snapshot: for each record, the fields whose current value differs from it.
    ``drift`` lists, as :class:`Drift`, the survivor's fields whose current value differs from what the
    merge left there (``merged_values``, or the snapshot value for a field the merge did not write). Only
    the survivor is checked: it is the record users keep working on after the merge. The caller decides
    whether drift refuses the undo.

    Lists of ids compare as sets, since Odoo returns many2many ids in the related model's order, not in the
    order they were written.
    """
    survivor_snapshot = snapshot[survivor_id]
    unrestorable = [field for field in merged_values if field not in survivor_snapshot]
    if unrestorable:
        raise ValueError(f"merged fields missing from the survivor's snapshot: {unrestorable}")

    writes = {}
    for record_id, record_snapshot in snapshot.items():
        record_current = current[record_id]
        changed = {
            field: value
            for field, value in record_snapshot.items()
            if not _same(value, record_current[field])
        }
        if changed:
            writes[record_id] = changed
    survivor_current = current[survivor_id]
    drift = tuple(
        Drift(survivor_id, field, value, survivor_current[field])
        for field, value in survivor_snapshot.items()
        if not _same(merged_values.get(field, value), survivor_current[field])
    )
    return UndoPlan(writes=writes, drift=drift)


def _check_kinds(field_kinds):
    unknown = {field: kind for field, kind in field_kinds.items() if kind not in FIELD_KINDS}
    if unknown:
        # A programming error in the Odoo layer, not something a user can fix: no MergeError code.
        raise ValueError(f"unknown field kinds: {unknown}")


def _is_empty(kind, value):
    if kind == KIND_NUMBER:
        return value is None or value is False
    if kind == KIND_TEXT:
        return not value or not value.strip()
    return not value


def _same(value, other):
    if isinstance(value, _COLLECTIONS) and isinstance(other, _COLLECTIONS):
        return set(value) == set(other)
    # False == 0 in Python, but for a number field False means "unset" and 0 is a value.
    return value == other and isinstance(value, bool) == isinstance(other, bool)


def _merged_value(kind, values, separator):
    """Merge ``values`` (one per record, survivor first); keep the survivor value when nothing is set."""
    if kind == KIND_TYPE:
        return TYPE_OPPORTUNITY if TYPE_OPPORTUNITY in values else TYPE_LEAD
    if kind == KIND_TEXT:
        texts = []
        for value in values:
            if not _is_empty(kind, value) and value not in texts:
                texts.append(value)
        return separator.join(texts) if texts else values[0]
    if kind == KIND_MANY2MANY:
        ids = []
        for value in values:
            for record_id in value or ():
                if record_id not in ids:
                    ids.append(record_id)
        return tuple(ids) if ids else values[0]
    return next((value for value in values if not _is_empty(kind, value)), values[0])
