from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.a_resolution_for_sus_contacts_code_type_1 import (
    AResolutionForSUSContactsCodeType1,
    check_a_resolution_for_sus_contacts_code_type_1,
)
from ..models.a_resolution_for_sus_contacts_code_type_2_type_1 import (
    AResolutionForSUSContactsCodeType2Type1,
    check_a_resolution_for_sus_contacts_code_type_2_type_1,
)
from ..models.a_resolution_for_sus_contacts_code_type_3_type_1 import (
    AResolutionForSUSContactsCodeType3Type1,
    check_a_resolution_for_sus_contacts_code_type_3_type_1,
)
from ..models.a_resolution_for_sus_contacts_use import (
    AResolutionForSUSContactsUse,
    check_a_resolution_for_sus_contacts_use,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AResolutionForSUSContacts")


@_attrs_define
class AResolutionForSUSContacts:
    """
    Attributes:
        name (str): at most 80 characters (whitespace around it is dropped), unique in your organisation (another
            template's name is answered 409)
        use (AResolutionForSUSContactsUse):
        body (str): the text, with variables such as {reference}, {mprn}, {due_date}, {originator} (GET /templates lists
            them); write { as {{
        contact_type (str):
        code (AResolutionForSUSContactsCodeType1 | AResolutionForSUSContactsCodeType2Type1 |
            AResolutionForSUSContactsCodeType3Type1 | None | Unset): the code it gives (optional): RES001, RES002, RES003,
            RES004, RES099, SUS010, SUS011, SUS012
        tenant (None | str | Unset): CDSP only: only for contacts of this portal (e.g. shipper)
    """

    name: str
    use: AResolutionForSUSContactsUse
    body: str
    contact_type: str
    code: (
        AResolutionForSUSContactsCodeType1
        | AResolutionForSUSContactsCodeType2Type1
        | AResolutionForSUSContactsCodeType3Type1
        | None
        | Unset
    ) = UNSET
    tenant: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        use: str = self.use

        body = self.body

        contact_type = self.contact_type

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, str):
            code = self.code
        elif isinstance(self.code, str):
            code = self.code
        elif isinstance(self.code, str):
            code = self.code
        else:
            code = self.code

        tenant: None | str | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        else:
            tenant = self.tenant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "use": use,
                "body": body,
                "contact_type": contact_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        use = check_a_resolution_for_sus_contacts_use(d.pop("use"))

        body = d.pop("body")

        contact_type = d.pop("contact_type")

        def _parse_code(
            data: object,
        ) -> (
            AResolutionForSUSContactsCodeType1
            | AResolutionForSUSContactsCodeType2Type1
            | AResolutionForSUSContactsCodeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_1 = check_a_resolution_for_sus_contacts_code_type_1(data)

                return code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_2_type_1 = check_a_resolution_for_sus_contacts_code_type_2_type_1(data)

                return code_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_3_type_1 = check_a_resolution_for_sus_contacts_code_type_3_type_1(data)

                return code_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AResolutionForSUSContactsCodeType1
                | AResolutionForSUSContactsCodeType2Type1
                | AResolutionForSUSContactsCodeType3Type1
                | None
                | Unset,
                data,
            )

        code = _parse_code(d.pop("code", UNSET))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        a_resolution_for_sus_contacts = cls(
            name=name,
            use=use,
            body=body,
            contact_type=contact_type,
            code=code,
            tenant=tenant,
        )

        return a_resolution_for_sus_contacts
