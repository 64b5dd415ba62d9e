<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Desktop test console for the CAMARA Number Verification API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the profile called &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the phone number to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the request log in &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a flow as soon as the window is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox in scenario &lt;id&gt; (match, mismatch, not-on-mobile-network, consent, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the built-in sandbox&apos;s access tokens live &lt;seconds&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to the first paint of the window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox scenario &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-token-lifetime needs a number of seconds, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no HTTP answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: enter a number such as +34666666666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains letters: only a leading + and digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains spaces or separators: write it as + and digits only, e.g. +34666666666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains characters other than a leading + and the digits 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing leading +: E.164 numbers start with + and the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one +: only a single leading + is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits after the +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country code cannot start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short: E.164 needs 5 to 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: E.164 allows at most 15 digits after the +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid E.164 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid profiles file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be changed; duplicate it to make an editable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON file: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no profiles: expected an NV Console profile export (an object with a &quot;profiles&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv</name>
    <message>
        <source>The operator failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator refused the request with %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The operator asks to retry after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator returned an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carried a different state than this run sent, so it was refused: it may belong to another run or be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect reached the redirect URI without a code or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This error code is not a standard one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to compare %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator echoed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator did not echo %1 (sent %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator echoed a different %1: sent %2, received %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation id has %1 characters; CAMARA allows at most %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation id has %1 at position %2; CAMARA allows only letters, digits and - _ : ; . / &lt; &gt; { } (%3). An operator that checks it answers 400 INVALID_ARGUMENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a CAMARA error body {status, code, message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devicePhoneNumber is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devicePhoneNumber &quot;%1&quot; is not an E.164 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s number is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the console accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an http or https URL: the console fetches nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has a fragment (#…), which OAuth endpoints may not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries a user name or password in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no %1 (or it is not a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 entries; the console accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds something that is not a short string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than %1 KiB; real ones are a few KiB, so the console did not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the id_token is not signed (alg &quot;%1&quot;); anyone could have written it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the id_token uses %1, an HMAC with a shared secret. An operator signs id_tokens with its private key; an HMAC keyed with the operator&apos;s public key is a known forgery, so the console refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the id_token uses %1, which is not on the console&apos;s list (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the client id is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token names no audience (aud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;, not this client (%2): the token was issued to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azp is &quot;%1&quot;, not this client (%2): the token was obtained by another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud is this client, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud includes this client among %1 audiences, without azp (OpenID Connect Core §3.1.3.7 recommends one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud includes this client among %1 audiences, and azp is this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token lacks a numeric %1, which OpenID Connect requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token expired at %1, %2 s ago (%3 s of clock difference tolerated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token was issued at %1, %2 s in the future: the operator&apos;s clock or this computer&apos;s is off (%3 s tolerated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at %1, valid until %2 (%3 s of clock difference tolerated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token carries no amr: the operator states no authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amr is not a list of strings (OpenID Connect Core §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nba (network-based authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods (amr): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer is not known (no discovery document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is the operator&apos;s issuer, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is &quot;%1&quot;, but the operator&apos;s issuer is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: this run sent no nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token carries no nonce, but the run sent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce is the one this run sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce differs from the one this run sent: the token may belong to another login (replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: the body is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong JSON type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without an RFC 6749 &quot;error&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type is &quot;%1&quot;, not Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received (%1, expires in %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The operator refused the client assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devicePhoneNumberVerified is missing or not a boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessedAt &quot;%1&quot; is not an RFC 3339 date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessedAt is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number belongs to the SIM in the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number does not belong to the SIM in the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s random generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB, which no key is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither PEM nor a JSON Web Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an %2 key, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s &quot;%1&quot; is not a base64url value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the JWK&apos;s members as a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s exponent &quot;e&quot; is longer than 8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK has some of p, q, dp, dq, qi but not all, with d (RFC 7518 §6.3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not take the JWK&apos;s RSA members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s private members do not belong to its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s curve is &quot;%1&quot;; the console uses P-256 (ES256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s x, y and d must be 32 bytes each for P-256 (RFC 7518 §6.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not take the JWK&apos;s EC members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s x and y are not a point on P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK&apos;s d does not belong to its x and y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; key and %2 needs an %3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its curve is not P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is published for &quot;%1&quot;, not for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is published for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no system D-Bus to ask NetworkManager on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager refused to list its objects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager&apos;s answer had no manager object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, metered as a phone&apos;s shared connection is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” is of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager guesses it is metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is set as metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is a phone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wired Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop&apos;s mobile modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone over USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone over Bluetooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone&apos;s hotspot (likely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone over USB · SIM on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop uses a phone&apos;s mobile data over USB (%1): the operator sees that phone&apos;s SIM, so verify that phone&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone over Bluetooth · SIM on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop uses a phone&apos;s mobile data over Bluetooth: the operator sees that phone&apos;s SIM, so verify that phone&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile modem · SIM on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s own mobile modem carries the traffic: the operator sees the modem&apos;s SIM, so verify that SIM&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone hotspot (likely) · SIM on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop looks to be on a phone&apos;s hotspot%1, because %2: the operator sees that phone&apos;s SIM, so verify that phone&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone connected but unused · no SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone or modem is connected (%1), but this laptop sends its traffic over %2: turn %2 off so that the mobile data carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi · no SIM on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is on Wi-Fi%1: the operator will not see a SIM. Use Phone (QR code), or share the phone&apos;s mobile data with this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet · no SIM on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is on wired Ethernet: the operator will not see a SIM. Use Phone (QR code), or share the phone&apos;s mobile data with this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · no path to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not connected to any network: share a phone&apos;s mobile data with it (USB, Bluetooth or hotspot), or use Phone (QR code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN up · the operator sees the VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN is up (%1): the operator sees the VPN&apos;s exit, not a SIM, even over a phone&apos;s mobile data. Disconnect it and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network path not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this laptop reaches the network cannot be told here (%1): make sure it uses a phone&apos;s mobile data with no VPN, or use Phone (QR code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s network information (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s interface list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system does not say which medium carries the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system says it is metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http: tokens would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI is not a valid URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI has a fragment (#…), which OAuth forbids (RFC 6749 §3.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope lacks number-verification:verify: the operator will refuse the authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt &quot;%1&quot; is not an OpenID prompt value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token auth method &quot;%1&quot; is not one the console knows (client_secret_post, client_secret_basic, private_key_jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key algorithm &quot;%1&quot; is not one the console signs with (RS256, ES256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion audience &quot;%1&quot; is neither &quot;token&quot; nor &quot;issuer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version &quot;%1&quot; is neither v1 nor v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form name=value; paste the whole address, or code=… and state=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; paste a single redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address (%1). Copy it again from the phone&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address goes to %1, not to the redirect URI %2. Paste the address the phone ended on after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an http or https address can be pasted, not a %1: one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code and no state found. Paste the whole address from the phone&apos;s address bar, or code=… and state=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is missing: paste the whole address, or add state=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is missing: paste the whole address, or add code=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds both a code and an error; paste a single redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code, state or error holds characters a redirect never carries (spaces, letters outside ASCII or control characters). Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error description holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state in the pasted text (%1…) is not this run&apos;s (%2…): it belongs to another sign-in. Paste the address from this sign-in, or start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::AuthorizeDriverFactory</name>
    <message>
        <source>The embedded browser is not part of this program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::BrowserPane</name>
    <message>
        <source>The operator&apos;s pages appear here during a run.
The browser starts with the first run; nothing is loaded until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the page the embedded browser shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ClientKey</name>
    <message>
        <source>The private key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable private key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key. private_key_jwt signs with the private key (the operator keeps the public one): give the private key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client assertion algorithm &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1, but the algorithm asked for is %2, which needs an %3 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key&apos;s kid (its RFC 7638 thumbprint) is %1, but the profile names %2: it is not the key registered for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ClientKeyEditor</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ES256 (P-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RS256 (RSA 2048)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key as PEM (PKCS#8 or traditional) or as a JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key as a JWKS, to register with the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet: make one or import one, then register its JWKS with the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key, kid %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own algorithm&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this computer&apos;s keychain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a %1 key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1: copy its JWKS and register it with the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public JWKS is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::CompactJws</name>
    <message>
        <source>longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a compact JWS (three parts separated by dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part is not strict base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lists critical extensions (crit) the console does not implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public key cannot sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign with the %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ES256 signature is 64 bytes (R || S, RFC 7518 §3.4); this one is %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 signature does not match the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ConsoleStatusBar</name>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: new for each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running at %1 · %2 · subscriber %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::CrossDeviceDriver</name>
    <message>
        <source>No sign-in is waiting for the phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::DemoSessionMenu</name>
    <message>
        <source>NV Console sessions (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read but could not be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot save a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::DiscoveryDocument</name>
    <message>
        <source>Type the operator&apos;s issuer URL, e.g. https://operator.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has a query (?…), which OpenID issuers may not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names the issuer %1, not %2: it belongs to another operator (or something in between rewrote it), so its endpoints are not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::DriverChoices</name>
    <message>
        <source>Embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (QR code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP (no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s pages open in this window, over this computer&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone on mobile data scans the authorize URL; the code comes back through the relay, or is pasted here. The way to reach a real operator from a laptop on Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s browser opens the authorize URL and comes back to a loopback redirect URI (http://127.0.0.1:PORT/…), for operators that refuse embedded browsers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the redirects with plain HTTP: fast, but no page can be shown or answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ExchangeComparisonView</name>
    <message>
        <source>The answer beside the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to see its answer here, beside the original one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body on either side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ExchangeDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no response: %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1
Step:           %2
Run id:         %3
Profile:        %4
Exchange id:    %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:  %1 (%2 local)
Finished: %3
Duration: %4 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT in this exchange.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT to decode. Tokens are replaced by a marker before they are stored; for an exchange of this session, tick &quot;Reveal secrets&quot; to decode its id_token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times (UTC)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature present (not verified here)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets revealed for this exchange: do not share this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::FlowPanel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+34666666666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it anyway, to see how the operator answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hashed (hashedPhoneNumber, SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator compares the hash with the SIM&apos;s number: the number itself never leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a new UUID for every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize, exchange the code and verify the number (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the next step, to follow the flow one step at a time (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the step in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this run: fresh browser session and a new correlation id (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device opens the operator&apos;s page over its mobile data. The network recognises the SIM by the connection itself: no password, no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sends the browser back to the app&apos;s redirect URI with a one-time code; the console catches it and checks that the state matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s server trades the code and its client secret for an access token that speaks for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app sends the number with the token. The operator answers whether it is the number of the SIM that signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run and do only the authorize step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange the captured code for a token (again: a code works only once, so a second exchange shows the operator refusing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the number to /verify with the current access token (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET …/device-phone-number with the current access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of confirming a number, the operator can say which number the SIM has. The token needs the scope number-verification:device-phone-number:read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is sent as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends hashedPhoneNumber = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number to verify, in E.164: +&lt;country code&gt;&lt;number&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not an E.164 number: %1. The operator would answer 400 INVALID_ARGUMENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known range (the API still accepts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ E.164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation id sent with every call of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIM&apos;s number is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3
%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::FlowRun</name>
    <message>
        <source>No redirect to the redirect URI within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator did not finish the authorize chain in time. It may be slow or waiting for a person on a page, or the redirect URI may not match the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the flow in the embedded browser, where a person can answer the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator could not be reached: check the authorize URL, the network and any proxy or TLS inspection in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize chain stopped before reaching the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code captured, state matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the authorize step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key cannot sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt needs the private key whose public key is registered with the operator for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client assertion could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator did not accept the client assertion (%1, kid %2, aud %3, valid from %4 to %5). Check that the public key registered for client &quot;%6&quot; is the one with this kid (nv-cli key show prints it), that the operator expects this aud (the token endpoint or the issuer), and that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the authorize and token steps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number as +&lt;country code&gt;&lt;number&gt;, e.g. +34666666666, or choose to send it anyway to see how the operator answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s answer does not follow the Number Verification API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: run the authorize and token steps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::HttpClient</name>
    <message>
        <source>not sent: refused by the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::IdTokenCheck</name>
    <message>
        <source>Invalid: the id_token is not a readable JWS: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the console cannot check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the signature does not match the issuer&apos;s key &quot;%1&quot; (%2). The token was altered or was not issued by this issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signed with %1 by the issuer&apos;s key &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the id_token is not a readable JWT (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer&apos;s key set (JWKS) is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::JoseKey</name>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA key of %1 bits; JWS needs %2 to %3 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 key; the console signs and verifies with RSA (RS256, PS256) and EC P-256 (ES256) keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not generate a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB, which no key is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM key (no &quot;-----BEGIN&quot; line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted (passphrase-protected) key; the console reads unencrypted PEM only: keep it in the keychain instead, or decrypt it with: openssl pkey -in KEY -out PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key OpenSSL can read (expected &quot;BEGIN PRIVATE KEY&quot;, &quot;BEGIN RSA PRIVATE KEY&quot;, &quot;BEGIN EC PRIVATE KEY&quot; or &quot;BEGIN PUBLIC KEY&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::Jwk</name>
    <message>
        <source>a symmetric (&quot;oct&quot;) JWK; client assertions and id_tokens are checked with RSA or EC keys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JWK whose kty is &quot;%1&quot;, not RSA or EC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::JwkSet</name>
    <message>
        <source>The issuer&apos;s key &quot;%1&quot; is unusable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set (JWKS) has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has %1 keys, more than the %2 the console reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key &quot;%1&quot; cannot check this token: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key with kid &quot;%1&quot; (it has: %2). The token was signed with a key the operator does not publish, or the key set is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names no kid and the issuer&apos;s key set has %1 keys for %2: the console cannot tell which one signed it (OpenID Connect Core §10.1 asks for a kid when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::JwksFetch</name>
    <message>
        <source>the operator&apos;s discovery document (%1) could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery document names no jwks_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key set at %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document at %1 is not a JWK set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::KeyFile</name>
    <message>
        <source>%1 exists and is not a regular file; not writing a key there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; the console never overwrites a key file (choose another name or remove it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::LogTableModel</name>
    <message>
        <source>%1
Double-click to show only this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::LogView</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the exchanges of the latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL and bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are matched as word prefixes (full-text index): &quot;INVALID&quot; finds INVALID_ARGUMENT, &quot;oper&quot; finds operator.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown rows as HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown rows as JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything as HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a HAR or JSON Lines file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this machine&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the unredacted exchange. Only possible for exchanges recorded in this session; nothing secret is ever written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not from this session: shown redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL (secrets revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected rows as HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 exchanges to %2 (redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a request log export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR or JSON Lines (*.har *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %Ln exchanges, redacted on import. Log ▸ Back to this machine&apos;s log returns to your own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Request log retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exchanges for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every exchange in the request log? This cannot be undone; export first if the log is evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::LoopbackRedirectListener</name>
    <message>
        <source>The redirect URI %1 is not an http URI on 127.0.0.1, [::1] or localhost, so this computer cannot receive the browser&apos;s redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can listen on port %1 of this computer (another program uses it?). Close that program, or register another port with the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has had its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sent the browser to %1, not to the redirect URI the console waits on. Look at the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has the answer. You can close this window and go back to NV Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::MainWindow</name>
    <message>
        <source>NV Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;; the built-in sandbox is selected instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the &amp;device phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger type, high contrast, the verdict filling its area; Ctrl+Shift+P again to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::NetworkPathLabel</name>
    <message>
        <source>Network path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the network path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking how this laptop reaches the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox does not need this; a real operator does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::OperatorDiscovery</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document at %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JWK set {&quot;keys&quot;: [...]}: id_tokens cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::PastedRedirect</name>
    <message>
        <source>The pasted text is longer than %1 characters; paste only the address from the phone&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text holds control characters; copy the address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid redirect URI to check the address against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::PendingExchange</name>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; the console stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::PhonePane</name>
    <message>
        <source>Authorize URL for the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the authorize URL, to send it to the phone another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste the address the phone ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/callback?code=…&amp;state=…  or  code=…&amp;state=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the phone ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera. The phone must use its mobile data (Wi-Fi off): the operator recognises the SIM by that connection. The answer comes back here by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera. The phone must use its mobile data (Wi-Fi off). When the phone stops on the redirect address, paste that address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the phone mode, the authorize URL appears here as a QR code for a phone on mobile data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has expired: run the flow again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::PresetDialog</name>
    <message>
        <source>New profile from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id the operator gave you (can be added later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the profile will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://operator.example (its issuer URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1 (/number-verification/v1/verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 (/number-verification/v2/verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the operator&apos;s issuer and read its discovery document: the authorize, token and JWKS URLs come from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the discovery document of this issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints read from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints read from %1; its key set has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled from the discovery document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: found from the authorize URL&apos;s origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator lists token authentication: %1; PKCE: %2. The profile starts with client_secret_post and PKCE S256: change them in the profile editor if the operator wants otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::Profile</name>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no client ID. Built-in profiles are read-only: duplicate it and fill in your client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no client ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this profile to a file to share; the secret is never in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile and its secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a PKCE challenge (S256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aud of the client assertion: the token endpoint&apos;s URL (RFC 7523) or the issuer, as some operators ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: paste the phone&apos;s last address back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay (nv-relay) whose /callback is the redirect URI registered with the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>konera_context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion aud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox: an operator running inside this console. Read-only; duplicate it to experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profile: read-only. Duplicate it to fill in your client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s well-known secret, kept in memory for this session only (never in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV Console profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2, without its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV Console profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter the client secret: exports never carry it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its client secret? This cannot be undone; export it first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is used for this session but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret saved for this profile yet. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ProfilePresets</name>
    <message>
        <source>Konera PXG v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator portal&apos;s URLs: verify at /camara/api/number-verification/v1/verify, x-correlation-id, client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konera PXG v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same gateway with the CAMARA v2 verify path, /camara/number-verification/v2/verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMARA operator (discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CAMARA operator: type its issuer URL and the authorize, token and JWKS URLs are read from its /.well-known/openid-configuration; x-correlator as the correlation header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMARA operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMARA operator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds a NUL character, which a QR code cannot carry here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 bytes long; a QR code holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code at error correction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::QrCodeView</name>
    <message>
        <source>No QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the address to open on the phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, on mobile data (not Wi-Fi).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::RedirectFollower</name>
    <message>
        <source>redirect chain, followed without a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect chain, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize chain stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator answered with a page that needs a person (%1), not a redirect. Use the embedded browser (--browser offscreen in the CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator answered HTTP %1 at %2 instead of redirecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a usable Location header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 redirects without reaching the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::RelayPickup</name>
    <message>
        <source>No answer came back from the phone within %1 s. Start the sign-in again; check that the phone opened the QR code&apos;s address and finished on mobile data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL must be an absolute http or https URL, e.g. https://relay.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL must use https (or http on a test network), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL must not have a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no state to pick up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no valid redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: open the sign-in (cross-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: pickup (cross-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay already holds this sign-in&apos;s state for another console. Start the sign-in again to draw a new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 did not accept the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay no longer holds this sign-in: it expired, was collected already, or the relay restarted. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another pickup for this sign-in took over (is a second console running it?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s pickup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s answer is not a pickup result (a JSON object with a code or an error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay answered for another sign-in&apos;s state; the answer was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run with correlation id &lt;tt&gt;%1&lt;/tt&gt;, as the request log holds it (redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs, as the request log holds them (redacted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (screen and print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ResendDialog</name>
    <message>
        <source>Edit and resend · exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · correlation id &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, one per line (Name: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of this session, in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not from this session: the log&apos;s placeholders stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the placeholders as they are (the operator should refuse them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request as it is written here (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets revealed: mind who sees the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log redacted %n value(s) of this request (%1), and the console does not have them: the exchange is not from this session. Type the real values in their place, or send the placeholders as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The method must be one word, such as GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line %1 is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are still the log&apos;s placeholders; type them, or choose to send the placeholders as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as exchange %1 (step manual, correlation id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the log is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1, in %2 ms. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ResultPanel</name>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number and press Run flow, or Next step to go one step at a time. The verdict appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the operator whether %1 is the number of the SIM in this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by the operator at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator did not say when it assessed the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the number of the SIM in this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator recognised the device on its network and confirms the number without an SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the number of the SIM in this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator identified the device, and it belongs to another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number for a typo, or whether the device uses another SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the %1 step the operator said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the run started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::RunPresenter</name>
    <message>
        <source>Step 3 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: the code and the client secret go to the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize: the operator&apos;s page opens in the embedded browser and the network recognises the SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code with a phone on mobile data. The operator recognises the SIM by that connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s answer is here: the code went on to the token step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize URL is open in your default browser.
The console waits for it to come back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator shows a page and waits for an answer: answer it here to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s page in the embedded browser needs an answer (e.g. Allow) before the flow can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number to verify first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: &quot;%1&quot; is not an E.164 number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: &quot;%1&quot; is not an E.164 number (%2). Correct it, or tick &quot;Send it anyway&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is still starting; the run begins as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: this profile&apos;s private key is not in this computer&apos;s keychain. Make or import one in the Client key row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: this profile has no client secret. Enter it in the Client secret field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is caught. Next step: exchange it for a token (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is here (see the token inspector). Next step: verify the number (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sent the browser back to the redirect URI with a code.
The browser&apos;s part of the flow is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sent the browser back to the redirect URI without a code:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at the %1 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain stopped%1 without reaching the redirect URI %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::RunSession</name>
    <message>
        <source>With the relay %1, the redirect URI registered with the operator must be its callback, %2; the profile has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no client key (its kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the operator issued no id_token (the scope did not ask for openid).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::SecretStore</name>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is reachable: the secret is kept in memory for this session only and will be asked again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain has not been asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::SystemBrowserDriver</name>
    <message>
        <source>opened in the system browser; its hops are not visible to the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer (xdg-open or the desktop&apos;s default browser). Copy the authorize URL into a browser, or use the embedded browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser came back to the console&apos;s loopback listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back to %1, not to the redirect URI&apos;s path %2: the redirect URI registered with the operator differs from the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::TokenInspector</name>
    <message>
        <source>Code and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values whole, e.g. to paste into another tool. They are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods: the operator&apos;s own evidence of how it recognised the device (network-based authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– no id_token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: the token&apos;s lifetime is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated by the operator (RFC 6749: then it is the scope asked for)
asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
= every scope asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
asked but not granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
granted without being asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s · expired %2 ago: a new flow is needed for another call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s · expires in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… checking against the issuer&apos;s keys (JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client assertion (sent), header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client assertion (sent), claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::UrlPolicy</name>
    <message>
        <source>The URL is empty; the console fetches only https and http URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 is not valid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 has no scheme; the console fetches only https and http URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console fetches only https and http URLs; %1 uses %2:, which could read local files or content that no server sent, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 names no host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::WindowTakeaways</name>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to report yet. Run the flow, or choose exchanges in the request log and use Export report… from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
