#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace nv {

class JoseKey;

// `nv-cli key new|show`: the client's key pair for private_key_jwt. new writes the private key
// (PEM, mode 0600, never over an existing file) and prints the public JWKS to register with the
// operator; show prints the public JWKS (or PEM) of a key file. The JOSE work is core/jose's.
class KeyCommand
{
public:
    KeyCommand(QTextStream &out, QTextStream &err);

    static void addOptions(QCommandLineParser &parser);
    // args: the full argument list with the word "key" removed. Returns the exit code: 0 done,
    // 2 bad usage or input (an unreadable key, a target that exists or cannot be written).
    int run(const QStringList &args);

private:
    int create(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser);
    void printPublic(const JoseKey &key, const QString &alg, bool pem);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace nv
