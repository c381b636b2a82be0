// A fresh process that reads a settings file through the desk's own readers and prints what it
// found as one JSON object: the general settings, every profile, the kiosk configuration and every
// problem reported. tst_settingsacrossprocesses runs it after writing the file in another process,
// so QSettings' per-process cache cannot answer for the file on disk.
//
//   settingsreader FILE

#include "config/profilestore.h"
#include "config/settings.h"
#include "kiosk/kiosksettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTextStream>

namespace {

QJsonValue jsonOf(const QVariant& value)
{
    if (value.userType() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    return QJsonValue::fromVariant(value);
}

QJsonObject generalSettings(QSettings& file)
{
    Config::Settings settings(file);
    const QMetaEnum keys = QMetaEnum::fromType<Config::Settings::Key>();
    QJsonObject general;
    for (const Config::Settings::Key key : Config::Settings::keys())
        general.insert(QString::fromLatin1(keys.valueToKey(int(key))), jsonOf(settings.value(key)));
    return general;
}

QJsonObject profiles(QSettings& file, QJsonArray* problems)
{
    const Config::ProfileStore store(file);
    QJsonObject all;
    for (const QString& name : store.names()) {
        QStringList found;
        const auto profile = store.load(name, &found);
        for (const QString& problem : found)
            problems->append(problem);
        if (!profile)
            continue;
        all.insert(name,
                   QJsonObject{
                       {QStringLiteral("baseUrl"), profile->baseUrl.toString()},
                       {QStringLiteral("username"), profile->username},
                       {QStringLiteral("returnUrl"), profile->returnUrl},
                       {QStringLiteral("themes"), QJsonArray::fromStringList(profile->themes)},
                       {QStringLiteral("allowedLinkHosts"),
                        QJsonArray::fromStringList(profile->allowedLinkHosts)},
                       {QStringLiteral("pollIntervalSeconds"), profile->pollIntervalSeconds},
                       {QStringLiteral("timeoutSeconds"), profile->timeoutSeconds},
                       {QStringLiteral("caBundlePath"), profile->caBundlePath},
                   });
    }
    return all;
}

QJsonObject kiosk(QSettings& file, QJsonArray* problems)
{
    QStringList found;
    const Kiosk::KioskConfig config = Kiosk::KioskSettings(file, nullptr).load(&found);
    for (const QString& problem : found)
        problems->append(problem);
    return {
        {QStringLiteral("profile"), config.profile},
        {QStringLiteral("screen"), config.screen},
        {QStringLiteral("collectApplicantData"), config.collectApplicantData},
        {QStringLiteral("idleOnFormSeconds"), qint64(config.idleOnForm.count())},
        {QStringLiteral("idleWithCodeSeconds"), qint64(config.idleWithCode.count())},
        {QStringLiteral("warningSeconds"), qint64(config.warning.count())},
        {QStringLiteral("thankYouSeconds"), qint64(config.thankYou.count())},
        {QStringLiteral("background"), config.background},
        {QStringLiteral("accent"), config.accent},
        {QStringLiteral("pinHash"), config.pinHash},
    };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 2) {
        err << "usage: settingsreader FILE\n";
        return 2;
    }
    QSettings file(arguments.at(1), QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        err << "settingsreader: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    QJsonArray problems;
    const QJsonObject result{
        {QStringLiteral("general"), generalSettings(file)},
        {QStringLiteral("profiles"), profiles(file, &problems)},
        {QStringLiteral("kiosk"), kiosk(file, &problems)},
        {QStringLiteral("problems"), problems},
    };
    file.sync();
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    if (file.status() == QSettings::FormatError)
        err << "settingsreader: Qt reports a format error in " << arguments.at(1) << '\n';
    else if (file.status() == QSettings::AccessError)
        err << "settingsreader: cannot write " << arguments.at(1) << '\n';
    return file.status() == QSettings::NoError ? 0 : 1;
}
