from odoo import Command, api, fields, models
from odoo.exceptions import UserError


class CrmLeadMergeFieldChoiceMixin(models.AbstractModel):
    """A merge pop-up's values to keep where the records it merges differ (``crm.lead.merge.field.choice``).

    A pop-up names the field holding those records in ``_merge_leads_field`` and the choices' link to it in
    its own ``field_choice_ids`` (``inverse_name``).
    """

    _name = "crm.lead.merge.field.choice.mixin"
    _description = "Merge Pop-up With Values to Keep"

    # The field of the pop-up holding the records it merges.
    _merge_leads_field = None

    field_choice_ids = fields.One2many(
        "crm.lead.merge.field.choice",
        string="Differing Values",
        compute="_compute_field_choice_ids",
        store=True,
        readonly=False,
    )

    @api.depends(lambda self: [self._merge_leads_field] if self._merge_leads_field else [])
    def _compute_field_choice_ids(self):
        for wizard in self:
            wizard.field_choice_ids = self.env["crm.lead.merge.field.choice"]._commands_for(
                wizard[self._merge_leads_field]
            )

    @api.model_create_multi
    def create(self, vals_list):
        """Check the records listed for merging as the pop-up is saved (:meth:`_check_listed_readable`)."""
        return super().create([self._check_listed_readable(vals) for vals in vals_list])

    @api.model
    def _check_listed_readable(self, vals):
        """Return ``vals`` of a pop-up to create, refused, with what to do, if records it lists to merge were
        deleted, or given to someone the user may not see, since it opened: saving it reads them back, and
        would end on Odoo's access or missing-record error before the merge could say anything. A pop-up that
        will not merge (``_merges(vals)``) leaves them out (in a copy of ``vals``)."""
        value = vals.get(self._merge_leads_field)
        if isinstance(value, models.BaseModel):
            ids = list(value.ids)
        elif isinstance(value, (list, tuple)):
            ids = _listed_ids(value)
        else:
            return vals
        listed = self.env["crm.lead"].browse(ids)
        readable = listed.exists()._filtered_access("read")
        if readable == listed:
            return vals
        if self._merges(vals):
            raise UserError(
                self.env._(
                    "Some of the records listed for merging were deleted, or you can no longer access them, "
                    "since this pop-up was opened. Close it and open it again to merge the rest."
                )
            )
        return dict(vals, **{self._merge_leads_field: [Command.set((listed & readable).ids)]})

    @api.model
    def _merges(self, vals):
        """Return whether the pop-up created with ``vals`` merges its records."""
        return True


def _listed_ids(commands):
    """Return the ids of the records that a Many2many's ``commands`` (or ids) leave in it, in order.

    Read here, not by the ORM: a new record given them reads the records, ending on the very access or
    missing-record error the check is there to replace, and the field's ``convert_to_cache`` writes the values
    of an update command into the cache of the leads themselves."""
    ids = {}
    for command in commands:
        if isinstance(command, int) and not isinstance(command, bool):
            ids[command] = True
        elif not isinstance(command, (list, tuple)):
            continue
        elif command[0] == Command.SET:
            ids = dict.fromkeys(command[2])
        elif command[0] in (Command.LINK, Command.UPDATE):
            ids[command[1]] = True
        elif command[0] in (Command.UNLINK, Command.DELETE):
            ids.pop(command[1], None)
        elif command[0] == Command.CLEAR:
            ids = {}
    return [lead_id for lead_id in ids if isinstance(lead_id, int)]
