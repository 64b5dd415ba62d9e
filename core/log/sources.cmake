target_sources(nvcore PRIVATE
    log/LogQuery.h
    log/Redactor.h log/Redactor.cpp
    log/RequestLog.h log/RequestLog.cpp
    log/RequestLogStore.h log/RequestLogStore.cpp)
