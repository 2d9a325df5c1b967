<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="286"/>
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>Move %n lead to %1</numerusform>
            <numerusform>Move %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="419"/>
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
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="247"/>
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
    <name>LeadsScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="310"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="425"/>
        <source>Delete %n lead(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n lead? You can undo this.</numerusform>
            <numerusform>Delete %n leads? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="432"/>
        <source>%n lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n lead deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>%n leads deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="450"/>
        <source>Exporting %n lead(s)…</source>
        <translation>
            <numerusform>Exporting %n lead…</numerusform>
            <numerusform>Exporting %n leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="463"/>
        <source>%n lead(s) exported to %1.</source>
        <translation>
            <numerusform>%n lead exported to %1.</numerusform>
            <numerusform>%n leads exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="252"/>
        <source>%n follow-up(s) just fell due</source>
        <translation>
            <numerusform>%n follow-up just fell due</numerusform>
            <numerusform>%n follow-ups just fell due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="253"/>
        <source>Mark %n leads as customers with their current deal values?</source>
        <translation>
            <numerusform>Mark %n lead as a customer with its current deal value?</numerusform>
            <numerusform>Mark %n leads as customers with their current deal values?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="62"/>
        <source>Say why %n lead(s) move to %1.</source>
        <translation>
            <numerusform>Say why %n lead moves to %1.</numerusform>
            <numerusform>Say why %n leads move to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="205"/>
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
</TS>
