<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Api::ApiError</name>
    <message>
        <source>The platform refused access (HTTP 403): these credentials may not create or read sessions. Check the profile&apos;s username with your administrator.</source>
        <translation>Die Plattform hat den Zugriff verweigert (HTTP 403): Mit diesen Zugangsdaten dürfen keine Sitzungen erstellt oder gelesen werden. Klären Sie den Benutzernamen des Profils mit Ihrem Administrator.</translation>
    </message>
    <message>
        <source>The platform refused the credentials (HTTP 401). Check the profile&apos;s username and password.</source>
        <translation>Die Plattform hat die Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie Benutzername und Passwort des Profils.</translation>
    </message>
    <message numerus="yes">
        <source>The platform is limiting requests (%1). Try again in %n second(s).</source>
        <translation>
            <numerusform>Die Plattform begrenzt die Anfragen (%1). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Plattform begrenzt die Anfragen (%1). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is limiting requests (%1). Try again in a minute.</source>
        <translation>Die Plattform begrenzt die Anfragen (%1). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The platform had a problem (%1). Try again in a moment.</source>
        <translation>Bei der Plattform ist ein Problem aufgetreten (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The platform refused the request (%1).</source>
        <translation>Die Plattform hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Meldung der Plattform: „%1“</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: %2. Check the network connection and the profile&apos;s address.</source>
        <translation>Die Plattform unter %1 ist nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und die Adresse im Profil.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2. Nothing was sent. Ask your administrator whether a company certificate must be added to the profile.</source>
        <translation>Der sicheren Verbindung zu %1 kann nicht vertraut werden: %2. Es wurde nichts gesendet. Fragen Sie Ihren Administrator, ob dem Profil ein Firmenzertifikat hinzugefügt werden muss.</translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not answer within %n second(s). Check the network and try again.</source>
        <translation>
            <numerusform>Die Plattform unter %1 hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Plattform unter %1 hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s reply was rejected: %1.</source>
        <translation>Die Antwort der Plattform wurde zurückgewiesen: %1.</translation>
    </message>
</context>
<context>
    <name>Api::EnrolmentClient</name>
    <message>
        <source>“%1” is not a session ID: it must be a GUID such as ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</source>
        <translation>„%1“ ist keine Sitzungs-ID: Sie muss eine GUID sein, z. B. ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</translation>
    </message>
    <message>
        <source>Credentials are never sent over plain http to %1: use an https:// address.</source>
        <translation>Zugangsdaten werden nie über unverschlüsseltes http an %1 gesendet: Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>No API username is set for this connection.</source>
        <translation>Für diese Verbindung ist kein API-Benutzername festgelegt.</translation>
    </message>
    <message>
        <source>The API address %1 is not a valid http(s) URL.</source>
        <translation>Die API-Adresse %1 ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>The API address %1 contains a user name or password: give the username on its own and the password through the keychain, the environment or standard input.</source>
        <translation>Die API-Adresse %1 enthält einen Benutzernamen oder ein Passwort: Geben Sie den Benutzernamen gesondert an und das Passwort über den Schlüsselbund, die Umgebung oder die Standardeingabe.</translation>
    </message>
    <message>
        <source>The API address %1 has a query or fragment (after ? or #), which would be dropped: give only scheme, host, port and path.</source>
        <translation>Die API-Adresse %1 enthält eine Abfrage oder ein Fragment (nach ? oder #), das verloren ginge: Geben Sie nur Schema, Host, Port und Pfad an.</translation>
    </message>
    <message>
        <source>The API username %1 contains a colon (:), which HTTP Basic credentials cannot carry.</source>
        <translation>Der API-Benutzername %1 enthält einen Doppelpunkt (:), den HTTP-Basic-Zugangsdaten nicht übertragen können.</translation>
    </message>
    <message>
        <source>The API username %1 contains a control character (a line break, tab or similar), which HTTP Basic credentials cannot carry.</source>
        <translation>Der API-Benutzername %1 enthält ein Steuerzeichen (Zeilenumbruch, Tabulator o. Ä.), das HTTP-Basic-Zugangsdaten nicht übertragen können.</translation>
    </message>
    <message>
        <source>The API password contains a control character (a line break, tab, NUL or similar), which HTTP Basic credentials cannot carry.</source>
        <translation>Das API-Passwort enthält ein Steuerzeichen (Zeilenumbruch, Tabulator, NUL o. Ä.), das HTTP-Basic-Zugangsdaten nicht übertragen können.</translation>
    </message>
    <message>
        <source>the reply was cut off: %1 of the %2 bytes it announced arrived</source>
        <translation>die Antwort wurde abgeschnitten: %1 der angekündigten %2 Bytes sind angekommen</translation>
    </message>
    <message>
        <source>the reply was cut off: the connection closed before its end</source>
        <translation>die Antwort wurde abgeschnitten: Die Verbindung wurde vor ihrem Ende geschlossen</translation>
    </message>
</context>
<context>
    <name>Api::ExchangeLog</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>invalid reply</source>
        <translation>ungültige Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Api::ExchangeRecord</name>
    <message numerus="yes">
        <source>[%n bytes of binary data]</source>
        <translation>
            <numerusform>[%n Byte Binärdaten]</numerusform>
            <numerusform>[%n Bytes Binärdaten]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Api::LinkPolicy</name>
    <message>
        <source>the enrolment link is not a valid absolute URL</source>
        <translation>der Identifizierungslink ist keine gültige absolute URL</translation>
    </message>
    <message>
        <source>the enrolment link contains user credentials</source>
        <translation>der Identifizierungslink enthält Zugangsdaten</translation>
    </message>
    <message>
        <source>the enrolment link is not https (%1://%2)</source>
        <translation>der Identifizierungslink verwendet kein https (%1://%2)</translation>
    </message>
    <message>
        <source>the enrolment link points to %1, which is neither the platform&apos;s host nor one of the profile&apos;s allowed link hosts</source>
        <translation>der Identifizierungslink verweist auf %1; das ist weder der Host der Plattform noch einer der im Profil erlaubten Link-Hosts</translation>
    </message>
</context>
<context>
    <name>Api::ReplyParsing</name>
    <message>
        <source>the reply was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the reply has no sessionId</source>
        <translation>die Antwort enthält keine sessionId</translation>
    </message>
    <message>
        <source>the reply&apos;s sessionId is not a GUID</source>
        <translation>die sessionId der Antwort ist keine GUID</translation>
    </message>
    <message>
        <source>the reply is for another session (%1 instead of %2) and was discarded</source>
        <translation>die Antwort gehört zu einer anderen Sitzung (%1 statt %2) und wurde verworfen</translation>
    </message>
    <message>
        <source>the reply has no enrolment link (webEnrolmentUrl)</source>
        <translation>die Antwort enthält keinen Identifizierungslink (webEnrolmentUrl)</translation>
    </message>
    <message>
        <source>the status reply has no status text</source>
        <translation>die Statusantwort enthält keinen Statustext</translation>
    </message>
    <message>
        <source>the results have no decision</source>
        <translation>die Ergebnisse enthalten keine Entscheidung</translation>
    </message>
    <message>
        <source>the reply names %1 twice, so it can be read in two ways</source>
        <translation>die Antwort nennt %1 zweimal und ist daher mehrdeutig</translation>
    </message>
    <message>
        <source>the enrolment link contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>der Registrierungslink enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
    <message>
        <source>the access token is for another session (%1), not %2</source>
        <translation>das Zugriffstoken gehört zu einer anderen Sitzung (%1), nicht zu %2</translation>
    </message>
</context>
<context>
    <name>Api::Transport</name>
    <message>
        <source>the reply is larger than %1 KiB</source>
        <translation>die Antwort ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>the connection ended before a complete answer, and the request was not sent a second time</source>
        <translation>die Verbindung endete vor einer vollständigen Antwort, und die Anfrage wurde nicht ein zweites Mal gesendet</translation>
    </message>
    <message>
        <source>the reply is compressed (%1), though only an uncompressed reply was asked for</source>
        <translation>die Antwort ist komprimiert (%1), obwohl nur eine unkomprimierte Antwort angefordert wurde</translation>
    </message>
    <message>
        <source>the reply uses the transfer coding %1, which the desk does not accept</source>
        <translation>die Antwort verwendet die Transferkodierung %1, die der Schalter nicht annimmt</translation>
    </message>
    <message>
        <source>the reply announces both a length and chunked transfer, so where it ends is ambiguous</source>
        <translation>die Antwort kündigt sowohl eine Länge als auch eine Übertragung in Blöcken an, ihr Ende ist daher mehrdeutig</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length is not a number</source>
        <translation>die Content-Length der Antwort ist keine Zahl</translation>
    </message>
    <message>
        <source>the reply announces two different lengths (%1)</source>
        <translation>die Antwort kündigt zwei verschiedene Längen an (%1)</translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Check this profile instead of the active one.</source>
        <translation>Dieses Profil statt des aktiven prüfen.</translation>
    </message>
    <message>
        <source>Usage: enrolment-desk check [--profile NAME]
Checks what the desk needs, one line each: the settings can be read, the profile is complete, the keychain holds its password (or ENROLMENT_DESK_PASSWORD is set), the platform answers, and it accepts the credentials for a harmless read. Exits with the first failure&apos;s code.
</source>
        <translation>Aufruf: enrolment-desk check [--profile NAME]
Prüft, was der Arbeitsplatz braucht, je eine Zeile: Die Einstellungen sind lesbar, das Profil ist vollständig, der Schlüsselbund enthält sein Passwort (oder ENROLMENT_DESK_PASSWORD ist gesetzt), die Plattform antwortet und akzeptiert die Zugangsdaten bei einem harmlosen Lesezugriff. Beendet sich mit dem Code des ersten Fehlers.
</translation>
    </message>
    <message>
        <source>enrolment-desk check: unexpected argument “%1”.</source>
        <translation>enrolment-desk check: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>enrolment-desk check: --profile needs a profile name.</source>
        <translation>enrolment-desk check: --profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 is not a settings file that can be read</source>
        <translation>%1 ist keine lesbare Einstellungsdatei</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 does not exist; only system-wide settings apply</source>
        <translation>%1 existiert nicht; es gelten nur die systemweiten Einstellungen</translation>
    </message>
    <message>
        <source>%1 can be read</source>
        <translation>%1 ist lesbar</translation>
    </message>
    <message>
        <source>the settings cannot be read</source>
        <translation>die Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>none is active; name one with --profile NAME or choose one in the staff window</source>
        <translation>keines ist aktiv; nennen Sie eines mit --profile NAME oder wählen Sie eines im Mitarbeiterfenster</translation>
    </message>
    <message>
        <source>“%1” is not in the settings</source>
        <translation>„%1“ ist nicht in den Einstellungen</translation>
    </message>
    <message>
        <source>“%1” is incomplete: %2</source>
        <translation>„%1“ ist unvollständig: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is complete (%2 as %3)</source>
        <translation>„%1“ ist vollständig (%2 als %3)</translation>
    </message>
    <message>
        <source>not asked: %1 gives the password for this run</source>
        <translation>nicht gefragt: %1 liefert das Passwort für diesen Lauf</translation>
    </message>
    <message>
        <source>this program cannot reach the keychain</source>
        <translation>dieses Programm erreicht den Schlüsselbund nicht</translation>
    </message>
    <message>
        <source>no password is stored for “%1”; enter it in Settings &gt; Profiles, or set %2</source>
        <translation>für „%1“ ist kein Passwort gespeichert; geben Sie es unter Einstellungen &gt; Profile ein oder setzen Sie %2</translation>
    </message>
    <message>
        <source>holds the password of “%1”</source>
        <translation>enthält das Passwort von „%1“</translation>
    </message>
    <message>
        <source>no usable profile</source>
        <translation>kein verwendbares Profil</translation>
    </message>
    <message>
        <source>not asked while a check above fails</source>
        <translation>nicht gefragt, solange eine Prüfung darüber fehlschlägt</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>accepted (a status read answered)</source>
        <translation>akzeptiert (eine Statusabfrage wurde beantwortet)</translation>
    </message>
    <message>
        <source>the platform cannot be reached</source>
        <translation>die Plattform ist nicht erreichbar</translation>
    </message>
    <message>
        <source>accepted (HTTP 404 for a session that does not exist)</source>
        <translation>akzeptiert (HTTP 404 für eine Sitzung, die es nicht gibt)</translation>
    </message>
    <message>
        <source>the platform answers with an error</source>
        <translation>die Plattform antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>the platform&apos;s reply cannot be used</source>
        <translation>die Antwort der Plattform kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>Cli::CommandHistory</name>
    <message>
        <source>warning: the session history was not updated: %1</source>
        <translation>Warnung: Der Sitzungsverlauf wurde nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Base URL of the platform; API paths are appended to it.</source>
        <translation>Basis-URL der Plattform; die API-Pfade werden daran angehängt.</translation>
    </message>
    <message>
        <source>API username.</source>
        <translation>API-Benutzername.</translation>
    </message>
    <message>
        <source>Take the connection settings from this profile; flags override it.</source>
        <translation>Verbindungseinstellungen aus diesem Profil übernehmen; angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>A host the enrolment link may point to besides the API host (repeatable; *.example.com for subdomains).</source>
        <translation>Ein Host, auf den der Identifizierungslink außer dem API-Host verweisen darf (wiederholbar; *.example.com für Subdomains).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (1 to 600, default 30).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (1 bis 600, Standard 30).</translation>
    </message>
    <message>
        <source>Read the API password from the first line of standard input. Otherwise ENROLMENT_DESK_PASSWORD is used.</source>
        <translation>API-Passwort aus der ersten Zeile der Standardeingabe lesen. Sonst wird ENROLMENT_DESK_PASSWORD verwendet.</translation>
    </message>
    <message>
        <source>%1 %2: unexpected argument “%3”.</source>
        <translation>%1 %2: unerwartetes Argument „%3“.</translation>
    </message>
    <message>
        <source>%1 %2: missing argument. See &apos;%1 %2 --help&apos;.</source>
        <translation>%1 %2: Argument fehlt. Siehe &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 %2: --timeout must be a whole number of seconds from %3 to %4, not “%5”.</source>
        <translation>%1 %2: --timeout muss eine ganze Zahl von Sekunden von %3 bis %4 sein, nicht „%5“.</translation>
    </message>
    <message>
        <source>Applicant&apos;s first (given) name.</source>
        <translation>Vorname des Antragstellers.</translation>
    </message>
    <message>
        <source>Applicant&apos;s last (family) name.</source>
        <translation>Nachname (Familienname) des Antragstellers.</translation>
    </message>
    <message>
        <source>Applicant&apos;s middle or additional names.</source>
        <translation>Weitere Namen des Antragstellers (z. B. zweiter Vorname).</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of birth.</source>
        <translation>Geburtsdatum des Antragstellers.</translation>
    </message>
    <message>
        <source>Do not compare the applicant&apos;s data with the document.</source>
        <translation>Die Angaben des Antragstellers nicht mit dem Dokument vergleichen.</translation>
    </message>
    <message>
        <source>Web enrolment theme, e.g. white.</source>
        <translation>Theme der Web-Identifizierung, z. B. white.</translation>
    </message>
    <message>
        <source>Page the applicant&apos;s phone shows after finishing.</source>
        <translation>Seite, die das Smartphone des Antragstellers nach dem Abschluss anzeigt.</translation>
    </message>
    <message>
        <source>Use this GUID instead of a fresh one.</source>
        <translation>Diese GUID statt einer neuen verwenden.</translation>
    </message>
    <message>
        <source>Language of the web flow, e.g. de-DE (adds lang= to the link).</source>
        <translation>Sprache des Web-Ablaufs, z. B. de-DE (fügt dem Link lang= hinzu).</translation>
    </message>
    <message>
        <source>Print one JSON object: sessionId, webEnrolmentUrl, expiresAt.</source>
        <translation>Ein JSON-Objekt ausgeben: sessionId, webEnrolmentUrl, expiresAt.</translation>
    </message>
    <message>
        <source>Also write the link as a QR code PNG.</source>
        <translation>Den Link zusätzlich als QR-Code im PNG-Format speichern.</translation>
    </message>
    <message>
        <source>Also draw the QR code in the terminal.</source>
        <translation>Den QR-Code zusätzlich im Terminal zeichnen.</translation>
    </message>
    <message>
        <source>Do not record the session in the local history.</source>
        <translation>Die Sitzung nicht im lokalen Verlauf speichern.</translation>
    </message>
    <message>
        <source>Creates an enrolment session and prints its link.</source>
        <translation>Erstellt eine Identifizierungssitzung und gibt ihren Link aus.</translation>
    </message>
    <message>
        <source>%1 initialize: --skip-integrity-check only applies with applicant data (--first-name, --last-name, --date-of-birth).</source>
        <translation>%1 initialize: --skip-integrity-check gilt nur zusammen mit Angaben zum Antragsteller (--first-name, --last-name, --date-of-birth).</translation>
    </message>
    <message>
        <source>%1 initialize: unknown --lang “%2”; use one of %3.</source>
        <translation>%1 initialize: unbekannte Sprache --lang „%2“; möglich sind: %3.</translation>
    </message>
    <message>
        <source>%1 initialize: --qr-terminal cannot be combined with --json (standard output then carries only the JSON object); use --qr-png FILE.</source>
        <translation>%1 initialize: --qr-terminal kann nicht mit --json kombiniert werden (die Standardausgabe enthält dann nur das JSON-Objekt); verwenden Sie --qr-png FILE.</translation>
    </message>
    <message>
        <source>The session&apos;s GUID.</source>
        <translation>Die GUID der Sitzung.</translation>
    </message>
    <message>
        <source>Print one JSON object: sessionId, status, decision.</source>
        <translation>Ein JSON-Objekt ausgeben: sessionId, status, decision.</translation>
    </message>
    <message>
        <source>Ask again until the status is final.</source>
        <translation>Erneut abfragen, bis der Status endgültig ist.</translation>
    </message>
    <message>
        <source>Seconds between status requests with --wait (default 60, as the platform asks; at least 1).</source>
        <translation>Sekunden zwischen zwei Statusabfragen mit --wait (Standard 60, wie von der Plattform gewünscht; mindestens 1).</translation>
    </message>
    <message>
        <source>Prints a session&apos;s status, and its decision once results are readable.</source>
        <translation>Gibt den Status einer Sitzung aus und ihre Entscheidung, sobald die Ergebnisse lesbar sind.</translation>
    </message>
    <message>
        <source>%1 status: “%2” is not a session ID (a GUID such as ad90c821-e5ea-4385-be5b-4fc9f9ea24ee).</source>
        <translation>%1 status: „%2“ ist keine Sitzungs-ID (eine GUID wie ad90c821-e5ea-4385-be5b-4fc9f9ea24ee).</translation>
    </message>
    <message>
        <source>%1 status: --interval must be a whole number of seconds from %2 to %3, not “%4”.</source>
        <translation>%1 status: --interval muss eine ganze Zahl von Sekunden von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>Only sessions whose external ID contains this text (ignoring case).</source>
        <translation>Nur Sitzungen, deren externe ID diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Only sessions created on or after this day (local time).</source>
        <translation>Nur Sitzungen, die an oder nach diesem Tag erstellt wurden (Ortszeit).</translation>
    </message>
    <message>
        <source>Only sessions created on or before this day (local time).</source>
        <translation>Nur Sitzungen, die an oder vor diesem Tag erstellt wurden (Ortszeit).</translation>
    </message>
    <message>
        <source>Show at most this many sessions (1 to %1, default 1000).</source>
        <translation>Höchstens so viele Sitzungen anzeigen (1 bis %1, Standard 1000).</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;sessions&quot;: [...]}.</source>
        <translation>Ein JSON-Objekt ausgeben: {&quot;sessions&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Lists the sessions this user created, newest first, from the session history (no names or links are kept).</source>
        <translation>Listet die Sitzungen, die dieser Benutzer erstellt hat, aus dem Sitzungsverlauf auf, neueste zuerst (Namen und Links werden nicht gespeichert).</translation>
    </message>
    <message>
        <source>%1 history: --%2 must be a date as YYYY-MM-DD, not “%3”.</source>
        <translation>%1 history: --%2 muss ein Datum im Format JJJJ-MM-TT sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 history: --from %2 is after --to %3.</source>
        <translation>%1 history: --from %2 liegt nach --to %3.</translation>
    </message>
    <message>
        <source>%1 history: --limit must be a whole number from 1 to %2, not “%3”.</source>
        <translation>%1 history: --limit muss eine ganze Zahl von 1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1 and a free port).</source>
        <translation>Adresse, an der Verbindungen angenommen werden (Standard: 127.0.0.1 und ein freier Port).</translation>
    </message>
    <message>
        <source>Username it accepts (default demo).</source>
        <translation>Benutzername, den die Sandbox akzeptiert (Standard: demo).</translation>
    </message>
    <message>
        <source>Password it accepts (default demo). A test credential, not a real one.</source>
        <translation>Passwort, das die Sandbox akzeptiert (Standard: demo). Ein Testzugang, kein echter.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key); clients must trust its issuer.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat anbieten (erfordert --tls-key); Clients müssen seinem Aussteller vertrauen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key, not encrypted.</source>
        <translation>Der private PEM-Schlüssel des Zertifikats, unverschlüsselt.</translation>
    </message>
    <message>
        <source>Runs the local sandbox platform until SIGINT or SIGTERM. Its base URL is the first line of standard output.</source>
        <translation>Führt die lokale Sandbox-Plattform aus, bis SIGINT oder SIGTERM eintrifft. Ihre Basis-URL ist die erste Zeile der Standardausgabe.</translation>
    </message>
    <message>
        <source>%1 sandbox: --listen must be HOST:PORT, e.g. 127.0.0.1:8123 or [::1]:8123, not “%2”.</source>
        <translation>%1 sandbox: --listen muss HOST:PORT sein, z. B. 127.0.0.1:8123 oder [::1]:8123, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 sandbox: --username must be non-empty and cannot contain &apos;:&apos;.</source>
        <translation>%1 sandbox: --username darf nicht leer sein und kein &apos;:&apos; enthalten.</translation>
    </message>
    <message>
        <source>%1 sandbox: --tls-cert and --tls-key go together (the certificate and its private key).</source>
        <translation>%1 sandbox: --tls-cert und --tls-key gehören zusammen (das Zertifikat und sein privater Schlüssel).</translation>
    </message>
    <message>
        <source>Let the sandbox finish the session by itself after a few seconds.</source>
        <translation>Die Sandbox die Sitzung nach einigen Sekunden selbst abschließen lassen.</translation>
    </message>
    <message>
        <source>Starts the built-in sandbox, creates a session, prints its link and QR code, and follows it until the sandbox decides. Nothing is verified.</source>
        <translation>Startet die eingebaute Sandbox, erstellt eine Sitzung, gibt ihren Link und QR-Code aus und verfolgt sie, bis die Sandbox entscheidet. Es wird nichts geprüft.</translation>
    </message>
    <message>
        <source>Read the new PIN (%1 to %2 digits) from the first line of standard input and store its salted hash.</source>
        <translation>Die neue PIN (%1 bis %2 Ziffern) aus der ersten Zeile der Standardeingabe lesen und ihren gesalzenen Hash speichern.</translation>
    </message>
    <message>
        <source>Write the hash into this settings file (e.g. /etc/xdg/EnrolmentDesk/enrolment-desk.conf) instead of yours.</source>
        <translation>Den Hash in diese Einstellungsdatei schreiben (z. B. /etc/xdg/EnrolmentDesk/enrolment-desk.conf) statt in Ihre eigene.</translation>
    </message>
    <message>
        <source>Print the settings line pinHash=... instead of writing it.</source>
        <translation>Die Einstellungszeile pinHash=... ausgeben, statt sie zu schreiben.</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: unknown option or argument (not repeated here); the PIN is read from standard input, never from the command line. See &apos;%1 kiosk-pin --help&apos;.</source>
        <translation>%1 kiosk-pin: unbekannte Option oder unbekanntes Argument (hier nicht wiederholt); die PIN wird von der Standardeingabe gelesen, nie von der Befehlszeile. Siehe &apos;%1 kiosk-pin --help&apos;.</translation>
    </message>
    <message>
        <source>Stores the PIN that leaves the kiosk, as a salted PBKDF2 hash; the PIN itself is never stored.</source>
        <translation>Speichert die PIN zum Verlassen des Kiosks als gesalzenen PBKDF2-Hash; die PIN selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: say --set (the PIN is read from standard input).</source>
        <translation>%1 kiosk-pin: Geben Sie --set an (die PIN wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: --system-file needs a file path.</source>
        <translation>%1 kiosk-pin: --system-file benötigt einen Dateipfad.</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: --print and --system-file cannot be combined.</source>
        <translation>%1 kiosk-pin: --print und --system-file können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>%1 %2: the password is never accepted as a flag (it would be visible to other users); use --password-stdin or ENROLMENT_DESK_PASSWORD.</source>
        <translation>%1 %2: Das Passwort wird nie als Option angenommen (es wäre für andere Benutzer sichtbar); verwenden Sie --password-stdin oder ENROLMENT_DESK_PASSWORD.</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”. See &apos;%1 --help&apos;.</source>
        <translation>%1: unbekannte Option „%2“. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Your case or customer number (up to %1 characters).</source>
        <translation>Ihre Vorgangs- oder Kundennummer (bis zu %1 Zeichen).</translation>
    </message>
    <message>
        <source>Enrolment Desk %1: staff-assisted identity onboarding.

Usage:
  %2                        open the staff window
  %2 --demo                 open the staff window against the built-in sandbox
  %2 --kiosk [--demo]       open the self-service kiosk (full screen)
  %2 initialize [options]   create a session and print its link
  %2 status SESSION_ID      print the session&apos;s status (and decision when final)
  %2 history [options]      list the sessions created here, newest first
  %2 sandbox [options]      run the local sandbox until interrupted
  %2 demo                   walk through a session in the terminal, against the sandbox
  %2 kiosk-pin --set        store the kiosk&apos;s admin PIN, read from standard input
  %2 check [--profile NAME] check the settings, profile, keychain and platform

Run &apos;%2 COMMAND --help&apos; for the options of a command.

Exit codes: 0 success; 2 invalid usage or input (nothing was sent), or a local file that
cannot be used; 3 credentials refused; 4 other HTTP error; 5 network, TLS failure or timeout;
6 reply rejected.
</source>
        <translation>Enrolment Desk %1: von Mitarbeitenden begleitete Identitätsprüfung für Neukunden.

Aufruf:
  %2                        Mitarbeiterfenster öffnen
  %2 --demo                 Mitarbeiterfenster mit der eingebauten Sandbox öffnen
  %2 --kiosk [--demo]       Selbstbedienungs-Kiosk öffnen (Vollbild)
  %2 initialize [Optionen]  Sitzung erstellen und ihren Link ausgeben
  %2 status SESSION_ID      Status der Sitzung ausgeben (mit Entscheidung, wenn endgültig)
  %2 history [Optionen]     hier erstellte Sitzungen auflisten, neueste zuerst
  %2 sandbox [Optionen]     lokale Sandbox ausführen, bis sie unterbrochen wird
  %2 demo                   eine Sitzung im Terminal durchspielen, mit der Sandbox
  %2 kiosk-pin --set        Admin-PIN des Kiosks speichern, von der Standardeingabe gelesen
  %2 check [--profile NAME] Einstellungen, Profil, Schlüsselbund und Plattform prüfen

&apos;%2 BEFEHL --help&apos; zeigt die Optionen eines Befehls.

Exit-Codes: 0 Erfolg; 2 ungültiger Aufruf oder ungültige Eingabe (nichts gesendet) oder
eine lokale Datei, die nicht verwendet werden kann; 3 Zugangsdaten abgelehnt; 4 anderer
HTTP-Fehler; 5 Netzwerk- oder TLS-Fehler oder Zeitüberschreitung; 6 Antwort zurückgewiesen.
</translation>
    </message>
    <message>
        <source>%1: unknown command “%2”. Commands: initialize, status, history, sandbox, demo, kiosk-pin, check. See &apos;%1 --help&apos;.</source>
        <translation>%1: unbekannter Befehl „%2“. Befehle: initialize, status, history, sandbox, demo, kiosk-pin, check. Siehe &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Cli::ConnectionResolver</name>
    <message>
        <source>--password-stdin was given but standard input had no password on its first line.</source>
        <translation>--password-stdin wurde angegeben, aber die erste Zeile der Standardeingabe enthielt kein Passwort.</translation>
    </message>
    <message>
        <source>No API password: pass --password-stdin and write it to standard input, or set %1.</source>
        <translation>Kein API-Passwort: Geben Sie --password-stdin an und schreiben Sie das Passwort in die Standardeingabe, oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”, and no profiles are set up.</source>
        <translation>Es gibt kein Profil namens „%1“, und es sind keine Profile eingerichtet.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; known profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“; vorhandene Profile: %2.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No API address: pass --api-url URL or --profile NAME.</source>
        <translation>Keine API-Adresse: Geben Sie --api-url URL oder --profile NAME an.</translation>
    </message>
    <message>
        <source>The API address “%1” is not an http(s) URL such as https://platform.example.com.</source>
        <translation>Die API-Adresse „%1“ ist keine http(s)-URL wie https://platform.example.com.</translation>
    </message>
    <message>
        <source>No API username: pass --username NAME or use a profile that has one.</source>
        <translation>Kein API-Benutzername: Geben Sie --username NAME an oder verwenden Sie ein Profil, das einen enthält.</translation>
    </message>
    <message>
        <source>--password-stdin: the password is longer than %1 bytes; it is refused rather than cut.</source>
        <translation>--password-stdin: Das Passwort ist länger als %1 Bytes; es wird abgelehnt statt gekürzt.</translation>
    </message>
    <message>
        <source>--password-stdin: the password contains a NUL byte, which cannot be sent.</source>
        <translation>--password-stdin: Das Passwort enthält ein NUL-Byte, das nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>--password-stdin: the password is not valid UTF-8; it is refused rather than changed.</source>
        <translation>--password-stdin: Das Passwort ist kein gültiges UTF-8; es wird abgelehnt statt verändert.</translation>
    </message>
</context>
<context>
    <name>Cli::DemoCommand</name>
    <message>
        <source>DEMO - no real verification. A sandbox runs at %1.</source>
        <translation>DEMO - keine echte Verifizierung. Eine Sandbox läuft unter %1.</translation>
    </message>
    <message>
        <source>Open the link in a browser on this computer (the sandbox only listens here) and choose an outcome. Waiting; Ctrl+C stops.</source>
        <translation>Öffnen Sie den Link in einem Browser auf diesem Computer (die Sandbox ist nur hier erreichbar) und wählen Sie ein Ergebnis. Es wird gewartet; Ctrl+C beendet.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Cli::HistoryCommand</name>
    <message>
        <source>No sessions in the history.
</source>
        <translation>Keine Sitzungen im Verlauf.
</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>, data deleted %1</source>
        <translation>, Daten gelöscht am %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n session(s); --limit shows more.</source>
        <translation>
            <numerusform>Die neueste %n Sitzung wird angezeigt; --limit zeigt mehr.</numerusform>
            <numerusform>Die neuesten %n Sitzungen werden angezeigt; --limit zeigt mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::InitializeCommand</name>
    <message>
        <source>--qr-png: the folder “%1” does not exist.</source>
        <translation>--qr-png: Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>--qr-png: “%1” cannot be written.</source>
        <translation>--qr-png: „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>--qr-png: “%1” is a folder, not a file name.</source>
        <translation>--qr-png: „%1“ ist ein Ordner, kein Dateiname.</translation>
    </message>
    <message>
        <source>the session was created, but the QR code could not be saved: %1</source>
        <translation>die Sitzung wurde erstellt, aber der QR-Code konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Interrupted before the platform answered.</source>
        <translation>Unterbrochen, bevor die Plattform geantwortet hat.</translation>
    </message>
    <message>
        <source>The platform&apos;s link has already expired (at %1).</source>
        <translation>Der Link der Plattform ist bereits abgelaufen (um %1).</translation>
    </message>
</context>
<context>
    <name>Cli::KioskPinCommand</name>
    <message>
        <source>no PIN: write it on the first line of standard input.</source>
        <translation>keine PIN: Schreiben Sie sie in die erste Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>Kiosk PIN stored in %1. List pinHash in kiosk/locked there so that users&apos; own settings cannot replace it.</source>
        <translation>Kiosk-PIN in %1 gespeichert. Tragen Sie dort pinHash in kiosk/locked ein, damit die eigenen Einstellungen der Benutzer sie nicht ersetzen können.</translation>
    </message>
    <message>
        <source>Kiosk PIN stored in %1.</source>
        <translation>Kiosk-PIN in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Cli::Output</name>
    <message>
        <source>unknown (the platform sent no token expiry)</source>
        <translation>unbekannt (die Plattform hat keinen Ablaufzeitpunkt des Tokens gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (in %n Minute)</numerusform>
            <numerusform>%1 (in %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1
Link:    %2
Expires: %3
</source>
        <translation>Sitzung:  %1
Link:     %2
Läuft ab: %3
</translation>
    </message>
    <message>
        <source>Session:  %1
Status:   %2 (%3)
</source>
        <translation>Sitzung:      %1
Status:       %2 (%3)
</translation>
    </message>
    <message>
        <source>Decision: %1 (%2), score %3
</source>
        <translation>Entscheidung: %1 (%2), Punktzahl %3
</translation>
    </message>
</context>
<context>
    <name>Cli::SandboxCommand</name>
    <message>
        <source>The TLS certificate “%1” holds no PEM certificate.</source>
        <translation>Das TLS-Zertifikat „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The TLS key “%1” holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>Der TLS-Schlüssel „%1“ enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
    <message>
        <source>Sandbox ready: username “%1”. Nothing here is a real verification. Stop it with Ctrl+C.</source>
        <translation>Sandbox bereit: Benutzername „%1“. Hier findet keine echte Verifizierung statt. Beenden mit Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>The TLS certificate “%1” cannot be read: %2.</source>
        <translation>Das TLS-Zertifikat „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The TLS key “%1” cannot be read: %2.</source>
        <translation>Der TLS-Schlüssel „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Cli::StatusCommand</name>
    <message>
        <source>warning: %1 Asking again later.</source>
        <translation>Warnung: %1 Erneute Abfrage später.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; asking again every %n second(s).</source>
        <translation>
            <numerusform>%1: %2; erneute Abfrage im Abstand von %n Sekunde.</numerusform>
            <numerusform>%1: %2; erneute Abfrage im Abstand von %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Config::KeychainCredentialStore</name>
    <message>
        <source>so the stored password cannot be read</source>
        <translation>daher kann das gespeicherte Passwort nicht gelesen werden</translation>
    </message>
    <message>
        <source>so the password cannot be saved</source>
        <translation>daher kann das Passwort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>so the stored password cannot be removed</source>
        <translation>daher kann das gespeicherte Passwort nicht entfernt werden</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, %1. Ask your IT support to set one up (for example GNOME Keyring or KWallet on Linux).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, %1. Bitten Sie Ihren IT-Support, einen einzurichten (zum Beispiel GNOME Keyring oder KWallet unter Linux).</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, %1. Allow Enrolment Desk to use the keychain when it asks, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde abgelehnt, %1. Erlauben Sie Enrolment Desk die Nutzung des Schlüsselbunds, wenn danach gefragt wird, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain denied access, %1. It may be locked: unlock it (often by logging in again), then try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert, %1. Möglicherweise ist er gesperrt: Entsperren Sie ihn (oft durch erneutes Anmelden) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the stored password.</source>
        <translation>Der Schlüsselbund des Systems konnte das gespeicherte Passwort nicht entfernen.</translation>
    </message>
    <message>
        <source>The system keychain is locked, %1. Unlock it when it asks (often with your login password), then try again; if you cancelled the unlock, try again and unlock it.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, %1. Entsperren Sie ihn, wenn er danach fragt (oft mit Ihrem Anmeldepasswort), und versuchen Sie es dann erneut; wenn Sie das Entsperren abgebrochen haben, versuchen Sie es erneut und entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>The system keychain service is not running, %1. Log in to the desktop again, or ask your IT support to start it (for example GNOME Keyring or KWallet).</source>
        <translation>Der Dienst des Schlüsselbunds läuft nicht, %1. Melden Sie sich erneut am Desktop an, oder bitten Sie Ihren IT-Support, ihn zu starten (zum Beispiel GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The keychain library libsecret is not installed, %1. Ask your IT support to install it (on Debian and Ubuntu: the package libsecret-1-0).</source>
        <translation>Die Schlüsselbund-Bibliothek libsecret ist nicht installiert, %1. Bitten Sie Ihren IT-Support, sie zu installieren (unter Debian und Ubuntu: das Paket libsecret-1-0).</translation>
    </message>
    <message>
        <source>The system keychain could not be used, %1. Check that a keychain such as GNOME Keyring or KWallet is running, or ask your IT support.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden, %1. Prüfen Sie, ob ein Schlüsselbund wie GNOME Keyring oder KWallet läuft, oder wenden Sie sich an Ihren IT-Support.</translation>
    </message>
</context>
<context>
    <name>Config::ProfileCheck</name>
    <message>
        <source>The base URL is required, for example https://platform.example.com.</source>
        <translation>Die Basis-URL ist erforderlich, zum Beispiel https://platform.example.com.</translation>
    </message>
    <message>
        <source>The base URL is not a valid address such as https://platform.example.com.</source>
        <translation>Die Basis-URL ist keine gültige Adresse wie https://platform.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://: over plain http the password would travel unencrypted. Plain http is only for the local sandbox (localhost or 127.0.0.1).</source>
        <translation>Die Basis-URL muss mit https:// beginnen: Über reines http würde das Passwort unverschlüsselt übertragen. Reines http ist nur für die lokale Sandbox (localhost oder 127.0.0.1) gedacht.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; use the Username and Password fields.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie die Felder „Benutzername“ und „Passwort“.</translation>
    </message>
    <message>
        <source>The base URL must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Die Basis-URL darf weder &apos;?&apos; noch &apos;#&apos; enthalten.</translation>
    </message>
    <message>
        <source>Allowed link hosts: “%1” is not a host name such as links.example.com, or *.example.com for its subdomains.</source>
        <translation>Erlaubte Link-Hosts: „%1“ ist kein Hostname wie links.example.com oder *.example.com für dessen Subdomains.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” cannot be read or holds no PEM certificate.</source>
        <translation>Das CA-Bundle „%1“ kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The username is required: the platform asks for it with the password.</source>
        <translation>Der Benutzername ist erforderlich: Die Plattform fragt ihn zusammen mit dem Passwort ab.</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 seconds.</source>
        <translation>Das Abfrageintervall muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The timeout must be from %1 to %2 seconds.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>Config::ProfileDrafts</name>
    <message>
        <source>Another profile is already named “%1”.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>Config::ProfileStore</name>
    <message>
        <source>Profile “%1”: %2 is not text; it was ignored.</source>
        <translation>Profil „%1“: %2 ist kein Text; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2 must be a whole number from %3 to %4; using %5.</source>
        <translation>Profil „%1“: %2 muss eine ganze Zahl von %3 bis %4 sein; %5 wird verwendet.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2 “%3” is not a valid URL.</source>
        <translation>Profil „%1“: %2 „%3“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2 holds values that are not theme names; they were ignored.</source>
        <translation>Profil „%1“: %2 enthält Werte, die keine Theme-Namen sind; sie wurden ignoriert.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>Ein Profilname darf höchstens 64 Zeichen haben.</translation>
    </message>
    <message>
        <source>A profile name can contain letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, not “%1”.</source>
        <translation>Ein Profilname darf Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten, aber nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Config::UiLanguage</name>
    <message>
        <source>The language setting “%1” is not one of %2; the system&apos;s language is used.</source>
        <translation>Die Spracheinstellung „%1“ ist keine von %2; die Sprache des Systems wird verwendet.</translation>
    </message>
</context>
<context>
    <name>Desk::ProfileConnection</name>
    <message>
        <source>The profile&apos;s CA bundle “%1” could not be read or holds no PEM certificate.</source>
        <translation>Das CA-Bundle „%1“ des Profils konnte nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>No password is stored for the profile “%1”. Enter it in Settings &gt; Profiles.</source>
        <translation>Für das Profil „%1“ ist kein Passwort gespeichert. Geben Sie es unter Einstellungen &gt; Profile ein.</translation>
    </message>
    <message>
        <source>%1 For this run only, you can start the desk with %2 set.</source>
        <translation>%1 Nur für diese Ausführung können Sie Enrolment Desk mit gesetzter Variable %2 starten.</translation>
    </message>
</context>
<context>
    <name>Desk::SessionLookup</name>
    <message>
        <source>The history does not say which profile created this session, so the desk does not know where to ask.</source>
        <translation>Der Verlauf enthält nicht, welches Profil diese Sitzung erstellt hat, daher weiß Enrolment Desk nicht, wo es nachfragen soll.</translation>
    </message>
    <message>
        <source>The profile “%1” that created this session no longer exists. Create a profile of that name for the same platform (Settings &gt; Profiles) to reach the session again.</source>
        <translation>Das Profil „%1“, mit dem diese Sitzung erstellt wurde, existiert nicht mehr. Legen Sie ein Profil mit diesem Namen für dieselbe Plattform an (Einstellungen &gt; Profile), um die Sitzung wieder zu erreichen.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>Kein temporärer Ordner für die Demo: %1</translation>
    </message>
    <message>
        <source>Enrolment Desk</source>
        <translation>Enrolment Desk</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No loopback port for the demo sandbox: %1</source>
        <translation>Kein Loopback-Port für die Demo-Sandbox: %1</translation>
    </message>
</context>
<context>
    <name>Domain::Decision</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Suspicious: extra checks recommended</source>
        <translation>Verdächtig: zusätzliche Prüfungen empfohlen</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not part of this evaluation</source>
        <translation>Nicht Teil dieser Bewertung</translation>
    </message>
    <message>
        <source>Unknown (no value)</source>
        <translation>Unbekannt (kein Wert)</translation>
    </message>
    <message>
        <source>Document not expired</source>
        <translation>Dokument nicht abgelaufen</translation>
    </message>
    <message>
        <source>Document liveness</source>
        <translation>Dokument physisch vorhanden</translation>
    </message>
    <message>
        <source>Face match</source>
        <translation>Gesichtsabgleich</translation>
    </message>
    <message>
        <source>MRZ and printed text agree</source>
        <translation>MRZ und Aufdruck stimmen überein</translation>
    </message>
    <message>
        <source>Text recognition confidence</source>
        <translation>Zuverlässigkeit der Texterkennung</translation>
    </message>
    <message>
        <source>Face liveness</source>
        <translation>Lebenderkennung Gesicht</translation>
    </message>
    <message>
        <source>MRZ valid</source>
        <translation>MRZ gültig</translation>
    </message>
    <message>
        <source>Applicant integrity</source>
        <translation>Integrität der Antragstellerdaten</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation>Altersprüfung</translation>
    </message>
    <message>
        <source>Barcode cross-check</source>
        <translation>Barcode-Abgleich</translation>
    </message>
    <message>
        <source>(unnamed check)</source>
        <translation>(Prüfung ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Domain::SessionStatus</name>
    <message>
        <source>Waiting for the applicant</source>
        <translation>Wartet auf den Antragsteller</translation>
    </message>
    <message>
        <source>Waiting for manual review</source>
        <translation>Wartet auf manuelle Prüfung</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Automatisch freigegeben</translation>
    </message>
    <message>
        <source>Approved by a reviewer</source>
        <translation>Von einem Prüfer freigegeben</translation>
    </message>
    <message>
        <source>Rejected automatically</source>
        <translation>Automatisch abgelehnt</translation>
    </message>
    <message>
        <source>Rejected by a reviewer</source>
        <translation>Von einem Prüfer abgelehnt</translation>
    </message>
    <message>
        <source>Expired: the applicant did not finish in time</source>
        <translation>Abgelaufen: Der Antragsteller hat nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>Unbekannter Status: %1</translation>
    </message>
</context>
<context>
    <name>Domain::Validation</name>
    <message>
        <source>%1 must be a GUID such as ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</source>
        <translation>%1 muss eine GUID sein, z. B. ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Web theme</source>
        <translation>Web-Theme</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Rücksprung-URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 contains the digit %2; names cannot contain digits.</source>
        <translation>%1 enthält die Ziffer %2; Namen dürfen keine Ziffern enthalten.</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not allowed in a name.</source>
        <translation>%1 enthält %2; das ist in einem Namen nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>%1 muss mindestens einen Buchstaben enthalten.</translation>
    </message>
    <message>
        <source>%1 must be written YYYY-MM-DD, for example 1990-04-23.</source>
        <translation>%1 muss im Format JJJJ-MM-TT angegeben werden, zum Beispiel 1990-04-23.</translation>
    </message>
    <message>
        <source>%1 %2 is not a real calendar date.</source>
        <translation>%1 %2 ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <source>%1 cannot be before 1900-01-01.</source>
        <translation>%1 darf nicht vor dem 1900-01-01 liegen.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2.</source>
        <translation>%1 enthält das Steuerzeichen %2.</translation>
    </message>
    <message>
        <source>%1 contains %2; use only letters A-Z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>%1 enthält %2; verwenden Sie nur die Buchstaben A-Z, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 is required: the page the applicant&apos;s phone shows after finishing.</source>
        <translation>%1 ist erforderlich: die Seite, die das Smartphone des Antragstellers nach dem Abschluss anzeigt.</translation>
    </message>
    <message>
        <source>%1 is not a valid absolute URL.</source>
        <translation>%1 ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 contains the invisible or reordering character %2, which would change how it is displayed.</source>
        <translation>%1 enthält das unsichtbare oder die Reihenfolge ändernde Zeichen %2, das die Anzeige verfälschen würde.</translation>
    </message>
    <message>
        <source>%1 contains a user name before “@”, which would send the applicant to %2.</source>
        <translation>%1 enthält einen Benutzernamen vor „@“, der die antragstellende Person zu %2 schicken würde.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>enrolment-desk: the window program %1 is not installed next to %2.</source>
        <translation>enrolment-desk: Das Fensterprogramm %1 ist nicht im selben Ordner wie %2 installiert.</translation>
    </message>
</context>
<context>
    <name>History::CreationOutcome</name>
    <message>
        <source>The session %1 may exist on the platform.</source>
        <translation>Die Sitzung %1 existiert möglicherweise auf der Plattform.</translation>
    </message>
    <message>
        <source>The session %1 may exist on the platform: the history lists it as “%2”, where its status can be checked and its data deleted.</source>
        <translation>Die Sitzung %1 existiert möglicherweise auf der Plattform: Der Verlauf führt sie als „%2“; dort können Sie ihren Status prüfen und ihre Daten löschen.</translation>
    </message>
</context>
<context>
    <name>History::SessionLog</name>
    <message>
        <source>A session needs an id and a creation time to be recorded.</source>
        <translation>Eine Sitzung braucht eine ID und einen Erstellungszeitpunkt, um gespeichert zu werden.</translation>
    </message>
    <message>
        <source>The session history “%1” is locked by another program. Try again in a moment.</source>
        <translation>Der Sitzungsverlauf „%1“ ist durch ein anderes Programm gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The session history “%1” is damaged: it is not a readable database. Move the file aside; a new, empty history is then started.</source>
        <translation>Der Sitzungsverlauf „%1“ ist beschädigt: Es ist keine lesbare Datenbank. Verschieben Sie die Datei an einen anderen Ort; danach wird ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>The disk holding the session history “%1” is full.</source>
        <translation>Der Datenträger mit dem Sitzungsverlauf „%1“ ist voll.</translation>
    </message>
    <message>
        <source>The session history “%1” is read-only, so it cannot be updated.</source>
        <translation>Der Sitzungsverlauf „%1“ ist schreibgeschützt und kann daher nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The session history “%1” cannot be opened: check that the file and its folder can be read and written.</source>
        <translation>Der Sitzungsverlauf „%1“ kann nicht geöffnet werden: Prüfen Sie, ob die Datei und ihr Ordner gelesen und geschrieben werden können.</translation>
    </message>
    <message>
        <source>The session history “%1” could not be read or written (input/output error).</source>
        <translation>Der Sitzungsverlauf „%1“ konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler).</translation>
    </message>
    <message>
        <source>There was not enough memory to use the session history “%1”.</source>
        <translation>Es war nicht genug Arbeitsspeicher vorhanden, um den Sitzungsverlauf „%1“ zu verwenden.</translation>
    </message>
    <message>
        <source>The session history “%1” could not be used (SQLite error %2).</source>
        <translation>Der Sitzungsverlauf „%1“ konnte nicht verwendet werden (SQLite-Fehler %2).</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a session history; it was left untouched.</source>
        <translation>Die Datei „%1“ ist eine Datenbank eines anderen Programms, kein Sitzungsverlauf; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The session history “%1” was written by a newer Enrolment Desk (format %2; this version knows format %3). Update Enrolment Desk to use it.</source>
        <translation>Der Sitzungsverlauf „%1“ wurde von einer neueren Version von Enrolment Desk geschrieben (Format %2; diese Version kennt Format %3). Aktualisieren Sie Enrolment Desk, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The folder “%1” for the session history cannot be created.</source>
        <translation>Der Ordner „%1“ für den Sitzungsverlauf kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The session history cannot be kept: Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der Sitzungsverlauf kann nicht geführt werden: Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The session history %1 cannot be made private to its owner.</source>
        <translation>Der Sitzungsverlauf %1 kann nicht auf seinen Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>no reply recorded</source>
        <translation>keine Antwort verzeichnet</translation>
    </message>
    <message>
        <source>reply lost</source>
        <translation>Antwort verloren</translation>
    </message>
    <message>
        <source>reply rejected</source>
        <translation>Antwort abgelehnt</translation>
    </message>
    <message>
        <source>refused by the platform</source>
        <translation>von der Plattform abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Kiosk::KioskSettings</name>
    <message>
        <source>no PIN (the kiosk cannot be left until &apos;enrolment-desk kiosk-pin --set&apos; stores one)</source>
        <translation>keine PIN (der Kiosk kann erst verlassen werden, wenn &apos;enrolment-desk kiosk-pin --set&apos; eine gespeichert hat)</translation>
    </message>
    <message>
        <source>the system&apos;s PIN</source>
        <translation>die PIN des Systems</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A kiosk setting&apos;s value in a message when the setting is empty.</extracomment>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>is not a single text</source>
        <translation>ist kein einzelner Text</translation>
    </message>
    <message>
        <source>is %1, not true or false</source>
        <translation>ist %1, nicht true oder false</translation>
    </message>
    <message>
        <source>is %1, not a whole number of seconds</source>
        <translation>ist %1, keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>is %1, less than %2 seconds</source>
        <translation>ist %1, weniger als %2 Sekunden</translation>
    </message>
    <message>
        <source>is %1, more than %2 seconds</source>
        <translation>ist %1, mehr als %2 Sekunden</translation>
    </message>
    <message>
        <source>is %1, not a colour written as #rrggbb</source>
        <translation>ist %1, keine Farbe im Format #rrggbb</translation>
    </message>
    <message>
        <source>is not a PIN hash written by &apos;enrolment-desk kiosk-pin&apos;</source>
        <translation>ist kein PIN-Hash von &apos;enrolment-desk kiosk-pin&apos;</translation>
    </message>
    <message>
        <source>your settings (%1)</source>
        <translation>Ihren Einstellungen (%1)</translation>
    </message>
    <message>
        <source>the system settings (%1)</source>
        <translation>den Systemeinstellungen (%1)</translation>
    </message>
    <message>
        <source>%1 in %2 %3</source>
        <translation>%1 in %2 %3</translation>
    </message>
    <message>
        <source>%1; using %2.</source>
        <translation>%1; verwendet wird: %2.</translation>
    </message>
    <message>
        <source>%1 in %2 names %3, which is not a kiosk setting; it is ignored.</source>
        <translation>%1 in %2 nennt %3; das ist keine Kiosk-Einstellung und wird ignoriert.</translation>
    </message>
    <message>
        <source>The kiosk PIN is locked by the system administrator (%1 lists pinHash in %2); it cannot be changed in your settings.</source>
        <translation>Die Kiosk-PIN ist vom Systemadministrator festgelegt (%1 in %2 enthält pinHash); sie kann in Ihren Einstellungen nicht geändert werden.</translation>
    </message>
    <message>
        <source>That is not a PIN hash written by &apos;enrolment-desk kiosk-pin&apos;.</source>
        <translation>Das ist kein PIN-Hash von &apos;enrolment-desk kiosk-pin&apos;.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Pin</name>
    <message>
        <source>The PIN may contain only the digits 0 to 9.</source>
        <translation>Die PIN darf nur die Ziffern 0 bis 9 enthalten.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>Die PIN muss %1 bis %2 Ziffern haben.</translation>
    </message>
</context>
<context>
    <name>Qr::QrExport</name>
    <message>
        <source>a module size of %1 pixels is not possible.</source>
        <translation>eine Modulgröße von %1 Pixeln ist nicht möglich.</translation>
    </message>
    <message>
        <source>there is not enough memory.</source>
        <translation>es ist nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <source>the PNG encoder failed (%1).</source>
        <translation>der PNG-Encoder ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Could not make a PNG image of the QR code: %1</source>
        <translation>Aus dem QR-Code konnte kein PNG-Bild erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the QR code as “%1”: %2</source>
        <translation>Der QR-Code konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Qr::QrMatrix</name>
    <message>
        <source>The text is too long for a QR code: %1 bytes as UTF-8, while a QR code at error correction level M holds at most 2331 bytes (more only for texts of digits or capital letters alone).</source>
        <translation>Der Text ist zu lang für einen QR-Code: %1 Bytes als UTF-8, während ein QR-Code mit Fehlerkorrekturstufe M höchstens 2331 Bytes fasst (mehr nur bei Texten, die ausschließlich aus Ziffern oder Großbuchstaben bestehen).</translation>
    </message>
    <message>
        <source>The QR code could not be created: %1</source>
        <translation>Der QR-Code konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Ui::ApplicantForm</name>
    <message>
        <source>As on the identity document; with last name and date of birth</source>
        <translation>Wie im Ausweisdokument; zusammen mit Nachname und Geburtsdatum</translation>
    </message>
    <message>
        <source>As on the identity document; with first name and date of birth</source>
        <translation>Wie im Ausweisdokument; zusammen mit Vorname und Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Middle or other names, if any</source>
        <translation>Zweiter Vorname oder weitere Namen, falls vorhanden</translation>
    </message>
    <message>
        <source>A&amp;dditional names:</source>
        <translation>&amp;Weitere Namen:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>Your case or customer number</source>
        <translation>Ihre Vorgangs- oder Kundennummer</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Web theme</source>
        <translation>Web-Theme</translation>
    </message>
    <message>
        <source>Colour and logo theme of the applicant&apos;s web pages</source>
        <translation>Farb- und Logo-Theme der Webseiten für den Antragsteller</translation>
    </message>
    <message>
        <source>Applicant&apos;s language</source>
        <translation>Sprache des Antragstellers</translation>
    </message>
    <message>
        <source>Language of the applicant&apos;s web pages</source>
        <translation>Sprache der Webseiten für den Antragsteller</translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation>Standard der Plattform</translation>
    </message>
    <message>
        <source>Applicant&apos;s lan&amp;guage:</source>
        <translation>Sp&amp;rache des Antragstellers:</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s details first: the check compares them with the document.</source>
        <translation>Geben Sie zuerst die Angaben des Antragstellers ein: Die Prüfung vergleicht sie mit dem Dokument.</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Web th&amp;eme:</source>
        <translation>Web-&amp;Theme:</translation>
    </message>
    <message>
        <source>Year, month and day, for example 1990-04-23. %1 opens a calendar.</source>
        <translation>Jahr, Monat und Tag, zum Beispiel 1990-04-23. %1 öffnet einen Kalender.</translation>
    </message>
    <message>
        <source>Choose the date of birth from a calendar (%1)</source>
        <translation>Geburtsdatum in einem Kalender wählen (%1)</translation>
    </message>
    <message>
        <source>S&amp;kip the integrity check</source>
        <translation>Integritätsprüfung &amp;überspringen</translation>
    </message>
    <message>
        <source>The platform then does not compare these details with the document.</source>
        <translation>Die Plattform vergleicht diese Angaben dann nicht mit dem Ausweisdokument.</translation>
    </message>
    <message>
        <source>%1 Only available when applicant details are entered.</source>
        <translation>%1 Nur verfügbar, wenn Angaben zur antragstellenden Person eingegeben sind.</translation>
    </message>
</context>
<context>
    <name>Ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>What the applicant is asked to do</source>
        <translation>Worum der Antragsteller gebeten wird</translation>
    </message>
    <message>
        <source>Time left until the link expires</source>
        <translation>Verbleibende Zeit bis zum Ablauf des Links</translation>
    </message>
    <message>
        <source>Progress of the session</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Message to the applicant</source>
        <translation>Nachricht an den Antragsteller</translation>
    </message>
</context>
<context>
    <name>Ui::DecisionView</name>
    <message>
        <source>Trust factors</source>
        <translation>Vertrauensfaktoren</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column headers of the trust factors; &quot;Check&quot; is a noun (the check that was made).</extracomment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>⌛ Expired</source>
        <translation>⌛ Abgelaufen</translation>
    </message>
    <message>
        <source>? No result</source>
        <translation>? Kein Ergebnis</translation>
    </message>
    <message>
        <source>%1 (interim)</source>
        <translation>%1 (vorläufig)</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Punktzahl %1 von 100</translation>
    </message>
    <message>
        <source>No overall score</source>
        <translation>Kein Gesamtscore</translation>
    </message>
    <message>
        <source>A reviewer at the platform has not decided yet: these are interim results.</source>
        <translation>Ein Prüfer der Plattform hat noch nicht entschieden: Dies sind vorläufige Ergebnisse.</translation>
    </message>
    <message>
        <source>Extra checks are recommended before you continue: compare the document with the applicant in person.</source>
        <translation>Vor dem Fortfahren werden zusätzliche Prüfungen empfohlen: Vergleichen Sie das Dokument persönlich mit dem Antragsteller.</translation>
    </message>
    <message>
        <source>Do not continue with this identity. Follow your branch&apos;s procedure.</source>
        <translation>Fahren Sie mit dieser Identität nicht fort. Folgen Sie dem Verfahren Ihrer Filiale.</translation>
    </message>
    <message>
        <source>? Unknown level “%1”</source>
        <translation>? Unbekannte Stufe „%1“</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: %2, score %3</source>
        <translation>%1: %2, Punktzahl %3</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryFilterBar</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Created from (YYYY-MM-DD)</source>
        <translation>Erstellt ab (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Created until (YYYY-MM-DD)</source>
        <translation>Erstellt bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Case number contains</source>
        <translation>Vorgangsnummer enthält</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Placeholder of the external ID filter when it is empty: sessions of any external ID.</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Ca&amp;se (externalId):</source>
        <translation>&amp;Vorgang (externalId):</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Erstellt &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-11-26.</source>
        <translation>Geben Sie Datumsangaben als JJJJ-MM-TT ein, z. B. 2026-11-26.</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryTableModel</name>
    <message>
        <source>%1 (link expired)</source>
        <translation>%1 (Link abgelaufen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Zuletzt abgerufen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Read by a screen reader for an empty cell of the history table.</extracomment>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Case (externalId)</source>
        <translation>Vorgang (externalId)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Link läuft ab</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Daten gelöscht</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryView</name>
    <message>
        <source>Delete session data</source>
        <translation>Sitzungsdaten löschen</translation>
    </message>
    <message>
        <source>&amp;Delete data</source>
        <translation>&amp;Daten löschen</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Gespeicherte Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>Status &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the platform for the selected session&apos;s status and decision (Enter in the table)</source>
        <translation>Status und Entscheidung der ausgewählten Sitzung bei der Plattform abfragen (Enter in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Delete data on platform…</source>
        <translation>Daten auf der Plattform &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete everything the platform keeps about the selected session</source>
        <translation>Alles löschen, was die Plattform über die ausgewählte Sitzung gespeichert hat</translation>
    </message>
    <message>
        <source>%1 The desk works on, but the history cannot be shown or kept until this is solved.</source>
        <translation>%1 Enrolment Desk arbeitet weiter, aber der Verlauf kann erst angezeigt oder geführt werden, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Sessions shown: the newest %1. Narrow the filter to see older ones.</source>
        <translation>Angezeigte Sitzungen: die neuesten %1. Schränken Sie den Filter ein, um ältere zu sehen.</translation>
    </message>
    <message>
        <source>Sessions shown: %1</source>
        <translation>Angezeigte Sitzungen: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Delete all data of session %1 from the platform? This cannot be undone.</source>
        <translation>Alle Daten der Sitzung %1 auf der Plattform löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete all data of session %1 (case %2) from the platform? This cannot be undone.</source>
        <translation>Alle Daten der Sitzung %1 (Vorgang %2) auf der Plattform löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The platform does not know this session (HTTP 404): its data may have been deleted, or it was created on another platform.</source>
        <translation>Die Plattform kennt diese Sitzung nicht (HTTP 404): Ihre Daten wurden möglicherweise gelöscht, oder sie wurde auf einer anderen Plattform erstellt.</translation>
    </message>
    <message>
        <source>Asking the platform about session %1…</source>
        <translation>Plattform wird zu Sitzung %1 abgefragt…</translation>
    </message>
    <message>
        <source>Session %1: %2 (checked %3).</source>
        <translation>Sitzung %1: %2 (Stand: %3).</translation>
    </message>
    <message>
        <source>Its results could not be read: %1</source>
        <translation>Ihre Ergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history was not updated: %1</source>
        <translation>Der Verlauf wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Deleting the data of session %1 on the platform…</source>
        <translation>Daten der Sitzung %1 auf der Plattform werden gelöscht…</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Es wurde nichts gelöscht. %1</translation>
    </message>
    <message>
        <source>The platform deleted all data of session %1.</source>
        <translation>Die Plattform hat alle Daten der Sitzung %1 gelöscht.</translation>
    </message>
    <message>
        <source>The platform deleted all data of session %1, but the history could not record it: %2</source>
        <translation>Die Plattform hat alle Daten der Sitzung %1 gelöscht, aber der Verlauf konnte dies nicht vermerken: %2</translation>
    </message>
</context>
<context>
    <name>Ui::InspectorDock</name>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bytes):</source>
        <translation>
            <numerusform>%1 (%n Byte):</numerusform>
            <numerusform>%1 (%n Bytes):</numerusform>
        </translation>
    </message>
    <message>
        <source>[cut: only the first %1 bytes were kept]</source>
        <translation>[gekürzt: nur die ersten %1 Bytes wurden behalten]</translation>
    </message>
    <message>
        <source>API inspector</source>
        <translation>API-Inspektor</translation>
    </message>
    <message>
        <source>Show or hide this run&apos;s API requests, secrets redacted</source>
        <translation>API-Anfragen dieser Ausführung ein- oder ausblenden, vertrauliche Werte geschwärzt</translation>
    </message>
    <message>
        <source>API exchanges</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Details zum Aufruf</translation>
    </message>
    <message>
        <source>Request and response of the selected exchange, secrets redacted</source>
        <translation>Anfrage und Antwort des ausgewählten Aufrufs, vertrauliche Werte geschwärzt</translation>
    </message>
    <message>
        <source>Select an exchange to see its request and response.</source>
        <translation>Wählen Sie einen Aufruf aus, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected exchange as a curl command</source>
        <translation>Ausgewählten Aufruf als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the list of exchanges</source>
        <translation>Liste der Aufrufe leeren</translation>
    </message>
    <message>
        <source>Started %1 (%2 UTC), attempt %3, %4 ms</source>
        <translation>Gestartet %1 (%2 UTC), Versuch %3, %4 ms</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Header der Anfrage:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Inhalt der Anfrage</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
    <message>
        <source>Copies a curl command line that repeats the request as pasted; export %1 with the password first.</source>
        <translation>Kopiert eine curl-Befehlszeile, die die Anfrage so wie eingefügt wiederholt; exportieren Sie vorher %1 mit dem Passwort.</translation>
    </message>
    <message>
        <source>Copied the curl command for %1 %2. Export %3 with the password before you run it.</source>
        <translation>Der curl-Befehl für %1 %2 wurde kopiert. Exportieren Sie %3 mit dem Passwort, bevor Sie ihn ausführen.</translation>
    </message>
</context>
<context>
    <name>Ui::KioskPinPad</name>
    <message>
        <source>Staff: enter the admin PIN to leave the kiosk</source>
        <translation>Personal: Geben Sie die Admin-PIN ein, um den Kiosk zu verlassen</translation>
    </message>
    <message>
        <source>PIN typed so far</source>
        <translation>Bisher eingegebene PIN</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before a pause: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche bis zu einer Pause: %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. The next wrong PIN pauses the pad.</source>
        <translation>Falsche PIN. Nach der nächsten falschen PIN wird die Eingabe pausiert.</translation>
    </message>
    <message>
        <source>No admin PIN is set, so the kiosk cannot be left here. On this computer, an administrator runs: enrolment-desk kiosk-pin --set</source>
        <translation>Es ist keine Admin-PIN festgelegt, daher kann der Kiosk hier nicht verlassen werden. Ein Administrator führt auf diesem Computer aus: enrolment-desk kiosk-pin --set</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>Ui::KioskShell</name>
    <message>
        <source>Enrolment Desk kiosk</source>
        <translation>Enrolment Desk Kiosk</translation>
    </message>
    <message>
        <source>DEMO - no real verification. Sessions go to a sandbox on this computer; nothing is checked.</source>
        <translation>DEMO - keine echte Verifizierung. Sitzungen gehen an eine Sandbox auf diesem Computer; es wird nichts geprüft.</translation>
    </message>
</context>
<context>
    <name>Ui::KioskWindow</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>For staff: leave the kiosk with the admin PIN</source>
        <translation>Für das Personal: Kiosk mit der Admin-PIN verlassen</translation>
    </message>
</context>
<context>
    <name>Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Enrolment Desk will be in %1 from its next start.</source>
        <translation>Enrolment Desk verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Enrolment Desk (demo)</source>
        <translation>Enrolment Desk (Demo)</translation>
    </message>
    <message>
        <source>Enrolment Desk</source>
        <translation>Enrolment Desk</translation>
    </message>
    <message>
        <source>DEMO - no real verification. Sessions go to a sandbox on this computer; nothing is checked.</source>
        <translation>DEMO - keine echte Verifizierung. Sitzungen gehen an eine Sandbox auf diesem Computer; es wird nichts geprüft.</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>Sitzung &amp;erstellen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Next applicant</source>
        <translation>N&amp;ächster Antragsteller</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Pro&amp;file…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>C&amp;ustomer display…</source>
        <translation>&amp;Kundenanzeige…</translation>
    </message>
    <message>
        <source>&amp;Hide customer display</source>
        <translation>Kundenanzeige &amp;ausblenden</translation>
    </message>
    <message>
        <source>Session &amp;history…</source>
        <translation>Sitzungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>The sessions created here: check them again or delete their data on the platform (Ctrl+H)</source>
        <translation>Die hier erstellten Sitzungen: erneut prüfen oder ihre Daten auf der Plattform löschen (Ctrl+H)</translation>
    </message>
    <message>
        <source>API &amp;inspector</source>
        <translation>API-&amp;Inspektor</translation>
    </message>
    <message>
        <source>Every request to the platform in this run, with secrets redacted (for QA)</source>
        <translation>Alle Anfragen an die Plattform in dieser Ausführung, vertrauliche Werte geschwärzt (für die Qualitätssicherung)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Enrolment Desk</source>
        <translation>&amp;Über Enrolment Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Create the session (Enter)</source>
        <translation>Sitzung erstellen (Enter)</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Settings &gt; Profiles).</source>
        <translation>Wählen oder erstellen Sie zuerst ein Profil (Einstellungen &gt; Profile).</translation>
    </message>
    <message>
        <source>The profile “%1” needs a return URL (Settings &gt; Profiles).</source>
        <translation>Das Profil „%1“ benötigt eine Rücksprung-URL (Einstellungen &gt; Profile).</translation>
    </message>
    <message>
        <source>Can&apos;t create yet: %1</source>
        <translation>Noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>The password could not be found</source>
        <translation>Das Passwort wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Link copied. It is cleared from the clipboard with “Next applicant”.</source>
        <translation>Link kopiert. Mit „Nächster Antragsteller“ wird er aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>About Enrolment Desk</source>
        <translation>Über Enrolment Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Enrolment Desk %1&lt;/h3&gt;&lt;p&gt;Staff-assisted identity onboarding: create an enrolment session, show its link as a QR code, and follow it to the platform&apos;s decision.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enrolment Desk %1&lt;/h3&gt;&lt;p&gt;Von Mitarbeitenden begleitete Identitätsprüfung für Neukunden: Erstellen Sie eine Identifizierungssitzung, zeigen Sie ihren Link als QR-Code an und verfolgen Sie sie bis zur Entscheidung der Plattform.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the QR code on a screen facing the customer</source>
        <translation>QR-Code auf einem Bildschirm zeigen, der dem Kunden zugewandt ist</translation>
    </message>
    <message>
        <source>Session history is off: %1</source>
        <translation>Sitzungsverlauf ist ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>Create a new link with the sa&amp;me details</source>
        <translation>Neuen &amp;Link mit denselben Angaben erstellen</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Ask the platform for the session&apos;s status now (%1)</source>
        <translation>Status der Sitzung jetzt bei der Plattform abfragen (%1)</translation>
    </message>
    <message>
        <source>T&amp;ry again with a new session</source>
        <translation>&amp;Erneut versuchen mit neuer Sitzung</translation>
    </message>
    <message>
        <source>Creates a new session with a new session ID; the failed one stays in the history.</source>
        <translation>Erstellt eine neue Sitzung mit neuer Sitzungs-ID; die fehlgeschlagene bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Copy session &amp;ID</source>
        <translation>Sitzungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the session&apos;s ID, to find it in the history or tell support about it</source>
        <translation>Die ID der Sitzung kopieren, um sie im Verlauf zu finden oder dem Support zu nennen</translation>
    </message>
    <message>
        <source>Session ID %1 copied.</source>
        <translation>Sitzungs-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>No browser could be opened. Use “Copy link” (%1) and open the link by hand, or let the applicant scan the code.</source>
        <translation>Es konnte kein Browser geöffnet werden. Verwenden Sie „Link kopieren“ (%1) und öffnen Sie den Link von Hand, oder lassen Sie die Person den Code scannen.</translation>
    </message>
    <message>
        <source>en-US</source>
        <extracomment>The web language (a code of the platform&apos;s list, e.g. de-DE) in which the customer display greets customers while no code is shown: the branch&apos;s language.</extracomment>
        <translation>de-DE</translation>
    </message>
    <message>
        <source>The platform asked to wait until %1.</source>
        <translation>Die Plattform hat gebeten, bis %1 zu warten.</translation>
    </message>
    <message>
        <source>Quit Enrolment Desk?</source>
        <translation>Enrolment Desk beenden?</translation>
    </message>
    <message>
        <source>A session is still open: the applicant may be using the link, and the desk is waiting for the platform&apos;s decision. If you quit, the desk stops following it; you can check it later in the session history.</source>
        <translation>Eine Sitzung ist noch offen: Die Person verwendet den Link vielleicht gerade, und der Desk wartet auf die Entscheidung der Plattform. Wenn Sie beenden, verfolgt der Desk sie nicht weiter; Sie können sie später im Sitzungsverlauf prüfen.</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
</context>
<context>
    <name>Ui::ProfileEditor</name>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Einer pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Passwortstatus</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Rücksprung-URL</translation>
    </message>
    <message>
        <source>https://bank.example/enrolment-finished</source>
        <translation>https://bank.example/enrolment-finished</translation>
    </message>
    <message>
        <source>Web themes</source>
        <translation>Web-Themes</translation>
    </message>
    <message>
        <source>Allowed link hosts</source>
        <translation>Erlaubte Link-Hosts</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <source>Optional: extra CA certificates in PEM</source>
        <translation>Optional: zusätzliche CA-Zertifikate im PEM-Format</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle file</source>
        <translation>CA-Bundle-Datei suchen</translation>
    </message>
    <message>
        <source>How the profile is listed in the toolbar</source>
        <translation>Wie das Profil in der Werkzeugleiste angezeigt wird</translation>
    </message>
    <message>
        <source>Address of the verification platform</source>
        <translation>Adresse der Verifizierungsplattform</translation>
    </message>
    <message>
        <source>The platform&apos;s API user</source>
        <translation>Der API-Benutzer für die Plattform</translation>
    </message>
    <message>
        <source>Web themes staff can choose, one per line or separated by commas</source>
        <translation>Web-Themes, die Mitarbeitende wählen können, eines pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Hosts the platform&apos;s links may point to besides the API&apos;s own</source>
        <translation>Hosts, auf die Links der Plattform außer dem API-Host verweisen dürfen</translation>
    </message>
    <message>
        <source>How often the desk asks for a session&apos;s status</source>
        <translation>Wie oft Enrolment Desk den Status einer Sitzung abfragt</translation>
    </message>
    <message>
        <source>How long one request to the platform may take</source>
        <translation>Wie lange eine Anfrage an die Plattform dauern darf</translation>
    </message>
    <message>
        <source>Optional file of extra CA certificates in PEM, for networks that inspect TLS</source>
        <translation>Optionale Datei mit zusätzlichen CA-Zertifikaten im PEM-Format, für Netzwerke, die TLS prüfen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Web &amp;themes:</source>
        <translation>Web-&amp;Themes:</translation>
    </message>
    <message>
        <source>Allowed &amp;link hosts:</source>
        <translation>Erlaubte &amp;Link-Hosts:</translation>
    </message>
    <message>
        <source>P&amp;oll interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>Hosts the platform&apos;s links may point to besides the API&apos;s own; *.example.com allows its subdomains.</source>
        <translation>Hosts, auf die Links der Plattform außer dem API-Host verweisen dürfen; *.example.com erlaubt dessen Subdomains.</translation>
    </message>
    <message>
        <source>For networks that inspect TLS with their own certificate authority.</source>
        <translation>Für Netzwerke, die TLS mit einer eigenen Zertifizierungsstelle prüfen.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Type the API password</source>
        <translation>API-Passwort eingeben</translation>
    </message>
    <message>
        <source>Saved in the system keychain when you press OK.</source>
        <translation>Wird beim Klick auf OK im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>•••• stored in the system keychain. Type a new password only to change it.</source>
        <translation>•••• im Schlüsselbund des Systems gespeichert. Geben Sie nur ein neues Passwort ein, wenn Sie es ändern möchten.</translation>
    </message>
    <message>
        <source>No password is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Required: where the applicant&apos;s browser goes when the enrolment is finished</source>
        <translation>Pflichtfeld: wohin der Browser der Person nach Abschluss der Registrierung geht</translation>
    </message>
    <message>
        <source>&amp;Return URL (required):</source>
        <extracomment>The return URL is required: sessions cannot be created without one.</extracomment>
        <translation>&amp;Rückkehr-URL (Pflichtfeld):</translation>
    </message>
    <message>
        <source>•••• kept until the desk closes: the system keychain could not store it. Type it again after the next start.</source>
        <translation>•••• bis zum Schließen des Desks gespeichert: Der Schlüsselbund des Systems konnte es nicht speichern. Geben Sie es nach dem nächsten Start erneut ein.</translation>
    </message>
</context>
<context>
    <name>Ui::QrView</name>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>QR-Code des Identifizierungslinks</translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Kein QR-Code</translation>
    </message>
    <message>
        <source>Scan it with the phone&apos;s camera to open the enrolment link.</source>
        <translation>Mit der Kamera des Smartphones scannen, um den Identifizierungslink zu öffnen.</translation>
    </message>
    <message>
        <source>No enrolment link is shown yet.</source>
        <translation>Es wird noch kein Identifizierungslink angezeigt.</translation>
    </message>
</context>
<context>
    <name>Ui::ScreenChooser</name>
    <message>
        <source>Choose the customer display</source>
        <translation>Kundenanzeige auswählen</translation>
    </message>
    <message>
        <source>Choose the screen that faces the customer. It shows only the QR code, the time left and short instructions in the applicant&apos;s language, never what you type.</source>
        <translation>Wählen Sie den Bildschirm, der dem Kunden zugewandt ist. Er zeigt nur den QR-Code, die verbleibende Zeit und kurze Anweisungen in der Sprache des Antragstellers, nie das, was Sie eingeben.</translation>
    </message>
    <message>
        <source>Screens for the customer display</source>
        <translation>Bildschirme für die Kundenanzeige</translation>
    </message>
    <message>
        <source>&amp;Test display</source>
        <translation>Anzeige &amp;testen</translation>
    </message>
    <message>
        <source>Test display</source>
        <translation>Anzeige testen</translation>
    </message>
    <message>
        <source>Shows a test page on the selected screen for a few seconds</source>
        <translation>Zeigt einige Sekunden lang eine Testseite auf dem ausgewählten Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Show on this screen</source>
        <translation>Auf diesem Bildschirm an&amp;zeigen</translation>
    </message>
    <message>
        <source>Only one screen is connected. Connect a second screen facing the customer to use the customer display.</source>
        <translation>Es ist nur ein Bildschirm angeschlossen. Schließen Sie einen zweiten, dem Kunden zugewandten Bildschirm an, um die Kundenanzeige zu nutzen.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>S&amp;top test</source>
        <translation>Test &amp;beenden</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>Test beenden</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
</context>
<context>
    <name>Ui::SessionPanel</name>
    <message>
        <source>%1. Next check at %2.</source>
        <translation>%1. Nächste Abfrage um %2.</translation>
    </message>
    <message>
        <source>Fill in what you know about the applicant, then press Enter to create a session.

Every field is optional; with names, the platform compares them with the document.</source>
        <translation>Geben Sie ein, was Sie über den Antragsteller wissen, und drücken Sie dann Enter, um eine Sitzung zu erstellen.

Alle Felder sind optional; angegebene Namen vergleicht die Plattform mit dem Dokument.</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Sitzung wird erstellt…</translation>
    </message>
    <message>
        <source>Creating the session</source>
        <translation>Sitzung wird erstellt</translation>
    </message>
    <message>
        <source>Ask the applicant to scan this code with their phone&apos;s camera.</source>
        <translation>Bitten Sie den Antragsteller, diesen Code mit der Kamera seines Smartphones zu scannen.</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <source>The applicant can no longer use this code. Create a new link with the same details, or start over for the next applicant.</source>
        <translation>Der Antragsteller kann diesen Code nicht mehr verwenden. Erstellen Sie einen neuen Link mit denselben Angaben, oder beginnen Sie neu mit dem nächsten Antragsteller.</translation>
    </message>
    <message>
        <source>The platform did not say when this link expires.</source>
        <translation>Die Plattform hat nicht mitgeteilt, wann dieser Link abläuft.</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>Die Sitzung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Link expires in %1</source>
        <translation>Link läuft in %1 ab</translation>
    </message>
    <message>
        <source>Final: the platform has decided. Press %1 for the next applicant.</source>
        <translation>Abgeschlossen: Die Plattform hat entschieden. Drücken Sie %1 für den nächsten Antragsteller.</translation>
    </message>
    <message numerus="yes">
        <source>The status could not be checked since %1 (%n attempt(s)): %2 Next try at %3, or “Check now” (%4).</source>
        <translation>
            <numerusform>Der Status kann seit %1 nicht geprüft werden (%n Versuch): %2 Nächster Versuch um %3, oder „Jetzt prüfen“ (%4).</numerusform>
            <numerusform>Der Status kann seit %1 nicht geprüft werden (%n Versuche): %2 Nächster Versuch um %3, oder „Jetzt prüfen“ (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The desk stopped following this session at %1: %2 Use “Check now” (%3) to try again.</source>
        <translation>Der Desk hat um %1 aufgehört, diese Sitzung zu verfolgen: %2 Mit „Jetzt prüfen“ (%3) versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Session ID: %1</source>
        <translation>Sitzungs-ID: %1</translation>
    </message>
    <message>
        <source>This session no longer exists</source>
        <translation>Diese Sitzung gibt es nicht mehr</translation>
    </message>
    <message>
        <source>The platform does not know this session any more (it was deleted or has ended), so its code cannot be used. Create a new link with the same details, or start over for the next applicant.</source>
        <translation>Die Plattform kennt diese Sitzung nicht mehr (sie wurde gelöscht oder ist beendet), daher kann ihr Code nicht verwendet werden. Erstellen Sie einen neuen Link mit denselben Angaben, oder beginnen Sie neu für die nächste Person.</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Vorgangsnummer: %1</translation>
    </message>
    <message>
        <source>The code is ready to scan. %1</source>
        <translation>Der Code kann jetzt gescannt werden. %1</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>%1 Set %2 before starting the desk to use a password for this run only.</source>
        <translation>%1 Setzen Sie %2 vor dem Start von Enrolment Desk, um ein Passwort nur für diese Ausführung zu verwenden.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Ausgewähltes Profil duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Ausgewähltes Profil entfernen</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Ausgewähltes Profil</translation>
    </message>
    <message>
        <source>Save the profiles</source>
        <translation>Profile speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Some saved values were unusable and were replaced by defaults; OK saves the corrected profiles.
%1</source>
        <translation>Einige gespeicherte Werte waren unbrauchbar und wurden durch Standardwerte ersetzt; mit OK werden die korrigierten Profile gespeichert.
%1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <extracomment>The name of a duplicated profile. Profile names may hold only letters, digits, spaces, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;.</extracomment>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its stored password is removed too when you press OK.</source>
        <translation>Das Profil „%1“ entfernen? Sein gespeichertes Passwort wird beim Klick auf OK ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be saved yet: see the messages under its fields.</source>
        <translation>Das Profil „%1“ kann noch nicht gespeichert werden: Beachten Sie die Meldungen unter den Feldern.</translation>
    </message>
    <message>
        <source>Saving the passwords…</source>
        <translation>Passwörter werden gespeichert…</translation>
    </message>
    <message>
        <source>The profiles were saved, but not every password:
%1</source>
        <translation>Die Profile wurden gespeichert, aber nicht alle Passwörter:
%1</translation>
    </message>
    <message>
        <source>%1 This run uses the password from %2.</source>
        <translation>%1 Diese Sitzung des Desks verwendet das Passwort aus %2.</translation>
    </message>
    <message>
        <source>The profiles were saved. %1 The password of %2 is kept until the desk closes; OK closes this dialog.</source>
        <translation>Die Profile wurden gespeichert. %1 Das Passwort von %2 bleibt bis zum Schließen des Desks erhalten; OK schließt diesen Dialog.</translation>
    </message>
</context>
</TS>
