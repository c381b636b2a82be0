#include "applicantphrases.h"

#include <QStringView>

#include <array>

namespace Domain {
namespace {

constexpr int PhraseCount = int(Phrase::TestDisplay) + 1;

struct Translation {
    const char16_t* code;
    // In the order of Phrase: ScanInstruction, Waiting, ThankYou, LinkExpiresIn, LinkExpired,
    // TestDisplay. Formal address where the language has one, as at a bank counter.
    std::array<const char16_t*, PhraseCount> texts;
};

// English first: the fallback. Languages of Domain::webLanguages() without a row (lv-LV) get it.
// "Waiting" is a status word beside the code, not an instruction to wait: the applicant is meant
// to scan meanwhile, so the translations say "waiting"/"pending", never "please wait".
const std::array<Translation, 16> translations{{
    {u"en-US",
     {u"Scan this code with your phone's camera", u"Waiting", u"Thank you", u"Link expires in %1",
      u"This code has expired. Please ask our staff for a new one.",
      u"This is the customer display"}},
    {u"de-DE",
     {u"Scannen Sie diesen Code mit der Kamera Ihres Smartphones", u"Warten auf Abschluss",
      u"Vielen Dank", u"Der Link läuft in %1 ab",
      u"Dieser Code ist abgelaufen. Bitte wenden Sie sich für einen neuen Code an unser Personal.",
      u"Dies ist der Kundenbildschirm"}},
    {u"fr-FR",
     {u"Scannez ce code avec l'appareil photo de votre téléphone", u"En attente", u"Merci",
      u"Le lien expire dans %1",
      u"Ce code a expiré. Veuillez demander un nouveau code à notre personnel.",
      u"Ceci est l'écran client"}},
    {u"fr-CA",
     {u"Balayez ce code avec l'appareil photo de votre téléphone", u"En attente", u"Merci",
      u"Le lien expire dans %1",
      u"Ce code a expiré. Veuillez demander un nouveau code à notre personnel.",
      u"Ceci est l'écran client"}},
    {u"es-ES",
     {u"Escanee este código con la cámara de su móvil", u"En espera", u"Gracias",
      u"El enlace caduca en %1",
      u"Este código ha caducado. Por favor, pida uno nuevo a nuestro personal.",
      u"Esta es la pantalla del cliente"}},
    {u"pt-PT",
     {u"Digitalize este código com a câmara do seu telemóvel", u"A aguardar", u"Obrigado",
      u"A ligação expira em %1",
      u"Este código expirou. Por favor, peça um novo código aos nossos funcionários.",
      u"Este é o ecrã do cliente"}},
    {u"cs-CZ",
     {u"Naskenujte tento kód fotoaparátem svého telefonu", u"Čeká se", u"Děkujeme",
      u"Platnost odkazu vyprší za %1",
      u"Platnost tohoto kódu vypršela. Požádejte prosím naše zaměstnance o nový.",
      u"Toto je obrazovka pro zákazníky"}},
    {u"sk-SK",
     {u"Naskenujte tento kód fotoaparátom svojho telefónu", u"Čaká sa", u"Ďakujeme",
      u"Platnosť odkazu vyprší o %1",
      u"Platnosť tohto kódu vypršala. Požiadajte, prosím, našich zamestnancov o nový.",
      u"Toto je obrazovka pre zákazníkov"}},
    {u"hu-HU",
     {u"Olvassa be ezt a kódot a telefonja kamerájával", u"Várakozás", u"Köszönjük",
      u"A link %1 múlva lejár", u"Ez a kód lejárt. Kérjen újat munkatársainktól.",
      u"Ez az ügyfélkijelző"}},
    {u"ro-RO",
     {u"Scanați acest cod cu camera telefonului dumneavoastră", u"În așteptare", u"Vă mulțumim",
      u"Linkul expiră în %1",
      u"Acest cod a expirat. Vă rugăm să solicitați unul nou personalului nostru.",
      u"Acesta este ecranul pentru clienți"}},
    {u"fi-FI",
     {u"Skannaa tämä koodi puhelimesi kameralla", u"Odotetaan", u"Kiitos",
      u"Linkki vanhenee %1 kuluttua",
      u"Tämä koodi on vanhentunut. Pyydä uusi koodi henkilökunnaltamme.",
      u"Tämä on asiakasnäyttö"}},
    {u"sv-SE",
     {u"Skanna den här koden med kameran i din mobil", u"Väntar", u"Tack", u"Länken går ut om %1",
      u"Koden har gått ut. Be vår personal om en ny.", u"Det här är kundskärmen"}},
    {u"da-DK",
     {u"Scan denne kode med kameraet på din telefon", u"Venter", u"Tak", u"Linket udløber om %1",
      u"Denne kode er udløbet. Bed vores personale om en ny.", u"Dette er kundeskærmen"}},
    {u"uk-UA",
     {u"Відскануйте цей код камерою свого телефона", u"Очікування", u"Дякуємо",
      u"Термін дії посилання спливає через %1",
      u"Термін дії цього коду минув. Попросіть новий у наших працівників.",
      u"Це екран для клієнтів"}},
    {u"ar-SA",
     {u"امسح هذا الرمز بكاميرا هاتفك", u"قيد الانتظار", u"شكرًا لك", u"تنتهي صلاحية الرابط خلال %1",
      u"انتهت صلاحية هذا الرمز. يُرجى طلب رمز جديد من موظفينا.", u"هذه شاشة العملاء"}},
    {u"jp-JP", // the platform's spelling of Japanese
     {u"スマートフォンのカメラでこのコードを読み取ってください", u"待機中",
      u"ありがとうございました", u"リンクの有効期限まであと %1",
      u"このコードの有効期限が切れました。新しいコードは係員にお尋ねください。",
      u"こちらはお客様用の画面です"}},
}};

const Translation* find(const QString& code)
{
    for (const Translation& translation : translations) {
        if (QStringView(translation.code) == code)
            return &translation;
    }
    return nullptr;
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

} // namespace Domain
