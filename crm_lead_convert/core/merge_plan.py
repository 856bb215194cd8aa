"""Which record survives a merge of leads and opportunities, and what it receives from the others.

The rules follow Odoo's user documentation "Merge similar leads and opportunities":

- the lead or opportunity created first survives and the others' information is merged into it, whatever
  their type or stage (stock Odoo's code keeps the most advanced record instead, see
  ``crm.lead._sort_by_confidence_level``; the documented rule is the one users are told);
- merging a lead with an opportunity gives an opportunity, whichever was created first;
- an empty field of the survivor is filled from the others in creation order;
- descriptions are all kept, tags are united;
- where records hold different values, the user may pick the record whose value is kept;
- fields that only make sense together (an address) are taken together from one record;
- at most 50 records are merged at once;
- records are merged within one company (see :func:`mergeable_in_company`).

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

# How the merge plans a field, by field type.
KIND_BY_FIELD_TYPE = {
    "many2one": KIND_MANY2ONE,
    "many2many": KIND_MANY2MANY,
    "text": KIND_TEXT,
    "html": KIND_TEXT,
    "char": KIND_SCALAR,
    "selection": KIND_SCALAR,
    "integer": KIND_SCALAR,
    "float": KIND_SCALAR,
    "monetary": KIND_SCALAR,
    "date": KIND_SCALAR,
    "datetime": KIND_SCALAR,
    "boolean": KIND_SCALAR,
}

TYPE_LEAD = "lead"
TYPE_OPPORTUNITY = "opportunity"

ERROR_TOO_FEW = "too_few"
ERROR_TOO_MANY = "too_many"
ERROR_UNKNOWN_RECORD = "unknown_record"
ERROR_UNKNOWN_FIELD = "unknown_field"
ERROR_NOT_OVERRIDABLE = "not_overridable"
KIND_GROUP_MEMBER = "group"

_COLLECTIONS = (list, tuple, set, frozenset)


class MergeError(Exception):
    """A merge that cannot be planned.

    ``code`` is one of the ``ERROR_*`` constants and ``details`` holds the values a message needs:

    - ``too_few``: ``count``;
    - ``too_many``: ``count``, ``max_records``;
    - ``unknown_field``: ``field`` (an override names a field absent from ``field_kinds``);
    - ``not_overridable``: ``field``, ``kind`` (an override names a text, tags or type field, which merge
      every record's value rather than choose one, or a field of a group other than its first, the group
      being chosen as a whole through its first field; ``kind`` is then ``group``);
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
    """A field edited after the merge: undoing the merge would overwrite that edit.

    ``snapshot_value`` is the value before the merge, the one the undo would write back.
    """

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


def mergeable_in_company(company_id, candidates):
    """Return, in their order, the ids of ``candidates`` that may be merged with a record of ``company_id``.

    ``candidates`` is ``((record id, company id or False), ...)``. Records are merged within one company:
    those of ``company_id`` and those of no company, which go with any. For a record of no company
    (``company_id`` False), every candidate is kept while they belong to one company at most; when they
    belong to several, only those of no company are: nothing tells which company the record goes with.
    """
    if company_id:
        return tuple(record_id for record_id, company in candidates if not company or company == company_id)
    companies = {company for _record_id, company in candidates if company}
    return tuple(record_id for record_id, company in candidates if len(companies) <= 1 or not company)


def field_kind(fname, field_type):
    """Return how the merge plans field ``fname`` of type ``field_type``: the lead's type by its own rule."""
    if fname == "type":
        return KIND_TYPE
    return KIND_BY_FIELD_TYPE[field_type]


def plannable_fields(stored_types, merged_fnames, kept=(), followed=()):
    """Return, in order and once each, the fields of ``merged_fnames`` the merge plans.

    ``stored_types`` is ``{field name: field type}`` of the stored fields. Those of a type the merge knows
    are planned, but the fields ``kept`` as the survivor has them and those another module's rule decides
    (``followed``).
    """
    return list(
        dict.fromkeys(
            fname
            for fname in merged_fnames
            if stored_types.get(fname) in KIND_BY_FIELD_TYPE and fname not in kept and fname not in followed
        )
    )


def find_conflicts(records, field_kinds, groups=()):
    """Return the fields where records hold different non-empty values, for the user to choose from.

    The result maps each such field to ``((record id, value), ...)`` for every record whose value is not
    empty, in creation order. Only scalar, number and many2one fields are considered (see ``CHOICE_KINDS``).
    A group of ``groups`` (a tuple of such fields, taken together from one record) is one entry, under its
    first field, whose values are tuples holding the group's fields in order; a record counts when any of
    them is set. No count limits are checked, so the wizard can show conflicts before :func:`plan_merge`
    refuses.
    """
    _check_kinds(field_kinds, groups)
    ordered = order_for_merge(records)
    grouped = {field for group in groups for field in group}
    conflicts = {}
    for field, kind in field_kinds.items():
        if kind not in CHOICE_KINDS or field in grouped:
            continue
        candidates = tuple(
            (record["id"], record.get(field)) for record in ordered if not _is_empty(kind, record.get(field))
        )
        if _disagree(candidates):
            conflicts[field] = candidates
    for group in groups:
        candidates = tuple(
            (record["id"], tuple(record.get(field) for field in group))
            for record in ordered
            if _group_is_set(record, group, field_kinds)
        )
        if _disagree(candidates, same=_same_tuple):
            conflicts[group[0]] = candidates
    return conflicts


def plan_merge(
    records, field_kinds, overrides=None, max_records=MAX_MERGE_RECORDS, separator="\n\n", groups=()
):
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

    ``groups`` lists tuples of scalar, number or many2one fields taken together from one record: the
    survivor if any of them is set there, else the first record in creation order where one is set. An
    address so never mixes one record's street with another's city.

    ``overrides`` maps a scalar, number or many2one field to the id of the record whose value the user
    chose; that value is taken as it is, even empty. A group is chosen through its first field. Raises
    :class:`MergeError` for fewer than 2 or more than ``max_records`` records and for an invalid override.
    """
    ordered = order_for_merge(records)
    if len(ordered) < 2:
        raise MergeError(ERROR_TOO_FEW, count=len(ordered))
    if len(ordered) > max_records:
        raise MergeError(ERROR_TOO_MANY, count=len(ordered), max_records=max_records)
    _check_kinds(field_kinds, groups)
    by_id = {record["id"]: record for record in ordered}
    overrides = overrides or {}
    group_members = {field for group in groups for field in group[1:]}
    for field, record_id in overrides.items():
        if field not in field_kinds:
            raise MergeError(ERROR_UNKNOWN_FIELD, field=field)
        if field_kinds[field] not in CHOICE_KINDS:
            raise MergeError(ERROR_NOT_OVERRIDABLE, field=field, kind=field_kinds[field])
        if field in group_members:
            raise MergeError(ERROR_NOT_OVERRIDABLE, field=field, kind=KIND_GROUP_MEMBER)
        if record_id not in by_id:
            raise MergeError(ERROR_UNKNOWN_RECORD, field=field, record_id=record_id)

    survivor = ordered[0]
    sources = {}
    for group in groups:
        if group[0] in overrides:
            source = by_id[overrides[group[0]]]
        else:
            source = next(
                (record for record in ordered if _group_is_set(record, group, field_kinds)), survivor
            )
        sources.update(dict.fromkeys(group, source))
    by_rule = kept_values(
        ordered,
        {
            field: kind
            for field, kind in field_kinds.items()
            if field not in sources and field not in overrides
        },
        separator,
    )
    values = {}
    for field in field_kinds:
        if field in sources:
            value = sources[field].get(field)
        elif field in overrides:
            value = by_id[overrides[field]].get(field)
        else:
            value = by_rule[field]
        if not _same(value, survivor.get(field)):
            values[field] = value
    return MergePlan(
        survivor_id=survivor["id"],
        merged_ids=tuple(record["id"] for record in ordered[1:]),
        values=values,
        conflicts=find_conflicts(ordered, field_kinds, groups),
    )


def kept_values(records, field_kinds, separator="\n\n"):
    """Return ``{field: value}``: what each field of ``field_kinds`` holds after merging ``records`` (one or
    more) without overrides, as :func:`plan_merge` plans it, the survivor's own values included: for a merge
    pop-up to show beforehand what the kept record will have."""
    _check_kinds(field_kinds)
    ordered = order_for_merge(records)
    return {
        field: _merged_value(kind, [record.get(field) for record in ordered], separator)
        for field, kind in field_kinds.items()
    }


def plan_undo(snapshot, merged_values, current, *, survivor_id, after_merge=None):
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

    ``after_merge`` (``{record id: {field: value}}``), when given, holds what the merge left on the other
    records (archived, marked as merged): their fields whose current value differs from it are drift too,
    after the survivor's, in the snapshot's order.

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
    for record_id, record_after in (after_merge or {}).items():
        if record_id == survivor_id:
            continue
        drift += tuple(
            Drift(record_id, field, value, current[record_id][field])
            for field, value in snapshot[record_id].items()
            if not _same(record_after.get(field, value), current[record_id][field])
        )
    return UndoPlan(writes=writes, drift=drift)


def _check_kinds(field_kinds, groups=()):
    # Programming errors in the Odoo layer, not something a user can fix: no MergeError code.
    unknown = {field: kind for field, kind in field_kinds.items() if kind not in FIELD_KINDS}
    if unknown:
        raise ValueError(f"unknown field kinds: {unknown}")
    grouped = [field for group in groups for field in group]
    invalid = [field for field in grouped if field_kinds.get(field) not in CHOICE_KINDS]
    if invalid or len(grouped) != len(set(grouped)) or not all(groups):
        raise ValueError(f"groups must be disjoint, non-empty and of choice kinds: {groups}")


def _group_is_set(record, group, field_kinds):
    return any(not _is_empty(field_kinds[field], record.get(field)) for field in group)


def _disagree(candidates, same=None):
    same = same or _same
    return any(not same(value, candidates[0][1]) for _record_id, value in candidates[1:])


def _same_tuple(values, others):
    # A group's values are positional: (street, city) is not (city, street), unlike a list of ids.
    return len(values) == len(others) and all(map(_same, values, others))


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
