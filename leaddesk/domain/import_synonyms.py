"""The headers other programs' exports write, per LeadDesk field, as they write them.

Within a field the better header comes first: when a file has two columns for one
field (HubSpot's "Lifecycle Stage" and "Lead Status", Pipedrive's "Email - Work" and
"Email - Home") the earlier one is mapped and the other left for the user. Entries are
folded (import_keys.fold) when the index is built, so spelling and case are free.

Left out on purpose: Salesforce/Zoho "Annual Revenue" (the company's turnover, not the
deal's worth), Odoo "name" (the opportunity's title, not a person), Pipedrive "Title"
(the deal's), and consent columns ("Marketing consent", "Zgoda marketingowa"), which
mean the opposite of a do-not-contact flag.
"""

from __future__ import annotations

# fmt: off
# (the tables are kept a few entries a line: one entry a line would make a 600-line file)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "First name", "FirstName", "Given name", "Forename", "Person - First name",
        "Imię", "Imie", "الاسم الأول", "الاسم الاول", "الإسم الأول",
    ),
    "last_name": (
        "Last name", "LastName", "Surname", "Family name", "Person - Last name",
        "Nazwisko", "اسم العائلة", "العائلة", "الكنية", "اللقب",
    ),
    "full_name": (
        "Full name", "Name", "Contact name", "contact_name", "Person - Name", "Person name",
        "Lead name", "Contact", "Imię i nazwisko", "Imie i nazwisko", "Nazwa", "Osoba kontaktowa",
        "الاسم الكامل", "الاسم", "اسم العميل", "اسم جهة الاتصال",
    ),
    "company": (
        "Company", "Company name", "Account name", "Organization", "Organisation",
        "Organization - Name", "Person - Organization", "Organization name", "partner_name",
        "Firma", "Nazwa firmy", "Organizacja", "Przedsiębiorstwo",
        "الشركة", "اسم الشركة", "المؤسسة",
    ),
    "job_title": (
        "Job title", "Title", "Designation", "Job position", "function", "Position",
        "Stanowisko", "Funkcja", "المسمى الوظيفي", "الوظيفة", "المنصب",
    ),
    "email": (
        "Email", "E-mail", "Email address", "email_from", "Email - Work", "Primary email",
        "Person - Email", "Person - Email - Work", "Email - Other", "Email - Home", "Mail",
        "Adres e-mail", "Adres email", "البريد الإلكتروني", "البريد", "الإيميل",
    ),
    "phone": (
        "Phone", "Phone number", "Office phone", "Phone - Work", "Business phone", "Work phone",
        "Person - Phone", "Person - Phone - Work", "Phone - Other", "Phone - Home", "Home phone",
        "Other phone", "Telefon", "Nr telefonu", "Numer telefonu", "Telefon stacjonarny", "Tel",
        "الهاتف", "رقم الهاتف", "هاتف",
    ),
    "mobile": (
        "Mobile", "MobilePhone", "Mobile phone", "Mobile phone number", "Phone - Mobile",
        "Person - Phone - Mobile", "Cell phone", "Telefon komórkowy", "Komórka", "Tel kom",
        "Nr komórki", "الجوال", "رقم الجوال", "الهاتف المحمول", "المحمول", "موبايل",
    ),
    "whatsapp": ("WhatsApp", "WhatsApp number", "Numer WhatsApp", "واتساب", "رقم واتساب"),
    "address": (
        "Address", "Street", "Street address", "Primary address street", "Mailing street",
        "Address - Street", "Organization - Address", "street2", "Adres", "Ulica",
        "العنوان", "الشارع",
    ),
    "postal_code": (
        "Postal code", "PostalCode", "Zip code", "Zip", "Zip/Postal code",
        "Mailing zip/postal code",
        "Primary address postal code", "Address - ZIP/Postal code", "Kod pocztowy",
        "الرمز البريدي",
    ),
    "region": (
        "Region", "State", "State/Region", "State/Province", "Province", "Mailing state/province",
        "Primary address state", "state_id", "Address - State/County", "Województwo",
        "المنطقة", "الولاية", "المحافظة",
    ),
    "city": (
        "City", "Mailing city", "Primary address city", "Address - City/town", "City/town",
        "Town", "Miasto", "Miejscowość", "المدينة",
    ),
    "country": (
        "Country", "Country/Region", "country_id", "Mailing country", "Primary address country",
        "Address - Country", "Kraj", "البلد", "الدولة",
    ),
    "website": (
        "Website", "Website URL", "Web site", "URL", "Strona WWW", "Strona internetowa", "WWW",
        "الموقع الإلكتروني", "الموقع",
    ),
    "notes": (
        "Notes", "Note", "Description", "Comments", "Comment", "Uwagi", "Notatki", "Notatka",
        "Opis", "ملاحظات", "الملاحظات", "الوصف",
    ),
    "source": (
        "Source", "Lead source", "LeadSource", "Original source", "Source origin",
        "Source channel", "source_id", "Źródło", "Źródło leada", "المصدر",
    ),
    "campaign": ("Campaign", "Campaign name", "campaign_id", "Kampania", "الحملة"),
    "stage": (
        "Stage", "Lifecycle stage", "stage_id", "Deal - Stage", "Status", "Lead status",
        "Deal - Status", "Etap", "Status leada", "المرحلة", "الحالة",
    ),
    "owner": (
        "Owner", "Lead owner", "Contact owner", "OwnerId", "Owner name", "Assigned to",
        "Assigned user", "Salesperson", "user_id", "Deal - Owner", "Opiekun", "Właściciel",
        "Handlowiec", "Przypisany do", "المسؤول", "المالك",
    ),
    "deal_value": (
        "Deal value", "Value", "Deal - Value", "Expected revenue", "expected_revenue",
        "Opportunity amount", "Amount", "Wartość", "Wartość transakcji", "Kwota",
        "القيمة", "قيمة الصفقة", "المبلغ",
    ),
    "currency": (
        "Currency", "Currency of Value", "Deal - Currency of Value", "Deal - Currency",
        "CurrencyIsoCode", "currency_id", "Waluta", "العملة",
    ),
    "tags": (
        "Tags", "Tag", "Label", "Labels", "tag_ids", "Deal - Label", "Tagi", "Etykiety",
        "Etykieta", "الوسوم", "العلامات", "Rating",
    ),
    "segment": ("Segment", "Industry", "Branża", "الشريحة", "القطاع"),
    "product": (
        "Products", "Product", "Product interest", "Produkty", "Produkt", "المنتجات", "المنتج",
    ),
    "birthday": (
        "Birthday", "Birthdate", "Date of birth", "Data urodzenia", "تاريخ الميلاد",
    ),
    "created_at": (
        "Created", "CreatedDate", "Created date", "Create date", "Created time", "Created on",
        "create_date", "Date created", "Lead created", "Person created", "Deal - Deal created",
        "Data utworzenia", "Utworzono", "Data dodania", "تاريخ الإنشاء", "أنشئ",
    ),
    "number": ("Number", "Lead number", "Numer", "Numer leada", "الرقم"),
    "external_id": (
        "Record ID", "Id", "External ID", "Lead ID", "Contact ID", "Person - ID", "Deal - ID",
    ),
    "reason": (
        "Reason", "Lost reason", "Deal - Lost reason", "lost_reason_id", "Disqualification reason",
        "Powód", "Przyczyna", "السبب",
    ),
    # a lead's actions, as behaviour events (a score column is not taken: the rules decide)
    "event:webinar": (
        "Webinar attended", "Attended webinar", "Attended a webinar", "Webinar", "Webinar date",
        "Udział w webinarze", "Uczestniczył w webinarze", "Webinar (udział)",
        "حضر الندوة", "حضور الندوة", "ندوة عبر الإنترنت",
    ),
    "event:quote_request": (
        "Requested a quote", "Quote requested", "Quote request", "Asked for a quote",
        "Prośba o wycenę", "Zapytanie ofertowe", "Poprosił o wycenę", "Wycena",
        "طلب عرض سعر", "طلب تسعيرة",
    ),
    "event:user_guide": (
        "Downloaded guide", "Downloaded the user guide", "Downloaded user guide",
        "Guide downloaded", "Pobrał poradnik", "Pobrany poradnik", "Pobrał przewodnik",
        "حمّل الدليل", "تنزيل الدليل", "حمل الدليل",
    ),
    "event:pricing_page": (
        "Visited pricing page", "Visited the pricing page", "Pricing page visit",
        "Odwiedził cennik", "Wizyta na stronie cennika", "زار صفحة الأسعار",
    ),
    "event:solutions_page": (
        "Visited solutions page", "Visited the solutions page", "Solutions page visit",
        "Odwiedził stronę rozwiązań", "زار صفحة الحلول",
    ),
    "event:email_opened": (
        "Opened email", "Email opened", "Opened an email", "Otworzył e-mail",
        "Otworzył wiadomość", "فتح البريد", "فتح الرسالة",
    ),
    "dnc_email": (
        "Do not email", "HasOptedOutOfEmail", "Email opt out", "Unsubscribed from all email",
        "Email messages opt-out", "is_blacklisted", "Blacklist", "Nie wysyłać e-maili",
        "Nie wysyłać maili", "Bez e-maili", "عدم المراسلة بالبريد", "لا ترسل بريدا",
    ),
    "dnc_phone": (
        "Do not call", "DoNotCall", "phone_blacklisted", "Blacklisted phone", "Nie dzwonić",
        "عدم الاتصال", "لا تتصل",
    ),
    "dnc_whatsapp": ("Do not WhatsApp", "Nie pisać na WhatsApp", "عدم المراسلة عبر واتساب"),
    "dnc_sms": ("Do not text", "Do not SMS", "SMS opt out", "Nie wysyłać SMS", "لا ترسل رسائل"),
}

#: headers that mean something else in one program's files (None: leave unmapped)
BY_ORIGIN: dict[str, dict[str, str | None]] = {
    # Odoo: "name" is the opportunity's title; "Company" is the user's own (multi-company)
    "odoo": {"name": None, "company": None, "company_id": None, "Opportunity": None},
    # Pipedrive: "Name" is a person's full name, "Title" a deal's
    "pipedrive": {"Title": None, "Deal - Title": None},
}

#: headers that only one program writes, to tell a file's origin from its header row
MARKERS: dict[str, tuple[str, ...]] = {
    "salesforce": (
        "OwnerId", "CreatedDate", "HasOptedOutOfEmail", "MobilePhone", "IsConverted",
        "IsDeleted", "MasterRecordId", "LeadSource", "NumberOfEmployees", "IsUnreadByOwner",
        "Mailing City", "Mailing Street", "CurrencyIsoCode", "ConvertedDate", "LastModifiedDate",
    ),
    "zoho": (
        "Designation", "Zip Code", "Created Time", "Modified Time",
        "Last Activity Time", "Skype ID", "Secondary Email", "Tag", "Lead Conversion Time",
        "No. of Employees", "Salutation", "Lead Owner",
    ),
    "hubspot": (
        "Lifecycle Stage", "Contact owner", "Original Source", "Create Date",
        "Phone Number", "Mobile Phone Number", "State/Region", "Country/Region", "Website URL",
        "HubSpot Score", "Unsubscribed from all email", "Associated Company", "Last Activity Date",
    ),
    "pipedrive": (
        "Email - Work", "Phone - Work", "Phone - Mobile", "Organization", "Label", "Deal - Value",
        "Currency of Value", "Lead created", "Source origin", "Source channel", "Person created",
        "Visible to", "Open deals", "Won deals", "Lost deals", "Person - Name", "Update time",
    ),
    "odoo": (
        "contact_name", "partner_name", "email_from", "country_id", "user_id", "stage_id",
        "team_id", "expected_revenue", "Salesperson", "Sales Team", "Created on", "Job Position",
        "External ID", "Expected Revenue", "Probability", "Contact Name", "tag_ids",
    ),
    "suitecrm": (
        "Account Name", "Office Phone", "Email Address", "Primary Address Street",
        "Primary Address City", "Primary Address Country", "Primary Address Postal Code",
        "Primary Address State", "Assigned to", "Opportunity Amount", "Date Created",
        "Lead Source Description", "Status Description", "Referred By", "Assigned User",
    ),
    "leaddesk": (
        "Do not email", "Do not WhatsApp", "Do not text", "In stage since",
        "Next follow-up", "Number", "WhatsApp", "Segment", "Products", "Nie wysyłać e-maili",
        "W etapie od", "Następny kontakt", "Wartość transakcji", "في المرحلة منذ",
        "المتابعة التالية", "قيمة الصفقة",
    ),
}

# fmt: on

#: target → the English header LeadDesk's own export writes
LEADDESK_HEADERS: dict[str, str] = {
    "number": "Number",
    "first_name": "First name",
    "last_name": "Last name",
    "company": "Company",
    "job_title": "Job title",
    "email": "Email",
    "phone": "Phone",
    "whatsapp": "WhatsApp",
    "address": "Address",
    "city": "City",
    "country": "Country",
    "website": "Website",
    "notes": "Notes",
    "source": "Source",
    "campaign": "Campaign",
    "stage": "Stage",
    "owner": "Owner",
    "deal_value": "Deal value",
    "currency": "Currency",
    "tags": "Tags",
    "segment": "Segment",
    "product": "Products",
    "birthday": "Birthday",
    "created_at": "Created",
    "reason": "Reason",
    "score": "Score",
    "dnc_email": "Do not email",
    "dnc_phone": "Do not call",
    "dnc_whatsapp": "Do not WhatsApp",
    "dnc_sms": "Do not text",
}
