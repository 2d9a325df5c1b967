<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AbsencesBox</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="62"/>
        <source>Absences</source>
        <translation>Nieobecności</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="82"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="83"/>
        <source>Add absence</source>
        <translation>Dodaj nieobecność</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="84"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="86"/>
        <source>Hand over leads…</source>
        <translation>Przekaż leady…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="92"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="164"/>
        <source>No open lead has a follow-up due during this absence.</source>
        <translation>Żaden otwarty lead nie ma zaplanowanego kontaktu w czasie tej nieobecności.</translation>
    </message>
</context>
<context>
    <name>AbsencesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_absences.py" line="43"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="42"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="43"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="44"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="45"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="46"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="47"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="48"/>
        <source>Stage change</source>
        <translation>Zmiana etapu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="49"/>
        <source>Assignment</source>
        <translation>Przydział</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="50"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="51"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="52"/>
        <source>Lead&apos;s action</source>
        <translation>Działanie leada</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../leaddesk/app.py" line="32"/>
        <source>Database password</source>
        <translation>Hasło do bazy danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="33"/>
        <source>Password for %1 on %2:</source>
        <translation>Hasło dla %1 na %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="46"/>
        <source>Database not found</source>
        <translation>Nie znaleziono bazy danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="47"/>
        <source>The database LeadDesk used last, %1, is not there any more. It may have been moved, renamed or deleted, or be on a drive that is not connected.</source>
        <translation>Baza danych, której LeadDesk używał ostatnio, %1, już tam nie istnieje. Mogła zostać przeniesiona, przemianowana lub usunięta albo leży na niepodłączonym dysku.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="55"/>
        <source>Locate it…</source>
        <translation>Wskaż ją…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="58"/>
        <source>Start a new, empty one there</source>
        <translation>Załóż tam nową, pustą</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="66"/>
        <source>Where is the database?</source>
        <translation>Gdzie jest baza danych?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="68"/>
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>Bazy danych LeadDesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="140"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="20"/>
        <source>Claimed from the pool by %1</source>
        <translation>Wzięty z puli przez: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="26"/>
        <source>Back to %1 after their absence</source>
        <translation>Zwrócony po nieobecności do: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="31"/>
        <source>Accepted by partner %1</source>
        <translation>Przyjęty przez partnera %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="36"/>
        <source>Returned by partner %1: %2</source>
        <translation>Zwrócony przez partnera %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="41"/>
        <source>Partner %1 did not answer in time</source>
        <translation>Partner %1 nie odpowiedział na czas</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="46"/>
        <source>Back to the pool</source>
        <translation>Z powrotem w puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="48"/>
        <source>Back to the pool: claim released by %1</source>
        <translation>Z powrotem w puli: zwolniony przez %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="52"/>
        <source>Returned to the pool by %1</source>
        <translation>Zwrócony do puli przez %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="56"/>
        <source>Back to the pool: no contact within the claim window</source>
        <translation>Z powrotem w puli: brak kontaktu w czasie na kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="59"/>
        <source>Rule “%1”</source>
        <translation>Reguła „%1”</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="64"/>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="82"/>
        <source>Handed over from %1 to %2: on holiday until %3</source>
        <translation>Przekazany: %1 → %2 (urlop do %3)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="84"/>
        <source>Handed over from %1 to %2: on sick leave until %3</source>
        <translation>Przekazany: %1 → %2 (zwolnienie lekarskie do %3)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="88"/>
        <source>Handed over from %1 to %2: away until %3</source>
        <translation>Przekazany: %1 → %2 (nieobecność do %3)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="96"/>
        <source>(goes back after)</source>
        <translation>(wróci po nieobecności)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="106"/>
        <source>team %1 (rotation)</source>
        <translation>zespół %1 (rotacja)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="113"/>
        <source>partner %1 (waiting for acceptance)</source>
        <translation>partner %1 (czeka na akceptację)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="119"/>
        <source>left unassigned</source>
        <translation>bez opiekuna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="125"/>
        <source>the pool (nobody could take it)</source>
        <translation>pula (nikt nie mógł go przejąć)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="127"/>
        <source>the pool (the team has nobody in it)</source>
        <translation>pula (zespół nie ma członków)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="129"/>
        <source>the pool (what the rule names is gone or inactive)</source>
        <translation>pula (wskazany w regule odbiorca nie istnieje lub jest nieaktywny)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="132"/>
        <source>the pool</source>
        <translation>pula</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="142"/>
        <source>%1 skipped: on holiday until %2</source>
        <translation>%1 pominięty(-a): urlop do %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="144"/>
        <source>%1 skipped: on sick leave until %2</source>
        <translation>%1 pominięty(-a): zwolnienie lekarskie do %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="146"/>
        <source>%1 skipped: away until %2</source>
        <translation>%1 pominięty(-a): nieobecność do %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="150"/>
        <source>%1 skipped: inactive</source>
        <translation>%1 pominięty(-a): nieaktywny(-a)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="151"/>
        <source>%1 skipped: not a working day</source>
        <translation>%1 pominięty(-a): dzień wolny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="152"/>
        <source>%1 skipped: outside working hours</source>
        <translation>%1 pominięty(-a): poza godzinami pracy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="153"/>
        <source>%1 skipped: at the limit of %2 open leads</source>
        <translation>%1 pominięty(-a): osiągnięty limit %2 otwartych leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="156"/>
        <source>%1 skipped: at the limit of %2 new leads today</source>
        <translation>%1 pominięty(-a): osiągnięty limit %2 nowych leadów dziś</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/assignment.py" line="160"/>
        <source>%1 skipped</source>
        <translation>%1 pominięty(-a)</translation>
    </message>
</context>
<context>
    <name>AssignmentRuleDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="141"/>
        <source>Edit rule</source>
        <translation>Edytuj regułę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="141"/>
        <source>Add a rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="153"/>
        <source>No condition: the rule takes every lead.</source>
        <translation>Brak warunków: reguła obejmuje każdego leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="156"/>
        <source>Add a condition</source>
        <translation>Dodaj warunek</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="167"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="168"/>
        <source>The source&apos;s target</source>
        <translation>Jak dla źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="171"/>
        <source>Within how many working minutes of its owner the first contact is due; a lead past it is flagged and its owner told.</source>
        <translation>W ciągu ilu minut pracy opiekuna należy nawiązać pierwszy kontakt; lead po terminie jest oznaczany, a jego opiekun powiadamiany.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="176"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="184"/>
        <source>All of these hold</source>
        <translation>Muszą być spełnione wszystkie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="185"/>
        <source>Send to</source>
        <translation>Przekaż do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="186"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="187"/>
        <source>First contact within</source>
        <translation>Pierwszy kontakt w ciągu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="188"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="257"/>
        <source>Condition %1 needs a value.</source>
        <translation>Warunek %1 wymaga wartości.</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>Conditions</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>Sends to</source>
        <translation>Przekazuje do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="32"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="100"/>
        <source>%1 · first contact within %2</source>
        <translation>%1 · pierwszy kontakt w ciągu %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="104"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules_model.py" line="104"/>
        <source>Off</source>
        <translation>Wyłączona</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../leaddesk/ui/lead/files.py" line="23"/>
        <source>%1 is %2; files above %3 are refused. The limit can be changed in Settings.</source>
        <translation>%1 ma %2; pliki większe niż %3 są odrzucane. Limit można zmienić w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>BackupAndWelcome</name>
    <message>
        <location filename="../../leaddesk/ui/backup_and_welcome.py" line="36"/>
        <source>A server&apos;s database is backed up and restored with its own tools (pg_dump).</source>
        <translation>Kopię zapasową bazy danych na serwerze wykonuje się i przywraca jej własnymi narzędziami (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backup_and_welcome.py" line="59"/>
        <source>The backup was restored.</source>
        <translation>Kopia zapasowa została przywrócona.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backup_and_welcome.py" line="84"/>
        <source>The language you chose applies from the next start.</source>
        <translation>Wybrany język obowiązuje od następnego uruchomienia.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="36"/>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="36"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="36"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="43"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="51"/>
        <source>Before an import</source>
        <translation>Przed importem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="52"/>
        <source>Daily</source>
        <translation>Codzienna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="53"/>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="148"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="150"/>
        <source>Save this chart as a picture</source>
        <translation>Zapisz ten wykres jako obraz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="152"/>
        <source>As PNG…</source>
        <translation>Jako PNG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="153"/>
        <source>As SVG…</source>
        <translation>Jako SVG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="322"/>
        <source>Save the chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="324"/>
        <source>PNG pictures (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="324"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Rysunki SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="345"/>
        <location filename="../../leaddesk/ui/insights/charts.py" line="358"/>
        <source>the picture could not be saved there</source>
        <translation>nie udało się tam zapisać obrazu</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../leaddesk/ui/board/column_model.py" line="292"/>
        <source>Likely to become a customer: %1</source>
        <translation>Szansa, że zostanie klientem: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/column_model.py" line="298"/>
        <source>First contact due by %1</source>
        <translation>Pierwszy kontakt do %1</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <location filename="../../leaddesk/ui/board/controller.py" line="310"/>
        <source>Move %1 to %2</source>
        <translation>Przenieś %1 do: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/controller.py" line="312"/>
        <source>Move %Ln leads to %1</source>
        <translation>
            <numerusform>Przenieś %Ln leada do: %1</numerusform>
            <numerusform>Przenieś %Ln leady do: %1</numerusform>
            <numerusform>Przenieś %Ln leadów do: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="133"/>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="135"/>
        <source>A new inquiry (Ctrl+N)</source>
        <translation>Nowe zapytanie (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/screen.py" line="309"/>
        <source>Delete leads</source>
        <translation>Usuń leady</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/screen.py" line="310"/>
        <source>Delete %Ln lead(s)? They can be restored by an owner.</source>
        <translation>
            <numerusform>Usunąć %Ln leada? Właściciel może go przywrócić.</numerusform>
            <numerusform>Usunąć %Ln leady? Właściciel może je przywrócić.</numerusform>
            <numerusform>Usunąć %Ln leadów? Właściciel może je przywrócić.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="294"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="295"/>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="296"/>
        <source>Talked</source>
        <translation>Rozmowa odbyta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="297"/>
        <source>Meeting booked</source>
        <translation>Umówiono spotkanie</translation>
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
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="277"/>
        <source>First contact late</source>
        <translation>Pierwszy kontakt po terminie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="279"/>
        <source>Contact by %1</source>
        <translation>Kontakt do %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="288"/>
        <source>Overdue: %1</source>
        <translation>Zaległe: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/card_delegate.py" line="288"/>
        <source>Next: %1</source>
        <translation>Następny: %1</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="200"/>
        <source>Complete a follow-up</source>
        <translation>Zakończ przypomnienie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="202"/>
        <source>%1 with %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="205"/>
        <source>What happened?</source>
        <translation>Co się wydarzyło?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="207"/>
        <source>Schedule the next follow-up</source>
        <translation>Zaplanuj kolejny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="210"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="212"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="214"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="215"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="74"/>
        <source>no lowest</source>
        <translation>bez minimum</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="75"/>
        <source>no highest</source>
        <translation>bez maksimum</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="76"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="77"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rule_editor.py" line="108"/>
        <source>Values, separated by commas</source>
        <translation>Wartości rozdzielone przecinkami</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="67"/>
        <source>Saved by someone else meanwhile</source>
        <translation>W międzyczasie zapisane przez kogoś innego</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="72"/>
        <source>%1 saved this lead after you opened it. Nothing was overwritten. Choose, for each field, the value to keep, then save.</source>
        <translation>%1 zapisał(a) ten lead po jego otwarciu. Nic nie zostało nadpisane. Wybierz dla każdego pola wartość do zachowania, a potem zapisz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="79"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pole&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="80"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twoja&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="81"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ich&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/conflict.py" line="120"/>
        <source>Another user</source>
        <translation>Inny użytkownik</translation>
    </message>
</context>
<context>
    <name>ConversionModelPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="67"/>
        <source>Train now</source>
        <translation>Trenuj teraz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="68"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="95"/>
        <source>Keep these out from the next training</source>
        <translation>Pomiń je od następnego treningu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="103"/>
        <source>What weighs most</source>
        <translation>Co waży najwięcej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="107"/>
        <source>Fields kept out of the model</source>
        <translation>Pola pominięte w modelu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="111"/>
        <source>A field filled in only after a lead closed teaches the model the answer.</source>
        <translation>Pole wypełniane dopiero po zamknięciu leada podpowiada modelowi odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="175"/>
        <source>No model yet. Train one when the team has closed enough leads: it learns from leads that became customers and those that did not.</source>
        <translation>Nie ma jeszcze modelu. Wytrenuj go, gdy zespół zamknie dość leadów: uczy się na leadach, które zostały klientami, i na tych, które nie zostały.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="188"/>
        <source>In use since %1, trained on %2 closed leads.</source>
        <translation>Używany od %1, wytrenowany na %2 zamkniętych leadach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="194"/>
        <source>On %1 closed leads it never saw: ROC AUC %2 (1 is perfect, 0.5 a coin), Brier score %3 (0 is perfect; always guessing the average gives %4), right %5 of the time at a cut-off of %6. Predicted and observed rates differ by %7 on average.</source>
        <translation>Na %1 zamkniętych leadach, których nie widział: ROC AUC %2 (1 to ideał, 0,5 to rzut monetą), wynik Briera %3 (0 to ideał; zgadywanie średniej daje %4), trafny w %5 przypadków przy progu %6. Przewidywane i obserwowane odsetki różnią się średnio o %7.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="210"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="217"/>
        <source>Left out: %1</source>
        <translation>Pominięte: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="234"/>
        <source>known only after the outcome</source>
        <translation>znane dopiero po wyniku</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="236"/>
        <source>kept out by you</source>
        <translation>pominięte przez ciebie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="238"/>
        <source>the same for every lead</source>
        <translation>takie samo dla każdego leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_model.py" line="247"/>
        <source>The last training was not kept: %1</source>
        <translation>Ostatni trening nie został zachowany: %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldFilter</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="92"/>
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="100"/>
        <source>Any date</source>
        <translation>Dowolna data</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="106"/>
        <source>contains…</source>
        <translation>zawiera…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="140"/>
        <source>Add a field…</source>
        <translation>Dodaj pole…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="141"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="142"/>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="186"/>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="146"/>
        <source>Every lead&apos;s form shows these fields, and the board and the leads table can filter by them. A retired field is hidden; the leads keep its values.</source>
        <translation>Formularz każdego leada pokazuje te pola, a tablica i tabela leadów mogą według nich filtrować. Wycofane pole jest ukryte; leady zachowują jego wartości.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="186"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="31"/>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="33"/>
        <location filename="../../leaddesk/ui/window_actions.py" line="39"/>
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>Bazy danych LeadDesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="39"/>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="46"/>
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="47"/>
        <source>Server address, e.g. postgresql://maria@crm.example.com/leaddesk</source>
        <translation>Adres serwera, np. postgresql://maria@crm.example.com/leaddesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="54"/>
        <source>About LeadDesk</source>
        <translation>O programie LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="55"/>
        <source>LeadDesk %1
Lead management for small sales teams.

Database: %2</source>
        <translation>LeadDesk %1
Zarządzanie leadami dla małych zespołów sprzedaży.

Baza danych: %2</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="114"/>
        <source>Won: confirm the deal value</source>
        <translation>Wygrana: potwierdź wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="117"/>
        <source>%1 becomes a customer. What is the deal worth?</source>
        <translation>%1 zostaje klientem. Ile warta jest transakcja?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="126"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="136"/>
        <source>Won with no value?</source>
        <translation>Wygrana bez wartości?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="137"/>
        <source>The deal value is 0. Mark the lead as won without a value?</source>
        <translation>Wartość transakcji wynosi 0. Oznaczyć lead jako wygrany bez wartości?</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="23"/>
        <source>A rep</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="24"/>
        <source>A team (rotation)</source>
        <translation>Zespół (rotacja)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="25"/>
        <source>A partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="26"/>
        <source>The pool</source>
        <translation>Pula</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="27"/>
        <source>Nobody (left unassigned)</source>
        <translation>Nikt (bez przypisania)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="35"/>
        <source>Rep %1</source>
        <translation>Handlowiec %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="36"/>
        <source>Team %1 (rotation)</source>
        <translation>Zespół %1 (rotacja)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="37"/>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="41"/>
        <source>(not chosen)</source>
        <translation>(nie wybrano)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="48"/>
        <source>Qualification</source>
        <translation>Kwalifikacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="49"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="50"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="51"/>
        <source>Web form</source>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="53"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="69"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 od %2 do %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="71"/>
        <source>%1 at least %2</source>
        <translation>%1 co najmniej %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="73"/>
        <source>%1 at most %3</source>
        <translation>%1 najwyżej %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="77"/>
        <source>%1 %2</source>
        <translation>Pole %1 %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="81"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="85"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="99"/>
        <source>Every lead</source>
        <translation>Każdy lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="100"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="106"/>
        <source>Holiday</source>
        <translation>Urlop</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="107"/>
        <source>Sick leave</source>
        <translation>Zwolnienie lekarskie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="108"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="115"/>
        <source>Distributor</source>
        <translation>Dystrybutor</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="116"/>
        <source>Reseller</source>
        <translation>Odsprzedawca</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="117"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="118"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="132"/>
        <source>A rule needs a name of 1 to 120 characters.</source>
        <translation>Reguła musi mieć nazwę o długości od 1 do 120 znaków.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="135"/>
        <source>Choose the rep, team or partner to send leads to.</source>
        <translation>Wybierz handlowca, zespół lub partnera, do którego trafią leady.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="138"/>
        <source>A condition needs a field.</source>
        <translation>Warunek wymaga pola.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="139"/>
        <source>A rule cannot read this field.</source>
        <translation>Reguła nie może odczytać tego pola.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="140"/>
        <source>This condition needs a value.</source>
        <translation>Ten warunek wymaga wartości.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="141"/>
        <source>A weight is a whole number from 1 to 10.</source>
        <translation>Waga to liczba całkowita od 1 do 10.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="144"/>
        <source>A team needs a name of 1 to 120 characters.</source>
        <translation>Zespół musi mieć nazwę o długości od 1 do 120 znaków.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="147"/>
        <source>There is a team of that name already.</source>
        <translation>Zespół o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="150"/>
        <source>An absence ends on or after the day it starts.</source>
        <translation>Nieobecność musi się kończyć w dniu rozpoczęcia lub później.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="153"/>
        <source>Choose a time zone from the list (such as Europe/Warsaw).</source>
        <translation>Wybierz strefę czasową z listy (np. Europe/Warsaw).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="156"/>
        <source>A partner needs a name of 1 to 200 characters.</source>
        <translation>Partner musi mieć nazwę o długości od 1 do 200 znaków.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="159"/>
        <source>Choose the kind of partner.</source>
        <translation>Wybierz rodzaj partnera.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="160"/>
        <source>Choose how many hours the partner has to answer.</source>
        <translation>Wybierz, ile godzin partner ma na odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/distribution.py" line="163"/>
        <source>Not a valid email address.</source>
        <translation>To nie jest poprawny adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="86"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="19"/>
        <location filename="../../leaddesk/ui/names/distribution.py" line="164"/>
        <source>A first-contact target is 1 minute to a week.</source>
        <translation>Termin pierwszego kontaktu to od 1 minuty do tygodnia.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="22"/>
        <source>A claim lasts 1 to 336 hours (two weeks).</source>
        <translation>Przejęcie trwa od 1 do 336 godzin (dwa tygodnie).</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="36"/>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="37"/>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="38"/>
        <source>Working time and absences</source>
        <translation>Czas pracy i nieobecności</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution.py" line="39"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
</context>
<context>
    <name>DistributionSweeper</name>
    <message>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="215"/>
        <source>%1 – first contact was due at %2</source>
        <translation>%1 – termin pierwszego kontaktu minął o %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="203"/>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="221"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="223"/>
        <source>%Ln lead(s) past the first-contact target</source>
        <translation>
            <numerusform>%Ln lead po terminie pierwszego kontaktu</numerusform>
            <numerusform>%Ln leady po terminie pierwszego kontaktu</numerusform>
            <numerusform>%Ln leadów po terminie pierwszego kontaktu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="197"/>
        <source>%1 – back to the pool at %2</source>
        <translation>%1 – wraca do puli o %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/sweeper.py" line="205"/>
        <source>%Ln claim(s) running out</source>
        <translation>
            <numerusform>Kończy się %Ln przejęcie</numerusform>
            <numerusform>Kończą się %Ln przejęcia</numerusform>
            <numerusform>Kończy się %Ln przejęć</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateRules</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="101"/>
        <source>same record id</source>
        <translation>ten sam identyfikator rekordu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="102"/>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="103"/>
        <source>same phone number</source>
        <translation>ten sam numer telefonu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="104"/>
        <source>similar names at the same company</source>
        <translation>podobne nazwiska w tej samej firmie</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="38"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="39"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="40"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="42"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="43"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="44"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="45"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/model.py" line="172"/>
        <source>%1 leads · %2 · score %3</source>
        <translation>leady: %1 · %2 · podobieństwo %3</translation>
    </message>
</context>
<context>
    <name>DuplicatesScreen</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="63"/>
        <source>How alike two names at the same company must be (100: the same words) to count as one person. Same email, phone or record id always counts.</source>
        <translation>Jak bardzo muszą być podobne dwa nazwiska w tej samej firmie (100: te same słowa), by uznać je za jedną osobę. Ten sam e-mail, telefon lub identyfikator rekordu liczy się zawsze.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="67"/>
        <source>Scan</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="70"/>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="187"/>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="74"/>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="236"/>
        <source>Scan to find leads entered more than once.</source>
        <translation>Uruchom wyszukiwanie, by znaleźć leady wprowadzone więcej niż raz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="96"/>
        <source>Similar names from score:</source>
        <translation>Podobne nazwiska od poziomu:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="120"/>
        <source>Looking for duplicates…</source>
        <translation>Szukanie duplikatów…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="125"/>
        <source>The scan was cancelled.</source>
        <translation>Wyszukiwanie zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="155"/>
        <source>%1 groups of likely duplicates, the surest first.</source>
        <translation>Grupy prawdopodobnych duplikatów: %1, najpewniejsze na początku.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="157"/>
        <source>No likely duplicates found.</source>
        <translation>Nie znaleziono prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/screen.py" line="190"/>
        <source>Open lead</source>
        <translation>Otwórz leada</translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="26"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="36"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (zwykle port 587)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="37"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (zwykle port 465)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="38"/>
        <source>None (not encrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="44"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="46"/>
        <source>Kept in your system&apos;s keyring.</source>
        <translation>Przechowywane w pęku kluczy systemu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="48"/>
        <source>No keyring works here: asked for once per session.</source>
        <translation>Pęk kluczy tu nie działa: hasło jest pytane raz na sesję.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="59"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="62"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="63"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="64"/>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="65"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="66"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="68"/>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="69"/>
        <source>Your email address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="116"/>
        <source>Your email address: %1</source>
        <translation>Twój adres e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/email.py" line="118"/>
        <source>Give your email address: messages are sent from it.</source>
        <translation>Podaj swój adres e-mail: z niego wychodzą wiadomości.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="29"/>
        <source>Lead %1 was changed by somebody else meanwhile; nothing was overwritten. Your change was not saved: apply it again to the lead as it is now.</source>
        <translation>Ktoś inny zmienił w międzyczasie leada %1; nic nie zostało nadpisane. Twoja zmiana nie została zapisana: wprowadź ją ponownie w leadzie w obecnej postaci.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="35"/>
        <source>%1 was changed by somebody else meanwhile; nothing was overwritten. Apply your change again to it as it is now.</source>
        <translation>Ktoś inny zmienił w międzyczasie %1; nic nie zostało nadpisane. Wprowadź swoją zmianę ponownie w obecnej wersji.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="41"/>
        <source>Somebody else changed this meanwhile; nothing was overwritten. Apply your change again to it as it is now.</source>
        <translation>Ktoś inny zmienił to w międzyczasie; nic nie zostało nadpisane. Wprowadź swoją zmianę ponownie w obecnej wersji.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="51"/>
        <source>This lead no longer exists (it may have been deleted).</source>
        <translation>Ten lead już nie istnieje (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="54"/>
        <source>This template no longer exists.</source>
        <translation>Ten szablon już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="55"/>
        <source>This follow-up no longer exists.</source>
        <translation>To zadanie już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="56"/>
        <source>This person no longer exists.</source>
        <translation>Ta osoba już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="57"/>
        <source>This file is no longer attached.</source>
        <translation>Ten plik nie jest już załączony.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="58"/>
        <source>This batch of messages no longer exists.</source>
        <translation>Ta partia wiadomości już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="61"/>
        <source>This message no longer exists.</source>
        <translation>Ta wiadomość już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="62"/>
        <source>This web form no longer exists.</source>
        <translation>Ten formularz WWW już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="65"/>
        <source>This record no longer exists.</source>
        <translation>Ten rekord już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="83"/>
        <source>Other people were changing the same records at the same moment; LeadDesk tried %1 times and could not get through. Nothing was saved: try again.</source>
        <translation>Inne osoby zmieniały w tej samej chwili te same rekordy; LeadDesk próbował %1 razy i nie zdołał się przebić. Nic nie zostało zapisane: spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="89"/>
        <source>Another change to the same records got in the way; nothing was saved. Try again.</source>
        <translation>Przeszkodziła inna zmiana tych samych rekordów; nic nie zostało zapisane. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="102"/>
        <source>the capture service (process %1)</source>
        <translation>usługa przechwytywania (proces %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="104"/>
        <source>another LeadDesk (process %1)</source>
        <translation>inny LeadDesk (proces %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="106"/>
        <source>%2 (process %1)</source>
        <translation>%2 (proces %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="118"/>
        <source>another LeadDesk or the capture service</source>
        <translation>inny LeadDesk lub usługa przechwytywania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="120"/>
        <source>The database %1 is busy: %2 is writing to it and did not finish in time. Nothing was saved; try again in a moment.</source>
        <translation>Baza danych %1 jest zajęta: %2 zapisuje do niej i nie skończył(a) na czas. Nic nie zostało zapisane; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="134"/>
        <source>The sender address %1 contains a line break; no email can be sent from it. Correct it in Settings.</source>
        <translation>Adres nadawcy %1 zawiera podział wiersza; nie można z niego wysłać żadnego e-maila. Popraw go w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="139"/>
        <source>The sender address %1 contains a control character; no email can be sent from it. Correct it in Settings.</source>
        <translation>Adres nadawcy %1 zawiera znak sterujący; nie można z niego wysłać żadnego e-maila. Popraw go w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="144"/>
        <source>The sender address %1 is not an email address; no email can be sent from it. Correct it in Settings.</source>
        <translation>Adres nadawcy %1 nie jest adresem e-mail; nie można z niego wysłać żadnego e-maila. Popraw go w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="152"/>
        <source>The recipient&apos;s address %1 contains a line break; it cannot be sent to. Correct the lead&apos;s email address, then retry the message.</source>
        <translation>Adres odbiorcy %1 zawiera podział wiersza; nie można na niego wysłać. Popraw adres e-mail leada, a potem ponów wiadomość.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="157"/>
        <source>The recipient&apos;s address %1 contains a control character; it cannot be sent to. Correct the lead&apos;s email address, then retry the message.</source>
        <translation>Adres odbiorcy %1 zawiera znak sterujący; nie można na niego wysłać. Popraw adres e-mail leada, a potem ponów wiadomość.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="162"/>
        <source>The recipient&apos;s address %1 is not an email address; it cannot be sent to. Correct the lead&apos;s email address, then retry the message.</source>
        <translation>Adres odbiorcy %1 nie jest adresem e-mail; nie można na niego wysłać. Popraw adres e-mail leada, a potem ponów wiadomość.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="175"/>
        <source>The new model was not kept: no field is left to learn from (every one was excluded, the same for every lead, or filled in after the outcome).</source>
        <translation>Nowy model nie został zachowany: nie zostało żadne pole do nauki (każde pominięto, jest takie samo dla każdego leada albo wypełniane po wyniku).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="181"/>
        <source>The new model was not kept: on the leads it did not see, its Brier score %1 is no better than always saying the base rate (%2). The fields given do not predict who becomes a customer well enough; the model in use (if any) stays.</source>
        <translation>Nowy model nie został zachowany: na leadach, których nie widział, jego wynik Briera %1 nie jest lepszy niż zawsze podawany odsetek bazowy (%2). Te pola nie przewidują dość dobrze, kto zostanie klientem; używany model (jeśli jest) zostaje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="188"/>
        <source>The new model was not kept: on the leads it did not see, its ROC AUC %1 is not above %2. The fields given do not predict who becomes a customer well enough; the model in use (if any) stays.</source>
        <translation>Nowy model nie został zachowany: na leadach, których nie widział, jego ROC AUC %1 nie przekracza %2. Te pola nie przewidują dość dobrze, kto zostanie klientem; używany model (jeśli jest) zostaje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="202"/>
        <source>Moving a lead to %1 needs a reason.</source>
        <translation>Przeniesienie leada do etapu %1 wymaga podania powodu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="205"/>
        <source>Only a customer can become Inactive (a former customer); this lead is %1.</source>
        <translation>Tylko klient może stać się nieaktywny (byłym klientem); ten lead jest na etapie %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="212"/>
        <source>There is no stage %1.</source>
        <translation>Nie ma etapu %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="215"/>
        <source>The follow-up %1 is already done.</source>
        <translation>Zadanie %1 jest już wykonane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="218"/>
        <source>There is nobody with the email address %1.</source>
        <translation>Nikt nie ma adresu e-mail %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="221"/>
        <source>This is the last active owner; make someone else an owner first.</source>
        <translation>To ostatni aktywny właściciel; najpierw uczyń właścicielem kogoś innego.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="225"/>
        <source>The template %1 has no text to send.</source>
        <translation>Szablon %1 nie ma treści do wysłania.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="228"/>
        <source>The template %1 is retired; restore it first.</source>
        <translation>Szablon %1 jest wycofany; najpierw go przywróć.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="231"/>
        <source>Email is not set up: add your SMTP server and sender address in Settings.</source>
        <translation>E-mail nie jest skonfigurowany: dodaj serwer SMTP i adres nadawcy w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="235"/>
        <source>Somebody else claimed lead %1 first.</source>
        <translation>Ktoś inny pierwszy przejął leada %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="237"/>
        <source>A card cannot be placed next to itself.</source>
        <translation>Karty nie można umieścić obok niej samej.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="240"/>
        <source>The card next to the drop place no longer exists; drop it again.</source>
        <translation>Karta obok miejsca upuszczenia już nie istnieje; upuść ponownie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="244"/>
        <source>The card next to the drop place is no longer in %1; drop it again.</source>
        <translation>Karta obok miejsca upuszczenia nie jest już w etapie %1; upuść ponownie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="250"/>
        <source>Lead %1 is not among the deleted leads.</source>
        <translation>Leada %1 nie ma wśród usuniętych.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="252"/>
        <source>That product no longer exists.</source>
        <translation>Ten produkt już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="256"/>
        <source>There is a source named %1 already.</source>
        <translation>Źródło o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="258"/>
        <source>LeadDesk&apos;s own sources are named by the app in each language.</source>
        <translation>Nazwy wbudowanych źródeł LeadDesk nadaje aplikacja w każdym języku.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="262"/>
        <source>There is a custom field named %1 already.</source>
        <translation>Pole własne o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="265"/>
        <source>A choice field needs at least one choice.</source>
        <translation>Pole wyboru wymaga co najmniej jednej opcji.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="269"/>
        <source>A choice field holds at most %1 choices.</source>
        <translation>Pole wyboru może mieć najwyżej %1 opcji.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="273"/>
        <source>Lead %1 holds &quot;%2&quot; in %3, which a field of this kind cannot hold; change that lead first.</source>
        <translation>Lead %1 ma w polu %3 wartość „%2”, której pole tego rodzaju nie może przechować; najpierw zmień tego leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="282"/>
        <source>That custom field no longer exists.</source>
        <translation>To pole własne już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="285"/>
        <source>An automatic email needs the address it is sent from.</source>
        <translation>Automatyczny e-mail wymaga adresu, z którego jest wysyłany.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="289"/>
        <source>There is no saved mapping named %1.</source>
        <translation>Nie ma zapisanego mapowania o nazwie %1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="291"/>
        <source>That source is not on the list of sources.</source>
        <translation>Tego źródła nie ma na liście źródeł.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="295"/>
        <source>%1 was imported in full already; importing it again would find only duplicates. Undo that import first, or import it again on purpose.</source>
        <translation>Plik %1 został już w całości zaimportowany; ponowny import znalazłby same duplikaty. Najpierw cofnij tamten import albo zaimportuj plik ponownie celowo.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="302"/>
        <source>This import was undone already.</source>
        <translation>Ten import został już cofnięty.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="305"/>
        <source>That is not one of the choices offered.</source>
        <translation>To nie jest żadna z dostępnych możliwości.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="308"/>
        <source>That segment no longer exists.</source>
        <translation>Ten segment już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="311"/>
        <source>That campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="314"/>
        <source>That person no longer exists.</source>
        <translation>Ta osoba już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="317"/>
        <source>That person is no longer active; choose someone else to own the lead.</source>
        <translation>Ta osoba nie jest już aktywna; wybierz kogoś innego na właściciela leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="320"/>
        <source>That person no longer exists or is no longer active.</source>
        <translation>Ta osoba już nie istnieje lub nie jest już aktywna.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="323"/>
        <source>That team no longer exists.</source>
        <translation>Ten zespół już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="324"/>
        <source>This lead is not waiting for a partner&apos;s answer any more.</source>
        <translation>Ten lead nie czeka już na odpowiedź partnera.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="327"/>
        <source>Email is sent by LeadDesk itself, not confirmed by hand.</source>
        <translation>E-maile wysyła sam LeadDesk, nie potwierdza się ich ręcznie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="331"/>
        <source>The message to %1 was already dealt with.</source>
        <translation>Wiadomość do %1 została już obsłużona.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="335"/>
        <source>The message to %1 is not waiting for a decision any more.</source>
        <translation>Wiadomość do %1 nie czeka już na decyzję.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="341"/>
        <source>Cannot use the database %1: %2</source>
        <translation>Nie można użyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="351"/>
        <source>The message to %1 has no usable Message-ID; it cannot be sent as it is. Queue it again to this lead.</source>
        <translation>Wiadomość do %1 nie ma poprawnego identyfikatora Message-ID; nie można jej wysłać w tej postaci. Dodaj ją ponownie do kolejki dla tego leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="359"/>
        <source>Somebody else&apos;s unfinished change on %1 held these records too long; nothing was saved. Try again in a moment.</source>
        <translation>Niedokończona zmiana innej osoby w %1 zbyt długo blokowała te rekordy; nic nie zostało zapisane. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="367"/>
        <source>You may not change this lead: your database login is not allowed to. Nothing was saved.</source>
        <translation>Nie możesz zmienić tego leada: twój login do bazy danych nie ma do tego uprawnień. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="372"/>
        <source>Choose at least two leads to merge; nothing was merged.</source>
        <translation>Wybierz co najmniej dwa leady do scalenia; nic nie zostało scalone.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="375"/>
        <source>A lead cannot be merged into itself; nothing was merged.</source>
        <translation>Leada nie można scalić z nim samym; nic nie zostało scalone.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="379"/>
        <source>Lead %1 was deleted or merged into another lead meanwhile, so it cannot be merged; nothing was merged. Scan for duplicates again.</source>
        <translation>Lead %1 został w międzyczasie usunięty lub scalony z innym leadem, więc nie można go scalić; nic nie zostało scalone. Wyszukaj duplikaty ponownie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="387"/>
        <source>The merge cannot choose the field %1; nothing was merged.</source>
        <translation>Przy scalaniu nie można wybrać pola %1; nic nie zostało scalone.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="393"/>
        <source>The merge into lead %1 was undone already; nothing was changed.</source>
        <translation>Scalenie z leadem %1 zostało już cofnięte; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="398"/>
        <source>This merge no longer exists (its lead was removed); nothing was changed.</source>
        <translation>To scalenie już nie istnieje (jego lead został usunięty); nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="401"/>
        <source>The scan for duplicates was cancelled; nothing was changed.</source>
        <translation>Wyszukiwanie duplikatów zostało anulowane; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="404"/>
        <source>You may not make this change: your database login is not allowed to. Nothing was saved.</source>
        <translation>Nie możesz wprowadzić tej zmiany: twój login do bazy danych nie ma do tego uprawnień. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="410"/>
        <source>The database file %1 is read-only here; nothing was saved.</source>
        <translation>Plik bazy danych %1 jest tutaj tylko do odczytu; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="416"/>
        <source>The database file %1 is read-only for you, and LeadDesk needs to write to it. Make it writable, or open a copy of it; nothing in it was changed.</source>
        <translation>Plik bazy danych %1 jest dla Ciebie tylko do odczytu, a LeadDesk musi do niego zapisywać. Nadaj mu prawo zapisu albo otwórz jego kopię; nic w nim nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="424"/>
        <source>LeadDesk cannot use the database file %1: its folder %2 is read-only for you, and SQLite keeps its working files beside the database. Make the folder writable, or move the file; nothing was changed.</source>
        <translation>LeadDesk nie może użyć pliku bazy danych %1: jego folder %2 jest dla Ciebie tylko do odczytu, a SQLite trzyma swoje pliki robocze obok bazy. Nadaj folderowi prawo zapisu albo przenieś plik; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="434"/>
        <source>There is no web form %1 (Settings ▸ Web forms lists them); nothing was saved.</source>
        <translation>Nie ma formularza WWW %1 (lista jest w Ustawienia ▸ Formularze WWW); nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="441"/>
        <source>The web form %1 is retired and takes no more submissions; nothing was saved. Bring it back in Settings ▸ Web forms, or use another form.</source>
        <translation>Formularz WWW %1 jest wycofany i nie przyjmuje już zgłoszeń; nic nie zostało zapisane. Przywróć go w Ustawienia ▸ Formularze WWW albo użyj innego formularza.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="449"/>
        <source>The web form %1 was posted without its secret token, or with an old one; nothing was saved. Put the form&apos;s current snippet (Settings ▸ Web forms) on the site.</source>
        <translation>Formularz WWW %1 został wysłany bez tajnego tokenu lub ze starym tokenem; nic nie zostało zapisane. Umieść na stronie aktualny fragment kodu formularza (Ustawienia ▸ Formularze WWW).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="458"/>
        <source>The backup %1 is damaged or is no LeadDesk database; nothing was restored and the database is as it was.</source>
        <translation>Kopia zapasowa %1 jest uszkodzona lub nie jest bazą danych LeadDesk; nic nie zostało przywrócone, a baza danych pozostała bez zmian.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="465"/>
        <source>LeadDesk restores only database files; restore a server&apos;s database with its own tools (pg_restore, mariadb).</source>
        <translation>LeadDesk przywraca tylko pliki baz danych; bazę danych na serwerze przywróć jej własnymi narzędziami (pg_restore, mariadb).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="471"/>
        <source>The database %1 refused the login: %2</source>
        <translation>Baza danych %1 odrzuciła logowanie: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="476"/>
        <source>Too little history to learn from: %1 closed leads (%2 customers, %3 not). The model needs at least %4 closed leads with at least %5 of each outcome; the model in use (if any) stays.</source>
        <translation>Za mało historii do nauki: %1 zamkniętych leadów (%2 klientów, %3 pozostałych). Model potrzebuje co najmniej %4 zamkniętych leadów i co najmniej %5 każdego wyniku; używany model (jeśli jest) zostaje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/errors.py" line="489"/>
        <source>The new model was not kept; the model in use (if any) stays.</source>
        <translation>Nowy model nie został zachowany; używany model (jeśli jest) zostaje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="25"/>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation>Plik %1 jest pusty: nie ma czego importować.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="30"/>
        <source>The file %1 is not a table of text (it may be a program or a picture); import a CSV, TSV, Excel .xlsx or vCard file.</source>
        <translation>Plik %1 nie jest tabelą tekstową (może to być program lub obraz); zaimportuj plik CSV, TSV, Excel .xlsx lub vCard.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="37"/>
        <source>The file %1 has no header row: its first row must name the columns.</source>
        <translation>Plik %1 nie ma wiersza nagłówka: pierwszy wiersz musi zawierać nazwy kolumn.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="42"/>
        <source>The workbook %1 cannot be read (password-protected, an old .xls or damaged); open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>Nie można odczytać skoroszytu %1 (chroniony hasłem, stary format .xls lub uszkodzony); otwórz go w Excelu i zapisz ponownie jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="49"/>
        <source>The file %1 has more columns than can be imported; is the delimiter right?</source>
        <translation>Plik %1 ma więcej kolumn, niż można zaimportować; czy separator jest właściwy?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="54"/>
        <source>The file %1 has no such sheet.</source>
        <translation>Plik %1 nie ma takiego arkusza.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="56"/>
        <source>The file %1 is larger than a contacts file can be (200 MB at most).</source>
        <translation>Plik %1 jest większy, niż może być plik kontaktów (najwyżej 200 MB).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/file_errors.py" line="61"/>
        <source>The file %1 cannot be opened: it may have been moved, or you may not be allowed to read it.</source>
        <translation>Nie można otworzyć pliku %1: mógł zostać przeniesiony albo nie masz uprawnień do jego odczytu.</translation>
    </message>
</context>
<context>
    <name>EventTag</name>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="65"/>
        <source>Visited the solutions page</source>
        <translation>Odwiedził stronę z rozwiązaniami</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="66"/>
        <source>Visited the pricing page</source>
        <translation>Odwiedził stronę z cennikiem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="67"/>
        <source>Downloaded the user guide</source>
        <translation>Pobrał instrukcję obsługi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="68"/>
        <source>Attended a webinar</source>
        <translation>Wziął udział w webinarze</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="69"/>
        <source>Requested a quote</source>
        <translation>Poprosił o wycenę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/activities.py" line="70"/>
        <source>Opened an email</source>
        <translation>Otworzył e-mail</translation>
    </message>
</context>
<context>
    <name>ExcludedModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="96"/>
        <source>Keep out of the model</source>
        <translation>Pomiń w modelu</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="68"/>
        <source>Edit field</source>
        <translation>Edytuj pole</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="68"/>
        <source>Add a field</source>
        <translation>Dodaj pole</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="87"/>
        <source>One choice per line</source>
        <translation>Jedna opcja w wierszu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="88"/>
        <source>Choices</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="91"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="92"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
</context>
<context>
    <name>FieldKind</name>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="15"/>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="16"/>
        <source>Yes/no</source>
        <translation>Tak/nie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="17"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="18"/>
        <source>Choice</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="19"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="30"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/fields.py" line="32"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="88"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="89"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="90"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="91"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="92"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="93"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="94"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="95"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="96"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="97"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="98"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="99"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="100"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="101"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="102"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="103"/>
        <source>Score</source>
        <translation>Punktacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="104"/>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="105"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="106"/>
        <source>Own fields</source>
        <translation>Własne pola</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="107"/>
        <source>Social profiles</source>
        <translation>Profile społecznościowe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="108"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="109"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="110"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="111"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="112"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="113"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="114"/>
        <source>Fields of the form</source>
        <translation>Pola formularza</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="115"/>
        <source>Page after sending</source>
        <translation>Strona po wysłaniu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="116"/>
        <source>Choices</source>
        <translation>Opcje</translation>
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
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>Choices</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="44"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="52"/>
        <source>Retired</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="52"/>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/custom_fields.py" line="53"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="35"/>
        <source>The file</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="37"/>
        <source>Check that the first rows look right; if letters are garbled, try another encoding.</source>
        <translation>Sprawdź, czy pierwsze wiersze wyglądają poprawnie; jeśli litery są zniekształcone, wypróbuj inne kodowanie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="43"/>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="60"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="61"/>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="62"/>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="63"/>
        <source>Sheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="85"/>
        <source>Comma (,)</source>
        <translation>Przecinek (,)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="86"/>
        <source>Semicolon (;)</source>
        <translation>Średnik (;)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="87"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="88"/>
        <source>Vertical bar (|)</source>
        <translation>Kreska pionowa (|)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="94"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="95"/>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 z BOM)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="96"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="97"/>
        <source>Unicode (UTF-16 LE)</source>
        <translation>Unicode (UTF-16 LE)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="98"/>
        <source>Unicode (UTF-16 BE)</source>
        <translation>Unicode (UTF-16 BE)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="99"/>
        <source>Unicode (UTF-32)</source>
        <translation>Unicode (UTF-32)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="100"/>
        <source>Central European (Windows-1250)</source>
        <translation>Środkowoeuropejskie (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="101"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>Środkowoeuropejskie (ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="102"/>
        <source>Western (Windows-1252)</source>
        <translation>Zachodnie (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="103"/>
        <source>Arabic (Windows-1256)</source>
        <translation>Arabskie (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="104"/>
        <source>Western (ISO-8859-1)</source>
        <translation>Zachodnie (ISO-8859-1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="110"/>
        <source>Text table (CSV/TSV)</source>
        <translation>Tabela tekstowa (CSV/TSV)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="111"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Skoroszyt Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="112"/>
        <source>Contacts (vCard)</source>
        <translation>Kontakty (vCard)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="120"/>
        <source>Import leads</source>
        <translation>Import leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="122"/>
        <source>Lead files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Pliki leadów (*.csv *.tsv *.txt *.xlsx *.vcf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/file_page.py" line="148"/>
        <source>No file chosen</source>
        <translation>Nie wybrano pliku</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/banner.py" line="32"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="48"/>
        <source>Search name, company, email, phone…</source>
        <translation>Szukaj: nazwisko, firma, e-mail, telefon…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="53"/>
        <source>Everyone&apos;s leads</source>
        <translation>Leady wszystkich</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="54"/>
        <source>My leads</source>
        <translation>Moje leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="55"/>
        <source>Unassigned pool</source>
        <translation>Nieprzypisana pula</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="61"/>
        <source>Manual order</source>
        <translation>Własna kolejność</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="62"/>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="123"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="63"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="64"/>
        <source>Next follow-up</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="65"/>
        <source>Days in stage</source>
        <translation>Dni w etapie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="66"/>
        <source>Most likely to convert</source>
        <translation>Największa szansa konwersji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="74"/>
        <source>Save view…</source>
        <translation>Zapisz widok…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="77"/>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="80"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="82"/>
        <source>Any source</source>
        <translation>Każde źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="83"/>
        <source>Any campaign</source>
        <translation>Każda kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="84"/>
        <source>Any product</source>
        <translation>Każdy produkt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="85"/>
        <source>Any tag</source>
        <translation>Każdy tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="95"/>
        <source>Any qualification</source>
        <translation>Dowolna kwalifikacja</translation>
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
        <translation>MQL lub SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="101"/>
        <source>Leads by the scoring thresholds they have reached</source>
        <translation>Leady według osiągniętych progów punktacji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="87"/>
        <source>Any custom field</source>
        <translation>Dowolne pole własne</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="105"/>
        <source>Any follow-up</source>
        <translation>Dowolny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="106"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="107"/>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="108"/>
        <source>Due this week</source>
        <translation>W tym tygodniu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="109"/>
        <source>Nothing planned</source>
        <translation>Nic nie zaplanowano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="117"/>
        <source>Sort:</source>
        <translation>Sortuj:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="119"/>
        <source>View:</source>
        <translation>Widok:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="239"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="240"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_filter.py" line="243"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="241"/>
        <source>(unsaved)</source>
        <translation>(niezapisany)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="255"/>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/filter_bar.py" line="255"/>
        <source>Name of this view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
</context>
<context>
    <name>FirstResponseRulesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="48"/>
        <source>New leads from</source>
        <translation>Nowe leady ze źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="49"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="50"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="51"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="52"/>
        <source>From</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="60"/>
        <source>Web form %1</source>
        <translation>Formularz WWW %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="69"/>
        <source>at once</source>
        <translation>od razu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="71"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstResponsesPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="203"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="204"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="206"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="178"/>
        <source>Schedule a follow-up</source>
        <translation>Zaplanuj kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="180"/>
        <source>Next step with %1</source>
        <translation>Następny krok z: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="182"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="187"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="188"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="189"/>
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
        <source>%Ln follow-up(s) overdue.</source>
        <translation>
            <numerusform>%Ln zaległy kontakt.</numerusform>
            <numerusform>%Ln zaległe kontakty.</numerusform>
            <numerusform>%Ln zaległych kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="85"/>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="95"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/notifier.py" line="96"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln kontakt do wykonania</numerusform>
            <numerusform>%Ln kontakty do wykonania</numerusform>
            <numerusform>%Ln kontaktów do wykonania</numerusform>
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
        <location filename="../../leaddesk/ui/follow_ups/model.py" line="80"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="60"/>
        <source>My follow-ups</source>
        <translation>Moje kontakty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="61"/>
        <source>Everyone&apos;s</source>
        <translation>Wszystkich</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="64"/>
        <source>Open lead</source>
        <translation>Otwórz leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="66"/>
        <source>Done…</source>
        <translation>Zrobione…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="68"/>
        <source>Export to calendar…</source>
        <translation>Eksportuj do kalendarza…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="71"/>
        <source>Save the open follow-ups shown by this scope as an .ics file</source>
        <translation>Zapisz otwarte kontakty z tego zakresu jako plik .ics</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="180"/>
        <source>Overdue (%1)</source>
        <translation>Zaległe (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="181"/>
        <source>Today (%1)</source>
        <translation>Dziś (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="182"/>
        <source>Upcoming (%1)</source>
        <translation>Nadchodzące (%1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="189"/>
        <source>Showing the first %1 of %2.</source>
        <translation>Pokazano pierwsze %1 z %2.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="249"/>
        <source>Export follow-ups</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/follow_ups/screen.py" line="251"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="35"/>
        <source>Hand over while away</source>
        <translation>Przekazanie na czas nieobecności</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="39"/>
        <source>%Ln open lead(s) of %1 have follow-ups due from %2 to %3, while they are away.</source>
        <translation>
            <numerusform>%1 ma %Ln otwarty lead z kontaktem zaplanowanym od %2 do %3, w czasie swojej nieobecności.</numerusform>
            <numerusform>%1 ma %Ln otwarte leady z kontaktami zaplanowanymi od %2 do %3, w czasie swojej nieobecności.</numerusform>
            <numerusform>%1 ma %Ln otwartych leadów z kontaktami zaplanowanymi od %2 do %3, w czasie swojej nieobecności.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="48"/>
        <source>Send them where the rules say (%1 counted away)</source>
        <translation>Przydziel je według reguł (z pominięciem: %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="50"/>
        <source>Give them to a colleague:</source>
        <translation>Przekaż je współpracownikowi:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/hand_over_dialog.py" line="63"/>
        <source>Give them back to %1 after the absence</source>
        <translation>Zwróć je po nieobecności do: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="96"/>
        <source>Import history</source>
        <translation>Historia importów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="109"/>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="112"/>
        <source>Save rejected rows…</source>
        <translation>Zapisz odrzucone wiersze…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="161"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="172"/>
        <source>Save rejected rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="161"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="31"/>
        <source>Unfinished</source>
        <translation>Niedokończony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="32"/>
        <source>Imported</source>
        <translation>Zaimportowany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="33"/>
        <source>Cancelled (import again to go on)</source>
        <translation>Anulowany (zaimportuj ponownie, by kontynuować)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="34"/>
        <source>Undone</source>
        <translation>Cofnięty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="50"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="51"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="52"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="53"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="54"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="55"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="56"/>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history_model.py" line="57"/>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="36"/>
        <source>Undo the import of %1? Its %2 new leads go to the deleted leads, and the %3 leads it updated get their fields back where nobody changed them since.</source>
        <translation>Cofnąć import pliku %1? Nowe leady z tego importu (%2) trafią do usuniętych, a zaktualizowane leady (%3) odzyskają poprzednie wartości pól, których nikt od tamtej pory nie zmienił.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="45"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="50"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="66"/>
        <location filename="../../leaddesk/ui/imports/history.py" line="83"/>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/history.py" line="84"/>
        <source>There is no import to undo.</source>
        <translation>Nie ma importu do cofnięcia.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="60"/>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="61"/>
        <source>Yes/no</source>
        <translation>Tak/nie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="62"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="63"/>
        <source>Choice</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="64"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="50"/>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="51"/>
        <source>Updates a lead</source>
        <translation>Aktualizuje leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="52"/>
        <source>Duplicate, skipped</source>
        <translation>Duplikat, pominięty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="53"/>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="52"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="53"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="73"/>
        <source>Not a country LeadDesk knows.</source>
        <translation>Kraj nieznany LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="76"/>
        <source>Not a stage LeadDesk knows; map the status to a stage.</source>
        <translation>Etap nieznany LeadDesk; przypisz ten status do etapu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="79"/>
        <source>Neither yes nor no.</source>
        <translation>Ani tak, ani nie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="80"/>
        <source>Does not fit the kind of this custom field.</source>
        <translation>Nie pasuje do rodzaju tego pola własnego.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="83"/>
        <source>Nobody on the team has this name; the lead is left unassigned.</source>
        <translation>Nikt w zespole nie nazywa się w ten sposób; lead pozostaje nieprzypisany.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="86"/>
        <source>Not one of the products; left out.</source>
        <translation>To nie jest żaden z produktów; pominięto.</translation>
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
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/rejects_csv.py" line="40"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="19"/>
        <source>Ignore</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="23"/>
        <source>Event: %1</source>
        <translation>Działanie: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="27"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="28"/>
        <source>Mobile</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="29"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="30"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="35"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="36"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="38"/>
        <source>Lead number</source>
        <translation>Numer leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="39"/>
        <source>ID in the other program</source>
        <translation>ID w innym programie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="40"/>
        <source>Do not email</source>
        <translation>Nie wysyłać e-maili</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="41"/>
        <source>Do not call</source>
        <translation>Nie dzwonić</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="42"/>
        <source>No WhatsApp</source>
        <translation>Bez WhatsAppa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="43"/>
        <source>No text messages</source>
        <translation>Bez SMS-ów</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../leaddesk/ui/imports/wizard.py" line="38"/>
        <source>Import leads</source>
        <translation>Import leadów</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="43"/>
        <source>%1 M</source>
        <translation>%1 mln</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/charts.py" line="47"/>
        <source>%1 k</source>
        <translation>%1 tys.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/formats.py" line="30"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/formats.py" line="34"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/formats.py" line="43"/>
        <source>%1 d</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/report_pdf.py" line="28"/>
        <source>the PDF could not be written there</source>
        <translation>nie udało się tam zapisać pliku PDF</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="51"/>
        <source>Rep</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="52"/>
        <source>Pool</source>
        <translation>Pula (bez właściciela)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="54"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="93"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="120"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="56"/>
        <source>Contacted within 24 h</source>
        <translation>Kontakt w ciągu 24 godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="41"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="42"/>
        <source>Received</source>
        <translation>Otrzymane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="43"/>
        <source>Accepted</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="44"/>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="45"/>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="47"/>
        <source>Time to accept</source>
        <translation>Czas do przyjęcia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="50"/>
        <source>Contacted</source>
        <translation>Nawiązany kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="51"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="59"/>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="53"/>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/partners_table.py" line="56"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="60"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="123"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="62"/>
        <source>Median response</source>
        <translation>Mediana czasu reakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="66"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="85"/>
        <source>Within first-contact target</source>
        <translation>W terminie pierwszego kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="91"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="119"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="92"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="94"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="121"/>
        <source>Qualified</source>
        <translation>Zakwalifikowane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="95"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="122"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="97"/>
        <location filename="../../leaddesk/ui/insights/tables.py" line="125"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="101"/>
        <source>Cost per customer</source>
        <translation>Koszt na klienta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/tables.py" line="105"/>
        <source>Return on investment</source>
        <translation>Zwrot z inwestycji</translation>
    </message>
</context>
<context>
    <name>InsightsFilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="61"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="62"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="63"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="64"/>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="65"/>
        <source>Custom range</source>
        <translation>Własny zakres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="72"/>
        <source>The period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="76"/>
        <source>The period after</source>
        <translation>Następny okres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="88"/>
        <source>by day</source>
        <translation>dziennie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="89"/>
        <source>by week</source>
        <translation>tygodniowo</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="90"/>
        <source>by month</source>
        <translation>miesięcznie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="91"/>
        <source>by quarter</source>
        <translation>kwartalnie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="94"/>
        <source>Every owner</source>
        <translation>Każdy właściciel</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="95"/>
        <source>Every source</source>
        <translation>Każde źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="98"/>
        <source>Every campaign</source>
        <translation>Każda kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="99"/>
        <source>Every product</source>
        <translation>Każdy produkt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="100"/>
        <source>Every segment</source>
        <translation>Każdy segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/filter_bar.py" line="163"/>
        <source>The pool (no owner)</source>
        <translation>Pula (bez właściciela)</translation>
    </message>
</context>
<context>
    <name>InsightsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="78"/>
        <source>Working out…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="84"/>
        <source>Insights</source>
        <translation>Analizy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="89"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="91"/>
        <source>Report as PDF…</source>
        <translation>Raport jako PDF…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="92"/>
        <source>Charts as PNG…</source>
        <translation>Wykresy jako PNG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="93"/>
        <source>Charts as SVG…</source>
        <translation>Wykresy jako SVG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="94"/>
        <source>Tables as CSV…</source>
        <translation>Tabele jako CSV…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="95"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="106"/>
        <source>Funnel: leads that reached each stage</source>
        <translation>Lejek: leady, które dotarły do każdego etapu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="108"/>
        <source>Leads created, by source</source>
        <translation>Nowe leady według źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="110"/>
        <source>Pipeline value by stage, today</source>
        <translation>Wartość lejka sprzedaży według etapu, dziś</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="112"/>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="114"/>
        <source>Days in each stage</source>
        <translation>Dni na każdym etapie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="119"/>
        <source>Conversion by source</source>
        <translation>Konwersja według źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="120"/>
        <source>Conversion by campaign</source>
        <translation>Konwersja według kampanii</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="121"/>
        <source>Conversion by product</source>
        <translation>Konwersja według produktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="122"/>
        <source>Conversion by segment</source>
        <translation>Konwersja według segmentu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="150"/>
        <location filename="../../leaddesk/ui/insights/screen.py" line="153"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="151"/>
        <location filename="../../leaddesk/ui/insights/screen.py" line="152"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="154"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="155"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="160"/>
        <source>Reps</source>
        <translation>Handlowcy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="161"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="162"/>
        <source>Campaigns: cost and return</source>
        <translation>Kampanie: koszt i zwrot</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="163"/>
        <source>Sources: cost and return</source>
        <translation>Źródła: koszt i zwrot</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="164"/>
        <source>By source</source>
        <translation>Według źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="165"/>
        <source>By campaign</source>
        <translation>Według kampanii</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="166"/>
        <source>By product</source>
        <translation>Według produktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="167"/>
        <source>By segment</source>
        <translation>Według segmentu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="233"/>
        <source>Figures changed; working them out again…</source>
        <translation>Dane się zmieniły; liczę je od nowa…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="281"/>
        <source>%1 to %2 · worked out in %3 ms</source>
        <translation>od %1 do %2 · obliczone w %3 ms</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="337"/>
        <source>Export the report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="337"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="342"/>
        <source>LeadDesk insights</source>
        <translation>Analizy LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="350"/>
        <source>Save the charts in</source>
        <translation>Zapisz wykresy w</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/screen.py" line="354"/>
        <source>Save the tables in</source>
        <translation>Zapisz tabele w</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="58"/>
        <source>Leads created</source>
        <translation>Nowe leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="58"/>
        <source>Leads created in the period</source>
        <translation>Leady utworzone w okresie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="61"/>
        <source>Marketing-qualified</source>
        <translation>Zakwalifikowane marketingowo</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="66"/>
        <source>Sales-qualified</source>
        <translation>Zakwalifikowane sprzedażowo</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="62"/>
        <source>Of those, how many the scoring made marketing-qualified (MQL or SQL)</source>
        <translation>Ilu z nich punktacja uznała za kwalifikowanych marketingowo (MQL lub SQL)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="67"/>
        <source>Of those, how many the scoring made sales-qualified (SQL)</source>
        <translation>Ilu z nich punktacja uznała za kwalifikowanych sprzedażowo (SQL)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="69"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="69"/>
        <source>Of those, how many became customers</source>
        <translation>Ile z nich zostało klientami</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="70"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="70"/>
        <source>Customers per lead created</source>
        <translation>Klienci na utworzonego leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="73"/>
        <source>First response</source>
        <translation>Pierwsza reakcja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="74"/>
        <source>Average time from a lead coming in to the first call, message or meeting</source>
        <translation>Średni czas od wpłynięcia leada do pierwszego telefonu, wiadomości lub spotkania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="78"/>
        <source>Cost per customer</source>
        <translation>Koszt na klienta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="79"/>
        <source>What the campaigns cost in the period, per customer won</source>
        <translation>Koszt kampanii w okresie na pozyskanego klienta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="81"/>
        <source>Value per customer</source>
        <translation>Wartość na klienta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/kpis.py" line="81"/>
        <source>Won deal value per customer</source>
        <translation>Wartość wygranych transakcji na klienta</translation>
    </message>
</context>
<context>
    <name>LateBanner</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/late_banner.py" line="42"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/follow_ups/late_banner.py" line="44"/>
        <source>%Ln new lead(s) past the first-contact target:</source>
        <translation>
            <numerusform>%Ln nowy lead po terminie pierwszego kontaktu:</numerusform>
            <numerusform>%Ln nowe leady po terminie pierwszego kontaktu:</numerusform>
            <numerusform>%Ln nowych leadów po terminie pierwszego kontaktu:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="14"/>
        <source>A lead needs a first or last name.</source>
        <translation>Lead potrzebuje imienia lub nazwiska.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="17"/>
        <source>Not a valid email address.</source>
        <translation>To nie jest poprawny adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="25"/>
        <source>Not a valid phone number (include the country code if abroad).</source>
        <translation>To nie jest poprawny numer telefonu (podaj kierunkowy kraju, jeśli za granicą).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="28"/>
        <source>Cannot be negative.</source>
        <translation>Nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="29"/>
        <source>Not an amount.</source>
        <translation>To nie jest kwota.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="30"/>
        <source>Too large.</source>
        <translation>Za duża.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="31"/>
        <source>Too long.</source>
        <translation>Za długie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="32"/>
        <source>Use a three-letter currency code, such as USD.</source>
        <translation>Użyj trzyliterowego kodu waluty, np. PLN.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="35"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>To nie jest data (RRRR-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="36"/>
        <source>Contains a NUL character, which is not text.</source>
        <translation>Zawiera znak NUL, który nie jest tekstem.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="39"/>
        <source>Contains a broken character (a lone surrogate); type it again.</source>
        <translation>Zawiera uszkodzony znak (samotny surogat); wpisz go ponownie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="42"/>
        <source>Contains an invisible control character; remove it.</source>
        <translation>Zawiera niewidoczny znak sterujący; usuń go.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="45"/>
        <source>Must be one line; it contains a line break.</source>
        <translation>Musi to być jeden wiersz; zawiera podział wiersza.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="48"/>
        <source>Has more decimals than its currency has.</source>
        <translation>Ma więcej miejsc po przecinku niż jego waluta.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="51"/>
        <source>Outside the dates LeadDesk keeps.</source>
        <translation>Poza zakresem dat, które przechowuje LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="54"/>
        <source>The time needs a time zone.</source>
        <translation>Czas wymaga strefy czasowej.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="55"/>
        <source>Not a record of LeadDesk.</source>
        <translation>To nie jest rekord LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="56"/>
        <source>Not text.</source>
        <translation>To nie jest tekst.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="57"/>
        <source>This kind of value cannot be kept.</source>
        <translation>Takiej wartości nie można przechować.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="73"/>
        <source>Cannot be empty.</source>
        <translation>Nie może być puste.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="74"/>
        <source>A choice field needs at least one choice.</source>
        <translation>Pole wyboru wymaga co najmniej jednej opcji.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="77"/>
        <source>Too many choices.</source>
        <translation>Za dużo opcji.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="78"/>
        <source>Not one of the field&apos;s choices.</source>
        <translation>To nie jest żadna z opcji tego pola.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="79"/>
        <source>Neither yes nor no.</source>
        <translation>Ani tak, ani nie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="111"/>
        <source>Basic information</source>
        <translation>Informacje podstawowe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="113"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="114"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="115"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="116"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="117"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="159"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="118"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="119"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="161"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="120"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="121"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="122"/>
        <source>Country (two letters)</source>
        <translation>Kraj (dwie litery)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="125"/>
        <source>Qualifiers</source>
        <translation>Kwalifikacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="126"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="127"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="129"/>
        <location filename="../../leaddesk/ui/lead/form.py" line="187"/>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="112"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="132"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="133"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="134"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="145"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="147"/>
        <source>comma-separated</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="148"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="149"/>
        <source>Supplementary</source>
        <translation>Uzupełniające</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="150"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="153"/>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="156"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="157"/>
        <source>Do not contact</source>
        <translation>Nie kontaktować się</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="160"/>
        <source>Phone calls</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="162"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="165"/>
        <source>Do not contact: %1</source>
        <translation>Nie kontaktować się: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/form.py" line="166"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="73"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="89"/>
        <source>Click again for: not set</source>
        <translation>Kliknij ponownie, aby ustawić: nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/custom_editors.py" line="98"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
</context>
<context>
    <name>LeadHeader</name>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="57"/>
        <source>Done…</source>
        <translation>Zrobione…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="73"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="75"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="77"/>
        <location filename="../../leaddesk/ui/lead/header.py" line="142"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="79"/>
        <source>Send template</source>
        <translation>Wyślij szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="80"/>
        <source>Follow-up…</source>
        <translation>Kontakt…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="81"/>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="82"/>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="83"/>
        <source>Log</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="84"/>
        <source>Attach…</source>
        <translation>Załącz…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="120"/>
        <source>Owner: %1</source>
        <translation>Opiekun: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="120"/>
        <source>In the pool</source>
        <translation>W puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="125"/>
        <source>Not contacted yet</source>
        <translation>Jeszcze bez kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="128"/>
        <source>Last contact: %1</source>
        <translation>Ostatni kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="140"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="141"/>
        <source>calls</source>
        <translation>telefony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="143"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="149"/>
        <source>Do not contact: %1</source>
        <translation>Nie kontaktować się: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="152"/>
        <source>The lead asked not to be contacted this way; sending skips it.</source>
        <translation>Lead prosi, by nie kontaktować się z nim w ten sposób; wysyłka go pomija.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="172"/>
        <source>No follow-up planned</source>
        <translation>Brak zaplanowanego kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="176"/>
        <source>Next: %1 · %2</source>
        <translation>Następny: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/header.py" line="179"/>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległy)</translation>
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
        <translation>Przenieś do etapu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="206"/>
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="210"/>
        <source>Claim</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="218"/>
        <source>Return to pool</source>
        <translation>Zwróć do puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="224"/>
        <source>Schedule follow-up…</source>
        <translation>Zaplanuj kontakt…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="229"/>
        <source>Send template</source>
        <translation>Wyślij szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="233"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="237"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="59"/>
        <source>Type a lead&apos;s name to preview with it</source>
        <translation>Wpisz nazwę leada, by zobaczyć podgląd dla niego</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="71"/>
        <source>Sample lead</source>
        <translation>Przykładowy lead</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="103"/>
        <source>Release to pool</source>
        <translation>Zwolnij do puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="227"/>
        <source>This lead was deleted meanwhile. What you typed here can no longer be saved.</source>
        <translation>Ten lead został w międzyczasie usunięty. Tego, co tu wpisano, nie można już zapisać.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="258"/>
        <source>Someone else saved this lead while you were editing. Your edits are kept; Save shows any field you both changed.</source>
        <translation>Ktoś inny zapisał ten lead, gdy go edytowano. Twoje zmiany zostają; przy zapisie zobaczysz pola zmienione przez was oboje.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="312"/>
        <source>Not saved: someone else saved this lead first. Your edits are kept.</source>
        <translation>Nie zapisano: ktoś inny zapisał ten lead wcześniej. Twoje zmiany zostały w formularzu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="328"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="329"/>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany w %1?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/window.py" line="387"/>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
</context>
<context>
    <name>LeadWindows</name>
    <message>
        <location filename="../../leaddesk/ui/lead_windows.py" line="71"/>
        <source>%1 %2 created</source>
        <translation>Utworzono %1 %2</translation>
    </message>
</context>
<context>
    <name>LeadsBehindDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/insights/drill.py" line="32"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leady</numerusform>
            <numerusform>%Ln leadów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="331"/>
        <source>Add a tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="331"/>
        <source>Remove a tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="333"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="349"/>
        <source>Delete leads</source>
        <translation>Usuń leady</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="350"/>
        <source>Delete %Ln lead(s)? You can undo this.</source>
        <translation>
            <numerusform>Usunąć %Ln leada? Można to cofnąć.</numerusform>
            <numerusform>Usunąć %Ln leady? Można to cofnąć.</numerusform>
            <numerusform>Usunąć %Ln leadów? Można to cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="355"/>
        <source>Delete %Ln lead(s)</source>
        <translation>
            <numerusform>Usuń %Ln leada</numerusform>
            <numerusform>Usuń %Ln leady</numerusform>
            <numerusform>Usuń %Ln leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="358"/>
        <source>%Ln lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Usunięto %Ln leada. Edycja ▸ Cofnij (Ctrl+Z) go przywróci.</numerusform>
            <numerusform>Usunięto %Ln leady. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
            <numerusform>Usunięto %Ln leadów. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="367"/>
        <source>Export leads</source>
        <translation>Eksport leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/screen.py" line="367"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="377"/>
        <source>Exporting %Ln lead(s)…</source>
        <translation>
            <numerusform>Eksport %Ln leada…</numerusform>
            <numerusform>Eksport %Ln leadów…</numerusform>
            <numerusform>Eksport %Ln leadów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/screen.py" line="390"/>
        <source>%Ln lead(s) exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln leada do %1.</numerusform>
            <numerusform>Wyeksportowano %Ln leady do %1.</numerusform>
            <numerusform>Wyeksportowano %Ln leadów do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTable</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="51"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="52"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="53"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="54"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="56"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="57"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="86"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="88"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="33"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="58"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="34"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="59"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="31"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="60"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="32"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="61"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="62"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="63"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="64"/>
        <source>MQL/SQL</source>
        <translation>MQL/SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="65"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="66"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="67"/>
        <source>Next follow-up</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="68"/>
        <source>In stage since</source>
        <translation>W etapie od</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/texts.py" line="37"/>
        <location filename="../../leaddesk/ui/widgets/lead_columns.py" line="69"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/export.py" line="59"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
</context>
<context>
    <name>LeadsTools</name>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="42"/>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="47"/>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="48"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="49"/>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="50"/>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="51"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="52"/>
        <source>Add a tag…</source>
        <translation>Dodaj tag…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="54"/>
        <source>Remove a tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="56"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="57"/>
        <source>Send template</source>
        <translation>Wyślij szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="67"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="69"/>
        <source>Selected leads…</source>
        <translation>Zaznaczone leady…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="72"/>
        <source>Filtered list…</source>
        <translation>Przefiltrowana lista…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="74"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="99"/>
        <source>Release to pool</source>
        <translation>Oddaj do puli</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/leads/tools.py" line="102"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leady</numerusform>
            <numerusform>%Ln leadów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/leads/tools.py" line="104"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · zaznaczono %2</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="35"/>
        <source>Log: %1</source>
        <translation>Zapisz: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="39"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="50"/>
        <source>What the lead did</source>
        <translation>Co zrobił lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="51"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="56"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="58"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="59"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="60"/>
        <source>We called</source>
        <translation>Dzwoniliśmy my</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="61"/>
        <source>They called</source>
        <translation>Dzwonili do nas</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="64"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="65"/>
        <source>Received</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="62"/>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="66"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="68"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/log_dialog.py" line="72"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="97"/>
        <location filename="../../leaddesk/ui/main_window.py" line="207"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="110"/>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="111"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="112"/>
        <source>Pool</source>
        <translation>Pula</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="113"/>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="114"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="115"/>
        <source>Insights</source>
        <translation>Analizy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="116"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="117"/>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="118"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="200"/>
        <source>Who you are: your moves are logged in your name</source>
        <translation>Kim jesteś: Twoje ruchy są zapisywane na Twoje nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="202"/>
        <source>You:</source>
        <translation>Ty:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="236"/>
        <source>%Ln new lead(s) past the first-contact target</source>
        <translation>
            <numerusform>%Ln nowy lead po terminie pierwszego kontaktu</numerusform>
            <numerusform>%Ln nowe leady po terminie pierwszego kontaktu</numerusform>
            <numerusform>%Ln nowych leadów po terminie pierwszego kontaktu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="318"/>
        <source>(choose who you are)</source>
        <translation>(wybierz, kim jesteś)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="354"/>
        <source>Database: %1 · %2 leads</source>
        <translation>Baza danych: %1 · leady: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="292"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="292"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="407"/>
        <source>%Ln follow-up(s) just fell due</source>
        <translation>
            <numerusform>Właśnie minął termin %Ln kontaktu</numerusform>
            <numerusform>Właśnie minął termin %Ln kontaktów</numerusform>
            <numerusform>Właśnie minął termin %Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="421"/>
        <source>%Ln of your claimed lead(s) go back to the pool soon unless you contact them</source>
        <translation>
            <numerusform>%Ln przejęty przez Ciebie lead wkrótce wróci do puli, jeśli się z nim nie skontaktujesz</numerusform>
            <numerusform>%Ln przejęte przez Ciebie leady wkrótce wrócą do puli, jeśli się z nimi nie skontaktujesz</numerusform>
            <numerusform>%Ln przejętych przez Ciebie leadów wkrótce wróci do puli, jeśli się z nimi nie skontaktujesz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="437"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
</context>
<context>
    <name>ManualSendDialog</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="66"/>
        <source>Press Open, send the message there, then come back and press Sent.</source>
        <translation>Naciśnij Otwórz, wyślij tam wiadomość, a potem wróć i naciśnij Wysłano.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="76"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="79"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="81"/>
        <source>Do not send this one (it is cancelled)</source>
        <translation>Nie wysyłaj tej (zostanie anulowana)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="83"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="85"/>
        <source>Stop here; the rest wait in the Outbox</source>
        <translation>Zatrzymaj tutaj; reszta czeka w skrzynce nadawczej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="112"/>
        <source>WhatsApp messages</source>
        <translation>Wiadomości WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="112"/>
        <source>Text messages</source>
        <translation>SMS-y</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="113"/>
        <source>Open WhatsApp</source>
        <translation>Otwórz WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="113"/>
        <source>Open messages</source>
        <translation>Otwórz wiadomości</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="115"/>
        <source>To %1 (%2) · %3</source>
        <translation>Do: %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/manual_dialog.py" line="130"/>
        <source>No program on this computer opens %1 links.</source>
        <translation>Żaden program na tym komputerze nie otwiera linków %1.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="49"/>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="117"/>
        <source>New custom field…</source>
        <translation>Nowe pole własne…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="66"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="67"/>
        <source>Examples</source>
        <translation>Przykłady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="68"/>
        <source>Goes to</source>
        <translation>Trafia do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="69"/>
        <source>New field&apos;s name</source>
        <translation>Nazwa nowego pola</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_model.py" line="70"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="42"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="44"/>
        <source>Where each column of the file goes. Recognised columns are chosen already; change any of them, or keep a column as a new custom field.</source>
        <translation>Dokąd trafia każda kolumna pliku. Rozpoznane kolumny są już przypisane; możesz zmienić dowolną z nich albo zachować kolumnę jako nowe pole własne.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="63"/>
        <source>Save mapping…</source>
        <translation>Zapisz mapowanie…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="67"/>
        <source>Saved mappings:</source>
        <translation>Zapisane mapowania:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="73"/>
        <source>Skip them</source>
        <translation>Pomiń je</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="74"/>
        <source>Fill in the lead&apos;s empty fields</source>
        <translation>Uzupełnij puste pola leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="75"/>
        <source>Overwrite the lead&apos;s fields</source>
        <translation>Nadpisz pola leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="76"/>
        <source>Create a new lead anyway</source>
        <translation>Mimo to utwórz nowego leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="85"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="87"/>
        <source>How alike two names must be for a row to count as a lead there is already (with the same company, or no other contact details).</source>
        <translation>Jak bardzo muszą być podobne dwa nazwiska, by wiersz uznać za istniejącego już leada (przy tej samej firmie lub braku innych danych kontaktowych).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="92"/>
        <source>Rows matching a lead already:</source>
        <translation>Wiersze pasujące do istniejącego leada:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="93"/>
        <source>Names alike from:</source>
        <translation>Podobne nazwiska od:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="113"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="123"/>
        <source>Saved mappings</source>
        <translation>Zapisane mapowania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="138"/>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="149"/>
        <source>Save mapping</source>
        <translation>Zapisz mapowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/mapping_page.py" line="139"/>
        <source>Name of this mapping (the same name replaces the mapping saved under it):</source>
        <translation>Nazwa tego mapowania (ta sama nazwa zastąpi zapisane pod nią mapowanie):</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="67"/>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="67"/>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="53"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="54"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="70"/>
        <source>New &amp;lead…</source>
        <translation>Nowy &amp;lead…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="84"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historia importów…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="90"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="97"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Otwórz plik bazy danych…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="104"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Połącz z serwerem…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="110"/>
        <source>&amp;Restore backup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="139"/>
        <source>Undo &amp;import…</source>
        <translation>Cofnij &amp;import…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="145"/>
        <source>&amp;Find</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/window_actions.py" line="152"/>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;O programie LeadDesk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="45"/>
        <source>Merge duplicates</source>
        <translation>Scal duplikaty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="50"/>
        <source>Choose the lead to keep and, in each row, the value it keeps (click a cell). Tinted rows differ. The other leads&apos; timeline, follow-ups, files and messages move to the kept lead, and the other leads are removed; the kept lead&apos;s timeline can undo the merge.</source>
        <translation>Wybierz leada do zachowania i w każdym wierszu wartość, którą zachowa (kliknij komórkę). Zabarwione wiersze się różnią. Historia, kontakty, pliki i wiadomości pozostałych leadów przechodzą do zachowanego leada, a pozostałe leady są usuwane; scalenie można cofnąć w historii zachowanego leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="65"/>
        <source>Keep:</source>
        <translation>Zachowaj:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_dialog.py" line="79"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_model.py" line="75"/>
        <source>%1 (kept)</source>
        <translation>%1 (zachowany)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_model.py" line="80"/>
        <source>Tags (all are kept)</source>
        <translation>Tagi (wszystkie zostają)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/merge_model.py" line="81"/>
        <source>Products (all are kept)</source>
        <translation>Produkty (wszystkie zostają)</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="24"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="25"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="26"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="27"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="28"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="29"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="30"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="31"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="32"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="33"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="34"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="35"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="36"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="37"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="38"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="39"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="40"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="41"/>
        <source>Score</source>
        <translation>Punktacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="42"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="43"/>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="44"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="45"/>
        <source>Social profiles</source>
        <translation>Profile społecznościowe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="46"/>
        <source>Record id elsewhere</source>
        <translation>Identyfikator w innym programie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="47"/>
        <source>Do not email</source>
        <translation>Nie wysyłać e-maili</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="48"/>
        <source>Do not call</source>
        <translation>Nie dzwonić</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="49"/>
        <source>Do not WhatsApp</source>
        <translation>Bez WhatsAppa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="50"/>
        <source>Do not text</source>
        <translation>Bez SMS-ów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="65"/>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="87"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="67"/>
        <location filename="../../leaddesk/ui/duplicates/values.py" line="89"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="13"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="14"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="15"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="27"/>
        <source>Product introduction</source>
        <translation>Przedstawienie produktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="28"/>
        <source>Meeting request</source>
        <translation>Prośba o spotkanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="29"/>
        <source>Thank-you note</source>
        <translation>Podziękowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="30"/>
        <source>New product launch</source>
        <translation>Premiera nowego produktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="37"/>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="38"/>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="39"/>
        <source>Not confirmed</source>
        <translation>Niepotwierdzone</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="40"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="41"/>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="42"/>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="60"/>
        <source>The email server refused your user name or password.</source>
        <translation>Serwer poczty odrzucił nazwę użytkownika lub hasło.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="63"/>
        <source>The email server refused the lead&apos;s address.</source>
        <translation>Serwer poczty odrzucił adres leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="66"/>
        <source>The email server refused your sender address.</source>
        <translation>Serwer poczty odrzucił Twój adres nadawcy.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="69"/>
        <source>The email server refused the message.</source>
        <translation>Serwer poczty odrzucił wiadomość.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="72"/>
        <source>The connection to the email server failed or was lost.</source>
        <translation>Połączenie z serwerem poczty nie powiodło się lub zostało zerwane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="75"/>
        <source>A secure connection to the email server could not be set up.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z serwerem poczty.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="78"/>
        <source>The email server asked to try again later.</source>
        <translation>Serwer poczty poprosił o ponowienie później.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="81"/>
        <source>Email is not set up: add your server in Settings.</source>
        <translation>Poczta nie jest skonfigurowana: dodaj serwer w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="84"/>
        <source>This message cannot be written as an email (for instance the lead&apos;s address is not one); correct the lead, then retry it.</source>
        <translation>Tej wiadomości nie da się zapisać jako e-maila (na przykład adres leada nie jest adresem e-mail); popraw leada, a potem ponów wiadomość.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="107"/>
        <source>no email address</source>
        <translation>brak adresu e-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="108"/>
        <source>no phone number</source>
        <translation>brak numeru telefonu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="109"/>
        <source>asked not to be contacted this way</source>
        <translation>prosi, by nie kontaktować się z nim w ten sposób</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="112"/>
        <source>the subject would be longer than 300 characters</source>
        <translation>temat byłby dłuższy niż 300 znaków</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="115"/>
        <source>the template cannot be filled in for this lead</source>
        <translation>szablonu nie da się wypełnić dla tego leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="118"/>
        <source>the automatic answer has no sender address</source>
        <translation>automatyczna odpowiedź nie ma adresu nadawcy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/messages.py" line="121"/>
        <source>the automatic answer&apos;s template is retired</source>
        <translation>szablon automatycznej odpowiedzi jest wycofany</translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="80"/>
        <source>Email password</source>
        <translation>Hasło poczty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="81"/>
        <source>Password for %1 on %2:</source>
        <translation>Hasło dla %1 na %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="111"/>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="147"/>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="199"/>
        <source>Cannot send</source>
        <translation>Nie można wysłać</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="136"/>
        <source>Preparing %Ln message(s)…</source>
        <translation>
            <numerusform>Przygotowywanie %Ln wiadomości…</numerusform>
            <numerusform>Przygotowywanie %Ln wiadomości…</numerusform>
            <numerusform>Przygotowywanie %Ln wiadomości…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="144"/>
        <source>The template has problems</source>
        <translation>Szablon zawiera błędy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="184"/>
        <source>Some leads were left out</source>
        <translation>Pominięto niektóre leady</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="180"/>
        <source>%Ln lead(s) have no address for this channel and got nothing:</source>
        <translation>
            <numerusform>%Ln lead nie ma adresu dla tego kanału i nic nie dostał:</numerusform>
            <numerusform>%Ln leady nie mają adresu dla tego kanału i nic nie dostały:</numerusform>
            <numerusform>%Ln leadów nie ma adresu dla tego kanału i nic nie dostało:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="182"/>
        <source>%Ln lead(s) got nothing:</source>
        <translation>
            <numerusform>%Ln lead nic nie dostał:</numerusform>
            <numerusform>%Ln leady nic nie dostały:</numerusform>
            <numerusform>%Ln leadów nic nie dostało:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="193"/>
        <source>The message waits in the Outbox.</source>
        <translation>Wiadomość czeka w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="206"/>
        <source>Email sent.</source>
        <translation>E-mail wysłany.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="211"/>
        <source>The email may have been sent</source>
        <translation>E-mail mógł zostać wysłany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="214"/>
        <source>Check your sent mail, then tell the Outbox whether it arrived.</source>
        <translation>Sprawdź pocztę wysłaną, a potem zaznacz w skrzynce nadawczej, czy dotarł.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="232"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="255"/>
        <source>The email was not sent</source>
        <translation>E-mail nie został wysłany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="256"/>
        <source>It waits in the Outbox; you can retry now or later.</source>
        <translation>Czeka w skrzynce nadawczej; możesz ponowić teraz lub później.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="291"/>
        <source>Sending email: %Ln done</source>
        <translation>
            <numerusform>Wysyłanie e-maili: gotowy %Ln</numerusform>
            <numerusform>Wysyłanie e-maili: gotowe %Ln</numerusform>
            <numerusform>Wysyłanie e-maili: gotowych %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="311"/>
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="321"/>
        <source>Sending stopped: %1</source>
        <translation>Wysyłanie przerwane: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/messenger.py" line="316"/>
        <source>%Ln email(s) sent</source>
        <translation>
            <numerusform>Wysłano %Ln e-mail</numerusform>
            <numerusform>Wysłano %Ln e-maile</numerusform>
            <numerusform>Wysłano %Ln e-maili</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="31"/>
        <source>Contacts not answered</source>
        <translation>Kontakty bez odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="33"/>
        <source>Time to first response</source>
        <translation>Czas do pierwszej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="36"/>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="38"/>
        <location filename="../../leaddesk/ui/names/model.py" line="47"/>
        <source>%1 (times)</source>
        <translation>%1 (razy)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="44"/>
        <source>%1 from the lead (times)</source>
        <translation>%1 od leada (razy)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="50"/>
        <source>Days since: %1</source>
        <translation>Dni od: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="56"/>
        <location filename="../../leaddesk/ui/names/model.py" line="94"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="59"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="61"/>
        <source>no</source>
        <translation>nie</translation>
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
        <translation>inne</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="98"/>
        <source>more of it (per standard deviation)</source>
        <translation>więcej (na odchylenie standardowe)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/model.py" line="102"/>
        <source>%1 to %2</source>
        <translation>%1 do %2</translation>
    </message>
</context>
<context>
    <name>MoveQuestions</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="297"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="299"/>
        <source>Mark %Ln leads as customers with their current deal values?</source>
        <translation>
            <numerusform>Oznaczyć %Ln leada jako klienta z obecną wartością transakcji?</numerusform>
            <numerusform>Oznaczyć %Ln leady jako klientów z obecnymi wartościami transakcji?</numerusform>
            <numerusform>Oznaczyć %Ln leadów jako klientów z obecnymi wartościami transakcji?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="60"/>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="67"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="68"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="69"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="70"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="71"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="72"/>
        <source>Country (two letters)</source>
        <translation>Kraj (dwie litery)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="144"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="82"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="89"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="93"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="94"/>
        <source>The pool (nobody yet)</source>
        <translation>Pula (jeszcze nikt)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="98"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="101"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="108"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="111"/>
        <source>Create and open</source>
        <translation>Utwórz i otwórz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="206"/>
        <source>%1 %2 (%3) has this %4 already: &lt;a href=&apos;%5&apos;&gt;open it instead&lt;/a&gt;</source>
        <translation>%1 %2 (%3) ma już ten %4: &lt;a href=&apos;%5&apos;&gt;otwórz go zamiast tego&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="221"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="223"/>
        <source>number</source>
        <translation>numer</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/new_lead.py" line="224"/>
        <source>email and number</source>
        <translation>e-mail i numer</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="51"/>
        <source>Queued</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="52"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="53"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="54"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="55"/>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="56"/>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="57"/>
        <source>Not confirmed</source>
        <translation>Niepotwierdzone</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="58"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="84"/>
        <source>%1 of %2 sent</source>
        <translation>Wysłano %1 z %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="108"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="109"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="110"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="111"/>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="112"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="113"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_models.py" line="172"/>
        <source>Last attempt: %1</source>
        <translation>Ostatnia próba: %1</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="56"/>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="60"/>
        <source>Send waiting email</source>
        <translation>Wyślij oczekujące e-maile</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="61"/>
        <source>Stop sending</source>
        <translation>Zatrzymaj wysyłanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="63"/>
        <source>Send WhatsApp/SMS…</source>
        <translation>Wyślij WhatsApp/SMS…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="98"/>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="253"/>
        <source>Cancel batch</source>
        <translation>Anuluj partię</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="99"/>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="101"/>
        <source>It arrived</source>
        <translation>Dotarła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="104"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="107"/>
        <source>Messages not yet sent are cancelled</source>
        <translation>Wiadomości jeszcze niewysłane zostaną anulowane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="108"/>
        <source>Failed and cancelled messages go back in the queue</source>
        <translation>Nieudane i anulowane wiadomości wracają do kolejki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="111"/>
        <source>The server got it but its answer was lost; you checked it arrived</source>
        <translation>Serwer ją otrzymał, ale jego odpowiedź zaginęła; sprawdziłeś, że dotarła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="113"/>
        <source>It did not arrive: queue it once more</source>
        <translation>Nie dotarła: dodaj ją jeszcze raz do kolejki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="231"/>
        <source>Email is not set up: add your SMTP server in Settings.</source>
        <translation>Poczta nie jest skonfigurowana: dodaj serwer SMTP w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="234"/>
        <source>No email is waiting to be sent by you.</source>
        <translation>Żaden Twój e-mail nie czeka na wysłanie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="255"/>
        <source>Cancel the %Ln message(s) not yet sent? You can retry them later.</source>
        <translation>
            <numerusform>Anulować %Ln jeszcze niewysłaną wiadomość? Możesz ją później ponowić.</numerusform>
            <numerusform>Anulować %Ln jeszcze niewysłane wiadomości? Możesz je później ponowić.</numerusform>
            <numerusform>Anulować %Ln jeszcze niewysłanych wiadomości? Możesz je później ponowić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="313"/>
        <source>%Ln email(s) of yours wait to be sent.</source>
        <translation>
            <numerusform>%Ln Twój e-mail czeka na wysłanie.</numerusform>
            <numerusform>%Ln Twoje e-maile czekają na wysłanie.</numerusform>
            <numerusform>%Ln Twoich e-maili czeka na wysłanie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="337"/>
        <source>The whole message reached the server, but its answer was lost. Check whether it arrived; it is never sent again unless you say so.</source>
        <translation>Cała wiadomość dotarła do serwera, ale jego odpowiedź zaginęła. Sprawdź, czy dotarła; nie zostanie wysłana ponownie, dopóki o tym nie zdecydujesz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/outbox_screen.py" line="343"/>
        <source>%Ln message(s) selected</source>
        <translation>
            <numerusform>Zaznaczono %Ln wiadomość</numerusform>
            <numerusform>Zaznaczono %Ln wiadomości</numerusform>
            <numerusform>Zaznaczono %Ln wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerBar</name>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="56"/>
        <source>Accepted</source>
        <translation>Przyjęty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="57"/>
        <source>Record that the partner accepted this lead</source>
        <translation>Zapisz, że partner przyjął tego leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="58"/>
        <source>Returned…</source>
        <translation>Zwrócony…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="60"/>
        <source>Record that the partner returned this lead: the next rule takes it</source>
        <translation>Zapisz, że partner zwrócił tego leada: przejmie go następna reguła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="84"/>
        <source>Sent to partner %1 on %2, waiting for them to accept (answer due by %3)</source>
        <translation>Wysłany do partnera %1 dnia %2, czeka na przyjęcie (odpowiedź do %3)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="91"/>
        <source>Accepted by %1 on %2</source>
        <translation>Przyjęty przez %1 dnia %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="122"/>
        <source>Returned by the partner</source>
        <translation>Zwrócony przez partnera</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/partner_bar.py" line="123"/>
        <source>Why did %1 return it? (optional)</source>
        <translation>Powód zwrotu przez %1 (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="73"/>
        <source>Edit partner</source>
        <translation>Edytuj partnera</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="73"/>
        <source>Add a partner</source>
        <translation>Dodaj partnera</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="88"/>
        <source>Leads pushed to this partner are sent here.</source>
        <translation>Leady przekazane temu partnerowi są wysyłane na ten adres.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="92"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="95"/>
        <source>A lead not accepted in this time goes on to the next rules or the pool.</source>
        <translation>Lead nieprzyjęty w tym czasie przechodzi do kolejnych reguł lub do puli.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="97"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="103"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="104"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="105"/>
        <source>Territory</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="106"/>
        <source>Email for leads</source>
        <translation>E-mail na leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="107"/>
        <source>Answers within</source>
        <translation>Odpowiada w ciągu</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Territory</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="43"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="44"/>
        <source>Answers within</source>
        <translation>Odpowiada w ciągu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="44"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="58"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="59"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="59"/>
        <source>Off</source>
        <translation>Wyłączony</translation>
    </message>
</context>
<context>
    <name>PartnersSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="146"/>
        <source>Add a partner…</source>
        <translation>Dodaj partnera…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_partners.py" line="147"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Times</source>
        <translation>Ile razy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="51"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="52"/>
        <source>Faded</source>
        <translation>Wygasło</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../leaddesk/ui/names/people.py" line="12"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/people.py" line="13"/>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/people.py" line="14"/>
        <source>Rep</source>
        <translation>Handlowiec</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="41"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="49"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="49"/>
        <source>Deactivated</source>
        <translation>Wyłączony</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="121"/>
        <source>Add a person…</source>
        <translation>Dodaj osobę…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="122"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="124"/>
        <location filename="../../leaddesk/ui/settings/people.py" line="171"/>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="129"/>
        <source>People are never deleted: a deactivated person is no longer offered as an owner, and their history keeps their name.</source>
        <translation>Osób nigdy się nie usuwa: wyłączona osoba nie jest już proponowana jako opiekun, a jej historia zachowuje jej nazwisko.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="169"/>
        <source>Bring back</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="119"/>
        <source>Leads in an open stage they may hold.</source>
        <translation>Ile leadów na otwartych etapach może mieć jednocześnie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="120"/>
        <source>New leads they may be given a day.</source>
        <translation>Ile nowych leadów może dostać dziennie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="122"/>
        <source>Leads claimed from the pool they may hold untouched.</source>
        <translation>Ile wziętych z puli leadów może mieć bez kontaktu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="124"/>
        <source>Leads they may claim a day.</source>
        <translation>Ile leadów może przejąć dziennie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="125"/>
        <source>Save working time</source>
        <translation>Zapisz czas pracy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="140"/>
        <source>Working time</source>
        <translation>Czas pracy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="142"/>
        <source>Working days</source>
        <translation>Dni robocze</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="143"/>
        <source>From – to (the same: all day)</source>
        <translation>Od – do (te same: cały dzień)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="144"/>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="145"/>
        <source>Most open leads</source>
        <translation>Maks. otwartych leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="146"/>
        <source>Most new leads a day</source>
        <translation>Maks. nowych leadów dziennie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="147"/>
        <source>Most untouched claimed leads</source>
        <translation>Maks. przejętych leadów bez kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="148"/>
        <source>Most claims a day</source>
        <translation>Maks. przejęć dziennie</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="64"/>
        <source>Edit person</source>
        <translation>Edytuj osobę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="64"/>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="78"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="79"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/people.py" line="80"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>PoolActions</name>
    <message>
        <location filename="../../leaddesk/ui/pool/claims.py" line="52"/>
        <source>Choose who you are (at the bottom right) first: claims are made by name.</source>
        <translation>Najpierw wybierz, kim jesteś (w prawym dolnym rogu): leady przejmuje się imiennie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="86"/>
        <source>Claimed %Ln lead(s).</source>
        <translation>
            <numerusform>Przejęto %Ln leada.</numerusform>
            <numerusform>Przejęto %Ln leady.</numerusform>
            <numerusform>Przejęto %Ln leadów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/claims.py" line="90"/>
        <source>%1 was taken by %2 a moment ago.</source>
        <translation>Lead %1 został przed chwilą przejęty przez: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="95"/>
        <source>%Ln more were taken by others.</source>
        <translation>
            <numerusform>Jeszcze %Ln lead przejęli inni.</numerusform>
            <numerusform>Jeszcze %Ln leady przejęli inni.</numerusform>
            <numerusform>Jeszcze %Ln leadów przejęli inni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="98"/>
        <source>%Ln lead(s) are no longer in the pool.</source>
        <translation>
            <numerusform>%Ln leada nie ma już w puli.</numerusform>
            <numerusform>%Ln leadów nie ma już w puli.</numerusform>
            <numerusform>%Ln leadów nie ma już w puli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="102"/>
        <source>%Ln not claimed: you have reached your limit of %1 untouched claimed leads.</source>
        <translation>
            <numerusform>Nie przejęto %Ln leada: osiągnięto Twój limit %1 przejętych leadów bez kontaktu.</numerusform>
            <numerusform>Nie przejęto %Ln leadów: osiągnięto Twój limit %1 przejętych leadów bez kontaktu.</numerusform>
            <numerusform>Nie przejęto %Ln leadów: osiągnięto Twój limit %1 przejętych leadów bez kontaktu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="109"/>
        <source>%Ln not claimed: you have reached your limit of %1 claims a day.</source>
        <translation>
            <numerusform>Nie przejęto %Ln leada: osiągnięto Twój limit %1 przejęć dziennie.</numerusform>
            <numerusform>Nie przejęto %Ln leadów: osiągnięto Twój limit %1 przejęć dziennie.</numerusform>
            <numerusform>Nie przejęto %Ln leadów: osiągnięto Twój limit %1 przejęć dziennie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/claims.py" line="112"/>
        <source>Nothing was claimed.</source>
        <translation>Nic nie zostało przejęte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="132"/>
        <source>Gave %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Przydzielono %Ln leada osobie %1.</numerusform>
            <numerusform>Przydzielono %Ln leady osobie %1.</numerusform>
            <numerusform>Przydzielono %Ln leadów osobie %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="141"/>
        <source>The assignment rules decided again for %Ln lead(s).</source>
        <translation>
            <numerusform>Reguły przydziału ponownie rozdzieliły %Ln leada.</numerusform>
            <numerusform>Reguły przydziału ponownie rozdzieliły %Ln leady.</numerusform>
            <numerusform>Reguły przydziału ponownie rozdzieliły %Ln leadów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="151"/>
        <source>Returned %Ln lead(s) to the pool.</source>
        <translation>
            <numerusform>Zwrócono do puli %Ln leada.</numerusform>
            <numerusform>Zwrócono do puli %Ln leady.</numerusform>
            <numerusform>Zwrócono do puli %Ln leadów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/claims.py" line="159"/>
        <source>Released %Ln untouched claim(s) of %1.</source>
        <translation>
            <numerusform>%1: zwolniono %Ln przejęcie bez kontaktu.</numerusform>
            <numerusform>%1: zwolniono %Ln przejęcia bez kontaktu.</numerusform>
            <numerusform>%1: zwolniono %Ln przejęć bez kontaktu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="102"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="104"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="105"/>
        <source>%1 d</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="127"/>
        <source>Late: %1</source>
        <translation>Po terminie: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="143"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="144"/>
        <source>Name or company</source>
        <translation>Nazwa lub firma</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="145"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="146"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="147"/>
        <source>Qualified</source>
        <translation>Kwalifikacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="148"/>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="149"/>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="150"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/model.py" line="151"/>
        <source>First contact due</source>
        <translation>Termin pierwszego kontaktu</translation>
    </message>
</context>
<context>
    <name>PoolScreen</name>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="73"/>
        <location filename="../../leaddesk/ui/pool/screen.py" line="79"/>
        <source>Claim</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="80"/>
        <source>Make the selected leads yours (Ctrl+K)</source>
        <translation>Przejmij zaznaczone leady (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="81"/>
        <source>Assign to…</source>
        <translation>Przypisz do…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="83"/>
        <location filename="../../leaddesk/ui/pool/screen.py" line="258"/>
        <source>Distribute now</source>
        <translation>Rozdziel teraz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="86"/>
        <source>Let the assignment rules give out the selected leads now</source>
        <translation>Rozdziel teraz zaznaczone leady według reguł przydziału</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="88"/>
        <source>Release claims of…</source>
        <translation>Zwolnij przejęcia osoby…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="90"/>
        <source>Send all of a rep&apos;s untouched claimed leads back to the pool</source>
        <translation>Zwróć do puli wszystkie przejęte leady handlowca, z którymi nie było kontaktu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/pool/screen.py" line="216"/>
        <source>%Ln lead(s) in the pool</source>
        <translation>
            <numerusform>%Ln lead w puli</numerusform>
            <numerusform>%Ln leady w puli</numerusform>
            <numerusform>%Ln leadów w puli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="218"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · zaznaczono %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="251"/>
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/pool/screen.py" line="262"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="129"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_model.py" line="131"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
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
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="41"/>
        <source>The first rows as they will be saved; nothing is saved yet. Coloured cells have a problem: point at one to see it.</source>
        <translation>Pierwsze wiersze w postaci, w jakiej zostaną zapisane; nic jeszcze nie zapisano. Kolorowe komórki zawierają problem: wskaż jedną, by go zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="45"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="55"/>
        <source>Stop checking</source>
        <translation>Przerwij sprawdzanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="73"/>
        <source>Checking every row of the file…</source>
        <translation>Sprawdzanie wszystkich wierszy pliku…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="105"/>
        <source>%1 rows: %2 new leads, %3 updates, %4 duplicates skipped, %5 rejected.</source>
        <translation>Wiersze: %1; nowe leady: %2, aktualizacje: %3, pominięte duplikaty: %4, odrzucone: %5.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/preview_page.py" line="111"/>
        <source>(Stopped early: these are the rows checked so far.)</source>
        <translation>(Przerwano wcześniej: to wiersze sprawdzone do tej pory.)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="38"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Podgląd&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="40"/>
        <source>With</source>
        <translation>Dla</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="41"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview_panel.py" line="48"/>
        <source>The lead&apos;s own</source>
        <translation>Produkt leada</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../leaddesk/ui/worker.py" line="50"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="61"/>
        <source>Reason for %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="64"/>
        <source>Say why %Ln lead(s) move to %1.</source>
        <translation>
            <numerusform>Podaj, dlaczego %Ln lead trafia do: %1.</numerusform>
            <numerusform>Podaj, dlaczego %Ln leady trafiają do: %1.</numerusform>
            <numerusform>Podaj, dlaczego %Ln leadów trafia do: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="70"/>
        <source>Stopped buying</source>
        <translation>Przestał kupować</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="71"/>
        <source>Contract ended</source>
        <translation>Umowa wygasła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="72"/>
        <source>Went quiet</source>
        <translation>Brak kontaktu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="73"/>
        <source>Moved or closed</source>
        <translation>Przeniesiony lub zamknięty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="77"/>
        <source>No budget</source>
        <translation>Brak budżetu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="78"/>
        <source>Not a fit for our products</source>
        <translation>Nasze produkty nie pasują</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="79"/>
        <source>Chose a competitor</source>
        <translation>Wybrał konkurencję</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="80"/>
        <source>Not the decision maker</source>
        <translation>Nie decyduje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="81"/>
        <source>Could not reach</source>
        <translation>Nie udało się skontaktować</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="82"/>
        <source>Spam or duplicate</source>
        <translation>Spam lub duplikat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="84"/>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="87"/>
        <source>Other (say below)</source>
        <translation>Inny (opisz niżej)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="90"/>
        <source>Details (optional)</source>
        <translation>Szczegóły (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="91"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="92"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>ReliabilityChart</name>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="35"/>
        <source>Reliability: predicted against what happened</source>
        <translation>Wiarygodność: przewidywania a to, co się stało</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="39"/>
        <source>Each point is a band of leads the model never saw: across, the chance it gave them; up, the share that became customers. On the dashed line the chances are exactly right.</source>
        <translation>Każdy punkt to grupa leadów, których model nie widział: w poziomie szansa, jaką im dał; w pionie odsetek, który został klientami. Na linii przerywanej szanse są dokładnie trafne.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="59"/>
        <source>Predicted chance</source>
        <translation>Przewidywana szansa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="60"/>
        <source>Became customers</source>
        <translation>Zostali klientami</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/reliability_chart.py" line="86"/>
        <source>Given %1 to %2: %3 leads, on average %4; %5 became customers.</source>
        <translation>Szansa od %1 do %2: leadów %3, średnio %4; klientami zostało %5.</translation>
    </message>
</context>
<context>
    <name>ReportPresenter</name>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="56"/>
        <source>%1: %2 leads</source>
        <translation>%1: leady: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="62"/>
        <source>%1 of the step before; %2 dropped off</source>
        <translation>%1 poprzedniego kroku; odpadło: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="93"/>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="106"/>
        <source>No source</source>
        <translation>Bez źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="117"/>
        <source>%1: %2 leads, %3</source>
        <translation>%1: leady: %2, %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="138"/>
        <source>%1: %2 won, %3</source>
        <translation>%1: wygrane: %2, %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="148"/>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="156"/>
        <source>%1: mean %2, median %3, over %4 leads</source>
        <translation>%1: średnia %2, mediana %3, leady: %4</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="166"/>
        <source>Mean</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="167"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="177"/>
        <source>%1: %2 of %3 leads became customers (%4)</source>
        <translation>%1: klientami zostało %2 z %3 leadów (%4)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="186"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="190"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="195"/>
        <source>Reached %1</source>
        <translation>Dotarły do etapu %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="212"/>
        <source>Created from %1</source>
        <translation>Utworzone od %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="216"/>
        <source>In %1 today</source>
        <translation>Dziś na etapie %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="220"/>
        <source>Won from %1</source>
        <translation>Wygrane od %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/insights/presenter.py" line="231"/>
        <source>Customers: %1</source>
        <translation>Klienci: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="64"/>
        <location filename="../../leaddesk/ui/backups/restore.py" line="116"/>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="79"/>
        <source>Restoring replaces everything in the database with the backup&apos;s content. What it holds now is backed up first, so you can go back to it.</source>
        <translation>Przywrócenie zastępuje całą zawartość bazy danych zawartością kopii zapasowej. Obecna zawartość jest najpierw zapisywana w kopii zapasowej, więc można do niej wrócić.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="87"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="117"/>
        <source>Replace everything in the database with the backup taken %1?</source>
        <translation>Zastąpić całą zawartość bazy danych kopią zapasową wykonaną %1?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/backups/restore.py" line="130"/>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="93"/>
        <source>Automatic first response</source>
        <translation>Automatyczna pierwsza odpowiedź</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="102"/>
        <source>Web form %1</source>
        <translation>Formularz WWW %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="112"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="117"/>
        <source>Send automatically</source>
        <translation>Wysyłaj automatycznie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="133"/>
        <source>New leads from</source>
        <translation>Nowe leady ze źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="134"/>
        <source>Answer with</source>
        <translation>Odpowiedz szablonem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="135"/>
        <source>Wait before sending</source>
        <translation>Czekaj przed wysłaniem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="136"/>
        <source>Sender&apos;s name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="137"/>
        <source>Sender&apos;s address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="141"/>
        <source>Each new lead is answered once. Leads who asked not to be contacted on the template&apos;s channel, or have no address for it, get nothing, and their timeline says why. WhatsApp and SMS answers wait in the outbox for you to send.</source>
        <translation>Każdy nowy lead dostaje odpowiedź raz. Leady, które prosiły, by nie kontaktować się z nimi kanałem szablonu, lub nie mają dla niego adresu, nic nie dostają, a ich historia podaje powód. Odpowiedzi przez WhatsApp i SMS czekają w skrzynce nadawczej, aż je wyślesz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/first_responses.py" line="164"/>
        <source>There is no template to answer with yet.</source>
        <translation>Nie ma jeszcze szablonu, którym można odpowiedzieć.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="63"/>
        <source>Edit rule</source>
        <translation>Edytuj regułę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="63"/>
        <source>Add a rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="88"/>
        <source>no lowest</source>
        <translation>bez minimum</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="89"/>
        <source>no highest</source>
        <translation>bez maksimum</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="94"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="103"/>
        <source>(any)</source>
        <translation>(dowolny)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="116"/>
        <source>Negative points take points away.</source>
        <translation>Ujemne punkty odejmują punkty.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="117"/>
        <source>Every time it happens</source>
        <translation>Za każdym razem, gdy to nastąpi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="122"/>
        <source>no cap</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="123"/>
        <source>Points fade</source>
        <translation>Punkty wygasają</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="128"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="129"/>
        <source>After this many days a rule&apos;s points count half.</source>
        <translation>Po tylu dniach punkty reguły liczą się w połowie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="132"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="133"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="134"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="135"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="136"/>
        <source>Range</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="137"/>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="138"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="139"/>
        <source>What the lead did</source>
        <translation>Co zrobił lead</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="140"/>
        <source>Contacts without an answer</source>
        <translation>Kontakty bez odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="141"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="143"/>
        <source>Up to</source>
        <translation>Maksymalnie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="145"/>
        <source>Half-life</source>
        <translation>Okres półtrwania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="146"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="181"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_rule_editor.py" line="227"/>
        <source>Values, separated by commas</source>
        <translation>Wartości rozdzielone przecinkami</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="75"/>
        <source>Add a rule…</source>
        <translation>Dodaj regułę…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="76"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="78"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="80"/>
        <source>Move up</source>
        <translation>Przenieś wyżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="82"/>
        <source>Move down</source>
        <translation>Przenieś niżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="85"/>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="225"/>
        <source>Switch off</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="96"/>
        <source>Save rules</source>
        <translation>Zapisz reguły</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="97"/>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="104"/>
        <source>When no rule matches, send to</source>
        <translation>Gdy żadna reguła nie pasuje, przekaż do</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="110"/>
        <source>The rules are read from the top for each new lead: the first whose conditions all hold decides where it goes.</source>
        <translation>Reguły są sprawdzane od góry dla każdego nowego leada: o tym, gdzie trafi, decyduje pierwsza reguła, której wszystkie warunki są spełnione.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="166"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="225"/>
        <source>Switch on</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="273"/>
        <source>Rule %1 (%2): %3</source>
        <translation>Reguła %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_rules.py" line="279"/>
        <source>When no rule matches: %1</source>
        <translation>Gdy żadna reguła nie pasuje: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="54"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="61"/>
        <source>%v of %m rows</source>
        <translation>%v z %m wierszy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="62"/>
        <source>Cancel import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="64"/>
        <source>Save rejected rows…</source>
        <translation>Zapisz odrzucone wiersze…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="108"/>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="152"/>
        <source>%1 rows: %2 new leads, %3 updated, %4 duplicates skipped, %5 rejected.</source>
        <translation>Wiersze: %1; nowe leady: %2, zaktualizowane: %3, pominięte duplikaty: %4, odrzucone: %5.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="159"/>
        <source>The import was cancelled. What it saved is kept in whole chunks; import the same file again to go on where it stopped.</source>
        <translation>Import został anulowany. To, co zapisał, zostaje w całych partiach; zaimportuj ten sam plik ponownie, by kontynuować od miejsca przerwania.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="167"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="167"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="191"/>
        <source>Imported already</source>
        <translation>Już zaimportowano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="194"/>
        <source>Import again anyway</source>
        <translation>Mimo to importuj ponownie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="202"/>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="222"/>
        <source>Save rejected rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="202"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/imports/run_page.py" line="219"/>
        <source>Saving the rejected rows…</source>
        <translation>Zapisywanie odrzuconych wierszy…</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="93"/>
        <source>Likely to become a customer: %1</source>
        <translation>Szansa, że zostanie klientem: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="99"/>
        <source>Raising it: %1</source>
        <translation>Podnosi ją: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="105"/>
        <source>Lowering it: %1</source>
        <translation>Obniża ją: %1</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="123"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="126"/>
        <source>%1 points. MQL from %2, SQL from %3.</source>
        <translation>Punkty: %1. MQL od %2, SQL od %3.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="133"/>
        <source>%1 This lead is %2.</source>
        <translation>%1 Ten lead jest %2.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="147"/>
        <source>No rule gives this lead points yet.</source>
        <translation>Żadna reguła nie daje jeszcze punktów temu leadowi.</translation>
    </message>
</context>
<context>
    <name>ScoreButton</name>
    <message>
        <location filename="../../leaddesk/ui/lead/score_view.py" line="173"/>
        <source>Which rules gave these points</source>
        <translation>Które reguły dały te punkty</translation>
    </message>
</context>
<context>
    <name>ScoreRulesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="49"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="50"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="51"/>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="52"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="53"/>
        <source>Counts</source>
        <translation>Liczenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring_model.py" line="54"/>
        <source>Half-life</source>
        <translation>Okres półtrwania</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="48"/>
        <source>Fit</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="49"/>
        <source>Behaviour</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="50"/>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="57"/>
        <source>equals</source>
        <translation>równa się</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="58"/>
        <source>is one of</source>
        <translation>to jedno z</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="59"/>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="60"/>
        <source>is between</source>
        <translation>mieści się w zakresie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="61"/>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="62"/>
        <source>is given</source>
        <translation>jest wypełnione</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="69"/>
        <source>Replied</source>
        <translation>Odpowiedział</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="70"/>
        <source>Meeting held</source>
        <translation>Odbyło się spotkanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="71"/>
        <source>Call with a good outcome</source>
        <translation>Rozmowa z dobrym wynikiem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="72"/>
        <source>No answer to the last contacts</source>
        <translation>Brak odpowiedzi na ostatnie kontakty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="90"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="91"/>
        <source>Product of interest</source>
        <translation>Produkt, który go interesuje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="92"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="93"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="125"/>
        <source>%1 tagged %2</source>
        <translation>%1 z tagiem %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="143"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 od %2 do %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="145"/>
        <source>%1 at least %2</source>
        <translation>%1 co najmniej %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="147"/>
        <source>%1 at most %3</source>
        <translation>%1 najwyżej %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="151"/>
        <source>%1 %2</source>
        <translation>Pole %1 %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="156"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="166"/>
        <source>Once</source>
        <translation>Raz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="168"/>
        <source>Every time</source>
        <translation>Za każdym razem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="169"/>
        <source>Every time, up to %1</source>
        <translation>Za każdym razem, najwyżej %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="186"/>
        <source>Choose a field and an operator.</source>
        <translation>Wybierz pole i operator.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="187"/>
        <source>Choose a kind of activity or a tag.</source>
        <translation>Wybierz rodzaj aktywności lub tag.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="188"/>
        <source>Choose what the rule counts.</source>
        <translation>Wybierz, co liczy reguła.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="191"/>
        <source>A rule needs a name of 1 to 120 characters.</source>
        <translation>Reguła musi mieć nazwę o długości od 1 do 120 znaków.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="194"/>
        <source>Points must be between −%1 and %1, and not 0.</source>
        <translation>Liczba punktów musi mieścić się między −%1 a %1 i być różna od 0.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="197"/>
        <source>This condition needs a value.</source>
        <translation>Ten warunek wymaga wartości.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="198"/>
        <source>The number of contacts must be between 1 and 20.</source>
        <translation>Liczba kontaktów musi wynosić od 1 do 20.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="201"/>
        <source>A half-life is more than 0 and at most %1 days.</source>
        <translation>Okres półtrwania musi być większy od 0 i wynosić najwyżej %1 dni.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="204"/>
        <source>A cap must be more than 0 points.</source>
        <translation>Limit musi wynosić więcej niż 0 punktów.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/scoring.py" line="205"/>
        <source>The MQL threshold must be above 0 and below the SQL threshold, which is at most %1.</source>
        <translation>Próg MQL musi być większy od 0 i mniejszy od progu SQL, który wynosi najwyżej %1.</translation>
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
        <translation>Ocena %1</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="71"/>
        <source>Add a rule…</source>
        <translation>Dodaj regułę…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="72"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="73"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="75"/>
        <source>Move up</source>
        <translation>Przenieś wyżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="78"/>
        <source>Move down</source>
        <translation>Przenieś niżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="85"/>
        <source> points</source>
        <translation> pkt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="88"/>
        <source>Marketing-qualified: interested, needs nurturing.</source>
        <translation>Zakwalifikowany marketingowo: zainteresowany, wymaga pielęgnowania.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="89"/>
        <source>Sales-qualified: ready to buy, needs a rep.</source>
        <translation>Zakwalifikowany sprzedażowo: gotowy do zakupu, potrzebuje handlowca.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="100"/>
        <source>How many leads are MQL and SQL now, and would be if these rules were saved.</source>
        <translation>Ile leadów jest teraz MQL i SQL, a ile byłoby po zapisaniu tych reguł.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="102"/>
        <source>Save and rescore</source>
        <translation>Zapisz i przelicz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="103"/>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="113"/>
        <source>Counting the leads under these rules…</source>
        <translation>Liczenie leadów według tych reguł…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="138"/>
        <source>Thresholds</source>
        <translation>Progi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="140"/>
        <source>MQL from</source>
        <translation>MQL od</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="143"/>
        <source>SQL from</source>
        <translation>SQL od</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="150"/>
        <source>Fit rules count who the lead is; behaviour rules what the lead did, and engagement rules how the lead answers. Behaviour and engagement points fade: after the half-life they count half. Saving rescores every lead.</source>
        <translation>Reguły dopasowania oceniają, kim jest lead; reguły zachowania – co zrobił, a reguły zaangażowania – jak odpowiada. Punkty za zachowanie i zaangażowanie wygasają: po okresie półtrwania liczą się w połowie. Zapisanie przelicza ocenę każdego leada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/settings/scoring.py" line="268"/>
        <source>Now: %1 MQL, %2 SQL · With these rules: %3 MQL, %4 SQL (of %Ln lead(s))</source>
        <translation>
            <numerusform>Teraz: %1 MQL, %2 SQL · Z tymi regułami: %3 MQL, %4 SQL (z %Ln leada)</numerusform>
            <numerusform>Teraz: %1 MQL, %2 SQL · Z tymi regułami: %3 MQL, %4 SQL (z %Ln leadów)</numerusform>
            <numerusform>Teraz: %1 MQL, %2 SQL · Z tymi regułami: %3 MQL, %4 SQL (z %Ln leadów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="309"/>
        <source>Rule %1 (%2): %3</source>
        <translation>Reguła %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="335"/>
        <source>Rescoring the leads…</source>
        <translation>Przeliczanie ocen leadów…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="342"/>
        <source>Rescoring the leads: %1 of %2</source>
        <translation>Przeliczanie ocen leadów: %1 z %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/scoring.py" line="354"/>
        <source>Every lead is scored with the saved rules.</source>
        <translation>Każdy lead ma ocenę według zapisanych reguł.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="47"/>
        <source>Send an email to %Ln lead(s)</source>
        <translation>
            <numerusform>Wyślij e-mail do %Ln leada</numerusform>
            <numerusform>Wyślij e-mail do %Ln leadów</numerusform>
            <numerusform>Wyślij e-mail do %Ln leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="48"/>
        <source>Send a WhatsApp message to %Ln lead(s)</source>
        <translation>
            <numerusform>Wyślij wiadomość WhatsApp do %Ln leada</numerusform>
            <numerusform>Wyślij wiadomość WhatsApp do %Ln leadów</numerusform>
            <numerusform>Wyślij wiadomość WhatsApp do %Ln leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="49"/>
        <source>Send an SMS to %Ln lead(s)</source>
        <translation>
            <numerusform>Wyślij SMS do %Ln leada</numerusform>
            <numerusform>Wyślij SMS do %Ln leadów</numerusform>
            <numerusform>Wyślij SMS do %Ln leadów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="64"/>
        <source>Write to each lead in their own language</source>
        <translation>Pisz do każdego leada w jego języku</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="68"/>
        <source>Leads in Poland get the Polish template of the same kind, leads in Arabic-speaking countries the Arabic one, when there is one.</source>
        <translation>Leady z Polski dostają polski szablon tego samego rodzaju, a leady z krajów arabskojęzycznych arabski, jeśli taki jest.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="75"/>
        <source>Each lead&apos;s own product</source>
        <translation>Produkt każdego leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="79"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="81"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="97"/>
        <source>%Ln of the chosen leads asked not to be contacted this way; they are skipped.</source>
        <translation>
            <numerusform>%Ln z wybranych leadów prosi, by nie kontaktować się z nim w ten sposób; zostanie pominięty.</numerusform>
            <numerusform>%Ln z wybranych leadów prosi, by nie kontaktować się z nimi w ten sposób; zostaną pominięte.</numerusform>
            <numerusform>%Ln z wybranych leadów prosi, by nie kontaktować się z nimi w ten sposób; zostaną pominięte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="109"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="109"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="116"/>
        <source>&lt;b&gt;The first message&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pierwsza wiadomość&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="122"/>
        <source>Email is not set up yet: add your SMTP server and address in Settings.</source>
        <translation>Poczta nie jest jeszcze skonfigurowana: dodaj serwer SMTP i swój adres w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="128"/>
        <source>LeadDesk opens each message in the system&apos;s app for you to send, and logs it when you confirm it went.</source>
        <translation>LeadDesk otwiera każdą wiadomość w aplikacji systemu, żebyś ją wysłał, i zapisuje ją, gdy potwierdzisz wysłanie.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="133"/>
        <source>There is no template for this channel yet.</source>
        <translation>Nie ma jeszcze szablonu dla tego kanału.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/send_dialog.py" line="195"/>
        <source>variants %1 are dealt out evenly at random</source>
        <translation>warianty %1 są przydzielane losowo po równo</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="65"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="70"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="72"/>
        <source>Larger files are refused when attached to a lead, with a message saying so.</source>
        <translation>Większe pliki są odrzucane przy dołączaniu do leada, z komunikatem o tym.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="84"/>
        <source>The system&apos;s</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="87"/>
        <source>Western digits (0–9) in Arabic</source>
        <translation>Cyfry zachodnie (0–9) po arabsku</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="91"/>
        <source>Numbers, amounts and dates in Arabic are written 0–9 instead of ٠–٩ (from the next start).</source>
        <translation>Liczby, kwoty i daty po arabsku są zapisywane cyframi 0–9 zamiast ٠–٩ (od następnego uruchomienia).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="96"/>
        <source>Language (from the next start)</source>
        <translation>Język (od następnego uruchomienia)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="98"/>
        <source>Largest attachment</source>
        <translation>Największy załącznik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="99"/>
        <source>Country for phone numbers without a code</source>
        <translation>Kraj dla numerów bez kierunkowego</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="100"/>
        <source>Currency of new leads</source>
        <translation>Waluta nowych leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="104"/>
        <source>The country and currency apply to the team&apos;s database as soon as you apply them; the attachment limit applies to files added from now on.</source>
        <translation>Kraj i waluta obowiązują w bazie zespołu od razu po zastosowaniu; limit załączników dotyczy plików dodawanych od teraz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="129"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="141"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="144"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="147"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="151"/>
        <source>Scoring</source>
        <translation>Punktacja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="155"/>
        <source>Conversion model</source>
        <translation>Model konwersji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="158"/>
        <source>Distribution</source>
        <translation>Przydzielanie leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="160"/>
        <source>Web forms</source>
        <translation>Formularze WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="163"/>
        <source>First responses</source>
        <translation>Pierwsze odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="291"/>
        <source>The password is kept in your keyring.</source>
        <translation>Hasło jest przechowywane w pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="295"/>
        <source>No keyring works here: the password is kept until LeadDesk closes.</source>
        <translation>Pęk kluczy tu nie działa: hasło jest pamiętane do zamknięcia LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="314"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="317"/>
        <location filename="../../leaddesk/ui/settings/screen.py" line="323"/>
        <source>Email server</source>
        <translation>Serwer poczty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/screen.py" line="324"/>
        <source>Connected to %1 and ready to send as %2.</source>
        <translation>Połączono z %1, gotowe do wysyłania jako %2.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="15"/>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="16"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="17"/>
        <source>Web form</source>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="18"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="19"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="20"/>
        <source>Referral</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="21"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="22"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="23"/>
        <source>Walk-in</source>
        <translation>Wizyta osobista</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/sources.py" line="24"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>SourceTargetsDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="46"/>
        <source>Targets of %1</source>
        <translation>Terminy źródła %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="52"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="53"/>
        <source>No target</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="58"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="60"/>
        <source>As usual (%1 h)</source>
        <translation>Domyślnie (%1 godz.)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="65"/>
        <source>A new lead from this source past its first-contact target is flagged on its card and in the pool, and its owner is told. The time counts in the working hours of whoever has the lead.</source>
        <translation>Nowy lead z tego źródła, który przekroczy termin pierwszego kontaktu, jest oznaczany na karcie i w puli, a jego opiekun jest powiadamiany. Czas liczy się w godzinach pracy osoby, która ma leada.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="73"/>
        <source>First contact within</source>
        <translation>Pierwszy kontakt w ciągu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="74"/>
        <source>A claim lasts</source>
        <translation>Przejęcie trwa</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="31"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="33"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/source_targets.py" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="42"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="43"/>
        <source>Whose</source>
        <translation>Czyje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="44"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="45"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="46"/>
        <source>First contact within</source>
        <translation>Pierwszy kontakt w ciągu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="47"/>
        <source>Claim lasts</source>
        <translation>Przejęcie trwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="57"/>
        <source>LeadDesk&apos;s</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="57"/>
        <source>The team&apos;s</source>
        <translation>Zespołu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="58"/>
        <source>Retired</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="58"/>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="59"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="79"/>
        <source>Add a source…</source>
        <translation>Dodaj źródło…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="80"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="81"/>
        <location filename="../../leaddesk/ui/settings/sources.py" line="154"/>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="83"/>
        <source>Targets…</source>
        <translation>Terminy…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="85"/>
        <source>Move up</source>
        <translation>Przenieś wyżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="87"/>
        <source>Move down</source>
        <translation>Przenieś niżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="92"/>
        <source>Every list of sources follows this order. A retired source is no longer offered for new leads; leads that came from it keep it, and Insights still counts them. LeadDesk&apos;s own sources are named in each language by the app.</source>
        <translation>Każda lista źródeł ma tę kolejność. Wycofane źródło nie jest już proponowane dla nowych leadów; leady, które z niego pochodzą, zachowują je, a Analizy nadal je uwzględniają. Nazwy wbudowanych źródeł LeadDesk nadaje aplikacja w każdym języku.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="147"/>
        <source>LeadDesk&apos;s own sources are named by the app in each language.</source>
        <translation>Nazwy wbudowanych źródeł LeadDesk nadaje aplikacja w każdym języku.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="154"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="178"/>
        <source>Name of the source</source>
        <translation>Nazwa źródła</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="183"/>
        <source>Add a source</source>
        <translation>Dodaj źródło</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/sources.py" line="201"/>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="26"/>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="27"/>
        <source>Contacted</source>
        <translation>Nawiązany kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="28"/>
        <source>Nurturing</source>
        <translation>Pielęgnowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="29"/>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="30"/>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="31"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="32"/>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/stages.py" line="33"/>
        <source>Disqualified</source>
        <translation>Zdyskwalifikowany</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../leaddesk/ui/board/column.py" line="172"/>
        <source>Collapse or expand this column</source>
        <translation>Zwiń lub rozwiń kolumnę</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/board/column.py" line="178"/>
        <source>New lead in %1</source>
        <translation>Nowy lead w etapie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/column.py" line="214"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leady</numerusform>
            <numerusform>%Ln leadów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <location filename="../../leaddesk/ui/leads/columns.py" line="266"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="49"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="49"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="49"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="56"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="56"/>
        <source>Off</source>
        <translation>Wyłączony</translation>
    </message>
</context>
<context>
    <name>TeamsSection</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="128"/>
        <source>Name of a new team</source>
        <translation>Nazwa nowego zespołu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="131"/>
        <source>Create team</source>
        <translation>Utwórz zespół</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="132"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="133"/>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="240"/>
        <source>Switch off</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="136"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="137"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="138"/>
        <source>Move up</source>
        <translation>Przenieś wyżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="140"/>
        <source>Move down</source>
        <translation>Przenieś niżej</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="146"/>
        <source>A member of weight 2 takes two leads for each one of a weight-1 colleague.</source>
        <translation>Członek z wagą 2 dostaje dwa leady na każdy lead członka z wagą 1.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="149"/>
        <source>Save members</source>
        <translation>Zapisz członków</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="158"/>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="170"/>
        <source>Members in rotation order</source>
        <translation>Członkowie w kolejności rotacji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="181"/>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="240"/>
        <source>Switch on</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="280"/>
        <source>Rename team</source>
        <translation>Zmień nazwę zespołu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_teams.py" line="280"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="57"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="147"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="58"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="150"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="59"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="96"/>
        <source>Add translation</source>
        <translation>Dodaj tłumaczenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="101"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="104"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="105"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="106"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="110"/>
        <source>Translations</source>
        <translation>Tłumaczenia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="117"/>
        <source>Add variant</source>
        <translation>Dodaj wariant</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="120"/>
        <source>Remove variant</source>
        <translation>Usuń wariant</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="122"/>
        <source>Insert placeholder</source>
        <translation>Wstaw pole</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="141"/>
        <source>Also send an HTML version</source>
        <translation>Wyślij też wersję HTML</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="145"/>
        <source>&lt;p&gt;Hello {{ lead.first_name }},&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dzień dobry, {{ lead.first_name }}!&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="237"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="312"/>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="325"/>
        <source>Variant %1</source>
        <translation>Wariant %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="380"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, wiersz %2, kolumna %3: %4</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/editor.py" line="390"/>
        <source>Fix the problems above to see the preview.</source>
        <translation>Popraw powyższe błędy, aby zobaczyć podgląd.</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="113"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="152"/>
        <source>%1 characters</source>
        <translation>Znaki: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="154"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="154"/>
        <source>Unicode (UCS-2)</source>
        <translation>Unicode (UCS-2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/preview.py" line="156"/>
        <source>%1 of %2 left in the last one</source>
        <translation>w ostatnim zostało %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/preview.py" line="160"/>
        <source>%Ln SMS segment(s)</source>
        <translation>
            <numerusform>%Ln część SMS</numerusform>
            <numerusform>%Ln części SMS</numerusform>
            <numerusform>%Ln części SMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="25"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="26"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="27"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="28"/>
        <source>Variants</source>
        <translation>Warianty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/template_list.py" line="54"/>
        <source>Retired: no longer offered</source>
        <translation>Wycofany: nie jest już proponowany</translation>
    </message>
</context>
<context>
    <name>TemplatesScreen</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="63"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="65"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="71"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="73"/>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="409"/>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="76"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="81"/>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="84"/>
        <source>Show retired</source>
        <translation>Pokaż wycofane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="120"/>
        <source>Wording</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="121"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="128"/>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="237"/>
        <source>Save the template first.</source>
        <translation>Najpierw zapisz szablon.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="303"/>
        <source>Unsaved template</source>
        <translation>Niezapisany szablon</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="304"/>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany w %1?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="305"/>
        <source>the new template</source>
        <translation>nowym szablonie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="338"/>
        <source>The template has problems (listed under the text); fix them first.</source>
        <translation>Szablon zawiera błędy (wymienione pod treścią); najpierw je popraw.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="356"/>
        <source>Changed meanwhile</source>
        <translation>Zmieniono w międzyczasie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="358"/>
        <source>Someone else saved this template after you opened it. Keep your version (theirs is replaced) or load theirs (your edits are dropped)?</source>
        <translation>Ktoś inny zapisał ten szablon po jego otwarciu. Zachować Twoją wersję (jego zostanie zastąpiona) czy wczytać jego (Twoje zmiany przepadną)?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="378"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/templates_screen.py" line="409"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="158"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="163"/>
        <source>%1 (undone)</source>
        <translation>%1 (cofnięte)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="170"/>
        <source>Owner changed</source>
        <translation>Zmiana opiekuna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="172"/>
        <source>Released to the pool</source>
        <translation>Zwolniony do puli</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="183"/>
        <source>Follow-up done</source>
        <translation>Kontakt wykonany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="185"/>
        <source>received</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="187"/>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="194"/>
        <source>template %1, variant %2</source>
        <translation>szablon %1, wariant %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="201"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="210"/>
        <source>Lead created</source>
        <translation>Utworzono leada</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="212"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="214"/>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="216"/>
        <source>No automatic first response: %1</source>
        <translation>Brak automatycznej pierwszej odpowiedzi: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="222"/>
        <source>Came in through the web form %1</source>
        <translation>Wpłynął przez formularz WWW %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="224"/>
        <source>Sent the web form %1 again</source>
        <translation>Ponownie wysłał formularz WWW %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="235"/>
        <source>Past its first-contact target: the first contact was due by %1</source>
        <translation>Po terminie pierwszego kontaktu: pierwszy kontakt należało nawiązać do %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="243"/>
        <source>Follow-up planned for %1: %2</source>
        <translation>Kontakt zaplanowany na %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="260"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="267"/>
        <source>Merged %1 into this lead</source>
        <translation>Scalono %1 z tym leadem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="270"/>
        <source>Unmerged %1: separate leads again</source>
        <translation>Rozdzielono %1: znów osobne leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline.py" line="388"/>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_texts.py" line="22"/>
        <source>Became SQL</source>
        <translation>Osiągnął próg SQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_texts.py" line="24"/>
        <source>Became MQL</source>
        <translation>Osiągnął próg MQL</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/score_texts.py" line="33"/>
        <source>%1: %2 points: %3</source>
        <translation>%1: %2 pkt: %3</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline_panel.py" line="62"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historia&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/timeline_panel.py" line="104"/>
        <source>Undo merge…</source>
        <translation>Cofnij scalenie…</translation>
    </message>
</context>
<context>
    <name>UndoMerge</name>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="25"/>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="39"/>
        <source>Undo merge</source>
        <translation>Cofnij scalenie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="26"/>
        <source>Put the merged leads back as they were before the merge? Their timeline entries, follow-ups, files and messages go back to them. What was added to this lead since the merge stays here.</source>
        <translation>Przywrócić scalone leady do stanu sprzed scalenia? Wrócą do nich ich wpisy w historii, przypomnienia, pliki i wiadomości. To, co dodano do tego leada od scalenia, zostaje tutaj.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="43"/>
        <source>The merge was undone.</source>
        <translation>Scalenie zostało cofnięte.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead/merge_undo.py" line="46"/>
        <source>The merge was undone. These fields were edited after the merge, so this lead keeps the later values: %1</source>
        <translation>Scalenie zostało cofnięte. Te pola zmieniono po scaleniu, więc ten lead zachowuje późniejsze wartości: %1</translation>
    </message>
</context>
<context>
    <name>VariantReportView</name>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="43"/>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="44"/>
        <source>Wording</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="45"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="46"/>
        <source>Replies</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="47"/>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="103"/>
        <source>Reply rate</source>
        <translation>Odsetek odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="48"/>
        <source>Qualified or won</source>
        <translation>Zakwalifikowani lub pozyskani</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="49"/>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="107"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="98"/>
        <source>Nothing has been sent with this template yet.</source>
        <translation>Tym szablonem nic jeszcze nie wysłano.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="112"/>
        <source>A reply counts when an incoming message or call is logged within %1 days of the message; a conversion when the lead later reached Qualified or Customer.</source>
        <translation>Odpowiedź liczy się, gdy w ciągu %1 dni od wiadomości zapisano przychodzącą wiadomość lub telefon; konwersja, gdy lead później osiągnął etap Zakwalifikowany lub Klient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="117"/>
        <source>%Ln message(s) are still within their reply window.</source>
        <translation>
            <numerusform>%Ln wiadomość jest jeszcze w okresie oczekiwania na odpowiedź.</numerusform>
            <numerusform>%Ln wiadomości są jeszcze w okresie oczekiwania na odpowiedź.</numerusform>
            <numerusform>%Ln wiadomości jest jeszcze w okresie oczekiwania na odpowiedź.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="129"/>
        <source>%1: no difference can be measured yet.</source>
        <translation>%1: nie da się jeszcze zmierzyć różnicy.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="138"/>
        <source>%1: variant %2 does best (%3), and the difference is significant at 95% (p = %4).</source>
        <translation>%1: najlepiej wypada wariant %2 (%3), a różnica jest istotna na poziomie 95% (p = %4).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="142"/>
        <source>%1: variant %2 leads (%3), but the difference is not significant at 95% (p = %4); keep sending before you decide.</source>
        <translation>%1: prowadzi wariant %2 (%3), ale różnica nie jest istotna na poziomie 95% (p = %4); wysyłaj dalej, zanim zdecydujesz.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/messaging/report_view.py" line="152"/>
        <source>There are still few messages, so read this with care.</source>
        <translation>Wiadomości jest jeszcze niewiele, więc czytaj to ostrożnie.</translation>
    </message>
</context>
<context>
    <name>WebFormEditor</name>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="71"/>
        <source>Fields the form asks for</source>
        <translation>Pola, o które pyta formularz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="79"/>
        <source>https://… (empty: a thank-you page)</source>
        <translation>https://… (puste: strona z podziękowaniem)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="90"/>
        <source>New token</source>
        <translation>Nowy token</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="93"/>
        <source>The old token stops working at once: put the new snippet on the site.</source>
        <translation>Stary token od razu przestaje działać: umieść na stronie nowy fragment kodu.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="98"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="101"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="103"/>
        <source>Source of its leads</source>
        <translation>Źródło jego leadów</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="104"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="105"/>
        <source>Page after sending</source>
        <translation>Strona po wysłaniu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="109"/>
        <source>(nothing for scoring)</source>
        <translation>(nic dla punktacji)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="113"/>
        <source>Each submission is also this action of the lead&apos;s, which scoring counts.</source>
        <translation>Każde zgłoszenie jest też tym działaniem leada, które liczy punktacja.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="115"/>
        <source>Counts as</source>
        <translation>Liczy się jako</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="116"/>
        <source>Address key</source>
        <translation>Klucz adresu</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="117"/>
        <source>Secret token</source>
        <translation>Tajny token</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="123"/>
        <source>Save the form to get its HTML snippet.</source>
        <translation>Zapisz formularz, aby otrzymać jego fragment kodu HTML.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="125"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="143"/>
        <location filename="../../leaddesk/ui/settings/web_form_editor.py" line="147"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>WebFormModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="38"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="38"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="38"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="45"/>
        <source>Retired</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="45"/>
        <source>Taking submissions</source>
        <translation>Przyjmuje zgłoszenia</translation>
    </message>
</context>
<context>
    <name>WebForms</name>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="58"/>
        <source>A web form needs a name.</source>
        <translation>Formularz WWW musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="61"/>
        <source>A web form cannot ask for this field.</source>
        <translation>Formularz WWW nie może pytać o to pole.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="64"/>
        <source>Tick the first name or the last name: a lead needs a name.</source>
        <translation>Zaznacz imię lub nazwisko: lead potrzebuje nazwy.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="67"/>
        <source>Tick the email, phone or WhatsApp field: the team needs a way to answer.</source>
        <translation>Zaznacz pole e-mail, telefon lub WhatsApp: zespół potrzebuje sposobu na odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/names/issues.py" line="70"/>
        <source>Not a web address; it starts with http:// or https://.</source>
        <translation>To nie jest adres WWW; zaczyna się od http:// lub https://.</translation>
    </message>
</context>
<context>
    <name>WebFormsPanel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="65"/>
        <source>New form</source>
        <translation>Nowy formularz</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="66"/>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="143"/>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="71"/>
        <source>Where the web site reaches `leaddesk capture serve`: the snippets post here.</source>
        <translation>Adres, pod którym strona WWW łączy się z `leaddesk capture serve`: tu fragmenty kodu wysyłają dane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="80"/>
        <source>Run `leaddesk capture serve` where the web site can reach it. A retired form refuses new submissions; its leads stay.</source>
        <translation>Uruchom `leaddesk capture serve` tam, gdzie strona WWW może się z nim połączyć. Wycofany formularz odrzuca nowe zgłoszenia; jego leady zostają.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="100"/>
        <source>Address of the capture service</source>
        <translation>Adres usługi przechwytywania</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="143"/>
        <source>Bring back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/web_forms.py" line="220"/>
        <source>The address starts with http:// or https://.</source>
        <translation>Adres zaczyna się od http:// lub https://.</translation>
    </message>
</context>
<context>
    <name>WeightsModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="49"/>
        <source>What the model reads</source>
        <translation>Co czyta model</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="49"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="49"/>
        <source>Odds</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/conversion_tables.py" line="59"/>
        <source>How many times the odds of becoming a customer change with it</source>
        <translation>Ile razy zmieniają się z tym szanse na zostanie klientem</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="53"/>
        <source>Welcome to LeadDesk</source>
        <translation>Witaj w LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="60"/>
        <source>Nobody works in this database yet. Say who you are: you become its owner, and can add the rest of the team in Settings ▸ People.</source>
        <translation>Nikt jeszcze nie pracuje w tej bazie. Powiedz, kim jesteś: zostaniesz jej właścicielem i dodasz resztę zespołu w Ustawienia ▸ Osoby.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="87"/>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="88"/>
        <source>Your email</source>
        <translation>Twój e-mail</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="89"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="90"/>
        <source>Currency of your deals</source>
        <translation>Waluta Twoich transakcji</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="91"/>
        <source>Country of phone numbers without a code</source>
        <translation>Kraj numerów telefonu bez kierunkowego</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="97"/>
        <source>Start</source>
        <translation>Zaczynamy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/welcome.py" line="109"/>
        <source>Use a three-letter currency code, such as USD.</source>
        <translation>Użyj trzyliterowego kodu waluty, np. PLN.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="163"/>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/widgets/lead_dialogs.py" line="164"/>
        <source>Next week</source>
        <translation>Za tydzień</translation>
    </message>
</context>
<context>
    <name>WorkingModel</name>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="58"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="58"/>
        <source>Working days</source>
        <translation>Dni robocze</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="58"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="71"/>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="72"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/settings/distribution_people.py" line="74"/>
        <source>All day</source>
        <translation>Cały dzień</translation>
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
            <numerusform>Brak odpowiedzi na ostatni kontakt</numerusform>
            <numerusform>Brak odpowiedzi na ostatnie %Ln kontakty</numerusform>
            <numerusform>Brak odpowiedzi na ostatnie %Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/names/scoring.py" line="43"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
</context>
</TS>
