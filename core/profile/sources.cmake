target_sources(nvcore PRIVATE
    profile/Profile.h profile/Profile.cpp
    profile/ProfileProblem.h
    profile/ProfilePresets.h profile/ProfilePresets.cpp
    profile/ProfileSecrets.h profile/ProfileSecrets.cpp
    profile/ProfileStore.h profile/ProfileStore.cpp)
