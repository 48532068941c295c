from typing import Literal

AMessageOrARequestUse = Literal["message", "request"]

A_MESSAGE_OR_A_REQUEST_USE_VALUES: set[AMessageOrARequestUse] = {
    "message",
    "request",
}


def check_a_message_or_a_request_use(value: str) -> AMessageOrARequestUse:
    if value in A_MESSAGE_OR_A_REQUEST_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_MESSAGE_OR_A_REQUEST_USE_VALUES!r}")
