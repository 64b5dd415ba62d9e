target_sources(nvcore PRIVATE)
