from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_out import ContactOut
from ...models.error import Error
from ...models.raise_from_template_in import RaiseFromTemplateIn
from ...types import Response


def _get_kwargs(
    contact_template_id: int,
    *,
    body: RaiseFromTemplateIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contact-templates/{contact_template_id}/contacts".format(
            contact_template_id=quote(str(contact_template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ContactOut | Error:
    if response.status_code == 201:
        response_201 = ContactOut.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
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
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RaiseFromTemplateIn,
) -> Response[Any | ContactOut | Error]:
    """Raise a contact from a template: its values, with what you give over them. The type's
    rules of today apply to the whole.

    Args:
        contact_template_id (int):
        body (RaiseFromTemplateIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactOut | Error]
    """

    kwargs = _get_kwargs(
        contact_template_id=contact_template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RaiseFromTemplateIn,
) -> Any | ContactOut | Error | None:
    """Raise a contact from a template: its values, with what you give over them. The type's
    rules of today apply to the whole.

    Args:
        contact_template_id (int):
        body (RaiseFromTemplateIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactOut | Error
    """

    return sync_detailed(
        contact_template_id=contact_template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RaiseFromTemplateIn,
) -> Response[Any | ContactOut | Error]:
    """Raise a contact from a template: its values, with what you give over them. The type's
    rules of today apply to the whole.

    Args:
        contact_template_id (int):
        body (RaiseFromTemplateIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactOut | Error]
    """

    kwargs = _get_kwargs(
        contact_template_id=contact_template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_template_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RaiseFromTemplateIn,
) -> Any | ContactOut | Error | None:
    """Raise a contact from a template: its values, with what you give over them. The type's
    rules of today apply to the whole.

    Args:
        contact_template_id (int):
        body (RaiseFromTemplateIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactOut | Error
    """

    return (
        await asyncio_detailed(
            contact_template_id=contact_template_id,
            client=client,
            body=body,
        )
    ).parsed
