#pragma once

#include "PageLanguage.h"

#include <QHttpServerResponse>
#include <QString>
#include <QStringList>

namespace nv {

// The consent page some operators show in the middle of the "silent" flow: a real HTML form
// that a person answers in the console's embedded browser (or a script answers with a POST).
struct ConsentPage
{
    QString sessionId;
    QString clientId;
    QStringList scopes;
    QString msisdn;
    QString actionPath; // where the form posts: decision=allow|deny and session

    QHttpServerResponse render(const PageLanguage &language) const;
};

} // namespace nv
