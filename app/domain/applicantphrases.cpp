#include "applicantphrases.h"

#include <QStringView>

#include <array>

namespace Domain {
namespace {

constexpr int DisplayPhraseCount = int(Phrase::Welcome) + 1;
constexpr int FirstKioskPhrase = int(Phrase::KioskStartTitle);
constexpr int PhraseCount = int(Phrase::KioskIdleWarning) + 1;
constexpr int KioskPhraseCount = PhraseCount - FirstKioskPhrase;

struct Translation {
    const char16_t* code;
    // In the order of Phrase: ScanInstruction, Waiting, ThankYou, LinkExpiresIn, LinkExpired,
    // TestDisplay, Welcome. Formal address where the language has one, as at a bank counter;
    // the greeting without a grammatical gender.
    std::array<const char16_t*, DisplayPhraseCount> texts;
};

// English first: the fallback. Languages of Domain::webLanguages() without a row (lv-LV) get it.
// "Waiting" is a status word beside the code, not an instruction to wait: the applicant is meant
// to scan meanwhile, so the translations say "waiting"/"pending", never "please wait".
const std::array<Translation, 16> translations{{
    {u"en-US",
     {u"Scan this code with your phone's camera", u"Waiting", u"Thank you", u"Link expires in %1",
      u"This code has expired. Please ask our staff for a new one.",
      u"This is the customer display", u"Welcome"}},
    {u"de-DE",
     {u"Scannen Sie diesen Code mit der Kamera Ihres Smartphones", u"Warten auf Abschluss",
      u"Vielen Dank", u"Der Link läuft in %1 ab",
      u"Dieser Code ist abgelaufen. Bitte wenden Sie sich für einen neuen Code an unser Personal.",
      u"Dies ist der Kundenbildschirm", u"Willkommen"}},
    {u"fr-FR",
     {u"Scannez ce code avec l'appareil photo de votre téléphone", u"En attente", u"Merci",
      u"Le lien expire dans %1",
      u"Ce code a expiré. Veuillez demander un nouveau code à notre personnel.",
      u"Ceci est l'écran client", u"Bienvenue"}},
    {u"fr-CA",
     {u"Balayez ce code avec l'appareil photo de votre téléphone", u"En attente", u"Merci",
      u"Le lien expire dans %1",
      u"Ce code a expiré. Veuillez demander un nouveau code à notre personnel.",
      u"Ceci est l'écran client", u"Bienvenue"}},
    {u"es-ES",
     {u"Escanee este código con la cámara de su móvil", u"En espera", u"Gracias",
      u"El enlace caduca en %1",
      u"Este código ha caducado. Por favor, pida uno nuevo a nuestro personal.",
      u"Esta es la pantalla del cliente", u"Le damos la bienvenida"}},
    {u"pt-PT",
     {u"Digitalize este código com a câmara do seu telemóvel", u"A aguardar", u"Obrigado",
      u"A ligação expira em %1",
      u"Este código expirou. Por favor, peça um novo código aos nossos funcionários.",
      u"Este é o ecrã do cliente", u"Boas-vindas"}},
    {u"cs-CZ",
     {u"Naskenujte tento kód fotoaparátem svého telefonu", u"Čeká se", u"Děkujeme",
      u"Platnost odkazu vyprší za %1",
      u"Platnost tohoto kódu vypršela. Požádejte prosím naše zaměstnance o nový.",
      u"Toto je obrazovka pro zákazníky", u"Vítejte"}},
    {u"sk-SK",
     {u"Naskenujte tento kód fotoaparátom svojho telefónu", u"Čaká sa", u"Ďakujeme",
      u"Platnosť odkazu vyprší o %1",
      u"Platnosť tohto kódu vypršala. Požiadajte, prosím, našich zamestnancov o nový.",
      u"Toto je obrazovka pre zákazníkov", u"Vitajte"}},
    {u"hu-HU",
     {u"Olvassa be ezt a kódot a telefonja kamerájával", u"Várakozás", u"Köszönjük",
      u"A link %1 múlva lejár", u"Ez a kód lejárt. Kérjen újat munkatársainktól.",
      u"Ez az ügyfélkijelző", u"Üdvözöljük"}},
    {u"ro-RO",
     {u"Scanați acest cod cu camera telefonului dumneavoastră", u"În așteptare", u"Vă mulțumim",
      u"Linkul expiră în %1",
      u"Acest cod a expirat. Vă rugăm să solicitați unul nou personalului nostru.",
      u"Acesta este ecranul pentru clienți", u"Bun venit"}},
    {u"fi-FI",
     {u"Skannaa tämä koodi puhelimesi kameralla", u"Odotetaan", u"Kiitos",
      u"Linkki vanhenee %1 kuluttua",
      u"Tämä koodi on vanhentunut. Pyydä uusi koodi henkilökunnaltamme.", u"Tämä on asiakasnäyttö",
      u"Tervetuloa"}},
    {u"sv-SE",
     {u"Skanna den här koden med kameran i din mobil", u"Väntar", u"Tack", u"Länken går ut om %1",
      u"Koden har gått ut. Be vår personal om en ny.", u"Det här är kundskärmen", u"Välkommen"}},
    {u"da-DK",
     {u"Scan denne kode med kameraet på din telefon", u"Venter", u"Tak", u"Linket udløber om %1",
      u"Denne kode er udløbet. Bed vores personale om en ny.", u"Dette er kundeskærmen",
      u"Velkommen"}},
    {u"uk-UA",
     {u"Відскануйте цей код камерою свого телефона", u"Очікування", u"Дякуємо",
      u"Термін дії посилання спливає через %1",
      u"Термін дії цього коду минув. Попросіть новий у наших працівників.",
      u"Це екран для клієнтів", u"Ласкаво просимо"}},
    {u"ar-SA",
     {u"امسح هذا الرمز بكاميرا هاتفك", u"قيد الانتظار", u"شكرًا لك", u"تنتهي صلاحية الرابط خلال %1",
      u"انتهت صلاحية هذا الرمز. يُرجى طلب رمز جديد من موظفينا.", u"هذه شاشة العملاء",
      u"أهلًا وسهلًا"}},
    {u"jp-JP", // the platform's spelling of Japanese
     {u"スマートフォンのカメラでこのコードを読み取ってください", u"待機中",
      u"ありがとうございました", u"リンクの有効期限まであと %1",
      u"このコードの有効期限が切れました。新しいコードは係員にお尋ねください。",
      u"こちらはお客様用の画面です", u"ようこそ"}},
}};

struct KioskTranslation {
    const char16_t* code;
    // In the order of Phrase from KioskStartTitle. Formal address, as at a bank counter; short
    // sentences in plain words, read standing at a screen.
    std::array<const char16_t*, KioskPhraseCount> texts;
};

// English first: the fallback for every other language, as a whole.
const std::array<KioskTranslation, 4> kioskTranslations{{
    {u"en-US",
     {u"Verify your identity",
      u"You need your phone and your identity document.",
      u"Start",
      u"Language",
      u"Your details",
      u"Please write them as on your identity document.",
      u"First name",
      u"Last name",
      u"Date of birth",
      u"Day",
      u"Month",
      u"Year",
      u"Please enter your first name.",
      u"Please enter your last name.",
      u"Please use only letters. Spaces, hyphens and apostrophes are fine.",
      u"This name is too long. Please use at most 100 characters.",
      u"Please enter your date of birth.",
      u"Please enter the day, the month and the year with four digits.",
      u"This date does not exist. Please check the day and the month.",
      u"Please check the year of your date of birth.",
      u"Cancel",
      u"Continue",
      u"One moment, please…",
      u"Scan with your phone camera",
      u"Time left: %1",
      u"I can't scan",
      u"No problem. Please ask our staff, they will gladly help you.",
      u"I have scanned the code",
      u"Please continue on your phone. This screen will change when you are done.",
      u"Show the code again",
      u"Thank you, you can continue with our staff",
      u"This code has expired",
      u"Sorry, this did not work. Please ask our staff.",
      u"Are you still there? This screen will reset in %1 s. Touch the screen to continue."}},
    {u"de-DE",
     {u"Bestätigen Sie Ihre Identität",
      u"Sie benötigen Ihr Smartphone und Ihr Ausweisdokument.",
      u"Starten",
      u"Sprache",
      u"Ihre Angaben",
      u"Bitte so, wie sie in Ihrem Ausweisdokument stehen.",
      u"Vorname",
      u"Nachname",
      u"Geburtsdatum",
      u"Tag",
      u"Monat",
      u"Jahr",
      u"Bitte geben Sie Ihren Vornamen ein.",
      u"Bitte geben Sie Ihren Nachnamen ein.",
      u"Bitte verwenden Sie nur Buchstaben. Leerzeichen, Bindestriche und Apostrophe sind erlaubt.",
      u"Dieser Name ist zu lang. Bitte verwenden Sie höchstens 100 Zeichen.",
      u"Bitte geben Sie Ihr Geburtsdatum ein.",
      u"Bitte geben Sie Tag, Monat und das Jahr mit vier Ziffern ein.",
      u"Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
      u"Bitte prüfen Sie das Jahr Ihres Geburtsdatums.",
      u"Abbrechen",
      u"Weiter",
      u"Einen Moment, bitte …",
      u"Scannen Sie den Code mit Ihrer Handykamera",
      u"Verbleibende Zeit: %1",
      u"Ich kann nicht scannen",
      u"Kein Problem. Bitte wenden Sie sich an unser Personal, wir helfen Ihnen gern.",
      u"Ich habe den Code gescannt",
      u"Bitte fahren Sie auf Ihrem Smartphone fort. Dieser Bildschirm ändert sich, sobald Sie "
      u"fertig sind.",
      u"Code wieder anzeigen",
      u"Vielen Dank, bitte wenden Sie sich nun an unser Personal",
      u"Dieser Code ist abgelaufen",
      u"Das hat leider nicht geklappt. Bitte wenden Sie sich an unser Personal.",
      u"Sind Sie noch da? Dieser Bildschirm wird in %1 s zurückgesetzt. Berühren Sie den "
      u"Bildschirm, um fortzufahren."}},
    {u"sk-SK",
     {u"Overte svoju totožnosť",
      u"Budete potrebovať mobilný telefón a doklad totožnosti.",
      u"Začať",
      u"Jazyk",
      u"Vaše údaje",
      u"Uveďte ich tak, ako sú v doklade totožnosti.",
      u"Meno",
      u"Priezvisko",
      u"Dátum narodenia",
      u"Deň",
      u"Mesiac",
      u"Rok",
      u"Zadajte, prosím, svoje meno.",
      u"Zadajte, prosím, svoje priezvisko.",
      u"Použite, prosím, iba písmená. Medzery, spojovníky a apostrofy sú povolené.",
      u"Toto meno je príliš dlhé. Použite, prosím, najviac 100 znakov.",
      u"Zadajte, prosím, dátum narodenia.",
      u"Zadajte, prosím, deň, mesiac a rok so štyrmi číslicami.",
      u"Takýto dátum neexistuje. Skontrolujte, prosím, deň a mesiac.",
      u"Skontrolujte, prosím, rok narodenia.",
      u"Zrušiť",
      u"Pokračovať",
      u"Chvíľu strpenia, prosím…",
      u"Naskenujte kód fotoaparátom telefónu",
      u"Zostávajúci čas: %1",
      u"Nedarí sa mi naskenovať kód",
      u"Nevadí. Obráťte sa, prosím, na našich zamestnancov, radi vám pomôžu.",
      u"Kód je naskenovaný",
      u"Pokračujte, prosím, v telefóne. Táto obrazovka sa zmení, keď skončíte.",
      u"Znova zobraziť kód",
      u"Ďakujeme, môžete pokračovať u našich zamestnancov",
      u"Platnosť tohto kódu vypršala",
      u"Prepáčte, nepodarilo sa to. Obráťte sa, prosím, na našich zamestnancov.",
      u"Ste tu ešte? Táto obrazovka sa o %1 s vráti na začiatok. Ak chcete pokračovať, dotknite "
      u"sa obrazovky."}},
    {u"cs-CZ",
     {u"Ověřte svou totožnost",
      u"Budete potřebovat mobilní telefon a doklad totožnosti.",
      u"Začít",
      u"Jazyk",
      u"Vaše údaje",
      u"Uveďte je tak, jak jsou v dokladu totožnosti.",
      u"Jméno",
      u"Příjmení",
      u"Datum narození",
      u"Den",
      u"Měsíc",
      u"Rok",
      u"Zadejte prosím své jméno.",
      u"Zadejte prosím své příjmení.",
      u"Použijte prosím pouze písmena. Mezery, spojovníky a apostrofy jsou povoleny.",
      u"Toto jméno je příliš dlouhé. Použijte prosím nejvýše 100 znaků.",
      u"Zadejte prosím datum narození.",
      u"Zadejte prosím den, měsíc a rok se čtyřmi číslicemi.",
      u"Takové datum neexistuje. Zkontrolujte prosím den a měsíc.",
      u"Zkontrolujte prosím rok narození.",
      u"Zrušit",
      u"Pokračovat",
      u"Chvíli strpení, prosím…",
      u"Naskenujte kód fotoaparátem telefonu",
      u"Zbývající čas: %1",
      u"Nedaří se mi naskenovat kód",
      u"Nevadí. Obraťte se prosím na naše zaměstnance, rádi vám pomohou.",
      u"Kód je naskenovaný",
      u"Pokračujte prosím v telefonu. Tato obrazovka se změní, až skončíte.",
      u"Znovu zobrazit kód",
      u"Děkujeme, můžete pokračovat u našich zaměstnanců",
      u"Platnost tohoto kódu vypršela",
      u"Omlouváme se, nepodařilo se to. Obraťte se prosím na naše zaměstnance.",
      u"Jste tu ještě? Tato obrazovka se za %1 s vrátí na začátek. Pokračujte dotykem "
      u"obrazovky."}},
}};

template <typename Table> auto find(const Table& table, const QString& code)
{
    for (const auto& translation : table) {
        if (QStringView(translation.code) == code)
            return &translation;
    }
    return static_cast<decltype(&table.front())>(nullptr);
}

const Translation* find(const QString& code)
{
    return find(translations, code);
}

} // namespace

QList<Phrase> allPhrases()
{
    QList<Phrase> phrases;
    for (int i = 0; i < PhraseCount; ++i)
        phrases << Phrase(i);
    return phrases;
}

QString applicantPhrase(Phrase phrase, const QString& webLanguageCode)
{
    const int index = int(phrase);
    if (index < 0 || index >= PhraseCount)
        return QString();
    if (index >= FirstKioskPhrase) {
        const KioskTranslation* kiosk = find(kioskTranslations, webLanguageCode);
        if (!kiosk)
            kiosk = &kioskTranslations.front();
        return QStringView(kiosk->texts[std::size_t(index - FirstKioskPhrase)]).toString();
    }
    const Translation* translation = find(webLanguageCode);
    if (!translation)
        translation = &translations.front();
    return QStringView(translation->texts[std::size_t(index)]).toString();
}

QStringList applicantPhraseLanguages()
{
    QStringList codes;
    for (const Translation& translation : translations)
        codes << QStringView(translation.code).toString();
    return codes;
}

bool hasApplicantPhrases(const QString& webLanguageCode)
{
    return find(webLanguageCode) != nullptr;
}

QStringList kioskPhraseLanguages()
{
    QStringList codes;
    for (const KioskTranslation& translation : kioskTranslations)
        codes << QStringView(translation.code).toString();
    return codes;
}

bool hasKioskPhrases(const QString& webLanguageCode)
{
    return find(kioskTranslations, webLanguageCode) != nullptr;
}

bool isKioskPhrase(Phrase phrase)
{
    return int(phrase) >= FirstKioskPhrase && int(phrase) < PhraseCount;
}

int phrasePlaceholders(Phrase phrase)
{
    switch (phrase) {
    case Phrase::LinkExpiresIn:
    case Phrase::KioskTimeLeft:
    case Phrase::KioskIdleWarning:
        return 1;
    default:
        return 0;
    }
}

} // namespace Domain
