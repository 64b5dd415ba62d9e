#include "JwsAlgorithm.h"

#include <array>
#include <utility>

namespace nv {

namespace {
constexpr std::array<std::pair<JwsAlgorithm, const char *>, 5> Names{{
    {JwsAlgorithm::RS256, "RS256"},
    {JwsAlgorithm::RS384, "RS384"},
    {JwsAlgorithm::RS512, "RS512"},
    {JwsAlgorithm::PS256, "PS256"},
    {JwsAlgorithm::ES256, "ES256"},
}};
} // namespace

QString jwsAlgorithmName(JwsAlgorithm alg)
{
    for (const auto &[value, name] : Names) {
        if (value == alg)
            return QLatin1String(name);
    }
    return {};
}

std::optional<JwsAlgorithm> jwsAlgorithmFromName(const QString &name)
{
    // Case-sensitive, as RFC 7515 §4.1.1 says: "rs256" is not RS256.
    for (const auto &[value, text] : Names) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString jwsKeyType(JwsAlgorithm alg)
{
    return alg == JwsAlgorithm::ES256 ? QStringLiteral("EC") : QStringLiteral("RSA");
}

QStringList jwsAlgorithmNames()
{
    QStringList names;
    for (const auto &entry : Names)
        names << QLatin1String(entry.second);
    return names;
}

} // namespace nv
