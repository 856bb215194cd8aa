"""Smoke check of crm_lead_convert as an ordinary database user, run by ``odoo shell`` (see run-tests).

Production databases are seldom reached as a PostgreSQL superuser, and some statements are a superuser's
only (a function's custom setting, a setting of an extension not loaded yet): the test databases, reached as
one, cannot show such a fault. In a database where the addon was installed by such a user: Similar Leads
finds a lead's duplicate, a deployment's first start makes the search function again, and the daily count
of company words (with its repair of the tables of company names) runs. Exits non-zero on the first failure.
"""

import sys

from odoo.addons.crm_lead_convert.models.crm_lead_duplicates import (
    SEARCH_FUNCTION_DIGEST,
    SEARCH_FUNCTION_SIGNATURE,
)


def main(env):
    """Check; exit with the reason on the first failure."""
    cr = env.cr
    cr.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if cr.fetchone()[0]:
        sys.exit("plain user check: connected as a superuser")
    Lead = env["crm.lead"]
    first, second = Lead.create(
        [
            {"name": "Kursi", "partner_name": "PT Maju Jaya Abadi", "email_from": "budi@majujaya.co.id"},
            {"name": "Meja", "partner_name": "Maju Jaya Abadi", "phone": "+62 812 3456 7890"},
        ]
    )
    if first not in second.duplicate_lead_ids:
        sys.exit("plain user check: Similar Leads did not find the lead of the same company name")
    cr.execute("SELECT pg_get_functiondef(to_regprocedure(%s))", [SEARCH_FUNCTION_SIGNATURE])
    cr.execute(cr.fetchone()[0].replace(SEARCH_FUNCTION_DIGEST, "an earlier version"))
    cr.execute("DROP TRIGGER crm_lead_company_token_sync ON crm_lead")
    Lead._register_hook()
    if Lead._similar_search_function_outdated():
        sys.exit("plain user check: a deployment's first start did not make the search function")
    env["crm.lead.company.word"]._refresh()
    second.invalidate_recordset()
    if first not in second.duplicate_lead_ids:
        sys.exit("plain user check: Similar Leads lost the lead after the start's remake")
    cr.rollback()
    print(
        "plain user check: install, Similar Leads, a first start's remake and the daily count, as an "
        "ordinary user: passed"
    )


main(env)  # noqa: F821 (odoo shell gives env)
