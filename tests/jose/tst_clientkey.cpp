#include "OpenSslCli.h"
#include "jose/ClientAssertion.h"
#include "jose/ClientKey.h"
#include "jose/CompactJws.h"
#include "jose/KeyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <sys/stat.h>

using namespace nv;

// The client's key for private_key_jwt: every PEM form openssl writes, the refusals (with the
// reason), the assertion's claims, and key files written 0600, never over anything.
class TestClientKey : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QByteArray made(const QStringList &args)
    {
        const auto result = nvtest::openssl(args);
        return result.exitCode == 0 ? result.out : QByteArray();
    }

private slots:
    void everyPemFormOpenSslWrites_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("PKCS#8 RSA")
            << QStringList{"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}
            << "RS256" << true;
        QTest::newRow("traditional RSA")
            << QStringList{"genrsa", "-traditional", "2048"} << "RS256" << true;
        QTest::newRow("PKCS#8 EC")
            << QStringList{"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"}
            << "ES256" << true;
        // With its "EC PARAMETERS" block first, as ecparam writes it.
        QTest::newRow("traditional EC")
            << QStringList{"ecparam", "-genkey", "-name", "prime256v1"} << "ES256" << true;
    }
    void everyPemFormOpenSslWrites()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, alg);
        const QByteArray pem = made(command);
        QVERIFY(!pem.isEmpty());
        const ClientKey key = ClientKey::load(pem);
        QVERIFY2(key.ok(), qPrintable(key.problem));
        QCOMPARE(jwsAlgorithmName(key.alg), alg);
        QCOMPARE(key.kid, key.key.thumbprint());
        QVERIFY(ClientKey::load(pem, alg, key.kid).ok());
        // The public half, as openssl derives it, has the same thumbprint.
        const auto derived = nvtest::openssl({"pkey", "-pubout"}, pem);
        QString error;
        QCOMPARE(JoseKey::fromPem(derived.out, &error).thumbprint(), key.kid);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("reason");
        const QByteArray rsa = made({"genpkey", "-algorithm", "RSA"});
        const QByteArray ec = made({"ecparam", "-genkey", "-name", "prime256v1", "-noout"});
        QTest::newRow("empty") << QByteArray("\n") << ""
                               << ""
                               << "empty";
        QTest::newRow("not a key") << QByteArray("hello") << ""
                                   << ""
                                   << "not a PEM key";
        QTest::newRow("a certificate") << made({"req", "-x509", "-newkey", "rsa:2048", "-nodes",
                                                "-keyout", "/dev/null", "-subj", "/CN=x"})
                                       << ""
                                       << ""
                                       << "no key OpenSSL can read";
        QTest::newRow("public key") << nvtest::openssl({"pkey", "-pubout"}, rsa).out << ""
                                    << ""
                                    << "public key";
        QTest::newRow("encrypted")
            << nvtest::openssl({"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:secret"},
                               rsa)
                   .out
            << ""
            << ""
            << "encrypted";
        QTest::newRow("RSA 1024") << made({"genrsa", "1024"}) << ""
                                  << ""
                                  << "1024 bits";
        QTest::newRow("P-384") << made({"ecparam", "-genkey", "-name", "secp384r1", "-noout"}) << ""
                               << ""
                               << "signs and verifies with RSA";
        QTest::newRow("Ed25519") << made({"genpkey", "-algorithm", "ED25519"}) << ""
                                 << ""
                                 << "ED25519";
        QTest::newRow("EC key, RS256 asked") << ec << "RS256"
                                             << ""
                                             << "needs an RSA key";
        QTest::newRow("RSA key, ES256 asked") << rsa << "ES256"
                                              << ""
                                              << "needs an EC key";
        QTest::newRow("unknown alg") << rsa << "HS256"
                                     << ""
                                     << "Unknown client assertion";
        QTest::newRow("another kid") << rsa << "RS256"
                                     << "abc"
                                     << "names abc";
        QTest::newRow("oversized") << QByteArray("-----BEGIN ") + QByteArray(70000, 'A') << ""
                                   << ""
                                   << "KiB";
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, alg);
        QFETCH(QString, kid);
        QFETCH(QString, reason);
        const ClientKey key = ClientKey::load(text, alg, kid);
        QVERIFY(!key.ok());
        QVERIFY2(key.problem.contains(reason, Qt::CaseInsensitive), qPrintable(key.problem));
    }

    void privateJwkIsAccepted()
    {
        QString error;
        const JoseKey generated = JoseKey::generate(JwsAlgorithm::ES256, &error);
        // The private JWK as another tool would write it: from openssl's own numbers.
        const ClientKey fromPem = ClientKey::load(generated.privatePem());
        QVERIFY(fromPem.ok());
        QJsonObject jwk = generated.publicJwk();
        QVERIFY(!ClientKey::load(QJsonDocument(jwk).toJson()).ok()); // public: refused
        QCOMPARE(ClientKey::secretName(fromPem.kid), "private-key:" + fromPem.kid);
    }

    void assertionClaims()
    {
        QString error;
        const JoseKey key = JoseKey::generate(JwsAlgorithm::ES256, &error);
        const qint64 now = 1'700'000'000;
        const ClientAssertion one = ClientAssertion::create(key, JwsAlgorithm::ES256, "client-7",
                                                            "https://op.example/token", now);
        QVERIFY2(!one.isNull(), qPrintable(one.error));
        QCOMPARE(ClientAssertion::assertionType(),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        const auto jws = CompactJws::parse(one.compact, &error);
        QVERIFY(jws);
        QCOMPARE(jws->header, one.header);
        QCOMPARE(jws->claims(), one.claims);
        QCOMPARE(one.header.value("alg").toString(), QStringLiteral("ES256"));
        QCOMPARE(one.header.value("kid").toString(), key.thumbprint());
        QCOMPARE(one.claims.value("iss").toString(), QStringLiteral("client-7"));
        QCOMPARE(one.claims.value("sub").toString(), QStringLiteral("client-7"));
        QCOMPARE(one.claims.value("aud").toString(), QStringLiteral("https://op.example/token"));
        QCOMPARE(one.claims.value("iat").toInteger(), now);
        const qint64 lifetime = one.claims.value("exp").toInteger() - now;
        QVERIFY(lifetime > 0 && lifetime <= 300);
        QVERIFY(jws->verify(key, JwsAlgorithm::ES256, &error));
        // A fresh jti of 256 random bits each time.
        QSet<QString> ids;
        for (int i = 0; i < 50; ++i) {
            const QString jti = ClientAssertion::create(key, JwsAlgorithm::ES256, "c", "a", now)
                                    .claims.value("jti")
                                    .toString();
            QCOMPARE(jti.size(), 43);
            ids.insert(jti);
        }
        QCOMPARE(ids.size(), 50);
        // A lifetime asked beyond 300 s is cut to 300.
        const auto longOne = ClientAssertion::create(key, JwsAlgorithm::ES256, "c", "a", now, 3600);
        QCOMPARE(longOne.claims.value("exp").toInteger() - now, 300);
    }

    void keyFilesAreWrittenPrivateAndNeverOver()
    {
        QString error;
        const QString path = m_dir.filePath("client.pem");
        QVERIFY2(KeyFile::writePrivate(path, "PEM", &error), qPrintable(error));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(KeyFile::read(path, &error), std::optional<QByteArray>("PEM"));

        QVERIFY(!KeyFile::writePrivate(path, "OTHER", &error));
        QVERIFY2(error.contains("never overwrites"), qPrintable(error));
        QCOMPARE(KeyFile::read(path, &error), std::optional<QByteArray>("PEM"));

        QVERIFY(!KeyFile::writePrivate(m_dir.path(), "PEM", &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        const QString link = m_dir.filePath("link.pem");
        QVERIFY(QFile::link(m_dir.filePath("target-does-not-exist.pem"), link));
        QVERIFY(!KeyFile::writePrivate(link, "PEM", &error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("target-does-not-exist.pem")));
    }

    void keyFilesAreReadBoundedAndRegularOnly()
    {
        QString error;
        QVERIFY(!KeyFile::read(m_dir.filePath("missing.pem"), &error));
        QVERIFY2(error.contains("No such file"), qPrintable(error));
        QVERIFY(!KeyFile::read(m_dir.path(), &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        // A FIFO would block an open() forever: refused before opening.
        const QString fifo = m_dir.filePath("fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!KeyFile::read(fifo, &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        QVERIFY(!KeyFile::read(QStringLiteral("/dev/zero"), &error));
        const QString big = m_dir.filePath("big.pem");
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(KeyFile::MaxBytes + 1, 'A'));
        file.close();
        QVERIFY(!KeyFile::read(big, &error));
        QVERIFY2(error.contains("too large"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestClientKey)
#include "tst_clientkey.moc"
