from typing import Literal

GetApiV1ContactTypesCodeSchemaCode = Literal[
    "ADD", "AQQ", "CDQ", "DMQ", "DUP", "ENQ", "FOM", "GSR", "INV", "MNC", "RFA", "SAR", "SUS", "TOG"
]

GET_API_V1_CONTACT_TYPES_CODE_SCHEMA_CODE_VALUES: set[GetApiV1ContactTypesCodeSchemaCode] = {
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


def check_get_api_v1_contact_types_code_schema_code(value: str) -> GetApiV1ContactTypesCodeSchemaCode:
    if value in GET_API_V1_CONTACT_TYPES_CODE_SCHEMA_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_API_V1_CONTACT_TYPES_CODE_SCHEMA_CODE_VALUES!r}")
