#pragma once
// The names every Enrolment Desk program runs under: they place the settings file
// (~/.config/EnrolmentDesk/enrolment-desk.conf) and name the program in messages and --version.

#include <QCoreApplication>
#include <QString>

namespace Config {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EnrolmentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("enrolment-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENROLMENT_DESK_VERSION));
}

} // namespace Config
