from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.action_accept import ActionAccept
from ...models.action_allocate import ActionAllocate
from ...models.action_amend import ActionAmend
from ...models.action_assign import ActionAssign
from ...models.action_cancel import ActionCancel
from ...models.action_challenge import ActionChallenge
from ...models.action_chase import ActionChase
from ...models.action_close import ActionClose
from ...models.action_extend import ActionExtend
from ...models.action_mark_duplicate import ActionMarkDuplicate
from ...models.action_reject_type_0 import ActionRejectType0
from ...models.action_reject_type_1 import ActionRejectType1
from ...models.action_request_info_type_0 import ActionRequestInfoType0
from ...models.action_request_info_type_1 import ActionRequestInfoType1
from ...models.action_resolve_type_0 import ActionResolveType0
from ...models.action_resolve_type_1 import ActionResolveType1
from ...models.action_respond import ActionRespond
from ...models.action_set_ced import ActionSetCed
from ...models.action_start import ActionStart
from ...models.action_transfer import ActionTransfer
from ...models.contact_out import ContactOut
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    reference: str,
    *,
    body: ActionAccept
    | ActionAllocate
    | ActionAmend
    | ActionAssign
    | ActionCancel
    | ActionChallenge
    | ActionChase
    | ActionClose
    | ActionExtend
    | ActionMarkDuplicate
    | ActionRejectType0
    | ActionRejectType1
    | ActionRequestInfoType0
    | ActionRequestInfoType1
    | ActionResolveType0
    | ActionResolveType1
    | ActionRespond
    | ActionSetCed
    | ActionStart
    | ActionTransfer,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{reference}/actions".format(
            reference=quote(str(reference), safe=""),
        ),
    }

    if isinstance(body, ActionAccept):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionRejectType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionRejectType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionStart):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionRequestInfoType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionRequestInfoType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionRespond):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionAllocate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionResolveType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionResolveType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionClose):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionCancel):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionChallenge):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionAssign):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionTransfer):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionSetCed):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionAmend):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionChase):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActionExtend):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ContactOut | Error:
    if response.status_code == 200:
        response_200 = ContactOut.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ContactOut | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionAccept
    | ActionAllocate
    | ActionAmend
    | ActionAssign
    | ActionCancel
    | ActionChallenge
    | ActionChase
    | ActionClose
    | ActionExtend
    | ActionMarkDuplicate
    | ActionRejectType0
    | ActionRejectType1
    | ActionRequestInfoType0
    | ActionRequestInfoType1
    | ActionResolveType0
    | ActionResolveType1
    | ActionRespond
    | ActionSetCed
    | ActionStart
    | ActionTransfer,
) -> Response[Any | ContactOut | Error]:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionAccept | ActionAllocate | ActionAmend | ActionAssign | ActionCancel |
            ActionChallenge | ActionChase | ActionClose | ActionExtend | ActionMarkDuplicate |
            ActionRejectType0 | ActionRejectType1 | ActionRequestInfoType0 | ActionRequestInfoType1 |
            ActionResolveType0 | ActionResolveType1 | ActionRespond | ActionSetCed | ActionStart |
            ActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactOut | Error]
    """

    kwargs = _get_kwargs(
        reference=reference,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionAccept
    | ActionAllocate
    | ActionAmend
    | ActionAssign
    | ActionCancel
    | ActionChallenge
    | ActionChase
    | ActionClose
    | ActionExtend
    | ActionMarkDuplicate
    | ActionRejectType0
    | ActionRejectType1
    | ActionRequestInfoType0
    | ActionRequestInfoType1
    | ActionResolveType0
    | ActionResolveType1
    | ActionRespond
    | ActionSetCed
    | ActionStart
    | ActionTransfer,
) -> Any | ContactOut | Error | None:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionAccept | ActionAllocate | ActionAmend | ActionAssign | ActionCancel |
            ActionChallenge | ActionChase | ActionClose | ActionExtend | ActionMarkDuplicate |
            ActionRejectType0 | ActionRejectType1 | ActionRequestInfoType0 | ActionRequestInfoType1 |
            ActionResolveType0 | ActionResolveType1 | ActionRespond | ActionSetCed | ActionStart |
            ActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactOut | Error
    """

    return sync_detailed(
        reference=reference,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionAccept
    | ActionAllocate
    | ActionAmend
    | ActionAssign
    | ActionCancel
    | ActionChallenge
    | ActionChase
    | ActionClose
    | ActionExtend
    | ActionMarkDuplicate
    | ActionRejectType0
    | ActionRejectType1
    | ActionRequestInfoType0
    | ActionRequestInfoType1
    | ActionResolveType0
    | ActionResolveType1
    | ActionRespond
    | ActionSetCed
    | ActionStart
    | ActionTransfer,
) -> Response[Any | ContactOut | Error]:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionAccept | ActionAllocate | ActionAmend | ActionAssign | ActionCancel |
            ActionChallenge | ActionChase | ActionClose | ActionExtend | ActionMarkDuplicate |
            ActionRejectType0 | ActionRejectType1 | ActionRequestInfoType0 | ActionRequestInfoType1 |
            ActionResolveType0 | ActionResolveType1 | ActionRespond | ActionSetCed | ActionStart |
            ActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactOut | Error]
    """

    kwargs = _get_kwargs(
        reference=reference,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reference: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionAccept
    | ActionAllocate
    | ActionAmend
    | ActionAssign
    | ActionCancel
    | ActionChallenge
    | ActionChase
    | ActionClose
    | ActionExtend
    | ActionMarkDuplicate
    | ActionRejectType0
    | ActionRejectType1
    | ActionRequestInfoType0
    | ActionRequestInfoType1
    | ActionResolveType0
    | ActionResolveType1
    | ActionRespond
    | ActionSetCed
    | ActionStart
    | ActionTransfer,
) -> Any | ContactOut | Error | None:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionAccept | ActionAllocate | ActionAmend | ActionAssign | ActionCancel |
            ActionChallenge | ActionChase | ActionClose | ActionExtend | ActionMarkDuplicate |
            ActionRejectType0 | ActionRejectType1 | ActionRequestInfoType0 | ActionRequestInfoType1 |
            ActionResolveType0 | ActionResolveType1 | ActionRespond | ActionSetCed | ActionStart |
            ActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactOut | Error
    """

    return (
        await asyncio_detailed(
            reference=reference,
            client=client,
            body=body,
        )
    ).parsed
