"""Tests of crm_lead_convert.core.merge_snapshot and the field decisions of merge_plan: what a merge plans,
what it keeps to be undone, what it moved, and what the undo writes first."""

from crm_lead_convert.core.merge_plan import KIND_TYPE, field_kind, plannable_fields
from crm_lead_convert.core.merge_snapshot import (
    FieldInfo,
    count_deleted,
    count_moved_away,
    followers_added,
    movable_one2many,
    moved_rows,
    rows_by_lead,
    snapshot_fields,
    without_dates_last,
)


def test_plannable_fields_keeps_order_once_each_and_leaves_out_kept_followed_unknown_and_computed():
    stored = {
        "email_from": "char",
        "tag_ids": "many2many",
        "create_date": "datetime",
        "order_ids": "one2many",
        "properties": "properties",
        "visitor_ids": "many2many",
    }
    merged = ["tag_ids", "email_from", "email_from", "create_date", "order_ids", "properties", "visitor_ids"]
    # "phone" is merged by stock but not stored here (computed without store): not planned either
    assert plannable_fields(
        stored, [*merged, "phone"], kept=("create_date",), followed={"visitor_ids": 1}
    ) == [
        "tag_ids",
        "email_from",
    ]


def test_field_kind_plans_the_type_by_its_own_rule_and_others_by_their_field_type():
    assert field_kind("type", "selection") == KIND_TYPE
    assert field_kind("priority", "selection") == "scalar"
    assert field_kind("description", "html") == "text"
    assert field_kind("tag_ids", "many2many") == "many2many"


FIELDS = {
    info.name: info
    for info in (
        FieldInfo("id", "integer"),
        FieldInfo("name", "char"),
        FieldInfo("tag_ids", "many2many"),
        FieldInfo("probability", "float"),
        FieldInfo("automated_probability", "float", derived=True),
        FieldInfo("partner_name", "char", store=False),
        FieldInfo("country_code", "char", related=True),
        FieldInfo("lead_properties", "properties"),
        FieldInfo("message_ids", "one2many", comodel="mail.message", comodel_is_table=True),
        FieldInfo(
            "order_ids",
            "one2many",
            comodel="sale.order",
            comodel_is_table=True,
            inverse_name="opportunity_id",
            inverse_is_plain_link=True,
        ),
        # another one2many over the same link (sale_crm's quotations and orders): moved once
        FieldInfo(
            "quotation_ids",
            "one2many",
            comodel="sale.order",
            comodel_is_table=True,
            inverse_name="opportunity_id",
            inverse_is_plain_link=True,
        ),
        FieldInfo(
            "registration_ids",
            "one2many",
            comodel="event.registration",
            comodel_is_table=True,
            inverse_name="lead_ids",
            inverse_is_plain_link=False,
        ),
        FieldInfo(
            "report_ids",
            "one2many",
            comodel="crm.activity.report",
            comodel_is_table=False,
            inverse_name="lead_id",
            inverse_is_plain_link=True,
        ),
        FieldInfo(
            "calendar_event_ids",
            "one2many",
            comodel="calendar.event",
            comodel_is_table=True,
            inverse_name="opportunity_id",
            inverse_is_plain_link=True,
        ),
    )
}


def test_snapshot_keeps_every_stored_field_but_related_and_excluded_ones():
    assert snapshot_fields(FIELDS, excluded=("id",)) == [
        "name",
        "tag_ids",
        "probability",
        "automated_probability",
        "lead_properties",
    ]


def test_editable_snapshot_leaves_out_derived_fields():
    assert "automated_probability" not in snapshot_fields(FIELDS, excluded=("id",), editable_only=True)
    assert "probability" in snapshot_fields(FIELDS, excluded=("id",), editable_only=True)


def test_one2many_records_moved_only_through_a_plain_link_in_a_table_once_each_and_not_meetings():
    assert movable_one2many(FIELDS) == {"order_ids": ("sale.order", "opportunity_id")}


def test_moved_rows_are_those_now_on_the_survivor_the_others_moved_away_or_deleted():
    rows = [[11, 2, "Quote"], [12, 3, False], [13, 3, "Call"]]
    assert moved_rows(rows, [13, 11, 99]) == [[11, 2, "Quote"], [13, 3, "Call"]]
    # 12 on another record since
    assert count_moved_away(rows, [13, 11, 99], existing_ids=[11, 12, 13, 99]) == 1
    assert count_deleted(rows, existing_ids=[11, 12, 13, 99]) == 0
    # 12 deleted since: gone, not moved away
    assert count_moved_away(rows, [13, 11], existing_ids=[11, 13]) == 0
    assert count_deleted(rows, existing_ids=[11, 13]) == 1
    assert count_moved_away(rows, [], existing_ids=[11]) == 1
    assert count_deleted(rows, existing_ids=[11]) == 2


def test_rows_go_back_to_their_lead():
    assert rows_by_lead([[11, 2], [12, 3], [13, 2]]) == {2: [11, 13], 3: [12]}


def test_followers_added_are_the_new_ones_sorted():
    assert followers_added([5, 1], [9, 1, 7, 5]) == [7, 9]


def test_dates_crm_sets_are_written_after_the_other_values():
    values = {"stage_id": 3, "date_closed": False, "date_open": "2024-01-01 09:00:00", "active": True}
    assert without_dates_last(values) == {"stage_id": 3, "active": True}
