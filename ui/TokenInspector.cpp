#include "TokenInspector.h"

#include "UiStyle.h"
#include "WrappingLabel.h"
#include "flow/AuthorizationResponse.h"
#include "flow/IdTokenCheck.h"
#include "flow/TokenExchange.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace nv {

namespace {
QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new WrappingLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString duration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString claimText(const QString &name, const QJsonValue &value)
{
    static const QSet<QString> times{QStringLiteral("exp"), QStringLiteral("iat"),
                                     QStringLiteral("nbf"), QStringLiteral("auth_time")};
    if (times.contains(name) && value.isDouble()) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
        return QStringLiteral("%1  (%2)")
            .arg(qint64(value.toDouble()))
            .arg(when.toString(Qt::ISODate));
    }
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

void setVerdict(QLabel *label, IdTokenCheck::Verdict verdict, const QString &detail)
{
    switch (verdict) {
    case IdTokenCheck::Verdict::Valid:
        label->setText(QStringLiteral("✔ ") + detail);
        UiStyle::setTone(label, UiStyle::Tone::Good);
        return;
    case IdTokenCheck::Verdict::Invalid:
        label->setText(QStringLiteral("✘ ") + detail);
        UiStyle::setTone(label, UiStyle::Tone::Bad);
        return;
    case IdTokenCheck::Verdict::NotChecked:
        break;
    }
    label->setText(QStringLiteral("– ") + detail);
    UiStyle::setHint(label);
}
} // namespace

TokenInspector::TokenInspector(QWidget *parent)
    : QWidget(parent)
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Spacing);

    auto *head = new QHBoxLayout;
    head->addWidget(UiStyle::sectionTitle(tr("Code and tokens"), this), 1);
    m_reveal = new QCheckBox(tr("Reveal values"), this);
    m_reveal->setObjectName(QStringLiteral("tokenReveal"));
    m_reveal->setToolTip(tr("Show the values whole, e.g. to paste into another tool. They are "
                            "never written to disk."));
    head->addWidget(m_reveal);
    layout->addLayout(head);
    layout->addLayout(buildTokenGrid());

    layout->addSpacing(UiStyle::Spacing / 2);
    layout->addWidget(UiStyle::sectionTitle(tr("id_token"), this));
    layout->addLayout(buildIdTokenChecks());
    layout->addWidget(buildClaimsTree(), 1);

    setClock({});
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &TokenInspector::tick);
    connect(m_reveal, &QCheckBox::toggled, this, &TokenInspector::showValues);
    clear();
}

QGridLayout *TokenInspector::buildTokenGrid()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(UiStyle::Spacing);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    addValue(grid, 0, QStringLiteral("code"), QStringLiteral("capturedCode"), &m_code);
    addValue(grid, 1, QStringLiteral("access_token"), QStringLiteral("accessToken"), &m_access);
    addValue(grid, 2, QStringLiteral("refresh_token"), QStringLiteral("refreshToken"), &m_refresh);
    addValue(grid, 3, QStringLiteral("id_token"), QStringLiteral("idToken"), &m_id);
    const auto addFact = [&](int row, const QString &name, QLabel *value) {
        auto *label = new QLabel(name, this);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1, 1, 2);
    };
    m_tokenType = wrapped(QStringLiteral("tokenType"), this);
    m_expires = wrapped(QStringLiteral("expiresIn"), this);
    m_scope = wrapped(QStringLiteral("tokenScope"), this);
    addFact(4, QStringLiteral("token_type"), m_tokenType);
    addFact(5, QStringLiteral("expires_in"), m_expires);
    addFact(6, QStringLiteral("scope"), m_scope);
    return grid;
}

QGridLayout *TokenInspector::buildIdTokenChecks()
{
    auto *checks = new QGridLayout;
    checks->setHorizontalSpacing(UiStyle::Spacing);
    checks->setVerticalSpacing(4);
    checks->setColumnStretch(1, 1);
    m_signature = wrapped(QStringLiteral("idTokenSignature"), this);
    m_issuer = wrapped(QStringLiteral("idTokenIssuer"), this);
    m_nonce = wrapped(QStringLiteral("idTokenNonce"), this);
    m_audience = wrapped(QStringLiteral("idTokenAudience"), this);
    m_lifetime = wrapped(QStringLiteral("idTokenLifetime"), this);
    m_amr = wrapped(QStringLiteral("idTokenAmr"), this);
    m_amr->setToolTip(tr("Authentication methods: the operator's own evidence of how it "
                         "recognised the device (network-based authentication)"));
    int row = 0;
    for (auto [name, label] :
         {std::pair{tr("signature"), m_signature}, std::pair{QStringLiteral("iss"), m_issuer},
          std::pair{QStringLiteral("nonce"), m_nonce}, std::pair{QStringLiteral("aud"), m_audience},
          std::pair{QStringLiteral("exp / iat"), m_lifetime},
          std::pair{QStringLiteral("amr"), m_amr}}) {
        auto *title = new QLabel(name, this);
        title->setAlignment(Qt::AlignRight | Qt::AlignTop);
        checks->addWidget(title, row, 0);
        checks->addWidget(label, row, 1);
        ++row;
    }
    return checks;
}

QTreeWidget *TokenInspector::buildClaimsTree()
{
    m_claims = new QTreeWidget(this);
    m_claims->setObjectName(QStringLiteral("idTokenClaims"));
    m_claims->setHeaderLabels({tr("Field"), tr("Value")});
    m_claims->setRootIsDecorated(true);
    m_claims->setAlternatingRowColors(true);
    m_claims->setUniformRowHeights(true);
    m_claims->setTextElideMode(Qt::ElideMiddle);
    m_claims->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_claims->header()->setStretchLastSection(true);
    m_claims->setMinimumHeight(120);
    return m_claims;
}

void TokenInspector::addValue(QGridLayout *grid, int row, const QString &name, const QString &key,
                              Value *value)
{
    auto *label = new QLabel(name, this);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->shown = new WrappingLabel(this);
    value->shown->setObjectName(key);
    value->shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A revealed JWT is one long word: let it break anywhere rather than widen the panel.
    value->shown->setMinimumWidth(1);
    value->shown->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->copy = new QPushButton(tr("Copy"), this);
    value->copy->setObjectName(QStringLiteral("copy_%1").arg(key));
    value->copy->setToolTip(tr("Copy the whole %1 to the clipboard").arg(name));
    connect(value->copy, &QPushButton::clicked, this,
            [value] { QApplication::clipboard()->setText(value->raw); });
    grid->addWidget(label, row, 0);
    grid->addWidget(value->shown, row, 1);
    grid->addWidget(value->copy, row, 2);
}

void TokenInspector::showValues()
{
    for (Value *value : {&m_code, &m_access, &m_refresh, &m_id}) {
        QString text;
        if (value->raw.isEmpty())
            text = value->shown->property("nvEmptyText").toString();
        else if (m_reveal->isChecked())
            // Zero-width spaces let the long value wrap inside the panel; copy gives it whole.
            for (const QChar c : value->raw)
                text += text.isEmpty() ? QString(c) : QString(QChar(0x200B)) + c;
        else
            text = UiStyle::masked(value->raw);
        value->shown->setText(text.isEmpty() ? QStringLiteral("—") : text);
        value->copy->setEnabled(!value->raw.isEmpty());
    }
}

void TokenInspector::setClock(Clock monotonicMs)
{
    if (!monotonicMs) {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        monotonicMs = [started] { return started->elapsed(); };
    }
    // A token already shown keeps its time left across the change.
    const qint64 elapsed = m_receivedMs < 0 ? 0 : m_clock() - m_receivedMs;
    m_clock = std::move(monotonicMs);
    if (m_receivedMs >= 0)
        m_receivedMs = m_clock() - elapsed;
}

void TokenInspector::clear()
{
    m_countdown->stop();
    m_expiresIn = -1;
    m_receivedMs = -1;
    for (Value *value : {&m_code, &m_access, &m_refresh, &m_id}) {
        value->raw.clear();
        value->shown->setProperty("nvEmptyText", QString());
    }
    m_reveal->setChecked(false);
    showValues();
    for (QLabel *label : {m_tokenType, m_expires, m_scope}) {
        label->setText(QStringLiteral("—"));
        UiStyle::setTone(label, UiStyle::Tone::Neutral);
    }
    for (QLabel *label : {m_signature, m_issuer, m_nonce, m_audience, m_lifetime, m_amr}) {
        label->setText(tr("– no id_token yet"));
        UiStyle::setHint(label);
    }
    m_claims->clear();
}

void TokenInspector::setCode(const AuthorizationResponse &response)
{
    m_code.raw = response.kind == AuthorizationResponse::Kind::Code ? response.code : QString();
    m_code.shown->setProperty("nvEmptyText", response.kind == AuthorizationResponse::Kind::Error
                                                 ? tr("error: %1").arg(response.error)
                                                 : tr("none (%1)").arg(response.describe()));
    showValues();
}

void TokenInspector::setToken(const TokenResponse &token, const QString &askedScope)
{
    if (!token.ok) {
        m_access.shown->setProperty(
            "nvEmptyText", token.error.isEmpty() ? tr("none") : tr("error: %1").arg(token.error));
        showValues();
        return;
    }
    m_assertionHeader = token.clientAssertionHeader;
    m_assertionClaims = token.clientAssertionClaims;
    m_access.raw = token.accessToken;
    m_refresh.raw = token.refreshToken;
    m_id.raw = token.idToken;
    m_refresh.shown->setProperty("nvEmptyText", tr("not issued"));
    m_id.shown->setProperty("nvEmptyText", tr("not issued"));
    showValues();
    m_tokenType->setText(token.tokenType);

    m_expiresIn = token.expiresIn;
    m_receivedMs = m_clock();
    if (m_expiresIn >= 0) {
        m_countdown->start();
        tick();
    } else {
        m_expires->setText(tr("not given: the token's lifetime is unknown"));
        UiStyle::setHint(m_expires);
    }

    // Granted against asked: a missing scope is why a later call answers 403.
    const QStringList asked = askedScope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (token.scope.isEmpty()) {
        m_scope->setText(tr("not stated by the operator (RFC 6749: then it is the scope asked "
                            "for)\nasked: %1")
                             .arg(askedScope));
        UiStyle::setTone(m_scope, UiStyle::Tone::Neutral);
        return;
    }
    const QStringList granted = token.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList missing;
    for (const QString &scope : asked) {
        if (!granted.contains(scope))
            missing << scope;
    }
    QStringList extra;
    for (const QString &scope : granted) {
        if (!asked.contains(scope))
            extra << scope;
    }
    QString text = tr("granted: %1").arg(token.scope);
    if (missing.isEmpty() && extra.isEmpty())
        text += tr("\n= every scope asked for");
    if (!missing.isEmpty())
        text += tr("\nasked but not granted: %1").arg(missing.join(QLatin1Char(' ')));
    if (!extra.isEmpty())
        text += tr("\ngranted without being asked: %1").arg(extra.join(QLatin1Char(' ')));
    m_scope->setText(text);
    UiStyle::setTone(m_scope, missing.isEmpty() ? UiStyle::Tone::Neutral : UiStyle::Tone::Warning);
}

qint64 TokenInspector::secondsLeft() const
{
    if (m_expiresIn < 0 || m_receivedMs < 0)
        return 0;
    return m_expiresIn - (m_clock() - m_receivedMs) / 1000;
}

void TokenInspector::tick()
{
    const qint64 leftMs = m_expiresIn * 1000 - (m_clock() - m_receivedMs);
    // Shown rounded up, so "0:00" never appears while the token still works.
    const qint64 left = leftMs > 0 ? (leftMs + 999) / 1000 : leftMs / 1000;
    if (leftMs <= 0) {
        m_expires->setText(tr("%1 s · expired %2 ago: a new flow is needed for another call")
                               .arg(m_expiresIn)
                               .arg(duration(-left)));
        UiStyle::setTone(m_expires, UiStyle::Tone::Bad);
        m_countdown->setInterval(1000);
        return;
    }
    m_expires->setText(tr("%1 s · expires in %2").arg(m_expiresIn).arg(duration(left)));
    UiStyle::setTone(m_expires, left <= 60 ? UiStyle::Tone::Warning : UiStyle::Tone::Neutral);
}

void TokenInspector::setIdTokenChecking()
{
    m_signature->setText(tr("… checking against the issuer's keys (JWKS)"));
    UiStyle::setHint(m_signature);
}

void TokenInspector::setIdTokenCheck(const IdTokenCheck &check)
{
    setVerdict(m_signature, check.signature, check.signatureDetail);
    setVerdict(m_issuer, check.issuer, check.issuerDetail);
    setVerdict(m_nonce, check.nonce, check.nonceDetail);
    setVerdict(m_audience, check.audience, check.audienceDetail);
    setVerdict(m_lifetime, check.lifetime, check.lifetimeDetail);
    m_amr->setText(check.amr.isEmpty()
                       ? check.amrDetail
                       : check.amr.join(QStringLiteral(", ")) +
                             (check.amrDetail.isEmpty() ? QString()
                                                        : QStringLiteral(" — ") + check.amrDetail));
    UiStyle::setTone(m_amr, UiStyle::Tone::Neutral);
    m_claims->clear();
    const auto addObject = [this](const QString &title, const QJsonObject &object) {
        if (object.isEmpty())
            return;
        auto *top = new QTreeWidgetItem(m_claims, {title});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto *item = new QTreeWidgetItem(top, {it.key(), claimText(it.key(), it.value())});
            item->setToolTip(1, item->text(1));
        }
        top->setExpanded(true);
    };
    if (check.decoded) {
        addObject(tr("header"), check.header);
        addObject(tr("claims"), check.claims);
    }
    // private_key_jwt: what this console signed and sent, decoded (never the key).
    addObject(tr("client assertion (sent), header"), m_assertionHeader);
    addObject(tr("client assertion (sent), claims"), m_assertionClaims);
}

} // namespace nv
