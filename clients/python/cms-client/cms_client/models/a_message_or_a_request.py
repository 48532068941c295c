from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.a_message_or_a_request_use import AMessageOrARequestUse, check_a_message_or_a_request_use
from ..types import UNSET, Unset

T = TypeVar("T", bound="AMessageOrARequest")


@_attrs_define
class AMessageOrARequest:
    """
    Attributes:
        name (str): at most 80 characters (whitespace around it is dropped), unique in your organisation (another
            template's name is answered 409)
        use (AMessageOrARequestUse):
        body (str): the text, with variables such as {reference}, {mprn}, {due_date}, {originator} (GET /templates lists
            them); write { as {{
        contact_type (None | str | Unset): only for this type's contacts (none: every type)
        code (None | str | Unset): not given (null or blank)
        tenant (None | str | Unset): CDSP only: only for contacts of this portal (e.g. shipper)
    """

    name: str
    use: AMessageOrARequestUse
    body: str
    contact_type: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        use: str = self.use

        body = self.body

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = self.contact_type

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
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
            }
        )
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if code is not UNSET:
            field_dict["code"] = code
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        use = check_a_message_or_a_request_use(d.pop("use"))

        body = d.pop("body")

        def _parse_contact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact_type", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        a_message_or_a_request = cls(
            name=name,
            use=use,
            body=body,
            contact_type=contact_type,
            code=code,
            tenant=tenant,
        )

        return a_message_or_a_request
