<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/controller.py" line="312"/>
        <source>Move %Ln leads to %1</source>
        <translation>
            <numerusform>Move %Ln lead to %1</numerusform>
            <numerusform>Move %Ln leads to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="310"/>
        <source>Delete %Ln lead(s)? They can be restored by an owner.</source>
        <translation>
            <numerusform>Delete %Ln lead? An owner can restore it.</numerusform>
            <numerusform>Delete %Ln leads? An owner can restore them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="264"/>
        <source>%Ln d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionSweeper</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="196"/>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="214"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="216"/>
        <source>%Ln lead(s) past the first-contact target</source>
        <translation>
            <numerusform>%Ln lead past the first-contact target</numerusform>
            <numerusform>%Ln leads past the first-contact target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="198"/>
        <source>%Ln claim(s) running out</source>
        <translation>
            <numerusform>%Ln claim running out</numerusform>
            <numerusform>%Ln claims running out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstResponseRulesModel</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="71"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="77"/>
        <source>%Ln follow-up(s) overdue.</source>
        <translation>
            <numerusform>%Ln follow-up overdue.</numerusform>
            <numerusform>%Ln follow-ups overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="95"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="96"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="39"/>
        <source>%Ln open lead(s) of %1 have follow-ups due from %2 to %3, while they are away.</source>
        <translation>
            <numerusform>%Ln open lead of %1 has follow-ups due from %2 to %3, while they are away.</numerusform>
            <numerusform>%Ln open leads of %1 have follow-ups due from %2 to %3, while they are away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateBanner</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/late_banner.py" line="42"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/late_banner.py" line="44"/>
        <source>%Ln new lead(s) past the first-contact target:</source>
        <translation>
            <numerusform>%Ln new lead past the first-contact target:</numerusform>
            <numerusform>%Ln new leads past the first-contact target:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsBehindDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/insights/drill.py" line="32"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="350"/>
        <source>Delete %Ln lead(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln lead? You can undo this.</numerusform>
            <numerusform>Delete %Ln leads? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="355"/>
        <source>Delete %Ln lead(s)</source>
        <translation>
            <numerusform>Delete %Ln lead</numerusform>
            <numerusform>Delete %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="358"/>
        <source>%Ln lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%Ln lead deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>%Ln leads deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="377"/>
        <source>Exporting %Ln lead(s)…</source>
        <translation>
            <numerusform>Exporting %Ln lead…</numerusform>
            <numerusform>Exporting %Ln leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="390"/>
        <source>%Ln lead(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln lead exported to %1.</numerusform>
            <numerusform>%Ln leads exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTools</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/tools.py" line="102"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="236"/>
        <source>%Ln new lead(s) past the first-contact target</source>
        <translation>
            <numerusform>%Ln new lead past the first-contact target</numerusform>
            <numerusform>%Ln new leads past the first-contact target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="407"/>
        <source>%Ln follow-up(s) just fell due</source>
        <translation>
            <numerusform>%Ln follow-up just fell due</numerusform>
            <numerusform>%Ln follow-ups just fell due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="421"/>
        <source>%Ln of your claimed lead(s) go back to the pool soon unless you contact them</source>
        <translation>
            <numerusform>%Ln of your claimed leads goes back to the pool soon unless you contact it</numerusform>
            <numerusform>%Ln of your claimed leads go back to the pool soon unless you contact them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="136"/>
        <source>Preparing %Ln message(s)…</source>
        <translation>
            <numerusform>Preparing %Ln message…</numerusform>
            <numerusform>Preparing %Ln messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="180"/>
        <source>%Ln lead(s) have no address for this channel and got nothing:</source>
        <translation>
            <numerusform>%Ln lead has no address for this channel and got nothing:</numerusform>
            <numerusform>%Ln leads have no address for this channel and got nothing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="182"/>
        <source>%Ln lead(s) got nothing:</source>
        <translation>
            <numerusform>%Ln lead got nothing:</numerusform>
            <numerusform>%Ln leads got nothing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="291"/>
        <source>Sending email: %Ln done</source>
        <translation>
            <numerusform>Sending email: %Ln done</numerusform>
            <numerusform>Sending email: %Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="316"/>
        <source>%Ln email(s) sent</source>
        <translation>
            <numerusform>%Ln email sent</numerusform>
            <numerusform>%Ln emails sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="299"/>
        <source>Mark %Ln leads as customers with their current deal values?</source>
        <translation>
            <numerusform>Mark %Ln lead as a customer with its current deal value?</numerusform>
            <numerusform>Mark %Ln leads as customers with their current deal values?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="255"/>
        <source>Cancel the %Ln message(s) not yet sent? You can retry them later.</source>
        <translation>
            <numerusform>Cancel the %Ln message not yet sent? You can retry it later.</numerusform>
            <numerusform>Cancel the %Ln messages not yet sent? You can retry them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="313"/>
        <source>%Ln email(s) of yours wait to be sent.</source>
        <translation>
            <numerusform>%Ln email of yours waits to be sent.</numerusform>
            <numerusform>%Ln emails of yours wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="343"/>
        <source>%Ln message(s) selected</source>
        <translation>
            <numerusform>%Ln message selected</numerusform>
            <numerusform>%Ln messages selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolActions</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="86"/>
        <source>Claimed %Ln lead(s).</source>
        <translation>
            <numerusform>Claimed %Ln lead.</numerusform>
            <numerusform>Claimed %Ln leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="95"/>
        <source>%Ln more were taken by others.</source>
        <translation>
            <numerusform>%Ln more was taken by someone else.</numerusform>
            <numerusform>%Ln more were taken by others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="98"/>
        <source>%Ln lead(s) are no longer in the pool.</source>
        <translation>
            <numerusform>%Ln lead is no longer in the pool.</numerusform>
            <numerusform>%Ln leads are no longer in the pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="102"/>
        <source>%Ln not claimed: you have reached your limit of %1 untouched claimed leads.</source>
        <translation>
            <numerusform>%Ln not claimed: you have reached your limit of %1 untouched claimed leads.</numerusform>
            <numerusform>%Ln not claimed: you have reached your limit of %1 untouched claimed leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="109"/>
        <source>%Ln not claimed: you have reached your limit of %1 claims a day.</source>
        <translation>
            <numerusform>%Ln not claimed: you have reached your limit of %1 claims a day.</numerusform>
            <numerusform>%Ln not claimed: you have reached your limit of %1 claims a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="132"/>
        <source>Gave %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Gave %Ln lead to %1.</numerusform>
            <numerusform>Gave %Ln leads to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="141"/>
        <source>The assignment rules decided again for %Ln lead(s).</source>
        <translation>
            <numerusform>The assignment rules decided again for %Ln lead.</numerusform>
            <numerusform>The assignment rules decided again for %Ln leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="151"/>
        <source>Returned %Ln lead(s) to the pool.</source>
        <translation>
            <numerusform>Returned %Ln lead to the pool.</numerusform>
            <numerusform>Returned %Ln leads to the pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="159"/>
        <source>Released %Ln untouched claim(s) of %1.</source>
        <translation>
            <numerusform>Released %Ln untouched claim of %1.</numerusform>
            <numerusform>Released %Ln untouched claims of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolScreen</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/screen.py" line="216"/>
        <source>%Ln lead(s) in the pool</source>
        <translation>
            <numerusform>%Ln lead in the pool</numerusform>
            <numerusform>%Ln leads in the pool</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="64"/>
        <source>Say why %Ln lead(s) move to %1.</source>
        <translation>
            <numerusform>Say why %Ln lead moves to %1.</numerusform>
            <numerusform>Say why %Ln leads move to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/scoring.py" line="303"/>
        <source>Now: %1 MQL, %2 SQL · With these rules: %3 MQL, %4 SQL (of %Ln lead(s))</source>
        <translation>
            <numerusform>Now: %1 MQL, %2 SQL · With these rules: %3 MQL, %4 SQL (of %Ln lead)</numerusform>
            <numerusform>Now: %1 MQL, %2 SQL · With these rules: %3 MQL, %4 SQL (of %Ln leads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="47"/>
        <source>Send an email to %Ln lead(s)</source>
        <translation>
            <numerusform>Send an email to %Ln lead</numerusform>
            <numerusform>Send an email to %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="48"/>
        <source>Send a WhatsApp message to %Ln lead(s)</source>
        <translation>
            <numerusform>Send a WhatsApp message to %Ln lead</numerusform>
            <numerusform>Send a WhatsApp message to %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="49"/>
        <source>Send an SMS to %Ln lead(s)</source>
        <translation>
            <numerusform>Send an SMS to %Ln lead</numerusform>
            <numerusform>Send an SMS to %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="97"/>
        <source>%Ln of the chosen leads asked not to be contacted this way; they are skipped.</source>
        <translation>
            <numerusform>%Ln of the chosen leads asked not to be contacted this way; it is skipped.</numerusform>
            <numerusform>%Ln of the chosen leads asked not to be contacted this way; they are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="214"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/preview.py" line="160"/>
        <source>%Ln SMS segment(s)</source>
        <translation>
            <numerusform>%Ln SMS segment</numerusform>
            <numerusform>%Ln SMS segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantReportView</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="117"/>
        <source>%Ln message(s) are still within their reply window.</source>
        <translation>
            <numerusform>%Ln message is still within its reply window.</numerusform>
            <numerusform>%Ln messages are still within their reply window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/names/scoring.py" line="40"/>
        <source>No answer to the last %Ln contact(s)</source>
        <translation>
            <numerusform>No answer to the last contact</numerusform>
            <numerusform>No answer to the last %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/names/scoring.py" line="43"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
