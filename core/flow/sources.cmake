target_sources(nvcore PRIVATE
    flow/ApiError.h flow/ApiError.cpp
    flow/AuthorizationResponse.h flow/AuthorizationResponse.cpp
    flow/AuthorizeDriver.h
    flow/AuthorizeRequest.h flow/AuthorizeRequest.cpp
    flow/DevicePhoneNumberExchange.h flow/DevicePhoneNumberExchange.cpp
    flow/DriverKind.h flow/DriverKind.cpp
    flow/FlowOutcome.h flow/FlowOutcome.cpp
    flow/FlowRun.h flow/FlowRun.cpp
    flow/IdTokenCheck.h flow/IdTokenCheck.cpp
    flow/JwksFetch.h flow/JwksFetch.cpp
    flow/Pkce.h flow/Pkce.cpp
    flow/RedirectFollower.h flow/RedirectFollower.cpp
    flow/TokenExchange.h flow/TokenExchange.cpp
    flow/VerifyExchange.h flow/VerifyExchange.cpp)
