"""Groups of records that are one prospect, from matching pairs: grown surest first, never chained through
a record to one clearly another prospect, never across companies or marks, within the merge's limit."""

from crm_lead_convert.core.duplicate_groups import (
    CLEARLY_DIFFERENT_WEIGHT,
    Pair,
    group_pairs,
    linked_batches,
    linked_sets,
)


def nothing_known(_left, _right):
    return None


def test_pairs_sharing_a_record_make_one_group_when_nothing_speaks_against():
    # 1 holds an email address, 3 a phone number, 2 both: 1 and 3 know nothing of each other
    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 95, 8.0)]
    groups = group_pairs(pairs, lambda left, right: 0.0)
    assert [group.ids for group in groups] == [(1, 2, 3)]
    assert groups[0].score == 95
    assert groups[0].weakest == Pair(2, 3, 95, 8.0)
    assert groups[0].links == (Pair(1, 2, 97, 9.0), Pair(2, 3, 95, 8.0))


def test_links_of_joined_groups_say_why_each_record_is_in_it():
    # two groups of two join by their weakest pair: every record is in a link, surest first
    pairs = [Pair(3, 4, 96, 9.0), Pair(1, 2, 98, 11.0), Pair(2, 3, 90, 6.0), Pair(1, 3, 85, 5.0)]
    groups = group_pairs(pairs, lambda left, right: 0.0)
    assert [group.ids for group in groups] == [(1, 2, 3, 4)]
    assert groups[0].links == (Pair(1, 2, 98, 11.0), Pair(3, 4, 96, 9.0), Pair(2, 3, 90, 6.0))
    assert groups[0].weakest == Pair(2, 3, 90, 6.0)
    assert groups[0].score == 90


def test_no_chaining_to_a_record_clearly_another_prospect():
    # 2 is alike both 1 and 3, but 1 and 3 are clearly two prospects: the surer pair makes the group
    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 90, 6.0)]
    groups = group_pairs(pairs, lambda left, right: CLEARLY_DIFFERENT_WEIGHT)
    assert [group.ids for group in groups] == [(1, 2)]


def test_a_little_against_does_not_keep_groups_apart():
    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 90, 6.0)]
    groups = group_pairs(pairs, lambda left, right: CLEARLY_DIFFERENT_WEIGHT + 0.5)
    assert [group.ids for group in groups] == [(1, 2, 3)]


def test_marked_pair_never_in_one_group():
    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 95, 8.0), Pair(4, 5, 90, 6.0)]
    groups = group_pairs(pairs, lambda left, right: 0.0, marked=[(3, 1)])
    assert [group.ids for group in groups] == [(1, 2), (4, 5)]


def test_never_two_companies_but_records_of_no_company_go_with_any():
    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 95, 8.0), Pair(3, 4, 93, 7.0)]
    groups = group_pairs(pairs, lambda left, right: 0.0, company_of={1: 10, 2: None, 3: None, 4: 20})
    assert [group.ids for group in groups] == [(1, 2, 3)]


def test_groups_stay_within_the_merge_limit():
    pairs = [Pair(1, 2, 97, 9.0), Pair(3, 4, 96, 9.0), Pair(2, 3, 95, 8.0), Pair(4, 5, 94, 8.0)]
    groups = group_pairs(pairs, lambda left, right: 0.0, max_size=3)
    assert [group.ids for group in groups] == [(1, 2), (3, 4, 5)]


def test_surest_group_first_and_lone_records_in_none():
    pairs = [Pair(5, 6, 88, 5.0), Pair(1, 2, 99, 12.0)]
    groups = group_pairs(pairs, nothing_known)
    assert [(group.ids, group.score) for group in groups] == [((1, 2), 99), ((5, 6), 88)]


def test_evidence_of_a_scored_pair_is_not_asked_again():
    asked = []

    def evidence_of(left, right):
        asked.append((left, right))
        return 0.0

    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 95, 8.0), Pair(1, 3, 90, 6.0)]
    groups = group_pairs(pairs, evidence_of)
    assert [group.ids for group in groups] == [(1, 2, 3)]
    assert asked == []


def test_linked_sets_follow_pairs_step_by_step():
    # 7-3 and 3-9 link 7 to 9 through 3; 5-2 is a set of its own; a pair holds its two records whatever
    # their order
    pairs = [(7, 3), (5, 2), (3, 9), (9, 7), (12, 11)]
    assert linked_sets(pairs) == [(2, 5), (3, 7, 9), (11, 12)]
    assert linked_sets([]) == []


def test_linked_batches_hold_whole_sets_and_cover_every_record_once():
    pairs = [(1, 2), (3, 4), (4, 5), (6, 7), (8, 9), (2, 10)]
    # sets (1, 2, 10), (3, 4, 5), (6, 7), (8, 9): at least three records a batch, whole sets only
    assert linked_batches(pairs, 3) == [(1, 2, 10), (3, 4, 5), (6, 7, 8, 9)]
    # a set larger than a batch is a batch alone
    assert linked_batches(pairs, 1) == [(1, 2, 10), (3, 4, 5), (6, 7), (8, 9)]
    assert linked_batches(pairs, 100) == [(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    assert linked_batches([], 3) == []


def test_several_small_differences_join_but_other_company_names_keep_apart():
    # Two leads of one prospect, found through a third: other numbers and a word of the name left out speak
    # against them together, not clearly. Company names that clearly differ do.
    from crm_lead_convert.core.lead_key import LeadKey
    from crm_lead_convert.core.similarity import compare, evidence

    def key(lead_id, company, contact, phone):
        return LeadKey.from_values(lead_id, company, contact, phone, False, False, "ID", False)

    colleague = evidence(
        compare(
            key(1, "PT Maju Jaya Abadi", "Budi Santoso", "0812 1111 2222"),
            key(3, "Maju Jaya", False, "0813 3333 4444"),
        )
    )
    other_company = evidence(
        compare(key(1, "PT Maju Jaya Abadi", False, False), key(3, "Sinar Terang Elektronik", False, False))
    )
    assert other_company <= CLEARLY_DIFFERENT_WEIGHT < colleague < -4
    pairs = [Pair(1, 2, 97, 9.0), Pair(2, 3, 90, 6.0)]
    assert [group.ids for group in group_pairs(pairs, lambda left, right: colleague)] == [(1, 2, 3)]
    assert [group.ids for group in group_pairs(pairs, lambda left, right: other_company)] == [(1, 2)]
