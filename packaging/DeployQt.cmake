# Copies Qt's libraries, plugins and the QML imports the app uses next to the installed app, with the
# platform's own tool (windeployqt / macdeployqt). Windows and macOS only; written for Qt 6.4.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
set(_qml_dir "${PROJECT_SOURCE_DIR}/ui/qml")
if(WIN32)
    find_program(DUEDESK_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${DUEDESK_WINDEPLOYQT}\" --release --qmldir \"${_qml_dir}\"
                        --no-compiler-runtime --translations en,de,es,fr
                        \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/duedesk.exe\"
                        RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${_rc}\")
        endif()")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    find_program(DUEDESK_MACDEPLOYQT macdeployqt HINTS "${_qt_bin}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${DUEDESK_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/duedesk.app\"
                        -qmldir=\"${_qml_dir}\" RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed: \${_rc}\")
        endif()")
endif()
