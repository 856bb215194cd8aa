{
    "name": "CRM Lead Conversion",
    "summary": "Convert leads into opportunities as Odoo's documentation describes it",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/crm-lead-convert/crm_lead_convert",
    "author": "crm_lead_convert developers",
    "license": "LGPL-3",
    "depends": ["crm"],
    "external_dependencies": {"python": ["rapidfuzz"]},
    "data": [
        "security/ir.model.access.csv",
        "security/crm_lead_merge_record_security.xml",
        "wizard/crm_lead_to_opportunity_mass_views.xml",
        "wizard/crm_merge_opportunities_views.xml",
        "views/crm_team_views.xml",
        "views/crm_lead_views.xml",
        "views/crm_lead_similar_views.xml",
        "views/res_config_settings_views.xml",
        "report/crm_opportunity_report_views.xml",
    ],
    "demo": ["demo/crm_lead_demo.xml"],
    "assets": {
        "web.assets_tests": [
            "crm_lead_convert/static/tests/tours/**/*",
        ],
    },
}
