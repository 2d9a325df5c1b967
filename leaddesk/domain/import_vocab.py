"""The values other programs' exports write for a stage, a source, yes or no, a month
and a country, as they write them (folded with import_keys.fold when looked up).

Stages (what the words mean in LeadDesk, whose Contacted is "contact made"):
- an attempt that reached nobody (Zoho "Attempted to Contact", HubSpot
  ATTEMPTED_TO_CONTACT, SuiteCRM "Assigned") is still Open;
- "come back later" (Zoho "Contact in Future", HubSpot BAD_TIMING, SuiteCRM "Recycled",
  HubSpot's marketing-qualified lead) is Nurturing;
- a proposal or an open deal is Negotiation; won or converted is Customer; lost,
  junk, dead or not qualified is Disqualified. HubSpot's "other" is left unmapped.

Sources: a value is collapsed into a default source when it names the same way in
and only the wording differs ("Cold Call" is a call, "Trade Show", "Webinar" and
"Seminar" are events, "Partner Referral" and "Word of mouth" are referrals, "Organic
Search" and "Direct Traffic" arrived through the website). It is kept as its own new
source (not listed, so source_of says None) when it carries a distinction people
report on that no default source keeps: paid advertising ("Paid Search", "Paid Social",
"Advertisement", "Reklama": what the spend brought), "Chat" (neither a form nor
WhatsApp), "Direct Mail" (post, not email), "Public Relations", "Existing Customer",
"Self Generated", "Other Campaigns".
"""

from __future__ import annotations

from leaddesk.domain.leads import Source
from leaddesk.domain.stages import Stage

# fmt: off
# (a few values a line: one a line would make a file twice as long)
STAGE_WORDS: dict[Stage, tuple[str, ...]] = {
    Stage.OPEN: (
        "open", "new", "lead", "subscriber", "Open - Not Contacted", "Not Contacted",
        "Attempted to Contact", "ATTEMPTED_TO_CONTACT", "Assigned", "Lead In", "Prospecting",
        "Otwarty", "Otwarte", "Nowy", "Nowe", "Nieskontaktowany", "مفتوح", "جديد",
    ),
    Stage.CONTACTED: (
        "contacted", "Working - Contacted", "Working", "In Process", "IN_PROGRESS", "In progress",
        "CONNECTED", "Contact Made", "Nawiązany kontakt", "Kontakt", "Skontaktowany",
        "W trakcie", "تم التواصل", "تم الاتصال", "قيد المتابعة",
    ),
    Stage.NURTURING: (
        "nurturing", "Contact in Future", "BAD_TIMING", "Recycled", "marketingqualifiedlead",
        "MQL", "Pielęgnowanie", "Pielęgnowany", "W pielęgnacji", "Na później", "رعاية",
    ),
    Stage.QUALIFIED: (
        "qualified", "Pre-Qualified", "salesqualifiedlead", "SQL", "Prospect Qualified",
        "Needs Defined", "Qualification", "Needs Analysis", "Zakwalifikowany", "Zakwalifikowane",
        "مؤهل", "مؤهَّل",
    ),
    Stage.NEGOTIATION: (
        "negotiation", "opportunity", "OPEN_DEAL", "Proposition", "Proposal Made",
        "Negotiations Started", "Value Proposition", "Proposal/Price Quote", "Negotiation/Review",
        "Id. Decision Makers", "Perception Analysis", "Negocjacje", "Oferta", "تفاوض",
        "مفاوضات",
    ),
    Stage.CUSTOMER: (
        "customer", "evangelist", "won", "Closed - Converted", "Converted", "Closed Won",
        "Klient", "Wygrany", "Wygrana", "عميل", "فاز", "مكسوب",
    ),
    Stage.INACTIVE: ("inactive", "Nieaktywny", "Nieaktywne", "غير نشط"),
    Stage.DISQUALIFIED: (
        "disqualified", "lost", "Closed - Not Converted", "Not Qualified", "UNQUALIFIED",
        "Lost Lead", "Junk Lead", "Dead", "Closed Lost", "Zdyskwalifikowany", "Przegrany",
        "Przegrana", "Utracony", "مستبعد", "مستبعَد", "خاسر", "غير مؤهل",
    ),
}

SOURCE_WORDS: dict[Source, tuple[str, ...]] = {
    Source.CALL: (
        "call", "Phone", "Cold Call", "Phone Inquiry", "Telephone", "Inbound call",
        "Telefon", "Rozmowa", "Zimny telefon", "Telefon przychodzący", "مكالمة", "اتصال هاتفي",
        "هاتف",
    ),
    Source.WHATSAPP: ("whatsapp", "واتساب"),
    Source.WEB_FORM: (
        "web_form", "Web", "Website", "Web site", "Web Form", "Web Download", "Online Store",
        "Organic Search", "ORGANIC_SEARCH", "Direct Traffic", "DIRECT_TRAFFIC", "Internet",
        "Formularz", "Formularz WWW", "Strona WWW", "Strona internetowa", "Strona", "WWW",
        "Sklep internetowy", "Web forms", "Web visitors", "Search engine",
        "نموذج الويب", "الموقع الإلكتروني", "الموقع", "المتجر الإلكتروني",
    ),
    Source.EMAIL: (
        "email", "E-mail", "Email Marketing", "EMAIL_MARKETING", "Mail", "Newsletter",
        "Mailing", "البريد الإلكتروني", "بريد إلكتروني", "إيميل",
    ),
    Source.IMPORT: (
        "import", "Purchased List", "List", "List Import", "Imported", "OFFLINE",
        "Offline Sources", "Lista", "Kupiona baza", "Baza", "استيراد", "قائمة",
    ),
    Source.REFERRAL: (
        "referral", "Referrals", "Partner", "Partner Referral", "Employee Referral",
        "External Referral", "Customer Referral", "Employee", "Word of mouth",
        "Polecenie", "Z polecenia",
        "Rekomendacja", "Poczta pantoflowa", "إحالة", "توصية",
    ),
    Source.SOCIAL: (
        "social", "Social Media", "SOCIAL_MEDIA", "Social", "Facebook", "LinkedIn", "Twitter",
        "X", "Instagram", "TikTok", "YouTube", "Media społecznościowe",
        "وسائل التواصل", "وسائل التواصل الاجتماعي", "فيسبوك", "انستغرام", "تويتر", "لينكدإن",
    ),
    Source.EVENT: (
        "event", "Trade Show", "Seminar", "Seminar - Internal", "Seminar - Partner", "Webinar",
        "Conference", "Exhibition", "Fair", "Wydarzenie", "Targi", "Konferencja",
        "Seminarium", "فعالية", "معرض", "مؤتمر", "ندوة",
    ),
    Source.WALK_IN: (
        "walk_in", "Walk-in", "In person", "Wizyta osobista", "Wizyta", "Osobiście",
        "زيارة مباشرة", "زيارة",
    ),
    Source.OTHER: ("other", "Others", "Inne", "Inny", "أخرى", "آخر", "غير ذلك"),
}

#: HubSpot's "Referrals" are visits from links on other websites, not people's word
HUBSPOT_SOURCES: dict[str, Source] = {"Referrals": Source.WEB_FORM}

YES = (
    "yes", "y", "true", "t", "1", "x", "✓", "✔", "☑", "opted out", "checked", "on",
    "tak", "prawda", "نعم",
)
NO = ("no", "n", "false", "f", "0", "opted in", "unchecked", "off", "nie", "fałsz", "لا")

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "styczeń", "stycznia", "sty", "يناير", "كانون الثاني"),
    2: ("february", "feb", "luty", "lutego", "lut", "فبراير", "شباط"),
    3: ("march", "mar", "marzec", "marca", "مارس", "آذار"),
    4: ("april", "apr", "kwiecień", "kwietnia", "kwi", "أبريل", "ابريل", "نيسان"),
    5: ("may", "maj", "maja", "مايو", "أيار"),
    6: ("june", "jun", "czerwiec", "czerwca", "cze", "يونيو", "حزيران"),
    7: ("july", "jul", "lipiec", "lipca", "lip", "يوليو", "تموز"),
    8: ("august", "aug", "sierpień", "sierpnia", "sie", "أغسطس", "آب"),
    9: ("september", "sep", "sept", "wrzesień", "września", "wrz", "سبتمبر", "أيلول"),
    10: ("october", "oct", "październik", "października", "paź", "أكتوبر", "تشرين الأول"),
    11: ("november", "nov", "listopad", "listopada", "lis", "نوفمبر", "تشرين الثاني"),
    12: ("december", "dec", "grudzień", "grudnia", "gru", "ديسمبر", "كانون الأول"),
}

#: names and short forms of countries that Babel's territory names do not give
COUNTRY_ALIASES: dict[str, str] = {
    "USA": "US", "U.S.": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
    "Stany Zjednoczone Ameryki": "US", "USA (Stany Zjednoczone)": "US", "أمريكا": "US",
    "الولايات المتحدة الأمريكية": "US",
    "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB",
    "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Anglia": "GB",
    "Szkocja": "GB", "بريطانيا": "GB", "إنجلترا": "GB",
    "UAE": "AE", "Emirates": "AE", "Emiraty": "AE", "الإمارات": "AE",
    "KSA": "SA", "Saudi": "SA", "السعودية": "SA",
    "Czech Republic": "CZ", "Republika Czeska": "CZ", "Holland": "NL", "Holandia": "NL",
    "Russia": "RU", "Rosja": "RU", "South Korea": "KR", "Korea": "KR",
    "Ivory Coast": "CI", "Macedonia": "MK", "Turkey": "TR", "Swaziland": "SZ",
}
# fmt: on
