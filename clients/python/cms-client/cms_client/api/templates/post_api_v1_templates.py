from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.a_message_or_a_request import AMessageOrARequest
from ...models.a_rejection_for_any_type_or_one_without_codes_of_its_own import (
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn,
)
from ...models.a_rejection_for_gsr_contacts import ARejectionForGSRContacts
from ...models.a_rejection_for_rfa_contacts import ARejectionForRFAContacts
from ...models.a_rejection_for_sus_contacts import ARejectionForSUSContacts
from ...models.a_rejection_for_tog_contacts import ARejectionForTOGContacts
from ...models.a_resolution_for_any_type_or_one_without_codes_of_its_own import (
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn,
)
from ...models.a_resolution_for_gsr_contacts import AResolutionForGSRContacts
from ...models.a_resolution_for_rfa_contacts import AResolutionForRFAContacts
from ...models.a_resolution_for_sus_contacts import AResolutionForSUSContacts
from ...models.a_resolution_for_tog_contacts import AResolutionForTOGContacts
from ...models.error import Error
from ...models.template_out import TemplateOut
from ...types import Response


def _get_kwargs(
    *,
    body: AMessageOrARequest
    | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn
    | ARejectionForGSRContacts
    | ARejectionForRFAContacts
    | ARejectionForSUSContacts
    | ARejectionForTOGContacts
    | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn
    | AResolutionForGSRContacts
    | AResolutionForRFAContacts
    | AResolutionForSUSContacts
    | AResolutionForTOGContacts,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/templates",
    }

    if isinstance(body, AMessageOrARequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AResolutionForGSRContacts):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AResolutionForRFAContacts):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AResolutionForSUSContacts):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AResolutionForTOGContacts):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ARejectionForGSRContacts):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ARejectionForRFAContacts):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ARejectionForSUSContacts):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | TemplateOut:
    if response.status_code == 201:
        response_201 = TemplateOut.from_dict(response.json())

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
) -> Response[Any | Error | TemplateOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AMessageOrARequest
    | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn
    | ARejectionForGSRContacts
    | ARejectionForRFAContacts
    | ARejectionForSUSContacts
    | ARejectionForTOGContacts
    | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn
    | AResolutionForGSRContacts
    | AResolutionForRFAContacts
    | AResolutionForSUSContacts
    | AResolutionForTOGContacts,
) -> Response[Any | Error | TemplateOut]:
    """Add a template to your organisation's (its LSO or supervisors; the CDSP's admins).

    Args:
        body (AMessageOrARequest | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn |
            ARejectionForGSRContacts | ARejectionForRFAContacts | ARejectionForSUSContacts |
            ARejectionForTOGContacts | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn |
            AResolutionForGSRContacts | AResolutionForRFAContacts | AResolutionForSUSContacts |
            AResolutionForTOGContacts): A response template: its use says whether it gives a code, and
            its contact type which codes it may give.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TemplateOut]
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
    body: AMessageOrARequest
    | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn
    | ARejectionForGSRContacts
    | ARejectionForRFAContacts
    | ARejectionForSUSContacts
    | ARejectionForTOGContacts
    | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn
    | AResolutionForGSRContacts
    | AResolutionForRFAContacts
    | AResolutionForSUSContacts
    | AResolutionForTOGContacts,
) -> Any | Error | TemplateOut | None:
    """Add a template to your organisation's (its LSO or supervisors; the CDSP's admins).

    Args:
        body (AMessageOrARequest | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn |
            ARejectionForGSRContacts | ARejectionForRFAContacts | ARejectionForSUSContacts |
            ARejectionForTOGContacts | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn |
            AResolutionForGSRContacts | AResolutionForRFAContacts | AResolutionForSUSContacts |
            AResolutionForTOGContacts): A response template: its use says whether it gives a code, and
            its contact type which codes it may give.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TemplateOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AMessageOrARequest
    | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn
    | ARejectionForGSRContacts
    | ARejectionForRFAContacts
    | ARejectionForSUSContacts
    | ARejectionForTOGContacts
    | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn
    | AResolutionForGSRContacts
    | AResolutionForRFAContacts
    | AResolutionForSUSContacts
    | AResolutionForTOGContacts,
) -> Response[Any | Error | TemplateOut]:
    """Add a template to your organisation's (its LSO or supervisors; the CDSP's admins).

    Args:
        body (AMessageOrARequest | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn |
            ARejectionForGSRContacts | ARejectionForRFAContacts | ARejectionForSUSContacts |
            ARejectionForTOGContacts | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn |
            AResolutionForGSRContacts | AResolutionForRFAContacts | AResolutionForSUSContacts |
            AResolutionForTOGContacts): A response template: its use says whether it gives a code, and
            its contact type which codes it may give.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TemplateOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AMessageOrARequest
    | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn
    | ARejectionForGSRContacts
    | ARejectionForRFAContacts
    | ARejectionForSUSContacts
    | ARejectionForTOGContacts
    | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn
    | AResolutionForGSRContacts
    | AResolutionForRFAContacts
    | AResolutionForSUSContacts
    | AResolutionForTOGContacts,
) -> Any | Error | TemplateOut | None:
    """Add a template to your organisation's (its LSO or supervisors; the CDSP's admins).

    Args:
        body (AMessageOrARequest | ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn |
            ARejectionForGSRContacts | ARejectionForRFAContacts | ARejectionForSUSContacts |
            ARejectionForTOGContacts | AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn |
            AResolutionForGSRContacts | AResolutionForRFAContacts | AResolutionForSUSContacts |
            AResolutionForTOGContacts): A response template: its use says whether it gives a code, and
            its contact type which codes it may give.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TemplateOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
