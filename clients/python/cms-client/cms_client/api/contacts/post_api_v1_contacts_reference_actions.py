from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.action_in import ActionIn
from ...models.contact_out import ContactOut
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    reference: str,
    *,
    body: ActionIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{reference}/actions".format(
            reference=quote(str(reference), safe=""),
        ),
    }

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
    body: ActionIn,
) -> Response[Any | ContactOut | Error]:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionIn):

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
    body: ActionIn,
) -> Any | ContactOut | Error | None:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionIn):

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
    body: ActionIn,
) -> Response[Any | ContactOut | Error]:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionIn):

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
    body: ActionIn,
) -> Any | ContactOut | Error | None:
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...).

    Args:
        reference (str):
        body (ActionIn):

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
