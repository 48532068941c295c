from typing import Literal

TemplateInUse = Literal["message", "rejection", "request", "resolution"]

TEMPLATE_IN_USE_VALUES: set[TemplateInUse] = {
    "message",
    "rejection",
    "request",
    "resolution",
}


def check_template_in_use(value: str) -> TemplateInUse:
    if value in TEMPLATE_IN_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_IN_USE_VALUES!r}")
