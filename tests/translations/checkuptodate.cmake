# Fails when a translatable string in the sources is missing from the .ts files (or a string
# in them no longer exists): lupdate runs on a scratch copy and must find nothing to change.
file(MAKE_DIRECTORY "${WORK_DIR}")
configure_file("${TS_FILE}" "${WORK_DIR}/check.ts" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app"
            -ts "${WORK_DIR}/check.ts"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
string(REGEX MATCH "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new" found "${out}${err}")
set(new "${CMAKE_MATCH_2}")
string(REGEX MATCH "Removed ([0-9]+) obsolete" removed "${out}${err}")
if(NOT found)
    message(FATAL_ERROR "unexpected lupdate output:\n${out}${err}")
endif()
if(NOT new EQUAL 0 OR removed)
    message(FATAL_ERROR "${TS_FILE} is out of date (${new} new strings ${removed}): run "
                        "cmake --build build/dev --target update_translations, then translate")
endif()
message(STATUS "${TS_FILE}: every translatable string is present")
