# The Debian package: install rules and CPack's DEB generator (tools/package builds it).
