from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_values_out import TemplateValuesOut


T = TypeVar("T", bound="ContactTemplateOut")


@_attrs_define
class ContactTemplateOut:
    """
    Attributes:
        id (int):
        name (str):
        type_ (str): its contact type's code
        type_name (str):
        values (TemplateValuesOut):
        owner (str): the keeping organisation's code
        uses (int): contacts raised from it
        updated_at (datetime.datetime):
        contacts (str): where to POST to raise from it
        published_to (None | str | Unset): the CDSP's templates for a whole portal: that portal (e.g. shipper); null for
            your organisation's own
    """

    id: int
    name: str
    type_: str
    type_name: str
    values: TemplateValuesOut
    owner: str
    uses: int
    updated_at: datetime.datetime
    contacts: str
    published_to: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        type_name = self.type_name

        values = self.values.to_dict()

        owner = self.owner

        uses = self.uses

        updated_at = self.updated_at.isoformat()

        contacts = self.contacts

        published_to: None | str | Unset
        if isinstance(self.published_to, Unset):
            published_to = UNSET
        else:
            published_to = self.published_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "type_name": type_name,
                "values": values,
                "owner": owner,
                "uses": uses,
                "updated_at": updated_at,
                "contacts": contacts,
            }
        )
        if published_to is not UNSET:
            field_dict["published_to"] = published_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_values_out import TemplateValuesOut  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        type_name = d.pop("type_name")

        values = TemplateValuesOut.from_dict(d.pop("values"))

        owner = d.pop("owner")

        uses = d.pop("uses")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        contacts = d.pop("contacts")

        def _parse_published_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_to = _parse_published_to(d.pop("published_to", UNSET))

        contact_template_out = cls(
            id=id,
            name=name,
            type_=type_,
            type_name=type_name,
            values=values,
            owner=owner,
            uses=uses,
            updated_at=updated_at,
            contacts=contacts,
            published_to=published_to,
        )

        return contact_template_out
