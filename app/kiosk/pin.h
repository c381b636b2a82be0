#pragma once
// The kiosk's admin PIN: stored only as a salted PBKDF2-SHA256 hash, checked in constant time,
// and guarded against guessing by a lock-out that grows with every further wrong attempt.

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Kiosk {

inline constexpr int MinPinLength = 4;
inline constexpr int MaxPinLength = 12;
// About 0.13 s of CPU time per hash or check on the development machine (Qt's PBKDF2, ~1 µs per
// iteration): unnoticed at the pad, costly for a guesser with a copied hash. The count is stored
// in each hash, so changing it never invalidates a stored PIN.
inline constexpr int DefaultPinIterations = 120000;
// A stored hash whose iteration count lies outside these bounds is not trusted (too weak, or a
// denial of service on every attempt).
inline constexpr int MinPinIterations = 10000;
inline constexpr int MaxPinIterations = 10000000;

// Digits 0-9 only, 4 to 12 of them; the reason when not (the reason never repeats the PIN).
std::optional<QString> checkPinFormat(const QString& pin);
// A fresh random salt each time: "pbkdf2-sha256$ITERATIONS$SALT$HASH" (standard base64, 16-byte
// salt, 32-byte key). iterations is kept within [MinPinIterations, MaxPinIterations].
QString hashPin(const QString& pin, int iterations = DefaultPinIterations);
// Whether storedHash has the form hashPin writes, with sane parameters (nothing is derived).
bool isPinHashReadable(const QString& storedHash);
// False for a wrong PIN and for a hash that cannot be read. The comparison takes the same time
// wherever the first differing byte is.
bool verifyPin(const QString& pin, const QString& storedHash);

// Counts wrong attempts: the first FreeAttempts cost nothing; each further wrong one locks the
// gate for 30 s, then 60 s, 120 s, ... (at most 15 min). Attempts while locked are not checked
// and do not count; the right PIN resets the count.
class PinGate
{
public:
    using Clock = std::function<QDateTime()>; // default: QDateTime::currentDateTimeUtc
    static constexpr int FreeAttempts = 3;
    static constexpr std::chrono::seconds FirstLockOut{30};
    static constexpr std::chrono::seconds MaxLockOut{15 * 60};

    explicit PinGate(QString storedHash, Clock clock = {});

    enum class Outcome { Accepted, Refused, LockedOut, NoPinSet };
    Outcome attempt(const QString& pin);
    // Seconds until the next attempt is allowed (rounded up); 0 when allowed now.
    qint64 lockedForSeconds() const;
    // Wrong attempts since the last right one.
    int failures() const { return m_failures; }

private:
    QDateTime now() const;

    QString m_hash;
    Clock m_clock;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace Kiosk
