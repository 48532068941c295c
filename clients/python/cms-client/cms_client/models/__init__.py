"""Contains all the data models used in inputs/outputs"""

from .acceptance_in import AcceptanceIn
from .action_in import ActionIn
from .action_in_action import ActionInAction
from .action_in_fields import ActionInFields
from .action_in_kind import ActionInKind
from .action_in_verdict import ActionInVerdict
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
from .bulk_action_in import BulkActionIn
from .bulk_action_in_action import BulkActionInAction
from .bulk_action_in_fields import BulkActionInFields
from .bulk_action_in_kind import BulkActionInKind
from .bulk_action_in_verdict import BulkActionInVerdict
from .bulk_action_out import BulkActionOut
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
from .escalation_rule_in import EscalationRuleIn
from .escalation_rule_in_action import EscalationRuleInAction
from .escalation_rule_in_trigger import EscalationRuleInTrigger
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
from .message_in import MessageIn
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
from .sus_shipperless_and_unregistered_site_found_by import SUSShipperlessAndUnregisteredSiteFoundBy
from .sus_shipperless_and_unregistered_site_site_category import SUSShipperlessAndUnregisteredSiteSiteCategory
from .template_in import TemplateIn
from .template_in_use import TemplateInUse
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
    "ActionIn",
    "ActionInAction",
    "ActionInFields",
    "ActionInKind",
    "ActionInVerdict",
    "ADDAddressAmendment",
    "AllowanceBaseOut",
    "AllowanceDayOut",
    "AllowanceListOut",
    "AllowanceMonthOut",
    "AllowanceOrganisationOut",
    "AllowanceShadowOut",
    "AQQAnnualQuantityQuery",
    "AQQAnnualQuantityQueryReason",
    "AttachmentOut",
    "BatchFileOut",
    "BatchFileOutProgressType0Type0",
    "BulkActionIn",
    "BulkActionInAction",
    "BulkActionInFields",
    "BulkActionInKind",
    "BulkActionInVerdict",
    "BulkActionOut",
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
    "EscalationRuleIn",
    "EscalationRuleInAction",
    "EscalationRuleInTrigger",
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
    "MessageIn",
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
    "SUSShipperlessAndUnregisteredSiteFoundBy",
    "SUSShipperlessAndUnregisteredSiteSiteCategory",
    "TemplateIn",
    "TemplateInUse",
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
