<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/controller.py" line="302"/>
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>Move %n lead to %1</numerusform>
            <numerusform>Move %n leads to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="301"/>
        <source>Delete %n lead(s)? They can be restored by an owner.</source>
        <translation>
            <numerusform>Delete %n lead? An owner can restore it.</numerusform>
            <numerusform>Delete %n leads? An owner can restore them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="246"/>
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="77"/>
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n follow-up overdue.</numerusform>
            <numerusform>%n follow-ups overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="100"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsBehindDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/insights/drill.py" line="31"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="327"/>
        <source>Delete %n lead(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n lead? You can undo this.</numerusform>
            <numerusform>Delete %n leads? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="332"/>
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>Delete %n lead</numerusform>
            <numerusform>Delete %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="335"/>
        <source>%n lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n lead deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>%n leads deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="354"/>
        <source>Exporting %n lead(s)…</source>
        <translation>
            <numerusform>Exporting %n lead…</numerusform>
            <numerusform>Exporting %n leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="367"/>
        <source>%n lead(s) exported to %1.</source>
        <translation>
            <numerusform>%n lead exported to %1.</numerusform>
            <numerusform>%n leads exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTools</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/tools.py" line="101"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="387"/>
        <source>%n follow-up(s) just fell due</source>
        <translation>
            <numerusform>%n follow-up just fell due</numerusform>
            <numerusform>%n follow-ups just fell due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="133"/>
        <source>Preparing %n message(s)…</source>
        <translation>
            <numerusform>Preparing %n message…</numerusform>
            <numerusform>Preparing %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="170"/>
        <source>%n lead(s) have no address for this channel and got nothing:</source>
        <translation>
            <numerusform>%n lead has no address for this channel and got nothing:</numerusform>
            <numerusform>%n leads have no address for this channel and got nothing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="282"/>
        <source>Sending email: %n done</source>
        <translation>
            <numerusform>Sending email: %n done</numerusform>
            <numerusform>Sending email: %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="307"/>
        <source>%n email(s) sent</source>
        <translation>
            <numerusform>%n email sent</numerusform>
            <numerusform>%n emails sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="298"/>
        <source>Mark %n leads as customers with their current deal values?</source>
        <translation>
            <numerusform>Mark %n lead as a customer with its current deal value?</numerusform>
            <numerusform>Mark %n leads as customers with their current deal values?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="251"/>
        <source>Cancel the %n message(s) not yet sent? You can retry them later.</source>
        <translation>
            <numerusform>Cancel the %n message not yet sent? You can retry it later.</numerusform>
            <numerusform>Cancel the %n messages not yet sent? You can retry them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="309"/>
        <source>%n email(s) of yours wait to be sent.</source>
        <translation>
            <numerusform>%n email of yours waits to be sent.</numerusform>
            <numerusform>%n emails of yours wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="339"/>
        <source>%n message(s) selected</source>
        <translation>
            <numerusform>%n message selected</numerusform>
            <numerusform>%n messages selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="64"/>
        <source>Say why %n lead(s) move to %1.</source>
        <translation>
            <numerusform>Say why %n lead moves to %1.</numerusform>
            <numerusform>Say why %n leads move to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="46"/>
        <source>Send an email to %n lead(s)</source>
        <translation>
            <numerusform>Send an email to %n lead</numerusform>
            <numerusform>Send an email to %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="47"/>
        <source>Send a WhatsApp message to %n lead(s)</source>
        <translation>
            <numerusform>Send a WhatsApp message to %n lead</numerusform>
            <numerusform>Send a WhatsApp message to %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="48"/>
        <source>Send an SMS to %n lead(s)</source>
        <translation>
            <numerusform>Send an SMS to %n lead</numerusform>
            <numerusform>Send an SMS to %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="213"/>
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/preview.py" line="159"/>
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n SMS segment</numerusform>
            <numerusform>%n SMS segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantReportView</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="116"/>
        <source>%n message(s) are still within their reply window.</source>
        <translation>
            <numerusform>%n message is still within its reply window.</numerusform>
            <numerusform>%n messages are still within their reply window.</numerusform>
        </translation>
    </message>
</context>
</TS>
