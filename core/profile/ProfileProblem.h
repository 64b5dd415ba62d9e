#pragma once

#include <QList>
#include <QString>

namespace nv {

// One thing wrong with a profile, said in words. Blocking problems stop a run before anything
// is sent; the others are warnings the editor shows while the person types.
struct ProfileProblem
{
    enum class Field
    {
        AuthorizeUrl,
        TokenUrl,
        VerifyUrl,
        ClientId,
        RedirectUri,
        Scope,
        Prompt,
        Network, // proxy, CA file, client certificate
    };

    Field field = Field::AuthorizeUrl;
    bool blocking = true;
    QString message;

    bool operator==(const ProfileProblem &other) const = default;
};

using ProfileProblems = QList<ProfileProblem>;

// The blocking ones only.
ProfileProblems blockingProblems(const ProfileProblems &problems);

} // namespace nv
