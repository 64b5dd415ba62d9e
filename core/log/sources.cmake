target_sources(nvcore PRIVATE
    log/LogQuery.h log/LogQuery.cpp log/LogRetention.h
    log/Redactor.h log/Redactor.cpp
    log/RequestLog.h log/RequestLog.cpp
    log/StoreThread.h log/StoreThread.cpp
    log/RequestLogStore.h log/RequestLogStore.cpp
    log/LogReader.h log/LogReader.cpp
    log/LogImport.h log/LogImport.cpp
    log/HarExporter.h log/HarExporter.cpp
    log/HarImporter.h log/HarImporter.cpp
    log/JsonLinesExporter.h log/JsonLinesExporter.cpp
    log/JsonLinesImporter.h log/JsonLinesImporter.cpp
    log/CurlCommand.h log/CurlCommand.cpp
    log/JwtDecoder.h log/JwtDecoder.cpp)
