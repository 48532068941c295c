"""The Notifications page: each user chooses the emails they receive."""
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from core.web import ACCOUNT, SIGNED_IN, access, nav_link, portal_blueprint
from plugins.notifications import rules
from plugins.notifications.mailer import OUTBOX
from plugins.notifications.models import EACH

bp = portal_blueprint("notifications", __name__, template_folder="templates")


nav_link(bp, "Notifications", "notifications.settings", area=ACCOUNT, order=40)


@bp.route("/notifications", methods=["GET", "POST"])
@access(SIGNED_IN)
def settings():
    errors = {}
    chosen, delivery = rules.choices_for(current_user)
    if request.method == "POST":
        chosen = set(request.form.getlist("events"))
        delivery = request.form.get("delivery", EACH)
        errors = rules.save_preference(current_user, chosen, delivery)
        if not errors:
            flash("Your notification choices are saved." if chosen else
                  "You will receive no notification emails.")
            return redirect(url_for("notifications.settings"))
    return render_template("notifications/settings.html", kinds=rules.KINDS,
                           deliveries=rules.DELIVERIES, chosen=chosen, delivery=delivery,
                           errors=errors, outbox=OUTBOX), 422 if errors else 200
