from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_template_out import ContactTemplateOut
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    contact_template_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contact-templates/{contact_template_id}".format(
            contact_template_id=quote(str(contact_template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactTemplateOut | Error:
    if response.status_code == 200:
        response_200 = ContactTemplateOut.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactTemplateOut | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactTemplateOut | Error]:
    """One contact template you may raise from.

    Args:
        contact_template_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactTemplateOut | Error]
    """

    kwargs = _get_kwargs(
        contact_template_id=contact_template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContactTemplateOut | Error | None:
    """One contact template you may raise from.

    Args:
        contact_template_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactTemplateOut | Error
    """

    return sync_detailed(
        contact_template_id=contact_template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactTemplateOut | Error]:
    """One contact template you may raise from.

    Args:
        contact_template_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactTemplateOut | Error]
    """

    kwargs = _get_kwargs(
        contact_template_id=contact_template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContactTemplateOut | Error | None:
    """One contact template you may raise from.

    Args:
        contact_template_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactTemplateOut | Error
    """

    return (
        await asyncio_detailed(
            contact_template_id=contact_template_id,
            client=client,
        )
    ).parsed
