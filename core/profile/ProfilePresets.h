#pragma once

#include "Profile.h"

#include <QList>
#include <QString>
#include <optional>

namespace nv {

struct DiscoveryDocument;

// A starting point for a new profile: the window's preset chooser lists these, nv-cli's
// --base-url/--api-version and --issuer build on the same functions.
struct ProfilePreset
{
    enum class Kind
    {
        KoneraPxgV1,     // the operator portal's URLs, as the built-in Konera profile has them
        KoneraPxgV2,     // the same gateway, CAMARA v2 verify path
        CamaraDiscovery, // any CAMARA operator: endpoints from its discovery document
    };

    Kind kind = Kind::KoneraPxgV1;
    QString id;          // "konera-pxg-v1", "konera-pxg-v2", "camara-discovery"
    QString title;       // for a menu
    QString description; // one sentence for a tooltip or the chooser
    bool usesDiscovery() const { return kind == Kind::CamaraDiscovery; }
};

// The presets, and the one place each preset's URLs, header and scope are decided.
namespace ProfilePresets {

QList<ProfilePreset> all();
std::optional<ProfilePreset> fromId(const QString &id);

// The scope device-phone-number needs, added to a request that asks for the device's number.
QString devicePhoneNumberScope();
// scope with extra added once (space-separated, order kept).
QString withScope(const QString &scope, const QString &extra);

// Konera PXG's verify path for an API version: v1 /camara/api/number-verification/v1/verify
// (the portal's), v2 /camara/number-verification/v2/verify.
QString koneraVerifyPath(ApiVersion version);
// Konera PXG: today's defaults (v1) or with the v2 verify path. Not built-in: a starting point
// to fill in the client id and save.
Profile koneraPxg(ApiVersion version);

// A CAMARA operator's verify URL: <issuer's origin>/camara/number-verification/vN/verify, the
// layout the operators in the reference use. The API root is the operator's choice and
// discovery does not name it: the profile editor (or nv-cli's --verify-url) changes it.
QUrl camaraVerifyUrl(const QUrl &issuer, ApiVersion version);
// "CAMARA operator (discovery)" before the document is read: issuer, verify URL for the version,
// x-correlator as the correlation header, PKCE, prompt=none. Authorize, token and JWKS URLs are
// empty until applyDiscovery().
Profile camaraOperator(const QUrl &issuer, ApiVersion version);
// Fills the authorize, token and JWKS URLs and the issuer from an accepted document (ok()).
void applyDiscovery(const DiscoveryDocument &document, Profile *profile);

// The preset as a profile, ready for the person to name and save. For CamaraDiscovery, document
// must be an accepted document for issuer; the others ignore both.
Profile profileFor(const ProfilePreset &preset, ApiVersion camaraVersion = ApiVersion::V1,
                   const QUrl &issuer = {}, const DiscoveryDocument *document = nullptr);

} // namespace ProfilePresets

} // namespace nv
