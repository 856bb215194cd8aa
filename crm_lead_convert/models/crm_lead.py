import itertools

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_list

from odoo.addons.web.controllers.utils import clean_action

from ..core import conversion, merge_plan

# Context key: a record's name says when it was created, to tell apart records of one title (a lead entered
# twice often has one): the merge pop-ups (crm_lead_merge's _compute_display_name).
SHOW_CREATED_KEY = "crm_lead_show_created"
# Context key: the merge pop-up merges this group of Duplicates (crm.lead.duplicate.group.action_open_merge).
DUPLICATE_GROUP_KEY = "crm_lead_duplicate_group_id"


def notification(message, kind="success", sticky=False, title=None, next_action=None):
    """Return the client action that shows ``message`` in a notification of ``kind`` (success, info,
    warning), then runs ``next_action``: by default, reloads the view, showing what the button changed."""
    params = {
        "type": kind,
        "message": message,
        "next": next_action or {"type": "ir.actions.client", "tag": "soft_reload"},
    }
    if sticky:
        params["sticky"] = True
    if title:
        params["title"] = title
    return {"type": "ir.actions.client", "tag": "display_notification", "params": params}


class CrmLead(models.Model):
    _inherit = "crm.lead"

    # the new lead's form says that it will arrive as an opportunity (see _apply_team_lead_policy)
    team_use_leads = fields.Boolean(related="team_id.use_leads", string="Team Qualifies Leads")

    # ------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        """Create leads, then make those of a team that does not qualify leads arrive as opportunities."""
        leads = super().create(vals_list)
        leads._apply_team_lead_policy()
        return leads

    def unlink(self):
        """Delete leads; a group of duplicates to review or dismissed left with one record or none goes with
        them (the marks of a dismissed one stay); the records of the others, merged groups included, are
        counted again."""
        groups = self.env["crm.lead.duplicate.group"].sudo().search([("lead_ids", "in", self.ids)])
        result = super().unlink()
        groups.invalidate_recordset(["lead_ids"])
        groups.modified(["lead_ids"])
        groups.filtered(
            lambda group: group.state in ("to_review", "dismissed") and len(group.lead_ids) < 2
        ).unlink()
        return result

    def _apply_team_lead_policy(self):
        """Turn into opportunities the new leads whose team has its *Leads* option cleared.

        The team is only known once ``team_id`` is computed (from the salesperson, the alias, the context),
        hence after ``create``. The change is not tracked: for the user the record arrives as an opportunity.
        The team is written with the type: stock computes it again when the type changes, and would give the
        record its salesperson's team (one qualifying leads) when they are not a member of the team it came
        for, which creating it as an opportunity keeps.
        """
        to_opportunity = self.filtered(
            lambda lead: (
                conversion.type_on_arrival(lead.type, lead.team_id.use_leads if lead.team_id else None)
                != lead.type
            )
        )
        for team, leads in to_opportunity.grouped("team_id").items():
            leads.with_context(mail_notrack=True).write({"type": "opportunity", "team_id": team.id})

    # ------------------------------------------------------------
    # CONVERSION
    # ------------------------------------------------------------

    def _split_convertible(self):
        """Return the ``ConversionSplit`` of these leads: which may be converted, which not and why."""
        return conversion.split_convertible(
            conversion.ConversionCandidate(lead.id, lead.probability, lead.active) for lead in self
        )

    def _get_conversion_skip_message(self, reason):
        """Return the user's explanation of why these leads (all skipped for ``reason``) are not converted."""
        names = self._quoted_names()
        if reason == conversion.SKIP_WON:
            return self.env._(
                "Cannot convert %(leads)s: a probability of 100 %% means won. "
                "Lower the probability below 100 %% first.",
                leads=names,
            )
        return self.env._(
            "Cannot convert %(leads)s: lost leads must be restored first.",
            leads=names,
        )

    def _get_conversion_skip_messages(self):
        """Return one explanation per reason for the leads of ``self`` that cannot be converted."""
        skipped = dict(self._split_convertible().skipped)
        return [
            self.filtered(
                lambda lead, reason=reason: skipped.get(lead.id) == reason
            )._get_conversion_skip_message(reason)
            for reason in (conversion.SKIP_WON, conversion.SKIP_LOST)
            if reason in skipped.values()
        ]

    def redirect_lead_opportunity_view(self):
        """Open the record, as stock Odoo does after converting or merging; given to a salesperson whose
        records the user may not read, say so and open My Pipeline instead: stock's opening of it ended on an
        access error, as if the conversion had failed."""
        if self._filtered_access("read") == self:
            return super().redirect_lead_opportunity_view()
        lead = self.sudo()
        return notification(
            self.env._(
                "“%(lead)s” now belongs to %(user)s (%(team)s): your access rights no longer show it to you.",
                lead=lead.display_name,
                user=lead.user_id.display_name or self.env._("no salesperson"),
                team=lead.team_id.display_name or self.env._("no sales team"),
            ),
            # the breadcrumbs cleared: going back to the record would end on the access error
            next_action=dict(self._pipeline_action_without_help(), target="main"),
        )

    @api.model
    def _pipeline_action_without_help(self):
        """Return My Pipeline's action, as a button returns it, but for its empty-list help: the web client
        shows an action's HTML help as text where it runs the action after a notification."""
        action = clean_action(
            self.env["ir.actions.actions"]._for_xml_id("crm.crm_lead_action_pipeline"), self.env
        )
        action.pop("help", None)
        return action

    def _creation_ordered(self):
        """Return these records in the merge's order (``merge_plan.order_for_merge``: creation date, then
        id), the record a merge keeps first: the merge pop-ups list them so, the kept record on top."""
        ordered = merge_plan.order_for_merge(
            [{"id": lead.id, "create_date": lead.create_date or None} for lead in self]
        )
        return self.browse([record["id"] for record in ordered])

    def _told_apart(self, *records):
        """Return ``records`` (recordsets of leads), their names saying when each was created if one title is
        in two of them (``SHOW_CREATED_KEY``), as a lead entered twice often has; else as they are."""
        names = [set(leads.mapped("display_name")) for leads in records]
        if any(mine & theirs for mine, theirs in itertools.combinations(names, 2)):
            return tuple(leads.with_context(**{SHOW_CREATED_KEY: True}) for leads in records)
        return records

    def _quoted_names(self):
        """Return these records' names as a list in the user's language, each between its quotes.

        The quotes are a term of their own: each language writes its own, and no sentence is glued from
        pieces.
        """
        return format_list(
            self.env, [self.env._("“%(name)s”", name=name) for name in self.mapped("display_name")]
        )

    def _won_leads(self):
        """Return those of these leads at 100 % probability: they count as won (see ``conversion``)."""
        skipped = self._split_convertible().skipped
        return self.browse([lead_id for lead_id, reason in skipped if reason == conversion.SKIP_WON])

    def _check_not_won(self, merging=False):
        """Raise the Convert pop-up's error naming the leads at 100 % among these, if any, or, ``merging``
        them, the merge's; change nothing."""
        won = self._won_leads()
        if won and merging:
            raise UserError(
                self.env._(
                    "Cannot merge %(leads)s: a probability of 100 %% means won. Lower the probability below "
                    "100 %% first.",
                    leads=won._quoted_names(),
                )
            )
        if won:
            raise UserError(won._get_conversion_skip_message(conversion.SKIP_WON))

    def _check_convertible(self):
        """Raise a clear error naming the leads that cannot be converted and what to do; change nothing."""
        messages = self._get_conversion_skip_messages()
        if messages:
            raise UserError("\n".join(messages))

    def _filter_convertible_batch(self):
        """Return the leads of this batch to convert, as stock Odoo's conversion of several leads does.

        Lost leads are left out silently (stock Odoo skips them); a won lead in the batch, or a batch with
        nothing left to convert, raises the error of :meth:`_check_convertible`.
        """
        split = self._split_convertible()
        self._check_not_won()
        if not split.convertible_ids:
            self._check_convertible()
        return self.browse(split.convertible_ids)
