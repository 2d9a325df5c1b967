<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AbsencesBox</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="62"/>
        <source>Absences</source>
        <translation>فترات الغياب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="82"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="83"/>
        <source>Add absence</source>
        <translation>إضافة فترة غياب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="84"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="86"/>
        <source>Hand over leads…</source>
        <translation>تسليم العملاء المحتملين…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="92"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="164"/>
        <source>No open lead has a follow-up due during this absence.</source>
        <translation>لا يوجد عميل محتمل مفتوح لديه متابعة مستحقة خلال فترة الغياب هذه.</translation>
    </message>
</context>
<context>
    <name>AbsencesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="42"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="43"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="44"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="45"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="46"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="47"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="48"/>
        <source>Stage change</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="49"/>
        <source>Assignment</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="50"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="51"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="52"/>
        <source>Lead&apos;s action</source>
        <translation>إجراء العميل المحتمل</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../leaddesk/app.py" line="32"/>
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="33"/>
        <source>Password for %1 on %2:</source>
        <translation>كلمة المرور لـ %1 على %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="46"/>
        <source>Database not found</source>
        <translation>لم يُعثر على قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="47"/>
        <source>The database LeadDesk used last, %1, is not there any more. It may have been moved, renamed or deleted, or be on a drive that is not connected.</source>
        <translation>قاعدة البيانات التي استخدمها LeadDesk آخر مرة، %1، لم تعد موجودة. ربما نُقلت أو أُعيدت تسميتها أو حُذفت، أو أنها على قرص غير متصل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="55"/>
        <source>Locate it…</source>
        <translation>تحديد موقعها…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="58"/>
        <source>Start a new, empty one there</source>
        <translation>إنشاء قاعدة جديدة فارغة هناك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="66"/>
        <source>Where is the database?</source>
        <translation>أين قاعدة البيانات؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="68"/>
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>قواعد بيانات ليد ديسك (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="140"/>
        <source>LeadDesk</source>
        <translation>ليد ديسك</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="20"/>
        <source>Claimed from the pool by %1</source>
        <translation>أخذه %1 من المجمع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="26"/>
        <source>Back to %1 after their absence</source>
        <translation>أُعيد إلى %1 بعد انتهاء غيابه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="31"/>
        <source>Accepted by partner %1</source>
        <translation>قبله الشريك %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="36"/>
        <source>Returned by partner %1: %2</source>
        <translation>أعاده الشريك %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="41"/>
        <source>Partner %1 did not answer in time</source>
        <translation>لم يردّ الشريك %1 في الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="46"/>
        <source>Back to the pool</source>
        <translation>عاد إلى المجمع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="48"/>
        <source>Back to the pool: claim released by %1</source>
        <translation>عاد إلى المجمع: ألغى %1 الأخذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="52"/>
        <source>Returned to the pool by %1</source>
        <translation>أعاده %1 إلى المجمع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="56"/>
        <source>Back to the pool: no contact within the claim window</source>
        <translation>عاد إلى المجمع: لم يُسجَّل تواصل خلال مهلة الأخذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="59"/>
        <source>Rule “%1”</source>
        <translation>القاعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="64"/>
        <source> → </source>
        <translation> ← </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="82"/>
        <source>Handed over from %1 to %2: on holiday until %3</source>
        <translation>سُلِّم من %1 إلى %2: في إجازة حتى %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="84"/>
        <source>Handed over from %1 to %2: on sick leave until %3</source>
        <translation>سُلِّم من %1 إلى %2: في إجازة مرضية حتى %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="88"/>
        <source>Handed over from %1 to %2: away until %3</source>
        <translation>سُلِّم من %1 إلى %2: غائب حتى %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="96"/>
        <source>(goes back after)</source>
        <translation>(يُعاد بعد انتهاء الغياب)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="106"/>
        <source>team %1 (rotation)</source>
        <translation>الفريق %1 (بالتناوب)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="113"/>
        <source>partner %1 (waiting for acceptance)</source>
        <translation>الشريك %1 (بانتظار القبول)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="119"/>
        <source>left unassigned</source>
        <translation>تُرك دون مسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="125"/>
        <source>the pool (nobody could take it)</source>
        <translation>المجمع (لم يتمكن أحد من أخذه)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="127"/>
        <source>the pool (the team has nobody in it)</source>
        <translation>المجمع (لا أعضاء في الفريق)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="129"/>
        <source>the pool (what the rule names is gone or inactive)</source>
        <translation>المجمع (ما تسميه القاعدة لم يعد موجودًا أو غير نشط)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="132"/>
        <source>the pool</source>
        <translation>المجمع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="142"/>
        <source>%1 skipped: on holiday until %2</source>
        <translation>تُخطّي %1: في إجازة حتى %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="144"/>
        <source>%1 skipped: on sick leave until %2</source>
        <translation>تُخطّي %1: في إجازة مرضية حتى %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="146"/>
        <source>%1 skipped: away until %2</source>
        <translation>تُخطّي %1: غائب حتى %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="150"/>
        <source>%1 skipped: inactive</source>
        <translation>تُخطّي %1: غير نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="151"/>
        <source>%1 skipped: not a working day</source>
        <translation>تُخطّي %1: ليس يوم عمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="152"/>
        <source>%1 skipped: outside working hours</source>
        <translation>تُخطّي %1: خارج ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="153"/>
        <source>%1 skipped: at the limit of %2 open leads</source>
        <translation>تُخطّي %1: بلغ الحد الأقصى وهو %2 من العملاء المحتملين المفتوحين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="156"/>
        <source>%1 skipped: at the limit of %2 new leads today</source>
        <translation>تُخطّي %1: بلغ الحد الأقصى وهو %2 من العملاء المحتملين الجدد اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="160"/>
        <source>%1 skipped</source>
        <translation>تُخطّي %1</translation>
    </message>
</context>
<context>
    <name>AssignmentRuleDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="141"/>
        <source>Edit rule</source>
        <translation>تعديل القاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="141"/>
        <source>Add a rule</source>
        <translation>إضافة قاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="153"/>
        <source>No condition: the rule takes every lead.</source>
        <translation>بلا شروط: تأخذ القاعدة كل العملاء المحتملين.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="156"/>
        <source>Add a condition</source>
        <translation>إضافة شرط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="167"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="168"/>
        <source>The source&apos;s target</source>
        <translation>مهلة المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="171"/>
        <source>Within how many working minutes of its owner the first contact is due; a lead past it is flagged and its owner told.</source>
        <translation>عدد دقائق العمل لدى المسؤول التي يجب أن يتم التواصل الأول خلالها؛ ويُعلَّم العميل المحتمل الذي يتجاوزها ويُبلَّغ مسؤوله.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="176"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="184"/>
        <source>All of these hold</source>
        <translation>تتحقق كل هذه الشروط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="185"/>
        <source>Send to</source>
        <translation>إرسال إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="186"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="187"/>
        <source>First contact within</source>
        <translation>التواصل الأول خلال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="188"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="257"/>
        <source>Condition %1 needs a value.</source>
        <translation>يحتاج الشرط %1 إلى قيمة.</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>Sends to</source>
        <translation>تُرسل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="100"/>
        <source>%1 · first contact within %2</source>
        <translation>%1 · التواصل الأول خلال %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="104"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="104"/>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../leaddesk/ui/lead/files.py" line="23"/>
        <source>%1 is %2; files above %3 are refused. The limit can be changed in Settings.</source>
        <translation>حجم %1 هو %2؛ تُرفض الملفات الأكبر من %3. يمكن تغيير الحد من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>BackupAndWelcome</name>
    <message>
        <location filename="../../leaddesk/ui/backup_and_welcome.py" line="36"/>
        <source>A server&apos;s database is backed up and restored with its own tools (pg_dump).</source>
        <translation>تُنسخ قاعدة بيانات الخادم احتياطيًا وتُستعاد بأدواته الخاصة (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backup_and_welcome.py" line="59"/>
        <source>The backup was restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backup_and_welcome.py" line="84"/>
        <source>The language you chose applies from the next start.</source>
        <translation>تُطبَّق اللغة التي اخترتها من التشغيل القادم.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="36"/>
        <source>Taken</source>
        <translation>تاريخ النسخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="36"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="36"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="43"/>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="51"/>
        <source>Before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="52"/>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="53"/>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="148"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="150"/>
        <source>Save this chart as a picture</source>
        <translation>احفظ هذا المخطط كصورة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="152"/>
        <source>As PNG…</source>
        <translation>بصيغة PNG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="153"/>
        <source>As SVG…</source>
        <translation>بصيغة SVG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="322"/>
        <source>Save the chart</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="324"/>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="324"/>
        <source>SVG drawings (*.svg)</source>
        <translation>رسومات SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="345"/>
        <location filename="../../leaddesk/ui/insights/charts.py" line="358"/>
        <source>the picture could not be saved there</source>
        <translation>تعذّر حفظ الصورة هناك</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../leaddesk/ui/board/column_model.py" line="292"/>
        <source>Likely to become a customer: %1</source>
        <translation>احتمال أن يصبح عميلًا: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/column_model.py" line="298"/>
        <source>First contact due by %1</source>
        <translation>التواصل الأول مستحق بحلول %1</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <location filename="../../leaddesk/ui/board/controller.py" line="310"/>
        <source>Move %1 to %2</source>
        <translation>نقل %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/controller.py" line="312"/>
        <source>Move %Ln leads to %1</source>
        <translation>
            <numerusform>نقل %Ln عملاء محتملين إلى %1</numerusform>
            <numerusform>نقل %Ln عميل محتمل إلى %1</numerusform>
            <numerusform>نقل %Ln عميل محتمل إلى %1</numerusform>
            <numerusform>نقل %Ln عملاء محتملين إلى %1</numerusform>
            <numerusform>نقل %Ln عميل محتمل إلى %1</numerusform>
            <numerusform>نقل %Ln عميل محتمل إلى %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="133"/>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="135"/>
        <source>A new inquiry (Ctrl+N)</source>
        <translation>استفسار جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="309"/>
        <source>Delete leads</source>
        <translation>حذف العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="310"/>
        <source>Delete %Ln lead(s)? They can be restored by an owner.</source>
        <translation>
            <numerusform>حذف %Ln عملاء محتملين؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %Ln عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %Ln عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %Ln عملاء محتملين؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %Ln عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %Ln عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="294"/>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="295"/>
        <source>Left a message</source>
        <translation>تُركت رسالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="296"/>
        <source>Talked</source>
        <translation>تحدّثنا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="297"/>
        <source>Meeting booked</source>
        <translation>تم حجز اجتماع</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="199"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="264"/>
        <source>%Ln d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="277"/>
        <source>First contact late</source>
        <translation>تأخّر التواصل الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="279"/>
        <source>Contact by %1</source>
        <translation>التواصل بحلول %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="288"/>
        <source>Overdue: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="288"/>
        <source>Next: %1</source>
        <translation>التالية: %1</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="200"/>
        <source>Complete a follow-up</source>
        <translation>إكمال متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="202"/>
        <source>%1 with %2</source>
        <translation>%1 مع %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="205"/>
        <source>What happened?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="207"/>
        <source>Schedule the next follow-up</source>
        <translation>جدولة المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="210"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="212"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="214"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="215"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="74"/>
        <source>no lowest</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="75"/>
        <source>no highest</source>
        <translation>بلا حد أعلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="76"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="77"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="108"/>
        <source>Values, separated by commas</source>
        <translation>القيم مفصولة بفواصل (,)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="67"/>
        <source>Saved by someone else meanwhile</source>
        <translation>حفظه شخص آخر في الأثناء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="72"/>
        <source>%1 saved this lead after you opened it. Nothing was overwritten. Choose, for each field, the value to keep, then save.</source>
        <translation>حفظ %1 هذا العميل المحتمل بعد أن فتحته. لم يُستبدل شيء. اختر لكل حقل القيمة التي تريد إبقاءها، ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="79"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;الحقل&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="80"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;قيمتك&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="81"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;قيمتهم&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="120"/>
        <source>Another user</source>
        <translation>مستخدم آخر</translation>
    </message>
</context>
<context>
    <name>ConversionModelPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="67"/>
        <source>Train now</source>
        <translation>درّب الآن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="68"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="95"/>
        <source>Keep these out from the next training</source>
        <translation>استبعدها من التدريب القادم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="103"/>
        <source>What weighs most</source>
        <translation>الأكثر تأثيرًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="107"/>
        <source>Fields kept out of the model</source>
        <translation>الحقول المستبعدة من النموذج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="111"/>
        <source>A field filled in only after a lead closed teaches the model the answer.</source>
        <translation>الحقل الذي يُملأ بعد إغلاق العميل المحتمل فقط يلقّن النموذج الإجابة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="175"/>
        <source>No model yet. Train one when the team has closed enough leads: it learns from leads that became customers and those that did not.</source>
        <translation>لا يوجد نموذج بعد. درّبه عندما يغلق الفريق عددًا كافيًا من العملاء المحتملين: يتعلم ممن أصبحوا عملاء وممن لم يصبحوا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="188"/>
        <source>In use since %1, trained on %2 closed leads.</source>
        <translation>مستخدم منذ %1، ودُرّب على %2 من العملاء المحتملين المغلقين.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="194"/>
        <source>On %1 closed leads it never saw: ROC AUC %2 (1 is perfect, 0.5 a coin), Brier score %3 (0 is perfect; always guessing the average gives %4), right %5 of the time at a cut-off of %6. Predicted and observed rates differ by %7 on average.</source>
        <translation>على %1 من العملاء المحتملين المغلقين الذين لم يرهم: ROC AUC ‏%2 (1 مثالي، 0.5 كرمي عملة)، ودرجة براير %3 (0 مثالية؛ تخمين المتوسط دائمًا يعطي %4)، ويصيب في %5 من الحالات عند حد %6. تختلف المعدلات المتوقعة عن الملاحظة بـ %7 في المتوسط.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="210"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="217"/>
        <source>Left out: %1</source>
        <translation>مستبعد: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="234"/>
        <source>known only after the outcome</source>
        <translation>لا يُعرف إلا بعد النتيجة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="236"/>
        <source>kept out by you</source>
        <translation>استبعدتَه أنت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="238"/>
        <source>the same for every lead</source>
        <translation>متماثل لكل العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="247"/>
        <source>The last training was not kept: %1</source>
        <translation>لم يُحتفظ بآخر تدريب: %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldFilter</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="92"/>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="100"/>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="106"/>
        <source>contains…</source>
        <translation>يحتوي على…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="140"/>
        <source>Add a field…</source>
        <translation>إضافة حقل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="141"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="142"/>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="186"/>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="146"/>
        <source>Every lead&apos;s form shows these fields, and the board and the leads table can filter by them. A retired field is hidden; the leads keep its values.</source>
        <translation>يعرض نموذج كل عميل محتمل هذه الحقول، ويمكن تصفية اللوحة وجدول العملاء المحتملين بها. الحقل الموقوف مخفي؛ ويحتفظ العملاء المحتملون بقيمه.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="186"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="31"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="33"/>
        <location filename="../../leaddesk/ui/window_actions.py" line="39"/>
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>قواعد بيانات ليد ديسك (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="39"/>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="46"/>
        <source>Connect to server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="47"/>
        <source>Server address, e.g. postgresql://maria@crm.example.com/leaddesk</source>
        <translation>عنوان الخادم، مثل postgresql://maria@crm.example.com/leaddesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="54"/>
        <source>About LeadDesk</source>
        <translation>حول ليد ديسك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="55"/>
        <source>LeadDesk %1
Lead management for small sales teams.

Database: %2</source>
        <translation>ليد ديسك %1
إدارة العملاء المحتملين لفرق المبيعات الصغيرة.

قاعدة البيانات: %2</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="114"/>
        <source>Won: confirm the deal value</source>
        <translation>صفقة رابحة: أكّد قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="117"/>
        <source>%1 becomes a customer. What is the deal worth?</source>
        <translation>أصبح %1 عميلاً. ما قيمة الصفقة؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="126"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="136"/>
        <source>Won with no value?</source>
        <translation>فوز بدون قيمة؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="137"/>
        <source>The deal value is 0. Mark the lead as won without a value?</source>
        <translation>قيمة الصفقة 0. هل تريد تسجيل الفوز بالعميل بدون قيمة؟</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="23"/>
        <source>A rep</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="24"/>
        <source>A team (rotation)</source>
        <translation>فريق (بالتناوب)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="25"/>
        <source>A partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="26"/>
        <source>The pool</source>
        <translation>المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="27"/>
        <source>Nobody (left unassigned)</source>
        <translation>لا أحد (يبقى غير مسنَد)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="35"/>
        <source>Rep %1</source>
        <translation>المندوب %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="36"/>
        <source>Team %1 (rotation)</source>
        <translation>الفريق %1 (بالتناوب)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="37"/>
        <source>Partner %1</source>
        <translation>الشريك %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="41"/>
        <source>(not chosen)</source>
        <translation>(لم يُحدَّد)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="48"/>
        <source>Qualification</source>
        <translation>التأهيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="49"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="50"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="51"/>
        <source>Web form</source>
        <translation>نموذج الويب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="53"/>
        <source>First contact</source>
        <translation>التواصل الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="69"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 من %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="71"/>
        <source>%1 at least %2</source>
        <translation>%1 %2 على الأقل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="73"/>
        <source>%1 at most %3</source>
        <translation>%1 %3 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="77"/>
        <source>%1 %2</source>
        <translation>حقل %1 %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="81"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="85"/>
        <source>%1 %2 %3</source>
        <translation>حقل %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="99"/>
        <source>Every lead</source>
        <translation>كل العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="100"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="106"/>
        <source>Holiday</source>
        <translation>إجازة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="107"/>
        <source>Sick leave</source>
        <translation>إجازة مرضية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="108"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="115"/>
        <source>Distributor</source>
        <translation>موزّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="116"/>
        <source>Reseller</source>
        <translation>معيد بيع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="117"/>
        <source>Broker</source>
        <translation>وسيط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="118"/>
        <source>Agent</source>
        <translation>وكيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="132"/>
        <source>A rule needs a name of 1 to 120 characters.</source>
        <translation>تحتاج القاعدة إلى اسم من 1 إلى 120 محرفًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="135"/>
        <source>Choose the rep, team or partner to send leads to.</source>
        <translation>اختر المندوب أو الفريق أو الشريك الذي يُرسَل إليه العملاء المحتملون.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="138"/>
        <source>A condition needs a field.</source>
        <translation>يحتاج الشرط إلى حقل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="139"/>
        <source>A rule cannot read this field.</source>
        <translation>لا يمكن للقاعدة قراءة هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="140"/>
        <source>This condition needs a value.</source>
        <translation>يحتاج هذا الشرط إلى قيمة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="141"/>
        <source>A weight is a whole number from 1 to 10.</source>
        <translation>الوزن عدد صحيح من 1 إلى 10.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="144"/>
        <source>A team needs a name of 1 to 120 characters.</source>
        <translation>يحتاج الفريق إلى اسم من 1 إلى 120 محرفًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="147"/>
        <source>There is a team of that name already.</source>
        <translation>يوجد فريق بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="150"/>
        <source>An absence ends on or after the day it starts.</source>
        <translation>تنتهي فترة الغياب في يوم بدايتها أو بعده.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="153"/>
        <source>Choose a time zone from the list (such as Europe/Warsaw).</source>
        <translation>اختر منطقة زمنية من القائمة (مثل Europe/Warsaw).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="156"/>
        <source>A partner needs a name of 1 to 200 characters.</source>
        <translation>يحتاج الشريك إلى اسم من 1 إلى 200 محرف.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="159"/>
        <source>Choose the kind of partner.</source>
        <translation>اختر نوع الشريك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="160"/>
        <source>Choose how many hours the partner has to answer.</source>
        <translation>اختر عدد الساعات المتاحة للشريك كي يرد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="163"/>
        <source>Not a valid email address.</source>
        <translation>ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="86"/>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="19"/>
        <location filename="../../leaddesk/ui/names/distribution.py" line="164"/>
        <source>A first-contact target is 1 minute to a week.</source>
        <translation>مهلة التواصل الأول من دقيقة واحدة إلى أسبوع.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="22"/>
        <source>A claim lasts 1 to 336 hours (two weeks).</source>
        <translation>تستمر مهلة الأخذ من ساعة واحدة إلى 336 ساعة (أسبوعان).</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="36"/>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="37"/>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="38"/>
        <source>Working time and absences</source>
        <translation>أوقات العمل والغياب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="39"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
</context>
<context>
    <name>DistributionSweeper</name>
    <message>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="215"/>
        <source>%1 – first contact was due at %2</source>
        <translation>%1 – كان التواصل الأول مستحقًا في %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="203"/>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="221"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>و%Ln عملاء محتملين آخرين</numerusform>
            <numerusform>و%Ln عميل محتمل آخر</numerusform>
            <numerusform>و%Ln عميلان محتملان آخران</numerusform>
            <numerusform>و%Ln عملاء محتملين آخرين</numerusform>
            <numerusform>و%Ln عميلًا محتملًا آخر</numerusform>
            <numerusform>و%Ln عميل محتمل آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="223"/>
        <source>%Ln lead(s) past the first-contact target</source>
        <translation>
            <numerusform>تجاوز %Ln عملاء محتملين مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميل محتمل مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميلان محتملان مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عملاء محتملين مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميلًا محتملًا مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميل محتمل مهلة التواصل الأول</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="197"/>
        <source>%1 – back to the pool at %2</source>
        <translation>%1 – يعود إلى المجمّع في %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="205"/>
        <source>%Ln claim(s) running out</source>
        <translation>
            <numerusform>توشك مهلة أخذ %Ln عملاء محتملين على الانتهاء</numerusform>
            <numerusform>توشك مهلة أخذ %Ln عميل محتمل على الانتهاء</numerusform>
            <numerusform>توشك مهلة أخذ %Ln عميلين محتملين على الانتهاء</numerusform>
            <numerusform>توشك مهلة أخذ %Ln عملاء محتملين على الانتهاء</numerusform>
            <numerusform>توشك مهلة أخذ %Ln عميلًا محتملًا على الانتهاء</numerusform>
            <numerusform>توشك مهلة أخذ %Ln عميل محتمل على الانتهاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateRules</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="101"/>
        <source>same record id</source>
        <translation>نفس معرّف السجل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="102"/>
        <source>same email</source>
        <translation>نفس البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="103"/>
        <source>same phone number</source>
        <translation>نفس رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="104"/>
        <source>similar names at the same company</source>
        <translation>أسماء متشابهة في الشركة نفسها</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="38"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="39"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="40"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="41"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="42"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="43"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="44"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="45"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="172"/>
        <source>%1 leads · %2 · score %3</source>
        <translation>%1 عميل محتمل · %2 · الدرجة %3</translation>
    </message>
</context>
<context>
    <name>DuplicatesScreen</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="63"/>
        <source>How alike two names at the same company must be (100: the same words) to count as one person. Same email, phone or record id always counts.</source>
        <translation>مدى التشابه المطلوب بين اسمين في الشركة نفسها (100: الكلمات نفسها) ليُعدّا شخصًا واحدًا. تطابق البريد الإلكتروني أو الهاتف أو معرّف السجل يُحتسب دائمًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="67"/>
        <source>Scan</source>
        <translation>فحص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="70"/>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="187"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="74"/>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="236"/>
        <source>Scan to find leads entered more than once.</source>
        <translation>افحص للعثور على العملاء المحتملين المُدخَلين أكثر من مرة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="96"/>
        <source>Similar names from score:</source>
        <translation>الأسماء المتشابهة ابتداءً من درجة:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="120"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن المكررات…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="125"/>
        <source>The scan was cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="155"/>
        <source>%1 groups of likely duplicates, the surest first.</source>
        <translation>%1 مجموعة من المكررات المحتملة، الأكثر يقينًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="157"/>
        <source>No likely duplicates found.</source>
        <translation>لم يُعثر على مكررات محتملة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="190"/>
        <source>Open lead</source>
        <translation>فتح العميل المحتمل</translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="26"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="36"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="37"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="38"/>
        <source>None (not encrypted)</source>
        <translation>بدون (غير مشفّر)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="44"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="46"/>
        <source>Kept in your system&apos;s keyring.</source>
        <translation>تُحفظ في سلسلة مفاتيح نظامك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="48"/>
        <source>No keyring works here: asked for once per session.</source>
        <translation>لا تعمل سلسلة مفاتيح هنا: تُطلب مرة واحدة في كل جلسة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="59"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="62"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="63"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="64"/>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="65"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="66"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="68"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="69"/>
        <source>Your email address</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="116"/>
        <source>Your email address: %1</source>
        <translation>عنوان بريدك الإلكتروني: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="118"/>
        <source>Give your email address: messages are sent from it.</source>
        <translation>أدخل عنوان بريدك الإلكتروني: تُرسل الرسائل منه.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="29"/>
        <source>Lead %1 was changed by somebody else meanwhile; nothing was overwritten. Your change was not saved: apply it again to the lead as it is now.</source>
        <translation>غيّر شخص آخر العميل المحتمل %1 في هذه الأثناء؛ لم يُستبدل شيء. لم يُحفظ تغييرك: طبّقه مرة أخرى على العميل المحتمل كما هو الآن.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="35"/>
        <source>%1 was changed by somebody else meanwhile; nothing was overwritten. Apply your change again to it as it is now.</source>
        <translation>غيّر شخص آخر %1 في هذه الأثناء؛ لم يُستبدل شيء. طبّق تغييرك مرة أخرى عليه كما هو الآن.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="41"/>
        <source>Somebody else changed this meanwhile; nothing was overwritten. Apply your change again to it as it is now.</source>
        <translation>غيّر شخص آخر هذا في هذه الأثناء؛ لم يُستبدل شيء. طبّق تغييرك مرة أخرى عليه كما هو الآن.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="51"/>
        <source>This lead no longer exists (it may have been deleted).</source>
        <translation>لم يعد هذا العميل المحتمل موجودًا (ربما حُذف).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="54"/>
        <source>This template no longer exists.</source>
        <translation>لم يعد هذا القالب موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="55"/>
        <source>This follow-up no longer exists.</source>
        <translation>لم تعد هذه المتابعة موجودة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="56"/>
        <source>This person no longer exists.</source>
        <translation>لم يعد هذا الشخص موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="57"/>
        <source>This file is no longer attached.</source>
        <translation>لم يعد هذا الملف مرفقًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="58"/>
        <source>This batch of messages no longer exists.</source>
        <translation>لم تعد هذه الدفعة من الرسائل موجودة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="61"/>
        <source>This message no longer exists.</source>
        <translation>لم تعد هذه الرسالة موجودة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="62"/>
        <source>This web form no longer exists.</source>
        <translation>لم يعد نموذج الويب هذا موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="65"/>
        <source>This record no longer exists.</source>
        <translation>لم يعد هذا السجل موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="83"/>
        <source>Other people were changing the same records at the same moment; LeadDesk tried %1 times and could not get through. Nothing was saved: try again.</source>
        <translation>كان آخرون يغيّرون السجلات نفسها في اللحظة نفسها؛ حاول LeadDesk %1 مرات ولم يتمكن من إتمام التغيير. لم يُحفظ شيء: حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="89"/>
        <source>Another change to the same records got in the way; nothing was saved. Try again.</source>
        <translation>اعترض تغييرٌ آخر على السجلات نفسها؛ لم يُحفظ شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="102"/>
        <source>the capture service (process %1)</source>
        <translation>خدمة الالتقاط (العملية %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="104"/>
        <source>another LeadDesk (process %1)</source>
        <translation>نسخة أخرى من LeadDesk (العملية %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="106"/>
        <source>%2 (process %1)</source>
        <translation>%2 (العملية %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="118"/>
        <source>another LeadDesk or the capture service</source>
        <translation>نسخة أخرى من LeadDesk أو خدمة الالتقاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="120"/>
        <source>The database %1 is busy: %2 is writing to it and did not finish in time. Nothing was saved; try again in a moment.</source>
        <translation>قاعدة البيانات %1 مشغولة: %2 يكتب فيها ولم ينتهِ في الوقت المحدد. لم يُحفظ شيء؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="134"/>
        <source>The sender address %1 contains a line break; no email can be sent from it. Correct it in Settings.</source>
        <translation>عنوان المرسل %1 يحتوي على فاصل أسطر؛ لا يمكن إرسال أي بريد منه. صحّحه في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="139"/>
        <source>The sender address %1 contains a control character; no email can be sent from it. Correct it in Settings.</source>
        <translation>عنوان المرسل %1 يحتوي على محرف تحكم؛ لا يمكن إرسال أي بريد منه. صحّحه في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="144"/>
        <source>The sender address %1 is not an email address; no email can be sent from it. Correct it in Settings.</source>
        <translation>عنوان المرسل %1 ليس عنوان بريد إلكتروني؛ لا يمكن إرسال أي بريد منه. صحّحه في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="152"/>
        <source>The recipient&apos;s address %1 contains a line break; it cannot be sent to. Correct the lead&apos;s email address, then retry the message.</source>
        <translation>عنوان المستلم %1 يحتوي على فاصل أسطر؛ لا يمكن الإرسال إليه. صحّح البريد الإلكتروني للعميل المحتمل، ثم أعد محاولة إرسال الرسالة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="157"/>
        <source>The recipient&apos;s address %1 contains a control character; it cannot be sent to. Correct the lead&apos;s email address, then retry the message.</source>
        <translation>عنوان المستلم %1 يحتوي على محرف تحكم؛ لا يمكن الإرسال إليه. صحّح البريد الإلكتروني للعميل المحتمل، ثم أعد محاولة إرسال الرسالة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="162"/>
        <source>The recipient&apos;s address %1 is not an email address; it cannot be sent to. Correct the lead&apos;s email address, then retry the message.</source>
        <translation>عنوان المستلم %1 ليس عنوان بريد إلكتروني؛ لا يمكن الإرسال إليه. صحّح البريد الإلكتروني للعميل المحتمل، ثم أعد محاولة إرسال الرسالة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="175"/>
        <source>The new model was not kept: no field is left to learn from (every one was excluded, the same for every lead, or filled in after the outcome).</source>
        <translation>لم يُحتفظ بالنموذج الجديد: لم يبقَ حقل يُتعلّم منه (كلها مستبعدة أو متماثلة أو تُملأ بعد النتيجة).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="181"/>
        <source>The new model was not kept: on the leads it did not see, its Brier score %1 is no better than always saying the base rate (%2). The fields given do not predict who becomes a customer well enough; the model in use (if any) stays.</source>
        <translation>لم يُحتفظ بالنموذج الجديد: على العملاء المحتملين الذين لم يرهم، درجة براير %1 ليست أفضل من ذكر المعدل الأساسي دائمًا (%2). لا تتنبأ الحقول جيدًا بمن سيصبح عميلًا؛ يبقى النموذج المستخدم (إن وجد).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="188"/>
        <source>The new model was not kept: on the leads it did not see, its ROC AUC %1 is not above %2. The fields given do not predict who becomes a customer well enough; the model in use (if any) stays.</source>
        <translation>لم يُحتفظ بالنموذج الجديد: على العملاء المحتملين الذين لم يرهم، قيمة ROC AUC ‏%1 لا تتجاوز %2. لا تتنبأ الحقول جيدًا بمن سيصبح عميلًا؛ يبقى النموذج المستخدم (إن وجد).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="202"/>
        <source>Moving a lead to %1 needs a reason.</source>
        <translation>نقل عميل محتمل إلى %1 يحتاج إلى سبب.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="205"/>
        <source>Only a customer can become Inactive (a former customer); this lead is %1.</source>
        <translation>العميل فقط يمكن أن يصبح غير نشط (عميل سابق)؛ هذا العميل المحتمل في مرحلة %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="212"/>
        <source>There is no stage %1.</source>
        <translation>لا توجد مرحلة %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="215"/>
        <source>The follow-up %1 is already done.</source>
        <translation>المتابعة %1 منجزة بالفعل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="218"/>
        <source>There is nobody with the email address %1.</source>
        <translation>لا يوجد أحد بعنوان البريد الإلكتروني %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="221"/>
        <source>This is the last active owner; make someone else an owner first.</source>
        <translation>هذا آخر مالك نشط؛ اجعل شخصًا آخر مالكًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="225"/>
        <source>The template %1 has no text to send.</source>
        <translation>القالب %1 لا يحتوي على نص للإرسال.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="228"/>
        <source>The template %1 is retired; restore it first.</source>
        <translation>القالب %1 متقاعد؛ استعده أولًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="231"/>
        <source>Email is not set up: add your SMTP server and sender address in Settings.</source>
        <translation>البريد الإلكتروني غير مُعدّ: أضف خادم SMTP وعنوان المرسل في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="235"/>
        <source>Somebody else claimed lead %1 first.</source>
        <translation>سبقك شخص آخر إلى استلام العميل المحتمل %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="237"/>
        <source>A card cannot be placed next to itself.</source>
        <translation>لا يمكن وضع بطاقة بجانب نفسها.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="240"/>
        <source>The card next to the drop place no longer exists; drop it again.</source>
        <translation>البطاقة المجاورة لمكان الإفلات لم تعد موجودة؛ أفلِت البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="244"/>
        <source>The card next to the drop place is no longer in %1; drop it again.</source>
        <translation>البطاقة المجاورة لمكان الإفلات لم تعد في %1؛ أفلِت البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="250"/>
        <source>Lead %1 is not among the deleted leads.</source>
        <translation>العميل المحتمل %1 ليس بين العملاء المحتملين المحذوفين.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="252"/>
        <source>That product no longer exists.</source>
        <translation>لم يعد هذا المنتج موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="256"/>
        <source>There is a source named %1 already.</source>
        <translation>يوجد مصدر باسم %1 بالفعل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="258"/>
        <source>LeadDesk&apos;s own sources are named by the app in each language.</source>
        <translation>مصادر LeadDesk الخاصة يسمّيها التطبيق بكل لغة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="262"/>
        <source>There is a custom field named %1 already.</source>
        <translation>يوجد حقل مخصص باسم %1 بالفعل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="265"/>
        <source>A choice field needs at least one choice.</source>
        <translation>يحتاج حقل الاختيار إلى خيار واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="269"/>
        <source>A choice field holds at most %1 choices.</source>
        <translation>يتسع حقل الاختيار لـ %1 خيار على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="273"/>
        <source>Lead %1 holds &quot;%2&quot; in %3, which a field of this kind cannot hold; change that lead first.</source>
        <translation>يحتوي العميل المحتمل %1 على «%2» في %3، وهي قيمة لا يقبلها حقل من هذا النوع؛ غيّر ذلك العميل المحتمل أولًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="282"/>
        <source>That custom field no longer exists.</source>
        <translation>لم يعد هذا الحقل المخصص موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="285"/>
        <source>An automatic email needs the address it is sent from.</source>
        <translation>يحتاج البريد الإلكتروني التلقائي إلى العنوان الذي يُرسل منه.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="289"/>
        <source>There is no saved mapping named %1.</source>
        <translation>لا يوجد تعيين محفوظ باسم %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="291"/>
        <source>That source is not on the list of sources.</source>
        <translation>هذا المصدر ليس في قائمة المصادر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="295"/>
        <source>%1 was imported in full already; importing it again would find only duplicates. Undo that import first, or import it again on purpose.</source>
        <translation>استُورد %1 بالكامل من قبل؛ واستيراده مرة أخرى لن يجد إلا مكررات. تراجع عن ذلك الاستيراد أولًا، أو استورده مرة أخرى عن قصد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="302"/>
        <source>This import was undone already.</source>
        <translation>تم التراجع عن هذا الاستيراد من قبل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="305"/>
        <source>That is not one of the choices offered.</source>
        <translation>هذا ليس من الخيارات المعروضة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="308"/>
        <source>That segment no longer exists.</source>
        <translation>لم تعد هذه الشريحة موجودة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="311"/>
        <source>That campaign no longer exists.</source>
        <translation>لم تعد هذه الحملة موجودة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="314"/>
        <source>That person no longer exists.</source>
        <translation>لم يعد هذا الشخص موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="317"/>
        <source>That person is no longer active; choose someone else to own the lead.</source>
        <translation>هذا الشخص لم يعد نشطًا؛ اختر شخصًا آخر ليملك العميل المحتمل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="320"/>
        <source>That person no longer exists or is no longer active.</source>
        <translation>هذا الشخص لم يعد موجودًا أو لم يعد نشطًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="323"/>
        <source>That team no longer exists.</source>
        <translation>هذا الفريق لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="324"/>
        <source>This lead is not waiting for a partner&apos;s answer any more.</source>
        <translation>هذا العميل المحتمل لم يعد بانتظار رد الشريك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="327"/>
        <source>Email is sent by LeadDesk itself, not confirmed by hand.</source>
        <translation>يرسل LeadDesk البريد الإلكتروني بنفسه، ولا يُؤكَّد يدويًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="331"/>
        <source>The message to %1 was already dealt with.</source>
        <translation>تمت معالجة الرسالة إلى %1 بالفعل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="335"/>
        <source>The message to %1 is not waiting for a decision any more.</source>
        <translation>الرسالة إلى %1 لم تعد تنتظر قرارًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="341"/>
        <source>Cannot use the database %1: %2</source>
        <translation>تعذّر استخدام قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="351"/>
        <source>The message to %1 has no usable Message-ID; it cannot be sent as it is. Queue it again to this lead.</source>
        <translation>الرسالة إلى %1 ليس لها معرّف Message-ID صالح؛ لا يمكن إرسالها كما هي. أضفها إلى قائمة الانتظار مجددًا لهذا العميل المحتمل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="359"/>
        <source>Somebody else&apos;s unfinished change on %1 held these records too long; nothing was saved. Try again in a moment.</source>
        <translation>أبقى تغييرٌ غير مكتمل لشخص آخر على %1 هذه السجلات محجوزة مدة طويلة؛ لم يُحفظ شيء. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="367"/>
        <source>You may not change this lead: your database login is not allowed to. Nothing was saved.</source>
        <translation>لا يمكنك تغيير هذا العميل المحتمل: حساب الدخول إلى قاعدة البيانات لا يملك هذه الصلاحية. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="372"/>
        <source>Choose at least two leads to merge; nothing was merged.</source>
        <translation>اختر عميلَين محتملَين على الأقل للدمج؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="375"/>
        <source>A lead cannot be merged into itself; nothing was merged.</source>
        <translation>لا يمكن دمج عميل محتمل في نفسه؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="379"/>
        <source>Lead %1 was deleted or merged into another lead meanwhile, so it cannot be merged; nothing was merged. Scan for duplicates again.</source>
        <translation>حُذف العميل المحتمل %1 أو دُمج في عميل محتمل آخر في هذه الأثناء، لذا لا يمكن دمجه؛ لم يُدمج شيء. افحص المكررات مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="387"/>
        <source>The merge cannot choose the field %1; nothing was merged.</source>
        <translation>لا يمكن للدمج اختيار الحقل %1؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="393"/>
        <source>The merge into lead %1 was undone already; nothing was changed.</source>
        <translation>تم التراجع عن الدمج في العميل المحتمل %1 من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="398"/>
        <source>This merge no longer exists (its lead was removed); nothing was changed.</source>
        <translation>لم يعد هذا الدمج موجودًا (أُزيل عميله المحتمل)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="401"/>
        <source>The scan for duplicates was cancelled; nothing was changed.</source>
        <translation>أُلغي فحص المكررات؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="404"/>
        <source>You may not make this change: your database login is not allowed to. Nothing was saved.</source>
        <translation>لا يمكنك إجراء هذا التغيير: حساب الدخول إلى قاعدة البيانات لا يملك هذه الصلاحية. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="410"/>
        <source>The database file %1 is read-only here; nothing was saved.</source>
        <translation>ملف قاعدة البيانات %1 للقراءة فقط هنا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="416"/>
        <source>The database file %1 is read-only for you, and LeadDesk needs to write to it. Make it writable, or open a copy of it; nothing in it was changed.</source>
        <translation>ملف قاعدة البيانات %1 للقراءة فقط بالنسبة إليك، ويحتاج LeadDesk إلى الكتابة فيه. اجعله قابلًا للكتابة أو افتح نسخة منه؛ لم يتغيّر فيه شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="424"/>
        <source>LeadDesk cannot use the database file %1: its folder %2 is read-only for you, and SQLite keeps its working files beside the database. Make the folder writable, or move the file; nothing was changed.</source>
        <translation>لا يستطيع LeadDesk استخدام ملف قاعدة البيانات %1: مجلده %2 للقراءة فقط بالنسبة إليك، وSQLite يحفظ ملفات عمله بجانب قاعدة البيانات. اجعل المجلد قابلًا للكتابة أو انقل الملف؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="434"/>
        <source>There is no web form %1 (Settings ▸ Web forms lists them); nothing was saved.</source>
        <translation>لا يوجد نموذج ويب %1 (تجد القائمة في الإعدادات ▸ نماذج الويب)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="441"/>
        <source>The web form %1 is retired and takes no more submissions; nothing was saved. Bring it back in Settings ▸ Web forms, or use another form.</source>
        <translation>نموذج الويب %1 موقوف ولم يعد يستقبل إرسالات؛ لم يُحفظ شيء. أعد تفعيله من الإعدادات ▸ نماذج الويب، أو استخدم نموذجًا آخر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="449"/>
        <source>The web form %1 was posted without its secret token, or with an old one; nothing was saved. Put the form&apos;s current snippet (Settings ▸ Web forms) on the site.</source>
        <translation>أُرسل نموذج الويب %1 بدون رمزه السري، أو برمز قديم؛ لم يُحفظ شيء. ضع مقتطف الشيفرة الحالي للنموذج (الإعدادات ▸ نماذج الويب) على الموقع.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="458"/>
        <source>The backup %1 is damaged or is no LeadDesk database; nothing was restored and the database is as it was.</source>
        <translation>النسخة الاحتياطية %1 تالفة أو ليست قاعدة بيانات LeadDesk؛ لم يُستعد شيء وبقيت قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="465"/>
        <source>LeadDesk restores only database files; restore a server&apos;s database with its own tools (pg_restore, mariadb).</source>
        <translation>يستعيد LeadDesk ملفات قواعد البيانات فقط؛ استعد قاعدة بيانات الخادم بأدواته الخاصة (pg_restore، mariadb).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="471"/>
        <source>The database %1 refused the login: %2</source>
        <translation>رفضت قاعدة البيانات %1 تسجيل الدخول: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="476"/>
        <source>Too little history to learn from: %1 closed leads (%2 customers, %3 not). The model needs at least %4 closed leads with at least %5 of each outcome; the model in use (if any) stays.</source>
        <translation>السجل أقل من أن يُتعلّم منه: %1 من العملاء المحتملين المغلقين (%2 عملاء، %3 غير ذلك). يحتاج النموذج إلى %4 على الأقل مع %5 على الأقل من كل نتيجة؛ يبقى النموذج المستخدم (إن وجد).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="489"/>
        <source>The new model was not kept; the model in use (if any) stays.</source>
        <translation>لم يُحتفظ بالنموذج الجديد؛ يبقى النموذج المستخدم (إن وجد).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="25"/>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation>الملف %1 فارغ: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="30"/>
        <source>The file %1 is not a table of text (it may be a program or a picture); import a CSV, TSV, Excel .xlsx or vCard file.</source>
        <translation>الملف %1 ليس جدولًا نصيًا (ربما يكون برنامجًا أو صورة)؛ استورد ملف CSV أو TSV أو Excel .xlsx أو vCard.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="37"/>
        <source>The file %1 has no header row: its first row must name the columns.</source>
        <translation>الملف %1 بلا صف عناوين: يجب أن يحمل صفه الأول أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="42"/>
        <source>The workbook %1 cannot be read (password-protected, an old .xls or damaged); open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>تعذّرت قراءة المصنف %1 (محمي بكلمة مرور، أو بصيغة .xls قديمة، أو تالف)؛ افتحه في Excel واحفظه مجددًا بصيغة .xlsx أو CSV.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="49"/>
        <source>The file %1 has more columns than can be imported; is the delimiter right?</source>
        <translation>يحتوي الملف %1 على أعمدة أكثر مما يمكن استيراده؛ هل الفاصل صحيح؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="54"/>
        <source>The file %1 has no such sheet.</source>
        <translation>لا توجد في الملف %1 ورقة كهذه.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="56"/>
        <source>The file %1 is larger than a contacts file can be (200 MB at most).</source>
        <translation>الملف %1 أكبر مما يمكن أن يكون عليه ملف جهات اتصال (200 م.ب على الأكثر).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="61"/>
        <source>The file %1 cannot be opened: it may have been moved, or you may not be allowed to read it.</source>
        <translation>تعذّر فتح الملف %1: ربما نُقل، أو ربما لا يُسمح لك بقراءته.</translation>
    </message>
</context>
<context>
    <name>EventTag</name>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="65"/>
        <source>Visited the solutions page</source>
        <translation>زار صفحة الحلول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="66"/>
        <source>Visited the pricing page</source>
        <translation>زار صفحة الأسعار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="67"/>
        <source>Downloaded the user guide</source>
        <translation>نزّل دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="68"/>
        <source>Attended a webinar</source>
        <translation>حضر ندوة عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="69"/>
        <source>Requested a quote</source>
        <translation>طلب عرض سعر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="70"/>
        <source>Opened an email</source>
        <translation>فتح رسالة بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>ExcludedModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="96"/>
        <source>Keep out of the model</source>
        <translation>استبعد من النموذج</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="68"/>
        <source>Edit field</source>
        <translation>تعديل الحقل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="68"/>
        <source>Add a field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="87"/>
        <source>One choice per line</source>
        <translation>خيار واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="88"/>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="91"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="92"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>FieldKind</name>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="15"/>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="16"/>
        <source>Yes/no</source>
        <translation>نعم/لا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="17"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="18"/>
        <source>Choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="19"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="30"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="32"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="88"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="89"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="90"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="91"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="92"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="93"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="94"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="95"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="96"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="97"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="98"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="99"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="100"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="101"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="102"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="103"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="104"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="105"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="106"/>
        <source>Own fields</source>
        <translation>الحقول الخاصة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="107"/>
        <source>Social profiles</source>
        <translation>حسابات التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="108"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="109"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="110"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="111"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="112"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="113"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="114"/>
        <source>Fields of the form</source>
        <translation>حقول النموذج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="115"/>
        <source>Page after sending</source>
        <translation>الصفحة بعد الإرسال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="116"/>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="52"/>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="52"/>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="53"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="35"/>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="37"/>
        <source>Check that the first rows look right; if letters are garbled, try another encoding.</source>
        <translation>تحقّق من أن الصفوف الأولى تبدو صحيحة؛ إذا ظهرت الحروف مشوّهة، فجرّب ترميزًا آخر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="43"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="60"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="61"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="62"/>
        <source>Delimiter:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="63"/>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="85"/>
        <source>Comma (,)</source>
        <translation>فاصلة (,)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="86"/>
        <source>Semicolon (;)</source>
        <translation>فاصلة منقوطة (;)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="87"/>
        <source>Tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="88"/>
        <source>Vertical bar (|)</source>
        <translation>شريط عمودي (|)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="94"/>
        <source>Unicode (UTF-8)</source>
        <translation>يونيكود (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="95"/>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>يونيكود (UTF-8 مع BOM)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="96"/>
        <source>Unicode (UTF-16)</source>
        <translation>يونيكود (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="97"/>
        <source>Unicode (UTF-16 LE)</source>
        <translation>يونيكود (UTF-16 LE)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="98"/>
        <source>Unicode (UTF-16 BE)</source>
        <translation>يونيكود (UTF-16 BE)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="99"/>
        <source>Unicode (UTF-32)</source>
        <translation>يونيكود (UTF-32)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="100"/>
        <source>Central European (Windows-1250)</source>
        <translation>أوروبا الوسطى (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="101"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>أوروبا الوسطى (ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="102"/>
        <source>Western (Windows-1252)</source>
        <translation>غربي (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="103"/>
        <source>Arabic (Windows-1256)</source>
        <translation>عربي (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="104"/>
        <source>Western (ISO-8859-1)</source>
        <translation>غربي (ISO-8859-1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="110"/>
        <source>Text table (CSV/TSV)</source>
        <translation>جدول نصي (CSV/TSV)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="111"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="112"/>
        <source>Contacts (vCard)</source>
        <translation>جهات اتصال (vCard)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="120"/>
        <source>Import leads</source>
        <translation>استيراد العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="122"/>
        <source>Lead files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>ملفات العملاء المحتملين (*.csv *.tsv *.txt *.xlsx *.vcf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="148"/>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/banner.py" line="32"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="48"/>
        <source>Search name, company, email, phone…</source>
        <translation>ابحث بالاسم أو الشركة أو البريد أو الهاتف…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="53"/>
        <source>Everyone&apos;s leads</source>
        <translation>عملاء الجميع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="54"/>
        <source>My leads</source>
        <translation>عملائي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="55"/>
        <source>Unassigned pool</source>
        <translation>المجمع غير المسند</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="61"/>
        <source>Manual order</source>
        <translation>الترتيب اليدوي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="62"/>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="123"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="63"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="64"/>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="65"/>
        <source>Days in stage</source>
        <translation>الأيام في المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="66"/>
        <source>Most likely to convert</source>
        <translation>الأكثر احتمالًا للتحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="74"/>
        <source>Save view…</source>
        <translation>حفظ العرض…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="77"/>
        <source>Delete view</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="80"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="82"/>
        <source>Any source</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="83"/>
        <source>Any campaign</source>
        <translation>أي حملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="84"/>
        <source>Any product</source>
        <translation>أي منتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="85"/>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="95"/>
        <source>Any qualification</source>
        <translation>أي تأهيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="96"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="97"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="98"/>
        <source>MQL or SQL</source>
        <translation>MQL أو SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="101"/>
        <source>Leads by the scoring thresholds they have reached</source>
        <translation>العملاء المحتملون حسب حدود التقييم التي بلغوها</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="87"/>
        <source>Any custom field</source>
        <translation>أي حقل مخصص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="105"/>
        <source>Any follow-up</source>
        <translation>أي متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="106"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="107"/>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="108"/>
        <source>Due this week</source>
        <translation>مستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="109"/>
        <source>Nothing planned</source>
        <translation>لا شيء مخطط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="117"/>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="119"/>
        <source>View:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="239"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="240"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="243"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="241"/>
        <source>(unsaved)</source>
        <translation>(غير محفوظ)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="255"/>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="255"/>
        <source>Name of this view:</source>
        <translation>اسم هذا العرض:</translation>
    </message>
</context>
<context>
    <name>FirstResponseRulesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="48"/>
        <source>New leads from</source>
        <translation>العملاء المحتملون الجدد من</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="49"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="50"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="51"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="52"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="60"/>
        <source>Web form %1</source>
        <translation>نموذج الويب %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="69"/>
        <source>at once</source>
        <translation>فورًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="71"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstResponsesPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="203"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="204"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="206"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="178"/>
        <source>Schedule a follow-up</source>
        <translation>جدولة متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="180"/>
        <source>Next step with %1</source>
        <translation>الخطوة التالية مع %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="182"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="187"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="188"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="189"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="76"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="77"/>
        <source>%Ln follow-up(s) overdue.</source>
        <translation>
            <numerusform>لا متابعات متأخرة.</numerusform>
            <numerusform>متابعة واحدة متأخرة.</numerusform>
            <numerusform>متابعتان متأخرتان.</numerusform>
            <numerusform>%Ln متابعات متأخرة.</numerusform>
            <numerusform>%Ln متابعة متأخرة.</numerusform>
            <numerusform>%Ln متابعة متأخرة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="85"/>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="95"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>و%Ln أخرى</numerusform>
            <numerusform>وواحدة أخرى</numerusform>
            <numerusform>واثنتان أخريان</numerusform>
            <numerusform>و%Ln أخرى</numerusform>
            <numerusform>و%Ln أخرى</numerusform>
            <numerusform>و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="96"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>لا متابعات مستحقة</numerusform>
            <numerusform>متابعة واحدة مستحقة</numerusform>
            <numerusform>متابعتان مستحقتان</numerusform>
            <numerusform>%Ln متابعات مستحقة</numerusform>
            <numerusform>%Ln متابعة مستحقة</numerusform>
            <numerusform>%Ln متابعة مستحقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="28"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="29"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="30"/>
        <source>Lead</source>
        <translation>العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="31"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="32"/>
        <source>Assigned to</source>
        <translation>مسندة إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="80"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="60"/>
        <source>My follow-ups</source>
        <translation>متابعاتي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="61"/>
        <source>Everyone&apos;s</source>
        <translation>متابعات الجميع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="64"/>
        <source>Open lead</source>
        <translation>فتح العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="66"/>
        <source>Done…</source>
        <translation>تم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="68"/>
        <source>Export to calendar…</source>
        <translation>تصدير إلى التقويم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="71"/>
        <source>Save the open follow-ups shown by this scope as an .ics file</source>
        <translation>حفظ المتابعات المفتوحة في هذا النطاق كملف ‎.ics</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="180"/>
        <source>Overdue (%1)</source>
        <translation>متأخرة (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="181"/>
        <source>Today (%1)</source>
        <translation>اليوم (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="182"/>
        <source>Upcoming (%1)</source>
        <translation>قادمة (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="189"/>
        <source>Showing the first %1 of %2.</source>
        <translation>عرض أول %1 من %2.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="249"/>
        <source>Export follow-ups</source>
        <translation>تصدير المتابعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="251"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="35"/>
        <source>Hand over while away</source>
        <translation>التسليم أثناء الغياب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="39"/>
        <source>%Ln open lead(s) of %1 have follow-ups due from %2 to %3, while they are away.</source>
        <translation>
            <numerusform>لدى %Ln من العملاء المحتملين المفتوحين لـ%1 متابعات مستحقة من %2 إلى %3، خلال فترة غيابه.</numerusform>
            <numerusform>لدى %Ln عميل محتمل مفتوح لـ%1 متابعات مستحقة من %2 إلى %3، خلال فترة غيابه.</numerusform>
            <numerusform>لدى %Ln عميلين محتملين مفتوحين لـ%1 متابعات مستحقة من %2 إلى %3، خلال فترة غيابه.</numerusform>
            <numerusform>لدى %Ln من العملاء المحتملين المفتوحين لـ%1 متابعات مستحقة من %2 إلى %3، خلال فترة غيابه.</numerusform>
            <numerusform>لدى %Ln من العملاء المحتملين المفتوحين لـ%1 متابعات مستحقة من %2 إلى %3، خلال فترة غيابه.</numerusform>
            <numerusform>لدى %Ln من العملاء المحتملين المفتوحين لـ%1 متابعات مستحقة من %2 إلى %3، خلال فترة غيابه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="48"/>
        <source>Send them where the rules say (%1 counted away)</source>
        <translation>إرسالهم حيث تحدد القواعد (مع اعتبار %1 غائبًا)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="50"/>
        <source>Give them to a colleague:</source>
        <translation>تسليمهم إلى زميل:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="63"/>
        <source>Give them back to %1 after the absence</source>
        <translation>إعادتهم إلى %1 بعد انتهاء الغياب</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="96"/>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="109"/>
        <source>Undo import</source>
        <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="112"/>
        <source>Save rejected rows…</source>
        <translation>حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="161"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="172"/>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="161"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="31"/>
        <source>Unfinished</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="32"/>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="33"/>
        <source>Cancelled (import again to go on)</source>
        <translation>أُلغي (استورد مجددًا للمتابعة)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="34"/>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="50"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="51"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="52"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="53"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="54"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="55"/>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="56"/>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="57"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="36"/>
        <source>Undo the import of %1? Its %2 new leads go to the deleted leads, and the %3 leads it updated get their fields back where nobody changed them since.</source>
        <translation>التراجع عن استيراد %1؟ ينتقل العملاء المحتملون الجدد منه (%2) إلى العملاء المحتملين المحذوفين، ويستعيد العملاء المحتملون الذين حدّثهم (%3) قيم حقولهم التي لم يغيّرها أحد منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="45"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="50"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="66"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="83"/>
        <source>Undo import</source>
        <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="84"/>
        <source>There is no import to undo.</source>
        <translation>لا يوجد استيراد للتراجع عنه.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="60"/>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="61"/>
        <source>Yes/no</source>
        <translation>نعم/لا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="62"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="63"/>
        <source>Choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="64"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="50"/>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="51"/>
        <source>Updates a lead</source>
        <translation>يحدّث عميلًا محتملًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="52"/>
        <source>Duplicate, skipped</source>
        <translation>مكرر، تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="53"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="52"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="53"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="73"/>
        <source>Not a country LeadDesk knows.</source>
        <translation>ليس بلدًا يعرفه LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="76"/>
        <source>Not a stage LeadDesk knows; map the status to a stage.</source>
        <translation>ليست مرحلة يعرفها LeadDesk؛ اربط الحالة بمرحلة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="79"/>
        <source>Neither yes nor no.</source>
        <translation>ليست «نعم» ولا «لا».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="80"/>
        <source>Does not fit the kind of this custom field.</source>
        <translation>لا تناسب نوع هذا الحقل المخصص.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="83"/>
        <source>Nobody on the team has this name; the lead is left unassigned.</source>
        <translation>لا يوجد أحد في الفريق بهذا الاسم؛ يبقى العميل المحتمل غير مسنَد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="86"/>
        <source>Not one of the products; left out.</source>
        <translation>ليس من المنتجات؛ تم استبعاده.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="104"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportRejects</name>
    <message>
        <location filename="../../leaddesk/ui/imports/rejects_csv.py" line="39"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/rejects_csv.py" line="40"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="19"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="23"/>
        <source>Event: %1</source>
        <translation>إجراء: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="27"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="28"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="29"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="30"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="35"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="36"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="38"/>
        <source>Lead number</source>
        <translation>رقم العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="39"/>
        <source>ID in the other program</source>
        <translation>المعرّف في البرنامج الآخر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="40"/>
        <source>Do not email</source>
        <translation>عدم إرسال بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="41"/>
        <source>Do not call</source>
        <translation>عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="42"/>
        <source>No WhatsApp</source>
        <translation>بلا واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="43"/>
        <source>No text messages</source>
        <translation>بلا رسائل نصية</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../leaddesk/ui/imports/wizard.py" line="38"/>
        <source>Import leads</source>
        <translation>استيراد العملاء المحتملين</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="43"/>
        <source>%1 M</source>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="47"/>
        <source>%1 k</source>
        <translation>%1 ألف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/formats.py" line="30"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/formats.py" line="34"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/formats.py" line="43"/>
        <source>%1 d</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/report_pdf.py" line="28"/>
        <source>the PDF could not be written there</source>
        <translation>تعذّرت كتابة ملف PDF هناك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="51"/>
        <source>Rep</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="52"/>
        <source>Pool</source>
        <translation>المجمّع (دون مالك)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="54"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="93"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="120"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="56"/>
        <source>Contacted within 24 h</source>
        <translation>تواصل خلال 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="41"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="42"/>
        <source>Received</source>
        <translation>مُستلمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="43"/>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="44"/>
        <source>Returned</source>
        <translation>مُعادة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="45"/>
        <source>Expired</source>
        <translation>انتهت مهلتها</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="47"/>
        <source>Time to accept</source>
        <translation>مدة القبول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="50"/>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="51"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="59"/>
        <source>Won</source>
        <translation>مكسوبة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="53"/>
        <source>Won value</source>
        <translation>القيمة المكسوبة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="56"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="60"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="123"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="62"/>
        <source>Median response</source>
        <translation>وسيط زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="66"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="85"/>
        <source>Within first-contact target</source>
        <translation>ضمن مهلة التواصل الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="91"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="119"/>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="92"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="94"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="121"/>
        <source>Qualified</source>
        <translation>مؤهَّلون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="95"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="122"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="97"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="125"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="101"/>
        <source>Cost per customer</source>
        <translation>التكلفة لكل عميل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="105"/>
        <source>Return on investment</source>
        <translation>العائد على الاستثمار</translation>
    </message>
</context>
<context>
    <name>InsightsFilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="61"/>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="62"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="63"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="64"/>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="65"/>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="72"/>
        <source>The period before</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="76"/>
        <source>The period after</source>
        <translation>الفترة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="88"/>
        <source>by day</source>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="89"/>
        <source>by week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="90"/>
        <source>by month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="91"/>
        <source>by quarter</source>
        <translation>حسب الربع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="94"/>
        <source>Every owner</source>
        <translation>كل المالكين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="95"/>
        <source>Every source</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="98"/>
        <source>Every campaign</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="99"/>
        <source>Every product</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="100"/>
        <source>Every segment</source>
        <translation>كل الشرائح</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="163"/>
        <source>The pool (no owner)</source>
        <translation>المجمّع (دون مالك)</translation>
    </message>
</context>
<context>
    <name>InsightsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="78"/>
        <source>Working out…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="84"/>
        <source>Insights</source>
        <translation>التحليلات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="89"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="91"/>
        <source>Report as PDF…</source>
        <translation>التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="92"/>
        <source>Charts as PNG…</source>
        <translation>المخططات بصيغة PNG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="93"/>
        <source>Charts as SVG…</source>
        <translation>المخططات بصيغة SVG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="94"/>
        <source>Tables as CSV…</source>
        <translation>الجداول بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="95"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="106"/>
        <source>Funnel: leads that reached each stage</source>
        <translation>القمع: العملاء المحتملون الذين بلغوا كل مرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="108"/>
        <source>Leads created, by source</source>
        <translation>العملاء المحتملون الجدد حسب المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="110"/>
        <source>Pipeline value by stage, today</source>
        <translation>قيمة خط المبيعات حسب المرحلة، اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="112"/>
        <source>Won value</source>
        <translation>القيمة المكسوبة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="114"/>
        <source>Days in each stage</source>
        <translation>الأيام في كل مرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="119"/>
        <source>Conversion by source</source>
        <translation>التحويل حسب المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="120"/>
        <source>Conversion by campaign</source>
        <translation>التحويل حسب الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="121"/>
        <source>Conversion by product</source>
        <translation>التحويل حسب المنتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="122"/>
        <source>Conversion by segment</source>
        <translation>التحويل حسب الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="150"/>
        <location filename="../../leaddesk/ui/insights/screen.py" line="153"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="151"/>
        <location filename="../../leaddesk/ui/insights/screen.py" line="152"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="154"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="155"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="160"/>
        <source>Reps</source>
        <translation>المندوبون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="161"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="162"/>
        <source>Campaigns: cost and return</source>
        <translation>الحملات: التكلفة والعائد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="163"/>
        <source>Sources: cost and return</source>
        <translation>المصادر: التكلفة والعائد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="164"/>
        <source>By source</source>
        <translation>حسب المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="165"/>
        <source>By campaign</source>
        <translation>حسب الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="166"/>
        <source>By product</source>
        <translation>حسب المنتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="167"/>
        <source>By segment</source>
        <translation>حسب الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="233"/>
        <source>Figures changed; working them out again…</source>
        <translation>تغيّرت الأرقام؛ جارٍ حسابها من جديد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="281"/>
        <source>%1 to %2 · worked out in %3 ms</source>
        <translation>من %1 إلى %2 · حُسبت في %3 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="337"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="337"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="342"/>
        <source>LeadDesk insights</source>
        <translation>تحليلات LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="350"/>
        <source>Save the charts in</source>
        <translation>احفظ المخططات في</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="354"/>
        <source>Save the tables in</source>
        <translation>احفظ الجداول في</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="58"/>
        <source>Leads created</source>
        <translation>العملاء المحتملون الجدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="58"/>
        <source>Leads created in the period</source>
        <translation>العملاء المحتملون الذين أُنشئوا في الفترة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="61"/>
        <source>Marketing-qualified</source>
        <translation>مؤهَّلون تسويقيًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="66"/>
        <source>Sales-qualified</source>
        <translation>مؤهَّلون للمبيعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="62"/>
        <source>Of those, how many the scoring made marketing-qualified (MQL or SQL)</source>
        <translation>منهم، كم عميلًا محتملًا جعله التقييم مؤهلًا تسويقيًا (MQL أو SQL)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="67"/>
        <source>Of those, how many the scoring made sales-qualified (SQL)</source>
        <translation>منهم، كم عميلًا محتملًا جعله التقييم مؤهلًا للمبيعات (SQL)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="69"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="69"/>
        <source>Of those, how many became customers</source>
        <translation>منهم، كم أصبح عملاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="70"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="70"/>
        <source>Customers per lead created</source>
        <translation>العملاء لكل عميل محتمل جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="73"/>
        <source>First response</source>
        <translation>أول استجابة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="74"/>
        <source>Average time from a lead coming in to the first call, message or meeting</source>
        <translation>متوسط الوقت من وصول العميل المحتمل حتى أول مكالمة أو رسالة أو اجتماع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="78"/>
        <source>Cost per customer</source>
        <translation>التكلفة لكل عميل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="79"/>
        <source>What the campaigns cost in the period, per customer won</source>
        <translation>تكلفة الحملات في الفترة، لكل عميل مكسوب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="81"/>
        <source>Value per customer</source>
        <translation>القيمة لكل عميل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="81"/>
        <source>Won deal value per customer</source>
        <translation>قيمة الصفقات المكسوبة لكل عميل</translation>
    </message>
</context>
<context>
    <name>LateBanner</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/late_banner.py" line="42"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>و%Ln عملاء محتملين آخرين</numerusform>
            <numerusform>و%Ln عميل محتمل آخر</numerusform>
            <numerusform>و%Ln عميلان محتملان آخران</numerusform>
            <numerusform>و%Ln عملاء محتملين آخرين</numerusform>
            <numerusform>و%Ln عميلًا محتملًا آخر</numerusform>
            <numerusform>و%Ln عميل محتمل آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/late_banner.py" line="44"/>
        <source>%Ln new lead(s) past the first-contact target:</source>
        <translation>
            <numerusform>تجاوز %Ln عملاء محتملين جدد مهلة التواصل الأول:</numerusform>
            <numerusform>تجاوز %Ln عميل محتمل جديد مهلة التواصل الأول:</numerusform>
            <numerusform>تجاوز %Ln عميلان محتملان جديدان مهلة التواصل الأول:</numerusform>
            <numerusform>تجاوز %Ln عملاء محتملين جدد مهلة التواصل الأول:</numerusform>
            <numerusform>تجاوز %Ln عميلًا محتملًا جديدًا مهلة التواصل الأول:</numerusform>
            <numerusform>تجاوز %Ln عميل محتمل جديد مهلة التواصل الأول:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="14"/>
        <source>A lead needs a first or last name.</source>
        <translation>يحتاج العميل المحتمل إلى اسم أول أو اسم عائلة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="17"/>
        <source>Not a valid email address.</source>
        <translation>ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="25"/>
        <source>Not a valid phone number (include the country code if abroad).</source>
        <translation>ليس رقم هاتف صالحًا (أضف رمز الدولة إن كان في الخارج).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="28"/>
        <source>Cannot be negative.</source>
        <translation>لا يمكن أن تكون سالبة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="29"/>
        <source>Not an amount.</source>
        <translation>ليست مبلغًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="30"/>
        <source>Too large.</source>
        <translation>كبيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="31"/>
        <source>Too long.</source>
        <translation>طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="32"/>
        <source>Use a three-letter currency code, such as USD.</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف، مثل USD.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="35"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>ليس تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="36"/>
        <source>Contains a NUL character, which is not text.</source>
        <translation>يحتوي على محرف NUL، وهو ليس نصًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="39"/>
        <source>Contains a broken character (a lone surrogate); type it again.</source>
        <translation>يحتوي على محرف تالف (بديل منفرد)؛ اكتبه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="42"/>
        <source>Contains an invisible control character; remove it.</source>
        <translation>يحتوي على محرف تحكم غير مرئي؛ احذفه.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="45"/>
        <source>Must be one line; it contains a line break.</source>
        <translation>يجب أن يكون سطرًا واحدًا؛ فهو يحتوي على فاصل أسطر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="48"/>
        <source>Has more decimals than its currency has.</source>
        <translation>يحتوي على منازل عشرية أكثر مما تسمح به عملته.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="51"/>
        <source>Outside the dates LeadDesk keeps.</source>
        <translation>خارج نطاق التواريخ التي يحفظها LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="54"/>
        <source>The time needs a time zone.</source>
        <translation>يحتاج الوقت إلى منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="55"/>
        <source>Not a record of LeadDesk.</source>
        <translation>ليس سجلًا من سجلات LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="56"/>
        <source>Not text.</source>
        <translation>ليس نصًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="57"/>
        <source>This kind of value cannot be kept.</source>
        <translation>لا يمكن حفظ قيمة من هذا النوع.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="73"/>
        <source>Cannot be empty.</source>
        <translation>لا يمكن أن يكون فارغًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="74"/>
        <source>A choice field needs at least one choice.</source>
        <translation>يحتاج حقل الاختيار إلى خيار واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="77"/>
        <source>Too many choices.</source>
        <translation>خيارات كثيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="78"/>
        <source>Not one of the field&apos;s choices.</source>
        <translation>ليس من خيارات الحقل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="79"/>
        <source>Neither yes nor no.</source>
        <translation>ليست «نعم» ولا «لا».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="111"/>
        <source>Basic information</source>
        <translation>المعلومات الأساسية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="113"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="114"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="115"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="116"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="117"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="159"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="118"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="119"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="161"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="120"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="121"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="122"/>
        <source>Country (two letters)</source>
        <translation>الدولة (حرفان)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="125"/>
        <source>Qualifiers</source>
        <translation>معايير التأهيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="126"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="127"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="129"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="187"/>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="112"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="132"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="133"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="134"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="145"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="147"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="148"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="149"/>
        <source>Supplementary</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="150"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="153"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="156"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="157"/>
        <source>Do not contact</source>
        <translation>عدم التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="160"/>
        <source>Phone calls</source>
        <translation>المكالمات الهاتفية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="162"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="165"/>
        <source>Do not contact: %1</source>
        <translation>عدم التواصل: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="166"/>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="73"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="89"/>
        <source>Click again for: not set</source>
        <translation>انقر مرة أخرى لجعله: غير محدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="98"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>LeadHeader</name>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="57"/>
        <source>Done…</source>
        <translation>تم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="73"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="75"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="77"/>
        <location filename="../../leaddesk/ui/lead/header.py" line="142"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="79"/>
        <source>Send template</source>
        <translation>إرسال قالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="80"/>
        <source>Follow-up…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="81"/>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="82"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="83"/>
        <source>Log</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="84"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="120"/>
        <source>Owner: %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="120"/>
        <source>In the pool</source>
        <translation>في المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="125"/>
        <source>Not contacted yet</source>
        <translation>لم يُتواصل معه بعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="128"/>
        <source>Last contact: %1</source>
        <translation>آخر تواصل: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="140"/>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="141"/>
        <source>calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="143"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="149"/>
        <source>Do not contact: %1</source>
        <translation>عدم التواصل: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="152"/>
        <source>The lead asked not to be contacted this way; sending skips it.</source>
        <translation>طلب العميل المحتمل عدم التواصل معه بهذه الطريقة؛ يتخطاه الإرسال.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="172"/>
        <source>No follow-up planned</source>
        <translation>لا متابعة مخططة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="176"/>
        <source>Next: %1 · %2</source>
        <translation>التالي: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="179"/>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخرة)</translation>
    </message>
</context>
<context>
    <name>LeadMenu</name>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="190"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="203"/>
        <source>Move to stage</source>
        <translation>نقل إلى مرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="206"/>
        <source>Assign to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="210"/>
        <source>Claim</source>
        <translation>أخذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="218"/>
        <source>Return to pool</source>
        <translation>إعادة إلى المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="224"/>
        <source>Schedule follow-up…</source>
        <translation>جدولة متابعة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="229"/>
        <source>Send template</source>
        <translation>إرسال قالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="233"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="237"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="59"/>
        <source>Type a lead&apos;s name to preview with it</source>
        <translation>اكتب اسم عميل محتمل للمعاينة به</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="71"/>
        <source>Sample lead</source>
        <translation>عميل محتمل نموذجي</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="103"/>
        <source>Release to pool</source>
        <translation>إعادة إلى المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="227"/>
        <source>This lead was deleted meanwhile. What you typed here can no longer be saved.</source>
        <translation>حُذف هذا العميل المحتمل في الأثناء. لم يعد بالإمكان حفظ ما كتبته هنا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="258"/>
        <source>Someone else saved this lead while you were editing. Your edits are kept; Save shows any field you both changed.</source>
        <translation>حفظ شخص آخر هذا العميل المحتمل أثناء تحريرك. تعديلاتك محفوظة؛ وعند الحفظ ستظهر لك الحقول التي غيّرها كلاكما.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="312"/>
        <source>Not saved: someone else saved this lead first. Your edits are kept.</source>
        <translation>لم يُحفظ: حفظ شخص آخر هذا العميل المحتمل أولًا. تعديلاتك محفوظة في النموذج.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="328"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="329"/>
        <source>Save the changes to %1?</source>
        <translation>حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="387"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
</context>
<context>
    <name>LeadWindows</name>
    <message>
        <location filename="../../leaddesk/ui/lead_windows.py" line="71"/>
        <source>%1 %2 created</source>
        <translation>تم إنشاء %1 %2</translation>
    </message>
</context>
<context>
    <name>LeadsBehindDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/insights/drill.py" line="32"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>لا عملاء محتملين</numerusform>
            <numerusform>عميل محتمل واحد</numerusform>
            <numerusform>عميلان محتملان</numerusform>
            <numerusform>%Ln عملاء محتملين</numerusform>
            <numerusform>%Ln عميلًا محتملًا</numerusform>
            <numerusform>%Ln عميل محتمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="331"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="331"/>
        <source>Remove a tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="333"/>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="349"/>
        <source>Delete leads</source>
        <translation>حذف العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="350"/>
        <source>Delete %Ln lead(s)? You can undo this.</source>
        <translation>
            <numerusform>حذف %Ln عميل؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف عميل واحد؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف عميلين؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف %Ln عملاء؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف %Ln عميلًا؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف %Ln عميل؟ يمكنك التراجع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="355"/>
        <source>Delete %Ln lead(s)</source>
        <translation>
            <numerusform>حذف %Ln عميل محتمل</numerusform>
            <numerusform>حذف عميل محتمل واحد</numerusform>
            <numerusform>حذف عميلَين محتملَين</numerusform>
            <numerusform>حذف %Ln عملاء محتملين</numerusform>
            <numerusform>حذف %Ln عميلًا محتملًا</numerusform>
            <numerusform>حذف %Ln عميل محتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="358"/>
        <source>%Ln lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>حُذف %Ln عميل. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حُذف عميل واحد. تحرير ▸ تراجع (Ctrl+Z) يعيده.</numerusform>
            <numerusform>حُذف عميلان. تحرير ▸ تراجع (Ctrl+Z) يعيدهما.</numerusform>
            <numerusform>حُذف %Ln عملاء. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حُذف %Ln عميلًا. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حُذف %Ln عميل. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="367"/>
        <source>Export leads</source>
        <translation>تصدير العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="367"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="377"/>
        <source>Exporting %Ln lead(s)…</source>
        <translation>
            <numerusform>جارٍ تصدير %Ln عميل…</numerusform>
            <numerusform>جارٍ تصدير عميل واحد…</numerusform>
            <numerusform>جارٍ تصدير عميلين…</numerusform>
            <numerusform>جارٍ تصدير %Ln عملاء…</numerusform>
            <numerusform>جارٍ تصدير %Ln عميلًا…</numerusform>
            <numerusform>جارٍ تصدير %Ln عميل…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="390"/>
        <source>%Ln lead(s) exported to %1.</source>
        <translation>
            <numerusform>صُدّر %Ln عميل إلى %1.</numerusform>
            <numerusform>صُدّر عميل واحد إلى %1.</numerusform>
            <numerusform>صُدّر عميلان إلى %1.</numerusform>
            <numerusform>صُدّر %Ln عملاء إلى %1.</numerusform>
            <numerusform>صُدّر %Ln عميلًا إلى %1.</numerusform>
            <numerusform>صُدّر %Ln عميل إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTable</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="51"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="52"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="53"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="54"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="55"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="56"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="57"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="86"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="88"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="33"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="58"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="34"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="59"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="31"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="60"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="32"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="61"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="62"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="63"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="64"/>
        <source>MQL/SQL</source>
        <translation>MQL/SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="65"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="66"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="67"/>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="68"/>
        <source>In stage since</source>
        <translation>في المرحلة منذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="37"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="69"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/export.py" line="59"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
<context>
    <name>LeadsTools</name>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="42"/>
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="47"/>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="48"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="49"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="50"/>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="51"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="52"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="54"/>
        <source>Remove a tag…</source>
        <translation>إزالة وسم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="56"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="57"/>
        <source>Send template</source>
        <translation>إرسال قالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="67"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="69"/>
        <source>Selected leads…</source>
        <translation>العملاء المحددون…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="72"/>
        <source>Filtered list…</source>
        <translation>القائمة المصفاة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="74"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="99"/>
        <source>Release to pool</source>
        <translation>إعادة إلى المجمع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/tools.py" line="102"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>لا عملاء محتملين</numerusform>
            <numerusform>عميل محتمل واحد</numerusform>
            <numerusform>عميلان محتملان</numerusform>
            <numerusform>%Ln عملاء محتملين</numerusform>
            <numerusform>%Ln عميلًا محتملًا</numerusform>
            <numerusform>%Ln عميل محتمل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="104"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 محدد</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="35"/>
        <source>Log: %1</source>
        <translation>تسجيل: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="39"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="50"/>
        <source>What the lead did</source>
        <translation>ما فعله العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="51"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="56"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="58"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="59"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="60"/>
        <source>We called</source>
        <translation>اتصلنا بهم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="61"/>
        <source>They called</source>
        <translation>اتصلوا بنا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="64"/>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="65"/>
        <source>Received</source>
        <translation>مُستلمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="62"/>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="66"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="68"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="72"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="97"/>
        <location filename="../../leaddesk/ui/main_window.py" line="207"/>
        <source>LeadDesk</source>
        <translation>ليد ديسك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="110"/>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="111"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="112"/>
        <source>Pool</source>
        <translation>المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="113"/>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="114"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="115"/>
        <source>Insights</source>
        <translation>التحليلات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="116"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="117"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="118"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="200"/>
        <source>Who you are: your moves are logged in your name</source>
        <translation>من أنت: تُسجَّل تحركاتك باسمك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="202"/>
        <source>You:</source>
        <translation>أنت:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="236"/>
        <source>%Ln new lead(s) past the first-contact target</source>
        <translation>
            <numerusform>تجاوز %Ln عملاء محتملين جدد مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميل محتمل جديد مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميلان محتملان جديدان مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عملاء محتملين جدد مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميلًا محتملًا جديدًا مهلة التواصل الأول</numerusform>
            <numerusform>تجاوز %Ln عميل محتمل جديد مهلة التواصل الأول</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="318"/>
        <source>(choose who you are)</source>
        <translation>(اختر من أنت)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="354"/>
        <source>Database: %1 · %2 leads</source>
        <translation>قاعدة البيانات: %1 · %2 عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="292"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="292"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="407"/>
        <source>%Ln follow-up(s) just fell due</source>
        <translation>
            <numerusform>حان موعد %Ln متابعة الآن</numerusform>
            <numerusform>حان موعد متابعة واحدة الآن</numerusform>
            <numerusform>حان موعد متابعتين الآن</numerusform>
            <numerusform>حان موعد %Ln متابعات الآن</numerusform>
            <numerusform>حان موعد %Ln متابعة الآن</numerusform>
            <numerusform>حان موعد %Ln متابعة الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="421"/>
        <source>%Ln of your claimed lead(s) go back to the pool soon unless you contact them</source>
        <translation>
            <numerusform>سيعود %Ln من العملاء المحتملين الذين أخذتهم إلى المجمّع قريبًا ما لم تتواصل معهم</numerusform>
            <numerusform>سيعود %Ln عميل محتمل أخذته إلى المجمّع قريبًا ما لم تتواصل معه</numerusform>
            <numerusform>سيعود %Ln عميلان محتملان أخذتهما إلى المجمّع قريبًا ما لم تتواصل معهما</numerusform>
            <numerusform>سيعود %Ln من العملاء المحتملين الذين أخذتهم إلى المجمّع قريبًا ما لم تتواصل معهم</numerusform>
            <numerusform>سيعود %Ln من العملاء المحتملين الذين أخذتهم إلى المجمّع قريبًا ما لم تتواصل معهم</numerusform>
            <numerusform>سيعود %Ln من العملاء المحتملين الذين أخذتهم إلى المجمّع قريبًا ما لم تتواصل معهم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="437"/>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>ManualSendDialog</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="66"/>
        <source>Press Open, send the message there, then come back and press Sent.</source>
        <translation>اضغط «فتح»، وأرسل الرسالة هناك، ثم عد واضغط «أُرسلت».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="76"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="79"/>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="81"/>
        <source>Do not send this one (it is cancelled)</source>
        <translation>لا ترسل هذه (تُلغى)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="83"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="85"/>
        <source>Stop here; the rest wait in the Outbox</source>
        <translation>توقف هنا؛ تنتظر البقية في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="112"/>
        <source>WhatsApp messages</source>
        <translation>رسائل واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="112"/>
        <source>Text messages</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="113"/>
        <source>Open WhatsApp</source>
        <translation>فتح واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="113"/>
        <source>Open messages</source>
        <translation>فتح الرسائل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="115"/>
        <source>To %1 (%2) · %3</source>
        <translation>إلى %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="130"/>
        <source>No program on this computer opens %1 links.</source>
        <translation>لا يوجد برنامج على هذا الحاسوب يفتح روابط %1.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="49"/>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="117"/>
        <source>New custom field…</source>
        <translation>حقل مخصص جديد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="66"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="67"/>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="68"/>
        <source>Goes to</source>
        <translation>يُنقل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="69"/>
        <source>New field&apos;s name</source>
        <translation>اسم الحقل الجديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="70"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="42"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="44"/>
        <source>Where each column of the file goes. Recognised columns are chosen already; change any of them, or keep a column as a new custom field.</source>
        <translation>أين يذهب كل عمود من الملف. الأعمدة المعروفة مختارة مسبقًا؛ غيّر أيًا منها، أو احتفظ بعمود كحقل مخصص جديد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="63"/>
        <source>Save mapping…</source>
        <translation>حفظ التعيين…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="67"/>
        <source>Saved mappings:</source>
        <translation>التعيينات المحفوظة:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="73"/>
        <source>Skip them</source>
        <translation>تخطّيها</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="74"/>
        <source>Fill in the lead&apos;s empty fields</source>
        <translation>ملء الحقول الفارغة للعميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="75"/>
        <source>Overwrite the lead&apos;s fields</source>
        <translation>استبدال حقول العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="76"/>
        <source>Create a new lead anyway</source>
        <translation>إنشاء عميل محتمل جديد على أي حال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="85"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="87"/>
        <source>How alike two names must be for a row to count as a lead there is already (with the same company, or no other contact details).</source>
        <translation>مدى التشابه المطلوب بين اسمين ليُعدّ الصف عميلًا محتملًا موجودًا بالفعل (مع الشركة نفسها، أو بدون بيانات اتصال أخرى).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="92"/>
        <source>Rows matching a lead already:</source>
        <translation>الصفوف المطابقة لعميل محتمل موجود:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="93"/>
        <source>Names alike from:</source>
        <translation>تشابه الأسماء ابتداءً من:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="113"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="123"/>
        <source>Saved mappings</source>
        <translation>التعيينات المحفوظة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="138"/>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="149"/>
        <source>Save mapping</source>
        <translation>حفظ التعيين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="139"/>
        <source>Name of this mapping (the same name replaces the mapping saved under it):</source>
        <translation>اسم هذا التعيين (الاسم نفسه يستبدل التعيين المحفوظ به):</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="67"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="67"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="53"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="54"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="70"/>
        <source>New &amp;lead…</source>
        <translation>عميل محتمل &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>است&amp;يراد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="84"/>
        <source>Import &amp;history…</source>
        <translation>&amp;سجل الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="90"/>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="97"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;فتح ملف قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="104"/>
        <source>&amp;Connect to server…</source>
        <translation>ال&amp;اتصال بخادم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="110"/>
        <source>&amp;Restore backup…</source>
        <translation>است&amp;عادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="139"/>
        <source>Undo &amp;import…</source>
        <translation>التراجع عن الا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="145"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="152"/>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;حول ليد ديسك</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="45"/>
        <source>Merge duplicates</source>
        <translation>دمج المكررات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="50"/>
        <source>Choose the lead to keep and, in each row, the value it keeps (click a cell). Tinted rows differ. The other leads&apos; timeline, follow-ups, files and messages move to the kept lead, and the other leads are removed; the kept lead&apos;s timeline can undo the merge.</source>
        <translation>اختر العميل المحتمل الذي تريد الإبقاء عليه، وفي كل صف القيمة التي يحتفظ بها (انقر على خلية). الصفوف الملوّنة مختلفة. ينتقل السجل الزمني والمتابعات والملفات والرسائل الخاصة بالعملاء المحتملين الآخرين إلى العميل المحتمل المُبقى عليه، ويُزال العملاء المحتملون الآخرون؛ ويمكن التراجع عن الدمج من السجل الزمني للعميل المحتمل المُبقى عليه.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="65"/>
        <source>Keep:</source>
        <translation>الإبقاء على:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="79"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_model.py" line="75"/>
        <source>%1 (kept)</source>
        <translation>%1 (المُبقى عليه)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_model.py" line="80"/>
        <source>Tags (all are kept)</source>
        <translation>الوسوم (تُحفظ كلها)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_model.py" line="81"/>
        <source>Products (all are kept)</source>
        <translation>المنتجات (تُحفظ كلها)</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="24"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="25"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="26"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="27"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="28"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="29"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="30"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="31"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="32"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="33"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="34"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="35"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="36"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="37"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="38"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="39"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="40"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="41"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="42"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="43"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="44"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="45"/>
        <source>Social profiles</source>
        <translation>حسابات التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="46"/>
        <source>Record id elsewhere</source>
        <translation>معرّف السجل في برنامج آخر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="47"/>
        <source>Do not email</source>
        <translation>عدم إرسال بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="48"/>
        <source>Do not call</source>
        <translation>عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="49"/>
        <source>Do not WhatsApp</source>
        <translation>عدم مراسلة واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="50"/>
        <source>Do not text</source>
        <translation>عدم إرسال رسائل نصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="65"/>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="87"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="67"/>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="89"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="13"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="14"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="15"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="27"/>
        <source>Product introduction</source>
        <translation>التعريف بالمنتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="28"/>
        <source>Meeting request</source>
        <translation>طلب اجتماع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="29"/>
        <source>Thank-you note</source>
        <translation>رسالة شكر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="30"/>
        <source>New product launch</source>
        <translation>إطلاق منتج جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="37"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="38"/>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="39"/>
        <source>Not confirmed</source>
        <translation>غير مؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="40"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="41"/>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="42"/>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="60"/>
        <source>The email server refused your user name or password.</source>
        <translation>رفض خادم البريد اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="63"/>
        <source>The email server refused the lead&apos;s address.</source>
        <translation>رفض خادم البريد عنوان العميل المحتمل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="66"/>
        <source>The email server refused your sender address.</source>
        <translation>رفض خادم البريد عنوان المرسِل الخاص بك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="69"/>
        <source>The email server refused the message.</source>
        <translation>رفض خادم البريد الرسالة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="72"/>
        <source>The connection to the email server failed or was lost.</source>
        <translation>تعذّر الاتصال بخادم البريد أو انقطع.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="75"/>
        <source>A secure connection to the email server could not be set up.</source>
        <translation>تعذّر إنشاء اتصال آمن بخادم البريد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="78"/>
        <source>The email server asked to try again later.</source>
        <translation>طلب خادم البريد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="81"/>
        <source>Email is not set up: add your server in Settings.</source>
        <translation>البريد غير مُعَدّ: أضف خادمك في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="84"/>
        <source>This message cannot be written as an email (for instance the lead&apos;s address is not one); correct the lead, then retry it.</source>
        <translation>لا يمكن كتابة هذه الرسالة كبريد إلكتروني (مثلًا لأن عنوان العميل المحتمل ليس عنوانًا صالحًا)؛ صحّح بيانات العميل المحتمل ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="107"/>
        <source>no email address</source>
        <translation>لا يوجد عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="108"/>
        <source>no phone number</source>
        <translation>لا يوجد رقم هاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="109"/>
        <source>asked not to be contacted this way</source>
        <translation>طلب ألا يُتواصل معه بهذه الطريقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="112"/>
        <source>the subject would be longer than 300 characters</source>
        <translation>سيكون الموضوع أطول من 300 حرف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="115"/>
        <source>the template cannot be filled in for this lead</source>
        <translation>لا يمكن ملء القالب لهذا العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="118"/>
        <source>the automatic answer has no sender address</source>
        <translation>ليس للرد التلقائي عنوان مرسِل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="121"/>
        <source>the automatic answer&apos;s template is retired</source>
        <translation>قالب الرد التلقائي موقوف</translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="80"/>
        <source>Email password</source>
        <translation>كلمة مرور البريد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="81"/>
        <source>Password for %1 on %2:</source>
        <translation>كلمة المرور لـ %1 على %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="111"/>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="147"/>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="199"/>
        <source>Cannot send</source>
        <translation>تعذّر الإرسال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="136"/>
        <source>Preparing %Ln message(s)…</source>
        <translation>
            <numerusform>جارٍ تجهيز %Ln رسالة…</numerusform>
            <numerusform>جارٍ تجهيز رسالة واحدة…</numerusform>
            <numerusform>جارٍ تجهيز رسالتين…</numerusform>
            <numerusform>جارٍ تجهيز %Ln رسائل…</numerusform>
            <numerusform>جارٍ تجهيز %Ln رسالةً…</numerusform>
            <numerusform>جارٍ تجهيز %Ln رسالة…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="144"/>
        <source>The template has problems</source>
        <translation>في القالب مشكلات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="184"/>
        <source>Some leads were left out</source>
        <translation>استُبعد بعض العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="180"/>
        <source>%Ln lead(s) have no address for this channel and got nothing:</source>
        <translation>
            <numerusform>ليس لدى %Ln عميل محتمل عنوان لهذه القناة، ولم يتلقوا شيئًا:</numerusform>
            <numerusform>ليس لدى عميل محتمل واحد عنوان لهذه القناة، ولم يتلقَّ شيئًا:</numerusform>
            <numerusform>ليس لدى عميلَين محتملَين عنوان لهذه القناة، ولم يتلقيا شيئًا:</numerusform>
            <numerusform>ليس لدى %Ln عملاء محتملين عنوان لهذه القناة، ولم يتلقوا شيئًا:</numerusform>
            <numerusform>ليس لدى %Ln عميلًا محتملًا عنوان لهذه القناة، ولم يتلقوا شيئًا:</numerusform>
            <numerusform>ليس لدى %Ln عميل محتمل عنوان لهذه القناة، ولم يتلقوا شيئًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="182"/>
        <source>%Ln lead(s) got nothing:</source>
        <translation>
            <numerusform>لم يتلقَّ %Ln عميل محتمل شيئًا:</numerusform>
            <numerusform>لم يتلقَّ عميل محتمل واحد شيئًا:</numerusform>
            <numerusform>لم يتلقَّ عميلان محتملان شيئًا:</numerusform>
            <numerusform>لم يتلقَّ %Ln عملاء محتملين شيئًا:</numerusform>
            <numerusform>لم يتلقَّ %Ln عميلًا محتملًا شيئًا:</numerusform>
            <numerusform>لم يتلقَّ %Ln عميل محتمل شيئًا:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="193"/>
        <source>The message waits in the Outbox.</source>
        <translation>تنتظر الرسالة في صندوق الصادر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="206"/>
        <source>Email sent.</source>
        <translation>أُرسل البريد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="211"/>
        <source>The email may have been sent</source>
        <translation>ربما أُرسل البريد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="214"/>
        <source>Check your sent mail, then tell the Outbox whether it arrived.</source>
        <translation>تحقّق من بريدك المُرسَل، ثم أخبر صندوق الصادر إن كان قد وصل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="232"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="255"/>
        <source>The email was not sent</source>
        <translation>لم يُرسل البريد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="256"/>
        <source>It waits in the Outbox; you can retry now or later.</source>
        <translation>ينتظر في صندوق الصادر؛ يمكنك إعادة المحاولة الآن أو لاحقًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="291"/>
        <source>Sending email: %Ln done</source>
        <translation>
            <numerusform>إرسال البريد: أُنجزت %Ln رسالة</numerusform>
            <numerusform>إرسال البريد: أُنجزت رسالة واحدة</numerusform>
            <numerusform>إرسال البريد: أُنجزت رسالتان</numerusform>
            <numerusform>إرسال البريد: أُنجزت %Ln رسائل</numerusform>
            <numerusform>إرسال البريد: أُنجزت %Ln رسالةً</numerusform>
            <numerusform>إرسال البريد: أُنجزت %Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="311"/>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="321"/>
        <source>Sending stopped: %1</source>
        <translation>توقّف الإرسال: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="316"/>
        <source>%Ln email(s) sent</source>
        <translation>
            <numerusform>أُرسلت %Ln رسالة بريد</numerusform>
            <numerusform>أُرسلت رسالة بريد واحدة</numerusform>
            <numerusform>أُرسلت رسالتا بريد</numerusform>
            <numerusform>أُرسلت %Ln رسائل بريد</numerusform>
            <numerusform>أُرسلت %Ln رسالةَ بريد</numerusform>
            <numerusform>أُرسلت %Ln رسالة بريد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="31"/>
        <source>Contacts not answered</source>
        <translation>اتصالات بلا رد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="33"/>
        <source>Time to first response</source>
        <translation>الوقت حتى أول رد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="36"/>
        <source>Product: %1</source>
        <translation>المنتج: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="38"/>
        <location filename="../../leaddesk/ui/names/model.py" line="47"/>
        <source>%1 (times)</source>
        <translation>%1 (مرات)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="44"/>
        <source>%1 from the lead (times)</source>
        <translation>%1 من العميل المحتمل (مرات)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="50"/>
        <source>Days since: %1</source>
        <translation>أيام منذ: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="56"/>
        <location filename="../../leaddesk/ui/names/model.py" line="94"/>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="59"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="61"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="75"/>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="96"/>
        <source>any other</source>
        <translation>أي قيمة أخرى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="98"/>
        <source>more of it (per standard deviation)</source>
        <translation>المزيد منه (لكل انحراف معياري)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="102"/>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="297"/>
        <source>Won</source>
        <translation>صفقة رابحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="299"/>
        <source>Mark %Ln leads as customers with their current deal values?</source>
        <translation>
            <numerusform>تحويل %Ln عملاء محتملين إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %Ln عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %Ln عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %Ln عملاء محتملين إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %Ln عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %Ln عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="60"/>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="67"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="68"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="69"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="70"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="71"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="72"/>
        <source>Country (two letters)</source>
        <translation>الدولة (حرفان)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="144"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="82"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="89"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="93"/>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="94"/>
        <source>The pool (nobody yet)</source>
        <translation>المجمع (لا أحد بعد)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="98"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="101"/>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="108"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="111"/>
        <source>Create and open</source>
        <translation>إنشاء وفتح</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="206"/>
        <source>%1 %2 (%3) has this %4 already: &lt;a href=&apos;%5&apos;&gt;open it instead&lt;/a&gt;</source>
        <translation>لدى %1 %2 (%3) هذا %4 بالفعل: &lt;a href=&apos;%5&apos;&gt;افتحه بدلًا من ذلك&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="221"/>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="223"/>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="224"/>
        <source>email and number</source>
        <translation>البريد الإلكتروني والرقم</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="51"/>
        <source>Queued</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="52"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="53"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="54"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="55"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="56"/>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="57"/>
        <source>Not confirmed</source>
        <translation>غير مؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="58"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="84"/>
        <source>%1 of %2 sent</source>
        <translation>أُرسلت %1 من %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="108"/>
        <source>Lead</source>
        <translation>العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="109"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="110"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="111"/>
        <source>Variant</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="112"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="113"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="172"/>
        <source>Last attempt: %1</source>
        <translation>آخر محاولة: %1</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="56"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="60"/>
        <source>Send waiting email</source>
        <translation>إرسال البريد المنتظر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="61"/>
        <source>Stop sending</source>
        <translation>إيقاف الإرسال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="63"/>
        <source>Send WhatsApp/SMS…</source>
        <translation>إرسال واتساب/رسائل نصية…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="98"/>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="253"/>
        <source>Cancel batch</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="99"/>
        <source>Retry failed</source>
        <translation>إعادة محاولة الفاشلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="101"/>
        <source>It arrived</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="104"/>
        <source>Send again</source>
        <translation>إرسال مجددًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="107"/>
        <source>Messages not yet sent are cancelled</source>
        <translation>تُلغى الرسائل التي لم تُرسل بعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="108"/>
        <source>Failed and cancelled messages go back in the queue</source>
        <translation>تعود الرسائل الفاشلة والملغاة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="111"/>
        <source>The server got it but its answer was lost; you checked it arrived</source>
        <translation>استلمها الخادم لكن ردّه ضاع؛ وقد تحقّقت من وصولها</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="113"/>
        <source>It did not arrive: queue it once more</source>
        <translation>لم تصل: أضفها إلى قائمة الانتظار مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="231"/>
        <source>Email is not set up: add your SMTP server in Settings.</source>
        <translation>البريد غير مُعَدّ: أضف خادم SMTP في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="234"/>
        <source>No email is waiting to be sent by you.</source>
        <translation>لا يوجد بريد ينتظر أن ترسله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="255"/>
        <source>Cancel the %Ln message(s) not yet sent? You can retry them later.</source>
        <translation>
            <numerusform>إلغاء %Ln رسالة لم تُرسل بعد؟ يمكنك إعادة المحاولة لاحقًا.</numerusform>
            <numerusform>إلغاء الرسالة التي لم تُرسل بعد؟ يمكنك إعادة المحاولة لاحقًا.</numerusform>
            <numerusform>إلغاء الرسالتين اللتين لم تُرسلا بعد؟ يمكنك إعادة المحاولة لاحقًا.</numerusform>
            <numerusform>إلغاء %Ln رسائل لم تُرسل بعد؟ يمكنك إعادة المحاولة لاحقًا.</numerusform>
            <numerusform>إلغاء %Ln رسالةً لم تُرسل بعد؟ يمكنك إعادة المحاولة لاحقًا.</numerusform>
            <numerusform>إلغاء %Ln رسالة لم تُرسل بعد؟ يمكنك إعادة المحاولة لاحقًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="313"/>
        <source>%Ln email(s) of yours wait to be sent.</source>
        <translation>
            <numerusform>لا ينتظر أي بريد منك الإرسال.</numerusform>
            <numerusform>رسالة بريد واحدة منك تنتظر الإرسال.</numerusform>
            <numerusform>رسالتا بريد منك تنتظران الإرسال.</numerusform>
            <numerusform>%Ln رسائل بريد منك تنتظر الإرسال.</numerusform>
            <numerusform>%Ln رسالةَ بريد منك تنتظر الإرسال.</numerusform>
            <numerusform>%Ln رسالة بريد منك تنتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="337"/>
        <source>The whole message reached the server, but its answer was lost. Check whether it arrived; it is never sent again unless you say so.</source>
        <translation>وصلت الرسالة كاملةً إلى الخادم، لكن ردّه ضاع. تحقّق من وصولها؛ لن تُرسل مجددًا إلا إذا طلبت ذلك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="343"/>
        <source>%Ln message(s) selected</source>
        <translation>
            <numerusform>لم تُحدَّد أي رسالة</numerusform>
            <numerusform>حُدّدت رسالة واحدة</numerusform>
            <numerusform>حُدّدت رسالتان</numerusform>
            <numerusform>حُدّدت %Ln رسائل</numerusform>
            <numerusform>حُدّدت %Ln رسالةً</numerusform>
            <numerusform>حُدّدت %Ln رسالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerBar</name>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="56"/>
        <source>Accepted</source>
        <translation>تم القبول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="57"/>
        <source>Record that the partner accepted this lead</source>
        <translation>تسجيل أن الشريك قبل هذا العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="58"/>
        <source>Returned…</source>
        <translation>تمت الإعادة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="60"/>
        <source>Record that the partner returned this lead: the next rule takes it</source>
        <translation>تسجيل أن الشريك أعاد هذا العميل المحتمل: تأخذه القاعدة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="84"/>
        <source>Sent to partner %1 on %2, waiting for them to accept (answer due by %3)</source>
        <translation>أُرسل إلى الشريك %1 في %2، بانتظار قبوله (الرد مستحق بحلول %3)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="91"/>
        <source>Accepted by %1 on %2</source>
        <translation>قبله %1 في %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="122"/>
        <source>Returned by the partner</source>
        <translation>أعاده الشريك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="123"/>
        <source>Why did %1 return it? (optional)</source>
        <translation>لماذا أعاده %1؟ (اختياري)</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="73"/>
        <source>Edit partner</source>
        <translation>تعديل الشريك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="73"/>
        <source>Add a partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="88"/>
        <source>Leads pushed to this partner are sent here.</source>
        <translation>يُرسَل إلى هذا العنوان العملاء المحتملون المحالون إلى هذا الشريك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="92"/>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="95"/>
        <source>A lead not accepted in this time goes on to the next rules or the pool.</source>
        <translation>العميل المحتمل الذي لا يُقبَل خلال هذه المدة ينتقل إلى القواعد التالية أو إلى المجمّع.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="97"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="103"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="104"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="105"/>
        <source>Territory</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="106"/>
        <source>Email for leads</source>
        <translation>البريد الإلكتروني لاستلام العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="107"/>
        <source>Answers within</source>
        <translation>يرد خلال</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Territory</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="44"/>
        <source>Answers within</source>
        <translation>يرد خلال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="44"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="58"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="59"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="59"/>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
</context>
<context>
    <name>PartnersSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="146"/>
        <source>Add a partner…</source>
        <translation>إضافة شريك…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="147"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Times</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="52"/>
        <source>Faded</source>
        <translation>تلاشى</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../leaddesk/ui/names/people.py" line="12"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/people.py" line="13"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/people.py" line="14"/>
        <source>Rep</source>
        <translation>مندوب مبيعات</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="49"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="49"/>
        <source>Deactivated</source>
        <translation>معطَّل</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="121"/>
        <source>Add a person…</source>
        <translation>إضافة شخص…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="122"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="124"/>
        <location filename="../../leaddesk/ui/settings/people.py" line="171"/>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="129"/>
        <source>People are never deleted: a deactivated person is no longer offered as an owner, and their history keeps their name.</source>
        <translation>لا يُحذف الأشخاص أبدًا: الشخص المعطَّل لا يُعرض مسؤولًا بعد الآن، ويبقى اسمه في السجل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="169"/>
        <source>Bring back</source>
        <translation>إعادة التفعيل</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="119"/>
        <source>Leads in an open stage they may hold.</source>
        <translation>أقصى عدد من العملاء المحتملين في مرحلة مفتوحة يمكن أن يتولاهم.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="120"/>
        <source>New leads they may be given a day.</source>
        <translation>أقصى عدد من العملاء المحتملين الجدد يمكن إسنادهم إليه في اليوم.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="122"/>
        <source>Leads claimed from the pool they may hold untouched.</source>
        <translation>أقصى عدد من العملاء المحتملين المأخوذين من المجمّع يمكنه الاحتفاظ بهم دون تواصل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="124"/>
        <source>Leads they may claim a day.</source>
        <translation>أقصى عدد من العملاء المحتملين يمكنه أخذهم في اليوم.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="125"/>
        <source>Save working time</source>
        <translation>حفظ أوقات العمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="140"/>
        <source>Working time</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="142"/>
        <source>Working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="143"/>
        <source>From – to (the same: all day)</source>
        <translation>من – إلى (إن تساويا: طوال اليوم)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="144"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="145"/>
        <source>Most open leads</source>
        <translation>الحد الأقصى للعملاء المحتملين المفتوحين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="146"/>
        <source>Most new leads a day</source>
        <translation>الحد الأقصى للعملاء المحتملين الجدد يوميًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="147"/>
        <source>Most untouched claimed leads</source>
        <translation>الحد الأقصى للعملاء المأخوذين دون تواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="148"/>
        <source>Most claims a day</source>
        <translation>الحد الأقصى لمرات الأخذ يوميًا</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="64"/>
        <source>Edit person</source>
        <translation>تعديل الشخص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="64"/>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="78"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="79"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="80"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>PoolActions</name>
    <message>
        <location filename="../../leaddesk/ui/pool/claims.py" line="52"/>
        <source>Choose who you are (at the bottom right) first: claims are made by name.</source>
        <translation>اختر من أنت أولًا (في أسفل اليسار): يُسجَّل الأخذ باسمك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="86"/>
        <source>Claimed %Ln lead(s).</source>
        <translation>
            <numerusform>تم أخذ %Ln عملاء محتملين.</numerusform>
            <numerusform>تم أخذ %Ln عميل محتمل.</numerusform>
            <numerusform>تم أخذ %Ln عميلين محتملين.</numerusform>
            <numerusform>تم أخذ %Ln عملاء محتملين.</numerusform>
            <numerusform>تم أخذ %Ln عميلًا محتملًا.</numerusform>
            <numerusform>تم أخذ %Ln عميل محتمل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/claims.py" line="90"/>
        <source>%1 was taken by %2 a moment ago.</source>
        <translation>أخذ %2 العميل المحتمل %1 قبل لحظات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="95"/>
        <source>%Ln more were taken by others.</source>
        <translation>
            <numerusform>وأخذ غيرك %Ln عملاء محتملين آخرين.</numerusform>
            <numerusform>وأخذ غيرك %Ln عميلًا محتملًا آخر.</numerusform>
            <numerusform>وأخذ غيرك %Ln عميلين محتملين آخرين.</numerusform>
            <numerusform>وأخذ غيرك %Ln عملاء محتملين آخرين.</numerusform>
            <numerusform>وأخذ غيرك %Ln عميلًا محتملًا آخر.</numerusform>
            <numerusform>وأخذ غيرك %Ln عميل محتمل آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="98"/>
        <source>%Ln lead(s) are no longer in the pool.</source>
        <translation>
            <numerusform>لم يعد %Ln عملاء محتملين في المجمّع.</numerusform>
            <numerusform>لم يعد %Ln عميل محتمل في المجمّع.</numerusform>
            <numerusform>لم يعد %Ln عميلان محتملان في المجمّع.</numerusform>
            <numerusform>لم يعد %Ln عملاء محتملين في المجمّع.</numerusform>
            <numerusform>لم يعد %Ln عميلًا محتملًا في المجمّع.</numerusform>
            <numerusform>لم يعد %Ln عميل محتمل في المجمّع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="102"/>
        <source>%Ln not claimed: you have reached your limit of %1 untouched claimed leads.</source>
        <translation>
            <numerusform>لم يُؤخذ %Ln عملاء محتملين: بلغت حدك الأقصى وهو %1 من العملاء المأخوذين دون تواصل.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميل محتمل: بلغت حدك الأقصى وهو %1 من العملاء المأخوذين دون تواصل.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميلان محتملان: بلغت حدك الأقصى وهو %1 من العملاء المأخوذين دون تواصل.</numerusform>
            <numerusform>لم يُؤخذ %Ln عملاء محتملين: بلغت حدك الأقصى وهو %1 من العملاء المأخوذين دون تواصل.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميلًا محتملًا: بلغت حدك الأقصى وهو %1 من العملاء المأخوذين دون تواصل.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميل محتمل: بلغت حدك الأقصى وهو %1 من العملاء المأخوذين دون تواصل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="109"/>
        <source>%Ln not claimed: you have reached your limit of %1 claims a day.</source>
        <translation>
            <numerusform>لم يُؤخذ %Ln عملاء محتملين: بلغت حدك الأقصى وهو %1 من مرات الأخذ في اليوم.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميل محتمل: بلغت حدك الأقصى وهو %1 من مرات الأخذ في اليوم.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميلان محتملان: بلغت حدك الأقصى وهو %1 من مرات الأخذ في اليوم.</numerusform>
            <numerusform>لم يُؤخذ %Ln عملاء محتملين: بلغت حدك الأقصى وهو %1 من مرات الأخذ في اليوم.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميلًا محتملًا: بلغت حدك الأقصى وهو %1 من مرات الأخذ في اليوم.</numerusform>
            <numerusform>لم يُؤخذ %Ln عميل محتمل: بلغت حدك الأقصى وهو %1 من مرات الأخذ في اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/claims.py" line="112"/>
        <source>Nothing was claimed.</source>
        <translation>لم يُؤخذ أي عميل محتمل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="132"/>
        <source>Gave %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>أُسند %Ln عملاء محتملين إلى %1.</numerusform>
            <numerusform>أُسند %Ln عميل محتمل إلى %1.</numerusform>
            <numerusform>أُسند %Ln عميلان محتملان إلى %1.</numerusform>
            <numerusform>أُسند %Ln عملاء محتملين إلى %1.</numerusform>
            <numerusform>أُسند %Ln عميلًا محتملًا إلى %1.</numerusform>
            <numerusform>أُسند %Ln عميل محتمل إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="141"/>
        <source>The assignment rules decided again for %Ln lead(s).</source>
        <translation>
            <numerusform>أعادت قواعد الإسناد تحديد وجهة %Ln عملاء محتملين.</numerusform>
            <numerusform>أعادت قواعد الإسناد تحديد وجهة %Ln عميل محتمل.</numerusform>
            <numerusform>أعادت قواعد الإسناد تحديد وجهة %Ln عميلين محتملين.</numerusform>
            <numerusform>أعادت قواعد الإسناد تحديد وجهة %Ln عملاء محتملين.</numerusform>
            <numerusform>أعادت قواعد الإسناد تحديد وجهة %Ln عميلًا محتملًا.</numerusform>
            <numerusform>أعادت قواعد الإسناد تحديد وجهة %Ln عميل محتمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="151"/>
        <source>Returned %Ln lead(s) to the pool.</source>
        <translation>
            <numerusform>أُعيد %Ln عملاء محتملين إلى المجمّع.</numerusform>
            <numerusform>أُعيد %Ln عميل محتمل إلى المجمّع.</numerusform>
            <numerusform>أُعيد %Ln عميلان محتملان إلى المجمّع.</numerusform>
            <numerusform>أُعيد %Ln عملاء محتملين إلى المجمّع.</numerusform>
            <numerusform>أُعيد %Ln عميلًا محتملًا إلى المجمّع.</numerusform>
            <numerusform>أُعيد %Ln عميل محتمل إلى المجمّع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="159"/>
        <source>Released %Ln untouched claim(s) of %1.</source>
        <translation>
            <numerusform>أُلغي أخذ %1 لـ%Ln عملاء محتملين دون تواصل.</numerusform>
            <numerusform>أُلغي أخذ %1 لـ%Ln عميل محتمل دون تواصل.</numerusform>
            <numerusform>أُلغي أخذ %1 لـ%Ln عميلين محتملين دون تواصل.</numerusform>
            <numerusform>أُلغي أخذ %1 لـ%Ln عملاء محتملين دون تواصل.</numerusform>
            <numerusform>أُلغي أخذ %1 لـ%Ln عميلًا محتملًا دون تواصل.</numerusform>
            <numerusform>أُلغي أخذ %1 لـ%Ln عميل محتمل دون تواصل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="102"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="104"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="105"/>
        <source>%1 d</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="127"/>
        <source>Late: %1</source>
        <translation>متأخر: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="143"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="144"/>
        <source>Name or company</source>
        <translation>الاسم أو الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="145"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="146"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="147"/>
        <source>Qualified</source>
        <translation>التأهيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="148"/>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="149"/>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="150"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="151"/>
        <source>First contact due</source>
        <translation>موعد التواصل الأول</translation>
    </message>
</context>
<context>
    <name>PoolScreen</name>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="73"/>
        <location filename="../../leaddesk/ui/pool/screen.py" line="79"/>
        <source>Claim</source>
        <translation>أخذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="80"/>
        <source>Make the selected leads yours (Ctrl+K)</source>
        <translation>اجعل العملاء المحتملين المحددين لك (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="81"/>
        <source>Assign to…</source>
        <translation>إسناد إلى…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="83"/>
        <location filename="../../leaddesk/ui/pool/screen.py" line="258"/>
        <source>Distribute now</source>
        <translation>التوزيع الآن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="86"/>
        <source>Let the assignment rules give out the selected leads now</source>
        <translation>دع قواعد الإسناد توزّع العملاء المحتملين المحددين الآن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="88"/>
        <source>Release claims of…</source>
        <translation>إلغاء الأخذ لـ…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="90"/>
        <source>Send all of a rep&apos;s untouched claimed leads back to the pool</source>
        <translation>إعادة كل العملاء المحتملين الذين أخذهم مندوب ولم يتواصل معهم إلى المجمّع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/screen.py" line="216"/>
        <source>%Ln lead(s) in the pool</source>
        <translation>
            <numerusform>%Ln عملاء محتملين في المجمّع</numerusform>
            <numerusform>%Ln عميل محتمل في المجمّع</numerusform>
            <numerusform>%Ln عميلان محتملان في المجمّع</numerusform>
            <numerusform>%Ln عملاء محتملين في المجمّع</numerusform>
            <numerusform>%Ln عميلًا محتملًا في المجمّع</numerusform>
            <numerusform>%Ln عميل محتمل في المجمّع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="218"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 محدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="251"/>
        <source>Assign to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="262"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="129"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="131"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="137"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="39"/>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="41"/>
        <source>The first rows as they will be saved; nothing is saved yet. Coloured cells have a problem: point at one to see it.</source>
        <translation>الصفوف الأولى كما ستُحفظ؛ لم يُحفظ شيء بعد. الخلايا الملوّنة فيها مشكلة: أشر إلى إحداها لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="45"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="55"/>
        <source>Stop checking</source>
        <translation>إيقاف الفحص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="73"/>
        <source>Checking every row of the file…</source>
        <translation>جارٍ فحص كل صفوف الملف…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="105"/>
        <source>%1 rows: %2 new leads, %3 updates, %4 duplicates skipped, %5 rejected.</source>
        <translation>%1 صف: %2 عميل محتمل جديد، %3 تحديث، %4 مكرر تم تخطيه، %5 مرفوض.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="111"/>
        <source>(Stopped early: these are the rows checked so far.)</source>
        <translation>(توقف الفحص مبكرًا: هذه هي الصفوف التي فُحصت حتى الآن.)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="38"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;المعاينة&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="40"/>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="41"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="48"/>
        <source>The lead&apos;s own</source>
        <translation>الخاص بالعميل المحتمل</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../leaddesk/ui/worker.py" line="50"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="61"/>
        <source>Reason for %1</source>
        <translation>سبب %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="64"/>
        <source>Say why %Ln lead(s) move to %1.</source>
        <translation>
            <numerusform>اذكر سبب نقل %Ln عملاء محتملين إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %Ln عميل محتمل إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %Ln عميل محتمل إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %Ln عملاء محتملين إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %Ln عميل محتمل إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %Ln عميل محتمل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="70"/>
        <source>Stopped buying</source>
        <translation>توقف عن الشراء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="71"/>
        <source>Contract ended</source>
        <translation>انتهى العقد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="72"/>
        <source>Went quiet</source>
        <translation>انقطع التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="73"/>
        <source>Moved or closed</source>
        <translation>انتقل أو أغلق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="77"/>
        <source>No budget</source>
        <translation>لا توجد ميزانية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="78"/>
        <source>Not a fit for our products</source>
        <translation>منتجاتنا لا تناسبه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="79"/>
        <source>Chose a competitor</source>
        <translation>اختار منافساً</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="80"/>
        <source>Not the decision maker</source>
        <translation>ليس صاحب القرار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="81"/>
        <source>Could not reach</source>
        <translation>تعذّر الوصول إليه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="82"/>
        <source>Spam or duplicate</source>
        <translation>رسالة مزعجة أو مكررة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="84"/>
        <source>Choose a reason…</source>
        <translation>اختر سبباً…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="87"/>
        <source>Other (say below)</source>
        <translation>سبب آخر (اذكره أدناه)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="90"/>
        <source>Details (optional)</source>
        <translation>تفاصيل (اختياري)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="91"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="92"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>ReliabilityChart</name>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="35"/>
        <source>Reliability: predicted against what happened</source>
        <translation>الموثوقية: المتوقَّع مقابل ما حدث</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="39"/>
        <source>Each point is a band of leads the model never saw: across, the chance it gave them; up, the share that became customers. On the dashed line the chances are exactly right.</source>
        <translation>كل نقطة مجموعة من العملاء المحتملين لم يرها النموذج من قبل: أفقيًا الفرصة التي أعطاها لهم، وعموديًا نسبة من أصبحوا عملاء. على الخط المتقطع تكون الفرص صحيحة تمامًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="59"/>
        <source>Predicted chance</source>
        <translation>الفرصة المتوقَّعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="60"/>
        <source>Became customers</source>
        <translation>أصبحوا عملاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="86"/>
        <source>Given %1 to %2: %3 leads, on average %4; %5 became customers.</source>
        <translation>فرصة من %1 إلى %2: %3 من العملاء المحتملين، بمتوسط %4؛ أصبح %5 منهم عملاء.</translation>
    </message>
</context>
<context>
    <name>ReportPresenter</name>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="56"/>
        <source>%1: %2 leads</source>
        <translation>%1: %2 عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="62"/>
        <source>%1 of the step before; %2 dropped off</source>
        <translation>%1 من الخطوة السابقة؛ انسحب %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="93"/>
        <source>Q%1 %2</source>
        <translation>ر%1 %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="106"/>
        <source>No source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="117"/>
        <source>%1: %2 leads, %3</source>
        <translation>%1: %2 عميل محتمل، %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="138"/>
        <source>%1: %2 won, %3</source>
        <translation>%1: %2 مكسوبة، %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="148"/>
        <source>Won value</source>
        <translation>القيمة المكسوبة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="156"/>
        <source>%1: mean %2, median %3, over %4 leads</source>
        <translation>%1: المتوسط %2، الوسيط %3، على %4 عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="166"/>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="167"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="177"/>
        <source>%1: %2 of %3 leads became customers (%4)</source>
        <translation>%1: أصبح %2 من %3 عملاء (%4)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="186"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="190"/>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="195"/>
        <source>Reached %1</source>
        <translation>بلغوا %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="212"/>
        <source>Created from %1</source>
        <translation>أُنشئت منذ %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="216"/>
        <source>In %1 today</source>
        <translation>في %1 اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="220"/>
        <source>Won from %1</source>
        <translation>مكسوبة منذ %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="231"/>
        <source>Customers: %1</source>
        <translation>العملاء: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="64"/>
        <location filename="../../leaddesk/ui/backups/restore.py" line="116"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="79"/>
        <source>Restoring replaces everything in the database with the backup&apos;s content. What it holds now is backed up first, so you can go back to it.</source>
        <translation>تستبدل الاستعادة كل ما في قاعدة البيانات بمحتوى النسخة الاحتياطية. يُنسخ ما تحتويه الآن احتياطيًا أولًا، لتتمكن من العودة إليه.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="87"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="117"/>
        <source>Replace everything in the database with the backup taken %1?</source>
        <translation>استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المأخوذة في %1؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="130"/>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="93"/>
        <source>Automatic first response</source>
        <translation>الرد الأول التلقائي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="102"/>
        <source>Web form %1</source>
        <translation>نموذج الويب %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="112"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="117"/>
        <source>Send automatically</source>
        <translation>الإرسال تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="133"/>
        <source>New leads from</source>
        <translation>العملاء المحتملون الجدد من</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="134"/>
        <source>Answer with</source>
        <translation>الرد باستخدام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="135"/>
        <source>Wait before sending</source>
        <translation>الانتظار قبل الإرسال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="136"/>
        <source>Sender&apos;s name</source>
        <translation>اسم المرسِل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="137"/>
        <source>Sender&apos;s address</source>
        <translation>عنوان المرسِل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="141"/>
        <source>Each new lead is answered once. Leads who asked not to be contacted on the template&apos;s channel, or have no address for it, get nothing, and their timeline says why. WhatsApp and SMS answers wait in the outbox for you to send.</source>
        <translation>يُرد على كل عميل محتمل جديد مرة واحدة. العملاء المحتملون الذين طلبوا عدم التواصل معهم عبر قناة القالب، أو ليس لديهم عنوان لها، لا يتلقون شيئًا، ويذكر سجلهم الزمني السبب. تنتظر ردود واتساب والرسائل النصية في صندوق الصادر لترسلها بنفسك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="164"/>
        <source>There is no template to answer with yet.</source>
        <translation>لا يوجد قالب للرد به بعد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="63"/>
        <source>Edit rule</source>
        <translation>تعديل القاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="63"/>
        <source>Add a rule</source>
        <translation>إضافة قاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="88"/>
        <source>no lowest</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="89"/>
        <source>no highest</source>
        <translation>بلا حد أعلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="94"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="103"/>
        <source>(any)</source>
        <translation>(أي وسم)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="116"/>
        <source>Negative points take points away.</source>
        <translation>النقاط السالبة تخصم من النقاط.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="117"/>
        <source>Every time it happens</source>
        <translation>في كل مرة يحدث فيها ذلك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="122"/>
        <source>no cap</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="123"/>
        <source>Points fade</source>
        <translation>تتلاشى النقاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="128"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="129"/>
        <source>After this many days a rule&apos;s points count half.</source>
        <translation>بعد هذا العدد من الأيام تُحتسب نقاط القاعدة بالنصف.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="132"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="133"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="134"/>
        <source>Operator</source>
        <translation>المعامل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="135"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="136"/>
        <source>Range</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="137"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="138"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="139"/>
        <source>What the lead did</source>
        <translation>ما فعله العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="140"/>
        <source>Contacts without an answer</source>
        <translation>محاولات تواصل بلا رد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="141"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="143"/>
        <source>Up to</source>
        <translation>بحد أقصى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="145"/>
        <source>Half-life</source>
        <translation>عمر النصف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="146"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="181"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="227"/>
        <source>Values, separated by commas</source>
        <translation>القيم مفصولة بفواصل (,)</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="75"/>
        <source>Add a rule…</source>
        <translation>إضافة قاعدة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="76"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="78"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="80"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="82"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="85"/>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="225"/>
        <source>Switch off</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="96"/>
        <source>Save rules</source>
        <translation>حفظ القواعد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="97"/>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="104"/>
        <source>When no rule matches, send to</source>
        <translation>عند عدم تطابق أي قاعدة، أرسل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="110"/>
        <source>The rules are read from the top for each new lead: the first whose conditions all hold decides where it goes.</source>
        <translation>تُقرأ القواعد من الأعلى لكل عميل محتمل جديد: أول قاعدة تتحقق كل شروطها تحدد وجهته.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="166"/>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="225"/>
        <source>Switch on</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="273"/>
        <source>Rule %1 (%2): %3</source>
        <translation>القاعدة %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="279"/>
        <source>When no rule matches: %1</source>
        <translation>عند عدم تطابق أي قاعدة: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="54"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="61"/>
        <source>%v of %m rows</source>
        <translation>%v من %m صف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="62"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="64"/>
        <source>Save rejected rows…</source>
        <translation>حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="108"/>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="152"/>
        <source>%1 rows: %2 new leads, %3 updated, %4 duplicates skipped, %5 rejected.</source>
        <translation>%1 صف: %2 عميل محتمل جديد، %3 محدَّث، %4 مكرر تم تخطيه، %5 مرفوض.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="159"/>
        <source>The import was cancelled. What it saved is kept in whole chunks; import the same file again to go on where it stopped.</source>
        <translation>أُلغي الاستيراد. ما حُفظ منه محفوظ في دفعات كاملة؛ استورد الملف نفسه مرة أخرى للمتابعة من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="167"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="167"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="191"/>
        <source>Imported already</source>
        <translation>مستورد من قبل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="194"/>
        <source>Import again anyway</source>
        <translation>الاستيراد مجددًا على أي حال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="202"/>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="222"/>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="202"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="219"/>
        <source>Saving the rejected rows…</source>
        <translation>جارٍ حفظ الصفوف المرفوضة…</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="93"/>
        <source>Likely to become a customer: %1</source>
        <translation>احتمال أن يصبح عميلًا: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="99"/>
        <source>Raising it: %1</source>
        <translation>يرفعه: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="105"/>
        <source>Lowering it: %1</source>
        <translation>يخفضه: %1</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="123"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="126"/>
        <source>%1 points. MQL from %2, SQL from %3.</source>
        <translation>النقاط: %1. MQL من %2، وSQL من %3.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="133"/>
        <source>%1 This lead is %2.</source>
        <translation>%1 هذا العميل المحتمل مصنَّف %2.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="147"/>
        <source>No rule gives this lead points yet.</source>
        <translation>لا تمنح أي قاعدة هذا العميل المحتمل نقاطًا بعد.</translation>
    </message>
</context>
<context>
    <name>ScoreButton</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="173"/>
        <source>Which rules gave these points</source>
        <translation>القواعد التي منحت هذه النقاط</translation>
    </message>
</context>
<context>
    <name>ScoreRulesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="49"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="50"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="51"/>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="52"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="53"/>
        <source>Counts</source>
        <translation>الاحتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="54"/>
        <source>Half-life</source>
        <translation>عمر النصف</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="48"/>
        <source>Fit</source>
        <translation>الملاءمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="49"/>
        <source>Behaviour</source>
        <translation>السلوك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="50"/>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="57"/>
        <source>equals</source>
        <translation>يساوي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="58"/>
        <source>is one of</source>
        <translation>يساوي إحدى القيم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="59"/>
        <source>contains</source>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="60"/>
        <source>is between</source>
        <translation>يقع بين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="61"/>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="62"/>
        <source>is given</source>
        <translation>مُعبّأ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="69"/>
        <source>Replied</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="70"/>
        <source>Meeting held</source>
        <translation>عُقد اجتماع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="71"/>
        <source>Call with a good outcome</source>
        <translation>مكالمة بنتيجة جيدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="72"/>
        <source>No answer to the last contacts</source>
        <translation>لا رد على آخر محاولات التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="90"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="91"/>
        <source>Product of interest</source>
        <translation>المنتج محل الاهتمام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="92"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="93"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="101"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="102"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="107"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="125"/>
        <source>%1 tagged %2</source>
        <translation>%1 بالوسم %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="143"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 من %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="145"/>
        <source>%1 at least %2</source>
        <translation>%1 %2 على الأقل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="147"/>
        <source>%1 at most %3</source>
        <translation>%1 %3 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="151"/>
        <source>%1 %2</source>
        <translation>حقل %1 %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="156"/>
        <source>%1 %2 %3</source>
        <translation>حقل %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="166"/>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="168"/>
        <source>Every time</source>
        <translation>في كل مرة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="169"/>
        <source>Every time, up to %1</source>
        <translation>في كل مرة، بحد أقصى %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="186"/>
        <source>Choose a field and an operator.</source>
        <translation>اختر حقلًا ومعاملًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="187"/>
        <source>Choose a kind of activity or a tag.</source>
        <translation>اختر نوع نشاط أو وسمًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="188"/>
        <source>Choose what the rule counts.</source>
        <translation>اختر ما تحتسبه القاعدة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="191"/>
        <source>A rule needs a name of 1 to 120 characters.</source>
        <translation>تحتاج القاعدة إلى اسم من 1 إلى 120 محرفًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="194"/>
        <source>Points must be between −%1 and %1, and not 0.</source>
        <translation>يجب أن تكون النقاط بين −%1 و%1، وألا تساوي 0.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="197"/>
        <source>This condition needs a value.</source>
        <translation>يحتاج هذا الشرط إلى قيمة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="198"/>
        <source>The number of contacts must be between 1 and 20.</source>
        <translation>يجب أن يكون عدد محاولات التواصل بين 1 و20.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="201"/>
        <source>A half-life is more than 0 and at most %1 days.</source>
        <translation>يجب أن يكون عمر النصف أكبر من 0 وألا يتجاوز %1 يومًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="204"/>
        <source>A cap must be more than 0 points.</source>
        <translation>يجب أن يكون الحد الأقصى أكبر من 0 نقطة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="205"/>
        <source>The MQL threshold must be above 0 and below the SQL threshold, which is at most %1.</source>
        <translation>يجب أن يكون حد MQL أكبر من 0 وأقل من حد SQL، الذي لا يتجاوز %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="217"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="219"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="224"/>
        <source>Score %1</source>
        <translation>التقييم %1</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="71"/>
        <source>Add a rule…</source>
        <translation>إضافة قاعدة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="72"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="73"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="75"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="78"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="85"/>
        <source> points</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="88"/>
        <source>Marketing-qualified: interested, needs nurturing.</source>
        <translation>مؤهَّل تسويقيًا: مهتم، ويحتاج إلى رعاية.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="89"/>
        <source>Sales-qualified: ready to buy, needs a rep.</source>
        <translation>مؤهَّل للمبيعات: جاهز للشراء، ويحتاج إلى مندوب.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="100"/>
        <source>How many leads are MQL and SQL now, and would be if these rules were saved.</source>
        <translation>كم عميلًا محتملًا مصنَّف MQL وSQL الآن، وكم سيكون عددهم لو حُفظت هذه القواعد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="102"/>
        <source>Save and rescore</source>
        <translation>حفظ وإعادة التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="103"/>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="113"/>
        <source>Counting the leads under these rules…</source>
        <translation>جارٍ عدّ العملاء المحتملين وفق هذه القواعد…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="138"/>
        <source>Thresholds</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="140"/>
        <source>MQL from</source>
        <translation>MQL من</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="143"/>
        <source>SQL from</source>
        <translation>SQL من</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="150"/>
        <source>Fit rules count who the lead is; behaviour rules what the lead did, and engagement rules how the lead answers. Behaviour and engagement points fade: after the half-life they count half. Saving rescores every lead.</source>
        <translation>تحتسب قواعد الملاءمة من هو العميل المحتمل، وقواعد السلوك ما فعله، وقواعد التفاعل كيف يرد. تتلاشى نقاط السلوك والتفاعل: بعد عمر النصف تُحتسب بالنصف. الحفظ يعيد تقييم كل عميل محتمل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/scoring.py" line="268"/>
        <source>Now: %1 MQL, %2 SQL · With these rules: %3 MQL, %4 SQL (of %Ln lead(s))</source>
        <translation>
            <numerusform>الآن: %1 MQL، %2 SQL · بهذه القواعد: %3 MQL، %4 SQL (من أصل %Ln عميل محتمل)</numerusform>
            <numerusform>الآن: %1 MQL، %2 SQL · بهذه القواعد: %3 MQL، %4 SQL (من أصل عميل محتمل واحد)</numerusform>
            <numerusform>الآن: %1 MQL، %2 SQL · بهذه القواعد: %3 MQL، %4 SQL (من أصل عميلَين محتملَين)</numerusform>
            <numerusform>الآن: %1 MQL، %2 SQL · بهذه القواعد: %3 MQL، %4 SQL (من أصل %Ln عملاء محتملين)</numerusform>
            <numerusform>الآن: %1 MQL، %2 SQL · بهذه القواعد: %3 MQL، %4 SQL (من أصل %Ln عميلًا محتملًا)</numerusform>
            <numerusform>الآن: %1 MQL، %2 SQL · بهذه القواعد: %3 MQL، %4 SQL (من أصل %Ln عميل محتمل)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="309"/>
        <source>Rule %1 (%2): %3</source>
        <translation>القاعدة %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="335"/>
        <source>Rescoring the leads…</source>
        <translation>جارٍ إعادة تقييم العملاء المحتملين…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="342"/>
        <source>Rescoring the leads: %1 of %2</source>
        <translation>جارٍ إعادة تقييم العملاء المحتملين: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="354"/>
        <source>Every lead is scored with the saved rules.</source>
        <translation>قُيّم كل عميل محتمل وفق القواعد المحفوظة.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="47"/>
        <source>Send an email to %Ln lead(s)</source>
        <translation>
            <numerusform>إرسال بريد إلكتروني إلى %Ln عميل محتمل</numerusform>
            <numerusform>إرسال بريد إلكتروني إلى عميل محتمل واحد</numerusform>
            <numerusform>إرسال بريد إلكتروني إلى عميلَين محتملَين</numerusform>
            <numerusform>إرسال بريد إلكتروني إلى %Ln عملاء محتملين</numerusform>
            <numerusform>إرسال بريد إلكتروني إلى %Ln عميلًا محتملًا</numerusform>
            <numerusform>إرسال بريد إلكتروني إلى %Ln عميل محتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="48"/>
        <source>Send a WhatsApp message to %Ln lead(s)</source>
        <translation>
            <numerusform>إرسال رسالة واتساب إلى %Ln عميل محتمل</numerusform>
            <numerusform>إرسال رسالة واتساب إلى عميل محتمل واحد</numerusform>
            <numerusform>إرسال رسالة واتساب إلى عميلَين محتملَين</numerusform>
            <numerusform>إرسال رسالة واتساب إلى %Ln عملاء محتملين</numerusform>
            <numerusform>إرسال رسالة واتساب إلى %Ln عميلًا محتملًا</numerusform>
            <numerusform>إرسال رسالة واتساب إلى %Ln عميل محتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="49"/>
        <source>Send an SMS to %Ln lead(s)</source>
        <translation>
            <numerusform>إرسال رسالة نصية إلى %Ln عميل محتمل</numerusform>
            <numerusform>إرسال رسالة نصية إلى عميل محتمل واحد</numerusform>
            <numerusform>إرسال رسالة نصية إلى عميلَين محتملَين</numerusform>
            <numerusform>إرسال رسالة نصية إلى %Ln عملاء محتملين</numerusform>
            <numerusform>إرسال رسالة نصية إلى %Ln عميلًا محتملًا</numerusform>
            <numerusform>إرسال رسالة نصية إلى %Ln عميل محتمل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="64"/>
        <source>Write to each lead in their own language</source>
        <translation>راسل كل عميل محتمل بلغته</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="68"/>
        <source>Leads in Poland get the Polish template of the same kind, leads in Arabic-speaking countries the Arabic one, when there is one.</source>
        <translation>يتلقى العملاء المحتملون في بولندا القالب البولندي من النوع نفسه، ويتلقى العملاء في البلدان الناطقة بالعربية القالب العربي، إن وُجد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="75"/>
        <source>Each lead&apos;s own product</source>
        <translation>منتج كل عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="79"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="81"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="97"/>
        <source>%Ln of the chosen leads asked not to be contacted this way; they are skipped.</source>
        <translation>
            <numerusform>%Ln من العملاء المحتملين المختارين طلبوا عدم التواصل معهم بهذه الطريقة؛ سيتم تخطيهم.</numerusform>
            <numerusform>%Ln من العملاء المحتملين المختارين طلب عدم التواصل معه بهذه الطريقة؛ سيتم تخطيه.</numerusform>
            <numerusform>%Ln من العملاء المحتملين المختارين طلبا عدم التواصل معهما بهذه الطريقة؛ سيتم تخطيهما.</numerusform>
            <numerusform>%Ln من العملاء المحتملين المختارين طلبوا عدم التواصل معهم بهذه الطريقة؛ سيتم تخطيهم.</numerusform>
            <numerusform>%Ln من العملاء المحتملين المختارين طلبوا عدم التواصل معهم بهذه الطريقة؛ سيتم تخطيهم.</numerusform>
            <numerusform>%Ln من العملاء المحتملين المختارين طلبوا عدم التواصل معهم بهذه الطريقة؛ سيتم تخطيهم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="109"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="109"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="116"/>
        <source>&lt;b&gt;The first message&lt;/b&gt;</source>
        <translation>&lt;b&gt;الرسالة الأولى&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="122"/>
        <source>Email is not set up yet: add your SMTP server and address in Settings.</source>
        <translation>البريد غير مُعَدّ بعد: أضف خادم SMTP وعنوانك في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="128"/>
        <source>LeadDesk opens each message in the system&apos;s app for you to send, and logs it when you confirm it went.</source>
        <translation>يفتح LeadDesk كل رسالة في تطبيق النظام لترسلها، ويسجّلها عندما تؤكّد أنها أُرسلت.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="133"/>
        <source>There is no template for this channel yet.</source>
        <translation>لا يوجد قالب لهذه القناة بعد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="195"/>
        <source>variants %1 are dealt out evenly at random</source>
        <translation>تُوزَّع النسخ %1 بالتساوي عشوائيًا</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="65"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="70"/>
        <source> MB</source>
        <translation> م.ب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="72"/>
        <source>Larger files are refused when attached to a lead, with a message saying so.</source>
        <translation>تُرفض الملفات الأكبر عند إرفاقها بعميل محتمل، مع رسالة توضح ذلك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="84"/>
        <source>The system&apos;s</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="87"/>
        <source>Western digits (0–9) in Arabic</source>
        <translation>أرقام غربية (0–9) في العربية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="91"/>
        <source>Numbers, amounts and dates in Arabic are written 0–9 instead of ٠–٩ (from the next start).</source>
        <translation>تُكتب الأرقام والمبالغ والتواريخ في العربية بالأرقام 0–9 بدلًا من ٠–٩ (من التشغيل التالي).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="96"/>
        <source>Language (from the next start)</source>
        <translation>اللغة (من التشغيل القادم)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="98"/>
        <source>Largest attachment</source>
        <translation>أكبر مرفق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="99"/>
        <source>Country for phone numbers without a code</source>
        <translation>البلد لأرقام الهاتف بلا رمز دولي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="100"/>
        <source>Currency of new leads</source>
        <translation>عملة العملاء الجدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="104"/>
        <source>The country and currency apply to the team&apos;s database as soon as you apply them; the attachment limit applies to files added from now on.</source>
        <translation>يسري البلد والعملة على قاعدة بيانات الفريق فور تطبيقهما؛ ويسري حد المرفقات على الملفات المضافة من الآن.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="129"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="141"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="144"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="147"/>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="151"/>
        <source>Scoring</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="155"/>
        <source>Conversion model</source>
        <translation>نموذج التحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="158"/>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="160"/>
        <source>Web forms</source>
        <translation>نماذج الويب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="163"/>
        <source>First responses</source>
        <translation>الردود الأولى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="291"/>
        <source>The password is kept in your keyring.</source>
        <translation>كلمة المرور محفوظة في سلسلة مفاتيحك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="295"/>
        <source>No keyring works here: the password is kept until LeadDesk closes.</source>
        <translation>لا تعمل سلسلة مفاتيح هنا: تُحفظ كلمة المرور حتى يُغلق LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="314"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="317"/>
        <location filename="../../leaddesk/ui/settings/screen.py" line="323"/>
        <source>Email server</source>
        <translation>خادم البريد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="324"/>
        <source>Connected to %1 and ready to send as %2.</source>
        <translation>تم الاتصال بـ %1 وجاهز للإرسال باسم %2.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="15"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="16"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="17"/>
        <source>Web form</source>
        <translation>نموذج الويب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="18"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="19"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="20"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="21"/>
        <source>Social media</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="22"/>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="23"/>
        <source>Walk-in</source>
        <translation>زيارة مباشرة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="24"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>SourceTargetsDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="46"/>
        <source>Targets of %1</source>
        <translation>مهل %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="52"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="53"/>
        <source>No target</source>
        <translation>بلا مهلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="58"/>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="60"/>
        <source>As usual (%1 h)</source>
        <translation>كالمعتاد (%1 ساعة)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="65"/>
        <source>A new lead from this source past its first-contact target is flagged on its card and in the pool, and its owner is told. The time counts in the working hours of whoever has the lead.</source>
        <translation>العميل المحتمل الجديد من هذا المصدر الذي يتجاوز مهلة التواصل الأول يُعلَّم على بطاقته وفي المجمّع، ويُبلَّغ مسؤوله. يُحتسب الوقت ضمن ساعات عمل من يتولى العميل المحتمل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="73"/>
        <source>First contact within</source>
        <translation>التواصل الأول خلال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="74"/>
        <source>A claim lasts</source>
        <translation>مدة الأخذ</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="31"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="33"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة %2 دقيقة</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="42"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="43"/>
        <source>Whose</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="44"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="45"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="46"/>
        <source>First contact within</source>
        <translation>التواصل الأول خلال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="47"/>
        <source>Claim lasts</source>
        <translation>مدة الأخذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="57"/>
        <source>LeadDesk&apos;s</source>
        <translation>خاص بـ LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="57"/>
        <source>The team&apos;s</source>
        <translation>خاص بالفريق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="58"/>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="58"/>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="59"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="79"/>
        <source>Add a source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="80"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="81"/>
        <location filename="../../leaddesk/ui/settings/sources.py" line="154"/>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="83"/>
        <source>Targets…</source>
        <translation>المهل…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="85"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="87"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="92"/>
        <source>Every list of sources follows this order. A retired source is no longer offered for new leads; leads that came from it keep it, and Insights still counts them. LeadDesk&apos;s own sources are named in each language by the app.</source>
        <translation>تتبع كل قوائم المصادر هذا الترتيب. المصدر الموقوف لا يُعرض للعملاء المحتملين الجدد؛ ويحتفظ به العملاء المحتملون الذين جاؤوا منه، وتظل التحليلات تحتسبهم. مصادر LeadDesk الخاصة يسمّيها التطبيق بكل لغة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="147"/>
        <source>LeadDesk&apos;s own sources are named by the app in each language.</source>
        <translation>مصادر LeadDesk الخاصة يسمّيها التطبيق بكل لغة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="154"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="178"/>
        <source>Name of the source</source>
        <translation>اسم المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="183"/>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="201"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="26"/>
        <source>Open</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="27"/>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="28"/>
        <source>Nurturing</source>
        <translation>رعاية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="29"/>
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="30"/>
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="31"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="32"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="33"/>
        <source>Disqualified</source>
        <translation>مستبعَد</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../leaddesk/ui/board/column.py" line="172"/>
        <source>Collapse or expand this column</source>
        <translation>طي هذا العمود أو توسيعه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/column.py" line="178"/>
        <source>New lead in %1</source>
        <translation>عميل محتمل جديد في %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="214"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln عميل محتمل</numerusform>
            <numerusform>%Ln عميل محتمل</numerusform>
            <numerusform>%Ln عميل محتمل</numerusform>
            <numerusform>%Ln عملاء محتملين</numerusform>
            <numerusform>%Ln عميل محتمل</numerusform>
            <numerusform>%Ln عميل محتمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="266"/>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="49"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="49"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="49"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="56"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="56"/>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
</context>
<context>
    <name>TeamsSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="128"/>
        <source>Name of a new team</source>
        <translation>اسم فريق جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="131"/>
        <source>Create team</source>
        <translation>إنشاء فريق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="132"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="133"/>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="240"/>
        <source>Switch off</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="136"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="137"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="138"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="140"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="146"/>
        <source>A member of weight 2 takes two leads for each one of a weight-1 colleague.</source>
        <translation>يأخذ العضو ذو الوزن 2 عميلَين محتملَين مقابل كل عميل محتمل يأخذه زميل وزنه 1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="149"/>
        <source>Save members</source>
        <translation>حفظ الأعضاء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="158"/>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="170"/>
        <source>Members in rotation order</source>
        <translation>الأعضاء بترتيب التناوب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="181"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="240"/>
        <source>Switch on</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="280"/>
        <source>Rename team</source>
        <translation>إعادة تسمية الفريق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="280"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="57"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="147"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="58"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="150"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="59"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="96"/>
        <source>Add translation</source>
        <translation>إضافة ترجمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="101"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="104"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="105"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="106"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="110"/>
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="117"/>
        <source>Add variant</source>
        <translation>إضافة نسخة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="120"/>
        <source>Remove variant</source>
        <translation>حذف النسخة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="122"/>
        <source>Insert placeholder</source>
        <translation>إدراج عنصر نائب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="141"/>
        <source>Also send an HTML version</source>
        <translation>أرسل أيضًا نسخة HTML</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="145"/>
        <source>&lt;p&gt;Hello {{ lead.first_name }},&lt;/p&gt;</source>
        <translation>&lt;p&gt;مرحبًا {{ lead.first_name }}،&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="237"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="312"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="325"/>
        <source>Variant %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="380"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1، السطر %2، العمود %3: %4</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="390"/>
        <source>Fix the problems above to see the preview.</source>
        <translation>أصلح المشكلات أعلاه لترى المعاينة.</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="113"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="152"/>
        <source>%1 characters</source>
        <translation>عدد الأحرف: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="154"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="154"/>
        <source>Unicode (UCS-2)</source>
        <translation>يونيكود (UCS-2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="156"/>
        <source>%1 of %2 left in the last one</source>
        <translation>يتبقى %1 من %2 في الأخير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/preview.py" line="160"/>
        <source>%Ln SMS segment(s)</source>
        <translation>
            <numerusform>%Ln جزء رسالة نصية</numerusform>
            <numerusform>جزء رسالة نصية واحد</numerusform>
            <numerusform>جزآن من رسالة نصية</numerusform>
            <numerusform>%Ln أجزاء رسالة نصية</numerusform>
            <numerusform>%Ln جزءًا من رسالة نصية</numerusform>
            <numerusform>%Ln جزء رسالة نصية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="25"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="26"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="27"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="28"/>
        <source>Variants</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="54"/>
        <source>Retired: no longer offered</source>
        <translation>متقاعد: لم يعد معروضًا</translation>
    </message>
</context>
<context>
    <name>TemplatesScreen</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="63"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="65"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="71"/>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="73"/>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="409"/>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="76"/>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="81"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="84"/>
        <source>Show retired</source>
        <translation>إظهار الموقوفة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="120"/>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="121"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="128"/>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="237"/>
        <source>Save the template first.</source>
        <translation>احفظ القالب أولًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="303"/>
        <source>Unsaved template</source>
        <translation>قالب غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="304"/>
        <source>Save the changes to %1?</source>
        <translation>حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="305"/>
        <source>the new template</source>
        <translation>القالب الجديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="338"/>
        <source>The template has problems (listed under the text); fix them first.</source>
        <translation>في القالب مشكلات (مدرجة أسفل النص)؛ أصلحها أولًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="356"/>
        <source>Changed meanwhile</source>
        <translation>تغيّر في الأثناء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="358"/>
        <source>Someone else saved this template after you opened it. Keep your version (theirs is replaced) or load theirs (your edits are dropped)?</source>
        <translation>حفظ شخص آخر هذا القالب بعد أن فتحته. هل تحتفظ بنسختك (تُستبدل نسخته) أم تحمّل نسخته (تُتجاهل تعديلاتك)؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="378"/>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="409"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="158"/>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="163"/>
        <source>%1 (undone)</source>
        <translation>%1 (تم التراجع)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="170"/>
        <source>Owner changed</source>
        <translation>تغيّر المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="172"/>
        <source>Released to the pool</source>
        <translation>أُعيد إلى المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="183"/>
        <source>Follow-up done</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="185"/>
        <source>received</source>
        <translation>وارد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="187"/>
        <source>sent</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="194"/>
        <source>template %1, variant %2</source>
        <translation>القالب %1، النسخة %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="201"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="210"/>
        <source>Lead created</source>
        <translation>أُنشئ العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="212"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="214"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="216"/>
        <source>No automatic first response: %1</source>
        <translation>لا رد أول تلقائي: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="222"/>
        <source>Came in through the web form %1</source>
        <translation>وصل عبر نموذج الويب %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="224"/>
        <source>Sent the web form %1 again</source>
        <translation>أرسل نموذج الويب %1 مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="235"/>
        <source>Past its first-contact target: the first contact was due by %1</source>
        <translation>تجاوز مهلة التواصل الأول: كان التواصل الأول مستحقًا بحلول %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="243"/>
        <source>Follow-up planned for %1: %2</source>
        <translation>متابعة مخططة في %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="260"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="267"/>
        <source>Merged %1 into this lead</source>
        <translation>دُمج %1 في هذا العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="270"/>
        <source>Unmerged %1: separate leads again</source>
        <translation>أُلغي دمج %1: عادوا عملاء محتملين منفصلين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="388"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_texts.py" line="22"/>
        <source>Became SQL</source>
        <translation>أصبح SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_texts.py" line="24"/>
        <source>Became MQL</source>
        <translation>أصبح MQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_texts.py" line="33"/>
        <source>%1: %2 points: %3</source>
        <translation>%1: مجموع النقاط %2: %3</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline_panel.py" line="62"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;السجل الزمني&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline_panel.py" line="104"/>
        <source>Undo merge…</source>
        <translation>التراجع عن الدمج…</translation>
    </message>
</context>
<context>
    <name>UndoMerge</name>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="25"/>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="39"/>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="26"/>
        <source>Put the merged leads back as they were before the merge? Their timeline entries, follow-ups, files and messages go back to them. What was added to this lead since the merge stays here.</source>
        <translation>إعادة العملاء المحتملين المدموجين كما كانوا قبل الدمج؟ تعود إليهم إدخالات سجلهم الزمني ومتابعاتهم وملفاتهم ورسائلهم. ويبقى هنا ما أُضيف إلى هذا العميل المحتمل منذ الدمج.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="43"/>
        <source>The merge was undone.</source>
        <translation>تم التراجع عن الدمج.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="46"/>
        <source>The merge was undone. These fields were edited after the merge, so this lead keeps the later values: %1</source>
        <translation>تم التراجع عن الدمج. عُدّلت هذه الحقول بعد الدمج، لذا يحتفظ هذا العميل المحتمل بالقيم الأحدث: %1</translation>
    </message>
</context>
<context>
    <name>VariantReportView</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="43"/>
        <source>Variant</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="44"/>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="45"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="46"/>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="47"/>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="103"/>
        <source>Reply rate</source>
        <translation>معدل الرد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="48"/>
        <source>Qualified or won</source>
        <translation>مؤهَّل أو مكسوب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="49"/>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="107"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="98"/>
        <source>Nothing has been sent with this template yet.</source>
        <translation>لم يُرسل شيء بهذا القالب بعد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="112"/>
        <source>A reply counts when an incoming message or call is logged within %1 days of the message; a conversion when the lead later reached Qualified or Customer.</source>
        <translation>يُحتسب الرد عندما تُسجَّل رسالة أو مكالمة واردة خلال %1 يومًا من الرسالة؛ ويُحتسب التحويل عندما يبلغ العميل المحتمل لاحقًا مرحلة «مؤهَّل» أو «عميل».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="117"/>
        <source>%Ln message(s) are still within their reply window.</source>
        <translation>
            <numerusform>لا توجد رسائل ضمن مهلة الرد.</numerusform>
            <numerusform>لا تزال رسالة واحدة ضمن مهلة الرد.</numerusform>
            <numerusform>لا تزال رسالتان ضمن مهلة الرد.</numerusform>
            <numerusform>لا تزال %Ln رسائل ضمن مهلة الرد.</numerusform>
            <numerusform>لا تزال %Ln رسالةً ضمن مهلة الرد.</numerusform>
            <numerusform>لا تزال %Ln رسالة ضمن مهلة الرد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="129"/>
        <source>%1: no difference can be measured yet.</source>
        <translation>%1: لا يمكن قياس أي فرق بعد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="138"/>
        <source>%1: variant %2 does best (%3), and the difference is significant at 95% (p = %4).</source>
        <translation>%1: النسخة %2 هي الأفضل (%3)، والفرق دالّ إحصائيًا عند مستوى 95% (p = %4).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="142"/>
        <source>%1: variant %2 leads (%3), but the difference is not significant at 95% (p = %4); keep sending before you decide.</source>
        <translation>%1: النسخة %2 في المقدمة (%3)، لكن الفرق غير دالّ إحصائيًا عند مستوى 95% (p = %4)؛ واصل الإرسال قبل أن تقرّر.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="152"/>
        <source>There are still few messages, so read this with care.</source>
        <translation>لا تزال الرسائل قليلة، فاقرأ هذا بحذر.</translation>
    </message>
</context>
<context>
    <name>WebFormEditor</name>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="71"/>
        <source>Fields the form asks for</source>
        <translation>الحقول التي يطلبها النموذج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="79"/>
        <source>https://… (empty: a thank-you page)</source>
        <translation>https://… (فارغ: صفحة شكر)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="90"/>
        <source>New token</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="93"/>
        <source>The old token stops working at once: put the new snippet on the site.</source>
        <translation>يتوقف الرمز القديم عن العمل فورًا: ضع مقتطف الشيفرة الجديد على الموقع.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="98"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="101"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="103"/>
        <source>Source of its leads</source>
        <translation>مصدر عملائه المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="104"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="105"/>
        <source>Page after sending</source>
        <translation>الصفحة بعد الإرسال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="109"/>
        <source>(nothing for scoring)</source>
        <translation>(لا شيء للتقييم)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="113"/>
        <source>Each submission is also this action of the lead&apos;s, which scoring counts.</source>
        <translation>يُعدّ كل إرسال أيضًا هذا الإجراء من العميل المحتمل، ويحتسبه التقييم.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="115"/>
        <source>Counts as</source>
        <translation>يُحتسب على أنه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="116"/>
        <source>Address key</source>
        <translation>مفتاح العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="117"/>
        <source>Secret token</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="123"/>
        <source>Save the form to get its HTML snippet.</source>
        <translation>احفظ النموذج للحصول على مقتطف HTML الخاص به.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="125"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="143"/>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="147"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>WebFormModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="38"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="38"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="38"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="45"/>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="45"/>
        <source>Taking submissions</source>
        <translation>يستقبل الإرسالات</translation>
    </message>
</context>
<context>
    <name>WebForms</name>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="58"/>
        <source>A web form needs a name.</source>
        <translation>يحتاج نموذج الويب إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="61"/>
        <source>A web form cannot ask for this field.</source>
        <translation>لا يمكن لنموذج الويب أن يطلب هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="64"/>
        <source>Tick the first name or the last name: a lead needs a name.</source>
        <translation>حدّد الاسم الأول أو اسم العائلة: يحتاج العميل المحتمل إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="67"/>
        <source>Tick the email, phone or WhatsApp field: the team needs a way to answer.</source>
        <translation>حدّد حقل البريد الإلكتروني أو الهاتف أو واتساب: يحتاج الفريق إلى وسيلة للرد.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="70"/>
        <source>Not a web address; it starts with http:// or https://.</source>
        <translation>ليس عنوان ويب؛ يبدأ العنوان بـ http:// أو https://.</translation>
    </message>
</context>
<context>
    <name>WebFormsPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="65"/>
        <source>New form</source>
        <translation>نموذج جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="66"/>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="143"/>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="71"/>
        <source>Where the web site reaches `leaddesk capture serve`: the snippets post here.</source>
        <translation>العنوان الذي يصل عبره الموقع إلى `leaddesk capture serve`: ترسل مقتطفات الشيفرة إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="80"/>
        <source>Run `leaddesk capture serve` where the web site can reach it. A retired form refuses new submissions; its leads stay.</source>
        <translation>شغّل `leaddesk capture serve` حيث يمكن للموقع الوصول إليه. النموذج الموقوف يرفض الإرسالات الجديدة؛ ويبقى عملاؤه المحتملون.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="100"/>
        <source>Address of the capture service</source>
        <translation>عنوان خدمة الالتقاط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="143"/>
        <source>Bring back</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="220"/>
        <source>The address starts with http:// or https://.</source>
        <translation>يبدأ العنوان بـ http:// أو https://.</translation>
    </message>
</context>
<context>
    <name>WeightsModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="49"/>
        <source>What the model reads</source>
        <translation>ما يقرؤه النموذج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="49"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="49"/>
        <source>Odds</source>
        <translation>الاحتمالات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="59"/>
        <source>How many times the odds of becoming a customer change with it</source>
        <translation>كم مرة تتغير معه احتمالات أن يصبح عميلًا</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="53"/>
        <source>Welcome to LeadDesk</source>
        <translation>مرحبًا بك في LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="60"/>
        <source>Nobody works in this database yet. Say who you are: you become its owner, and can add the rest of the team in Settings ▸ People.</source>
        <translation>لا أحد يعمل في قاعدة البيانات هذه بعد. عرّف بنفسك: ستصبح مالكها، ويمكنك إضافة بقية الفريق من الإعدادات ◂ الأشخاص.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="87"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="88"/>
        <source>Your email</source>
        <translation>بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="89"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="90"/>
        <source>Currency of your deals</source>
        <translation>عملة صفقاتك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="91"/>
        <source>Country of phone numbers without a code</source>
        <translation>بلد أرقام الهاتف بدون رمز</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="97"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="109"/>
        <source>Use a three-letter currency code, such as USD.</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف، مثل USD.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="163"/>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="164"/>
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
</context>
<context>
    <name>WorkingModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="58"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="58"/>
        <source>Working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="58"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="71"/>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="72"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="74"/>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="76"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/names/scoring.py" line="40"/>
        <source>No answer to the last %Ln contact(s)</source>
        <translation>
            <numerusform>لا رد على آخر %Ln محاولة تواصل</numerusform>
            <numerusform>لا رد على آخر محاولة تواصل</numerusform>
            <numerusform>لا رد على آخر محاولتَي تواصل</numerusform>
            <numerusform>لا رد على آخر %Ln محاولات تواصل</numerusform>
            <numerusform>لا رد على آخر %Ln محاولةَ تواصل</numerusform>
            <numerusform>لا رد على آخر %Ln محاولة تواصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/names/scoring.py" line="43"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
</TS>
