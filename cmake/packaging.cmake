# Installation and installers. `cmake --install` puts Rapport in the
# standard places (GNUInstallDirs): the two programs in bin, the desktop
# entry, AppStream metainfo and hicolor icons under share, the licence and
# the user guide under share/doc/rapport. CPack builds from the same rules:
#   Linux    cpack -G DEB       a .deb (dependencies from dpkg-shlibdeps)
#   Windows  cpack -G NSIS|WIX  after windeployqt (see README, "Packages")
#   macOS    cpack -G DragNDrop the rapport.app bundle, after macdeployqt
# The version everywhere is project(VERSION).
include(GNUInstallDirs)

set(RAPPORT_APP_ID kz.rapport.Rapport)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${RAPPORT_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/${RAPPORT_APP_ID}.metainfo.xml
        ${PROJECT_BINARY_DIR}/${RAPPORT_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/${RAPPORT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/rapport.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/rapport.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rapport)
if(EXISTS ${PROJECT_SOURCE_DIR}/docs)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rapport/guide)
    # The guide's pictures, at the same place relative to it as in the sources.
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/screenshots
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rapport/resources)
endif()

set(CPACK_PACKAGE_NAME rapport)
set(CPACK_PACKAGE_VENDOR "Rapport")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Rapport <rapport@rapport.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Rapport)
set(CPACK_PACKAGE_EXECUTABLES rapport Rapport)
# The installers show the licence; WiX wants a .txt or .rtf name.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)

# Debian: the Qt, SQLite driver, PostgreSQL driver, libcurl and libical
# libraries come from the distribution; dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Client cards, the sales handoff, tickets on the 24/48 SLA with business
 calendars, invoices and acts, dunning, reviews with a prepared review pack,
 obligations, automation of client messages and dashboards; on a local
 SQLite file or a team PostgreSQL database. English, Russian and Kazakh.")

# Windows installers (NSIS or WiX) over the folder windeployqt filled.
set(CPACK_NSIS_DISPLAY_NAME Rapport)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/rapport.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/rapport.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_WIX_UPGRADE_GUID "6E4B1C2A-5F0D-4C8E-9A71-3B2D8F6C1E45")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/rapport.ico)

# macOS: a drag-and-drop disk image of rapport.app.
set(CPACK_DMG_VOLUME_NAME Rapport)

include(CPack)
