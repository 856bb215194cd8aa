"""Decisions of crm_lead_convert that need no Odoo.

Everything in this package is plain Python: it imports nothing from ``odoo`` so that it can be read and
tested on its own. The Odoo models fetch records in batches, call these functions and write the results.
"""
