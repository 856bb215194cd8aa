from . import crm_lead
from . import crm_lead_duplicates
from . import crm_lead_not_same_prospect
from . import crm_team
from . import crm_lead_merge
from . import crm_lead_merge_guard
from . import crm_lead_merge_record
from . import res_config_settings
