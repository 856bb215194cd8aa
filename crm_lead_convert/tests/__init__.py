from . import test_leads_setting
from . import test_team_use_leads
from . import test_convert_wizard
from . import test_convert_mass
from . import test_similar_leads
