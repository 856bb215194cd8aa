"""18.0.1.13.0: the scheduled action that merges the Duplicates groups asked for also undoes their merge, and
its name now says so. Its record is not updated by an upgrade (noupdate): the name is set here. The old name's
translations the module shipped are dropped, for the module's translations, loaded after this script, to give
the new name's; a name someone changed, in any language, stays."""

import json

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL

CRON_XMLID = "crm_lead_convert.ir_cron_crm_lead_duplicate_group_merge"
OLD_NAME = "CRM: merge the duplicate groups asked for"
NEW_NAME = "CRM: merge the duplicate groups asked for, or undo their merge"
# the old name as the module's translations gave it
OLD_TRANSLATIONS = {
    "id_ID": "CRM: gabung kelompok duplikat yang diminta",
    "nl_NL": "CRM: de gevraagde groepen duplicaten samenvoegen",
}


def migrate(cr, version):
    """Rename the scheduled action, if it still has the name it was installed with."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    cron = env.ref(CRON_XMLID, raise_if_not_found=False)
    if not cron:
        return
    env.flush_all()
    cr.execute(SQL("SELECT name FROM ir_act_server WHERE id = %s", cron.ir_actions_server_id.id))
    names = cr.fetchone()[0]
    if names.get("en_US") != OLD_NAME:
        return
    kept = {
        lang: name
        for lang, name in names.items()
        if lang != "en_US" and name not in (OLD_NAME, OLD_TRANSLATIONS.get(lang))
    }
    cr.execute(
        SQL(
            "UPDATE ir_act_server SET name = %s::jsonb WHERE id = %s",
            json.dumps({"en_US": NEW_NAME, **kept}),
            cron.ir_actions_server_id.id,
        )
    )
    env.invalidate_all()
    cron._compute_cron_name()
    cron.flush_recordset(["cron_name"])
