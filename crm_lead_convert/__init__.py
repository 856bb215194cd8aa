from . import models
from . import wizard


def post_init_hook(env):
    """Count the company name words of the leads already there, for Similar Leads to weigh them."""
    env["crm.lead.company.word"]._refresh()
