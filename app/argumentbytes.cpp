// Checks the raw bytes of argv before Qt decodes them.
#include "argumentbytes.h"

#include "io/inputerror.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace hourglass {

QString nonUtf8Argument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        // Stateless: a sequence cut off at the argument's end is an error, not held back.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(argv[i]));
        if (decoder.hasError())
            return QStringLiteral("argument %1 (\"%2\") is not UTF-8 text")
                .arg(i)
                .arg(InputError::excerpt(text));
    }
    return QString();
}

} // namespace hourglass
