<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>App</name>
    <message>
        <location filename="../../leaddesk/app.py" line="25" />
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="26" />
        <source>Password for %1 on %2:</source>
        <translation>كلمة المرور لـ %1 على %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="64" />
        <source>LeadDesk</source>
        <translation>ليد ديسك</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="39" />
        <source>LeadDesk</source>
        <translation>ليد ديسك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <location filename="../../leaddesk/ui/main_window.py" line="54" />
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <location filename="../../leaddesk/ui/main_window.py" line="54" />
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <location filename="../../leaddesk/ui/main_window.py" line="54" />
        <source>Insights</source>
        <translation>التحليلات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="48" />
        <location filename="../../leaddesk/ui/main_window.py" line="55" />
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="48" />
        <location filename="../../leaddesk/ui/main_window.py" line="55" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="52" />
        <source>This screen is being built; the pipeline overview shows your data.</source>
        <translation>هذه الشاشة قيد الإنشاء؛ تعرض نظرة عامة على المسار بياناتك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="84" />
        <source>Database: %1 · %2 leads</source>
        <translation>قاعدة البيانات: %1 · %2 عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="91" />
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="92" />
        <location filename="../../leaddesk/ui/main_window.py" line="98" />
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>قواعد بيانات ليد ديسك (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="98" />
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="104" />
        <source>Connect to server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="105" />
        <source>Server address, e.g. postgresql://maria@crm.example.com/leaddesk</source>
        <translation>عنوان الخادم، مثل postgresql://maria@crm.example.com/leaddesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="113" />
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="122" />
        <source>About LeadDesk</source>
        <translation>حول ليد ديسك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="123" />
        <source>LeadDesk %1
Lead management for small sales teams.

Database: %2</source>
        <translation>ليد ديسك %1
إدارة العملاء المحتملين لفرق المبيعات الصغيرة.

قاعدة البيانات: %2</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="27" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="28" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="29" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="30" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="37" />
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="40" />
        <source>&amp;Open database file…</source>
        <translation>&amp;فتح ملف قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="43" />
        <source>&amp;Connect to server…</source>
        <translation>ال&amp;اتصال بخادم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="45" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="48" />
        <source>&amp;About LeadDesk</source>
        <translation>&amp;حول ليد ديسك</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="26" />
        <source>Open</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="27" />
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="28" />
        <source>Nurturing</source>
        <translation>رعاية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="29" />
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="30" />
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="31" />
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="32" />
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="33" />
        <source>Disqualified</source>
        <translation>مستبعَد</translation>
    </message>
</context>
<context>
    <name>StageTile</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/overview.py" line="31" />
        <source>%n leads</source>
        <translation><numerusform>لا عملاء محتملين</numerusform><numerusform>عميل محتمل واحد</numerusform><numerusform>عميلان محتملان</numerusform><numerusform>%n عملاء محتملين</numerusform><numerusform>%n عميلًا محتملًا</numerusform><numerusform>%n عميل محتمل</numerusform></translation>
    </message>
</context>
</TS>