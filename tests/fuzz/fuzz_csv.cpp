// libFuzzer harness for the RFC 4180 CSV reader; accepted records are formatted back too.
#include "fuzzinput.h"
#include "io/csv.h"

using namespace hourglass;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::refuseOrAccept([&] {
        const QList<Csv::Row> rows = Csv::parse(QStringLiteral("fuzz.csv"),
                                                fuzz::bytesOf(data, size));
        QList<QStringList> records;
        for (const Csv::Row &row : rows)
            records.append(row.fields);
        (void) Csv::format(records);
    });
}
