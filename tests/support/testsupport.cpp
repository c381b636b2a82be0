#include "testsupport.h"

#include <QtGlobal>

namespace TestSupport {
QString desktopBinary() {
    return qEnvironmentVariable("ENROLMENT_DESK_BINARY");
}
} // namespace TestSupport
