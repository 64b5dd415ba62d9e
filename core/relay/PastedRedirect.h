#pragma once

#include "RedirectResult.h"

#include <QString>
#include <QUrl>

namespace nv {

// What the person pasted back from the phone when the relay cannot bring the result (no relay,
// or it is unreachable): the address the phone ended on, or just its parameters. Accepted:
//   https://relay.example/callback?code=…&state=…   (the whole address; line breaks inside it,
//                                                     as from a wrapped copy, are dropped)
//   ?code=…&state=…   code=…&state=…   #code=…&state=…
//   code=…            (each name=value on its own line, or separated by spaces, & or ;)
//   state=…
// error=… and error_description=… come through like a code, so the run reports the refusal.
// Values are read as an address bar shows them: percent-encoded, '+' a space.
struct PastedRedirect
{
    RedirectResult values;
    QUrl redirectUrl; // to parse like a caught redirect; empty when problem is set
    QString problem;  // what is wrong, precisely, for the person; empty when usable

    bool ok() const { return problem.isEmpty(); }

    // expectedState: this run's state; when set, a different state is refused here with a
    // clearer sentence than the run's generic state mismatch.
    static PastedRedirect parse(const QString &text, const QUrl &redirectUri,
                                const QString &expectedState = QString());

    static constexpr qsizetype MaxChars = 8192;
    static constexpr qsizetype MaxValueChars = 4096;
};

} // namespace nv
