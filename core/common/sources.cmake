target_sources(nvcore PRIVATE
    common/ApplicationIdentity.h common/ApplicationIdentity.cpp
    common/Duration.h common/Duration.cpp
    common/OpenSslAtExit.h common/OpenSslAtExit.cpp)
