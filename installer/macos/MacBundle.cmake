# macOS: hive-studio as an app bundle (Hive Studio.app) with its Info.plist
# and an .icns made at build time from the SVG icon (PNG sizes rendered by
# hive-icon-renderer, joined by Apple's iconutil). hive stays a plain
# command line program. Included from installer/CMakeLists.txt on Apple only.
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/HiveStudio.iconset)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/HiveStudio.icns)
set(iconset_commands)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND iconset_commands
        COMMAND hive-icon-renderer ${HIVE_INSTALLER_DIR}/icons/hive-studio.svg ${size}
                ${iconset}/icon_${size}x${size}.png
        COMMAND hive-icon-renderer ${HIVE_INSTALLER_DIR}/icons/hive-studio.svg ${double}
                ${iconset}/icon_${size}x${size}@2x.png)
endforeach()
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${iconset_commands}
    COMMAND iconutil --convert icns --output ${icns} ${iconset}
    DEPENDS hive-icon-renderer ${HIVE_INSTALLER_DIR}/icons/hive-studio.svg
    COMMENT "Making HiveStudio.icns" VERBATIM)
# hive-studio is defined in gui/: the rule that makes the .icns belongs to a
# target of this folder, and the source's bundle location is set for gui/.
add_custom_target(hive_icns DEPENDS ${icns})
add_dependencies(hive-studio hive_icns)
target_sources(hive-studio PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY hive-studio PROPERTIES
    MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
set_target_properties(hive-studio PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME "Hive Studio"
    MACOSX_BUNDLE_INFO_PLIST ${HIVE_INSTALLER_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${HIVE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "Hive Studio"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE HiveStudio.icns
    MACOSX_BUNDLE_COPYRIGHT "© 2026 Hive Studio developers")
# The examples the welcome page opens, inside the bundle.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/
        DESTINATION "Hive Studio.app/Contents/Resources/examples" PATTERN .hive EXCLUDE)
