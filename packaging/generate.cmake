# Run at install time by cmake/Packaging.cmake's install(CODE) (cmake --install, cpack), with
# ATELIER_PACKAGING_SOURCE (this folder), ATELIER_PACKAGING_OUT (the build's packaging folder),
# ATELIER_GZIP and ATELIER_DOCS set. Makes the installed files that are not copied as they are.

file(MAKE_DIRECTORY ${ATELIER_PACKAGING_OUT})

# gzip -9n: the best compression, no file name and no time stamp in the header, so the same source
# gives the same bytes on every build (Debian's policy for man pages and changelogs).
function(atelier_gzip source target)
    execute_process(COMMAND ${ATELIER_GZIP} -9nc
        INPUT_FILE ${source} OUTPUT_FILE ${ATELIER_PACKAGING_OUT}/${target}
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "gzip ${source} failed: ${status}")
    endif()
endfunction()

atelier_gzip(${ATELIER_PACKAGING_SOURCE}/man/atelier.1 atelier.1.gz)
atelier_gzip(${ATELIER_PACKAGING_SOURCE}/man/atelier-cli.1 atelier-cli.1.gz)
atelier_gzip(${ATELIER_PACKAGING_SOURCE}/changelog changelog.Debian.gz)
foreach(doc user-guide.en.md user-guide.zh.md cli.md)
    atelier_gzip(${ATELIER_DOCS}/${doc} ${doc}.gz)
endforeach()

# The nightly service starts atelier-cli where this install puts it (/usr/bin in the package).
set(ATELIER_BINDIR ${CMAKE_INSTALL_PREFIX}/bin)
configure_file(${ATELIER_PACKAGING_SOURCE}/systemd/atelier-nightly.service.in
    ${ATELIER_PACKAGING_OUT}/atelier-nightly.service @ONLY)
