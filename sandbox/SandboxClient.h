#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace nv {

// A client registered with the sandbox operator, as it would be in a partner portal.
struct SandboxClient
{
    QString id;
    QString secret;
    // Compared as exact strings: real operators refuse look-alikes (trailing slash, other port,
    // prefix) and the console must show that, not paper over it.
    QList<QUrl> redirectUris;
};

} // namespace nv
