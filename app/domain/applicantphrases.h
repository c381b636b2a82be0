#pragma once
// The few words the applicant reads on the customer display, in the applicant's language (the
// web-enrolment language chosen for the link), not in the staff's UI language: that is why they
// are a table here and not in Qt's .ts files. Unknown or empty codes get English.

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
};

// Every Phrase, in declaration order (for tests and tools).
QList<Phrase> allPhrases();

// The phrase in the language of a Domain::webLanguages() code; English for any code without a
// translation (including an empty one).
QString applicantPhrase(Phrase phrase, const QString& webLanguageCode);

// The web-language codes that have their own translation (English included), in table order.
QStringList applicantPhraseLanguages();
bool hasApplicantPhrases(const QString& webLanguageCode);

} // namespace Domain
