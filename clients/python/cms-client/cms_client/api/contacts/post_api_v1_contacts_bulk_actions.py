from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_action_accept import BulkActionAccept
from ...models.bulk_action_assign import BulkActionAssign
from ...models.bulk_action_close import BulkActionClose
from ...models.bulk_action_message_type_0 import BulkActionMessageType0
from ...models.bulk_action_message_type_1 import BulkActionMessageType1
from ...models.bulk_action_out import BulkActionOut
from ...models.bulk_action_reject_type_0 import BulkActionRejectType0
from ...models.bulk_action_reject_type_1 import BulkActionRejectType1
from ...models.bulk_action_resolve_type_0 import BulkActionResolveType0
from ...models.bulk_action_resolve_type_1 import BulkActionResolveType1
from ...models.bulk_action_set_ced import BulkActionSetCed
from ...models.bulk_action_start import BulkActionStart
from ...models.bulk_action_transfer import BulkActionTransfer
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: BulkActionAccept
    | BulkActionAssign
    | BulkActionClose
    | BulkActionMessageType0
    | BulkActionMessageType1
    | BulkActionRejectType0
    | BulkActionRejectType1
    | BulkActionResolveType0
    | BulkActionResolveType1
    | BulkActionSetCed
    | BulkActionStart
    | BulkActionTransfer,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/bulk-actions",
    }

    if isinstance(body, BulkActionAssign):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionTransfer):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionSetCed):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionMessageType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionMessageType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionResolveType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionResolveType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionRejectType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionRejectType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionAccept):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BulkActionStart):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | BulkActionOut | Error:
    if response.status_code == 200:
        response_200 = BulkActionOut.from_dict(response.json())

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
) -> Response[Any | BulkActionOut | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionAccept
    | BulkActionAssign
    | BulkActionClose
    | BulkActionMessageType0
    | BulkActionMessageType1
    | BulkActionRejectType0
    | BulkActionRejectType1
    | BulkActionResolveType0
    | BulkActionResolveType1
    | BulkActionSetCed
    | BulkActionStart
    | BulkActionTransfer,
) -> Response[Any | BulkActionOut | Error]:
    """Take one action on many contacts: each is done or refused on its own (one
    transaction each), and the answer says which, and why.

    Args:
        body (BulkActionAccept | BulkActionAssign | BulkActionClose | BulkActionMessageType0 |
            BulkActionMessageType1 | BulkActionRejectType0 | BulkActionRejectType1 |
            BulkActionResolveType0 | BulkActionResolveType1 | BulkActionSetCed | BulkActionStart |
            BulkActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkActionOut | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionAccept
    | BulkActionAssign
    | BulkActionClose
    | BulkActionMessageType0
    | BulkActionMessageType1
    | BulkActionRejectType0
    | BulkActionRejectType1
    | BulkActionResolveType0
    | BulkActionResolveType1
    | BulkActionSetCed
    | BulkActionStart
    | BulkActionTransfer,
) -> Any | BulkActionOut | Error | None:
    """Take one action on many contacts: each is done or refused on its own (one
    transaction each), and the answer says which, and why.

    Args:
        body (BulkActionAccept | BulkActionAssign | BulkActionClose | BulkActionMessageType0 |
            BulkActionMessageType1 | BulkActionRejectType0 | BulkActionRejectType1 |
            BulkActionResolveType0 | BulkActionResolveType1 | BulkActionSetCed | BulkActionStart |
            BulkActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkActionOut | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionAccept
    | BulkActionAssign
    | BulkActionClose
    | BulkActionMessageType0
    | BulkActionMessageType1
    | BulkActionRejectType0
    | BulkActionRejectType1
    | BulkActionResolveType0
    | BulkActionResolveType1
    | BulkActionSetCed
    | BulkActionStart
    | BulkActionTransfer,
) -> Response[Any | BulkActionOut | Error]:
    """Take one action on many contacts: each is done or refused on its own (one
    transaction each), and the answer says which, and why.

    Args:
        body (BulkActionAccept | BulkActionAssign | BulkActionClose | BulkActionMessageType0 |
            BulkActionMessageType1 | BulkActionRejectType0 | BulkActionRejectType1 |
            BulkActionResolveType0 | BulkActionResolveType1 | BulkActionSetCed | BulkActionStart |
            BulkActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkActionOut | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionAccept
    | BulkActionAssign
    | BulkActionClose
    | BulkActionMessageType0
    | BulkActionMessageType1
    | BulkActionRejectType0
    | BulkActionRejectType1
    | BulkActionResolveType0
    | BulkActionResolveType1
    | BulkActionSetCed
    | BulkActionStart
    | BulkActionTransfer,
) -> Any | BulkActionOut | Error | None:
    """Take one action on many contacts: each is done or refused on its own (one
    transaction each), and the answer says which, and why.

    Args:
        body (BulkActionAccept | BulkActionAssign | BulkActionClose | BulkActionMessageType0 |
            BulkActionMessageType1 | BulkActionRejectType0 | BulkActionRejectType1 |
            BulkActionResolveType0 | BulkActionResolveType1 | BulkActionSetCed | BulkActionStart |
            BulkActionTransfer): An action and what it takes: the body of its `action`, with no field
            another action takes (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkActionOut | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
