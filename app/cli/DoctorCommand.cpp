#include "DoctorCommand.h"

#include "network/NetworkPathProbe.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace nv {

namespace {

QString flagText(NetworkPath::Flag flag, const QString &yes, const QString &no)
{
    switch (flag) {
    case NetworkPath::Flag::Yes:
        return yes;
    case NetworkPath::Flag::No:
        return no;
    case NetworkPath::Flag::Unknown:
        break;
    }
    return QStringLiteral("not known");
}

QString verdictText(NetworkPathVerdict::Kind kind)
{
    switch (kind) {
    case NetworkPathVerdict::Kind::CanCarry:
        return QStringLiteral("can carry network-based authentication");
    case NetworkPathVerdict::Kind::Cannot:
        return QStringLiteral("cannot carry network-based authentication");
    case NetworkPathVerdict::Kind::CannotTell:
        break;
    }
    return QStringLiteral("cannot tell whether it can carry network-based authentication");
}

} // namespace

DoctorCommand::DoctorCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

void DoctorCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Seconds NetworkManager may take to answer (default 3)."),
                      QStringLiteral("S"), QStringLiteral("3")});
}

int DoctorCommand::start(const QCommandLineParser &parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 60) {
        m_err << "nv-cli: --timeout takes seconds between 0 and 60." << Qt::endl;
        return 2;
    }
    m_probe = new NetworkPathProbe(this);
    m_probe->setTimeout(int(seconds * 1000));
    connect(m_probe, &NetworkPathProbe::checked, this, &DoctorCommand::report);
    m_probe->start(NetworkPathProbe::Mode::Once);
    return -1;
}

void DoctorCommand::report(const NetworkPath &path)
{
    const NetworkPathVerdict verdict = NetworkPathVerdict::of(path);
    if (m_json) {
        QJsonObject object = path.toJson();
        object.insert(QStringLiteral("verdict"), NetworkPathVerdict::kindId(verdict.kind));
        object.insert(QStringLiteral("situation"), verdict.situation);
        object.insert(QStringLiteral("headline"), verdict.headline);
        object.insert(QStringLiteral("sentence"), verdict.sentence);
        object.insert(QStringLiteral("exitCode"), verdict.exitCode());
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        printText(path);
    }
    m_out.flush();
    emit done(verdict.exitCode());
}

void DoctorCommand::printText(const NetworkPath &path)
{
    const NetworkPathVerdict verdict = NetworkPathVerdict::of(path);
    QString transport = NetworkPath::transportText(path.transport);
    if (!path.wifiSsid.isEmpty())
        transport += QStringLiteral(" “%1”").arg(path.wifiSsid);
    if (!path.transportDetail.isEmpty())
        transport += QStringLiteral(" (%1)").arg(path.transportDetail);
    QString vpn = flagText(path.vpn, QStringLiteral("up"), QStringLiteral("none seen"));
    if (!path.vpnName.isEmpty())
        vpn += QStringLiteral(" (%1)").arg(path.vpnName);
    QString metered = flagText(path.metered, QStringLiteral("yes"), QStringLiteral("no"));
    if (path.meteredGuessed)
        metered += QStringLiteral(" (guessed by the system)");

    m_out << "Network path" << Qt::endl;
    m_out << "  transport  " << transport << Qt::endl;
    m_out << "  VPN        " << vpn << Qt::endl;
    m_out << "  metered    " << metered << Qt::endl;
    m_out << "  source     " << path.sourceDetail << Qt::endl;
    if (path.devices.isEmpty())
        m_out << "  devices    none up" << Qt::endl;
    for (qsizetype i = 0; i < path.devices.size(); ++i) {
        const NetworkDevice &device = path.devices.at(i);
        const QString driver = device.driver.isEmpty() ? QStringLiteral("-") : device.driver;
        m_out << (i == 0 ? "  devices    " : "             ")
              << device.interfaceName.leftJustified(16) << "  " << device.type.leftJustified(10)
              << "  " << driver.leftJustified(12) << (device.primary ? "  default route" : "")
              << (device.connection.isEmpty() ? QString()
                                              : QStringLiteral("  “%1”").arg(device.connection))
              << Qt::endl;
    }
    m_out << Qt::endl << "Verdict: " << verdictText(verdict.kind) << Qt::endl;
    m_out << "  " << verdict.sentence << Qt::endl;
}

} // namespace nv
