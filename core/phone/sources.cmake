target_sources(nvcore PRIVATE phone/PhoneNumberCheck.h phone/PhoneNumberCheck.cpp
    phone/PhoneNumberRule.cpp)
