#include "pin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace Kiosk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Pin)
};

const QString Scheme = QStringLiteral("pbkdf2-sha256");
constexpr QChar Separator = QLatin1Char('$');
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;

struct StoredHash {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, KeyBytes);
}

std::optional<QByteArray> strictBase64(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

std::optional<StoredHash> parse(const QString& stored)
{
    const QStringList parts = stored.split(Separator);
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return std::nullopt;
    // Digits only: no sign, spaces or hex prefix.
    const QString& count = parts.at(1);
    if (count.isEmpty() || count.size() > 9 ||
        !std::all_of(count.begin(), count.end(),
                     [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return std::nullopt;
    StoredHash result;
    result.iterations = count.toInt();
    if (result.iterations < MinPinIterations || result.iterations > MaxPinIterations)
        return std::nullopt;
    const auto salt = strictBase64(parts.at(2));
    const auto key = strictBase64(parts.at(3));
    if (!salt || salt->size() < SaltBytes || !key || key->size() != KeyBytes)
        return std::nullopt;
    result.salt = *salt;
    result.key = *key;
    return result;
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

std::optional<QString> checkPinFormat(const QString& pin)
{
    const bool digitsOnly = std::all_of(pin.begin(), pin.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!digitsOnly)
        return Text::tr("The PIN may contain only the digits 0 to 9.");
    if (pin.size() < MinPinLength || pin.size() > MaxPinLength)
        return Text::tr("The PIN must have %1 to %2 digits.").arg(MinPinLength).arg(MaxPinLength);
    return std::nullopt;
}

QString hashPin(const QString& pin, int iterations)
{
    iterations = std::clamp(iterations, MinPinIterations, MaxPinIterations);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derive(pin, salt, iterations);
    return QStringList{Scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(Separator);
}

bool isPinHashReadable(const QString& storedHash)
{
    return parse(storedHash).has_value();
}

bool verifyPin(const QString& pin, const QString& storedHash)
{
    const auto stored = parse(storedHash);
    if (!stored)
        return false;
    return constantTimeEqual(derive(pin, stored->salt, stored->iterations), stored->key);
}

PinGate::PinGate(QString storedHash, Clock clock)
    : m_hash(std::move(storedHash))
    , m_clock(std::move(clock))
{}

PinGate::Outcome PinGate::attempt(const QString& pin)
{
    if (m_hash.isEmpty())
        return Outcome::NoPinSet;
    if (lockedForSeconds() > 0)
        return Outcome::LockedOut;
    if (verifyPin(pin, m_hash)) {
        m_failures = 0;
        m_lockedUntil = QDateTime();
        return Outcome::Accepted;
    }
    ++m_failures;
    const int beyondFree = m_failures - FreeAttempts;
    if (beyondFree > 0) {
        // 30 s doubled per further failure; the shift is bounded so it cannot overflow.
        const int doublings = std::min(beyondFree - 1, 16);
        const std::chrono::seconds lockOut =
            std::min<std::chrono::seconds>(FirstLockOut * (1 << doublings), MaxLockOut);
        m_lockedUntil = now().addSecs(lockOut.count());
    }
    return Outcome::Refused;
}

qint64 PinGate::lockedForSeconds() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 msecs = now().msecsTo(m_lockedUntil);
    return msecs > 0 ? (msecs + 999) / 1000 : 0;
}

QDateTime PinGate::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

} // namespace Kiosk
