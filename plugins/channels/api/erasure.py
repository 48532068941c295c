"""A person's erasure, in what the API keeps: the answers kept for replays under an
Idempotency-Key (a contact's JSON, which may name them) get the pseudonyms in place of the
address and name; a replay answers with them."""
from plugins.channels.api.models import IdempotencyRecord


def erase(erasure):
    return {"idempotency_changed": erasure.scrub(IdempotencyRecord, json_texts=("body",))}
