// A database that cannot be reached, read or written, said in one line.
#pragma once

#include <QString>

#include <stdexcept>

namespace hourglass {

class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}

    QString message() const { return QString::fromStdString(what()); }
};

} // namespace hourglass
