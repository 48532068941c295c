from typing import Literal

GetApiV1TemplatesUse = Literal["message", "rejection", "request", "resolution"]

GET_API_V1_TEMPLATES_USE_VALUES: set[GetApiV1TemplatesUse] = {
    "message",
    "rejection",
    "request",
    "resolution",
}


def check_get_api_v1_templates_use(value: str) -> GetApiV1TemplatesUse:
    if value in GET_API_V1_TEMPLATES_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_API_V1_TEMPLATES_USE_VALUES!r}")
