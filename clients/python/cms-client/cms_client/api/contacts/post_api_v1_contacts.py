from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_out import ContactOut
from ...models.error import Error
from ...models.raise_add_address_amendment import RaiseADDAddressAmendment
from ...models.raise_aqq_annual_quantity_query import RaiseAQQAnnualQuantityQuery
from ...models.raise_cdq_consumption_dispute_query import RaiseCDQConsumptionDisputeQuery
from ...models.raise_dmq_daily_metered_query import RaiseDMQDailyMeteredQuery
from ...models.raise_dup_duplicate_meter_point import RaiseDUPDuplicateMeterPoint
from ...models.raise_enq_general_enquiry import RaiseENQGeneralEnquiry
from ...models.raise_fom_found_meter_point import RaiseFOMFoundMeterPoint
from ...models.raise_gsr_gas_safety_regulations_query import RaiseGSRGasSafetyRegulationsQuery
from ...models.raise_inv_invoice_query import RaiseINVInvoiceQuery
from ...models.raise_mnc_meter_point_number_creation import RaiseMNCMeterPointNumberCreation
from ...models.raise_rfa_request_for_adjustment import RaiseRFARequestForAdjustment
from ...models.raise_sar_shipper_agreed_read import RaiseSARShipperAgreedRead
from ...models.raise_sus_shipperless_and_unregistered_site import RaiseSUSShipperlessAndUnregisteredSite
from ...models.raise_tog_theft_of_gas import RaiseTOGTheftOfGas
from ...types import Response


def _get_kwargs(
    *,
    body: RaiseADDAddressAmendment
    | RaiseAQQAnnualQuantityQuery
    | RaiseCDQConsumptionDisputeQuery
    | RaiseDMQDailyMeteredQuery
    | RaiseDUPDuplicateMeterPoint
    | RaiseENQGeneralEnquiry
    | RaiseFOMFoundMeterPoint
    | RaiseGSRGasSafetyRegulationsQuery
    | RaiseINVInvoiceQuery
    | RaiseMNCMeterPointNumberCreation
    | RaiseRFARequestForAdjustment
    | RaiseSARShipperAgreedRead
    | RaiseSUSShipperlessAndUnregisteredSite
    | RaiseTOGTheftOfGas,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts",
    }

    if isinstance(body, RaiseADDAddressAmendment):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseAQQAnnualQuantityQuery):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseCDQConsumptionDisputeQuery):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseDMQDailyMeteredQuery):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseDUPDuplicateMeterPoint):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseENQGeneralEnquiry):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseFOMFoundMeterPoint):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseGSRGasSafetyRegulationsQuery):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseINVInvoiceQuery):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseMNCMeterPointNumberCreation):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseRFARequestForAdjustment):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseSARShipperAgreedRead):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RaiseSUSShipperlessAndUnregisteredSite):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ContactOut | Error:
    if response.status_code == 201:
        response_201 = ContactOut.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: RaiseADDAddressAmendment
    | RaiseAQQAnnualQuantityQuery
    | RaiseCDQConsumptionDisputeQuery
    | RaiseDMQDailyMeteredQuery
    | RaiseDUPDuplicateMeterPoint
    | RaiseENQGeneralEnquiry
    | RaiseFOMFoundMeterPoint
    | RaiseGSRGasSafetyRegulationsQuery
    | RaiseINVInvoiceQuery
    | RaiseMNCMeterPointNumberCreation
    | RaiseRFARequestForAdjustment
    | RaiseSARShipperAgreedRead
    | RaiseSUSShipperlessAndUnregisteredSite
    | RaiseTOGTheftOfGas,
) -> Response[Any | ContactOut | Error]:
    """Raise a contact.

    Args:
        body (RaiseADDAddressAmendment | RaiseAQQAnnualQuantityQuery |
            RaiseCDQConsumptionDisputeQuery | RaiseDMQDailyMeteredQuery | RaiseDUPDuplicateMeterPoint
            | RaiseENQGeneralEnquiry | RaiseFOMFoundMeterPoint | RaiseGSRGasSafetyRegulationsQuery |
            RaiseINVInvoiceQuery | RaiseMNCMeterPointNumberCreation | RaiseRFARequestForAdjustment |
            RaiseSARShipperAgreedRead | RaiseSUSShipperlessAndUnregisteredSite | RaiseTOGTheftOfGas):
            A contact to raise: the body of its type (GET /contact-types lists the types you may
            raise, each with an example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactOut | Error]
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
    body: RaiseADDAddressAmendment
    | RaiseAQQAnnualQuantityQuery
    | RaiseCDQConsumptionDisputeQuery
    | RaiseDMQDailyMeteredQuery
    | RaiseDUPDuplicateMeterPoint
    | RaiseENQGeneralEnquiry
    | RaiseFOMFoundMeterPoint
    | RaiseGSRGasSafetyRegulationsQuery
    | RaiseINVInvoiceQuery
    | RaiseMNCMeterPointNumberCreation
    | RaiseRFARequestForAdjustment
    | RaiseSARShipperAgreedRead
    | RaiseSUSShipperlessAndUnregisteredSite
    | RaiseTOGTheftOfGas,
) -> Any | ContactOut | Error | None:
    """Raise a contact.

    Args:
        body (RaiseADDAddressAmendment | RaiseAQQAnnualQuantityQuery |
            RaiseCDQConsumptionDisputeQuery | RaiseDMQDailyMeteredQuery | RaiseDUPDuplicateMeterPoint
            | RaiseENQGeneralEnquiry | RaiseFOMFoundMeterPoint | RaiseGSRGasSafetyRegulationsQuery |
            RaiseINVInvoiceQuery | RaiseMNCMeterPointNumberCreation | RaiseRFARequestForAdjustment |
            RaiseSARShipperAgreedRead | RaiseSUSShipperlessAndUnregisteredSite | RaiseTOGTheftOfGas):
            A contact to raise: the body of its type (GET /contact-types lists the types you may
            raise, each with an example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactOut | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RaiseADDAddressAmendment
    | RaiseAQQAnnualQuantityQuery
    | RaiseCDQConsumptionDisputeQuery
    | RaiseDMQDailyMeteredQuery
    | RaiseDUPDuplicateMeterPoint
    | RaiseENQGeneralEnquiry
    | RaiseFOMFoundMeterPoint
    | RaiseGSRGasSafetyRegulationsQuery
    | RaiseINVInvoiceQuery
    | RaiseMNCMeterPointNumberCreation
    | RaiseRFARequestForAdjustment
    | RaiseSARShipperAgreedRead
    | RaiseSUSShipperlessAndUnregisteredSite
    | RaiseTOGTheftOfGas,
) -> Response[Any | ContactOut | Error]:
    """Raise a contact.

    Args:
        body (RaiseADDAddressAmendment | RaiseAQQAnnualQuantityQuery |
            RaiseCDQConsumptionDisputeQuery | RaiseDMQDailyMeteredQuery | RaiseDUPDuplicateMeterPoint
            | RaiseENQGeneralEnquiry | RaiseFOMFoundMeterPoint | RaiseGSRGasSafetyRegulationsQuery |
            RaiseINVInvoiceQuery | RaiseMNCMeterPointNumberCreation | RaiseRFARequestForAdjustment |
            RaiseSARShipperAgreedRead | RaiseSUSShipperlessAndUnregisteredSite | RaiseTOGTheftOfGas):
            A contact to raise: the body of its type (GET /contact-types lists the types you may
            raise, each with an example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactOut | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RaiseADDAddressAmendment
    | RaiseAQQAnnualQuantityQuery
    | RaiseCDQConsumptionDisputeQuery
    | RaiseDMQDailyMeteredQuery
    | RaiseDUPDuplicateMeterPoint
    | RaiseENQGeneralEnquiry
    | RaiseFOMFoundMeterPoint
    | RaiseGSRGasSafetyRegulationsQuery
    | RaiseINVInvoiceQuery
    | RaiseMNCMeterPointNumberCreation
    | RaiseRFARequestForAdjustment
    | RaiseSARShipperAgreedRead
    | RaiseSUSShipperlessAndUnregisteredSite
    | RaiseTOGTheftOfGas,
) -> Any | ContactOut | Error | None:
    """Raise a contact.

    Args:
        body (RaiseADDAddressAmendment | RaiseAQQAnnualQuantityQuery |
            RaiseCDQConsumptionDisputeQuery | RaiseDMQDailyMeteredQuery | RaiseDUPDuplicateMeterPoint
            | RaiseENQGeneralEnquiry | RaiseFOMFoundMeterPoint | RaiseGSRGasSafetyRegulationsQuery |
            RaiseINVInvoiceQuery | RaiseMNCMeterPointNumberCreation | RaiseRFARequestForAdjustment |
            RaiseSARShipperAgreedRead | RaiseSUSShipperlessAndUnregisteredSite | RaiseTOGTheftOfGas):
            A contact to raise: the body of its type (GET /contact-types lists the types you may
            raise, each with an example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactOut | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
