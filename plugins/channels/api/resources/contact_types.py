"""``GET /api/v1/contact-types``: the types this caller may raise, with their fields."""
from flask_login import current_user

from core.contacts import raisable_types
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.fields import describe
from plugins.channels.api.schemas import ContactTypeList

blp = api_blueprint("contact-types", __name__, "/contact-types",
                    "The contact types you may raise, with their fields and batch layout.")


@blp.route("")
@blp.response(200, ContactTypeList)
def list_types():
    """The contact types this caller may raise."""
    items = []
    for ctype in raisable_types(current_user):
        items.append({
            "code": ctype.code, "name": ctype.name, "sub_service": ctype.sub_service,
            "raised_by": list(ctype.raised_by), "cdsp_may_raise": ctype.cdsp_may_raise,
            "service_level_days": ctype.service_level_days,
            "mprn_required": getattr(ctype, "mprn_required", True),
            "fields_": describe(ctype), "batch_fields": list(ctype.batch_fields)})
    return {"items": items}
