"""``/api/v1/templates``: your organisation's response templates (canned responses) for
messages, requests for information, resolutions and rejections, used through an action's
``template``; kept by its LSO or supervisors (the CDSP's admins). Another organisation's
template is not found."""
from flask import url_for
from flask_login import current_user

from core.contacts import (TEMPLATE_VARIABLES, delete_template, get_contact, get_template,
                           preview_template, save_template, templates_for)
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.schemas import (PreviewArgs, PreviewOut, TemplateIn, TemplateList,
                                          TemplateListArgs, TemplateOut)

blp = api_blueprint("templates", __name__, "/templates",
                    "Response templates: your organisation's texts for messages, requests, "
                    "resolutions and rejections, with variables filled from each contact.")


KEEPERS = "Only your organisation's LSO or supervisors (the CDSP's admins) keep its templates."


def _caller():
    return current_user._get_current_object()


def _out(template):
    return {"id": template.id, "name": template.name, "use": template.use, "body": template.body,
            "contact_type": template.contact_type, "code": template.code,
            "tenant": template.tenant.code if template.tenant_id else None,
            "updated_at": template.updated_at}


@blp.route("", methods=["GET"])
@blp.arguments(TemplateListArgs, location="query")
@blp.response(200, TemplateList)
def index(args):
    """Your organisation's templates by name (those of one use, or those that fit one
    contact), and the variables a template may use."""
    caller = _caller()
    contact = get_contact(caller, args["contact"]) if args.get("contact") else None
    return {"items": [_out(t) for t in templates_for(caller, contact, args.get("use"))],
            "variables": TEMPLATE_VARIABLES}


@blp.route("", methods=["POST"])
@idempotent
@blp.arguments(TemplateIn)
@blp.response(201, TemplateOut)
@blp.alt_response(409, description="Your organisation has a template of that name already.")
@blp.alt_response(422, description="A field is not valid: `errors` says what to fix.")
@blp.alt_response(403, description=KEEPERS)
def create(body):
    """Add a template to your organisation's (its LSO or supervisors; the CDSP's admins)."""
    template = save_template(_caller(), body)
    return _out(template), 201, {"Location": url_for("templates.read", template_id=template.id)}


@blp.route("/<int:template_id>", methods=["GET"])
@blp.response(200, TemplateOut)
def read(template_id):
    """One of your organisation's templates."""
    return _out(get_template(_caller(), template_id))


@blp.route("/<int:template_id>", methods=["PUT"])
@blp.arguments(TemplateIn)
@blp.response(200, TemplateOut)
@blp.alt_response(409, description="Your organisation has another template of that name.")
@blp.alt_response(403, description=KEEPERS)
def replace(body, template_id):
    """Change a template: give all its fields."""
    return _out(save_template(_caller(), body, template_id))


@blp.route("/<int:template_id>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(403, description=KEEPERS)
def delete(template_id):
    """Delete a template."""
    delete_template(_caller(), template_id)
    return ""


@blp.route("/<int:template_id>/preview", methods=["GET"])
@blp.arguments(PreviewArgs, location="query")
@blp.response(200, PreviewOut)
def preview(args, template_id):
    """What the template says on one contact you may see."""
    caller = _caller()
    return {"text": preview_template(caller, get_contact(caller, args["contact"]), template_id)}
