from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.allowance_organisation_out import AllowanceOrganisationOut
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation: str,
    *,
    month: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/query-allowance/{organisation}".format(
            organisation=quote(str(organisation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllowanceOrganisationOut | Any | Error:
    if response.status_code == 200:
        response_200 = AllowanceOrganisationOut.from_dict(response.json())

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
) -> Response[AllowanceOrganisationOut | Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation: str,
    *,
    client: AuthenticatedClient | Client,
    month: str | Unset = UNSET,
) -> Response[AllowanceOrganisationOut | Any | Error]:
    """One organisation's month: day by day, the months that set it, and its shadow log.

    Args:
        organisation (str):
        month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceOrganisationOut | Any | Error]
    """

    kwargs = _get_kwargs(
        organisation=organisation,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation: str,
    *,
    client: AuthenticatedClient | Client,
    month: str | Unset = UNSET,
) -> AllowanceOrganisationOut | Any | Error | None:
    """One organisation's month: day by day, the months that set it, and its shadow log.

    Args:
        organisation (str):
        month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceOrganisationOut | Any | Error
    """

    return sync_detailed(
        organisation=organisation,
        client=client,
        month=month,
    ).parsed


async def asyncio_detailed(
    organisation: str,
    *,
    client: AuthenticatedClient | Client,
    month: str | Unset = UNSET,
) -> Response[AllowanceOrganisationOut | Any | Error]:
    """One organisation's month: day by day, the months that set it, and its shadow log.

    Args:
        organisation (str):
        month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceOrganisationOut | Any | Error]
    """

    kwargs = _get_kwargs(
        organisation=organisation,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation: str,
    *,
    client: AuthenticatedClient | Client,
    month: str | Unset = UNSET,
) -> AllowanceOrganisationOut | Any | Error | None:
    """One organisation's month: day by day, the months that set it, and its shadow log.

    Args:
        organisation (str):
        month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceOrganisationOut | Any | Error
    """

    return (
        await asyncio_detailed(
            organisation=organisation,
            client=client,
            month=month,
        )
    ).parsed
