"""Raise a contact: start from the organisation's Top 50 (its contact templates and the types
it raises most) or choose any type, fill in the form the type's schema generates (pre-filled
from a template), attach files; CDSP staff choose the organisation to raise it to."""
from flask import abort, g, redirect, render_template, request, url_for
from flask_login import current_user

from core.contacts import (act, attachment_max_bytes, check_attachment, get_contact_template,
                           is_cdsp_staff, raisable_types, raise_contact, raise_from_template,
                           target_days, top_50)
from core.errors import Invalid, NotFound
from core.models import CDSP_ORG, Organisation
from core.permissions import allowed
from core.tenancy import plugin_enabled
from core.uploads import takes_files
from core.web import SIGNED_IN, access, link_url
from plugins.channels.web import forms
from plugins.channels.web.blueprint import bp

CHANNEL = "web"
MAX_FILES = 5


@bp.get("/contacts/new")
@access(SIGNED_IN)
def raise_start():
    chosen = (request.args.get("type") or "").strip()
    if chosen:
        return redirect(url_for("web.raise_form", type_code=chosen.upper()))
    # no kind is chosen for the user: Continue without one says so
    error = "Select the kind of contact to raise." if request.args.get("continue") else None
    me = current_user._get_current_object()
    top, counts = top_50(me)
    types = sorted(raisable_types(me), key=lambda t: (-counts.get(t.code, 0), t.code))
    return render_template("web/raise_start.html", top=top, types=types, counts=counts,
                           days={t.code: target_days(t, g.tenant) for t in types},
                           files_url=_files_url(),
                           may_keep=allowed(me, "contact_templates.manage"),
                           error=error), (400 if error else 200)


raise_start.help_section = ("quick-reference", "raising-a-contact")


def _files_url():
    """The upload page of batch files, when this portal's header links to it."""
    return link_url("batch.index")


def recipients(ctype):
    """The participant organisations the CDSP may raise ``ctype`` to."""
    orgs = (Organisation.select().where(Organisation.is_active & (Organisation.code != CDSP_ORG) &
                                        ~Organisation.sandbox)
            .order_by(Organisation.code))
    return [o for o in orgs if plugin_enabled(o.tenant.code, ctype.plugin)]


def _type_or_404(type_code):
    ctype = next((t for t in raisable_types(current_user) if t.code == type_code.upper()), None)
    if ctype is None:
        abort(404)
    return ctype


@bp.route("/contacts/new/<type_code>", methods=["GET", "POST"])
@takes_files(lambda: MAX_FILES * attachment_max_bytes(),   # more is refused unread
             lambda limit: f"The files are larger than the limit of {limit:,} bytes in all "
                           f"({MAX_FILES} files of at most {attachment_max_bytes():,} bytes "
                           "each); send smaller files, or add some after raising the contact.")
@access(SIGNED_IN)
def raise_form(type_code):
    ctype = _type_or_404(type_code)
    fields = forms.schema_fields(ctype)
    staff = is_cdsp_staff(current_user)
    template = _template_or_404(ctype, request.values.get("template"))
    errors, values = {}, dict(template.values) if template else {}
    if request.method == "POST":
        values = forms.submitted(fields, request.form)
        to_org = (request.form.get("to_org") or "").strip() or None
        files, file_errors = _checked_files()
        try:
            if file_errors:
                raise Invalid("Check the files.", file_errors)
            contact = _raise(ctype, template, fields, values, to_org if staff else None)
        except Invalid as exc:
            errors = forms.field_errors(exc.errors, fields, extra=("to_org", "attachments"))
            if not errors:
                errors = {"form": exc.message}
        else:
            for name, content in files:  # checked above: each is its own small write
                act(current_user, contact, "attach", CHANNEL, filename=name, content=content)
            return redirect(url_for("web.contact", reference=contact.reference, raised=1))
    return render_template("web/raise_form.html", ctype=ctype, fields=fields, values=values,
                           errors=errors, staff=staff, to_org=request.form.get("to_org", ""),
                           template=template,
                           may_keep=allowed(current_user, "contact_templates.manage"),
                           recipients=recipients(ctype) if staff else (),
                           target_days=target_days(ctype, g.tenant),
                           max_files=MAX_FILES, max_bytes=attachment_max_bytes()), \
        (422 if errors else 200)


raise_form.help_section = ("quick-reference", "raising-a-contact")


def _template_or_404(ctype, template_id):
    """The template the form starts from (``?template=``), one of ``ctype`` the user may
    raise from; None when none is named."""
    if not template_id:
        return None
    try:
        template = get_contact_template(current_user, template_id)
    except NotFound:
        abort(404)
    if template.contact_type != ctype.code:
        abort(404)
    return template


def _raise(ctype, template, fields, values, to_org):
    """Raise what the form shows: from a template, every value of it the form does not
    show is left out too (the template counts the use)."""
    if template is None:
        return raise_contact(current_user, ctype.code, values, CHANNEL, to_org=to_org)
    overrides = {name: None for name in template.values}
    overrides.update({f.name: values.get(f.name) for f in fields})
    return raise_from_template(current_user, template.id, overrides, CHANNEL, to_org=to_org)


def _checked_files():
    """[(name, content)] of the files chosen, each checked as the engine will; and errors."""
    uploads = [f for f in request.files.getlist("attachments") if f and f.filename]
    if len(uploads) > MAX_FILES:
        return [], {"attachments": f"Attach at most {MAX_FILES} files; add more later on the "
                                   "contact's page."}
    files, problems = [], []
    for upload in uploads:
        content = upload.stream.read(attachment_max_bytes() + 1)
        try:
            name, _ = check_attachment(upload.filename, content)
        except Invalid as exc:
            problems.append(" ".join(str(v) for v in exc.errors.values()))
        else:
            files.append((name, content))
    return files, ({"attachments": " ".join(problems)} if problems else {})
