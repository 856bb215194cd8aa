from odoo import api, fields, models


class CrmTeam(models.Model):
    _inherit = "crm.team"

    use_leads = fields.Boolean(
        help="Checked: everything that arrives for this team (typed in, through the team's email alias, "
        "imported or created through the API) starts as a lead, to be qualified and converted. "
        "Cleared: it starts as an opportunity, directly in the pipeline."
    )

    @api.model
    def _salesperson_team(self, user, company):
        """Return the team ``user`` brings as the salesperson of a record of ``company``: the first of their
        teams (as member or leader, in Odoo's order of teams) of that company or of none, else, for a record
        of no company, of the companies the user works in now; none when they are in no such team. Not
        stock's rule (their first team, or ``sale_team_id``, whatever its company): the record would move to
        that team's company."""
        if not user:
            return self.browse()
        company_ids = company.ids or self.env.companies.ids
        return self.search(
            [
                ("company_id", "in", [False, *company_ids]),
                "|",
                ("user_id", "=", user.id),
                ("member_ids", "in", user.ids),
            ],
            limit=1,
        )

    def _allocate_leads(self, creation_delta_days=7):
        """Allocate leads as stock Odoo does, without deleting the duplicates its merge archived.

        Stock lead assignment merges duplicates, then deletes them; the lossless merge keeps them archived
        and recoverable (see ``crm.lead.unlink``).
        """
        return super(CrmTeam, self.with_context(crm_lead_keep_merged=True))._allocate_leads(
            creation_delta_days=creation_delta_days
        )

    def _allocate_leads_deduplicate(self, leads, duplicates_cache=None):
        """Merge each lead with those of its duplicates still in its company once this team takes it.

        The duplicates were found before the assignment, within each lead's company. Taking a lead, a team
        of a company moves it there (stock Odoo): its duplicates left in the other company are not merged
        with it, nor those moved away or merged meanwhile, nor won ones; a lead left alone is assigned alone.
        """
        self.ensure_one()
        duplicates_cache = duplicates_cache if duplicates_cache is not None else {}
        for lead in leads:
            if lead not in duplicates_cache:
                duplicates_cache[lead] = lead._get_lead_duplicates(email=lead.email_from)
            others = duplicates_cache[lead] - lead
            if others:
                mergeable = others._filter_mergeable(self.company_id or lead.company_id)
                duplicates_cache[lead] = lead if lead._won_leads() else lead | mergeable
        return super()._allocate_leads_deduplicate(leads, duplicates_cache=duplicates_cache)
