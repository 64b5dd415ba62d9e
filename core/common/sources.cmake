target_sources(nvcore PRIVATE
    common/ApplicationIdentity.h common/ApplicationIdentity.cpp
    common/Duration.h common/Duration.cpp)
