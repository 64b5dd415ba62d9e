target_sources(nvcore PRIVATE
    profile/Profile.h profile/Profile.cpp
    profile/ProfileStore.h profile/ProfileStore.cpp)
