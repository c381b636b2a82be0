#pragma once
// The words the applicant reads on the customer display and on the self-service kiosk, in the
// applicant's language (the web-enrolment language chosen for the link), not in the staff's UI
// language: that is why they are a table here and not in Qt's .ts files. Unknown or empty codes get
// English, and so does a kiosk phrase in a language the kiosk's screens are not translated into.

#include <QString>
#include <QStringList>

namespace Domain {

enum class Phrase {
    ScanInstruction, // "Scan this code with your phone's camera"
    Waiting,         // neutral status word shown with the code while the desk waits
    ThankYou,        // "Thank you", once the applicant is done
    LinkExpiresIn,   // "Link expires in %1", %1 being a countdown such as "59:07"
    LinkExpired,     // the code can no longer be used; ask the staff for a new one
    TestDisplay,     // "This is the customer display", when staff test the screen
    Welcome,         // the calm greeting while no code is shown

    // The kiosk's screens (hasKioskPhrases() says which languages have them all).
    KioskStartTitle,       // "Verify your identity"
    KioskStartHint,        // what to have at hand
    KioskStart,            // the start button
    KioskLanguage,         // accessible name of the language choice
    KioskFormTitle,        // "Your details"
    KioskFormHint,         // as written on the identity document
    KioskFirstName,        // field labels
    KioskLastName,         //
    KioskDateOfBirth,      //
    KioskDay,              //
    KioskMonth,            //
    KioskYear,             //
    KioskFirstNameMissing, // validation messages in plain words
    KioskLastNameMissing,  //
    KioskNameLetters,      //
    KioskNameTooLong,      //
    KioskDateMissing,      //
    KioskDateIncomplete,   //
    KioskDateNotReal,      //
    KioskDateImplausible,  // before 1900 or in the future
    KioskCancel,           // back to the start screen
    KioskContinue,         // the form's button, and the idle warning's
    KioskPreparing,        // while the code is being made
    KioskScanInstruction,  // "Scan with your phone camera"
    KioskTimeLeft,         // "Time left: %1", %1 being a countdown such as "9:07"
    KioskCantScan,         // "I can't scan"
    KioskCantScanHelp,     // ask the staff (the link itself is never shown on a public screen)
    KioskScanned,          // "I have scanned the code": hides the code
    KioskProgress,         // the calm screen while the applicant continues on the phone
    KioskShowCodeAgain,    //
    KioskThankYou,         // the same end for every outcome
    KioskExpired,          // "This code has expired"
    KioskFailed,           // a plain apology; details are for the log
    KioskIdleWarning,      // "... reset in %1 s ...", %1 being whole seconds
};

// Every Phrase, in declaration order (for tests and tools).
QList<Phrase> allPhrases();

// The phrase in the language of a Domain::webLanguages() code; English for any code without a
// translation (including an empty one).
QString applicantPhrase(Phrase phrase, const QString& webLanguageCode);

// The web-language codes that have their own translation of the customer display's phrases
// (English included), in table order.
QStringList applicantPhraseLanguages();
bool hasApplicantPhrases(const QString& webLanguageCode);

// The codes whose every kiosk phrase is translated (English included): a kiosk shows its screens
// in such a language, and in English for any other (never a mix of the two).
QStringList kioskPhraseLanguages();
bool hasKioskPhrases(const QString& webLanguageCode);
bool isKioskPhrase(Phrase phrase);
// The number of "%1" placeholders the phrase has (0 or 1).
int phrasePlaceholders(Phrase phrase);

} // namespace Domain
