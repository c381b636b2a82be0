<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name>Api::ApiError</name>
    <message>
        <source>The platform refused access (HTTP 403): these credentials may not create or read sessions. Check the profile&apos;s username with your administrator.</source>
        <translation>Platforma odmietla prístup (HTTP 403): s týmito prihlasovacími údajmi nemožno vytvárať ani čítať relácie. Používateľské meno v profile si overte u svojho správcu.</translation>
    </message>
    <message>
        <source>The platform refused the credentials (HTTP 401). Check the profile&apos;s username and password.</source>
        <translation>Platforma odmietla prihlasovacie údaje (HTTP 401). Skontrolujte používateľské meno a heslo v profile.</translation>
    </message>
    <message numerus="yes">
        <source>The platform is limiting requests (%1). Try again in %n second(s).</source>
        <translation>
            <numerusform>Platforma obmedzuje počet požiadaviek (%1). Skúste to znova o %n sekundu.</numerusform>
            <numerusform>Platforma obmedzuje počet požiadaviek (%1). Skúste to znova o %n sekundy.</numerusform>
            <numerusform>Platforma obmedzuje počet požiadaviek (%1). Skúste to znova o %n sekúnd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is limiting requests (%1). Try again in a minute.</source>
        <translation>Platforma obmedzuje počet požiadaviek (%1). Skúste to znova o minútu.</translation>
    </message>
    <message>
        <source>The platform had a problem (%1). Try again in a moment.</source>
        <translation>Na platforme nastal problém (%1). Skúste to znova o chvíľu.</translation>
    </message>
    <message>
        <source>The platform refused the request (%1).</source>
        <translation>Platforma odmietla požiadavku (%1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Platforma uviedla: „%1“</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: %2. Check the network connection and the profile&apos;s address.</source>
        <translation>Platformu na adrese %1 sa nepodarilo kontaktovať: %2. Skontrolujte sieťové pripojenie a adresu v profile.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2. Nothing was sent. Ask your administrator whether a company certificate must be added to the profile.</source>
        <translation>Zabezpečenému pripojeniu k %1 nemožno dôverovať: %2. Nič nebolo odoslané. Opýtajte sa správcu, či treba do profilu pridať firemný certifikát.</translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not answer within %n second(s). Check the network and try again.</source>
        <translation>
            <numerusform>Platforma na adrese %1 neodpovedala do %n sekundy. Skontrolujte sieť a skúste to znova.</numerusform>
            <numerusform>Platforma na adrese %1 neodpovedala do %n sekúnd. Skontrolujte sieť a skúste to znova.</numerusform>
            <numerusform>Platforma na adrese %1 neodpovedala do %n sekúnd. Skontrolujte sieť a skúste to znova.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s reply was rejected: %1.</source>
        <translation>Odpoveď platformy bola odmietnutá: %1.</translation>
    </message>
</context>
<context>
    <name>Api::EnrolmentClient</name>
    <message>
        <source>“%1” is not a session ID: it must be a GUID such as ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</source>
        <translation>„%1“ nie je ID relácie: musí to byť GUID, napríklad ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</translation>
    </message>
    <message>
        <source>Credentials are never sent over plain http to %1: use an https:// address.</source>
        <translation>Prihlasovacie údaje sa nikdy neposielajú cez nešifrované http na %1: použite adresu https://.</translation>
    </message>
    <message>
        <source>No API username is set for this connection.</source>
        <translation>Pre toto pripojenie nie je nastavené používateľské meno API.</translation>
    </message>
    <message>
        <source>The API address %1 is not a valid http(s) URL.</source>
        <translation>Adresa API %1 nie je platná http(s) URL.</translation>
    </message>
    <message>
        <source>The API address %1 contains a user name or password: give the username on its own and the password through the keychain, the environment or standard input.</source>
        <translation>Adresa API %1 obsahuje používateľské meno alebo heslo: zadajte používateľské meno samostatne a heslo cez kľúčenku, prostredie alebo štandardný vstup.</translation>
    </message>
    <message>
        <source>The API address %1 has a query or fragment (after ? or #), which would be dropped: give only scheme, host, port and path.</source>
        <translation>Adresa API %1 obsahuje dopyt alebo fragment (za ? alebo #), ktorý by sa stratil: zadajte iba schému, hostiteľa, port a cestu.</translation>
    </message>
    <message>
        <source>The API username %1 contains a colon (:), which HTTP Basic credentials cannot carry.</source>
        <translation>Používateľské meno API %1 obsahuje dvojbodku (:), ktorú prihlasovacie údaje HTTP Basic nemôžu preniesť.</translation>
    </message>
    <message>
        <source>The API username %1 contains a control character (a line break, tab or similar), which HTTP Basic credentials cannot carry.</source>
        <translation>Používateľské meno API %1 obsahuje riadiaci znak (koniec riadka, tabulátor a pod.), ktorý prihlasovacie údaje HTTP Basic nemôžu preniesť.</translation>
    </message>
    <message>
        <source>The API password contains a control character (a line break, tab, NUL or similar), which HTTP Basic credentials cannot carry.</source>
        <translation>Heslo API obsahuje riadiaci znak (koniec riadka, tabulátor, NUL a pod.), ktorý prihlasovacie údaje HTTP Basic nemôžu preniesť.</translation>
    </message>
    <message>
        <source>the reply was cut off: %1 of the %2 bytes it announced arrived</source>
        <translation>odpoveď bola odrezaná: prišlo %1 z ohlásených %2 bajtov</translation>
    </message>
    <message>
        <source>the reply was cut off: the connection closed before its end</source>
        <translation>odpoveď bola odrezaná: spojenie sa zatvorilo pred jej koncom</translation>
    </message>
</context>
<context>
    <name>Api::ExchangeLog</name>
    <message>
        <source>not sent</source>
        <translation>neodoslané</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>chyba HTTP</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>chyba siete</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>chyba TLS</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>časový limit vypršal</translation>
    </message>
    <message>
        <source>invalid reply</source>
        <translation>neplatná odpoveď</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metóda</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trvanie</translation>
    </message>
</context>
<context>
    <name>Api::ExchangeRecord</name>
    <message numerus="yes">
        <source>[%n bytes of binary data]</source>
        <translation>
            <numerusform>[%n bajt binárnych údajov]</numerusform>
            <numerusform>[%n bajty binárnych údajov]</numerusform>
            <numerusform>[%n bajtov binárnych údajov]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Api::LinkPolicy</name>
    <message>
        <source>the enrolment link is not a valid absolute URL</source>
        <translation>odkaz na overenie nie je platná absolútna URL</translation>
    </message>
    <message>
        <source>the enrolment link contains user credentials</source>
        <translation>odkaz na overenie obsahuje prihlasovacie údaje používateľa</translation>
    </message>
    <message>
        <source>the enrolment link is not https (%1://%2)</source>
        <translation>odkaz na overenie nepoužíva https (%1://%2)</translation>
    </message>
    <message>
        <source>the enrolment link points to %1, which is neither the platform&apos;s host nor one of the profile&apos;s allowed link hosts</source>
        <translation>odkaz na overenie smeruje na %1, čo nie je hostiteľ platformy ani žiadny z povolených hostiteľov odkazov v profile</translation>
    </message>
</context>
<context>
    <name>Api::ReplyParsing</name>
    <message>
        <source>the reply was empty</source>
        <translation>odpoveď bola prázdna</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2)</source>
        <translation>odpoveď nie je platný JSON (%1 na bajte %2)</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>odpoveď nie je objekt JSON</translation>
    </message>
    <message>
        <source>the reply has no sessionId</source>
        <translation>odpoveď neobsahuje sessionId</translation>
    </message>
    <message>
        <source>the reply&apos;s sessionId is not a GUID</source>
        <translation>sessionId v odpovedi nie je GUID</translation>
    </message>
    <message>
        <source>the reply is for another session (%1 instead of %2) and was discarded</source>
        <translation>odpoveď patrí inej relácii (%1 namiesto %2) a bola zahodená</translation>
    </message>
    <message>
        <source>the reply has no enrolment link (webEnrolmentUrl)</source>
        <translation>odpoveď neobsahuje odkaz na overenie (webEnrolmentUrl)</translation>
    </message>
    <message>
        <source>the status reply has no status text</source>
        <translation>odpoveď so stavom neobsahuje text stavu</translation>
    </message>
    <message>
        <source>the results have no decision</source>
        <translation>výsledky neobsahujú rozhodnutie</translation>
    </message>
    <message>
        <source>the reply names %1 twice, so it can be read in two ways</source>
        <translation>odpoveď uvádza %1 dvakrát, a preto je nejednoznačná</translation>
    </message>
    <message>
        <source>the enrolment link contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>registračný odkaz obsahuje neplatný znak (osamotený náhradný znak UTF-16)</translation>
    </message>
    <message>
        <source>the access token is for another session (%1), not %2</source>
        <translation>prístupový token patrí inej relácii (%1), nie %2</translation>
    </message>
</context>
<context>
    <name>Api::Transport</name>
    <message>
        <source>the reply is larger than %1 KiB</source>
        <translation>odpoveď je väčšia ako %1 KiB</translation>
    </message>
    <message>
        <source>the connection ended before a complete answer, and the request was not sent a second time</source>
        <translation>spojenie skončilo pred úplnou odpoveďou a požiadavka nebola odoslaná druhýkrát</translation>
    </message>
    <message>
        <source>the reply is compressed (%1), though only an uncompressed reply was asked for</source>
        <translation>odpoveď je komprimovaná (%1), hoci bola vyžiadaná iba nekomprimovaná odpoveď</translation>
    </message>
    <message>
        <source>the reply uses the transfer coding %1, which the desk does not accept</source>
        <translation>odpoveď používa prenosové kódovanie %1, ktoré pracovisko neprijíma</translation>
    </message>
    <message>
        <source>the reply announces both a length and chunked transfer, so where it ends is ambiguous</source>
        <translation>odpoveď ohlasuje dĺžku aj prenos po častiach, takže jej koniec je nejednoznačný</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length is not a number</source>
        <translation>Content-Length odpovede nie je číslo</translation>
    </message>
    <message>
        <source>the reply announces two different lengths (%1)</source>
        <translation>odpoveď ohlasuje dve rôzne dĺžky (%1)</translation>
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
        <translation>CHYBA</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>vynechané</translation>
    </message>
    <message>
        <source>Check this profile instead of the active one.</source>
        <translation>Skontrolovať tento profil namiesto aktívneho.</translation>
    </message>
    <message>
        <source>Usage: enrolment-desk check [--profile NAME]
Checks what the desk needs, one line each: the settings can be read, the profile is complete, the keychain holds its password (or ENROLMENT_DESK_PASSWORD is set), the platform answers, and it accepts the credentials for a harmless read. Exits with the first failure&apos;s code.
</source>
        <translation>Použitie: enrolment-desk check [--profile NAME]
Skontroluje, čo pracovisko potrebuje, každé na jednom riadku: nastavenia sa dajú prečítať, profil je úplný, úložisko hesiel obsahuje jeho heslo (alebo je nastavená premenná ENROLMENT_DESK_PASSWORD), platforma odpovedá a pri neškodnom čítaní prijme prihlasovacie údaje. Skončí s kódom prvej chyby.
</translation>
    </message>
    <message>
        <source>enrolment-desk check: unexpected argument “%1”.</source>
        <translation>enrolment-desk check: neočakávaný argument „%1“.</translation>
    </message>
    <message>
        <source>enrolment-desk check: --profile needs a profile name.</source>
        <translation>enrolment-desk check: --profile potrebuje názov profilu.</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>nastavenia</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>úložisko hesiel</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platforma</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>prihlasovacie údaje</translation>
    </message>
    <message>
        <source>%1 is not a settings file that can be read</source>
        <translation>%1 nie je čitateľný súbor nastavení</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 sa nedá prečítať</translation>
    </message>
    <message>
        <source>%1 does not exist; only system-wide settings apply</source>
        <translation>%1 neexistuje; platia len systémové nastavenia</translation>
    </message>
    <message>
        <source>%1 can be read</source>
        <translation>%1 sa dá prečítať</translation>
    </message>
    <message>
        <source>the settings cannot be read</source>
        <translation>nastavenia sa nedajú prečítať</translation>
    </message>
    <message>
        <source>none is active; name one with --profile NAME or choose one in the staff window</source>
        <translation>žiadny nie je aktívny; uveďte ho pomocou --profile NAME alebo ho vyberte v okne pracovníka</translation>
    </message>
    <message>
        <source>“%1” is not in the settings</source>
        <translation>„%1“ nie je v nastaveniach</translation>
    </message>
    <message>
        <source>“%1” is incomplete: %2</source>
        <translation>„%1“ nie je úplný: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is complete (%2 as %3)</source>
        <translation>„%1“ je úplný (%2 ako %3)</translation>
    </message>
    <message>
        <source>not asked: %1 gives the password for this run</source>
        <translation>nedopytované: %1 dáva heslo pre toto spustenie</translation>
    </message>
    <message>
        <source>this program cannot reach the keychain</source>
        <translation>tento program nedosiahne úložisko hesiel</translation>
    </message>
    <message>
        <source>no password is stored for “%1”; enter it in Settings &gt; Profiles, or set %2</source>
        <translation>pre „%1“ nie je uložené žiadne heslo; zadajte ho v Nastavenia &gt; Profily alebo nastavte %2</translation>
    </message>
    <message>
        <source>holds the password of “%1”</source>
        <translation>obsahuje heslo profilu „%1“</translation>
    </message>
    <message>
        <source>no usable profile</source>
        <translation>žiadny použiteľný profil</translation>
    </message>
    <message>
        <source>not asked while a check above fails</source>
        <translation>nedopytované, kým kontrola vyššie zlyháva</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 odpovedá</translation>
    </message>
    <message>
        <source>accepted (a status read answered)</source>
        <translation>prijaté (dopyt na stav bol zodpovedaný)</translation>
    </message>
    <message>
        <source>the platform cannot be reached</source>
        <translation>platforma nie je dosiahnuteľná</translation>
    </message>
    <message>
        <source>accepted (HTTP 404 for a session that does not exist)</source>
        <translation>prijaté (HTTP 404 pre reláciu, ktorá neexistuje)</translation>
    </message>
    <message>
        <source>the platform answers with an error</source>
        <translation>platforma odpovedá chybou</translation>
    </message>
    <message>
        <source>the platform&apos;s reply cannot be used</source>
        <translation>odpoveď platformy sa nedá použiť</translation>
    </message>
</context>
<context>
    <name>Cli::CommandHistory</name>
    <message>
        <source>warning: the session history was not updated: %1</source>
        <translation>upozornenie: história relácií nebola aktualizovaná: %1</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Base URL of the platform; API paths are appended to it.</source>
        <translation>Základná URL platformy; pripájajú sa k nej cesty API.</translation>
    </message>
    <message>
        <source>API username.</source>
        <translation>Používateľské meno API.</translation>
    </message>
    <message>
        <source>Take the connection settings from this profile; flags override it.</source>
        <translation>Nastavenia pripojenia sa prevezmú z tohto profilu; prepínače majú prednosť.</translation>
    </message>
    <message>
        <source>A host the enrolment link may point to besides the API host (repeatable; *.example.com for subdomains).</source>
        <translation>Hostiteľ, na ktorý môže odkaz na overenie smerovať okrem hostiteľa API (možno opakovať; *.example.com pre subdomény).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (1 to 600, default 30).</source>
        <translation>Počet sekúnd čakania na každú odpoveď (1 až 600, predvolene 30).</translation>
    </message>
    <message>
        <source>Read the API password from the first line of standard input. Otherwise ENROLMENT_DESK_PASSWORD is used.</source>
        <translation>Heslo API sa načíta z prvého riadka štandardného vstupu. Inak sa použije ENROLMENT_DESK_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 %2: unexpected argument “%3”.</source>
        <translation>%1 %2: neočakávaný argument „%3“.</translation>
    </message>
    <message>
        <source>%1 %2: missing argument. See &apos;%1 %2 --help&apos;.</source>
        <translation>%1 %2: chýba argument. Pozrite &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 %2: --timeout must be a whole number of seconds from %3 to %4, not “%5”.</source>
        <translation>%1 %2: --timeout musí byť celý počet sekúnd od %3 do %4, nie „%5“.</translation>
    </message>
    <message>
        <source>Applicant&apos;s first (given) name.</source>
        <translation>Krstné meno žiadateľa.</translation>
    </message>
    <message>
        <source>Applicant&apos;s last (family) name.</source>
        <translation>Priezvisko žiadateľa.</translation>
    </message>
    <message>
        <source>Applicant&apos;s middle or additional names.</source>
        <translation>Stredné alebo ďalšie mená žiadateľa.</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of birth.</source>
        <translation>Dátum narodenia žiadateľa.</translation>
    </message>
    <message>
        <source>Do not compare the applicant&apos;s data with the document.</source>
        <translation>Neporovná údaje žiadateľa s dokladom.</translation>
    </message>
    <message>
        <source>Web enrolment theme, e.g. white.</source>
        <translation>Téma webového overenia, napr. white.</translation>
    </message>
    <message>
        <source>Page the applicant&apos;s phone shows after finishing.</source>
        <translation>Stránka, ktorú telefón žiadateľa zobrazí po dokončení.</translation>
    </message>
    <message>
        <source>Use this GUID instead of a fresh one.</source>
        <translation>Použije tento GUID namiesto nového.</translation>
    </message>
    <message>
        <source>Language of the web flow, e.g. de-DE (adds lang= to the link).</source>
        <translation>Jazyk webového overenia, napr. de-DE (pridá do odkazu lang=).</translation>
    </message>
    <message>
        <source>Print one JSON object: sessionId, webEnrolmentUrl, expiresAt.</source>
        <translation>Vypíše jeden objekt JSON: sessionId, webEnrolmentUrl, expiresAt.</translation>
    </message>
    <message>
        <source>Also write the link as a QR code PNG.</source>
        <translation>Odkaz zapíše aj ako QR kód do súboru PNG.</translation>
    </message>
    <message>
        <source>Also draw the QR code in the terminal.</source>
        <translation>QR kód vykreslí aj v termináli.</translation>
    </message>
    <message>
        <source>Do not record the session in the local history.</source>
        <translation>Reláciu nezaznamená do lokálnej histórie.</translation>
    </message>
    <message>
        <source>Creates an enrolment session and prints its link.</source>
        <translation>Vytvorí reláciu overenia a vypíše jej odkaz.</translation>
    </message>
    <message>
        <source>%1 initialize: --skip-integrity-check only applies with applicant data (--first-name, --last-name, --date-of-birth).</source>
        <translation>%1 initialize: --skip-integrity-check platí len s údajmi žiadateľa (--first-name, --last-name, --date-of-birth).</translation>
    </message>
    <message>
        <source>%1 initialize: unknown --lang “%2”; use one of %3.</source>
        <translation>%1 initialize: neznáma hodnota --lang „%2“; použite jednu z: %3.</translation>
    </message>
    <message>
        <source>%1 initialize: --qr-terminal cannot be combined with --json (standard output then carries only the JSON object); use --qr-png FILE.</source>
        <translation>%1 initialize: --qr-terminal nemožno kombinovať s --json (štandardný výstup potom obsahuje len objekt JSON); použite --qr-png FILE.</translation>
    </message>
    <message>
        <source>The session&apos;s GUID.</source>
        <translation>GUID relácie.</translation>
    </message>
    <message>
        <source>Print one JSON object: sessionId, status, decision.</source>
        <translation>Vypíše jeden objekt JSON: sessionId, status, decision.</translation>
    </message>
    <message>
        <source>Ask again until the status is final.</source>
        <translation>Pýta sa znova, kým stav nie je konečný.</translation>
    </message>
    <message>
        <source>Seconds between status requests with --wait (default 60, as the platform asks; at least 1).</source>
        <translation>Počet sekúnd medzi požiadavkami na stav pri --wait (predvolene 60, ako žiada platforma; aspoň 1).</translation>
    </message>
    <message>
        <source>Prints a session&apos;s status, and its decision once results are readable.</source>
        <translation>Vypíše stav relácie a jej rozhodnutie, keď sú výsledky k dispozícii.</translation>
    </message>
    <message>
        <source>%1 status: “%2” is not a session ID (a GUID such as ad90c821-e5ea-4385-be5b-4fc9f9ea24ee).</source>
        <translation>%1 status: „%2“ nie je ID relácie (GUID, napríklad ad90c821-e5ea-4385-be5b-4fc9f9ea24ee).</translation>
    </message>
    <message>
        <source>%1 status: --interval must be a whole number of seconds from %2 to %3, not “%4”.</source>
        <translation>%1 status: --interval musí byť celý počet sekúnd od %2 do %3, nie „%4“.</translation>
    </message>
    <message>
        <source>Only sessions whose external ID contains this text (ignoring case).</source>
        <translation>Len relácie, ktorých externé ID obsahuje tento text (bez ohľadu na veľkosť písmen).</translation>
    </message>
    <message>
        <source>Only sessions created on or after this day (local time).</source>
        <translation>Len relácie vytvorené v tento deň alebo neskôr (miestny čas).</translation>
    </message>
    <message>
        <source>Only sessions created on or before this day (local time).</source>
        <translation>Len relácie vytvorené v tento deň alebo skôr (miestny čas).</translation>
    </message>
    <message>
        <source>Show at most this many sessions (1 to %1, default 1000).</source>
        <translation>Zobrazí najviac toľko relácií (1 až %1, predvolene 1000).</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;sessions&quot;: [...]}.</source>
        <translation>Vypíše jeden objekt JSON: {&quot;sessions&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Lists the sessions this user created, newest first, from the session history (no names or links are kept).</source>
        <translation>Vypíše relácie, ktoré vytvoril tento používateľ, od najnovšej, z histórie relácií (mená ani odkazy sa neuchovávajú).</translation>
    </message>
    <message>
        <source>%1 history: --%2 must be a date as YYYY-MM-DD, not “%3”.</source>
        <translation>%1 history: --%2 musí byť dátum v tvare RRRR-MM-DD, nie „%3“.</translation>
    </message>
    <message>
        <source>%1 history: --from %2 is after --to %3.</source>
        <translation>%1 history: --from %2 je neskôr ako --to %3.</translation>
    </message>
    <message>
        <source>%1 history: --limit must be a whole number from 1 to %2, not “%3”.</source>
        <translation>%1 history: --limit musí byť celé číslo od 1 do %2, nie „%3“.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1 and a free port).</source>
        <translation>Adresa, na ktorej sandbox počúva (predvolene 127.0.0.1 a voľný port).</translation>
    </message>
    <message>
        <source>Username it accepts (default demo).</source>
        <translation>Používateľské meno, ktoré prijíma (predvolene demo).</translation>
    </message>
    <message>
        <source>Password it accepts (default demo). A test credential, not a real one.</source>
        <translation>Heslo, ktoré prijíma (predvolene demo). Testovací údaj, nie skutočný.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key); clients must trust its issuer.</source>
        <translation>Poskytuje HTTPS s týmto certifikátom PEM (vyžaduje --tls-key); klienti musia dôverovať jeho vydavateľovi.</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key, not encrypted.</source>
        <translation>Súkromný kľúč certifikátu vo formáte PEM, nešifrovaný.</translation>
    </message>
    <message>
        <source>Runs the local sandbox platform until SIGINT or SIGTERM. Its base URL is the first line of standard output.</source>
        <translation>Spustí lokálnu platformu sandbox až do signálu SIGINT alebo SIGTERM. Jej základná URL je prvý riadok štandardného výstupu.</translation>
    </message>
    <message>
        <source>%1 sandbox: --listen must be HOST:PORT, e.g. 127.0.0.1:8123 or [::1]:8123, not “%2”.</source>
        <translation>%1 sandbox: --listen musí mať tvar HOST:PORT, napr. 127.0.0.1:8123 alebo [::1]:8123, nie „%2“.</translation>
    </message>
    <message>
        <source>%1 sandbox: --username must be non-empty and cannot contain &apos;:&apos;.</source>
        <translation>%1 sandbox: --username nesmie byť prázdne a nesmie obsahovať &apos;:&apos;.</translation>
    </message>
    <message>
        <source>%1 sandbox: --tls-cert and --tls-key go together (the certificate and its private key).</source>
        <translation>%1 sandbox: --tls-cert a --tls-key patria k sebe (certifikát a jeho súkromný kľúč).</translation>
    </message>
    <message>
        <source>Let the sandbox finish the session by itself after a few seconds.</source>
        <translation>Sandbox dokončí reláciu sám po niekoľkých sekundách.</translation>
    </message>
    <message>
        <source>Starts the built-in sandbox, creates a session, prints its link and QR code, and follows it until the sandbox decides. Nothing is verified.</source>
        <translation>Spustí vstavaný sandbox, vytvorí reláciu, vypíše jej odkaz a QR kód a sleduje ju, kým sandbox nerozhodne. Nič sa neoveruje.</translation>
    </message>
    <message>
        <source>Read the new PIN (%1 to %2 digits) from the first line of standard input and store its salted hash.</source>
        <translation>Načíta nový PIN (%1 až %2 číslic) z prvého riadka štandardného vstupu a uloží jeho osolený hash.</translation>
    </message>
    <message>
        <source>Write the hash into this settings file (e.g. /etc/xdg/EnrolmentDesk/enrolment-desk.conf) instead of yours.</source>
        <translation>Zapíše hash do tohto súboru nastavení (napr. /etc/xdg/EnrolmentDesk/enrolment-desk.conf) namiesto vášho.</translation>
    </message>
    <message>
        <source>Print the settings line pinHash=... instead of writing it.</source>
        <translation>Vypíše riadok nastavení pinHash=... namiesto jeho zapísania.</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: unknown option or argument (not repeated here); the PIN is read from standard input, never from the command line. See &apos;%1 kiosk-pin --help&apos;.</source>
        <translation>%1 kiosk-pin: neznáma voľba alebo argument (tu sa neopakuje); PIN sa číta zo štandardného vstupu, nikdy nie z príkazového riadka. Pozrite &apos;%1 kiosk-pin --help&apos;.</translation>
    </message>
    <message>
        <source>Stores the PIN that leaves the kiosk, as a salted PBKDF2 hash; the PIN itself is never stored.</source>
        <translation>Uloží PIN na opustenie kiosku ako osolený hash PBKDF2; samotný PIN sa nikdy neukladá.</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: say --set (the PIN is read from standard input).</source>
        <translation>%1 kiosk-pin: zadajte --set (PIN sa číta zo štandardného vstupu).</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: --system-file needs a file path.</source>
        <translation>%1 kiosk-pin: --system-file vyžaduje cestu k súboru.</translation>
    </message>
    <message>
        <source>%1 kiosk-pin: --print and --system-file cannot be combined.</source>
        <translation>%1 kiosk-pin: --print a --system-file nemožno kombinovať.</translation>
    </message>
    <message>
        <source>%1 %2: the password is never accepted as a flag (it would be visible to other users); use --password-stdin or ENROLMENT_DESK_PASSWORD.</source>
        <translation>%1 %2: heslo sa nikdy neprijíma ako prepínač (videli by ho ostatní používatelia); použite --password-stdin alebo ENROLMENT_DESK_PASSWORD.</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”. See &apos;%1 --help&apos;.</source>
        <translation>%1: neznáma voľba „%2“. Pozrite &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Použitie: %1 %2</translation>
    </message>
    <message>
        <source>Your case or customer number (up to %1 characters).</source>
        <translation>Vaše číslo prípadu alebo klienta (najviac %1 znakov).</translation>
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
        <translation>Enrolment Desk %1: overovanie totožnosti klientov s asistenciou personálu.

Použitie:
  %2                        otvorí okno pre personál
  %2 --demo                 otvorí okno pre personál so vstavaným sandboxom
  %2 --kiosk [--demo]       otvorí samoobslužný kiosk (na celú obrazovku)
  %2 initialize [voľby]     vytvorí reláciu a vypíše jej odkaz
  %2 status SESSION_ID      vypíše stav relácie (a rozhodnutie, keď je konečný)
  %2 history [voľby]        vypíše relácie vytvorené na tomto počítači, od najnovšej
  %2 sandbox [voľby]        spustí lokálny sandbox, kým ho neprerušíte
  %2 demo                   prejde ukážkovou reláciou v termináli so sandboxom
  %2 kiosk-pin --set        uloží administrátorský PIN kiosku zo štandardného vstupu
  %2 check [--profile NAME] skontroluje nastavenia, profil, úložisko hesiel a platformu

Voľby príkazu zobrazí &apos;%2 PRÍKAZ --help&apos;.

Návratové kódy: 0 úspech; 2 nesprávne použitie alebo vstup (nič nebolo odoslané)
alebo lokálny súbor, ktorý nemožno použiť; 3 odmietnuté prihlasovacie údaje;
4 iná chyba HTTP; 5 chyba siete, TLS alebo vypršanie časového limitu;
6 odmietnutá odpoveď.
</translation>
    </message>
    <message>
        <source>%1: unknown command “%2”. Commands: initialize, status, history, sandbox, demo, kiosk-pin, check. See &apos;%1 --help&apos;.</source>
        <translation>%1: neznámy príkaz „%2“. Príkazy: initialize, status, history, sandbox, demo, kiosk-pin, check. Pozrite &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Cli::ConnectionResolver</name>
    <message>
        <source>--password-stdin was given but standard input had no password on its first line.</source>
        <translation>Bola zadaná voľba --password-stdin, ale prvý riadok štandardného vstupu neobsahoval heslo.</translation>
    </message>
    <message>
        <source>No API password: pass --password-stdin and write it to standard input, or set %1.</source>
        <translation>Chýba heslo API: použite --password-stdin a zapíšte heslo na štandardný vstup, alebo nastavte %1.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”, and no profiles are set up.</source>
        <translation>Profil s názvom „%1“ neexistuje a nie sú nastavené žiadne profily.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; known profiles: %2.</source>
        <translation>Profil s názvom „%1“ neexistuje; známe profily: %2.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>upozornenie: %1</translation>
    </message>
    <message>
        <source>No API address: pass --api-url URL or --profile NAME.</source>
        <translation>Chýba adresa API: zadajte --api-url URL alebo --profile NAME.</translation>
    </message>
    <message>
        <source>The API address “%1” is not an http(s) URL such as https://platform.example.com.</source>
        <translation>Adresa API „%1“ nie je URL http(s), napríklad https://platform.example.com.</translation>
    </message>
    <message>
        <source>No API username: pass --username NAME or use a profile that has one.</source>
        <translation>Chýba používateľské meno API: zadajte --username NAME alebo použite profil, ktorý ho obsahuje.</translation>
    </message>
    <message>
        <source>--password-stdin: the password is longer than %1 bytes; it is refused rather than cut.</source>
        <translation>--password-stdin: heslo je dlhšie ako %1 bajtov; odmieta sa namiesto skrátenia.</translation>
    </message>
    <message>
        <source>--password-stdin: the password contains a NUL byte, which cannot be sent.</source>
        <translation>--password-stdin: heslo obsahuje bajt NUL, ktorý nemožno odoslať.</translation>
    </message>
    <message>
        <source>--password-stdin: the password is not valid UTF-8; it is refused rather than changed.</source>
        <translation>--password-stdin: heslo nie je platné UTF-8; odmieta sa namiesto zmeny.</translation>
    </message>
</context>
<context>
    <name>Cli::DemoCommand</name>
    <message>
        <source>DEMO - no real verification. A sandbox runs at %1.</source>
        <translation>DEMO – žiadne skutočné overenie. Sandbox beží na %1.</translation>
    </message>
    <message>
        <source>Open the link in a browser on this computer (the sandbox only listens here) and choose an outcome. Waiting; Ctrl+C stops.</source>
        <translation>Otvorte odkaz v prehliadači na tomto počítači (sandbox počúva len tu) a vyberte výsledok. Čaká sa; Ctrl+C ukončí.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stav: %1</translation>
    </message>
</context>
<context>
    <name>Cli::HistoryCommand</name>
    <message>
        <source>No sessions in the history.
</source>
        <translation>V histórii nie sú žiadne relácie.
</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Vytvorené (UTC)</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID relácie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutie</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externé ID</translation>
    </message>
    <message>
        <source>, data deleted %1</source>
        <translation>, údaje vymazané %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n session(s); --limit shows more.</source>
        <translation>
            <numerusform>Zobrazuje sa najnovšia %n relácia; --limit zobrazí viac.</numerusform>
            <numerusform>Zobrazujú sa najnovšie %n relácie; --limit zobrazí viac.</numerusform>
            <numerusform>Zobrazuje sa najnovších %n relácií; --limit zobrazí viac.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::InitializeCommand</name>
    <message>
        <source>--qr-png: the folder “%1” does not exist.</source>
        <translation>--qr-png: priečinok „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>--qr-png: “%1” cannot be written.</source>
        <translation>--qr-png: do „%1“ nemožno zapisovať.</translation>
    </message>
    <message>
        <source>--qr-png: “%1” is a folder, not a file name.</source>
        <translation>--qr-png: „%1“ je priečinok, nie názov súboru.</translation>
    </message>
    <message>
        <source>the session was created, but the QR code could not be saved: %1</source>
        <translation>relácia bola vytvorená, ale QR kód sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>Interrupted before the platform answered.</source>
        <translation>Prerušené skôr, ako platforma odpovedala.</translation>
    </message>
    <message>
        <source>The platform&apos;s link has already expired (at %1).</source>
        <translation>Odkaz platformy už vypršal (o %1).</translation>
    </message>
</context>
<context>
    <name>Cli::KioskPinCommand</name>
    <message>
        <source>no PIN: write it on the first line of standard input.</source>
        <translation>chýba PIN: zapíšte ho na prvý riadok štandardného vstupu.</translation>
    </message>
    <message>
        <source>Kiosk PIN stored in %1. List pinHash in kiosk/locked there so that users&apos; own settings cannot replace it.</source>
        <translation>PIN kiosku bol uložený do %1. Uveďte tam pinHash v kiosk/locked, aby ho vlastné nastavenia používateľov nemohli nahradiť.</translation>
    </message>
    <message>
        <source>Kiosk PIN stored in %1.</source>
        <translation>PIN kiosku bol uložený do %1.</translation>
    </message>
</context>
<context>
    <name>Cli::Output</name>
    <message>
        <source>unknown (the platform sent no token expiry)</source>
        <translation>neznáme (platforma neposlala platnosť tokenu)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (o %n minútu)</numerusform>
            <numerusform>%1 (o %n minúty)</numerusform>
            <numerusform>%1 (o %n minút)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1
Link:    %2
Expires: %3
</source>
        <translation>Relácia:  %1
Odkaz:    %2
Platí do: %3
</translation>
    </message>
    <message>
        <source>Session:  %1
Status:   %2 (%3)
</source>
        <translation>Relácia:     %1
Stav:        %2 (%3)
</translation>
    </message>
    <message>
        <source>Decision: %1 (%2), score %3
</source>
        <translation>Rozhodnutie: %1 (%2), skóre %3
</translation>
    </message>
</context>
<context>
    <name>Cli::SandboxCommand</name>
    <message>
        <source>The TLS certificate “%1” holds no PEM certificate.</source>
        <translation>TLS certifikát „%1“ neobsahuje certifikát PEM.</translation>
    </message>
    <message>
        <source>The TLS key “%1” holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>TLS kľúč „%1“ neobsahuje nešifrovaný súkromný kľúč PEM (RSA alebo EC).</translation>
    </message>
    <message>
        <source>Sandbox ready: username “%1”. Nothing here is a real verification. Stop it with Ctrl+C.</source>
        <translation>Sandbox je pripravený: používateľské meno „%1“. Nič tu nie je skutočné overenie. Zastavíte ho klávesmi Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox bol zastavený.</translation>
    </message>
    <message>
        <source>The TLS certificate “%1” cannot be read: %2.</source>
        <translation>TLS certifikát „%1“ nemožno prečítať: %2.</translation>
    </message>
    <message>
        <source>The TLS key “%1” cannot be read: %2.</source>
        <translation>TLS kľúč „%1“ nemožno prečítať: %2.</translation>
    </message>
</context>
<context>
    <name>Cli::StatusCommand</name>
    <message>
        <source>warning: %1 Asking again later.</source>
        <translation>upozornenie: %1 Dopyt sa zopakuje neskôr.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; asking again every %n second(s).</source>
        <translation>
            <numerusform>%1: %2; stav sa zisťuje každú %n sekundu.</numerusform>
            <numerusform>%1: %2; stav sa zisťuje každé %n sekundy.</numerusform>
            <numerusform>%1: %2; stav sa zisťuje každých %n sekúnd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Config::KeychainCredentialStore</name>
    <message>
        <source>so the stored password cannot be read</source>
        <translation>takže uložené heslo nemožno prečítať</translation>
    </message>
    <message>
        <source>so the password cannot be saved</source>
        <translation>takže heslo nemožno uložiť</translation>
    </message>
    <message>
        <source>so the stored password cannot be removed</source>
        <translation>takže uložené heslo nemožno odstrániť</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, %1. Ask your IT support to set one up (for example GNOME Keyring or KWallet on Linux).</source>
        <translation>V tomto počítači nie je k dispozícii systémové úložisko hesiel, %1. Požiadajte IT podporu, aby ho nastavila (napríklad GNOME Keyring alebo KWallet v Linuxe).</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, %1. Allow Enrolment Desk to use the keychain when it asks, then try again.</source>
        <translation>Prístup k systémovému úložisku hesiel bol odmietnutý, %1. Keď sa úložisko opýta, povoľte ho aplikácii Enrolment Desk a skúste to znova.</translation>
    </message>
    <message>
        <source>The system keychain denied access, %1. It may be locked: unlock it (often by logging in again), then try again.</source>
        <translation>Systémové úložisko hesiel zamietlo prístup, %1. Môže byť zamknuté: odomknite ho (často opätovným prihlásením) a skúste to znova.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the stored password.</source>
        <translation>Systémové úložisko hesiel nemohlo odstrániť uložené heslo.</translation>
    </message>
    <message>
        <source>The system keychain is locked, %1. Unlock it when it asks (often with your login password), then try again; if you cancelled the unlock, try again and unlock it.</source>
        <translation>Systémové úložisko hesiel je zamknuté, %1. Odomknite ho, keď o to požiada (často prihlasovacím heslom), a skúste to znova; ak ste odomknutie zrušili, skúste to znova a odomknite ho.</translation>
    </message>
    <message>
        <source>The system keychain service is not running, %1. Log in to the desktop again, or ask your IT support to start it (for example GNOME Keyring or KWallet).</source>
        <translation>Služba systémového úložiska hesiel nebeží, %1. Znova sa prihláste do pracovného prostredia alebo požiadajte IT podporu, aby ju spustila (napríklad GNOME Keyring alebo KWallet).</translation>
    </message>
    <message>
        <source>The keychain library libsecret is not installed, %1. Ask your IT support to install it (on Debian and Ubuntu: the package libsecret-1-0).</source>
        <translation>Knižnica úložiska hesiel libsecret nie je nainštalovaná, %1. Požiadajte IT podporu, aby ju nainštalovala (v Debiane a Ubuntu: balík libsecret-1-0).</translation>
    </message>
    <message>
        <source>The system keychain could not be used, %1. Check that a keychain such as GNOME Keyring or KWallet is running, or ask your IT support.</source>
        <translation>Systémové úložisko hesiel nebolo možné použiť, %1. Skontrolujte, či beží úložisko hesiel, napríklad GNOME Keyring alebo KWallet, alebo sa obráťte na IT podporu.</translation>
    </message>
</context>
<context>
    <name>Config::ProfileCheck</name>
    <message>
        <source>The base URL is required, for example https://platform.example.com.</source>
        <translation>Základná URL je povinná, napríklad https://platform.example.com.</translation>
    </message>
    <message>
        <source>The base URL is not a valid address such as https://platform.example.com.</source>
        <translation>Základná URL nie je platná adresa, ako napríklad https://platform.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://: over plain http the password would travel unencrypted. Plain http is only for the local sandbox (localhost or 127.0.0.1).</source>
        <translation>Základná URL musí začínať na https://: cez obyčajné http by sa heslo prenášalo nezašifrované. Obyčajné http je len pre lokálny sandbox (localhost alebo 127.0.0.1).</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Základná URL musí začínať na https://.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; use the Username and Password fields.</source>
        <translation>Základná URL nesmie obsahovať používateľské meno ani heslo; použite polia Používateľské meno a Heslo.</translation>
    </message>
    <message>
        <source>The base URL must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Základná URL nesmie obsahovať &apos;?&apos; ani &apos;#&apos;.</translation>
    </message>
    <message>
        <source>Allowed link hosts: “%1” is not a host name such as links.example.com, or *.example.com for its subdomains.</source>
        <translation>Povolení hostitelia odkazov: „%1“ nie je názov hostiteľa ako links.example.com, ani *.example.com pre jeho subdomény.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” cannot be read or holds no PEM certificate.</source>
        <translation>Balík certifikátov CA „%1“ nemožno prečítať alebo neobsahuje certifikát PEM.</translation>
    </message>
    <message>
        <source>The username is required: the platform asks for it with the password.</source>
        <translation>Používateľské meno je povinné: platforma ho vyžaduje spolu s heslom.</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 seconds.</source>
        <translation>Interval kontroly stavu musí byť od %1 do %2 sekúnd.</translation>
    </message>
    <message>
        <source>The timeout must be from %1 to %2 seconds.</source>
        <translation>Časový limit musí byť od %1 do %2 sekúnd.</translation>
    </message>
</context>
<context>
    <name>Config::ProfileDrafts</name>
    <message>
        <source>Another profile is already named “%1”.</source>
        <translation>Iný profil už má názov „%1“.</translation>
    </message>
</context>
<context>
    <name>Config::ProfileStore</name>
    <message>
        <source>Profile “%1”: %2 is not text; it was ignored.</source>
        <translation>Profil „%1“: hodnota %2 nie je text; bola ignorovaná.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2 must be a whole number from %3 to %4; using %5.</source>
        <translation>Profil „%1“: hodnota %2 musí byť celé číslo od %3 do %4; použije sa %5.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2 “%3” is not a valid URL.</source>
        <translation>Profil „%1“: %2 „%3“ nie je platná URL.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2 holds values that are not theme names; they were ignored.</source>
        <translation>Profil „%1“: %2 obsahuje hodnoty, ktoré nie sú názvy tém; boli ignorované.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Profil musí mať názov.</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>Názov profilu môže mať najviac 64 znakov.</translation>
    </message>
    <message>
        <source>A profile name can contain letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, not “%1”.</source>
        <translation>Názov profilu môže obsahovať písmená, číslice, medzery, &apos;-&apos;, &apos;_&apos; a &apos;.&apos;, nie „%1“.</translation>
    </message>
</context>
<context>
    <name>Config::UiLanguage</name>
    <message>
        <source>The language setting “%1” is not one of %2; the system&apos;s language is used.</source>
        <translation>Nastavenie jazyka „%1“ nie je jedno z: %2; použije sa jazyk systému.</translation>
    </message>
</context>
<context>
    <name>Desk::ProfileConnection</name>
    <message>
        <source>The profile&apos;s CA bundle “%1” could not be read or holds no PEM certificate.</source>
        <translation>Balík certifikátov CA profilu „%1“ sa nepodarilo prečítať alebo neobsahuje certifikát PEM.</translation>
    </message>
    <message>
        <source>No password is stored for the profile “%1”. Enter it in Settings &gt; Profiles.</source>
        <translation>Pre profil „%1“ nie je uložené heslo. Zadajte ho v ponuke Nastavenia &gt; Profily.</translation>
    </message>
    <message>
        <source>%1 For this run only, you can start the desk with %2 set.</source>
        <translation>%1 Heslo možno na jedno spustenie zadať aj premennou prostredia %2 nastavenou pred štartom aplikácie.</translation>
    </message>
</context>
<context>
    <name>Desk::SessionLookup</name>
    <message>
        <source>The history does not say which profile created this session, so the desk does not know where to ask.</source>
        <translation>V histórii nie je uvedené, ktorý profil vytvoril túto reláciu, takže aplikácia nevie, kde sa má opýtať.</translation>
    </message>
    <message>
        <source>The profile “%1” that created this session no longer exists. Create a profile of that name for the same platform (Settings &gt; Profiles) to reach the session again.</source>
        <translation>Profil „%1“, ktorý vytvoril túto reláciu, už neexistuje. Ak sa chcete k relácii znova dostať, vytvorte profil s týmto názvom pre tú istú platformu (Nastavenia &gt; Profily).</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>Pre ukážku nie je k dispozícii dočasný priečinok: %1</translation>
    </message>
    <message>
        <source>Enrolment Desk</source>
        <translation>Enrolment Desk</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Ukážkový sandbox sa nepodarilo spustiť: %1</translation>
    </message>
    <message>
        <source>No loopback port for the demo sandbox: %1</source>
        <translation>Pre demo sandbox nie je k dispozícii port na loopbacku: %1</translation>
    </message>
</context>
<context>
    <name>Domain::Decision</name>
    <message>
        <source>Passed</source>
        <translation>Vyhovuje</translation>
    </message>
    <message>
        <source>Suspicious: extra checks recommended</source>
        <translation>Podozrenie: odporúčajú sa ďalšie kontroly</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nevyhovuje</translation>
    </message>
    <message>
        <source>Not part of this evaluation</source>
        <translation>Nie je súčasťou tohto hodnotenia</translation>
    </message>
    <message>
        <source>Unknown (no value)</source>
        <translation>Neznáme (bez hodnoty)</translation>
    </message>
    <message>
        <source>Document not expired</source>
        <translation>Platnosť dokladu neuplynula</translation>
    </message>
    <message>
        <source>Document liveness</source>
        <translation>Živosť dokladu</translation>
    </message>
    <message>
        <source>Face match</source>
        <translation>Zhoda tváre</translation>
    </message>
    <message>
        <source>MRZ and printed text agree</source>
        <translation>Zhoda MRZ a tlačeného textu</translation>
    </message>
    <message>
        <source>Text recognition confidence</source>
        <translation>Spoľahlivosť rozpoznania textu</translation>
    </message>
    <message>
        <source>Face liveness</source>
        <translation>Živosť tváre</translation>
    </message>
    <message>
        <source>MRZ valid</source>
        <translation>Platná MRZ</translation>
    </message>
    <message>
        <source>Applicant integrity</source>
        <translation>Integrita údajov žiadateľa</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation>Overenie veku</translation>
    </message>
    <message>
        <source>Barcode cross-check</source>
        <translation>Krížová kontrola čiarového kódu</translation>
    </message>
    <message>
        <source>(unnamed check)</source>
        <translation>(nepomenovaná kontrola)</translation>
    </message>
</context>
<context>
    <name>Domain::SessionStatus</name>
    <message>
        <source>Waiting for the applicant</source>
        <translation>Čaká sa na žiadateľa</translation>
    </message>
    <message>
        <source>Waiting for manual review</source>
        <translation>Čaká sa na manuálnu kontrolu</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Schválené automaticky</translation>
    </message>
    <message>
        <source>Approved by a reviewer</source>
        <translation>Schválené posudzovateľom</translation>
    </message>
    <message>
        <source>Rejected automatically</source>
        <translation>Zamietnuté automaticky</translation>
    </message>
    <message>
        <source>Rejected by a reviewer</source>
        <translation>Zamietnuté posudzovateľom</translation>
    </message>
    <message>
        <source>Expired: the applicant did not finish in time</source>
        <translation>Platnosť vypršala: žiadateľ nedokončil overenie včas</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>Neznámy stav: %1</translation>
    </message>
</context>
<context>
    <name>Domain::Validation</name>
    <message>
        <source>%1 must be a GUID such as ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</source>
        <translation>Pole „%1“ musí byť GUID, napríklad ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Ďalšie mená</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dátum narodenia</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externé ID</translation>
    </message>
    <message>
        <source>Web theme</source>
        <translation>Téma webu</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID relácie</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Návratová URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Pole „%1“ je povinné.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>Pole „%1“ je dlhšie ako %2 znakov.</translation>
    </message>
    <message>
        <source>%1 contains the digit %2; names cannot contain digits.</source>
        <translation>Pole „%1“ obsahuje číslicu %2; mená nemôžu obsahovať číslice.</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not allowed in a name.</source>
        <translation>Pole „%1“ obsahuje %2, čo v mene nie je povolené.</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>Pole „%1“ musí obsahovať aspoň jedno písmeno.</translation>
    </message>
    <message>
        <source>%1 must be written YYYY-MM-DD, for example 1990-04-23.</source>
        <translation>Pole „%1“ musí mať tvar RRRR-MM-DD, napríklad 1990-04-23.</translation>
    </message>
    <message>
        <source>%1 %2 is not a real calendar date.</source>
        <translation>Pole „%1“: dátum %2 v kalendári neexistuje.</translation>
    </message>
    <message>
        <source>%1 cannot be before 1900-01-01.</source>
        <translation>Pole „%1“: dátum nemôže byť pred 1900-01-01.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>Pole „%1“: dátum nemôže byť v budúcnosti.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2.</source>
        <translation>Pole „%1“ obsahuje riadiaci znak %2.</translation>
    </message>
    <message>
        <source>%1 contains %2; use only letters A-Z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Pole „%1“ obsahuje %2; používajte len písmená A-Z, číslice, &apos;_&apos;, &apos;.&apos; a &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 is required: the page the applicant&apos;s phone shows after finishing.</source>
        <translation>Pole „%1“ je povinné: stránka, ktorú telefón žiadateľa zobrazí po dokončení.</translation>
    </message>
    <message>
        <source>%1 is not a valid absolute URL.</source>
        <translation>Pole „%1“ nie je platná absolútna URL.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>Pole „%1“ musí začínať na https://.</translation>
    </message>
    <message>
        <source>%1 contains the invisible or reordering character %2, which would change how it is displayed.</source>
        <translation>%1 obsahuje neviditeľný alebo poradie meniaci znak %2, ktorý by zmenil jeho zobrazenie.</translation>
    </message>
    <message>
        <source>%1 contains a user name before “@”, which would send the applicant to %2.</source>
        <translation>%1 obsahuje používateľské meno pred „@“, ktoré by žiadateľa poslalo na %2.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>medzeru</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>enrolment-desk: the window program %1 is not installed next to %2.</source>
        <translation>enrolment-desk: grafický program %1 nie je nainštalovaný vedľa %2.</translation>
    </message>
</context>
<context>
    <name>History::CreationOutcome</name>
    <message>
        <source>The session %1 may exist on the platform.</source>
        <translation>Relácia %1 môže na platforme existovať.</translation>
    </message>
    <message>
        <source>The session %1 may exist on the platform: the history lists it as “%2”, where its status can be checked and its data deleted.</source>
        <translation>Relácia %1 môže na platforme existovať: história ju uvádza ako „%2“; tam môžete overiť jej stav a vymazať jej údaje.</translation>
    </message>
</context>
<context>
    <name>History::SessionLog</name>
    <message>
        <source>A session needs an id and a creation time to be recorded.</source>
        <translation>Na zaznamenanie relácie je potrebné jej ID a čas vytvorenia.</translation>
    </message>
    <message>
        <source>The session history “%1” is locked by another program. Try again in a moment.</source>
        <translation>Históriu relácií „%1“ zamkol iný program. Skúste to znova o chvíľu.</translation>
    </message>
    <message>
        <source>The session history “%1” is damaged: it is not a readable database. Move the file aside; a new, empty history is then started.</source>
        <translation>História relácií „%1“ je poškodená: nie je to čitateľná databáza. Presuňte súbor inam; potom sa založí nová, prázdna história.</translation>
    </message>
    <message>
        <source>The disk holding the session history “%1” is full.</source>
        <translation>Disk s históriou relácií „%1“ je plný.</translation>
    </message>
    <message>
        <source>The session history “%1” is read-only, so it cannot be updated.</source>
        <translation>História relácií „%1“ je len na čítanie, preto ju nemožno aktualizovať.</translation>
    </message>
    <message>
        <source>The session history “%1” cannot be opened: check that the file and its folder can be read and written.</source>
        <translation>Históriu relácií „%1“ nemožno otvoriť: skontrolujte, či súbor aj jeho priečinok možno čítať a zapisovať.</translation>
    </message>
    <message>
        <source>The session history “%1” could not be read or written (input/output error).</source>
        <translation>Históriu relácií „%1“ sa nepodarilo prečítať ani zapísať (chyba vstupu/výstupu).</translation>
    </message>
    <message>
        <source>There was not enough memory to use the session history “%1”.</source>
        <translation>Na použitie histórie relácií „%1“ nebolo dosť pamäte.</translation>
    </message>
    <message>
        <source>The session history “%1” could not be used (SQLite error %2).</source>
        <translation>Históriu relácií „%1“ sa nepodarilo použiť (chyba SQLite %2).</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a session history; it was left untouched.</source>
        <translation>Súbor „%1“ je databáza iného programu, nie história relácií; zostal nezmenený.</translation>
    </message>
    <message>
        <source>The session history “%1” was written by a newer Enrolment Desk (format %2; this version knows format %3). Update Enrolment Desk to use it.</source>
        <translation>Históriu relácií „%1“ zapísala novšia verzia Enrolment Desk (formát %2; táto verzia pozná formát %3). Na jej použitie aktualizujte Enrolment Desk.</translation>
    </message>
    <message>
        <source>The folder “%1” for the session history cannot be created.</source>
        <translation>Priečinok „%1“ pre históriu relácií nemožno vytvoriť.</translation>
    </message>
    <message>
        <source>The session history cannot be kept: Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Históriu relácií nemožno uchovávať: ovládač SQLite pre Qt nie je nainštalovaný (balík Debianu libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The session history %1 cannot be made private to its owner.</source>
        <translation>História relácií %1 sa nedá obmedziť len na jej vlastníka.</translation>
    </message>
    <message>
        <source>no reply recorded</source>
        <translation>žiadna zaznamenaná odpoveď</translation>
    </message>
    <message>
        <source>reply lost</source>
        <translation>odpoveď stratená</translation>
    </message>
    <message>
        <source>reply rejected</source>
        <translation>odpoveď odmietnutá</translation>
    </message>
    <message>
        <source>refused by the platform</source>
        <translation>odmietnuté platformou</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušené</translation>
    </message>
</context>
<context>
    <name>Kiosk::KioskSettings</name>
    <message>
        <source>no PIN (the kiosk cannot be left until &apos;enrolment-desk kiosk-pin --set&apos; stores one)</source>
        <translation>žiadny PIN (kiosk nemožno opustiť, kým &apos;enrolment-desk kiosk-pin --set&apos; nejaký neuloží)</translation>
    </message>
    <message>
        <source>the system&apos;s PIN</source>
        <translation>PIN zo systémových nastavení</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A kiosk setting&apos;s value in a message when the setting is empty.</extracomment>
        <translation>žiadna hodnota</translation>
    </message>
    <message>
        <source>is not a single text</source>
        <translation>nie je jeden text</translation>
    </message>
    <message>
        <source>is %1, not true or false</source>
        <translation>je %1, nie true ani false</translation>
    </message>
    <message>
        <source>is %1, not a whole number of seconds</source>
        <translation>je %1, nie celý počet sekúnd</translation>
    </message>
    <message>
        <source>is %1, less than %2 seconds</source>
        <translation>je %1, menej ako %2 s</translation>
    </message>
    <message>
        <source>is %1, more than %2 seconds</source>
        <translation>je %1, viac ako %2 s</translation>
    </message>
    <message>
        <source>is %1, not a colour written as #rrggbb</source>
        <translation>je %1, nie farba v tvare #rrggbb</translation>
    </message>
    <message>
        <source>is not a PIN hash written by &apos;enrolment-desk kiosk-pin&apos;</source>
        <translation>nie je hash PIN-u zapísaný príkazom &apos;enrolment-desk kiosk-pin&apos;</translation>
    </message>
    <message>
        <source>your settings (%1)</source>
        <translation>Vo vašich nastaveniach (%1)</translation>
    </message>
    <message>
        <source>the system settings (%1)</source>
        <translation>V systémových nastaveniach (%1)</translation>
    </message>
    <message>
        <source>%1 in %2 %3</source>
        <translation>%2: %1 %3</translation>
    </message>
    <message>
        <source>%1; using %2.</source>
        <translation>%1; použije sa: %2.</translation>
    </message>
    <message>
        <source>%1 in %2 names %3, which is not a kiosk setting; it is ignored.</source>
        <translation>%2: %1 uvádza %3, čo nie je nastavenie kiosku; ignoruje sa.</translation>
    </message>
    <message>
        <source>The kiosk PIN is locked by the system administrator (%1 lists pinHash in %2); it cannot be changed in your settings.</source>
        <translation>PIN kiosku zamkol správca systému (%1 uvádza pinHash v %2); vo vašich nastaveniach ho nemožno zmeniť.</translation>
    </message>
    <message>
        <source>That is not a PIN hash written by &apos;enrolment-desk kiosk-pin&apos;.</source>
        <translation>Toto nie je hash PIN-u zapísaný príkazom &apos;enrolment-desk kiosk-pin&apos;.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Do súboru nastavení %1 nemožno zapisovať.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Pin</name>
    <message>
        <source>The PIN may contain only the digits 0 to 9.</source>
        <translation>PIN môže obsahovať len číslice 0 až 9.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>PIN musí mať %1 až %2 číslic.</translation>
    </message>
</context>
<context>
    <name>Qr::QrExport</name>
    <message>
        <source>a module size of %1 pixels is not possible.</source>
        <translation>veľkosť modulu %1 pixelov nie je možná.</translation>
    </message>
    <message>
        <source>there is not enough memory.</source>
        <translation>nie je dostatok pamäte.</translation>
    </message>
    <message>
        <source>the PNG encoder failed (%1).</source>
        <translation>kódovač PNG zlyhal (%1).</translation>
    </message>
    <message>
        <source>Could not make a PNG image of the QR code: %1</source>
        <translation>Z QR kódu sa nepodarilo vytvoriť obrázok PNG: %1</translation>
    </message>
    <message>
        <source>Could not save the QR code as “%1”: %2</source>
        <translation>QR kód sa nepodarilo uložiť ako „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Qr::QrMatrix</name>
    <message>
        <source>The text is too long for a QR code: %1 bytes as UTF-8, while a QR code at error correction level M holds at most 2331 bytes (more only for texts of digits or capital letters alone).</source>
        <translation>Text je pre QR kód príliš dlhý: %1 bajtov v UTF-8, pričom QR kód s úrovňou korekcie chýb M pojme najviac 2331 bajtov (viac len pri textoch iba z číslic alebo veľkých písmen).</translation>
    </message>
    <message>
        <source>The QR code could not be created: %1</source>
        <translation>QR kód sa nepodarilo vytvoriť: %1</translation>
    </message>
</context>
<context>
    <name>Ui::ApplicantForm</name>
    <message>
        <source>As on the identity document; with last name and date of birth</source>
        <translation>Ako v doklade totožnosti; spolu s priezviskom a dátumom narodenia</translation>
    </message>
    <message>
        <source>As on the identity document; with first name and date of birth</source>
        <translation>Ako v doklade totožnosti; spolu s menom a dátumom narodenia</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Priez&amp;visko:</translation>
    </message>
    <message>
        <source>Middle or other names, if any</source>
        <translation>Stredné alebo ďalšie mená, ak nejaké sú</translation>
    </message>
    <message>
        <source>A&amp;dditional names:</source>
        <translation>Ď&amp;alšie mená:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalendár…</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Dátum narodenia:</translation>
    </message>
    <message>
        <source>Your case or customer number</source>
        <translation>Vaše číslo prípadu alebo klienta</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>&amp;Externé ID:</translation>
    </message>
    <message>
        <source>Web theme</source>
        <translation>Téma webu</translation>
    </message>
    <message>
        <source>Colour and logo theme of the applicant&apos;s web pages</source>
        <translation>Farebná téma a logo webových stránok žiadateľa</translation>
    </message>
    <message>
        <source>Applicant&apos;s language</source>
        <translation>Jazyk žiadateľa</translation>
    </message>
    <message>
        <source>Language of the applicant&apos;s web pages</source>
        <translation>Jazyk webových stránok žiadateľa</translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation>Predvolený jazyk platformy</translation>
    </message>
    <message>
        <source>Applicant&apos;s lan&amp;guage:</source>
        <translation>&amp;Jazyk žiadateľa:</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s details first: the check compares them with the document.</source>
        <translation>Najprv zadajte údaje žiadateľa: kontrola ich porovnáva s dokladom.</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>Web th&amp;eme:</source>
        <translation>&amp;Téma webu:</translation>
    </message>
    <message>
        <source>Year, month and day, for example 1990-04-23. %1 opens a calendar.</source>
        <translation>Rok, mesiac a deň, napríklad 1990-04-23. Kláves %1 otvorí kalendár.</translation>
    </message>
    <message>
        <source>Choose the date of birth from a calendar (%1)</source>
        <translation>Vybrať dátum narodenia z kalendára (%1)</translation>
    </message>
    <message>
        <source>S&amp;kip the integrity check</source>
        <translation>&amp;Preskočiť kontrolu integrity</translation>
    </message>
    <message>
        <source>The platform then does not compare these details with the document.</source>
        <translation>Platforma potom tieto údaje neporovná s dokladom.</translation>
    </message>
    <message>
        <source>%1 Only available when applicant details are entered.</source>
        <translation>%1 K dispozícii, len keď sú zadané údaje žiadateľa.</translation>
    </message>
</context>
<context>
    <name>Ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Zákaznícky displej</translation>
    </message>
    <message>
        <source>What the applicant is asked to do</source>
        <translation>Čo má žiadateľ urobiť</translation>
    </message>
    <message>
        <source>Time left until the link expires</source>
        <translation>Čas do vypršania platnosti odkazu</translation>
    </message>
    <message>
        <source>Progress of the session</source>
        <translation>Priebeh relácie</translation>
    </message>
    <message>
        <source>Message to the applicant</source>
        <translation>Správa pre žiadateľa</translation>
    </message>
</context>
<context>
    <name>Ui::DecisionView</name>
    <message>
        <source>Trust factors</source>
        <translation>Faktory dôvery</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column headers of the trust factors; &quot;Check&quot; is a noun (the check that was made).</extracomment>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>⌛ Expired</source>
        <translation>⌛ Platnosť vypršala</translation>
    </message>
    <message>
        <source>? No result</source>
        <translation>? Bez výsledku</translation>
    </message>
    <message>
        <source>%1 (interim)</source>
        <translation>%1 (predbežný výsledok)</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Skóre %1 zo 100</translation>
    </message>
    <message>
        <source>No overall score</source>
        <translation>Bez celkového skóre</translation>
    </message>
    <message>
        <source>A reviewer at the platform has not decided yet: these are interim results.</source>
        <translation>Posudzovateľ na platforme ešte nerozhodol: ide o predbežné výsledky.</translation>
    </message>
    <message>
        <source>Extra checks are recommended before you continue: compare the document with the applicant in person.</source>
        <translation>Pred pokračovaním sa odporúčajú ďalšie kontroly: porovnajte doklad so žiadateľom osobne.</translation>
    </message>
    <message>
        <source>Do not continue with this identity. Follow your branch&apos;s procedure.</source>
        <translation>S touto totožnosťou nepokračujte. Postupujte podľa pravidiel vašej pobočky.</translation>
    </message>
    <message>
        <source>? Unknown level “%1”</source>
        <translation>? Neznáma úroveň „%1“</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: %2, score %3</source>
        <translation>%1: %2, skóre %3</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryFilterBar</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Created from (YYYY-MM-DD)</source>
        <translation>Vytvorené od (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Created until (YYYY-MM-DD)</source>
        <translation>Vytvorené do (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Case number contains</source>
        <translation>Číslo prípadu obsahuje</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Placeholder of the external ID filter when it is empty: sessions of any external ID.</extracomment>
        <translation>ľubovoľný</translation>
    </message>
    <message>
        <source>Ca&amp;se (externalId):</source>
        <translation>&amp;Prípad (externalId):</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Vytvorené &amp;od:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-11-26.</source>
        <translation>Dátumy zadávajte v tvare RRRR-MM-DD, napr. 2026-11-26.</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryTableModel</name>
    <message>
        <source>%1 (link expired)</source>
        <translation>%1 (platnosť odkazu vypršala)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznáme</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Naposledy zistené %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Read by a screen reader for an empty cell of the history table.</extracomment>
        <translation>prázdne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvorené</translation>
    </message>
    <message>
        <source>Case (externalId)</source>
        <translation>Prípad (externalId)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Posledný stav</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutie</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Odkaz platí do</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Údaje vymazané</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID relácie</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryView</name>
    <message>
        <source>Delete session data</source>
        <translation>Vymazať údaje relácie</translation>
    </message>
    <message>
        <source>&amp;Delete data</source>
        <translation>&amp;Vymazať údaje</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>História relácií</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problém s históriou</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Zaznamenané relácie</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>&amp;Skontrolovať stav</translation>
    </message>
    <message>
        <source>Ask the platform for the selected session&apos;s status and decision (Enter in the table)</source>
        <translation>Zistiť na platforme stav a rozhodnutie vybranej relácie (Enter v tabuľke)</translation>
    </message>
    <message>
        <source>&amp;Delete data on platform…</source>
        <translation>&amp;Vymazať údaje na platforme…</translation>
    </message>
    <message>
        <source>Delete everything the platform keeps about the selected session</source>
        <translation>Vymazať všetko, čo platforma uchováva o vybranej relácii</translation>
    </message>
    <message>
        <source>%1 The desk works on, but the history cannot be shown or kept until this is solved.</source>
        <translation>%1 Aplikácia funguje ďalej, ale históriu nemožno zobraziť ani uchovávať, kým sa to nevyrieši.</translation>
    </message>
    <message>
        <source>Sessions shown: the newest %1. Narrow the filter to see older ones.</source>
        <translation>Zobrazené relácie: najnovších %1. Ak chcete vidieť staršie, zúžte filter.</translation>
    </message>
    <message>
        <source>Sessions shown: %1</source>
        <translation>Zobrazené relácie: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Delete all data of session %1 from the platform? This cannot be undone.</source>
        <translation>Vymazať z platformy všetky údaje relácie %1? Túto akciu nemožno vrátiť späť.</translation>
    </message>
    <message>
        <source>Delete all data of session %1 (case %2) from the platform? This cannot be undone.</source>
        <translation>Vymazať z platformy všetky údaje relácie %1 (prípad %2)? Túto akciu nemožno vrátiť späť.</translation>
    </message>
    <message>
        <source>The platform does not know this session (HTTP 404): its data may have been deleted, or it was created on another platform.</source>
        <translation>Platforma túto reláciu nepozná (HTTP 404): jej údaje mohli byť vymazané alebo bola vytvorená na inej platforme.</translation>
    </message>
    <message>
        <source>Asking the platform about session %1…</source>
        <translation>Zisťuje sa stav relácie %1 na platforme…</translation>
    </message>
    <message>
        <source>Session %1: %2 (checked %3).</source>
        <translation>Relácia %1: %2 (zistené %3).</translation>
    </message>
    <message>
        <source>Its results could not be read: %1</source>
        <translation>Jej výsledky sa nepodarilo prečítať: %1</translation>
    </message>
    <message>
        <source>The history was not updated: %1</source>
        <translation>História nebola aktualizovaná: %1</translation>
    </message>
    <message>
        <source>Deleting the data of session %1 on the platform…</source>
        <translation>Mažú sa údaje relácie %1 na platforme…</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Nič nebolo vymazané. %1</translation>
    </message>
    <message>
        <source>The platform deleted all data of session %1.</source>
        <translation>Platforma vymazala všetky údaje relácie %1.</translation>
    </message>
    <message>
        <source>The platform deleted all data of session %1, but the history could not record it: %2</source>
        <translation>Platforma vymazala všetky údaje relácie %1, ale história to nemohla zaznamenať: %2</translation>
    </message>
</context>
<context>
    <name>Ui::InspectorDock</name>
    <message>
        <source>%1: empty</source>
        <translation>%1: prázdne</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bytes):</source>
        <translation>
            <numerusform>%1 (%n bajt):</numerusform>
            <numerusform>%1 (%n bajty):</numerusform>
            <numerusform>%1 (%n bajtov):</numerusform>
        </translation>
    </message>
    <message>
        <source>[cut: only the first %1 bytes were kept]</source>
        <translation>[skrátené: ponechalo sa len prvých %1 bajtov]</translation>
    </message>
    <message>
        <source>API inspector</source>
        <translation>Inšpektor API</translation>
    </message>
    <message>
        <source>Show or hide this run&apos;s API requests, secrets redacted</source>
        <translation>Zobraziť alebo skryť požiadavky API z tohto spustenia (tajné údaje sú skryté)</translation>
    </message>
    <message>
        <source>API exchanges</source>
        <translation>Výmeny s API</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Podrobnosti výmeny</translation>
    </message>
    <message>
        <source>Request and response of the selected exchange, secrets redacted</source>
        <translation>Požiadavka a odpoveď vybranej výmeny (tajné údaje sú skryté)</translation>
    </message>
    <message>
        <source>Select an exchange to see its request and response.</source>
        <translation>Vyberte výmenu, aby sa zobrazila jej požiadavka a odpoveď.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Kopírovať ako curl</translation>
    </message>
    <message>
        <source>Copy the selected exchange as a curl command</source>
        <translation>Skopírovať vybranú výmenu ako príkaz curl</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Clear the list of exchanges</source>
        <translation>Vymazať zoznam výmen</translation>
    </message>
    <message>
        <source>Started %1 (%2 UTC), attempt %3, %4 ms</source>
        <translation>Začiatok %1 (%2 UTC), pokus %3, %4 ms</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stav: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Zlyhanie: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Hlavičky požiadavky:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Telo požiadavky</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Telo odpovede</translation>
    </message>
    <message>
        <source>Copies a curl command line that repeats the request as pasted; export %1 with the password first.</source>
        <translation>Skopíruje príkaz curl, ktorý po vložení zopakuje požiadavku; najprv exportujte %1 s heslom.</translation>
    </message>
    <message>
        <source>Copied the curl command for %1 %2. Export %3 with the password before you run it.</source>
        <translation>Príkaz curl pre %1 %2 bol skopírovaný. Pred spustením exportujte %3 s heslom.</translation>
    </message>
</context>
<context>
    <name>Ui::KioskPinPad</name>
    <message>
        <source>Staff: enter the admin PIN to leave the kiosk</source>
        <translation>Personál: na opustenie kiosku zadajte administrátorský PIN</translation>
    </message>
    <message>
        <source>PIN typed so far</source>
        <translation>Doteraz zadaný PIN</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Zmazať</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Späť do kiosku</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before a pause: %1.</source>
        <translation>Nesprávny PIN. Zostávajúce pokusy pred prestávkou: %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. The next wrong PIN pauses the pad.</source>
        <translation>Nesprávny PIN. Ďalší nesprávny PIN klávesnicu dočasne zablokuje.</translation>
    </message>
    <message>
        <source>No admin PIN is set, so the kiosk cannot be left here. On this computer, an administrator runs: enrolment-desk kiosk-pin --set</source>
        <translation>Administrátorský PIN nie je nastavený, preto tu kiosk nemožno opustiť. Správca na tomto počítači spustí: enrolment-desk kiosk-pin --set</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Príliš veľa nesprávnych pokusov. Skúste to znova o %1 s.</translation>
    </message>
</context>
<context>
    <name>Ui::KioskShell</name>
    <message>
        <source>Enrolment Desk kiosk</source>
        <translation>Kiosk Enrolment Desk</translation>
    </message>
    <message>
        <source>DEMO - no real verification. Sessions go to a sandbox on this computer; nothing is checked.</source>
        <translation>DEMO – žiadne skutočné overenie. Relácie idú do sandboxu na tomto počítači; nič sa nekontroluje.</translation>
    </message>
</context>
<context>
    <name>Ui::KioskWindow</name>
    <message>
        <source>Staff</source>
        <translation>Personál</translation>
    </message>
    <message>
        <source>For staff: leave the kiosk with the admin PIN</source>
        <translation>Pre personál: opustenie kiosku pomocou administrátorského PIN</translation>
    </message>
</context>
<context>
    <name>Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Podľa systému (%1)</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>Platí od nasledujúceho spustenia</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>jazyk systému</translation>
    </message>
    <message>
        <source>Enrolment Desk will be in %1 from its next start.</source>
        <translation>Jazyk aplikácie Enrolment Desk od nasledujúceho spustenia: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Enrolment Desk (demo)</source>
        <translation>Enrolment Desk (demo)</translation>
    </message>
    <message>
        <source>Enrolment Desk</source>
        <translation>Enrolment Desk</translation>
    </message>
    <message>
        <source>DEMO - no real verification. Sessions go to a sandbox on this computer; nothing is checked.</source>
        <translation>DEMO – žiadne skutočné overenie. Relácie idú do sandboxu na tomto počítači; nič sa nekontroluje.</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Vytvoriť reláciu</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Zr&amp;ušiť</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Otvoriť v prehliadači</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Kopírovať odkaz</translation>
    </message>
    <message>
        <source>&amp;Next applicant</source>
        <translation>Ďalší ž&amp;iadateľ</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Profi&amp;ly…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Relácia</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Nastavenia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>C&amp;ustomer display…</source>
        <translation>Zákaznícky &amp;displej…</translation>
    </message>
    <message>
        <source>&amp;Hide customer display</source>
        <translation>&amp;Skryť zákaznícky displej</translation>
    </message>
    <message>
        <source>Session &amp;history…</source>
        <translation>&amp;História relácií…</translation>
    </message>
    <message>
        <source>The sessions created here: check them again or delete their data on the platform (Ctrl+H)</source>
        <translation>Relácie vytvorené tu: znova ich skontrolujte alebo vymažte ich údaje na platforme (Ctrl+H)</translation>
    </message>
    <message>
        <source>API &amp;inspector</source>
        <translation>&amp;Inšpektor API</translation>
    </message>
    <message>
        <source>Every request to the platform in this run, with secrets redacted (for QA)</source>
        <translation>Všetky požiadavky na platformu v tomto spustení, tajné údaje sú skryté (pre QA)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;About Enrolment Desk</source>
        <translation>&amp;O aplikácii Enrolment Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktívny profil</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Žiadateľ</translation>
    </message>
    <message>
        <source>Create the session (Enter)</source>
        <translation>Vytvoriť reláciu (Enter)</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Zatiaľ žiadny profil</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Settings &gt; Profiles).</source>
        <translation>Najprv vyberte alebo vytvorte profil (Nastavenia &gt; Profily).</translation>
    </message>
    <message>
        <source>The profile “%1” needs a return URL (Settings &gt; Profiles).</source>
        <translation>Profil „%1“ potrebuje návratovú URL (Nastavenia &gt; Profily).</translation>
    </message>
    <message>
        <source>Can&apos;t create yet: %1</source>
        <translation>Zatiaľ nemožno vytvoriť: %1</translation>
    </message>
    <message>
        <source>The password could not be found</source>
        <translation>Heslo sa nepodarilo nájsť</translation>
    </message>
    <message>
        <source>Link copied. It is cleared from the clipboard with “Next applicant”.</source>
        <translation>Odkaz bol skopírovaný. Zo schránky sa vymaže tlačidlom „Ďalší žiadateľ“.</translation>
    </message>
    <message>
        <source>About Enrolment Desk</source>
        <translation>O aplikácii Enrolment Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Enrolment Desk %1&lt;/h3&gt;&lt;p&gt;Staff-assisted identity onboarding: create an enrolment session, show its link as a QR code, and follow it to the platform&apos;s decision.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enrolment Desk %1&lt;/h3&gt;&lt;p&gt;Overovanie totožnosti klientov s asistenciou personálu: vytvorte reláciu overenia, zobrazte jej odkaz ako QR kód a sledujte ju až po rozhodnutie platformy.&lt;/p&gt;&lt;p&gt;Zostavené s Qt %2, spustené na Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the QR code on a screen facing the customer</source>
        <translation>Zobraziť QR kód na obrazovke otočenej k zákazníkovi</translation>
    </message>
    <message>
        <source>Session history is off: %1</source>
        <translation>História relácií je vypnutá: %1</translation>
    </message>
    <message>
        <source>Create a new link with the sa&amp;me details</source>
        <translation>V&amp;ytvoriť nový odkaz s rovnakými údajmi</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>Skontrolovať &amp;hneď</translation>
    </message>
    <message>
        <source>Ask the platform for the session&apos;s status now (%1)</source>
        <translation>Zistiť stav relácie na platforme hneď (%1)</translation>
    </message>
    <message>
        <source>T&amp;ry again with a new session</source>
        <translation>&amp;Skúsiť znova s novou reláciou</translation>
    </message>
    <message>
        <source>Creates a new session with a new session ID; the failed one stays in the history.</source>
        <translation>Vytvorí novú reláciu s novým ID relácie; neúspešná zostane v histórii.</translation>
    </message>
    <message>
        <source>Copy session &amp;ID</source>
        <translation>Kopírovať &amp;ID relácie</translation>
    </message>
    <message>
        <source>Copy the session&apos;s ID, to find it in the history or tell support about it</source>
        <translation>Skopírovať ID relácie, aby ste ju našli v histórii alebo ju oznámili podpore</translation>
    </message>
    <message>
        <source>Session ID %1 copied.</source>
        <translation>ID relácie %1 bolo skopírované.</translation>
    </message>
    <message>
        <source>No browser could be opened. Use “Copy link” (%1) and open the link by hand, or let the applicant scan the code.</source>
        <translation>Nepodarilo sa otvoriť prehliadač. Použite „Kopírovať odkaz“ (%1) a otvorte odkaz ručne, alebo nechajte žiadateľa naskenovať kód.</translation>
    </message>
    <message>
        <source>en-US</source>
        <extracomment>The web language (a code of the platform&apos;s list, e.g. de-DE) in which the customer display greets customers while no code is shown: the branch&apos;s language.</extracomment>
        <translation>sk-SK</translation>
    </message>
    <message>
        <source>The platform asked to wait until %1.</source>
        <translation>Platforma požiadala počkať do %1.</translation>
    </message>
    <message>
        <source>Quit Enrolment Desk?</source>
        <translation>Ukončiť Enrolment Desk?</translation>
    </message>
    <message>
        <source>A session is still open: the applicant may be using the link, and the desk is waiting for the platform&apos;s decision. If you quit, the desk stops following it; you can check it later in the session history.</source>
        <translation>Relácia je ešte otvorená: žiadateľ možno práve používa odkaz a desk čaká na rozhodnutie platformy. Ak program ukončíte, desk ju prestane sledovať; neskôr ju môžete skontrolovať v histórii relácií.</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Zostať</translation>
    </message>
</context>
<context>
    <name>Ui::ProfileEditor</name>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Jeden na riadok alebo oddelené čiarkami</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Názov profilu</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Základná URL</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Stav hesla</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Návratová URL</translation>
    </message>
    <message>
        <source>https://bank.example/enrolment-finished</source>
        <translation>https://bank.example/enrolment-finished</translation>
    </message>
    <message>
        <source>Web themes</source>
        <translation>Témy webu</translation>
    </message>
    <message>
        <source>Allowed link hosts</source>
        <translation>Povolení hostitelia odkazov</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Interval kontroly stavu v sekundách</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Časový limit v sekundách</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Súbor s balíkom certifikátov CA</translation>
    </message>
    <message>
        <source>Optional: extra CA certificates in PEM</source>
        <translation>Voliteľné: ďalšie certifikáty CA vo formáte PEM</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Vybrať…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle file</source>
        <translation>Vybrať súbor s balíkom certifikátov CA</translation>
    </message>
    <message>
        <source>How the profile is listed in the toolbar</source>
        <translation>Ako sa profil zobrazuje na paneli nástrojov</translation>
    </message>
    <message>
        <source>Address of the verification platform</source>
        <translation>Adresa overovacej platformy</translation>
    </message>
    <message>
        <source>The platform&apos;s API user</source>
        <translation>Používateľ API platformy</translation>
    </message>
    <message>
        <source>Web themes staff can choose, one per line or separated by commas</source>
        <translation>Témy webu, z ktorých môže personál vyberať, jedna na riadok alebo oddelené čiarkami</translation>
    </message>
    <message>
        <source>Hosts the platform&apos;s links may point to besides the API&apos;s own</source>
        <translation>Hostitelia, na ktorých môžu odkazy platformy smerovať okrem hostiteľa API</translation>
    </message>
    <message>
        <source>How often the desk asks for a session&apos;s status</source>
        <translation>Ako často aplikácia zisťuje stav relácie</translation>
    </message>
    <message>
        <source>How long one request to the platform may take</source>
        <translation>Ako dlho môže trvať jedna požiadavka na platformu</translation>
    </message>
    <message>
        <source>Optional file of extra CA certificates in PEM, for networks that inspect TLS</source>
        <translation>Voliteľný súbor ďalších certifikátov CA vo formáte PEM pre siete, ktoré kontrolujú TLS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Základná URL:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Používateľské &amp;meno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Web &amp;themes:</source>
        <translation>&amp;Témy webu:</translation>
    </message>
    <message>
        <source>Allowed &amp;link hosts:</source>
        <translation>Povo&amp;lení hostitelia odkazov:</translation>
    </message>
    <message>
        <source>P&amp;oll interval:</source>
        <translation>Interval &amp;kontroly stavu:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Časový l&amp;imit:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Balík &amp;CA:</translation>
    </message>
    <message>
        <source>Hosts the platform&apos;s links may point to besides the API&apos;s own; *.example.com allows its subdomains.</source>
        <translation>Hostitelia, na ktorých môžu odkazy platformy smerovať okrem hostiteľa API; *.example.com povolí jeho subdomény.</translation>
    </message>
    <message>
        <source>For networks that inspect TLS with their own certificate authority.</source>
        <translation>Pre siete, ktoré kontrolujú TLS vlastnou certifikačnou autoritou.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problém v poli %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Nechajte prázdne, ak sa má ponechať uložené heslo</translation>
    </message>
    <message>
        <source>Type the API password</source>
        <translation>Zadajte heslo API</translation>
    </message>
    <message>
        <source>Saved in the system keychain when you press OK.</source>
        <translation>Po stlačení OK sa uloží do systémového úložiska hesiel.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Kontroluje sa systémové úložisko hesiel…</translation>
    </message>
    <message>
        <source>•••• stored in the system keychain. Type a new password only to change it.</source>
        <translation>•••• uložené v systémovom úložisku hesiel. Nové heslo zadajte, len ak ho chcete zmeniť.</translation>
    </message>
    <message>
        <source>No password is stored for this profile yet.</source>
        <translation>Pre tento profil zatiaľ nie je uložené žiadne heslo.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Vyberte balík certifikátov CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikáty PEM (*.pem *.crt *.cer);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Required: where the applicant&apos;s browser goes when the enrolment is finished</source>
        <translation>Povinné: kam prejde prehliadač žiadateľa po dokončení registrácie</translation>
    </message>
    <message>
        <source>&amp;Return URL (required):</source>
        <extracomment>The return URL is required: sessions cannot be created without one.</extracomment>
        <translation>&amp;Návratová URL (povinná):</translation>
    </message>
    <message>
        <source>•••• kept until the desk closes: the system keychain could not store it. Type it again after the next start.</source>
        <translation>•••• uchované do zatvorenia desku: systémová kľúčenka ho nemohla uložiť. Po ďalšom spustení ho zadajte znova.</translation>
    </message>
</context>
<context>
    <name>Ui::QrView</name>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>QR kód odkazu na overenie</translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>QR kód sa nepodarilo vytvoriť.</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Žiadny QR kód</translation>
    </message>
    <message>
        <source>Scan it with the phone&apos;s camera to open the enrolment link.</source>
        <translation>Naskenujte ho fotoaparátom telefónu, aby sa otvoril odkaz na overenie.</translation>
    </message>
    <message>
        <source>No enrolment link is shown yet.</source>
        <translation>Zatiaľ sa nezobrazuje žiadny odkaz na overenie.</translation>
    </message>
</context>
<context>
    <name>Ui::ScreenChooser</name>
    <message>
        <source>Choose the customer display</source>
        <translation>Vyberte zákaznícky displej</translation>
    </message>
    <message>
        <source>Choose the screen that faces the customer. It shows only the QR code, the time left and short instructions in the applicant&apos;s language, never what you type.</source>
        <translation>Vyberte obrazovku otočenú k zákazníkovi. Zobrazuje len QR kód, zostávajúci čas a krátke pokyny v jazyku žiadateľa, nikdy nie to, čo píšete.</translation>
    </message>
    <message>
        <source>Screens for the customer display</source>
        <translation>Obrazovky pre zákaznícky displej</translation>
    </message>
    <message>
        <source>&amp;Test display</source>
        <translation>&amp;Otestovať displej</translation>
    </message>
    <message>
        <source>Test display</source>
        <translation>Otestovať displej</translation>
    </message>
    <message>
        <source>Shows a test page on the selected screen for a few seconds</source>
        <translation>Na vybranej obrazovke na niekoľko sekúnd zobrazí testovaciu stránku</translation>
    </message>
    <message>
        <source>&amp;Show on this screen</source>
        <translation>&amp;Zobraziť na tejto obrazovke</translation>
    </message>
    <message>
        <source>Only one screen is connected. Connect a second screen facing the customer to use the customer display.</source>
        <translation>Je pripojená len jedna obrazovka. Ak chcete používať zákaznícky displej, pripojte druhú obrazovku otočenú k zákazníkovi.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>S&amp;top test</source>
        <translation>Za&amp;staviť test</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>Zastaviť test</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Zákaznícky displej</translation>
    </message>
</context>
<context>
    <name>Ui::SessionPanel</name>
    <message>
        <source>%1. Next check at %2.</source>
        <translation>%1. Ďalšia kontrola o %2.</translation>
    </message>
    <message>
        <source>Fill in what you know about the applicant, then press Enter to create a session.

Every field is optional; with names, the platform compares them with the document.</source>
        <translation>Vyplňte, čo o žiadateľovi viete, a stlačením klávesu Enter vytvorte reláciu.

Žiadne pole nie je povinné; ak zadáte mená, platforma ich porovná s dokladom.</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Vytvára sa relácia…</translation>
    </message>
    <message>
        <source>Creating the session</source>
        <translation>Vytváranie relácie</translation>
    </message>
    <message>
        <source>Ask the applicant to scan this code with their phone&apos;s camera.</source>
        <translation>Požiadajte žiadateľa, aby tento kód naskenoval fotoaparátom svojho telefónu.</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Platnosť odkazu vypršala</translation>
    </message>
    <message>
        <source>The applicant can no longer use this code. Create a new link with the same details, or start over for the next applicant.</source>
        <translation>Žiadateľ už tento kód nemôže použiť. Vytvorte nový odkaz s rovnakými údajmi alebo začnite odznova s ďalším žiadateľom.</translation>
    </message>
    <message>
        <source>The platform did not say when this link expires.</source>
        <translation>Platforma neuviedla, kedy platnosť tohto odkazu vyprší.</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>Reláciu sa nepodarilo vytvoriť</translation>
    </message>
    <message>
        <source>Link expires in %1</source>
        <translation>Platnosť odkazu vyprší o %1</translation>
    </message>
    <message>
        <source>Final: the platform has decided. Press %1 for the next applicant.</source>
        <translation>Konečný stav: platforma rozhodla. Pre ďalšieho žiadateľa stlačte %1.</translation>
    </message>
    <message numerus="yes">
        <source>The status could not be checked since %1 (%n attempt(s)): %2 Next try at %3, or “Check now” (%4).</source>
        <translation>
            <numerusform>Stav sa od %1 nedá skontrolovať (%n pokus): %2 Ďalší pokus o %3, alebo „Skontrolovať teraz“ (%4).</numerusform>
            <numerusform>Stav sa od %1 nedá skontrolovať (%n pokusy): %2 Ďalší pokus o %3, alebo „Skontrolovať teraz“ (%4).</numerusform>
            <numerusform>Stav sa od %1 nedá skontrolovať (%n pokusov): %2 Ďalší pokus o %3, alebo „Skontrolovať teraz“ (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The desk stopped following this session at %1: %2 Use “Check now” (%3) to try again.</source>
        <translation>Desk prestal sledovať túto reláciu o %1: %2 Skúste to znova pomocou „Skontrolovať teraz“ (%3).</translation>
    </message>
    <message>
        <source>Session ID: %1</source>
        <translation>ID relácie: %1</translation>
    </message>
    <message>
        <source>This session no longer exists</source>
        <translation>Táto relácia už neexistuje</translation>
    </message>
    <message>
        <source>The platform does not know this session any more (it was deleted or has ended), so its code cannot be used. Create a new link with the same details, or start over for the next applicant.</source>
        <translation>Platforma túto reláciu už nepozná (bola vymazaná alebo skončila), preto jej kód nemožno použiť. Vytvorte nový odkaz s rovnakými údajmi, alebo začnite odznova pre ďalšieho žiadateľa.</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Číslo prípadu: %1</translation>
    </message>
    <message>
        <source>The code is ready to scan. %1</source>
        <translation>Kód je pripravený na naskenovanie. %1</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>%1 Set %2 before starting the desk to use a password for this run only.</source>
        <translation>%1 Ak chcete heslo použiť len na jedno spustenie, pred štartom aplikácie nastavte premennú %2.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profily</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;fily:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridať</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Pridať profil</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikovať</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Duplikovať vybraný profil</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Odstrániť…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Odstrániť vybraný profil</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Vybraný profil</translation>
    </message>
    <message>
        <source>Save the profiles</source>
        <translation>Uložiť profily</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Some saved values were unusable and were replaced by defaults; OK saves the corrected profiles.
%1</source>
        <translation>Niektoré uložené hodnoty nebolo možné použiť a boli nahradené predvolenými; tlačidlom OK uložíte opravené profily.
%1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nový profil</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <extracomment>The name of a duplicated profile. Profile names may hold only letters, digits, spaces, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;.</extracomment>
        <translation>%1 kópia</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Odstrániť profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its stored password is removed too when you press OK.</source>
        <translation>Odstrániť profil „%1“? Po stlačení OK sa odstráni aj jeho uložené heslo.</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be saved yet: see the messages under its fields.</source>
        <translation>Profil „%1“ zatiaľ nemožno uložiť: pozrite si správy pod jeho poľami.</translation>
    </message>
    <message>
        <source>Saving the passwords…</source>
        <translation>Ukladajú sa heslá…</translation>
    </message>
    <message>
        <source>The profiles were saved, but not every password:
%1</source>
        <translation>Profily boli uložené, ale nie všetky heslá:
%1</translation>
    </message>
    <message>
        <source>%1 This run uses the password from %2.</source>
        <translation>%1 Tento beh desku používa heslo z %2.</translation>
    </message>
    <message>
        <source>The profiles were saved. %1 The password of %2 is kept until the desk closes; OK closes this dialog.</source>
        <translation>Profily boli uložené. %1 Heslo profilu %2 zostane uchované do zatvorenia desku; OK zatvorí toto okno.</translation>
    </message>
</context>
</TS>
