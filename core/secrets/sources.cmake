target_sources(nvcore PRIVATE secrets/SecretStore.h secrets/SecretStore.cpp)
