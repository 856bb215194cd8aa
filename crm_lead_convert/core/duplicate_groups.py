"""Groups of records that are one prospect, across the whole CRM, from the pairs Similar Leads matches.

A scan of the database finds pairs of records that match (:func:`.similarity.match`, the one matcher).
Chaining those pairs blindly would put A, B and C in one group when A~B and B~C, even where A and C are
clearly two prospects: B may be a colleague's lead holding both companies' phone numbers. Groups are grown
instead from the surest pair down, and two groups join only when:

- no record of one is *clearly* another prospect than a record of the other: their reasons together weigh
  :data:`CLEARLY_DIFFERENT_WEIGHT` or less (another company name, say). A pair about which
  nothing is known (one record holds only an email address, the other only a phone number) does not keep
  groups apart: that is what the record between them is for;
- no pair across them is marked "not the same prospect";
- they do not hold records of two companies (records of no company go with any);
- the group stays within :data:`MAX_GROUP_SIZE` records, the most a merge takes.

A group's score is that of its weakest link, the least score of the pairs that joined it: a group is no
surer than that. Its links (the pairs that joined it, one fewer than its records) say why each record is in
it.

A group never reaches beyond the records linked to each other through matching pairs, so that the groups of
a whole CRM can be made a batch of linked records at a time (:func:`linked_batches`), within the time
limits of a scheduled action's run.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .merge_plan import MAX_MERGE_RECORDS

CLEARLY_DIFFERENT_WEIGHT = -5.0
"""Evidence (the sum of the weights of the reasons for and against, in bits, the prior left out) at or below
which two records are clearly two prospects: what speaks against outweighs what speaks for 32 times, as
company names that clearly differ do (``similarity.OTHER_COMPANY_WEIGHT``). Two leads of one prospect often
differ in more than one field (other numbers, a word of the name left out, another person): set on the
training set's 20,000 leads, where -5 and below found 9 to 11 pairs of one prospect more than -4 (of
5,560) and none of two prospects more; -5 rather than lower, so that clearly different company names alone
still keep two groups apart."""
MAX_GROUP_SIZE = MAX_MERGE_RECORDS


@dataclass(frozen=True, slots=True)
class Pair:
    """Two matching records, ``left_id`` < ``right_id``, with their score (0-100) and evidence (bits)."""

    left_id: int
    right_id: int
    score: int
    evidence: float


@dataclass(frozen=True, slots=True)
class Group:
    """Records that are one prospect: ``ids`` in order, the ``score`` of its weakest link, and its
    ``links``: the pairs that joined it, surest first, one fewer than its records, each record in one."""

    ids: tuple[int, ...]
    score: int
    links: tuple[Pair, ...]

    @property
    def weakest(self) -> Pair:
        """The pair that joined the group last, the least sure: its reasons say why the group holds."""
        return self.links[-1]


def _surest_first(pair: Pair) -> tuple:
    """Sort key of pairs, the surest first: by score, then evidence, then their records."""
    return (-pair.score, -pair.evidence, pair.left_id, pair.right_id)


def linked_sets(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, ...]]:
    """Return the sets of records linked to each other through ``pairs`` (two record ids each), step by
    step: each set in order, the sets ordered by their first record."""
    parent = {}

    def root(record_id):
        parent.setdefault(record_id, record_id)
        while parent[record_id] != record_id:
            parent[record_id] = parent[parent[record_id]]
            record_id = parent[record_id]
        return record_id

    for left_id, right_id in pairs:
        left_root, right_root = root(left_id), root(right_id)
        if left_root != right_root:
            parent[max(left_root, right_root)] = min(left_root, right_root)
    sets = {}
    for record_id in sorted(parent):
        sets.setdefault(root(record_id), []).append(record_id)
    return [tuple(records) for _first, records in sorted(sets.items())]


def linked_batches(pairs: Iterable[tuple[int, int]], size: int) -> list[tuple[int, ...]]:
    """Return the records of ``pairs`` in batches whose groups can be made one batch at a time: whole sets of
    records linked through the pairs (:func:`linked_sets`), set by set in order of their first record, until
    a batch holds at least ``size`` records. A set is never split: a batch holds more when its last set is
    large. Each batch in order."""
    batches = [[]]
    for records in linked_sets(pairs):
        if len(batches[-1]) >= size:
            batches.append([])
        batches[-1] += records
    return [tuple(sorted(batch)) for batch in batches if batch]


def group_pairs(
    pairs: Iterable[Pair],
    evidence_of: Callable[[int, int], float | None],
    *,
    company_of: Mapping[int, int | None] | None = None,
    marked: Iterable[tuple[int, int]] = (),
    max_size: int = MAX_GROUP_SIZE,
) -> list[Group]:
    """Return the groups the matching ``pairs`` make, surest first (then by their first record).

    ``evidence_of(left id, right id)`` gives the evidence of a pair of records that is not among ``pairs``
    (None when nothing compares them), asked only when two groups are about to join. ``company_of`` maps a
    record to its company (None or absent: no company); ``marked`` holds the pairs marked "not the same
    prospect", in either order. Records of no pair are in no group.
    """
    company_of = company_of or {}
    marked_pairs = {frozenset(pair) for pair in marked}
    ordered = sorted(pairs, key=_surest_first)
    known = {(pair.left_id, pair.right_id): pair.evidence for pair in ordered}
    group_of = {}
    members = {}
    links = {}

    def evidence(one, other):
        key = (min(one, other), max(one, other))
        if key not in known:
            known[key] = evidence_of(*key)
        return known[key]

    def may_join(mine, theirs):
        if len(mine) + len(theirs) > max_size:
            return False
        companies = {company_of.get(record_id) for record_id in (*mine, *theirs)} - {None}
        if len(companies) > 1:
            return False
        for one in mine:
            for other in theirs:
                if frozenset((one, other)) in marked_pairs:
                    return False
                found = evidence(one, other)
                if found is not None and found <= CLEARLY_DIFFERENT_WEIGHT:
                    return False
        return True

    for pair in ordered:
        for record_id in (pair.left_id, pair.right_id):
            if record_id not in group_of:
                group_of[record_id] = record_id
                members[record_id] = [record_id]
        mine, theirs = group_of[pair.left_id], group_of[pair.right_id]
        if mine == theirs or not may_join(members[mine], members[theirs]):
            continue
        if len(members[mine]) < len(members[theirs]):
            mine, theirs = theirs, mine
        for record_id in members[theirs]:
            group_of[record_id] = mine
        members[mine] += members.pop(theirs)
        # pairs come surest first: the pair joining two groups is the weakest link of the result
        links[mine] = sorted([*links.get(mine, ()), *links.pop(theirs, ()), pair], key=_surest_first)

    groups = [
        Group(ids=tuple(sorted(records)), score=links[root][-1].score, links=tuple(links[root]))
        for root, records in members.items()
        if len(records) > 1
    ]
    groups.sort(key=lambda group: (-group.score, group.ids))
    return groups
