"""18.0.1.15.0: the reasons of the groups of duplicates are worded in every installed language, each user
reading them in theirs. Those of the groups kept from earlier scans are in the language of whoever ran the
scan, now held as their English: the next scheduled scan scores every lead again and words the groups to
review afresh, also when a scan is under way. A company key is at most 200 letters long, each word 40: the
keys are computed again (those of longer names are cut)."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Compute the company keys again and count their words and names; make the next scheduled duplicate
    scan a full one."""
    api.Environment(cr, SUPERUSER_ID, {})["crm.lead"]._similar_names_read_otherwise()
