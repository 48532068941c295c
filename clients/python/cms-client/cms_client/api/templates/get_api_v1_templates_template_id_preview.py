from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.preview_out import PreviewOut
from ...types import UNSET, Response


def _get_kwargs(
    template_id: int,
    *,
    contact: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contact"] = contact

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/templates/{template_id}/preview".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PreviewOut:
    if response.status_code == 200:
        response_200 = PreviewOut.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PreviewOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
    contact: str,
) -> Response[Error | PreviewOut]:
    """What the template says on one contact you may see.

    Args:
        template_id (int):
        contact (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreviewOut]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        contact=contact,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
    contact: str,
) -> Error | PreviewOut | None:
    """What the template says on one contact you may see.

    Args:
        template_id (int):
        contact (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreviewOut
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        contact=contact,
    ).parsed


async def asyncio_detailed(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
    contact: str,
) -> Response[Error | PreviewOut]:
    """What the template says on one contact you may see.

    Args:
        template_id (int):
        contact (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreviewOut]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        contact=contact,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
    contact: str,
) -> Error | PreviewOut | None:
    """What the template says on one contact you may see.

    Args:
        template_id (int):
        contact (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreviewOut
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            contact=contact,
        )
    ).parsed
