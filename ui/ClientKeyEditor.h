#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace nv {

class SecretStore;

// The client's key for private_key_jwt, in the profile editor: which key the profile uses (its
// algorithm and kid), whether the keychain has it, and the three things a person does with
// one: make a new key (RS256 or ES256, made off the UI thread: RSA takes half a second),
// import one (PEM or JWK), and copy the public JWKS to register with the operator. The private
// key goes to the keychain only; the profile keeps its kid.
class ClientKeyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ClientKeyEditor(SecretStore *secrets, QWidget *parent = nullptr);

    void show(const QString &alg, const QString &kid, bool readOnly);
    QString alg() const { return m_alg; }
    QString kid() const { return m_kid; }

signals:
    // A new key is in the keychain: the profile should name it.
    void keyChosen(const QString &alg, const QString &kid);

private:
    void generate(const QString &alg);
    void importFromFile();
    void adopt(const QByteArray &pem, const QString &origin);
    void copyJwks();
    void onLoaded(const QString &name, const QString &pem);
    void updateStatus(const QString &note = {});

    SecretStore *m_secrets;
    QLabel *m_status;
    QToolButton *m_new;
    QPushButton *m_import;
    QPushButton *m_copy;
    QString m_alg;
    QString m_kid;
    QByteArray m_pem; // this session's copy, for the public JWKS; never written anywhere
    bool m_busy = false;
};

} // namespace nv
