<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>StageTile</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/overview.py" line="31" />
        <source>%n leads</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n leads</numerusform></translation>
    </message>
</context>
</TS>