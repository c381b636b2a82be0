#pragma once
// The platform's decision and its trust factors (API.md section 3).

#include <QList>
#include <QString>

#include <optional>

namespace Domain {

enum class Level {
    High,
    Medium,
    Low,
    Unavailable, // not part of this evaluation
    Unknown,     // no value, probably an error on the platform
};

Level levelFromWire(const QString& text);
QString levelWireName(Level level);
// "Passed", "Suspicious: extra checks recommended", ... as staff read them.
QString levelDisplayText(Level level);

struct TrustFactor {
    QString key;              // as sent, e.g. "faceVerification"
    std::optional<int> score; // 0..100 when present
    Level level = Level::Unknown;
    QString rawLevel; // the level as sent, kept for display when it is not one we know

    QString displayName() const { return trustFactorDisplayName(key); }
    static QString trustFactorDisplayName(const QString& key);
};

struct Decision {
    Level level = Level::Unknown;
    std::optional<int> score;
    QList<TrustFactor> factors; // sorted by key (JSON objects carry no order)
};

} // namespace Domain
