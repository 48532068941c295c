"""Every model, for ``from core.models import ...``."""
from core.models.accounts import ApiKey, RecoveryCode, Role, User, UserSession
from core.models.access import AccessRequest, UserService
from core.models.audit import AuditEntry, AuditHead, AuditPerson, ThrottleCounter
from core.models.contacts import (Attachment, Contact, ContactEvent, ContactParty,
                                  Correspondence, InternalNote, Message, ReferenceCounter,
                                  Watch)
from core.models.contact_templates import ContactTemplate
from core.models.escalation import Escalation, EscalationRule
from core.models.links import ContactLink
from core.models.saved_views import SavedView
from core.models.templates import ResponseTemplate
from core.models.theft import TheftNotice
from core.models.tenancy import CDSP_ORG, CDSP_TENANT, Organisation, Tenant, TenantPlugin

ALL_MODELS = [Tenant, TenantPlugin, Organisation, Role, User, RecoveryCode, UserSession, ApiKey,
              ReferenceCounter, Contact, ContactParty, ContactEvent, Message, Attachment,
              Correspondence, AuditEntry, AuditHead, AuditPerson, ThrottleCounter, SavedView,
              InternalNote, Watch, ContactLink, ResponseTemplate, ContactTemplate,
              EscalationRule, Escalation, UserService, AccessRequest, TheftNotice]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "CDSP_ORG", "CDSP_TENANT"]
