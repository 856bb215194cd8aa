import base64
from datetime import datetime, timedelta

from odoo.tests import Form

from .common import CrmLeadConvertCase

JAN = datetime(2024, 1, 10, 9, 0)
FEB = datetime(2024, 2, 10, 9, 0)
MAR = datetime(2024, 3, 10, 9, 0)


class CrmLeadMergeCase(CrmLeadConvertCase):
    """A lead created in January and an opportunity created in February, further down the pipeline.

    The opportunity is created first, so that its id is the lower one: creation dates and ids disagree, and
    only the creation date can make the lead survive.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.stage_new = cls.env["crm.stage"].create({"name": "Baru", "sequence": 1})
        cls.stage_proposal = cls.env["crm.stage"].create({"name": "Penawaran", "sequence": 30})
        cls.tag_furniture = cls.env["crm.tag"].create({"name": "Furniture"})
        cls.tag_bulk = cls.env["crm.tag"].create({"name": "Bulk order"})
        cls.opportunity = cls.env["crm.lead"].create(
            {
                "name": "Kursi kantor 40 unit (Februari)",
                "type": "opportunity",
                "partner_name": "PT Maju Jaya",
                "contact_name": "Budi Santoso",
                "email_from": "budi@majujaya.co.id",
                "phone": "+62 812 0000 1111",
                "user_id": cls.salesperson.id,
                "team_id": cls.team_leads.id,
                "stage_id": cls.stage_proposal.id,
                "probability": 60,
                "expected_revenue": 5000,
                "description": "<p>Asked for a quote</p>",
                "tag_ids": [(6, 0, cls.tag_bulk.ids)],
                "city": "Bandung",
            }
        )
        cls.lead.write(
            {
                "stage_id": cls.stage_new.id,
                "description": "<p>Met at the fair</p>",
                "tag_ids": [(6, 0, cls.tag_furniture.ids)],
                "phone": False,
                "street": "Jl. Sudirman 1",
                "city": "Jakarta",
            }
        )
        cls.set_create_date(cls.lead, JAN)
        cls.set_create_date(cls.opportunity, FEB)

    @classmethod
    def set_create_date(cls, lead, date):
        lead.flush_recordset()
        cls.env.cr.execute("UPDATE crm_lead SET create_date = %s WHERE id = %s", (date, lead.id))
        lead.invalidate_recordset(["create_date"])
        for fname in ("day_open", "day_close"):
            cls.env.add_to_compute(lead._fields[fname], lead)
        lead.flush_recordset()

    def new_lead(self, name, create_date, **values):
        lead = self.env["crm.lead"].create({"name": name, "user_id": self.salesperson.id, **values})
        self.set_create_date(lead, create_date)
        return lead

    def open_merge_form(self, leads, user=None):
        """Open the list view's Merge action on ``leads``, as selecting them and clicking it does."""
        wizard_model = self.env["crm.merge.opportunity"]
        if user:
            wizard_model = wizard_model.with_user(user)
        return Form(wizard_model.with_context(active_model="crm.lead", active_ids=leads.ids))

    def merge_from_list(self, leads, user=None):
        action = self.open_merge_form(leads, user=user).save().action_merge()
        return self.env["crm.lead"].browse(action["res_id"])

    def add_related_records(self, lead, label):
        """Give ``lead`` a message, an attachment, an activity, a meeting and a follower of its own."""
        lead.message_post(body=f"Note on {label}", subject=f"Subject {label}", message_type="comment")
        attachment = self.env["ir.attachment"].create(
            {
                "name": f"quote-{label}.pdf",
                "datas": base64.b64encode(b"%PDF-1.4 quote"),
                "res_model": "crm.lead",
                "res_id": lead.id,
            }
        )
        activity = lead.activity_schedule(
            "mail.mail_activity_data_todo", summary=f"Call {label}", user_id=self.salesperson.id
        )
        start = datetime(2030, 1, 1, 9, 0)
        meeting = self.env["calendar.event"].create(
            {
                "name": f"Demo {label}",
                "start": start,
                "stop": start + timedelta(hours=1),
                "opportunity_id": lead.id,
                "res_model_id": self.env["ir.model"]._get_id("crm.lead"),
                "res_id": lead.id,
            }
        )
        follower = self.env["res.partner"].create(
            {"name": f"Follower {label}", "email": f"{label}@example.com"}
        )
        lead.message_subscribe(partner_ids=follower.ids)
        return attachment, activity, meeting, follower

    def state_of(self, leads):
        """Return everything a merge may change on ``leads``, as read from the database.

        Every stored field except the write date and author, and per record its messages (with subjects),
        attachments (with names), activities, meetings and followers.
        """
        self.env.flush_all()
        self.env.invalidate_all()
        leads = leads.with_context(active_test=False)
        fnames = [
            fname
            for fname, field in leads._fields.items()
            if field.store
            and field.type not in ("one2many", "binary")
            and fname not in ("write_date", "write_uid")
        ]
        state = {}
        for lead in leads:
            env_su = lead.sudo().with_context(active_test=False).env
            state[lead.id] = {
                "fields": lead.read(fnames)[0],
                "messages": sorted(
                    env_su["mail.message"]
                    .search([("model", "=", "crm.lead"), ("res_id", "=", lead.id)])
                    .mapped(lambda message: (message.id, message.subject or False))
                ),
                "attachments": sorted(
                    env_su["ir.attachment"]
                    .search([("res_model", "=", "crm.lead"), ("res_id", "=", lead.id)])
                    .mapped(lambda attachment: (attachment.id, attachment.name))
                ),
                "activities": sorted(
                    env_su["mail.activity"]
                    .search([("res_model", "=", "crm.lead"), ("res_id", "=", lead.id)])
                    .ids
                ),
                "meetings": sorted(env_su["calendar.event"].search([("opportunity_id", "=", lead.id)]).ids),
                "followers": sorted(
                    lead.sudo().message_follower_ids.mapped(
                        lambda f: (f.partner_id.id, tuple(sorted(f.subtype_ids.ids)))
                    )
                ),
            }
        return state
