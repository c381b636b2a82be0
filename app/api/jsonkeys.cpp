#include "jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace Api {
namespace {

// The end of the string token that starts at start (the opening quote): its closing quote.
qsizetype stringEnd(const QByteArray& json, qsizetype start)
{
    for (qsizetype i = start + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i;
    }
    return json.size();
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A string token decoded by Qt's own parser, escapes included.
QString decoded(const QByteArray& token)
{
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
}

} // namespace

std::optional<QString> duplicateKey(const QByteArray& json)
{
    std::vector<QSet<QString>> objects; // the names seen in each open object, innermost last
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{') {
            objects.emplace_back();
        } else if (c == '}') {
            if (!objects.empty())
                objects.pop_back();
        } else if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            qsizetype next = end + 1;
            while (next < json.size() && isJsonSpace(json.at(next)))
                ++next;
            if (next < json.size() && json.at(next) == ':' && !objects.empty()) {
                const QString name = decoded(json.mid(i, end - i + 1));
                if (objects.back().contains(name))
                    return name;
                objects.back().insert(name);
            }
            i = end;
        }
    }
    return std::nullopt;
}

} // namespace Api
