{
    "name": "CRM Lead Conversion: Duplicates scan with Job Queue",
    "summary": "Run the whole-CRM duplicate scan as OCA queue_job jobs, in parallel on Odoo's job workers",
    "version": "18.0.1.2.0",
    "category": "Sales/CRM",
    "website": "https://github.com/crm-lead-convert/crm_lead_convert",
    "author": "crm_lead_convert developers",
    "license": "LGPL-3",
    "depends": ["crm_lead_convert", "queue_job"],
    "data": ["data/queue_job_data.xml"],
    "auto_install": True,
}
