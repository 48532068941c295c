from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.standards_out import StandardsOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    organisation: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["organisation"] = organisation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/standards-of-service",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | StandardsOut:
    if response.status_code == 200:
        response_200 = StandardsOut.from_dict(response.json())

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
) -> Response[Any | Error | StandardsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    organisation: str | Unset = UNSET,
) -> Response[Any | Error | StandardsOut]:
    """The period's standards of service: by type, by sector and (CDSP) by organisation.

     Your organisation's queries (CDSP staff: every organisation's, or one's).

    Args:
        from_ (str | Unset):
        to (str | Unset):
        organisation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StandardsOut]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        organisation=organisation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    organisation: str | Unset = UNSET,
) -> Any | Error | StandardsOut | None:
    """The period's standards of service: by type, by sector and (CDSP) by organisation.

     Your organisation's queries (CDSP staff: every organisation's, or one's).

    Args:
        from_ (str | Unset):
        to (str | Unset):
        organisation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StandardsOut
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        organisation=organisation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    organisation: str | Unset = UNSET,
) -> Response[Any | Error | StandardsOut]:
    """The period's standards of service: by type, by sector and (CDSP) by organisation.

     Your organisation's queries (CDSP staff: every organisation's, or one's).

    Args:
        from_ (str | Unset):
        to (str | Unset):
        organisation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StandardsOut]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        organisation=organisation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    organisation: str | Unset = UNSET,
) -> Any | Error | StandardsOut | None:
    """The period's standards of service: by type, by sector and (CDSP) by organisation.

     Your organisation's queries (CDSP staff: every organisation's, or one's).

    Args:
        from_ (str | Unset):
        to (str | Unset):
        organisation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StandardsOut
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            organisation=organisation,
        )
    ).parsed
