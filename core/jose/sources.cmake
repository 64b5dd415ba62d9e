# JOSE in one place: JWK import and export, RFC 7638 thumbprints, JWS compact sign and verify,
# the private_key_jwt client assertion and the client's key.
#
# Why a small layer over OpenSSL 3's EVP API rather than a JOSE library from Debian:
# - libcjose-dev (0.6.2.1, the library of mod_auth_openidc) has no PEM import and no RFC 7638
#   thumbprint, reaches key material only through OpenSSL's deprecated RSA/EC_KEY types, and
#   reports failures as generic error codes, where the console must say which check failed
#   (alg "none", an unknown kid, a DER signature in an ES256 token). The built-in sandbox
#   checks assertions with code of its own (it shares none with the core): the console
#   signing with this layer against it makes the end-to-end tests an interoperability check
#   between two independent implementations.
# - libjose-dev (latchset jose 11) has thumbprints and EVP_PKEY conversion, but is built around
#   jansson's json_t and its own streaming API, both foreign to a Qt JSON code base, for what
#   here is a handful of EVP calls.
# What is written by hand is what the console shows or controls: the strict base64url and
# compact parsing, the ECDSA R || S conversion, key selection from a set, and the messages.
target_sources(nvcore PRIVATE
    jose/Base64Url.h jose/Base64Url.cpp
    jose/ClientAssertion.h jose/ClientAssertion.cpp
    jose/ClientKey.h jose/ClientKey.cpp
    jose/CompactJws.h jose/CompactJws.cpp
    jose/EcdsaSignature.h jose/EcdsaSignature.cpp
    jose/JoseKey.h jose/JoseKey.cpp
    jose/Jwk.h jose/Jwk.cpp
    jose/JwkSet.h jose/JwkSet.cpp
    jose/JwsAlgorithm.h jose/JwsAlgorithm.cpp
    jose/KeyFile.h jose/KeyFile.cpp)
