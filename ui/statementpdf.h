// Writes an expertise-hours statement as a PDF page (or several), the product's name and the
// period at the top: what a coach sends the customer at the end of a month.
#pragma once

#include "contracts/expertisestatement.h"

#include <QString>

namespace hourglass::StatementPdf {

// Needs a QGuiApplication (fonts). Throws std::runtime_error naming the file when it cannot be
// written; the file is then left as it was.
void write(const StatementDocument &document, const QString &fileName);

} // namespace hourglass::StatementPdf
