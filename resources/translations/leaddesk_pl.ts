<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="40"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="42"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="43"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="44"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="45"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="46"/>
        <source>Stage change</source>
        <translation>Zmiana etapu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="47"/>
        <source>Assignment</source>
        <translation>Przydział</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="48"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/activity_names.py" line="49"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../leaddesk/app.py" line="26"/>
        <source>Database password</source>
        <translation>Hasło do bazy danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="27"/>
        <source>Password for %1 on %2:</source>
        <translation>Hasło dla %1 na %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="78"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../leaddesk/ui/lead/files.py" line="21"/>
        <source>%1 is %2; files above %3 are refused. The limit can be changed in Settings.</source>
        <translation>%1 ma %2; pliki większe niż %3 są odrzucane. Limit można zmienić w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="284"/>
        <source>Move %1 to %2</source>
        <translation>Przenieś %1 do: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="286"/>
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>Przenieś %n leada do: %1</numerusform>
            <numerusform>Przenieś %n leady do: %1</numerusform>
            <numerusform>Przenieś %n leadów do: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="418"/>
        <source>Delete leads</source>
        <translation>Usuń leady</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="419"/>
        <source>Delete %n lead(s)? They can be restored by an owner.</source>
        <translation>
            <numerusform>Usunąć %n leada? Właściciel może go przywrócić.</numerusform>
            <numerusform>Usunąć %n leady? Właściciel może je przywrócić.</numerusform>
            <numerusform>Usunąć %n leadów? Właściciel może je przywrócić.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="446"/>
        <source>Move to stage</source>
        <translation>Przenieś do etapu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="453"/>
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="457"/>
        <source>Release to pool</source>
        <translation>Oddaj do puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="458"/>
        <source>Schedule follow-up…</source>
        <translation>Zaplanuj kontakt…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="461"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="462"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="176"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="177"/>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="178"/>
        <source>Talked</source>
        <translation>Rozmowa odbyta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="179"/>
        <source>Meeting booked</source>
        <translation>Umówiono spotkanie</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="247"/>
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="263"/>
        <source>Overdue: %1</source>
        <translation>Zaległe: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="263"/>
        <source>Next: %1</source>
        <translation>Następny: %1</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="184"/>
        <source>Complete a follow-up</source>
        <translation>Zakończ przypomnienie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="186"/>
        <source>%1 with %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="189"/>
        <source>What happened?</source>
        <translation>Co się wydarzyło?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="191"/>
        <source>Schedule the next follow-up</source>
        <translation>Zaplanuj kolejny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="194"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="196"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="198"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="199"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="66"/>
        <source>Saved by someone else meanwhile</source>
        <translation>W międzyczasie zapisane przez kogoś innego</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="71"/>
        <source>%1 saved this lead after you opened it. Nothing was overwritten. Choose, for each field, the value to keep, then save.</source>
        <translation>%1 zapisał(a) ten lead po jego otwarciu. Nic nie zostało nadpisane. Wybierz dla każdego pola wartość do zachowania, a potem zapisz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="78"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pole&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="79"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twoja&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="80"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ich&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="112"/>
        <source>Won: confirm the deal value</source>
        <translation>Wygrana: potwierdź wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="115"/>
        <source>%1 becomes a customer. What is the deal worth?</source>
        <translation>%1 zostaje klientem. Ile warta jest transakcja?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="124"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../leaddesk/ui/banner.py" line="25"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="41"/>
        <source>Search name, company, email, phone…</source>
        <translation>Szukaj: nazwisko, firma, e-mail, telefon…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="46"/>
        <source>Everyone&apos;s leads</source>
        <translation>Leady wszystkich</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="47"/>
        <source>My leads</source>
        <translation>Moje leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="48"/>
        <source>Unassigned pool</source>
        <translation>Nieprzypisana pula</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="54"/>
        <source>Manual order</source>
        <translation>Własna kolejność</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="55"/>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="106"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="56"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="57"/>
        <source>Next follow-up</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="58"/>
        <source>Days in stage</source>
        <translation>Dni w etapie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="66"/>
        <source>Save view…</source>
        <translation>Zapisz widok…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="69"/>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="72"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="74"/>
        <source>Any source</source>
        <translation>Każde źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="75"/>
        <source>Any campaign</source>
        <translation>Każda kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="76"/>
        <source>Any product</source>
        <translation>Każdy produkt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="77"/>
        <source>Any tag</source>
        <translation>Każdy tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="84"/>
        <source>Any follow-up</source>
        <translation>Dowolny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="85"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="86"/>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="87"/>
        <source>Due this week</source>
        <translation>W tym tygodniu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="88"/>
        <source>Nothing planned</source>
        <translation>Nic nie zaplanowano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="95"/>
        <source>Sort:</source>
        <translation>Sortuj:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="99"/>
        <source>View:</source>
        <translation>Widok:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="217"/>
        <source>(unsaved)</source>
        <translation>(niezapisany)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="231"/>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/filter_bar.py" line="231"/>
        <source>Name of this view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="162"/>
        <source>Schedule a follow-up</source>
        <translation>Zaplanuj kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="164"/>
        <source>Next step with %1</source>
        <translation>Następny krok z: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="166"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="171"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="172"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="173"/>
        <source>Notes</source>
        <translation>Notatki</translation>
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
            <numerusform>%n zaległy kontakt.</numerusform>
            <numerusform>%n zaległe kontakty.</numerusform>
            <numerusform>%n zaległych kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="86"/>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="100"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n kontakt do wykonania</numerusform>
            <numerusform>%n kontakty do wykonania</numerusform>
            <numerusform>%n kontaktów do wykonania</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="28"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="29"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="30"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="31"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="32"/>
        <source>Assigned to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="82"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="66"/>
        <source>My follow-ups</source>
        <translation>Moje kontakty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="67"/>
        <source>Everyone&apos;s</source>
        <translation>Wszystkich</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="70"/>
        <source>Open lead</source>
        <translation>Otwórz leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="72"/>
        <source>Done…</source>
        <translation>Zrobione…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="74"/>
        <source>Export to calendar…</source>
        <translation>Eksportuj do kalendarza…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="77"/>
        <source>Save the open follow-ups shown by this scope as an .ics file</source>
        <translation>Zapisz otwarte kontakty z tego zakresu jako plik .ics</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="175"/>
        <source>Overdue (%1)</source>
        <translation>Zaległe (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="176"/>
        <source>Today (%1)</source>
        <translation>Dziś (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="177"/>
        <source>Upcoming (%1)</source>
        <translation>Nadchodzące (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="184"/>
        <source>Showing the first %1 of %2.</source>
        <translation>Pokazano pierwsze %1 z %2.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="245"/>
        <source>Export follow-ups</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="247"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="43"/>
        <source>A lead needs a first or last name.</source>
        <translation>Lead potrzebuje imienia lub nazwiska.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="46"/>
        <source>Not a valid email address.</source>
        <translation>To nie jest poprawny adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="47"/>
        <source>Not a valid phone number (include the country code if abroad).</source>
        <translation>To nie jest poprawny numer telefonu (podaj kierunkowy kraju, jeśli za granicą).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="50"/>
        <source>Cannot be negative.</source>
        <translation>Nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="51"/>
        <source>Not an amount.</source>
        <translation>To nie jest kwota.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="52"/>
        <source>Too large.</source>
        <translation>Za duża.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="53"/>
        <source>Too long.</source>
        <translation>Za długie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="54"/>
        <source>Use a three-letter currency code, such as USD.</source>
        <translation>Użyj trzyliterowego kodu waluty, np. PLN.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="57"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>To nie jest data (RRRR-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="112"/>
        <source>Basic information</source>
        <translation>Informacje podstawowe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="114"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="115"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="116"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="117"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="118"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="119"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="120"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="121"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="122"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="123"/>
        <source>Country (two letters)</source>
        <translation>Kraj (dwie litery)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="126"/>
        <source>Qualifiers</source>
        <translation>Kwalifikacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="127"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="128"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="130"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="179"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="133"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="134"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="135"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="146"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="148"/>
        <source>comma-separated</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="149"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="150"/>
        <source>Supplementary</source>
        <translation>Uzupełniające</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="151"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="154"/>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="157"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="158"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="98"/>
        <source>Done…</source>
        <translation>Zrobione…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="104"/>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="105"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="106"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="108"/>
        <source>Follow-up…</source>
        <translation>Kontakt…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="110"/>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="115"/>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="118"/>
        <source>Release to pool</source>
        <translation>Zwolnij do puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="119"/>
        <source>Attach…</source>
        <translation>Załącz…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="120"/>
        <source>Log</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="160"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historia&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="221"/>
        <source>Owner: %1</source>
        <translation>Opiekun: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="221"/>
        <source>In the pool</source>
        <translation>W puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="223"/>
        <source>Score %1</source>
        <translation>Ocena %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="255"/>
        <source>No follow-up planned</source>
        <translation>Brak zaplanowanego kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="261"/>
        <source>Next: %1 · %2</source>
        <translation>Następny: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="263"/>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległy)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="304"/>
        <source>Another user</source>
        <translation>Inny użytkownik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="307"/>
        <source>Not saved: someone else saved this lead first. Your edits are kept.</source>
        <translation>Nie zapisano: ktoś inny zapisał ten lead wcześniej. Twoje zmiany zostały w formularzu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="325"/>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany w %1?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="393"/>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="86"/>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="91"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="92"/>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="93"/>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="98"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="99"/>
        <source>Add a tag…</source>
        <translation>Dodaj tag…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="100"/>
        <source>Remove a tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="101"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="102"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="104"/>
        <source>Selected leads…</source>
        <translation>Zaznaczone leady…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="107"/>
        <source>Filtered list…</source>
        <translation>Przefiltrowana lista…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="109"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="193"/>
        <source>Release to pool</source>
        <translation>Zwolnij do puli</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="310"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leady</numerusform>
            <numerusform>%n leadów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="312"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · zaznaczono %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="400"/>
        <source>Add a tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="400"/>
        <source>Remove a tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="402"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="424"/>
        <source>Delete leads</source>
        <translation>Usuń leady</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="425"/>
        <source>Delete %n lead(s)? You can undo this.</source>
        <translation>
            <numerusform>Usunąć %n leada? Można to cofnąć.</numerusform>
            <numerusform>Usunąć %n leady? Można to cofnąć.</numerusform>
            <numerusform>Usunąć %n leadów? Można to cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="432"/>
        <source>%n lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Usunięto %n leada. Edycja ▸ Cofnij (Ctrl+Z) go przywróci.</numerusform>
            <numerusform>Usunięto %n leady. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
            <numerusform>Usunięto %n leadów. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="441"/>
        <source>Export leads</source>
        <translation>Eksport leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="441"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="450"/>
        <source>Exporting %n lead(s)…</source>
        <translation>
            <numerusform>Eksport %n leada…</numerusform>
            <numerusform>Eksport %n leadów…</numerusform>
            <numerusform>Eksport %n leadów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="463"/>
        <source>%n lead(s) exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n leada do %1.</numerusform>
            <numerusform>Wyeksportowano %n leady do %1.</numerusform>
            <numerusform>Wyeksportowano %n leadów do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTable</name>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="29"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="30"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="31"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="32"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="33"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="34"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="35"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="36"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="37"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="38"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="39"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="40"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="41"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="42"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="43"/>
        <source>Next follow-up</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="44"/>
        <source>In stage since</source>
        <translation>W etapie od</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="45"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/export.py" line="46"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="34"/>
        <source>Log: %1</source>
        <translation>Zapisz: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="38"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="47"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="50"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="52"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="53"/>
        <source>Received</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="54"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="56"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="60"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="60"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="61"/>
        <location filename="../../leaddesk/ui/main_window.py" line="120"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="70"/>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="71"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="72"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="73"/>
        <location filename="../../leaddesk/ui/main_window.py" line="93"/>
        <source>Insights</source>
        <translation>Analizy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="74"/>
        <location filename="../../leaddesk/ui/main_window.py" line="93"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="75"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="83"/>
        <source>This screen is being built; the board shows your data.</source>
        <translation>Ten ekran powstaje; tablica pokazuje Twoje dane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="113"/>
        <source>Who you are: your moves are logged in your name</source>
        <translation>Kim jesteś: Twoje ruchy są zapisywane na Twoje nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="115"/>
        <source>You:</source>
        <translation>Ty:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="150"/>
        <source>(choose who you are)</source>
        <translation>(wybierz, kim jesteś)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="165"/>
        <source>Database: %1 · %2 leads</source>
        <translation>Baza danych: %1 · leady: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="196"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="252"/>
        <source>%n follow-up(s) just fell due</source>
        <translation>
            <numerusform>Właśnie minął termin %n kontaktu</numerusform>
            <numerusform>Właśnie minął termin %n kontaktów</numerusform>
            <numerusform>Właśnie minął termin %n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="260"/>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="262"/>
        <location filename="../../leaddesk/ui/main_window.py" line="269"/>
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>Bazy danych LeadDesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="269"/>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="277"/>
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="278"/>
        <source>Server address, e.g. postgresql://maria@crm.example.com/leaddesk</source>
        <translation>Adres serwera, np. postgresql://maria@crm.example.com/leaddesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="287"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="301"/>
        <source>About LeadDesk</source>
        <translation>O programie LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="302"/>
        <source>LeadDesk %1
Lead management for small sales teams.

Database: %2</source>
        <translation>LeadDesk %1
Zarządzanie leadami dla małych zespołów sprzedaży.

Baza danych: %2</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="27"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="28"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="29"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="30"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="39"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="46"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Otwórz plik bazy danych…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="53"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Połącz z serwerem…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="66"/>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;O programie LeadDesk</translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="252"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="253"/>
        <source>Mark %n leads as customers with their current deal values?</source>
        <translation>
            <numerusform>Oznaczyć %n leada jako klienta z obecną wartością transakcji?</numerusform>
            <numerusform>Oznaczyć %n leady jako klientów z obecnymi wartościami transakcji?</numerusform>
            <numerusform>Oznaczyć %n leadów jako klientów z obecnymi wartościami transakcji?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../leaddesk/ui/worker.py" line="49"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="59"/>
        <source>Reason for %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/dialogs.py" line="62"/>
        <source>Say why %n lead(s) move to %1.</source>
        <translation>
            <numerusform>Podaj, dlaczego %n lead trafia do: %1.</numerusform>
            <numerusform>Podaj, dlaczego %n leady trafiają do: %1.</numerusform>
            <numerusform>Podaj, dlaczego %n leadów trafia do: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="68"/>
        <source>Stopped buying</source>
        <translation>Przestał kupować</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="69"/>
        <source>Contract ended</source>
        <translation>Umowa wygasła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="70"/>
        <source>Went quiet</source>
        <translation>Brak kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="71"/>
        <source>Moved or closed</source>
        <translation>Przeniesiony lub zamknięty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="75"/>
        <source>No budget</source>
        <translation>Brak budżetu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="76"/>
        <source>Not a fit for our products</source>
        <translation>Nasze produkty nie pasują</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="77"/>
        <source>Chose a competitor</source>
        <translation>Wybrał konkurencję</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="78"/>
        <source>Not the decision maker</source>
        <translation>Nie decyduje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="79"/>
        <source>Could not reach</source>
        <translation>Nie udało się skontaktować</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="80"/>
        <source>Spam or duplicate</source>
        <translation>Spam lub duplikat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="82"/>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="85"/>
        <source>Other (say below)</source>
        <translation>Inny (opisz niżej)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="88"/>
        <source>Details (optional)</source>
        <translation>Szczegóły (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="89"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="90"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="39"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="44"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="46"/>
        <source>Larger files are refused when attached to a lead, with a message saying so.</source>
        <translation>Większe pliki są odrzucane przy dołączaniu do leada, z komunikatem o tym.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="58"/>
        <source>Largest attachment</source>
        <translation>Największy załącznik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="59"/>
        <source>Country for phone numbers without a code</source>
        <translation>Kraj dla numerów bez kierunkowego</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="60"/>
        <source>Currency of new leads</source>
        <translation>Waluta nowych leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="63"/>
        <source>The country and currency apply to the team&apos;s database as soon as you apply them; the attachment limit applies to files added from now on.</source>
        <translation>Kraj i waluta obowiązują w bazie zespołu od razu po zastosowaniu; limit załączników dotyczy plików dodawanych od teraz.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="13"/>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="14"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="15"/>
        <source>Web form</source>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="16"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="17"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="18"/>
        <source>Referral</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="19"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="20"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="21"/>
        <source>Walk-in</source>
        <translation>Wizyta osobista</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/source_names.py" line="22"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="26"/>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="27"/>
        <source>Contacted</source>
        <translation>Nawiązany kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="28"/>
        <source>Nurturing</source>
        <translation>Pielęgnowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="29"/>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="30"/>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="31"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="32"/>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="33"/>
        <source>Disqualified</source>
        <translation>Zdyskwalifikowany</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../leaddesk/ui/board/column.py" line="170"/>
        <source>Collapse or expand this column</source>
        <translation>Zwiń lub rozwiń kolumnę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="205"/>
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leady</numerusform>
            <numerusform>%n leadów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="110"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="115"/>
        <source>%1 (undone)</source>
        <translation>%1 (cofnięte)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="119"/>
        <source>Owner changed</source>
        <translation>Zmiana opiekuna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="121"/>
        <source>Released to the pool</source>
        <translation>Zwolniony do puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="130"/>
        <source>Follow-up done</source>
        <translation>Kontakt wykonany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="132"/>
        <source>received</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="134"/>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="141"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="149"/>
        <source>Lead created</source>
        <translation>Utworzono leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="151"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="153"/>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="160"/>
        <source>Follow-up planned for %1: %2</source>
        <translation>Kontakt zaplanowany na %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="265"/>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="148"/>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/dialogs.py" line="149"/>
        <source>Next week</source>
        <translation>Za tydzień</translation>
    </message>
</context>
</TS>
