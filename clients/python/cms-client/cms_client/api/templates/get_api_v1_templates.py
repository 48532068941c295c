from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_api_v1_templates_use import GetApiV1TemplatesUse
from ...models.template_list import TemplateList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    use: GetApiV1TemplatesUse | Unset = UNSET,
    contact: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_use: str | Unset = UNSET
    if not isinstance(use, Unset):
        json_use = use

    params["use"] = json_use

    params["contact"] = contact

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TemplateList:
    if response.status_code == 200:
        response_200 = TemplateList.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TemplateList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    use: GetApiV1TemplatesUse | Unset = UNSET,
    contact: str | Unset = UNSET,
) -> Response[Error | TemplateList]:
    """Your organisation's templates by name (those of one use, or those that fit one
    contact), and the variables a template may use.

    Args:
        use (GetApiV1TemplatesUse | Unset):
        contact (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TemplateList]
    """

    kwargs = _get_kwargs(
        use=use,
        contact=contact,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    use: GetApiV1TemplatesUse | Unset = UNSET,
    contact: str | Unset = UNSET,
) -> Error | TemplateList | None:
    """Your organisation's templates by name (those of one use, or those that fit one
    contact), and the variables a template may use.

    Args:
        use (GetApiV1TemplatesUse | Unset):
        contact (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TemplateList
    """

    return sync_detailed(
        client=client,
        use=use,
        contact=contact,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    use: GetApiV1TemplatesUse | Unset = UNSET,
    contact: str | Unset = UNSET,
) -> Response[Error | TemplateList]:
    """Your organisation's templates by name (those of one use, or those that fit one
    contact), and the variables a template may use.

    Args:
        use (GetApiV1TemplatesUse | Unset):
        contact (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TemplateList]
    """

    kwargs = _get_kwargs(
        use=use,
        contact=contact,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    use: GetApiV1TemplatesUse | Unset = UNSET,
    contact: str | Unset = UNSET,
) -> Error | TemplateList | None:
    """Your organisation's templates by name (those of one use, or those that fit one
    contact), and the variables a template may use.

    Args:
        use (GetApiV1TemplatesUse | Unset):
        contact (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TemplateList
    """

    return (
        await asyncio_detailed(
            client=client,
            use=use,
            contact=contact,
        )
    ).parsed
