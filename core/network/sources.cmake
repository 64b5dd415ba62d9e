# The network path check: how this machine reaches the network, and whether that path can carry
# the operator's network-based authentication.
target_sources(nvcore PRIVATE
    network/NetworkDevice.h
    network/NetworkPath.h network/NetworkPath.cpp
    network/NetworkPathVerdict.h network/NetworkPathVerdict.cpp
    network/NetworkHeuristics.h network/NetworkHeuristics.cpp
    network/SystemNetworkReader.h network/SystemNetworkReader.cpp
    network/NetworkPathProbe.h network/NetworkPathProbe.cpp)

# NetworkManager is read over the system D-Bus where it lives; elsewhere QNetworkInformation
# alone answers.
if(UNIX AND NOT APPLE)
    find_package(Qt6 ${NV_QT_MIN_VERSION} REQUIRED COMPONENTS DBus)
    target_sources(nvcore PRIVATE
        network/NetworkManagerSnapshot.h network/NetworkManagerSnapshot.cpp
        network/NetworkManagerReader.h network/NetworkManagerReader.cpp)
    target_link_libraries(nvcore PRIVATE Qt6::DBus)
    target_compile_definitions(nvcore PRIVATE NV_HAVE_NETWORKMANAGER)
endif()
