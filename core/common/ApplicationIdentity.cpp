#include "ApplicationIdentity.h"

#include <QCoreApplication>

namespace nv {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("nv-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("NV Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NV_VERSION_STRING));
}

} // namespace nv
