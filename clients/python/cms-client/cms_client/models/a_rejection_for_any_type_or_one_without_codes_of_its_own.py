from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.a_rejection_for_any_type_or_one_without_codes_of_its_own_code import (
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode,
    check_a_rejection_for_any_type_or_one_without_codes_of_its_own_code,
)
from ..models.a_rejection_for_any_type_or_one_without_codes_of_its_own_use import (
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse,
    check_a_rejection_for_any_type_or_one_without_codes_of_its_own_use,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn")


@_attrs_define
class ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn:
    """
    Attributes:
        name (str): at most 80 characters (whitespace around it is dropped), unique in your organisation (another
            template's name is answered 409)
        use (ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse):
        body (str): the text, with variables such as {reference}, {mprn}, {due_date}, {originator} (GET /templates lists
            them); write { as {{
        code (ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode): the code it gives: REJ001, REJ002, REJ003, REJ004,
            REJ005, REJ006, REJ099
        contact_type (None | str | Unset):
        tenant (None | str | Unset): CDSP only: only for contacts of this portal (e.g. shipper)
    """

    name: str
    use: ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse
    body: str
    code: ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode
    contact_type: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        use: str = self.use

        body = self.body

        code: str = self.code

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = self.contact_type

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
                "code": code,
            }
        )
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        use = check_a_rejection_for_any_type_or_one_without_codes_of_its_own_use(d.pop("use"))

        body = d.pop("body")

        code = check_a_rejection_for_any_type_or_one_without_codes_of_its_own_code(d.pop("code"))

        def _parse_contact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact_type", UNSET))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        a_rejection_for_any_type_or_one_without_codes_of_its_own = cls(
            name=name,
            use=use,
            body=body,
            code=code,
            contact_type=contact_type,
            tenant=tenant,
        )

        return a_rejection_for_any_type_or_one_without_codes_of_its_own
