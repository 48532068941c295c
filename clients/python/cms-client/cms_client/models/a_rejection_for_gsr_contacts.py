from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.a_rejection_for_gsr_contacts_code import (
    ARejectionForGSRContactsCode,
    check_a_rejection_for_gsr_contacts_code,
)
from ..models.a_rejection_for_gsr_contacts_use import (
    ARejectionForGSRContactsUse,
    check_a_rejection_for_gsr_contacts_use,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ARejectionForGSRContacts")


@_attrs_define
class ARejectionForGSRContacts:
    """
    Attributes:
        name (str): at most 80 characters (whitespace around it is dropped), unique in your organisation (another
            template's name is answered 409)
        use (ARejectionForGSRContactsUse):
        body (str): the text, with variables such as {reference}, {mprn}, {due_date}, {originator} (GET /templates lists
            them); write { as {{
        contact_type (str):
        code (ARejectionForGSRContactsCode): the code it gives: GSR001, REJ001, REJ002, REJ003, REJ004, REJ005, REJ006,
            REJ099
        tenant (None | str | Unset): CDSP only: only for contacts of this portal (e.g. shipper)
    """

    name: str
    use: ARejectionForGSRContactsUse
    body: str
    contact_type: str
    code: ARejectionForGSRContactsCode
    tenant: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        use: str = self.use

        body = self.body

        contact_type = self.contact_type

        code: str = self.code

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
                "code": code,
            }
        )
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        use = check_a_rejection_for_gsr_contacts_use(d.pop("use"))

        body = d.pop("body")

        contact_type = d.pop("contact_type")

        code = check_a_rejection_for_gsr_contacts_code(d.pop("code"))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        a_rejection_for_gsr_contacts = cls(
            name=name,
            use=use,
            body=body,
            contact_type=contact_type,
            code=code,
            tenant=tenant,
        )

        return a_rejection_for_gsr_contacts
