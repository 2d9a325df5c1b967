<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="40"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="41"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="42"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="43"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="44"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="45"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="46"/>
        <source>Stage change</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="47"/>
        <source>Assignment</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="48"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="49"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../leaddesk/app.py" line="26"/>
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="27"/>
        <source>Password for %1 on %2:</source>
        <translation>كلمة المرور لـ %1 على %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="78"/>
        <source>LeadDesk</source>
        <translation>ليد ديسك</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../leaddesk/ui/lead/files.py" line="21"/>
        <source>%1 is %2; files above %3 are refused. The limit can be changed in Settings.</source>
        <translation>حجم %1 هو %2؛ تُرفض الملفات الأكبر من %3. يمكن تغيير الحد من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="284"/>
        <source>Move %1 to %2</source>
        <translation>نقل %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="286"/>
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>نقل %n عملاء محتملين إلى %1</numerusform>
            <numerusform>نقل %n عميل محتمل إلى %1</numerusform>
            <numerusform>نقل %n عميل محتمل إلى %1</numerusform>
            <numerusform>نقل %n عملاء محتملين إلى %1</numerusform>
            <numerusform>نقل %n عميل محتمل إلى %1</numerusform>
            <numerusform>نقل %n عميل محتمل إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="418"/>
        <source>Delete leads</source>
        <translation>حذف العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="419"/>
        <source>Delete %n lead(s)? They can be restored by an owner.</source>
        <translation>
            <numerusform>حذف %n عملاء محتملين؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %n عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %n عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %n عملاء محتملين؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %n عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
            <numerusform>حذف %n عميل محتمل؟ يمكن للمالك استعادتهم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="446"/>
        <source>Move to stage</source>
        <translation>نقل إلى مرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="453"/>
        <source>Assign to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="457"/>
        <source>Release to pool</source>
        <translation>إعادة إلى المجمع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="458"/>
        <source>Schedule follow-up…</source>
        <translation>جدولة متابعة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="461"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="462"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="176"/>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="177"/>
        <source>Left a message</source>
        <translation>تُركت رسالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="178"/>
        <source>Talked</source>
        <translation>تحدّثنا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="179"/>
        <source>Meeting booked</source>
        <translation>تم حجز اجتماع</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="247"/>
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="263"/>
        <source>Overdue: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="263"/>
        <source>Next: %1</source>
        <translation>التالية: %1</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="184"/>
        <source>Complete a follow-up</source>
        <translation>إكمال متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="186"/>
        <source>%1 with %2</source>
        <translation>%1 مع %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="189"/>
        <source>What happened?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="191"/>
        <source>Schedule the next follow-up</source>
        <translation>جدولة المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="194"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="196"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="198"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="199"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="66"/>
        <source>Saved by someone else meanwhile</source>
        <translation>حفظه شخص آخر في الأثناء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="71"/>
        <source>%1 saved this lead after you opened it. Nothing was overwritten. Choose, for each field, the value to keep, then save.</source>
        <translation>حفظ %1 هذا العميل المحتمل بعد أن فتحته. لم يُستبدل شيء. اختر لكل حقل القيمة التي تريد إبقاءها، ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="78"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;الحقل&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="79"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;قيمتك&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="80"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;قيمتهم&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="112"/>
        <source>Won: confirm the deal value</source>
        <translation>صفقة رابحة: أكّد قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="115"/>
        <source>%1 becomes a customer. What is the deal worth?</source>
        <translation>أصبح %1 عميلاً. ما قيمة الصفقة؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="124"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../leaddesk/ui/banner.py" line="25"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="41"/>
        <source>Search name, company, email, phone…</source>
        <translation>ابحث بالاسم أو الشركة أو البريد أو الهاتف…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="46"/>
        <source>Everyone&apos;s leads</source>
        <translation>عملاء الجميع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="47"/>
        <source>My leads</source>
        <translation>عملائي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="48"/>
        <source>Unassigned pool</source>
        <translation>المجمع غير المسند</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="54"/>
        <source>Manual order</source>
        <translation>الترتيب اليدوي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="55"/>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="106"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="56"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="57"/>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="58"/>
        <source>Days in stage</source>
        <translation>الأيام في المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="66"/>
        <source>Save view…</source>
        <translation>حفظ العرض…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="69"/>
        <source>Delete view</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="72"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="74"/>
        <source>Any source</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="75"/>
        <source>Any campaign</source>
        <translation>أي حملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="76"/>
        <source>Any product</source>
        <translation>أي منتج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="77"/>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="84"/>
        <source>Any follow-up</source>
        <translation>أي متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="85"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="86"/>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="87"/>
        <source>Due this week</source>
        <translation>مستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="88"/>
        <source>Nothing planned</source>
        <translation>لا شيء مخطط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="95"/>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="99"/>
        <source>View:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="217"/>
        <source>(unsaved)</source>
        <translation>(غير محفوظ)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="231"/>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="231"/>
        <source>Name of this view:</source>
        <translation>اسم هذا العرض:</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="162"/>
        <source>Schedule a follow-up</source>
        <translation>جدولة متابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="164"/>
        <source>Next step with %1</source>
        <translation>الخطوة التالية مع %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="166"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="171"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="172"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="173"/>
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
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>لا متابعات متأخرة.</numerusform>
            <numerusform>متابعة واحدة متأخرة.</numerusform>
            <numerusform>متابعتان متأخرتان.</numerusform>
            <numerusform>%n متابعات متأخرة.</numerusform>
            <numerusform>%n متابعة متأخرة.</numerusform>
            <numerusform>%n متابعة متأخرة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="86"/>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>وواحدة أخرى</numerusform>
            <numerusform>واثنتان أخريان</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="100"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>لا متابعات مستحقة</numerusform>
            <numerusform>متابعة واحدة مستحقة</numerusform>
            <numerusform>متابعتان مستحقتان</numerusform>
            <numerusform>%n متابعات مستحقة</numerusform>
            <numerusform>%n متابعة مستحقة</numerusform>
            <numerusform>%n متابعة مستحقة</numerusform>
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
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="82"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="66"/>
        <source>My follow-ups</source>
        <translation>متابعاتي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="67"/>
        <source>Everyone&apos;s</source>
        <translation>متابعات الجميع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="70"/>
        <source>Open lead</source>
        <translation>فتح العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="72"/>
        <source>Done…</source>
        <translation>تم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="74"/>
        <source>Export to calendar…</source>
        <translation>تصدير إلى التقويم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="77"/>
        <source>Save the open follow-ups shown by this scope as an .ics file</source>
        <translation>حفظ المتابعات المفتوحة في هذا النطاق كملف ‎.ics</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="175"/>
        <source>Overdue (%1)</source>
        <translation>متأخرة (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="176"/>
        <source>Today (%1)</source>
        <translation>اليوم (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="177"/>
        <source>Upcoming (%1)</source>
        <translation>قادمة (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="184"/>
        <source>Showing the first %1 of %2.</source>
        <translation>عرض أول %1 من %2.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="245"/>
        <source>Export follow-ups</source>
        <translation>تصدير المتابعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="247"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="43"/>
        <source>A lead needs a first or last name.</source>
        <translation>يحتاج العميل المحتمل إلى اسم أول أو اسم عائلة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="46"/>
        <source>Not a valid email address.</source>
        <translation>ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="47"/>
        <source>Not a valid phone number (include the country code if abroad).</source>
        <translation>ليس رقم هاتف صالحًا (أضف رمز الدولة إن كان في الخارج).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="50"/>
        <source>Cannot be negative.</source>
        <translation>لا يمكن أن تكون سالبة.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="51"/>
        <source>Not an amount.</source>
        <translation>ليست مبلغًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="52"/>
        <source>Too large.</source>
        <translation>كبيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="53"/>
        <source>Too long.</source>
        <translation>طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="54"/>
        <source>Use a three-letter currency code, such as USD.</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف، مثل USD.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="57"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>ليس تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="112"/>
        <source>Basic information</source>
        <translation>المعلومات الأساسية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="114"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="115"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="116"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="117"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="118"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="119"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="120"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="121"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="122"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="123"/>
        <source>Country (two letters)</source>
        <translation>الدولة (حرفان)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="126"/>
        <source>Qualifiers</source>
        <translation>معايير التأهيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="127"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="128"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="130"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="179"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="133"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="134"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="135"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="146"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="148"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="149"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="150"/>
        <source>Supplementary</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="151"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="154"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="157"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="158"/>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="98"/>
        <source>Done…</source>
        <translation>تم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="104"/>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="105"/>
        <source>Email</source>
        <translation>بريد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="106"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="108"/>
        <source>Follow-up…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="110"/>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="115"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="118"/>
        <source>Release to pool</source>
        <translation>إعادة إلى المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="119"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="120"/>
        <source>Log</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="160"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;السجل الزمني&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="221"/>
        <source>Owner: %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="221"/>
        <source>In the pool</source>
        <translation>في المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="223"/>
        <source>Score %1</source>
        <translation>التقييم %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="255"/>
        <source>No follow-up planned</source>
        <translation>لا متابعة مخططة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="261"/>
        <source>Next: %1 · %2</source>
        <translation>التالي: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="263"/>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخرة)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="304"/>
        <source>Another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="307"/>
        <source>Not saved: someone else saved this lead first. Your edits are kept.</source>
        <translation>لم يُحفظ: حفظ شخص آخر هذا العميل المحتمل أولًا. تعديلاتك محفوظة في النموذج.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="325"/>
        <source>Save the changes to %1?</source>
        <translation>حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="393"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="86"/>
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="91"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="92"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="93"/>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="98"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="99"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="100"/>
        <source>Remove a tag…</source>
        <translation>إزالة وسم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="101"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="102"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="104"/>
        <source>Selected leads…</source>
        <translation>العملاء المحددون…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="107"/>
        <source>Filtered list…</source>
        <translation>القائمة المصفاة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="109"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="193"/>
        <source>Release to pool</source>
        <translation>إعادة إلى المجمّع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="310"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>لا عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%n عملاء</numerusform>
            <numerusform>%n عميلًا</numerusform>
            <numerusform>%n عميل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="312"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 محدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="400"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="400"/>
        <source>Remove a tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="402"/>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="424"/>
        <source>Delete leads</source>
        <translation>حذف العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="425"/>
        <source>Delete %n lead(s)? You can undo this.</source>
        <translation>
            <numerusform>حذف %n عميل؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف عميل واحد؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف عميلين؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف %n عملاء؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف %n عميلًا؟ يمكنك التراجع.</numerusform>
            <numerusform>حذف %n عميل؟ يمكنك التراجع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="432"/>
        <source>%n lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>حُذف %n عميل. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حُذف عميل واحد. تحرير ▸ تراجع (Ctrl+Z) يعيده.</numerusform>
            <numerusform>حُذف عميلان. تحرير ▸ تراجع (Ctrl+Z) يعيدهما.</numerusform>
            <numerusform>حُذف %n عملاء. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حُذف %n عميلًا. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حُذف %n عميل. تحرير ▸ تراجع (Ctrl+Z) يعيدهم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="441"/>
        <source>Export leads</source>
        <translation>تصدير العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="441"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="450"/>
        <source>Exporting %n lead(s)…</source>
        <translation>
            <numerusform>جارٍ تصدير %n عميل…</numerusform>
            <numerusform>جارٍ تصدير عميل واحد…</numerusform>
            <numerusform>جارٍ تصدير عميلين…</numerusform>
            <numerusform>جارٍ تصدير %n عملاء…</numerusform>
            <numerusform>جارٍ تصدير %n عميلًا…</numerusform>
            <numerusform>جارٍ تصدير %n عميل…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="463"/>
        <source>%n lead(s) exported to %1.</source>
        <translation>
            <numerusform>صُدّر %n عميل إلى %1.</numerusform>
            <numerusform>صُدّر عميل واحد إلى %1.</numerusform>
            <numerusform>صُدّر عميلان إلى %1.</numerusform>
            <numerusform>صُدّر %n عملاء إلى %1.</numerusform>
            <numerusform>صُدّر %n عميلًا إلى %1.</numerusform>
            <numerusform>صُدّر %n عميل إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTable</name>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="29"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="30"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="31"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="32"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="33"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="34"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="35"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="36"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="37"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="38"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="39"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="40"/>
        <source>Deal value</source>
        <translation>قيمة الصفقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="41"/>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="42"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="43"/>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="44"/>
        <source>In stage since</source>
        <translation>في المرحلة منذ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="45"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/export.py" line="46"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="34"/>
        <source>Log: %1</source>
        <translation>تسجيل: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="38"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="47"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="49"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="50"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="52"/>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="53"/>
        <source>Received</source>
        <translation>مُستلمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="54"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="56"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="60"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="60"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="61"/>
        <location filename="../../leaddesk/ui/main_window.py" line="120"/>
        <source>LeadDesk</source>
        <translation>ليد ديسك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="70"/>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="71"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="72"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="73"/>
        <location filename="../../leaddesk/ui/main_window.py" line="93"/>
        <source>Insights</source>
        <translation>التحليلات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="74"/>
        <location filename="../../leaddesk/ui/main_window.py" line="93"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="75"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="83"/>
        <source>This screen is being built; the board shows your data.</source>
        <translation>هذه الشاشة قيد الإنشاء؛ اللوحة تعرض بياناتك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="113"/>
        <source>Who you are: your moves are logged in your name</source>
        <translation>من أنت: تُسجَّل تحركاتك باسمك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="115"/>
        <source>You:</source>
        <translation>أنت:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="150"/>
        <source>(choose who you are)</source>
        <translation>(اختر من أنت)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="165"/>
        <source>Database: %1 · %2 leads</source>
        <translation>قاعدة البيانات: %1 · %2 عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="196"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="252"/>
        <source>%n follow-up(s) just fell due</source>
        <translation>
            <numerusform>حان موعد %n متابعة الآن</numerusform>
            <numerusform>حان موعد متابعة واحدة الآن</numerusform>
            <numerusform>حان موعد متابعتين الآن</numerusform>
            <numerusform>حان موعد %n متابعات الآن</numerusform>
            <numerusform>حان موعد %n متابعة الآن</numerusform>
            <numerusform>حان موعد %n متابعة الآن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="260"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="262"/>
        <location filename="../../leaddesk/ui/main_window.py" line="269"/>
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>قواعد بيانات ليد ديسك (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="269"/>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="277"/>
        <source>Connect to server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="278"/>
        <source>Server address, e.g. postgresql://maria@crm.example.com/leaddesk</source>
        <translation>عنوان الخادم، مثل postgresql://maria@crm.example.com/leaddesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="287"/>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="301"/>
        <source>About LeadDesk</source>
        <translation>حول ليد ديسك</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="302"/>
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
        <location filename="../../leaddesk/ui/actions.py" line="27"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="28"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="29"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="30"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="39"/>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="46"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;فتح ملف قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="53"/>
        <source>&amp;Connect to server…</source>
        <translation>ال&amp;اتصال بخادم…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="66"/>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;حول ليد ديسك</translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="252"/>
        <source>Won</source>
        <translation>صفقة رابحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="253"/>
        <source>Mark %n leads as customers with their current deal values?</source>
        <translation>
            <numerusform>تحويل %n عملاء محتملين إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %n عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %n عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %n عملاء محتملين إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %n عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
            <numerusform>تحويل %n عميل محتمل إلى عملاء بقيم صفقاتهم الحالية؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../leaddesk/ui/worker.py" line="49"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="59"/>
        <source>Reason for %1</source>
        <translation>سبب %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="62"/>
        <source>Say why %n lead(s) move to %1.</source>
        <translation>
            <numerusform>اذكر سبب نقل %n عملاء محتملين إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %n عميل محتمل إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %n عميل محتمل إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %n عملاء محتملين إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %n عميل محتمل إلى %1.</numerusform>
            <numerusform>اذكر سبب نقل %n عميل محتمل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="68"/>
        <source>Stopped buying</source>
        <translation>توقف عن الشراء</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="69"/>
        <source>Contract ended</source>
        <translation>انتهى العقد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="70"/>
        <source>Went quiet</source>
        <translation>انقطع التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="71"/>
        <source>Moved or closed</source>
        <translation>انتقل أو أغلق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="75"/>
        <source>No budget</source>
        <translation>لا توجد ميزانية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="76"/>
        <source>Not a fit for our products</source>
        <translation>منتجاتنا لا تناسبه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="77"/>
        <source>Chose a competitor</source>
        <translation>اختار منافساً</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="78"/>
        <source>Not the decision maker</source>
        <translation>ليس صاحب القرار</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="79"/>
        <source>Could not reach</source>
        <translation>تعذّر الوصول إليه</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="80"/>
        <source>Spam or duplicate</source>
        <translation>رسالة مزعجة أو مكررة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="82"/>
        <source>Choose a reason…</source>
        <translation>اختر سبباً…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="85"/>
        <source>Other (say below)</source>
        <translation>سبب آخر (اذكره أدناه)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="88"/>
        <source>Details (optional)</source>
        <translation>تفاصيل (اختياري)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="89"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="90"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="39"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="44"/>
        <source> MB</source>
        <translation> م.ب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="46"/>
        <source>Larger files are refused when attached to a lead, with a message saying so.</source>
        <translation>تُرفض الملفات الأكبر عند إرفاقها بعميل محتمل، مع رسالة توضح ذلك.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="58"/>
        <source>Largest attachment</source>
        <translation>أكبر مرفق</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="59"/>
        <source>Country for phone numbers without a code</source>
        <translation>البلد لأرقام الهاتف بلا رمز دولي</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="60"/>
        <source>Currency of new leads</source>
        <translation>عملة العملاء الجدد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="63"/>
        <source>The country and currency apply to the team&apos;s database as soon as you apply them; the attachment limit applies to files added from now on.</source>
        <translation>يسري البلد والعملة على قاعدة بيانات الفريق فور تطبيقهما؛ ويسري حد المرفقات على الملفات المضافة من الآن.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="13"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="14"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="15"/>
        <source>Web form</source>
        <translation>نموذج الويب</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="16"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="17"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="18"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="19"/>
        <source>Social media</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="20"/>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="21"/>
        <source>Walk-in</source>
        <translation>زيارة مباشرة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="22"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="26"/>
        <source>Open</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="27"/>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="28"/>
        <source>Nurturing</source>
        <translation>رعاية</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="29"/>
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="30"/>
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="31"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="32"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="33"/>
        <source>Disqualified</source>
        <translation>مستبعَد</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../leaddesk/ui/board/column.py" line="170"/>
        <source>Collapse or expand this column</source>
        <translation>طي هذا العمود أو توسيعه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="205"/>
        <source>%n leads</source>
        <translation>
            <numerusform>%n عميل محتمل</numerusform>
            <numerusform>%n عميل محتمل</numerusform>
            <numerusform>%n عميل محتمل</numerusform>
            <numerusform>%n عملاء محتملين</numerusform>
            <numerusform>%n عميل محتمل</numerusform>
            <numerusform>%n عميل محتمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="110"/>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="115"/>
        <source>%1 (undone)</source>
        <translation>%1 (تم التراجع)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="119"/>
        <source>Owner changed</source>
        <translation>تغيّر المسؤول</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="121"/>
        <source>Released to the pool</source>
        <translation>أُعيد إلى المجمّع</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="130"/>
        <source>Follow-up done</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="132"/>
        <source>received</source>
        <translation>وارد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="134"/>
        <source>sent</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="141"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="149"/>
        <source>Lead created</source>
        <translation>أُنشئ العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="151"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="153"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="160"/>
        <source>Follow-up planned for %1: %2</source>
        <translation>متابعة مخططة في %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="265"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="148"/>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="149"/>
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
</context>
</TS>
