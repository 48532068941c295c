import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_page import ContactPage
from ...models.error import Error
from ...models.get_api_v1_contacts_order import GetApiV1ContactsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mprn: str | Unset = UNSET,
    originator_ref: str | Unset = UNSET,
    holder: str | Unset = UNSET,
    originator: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    ced: str | Unset = UNSET,
    raised_from: datetime.date | Unset = UNSET,
    raised_to: datetime.date | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    breached: bool | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    outside_allowance: bool | Unset = UNSET,
    watching: bool | Unset = UNSET,
    order: GetApiV1ContactsOrder | Unset = "received",
    newest_first: bool | Unset = False,
    total: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["status"] = status

    params["mprn"] = mprn

    params["originator_ref"] = originator_ref

    params["holder"] = holder

    params["originator"] = originator

    params["assignee"] = assignee

    params["ced"] = ced

    json_raised_from: str | Unset = UNSET
    if not isinstance(raised_from, Unset):
        json_raised_from = raised_from.isoformat()
    params["raised_from"] = json_raised_from

    json_raised_to: str | Unset = UNSET
    if not isinstance(raised_to, Unset):
        json_raised_to = raised_to.isoformat()
    params["raised_to"] = json_raised_to

    json_due_from: str | Unset = UNSET
    if not isinstance(due_from, Unset):
        json_due_from = due_from.isoformat()
    params["due_from"] = json_due_from

    json_due_to: str | Unset = UNSET
    if not isinstance(due_to, Unset):
        json_due_to = due_to.isoformat()
    params["due_to"] = json_due_to

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params["breached"] = breached

    params["at_risk"] = at_risk

    params["outside_allowance"] = outside_allowance

    params["watching"] = watching

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["newest_first"] = newest_first

    params["total"] = total

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ContactPage | Error:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ContactPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mprn: str | Unset = UNSET,
    originator_ref: str | Unset = UNSET,
    holder: str | Unset = UNSET,
    originator: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    ced: str | Unset = UNSET,
    raised_from: datetime.date | Unset = UNSET,
    raised_to: datetime.date | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    breached: bool | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    outside_allowance: bool | Unset = UNSET,
    watching: bool | Unset = UNSET,
    order: GetApiV1ContactsOrder | Unset = "received",
    newest_first: bool | Unset = False,
    total: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[Any | ContactPage | Error]:
    """List the contacts you may see that match the filters, a page at a time: in order of
    receipt (oldest first) or soonest due first, either reversed with `newest_first`.

    Args:
        type_ (str | Unset):
        status (str | Unset): a status, or several separated by commas: submitted, accepted,
            rejected, in_progress, awaiting_originator, awaiting_party, resolved, closed, cancelled
        mprn (str | Unset):
        originator_ref (str | Unset):
        holder (str | Unset):
        originator (str | Unset):
        assignee (str | Unset):
        ced (str | Unset):
        raised_from (datetime.date | Unset):
        raised_to (datetime.date | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        updated_since (datetime.datetime | Unset):
        breached (bool | Unset):
        at_risk (bool | Unset):
        outside_allowance (bool | Unset):
        watching (bool | Unset):
        order (GetApiV1ContactsOrder | Unset):  Default: 'received'.
        newest_first (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): the `next` of the page before, as it was given (for the same
            `order`); any other value is answered 422

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactPage | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        mprn=mprn,
        originator_ref=originator_ref,
        holder=holder,
        originator=originator,
        assignee=assignee,
        ced=ced,
        raised_from=raised_from,
        raised_to=raised_to,
        due_from=due_from,
        due_to=due_to,
        updated_since=updated_since,
        breached=breached,
        at_risk=at_risk,
        outside_allowance=outside_allowance,
        watching=watching,
        order=order,
        newest_first=newest_first,
        total=total,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mprn: str | Unset = UNSET,
    originator_ref: str | Unset = UNSET,
    holder: str | Unset = UNSET,
    originator: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    ced: str | Unset = UNSET,
    raised_from: datetime.date | Unset = UNSET,
    raised_to: datetime.date | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    breached: bool | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    outside_allowance: bool | Unset = UNSET,
    watching: bool | Unset = UNSET,
    order: GetApiV1ContactsOrder | Unset = "received",
    newest_first: bool | Unset = False,
    total: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Any | ContactPage | Error | None:
    """List the contacts you may see that match the filters, a page at a time: in order of
    receipt (oldest first) or soonest due first, either reversed with `newest_first`.

    Args:
        type_ (str | Unset):
        status (str | Unset): a status, or several separated by commas: submitted, accepted,
            rejected, in_progress, awaiting_originator, awaiting_party, resolved, closed, cancelled
        mprn (str | Unset):
        originator_ref (str | Unset):
        holder (str | Unset):
        originator (str | Unset):
        assignee (str | Unset):
        ced (str | Unset):
        raised_from (datetime.date | Unset):
        raised_to (datetime.date | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        updated_since (datetime.datetime | Unset):
        breached (bool | Unset):
        at_risk (bool | Unset):
        outside_allowance (bool | Unset):
        watching (bool | Unset):
        order (GetApiV1ContactsOrder | Unset):  Default: 'received'.
        newest_first (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): the `next` of the page before, as it was given (for the same
            `order`); any other value is answered 422

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactPage | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        mprn=mprn,
        originator_ref=originator_ref,
        holder=holder,
        originator=originator,
        assignee=assignee,
        ced=ced,
        raised_from=raised_from,
        raised_to=raised_to,
        due_from=due_from,
        due_to=due_to,
        updated_since=updated_since,
        breached=breached,
        at_risk=at_risk,
        outside_allowance=outside_allowance,
        watching=watching,
        order=order,
        newest_first=newest_first,
        total=total,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mprn: str | Unset = UNSET,
    originator_ref: str | Unset = UNSET,
    holder: str | Unset = UNSET,
    originator: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    ced: str | Unset = UNSET,
    raised_from: datetime.date | Unset = UNSET,
    raised_to: datetime.date | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    breached: bool | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    outside_allowance: bool | Unset = UNSET,
    watching: bool | Unset = UNSET,
    order: GetApiV1ContactsOrder | Unset = "received",
    newest_first: bool | Unset = False,
    total: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[Any | ContactPage | Error]:
    """List the contacts you may see that match the filters, a page at a time: in order of
    receipt (oldest first) or soonest due first, either reversed with `newest_first`.

    Args:
        type_ (str | Unset):
        status (str | Unset): a status, or several separated by commas: submitted, accepted,
            rejected, in_progress, awaiting_originator, awaiting_party, resolved, closed, cancelled
        mprn (str | Unset):
        originator_ref (str | Unset):
        holder (str | Unset):
        originator (str | Unset):
        assignee (str | Unset):
        ced (str | Unset):
        raised_from (datetime.date | Unset):
        raised_to (datetime.date | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        updated_since (datetime.datetime | Unset):
        breached (bool | Unset):
        at_risk (bool | Unset):
        outside_allowance (bool | Unset):
        watching (bool | Unset):
        order (GetApiV1ContactsOrder | Unset):  Default: 'received'.
        newest_first (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): the `next` of the page before, as it was given (for the same
            `order`); any other value is answered 422

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactPage | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        mprn=mprn,
        originator_ref=originator_ref,
        holder=holder,
        originator=originator,
        assignee=assignee,
        ced=ced,
        raised_from=raised_from,
        raised_to=raised_to,
        due_from=due_from,
        due_to=due_to,
        updated_since=updated_since,
        breached=breached,
        at_risk=at_risk,
        outside_allowance=outside_allowance,
        watching=watching,
        order=order,
        newest_first=newest_first,
        total=total,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mprn: str | Unset = UNSET,
    originator_ref: str | Unset = UNSET,
    holder: str | Unset = UNSET,
    originator: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    ced: str | Unset = UNSET,
    raised_from: datetime.date | Unset = UNSET,
    raised_to: datetime.date | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    breached: bool | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    outside_allowance: bool | Unset = UNSET,
    watching: bool | Unset = UNSET,
    order: GetApiV1ContactsOrder | Unset = "received",
    newest_first: bool | Unset = False,
    total: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Any | ContactPage | Error | None:
    """List the contacts you may see that match the filters, a page at a time: in order of
    receipt (oldest first) or soonest due first, either reversed with `newest_first`.

    Args:
        type_ (str | Unset):
        status (str | Unset): a status, or several separated by commas: submitted, accepted,
            rejected, in_progress, awaiting_originator, awaiting_party, resolved, closed, cancelled
        mprn (str | Unset):
        originator_ref (str | Unset):
        holder (str | Unset):
        originator (str | Unset):
        assignee (str | Unset):
        ced (str | Unset):
        raised_from (datetime.date | Unset):
        raised_to (datetime.date | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        updated_since (datetime.datetime | Unset):
        breached (bool | Unset):
        at_risk (bool | Unset):
        outside_allowance (bool | Unset):
        watching (bool | Unset):
        order (GetApiV1ContactsOrder | Unset):  Default: 'received'.
        newest_first (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): the `next` of the page before, as it was given (for the same
            `order`); any other value is answered 422

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            mprn=mprn,
            originator_ref=originator_ref,
            holder=holder,
            originator=originator,
            assignee=assignee,
            ced=ced,
            raised_from=raised_from,
            raised_to=raised_to,
            due_from=due_from,
            due_to=due_to,
            updated_since=updated_since,
            breached=breached,
            at_risk=at_risk,
            outside_allowance=outside_allowance,
            watching=watching,
            order=order,
            newest_first=newest_first,
            total=total,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
