<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <location filename="../../leaddesk/app.py" line="25" />
        <source>Database password</source>
        <translation>Hasło do bazy danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="26" />
        <source>Password for %1 on %2:</source>
        <translation>Hasło dla %1 na %2:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/app.py" line="64" />
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="39" />
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <location filename="../../leaddesk/ui/main_window.py" line="54" />
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <location filename="../../leaddesk/ui/main_window.py" line="54" />
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="47" />
        <location filename="../../leaddesk/ui/main_window.py" line="54" />
        <source>Insights</source>
        <translation>Analizy</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="48" />
        <location filename="../../leaddesk/ui/main_window.py" line="55" />
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="48" />
        <location filename="../../leaddesk/ui/main_window.py" line="55" />
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="52" />
        <source>This screen is being built; the pipeline overview shows your data.</source>
        <translation>Ten ekran jest w budowie; przegląd lejka pokazuje Twoje dane.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="84" />
        <source>Database: %1 · %2 leads</source>
        <translation>Baza danych: %1 · leady: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="91" />
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="92" />
        <location filename="../../leaddesk/ui/main_window.py" line="98" />
        <source>LeadDesk databases (*.sqlite)</source>
        <translation>Bazy danych LeadDesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="98" />
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="104" />
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="105" />
        <source>Server address, e.g. postgresql://maria@crm.example.com/leaddesk</source>
        <translation>Adres serwera, np. postgresql://maria@crm.example.com/leaddesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="113" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="122" />
        <source>About LeadDesk</source>
        <translation>O programie LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="123" />
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
        <location filename="../../leaddesk/ui/actions.py" line="27" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="28" />
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="29" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="30" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="37" />
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="40" />
        <source>&amp;Open database file…</source>
        <translation>&amp;Otwórz plik bazy danych…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="43" />
        <source>&amp;Connect to server…</source>
        <translation>&amp;Połącz z serwerem…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="45" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/actions.py" line="48" />
        <source>&amp;About LeadDesk</source>
        <translation>&amp;O programie LeadDesk</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="26" />
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="27" />
        <source>Contacted</source>
        <translation>Nawiązany kontakt</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="28" />
        <source>Nurturing</source>
        <translation>Pielęgnowanie</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="29" />
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="30" />
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="31" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="32" />
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/stage_names.py" line="33" />
        <source>Disqualified</source>
        <translation>Zdyskwalifikowany</translation>
    </message>
</context>
<context>
    <name>StageTile</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/board/overview.py" line="31" />
        <source>%n leads</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n leady</numerusform><numerusform>%n leadów</numerusform></translation>
    </message>
</context>
</TS>