"""Lead source names as every screen shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.leads import Source


def source_label(source: str, name: str | None = None) -> str:
    """LeadDesk's own sources in the reader's language; the team's own as the owner
    named them (``name``), else readably from their key."""
    # Literal calls so lupdate finds every name.
    labels = {
        Source.CALL: QCoreApplication.translate("Source", "Call"),
        Source.WHATSAPP: QCoreApplication.translate("Source", "WhatsApp"),
        Source.WEB_FORM: QCoreApplication.translate("Source", "Web form"),
        Source.EMAIL: QCoreApplication.translate("Source", "Email"),
        Source.IMPORT: QCoreApplication.translate("Source", "Import"),
        Source.REFERRAL: QCoreApplication.translate("Source", "Referral"),
        Source.SOCIAL: QCoreApplication.translate("Source", "Social media"),
        Source.EVENT: QCoreApplication.translate("Source", "Event"),
        Source.WALK_IN: QCoreApplication.translate("Source", "Walk-in"),
        Source.OTHER: QCoreApplication.translate("Source", "Other"),
    }
    if source in labels:
        return labels[Source(source)]
    return name or source.replace("_", " ").capitalize()
