// Command-line arguments as the shell passed them: both executables refuse bytes that are not UTF-8.
#pragma once

#include <QString>

namespace hourglass {

// Why an argument cannot be read ("argument 3 ("Caf\uFFFD") is not UTF-8 text"), or an empty
// string when all can. Qt would turn such a byte into U+FFFD, and a title, a path or a login
// would then be other than what was typed.
QString nonUtf8Argument(int argc, char *argv[]);

} // namespace hourglass
