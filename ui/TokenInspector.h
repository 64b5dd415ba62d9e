#pragma once

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace nv {

struct AuthorizationResponse;
struct IdTokenCheck;
struct TokenResponse;

// What the token step brought back, for a person to inspect: the code and the tokens masked
// (revealed only on purpose, copied on demand), expires_in counting down, the scope granted
// against the scope asked for, and the id_token decoded with its signature, iss and nonce
// checked, each verdict said plainly (valid / invalid / not checked, and why).
class TokenInspector : public QWidget
{
    Q_OBJECT
public:
    explicit TokenInspector(QWidget *parent = nullptr);

    void clear();
    void setCode(const nv::AuthorizationResponse &response);
    // askedScope: the scope the run asked for, to compare with what was granted.
    void setToken(const nv::TokenResponse &token, const QString &askedScope);
    void setIdTokenChecking();
    void setIdTokenCheck(const nv::IdTokenCheck &check);
    // Seconds left on the access token; negative once expired; 0 when unknown.
    qint64 secondsLeft() const;
    // Steady milliseconds the countdown is measured in (only differences count). By default
    // the system's monotonic clock; a test gives the built-in sandbox's clock, so moving that
    // clock expires the token there and here at once, with no waiting.
    using Clock = std::function<qint64()>;
    void setClock(Clock monotonicMs);

private:
    struct Value
    {
        QLabel *shown = nullptr;
        QPushButton *copy = nullptr;
        QString raw;
    };

    QGridLayout *buildTokenGrid();
    QGridLayout *buildIdTokenChecks();
    QTreeWidget *buildClaimsTree();
    void addValue(QGridLayout *grid, int row, const QString &name, const QString &key,
                  Value *value);
    void showValues();
    void tick();

    QCheckBox *m_reveal;
    Value m_code;
    Value m_access;
    Value m_refresh;
    Value m_id;
    QLabel *m_tokenType;
    QLabel *m_expires;
    QLabel *m_scope;
    QLabel *m_signature;
    QLabel *m_issuer;
    QLabel *m_nonce;
    QLabel *m_audience;
    QLabel *m_lifetime;
    QLabel *m_amr;
    QJsonObject m_assertionHeader;
    QJsonObject m_assertionClaims;
    QTreeWidget *m_claims;
    QTimer *m_countdown;
    Clock m_clock;
    qint64 m_receivedMs = -1; // m_clock's reading when the token arrived; -1 before
    qint64 m_expiresIn = -1;
};

} // namespace nv
