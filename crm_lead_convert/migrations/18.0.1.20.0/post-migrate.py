"""18.0.1.20.0: another contact person between two leads of one company name weighs as the database shows
(``core.similarity.other_contact_weight``): from the pairs of one name written from company domains, counted
with the company words; the duplicate scan also pairs the leads naming the same person under company names a
little alike, as Similar Leads fetches them. Counted now rather than at the next daily count; the next
scheduled duplicate scan scores every lead again, its stored pairs having been found and scored without
either."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Count the company words, names and pairs of one name; make the next scheduled duplicate scan a full
    one."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["crm.lead.company.word"]._refresh()
    env["crm.lead.duplicate.group"]._scan_restart()
