from typing import Literal

GetApiV1ContactTypesCodeLayoutCode = Literal[
    "ADD", "AQQ", "CDQ", "DMQ", "DUP", "ENQ", "FOM", "GSR", "INV", "MNC", "RFA", "SAR", "SUS", "TOG"
]

GET_API_V1_CONTACT_TYPES_CODE_LAYOUT_CODE_VALUES: set[GetApiV1ContactTypesCodeLayoutCode] = {
    "ADD",
    "AQQ",
    "CDQ",
    "DMQ",
    "DUP",
    "ENQ",
    "FOM",
    "GSR",
    "INV",
    "MNC",
    "RFA",
    "SAR",
    "SUS",
    "TOG",
}


def check_get_api_v1_contact_types_code_layout_code(value: str) -> GetApiV1ContactTypesCodeLayoutCode:
    if value in GET_API_V1_CONTACT_TYPES_CODE_LAYOUT_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_API_V1_CONTACT_TYPES_CODE_LAYOUT_CODE_VALUES!r}")
