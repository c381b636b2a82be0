// LinkPolicy::check on any text a reply could carry as webEnrolmentUrl: it must never crash, and
// a link it accepts must be one that is safe to show as a QR code (see Fuzz::checkAcceptedLink).

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    // StrictMode is how the reply parser reads the link; TolerantMode is QUrl's default.
    for (const QUrl::ParsingMode mode : {QUrl::StrictMode, QUrl::TolerantMode}) {
        const QUrl link(text, mode);
        for (const Api::LinkPolicy* policy : {&Fuzz::remotePolicy(), &Fuzz::loopbackPolicy()}) {
            if (!policy->check(link))
                Fuzz::checkAcceptedLink(*policy, link);
        }
    }
    return 0;
}
