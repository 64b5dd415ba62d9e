target_sources(nvcore PRIVATE profile/Profile.h profile/Profile.cpp)
