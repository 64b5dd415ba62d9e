# QR codes for the cross-device mode: libqrencode does the encoding (Debian: libqrencode-dev,
# which ships a pkg-config file but no CMake config).
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
target_link_libraries(nvcore PRIVATE PkgConfig::QRENCODE)
target_sources(nvcore PRIVATE
    qr/QrCode.h qr/QrCode.cpp
    qr/TerminalQr.h qr/TerminalQr.cpp)
