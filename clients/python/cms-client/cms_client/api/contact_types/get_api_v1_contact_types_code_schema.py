from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_api_v1_contact_types_code_schema_code import (
    GetApiV1ContactTypesCodeSchemaCode,
)
from ...models.get_api_v1_contact_types_code_schema_response_200 import GetApiV1ContactTypesCodeSchemaResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: GetApiV1ContactTypesCodeSchemaCode,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contact-types/{code}/schema".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | GetApiV1ContactTypesCodeSchemaResponse200:
    if response.status_code == 200:
        response_200 = GetApiV1ContactTypesCodeSchemaResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | GetApiV1ContactTypesCodeSchemaResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: GetApiV1ContactTypesCodeSchemaCode,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | GetApiV1ContactTypesCodeSchemaResponse200]:
    """The JSON Schema of the body that raises a contact of this type.

    Args:
        code (GetApiV1ContactTypesCodeSchemaCode):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | GetApiV1ContactTypesCodeSchemaResponse200]
    """

    kwargs = _get_kwargs(
        code=code,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: GetApiV1ContactTypesCodeSchemaCode,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | GetApiV1ContactTypesCodeSchemaResponse200 | None:
    """The JSON Schema of the body that raises a contact of this type.

    Args:
        code (GetApiV1ContactTypesCodeSchemaCode):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | GetApiV1ContactTypesCodeSchemaResponse200
    """

    return sync_detailed(
        code=code,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    code: GetApiV1ContactTypesCodeSchemaCode,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | GetApiV1ContactTypesCodeSchemaResponse200]:
    """The JSON Schema of the body that raises a contact of this type.

    Args:
        code (GetApiV1ContactTypesCodeSchemaCode):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | GetApiV1ContactTypesCodeSchemaResponse200]
    """

    kwargs = _get_kwargs(
        code=code,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: GetApiV1ContactTypesCodeSchemaCode,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | GetApiV1ContactTypesCodeSchemaResponse200 | None:
    """The JSON Schema of the body that raises a contact of this type.

    Args:
        code (GetApiV1ContactTypesCodeSchemaCode):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | GetApiV1ContactTypesCodeSchemaResponse200
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
