"""Which leads may be converted, what type an arriving lead gets, which team a conversion assigns.

The rules follow Odoo's user documentation "Convert leads into opportunities":

- a lead at 100 % probability counts as won and is not converted;
- a lost (archived) lead is not converted either, as in stock Odoo;
- a sales team whose *Leads* option is off receives opportunities, never leads;
- choosing a salesperson in the pop-up fills the sales team from that salesperson's team.
"""

from dataclasses import dataclass

WON_PROBABILITY = 100.0

SKIP_WON = "won"
SKIP_LOST = "lost"


@dataclass(frozen=True)
class ConversionCandidate:
    """What the conversion rules need to know of one lead."""

    id: int
    probability: float
    active: bool


@dataclass(frozen=True)
class ConversionSplit:
    """The outcome of :func:`split_convertible`: ids to convert and ids skipped, each with its reason."""

    convertible_ids: tuple
    skipped: tuple  # ((lead id, SKIP_WON or SKIP_LOST), ...), in the given order


def skip_reason(candidate):
    """Return why ``candidate`` cannot be converted (``SKIP_WON`` / ``SKIP_LOST``), or None if it can."""
    if (candidate.probability or 0.0) >= WON_PROBABILITY:
        return SKIP_WON
    if not candidate.active:
        return SKIP_LOST
    return None


def split_convertible(candidates):
    """Split ``candidates`` into those that may be converted and those skipped, keeping their order."""
    convertible, skipped = [], []
    for candidate in candidates:
        reason = skip_reason(candidate)
        if reason:
            skipped.append((candidate.id, reason))
        else:
            convertible.append(candidate.id)
    return ConversionSplit(tuple(convertible), tuple(skipped))


def type_on_arrival(requested_type, team_uses_leads):
    """Return the type a new record gets in a team.

    ``team_uses_leads`` is None when the record has no team: the requested type is kept. A team that does not
    qualify leads receives opportunities whatever way the record was created (form, alias, import, API).
    """
    if requested_type == "lead" and team_uses_leads is False:
        return "opportunity"
    return requested_type


def choose_team(
    current_team_id,
    *,
    salesperson_chosen,
    salesperson_in_current_team,
    salesperson_main_team_id,
    prefilled_from_lead=False,
):
    """Return the sales team for a conversion.

    The current team (the lead's, or one the user picked) stays while no salesperson is chosen or while the
    salesperson belongs to it, and as the pop-up opens with both prefilled from the lead
    (``prefilled_from_lead``: the lead's salesperson, its team not yet set), whatever the salesperson's
    teams. Otherwise the team becomes the salesperson's main team; a salesperson in no team leaves the
    current team as it is rather than picking an unrelated one (stock Odoo takes the first team it finds).
    """
    if (
        not salesperson_chosen
        or (current_team_id and salesperson_in_current_team)
        or (current_team_id and prefilled_from_lead)
    ):
        return current_team_id
    return salesperson_main_team_id or current_team_id
