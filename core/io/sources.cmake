target_sources(nvcore PRIVATE io/BoundedFile.h io/BoundedFile.cpp)
