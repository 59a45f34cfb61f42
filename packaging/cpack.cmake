# CPack settings that turn the install rules into a Debian package (cpack -G DEB).
set(CPACK_PACKAGE_NAME "hourglass")
set(CPACK_PACKAGE_VENDOR "The Hourglass developers")
set(CPACK_PACKAGE_CONTACT "The Hourglass developers <maintainers@hourglass.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Kept to short lines because dpkg and apt show the long description verbatim.
set(CPACK_PACKAGE_DESCRIPTION [=[
Hourglass keeps every SLA clock of a support team in view: a ticket queue
with live countdowns that follow business hours, SLA dashboards, an
expertise-hours ledger, on-call escalation and a shared maintenance
calendar, on PostgreSQL or a local SQLite file.]=])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Generators other than DEB use this; the name says which system the binaries were built for.
set(CPACK_PACKAGE_FILE_NAME
    "hourglass-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
# A package is for users: debug info from a Debug tree would only make it many times larger.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "hourglass")
# Debian's own name-version-revision_arch.deb, so dpkg and apt users see what they expect.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Library dependencies are computed from the binaries, so they track what is really linked.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins and date-tz reads the system zone database, none of which
# dpkg-shlibdeps can see in the ELF headers; without them the GUI starts with no window
# system, no database driver, no SVG icons, and every SLA clock lacks its time zone.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, tzdata")

include(CPack)
