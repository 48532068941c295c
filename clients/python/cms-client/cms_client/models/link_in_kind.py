from typing import Literal

LinkInKind = Literal["duplicate_of", "related"]

LINK_IN_KIND_VALUES: set[LinkInKind] = {
    "duplicate_of",
    "related",
}


def check_link_in_kind(value: str) -> LinkInKind:
    if value in LINK_IN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINK_IN_KIND_VALUES!r}")
