#include "PhonePrompt.h"

#include "qr/TerminalQr.h"
#include "relay/CrossDeviceDriver.h"

#include <QSocketNotifier>
#include <unistd.h>

namespace nv {

namespace {
// A pasted redirect is a few hundred bytes; a line far longer is not one.
constexpr qsizetype MaxPastedBytes = 16 * 1024;
} // namespace

PhonePrompt::PhonePrompt(CrossDeviceDriver *driver, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_driver(driver)
    , m_out(out)
{
    connect(driver, &CrossDeviceDriver::showToPhone, this, &PhonePrompt::show);
}

void PhonePrompt::show(const QUrl &authorizeUrl)
{
    const QString url = authorizeUrl.toString(QUrl::FullyEncoded);
    // Explicit colours on a terminal; plain blocks (dark modules drawn) when piped.
    const auto colors =
        ::isatty(STDOUT_FILENO) ? TerminalQr::Colors::Ansi : TerminalQr::Colors::DarkOnLight;
    m_out << Qt::endl
          << tr("Open this on the phone, over its mobile data (not Wi-Fi): scan the code or "
                "send it the address.")
          << Qt::endl;
    for (const QString &line : TerminalQr::render(TerminalQr::forTerminal(url), colors))
        m_out << line << Qt::endl;
    m_out << "authorize-url: " << url << Qt::endl
          << tr("Waiting for the phone. Or paste the address the phone ended on (or code=… and "
                "state=…) here and press Enter.")
          << Qt::endl;
    m_out.flush();
    if (!m_stdin) {
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &PhonePrompt::readPasted);
    }
}

void PhonePrompt::readPasted()
{
    char buffer[4096];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0) {
        m_stdin->setEnabled(false); // end of input: only the relay can answer now
        return;
    }
    m_pending.append(buffer, got);
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (line.isEmpty() || !m_driver)
            continue;
        const QString problem = m_driver->acceptPasted(line);
        if (problem.isEmpty())
            return;
        m_out << tr("Not taken: %1 Paste again.").arg(problem) << Qt::endl;
        m_out.flush();
    }
    if (m_pending.size() > MaxPastedBytes)
        m_pending.clear();
}

} // namespace nv
