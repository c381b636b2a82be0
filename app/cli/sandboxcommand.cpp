#include "commands.h"
#include "exitcodes.h"
#include "sandbox/sandboxserver.h"
#include "stopsignals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::SandboxCommand)
};

enum class PemKind { Certificate, Key };

// The PEM contents of path, or nothing with *problem set.
std::optional<QByteArray> readPem(const QString& path, PemKind kind, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem =
            (kind == PemKind::Certificate ? Text::tr("The TLS certificate “%1” cannot be read: %2.")
                                          : Text::tr("The TLS key “%1” cannot be read: %2."))
                .arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// Loads the certificate and key of --tls-cert/--tls-key into options; false with *problem set.
bool loadTls(const SandboxCommand& command, Sandbox::SandboxOptions& options, QString* problem)
{
    const auto certificateText = readPem(command.tlsCertificatePath, PemKind::Certificate, problem);
    if (!certificateText)
        return false;
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(*certificateText, QSsl::Pem);
    if (certificates.isEmpty()) {
        *problem = Text::tr("The TLS certificate “%1” holds no PEM certificate.")
                       .arg(command.tlsCertificatePath);
        return false;
    }
    const auto keyText = readPem(command.tlsKeyPath, PemKind::Key, problem);
    if (!keyText)
        return false;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey key(*keyText, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            options.tlsCertificate = certificates.constFirst();
            options.tlsKey = key;
            return true;
        }
    }
    *problem = Text::tr("The TLS key “%1” holds no unencrypted PEM private key (RSA or EC).")
                   .arg(command.tlsKeyPath);
    return false;
}

} // namespace

int runSandbox(const SandboxCommand& command, CliEnvironment& environment)
{
    Sandbox::SandboxOptions options;
    options.address = command.address;
    options.port = command.port;
    options.username = command.username;
    options.password = command.password;
    QString problem;
    if (!command.tlsCertificatePath.isEmpty() && !loadTls(command, options, &problem)) {
        reportProblem(environment, QStringLiteral("sandbox"), problem);
        return UsageError;
    }
    Sandbox::SandboxServer server(options);
    if (!server.start(&problem)) {
        reportProblem(environment, QStringLiteral("sandbox"), problem);
        return NetworkError;
    }
    environment.out << server.baseUrl().toString() << Qt::endl;
    environment.err << Text::tr("Sandbox ready: username “%1”. Nothing here is a real "
                                "verification. Stop it with Ctrl+C.")
                           .arg(command.username)
                    << Qt::endl;

    QEventLoop loop;
    {
        const StopSignals stop([&loop] { loop.quit(); });
        loop.exec();
    }
    environment.err << Text::tr("Sandbox stopped.") << Qt::endl;
    return Success;
}

} // namespace Cli
