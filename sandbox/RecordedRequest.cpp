#include "RecordedRequest.h"

namespace nv {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QString RecordedRequest::formValue(const QString &name) const
{
    for (const auto &[key, value] : form) {
        if (key == name)
            return value;
    }
    return QString();
}

} // namespace nv
