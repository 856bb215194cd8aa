"""Conversion rules: which leads may be converted, the type of an arriving lead, the team of a conversion."""

import pytest

from crm_lead_convert.core.conversion import (
    SKIP_LOST,
    SKIP_WON,
    ConversionCandidate,
    choose_team,
    skip_reason,
    split_convertible,
    type_on_arrival,
)


@pytest.mark.parametrize(
    ("probability", "active", "expected"),
    [
        (10.0, True, None),
        (0.0, True, None),
        (99.99, True, None),
        (100.0, True, SKIP_WON),
        (100.0, False, SKIP_WON),
        (50.0, False, SKIP_LOST),
        (None, True, None),
    ],
)
def test_skip_reason(probability, active, expected):
    assert skip_reason(ConversionCandidate(1, probability, active)) == expected


def test_split_convertible_keeps_order_and_reasons():
    split = split_convertible(
        [
            ConversionCandidate(7, 100.0, True),
            ConversionCandidate(3, 20.0, True),
            ConversionCandidate(9, 20.0, False),
            ConversionCandidate(4, 0.0, True),
        ]
    )
    assert split.convertible_ids == (3, 4)
    assert split.skipped == ((7, SKIP_WON), (9, SKIP_LOST))


def test_split_convertible_of_nothing():
    split = split_convertible([])
    assert split.convertible_ids == ()
    assert split.skipped == ()


@pytest.mark.parametrize(
    ("requested", "team_uses_leads", "expected"),
    [
        ("lead", False, "opportunity"),
        ("lead", True, "lead"),
        ("lead", None, "lead"),
        ("opportunity", False, "opportunity"),
        ("opportunity", True, "opportunity"),
    ],
)
def test_type_on_arrival(requested, team_uses_leads, expected):
    assert type_on_arrival(requested, team_uses_leads) == expected


@pytest.mark.parametrize(
    ("current", "chosen", "in_current", "main", "expected"),
    [
        # no salesperson: the lead's team stays, even empty
        (5, False, False, False, 5),
        (False, False, False, False, False),
        # a salesperson of the current team keeps it
        (5, True, True, 8, 5),
        # a salesperson of another team brings their team
        (5, True, False, 8, 8),
        (False, True, False, 8, 8),
        # a salesperson in no team leaves the team as it is
        (5, True, False, False, 5),
    ],
)
def test_choose_team(current, chosen, in_current, main, expected):
    assert (
        choose_team(
            current,
            salesperson_chosen=chosen,
            salesperson_in_current_team=in_current,
            salesperson_main_team_id=main,
        )
        == expected
    )


@pytest.mark.parametrize(
    ("current", "main", "expected"),
    [
        # the pop-up opens on the lead's salesperson and team: both as the lead has them
        (5, 8, 5),
        # a lead without team takes its salesperson's
        (False, 8, 8),
    ],
)
def test_choose_team_prefilled_from_lead(current, main, expected):
    assert (
        choose_team(
            current,
            salesperson_chosen=True,
            salesperson_in_current_team=False,
            salesperson_main_team_id=main,
            prefilled_from_lead=True,
        )
        == expected
    )
