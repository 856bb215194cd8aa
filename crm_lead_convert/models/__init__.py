from . import crm_lead
from . import crm_lead_duplicates
from . import crm_team
from . import res_config_settings
