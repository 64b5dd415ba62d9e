#include "DoctorCommand.h"

#include "network/NetworkPathProbe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    return QCoreApplication::translate("nv::DoctorCommand", "not known");
}

QString verdictText(NetworkPathVerdict::Kind kind)
{
    switch (kind) {
    case NetworkPathVerdict::Kind::CanCarry:
        return QCoreApplication::translate("nv::DoctorCommand",
                                           "can carry network-based authentication");
    case NetworkPathVerdict::Kind::Cannot:
        return QCoreApplication::translate("nv::DoctorCommand",
                                           "cannot carry network-based authentication");
    case NetworkPathVerdict::Kind::CannotTell:
        break;
    }
    return QCoreApplication::translate(
        "nv::DoctorCommand", "cannot tell whether it can carry network-based authentication");
}

} // namespace

DoctorCommand::DoctorCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

void DoctorCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("nv::DoctorCommand", "Print one JSON object.")});
    parser.addOption(
        {QStringLiteral("timeout"),
         QCoreApplication::translate("nv::DoctorCommand",
                                     "Seconds NetworkManager may take to answer (default 3)."),
         QStringLiteral("S"), QStringLiteral("3")});
}

int DoctorCommand::start(const QCommandLineParser &parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 60) {
        m_err << QCoreApplication::translate("nv::DoctorCommand",
                                             "nv-cli: --timeout takes seconds between 0 and 60.")
              << Qt::endl;
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
    QString vpn = flagText(path.vpn, QCoreApplication::translate("nv::DoctorCommand", "up", "VPN"),
                           QCoreApplication::translate("nv::DoctorCommand", "none seen"));
    if (!path.vpnName.isEmpty())
        vpn += QStringLiteral(" (%1)").arg(path.vpnName);
    QString metered =
        flagText(path.metered, QCoreApplication::translate("nv::DoctorCommand", "yes"),
                 QCoreApplication::translate("nv::DoctorCommand", "no"));
    if (path.meteredGuessed)
        metered += QCoreApplication::translate("nv::DoctorCommand", " (guessed by the system)");

    // The labels are padded to one width, whatever their length in the language.
    const QStringList labels{tr("transport"), tr("VPN"), tr("metered"), tr("source"),
                             tr("devices")};
    qsizetype width = 0;
    for (const QString &label : labels)
        width = std::max(width, label.size());
    const auto label = [&](int i) {
        return QStringLiteral("  ") + labels.at(i).leftJustified(width + 2);
    };
    m_out << tr("Network path") << Qt::endl;
    m_out << label(0) << transport << Qt::endl;
    m_out << label(1) << vpn << Qt::endl;
    m_out << label(2) << metered << Qt::endl;
    m_out << label(3) << path.sourceDetail << Qt::endl;
    if (path.devices.isEmpty())
        m_out << label(4) << tr("none up") << Qt::endl;
    for (qsizetype i = 0; i < path.devices.size(); ++i) {
        const NetworkDevice &device = path.devices.at(i);
        const QString driver = device.driver.isEmpty() ? QStringLiteral("-") : device.driver;
        m_out << (i == 0 ? label(4) : QString(width + 4, QLatin1Char(' ')))
              << device.interfaceName.leftJustified(16) << "  " << device.type.leftJustified(10)
              << "  " << driver.leftJustified(12)
              << (device.primary ? tr("  default route") : QString())
              << (device.connection.isEmpty() ? QString()
                                              : QStringLiteral("  “%1”").arg(device.connection))
              << Qt::endl;
    }
    m_out << Qt::endl << tr("Verdict: %1").arg(verdictText(verdict.kind)) << Qt::endl;
    m_out << "  " << verdict.sentence << Qt::endl;
}

} // namespace nv
