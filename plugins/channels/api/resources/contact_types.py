"""``GET /api/v1/contact-types``: the types this caller may raise, each as the engine
describes it (:func:`core.contacts.describe_type`), with the caller's tenant's service level."""
from flask import g
from flask_login import current_user

from core.contacts import describe_type, raisable_types
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.schemas import ContactTypeList
from plugins.channels.api.serialize import contact_type_out

blp = api_blueprint("contact-types", __name__, "/contact-types",
                    "The contact types you may raise, with their fields and batch layout.")


@blp.route("")
@blp.response(200, ContactTypeList)
def list_types():
    """The contact types this caller may raise."""
    return {"items": [contact_type_out(describe_type(ctype, g.tenant))
                      for ctype in raisable_types(current_user)]}
