from . import crm_lead_lost
from . import crm_lead_merge_field_choice
from . import crm_lead_merge_field_choice_mixin
from . import crm_lead_to_opportunity
from . import crm_lead_to_opportunity_mass
from . import crm_merge_opportunities
