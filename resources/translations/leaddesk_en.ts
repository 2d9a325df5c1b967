<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BoardScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="286" />
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>Move %n lead to %1</numerusform>
            <numerusform>Move %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="419" />
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
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="247" />
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="186" />
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
        <location filename="../../leaddesk/ui/board/dialogs.py" line="59" />
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
        <location filename="../../leaddesk/ui/board/column.py" line="205" />
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
</TS>