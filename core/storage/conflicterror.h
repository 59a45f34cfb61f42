// A write from a stale copy, refused: whose change won, and what this one wanted.
#pragma once

#include "storage/storageerror.h"

namespace hourglass {

class ConflictError : public StorageError
{
public:
    ConflictError(const QString &message,
                  const QString &table,
                  qint64 rowId,
                  int yourVersion,
                  int theirVersion,
                  const QString &theirAuthor,
                  qint64 theirAt,
                  const QString &yours)
        : StorageError(message)
        , table(table)
        , rowId(rowId)
        , yourVersion(yourVersion)
        , theirVersion(theirVersion)
        , theirAuthor(theirAuthor)
        , theirAt(theirAt)
        , yours(yours)
    {}

    QString table;
    qint64 rowId;
    int yourVersion;     // the version the write was based on
    int theirVersion;    // the version in the database now
    QString theirAuthor; // who wrote it
    qint64 theirAt;      // when, epoch seconds
    QString yours;       // the refused change, in words
};

} // namespace hourglass
