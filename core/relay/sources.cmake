# The console's side of the cross-device (phone) mode: the relay pickup and the paste-back parser.
target_sources(nvcore PRIVATE
    relay/CrossDeviceDriver.h relay/CrossDeviceDriver.cpp
    relay/RedirectResult.h relay/RedirectResult.cpp
    relay/RelayPickup.h relay/RelayPickup.cpp
    relay/PastedRedirect.h relay/PastedRedirect.cpp)
