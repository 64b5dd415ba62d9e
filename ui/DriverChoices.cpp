#include "DriverChoices.h"

#include <QComboBox>
#include <QCoreApplication>

namespace nv::DriverChoices {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv::DriverChoices", text);
}

// In the order a person should try them against a real operator from a laptop.
constexpr DriverKind Offered[] = {DriverKind::EmbeddedBrowser, DriverKind::Phone,
                                  DriverKind::SystemBrowser, DriverKind::PlainHttp};
} // namespace

QString title(DriverKind kind)
{
    switch (kind) {
    case DriverKind::EmbeddedBrowser:
        return tr("Embedded browser");
    case DriverKind::Phone:
        return tr("Phone (QR code)");
    case DriverKind::SystemBrowser:
        return tr("System browser");
    case DriverKind::PlainHttp:
        break;
    }
    return tr("Plain HTTP (no browser)");
}

QString description(DriverKind kind)
{
    switch (kind) {
    case DriverKind::EmbeddedBrowser:
        return tr("The operator's pages open in this window, over this computer's network.");
    case DriverKind::Phone:
        return tr("A phone on mobile data scans the authorize URL; the code comes back through "
                  "the relay, or is pasted here. The way to reach a real operator from a laptop "
                  "on Wi-Fi.");
    case DriverKind::SystemBrowser:
        return tr("The desktop's browser opens the authorize URL and comes back to a loopback "
                  "redirect URI (http://127.0.0.1:PORT/…), for operators that refuse embedded "
                  "browsers.");
    case DriverKind::PlainHttp:
        break;
    }
    return tr("Follows the redirects with plain HTTP: fast, but no page can be shown or "
              "answered.");
}

void fill(QComboBox *combo)
{
    combo->clear();
    for (DriverKind kind : Offered) {
        combo->addItem(title(kind), int(kind));
        combo->setItemData(combo->count() - 1, description(kind), Qt::ToolTipRole);
    }
}

void select(QComboBox *combo, DriverKind kind)
{
    const int index = combo->findData(int(kind));
    combo->setCurrentIndex(index >= 0 ? index : 0);
    combo->setToolTip(description(kind));
}

DriverKind selected(const QComboBox *combo)
{
    return DriverKind(combo->currentData().toInt());
}

} // namespace nv::DriverChoices
