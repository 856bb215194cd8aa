from lxml import etree

from odoo.modules.module import get_manifest
from odoo.tools import file_open

from . import models
from . import wizard
from .models.crm_lead_company_word import NAMESAKES_PARAM, TOTAL_PARAM
from .models.crm_lead_similar_keys import PHONE_KEYS_PARSER_PARAM


def post_init_hook(env):
    """Count the company name words and the common company names of the leads already there, for Similar
    Leads to weigh them; make the first duplicate scan a full one, also after an uninstall that left an
    earlier install's parameters (the table of pairs is new and empty)."""
    env["crm.lead.company.word"]._refresh()
    env["crm.lead.duplicate.group"]._scan_restart()


def uninstall_hook(env):
    """Give crm's Pipeline Analysis and Leads Analysis back the domain crm's data files give them, and drop
    the table of company-name blocks and that of the company keys with their letters, with their trigger and
    functions, the function of the company names' spellings, the index of the email addresses, and Similar
    Leads' search function (made in SQL, not by Odoo); forget the duplicate scan's state, the stored keys'
    fingerprint and what was counted with the word counts (the counts' table goes with the addon).

    The addon's (report/crm_opportunity_report_views.xml) leaves merged records out through a field that goes
    with it: the menus would fail without it. As when loading the files, the last domain written wins.
    """
    env["crm.lead"]._similar_drop_search_function()
    env["crm.lead"]._similar_drop_company_tokens()
    # the state of the duplicate scan, of the stored keys and of the word counts, which go with the addon's
    # tables and columns
    env["ir.config_parameter"].sudo().search(
        [
            "|",
            "|",
            ("key", "=like", "crm_lead_convert.duplicate_scan_%"),
            ("key", "=", PHONE_KEYS_PARSER_PARAM),
            ("key", "in", [TOTAL_PARAM, NAMESAKES_PARAM]),
        ]
    ).unlink()
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
