# The Debian package: install rules and CPack's DEB generator. tools/package builds the two programs,
# runs `cpack -G DEB` and checks the result (lintian, desktop-file-validate, appstreamcli);
# docs/packaging.md says what is in the package and why.
#
# The programs are installed as they are built: the translations are compiled into them (:/i18n),
# the Qt plugins they load at run time come from Debian's packages (see the Depends below).

set(ATELIER_APP_ID org.atelier.Atelier) # the .desktop file's and the metainfo's name: never change it
set(ATELIER_DEBIAN_REVISION 1)
set(atelier_packaging ${CMAKE_SOURCE_DIR}/packaging)
set(atelier_generated ${CMAKE_BINARY_DIR}/packaging)

# Installing (cmake --install, cpack) builds nothing first: the programs are built by tools/package
# (`ninja atelier atelier-cli`), so that packaging never waits for the whole test suite.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
# The same folder permissions whatever the umask of whoever builds the package.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# A new version gets an entry in packaging/changelog and a release in the metainfo: a package whose
# version says one thing and its changelog another is refused here rather than shipped.
file(STRINGS ${atelier_packaging}/changelog atelier_changelog_top LIMIT_COUNT 1)
set(atelier_debian_version ${PROJECT_VERSION}-${ATELIER_DEBIAN_REVISION})
if(NOT atelier_changelog_top MATCHES "^atelier \\(${atelier_debian_version}\\) ")
    message(FATAL_ERROR "packaging/changelog starts with \"${atelier_changelog_top}\", not version "
        "${atelier_debian_version}: add an entry for it (and a <release> in the metainfo).")
endif()
file(READ ${atelier_packaging}/${ATELIER_APP_ID}.metainfo.xml atelier_metainfo)
if(NOT atelier_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(FATAL_ERROR "packaging/${ATELIER_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}.")
endif()

find_program(ATELIER_GZIP gzip REQUIRED)

# --- What is installed (under /usr in the package) ---------------------------------------------
install(TARGETS atelier atelier-cli RUNTIME DESTINATION bin)
# CPACK_STRIP_FILES strips the symbols; the compiler's version notes (.comment) go too, as Debian's own
# dh_strip does.
install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
        foreach(program atelier atelier-cli)
            execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/\${program}\" COMMAND_ERROR_IS_FATAL ANY)
        endforeach()
    endif()
")

# Made at install time, into the build folder: the man pages and the changelog compressed with
# `gzip -9n` (no name, no time stamp: the same bytes on every build), and the nightly service with
# the install prefix in its ExecStart.
install(CODE "
    set(ATELIER_PACKAGING_SOURCE \"${atelier_packaging}\")
    set(ATELIER_PACKAGING_OUT \"${atelier_generated}\")
    set(ATELIER_GZIP \"${ATELIER_GZIP}\")
    set(ATELIER_DOCS \"${CMAKE_SOURCE_DIR}/docs\")
    include(\"${atelier_packaging}/generate.cmake\")
")
install(FILES ${atelier_generated}/atelier.1.gz ${atelier_generated}/atelier-cli.1.gz
    DESTINATION share/man/man1)
install(FILES ${atelier_packaging}/${ATELIER_APP_ID}.desktop DESTINATION share/applications)
install(FILES ${atelier_packaging}/${ATELIER_APP_ID}.metainfo.xml DESTINATION share/metainfo)
install(FILES ${atelier_packaging}/icons/${ATELIER_APP_ID}.svg
    DESTINATION share/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${atelier_packaging}/icons/${ATELIER_APP_ID}-${size}.png
        DESTINATION share/icons/hicolor/${size}x${size}/apps RENAME ${ATELIER_APP_ID}.png)
endforeach()
# systemd's user units live in /usr/lib/systemd/user whatever the architecture (not CMAKE_INSTALL_LIBDIR).
install(FILES ${atelier_generated}/atelier-nightly.service ${atelier_packaging}/systemd/atelier-nightly.timer
    DESTINATION lib/systemd/user)
install(FILES ${atelier_packaging}/copyright ${atelier_generated}/changelog.Debian.gz
    ${atelier_generated}/user-guide.en.md.gz ${atelier_generated}/user-guide.zh.md.gz
    ${atelier_generated}/cli.md.gz
    DESTINATION share/doc/atelier)
install(FILES ${atelier_packaging}/lintian-overrides DESTINATION share/lintian/overrides RENAME atelier)

# --- CPack's DEB generator ---------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME atelier)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # atelier_<version>-<revision>_<architecture>.deb
set(CPACK_DEBIAN_PACKAGE_NAME atelier)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ATELIER_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER
    "The Atelier maintainers <maintainers@users.noreply.h-seed-e6c66215.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The architecture is dpkg's (CPack asks `dpkg --print-architecture`).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer archive and loyalty for a clothing store")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Atelier keeps the customer archive of one clothing store on the shop's own
computer: the counter search by phone digits, name or pinyin initials, sales,
returns and exchanges, RFM segments, VIP tiers and a points ledger recomputed
every night, complaints, follow-up calls, message templates and forecasts.
It speaks Simplified Chinese and English.
.
This package holds the desktop program (atelier), the command line
(atelier-cli) and a systemd user timer for the nightly run, off until enabled.
Each user's store, backups and logs stay in their data folder
(~/.local/share/Atelier) and are kept when the package is removed.")

# The libraries the programs link: computed from the binaries by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time (docs/packaging.md says why each):
# - libqt6sql6-sqlite: the QSQLITE driver of every store file; without it nothing opens.
# - libqt6sql6-psql: the QPSQL driver of a store on a PostgreSQL server. Depends, not Recommends: the
#   first start offers a server, and the programs link libpq already, so it costs a 60 kB plugin.
# - qt6-qpa-plugins: the window system (xcb), and `offscreen` for atelier-cli's PDF report.
# - qt6-translations-l10n: Qt's own words in Chinese (buttons of the standard dialogs, "OK",
#   "Cancel"), loaded from the system's translations folder by src/services/language.cpp.
# - fonts-noto-cjk: Chinese glyphs. Depends, not Recommends: customers' names are Chinese in either
#   language, and a clerk who sees boxes cannot find anyone.
# - fonts-dejavu-core: the member card's number (DejaVu Sans Mono, src/print/member_card_pdf.cpp).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk, fonts-dejavu-core")
# pg_dump and pg_restore: backups of a store on a server (src/storage/server_dump.cpp).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client")
# A native Wayland window instead of XWayland.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
