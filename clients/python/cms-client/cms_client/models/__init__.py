"""Contains all the data models used in inputs/outputs"""

from .a_message_or_a_request import AMessageOrARequest
from .a_message_or_a_request_use import AMessageOrARequestUse
from .a_rejection_for_any_type_or_one_without_codes_of_its_own import ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn
from .a_rejection_for_any_type_or_one_without_codes_of_its_own_code import (
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode,
)
from .a_rejection_for_any_type_or_one_without_codes_of_its_own_use import (
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse,
)
from .a_rejection_for_gsr_contacts import ARejectionForGSRContacts
from .a_rejection_for_gsr_contacts_code import ARejectionForGSRContactsCode
from .a_rejection_for_gsr_contacts_use import ARejectionForGSRContactsUse
from .a_rejection_for_rfa_contacts import ARejectionForRFAContacts
from .a_rejection_for_rfa_contacts_code import ARejectionForRFAContactsCode
from .a_rejection_for_rfa_contacts_use import ARejectionForRFAContactsUse
from .a_rejection_for_sus_contacts import ARejectionForSUSContacts
from .a_rejection_for_sus_contacts_code import ARejectionForSUSContactsCode
from .a_rejection_for_sus_contacts_use import ARejectionForSUSContactsUse
from .a_rejection_for_tog_contacts import ARejectionForTOGContacts
from .a_rejection_for_tog_contacts_code import ARejectionForTOGContactsCode
from .a_rejection_for_tog_contacts_use import ARejectionForTOGContactsUse
from .a_resolution_for_any_type_or_one_without_codes_of_its_own import AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn
from .a_resolution_for_any_type_or_one_without_codes_of_its_own_code_type_1 import (
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType1,
)
from .a_resolution_for_any_type_or_one_without_codes_of_its_own_code_type_2_type_1 import (
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType2Type1,
)
from .a_resolution_for_any_type_or_one_without_codes_of_its_own_code_type_3_type_1 import (
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType3Type1,
)
from .a_resolution_for_any_type_or_one_without_codes_of_its_own_use import (
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnUse,
)
from .a_resolution_for_gsr_contacts import AResolutionForGSRContacts
from .a_resolution_for_gsr_contacts_code_type_1 import AResolutionForGSRContactsCodeType1
from .a_resolution_for_gsr_contacts_code_type_2_type_1 import AResolutionForGSRContactsCodeType2Type1
from .a_resolution_for_gsr_contacts_code_type_3_type_1 import AResolutionForGSRContactsCodeType3Type1
from .a_resolution_for_gsr_contacts_use import AResolutionForGSRContactsUse
from .a_resolution_for_rfa_contacts import AResolutionForRFAContacts
from .a_resolution_for_rfa_contacts_code_type_1 import AResolutionForRFAContactsCodeType1
from .a_resolution_for_rfa_contacts_code_type_2_type_1 import AResolutionForRFAContactsCodeType2Type1
from .a_resolution_for_rfa_contacts_code_type_3_type_1 import AResolutionForRFAContactsCodeType3Type1
from .a_resolution_for_rfa_contacts_use import AResolutionForRFAContactsUse
from .a_resolution_for_sus_contacts import AResolutionForSUSContacts
from .a_resolution_for_sus_contacts_code_type_1 import AResolutionForSUSContactsCodeType1
from .a_resolution_for_sus_contacts_code_type_2_type_1 import AResolutionForSUSContactsCodeType2Type1
from .a_resolution_for_sus_contacts_code_type_3_type_1 import AResolutionForSUSContactsCodeType3Type1
from .a_resolution_for_sus_contacts_use import AResolutionForSUSContactsUse
from .a_resolution_for_tog_contacts import AResolutionForTOGContacts
from .a_resolution_for_tog_contacts_code_type_1 import AResolutionForTOGContactsCodeType1
from .a_resolution_for_tog_contacts_code_type_2_type_1 import AResolutionForTOGContactsCodeType2Type1
from .a_resolution_for_tog_contacts_code_type_3_type_1 import AResolutionForTOGContactsCodeType3Type1
from .a_resolution_for_tog_contacts_use import AResolutionForTOGContactsUse
from .a_rule_that_moves import ARuleThatMoves
from .a_rule_that_moves_action import ARuleThatMovesAction
from .a_rule_that_moves_trigger import ARuleThatMovesTrigger
from .a_rule_that_tells_or_raises import ARuleThatTellsOrRaises
from .a_rule_that_tells_or_raises_action import ARuleThatTellsOrRaisesAction
from .a_rule_that_tells_or_raises_trigger import ARuleThatTellsOrRaisesTrigger
from .acceptance_in import AcceptanceIn
from .action_accept import ActionAccept
from .action_accept_action import ActionAcceptAction
from .action_allocate import ActionAllocate
from .action_allocate_action import ActionAllocateAction
from .action_amend import ActionAmend
from .action_amend_action import ActionAmendAction
from .action_amend_fields import ActionAmendFields
from .action_assign import ActionAssign
from .action_assign_action import ActionAssignAction
from .action_cancel import ActionCancel
from .action_cancel_action import ActionCancelAction
from .action_challenge import ActionChallenge
from .action_challenge_action import ActionChallengeAction
from .action_chase import ActionChase
from .action_chase_action import ActionChaseAction
from .action_close import ActionClose
from .action_close_action import ActionCloseAction
from .action_extend import ActionExtend
from .action_extend_action import ActionExtendAction
from .action_mark_duplicate import ActionMarkDuplicate
from .action_mark_duplicate_action import ActionMarkDuplicateAction
from .action_message import ActionMessage
from .action_message_action import ActionMessageAction
from .action_reject_type_0 import ActionRejectType0
from .action_reject_type_1 import ActionRejectType1
from .action_request_info_type_0 import ActionRequestInfoType0
from .action_request_info_type_1 import ActionRequestInfoType1
from .action_resolve_type_0 import ActionResolveType0
from .action_resolve_type_1 import ActionResolveType1
from .action_respond import ActionRespond
from .action_respond_action import ActionRespondAction
from .action_set_ced import ActionSetCed
from .action_set_ced_action import ActionSetCedAction
from .action_start import ActionStart
from .action_start_action import ActionStartAction
from .action_transfer import ActionTransfer
from .action_transfer_action import ActionTransferAction
from .add_address_amendment import ADDAddressAmendment
from .allowance_base_out import AllowanceBaseOut
from .allowance_day_out import AllowanceDayOut
from .allowance_list_out import AllowanceListOut
from .allowance_month_out import AllowanceMonthOut
from .allowance_organisation_out import AllowanceOrganisationOut
from .allowance_shadow_out import AllowanceShadowOut
from .aqq_annual_quantity_query import AQQAnnualQuantityQuery
from .aqq_annual_quantity_query_reason import AQQAnnualQuantityQueryReason
from .attachment_out import AttachmentOut
from .batch_file_out import BatchFileOut
from .batch_file_out_progress_type_0_type_0 import BatchFileOutProgressType0Type0
from .bulk_action_accept import BulkActionAccept
from .bulk_action_accept_action import BulkActionAcceptAction
from .bulk_action_assign import BulkActionAssign
from .bulk_action_assign_action import BulkActionAssignAction
from .bulk_action_close import BulkActionClose
from .bulk_action_close_action import BulkActionCloseAction
from .bulk_action_message_type_0 import BulkActionMessageType0
from .bulk_action_message_type_1 import BulkActionMessageType1
from .bulk_action_out import BulkActionOut
from .bulk_action_reject_type_0 import BulkActionRejectType0
from .bulk_action_reject_type_1 import BulkActionRejectType1
from .bulk_action_resolve_type_0 import BulkActionResolveType0
from .bulk_action_resolve_type_1 import BulkActionResolveType1
from .bulk_action_set_ced import BulkActionSetCed
from .bulk_action_set_ced_action import BulkActionSetCedAction
from .bulk_action_start import BulkActionStart
from .bulk_action_start_action import BulkActionStartAction
from .bulk_action_transfer import BulkActionTransfer
from .bulk_action_transfer_action import BulkActionTransferAction
from .cdq_consumption_dispute_query import CDQConsumptionDisputeQuery
from .cdq_consumption_dispute_query_reason import CDQConsumptionDisputeQueryReason
from .contact_detail_out import ContactDetailOut
from .contact_detail_out_fields import ContactDetailOutFields
from .contact_out import ContactOut
from .contact_out_fields import ContactOutFields
from .contact_page import ContactPage
from .contact_template_list import ContactTemplateList
from .contact_template_out import ContactTemplateOut
from .contact_type_list import ContactTypeList
from .contact_type_out import ContactTypeOut
from .contact_type_out_example_type_0 import ContactTypeOutExampleType0
from .correspondence_out import CorrespondenceOut
from .decision_in import DecisionIn
from .decision_in_decision import DecisionInDecision
from .dmq_daily_metered_query import DMQDailyMeteredQuery
from .dmq_daily_metered_query_reason import DMQDailyMeteredQueryReason
from .dup_duplicate_meter_point import DUPDuplicateMeterPoint
from .enq_general_enquiry import ENQGeneralEnquiry
from .enq_general_enquiry_topic import ENQGeneralEnquiryTopic
from .error import Error
from .error_errors import ErrorErrors
from .escalation_rule_list import EscalationRuleList
from .escalation_rule_out import EscalationRuleOut
from .event_out import EventOut
from .event_out_data import EventOutData
from .field_out import FieldOut
from .fom_found_meter_point import FOMFoundMeterPoint
from .get_api_v1_contact_types_code_layout_code import GetApiV1ContactTypesCodeLayoutCode
from .get_api_v1_contact_types_code_schema_code import GetApiV1ContactTypesCodeSchemaCode
from .get_api_v1_contact_types_code_schema_response_200 import GetApiV1ContactTypesCodeSchemaResponse200
from .get_api_v1_contacts_order import GetApiV1ContactsOrder
from .get_api_v1_templates_use import GetApiV1TemplatesUse
from .gsr_gas_safety_regulations_query import GSRGasSafetyRegulationsQuery
from .gsr_gas_safety_regulations_query_reason import GSRGasSafetyRegulationsQueryReason
from .inv_invoice_query import INVInvoiceQuery
from .inv_invoice_query_invoice_type import INVInvoiceQueryInvoiceType
from .layout_cell_out import LayoutCellOut
from .layout_out import LayoutOut
from .link_in import LinkIn
from .link_in_kind import LinkInKind
from .link_list import LinkList
from .link_out import LinkOut
from .message_in_type_0 import MessageInType0
from .message_in_type_1 import MessageInType1
from .message_out import MessageOut
from .mnc_meter_point_number_creation import MNCMeterPointNumberCreation
from .note_in import NoteIn
from .note_list import NoteList
from .note_out import NoteOut
from .objection_in import ObjectionIn
from .objection_in_reason import ObjectionInReason
from .pagination_metadata import PaginationMetadata
from .party_out import PartyOut
from .preferences_in import PreferencesIn
from .preferences_in_delivery import PreferencesInDelivery
from .preferences_in_events_item import PreferencesInEventsItem
from .preferences_out import PreferencesOut
from .preferences_out_choices import PreferencesOutChoices
from .preferences_out_delivery import PreferencesOutDelivery
from .preferences_out_events_item import PreferencesOutEventsItem
from .preview_out import PreviewOut
from .progress import Progress
from .raise_add_address_amendment import RaiseADDAddressAmendment
from .raise_add_address_amendment_type import RaiseADDAddressAmendmentType
from .raise_aqq_annual_quantity_query import RaiseAQQAnnualQuantityQuery
from .raise_aqq_annual_quantity_query_type import RaiseAQQAnnualQuantityQueryType
from .raise_cdq_consumption_dispute_query import RaiseCDQConsumptionDisputeQuery
from .raise_cdq_consumption_dispute_query_type import RaiseCDQConsumptionDisputeQueryType
from .raise_dmq_daily_metered_query import RaiseDMQDailyMeteredQuery
from .raise_dmq_daily_metered_query_type import RaiseDMQDailyMeteredQueryType
from .raise_dup_duplicate_meter_point import RaiseDUPDuplicateMeterPoint
from .raise_dup_duplicate_meter_point_type import RaiseDUPDuplicateMeterPointType
from .raise_enq_general_enquiry import RaiseENQGeneralEnquiry
from .raise_enq_general_enquiry_type import RaiseENQGeneralEnquiryType
from .raise_fom_found_meter_point import RaiseFOMFoundMeterPoint
from .raise_fom_found_meter_point_type import RaiseFOMFoundMeterPointType
from .raise_from_template_in import RaiseFromTemplateIn
from .raise_from_template_in_fields import RaiseFromTemplateInFields
from .raise_gsr_gas_safety_regulations_query import RaiseGSRGasSafetyRegulationsQuery
from .raise_gsr_gas_safety_regulations_query_type import RaiseGSRGasSafetyRegulationsQueryType
from .raise_inv_invoice_query import RaiseINVInvoiceQuery
from .raise_inv_invoice_query_type import RaiseINVInvoiceQueryType
from .raise_mnc_meter_point_number_creation import RaiseMNCMeterPointNumberCreation
from .raise_mnc_meter_point_number_creation_type import RaiseMNCMeterPointNumberCreationType
from .raise_rfa_request_for_adjustment import RaiseRFARequestForAdjustment
from .raise_rfa_request_for_adjustment_type import RaiseRFARequestForAdjustmentType
from .raise_sar_shipper_agreed_read import RaiseSARShipperAgreedRead
from .raise_sar_shipper_agreed_read_type import RaiseSARShipperAgreedReadType
from .raise_sus_shipperless_and_unregistered_site import RaiseSUSShipperlessAndUnregisteredSite
from .raise_sus_shipperless_and_unregistered_site_type import RaiseSUSShipperlessAndUnregisteredSiteType
from .raise_tog_theft_of_gas import RaiseTOGTheftOfGas
from .raise_tog_theft_of_gas_type import RaiseTOGTheftOfGasType
from .refused_out import RefusedOut
from .refused_out_errors import RefusedOutErrors
from .rfa_request_for_adjustment import RFARequestForAdjustment
from .rfa_request_for_adjustment_reason import RFARequestForAdjustmentReason
from .rfa_request_for_adjustment_supply_point_class import RFARequestForAdjustmentSupplyPointClass
from .sar_shipper_agreed_read import SARShipperAgreedRead
from .service_level_out import ServiceLevelOut
from .standards_organisation_out import StandardsOrganisationOut
from .standards_organisation_out_allowance import StandardsOrganisationOutAllowance
from .standards_organisation_out_sector import StandardsOrganisationOutSector
from .standards_out import StandardsOut
from .standards_sector_out import StandardsSectorOut
from .standards_sector_out_allowance import StandardsSectorOutAllowance
from .standards_sector_out_sector import StandardsSectorOutSector
from .standards_type_out import StandardsTypeOut
from .standards_type_out_allowance import StandardsTypeOutAllowance
from .standards_type_out_sector import StandardsTypeOutSector
from .sus_shipperless_and_unregistered_site import SUSShipperlessAndUnregisteredSite
from .sus_shipperless_and_unregistered_site_found_by_type_1 import SUSShipperlessAndUnregisteredSiteFoundByType1
from .sus_shipperless_and_unregistered_site_found_by_type_2_type_1 import (
    SUSShipperlessAndUnregisteredSiteFoundByType2Type1,
)
from .sus_shipperless_and_unregistered_site_found_by_type_3_type_1 import (
    SUSShipperlessAndUnregisteredSiteFoundByType3Type1,
)
from .sus_shipperless_and_unregistered_site_site_category import SUSShipperlessAndUnregisteredSiteSiteCategory
from .template_list import TemplateList
from .template_list_variables import TemplateListVariables
from .template_out import TemplateOut
from .template_values_out import TemplateValuesOut
from .template_values_out_fields import TemplateValuesOutFields
from .theft_notice_out import TheftNoticeOut
from .theft_notice_out_objection_reason_type_1 import TheftNoticeOutObjectionReasonType1
from .theft_notice_out_objection_reason_type_2_type_1 import TheftNoticeOutObjectionReasonType2Type1
from .theft_notice_out_objection_reason_type_3_type_1 import TheftNoticeOutObjectionReasonType3Type1
from .theft_notice_out_outcome import TheftNoticeOutOutcome
from .tog_theft_of_gas import TOGTheftOfGas
from .tog_theft_of_gas_method import TOGTheftOfGasMethod
from .upload_in import UploadIn
from .view_filters import ViewFilters
from .view_in import ViewIn
from .view_in_order import ViewInOrder
from .view_list import ViewList
from .view_out import ViewOut
from .view_out_filters import ViewOutFilters
from .watchers_out import WatchersOut

__all__ = (
    "AcceptanceIn",
    "ActionAccept",
    "ActionAcceptAction",
    "ActionAllocate",
    "ActionAllocateAction",
    "ActionAmend",
    "ActionAmendAction",
    "ActionAmendFields",
    "ActionAssign",
    "ActionAssignAction",
    "ActionCancel",
    "ActionCancelAction",
    "ActionChallenge",
    "ActionChallengeAction",
    "ActionChase",
    "ActionChaseAction",
    "ActionClose",
    "ActionCloseAction",
    "ActionExtend",
    "ActionExtendAction",
    "ActionMarkDuplicate",
    "ActionMarkDuplicateAction",
    "ActionMessage",
    "ActionMessageAction",
    "ActionRejectType0",
    "ActionRejectType1",
    "ActionRequestInfoType0",
    "ActionRequestInfoType1",
    "ActionResolveType0",
    "ActionResolveType1",
    "ActionRespond",
    "ActionRespondAction",
    "ActionSetCed",
    "ActionSetCedAction",
    "ActionStart",
    "ActionStartAction",
    "ActionTransfer",
    "ActionTransferAction",
    "ADDAddressAmendment",
    "AllowanceBaseOut",
    "AllowanceDayOut",
    "AllowanceListOut",
    "AllowanceMonthOut",
    "AllowanceOrganisationOut",
    "AllowanceShadowOut",
    "AMessageOrARequest",
    "AMessageOrARequestUse",
    "AQQAnnualQuantityQuery",
    "AQQAnnualQuantityQueryReason",
    "ARejectionForAnyTypeOrOneWithoutCodesOfItsOwn",
    "ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode",
    "ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse",
    "ARejectionForGSRContacts",
    "ARejectionForGSRContactsCode",
    "ARejectionForGSRContactsUse",
    "ARejectionForRFAContacts",
    "ARejectionForRFAContactsCode",
    "ARejectionForRFAContactsUse",
    "ARejectionForSUSContacts",
    "ARejectionForSUSContactsCode",
    "ARejectionForSUSContactsUse",
    "ARejectionForTOGContacts",
    "ARejectionForTOGContactsCode",
    "ARejectionForTOGContactsUse",
    "AResolutionForAnyTypeOrOneWithoutCodesOfItsOwn",
    "AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType1",
    "AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType2Type1",
    "AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType3Type1",
    "AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnUse",
    "AResolutionForGSRContacts",
    "AResolutionForGSRContactsCodeType1",
    "AResolutionForGSRContactsCodeType2Type1",
    "AResolutionForGSRContactsCodeType3Type1",
    "AResolutionForGSRContactsUse",
    "AResolutionForRFAContacts",
    "AResolutionForRFAContactsCodeType1",
    "AResolutionForRFAContactsCodeType2Type1",
    "AResolutionForRFAContactsCodeType3Type1",
    "AResolutionForRFAContactsUse",
    "AResolutionForSUSContacts",
    "AResolutionForSUSContactsCodeType1",
    "AResolutionForSUSContactsCodeType2Type1",
    "AResolutionForSUSContactsCodeType3Type1",
    "AResolutionForSUSContactsUse",
    "AResolutionForTOGContacts",
    "AResolutionForTOGContactsCodeType1",
    "AResolutionForTOGContactsCodeType2Type1",
    "AResolutionForTOGContactsCodeType3Type1",
    "AResolutionForTOGContactsUse",
    "ARuleThatMoves",
    "ARuleThatMovesAction",
    "ARuleThatMovesTrigger",
    "ARuleThatTellsOrRaises",
    "ARuleThatTellsOrRaisesAction",
    "ARuleThatTellsOrRaisesTrigger",
    "AttachmentOut",
    "BatchFileOut",
    "BatchFileOutProgressType0Type0",
    "BulkActionAccept",
    "BulkActionAcceptAction",
    "BulkActionAssign",
    "BulkActionAssignAction",
    "BulkActionClose",
    "BulkActionCloseAction",
    "BulkActionMessageType0",
    "BulkActionMessageType1",
    "BulkActionOut",
    "BulkActionRejectType0",
    "BulkActionRejectType1",
    "BulkActionResolveType0",
    "BulkActionResolveType1",
    "BulkActionSetCed",
    "BulkActionSetCedAction",
    "BulkActionStart",
    "BulkActionStartAction",
    "BulkActionTransfer",
    "BulkActionTransferAction",
    "CDQConsumptionDisputeQuery",
    "CDQConsumptionDisputeQueryReason",
    "ContactDetailOut",
    "ContactDetailOutFields",
    "ContactOut",
    "ContactOutFields",
    "ContactPage",
    "ContactTemplateList",
    "ContactTemplateOut",
    "ContactTypeList",
    "ContactTypeOut",
    "ContactTypeOutExampleType0",
    "CorrespondenceOut",
    "DecisionIn",
    "DecisionInDecision",
    "DMQDailyMeteredQuery",
    "DMQDailyMeteredQueryReason",
    "DUPDuplicateMeterPoint",
    "ENQGeneralEnquiry",
    "ENQGeneralEnquiryTopic",
    "Error",
    "ErrorErrors",
    "EscalationRuleList",
    "EscalationRuleOut",
    "EventOut",
    "EventOutData",
    "FieldOut",
    "FOMFoundMeterPoint",
    "GetApiV1ContactsOrder",
    "GetApiV1ContactTypesCodeLayoutCode",
    "GetApiV1ContactTypesCodeSchemaCode",
    "GetApiV1ContactTypesCodeSchemaResponse200",
    "GetApiV1TemplatesUse",
    "GSRGasSafetyRegulationsQuery",
    "GSRGasSafetyRegulationsQueryReason",
    "INVInvoiceQuery",
    "INVInvoiceQueryInvoiceType",
    "LayoutCellOut",
    "LayoutOut",
    "LinkIn",
    "LinkInKind",
    "LinkList",
    "LinkOut",
    "MessageInType0",
    "MessageInType1",
    "MessageOut",
    "MNCMeterPointNumberCreation",
    "NoteIn",
    "NoteList",
    "NoteOut",
    "ObjectionIn",
    "ObjectionInReason",
    "PaginationMetadata",
    "PartyOut",
    "PreferencesIn",
    "PreferencesInDelivery",
    "PreferencesInEventsItem",
    "PreferencesOut",
    "PreferencesOutChoices",
    "PreferencesOutDelivery",
    "PreferencesOutEventsItem",
    "PreviewOut",
    "Progress",
    "RaiseADDAddressAmendment",
    "RaiseADDAddressAmendmentType",
    "RaiseAQQAnnualQuantityQuery",
    "RaiseAQQAnnualQuantityQueryType",
    "RaiseCDQConsumptionDisputeQuery",
    "RaiseCDQConsumptionDisputeQueryType",
    "RaiseDMQDailyMeteredQuery",
    "RaiseDMQDailyMeteredQueryType",
    "RaiseDUPDuplicateMeterPoint",
    "RaiseDUPDuplicateMeterPointType",
    "RaiseENQGeneralEnquiry",
    "RaiseENQGeneralEnquiryType",
    "RaiseFOMFoundMeterPoint",
    "RaiseFOMFoundMeterPointType",
    "RaiseFromTemplateIn",
    "RaiseFromTemplateInFields",
    "RaiseGSRGasSafetyRegulationsQuery",
    "RaiseGSRGasSafetyRegulationsQueryType",
    "RaiseINVInvoiceQuery",
    "RaiseINVInvoiceQueryType",
    "RaiseMNCMeterPointNumberCreation",
    "RaiseMNCMeterPointNumberCreationType",
    "RaiseRFARequestForAdjustment",
    "RaiseRFARequestForAdjustmentType",
    "RaiseSARShipperAgreedRead",
    "RaiseSARShipperAgreedReadType",
    "RaiseSUSShipperlessAndUnregisteredSite",
    "RaiseSUSShipperlessAndUnregisteredSiteType",
    "RaiseTOGTheftOfGas",
    "RaiseTOGTheftOfGasType",
    "RefusedOut",
    "RefusedOutErrors",
    "RFARequestForAdjustment",
    "RFARequestForAdjustmentReason",
    "RFARequestForAdjustmentSupplyPointClass",
    "SARShipperAgreedRead",
    "ServiceLevelOut",
    "StandardsOrganisationOut",
    "StandardsOrganisationOutAllowance",
    "StandardsOrganisationOutSector",
    "StandardsOut",
    "StandardsSectorOut",
    "StandardsSectorOutAllowance",
    "StandardsSectorOutSector",
    "StandardsTypeOut",
    "StandardsTypeOutAllowance",
    "StandardsTypeOutSector",
    "SUSShipperlessAndUnregisteredSite",
    "SUSShipperlessAndUnregisteredSiteFoundByType1",
    "SUSShipperlessAndUnregisteredSiteFoundByType2Type1",
    "SUSShipperlessAndUnregisteredSiteFoundByType3Type1",
    "SUSShipperlessAndUnregisteredSiteSiteCategory",
    "TemplateList",
    "TemplateListVariables",
    "TemplateOut",
    "TemplateValuesOut",
    "TemplateValuesOutFields",
    "TheftNoticeOut",
    "TheftNoticeOutObjectionReasonType1",
    "TheftNoticeOutObjectionReasonType2Type1",
    "TheftNoticeOutObjectionReasonType3Type1",
    "TheftNoticeOutOutcome",
    "TOGTheftOfGas",
    "TOGTheftOfGasMethod",
    "UploadIn",
    "ViewFilters",
    "ViewIn",
    "ViewInOrder",
    "ViewList",
    "ViewOut",
    "ViewOutFilters",
    "WatchersOut",
)
