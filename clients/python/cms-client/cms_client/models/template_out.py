from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateOut")


@_attrs_define
class TemplateOut:
    """
    Attributes:
        id (int):
        name (str):
        use (str):
        body (str):
        updated_at (datetime.datetime):
        contact_type (None | str | Unset):
        code (None | str | Unset):
        tenant (None | str | Unset):
    """

    id: int
    name: str
    use: str
    body: str
    updated_at: datetime.datetime
    contact_type: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        use = self.use

        body = self.body

        updated_at = self.updated_at.isoformat()

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
                "id": id,
                "name": name,
                "use": use,
                "body": body,
                "updated_at": updated_at,
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
        id = d.pop("id")

        name = d.pop("name")

        use = d.pop("use")

        body = d.pop("body")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        template_out = cls(
            id=id,
            name=name,
            use=use,
            body=body,
            updated_at=updated_at,
            contact_type=contact_type,
            code=code,
            tenant=tenant,
        )

        return template_out
