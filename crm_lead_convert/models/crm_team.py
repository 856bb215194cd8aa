from odoo import fields, models


class CrmTeam(models.Model):
    _inherit = "crm.team"

    use_leads = fields.Boolean(
        help="Checked: requests that arrive for this team (typed in, through the team's email alias, "
        "imported or created through the API) arrive as leads, to be qualified and converted. "
        "Cleared: they arrive as opportunities, directly in the pipeline."
    )
