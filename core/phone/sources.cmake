target_sources(nvcore PRIVATE phone/PhoneNumberCheck.h phone/PhoneNumberRule.cpp)
