"""18.0.1.12.0: the scheduled action that merges the Duplicates groups asked for also undoes their merge, and
its name now says so. Its record is not updated by an upgrade (noupdate): the name is set here, without the
translations of the old name, which the module's translations, loaded after this script, then give anew.
A name someone changed stays."""

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL

CRON_XMLID = "crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge"
OLD_NAME = "CRM: merge the duplicate groups asked for"
NEW_NAME = "CRM: merge the duplicate groups asked for, or undo their merge"


def migrate(cr, version):
    """Rename the scheduled action, if it still has the name it was installed with."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    cron = env.ref(CRON_XMLID, raise_if_not_found=False)
    action = cron.ir_actions_server_id if cron else None
    if not action or action.with_context(lang="en_US").name != OLD_NAME:
        return
    env.flush_all()
    cr.execute(
        SQL(
            "UPDATE ir_act_server SET name = jsonb_build_object('en_US', %s) WHERE id = %s",
            NEW_NAME,
            action.id,
        )
    )
    env.invalidate_all()
    cron.with_context(lang="en_US")._compute_cron_name()
    cron.flush_recordset(["cron_name"])
