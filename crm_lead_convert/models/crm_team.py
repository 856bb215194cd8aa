from odoo import fields, models


class CrmTeam(models.Model):
    _inherit = "crm.team"

    use_leads = fields.Boolean(
        help="Checked: everything that arrives for this team (typed in, through the team's email alias, "
        "imported or created through the API) starts as a lead, to be qualified and converted. "
        "Cleared: it starts as an opportunity, directly in the pipeline."
    )
