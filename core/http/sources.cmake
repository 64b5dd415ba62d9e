target_sources(nvcore PRIVATE http/HttpExchange.h http/HttpRequest.h http/HttpClient.h http/HttpClient.cpp http/PendingExchange.h http/PendingExchange.cpp http/UrlPolicy.h http/UrlPolicy.cpp)
