# Demo sessions: a prepared demo in one .nvsession file, and the recent ones.
target_sources(nvcore PRIVATE
    demo/DemoSession.h demo/DemoSession.cpp
    demo/DemoSessionFile.h demo/DemoSessionFile.cpp
    demo/RecentSessions.h demo/RecentSessions.cpp)
