target_sources(nvcore PRIVATE
    profile/Profile.h profile/Profile.cpp
    profile/ProfileProblem.h
    profile/ProfileStore.h profile/ProfileStore.cpp)
