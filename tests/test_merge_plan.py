"""Tests of crm_lead_convert.core.merge_plan: who survives a merge, what it receives, and how it is undone."""

from datetime import datetime

import pytest

from crm_lead_convert.core.merge_plan import (
    Drift,
    MergeError,
    MergePlan,
    UndoPlan,
    find_conflicts,
    kept_values,
    mergeable_in_company,
    order_for_merge,
    plan_merge,
    plan_undo,
)

JAN = datetime(2024, 1, 1, 9, 0)
FEB = datetime(2024, 2, 1, 9, 0)
MAR = datetime(2024, 3, 1, 9, 0)

KINDS = {
    "type": "type",
    "stage_id": "many2one",
    "user_id": "many2one",
    "probability": "number",
    "expected_revenue": "scalar",
    "email_from": "scalar",
    "description": "text",
    "tag_ids": "many2many",
}


def lead(record_id, create_date, **values):
    """Return a record mapping as the Odoo layer reads it, with ``values`` over empty defaults."""
    record = {
        "id": record_id,
        "create_date": create_date,
        "type": "lead",
        "stage_id": False,
        "user_id": False,
        "probability": False,
        "expected_revenue": 0,
        "email_from": False,
        "description": False,
        "tag_ids": [],
    }
    record.update(values)
    return record


@pytest.mark.parametrize(
    ("records", "expected_ids"),
    [
        pytest.param([lead(1, MAR), lead(2, JAN), lead(3, FEB)], [2, 3, 1], id="by-create-date"),
        pytest.param([lead(9, JAN), lead(4, JAN), lead(6, FEB)], [4, 9, 6], id="tie-broken-by-id"),
        pytest.param([lead(1, None), lead(2, FEB), lead(3, JAN)], [3, 2, 1], id="missing-date-last"),
        pytest.param([lead(8, None), lead(5, None), lead(7, JAN)], [7, 5, 8], id="missing-dates-by-id"),
    ],
)
def test_order_for_merge(records, expected_ids):
    assert [record["id"] for record in order_for_merge(records)] == expected_ids


def test_earliest_created_survives_a_later_advanced_opportunity():
    first = lead(7, JAN, stage_id=1, probability=10.0, email_from="a@example.com")
    later = lead(3, FEB, type="opportunity", stage_id=4, probability=60.0, expected_revenue=5000)

    plan = plan_merge([later, first], KINDS)

    assert plan == MergePlan(
        survivor_id=7,
        merged_ids=(3,),
        values={"type": "opportunity", "expected_revenue": 5000},
        conflicts={"stage_id": ((7, 1), (3, 4)), "probability": ((7, 10.0), (3, 60.0))},
    )


@pytest.mark.parametrize(
    ("survivor_type", "other_types", "expected_values"),
    [
        pytest.param("lead", ["lead"], {}, id="leads-stay-a-lead"),
        pytest.param(
            "lead", ["opportunity"], {"type": "opportunity"}, id="lead-survivor-becomes-opportunity"
        ),
        pytest.param("opportunity", ["lead"], {}, id="opportunity-survivor-stays"),
        pytest.param("lead", ["lead", "opportunity"], {"type": "opportunity"}, id="any-opportunity-wins"),
    ],
)
def test_type(survivor_type, other_types, expected_values):
    records = [lead(1, JAN, type=survivor_type)]
    records += [lead(10 + index, FEB, type=kind) for index, kind in enumerate(other_types)]

    assert plan_merge(records, {"type": "type"}).values == expected_values


@pytest.mark.parametrize(
    ("field", "survivor_value", "other_values", "expected_values"),
    [
        pytest.param(
            "email_from",
            False,
            [False, "c@example.com", "d@example.com"],
            {"email_from": "c@example.com"},
            id="scalar-first-set-in-creation-order",
        ),
        pytest.param("email_from", "a@example.com", ["c@example.com"], {}, id="scalar-survivor-set-kept"),
        pytest.param("email_from", "", [None, False], {}, id="scalar-nothing-set"),
        pytest.param("expected_revenue", 0, [0, 300], {"expected_revenue": 300}, id="scalar-zero-is-empty"),
        pytest.param("user_id", False, [None, 5, 6], {"user_id": 5}, id="many2one-first-set"),
        pytest.param("user_id", 2, [5], {}, id="many2one-survivor-set-kept"),
        pytest.param(
            "probability", None, [False, 0.0, 40.0], {"probability": 0.0}, id="number-zero-is-a-value"
        ),
        pytest.param("probability", 0.0, [40.0], {}, id="number-survivor-zero-kept"),
        pytest.param("probability", False, [None], {}, id="number-nothing-set"),
    ],
)
def test_empty_fields_filled_in_creation_order(field, survivor_value, other_values, expected_values):
    records = [lead(1, JAN, **{field: survivor_value})]
    # Ids decrease while dates increase, so creation order and id order disagree.
    records += [
        lead(100 - index, datetime(2024, 2, 1 + index), **{field: value})
        for index, value in enumerate(other_values)
    ]

    assert plan_merge(list(reversed(records)), KINDS).values == expected_values


@pytest.mark.parametrize(
    ("descriptions", "separator", "expected_values"),
    [
        pytest.param(
            ["first", "second", "third"],
            "\n\n",
            {"description": "first\n\nsecond\n\nthird"},
            id="all-texts-in-creation-order",
        ),
        pytest.param(
            [False, "second", "  ", None, "fifth"],
            "\n\n",
            {"description": "second\n\nfifth"},
            id="empty-and-blank-skipped",
        ),
        pytest.param(
            ["same", "other", "same"], "\n\n", {"description": "same\n\nother"}, id="duplicates-once"
        ),
        pytest.param(
            ["<p>a</p>", "<p>b</p>"],
            "<br/><br/>",
            {"description": "<p>a</p><br/><br/><p>b</p>"},
            id="html-separator",
        ),
        pytest.param(["only", False, ""], "\n\n", {}, id="survivor-text-alone-unchanged"),
        pytest.param([False, "later"], "\n\n", {"description": "later"}, id="survivor-empty-takes-other"),
    ],
)
def test_texts_are_all_kept(descriptions, separator, expected_values):
    records = [
        lead(index + 1, datetime(2024, 1, 1 + index), description=text)
        for index, text in enumerate(descriptions)
    ]

    assert plan_merge(records, {"description": "text"}, separator=separator).values == expected_values


@pytest.mark.parametrize(
    ("tag_lists", "expected_values"),
    [
        pytest.param(
            [[3, 1], [1, 5], (7, 3)], {"tag_ids": (3, 1, 5, 7)}, id="union-in-first-appearance-order"
        ),
        pytest.param([[], [2], [4, 2]], {"tag_ids": (2, 4)}, id="survivor-without-tags"),
        pytest.param([[1, 2, 3], [3, 1], []], {}, id="survivor-holds-all-tags"),
        pytest.param([[], False, []], {}, id="no-tags-anywhere"),
    ],
)
def test_tags_are_united(tag_lists, expected_values):
    records = [
        lead(index + 1, datetime(2024, 1, 1 + index), tag_ids=tags) for index, tags in enumerate(tag_lists)
    ]

    assert plan_merge(records, {"tag_ids": "many2many"}).values == expected_values


@pytest.mark.parametrize(
    ("overrides", "expected_values"),
    [
        pytest.param({}, {}, id="no-override"),
        pytest.param({"user_id": 2}, {"user_id": 20}, id="other-record-chosen"),
        pytest.param({"user_id": 1}, {}, id="survivor-chosen"),
        pytest.param({"email_from": 3}, {"email_from": "c@example.com"}, id="override-over-survivor-value"),
        pytest.param({"probability": 3}, {"probability": 0.0}, id="number-zero-chosen"),
        pytest.param({"stage_id": 2}, {"stage_id": False}, id="empty-value-chosen-as-is"),
    ],
)
def test_overrides(overrides, expected_values):
    records = [
        lead(1, JAN, user_id=10, email_from="a@example.com", probability=30.0, stage_id=1),
        lead(2, FEB, user_id=20, probability=50.0),
        lead(3, MAR, user_id=30, email_from="c@example.com", probability=0.0, stage_id=1),
    ]
    kinds = {"user_id": "many2one", "email_from": "scalar", "probability": "number", "stage_id": "many2one"}

    assert plan_merge(records, kinds, overrides).values == expected_values


@pytest.mark.parametrize(
    ("records", "overrides", "max_records", "code", "details"),
    [
        pytest.param([], None, 50, "too_few", {"count": 0}, id="no-record"),
        pytest.param([lead(1, JAN)], None, 50, "too_few", {"count": 1}, id="one-record"),
        pytest.param(
            [lead(index, JAN) for index in range(1, 52)],
            None,
            50,
            "too_many",
            {"count": 51, "max_records": 50},
            id="51-records",
        ),
        pytest.param(
            [lead(1, JAN), lead(2, FEB), lead(3, MAR)],
            None,
            2,
            "too_many",
            {"count": 3, "max_records": 2},
            id="over-custom-limit",
        ),
        pytest.param(
            [lead(1, JAN), lead(2, FEB)],
            {"user_id": 9},
            50,
            "unknown_record",
            {"field": "user_id", "record_id": 9},
            id="override-unknown-record",
        ),
        pytest.param(
            [lead(1, JAN), lead(2, FEB)],
            {"partner_id": 2},
            50,
            "unknown_field",
            {"field": "partner_id"},
            id="override-unknown-field",
        ),
        pytest.param(
            [lead(1, JAN), lead(2, FEB)],
            {"description": 2},
            50,
            "not_overridable",
            {"field": "description", "kind": "text"},
            id="override-text",
        ),
        pytest.param(
            [lead(1, JAN), lead(2, FEB)],
            {"tag_ids": 2},
            50,
            "not_overridable",
            {"field": "tag_ids", "kind": "many2many"},
            id="override-tags",
        ),
        pytest.param(
            [lead(1, JAN), lead(2, FEB)],
            {"type": 2},
            50,
            "not_overridable",
            {"field": "type", "kind": "type"},
            id="override-type",
        ),
    ],
)
def test_merge_errors(records, overrides, max_records, code, details):
    with pytest.raises(MergeError) as caught:
        plan_merge(records, KINDS, overrides, max_records)

    assert (caught.value.code, caught.value.details) == (code, details)


def test_fifty_records_are_allowed():
    plan = plan_merge([lead(index, JAN) for index in range(50, 0, -1)], KINDS)

    assert (plan.survivor_id, plan.merged_ids) == (1, tuple(range(2, 51)))


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="partner_id"):
        plan_merge([lead(1, JAN), lead(2, FEB)], {"partner_id": "one2many"})


@pytest.mark.parametrize(
    ("records", "expected_conflicts"),
    [
        pytest.param([lead(1, JAN, user_id=5), lead(2, FEB, user_id=5)], {}, id="same-values"),
        pytest.param(
            [lead(1, JAN, user_id=5), lead(2, FEB, user_id=False), lead(3, MAR, user_id=6)],
            {"user_id": ((1, 5), (3, 6))},
            id="empty-values-left-out",
        ),
        pytest.param(
            [
                lead(3, MAR, email_from="c@x.com"),
                lead(1, JAN, email_from="a@x.com"),
                lead(2, FEB, email_from="a@x.com"),
            ],
            {"email_from": ((1, "a@x.com"), (2, "a@x.com"), (3, "c@x.com"))},
            id="every-set-value-in-creation-order",
        ),
        pytest.param(
            [lead(1, JAN, probability=0.0), lead(2, FEB, probability=25.0)],
            {"probability": ((1, 0.0), (2, 25.0))},
            id="number-zero-conflicts",
        ),
        pytest.param(
            [lead(1, JAN, expected_revenue=0), lead(2, FEB, expected_revenue=25)],
            {},
            id="scalar-zero-is-empty",
        ),
        pytest.param(
            [
                lead(1, JAN, description="a", tag_ids=[1], type="lead"),
                lead(2, FEB, description="b", tag_ids=[2], type="opportunity"),
            ],
            {},
            id="merged-kinds-never-conflict",
        ),
    ],
)
def test_find_conflicts(records, expected_conflicts):
    assert find_conflicts(records, KINDS) == expected_conflicts


SNAPSHOT = {
    1: {"type": "lead", "email_from": False, "tag_ids": [1], "user_id": 4},
    2: {"active": True},
}
MERGED_VALUES = {"type": "opportunity", "email_from": "b@example.com", "tag_ids": (1, 2)}
RESTORE = {1: {"type": "lead", "email_from": False, "tag_ids": [1]}, 2: {"active": True}}


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        pytest.param(
            {
                1: {"type": "opportunity", "email_from": "b@example.com", "tag_ids": [2, 1], "user_id": 4},
                2: {"active": False},
            },
            UndoPlan(writes=RESTORE, drift=()),
            id="no-drift",
        ),
        pytest.param(
            {
                1: {"type": "opportunity", "email_from": "new@example.com", "tag_ids": [1, 2], "user_id": 4},
                2: {"active": False},
            },
            UndoPlan(
                writes={1: {**RESTORE[1], "email_from": False}, 2: {"active": True}},
                drift=(Drift(1, "email_from", False, "new@example.com"),),
            ),
            id="merged-field-edited",
        ),
        pytest.param(
            {
                1: {"type": "opportunity", "email_from": "b@example.com", "tag_ids": [1, 2, 3], "user_id": 9},
                2: {"active": False},
            },
            UndoPlan(
                writes={1: {**RESTORE[1], "user_id": 4}, 2: {"active": True}},
                drift=(Drift(1, "tag_ids", [1], [1, 2, 3]), Drift(1, "user_id", 4, 9)),
            ),
            id="tags-and-unmerged-field-edited",
        ),
        pytest.param(
            {1: {"type": "lead", "email_from": False, "tag_ids": [1], "user_id": 4}, 2: {"active": True}},
            UndoPlan(
                writes={},
                drift=(
                    Drift(1, "type", "lead", "lead"),
                    Drift(1, "email_from", False, False),
                    Drift(1, "tag_ids", [1], [1]),
                ),
            ),
            id="already-restored-by-hand",
        ),
    ],
)
def test_plan_undo(current, expected):
    assert plan_undo(SNAPSHOT, MERGED_VALUES, current, survivor_id=1) == expected


def test_plan_undo_refuses_merged_fields_missing_from_snapshot():
    with pytest.raises(ValueError, match="partner_id"):
        plan_undo(SNAPSHOT, {**MERGED_VALUES, "partner_id": 3}, SNAPSHOT, survivor_id=1)


def test_plan_then_undo_round_trip():
    records = [
        lead(5, FEB, type="opportunity", email_from="b@example.com", tag_ids=[2]),
        lead(1, JAN, tag_ids=[1], user_id=4),
    ]
    fields = list(KINDS)
    snapshot = {record["id"]: {field: record[field] for field in fields} for record in records}

    plan = plan_merge(records, KINDS)
    current = {**snapshot, plan.survivor_id: {**snapshot[plan.survivor_id], **plan.values}}
    undo = plan_undo(snapshot, plan.values, current, survivor_id=plan.survivor_id)

    assert undo == UndoPlan(
        writes={1: {"type": "lead", "email_from": False, "tag_ids": [1]}},
        drift=(),
    )


ADDRESS_KINDS = {"street": "scalar", "city": "scalar", "country_id": "many2one", "email_from": "scalar"}
ADDRESS = ("street", "city", "country_id")


def place(record_id, create_date, street=False, city=False, country_id=False):
    return {
        "id": record_id,
        "create_date": create_date,
        "street": street,
        "city": city,
        "country_id": country_id,
        "email_from": False,
    }


@pytest.mark.parametrize(
    ("records", "overrides", "expected_values"),
    [
        pytest.param(
            [place(1, JAN, city="Jakarta"), place(2, FEB, street="Jl. Sudirman 1", city="Bandung")],
            {},
            {},
            id="survivor-partial-address-kept-whole",
        ),
        pytest.param(
            [
                place(1, JAN),
                place(2, FEB, city="Bandung"),
                place(3, MAR, street="Jl. Sudirman 1", city="Jakarta", country_id=62),
            ],
            {},
            {"city": "Bandung"},
            id="first-record-with-an-address-gives-all-of-it",
        ),
        pytest.param(
            [place(1, JAN, city="Jakarta"), place(2, FEB, street="Kerkstraat 2", country_id=31)],
            {"street": 2},
            {"street": "Kerkstraat 2", "city": False, "country_id": 31},
            id="chosen-record-gives-all-of-it",
        ),
    ],
)
def test_groups_are_taken_together(records, overrides, expected_values):
    plan = plan_merge(records, ADDRESS_KINDS, overrides, groups=(ADDRESS,))

    assert plan.values == expected_values


def test_group_is_one_conflict_under_its_first_field():
    records = [
        place(2, FEB, street="Kerkstraat 2", city="Utrecht"),
        place(1, JAN, street="Kerkstraat 2"),
        place(3, MAR),
    ]

    assert find_conflicts(records, ADDRESS_KINDS, groups=(ADDRESS,)) == {
        "street": ((1, ("Kerkstraat 2", False, False)), (2, ("Kerkstraat 2", "Utrecht", False)))
    }


def test_group_values_compare_by_position():
    records = [
        place(1, JAN, street="Utrecht", city="Kerkstraat"),
        place(2, FEB, street="Kerkstraat", city="Utrecht"),
    ]

    assert list(find_conflicts(records, ADDRESS_KINDS, groups=(ADDRESS,))) == ["street"]


def test_group_member_cannot_be_chosen_alone():
    with pytest.raises(MergeError) as caught:
        plan_merge([place(1, JAN), place(2, FEB)], ADDRESS_KINDS, {"city": 2}, groups=(ADDRESS,))

    assert (caught.value.code, caught.value.details) == (
        "not_overridable",
        {"field": "city", "kind": "group"},
    )


@pytest.mark.parametrize(
    "groups",
    [
        pytest.param((("street", "description"),), id="text-field-in-group"),
        pytest.param((("street",), ("street", "city")), id="overlapping-groups"),
        pytest.param(((),), id="empty-group"),
    ],
)
def test_invalid_groups_are_a_programming_error(groups):
    with pytest.raises(ValueError, match="groups"):
        plan_merge([place(1, JAN), place(2, FEB)], {**ADDRESS_KINDS, "description": "text"}, groups=groups)


def test_plan_undo_checks_merged_records_against_what_the_merge_left():
    snapshot = {1: {"email_from": False}, 2: {"active": True, "email_from": "b@example.com"}}
    after_merge = {2: {"active": False, "email_from": "b@example.com"}}
    current = {1: {"email_from": "b@example.com"}, 2: {"active": True, "email_from": "b@example.com"}}

    undo = plan_undo(
        snapshot, {"email_from": "b@example.com"}, current, survivor_id=1, after_merge=after_merge
    )

    assert undo == UndoPlan(writes={1: {"email_from": False}}, drift=(Drift(2, "active", True, True),))


@pytest.mark.parametrize(
    ("company_id", "candidates", "expected_ids"),
    [
        pytest.param(1, [(10, 1), (11, 2), (12, False)], (10, 12), id="same-company-or-none"),
        pytest.param(2, [(10, 1), (11, 1)], (), id="only-other-company"),
        pytest.param(False, [(10, False), (11, 1), (12, 1)], (10, 11, 12), id="no-company-with-one-company"),
        pytest.param(False, [(10, False), (11, 1), (12, 2)], (10,), id="no-company-with-two-companies"),
        pytest.param(False, [(12, False), (10, False)], (12, 10), id="order-kept"),
    ],
)
def test_mergeable_in_company(company_id, candidates, expected_ids):
    assert mergeable_in_company(company_id, candidates) == expected_ids


def test_kept_values_are_what_the_merge_keeps():
    """What a merge pop-up shows beforehand: the survivor's values where set, else the first set in creation
    order, the same as the plan of the merge, for one record too."""
    records = [lead(7, FEB, user_id=5), lead(9, JAN, stage_id=3), lead(8, MAR, user_id=6, stage_id=4)]
    kinds = {"user_id": "many2one", "stage_id": "many2one", "type": "type"}
    assert kept_values(records, kinds) == {"user_id": 5, "stage_id": 3, "type": "lead"}
    survivor = records[1]
    planned = {field: survivor[field] for field in kinds} | plan_merge(records, kinds).values
    assert kept_values(records, kinds) == planned
    assert kept_values([lead(2, JAN)], kinds) == {"user_id": False, "stage_id": False, "type": "lead"}
    with pytest.raises(ValueError, match="unknown field kinds"):
        kept_values(records, {"user_id": "colour"})
