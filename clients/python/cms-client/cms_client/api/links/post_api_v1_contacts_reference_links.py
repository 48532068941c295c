from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.link_in import LinkIn
from ...models.link_out import LinkOut
from ...types import Response


def _get_kwargs(
    reference: str,
    *,
    body: LinkIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{reference}/links".format(
            reference=quote(str(reference), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | LinkOut:
    if response.status_code == 201:
        response_201 = LinkOut.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | LinkOut]:
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
    body: LinkIn,
) -> Response[Any | Error | LinkOut]:
    """Link another contact you may see to this one: as related, or this one as its
    duplicate (which closes this one).

    Args:
        reference (str):
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | LinkOut]
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
    body: LinkIn,
) -> Any | Error | LinkOut | None:
    """Link another contact you may see to this one: as related, or this one as its
    duplicate (which closes this one).

    Args:
        reference (str):
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | LinkOut
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
    body: LinkIn,
) -> Response[Any | Error | LinkOut]:
    """Link another contact you may see to this one: as related, or this one as its
    duplicate (which closes this one).

    Args:
        reference (str):
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | LinkOut]
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
    body: LinkIn,
) -> Any | Error | LinkOut | None:
    """Link another contact you may see to this one: as related, or this one as its
    duplicate (which closes this one).

    Args:
        reference (str):
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | LinkOut
    """

    return (
        await asyncio_detailed(
            reference=reference,
            client=client,
            body=body,
        )
    ).parsed
