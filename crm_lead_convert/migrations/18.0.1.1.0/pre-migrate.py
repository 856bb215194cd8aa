"""18.0.1.1.0: every number of the phone and mobile fields is one key list, ``similar_phone_keys``; the two
single-number keys before it go, with their indexes."""

from odoo.tools import SQL


def migrate(cr, version):
    """Drop the columns of the former phone keys; the new one is filled when the module loads."""
    cr.execute(
        SQL(
            "ALTER TABLE crm_lead DROP COLUMN IF EXISTS similar_phone_key, "
            "DROP COLUMN IF EXISTS similar_mobile_key"
        )
    )
