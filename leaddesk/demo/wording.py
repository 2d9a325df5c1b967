"""The demo's own words in the team's language (``leaddesk --lang pl demo``).

The leads themselves stay a mix of English, Polish and Arabic people and companies, as
a real team's are; what the team itself would have typed (follow-up titles, notes,
reasons, products, segments, tags, campaigns, job titles) is in the database's
language. Reasons are the ones the stage dialogs offer, worded as they word them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    follow_up_titles: tuple[str, ...]
    done_note: str
    disqualify_reasons: tuple[str, ...]
    inactive_reasons: tuple[str, ...]
    segments: tuple[str, ...]
    products: tuple[str, ...]  # in the order of names.PRODUCTS (its prices)
    tags: tuple[str, ...]
    campaigns: tuple[str, ...]  # in the order of names.CAMPAIGNS (channels, costs)
    job_titles: tuple[str | None, ...]


ENGLISH = Wording(
    follow_up_titles=(
        "Call back about pricing",
        "Send proposal",
        "Check budget approval",
        "Book a demo",
        "Follow up on quote",
        "Confirm meeting",
        "Ask for referral",
        "Send contract",
    ),
    done_note="Done as planned.",
    disqualify_reasons=(
        "No budget",
        "Not a fit for our products",
        "Chose a competitor",
        "Not the decision maker",
        "Could not reach",
        "Spam or duplicate",
    ),
    inactive_reasons=("Stopped buying", "Contract ended", "Went quiet", "Moved or closed"),
    segments=("Small business", "Mid-market", "Enterprise", "Public sector", "Healthcare"),
    products=(
        "CRM Starter",
        "CRM Team",
        "CRM Enterprise",
        "Onboarding Package",
        "Data Migration",
        "Training Day",
        "Premium Support",
        "WhatsApp Connector",
    ),
    tags=(
        "vip",
        "referral",
        "price-sensitive",
        "decision-maker",
        "urgent",
        "trade-show",
        "renewal",
        "partner",
        "newsletter",
        "returning",
    ),
    campaigns=(
        "Spring webinar series",
        "Google Ads Q1",
        "Trade fair Poznań",
        "WhatsApp broadcast Riyadh",
        "LinkedIn outreach",
        "Partner referrals",
        "Cold calling sprint",
        "Newsletter October",
        "Dubai expo",
        "Retargeting ads",
        "Customer day Warsaw",
        "Summer promo mailing",
    ),
    job_titles=(
        "Owner",
        "Managing Director",
        "Purchasing Manager",
        "Office Manager",
        "CTO",
        "Operations Lead",
        "Marketing Manager",
        "Finance Director",
        "Practice Manager",
        None,
    ),
)

POLISH = Wording(
    follow_up_titles=(
        "Oddzwonić w sprawie cennika",
        "Wysłać ofertę",
        "Sprawdzić zatwierdzenie budżetu",
        "Umówić prezentację",
        "Dopytać o wycenę",
        "Potwierdzić spotkanie",
        "Poprosić o polecenie",
        "Wysłać umowę",
    ),
    done_note="Zrobione zgodnie z planem.",
    disqualify_reasons=(
        "Brak budżetu",
        "Nasze produkty nie pasują",
        "Wybrał konkurencję",
        "Nie decyduje o zakupie",
        "Brak kontaktu",
        "Spam lub duplikat",
    ),
    inactive_reasons=(
        "Przestał kupować",
        "Umowa się skończyła",
        "Brak odzewu",
        "Przeprowadzka lub zamknięcie firmy",
    ),
    segments=("Małe firmy", "Średnie firmy", "Duże firmy", "Sektor publiczny", "Ochrona zdrowia"),
    products=(
        "CRM Starter",
        "CRM Team",
        "CRM Enterprise",
        "Pakiet wdrożeniowy",
        "Migracja danych",
        "Dzień szkoleniowy",
        "Wsparcie premium",
        "Łącznik WhatsApp",
    ),
    tags=(
        "vip",
        "polecenie",
        "wrażliwy na cenę",
        "decydent",
        "pilne",
        "targi",
        "odnowienie",
        "partner",
        "newsletter",
        "powracający",
    ),
    campaigns=(
        "Wiosenny cykl webinarów",
        "Google Ads I kw.",
        "Targi Poznań",
        "Wysyłka WhatsApp Rijad",
        "Kontakty na LinkedIn",
        "Polecenia partnerów",
        "Akcja telefoniczna",
        "Newsletter październik",
        "Targi w Dubaju",
        "Reklamy remarketingowe",
        "Dzień klienta Warszawa",
        "Letnia wysyłka promocyjna",
    ),
    job_titles=(
        "Właściciel",
        "Dyrektor zarządzający",
        "Kierownik zakupów",
        "Kierownik biura",
        "Dyrektor techniczny",
        "Kierownik operacyjny",
        "Kierownik marketingu",
        "Dyrektor finansowy",
        "Kierownik placówki",
        None,
    ),
)

ARABIC = Wording(
    follow_up_titles=(
        "معاودة الاتصال بشأن الأسعار",
        "إرسال العرض",
        "التحقق من اعتماد الميزانية",
        "حجز عرض توضيحي",
        "متابعة عرض السعر",
        "تأكيد الاجتماع",
        "طلب ترشيح",
        "إرسال العقد",
    ),
    done_note="تم كما هو مخطط.",
    disqualify_reasons=(
        "لا توجد ميزانية",
        "منتجاتنا لا تناسبه",
        "اختار منافسًا",
        "ليس صاحب القرار",
        "تعذّر الوصول إليه",
        "رسائل مزعجة أو مكرر",
    ),
    inactive_reasons=("توقف عن الشراء", "انتهى العقد", "انقطع التواصل", "انتقل أو أغلق"),
    segments=(
        "الشركات الصغيرة",
        "الشركات المتوسطة",
        "الشركات الكبرى",
        "القطاع العام",
        "الرعاية الصحية",
    ),
    products=(
        "CRM Starter",
        "CRM Team",
        "CRM Enterprise",
        "باقة التهيئة",
        "نقل البيانات",
        "يوم تدريبي",
        "الدعم المميز",
        "موصل واتساب",
    ),
    tags=(
        "مهم جدًا",
        "ترشيح",
        "حساس للسعر",
        "صاحب قرار",
        "عاجل",
        "معرض",
        "تجديد",
        "شريك",
        "النشرة البريدية",
        "عميل عائد",
    ),
    campaigns=(
        "سلسلة ندوات الربيع",
        "إعلانات Google الربع الأول",
        "معرض بوزنان التجاري",
        "بث واتساب الرياض",
        "تواصل عبر LinkedIn",
        "ترشيحات الشركاء",
        "حملة الاتصال المباشر",
        "نشرة أكتوبر",
        "معرض دبي",
        "إعلانات إعادة الاستهداف",
        "يوم العملاء في وارسو",
        "رسائل عروض الصيف",
    ),
    job_titles=(
        "المالك",
        "المدير العام",
        "مدير المشتريات",
        "مدير المكتب",
        "المدير التقني",
        "مسؤول العمليات",
        "مدير التسويق",
        "المدير المالي",
        "مدير العيادة",
        None,
    ),
)

WORDINGS = {"en": ENGLISH, "pl": POLISH, "ar": ARABIC}


def wording(language: str | None) -> Wording:
    """The demo's words in ``language``; English for any other."""
    return WORDINGS.get((language or "en").split("_")[0], ENGLISH)
