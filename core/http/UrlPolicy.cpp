#include "UrlPolicy.h"

#include <QCoreApplication>

namespace nv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

QString quoted(const QUrl &url)
{
    const QString text = url.toDisplayString();
    if (text.size() <= UrlPolicy::QuotedUrlLength)
        return text;
    return text.left(UrlPolicy::QuotedUrlLength) + QStringLiteral("…");
}

} // namespace

bool UrlPolicy::isFetchable(const QUrl &url)
{
    return refusal(url).isEmpty();
}

QString UrlPolicy::refusal(const QUrl &url)
{
    if (url.isEmpty())
        return tr("The URL is empty; the console fetches only https and http URLs.");
    if (!url.isValid())
        return tr("The URL %1 is not valid (%2).").arg(quoted(url), url.errorString());
    // QUrl keeps schemes lower-case, so "FILE:" arrives here as "file".
    const QString scheme = url.scheme();
    if (scheme.isEmpty())
        return tr("The URL %1 has no scheme; the console fetches only https and http URLs.")
            .arg(quoted(url));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return tr("The console fetches only https and http URLs; %1 uses %2:, which could read "
                  "local files or content that no server sent, so it was refused.")
            .arg(quoted(url), scheme);
    }
    if (url.host().isEmpty())
        return tr("The URL %1 names no host.").arg(quoted(url));
    return {};
}

} // namespace nv
