from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.a_rule_that_moves import ARuleThatMoves
from ...models.a_rule_that_tells_or_raises import ARuleThatTellsOrRaises
from ...models.error import Error
from ...models.escalation_rule_out import EscalationRuleOut
from ...types import Response


def _get_kwargs(
    *,
    body: ARuleThatMoves | ARuleThatTellsOrRaises,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/escalation-rules",
    }

    if isinstance(body, ARuleThatTellsOrRaises):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | EscalationRuleOut:
    if response.status_code == 201:
        response_201 = EscalationRuleOut.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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
) -> Response[Any | Error | EscalationRuleOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ARuleThatMoves | ARuleThatTellsOrRaises,
) -> Response[Any | Error | EscalationRuleOut]:
    """Add a rule: the scheduled job runs it from then on.

    Args:
        body (ARuleThatMoves | ARuleThatTellsOrRaises): An escalation rule: what it does
            (`action`) says what else it names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | EscalationRuleOut]
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
    body: ARuleThatMoves | ARuleThatTellsOrRaises,
) -> Any | Error | EscalationRuleOut | None:
    """Add a rule: the scheduled job runs it from then on.

    Args:
        body (ARuleThatMoves | ARuleThatTellsOrRaises): An escalation rule: what it does
            (`action`) says what else it names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | EscalationRuleOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ARuleThatMoves | ARuleThatTellsOrRaises,
) -> Response[Any | Error | EscalationRuleOut]:
    """Add a rule: the scheduled job runs it from then on.

    Args:
        body (ARuleThatMoves | ARuleThatTellsOrRaises): An escalation rule: what it does
            (`action`) says what else it names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | EscalationRuleOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ARuleThatMoves | ARuleThatTellsOrRaises,
) -> Any | Error | EscalationRuleOut | None:
    """Add a rule: the scheduled job runs it from then on.

    Args:
        body (ARuleThatMoves | ARuleThatTellsOrRaises): An escalation rule: what it does
            (`action`) says what else it names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | EscalationRuleOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
