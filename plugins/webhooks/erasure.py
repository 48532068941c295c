"""A person's erasure, in what the webhooks plugin keeps: each delivery's JSON body (a
contact's summary, a message) and each attempt's error text get the pseudonyms in place of
the address and name. A delivery not yet sent goes out with the pseudonyms; what receivers
already got is beyond reach."""
from plugins.webhooks.models import WebhookAttempt, WebhookDelivery


def erase(erasure):
    return {"deliveries_changed": erasure.scrub(WebhookDelivery, json_texts=("body",)),
            "attempts_changed": erasure.scrub(WebhookAttempt, texts=("error",))}
