<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>nv-cli</name>
    <message>
        <source>flow runs authorize -&gt; code -&gt; token -&gt; verify under one correlation id. With no profile and
no endpoint options it runs against the built-in operator sandbox, in-process and offline
(subscriber +34666666666). --browser none (default) follows the redirect chain with plain
HTTP; when the operator shows a page that needs a person, use --browser offscreen (the
embedded browser, headless). --browser system opens the desktop&apos;s browser and takes the
redirect on a loopback URI (--redirect-uri http://127.0.0.1:PORT/callback), for operators that
refuse embedded browsers. --browser phone prints the authorize URL as a QR code for a phone on
mobile data (the only way a real operator sees a SIM when this computer is on Wi-Fi); the code
comes back through --relay URL (nv-relay), or paste the phone&apos;s final address on stdin.
--issuer URL reads a CAMARA operator&apos;s endpoints from its discovery document first.
--device-phone-number asks, after verify, which number the device&apos;s SIM has (scope
number-verification:device-phone-number:read, added to the request).
--repeat N runs N whole flows one after another: a line per run (--json: a JSON object per
line), then the p50, p90, p99 and max of the whole run and of each step (--json: a last line
{&quot;summary&quot;: ...}); with --correlation-id ID run n sends ID-n.
verify makes a single call with a token you already have. verify --phones FILE verifies every
number of FILE (&quot;-&quot;: standard input; one E.164 number per line, or CSV with a phoneNumber
column; blank lines and # comments skipped) with that token over one keep-alive connection,
--concurrency N calls at once (1 to 16, default 1), and prints a line per answer as it arrives
(--json: one object per line: line, number, verified, assessedAt, status, correlationId, ms,
outcome, correlatorEcho, error), then a summary on standard error. Each call has a correlation
id of its own: a fresh UUID v4, or with --correlation-id ID, ID-n for the n-th number. A bad
line is reported with its line number and skipped (exit at least 1); with --strict it stops
the batch before anything is sent (exit 2). An empty list is exit 2. A 401 stops the batch:
the numbers not sent yet are not sent. The exit code is the worst answer&apos;s: 4 (any API error)
&gt; 5 (a call without an answer) &gt; 1 (not verified, or a line skipped) &gt; 0 (every number
verified).
Secrets are read from environment variables, never from flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor says how this machine reaches the network (Wi-Fi, Ethernet, a phone over USB or
Bluetooth, a phone&apos;s hotspot, a mobile modem; VPN; metered; the devices that are up) and
whether that path can carry the operator&apos;s network-based authentication, which needs a SIM&apos;s
mobile data with no VPN. Exit 0 it can, 1 it cannot, 5 it cannot be told (e.g. NetworkManager
is not running). --json prints one object: transport, vpn, metered, devices, verdict,
situation, sentence, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log reads the request log (every exchange of every run, redacted): list prints one line per
exchange (--since takes ISO 8601 or 30m, 2h, 7d), show prints an exchange id or a whole
correlation id with headers and bodies, export writes HAR 1.2 (opens in browser devtools) or
JSON Lines; FILE &quot;-&quot; is stdout. report writes a run (or several) as one self-contained HTML
file or a PDF for a partner: the verdict, the profile, the steps on a timeline, a sequence
diagram, and every exchange, redacted as the log stores it. Exit 1 when the log or the id
does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send sends an exchange of the log again, changed by the options, records it under the same
correlation id with step &quot;manual&quot; and prints the answer beside the original (exit 0 for a 2xx
answer, 4 for another, 5 for none). The log holds secrets redacted: a [redacted:…] value
cannot be sent again from it; supply it from an environment variable (--token-env VAR,
--header-env Authorization=VAR), or send the placeholder on purpose (--send-redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key makes and shows the client&apos;s key for private_key_jwt: key new writes a private key (RSA 2048
for RS256, EC P-256 for ES256) to FILE with mode 0600, never over an existing file, and prints
the public JWKS to register with the operator (kid: the RFC 7638 thumbprint); key show prints
the public JWKS of a key file (--pem: the public key as PEM). flow --token-auth private_key_jwt
--key-file FILE then signs a client assertion (RFC 7523) with it at the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  the number is verified (devicePhoneNumberVerified: true)
  1  the number is not verified (false)
  2  bad usage or input (e.g. a number that is not E.164, without --allow-invalid)
  3  the authorize or token step failed
  4  the API answered with an error
  5  network or TLS failure
  130  cancelled by SIGINT (Ctrl-C) or SIGTERM: the run stops and is reported as cancelled;
       a second signal ends nv-cli at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints one object: devicePhoneNumberVerified, assessedAt, correlationId, runId,
outcome, steps [{step, state, status, durationMs, correlatorEcho}] and warnings [sentences],
or on failure {&quot;error&quot;: {step, status, code, message, explanation}, ...}. correlatorEcho (token,
verify, device-phone-number) is {state: echoed|missing|different|not-sent|no-answer, header,
sent, received}: whether the operator echoed the correlation header, errors included; a missing
or different echo is also a warning and never changes the exit code. With --issuer: discovery
{issuer, authorizeUrl, tokenUrl, jwksUrl, jwksKeys, verifyUrl}; a refused document is
{&quot;error&quot;: {&quot;step&quot;: &quot;discovery&quot;, ...}} with exit 3 (5 when nothing answered). With
--device-phone-number: devicePhoneNumber (&quot;+E164&quot; or null, then devicePhoneNumberError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example, against a running nv-sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: unknown command &quot;%1&quot;. Try nv-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv-relay</name>
    <message>
        <source>%1 Default: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a sign-in, and then its result, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins held at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickups (long-polls) waiting at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a pickup waits before answering 204 (nothing yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a request may take to arrive whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a client may send at once (token bucket size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trusted-proxy &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback relay for NV Console&apos;s cross-device (phone) mode.

The operator redirects the phone to GET /callback?code=...&amp;state=...; the console opens the state with POST /v1/expect and picks the result up, once, with GET /v1/pickup. Everything is held in memory only.

The first line of standard output is NV_RELAY_URL=&lt;base URL&gt;; then one line per answer: route, status, event, milliseconds (and &quot;pickup waiting&quot; when a pickup starts to wait). No value a client sent (code, state, key, address) is ever printed. Run it behind a TLS reverse proxy (docs/relay.md). SIGINT or SIGTERM stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second a client may send on average. Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a reverse proxy whose X-Forwarded-For names the client (for the rate limit); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the NV_RELAY_URL line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install signal handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv-sandbox</name>
    <message>
        <source>secret file &quot;%1&quot; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read secret file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file &quot;%1&quot; is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable &quot;%1&quot; is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable &quot;%1&quot; is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client must start with the client id: ID,secret-file=F or ID,key=public.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client %1: part &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client %1 needs secret-file=FILE, secret-env=VAR, secret=SECRET or key=PUBLIC-KEY-FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect must be an absolute URI without a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read key file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (PEM &quot;BEGIN PUBLIC KEY&quot;, JWK or JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth must be post, basic or private_key_jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce takes S256 (the only method a strict client may use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number must be plain or hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown; use secret-file=, secret-env=, secret=, key=, redirect=, auth=, pkce= or number=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (--scenario, or per flow with login_hint=tel:&lt;test number&gt;, or per call with the test number as phoneNumber):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other +990 number: even last digit verifies true, odd false.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one. Anything but loopback exposes a sandbox with a well-known secret to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (E.164) of the subscriber the network identifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered client secret (default: the well-known sandbox secret). Visible to every user of this machine in the process list: prefer --client-secret-env or --client-secret-file for a secret of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from this environment variable (recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from this regular file, at most 4 KiB; one trailing newline is dropped (recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered redirect URI, matched exactly; repeat for several. Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the NV_SANDBOX_URL line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour of the operator (see the list above). Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the scenarios (id, test number, title) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every authorization hop and every API call (any scenario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay each authorization hop (authorize, network login, consent, token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay each Number Verification API call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after which tokens die in the token-expires-early scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every access token serves one API call, lives at most 300 s and comes without a refresh token (the next CAMARA rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After seconds on 429 and 503 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register another client; repeat for several. ID,secret-file=FILE or ID,secret-env=VAR (recommended; ID,secret=SECRET also works but shows in the process list) for client_secret_post/basic; ID,key=FILE for private_key_jwt (RS256 or ES256; FILE is a PEM &quot;BEGIN PUBLIC KEY&quot; RSA or EC P-256 key, a JWK or a JWKS); add ,redirect=URI (repeatable; default %1). A strict client adds auth=post|basic|private_key_jwt (the only token auth method accepted), pkce=S256 (every authorize request needs an S256 code_challenge) and/or number=plain|hashed (the only verify body form accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request&apos;s header block must arrive within this long of its first byte; then 408 and the connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-sent request that stops sending gets 408 after this long; an idle keep-alive connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections at most; one more gets 503 and is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test only: serve POST /nv-sandbox/test/clock (form advance=SECONDS, loopback clients only), which moves the sandbox clock forward so codes and tokens expire without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fake mobile operator for the CAMARA Number Verification API, on loopback.

Serves the authorization endpoint (with a silent network-login redirect chain that needs a cookie), the token endpoint, the Number Verification API (v1 and v2 paths), a JWKS and an OpenID discovery document.

The first line of standard output is NV_SANDBOX_URL=&lt;base URL&gt;; then one line per request: method, path, status (000 when the connection was closed without an answer), correlation id, milliseconds. SIGINT or SIGTERM stop it.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--msisdn must be E.164, e.g. +34666666666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the secret once: --client-secret, --client-secret-env or --client-secret-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --client-secret must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-uri &quot;%1&quot; must be an absolute URI without a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code-ttl must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-ttl must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--early-expiry must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-after must be a number of seconds &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --scenario &quot;%1&quot;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hop-delay-ms must be a number of milliseconds &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--call-delay-ms must be a number of milliseconds &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-timeout-ms must be a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout-ms must be a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client %1 is registered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-sandbox: warning: listening on %1, not loopback: anyone who can reach it can obtain tokens with the well-known sandbox credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-sandbox: test clock endpoint enabled (POST /nv-sandbox/test/clock): for tests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-sandbox: scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-sandbox: cannot accept connections (%1); retrying in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install signal handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::AuthorizeEndpoint</name>
    <message>
        <source>client_id and redirect_uri must appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client_id parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client_id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri &quot;%1&quot; is not registered for client &quot;%2&quot;. Redirect URIs must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST to the authorization endpoint must be application/x-www-form-urlencoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login session not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network login session is unknown, expired or already used. Start again from the authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form posts application/x-www-form-urlencoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent session not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent request is unknown, expired or already answered. Start again from the authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::BatchVerifyCommand</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is too large (at most %1 is read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every number of FILE (&quot;-&quot;: standard input) with the one token, over one keep-alive connection: one E.164 number per line, or CSV with a phoneNumber column. Prints a line per answer as it arrives (--json: a JSON object per line) and a summary on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phones: calls in flight at once, 1 to %1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phones: a bad line stops the batch before anything is sent (default: it is reported with its line number and skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the numbers once: --phone or --phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sent as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, more than 0 and at most 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env must name a variable holding the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no number to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: %1 line %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--strict: %1 bad line(s) in %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no valid number to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: the request log: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: verifying %1 number(s) at %2, %3 at a time, run id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1  %2  %3  %4  %5 ms  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: the request log lost exchanges of this batch: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: %1 number(s): %2 verified, %3 not verified, %4 API error(s), %5 without an answer; %6 line(s) skipped, %7 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: stopped early: %1; the numbers after it were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: %1 call(s) in %2 ms (%3 /s); per call %4; exit %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::CliReport</name>
    <message>
        <source>nv-cli: the request log lost this run: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (assessed at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the run started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device&apos;s number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: %1 failed: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::ConsentPage</name>
    <message>
        <source>Check whether a phone number is the one of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the phone number of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know that you signed in with your mobile operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep access when you are not using the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &lt;em&gt;%1&lt;/em&gt; to use your mobile number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line identified by the network: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access? - NV Console sandbox operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;strong&gt;NV Console sandbox&lt;/strong&gt; - a simulated mobile operator for testing. No real operator or subscriber is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application asks to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::DoctorCommand</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can carry network-based authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot carry network-based authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether it can carry network-based authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds NetworkManager may take to answer (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: --timeout takes seconds between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <comment>VPN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (guessed by the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  default route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::FlowCommand</name>
    <message>
        <source>--token-auth takes post, basic or private_key_jwt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alg takes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assertion-audience takes token or issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for --token-auth private_key_jwt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt sends no client secret: use --key-file or --key-env instead of --client-secret-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Verification API version of the verify URL that --base-url, --issuer or the built-in sandbox build: v1 (default; --base-url: /camara/api/number-verification/v1/verify, Konera PXG&apos;s) or v2 (/camara/number-verification/v2/verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMARA operator (discovery): read the authorize, token and JWKS URLs from URL/.well-known/openid-configuration (its issuer must be URL; the exchanges go to the request log). Verify URL: the issuer&apos;s origin + /camara/number-verification/&lt;--api-version&gt;/verify unless --verify-url; correlation header x-correlator unless --correlation-header. Needs --client-id etc. as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After verify, ask the operator which number the device&apos;s SIM has (GET device-phone-number, with the same token). Adds the scope number-verification:device-phone-number:read to the request. The exit code stays verify&apos;s; --json adds devicePhoneNumber (null when the operator did not say, with devicePhoneNumberError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-version takes v1 or v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-version goes with --base-url, --issuer or the built-in sandbox; a stored profile has its own verify URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issuer reads the endpoints from the operator&apos;s discovery document: leave out --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the private key once: --key-file or --key-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to verify, E.164 (+34666666666).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hashedPhoneNumber (SHA-256) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a number that is not E.164 anyway, to see how the operator answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id for the run (default: a fresh UUID v4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation header name: x-correlation-id (default) or x-correlator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30, at most 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of a transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log database (default: the console&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record the exchanges in the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored profile, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile export file (JSON); the first profile, or --profile in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator origin; the PXG paths are appended (e.g. an nv-sandbox URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the client secret (never a flag: flags show up in process lists and shell history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login_hint, e.g. tel:+34666666666.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt (default none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>konera_context IP hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PKCE S256 (on|off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint authentication: post (client_secret_post, credentials in the body, Konera&apos;s way), basic (client_secret_basic) or private_key_jwt (a client assertion signed with --key-file or --key-env, CAMARA&apos;s ICM profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: the client&apos;s private key, PEM (PKCS#8, or traditional RSA/EC) or a JWK; e.g. from nv-cli key new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: environment variable holding the private key PEM (instead of --key-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: the assertion&apos;s algorithm, RS256 or ES256 (default: the profile&apos;s, else the key&apos;s: RSA RS256, EC P-256 ES256); a key of the other type is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: the assertion&apos;s aud, the token endpoint URL (token, default) or the operator&apos;s issuer (issuer: the authorize URL&apos;s origin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: sign the assertion as if this computer&apos;s clock were S seconds ahead (negative: behind), to see how the operator treats clock skew (at most 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to walk the authorize redirects: none (plain HTTP, default), offscreen (the embedded browser, headless) or system (the desktop&apos;s browser, back through a loopback redirect URI such as http://127.0.0.1:8765/callback, or http://127.0.0.1/callback for any free port), or phone (the authorize URL as a QR code for a phone on mobile data; see --relay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--browser phone: the relay (nv-relay) whose /callback is the redirect URI registered with the operator. Without it, paste the address the phone ended on into standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber number of the in-process sandbox (default +34666666666).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run N whole flows one after another: a line per run (--json: a JSON object per line), then the p50, p90, p99 and max of the whole run and of each step. With --correlation-id ID, run n sends ID-n. Exit code: the worst run&apos;s (4 &gt; 3 &gt; 5 &gt; 1 &gt; 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file holds no profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile &quot;%1&quot; in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pkce takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--browser takes none, offscreen, system or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay goes with --browser phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sent as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, more than 0 and at most 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env must name a variable holding the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assertion-clock-offset takes whole seconds, at most 86400 either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  authorize %1
  token     %2
  JWKS      %3 (keys: %4)
  verify    %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network path: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · correlation id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat runs without a person: not with --browser phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: %2. Use --allow-invalid to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key for &quot;%1&quot; (%2). Pass --key-file FILE or --key-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret for &quot;%1&quot; (%2). Pass --client-secret-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Use --browser none, system or phone, or install the nv-console package, which carries the embedded browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::FlowRepeat</name>
    <message>
        <source>run %1/%2  %3  total %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli: the request log lost exchanges of these runs: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::KeyCommand</name>
    <message>
        <source>neither PEM nor a JSON Web Key (Set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the algorithm the key is for, RS256 (RSA 2048) or ES256 (EC P-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: where to write the private key (PEM, mode 0600); an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: a private or public key, PEM or JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the public key as PEM (&quot;BEGIN PUBLIC KEY&quot;) instead of a JWKS, for operators (and nv-sandbox --client) that take PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: key new --alg RS256|ES256 --out FILE | key show --key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs --alg RS256 or --alg ES256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs --out FILE for the private key (it is never printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (%1) written to %2, readable by you only. Register the public key below with the operator for your client; its kid is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs --key-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable key: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::LogCommand</name>
    <message>
        <source>  (no body)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log file (default: the console&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only exchanges started at or after T (ISO 8601, or 30m, 2h, 7d ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this step (authorize, token, verify, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status class: 2xx, 3xx, 4xx, 5xx, failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the URL or the bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows (list; default 100, 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write HAR 1.2 to FILE (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write JSON Lines to FILE (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: write a self-contained HTML report to FILE (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: write a PDF report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: light (screen, print) or presentation (projector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: a4 or letter (default: the locale&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: log list [options] | log show ID | log export --har FILE [options] | log report --correlation-id ID --html FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request log at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The file is damaged, so nothing is listed rather than a part that looks whole. NV Console (or nv-cli flow) moves it aside and starts a new log the next time it writes. To get back what can still be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: not a time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: expected 1xx..5xx or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: no exchanges match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  correlation id %3  run %4  profile %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1  finished %2  (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: no exchange or correlation id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one of --har FILE or --jsonl FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: the export on standard output is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: exported %1 exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs exactly one of --html FILE or --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --correlation-id ID (once per run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--palette: expected light or presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper: expected a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: report of %1 run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli log: report of %1 runs (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::NetworkOptions</name>
    <message>
        <source>--%1: the variable %2 is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-password-env needs --proxy-user (or a profile that names the proxy user).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::PhonePrompt</name>
    <message>
        <source>Open this on the phone, over its mobile data (not Wi-Fi): scan the code or send it the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the phone. Or paste the address the phone ended on (or code=… and state=…) here and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken: %1 Paste again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::RunTally</name>
    <message>
        <source>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::SendCommand</name>
    <message>
        <source>the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange id to send again (nv-cli log list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to this URL instead (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this method instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a header, &quot;Name: value&quot; (repeatable). Not for secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a header out (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set header NAME to the value of environment variable VAR (repeatable), e.g. Authorization=NV_AUTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;the value of VAR&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this JSON as the body (Content-Type application/json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this text as the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the log&apos;s [redacted:…] placeholders as they are, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log file (default: the console&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record the resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: expected seconds, at most 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli send: %1 %2  (exchange %3 again, correlation id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-log ID is required (an exchange id from nv-cli log list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-log: expected an exchange id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli send: no exchange %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: expected an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method: not an HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-header: expected &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-env: expected NAME=VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --body-json or --body, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body-json: not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli send: the request log keeps secrets redacted, and %1 holds a [redacted:…] placeholder instead of the value that was sent. nv-cli cannot send it again from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli send: the request log keeps secrets redacted, and %1 hold a [redacted:…] placeholder instead of the value that was sent. nv-cli cannot send it again from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply the value from an environment variable (never on the command line):
  --token-env VAR            Authorization: Bearer $VAR
  --header-env NAME=VAR      any header from $VAR
  --body-json JSON | --body TEXT   a body without the placeholder
or send the placeholders as they are, to see the operator refuse them: --send-redacted.
(The console window can resend with the real values of its own session: Request log &gt; Edit and resend.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nv-cli send: the log is still writing; the resend may be missing from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside exchange %1: status %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside exchange %1: status %2 -&gt; %3 (same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  body: the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as exchange %1 (step manual, correlation id %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::TokenEndpoint</name>
    <message>
        <source>Token request refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nv::sandboxhttp</name>
    <message>
        <source>NV Console operator sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
