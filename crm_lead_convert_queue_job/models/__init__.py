from . import crm_lead_duplicate_group
