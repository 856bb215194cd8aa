from lxml import etree

from odoo.modules.module import get_manifest
from odoo.tools import file_open

from . import models
from . import wizard


def post_init_hook(env):
    """Count the company name words and the common company names of the leads already there, for Similar
    Leads to weigh them."""
    env["crm.lead.company.word"]._refresh()


def uninstall_hook(env):
    """Give crm's Pipeline Analysis and Leads Analysis back the domain crm's data files give them, and drop
    the table of company-name blocks with its trigger and functions, the trigram index of the company names'
    spellings with its function, and Similar Leads' search function (made in SQL, not by Odoo).

    The addon's (report/crm_opportunity_report_views.xml) leaves merged records out through a field that goes
    with it: the menus would fail without it. As when loading the files, the last domain written wins.
    """
    env["crm.lead"]._similar_drop_search_function()
    env["crm.lead"]._similar_drop_company_tokens()
    for xmlid in ("crm.crm_opportunity_report_action", "crm.crm_opportunity_report_action_lead"):
        action = env.ref(xmlid, raise_if_not_found=False)
        if not action:
            continue
        module, name = xmlid.split(".")
        domain = False
        for path in get_manifest(module)["data"]:
            if path.endswith(".xml"):
                with file_open(f"{module}/{path}", "rb") as data_file:
                    domains = etree.parse(data_file).xpath(
                        "//record[@id=$name or @id=$xmlid]/field[@name='domain']", name=name, xmlid=xmlid
                    )
                domain = domains[-1].text if domains else domain
        action.domain = domain
