from odoo import fields, models


class CrmTeam(models.Model):
    _inherit = "crm.team"

    use_leads = fields.Boolean(
        help="Checked: everything that arrives for this team (typed in, through the team's email alias, "
        "imported or created through the API) starts as a lead, to be qualified and converted. "
        "Cleared: it starts as an opportunity, directly in the pipeline."
    )

    def _allocate_leads(self, creation_delta_days=7):
        """Allocate leads as stock Odoo does, without deleting the duplicates its merge archived.

        Stock lead assignment merges duplicates, then deletes them; the lossless merge keeps them archived
        and recoverable (see ``crm.lead.unlink``).
        """
        return super(CrmTeam, self.with_context(crm_lead_keep_merged=True))._allocate_leads(
            creation_delta_days=creation_delta_days
        )
