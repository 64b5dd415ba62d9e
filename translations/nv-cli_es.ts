<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Registered client id.</source>
        <translation>Id de cliente registrado.</translation>
    </message>
    <message>
        <source>Authorization code lifetime in seconds.</source>
        <translation>Duración del código de autorización en segundos.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Duración del token de acceso en segundos.</translation>
    </message>
    <message>
        <source>Print only the NV_SANDBOX_URL line.</source>
        <translation>Mostrar solo la línea NV_SANDBOX_URL.</translation>
    </message>
    <message>
        <source>Delay each Number Verification API call.</source>
        <translation>Retrasar cada llamada a la API de Number Verification.</translation>
    </message>
    <message>
        <source>Retry-After seconds on 429 and 503 answers.</source>
        <translation>Segundos de Retry-After en las respuestas 429 y 503.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumento inesperado «%1»; consulte --help</translation>
    </message>
    <message>
        <source>unknown --scenario &quot;%1&quot;; one of: %2</source>
        <translation>--scenario «%1» desconocido; uno de: %2</translation>
    </message>
    <message>
        <source>--client %1 is registered twice</source>
        <translation>--client %1 está registrado dos veces</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one. Anything but loopback exposes a sandbox with a well-known secret to the network.</source>
        <translation>Dirección y puerto en los que escuchar; el puerto 0 elige uno libre. Cualquier cosa que no sea loopback expone a la red un sandbox con un secreto conocido por todos.</translation>
    </message>
    <message>
        <source>Phone number (E.164) of the subscriber the network identifies.</source>
        <translation>Número de teléfono (E.164) del abonado que identifica la red.</translation>
    </message>
    <message>
        <source>Registered client secret (default: the well-known sandbox secret). Visible to every user of this machine in the process list: prefer --client-secret-env or --client-secret-file for a secret of your own.</source>
        <translation>Secreto de cliente registrado (por defecto: el secreto del sandbox, conocido por todos). Visible para cualquier usuario de este equipo en la lista de procesos: para un secreto propio, mejor --client-secret-env o --client-secret-file.</translation>
    </message>
    <message>
        <source>Read the client secret from this environment variable (recommended).</source>
        <translation>Leer el secreto de cliente de esta variable de entorno (recomendado).</translation>
    </message>
    <message>
        <source>Read the client secret from this regular file, at most 4 KiB; one trailing newline is dropped (recommended).</source>
        <translation>Leer el secreto de cliente de este archivo normal, de 4 KiB como máximo; se descarta un salto de línea final (recomendado).</translation>
    </message>
    <message>
        <source>Registered redirect URI, matched exactly; repeat for several. Default: %1</source>
        <translation>URI de redirección registrada, comparada de forma exacta; repítala para varias. Por defecto: %1</translation>
    </message>
    <message>
        <source>Behaviour of the operator (see the list above). Default: %1.</source>
        <translation>Comportamiento del operador (vea la lista de arriba). Por defecto: %1.</translation>
    </message>
    <message>
        <source>Print the scenarios (id, test number, title) and exit.</source>
        <translation>Mostrar los escenarios (id, número de prueba, título) y salir.</translation>
    </message>
    <message>
        <source>Delay every authorization hop and every API call (any scenario).</source>
        <translation>Retrasar cada salto de la autorización y cada llamada a la API (cualquier escenario).</translation>
    </message>
    <message>
        <source>Delay each authorization hop (authorize, network login, consent, token).</source>
        <translation>Retrasar cada salto de la autorización (authorize, inicio de sesión de red, consentimiento, token).</translation>
    </message>
    <message>
        <source>Seconds after which tokens die in the token-expires-early scenario.</source>
        <translation>Segundos tras los que mueren los tokens en el escenario token-expires-early.</translation>
    </message>
    <message>
        <source>Every access token serves one API call, lives at most 300 s and comes without a refresh token (the next CAMARA rule).</source>
        <translation>Cada token de acceso sirve para una llamada a la API, dura 300 s como máximo y llega sin token de refresco (la próxima regla de CAMARA).</translation>
    </message>
    <message>
        <source>Register another client; repeat for several. ID,secret-file=FILE or ID,secret-env=VAR (recommended; ID,secret=SECRET also works but shows in the process list) for client_secret_post/basic; ID,key=FILE for private_key_jwt (RS256 or ES256; FILE is a PEM &quot;BEGIN PUBLIC KEY&quot; RSA or EC P-256 key, a JWK or a JWKS); add ,redirect=URI (repeatable; default %1). A strict client adds auth=post|basic|private_key_jwt (the only token auth method accepted), pkce=S256 (every authorize request needs an S256 code_challenge) and/or number=plain|hashed (the only verify body form accepted).</source>
        <translation>Registrar otro cliente; repítala para varios. ID,secret-file=FILE o ID,secret-env=VAR (recomendado; ID,secret=SECRET también funciona pero aparece en la lista de procesos) para client_secret_post/basic; ID,key=FILE para private_key_jwt (RS256 o ES256; FILE es una clave RSA o EC P-256 en PEM &quot;BEGIN PUBLIC KEY&quot;, un JWK o un JWKS); añada ,redirect=URI (repetible; por defecto %1). Un cliente estricto añade auth=post|basic|private_key_jwt (el único método de autenticación de token aceptado), pkce=S256 (cada petición de autorización necesita un code_challenge S256) y/o number=plain|hashed (la única forma de cuerpo de verify aceptada).</translation>
    </message>
    <message>
        <source>A request&apos;s header block must arrive within this long of its first byte; then 408 and the connection is closed.</source>
        <translation>El bloque de cabeceras de una petición debe llegar en este tiempo desde su primer byte; si no, 408 y se cierra la conexión.</translation>
    </message>
    <message>
        <source>A half-sent request that stops sending gets 408 after this long; an idle keep-alive connection is closed.</source>
        <translation>Una petición a medio enviar que deja de enviar recibe 408 pasado este tiempo; una conexión keep-alive inactiva se cierra.</translation>
    </message>
    <message>
        <source>Open connections at most; one more gets 503 and is closed.</source>
        <translation>Conexiones abiertas como máximo; una más recibe 503 y se cierra.</translation>
    </message>
    <message>
        <source>Test only: serve POST /nv-sandbox/test/clock (form advance=SECONDS, loopback clients only), which moves the sandbox clock forward so codes and tokens expire without waiting.</source>
        <translation>Solo para pruebas: servir POST /nv-sandbox/test/clock (formulario advance=SECONDS, solo clientes de loopback), que adelanta el reloj del sandbox para que códigos y tokens caduquen sin esperar.</translation>
    </message>
    <message>
        <source>A fake mobile operator for the CAMARA Number Verification API, on loopback.

Serves the authorization endpoint (with a silent network-login redirect chain that needs a cookie), the token endpoint, the Number Verification API (v1 and v2 paths), a JWKS and an OpenID discovery document.

The first line of standard output is NV_SANDBOX_URL=&lt;base URL&gt;; then one line per request: method, path, status (000 when the connection was closed without an answer), correlation id, milliseconds. SIGINT or SIGTERM stop it.

</source>
        <translation>Un operador móvil falso para la API CAMARA Number Verification, en loopback.

Sirve el endpoint de autorización (con una cadena silenciosa de redirecciones de inicio de sesión de red que necesita una cookie), el endpoint de token, la API Number Verification (rutas v1 y v2), un JWKS y un documento de descubrimiento OpenID.

La primera línea de la salida estándar es NV_SANDBOX_URL=&lt;URL base&gt;; después, una línea por petición: método, ruta, estado (000 cuando la conexión se cerró sin respuesta), id de correlación, milisegundos. SIGINT o SIGTERM lo detienen.

</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080</source>
        <translation>--listen espera host:puerto, p. ej. 127.0.0.1:0 o [::1]:8080</translation>
    </message>
    <message>
        <source>--msisdn must be E.164, e.g. +34666666666</source>
        <translation>--msisdn debe ser E.164, p. ej. +34666666666</translation>
    </message>
    <message>
        <source>give the secret once: --client-secret, --client-secret-env or --client-secret-file</source>
        <translation>indique el secreto una sola vez: --client-secret, --client-secret-env o --client-secret-file</translation>
    </message>
    <message>
        <source>--client-id and --client-secret must not be empty</source>
        <translation>--client-id y --client-secret no pueden estar vacíos</translation>
    </message>
    <message>
        <source>--redirect-uri &quot;%1&quot; must be an absolute URI without a fragment</source>
        <translation>--redirect-uri «%1» debe ser una URI absoluta sin fragmento</translation>
    </message>
    <message>
        <source>--code-ttl must be a positive number of seconds</source>
        <translation>--code-ttl debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <source>--token-ttl must be a positive number of seconds</source>
        <translation>--token-ttl debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <source>--early-expiry must be a positive number of seconds</source>
        <translation>--early-expiry debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <source>--retry-after must be a number of seconds &gt;= 0</source>
        <translation>--retry-after debe ser un número de segundos &gt;= 0</translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds &gt;= 0</source>
        <translation>--delay-ms debe ser un número de milisegundos &gt;= 0</translation>
    </message>
    <message>
        <source>--hop-delay-ms must be a number of milliseconds &gt;= 0</source>
        <translation>--hop-delay-ms debe ser un número de milisegundos &gt;= 0</translation>
    </message>
    <message>
        <source>--call-delay-ms must be a number of milliseconds &gt;= 0</source>
        <translation>--call-delay-ms debe ser un número de milisegundos &gt;= 0</translation>
    </message>
    <message>
        <source>--header-timeout-ms must be a positive number of milliseconds</source>
        <translation>--header-timeout-ms debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <source>--idle-timeout-ms must be a positive number of milliseconds</source>
        <translation>--idle-timeout-ms debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <source>--max-connections must be a positive number</source>
        <translation>--max-connections debe ser un número positivo</translation>
    </message>
</context>
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
        <translation>flow ejecuta authorize -&gt; code -&gt; token -&gt; verify bajo un mismo id de correlación. Sin perfil
ni opciones de endpoint, se ejecuta contra el sandbox de operador integrado, dentro del proceso y
sin red (abonado +34666666666). --browser none (por defecto) sigue la cadena de redirecciones
con HTTP simple; cuando el operador muestra una página que necesita a una persona, use
--browser offscreen (el navegador integrado, sin pantalla). --browser system abre el navegador
del escritorio y recoge la redirección en una URI de loopback
(--redirect-uri http://127.0.0.1:PUERTO/callback), para operadores que rechazan los navegadores
integrados. --browser phone muestra la URL de autorización como código QR para un teléfono con
datos móviles (la única forma de que un operador real vea una SIM cuando este ordenador está en
Wi-Fi); el código vuelve a través de --relay URL (nv-relay), o pegue en la entrada estándar la
dirección final del teléfono.
--issuer URL lee primero los endpoints de un operador CAMARA de su documento de descubrimiento.
--device-phone-number pregunta, después de verify, qué número tiene la SIM del dispositivo
(ámbito number-verification:device-phone-number:read, añadido a la petición).
--repeat N ejecuta N flujos completos uno tras otro: una línea por ejecución (--json: un objeto
JSON por línea) y después los p50, p90, p99 y máximo de toda la tanda y de cada paso (--json: una
última línea {&quot;summary&quot;: ...}); con --correlation-id ID, la ejecución n envía ID-n.
verify hace una sola llamada con un token que ya tiene. verify --phones FILE verifica cada
número de FILE (&quot;-&quot;: entrada estándar; un número E.164 por línea, o CSV con una columna
phoneNumber; se saltan las líneas en blanco y los comentarios #) con ese token sobre una sola
conexión keep-alive, --concurrency N llamadas a la vez (de 1 a 16, por defecto 1), y muestra una
línea por respuesta según llega (--json: un objeto por línea: line, number, verified,
assessedAt, status, correlationId, ms, outcome, correlatorEcho, error) y después un resumen en
la salida de error. Cada llamada tiene su propio id de correlación: un UUID v4 nuevo o, con
--correlation-id ID, ID-n para el n-ésimo número. Una línea incorrecta se notifica con su número
de línea y se salta (salida 1 como mínimo); con --strict detiene el lote antes de enviar nada
(salida 2). Una lista vacía es salida 2. Un 401 detiene el lote: los números aún no enviados no
se envían. El código de salida es el de la peor respuesta: 4 (cualquier error de la API)
&gt; 5 (una llamada sin respuesta) &gt; 1 (no verificado, o una línea saltada) &gt; 0 (todos los números
verificados).
Los secretos se leen de variables de entorno, nunca de opciones.</translation>
    </message>
    <message>
        <source>doctor says how this machine reaches the network (Wi-Fi, Ethernet, a phone over USB or
Bluetooth, a phone&apos;s hotspot, a mobile modem; VPN; metered; the devices that are up) and
whether that path can carry the operator&apos;s network-based authentication, which needs a SIM&apos;s
mobile data with no VPN. Exit 0 it can, 1 it cannot, 5 it cannot be told (e.g. NetworkManager
is not running). --json prints one object: transport, vpn, metered, devices, verdict,
situation, sentence, ...</source>
        <translation>doctor indica cómo llega este equipo a la red (Wi-Fi, Ethernet, un teléfono por USB o
Bluetooth, el punto de acceso de un teléfono, un módem móvil; VPN; conexión medida; los
dispositivos activos) y si ese camino puede llevar la autenticación por red del operador, que
necesita los datos móviles de una SIM sin VPN. Salida 0 si puede, 1 si no puede, 5 si no se puede
saber (p. ej. NetworkManager no está en marcha). --json muestra un objeto: transport, vpn,
metered, devices, verdict, situation, sentence, ...</translation>
    </message>
    <message>
        <source>log reads the request log (every exchange of every run, redacted): list prints one line per
exchange (--since takes ISO 8601 or 30m, 2h, 7d), show prints an exchange id or a whole
correlation id with headers and bodies, export writes HAR 1.2 (opens in browser devtools) or
JSON Lines; FILE &quot;-&quot; is stdout. report writes a run (or several) as one self-contained HTML
file or a PDF for a partner: the verdict, the profile, the steps on a timeline, a sequence
diagram, and every exchange, redacted as the log stores it. Exit 1 when the log or the id
does not exist.</source>
        <translation>log lee el registro de peticiones (cada intercambio de cada ejecución, con los secretos
ocultos): list muestra una línea por intercambio (--since admite ISO 8601 o 30m, 2h, 7d), show
muestra un id de intercambio o un id de correlación completo con cabeceras y cuerpos, export
escribe HAR 1.2 (se abre en las herramientas de desarrollo del navegador) o JSON Lines; FILE &quot;-&quot;
es la salida estándar. report escribe una ejecución (o varias) como un único archivo HTML
autónomo o un PDF para un socio: el veredicto, el perfil, los pasos en una línea de tiempo, un
diagrama de secuencia y cada intercambio, con los secretos ocultos tal como los guarda el
registro. Salida 1 cuando el registro o el id no existen.</translation>
    </message>
    <message>
        <source>send sends an exchange of the log again, changed by the options, records it under the same
correlation id with step &quot;manual&quot; and prints the answer beside the original (exit 0 for a 2xx
answer, 4 for another, 5 for none). The log holds secrets redacted: a [redacted:…] value
cannot be sent again from it; supply it from an environment variable (--token-env VAR,
--header-env Authorization=VAR), or send the placeholder on purpose (--send-redacted).</source>
        <translation>send vuelve a enviar un intercambio del registro, modificado por las opciones, lo registra
bajo el mismo id de correlación con el paso &quot;manual&quot; y muestra la respuesta junto a la original
(salida 0 para una respuesta 2xx, 4 para otra, 5 si no hay respuesta). El registro guarda los
secretos ocultos: un valor [redacted:…] no se puede volver a enviar desde él; aporte el valor
desde una variable de entorno (--token-env VAR, --header-env Authorization=VAR) o envíe el
marcador a propósito (--send-redacted).</translation>
    </message>
    <message>
        <source>key makes and shows the client&apos;s key for private_key_jwt: key new writes a private key (RSA 2048
for RS256, EC P-256 for ES256) to FILE with mode 0600, never over an existing file, and prints
the public JWKS to register with the operator (kid: the RFC 7638 thumbprint); key show prints
the public JWKS of a key file (--pem: the public key as PEM). flow --token-auth private_key_jwt
--key-file FILE then signs a client assertion (RFC 7523) with it at the token endpoint.</source>
        <translation>key crea y muestra la clave del cliente para private_key_jwt: key new escribe una clave
privada (RSA 2048 para RS256, EC P-256 para ES256) en FILE con permisos 0600, nunca sobre un
archivo existente, y muestra el JWKS público que hay que registrar en el operador (kid: la huella
RFC 7638); key show muestra el JWKS público de un archivo de clave (--pem: la clave pública en
PEM). Después, flow --token-auth private_key_jwt --key-file FILE firma con ella una aserción de
cliente (RFC 7523) en el endpoint de token.</translation>
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
        <translation>Códigos de salida:
  0  el número está verificado (devicePhoneNumberVerified: true)
  1  el número no está verificado (false)
  2  uso o entrada incorrectos (p. ej. un número que no es E.164, sin --allow-invalid)
  3  falló el paso authorize o el de token
  4  la API respondió con un error
  5  fallo de red o de TLS
  130  cancelado por SIGINT (Ctrl-C) o SIGTERM: la ejecución se detiene y se notifica como
       cancelada; una segunda señal termina nv-cli de inmediato</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Example, against a running nv-sandbox:</source>
        <translation>Ejemplo, contra un nv-sandbox en marcha:</translation>
    </message>
    <message>
        <source>nv-cli: unexpected argument %1</source>
        <translation>nv-cli: argumento inesperado %1</translation>
    </message>
    <message>
        <source>nv-cli: unknown command &quot;%1&quot;. Try nv-cli --help.</source>
        <translation>nv-cli: orden desconocida «%1». Pruebe nv-cli --help.</translation>
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
--device-phone-number: devicePhoneNumber (&quot;+E164&quot; or null, then devicePhoneNumberError).
With --json every text is English, like the field names: the output is the same on
every machine.</source>
        <translation>--json muestra un objeto: devicePhoneNumberVerified, assessedAt, correlationId, runId,
outcome, steps [{step, state, status, durationMs, correlatorEcho}] y warnings [frases], o si
falla {&quot;error&quot;: {step, status, code, message, explanation}, ...}. correlatorEcho (token, verify,
device-phone-number) es {state: echoed|missing|different|not-sent|no-answer, header, sent,
received}: si el operador devolvió la cabecera de correlación, también en los errores; un eco
ausente o distinto es además un aviso y nunca cambia el código de salida. Con --issuer:
discovery {issuer, authorizeUrl, tokenUrl, jwksUrl, jwksKeys, verifyUrl}; un documento rechazado
es {&quot;error&quot;: {&quot;step&quot;: &quot;discovery&quot;, ...}} con salida 3 (5 si nada respondió). Con
--device-phone-number: devicePhoneNumber (&quot;+E164&quot; o null, y entonces devicePhoneNumberError).
Con --json todo el texto es inglés, como los nombres de los campos: la salida es la misma en
cualquier equipo.</translation>
    </message>
    <message>
        <source>nv-cli&apos;s graphics module, which could not be loaded: %1</source>
        <translation>el módulo gráfico de nv-cli, que no se pudo cargar: %1</translation>
    </message>
    <message>
        <source>nv-cli&apos;s graphics module, which is not installed (no %1 module in %2)</source>
        <translation>el módulo gráfico de nv-cli, que no está instalado (no hay módulo %1 en %2)</translation>
    </message>
    <message>
        <source>The embedded browser needs %1.</source>
        <translation>El navegador integrado necesita %1.</translation>
    </message>
</context>
<context>
    <name>nv-relay</name>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Por defecto: %2.</translation>
    </message>
    <message>
        <source>Seconds a sign-in, and then its result, is kept.</source>
        <translation>Segundos que se guarda un inicio de sesión y, después, su resultado.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Sign-ins held at once.</source>
        <translation>Inicios de sesión guardados a la vez.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Pickups (long-polls) waiting at once.</source>
        <translation>Recogidas (long-polls) en espera a la vez.</translation>
    </message>
    <message>
        <source>Seconds a pickup waits before answering 204 (nothing yet).</source>
        <translation>Segundos que espera una recogida antes de responder 204 (nada todavía).</translation>
    </message>
    <message>
        <source>Seconds a request may take to arrive whole.</source>
        <translation>Segundos que puede tardar una petición en llegar completa.</translation>
    </message>
    <message>
        <source>Requests a client may send at once (token bucket size).</source>
        <translation>Peticiones que un cliente puede enviar de golpe (tamaño del cubo de fichas).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0</source>
        <translation>--rate debe ser un número de peticiones por segundo mayor que 0</translation>
    </message>
    <message>
        <source>--trusted-proxy &quot;%1&quot; is not an IP address</source>
        <translation>--trusted-proxy «%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>The callback relay for NV Console&apos;s cross-device (phone) mode.

The operator redirects the phone to GET /callback?code=...&amp;state=...; the console opens the state with POST /v1/expect and picks the result up, once, with GET /v1/pickup. Everything is held in memory only.

The first line of standard output is NV_RELAY_URL=&lt;base URL&gt;; then one line per answer: route, status, event, milliseconds (and &quot;pickup waiting&quot; when a pickup starts to wait). No value a client sent (code, state, key, address) is ever printed. Run it behind a TLS reverse proxy (docs/relay.md). SIGINT or SIGTERM stop it.</source>
        <translation>El relé de retorno del modo entre dispositivos (teléfono) de NV Console.

El operador redirige el teléfono a GET /callback?code=...&amp;state=...; la consola abre el state con POST /v1/expect y recoge el resultado, una sola vez, con GET /v1/pickup. Todo se guarda solo en memoria.

La primera línea de la salida estándar es NV_RELAY_URL=&lt;URL base&gt;; después, una línea por respuesta: ruta, estado, evento, milisegundos (y &quot;pickup waiting&quot; cuando una recogida empieza a esperar). Nunca se muestra ningún valor enviado por un cliente (code, state, clave, dirección). Ejecútelo detrás de un proxy inverso con TLS (docs/relay.md). SIGINT o SIGTERM lo detienen.</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one.</source>
        <translation>Dirección y puerto en los que escuchar; el puerto 0 elige uno libre.</translation>
    </message>
    <message>
        <source>Requests per second a client may send on average. Default: %1.</source>
        <translation>Peticiones por segundo que un cliente puede enviar de media. Por defecto: %1.</translation>
    </message>
    <message>
        <source>Address of a reverse proxy whose X-Forwarded-For names the client (for the rate limit); repeat for several.</source>
        <translation>Dirección de un proxy inverso cuyo X-Forwarded-For identifica al cliente (para el límite de peticiones); repítala para varios.</translation>
    </message>
    <message>
        <source>Print only the NV_RELAY_URL line.</source>
        <translation>Mostrar solo la línea NV_RELAY_URL.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumento inesperado «%1»; consulte --help</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080</source>
        <translation>--listen espera host:puerto, p. ej. 127.0.0.1:0 o [::1]:8080</translation>
    </message>
    <message>
        <source>cannot install signal handlers</source>
        <translation>no se pueden instalar los manejadores de señales</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>no se puede escuchar en %1:%2</translation>
    </message>
    <message>
        <source>TCP connections at once; more are answered 503 and closed.</source>
        <translation>Conexiones TCP a la vez; las siguientes reciben 503 y se cierran.</translation>
    </message>
    <message>
        <source>Seconds a kept-alive connection may wait for its next request.</source>
        <translation>Segundos que una conexión keep-alive puede esperar su siguiente petición.</translation>
    </message>
</context>
<context>
    <name>nv-sandbox</name>
    <message>
        <source>secret file &quot;%1&quot; is not a regular file</source>
        <translation>el archivo de secreto «%1» no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read secret file &quot;%1&quot;</source>
        <translation>no se puede leer el archivo de secreto «%1»</translation>
    </message>
    <message>
        <source>secret file &quot;%1&quot; is longer than %2 bytes</source>
        <translation>el archivo de secreto «%1» ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>secret file &quot;%1&quot; is empty</source>
        <translation>el archivo de secreto «%1» está vacío</translation>
    </message>
    <message>
        <source>environment variable &quot;%1&quot; is not set or empty</source>
        <translation>la variable de entorno «%1» no está definida o está vacía</translation>
    </message>
    <message>
        <source>environment variable &quot;%1&quot; is longer than %2 bytes</source>
        <translation>la variable de entorno «%1» ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>--client must start with the client id: ID,secret-file=F or ID,key=public.pem</source>
        <translation>--client debe empezar por el id de cliente: ID,secret-file=F o ID,key=public.pem</translation>
    </message>
    <message>
        <source>--client %1: part &quot;%2&quot;: %3</source>
        <translation>--client %1: parte «%2»: %3</translation>
    </message>
    <message>
        <source>--client %1 needs secret-file=FILE, secret-env=VAR, secret=SECRET or key=PUBLIC-KEY-FILE</source>
        <translation>--client %1 necesita secret-file=FILE, secret-env=VAR, secret=SECRET o key=PUBLIC-KEY-FILE</translation>
    </message>
    <message>
        <source>redirect must be an absolute URI without a fragment</source>
        <translation>redirect debe ser una URI absoluta sin fragmento</translation>
    </message>
    <message>
        <source>cannot read key file &quot;%1&quot;</source>
        <translation>no se puede leer el archivo de clave «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (PEM &quot;BEGIN PUBLIC KEY&quot;, JWK or JWKS)</source>
        <translation>«%1»: %2 (PEM &quot;BEGIN PUBLIC KEY&quot;, JWK o JWKS)</translation>
    </message>
    <message>
        <source>auth must be post, basic or private_key_jwt</source>
        <translation>auth debe ser post, basic o private_key_jwt</translation>
    </message>
    <message>
        <source>pkce takes S256 (the only method a strict client may use)</source>
        <translation>pkce admite S256 (el único método que puede usar un cliente estricto)</translation>
    </message>
    <message>
        <source>number must be plain or hashed</source>
        <translation>number debe ser plain o hashed</translation>
    </message>
    <message>
        <source>unknown; use secret-file=, secret-env=, secret=, key=, redirect=, auth=, pkce= or number=</source>
        <translation>desconocida; use secret-file=, secret-env=, secret=, key=, redirect=, auth=, pkce= o number=</translation>
    </message>
    <message>
        <source>Scenarios (--scenario, or per flow with login_hint=tel:&lt;test number&gt;, or per call with the test number as phoneNumber):
</source>
        <translation>Escenarios (--scenario, o por flujo con login_hint=tel:&lt;número de prueba&gt;, o por llamada con el número de prueba como phoneNumber):
</translation>
    </message>
    <message>
        <source>Any other +990 number: even last digit verifies true, odd false.
</source>
        <translation>Cualquier otro número +990: último dígito par, se verifica true; impar, false.
</translation>
    </message>
    <message>
        <source>nv-sandbox: warning: listening on %1, not loopback: anyone who can reach it can obtain tokens with the well-known sandbox credentials</source>
        <translation>nv-sandbox: aviso: escuchando en %1, que no es loopback: cualquiera que llegue a él puede obtener tokens con las credenciales del sandbox, conocidas por todos</translation>
    </message>
    <message>
        <source>nv-sandbox: test clock endpoint enabled (POST /nv-sandbox/test/clock): for tests only</source>
        <translation>nv-sandbox: endpoint de reloj de pruebas activado (POST /nv-sandbox/test/clock): solo para pruebas</translation>
    </message>
    <message>
        <source>nv-sandbox: scenario %1</source>
        <translation>nv-sandbox: escenario %1</translation>
    </message>
    <message>
        <source>nv-sandbox: cannot accept connections (%1); retrying in %2 ms</source>
        <translation>nv-sandbox: no se pueden aceptar conexiones (%1); se reintenta en %2 ms</translation>
    </message>
    <message>
        <source>cannot install signal handlers</source>
        <translation>no se pueden instalar los manejadores de señales</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>no se puede escuchar en %1</translation>
    </message>
</context>
<context>
    <name>nv::AuthorizeEndpoint</name>
    <message>
        <source>client_id and redirect_uri must appear only once.</source>
        <translation>client_id y redirect_uri solo pueden aparecer una vez.</translation>
    </message>
    <message>
        <source>The client_id parameter is missing.</source>
        <translation>Falta el parámetro client_id.</translation>
    </message>
    <message>
        <source>Unknown client_id &quot;%1&quot;.</source>
        <translation>client_id «%1» desconocido.</translation>
    </message>
    <message>
        <source>The redirect_uri parameter is missing.</source>
        <translation>Falta el parámetro redirect_uri.</translation>
    </message>
    <message>
        <source>The redirect_uri &quot;%1&quot; is not registered for client &quot;%2&quot;. Redirect URIs must match exactly.</source>
        <translation>La redirect_uri «%1» no está registrada para el cliente «%2». Las URI de redirección deben coincidir exactamente.</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Petición no válida</translation>
    </message>
    <message>
        <source>A POST to the authorization endpoint must be application/x-www-form-urlencoded.</source>
        <translation>Un POST al endpoint de autorización debe ser application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>Authorization request refused</source>
        <translation>Petición de autorización rechazada</translation>
    </message>
    <message>
        <source>Login session not found</source>
        <translation>Sesión de inicio de sesión no encontrada</translation>
    </message>
    <message>
        <source>This network login session is unknown, expired or already used. Start again from the authorization endpoint.</source>
        <translation>Esta sesión de inicio de sesión de red es desconocida, ha caducado o ya se usó. Vuelva a empezar desde el endpoint de autorización.</translation>
    </message>
    <message>
        <source>The consent form posts application/x-www-form-urlencoded.</source>
        <translation>El formulario de consentimiento se envía como application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>Consent session not found</source>
        <translation>Sesión de consentimiento no encontrada</translation>
    </message>
    <message>
        <source>This consent request is unknown, expired or already answered. Start again from the authorization endpoint.</source>
        <translation>Esta petición de consentimiento es desconocida, ha caducado o ya se respondió. Vuelva a empezar desde el endpoint de autorización.</translation>
    </message>
</context>
<context>
    <name>nv::BatchVerifyCommand</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>standard input is too large (at most %1 is read)</source>
        <translation>la entrada estándar es demasiado grande (se lee como máximo %1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>error de la API</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Verify every number of FILE (&quot;-&quot;: standard input) with the one token, over one keep-alive connection: one E.164 number per line, or CSV with a phoneNumber column. Prints a line per answer as it arrives (--json: a JSON object per line) and a summary on standard error.</source>
        <translation>Verificar cada número de FILE (&quot;-&quot;: entrada estándar) con el mismo token, sobre una sola conexión keep-alive: un número E.164 por línea, o CSV con una columna phoneNumber. Muestra una línea por respuesta según llega (--json: un objeto JSON por línea) y un resumen en la salida de error.</translation>
    </message>
    <message>
        <source>--phones: calls in flight at once, 1 to %1 (default 1).</source>
        <translation>--phones: llamadas en curso a la vez, de 1 a %1 (por defecto 1).</translation>
    </message>
    <message>
        <source>--phones: a bad line stops the batch before anything is sent (default: it is reported with its line number and skipped).</source>
        <translation>--phones: una línea incorrecta detiene el lote antes de enviar nada (por defecto: se notifica con su número de línea y se salta).</translation>
    </message>
    <message>
        <source>Give the numbers once: --phone or --phones.</source>
        <translation>Indique los números una sola vez: --phone o --phones.</translation>
    </message>
    <message>
        <source>nv-cli: warning: </source>
        <translation>nv-cli: aviso: </translation>
    </message>
    <message>
        <source> Sent as given.</source>
        <translation> Se envía tal cual.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, more than 0 and at most 86400.</source>
        <translation>--timeout admite un número de segundos, mayor que 0 y como máximo 86400.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to %1.</source>
        <translation>--concurrency admite un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>--token-env must name a variable holding the access token.</source>
        <translation>--token-env debe nombrar una variable que contenga el token de acceso.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 no se puede leer: %2.</translation>
    </message>
    <message>
        <source>%1 holds no number to verify.</source>
        <translation>%1 no contiene ningún número que verificar.</translation>
    </message>
    <message>
        <source>nv-cli: %1 line %2: %3%4</source>
        <translation>nv-cli: %1 línea %2: %3%4</translation>
    </message>
    <message>
        <source>--strict: %1 bad line(s) in %2; nothing was sent.</source>
        <translation>--strict: %1 línea(s) incorrecta(s) en %2; no se envió nada.</translation>
    </message>
    <message>
        <source>%1 holds no valid number to verify.</source>
        <translation>%1 no contiene ningún número válido que verificar.</translation>
    </message>
    <message>
        <source>nv-cli: the request log: </source>
        <translation>nv-cli: el registro de peticiones: </translation>
    </message>
    <message>
        <source>nv-cli: verifying %1 number(s) at %2, %3 at a time, run id %4</source>
        <translation>nv-cli: verificando %1 número(s) en %2, %3 a la vez, id de ejecución %4</translation>
    </message>
    <message>
        <source>line %1  %2  %3  %4  %5 ms  %6</source>
        <translation>línea %1  %2  %3  %4  %5 ms  %6</translation>
    </message>
    <message>
        <source>nv-cli: the request log lost exchanges of this batch: </source>
        <translation>nv-cli: el registro de peticiones perdió intercambios de este lote: </translation>
    </message>
    <message>
        <source>nv-cli: %1 number(s): %2 verified, %3 not verified, %4 API error(s), %5 without an answer; %6 line(s) skipped, %7 not sent</source>
        <translation>nv-cli: %1 número(s): %2 verificado(s), %3 no verificado(s), %4 error(es) de la API, %5 sin respuesta; %6 línea(s) saltada(s), %7 sin enviar</translation>
    </message>
    <message>
        <source>nv-cli: stopped early: %1; the numbers after it were not sent.</source>
        <translation>nv-cli: detenido antes de tiempo: %1; los números siguientes no se enviaron.</translation>
    </message>
    <message>
        <source>nv-cli: %1 call(s) in %2 ms (%3 /s); per call %4; exit %5</source>
        <translation>nv-cli: %1 llamada(s) en %2 ms (%3 /s); por llamada %4; salida %5</translation>
    </message>
</context>
<context>
    <name>nv::CliReport</name>
    <message>
        <source>nv-cli: the request log lost this run: </source>
        <translation>nv-cli: el registro de peticiones perdió esta ejecución: </translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VERIFICADO</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
    <message>
        <source> (assessed at %1)</source>
        <translation> (evaluado el %1)</translation>
    </message>
    <message>
        <source>FAILED at %1</source>
        <translation>FALLÓ en %1</translation>
    </message>
    <message>
        <source>When the run started: %1</source>
        <translation>Al empezar la ejecución: %1</translation>
    </message>
    <message>
        <source>device&apos;s number: %1</source>
        <translation>número del dispositivo: %1</translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation>desconocido (%1)</translation>
    </message>
    <message>
        <source>correlation id: %1</source>
        <translation>id de correlación: %1</translation>
    </message>
    <message>
        <source>nv-cli: warning: </source>
        <translation>nv-cli: aviso: </translation>
    </message>
    <message>
        <source>nv-cli: %1 failed: </source>
        <translation>nv-cli: %1 falló: </translation>
    </message>
</context>
<context>
    <name>nv::ConsentPage</name>
    <message>
        <source>Check whether a phone number is the one of this device</source>
        <translation>Comprobar si un número de teléfono es el de este dispositivo</translation>
    </message>
    <message>
        <source>Read the phone number of this device</source>
        <translation>Leer el número de teléfono de este dispositivo</translation>
    </message>
    <message>
        <source>Know that you signed in with your mobile operator</source>
        <translation>Saber que ha iniciado sesión con su operador móvil</translation>
    </message>
    <message>
        <source>Keep access when you are not using the application</source>
        <translation>Mantener el acceso cuando no esté usando la aplicación</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalidad: %1</translation>
    </message>
    <message>
        <source>Allow &lt;em&gt;%1&lt;/em&gt; to use your mobile number?</source>
        <translation>¿Permitir que &lt;em&gt;%1&lt;/em&gt; use su número de móvil?</translation>
    </message>
    <message>
        <source>Line identified by the network: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation>Línea identificada por la red: &lt;strong&gt;%1&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>Allow access? - NV Console sandbox operator</source>
        <translation>¿Permitir el acceso? - Operador sandbox de NV Console</translation>
    </message>
    <message>
        <source>&lt;strong&gt;NV Console sandbox&lt;/strong&gt; - a simulated mobile operator for testing. No real operator or subscriber is involved.</source>
        <translation>&lt;strong&gt;Sandbox de NV Console&lt;/strong&gt;: un operador móvil simulado para pruebas. No interviene ningún operador ni abonado real.</translation>
    </message>
    <message>
        <source>The application asks to:</source>
        <translation>La aplicación pide:</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
</context>
<context>
    <name>nv::DoctorCommand</name>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>can carry network-based authentication</source>
        <translation>puede llevar la autenticación por red</translation>
    </message>
    <message>
        <source>cannot carry network-based authentication</source>
        <translation>no puede llevar la autenticación por red</translation>
    </message>
    <message>
        <source>cannot tell whether it can carry network-based authentication</source>
        <translation>no se sabe si puede llevar la autenticación por red</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <source>Seconds NetworkManager may take to answer (default 3).</source>
        <translation>Segundos que puede tardar NetworkManager en responder (por defecto 3).</translation>
    </message>
    <message>
        <source>nv-cli: --timeout takes seconds between 0 and 60.</source>
        <translation>nv-cli: --timeout admite segundos entre 0 y 60.</translation>
    </message>
    <message>
        <source>up</source>
        <comment>VPN</comment>
        <translation>activa</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>no se ve ninguna</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source> (guessed by the system)</source>
        <translation> (supuesto por el sistema)</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transporte</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>metered</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <source>Network path</source>
        <translation>Camino de red</translation>
    </message>
    <message>
        <source>none up</source>
        <translation>ninguno activo</translation>
    </message>
    <message>
        <source>  default route</source>
        <translation>  ruta por defecto</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
</context>
<context>
    <name>nv::FlowCommand</name>
    <message>
        <source>--token-auth takes post, basic or private_key_jwt.</source>
        <translation>--token-auth admite post, basic o private_key_jwt.</translation>
    </message>
    <message>
        <source>--alg takes %1.</source>
        <translation>--alg admite %1.</translation>
    </message>
    <message>
        <source>--assertion-audience takes token or issuer.</source>
        <translation>--assertion-audience admite token o issuer.</translation>
    </message>
    <message>
        <source>--%1 is for --token-auth private_key_jwt.</source>
        <translation>--%1 es para --token-auth private_key_jwt.</translation>
    </message>
    <message>
        <source>private_key_jwt sends no client secret: use --key-file or --key-env instead of --client-secret-env.</source>
        <translation>private_key_jwt no envía ningún secreto de cliente: use --key-file o --key-env en lugar de --client-secret-env.</translation>
    </message>
    <message>
        <source>Number Verification API version of the verify URL that --base-url, --issuer or the built-in sandbox build: v1 (default; --base-url: /camara/api/number-verification/v1/verify, Konera PXG&apos;s) or v2 (/camara/number-verification/v2/verify).</source>
        <translation>Versión de la API Number Verification de la URL de verify que construyen --base-url, --issuer o el sandbox integrado: v1 (por defecto; --base-url: /camara/api/number-verification/v1/verify, la de Konera PXG) o v2 (/camara/number-verification/v2/verify).</translation>
    </message>
    <message>
        <source>CAMARA operator (discovery): read the authorize, token and JWKS URLs from URL/.well-known/openid-configuration (its issuer must be URL; the exchanges go to the request log). Verify URL: the issuer&apos;s origin + /camara/number-verification/&lt;--api-version&gt;/verify unless --verify-url; correlation header x-correlator unless --correlation-header. Needs --client-id etc. as usual.</source>
        <translation>Operador CAMARA (descubrimiento): leer las URL de authorize, token y JWKS de URL/.well-known/openid-configuration (su issuer debe ser URL; los intercambios van al registro de peticiones). URL de verify: el origen del issuer + /camara/number-verification/&lt;--api-version&gt;/verify salvo con --verify-url; cabecera de correlación x-correlator salvo con --correlation-header. Necesita --client-id etc. como siempre.</translation>
    </message>
    <message>
        <source>After verify, ask the operator which number the device&apos;s SIM has (GET device-phone-number, with the same token). Adds the scope number-verification:device-phone-number:read to the request. The exit code stays verify&apos;s; --json adds devicePhoneNumber (null when the operator did not say, with devicePhoneNumberError).</source>
        <translation>Después de verify, preguntar al operador qué número tiene la SIM del dispositivo (GET device-phone-number, con el mismo token). Añade a la petición el ámbito number-verification:device-phone-number:read. El código de salida sigue siendo el de verify; --json añade devicePhoneNumber (null cuando el operador no lo dijo, con devicePhoneNumberError).</translation>
    </message>
    <message>
        <source>--api-version takes v1 or v2.</source>
        <translation>--api-version admite v1 o v2.</translation>
    </message>
    <message>
        <source>--api-version goes with --base-url, --issuer or the built-in sandbox; a stored profile has its own verify URL.</source>
        <translation>--api-version va con --base-url, --issuer o el sandbox integrado; un perfil guardado tiene su propia URL de verify.</translation>
    </message>
    <message>
        <source>--issuer reads the endpoints from the operator&apos;s discovery document: leave out --%1.</source>
        <translation>--issuer lee los endpoints del documento de descubrimiento del operador: quite --%1.</translation>
    </message>
    <message>
        <source>Give the private key once: --key-file or --key-env.</source>
        <translation>Indique la clave privada una sola vez: --key-file o --key-env.</translation>
    </message>
    <message>
        <source>--key-file: %1.</source>
        <translation>--key-file: %1.</translation>
    </message>
    <message>
        <source>The variable %1 is not set or empty.</source>
        <translation>La variable %1 no está definida o está vacía.</translation>
    </message>
    <message>
        <source>Environment variable holding the access token.</source>
        <translation>Variable de entorno que contiene el token de acceso.</translation>
    </message>
    <message>
        <source>The number to verify, E.164 (+34666666666).</source>
        <translation>El número que verificar, en E.164 (+34666666666).</translation>
    </message>
    <message>
        <source>Send hashedPhoneNumber (SHA-256) instead.</source>
        <translation>Enviar en su lugar hashedPhoneNumber (SHA-256).</translation>
    </message>
    <message>
        <source>Send a number that is not E.164 anyway, to see how the operator answers.</source>
        <translation>Enviar de todos modos un número que no es E.164, para ver cómo responde el operador.</translation>
    </message>
    <message>
        <source>Verify endpoint URL.</source>
        <translation>URL del endpoint de verify.</translation>
    </message>
    <message>
        <source>Correlation id for the run (default: a fresh UUID v4).</source>
        <translation>Id de correlación de la ejecución (por defecto: un UUID v4 nuevo).</translation>
    </message>
    <message>
        <source>Correlation header name: x-correlation-id (default) or x-correlator.</source>
        <translation>Nombre de la cabecera de correlación: x-correlation-id (por defecto) o x-correlator.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30, at most 86400).</source>
        <translation>Segundos de espera para cada respuesta (por defecto 30, como máximo 86400).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a transcript.</source>
        <translation>Mostrar un objeto JSON en lugar de una transcripción.</translation>
    </message>
    <message>
        <source>Request log database (default: the console&apos;s own).</source>
        <translation>Base de datos del registro de peticiones (por defecto: la de la consola).</translation>
    </message>
    <message>
        <source>Do not record the exchanges in the request log.</source>
        <translation>No guardar los intercambios en el registro de peticiones.</translation>
    </message>
    <message>
        <source>A stored profile, by name.</source>
        <translation>Un perfil guardado, por su nombre.</translation>
    </message>
    <message>
        <source>A profile export file (JSON); the first profile, or --profile in it.</source>
        <translation>Un archivo de perfiles exportados (JSON); el primer perfil, o el de --profile dentro de él.</translation>
    </message>
    <message>
        <source>Operator origin; the PXG paths are appended (e.g. an nv-sandbox URL).</source>
        <translation>Origen del operador; se le añaden las rutas de PXG (p. ej. una URL de nv-sandbox).</translation>
    </message>
    <message>
        <source>Authorize endpoint URL.</source>
        <translation>URL del endpoint de autorización.</translation>
    </message>
    <message>
        <source>Token endpoint URL.</source>
        <translation>URL del endpoint de token.</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>Id de cliente OAuth.</translation>
    </message>
    <message>
        <source>Environment variable holding the client secret (never a flag: flags show up in process lists and shell history).</source>
        <translation>Variable de entorno que contiene el secreto de cliente (nunca una opción: las opciones aparecen en la lista de procesos y en el historial del shell).</translation>
    </message>
    <message>
        <source>Registered redirect URI.</source>
        <translation>URI de redirección registrada.</translation>
    </message>
    <message>
        <source>Scope (default: %1).</source>
        <translation>Ámbito (por defecto: %1).</translation>
    </message>
    <message>
        <source>login_hint, e.g. tel:+34666666666.</source>
        <translation>login_hint, p. ej. tel:+34666666666.</translation>
    </message>
    <message>
        <source>prompt (default none).</source>
        <translation>prompt (por defecto none).</translation>
    </message>
    <message>
        <source>konera_context IP hints.</source>
        <translation>Pistas de IP de konera_context.</translation>
    </message>
    <message>
        <source>Use PKCE S256 (on|off).</source>
        <translation>Usar PKCE S256 (on|off).</translation>
    </message>
    <message>
        <source>Token endpoint authentication: post (client_secret_post, credentials in the body, Konera&apos;s way), basic (client_secret_basic) or private_key_jwt (a client assertion signed with --key-file or --key-env, CAMARA&apos;s ICM profile).</source>
        <translation>Autenticación en el endpoint de token: post (client_secret_post, credenciales en el cuerpo, como hace Konera), basic (client_secret_basic) o private_key_jwt (una aserción de cliente firmada con --key-file o --key-env, el perfil ICM de CAMARA).</translation>
    </message>
    <message>
        <source>private_key_jwt: the client&apos;s private key, PEM (PKCS#8, or traditional RSA/EC) or a JWK; e.g. from nv-cli key new.</source>
        <translation>private_key_jwt: la clave privada del cliente, en PEM (PKCS#8, o RSA/EC tradicional) o un JWK; p. ej. de nv-cli key new.</translation>
    </message>
    <message>
        <source>private_key_jwt: environment variable holding the private key PEM (instead of --key-file).</source>
        <translation>private_key_jwt: variable de entorno que contiene la clave privada en PEM (en lugar de --key-file).</translation>
    </message>
    <message>
        <source>private_key_jwt: the assertion&apos;s algorithm, RS256 or ES256 (default: the profile&apos;s, else the key&apos;s: RSA RS256, EC P-256 ES256); a key of the other type is refused.</source>
        <translation>private_key_jwt: el algoritmo de la aserción, RS256 o ES256 (por defecto: el del perfil o, si no, el de la clave: RSA RS256, EC P-256 ES256); se rechaza una clave del otro tipo.</translation>
    </message>
    <message>
        <source>private_key_jwt: the assertion&apos;s aud, the token endpoint URL (token, default) or the operator&apos;s issuer (issuer: the authorize URL&apos;s origin).</source>
        <translation>private_key_jwt: el aud de la aserción, la URL del endpoint de token (token, por defecto) o el issuer del operador (issuer: el origen de la URL de autorización).</translation>
    </message>
    <message>
        <source>private_key_jwt: sign the assertion as if this computer&apos;s clock were S seconds ahead (negative: behind), to see how the operator treats clock skew (at most 86400).</source>
        <translation>private_key_jwt: firmar la aserción como si el reloj de este equipo fuera S segundos adelantado (negativo: atrasado), para ver cómo trata el operador el desfase de reloj (como máximo 86400).</translation>
    </message>
    <message>
        <source>How to walk the authorize redirects: none (plain HTTP, default), offscreen (the embedded browser, headless) or system (the desktop&apos;s browser, back through a loopback redirect URI such as http://127.0.0.1:8765/callback, or http://127.0.0.1/callback for any free port), or phone (the authorize URL as a QR code for a phone on mobile data; see --relay).</source>
        <translation>Cómo recorrer las redirecciones de authorize: none (HTTP simple, por defecto), offscreen (el navegador integrado, sin pantalla), system (el navegador del escritorio, de vuelta por una URI de redirección de loopback como http://127.0.0.1:8765/callback, o http://127.0.0.1/callback para cualquier puerto libre) o phone (la URL de autorización como código QR para un teléfono con datos móviles; vea --relay).</translation>
    </message>
    <message>
        <source>--browser phone: the relay (nv-relay) whose /callback is the redirect URI registered with the operator. Without it, paste the address the phone ended on into standard input.</source>
        <translation>--browser phone: el relé (nv-relay) cuyo /callback es la URI de redirección registrada en el operador. Sin él, pegue en la entrada estándar la dirección en la que terminó el teléfono.</translation>
    </message>
    <message>
        <source>Subscriber number of the in-process sandbox (default +34666666666).</source>
        <translation>Número de abonado del sandbox dentro del proceso (por defecto +34666666666).</translation>
    </message>
    <message>
        <source>Run N whole flows one after another: a line per run (--json: a JSON object per line), then the p50, p90, p99 and max of the whole run and of each step. With --correlation-id ID, run n sends ID-n. Exit code: the worst run&apos;s (4 &gt; 3 &gt; 5 &gt; 1 &gt; 0).</source>
        <translation>Ejecutar N flujos completos uno tras otro: una línea por ejecución (--json: un objeto JSON por línea) y después los p50, p90, p99 y máximo de toda la tanda y de cada paso. Con --correlation-id ID, la ejecución n envía ID-n. Código de salida: el de la peor ejecución (4 &gt; 3 &gt; 5 &gt; 1 &gt; 0).</translation>
    </message>
    <message>
        <source>No stored profile &quot;%1&quot;.</source>
        <translation>No hay ningún perfil guardado «%1».</translation>
    </message>
    <message>
        <source>The profile file holds no profile.</source>
        <translation>El archivo de perfiles no contiene ningún perfil.</translation>
    </message>
    <message>
        <source>No profile &quot;%1&quot; in the file.</source>
        <translation>No hay ningún perfil «%1» en el archivo.</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL.</source>
        <translation>--base-url necesita una URL absoluta.</translation>
    </message>
    <message>
        <source>--pkce takes on or off.</source>
        <translation>--pkce admite on u off.</translation>
    </message>
    <message>
        <source>--browser takes none, offscreen, system or phone.</source>
        <translation>--browser admite none, offscreen, system o phone.</translation>
    </message>
    <message>
        <source>--relay goes with --browser phone.</source>
        <translation>--relay va con --browser phone.</translation>
    </message>
    <message>
        <source> Sent as given.</source>
        <translation> Se envía tal cual.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, more than 0 and at most 86400.</source>
        <translation>--timeout admite un número de segundos, mayor que 0 y como máximo 86400.</translation>
    </message>
    <message>
        <source>--token-env must name a variable holding the access token.</source>
        <translation>--token-env debe nombrar una variable que contenga el token de acceso.</translation>
    </message>
    <message>
        <source>--assertion-clock-offset takes whole seconds, at most 86400 either way.</source>
        <translation>--assertion-clock-offset admite segundos enteros, como máximo 86400 en cualquier sentido.</translation>
    </message>
    <message>
        <source>Discovery · %1</source>
        <translation>Descubrimiento · %1</translation>
    </message>
    <message>
        <source>  authorize %1
  token     %2
  JWKS      %3 (keys: %4)
  verify    %5</source>
        <translation>  authorize %1
  token     %2
  JWKS      %3 (claves: %4)
  verify    %5</translation>
    </message>
    <message>
        <source>Built-in sandbox at %1</source>
        <translation>Sandbox integrado en %1</translation>
    </message>
    <message>
        <source>network path: %1 — %2</source>
        <translation>camino de red: %1 — %2</translation>
    </message>
    <message>
        <source>%1 · correlation id %2</source>
        <translation>%1 · id de correlación %2</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>--repeat takes a whole number from 1 to %1.</source>
        <translation>--repeat admite un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>--repeat runs without a person: not with --browser phone.</source>
        <translation>--repeat se ejecuta sin una persona: no con --browser phone.</translation>
    </message>
    <message>
        <source>--phone is required.</source>
        <translation>--phone es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: %2. Use --allow-invalid to send it anyway.</source>
        <translation>«%1» no es un número E.164: %2. Use --allow-invalid para enviarlo de todos modos.</translation>
    </message>
    <message>
        <source>The profile cannot run: %1</source>
        <translation>El perfil no puede ejecutarse: %1</translation>
    </message>
    <message>
        <source>No private key for &quot;%1&quot; (%2). Pass --key-file FILE or --key-env VAR.</source>
        <translation>No hay clave privada para «%1» (%2). Pase --key-file FILE o --key-env VAR.</translation>
    </message>
    <message>
        <source>No client secret for &quot;%1&quot; (%2). Pass --client-secret-env VAR.</source>
        <translation>No hay secreto de cliente para «%1» (%2). Pase --client-secret-env VAR.</translation>
    </message>
    <message>
        <source>%1 Use --browser none, system or phone, or install the nv-console package, which carries the embedded browser.</source>
        <translation>%1 Use --browser none, system o phone, o instale el paquete nv-console, que incluye el navegador integrado.</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>No se pudo iniciar la ejecución.</translation>
    </message>
</context>
<context>
    <name>nv::FlowRepeat</name>
    <message>
        <source>run %1/%2  %3  total %4 ms</source>
        <translation>ejecución %1/%2  %3  total %4 ms</translation>
    </message>
    <message>
        <source>nv-cli: the request log lost exchanges of these runs: </source>
        <translation>nv-cli: el registro de peticiones perdió intercambios de estas ejecuciones: </translation>
    </message>
</context>
<context>
    <name>nv::KeyCommand</name>
    <message>
        <source>neither PEM nor a JSON Web Key (Set)</source>
        <translation>no es PEM ni una JSON Web Key (Set)</translation>
    </message>
    <message>
        <source>new: the algorithm the key is for, RS256 (RSA 2048) or ES256 (EC P-256).</source>
        <translation>new: el algoritmo para el que es la clave, RS256 (RSA 2048) o ES256 (EC P-256).</translation>
    </message>
    <message>
        <source>new: where to write the private key (PEM, mode 0600); an existing file is never overwritten.</source>
        <translation>new: dónde escribir la clave privada (PEM, permisos 0600); nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>show: a private or public key, PEM or JWK.</source>
        <translation>show: una clave privada o pública, en PEM o JWK.</translation>
    </message>
    <message>
        <source>Print the public key as PEM (&quot;BEGIN PUBLIC KEY&quot;) instead of a JWKS, for operators (and nv-sandbox --client) that take PEM.</source>
        <translation>Mostrar la clave pública en PEM (&quot;BEGIN PUBLIC KEY&quot;) en lugar de un JWKS, para los operadores (y nv-sandbox --client) que admiten PEM.</translation>
    </message>
    <message>
        <source>expected: key new --alg RS256|ES256 --out FILE | key show --key-file FILE</source>
        <translation>se esperaba: key new --alg RS256|ES256 --out FILE | key show --key-file FILE</translation>
    </message>
    <message>
        <source>new needs --alg RS256 or --alg ES256.</source>
        <translation>new necesita --alg RS256 o --alg ES256.</translation>
    </message>
    <message>
        <source>new needs --out FILE for the private key (it is never printed).</source>
        <translation>new necesita --out FILE para la clave privada (nunca se muestra).</translation>
    </message>
    <message>
        <source>Private key (%1) written to %2, readable by you only. Register the public key below with the operator for your client; its kid is %3.</source>
        <translation>Clave privada (%1) escrita en %2, legible solo por usted. Registre en el operador la clave pública de abajo para su cliente; su kid es %3.</translation>
    </message>
    <message>
        <source>show needs --key-file FILE.</source>
        <translation>show necesita --key-file FILE.</translation>
    </message>
    <message>
        <source>%1 is not a usable key: %2</source>
        <translation>%1 no es una clave utilizable: %2</translation>
    </message>
</context>
<context>
    <name>nv::LogCommand</name>
    <message>
        <source>  (no body)
</source>
        <translation>  (sin cuerpo)
</translation>
    </message>
    <message>
        <source>The request log file (default: the console&apos;s).</source>
        <translation>El archivo del registro de peticiones (por defecto: el de la consola).</translation>
    </message>
    <message>
        <source>Only this correlation id.</source>
        <translation>Solo este id de correlación.</translation>
    </message>
    <message>
        <source>Only exchanges started at or after T (ISO 8601, or 30m, 2h, 7d ago).</source>
        <translation>Solo los intercambios iniciados en T o después (ISO 8601, o hace 30m, 2h, 7d).</translation>
    </message>
    <message>
        <source>Only this step (authorize, token, verify, ...).</source>
        <translation>Solo este paso (authorize, token, verify, ...).</translation>
    </message>
    <message>
        <source>Only this status class: 2xx, 3xx, 4xx, 5xx, failed.</source>
        <translation>Solo esta clase de estado: 2xx, 3xx, 4xx, 5xx, failed.</translation>
    </message>
    <message>
        <source>Words in the URL or the bodies.</source>
        <translation>Palabras de la URL o de los cuerpos.</translation>
    </message>
    <message>
        <source>At most N rows (list; default 100, 0: all).</source>
        <translation>Como máximo N filas (list; por defecto 100, 0: todas).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida para máquinas.</translation>
    </message>
    <message>
        <source>export: write HAR 1.2 to FILE (- for stdout).</source>
        <translation>export: escribir HAR 1.2 en FILE (- para la salida estándar).</translation>
    </message>
    <message>
        <source>export: write JSON Lines to FILE (- for stdout).</source>
        <translation>export: escribir JSON Lines en FILE (- para la salida estándar).</translation>
    </message>
    <message>
        <source>report: write a self-contained HTML report to FILE (- for stdout).</source>
        <translation>report: escribir un informe HTML autónomo en FILE (- para la salida estándar).</translation>
    </message>
    <message>
        <source>report: write a PDF report to FILE.</source>
        <translation>report: escribir un informe PDF en FILE.</translation>
    </message>
    <message>
        <source>report: light (screen, print) or presentation (projector).</source>
        <translation>report: light (pantalla, impresión) o presentation (proyector).</translation>
    </message>
    <message>
        <source>report: a4 or letter (default: the locale&apos;s).</source>
        <translation>report: a4 o letter (por defecto: el de la configuración regional).</translation>
    </message>
    <message>
        <source>expected: log list [options] | log show ID | log export --har FILE [options] | log report --correlation-id ID --html FILE</source>
        <translation>se esperaba: log list [opciones] | log show ID | log export --har FILE [opciones] | log report --correlation-id ID --html FILE</translation>
    </message>
    <message>
        <source>no request log at %1</source>
        <translation>no hay registro de peticiones en %1</translation>
    </message>
    <message>
        <source>%1
The file is damaged, so nothing is listed rather than a part that looks whole. NV Console (or nv-cli flow) moves it aside and starts a new log the next time it writes. To get back what can still be read: %2</source>
        <translation>%1
El archivo está dañado, así que no se muestra nada en lugar de una parte que parezca completa. NV Console (o nv-cli flow) lo aparta y empieza un registro nuevo la próxima vez que escribe. Para recuperar lo que todavía se pueda leer: %2</translation>
    </message>
    <message>
        <source>--since: not a time: %1</source>
        <translation>--since: no es una hora: %1</translation>
    </message>
    <message>
        <source>--status: expected 1xx..5xx or failed</source>
        <translation>--status: se esperaba 1xx..5xx o failed</translation>
    </message>
    <message>
        <source>--limit: expected a number</source>
        <translation>--limit: se esperaba un número</translation>
    </message>
    <message>
        <source>nv-cli log: no exchanges match</source>
        <translation>nv-cli log: ningún intercambio coincide</translation>
    </message>
    <message>
        <source>#%1  %2  correlation id %3  run %4  profile %5</source>
        <translation>#%1  %2  id de correlación %3  ejecución %4  perfil %5</translation>
    </message>
    <message>
        <source>started %1  finished %2  (%3 ms)</source>
        <translation>inicio %1  fin %2  (%3 ms)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>nv-cli log: no exchange or correlation id %1</source>
        <translation>nv-cli log: no hay ningún intercambio ni id de correlación %1</translation>
    </message>
    <message>
        <source>export needs exactly one of --har FILE or --jsonl FILE</source>
        <translation>export necesita exactamente una de --har FILE o --jsonl FILE</translation>
    </message>
    <message>
        <source>nv-cli log: cannot write %1: %2</source>
        <translation>nv-cli log: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>nv-cli log: the export on standard output is incomplete</source>
        <translation>nv-cli log: la exportación en la salida estándar está incompleta</translation>
    </message>
    <message>
        <source>nv-cli log: the export failed: %1</source>
        <translation>nv-cli log: la exportación falló: %1</translation>
    </message>
    <message>
        <source>nv-cli log: exported %1 exchanges</source>
        <translation>nv-cli log: exportados %1 intercambios</translation>
    </message>
    <message>
        <source>report needs exactly one of --html FILE or --pdf FILE</source>
        <translation>report necesita exactamente una de --html FILE o --pdf FILE</translation>
    </message>
    <message>
        <source>report needs --correlation-id ID (once per run)</source>
        <translation>report necesita --correlation-id ID (una vez por ejecución)</translation>
    </message>
    <message>
        <source>--palette: expected light or presentation</source>
        <translation>--palette: se esperaba light o presentation</translation>
    </message>
    <message>
        <source>--paper: expected a4 or letter</source>
        <translation>--paper: se esperaba a4 o letter</translation>
    </message>
    <message>
        <source>nv-cli log: report of %1 run (%2)</source>
        <translation>nv-cli log: informe de %1 ejecución (%2)</translation>
    </message>
    <message>
        <source>nv-cli log: report of %1 runs (%2)</source>
        <translation>nv-cli log: informe de %1 ejecuciones (%2)</translation>
    </message>
    <message>
        <source>, %1 page</source>
        <translation>, %1 página</translation>
    </message>
    <message>
        <source>, %1 pages</source>
        <translation>, %1 páginas</translation>
    </message>
    <message>
        <source> written to %1</source>
        <translation> escrito en %1</translation>
    </message>
    <message>
        <source>the PDF report needs %1</source>
        <translation>el informe PDF necesita %1</translation>
    </message>
</context>
<context>
    <name>nv::NetworkOptions</name>
    <message>
        <source>--%1: the variable %2 is not set or empty.</source>
        <translation>--%1: la variable %2 no está definida o está vacía.</translation>
    </message>
    <message>
        <source>--proxy-password-env needs --proxy-user (or a profile that names the proxy user).</source>
        <translation>--proxy-password-env necesita --proxy-user (o un perfil que indique el usuario del proxy).</translation>
    </message>
</context>
<context>
    <name>nv::PhonePrompt</name>
    <message>
        <source>Open this on the phone, over its mobile data (not Wi-Fi): scan the code or send it the address.</source>
        <translation>Abra esto en el teléfono, con sus datos móviles (no Wi-Fi): escanee el código o envíele la dirección.</translation>
    </message>
    <message>
        <source>Waiting for the phone. Or paste the address the phone ended on (or code=… and state=…) here and press Enter.</source>
        <translation>Esperando al teléfono. O pegue aquí la dirección en la que terminó el teléfono (o code=… y state=…) y pulse Intro.</translation>
    </message>
    <message>
        <source>Not taken: %1 Paste again.</source>
        <translation>No se ha aceptado: %1 Péguela de nuevo.</translation>
    </message>
</context>
<context>
    <name>nv::RelayServer</name>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas peticiones</translation>
    </message>
    <message>
        <source>Wait a moment, then open the link again.</source>
        <translation>Espere un momento y vuelva a abrir el enlace.</translation>
    </message>
    <message>
        <source>This sign-in link does not work</source>
        <translation>Este enlace de inicio de sesión no funciona</translation>
    </message>
    <message>
        <source>The link is malformed: %1.</source>
        <translation>El enlace está mal formado: %1.</translation>
    </message>
    <message>
        <source>The link has no valid state, so it cannot be matched to a console. Start again from the console.</source>
        <translation>El enlace no tiene un state válido, así que no se puede asociar a ninguna consola. Vuelva a empezar desde la consola.</translation>
    </message>
    <message>
        <source>The link must carry either a code or an error.</source>
        <translation>El enlace debe llevar un code o un error.</translation>
    </message>
    <message>
        <source>This sign-in has expired</source>
        <translation>Este inicio de sesión ha caducado</translation>
    </message>
    <message>
        <source>No console is waiting for this sign-in: it took longer than %1 minutes, or it was started elsewhere. Start again from the console.</source>
        <translation>Ninguna consola espera este inicio de sesión: tardó más de %1 minutos o se empezó en otro sitio. Vuelva a empezar desde la consola.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Ya está hecho</translation>
    </message>
    <message>
        <source>This sign-in was already completed. Look at the console.</source>
        <translation>Este inicio de sesión ya se completó. Mire la consola.</translation>
    </message>
    <message>
        <source>Done — look at the console</source>
        <translation>Hecho: mire la consola</translation>
    </message>
    <message>
        <source>Your phone has signed in. The console takes it from here; you can close this page.</source>
        <translation>Su teléfono ha iniciado sesión. La consola sigue desde aquí; puede cerrar esta página.</translation>
    </message>
    <message>
        <source>The operator did not sign this phone in (%1).</source>
        <translation>El operador no inició la sesión de este teléfono (%1).</translation>
    </message>
    <message>
        <source> It said: “%1”.</source>
        <translation> Dijo: «%1».</translation>
    </message>
    <message>
        <source> The console shows what to do next; you can close this page.</source>
        <translation> La consola indica qué hacer a continuación; puede cerrar esta página.</translation>
    </message>
    <message>
        <source>The sign-in was refused</source>
        <translation>Se rechazó el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>nv::RunTally</name>
    <message>
        <source>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms</source>
        <translation>p50 %1 ms · p90 %2 ms · p99 %3 ms · máx %4 ms</translation>
    </message>
</context>
<context>
    <name>nv::SendCommand</name>
    <message>
        <source>the URL</source>
        <translation>la URL</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>la cabecera %1</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <source>The exchange id to send again (nv-cli log list).</source>
        <translation>El id del intercambio que volver a enviar (nv-cli log list).</translation>
    </message>
    <message>
        <source>Send to this URL instead (http or https).</source>
        <translation>Enviar a esta URL en su lugar (http o https).</translation>
    </message>
    <message>
        <source>Use this method instead.</source>
        <translation>Usar este método en su lugar.</translation>
    </message>
    <message>
        <source>Set a header, &quot;Name: value&quot; (repeatable). Not for secrets.</source>
        <translation>Poner una cabecera, &quot;Nombre: valor&quot; (repetible). No para secretos.</translation>
    </message>
    <message>
        <source>Leave a header out (repeatable).</source>
        <translation>Quitar una cabecera (repetible).</translation>
    </message>
    <message>
        <source>Set header NAME to the value of environment variable VAR (repeatable), e.g. Authorization=NV_AUTH.</source>
        <translation>Poner en la cabecera NAME el valor de la variable de entorno VAR (repetible), p. ej. Authorization=NV_AUTH.</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;the value of VAR&gt;.</source>
        <translation>Authorization: Bearer &lt;el valor de VAR&gt;.</translation>
    </message>
    <message>
        <source>Send this JSON as the body (Content-Type application/json).</source>
        <translation>Enviar este JSON como cuerpo (Content-Type application/json).</translation>
    </message>
    <message>
        <source>Send this text as the body.</source>
        <translation>Enviar este texto como cuerpo.</translation>
    </message>
    <message>
        <source>Send the log&apos;s [redacted:…] placeholders as they are, on purpose.</source>
        <translation>Enviar a propósito los marcadores [redacted:…] del registro tal cual.</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 30).</source>
        <translation>Segundos de espera para la respuesta (por defecto 30).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida para máquinas.</translation>
    </message>
    <message>
        <source>The request log file (default: the console&apos;s).</source>
        <translation>El archivo del registro de peticiones (por defecto: el de la consola).</translation>
    </message>
    <message>
        <source>Do not record the resend.</source>
        <translation>No guardar el reenvío en el registro.</translation>
    </message>
    <message>
        <source>--timeout: expected seconds, at most 600</source>
        <translation>--timeout: se esperaban segundos, como máximo 600</translation>
    </message>
    <message>
        <source>nv-cli send: %1 %2  (exchange %3 again, correlation id %4)</source>
        <translation>nv-cli send: %1 %2  (de nuevo el intercambio %3, id de correlación %4)</translation>
    </message>
    <message>
        <source>--from-log ID is required (an exchange id from nv-cli log list)</source>
        <translation>--from-log ID es obligatorio (un id de intercambio de nv-cli log list)</translation>
    </message>
    <message>
        <source>--from-log: expected an exchange id (a number)</source>
        <translation>--from-log: se esperaba un id de intercambio (un número)</translation>
    </message>
    <message>
        <source>nv-cli send: no exchange %1 in %2</source>
        <translation>nv-cli send: no hay ningún intercambio %1 en %2</translation>
    </message>
    <message>
        <source>--url: expected an http or https URL</source>
        <translation>--url: se esperaba una URL http o https</translation>
    </message>
    <message>
        <source>--method: not an HTTP method</source>
        <translation>--method: no es un método HTTP</translation>
    </message>
    <message>
        <source>--set-header: expected &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--set-header: se esperaba &quot;Nombre: valor&quot;, llegó «%1»</translation>
    </message>
    <message>
        <source>--header-env: expected NAME=VAR</source>
        <translation>--header-env: se esperaba NAME=VAR</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>give --body-json or --body, not both</source>
        <translation>indique --body-json o --body, no ambas</translation>
    </message>
    <message>
        <source>--body-json: not JSON (%1 at offset %2)</source>
        <translation>--body-json: no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>nv-cli send: the request log keeps secrets redacted, and %1 holds a [redacted:…] placeholder instead of the value that was sent. nv-cli cannot send it again from the log.</source>
        <translation>nv-cli send: el registro de peticiones guarda los secretos ocultos, y %1 contiene un marcador [redacted:…] en lugar del valor que se envió. nv-cli no puede volver a enviarlo desde el registro.</translation>
    </message>
    <message>
        <source>nv-cli send: the request log keeps secrets redacted, and %1 hold a [redacted:…] placeholder instead of the value that was sent. nv-cli cannot send it again from the log.</source>
        <translation>nv-cli send: el registro de peticiones guarda los secretos ocultos, y %1 contienen un marcador [redacted:…] en lugar del valor que se envió. nv-cli no puede volver a enviarlo desde el registro.</translation>
    </message>
    <message>
        <source>Supply the value from an environment variable (never on the command line):
  --token-env VAR            Authorization: Bearer $VAR
  --header-env NAME=VAR      any header from $VAR
  --body-json JSON | --body TEXT   a body without the placeholder
or send the placeholders as they are, to see the operator refuse them: --send-redacted.
(The console window can resend with the real values of its own session: Request log &gt; Edit and resend.)</source>
        <translation>Aporte el valor desde una variable de entorno (nunca en la línea de órdenes):
  --token-env VAR            Authorization: Bearer $VAR
  --header-env NAME=VAR      cualquier cabecera desde $VAR
  --body-json JSON | --body TEXT   un cuerpo sin el marcador
o envíe los marcadores tal cual, para ver cómo los rechaza el operador: --send-redacted.
(La ventana de la consola puede reenviar con los valores reales de su propia sesión: Registro de peticiones &gt; Editar y reenviar.)</translation>
    </message>
    <message>
        <source>nv-cli send: the log is still writing; the resend may be missing from it</source>
        <translation>nv-cli send: el registro todavía está escribiendo; puede que le falte el reenvío</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
    <message>
        <source>beside exchange %1: status %2 -&gt; %3</source>
        <translation>junto al intercambio %1: estado %2 -&gt; %3</translation>
    </message>
    <message>
        <source>beside exchange %1: status %2 -&gt; %3 (same)</source>
        <translation>junto al intercambio %1: estado %2 -&gt; %3 (igual)</translation>
    </message>
    <message>
        <source>  body:</source>
        <translation>  cuerpo:</translation>
    </message>
    <message>
        <source>  body: the same</source>
        <translation>  cuerpo: igual</translation>
    </message>
    <message>
        <source>recorded as exchange %1 (step manual, correlation id %2)</source>
        <translation>guardado como intercambio %1 (paso manual, id de correlación %2)</translation>
    </message>
</context>
<context>
    <name>nv::TokenEndpoint</name>
    <message>
        <source>Token request refused</source>
        <translation>Petición de token rechazada</translation>
    </message>
</context>
<context>
    <name>nv::relaypages</name>
    <message>
        <source>NV Console sign-in relay</source>
        <translation>Relé de inicio de sesión de NV Console</translation>
    </message>
</context>
<context>
    <name>nv::sandboxhttp</name>
    <message>
        <source>NV Console operator sandbox</source>
        <translation>Sandbox de operador de NV Console</translation>
    </message>
</context>
</TS>
