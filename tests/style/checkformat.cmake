# Runs clang-format in dry-run mode over the project's C++ and fails naming each unformatted file.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(bad "")
foreach(file IN LISTS sources)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file "${file}"
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad "${file}")
    endif()
endforeach()
list(LENGTH sources count)
if(bad)
    list(JOIN bad "\n  " listed)
    message(FATAL_ERROR "Not formatted with .clang-format (run clang-format -i on them):\n  ${listed}")
endif()
message(STATUS "${count} files match .clang-format")
