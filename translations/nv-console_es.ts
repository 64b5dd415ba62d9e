<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Desktop test console for the CAMARA Number Verification API.</source>
        <translation>Consola de pruebas de escritorio para la API CAMARA Number Verification.</translation>
    </message>
    <message>
        <source>Start on the profile called &lt;name&gt;.</source>
        <translation>Empezar con el perfil llamado &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Prefill the phone number to verify.</source>
        <translation>Rellenar de antemano el número de teléfono que se verifica.</translation>
    </message>
    <message>
        <source>Keep the request log in &lt;path&gt;.</source>
        <translation>Guardar el registro de peticiones en &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Start a flow as soon as the window is ready.</source>
        <translation>Iniciar un flujo en cuanto la ventana esté lista.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox in scenario &lt;id&gt; (match, mismatch, not-on-mobile-network, consent, ...).</source>
        <translation>Iniciar el sandbox integrado en el escenario &lt;id&gt; (match, mismatch, not-on-mobile-network, consent, ...).</translation>
    </message>
    <message>
        <source>Make the built-in sandbox&apos;s access tokens live &lt;seconds&gt;.</source>
        <translation>Hacer que los tokens de acceso del sandbox integrado duren &lt;seconds&gt;.</translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to the first paint of the window, then exit.</source>
        <translation>Mostrar los milisegundos desde el arranque del proceso hasta el primer dibujado de la ventana y salir.</translation>
    </message>
    <message>
        <source>Unknown sandbox scenario &quot;%1&quot;; known: %2</source>
        <translation>Escenario de sandbox desconocido «%1»; conocidos: %2</translation>
    </message>
    <message>
        <source>--sandbox-token-lifetime needs a number of seconds, 1 or more.</source>
        <translation>--sandbox-token-lifetime necesita un número de segundos, 1 o más.</translation>
    </message>
    <message>
        <source>A demo session file (.nvsession) to open: its profile, scenario, number and layout.</source>
        <translation>Un archivo de sesión de demostración (.nvsession) que abrir: su perfil, escenario, número y disposición.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (one session file at most)</source>
        <translation>Argumento inesperado: %1 (como máximo un archivo de sesión)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no HTTP answer)</source>
        <translation>(sin respuesta HTTP)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(falló)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>empty: enter a number such as +34666666666</source>
        <translation>vacío: escriba un número como +34666666666</translation>
    </message>
    <message>
        <source>contains letters: only a leading + and digits are allowed</source>
        <translation>contiene letras: solo se admiten un + inicial y dígitos</translation>
    </message>
    <message>
        <source>contains spaces or separators: write it as + and digits only, e.g. +34666666666</source>
        <translation>contiene espacios o separadores: escríbalo solo como + y dígitos, p. ej. +34666666666</translation>
    </message>
    <message>
        <source>contains characters other than a leading + and the digits 0-9</source>
        <translation>contiene caracteres distintos de un + inicial y los dígitos 0-9</translation>
    </message>
    <message>
        <source>missing leading +: E.164 numbers start with + and the country code</source>
        <translation>falta el + inicial: los números E.164 empiezan por + y el prefijo del país</translation>
    </message>
    <message>
        <source>more than one +: only a single leading + is allowed</source>
        <translation>más de un +: solo se admite un único + inicial</translation>
    </message>
    <message>
        <source>no digits after the +</source>
        <translation>no hay dígitos tras el +</translation>
    </message>
    <message>
        <source>country code cannot start with 0</source>
        <translation>el prefijo del país no puede empezar por 0</translation>
    </message>
    <message>
        <source>too short: E.164 needs 5 to 15 digits</source>
        <translation>demasiado corto: E.164 necesita de 5 a 15 dígitos</translation>
    </message>
    <message>
        <source>too long: E.164 allows at most 15 digits after the +</source>
        <translation>demasiado largo: E.164 admite como máximo 15 dígitos tras el +</translation>
    </message>
    <message>
        <source>not a valid E.164 number</source>
        <translation>no es un número E.164 válido</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>perfil «%1»: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid profiles file (%2)</source>
        <translation>%1 no es un archivo de perfiles válido (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>A profile needs a name</source>
        <translation>Un perfil necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be changed; duplicate it to make an editable copy</source>
        <translation>«%1» es un perfil integrado y no se puede cambiar; duplíquelo para tener una copia editable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be removed</source>
        <translation>«%1» es un perfil integrado y no se puede eliminar</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;</source>
        <translation>No hay ningún perfil llamado «%1»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 is not a JSON file: %2 at byte %3</source>
        <translation>%1 no es un archivo JSON: %2 en el byte %3</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 no se puede importar: %2</translation>
    </message>
    <message>
        <source>%1 contains no profiles: expected an NV Console profile export (an object with a &quot;profiles&quot; list)</source>
        <translation>%1 no contiene perfiles: se esperaba una exportación de perfiles de NV Console (un objeto con una lista «profiles»)</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in profile: choose another.</source>
        <translation>«%1» es el nombre de un perfil integrado: elija otro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be renamed; duplicate it to make an editable copy</source>
        <translation>«%1» es un perfil integrado y no se puede renombrar; duplíquelo para obtener una copia editable</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot; (case aside): choose another name.</source>
        <translation>Ya hay otro perfil llamado «%1» (sin contar mayúsculas y minúsculas): elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>nv</name>
    <message>
        <source>The operator failed (HTTP %1).</source>
        <translation>El operador falló (HTTP %1).</translation>
    </message>
    <message>
        <source>The operator refused the request with %1 (HTTP %2).</source>
        <translation>El operador rechazó la petición con %1 (HTTP %2).</translation>
    </message>
    <message>
        <source> The operator asks to retry after %1 s.</source>
        <translation> El operador pide reintentar dentro de %1 s.</translation>
    </message>
    <message>
        <source>The operator returned an authorization code.</source>
        <translation>El operador devolvió un código de autorización.</translation>
    </message>
    <message>
        <source>The operator refused: %1</source>
        <translation>El operador rechazó: %1</translation>
    </message>
    <message>
        <source>The redirect carried a different state than this run sent, so it was refused: it may belong to another run or be forged.</source>
        <translation>La redirección traía un state distinto del que envió esta ejecución, así que se rechazó: puede pertenecer a otra ejecución o estar falsificada.</translation>
    </message>
    <message>
        <source>The redirect reached the redirect URI without a code or an error.</source>
        <translation>La redirección llegó a la URI de redirección sin código ni error.</translation>
    </message>
    <message>
        <source>Not the redirect URI.</source>
        <translation>No es la URI de redirección.</translation>
    </message>
    <message>
        <source>This error code is not a standard one.</source>
        <translation>Este código de error no es estándar.</translation>
    </message>
    <message>
        <source>No answer to compare %1 with.</source>
        <translation>No hay respuesta con la que comparar %1.</translation>
    </message>
    <message>
        <source>The operator echoed %1.</source>
        <translation>El operador devolvió %1.</translation>
    </message>
    <message>
        <source>The operator did not echo %1 (sent %2).</source>
        <translation>El operador no devolvió %1 (enviado %2).</translation>
    </message>
    <message>
        <source>The operator echoed a different %1: sent %2, received %3.</source>
        <translation>El operador devolvió otro %1: enviado %2, recibido %3.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The correlation id has %1 characters; CAMARA allows at most %2 (%3).</source>
        <translation>El id de correlación tiene %1 caracteres; CAMARA admite como máximo %2 (%3).</translation>
    </message>
    <message>
        <source>The correlation id has %1 at position %2; CAMARA allows only letters, digits and - _ : ; . / &lt; &gt; { } (%3). An operator that checks it answers 400 INVALID_ARGUMENT.</source>
        <translation>El id de correlación tiene %1 en la posición %2; CAMARA solo admite letras, dígitos y - _ : ; . / &lt; &gt; { } (%3). Un operador que lo compruebe responde 400 INVALID_ARGUMENT.</translation>
    </message>
    <message>
        <source>HTTP %1 without a CAMARA error body {status, code, message}.</source>
        <translation>HTTP %1 sin un cuerpo de error CAMARA {status, code, message}.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>El cuerpo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>devicePhoneNumber is missing or not a string.</source>
        <translation>devicePhoneNumber falta o no es una cadena.</translation>
    </message>
    <message>
        <source>devicePhoneNumber &quot;%1&quot; is not an E.164 number.</source>
        <translation>devicePhoneNumber «%1» no es un número E.164.</translation>
    </message>
    <message>
        <source>The device&apos;s number is %1.</source>
        <translation>El número del dispositivo es %1.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the console accepts at most %3.</source>
        <translation>%1 tiene %2 caracteres; la consola admite como máximo %3.</translation>
    </message>
    <message>
        <source>%1 %2 is not an absolute URL.</source>
        <translation>%1 %2 no es una URL absoluta.</translation>
    </message>
    <message>
        <source>%1 %2 is not an http or https URL: the console fetches nothing else.</source>
        <translation>%1 %2 no es una URL http ni https: la consola no descarga nada más.</translation>
    </message>
    <message>
        <source>%1 %2 names no host.</source>
        <translation>%1 %2 no indica ningún host.</translation>
    </message>
    <message>
        <source>%1 %2 has a fragment (#…), which OAuth endpoints may not have.</source>
        <translation>%1 %2 tiene un fragmento (#…), que los endpoints OAuth no pueden tener.</translation>
    </message>
    <message>
        <source>%1 carries a user name or password in the URL.</source>
        <translation>%1 lleva un nombre de usuario o una contraseña en la URL.</translation>
    </message>
    <message>
        <source>The document has no %1 (or it is not a string).</source>
        <translation>El documento no tiene %1 (o no es una cadena).</translation>
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation>%1 no es una lista.</translation>
    </message>
    <message>
        <source>%1 has %2 entries; the console accepts at most %3.</source>
        <translation>%1 tiene %2 entradas; la consola admite como máximo %3.</translation>
    </message>
    <message>
        <source>%1 holds something that is not a short string.</source>
        <translation>%1 contiene algo que no es una cadena corta.</translation>
    </message>
    <message>
        <source>The document is larger than %1 KiB; real ones are a few KiB, so the console did not read it.</source>
        <translation>El documento ocupa más de %1 KiB; los reales ocupan unos pocos KiB, así que la consola no lo leyó.</translation>
    </message>
    <message>
        <source>The document is JSON but not an object.</source>
        <translation>El documento es JSON pero no un objeto.</translation>
    </message>
    <message>
        <source>The document is not JSON (%1).</source>
        <translation>El documento no es JSON (%1).</translation>
    </message>
    <message>
        <source>Invalid: the id_token is not signed (alg &quot;%1&quot;); anyone could have written it.</source>
        <translation>No válido: el id_token no está firmado (alg «%1»); cualquiera podría haberlo escrito.</translation>
    </message>
    <message>
        <source>Invalid: the id_token uses %1, an HMAC with a shared secret. An operator signs id_tokens with its private key; an HMAC keyed with the operator&apos;s public key is a known forgery, so the console refuses it.</source>
        <translation>No válido: el id_token usa %1, un HMAC con un secreto compartido. Un operador firma los id_token con su clave privada; un HMAC con la clave pública del operador como secreto es una falsificación conocida, así que la consola lo rechaza.</translation>
    </message>
    <message>
        <source>Invalid: the id_token uses %1, which is not on the console&apos;s list (%2).</source>
        <translation>No válido: el id_token usa %1, que no está en la lista de la consola (%2).</translation>
    </message>
    <message>
        <source>Not checked: the client id is not known.</source>
        <translation>Sin comprobar: no se conoce el id de cliente.</translation>
    </message>
    <message>
        <source>The id_token names no audience (aud).</source>
        <translation>El id_token no indica ninguna audiencia (aud).</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;, not this client (%2): the token was issued to another client.</source>
        <translation>aud es «%1», no este cliente (%2): el token se emitió para otro cliente.</translation>
    </message>
    <message>
        <source>azp is &quot;%1&quot;, not this client (%2): the token was obtained by another client.</source>
        <translation>azp es «%1», no este cliente (%2): el token lo obtuvo otro cliente.</translation>
    </message>
    <message>
        <source>aud is this client, %1.</source>
        <translation>aud es este cliente, %1.</translation>
    </message>
    <message>
        <source>aud includes this client among %1 audiences, without azp (OpenID Connect Core §3.1.3.7 recommends one).</source>
        <translation>aud incluye este cliente entre %1 audiencias, sin azp (OpenID Connect Core §3.1.3.7 recomienda uno).</translation>
    </message>
    <message>
        <source>aud includes this client among %1 audiences, and azp is this client.</source>
        <translation>aud incluye este cliente entre %1 audiencias, y azp es este cliente.</translation>
    </message>
    <message>
        <source>The id_token lacks a numeric %1, which OpenID Connect requires.</source>
        <translation>Al id_token le falta un %1 numérico, que OpenID Connect exige.</translation>
    </message>
    <message>
        <source>The id_token expired at %1, %2 s ago (%3 s of clock difference tolerated).</source>
        <translation>El id_token caducó el %1, hace %2 s (se toleran %3 s de diferencia de reloj).</translation>
    </message>
    <message>
        <source>The id_token was issued at %1, %2 s in the future: the operator&apos;s clock or this computer&apos;s is off (%3 s tolerated).</source>
        <translation>El id_token se emitió el %1, %2 s en el futuro: el reloj del operador o el de este equipo no va bien (se toleran %3 s).</translation>
    </message>
    <message>
        <source>Issued at %1, valid until %2 (%3 s of clock difference tolerated).</source>
        <translation>Emitido el %1, válido hasta el %2 (se toleran %3 s de diferencia de reloj).</translation>
    </message>
    <message>
        <source>The id_token carries no amr: the operator states no authentication method.</source>
        <translation>El id_token no lleva amr: el operador no indica ningún método de autenticación.</translation>
    </message>
    <message>
        <source>amr is not a list of strings (OpenID Connect Core §2).</source>
        <translation>amr no es una lista de cadenas (OpenID Connect Core §2).</translation>
    </message>
    <message>
        <source>nba (network-based authentication)</source>
        <translation>nba (autenticación basada en la red)</translation>
    </message>
    <message>
        <source>Authentication methods (amr): %1.</source>
        <translation>Métodos de autenticación (amr): %1.</translation>
    </message>
    <message>
        <source>Not checked: the issuer is not known (no discovery document).</source>
        <translation>Sin comprobar: no se conoce el emisor (no hay documento de descubrimiento).</translation>
    </message>
    <message>
        <source>iss is the operator&apos;s issuer, %1.</source>
        <translation>iss es el emisor del operador, %1.</translation>
    </message>
    <message>
        <source>iss is &quot;%1&quot;, but the operator&apos;s issuer is &quot;%2&quot;.</source>
        <translation>iss es «%1», pero el emisor del operador es «%2».</translation>
    </message>
    <message>
        <source>Not checked: this run sent no nonce.</source>
        <translation>Sin comprobar: esta ejecución no envió nonce.</translation>
    </message>
    <message>
        <source>The id_token carries no nonce, but the run sent one.</source>
        <translation>El id_token no lleva nonce, pero la ejecución envió uno.</translation>
    </message>
    <message>
        <source>nonce is the one this run sent.</source>
        <translation>nonce es el que envió esta ejecución.</translation>
    </message>
    <message>
        <source>nonce differs from the one this run sent: the token may belong to another login (replay).</source>
        <translation>nonce difiere del que envió esta ejecución: el token puede pertenecer a otro inicio de sesión (reutilización).</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body.</source>
        <translation>HTTP %1 con el cuerpo vacío.</translation>
    </message>
    <message>
        <source>HTTP %1: the body is not a JSON object (%2).</source>
        <translation>HTTP %1: el cuerpo no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <source>wrong JSON type</source>
        <translation>tipo JSON incorrecto</translation>
    </message>
    <message>
        <source>HTTP %1 without an RFC 6749 &quot;error&quot; field.</source>
        <translation>HTTP %1 sin un campo «error» de RFC 6749.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string.</source>
        <translation>«%1» falta o no es una cadena.</translation>
    </message>
    <message>
        <source>token_type is &quot;%1&quot;, not Bearer.</source>
        <translation>token_type es «%1», no Bearer.</translation>
    </message>
    <message>
        <source>expires_in is not a number.</source>
        <translation>expires_in no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string.</source>
        <translation>«%1» no es una cadena.</translation>
    </message>
    <message>
        <source>Token received (%1, expires in %2 s).</source>
        <translation>Token recibido (%1, caduca en %2 s).</translation>
    </message>
    <message>
        <source>The token endpoint answered %1 %2</source>
        <translation>El endpoint de token respondió %1 %2</translation>
    </message>
    <message>
        <source>. The operator refused the client assertion.</source>
        <translation>. El operador rechazó la aserción del cliente.</translation>
    </message>
    <message>
        <source>The token answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del token: %1</translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1).</source>
        <translation>El cuerpo no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>devicePhoneNumberVerified is missing or not a boolean.</source>
        <translation>devicePhoneNumberVerified falta o no es un booleano.</translation>
    </message>
    <message>
        <source>assessedAt &quot;%1&quot; is not an RFC 3339 date-time.</source>
        <translation>assessedAt «%1» no es una fecha y hora RFC 3339.</translation>
    </message>
    <message>
        <source>assessedAt is not a string.</source>
        <translation>assessedAt no es una cadena.</translation>
    </message>
    <message>
        <source>The number belongs to the SIM in the device.</source>
        <translation>El número pertenece a la SIM del dispositivo.</translation>
    </message>
    <message>
        <source>The number does not belong to the SIM in the device.</source>
        <translation>El número no pertenece a la SIM del dispositivo.</translation>
    </message>
    <message>
        <source>The verify answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta de verify: %1</translation>
    </message>
    <message>
        <source>the system&apos;s random generator failed</source>
        <translation>falló el generador aleatorio del sistema</translation>
    </message>
    <message>
        <source>larger than %1 KiB, which no key is</source>
        <translation>ocupa más de %1 KiB, y ninguna clave ocupa tanto</translation>
    </message>
    <message>
        <source>neither PEM nor a JSON Web Key</source>
        <translation>no es PEM ni una JSON Web Key</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no hay clave</translation>
    </message>
    <message>
        <source>%1 needs an %2 key, not %3</source>
        <translation>%1 necesita una clave %2, no %3</translation>
    </message>
    <message>
        <source>the JWK has no &quot;%1&quot;</source>
        <translation>la JWK no tiene «%1»</translation>
    </message>
    <message>
        <source>the JWK&apos;s &quot;%1&quot; is not a base64url value</source>
        <translation>«%1» de la JWK no es un valor base64url</translation>
    </message>
    <message>
        <source>OpenSSL refused the JWK&apos;s members as a %1 key</source>
        <translation>OpenSSL rechazó los miembros de la JWK como clave %1</translation>
    </message>
    <message>
        <source>the JWK&apos;s exponent &quot;e&quot; is longer than 8 bytes</source>
        <translation>el exponente «e» de la JWK ocupa más de 8 bytes</translation>
    </message>
    <message>
        <source>the JWK has some of p, q, dp, dq, qi but not all, with d (RFC 7518 §6.3.2)</source>
        <translation>la JWK tiene algunos de p, q, dp, dq, qi pero no todos, junto con d (RFC 7518 §6.3.2)</translation>
    </message>
    <message>
        <source>OpenSSL could not take the JWK&apos;s RSA members</source>
        <translation>OpenSSL no pudo tomar los miembros RSA de la JWK</translation>
    </message>
    <message>
        <source>the JWK&apos;s private members do not belong to its public key</source>
        <translation>los miembros privados de la JWK no corresponden a su clave pública</translation>
    </message>
    <message>
        <source>the JWK&apos;s curve is &quot;%1&quot;; the console uses P-256 (ES256)</source>
        <translation>la curva de la JWK es «%1»; la consola usa P-256 (ES256)</translation>
    </message>
    <message>
        <source>the JWK&apos;s x, y and d must be 32 bytes each for P-256 (RFC 7518 §6.2.1)</source>
        <translation>x, y y d de la JWK deben tener 32 bytes cada uno para P-256 (RFC 7518 §6.2.1)</translation>
    </message>
    <message>
        <source>OpenSSL could not take the JWK&apos;s EC members</source>
        <translation>OpenSSL no pudo tomar los miembros EC de la JWK</translation>
    </message>
    <message>
        <source>the JWK&apos;s x and y are not a point on P-256</source>
        <translation>x e y de la JWK no son un punto de P-256</translation>
    </message>
    <message>
        <source>the JWK&apos;s d does not belong to its x and y</source>
        <translation>d de la JWK no corresponde a su x e y</translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; key and %2 needs an %3 key</source>
        <translation>es una clave «%1» y %2 necesita una clave %3</translation>
    </message>
    <message>
        <source>its curve is not P-256</source>
        <translation>su curva no es P-256</translation>
    </message>
    <message>
        <source>it is published for &quot;%1&quot;, not for signatures</source>
        <translation>está publicada para «%1», no para firmas</translation>
    </message>
    <message>
        <source>it is published for %1, not %2</source>
        <translation>está publicada para %1, no para %2</translation>
    </message>
    <message>
        <source>there is no system D-Bus to ask NetworkManager on</source>
        <translation>no hay D-Bus de sistema al que preguntar a NetworkManager</translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation>NetworkManager no está en marcha</translation>
    </message>
    <message>
        <source>NetworkManager did not answer within %1 ms</source>
        <translation>NetworkManager no respondió en %1 ms</translation>
    </message>
    <message>
        <source>NetworkManager refused to list its objects (%1)</source>
        <translation>NetworkManager se negó a listar sus objetos (%1)</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s answer had no manager object</source>
        <translation>La respuesta de NetworkManager no tenía objeto gestor</translation>
    </message>
    <message>
        <source>%1, metered as a phone&apos;s shared connection is</source>
        <translation>%1, con tarifa medida como la conexión compartida de un teléfono</translation>
    </message>
    <message>
        <source>the connection “%1” is of type %2</source>
        <translation>la conexión «%1» es de tipo %2</translation>
    </message>
    <message>
        <source>NetworkManager guesses it is metered</source>
        <translation>NetworkManager supone que tiene tarifa medida</translation>
    </message>
    <message>
        <source>it is set as metered</source>
        <translation>está configurada con tarifa medida</translation>
    </message>
    <message>
        <source>its name is a phone&apos;s</source>
        <translation>su nombre es el de un teléfono</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>wired Ethernet</source>
        <translation>Ethernet por cable</translation>
    </message>
    <message>
        <source>this laptop&apos;s mobile modem</source>
        <translation>el módem móvil de este portátil</translation>
    </message>
    <message>
        <source>a phone over USB</source>
        <translation>un teléfono por USB</translation>
    </message>
    <message>
        <source>a phone over Bluetooth</source>
        <translation>un teléfono por Bluetooth</translation>
    </message>
    <message>
        <source>a phone&apos;s hotspot (likely)</source>
        <translation>el punto de acceso de un teléfono (probable)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Phone over USB · SIM on the path</source>
        <translation>Teléfono por USB · SIM en el camino</translation>
    </message>
    <message>
        <source>This laptop uses a phone&apos;s mobile data over USB (%1): the operator sees that phone&apos;s SIM, so verify that phone&apos;s number.</source>
        <translation>Este portátil usa los datos móviles de un teléfono por USB (%1): el operador ve la SIM de ese teléfono, así que verifique el número de ese teléfono.</translation>
    </message>
    <message>
        <source>Phone over Bluetooth · SIM on the path</source>
        <translation>Teléfono por Bluetooth · SIM en el camino</translation>
    </message>
    <message>
        <source>This laptop uses a phone&apos;s mobile data over Bluetooth: the operator sees that phone&apos;s SIM, so verify that phone&apos;s number.</source>
        <translation>Este portátil usa los datos móviles de un teléfono por Bluetooth: el operador ve la SIM de ese teléfono, así que verifique el número de ese teléfono.</translation>
    </message>
    <message>
        <source>Mobile modem · SIM on the path</source>
        <translation>Módem móvil · SIM en el camino</translation>
    </message>
    <message>
        <source>This laptop&apos;s own mobile modem carries the traffic: the operator sees the modem&apos;s SIM, so verify that SIM&apos;s number.</source>
        <translation>El propio módem móvil de este portátil lleva el tráfico: el operador ve la SIM del módem, así que verifique el número de esa SIM.</translation>
    </message>
    <message>
        <source>Phone hotspot (likely) · SIM on the path</source>
        <translation>Punto de acceso de un teléfono (probable) · SIM en el camino</translation>
    </message>
    <message>
        <source>This laptop looks to be on a phone&apos;s hotspot%1, because %2: the operator sees that phone&apos;s SIM, so verify that phone&apos;s number.</source>
        <translation>Este portátil parece estar en el punto de acceso de un teléfono%1, porque %2: el operador ve la SIM de ese teléfono, así que verifique el número de ese teléfono.</translation>
    </message>
    <message>
        <source>Phone connected but unused · no SIM</source>
        <translation>Teléfono conectado pero sin usar · sin SIM</translation>
    </message>
    <message>
        <source>A phone or modem is connected (%1), but this laptop sends its traffic over %2: turn %2 off so that the mobile data carries it.</source>
        <translation>Hay un teléfono o módem conectado (%1), pero este portátil envía su tráfico por %2: desactive %2 para que lo lleven los datos móviles.</translation>
    </message>
    <message>
        <source>Wi-Fi · no SIM on the path</source>
        <translation>Wi-Fi · sin SIM en el camino</translation>
    </message>
    <message>
        <source>This laptop is on Wi-Fi%1: the operator will not see a SIM. Use Phone (QR code), or share the phone&apos;s mobile data with this laptop.</source>
        <translation>Este portátil está en Wi-Fi%1: el operador no verá ninguna SIM. Use Teléfono (código QR) o comparta con este portátil los datos móviles del teléfono.</translation>
    </message>
    <message>
        <source>Ethernet · no SIM on the path</source>
        <translation>Ethernet · sin SIM en el camino</translation>
    </message>
    <message>
        <source>This laptop is on wired Ethernet: the operator will not see a SIM. Use Phone (QR code), or share the phone&apos;s mobile data with this laptop.</source>
        <translation>Este portátil está en Ethernet por cable: el operador no verá ninguna SIM. Use Teléfono (código QR) o comparta con este portátil los datos móviles del teléfono.</translation>
    </message>
    <message>
        <source>Offline · no path to the operator</source>
        <translation>Sin conexión · no hay camino al operador</translation>
    </message>
    <message>
        <source>This laptop is not connected to any network: share a phone&apos;s mobile data with it (USB, Bluetooth or hotspot), or use Phone (QR code).</source>
        <translation>Este portátil no está conectado a ninguna red: comparta con él los datos móviles de un teléfono (USB, Bluetooth o punto de acceso) o use Teléfono (código QR).</translation>
    </message>
    <message>
        <source>VPN up · the operator sees the VPN</source>
        <translation>VPN activa · el operador ve la VPN</translation>
    </message>
    <message>
        <source>A VPN is up (%1): the operator sees the VPN&apos;s exit, not a SIM, even over a phone&apos;s mobile data. Disconnect it and check again.</source>
        <translation>Hay una VPN activa (%1): el operador ve la salida de la VPN, no una SIM, incluso con los datos móviles de un teléfono. Desconéctela y compruébelo de nuevo.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>Network path not known</source>
        <translation>Camino de red desconocido</translation>
    </message>
    <message>
        <source>How this laptop reaches the network cannot be told here (%1): make sure it uses a phone&apos;s mobile data with no VPN, or use Phone (QR code).</source>
        <translation>Aquí no se puede saber cómo llega este portátil a la red (%1): asegúrese de que usa los datos móviles de un teléfono sin VPN, o use Teléfono (código QR).</translation>
    </message>
    <message>
        <source>the system&apos;s network information (%1, %2)</source>
        <translation>la información de red del sistema (%1, %2)</translation>
    </message>
    <message>
        <source>the system&apos;s interface list</source>
        <translation>la lista de interfaces del sistema</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the system does not say which medium carries the traffic</source>
        <translation>el sistema no dice qué medio lleva el tráfico</translation>
    </message>
    <message>
        <source>the system says it is metered</source>
        <translation>el sistema dice que tiene tarifa medida</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL.</source>
        <translation>%1 no es una URL http(s).</translation>
    </message>
    <message>
        <source>%1 uses plain http: tokens would travel unencrypted.</source>
        <translation>%1 usa http sin cifrar: los tokens viajarían sin cifrado.</translation>
    </message>
    <message>
        <source>Redirect URI is not a valid URI.</source>
        <translation>La URI de redirección no es una URI válida.</translation>
    </message>
    <message>
        <source>Redirect URI has a fragment (#…), which OAuth forbids (RFC 6749 §3.1.2).</source>
        <translation>La URI de redirección tiene un fragmento (#…), que OAuth prohíbe (RFC 6749 §3.1.2).</translation>
    </message>
    <message>
        <source>Scope lacks number-verification:verify: the operator will refuse the authorization.</source>
        <translation>Al scope le falta number-verification:verify: el operador rechazará la autorización.</translation>
    </message>
    <message>
        <source>Prompt &quot;%1&quot; is not an OpenID prompt value.</source>
        <translation>Prompt «%1» no es un valor de prompt de OpenID.</translation>
    </message>
    <message>
        <source>token auth method &quot;%1&quot; is not one the console knows (client_secret_post, client_secret_basic, private_key_jwt)</source>
        <translation>el método de autenticación del token «%1» no es uno que la consola conozca (client_secret_post, client_secret_basic, private_key_jwt)</translation>
    </message>
    <message>
        <source>client key algorithm &quot;%1&quot; is not one the console signs with (RS256, ES256)</source>
        <translation>el algoritmo de la clave del cliente «%1» no es uno con el que firme la consola (RS256, ES256)</translation>
    </message>
    <message>
        <source>assertion audience &quot;%1&quot; is neither &quot;token&quot; nor &quot;issuer&quot;</source>
        <translation>la audiencia de la aserción «%1» no es «token» ni «issuer»</translation>
    </message>
    <message>
        <source>API version &quot;%1&quot; is neither v1 nor v2</source>
        <translation>la versión de la API «%1» no es v1 ni v2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form name=value; paste the whole address, or code=… and state=….</source>
        <translation>«%1» no tiene la forma nombre=valor; pegue la dirección entera, o code=… y state=….</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; paste a single redirect.</source>
        <translation>«%1» aparece más de una vez; pegue una sola redirección.</translation>
    </message>
    <message>
        <source>This is not a valid address (%1). Copy it again from the phone&apos;s address bar.</source>
        <translation>Esta no es una dirección válida (%1). Cópiela de nuevo de la barra de direcciones del teléfono.</translation>
    </message>
    <message>
        <source>This address goes to %1, not to the redirect URI %2. Paste the address the phone ended on after signing in.</source>
        <translation>Esta dirección va a %1, no a la URI de redirección %2. Pegue la dirección en la que terminó el teléfono tras iniciar sesión.</translation>
    </message>
    <message>
        <source>Only an http or https address can be pasted, not a %1: one.</source>
        <translation>Solo se puede pegar una dirección http o https, no una %1:.</translation>
    </message>
    <message>
        <source>No code and no state found. Paste the whole address from the phone&apos;s address bar, or code=… and state=….</source>
        <translation>No se encontró ni code ni state. Pegue la dirección entera de la barra de direcciones del teléfono, o code=… y state=….</translation>
    </message>
    <message>
        <source>The state is missing: paste the whole address, or add state=….</source>
        <translation>Falta el state: pegue la dirección entera o añada state=….</translation>
    </message>
    <message>
        <source>The code is missing: paste the whole address, or add code=….</source>
        <translation>Falta el code: pegue la dirección entera o añada code=….</translation>
    </message>
    <message>
        <source>The text holds both a code and an error; paste a single redirect.</source>
        <translation>El texto contiene a la vez un code y un error; pegue una sola redirección.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>Un valor tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The error description is longer than %1 characters.</source>
        <translation>La descripción del error tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The code, state or error holds characters a redirect never carries (spaces, letters outside ASCII or control characters). Copy it again.</source>
        <translation>El code, el state o el error contienen caracteres que una redirección nunca lleva (espacios, letras fuera de ASCII o caracteres de control). Cópielo de nuevo.</translation>
    </message>
    <message>
        <source>The error description holds control characters.</source>
        <translation>La descripción del error contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The state in the pasted text (%1…) is not this run&apos;s (%2…): it belongs to another sign-in. Paste the address from this sign-in, or start again.</source>
        <translation>El state del texto pegado (%1…) no es el de esta ejecución (%2…): pertenece a otro inicio de sesión. Pegue la dirección de este inicio de sesión o empiece de nuevo.</translation>
    </message>
    <message>
        <source>The operator refused this call: the token lacks the scope it needs (%1), or the client is not allowed to use it.</source>
        <translation>El operador rechazó esta llamada: al token le falta el scope que necesita (%1), o el cliente no tiene permiso para usarla.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The operator refused this call although the token carries the scope it needs (%1): the client is not allowed to use it, or the subscriber did not consent to it.</source>
        <translation>El operador rechazó esta llamada aunque el token lleva el scope que necesita (%1): el cliente no tiene permiso para usarla, o el abonado no dio su consentimiento.</translation>
    </message>
    <message>
        <source>This call needs the scope %1, and the token does not carry it (the token&apos;s scope: %2).</source>
        <translation>Esta llamada necesita el scope %1, y el token no lo lleva (scope del token: %2).</translation>
    </message>
    <message>
        <source>Ask the operator (its partner portal) to enable this API for the client, then run the flow again.</source>
        <translation>Pida al operador (en su portal de socios) que habilite esta API para el cliente y ejecute el flujo de nuevo.</translation>
    </message>
    <message>
        <source>Add %1 to the profile&apos;s scope and run the flow again (the operator must also allow it for the client).</source>
        <translation>Añada %1 al scope del perfil y ejecute el flujo de nuevo (el operador también debe permitirlo para el cliente).</translation>
    </message>
    <message>
        <source>The redirect carried no state at all, so it was refused: this run sent one and the operator must return it unchanged (RFC 6749 §4.1.2).</source>
        <translation>La redirección no traía ningún state, así que se rechazó: esta ejecución envió uno y el operador debe devolverlo sin cambios (RFC 6749 §4.1.2).</translation>
    </message>
    <message>
        <source>The operator put its answer in the redirect&apos;s fragment (#…) instead of the query, so it was refused: the code flow answers in the query (check the operator&apos;s response_mode).</source>
        <translation>El operador puso su respuesta en el fragmento (#…) de la redirección en lugar de en la consulta, así que se rechazó: el flujo de código responde en la consulta (compruebe el response_mode del operador).</translation>
    </message>
    <message>
        <source>The redirect carried &quot;%1&quot; more than once, so it was refused: each response parameter may appear only once (RFC 6749 §3.1).</source>
        <translation>La redirección traía «%1» más de una vez, así que se rechazó: cada parámetro de respuesta solo puede aparecer una vez (RFC 6749 §3.1).</translation>
    </message>
    <message>
        <source>The person refused on the operator&apos;s page (for example Deny on the consent page); nothing is wrong with the network or the profile. Run the flow again and allow it to continue.</source>
        <translation>La persona lo rechazó en la página del operador (por ejemplo, Denegar en la página de consentimiento); no hay ningún problema con la red ni con el perfil. Ejecute el flujo de nuevo y permita el acceso para continuar.</translation>
    </message>
    <message>
        <source>The operator could not authenticate the subscriber by the network: for network-based authentication the request must travel over the SIM&apos;s mobile data, not Wi-Fi, a VPN or a fixed line.</source>
        <translation>El operador no pudo autenticar al abonado por la red: para la autenticación basada en la red, la petición debe viajar por los datos móviles de la SIM, no por Wi-Fi, una VPN ni una línea fija.</translation>
    </message>
    <message>
        <source>The operator refused the authorization without saying why: either the person refused on the operator&apos;s page, or the operator could not authenticate the subscriber (network-based authentication needs the SIM&apos;s mobile data, not Wi-Fi).</source>
        <translation>El operador rechazó la autorización sin decir por qué: o la persona la rechazó en la página del operador, o el operador no pudo autenticar al abonado (la autenticación basada en la red necesita los datos móviles de la SIM, no Wi-Fi).</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>a network error (%1)</source>
        <translation>un error de red (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3</source>
        <translation>No se puede leer %1 %2: %3</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>la clave del cliente</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no PEM certificate.</source>
        <translation>El certificado de cliente %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The client key %1 is encrypted and the passphrase is %2.</source>
        <translation>La clave del cliente %1 está cifrada y la frase de paso %2.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>es incorrecta</translation>
    </message>
    <message>
        <source>The client key %1 is not an RSA or EC private key in PEM.</source>
        <translation>La clave del cliente %1 no es una clave privada RSA ni EC en PEM.</translation>
    </message>
    <message>
        <source>The client key %1 does not belong to the certificate %2.</source>
        <translation>La clave del cliente %1 no corresponde al certificado %2.</translation>
    </message>
    <message>
        <source>%1 (Qt: %2)</source>
        <translation>%1 (Qt: %2)</translation>
    </message>
    <message>
        <source> (issuer: %1)</source>
        <translation> (emisor: %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed by a CA this machine does not trust%1; add that CA with --ca-file or the profile&apos;s CA bundle.</source>
        <translation>El certificado del servidor está firmado por una CA en la que este equipo no confía%1; añada esa CA con --ca-file o con el paquete de CA del perfil.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1; the operator must renew it.</source>
        <translation>El certificado del servidor caducó el %1; el operador debe renovarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>El certificado del servidor no es válido antes del %1; compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2: the URL names another host than the certificate, or something in between answered instead.</source>
        <translation>El certificado del servidor es para %1, no para %2: la URL indica un host distinto del del certificado, o respondió en su lugar algo intermedio.</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>ningún nombre de host</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its CA.</source>
        <translation>Su CA ha revocado el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>Se rechazó el certificado del servidor.</translation>
    </message>
    <message>
        <source>The client certificate %1 is PEM and no client key is named: give its key (--client-key, or the profile&apos;s Client key), or use a PKCS#12 file (.p12/.pfx), which carries its key.</source>
        <translation>El certificado de cliente %1 es PEM y no se indica ninguna clave del cliente: indique su clave (--client-key o la clave del cliente del perfil) o use un archivo PKCS#12 (.p12/.pfx), que lleva su clave.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be opened (OpenSSL: %2). A file from an old exporter may use RC2 or 3DES, which OpenSSL 3 does not read by default: export it again with openssl pkcs12 -export.</source>
        <translation>No se puede abrir el archivo PKCS#12 %1 (OpenSSL: %2). Un archivo de un exportador antiguo puede usar RC2 o 3DES, que OpenSSL 3 no lee de forma predeterminada: expórtelo de nuevo con openssl pkcs12 -export.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 holds no private key, only certificates: export it together with its key (openssl pkcs12 -export -inkey KEY -in CERT).</source>
        <translation>El archivo PKCS#12 %1 no contiene ninguna clave privada, solo certificados: expórtelo junto con su clave (openssl pkcs12 -export -inkey CLAVE -in CERT).</translation>
    </message>
    <message>
        <source>The private key in the PKCS#12 file %1 does not belong to any certificate in it.</source>
        <translation>La clave privada del archivo PKCS#12 %1 no corresponde a ninguno de sus certificados.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 holds a key but no certificate.</source>
        <translation>El archivo PKCS#12 %1 contiene una clave pero ningún certificado.</translation>
    </message>
    <message>
        <source>The client certificate %1 is a PKCS#12 file, which carries its own key: name no client key (%2) with it.</source>
        <translation>El certificado de cliente %1 es un archivo PKCS#12, que lleva su propia clave: no indique ninguna clave del cliente (%2) con él.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 is protected by a passphrase and none was given (the profile&apos;s Key passphrase, or --client-key-password-env).</source>
        <translation>El archivo PKCS#12 %1 está protegido con una frase de paso y no se indicó ninguna (la frase de paso de la clave del perfil o --client-key-password-env).</translation>
    </message>
    <message>
        <source>The passphrase for the PKCS#12 file %1 is wrong.</source>
        <translation>La frase de paso del archivo PKCS#12 %1 es incorrecta.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 could not be imported.</source>
        <translation>No se pudo importar el archivo PKCS#12 %1.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>el certificado de cliente</translation>
    </message>
    <message>
        <source>The client certificate %1 is neither PEM (-----BEGIN CERTIFICATE-----) nor PKCS#12 (.p12, .pfx).</source>
        <translation>El certificado de cliente %1 no es ni PEM (-----BEGIN CERTIFICATE-----) ni PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>El servidor no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials given: the user name &quot;%2&quot; or its password is wrong.</source>
        <translation>El proxy %1 rechazó las credenciales indicadas: el nombre de usuario «%2» o su contraseña es incorrecto.</translation>
    </message>
    <message>
        <source>The proxy %1 needs a user name and password.</source>
        <translation>El proxy %1 necesita un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The proxy %1 needs the password of the user &quot;%2&quot;.</source>
        <translation>El proxy %1 necesita la contraseña del usuario «%2».</translation>
    </message>
</context>
<context>
    <name>nv::BrowserPane</name>
    <message>
        <source>The operator&apos;s pages appear here during a run.
The browser starts with the first run; nothing is loaded until then.</source>
        <translation>Las páginas del operador aparecen aquí durante una ejecución.
El navegador arranca con la primera ejecución; hasta entonces no se carga nada.</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>Aún no hay página</translation>
    </message>
    <message>
        <source>The address of the page the embedded browser shows</source>
        <translation>La dirección de la página que muestra el navegador integrado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ redirect URI</source>
        <translation>→ URI de redirección</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Dirección de la página</translation>
    </message>
    <message>
        <source>Redirect hops</source>
        <translation>Saltos de redirección</translation>
    </message>
</context>
<context>
    <name>nv::ClientKey</name>
    <message>
        <source>The private key is empty.</source>
        <translation>La clave privada está vacía.</translation>
    </message>
    <message>
        <source>Not a usable private key: %1.</source>
        <translation>No es una clave privada utilizable: %1.</translation>
    </message>
    <message>
        <source>This is a public key. private_key_jwt signs with the private key (the operator keeps the public one): give the private key instead.</source>
        <translation>Esta es una clave pública. private_key_jwt firma con la clave privada (el operador guarda la pública): indique la clave privada.</translation>
    </message>
    <message>
        <source>Unknown client assertion algorithm &quot;%1&quot;: use %2.</source>
        <translation>Algoritmo de aserción del cliente desconocido «%1»: use %2.</translation>
    </message>
    <message>
        <source>The key is %1, but the algorithm asked for is %2, which needs an %3 key.</source>
        <translation>La clave es %1, pero el algoritmo pedido es %2, que necesita una clave %3.</translation>
    </message>
    <message>
        <source>This key&apos;s kid (its RFC 7638 thumbprint) is %1, but the profile names %2: it is not the key registered for this profile.</source>
        <translation>El kid de esta clave (su huella RFC 7638) es %1, pero el perfil indica %2: no es la clave registrada para este perfil.</translation>
    </message>
</context>
<context>
    <name>nv::ClientKeyEditor</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>Copiar JWKS</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Clave nueva</translation>
    </message>
    <message>
        <source>ES256 (P-256)</source>
        <translation>ES256 (P-256)</translation>
    </message>
    <message>
        <source>RS256 (RSA 2048)</source>
        <translation>RS256 (RSA 2048)</translation>
    </message>
    <message>
        <source>A private key as PEM (PKCS#8 or traditional) or as a JWK</source>
        <translation>Una clave privada en PEM (PKCS#8 o tradicional) o como JWK</translation>
    </message>
    <message>
        <source>The public key as a JWKS, to register with the operator</source>
        <translation>La clave pública como JWKS, para registrarla en el operador</translation>
    </message>
    <message>
        <source>No key yet: make one or import one, then register its JWKS with the operator.</source>
        <translation>Aún no hay clave: cree una o importe una y registre su JWKS en el operador.</translation>
    </message>
    <message>
        <source>%1 key, kid %2 — %3</source>
        <translation>Clave %1, kid %2 — %3</translation>
    </message>
    <message>
        <source>Its own algorithm&apos;s</source>
        <translation>El de su propio algoritmo</translation>
    </message>
    <message>
        <source>not in this computer&apos;s keychain yet</source>
        <translation>aún no está en el llavero de este equipo</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>Making a %1 key…</source>
        <translation>Creando una clave %1…</translation>
    </message>
    <message>
        <source>made here</source>
        <translation>creada aquí</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importar una clave privada</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>No key could be made.</source>
        <translation>No se pudo crear ninguna clave.</translation>
    </message>
    <message>
        <source>Key %1: copy its JWKS and register it with the operator.</source>
        <translation>Clave %1: copie su JWKS y regístrelo en el operador.</translation>
    </message>
    <message>
        <source>The public JWKS is on the clipboard.</source>
        <translation>El JWKS público está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>nv::CompactJws</name>
    <message>
        <source>longer than %1 KiB</source>
        <translation>ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>not a compact JWS (three parts separated by dots)</source>
        <translation>no es un JWS compacto (tres partes separadas por puntos)</translation>
    </message>
    <message>
        <source>a part is not strict base64url</source>
        <translation>una parte no es base64url estricto</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>la cabecera no es un objeto JSON</translation>
    </message>
    <message>
        <source>the header lists critical extensions (crit) the console does not implement</source>
        <translation>la cabecera enumera extensiones críticas (crit) que la consola no implementa</translation>
    </message>
    <message>
        <source>a public key cannot sign</source>
        <translation>una clave pública no puede firmar</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with the %1 key</source>
        <translation>OpenSSL no pudo firmar con la clave %1</translation>
    </message>
    <message>
        <source>an ES256 signature is 64 bytes (R || S, RFC 7518 §3.4); this one is %1 bytes</source>
        <translation>una firma ES256 tiene 64 bytes (R || S, RFC 7518 §3.4); esta tiene %1 bytes</translation>
    </message>
    <message>
        <source>the %1 signature does not match the key</source>
        <translation>la firma %1 no corresponde a la clave</translation>
    </message>
</context>
<context>
    <name>nv::ConsoleStatusBar</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Id de correlación: %1</translation>
    </message>
    <message>
        <source>Correlation id: new for each run</source>
        <translation>Id de correlación: uno nuevo en cada ejecución</translation>
    </message>
    <message>
        <source>Built-in sandbox unavailable: %1</source>
        <translation>Sandbox integrado no disponible: %1</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Iniciando el sandbox integrado…</translation>
    </message>
    <message>
        <source>Sandbox running at %1 · %2 · subscriber %3</source>
        <translation>Sandbox en marcha en %1 · %2 · abonado %3</translation>
    </message>
</context>
<context>
    <name>nv::CrossDeviceDriver</name>
    <message>
        <source>No sign-in is waiting for the phone.</source>
        <translation>No hay ningún inicio de sesión esperando al teléfono.</translation>
    </message>
</context>
<context>
    <name>nv::DemoRunSettings</name>
    <message>
        <source>a run is in flight; cancel it (Esc) and open the session again.</source>
        <translation>hay una ejecución en curso; cancélela (Esc) y vuelva a abrir la sesión.</translation>
    </message>
    <message>
        <source>the sandbox has no scenario &quot;%1&quot;.</source>
        <translation>el sandbox no tiene ningún escenario «%1».</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; could not be saved: %2</source>
        <translation>no se pudo guardar el perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>nv::DemoSessionMenu</name>
    <message>
        <source>NV Console sessions (*.%1)</source>
        <translation>Sesiones de NV Console (*.%1)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open &amp;recent session</source>
        <translation>Abrir sesión &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Guardar sesión…</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>%1 was read but could not be applied: %2</source>
        <translation>Se leyó %1 pero no se pudo aplicar: %2</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>This window cannot save a session.</source>
        <translation>Esta ventana no puede guardar una sesión.</translation>
    </message>
</context>
<context>
    <name>nv::DiscoveryDocument</name>
    <message>
        <source>Type the operator&apos;s issuer URL, e.g. https://operator.example.</source>
        <translation>Escriba la URL del emisor del operador, p. ej. https://operator.example.</translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation>El emisor</translation>
    </message>
    <message>
        <source>The issuer has a query (?…), which OpenID issuers may not have.</source>
        <translation>El emisor tiene una consulta (?…), que los emisores OpenID no pueden tener.</translation>
    </message>
    <message>
        <source>The document names the issuer %1, not %2: it belongs to another operator (or something in between rewrote it), so its endpoints are not used.</source>
        <translation>El documento indica el emisor %1, no %2: pertenece a otro operador (o algo intermedio lo reescribió), así que no se usan sus endpoints.</translation>
    </message>
</context>
<context>
    <name>nv::DriverChoices</name>
    <message>
        <source>Embedded browser</source>
        <translation>Navegador integrado</translation>
    </message>
    <message>
        <source>Phone (QR code)</source>
        <translation>Teléfono (código QR)</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navegador del sistema</translation>
    </message>
    <message>
        <source>Plain HTTP (no browser)</source>
        <translation>HTTP simple (sin navegador)</translation>
    </message>
    <message>
        <source>The operator&apos;s pages open in this window, over this computer&apos;s network.</source>
        <translation>Las páginas del operador se abren en esta ventana, por la red de este equipo.</translation>
    </message>
    <message>
        <source>A phone on mobile data scans the authorize URL; the code comes back through the relay, or is pasted here. The way to reach a real operator from a laptop on Wi-Fi.</source>
        <translation>Un teléfono con datos móviles escanea la URL de autorización; el código vuelve por el relé o se pega aquí. La forma de llegar a un operador real desde un portátil en Wi-Fi.</translation>
    </message>
    <message>
        <source>The desktop&apos;s browser opens the authorize URL and comes back to a loopback redirect URI (http://127.0.0.1:PORT/…), for operators that refuse embedded browsers.</source>
        <translation>El navegador del escritorio abre la URL de autorización y vuelve a una URI de redirección local (http://127.0.0.1:PORT/…), para los operadores que rechazan los navegadores integrados.</translation>
    </message>
    <message>
        <source>Follows the redirects with plain HTTP: fast, but no page can be shown or answered.</source>
        <translation>Sigue las redirecciones con HTTP simple: rápido, pero no se puede mostrar ni responder ninguna página.</translation>
    </message>
</context>
<context>
    <name>nv::EmbeddedBrowserLoader</name>
    <message>
        <source>The embedded browser needs a graphical application; this program runs without one.</source>
        <translation>El navegador integrado necesita una aplicación gráfica; este programa funciona sin ella.</translation>
    </message>
    <message>
        <source>The embedded browser is not installed (no %1 module in %2).</source>
        <translation>El navegador integrado no está instalado (no hay ningún módulo %1 en %2).</translation>
    </message>
    <message>
        <source>The embedded browser is installed but could not be loaded: %1</source>
        <translation>El navegador integrado está instalado, pero no se pudo cargar: %1</translation>
    </message>
</context>
<context>
    <name>nv::ExchangeComparisonView</name>
    <message>
        <source>The answer beside the original</source>
        <translation>La respuesta junto a la original</translation>
    </message>
    <message>
        <source>Send the request to see its answer here, beside the original one.</source>
        <translation>Envíe la petición para ver aquí su respuesta, junto a la original.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(igual)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Headers (the same)</source>
        <translation>Cabeceras (iguales)</translation>
    </message>
    <message>
        <source>(no body on either side)</source>
        <translation>(sin cuerpo en ninguno de los lados)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Body (the same)</source>
        <translation>Cuerpo (igual)</translation>
    </message>
</context>
<context>
    <name>nv::ExchangeDetailView</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>En bruto</translation>
    </message>
    <message>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation>Seleccione un intercambio para ver sus cabeceras, cuerpos y tiempos.</translation>
    </message>
    <message>
        <source>(no body)
</source>
        <translation>(sin cuerpo)
</translation>
    </message>
    <message>
        <source>(no response: %1)
</source>
        <translation>(sin respuesta: %1)
</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Correlation id: %1
Step:           %2
Run id:         %3
Profile:        %4
Exchange id:    %5
</source>
        <translation>Id de correlación: %1
Paso:              %2
Id de ejecución:   %3
Perfil:            %4
Id de intercambio: %5
</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Started:  %1 (%2 local)
Finished: %3
Duration: %4 ms
</source>
        <translation>Inicio:   %1 (%2 local)
Fin:      %3
Duración: %4 ms
</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Error: %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Nota: %1
</translation>
    </message>
    <message>
        <source>No JWT in this exchange.
</source>
        <translation>No hay JWT en este intercambio.
</translation>
    </message>
    <message>
        <source>No JWT to decode. Tokens are replaced by a marker before they are stored; for an exchange of this session, tick &quot;Reveal secrets&quot; to decode its id_token.
</source>
        <translation>No hay JWT que decodificar. Los tokens se sustituyen por una marca antes de guardarse; para un intercambio de esta sesión, marque «Mostrar secretos» para decodificar su id_token.
</translation>
    </message>
    <message>
        <source>Header
</source>
        <translation>Cabecera
</translation>
    </message>
    <message>
        <source>Claims
</source>
        <translation>Claims
</translation>
    </message>
    <message>
        <source>Times (UTC)
</source>
        <translation>Horas (UTC)
</translation>
    </message>
    <message>
        <source>Signature present (not verified here)

</source>
        <translation>Firma presente (no verificada aquí)

</translation>
    </message>
    <message>
        <source>Unsigned

</source>
        <translation>Sin firmar

</translation>
    </message>
    <message>
        <source>Secrets revealed for this exchange: do not share this view.</source>
        <translation>Secretos visibles en este intercambio: no comparta esta vista.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <translation>JWT (%1)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Protocol:     %1
Cipher:       %2
Verification: %3
Client cert:  %4
</source>
        <translation>Protocolo:              %1
Cifrado:                %2
Verificación:           %3
Certificado de cliente: %4
</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Certificate %1
  Subject: %2
  Issuer:  %3
  Valid:   %4 to %5
  SHA-256: %6
</source>
        <translation>Certificado %1
  Sujeto:  %2
  Emisor:  %3
  Válido:  del %4 al %5
  SHA-256: %6
</translation>
    </message>
</context>
<context>
    <name>nv::FlowActionState</name>
    <message>
        <source>A step is running: wait for it or cancel it.</source>
        <translation>Hay un paso en curso: espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <source>No access token yet: run the flow (or its first three steps) first.</source>
        <translation>Aún no hay token de acceso: ejecute primero el flujo (o sus tres primeros pasos).</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>No hay nada en curso.</translation>
    </message>
</context>
<context>
    <name>nv::FlowMenu</name>
    <message>
        <source>F&amp;low</source>
        <translation>F&amp;lujo</translation>
    </message>
    <message>
        <source>&amp;Run flow</source>
        <translation>&amp;Ejecutar flujo</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>&amp;Paso siguiente</translation>
    </message>
    <message>
        <source>&amp;Verify the number</source>
        <translation>&amp;Verificar el número</translation>
    </message>
    <message>
        <source>Ask for the &amp;device phone number</source>
        <translation>Pedir el número de teléfono del &amp;dispositivo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;New flow</source>
        <translation>Flujo &amp;nuevo</translation>
    </message>
</context>
<context>
    <name>nv::FlowPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Number to verify</source>
        <translation>Número que se verifica</translation>
    </message>
    <message>
        <source>The flow, step by step</source>
        <translation>El flujo, paso a paso</translation>
    </message>
    <message>
        <source>+34666666666</source>
        <translation>+34666666666</translation>
    </message>
    <message>
        <source>Send it anyway, to see how the operator answers</source>
        <translation>Enviarlo de todos modos, para ver cómo responde el operador</translation>
    </message>
    <message>
        <source>Send hashed (hashedPhoneNumber, SHA-256)</source>
        <translation>Enviar con hash (hashedPhoneNumber, SHA-256)</translation>
    </message>
    <message>
        <source>The operator compares the hash with the SIM&apos;s number: the number itself never leaves this machine.</source>
        <translation>El operador compara el hash con el número de la SIM: el número en sí nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>Empty: a new UUID for every run</source>
        <translation>Vacío: un UUID nuevo en cada ejecución</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>Autorizar con</translation>
    </message>
    <message>
        <source>Run flow</source>
        <translation>Ejecutar flujo</translation>
    </message>
    <message>
        <source>Authorize, exchange the code and verify the number (Ctrl+R)</source>
        <translation>Autorizar, canjear el código y verificar el número (Ctrl+R)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Run only the next step, to follow the flow one step at a time (F10)</source>
        <translation>Ejecutar solo el paso siguiente, para seguir el flujo paso a paso (F10)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the step in flight (Esc)</source>
        <translation>Detener el paso en curso (Esc)</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Flujo nuevo</translation>
    </message>
    <message>
        <source>Forget this run: fresh browser session and a new correlation id (Ctrl+N)</source>
        <translation>Olvidar esta ejecución: sesión de navegador limpia y un id de correlación nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>1  Authorize</source>
        <translation>1  Autorizar</translation>
    </message>
    <message>
        <source>2  Code</source>
        <translation>2  Código</translation>
    </message>
    <message>
        <source>3  Token</source>
        <translation>3  Token</translation>
    </message>
    <message>
        <source>4  Verify</source>
        <translation>4  Verificar</translation>
    </message>
    <message>
        <source>The device opens the operator&apos;s page over its mobile data. The network recognises the SIM by the connection itself: no password, no SMS.</source>
        <translation>El dispositivo abre la página del operador con sus datos móviles. La red reconoce la SIM por la propia conexión: sin contraseña ni SMS.</translation>
    </message>
    <message>
        <source>The operator sends the browser back to the app&apos;s redirect URI with a one-time code; the console catches it and checks that the state matches.</source>
        <translation>El operador devuelve el navegador a la URI de redirección de la aplicación con un código de un solo uso; la consola lo captura y comprueba que el state coincide.</translation>
    </message>
    <message>
        <source>The app&apos;s server trades the code and its client secret for an access token that speaks for this device.</source>
        <translation>El servidor de la aplicación cambia el código y su secreto de cliente por un token de acceso que representa a este dispositivo.</translation>
    </message>
    <message>
        <source>The app sends the number with the token. The operator answers whether it is the number of the SIM that signed in.</source>
        <translation>La aplicación envía el número con el token. El operador responde si es el número de la SIM que inició sesión.</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Canjear</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Start a new run and do only the authorize step</source>
        <translation>Empezar una ejecución nueva y hacer solo el paso de autorización</translation>
    </message>
    <message>
        <source>Exchange the captured code for a token (again: a code works only once, so a second exchange shows the operator refusing it)</source>
        <translation>Canjear el código capturado por un token (otra vez: un código solo sirve una vez, así que un segundo canje muestra al operador rechazándolo)</translation>
    </message>
    <message>
        <source>Send the number to /verify with the current access token (Ctrl+Return)</source>
        <translation>Enviar el número a /verify con el token de acceso actual (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Device phone number</source>
        <translation>Número de teléfono del dispositivo</translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation>Preguntar al operador</translation>
    </message>
    <message>
        <source>GET …/device-phone-number with the current access token</source>
        <translation>GET …/device-phone-number con el token de acceso actual</translation>
    </message>
    <message>
        <source>Instead of confirming a number, the operator can say which number the SIM has. The token needs the scope number-verification:device-phone-number:read.</source>
        <translation>En lugar de confirmar un número, el operador puede decir qué número tiene la SIM. El token necesita el scope number-verification:device-phone-number:read.</translation>
    </message>
    <message>
        <source>%1 It is sent as typed.</source>
        <translation>%1 Se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Sends hashedPhoneNumber = %1</source>
        <translation>Envía hashedPhoneNumber = %1</translation>
    </message>
    <message>
        <source>Enter the number to verify, in E.164: +&lt;country code&gt;&lt;number&gt;.</source>
        <translation>Escriba el número que se verifica, en E.164: +&lt;prefijo del país&gt;&lt;número&gt;.</translation>
    </message>
    <message>
        <source>⚠ Not an E.164 number: %1. The operator would answer 400 INVALID_ARGUMENT.</source>
        <translation>⚠ No es un número E.164: %1. El operador respondería 400 INVALID_ARGUMENT.</translation>
    </message>
    <message>
        <source>not a known range (the API still accepts it)</source>
        <translation>no es un rango conocido (la API lo acepta igualmente)</translation>
    </message>
    <message>
        <source>✓ E.164</source>
        <translation>✓ E.164</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>Esta ejecución: %1</translation>
    </message>
    <message>
        <source>The correlation id sent with every call of this run</source>
        <translation>El id de correlación enviado con cada llamada de esta ejecución</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Asking the operator…</source>
        <translation>Preguntando al operador…</translation>
    </message>
    <message>
        <source>The SIM&apos;s number is %1.</source>
        <translation>El número de la SIM es %1.</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3
%4 %5</source>
        <translation>HTTP %1 %2: %3
%4 %5</translation>
    </message>
    <message>
        <source>The number without its spaces and separators, in E.164</source>
        <translation>El número sin espacios ni separadores, en E.164</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Previous run: %1 (the steps below are from it)</source>
        <translation>Ejecución anterior: %1 (los pasos de abajo son de ella)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>no region or line type: %1</source>
        <translation>sin región ni tipo de línea: %1</translation>
    </message>
</context>
<context>
    <name>nv::FlowRun</name>
    <message>
        <source>No redirect to the redirect URI within %1 s.</source>
        <translation>Ninguna redirección a la URI de redirección en %1 s.</translation>
    </message>
    <message>
        <source>The operator did not finish the authorize chain in time. It may be slow or waiting for a person on a page, or the redirect URI may not match the profile&apos;s.</source>
        <translation>El operador no terminó la cadena de autorización a tiempo. Puede ir lento o estar esperando a una persona en una página, o la URI de redirección puede no coincidir con la del perfil.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Run the flow in the embedded browser, where a person can answer the page.</source>
        <translation>Ejecute el flujo en el navegador integrado, donde una persona puede responder a la página.</translation>
    </message>
    <message>
        <source>The operator could not be reached: check the authorize URL, the network and any proxy or TLS inspection in between.</source>
        <translation>No se pudo llegar al operador: compruebe la URL de autorización, la red y cualquier proxy o inspección TLS intermedios.</translation>
    </message>
    <message>
        <source>The authorize chain stopped before reaching the redirect URI.</source>
        <translation>La cadena de autorización se detuvo antes de llegar a la URI de redirección.</translation>
    </message>
    <message>
        <source>Redirect URI reached</source>
        <translation>URI de redirección alcanzada</translation>
    </message>
    <message>
        <source>Code captured, state matches</source>
        <translation>Código capturado, el state coincide</translation>
    </message>
    <message>
        <source>No code to exchange.</source>
        <translation>No hay código que canjear.</translation>
    </message>
    <message>
        <source>Run the authorize step first.</source>
        <translation>Ejecute primero el paso de autorización.</translation>
    </message>
    <message>
        <source>POST %1</source>
        <translation>POST %1</translation>
    </message>
    <message>
        <source>The client key cannot sign: %1</source>
        <translation>La clave del cliente no puede firmar: %1</translation>
    </message>
    <message>
        <source>private_key_jwt needs the private key whose public key is registered with the operator for this client.</source>
        <translation>private_key_jwt necesita la clave privada cuya clave pública está registrada en el operador para este cliente.</translation>
    </message>
    <message>
        <source>The client assertion could not be signed: %1</source>
        <translation>No se pudo firmar la aserción del cliente: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>The operator did not accept the client assertion (%1, kid %2, aud %3, valid from %4 to %5). Check that the public key registered for client &quot;%6&quot; is the one with this kid (nv-cli key show prints it), that the operator expects this aud (the token endpoint or the issuer), and that this computer&apos;s clock is right.</source>
        <translation>El operador no aceptó la aserción del cliente (%1, kid %2, aud %3, válida de %4 a %5). Compruebe que la clave pública registrada para el cliente «%6» es la de este kid (nv-cli key show lo muestra), que el operador espera este aud (el endpoint de token o el emisor) y que el reloj de este equipo está en hora.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation>No se pudo llegar al endpoint de token.</translation>
    </message>
    <message>
        <source>No phone number to verify.</source>
        <translation>No hay número de teléfono que verificar.</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>No hay token de acceso.</translation>
    </message>
    <message>
        <source>Run the authorize and token steps first.</source>
        <translation>Ejecute primero los pasos de autorización y token.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: %2</source>
        <translation>«%1» no es un número E.164: %2</translation>
    </message>
    <message>
        <source>Enter the number as +&lt;country code&gt;&lt;number&gt;, e.g. +34666666666, or choose to send it anyway to see how the operator answers.</source>
        <translation>Escriba el número como +&lt;prefijo del país&gt;&lt;número&gt;, p. ej. +34666666666, o elija enviarlo de todos modos para ver cómo responde el operador.</translation>
    </message>
    <message>
        <source>The verify endpoint could not be reached.</source>
        <translation>No se pudo llegar al endpoint de verify.</translation>
    </message>
    <message>
        <source>The operator&apos;s answer does not follow the Number Verification API.</source>
        <translation>La respuesta del operador no sigue la API Number Verification.</translation>
    </message>
    <message>
        <source>No access token: run the authorize and token steps first.</source>
        <translation>No hay token de acceso: ejecute primero los pasos de autorización y token.</translation>
    </message>
    <message>
        <source>Cancelled by the person.</source>
        <translation>Cancelado por la persona.</translation>
    </message>
    <message>
        <source>No redirect to the redirect URI within %1 s: the operator did not answer the last request of the chain.</source>
        <translation>Ninguna redirección a la URI de redirección en %1 s: el operador no respondió a la última petición de la cadena.</translation>
    </message>
    <message>
        <source>The operator could not be reached in time: check the authorize URL, the network and any proxy or firewall in between.</source>
        <translation>No se pudo llegar al operador a tiempo: compruebe la URL de autorización, la red y cualquier proxy o cortafuegos intermedios.</translation>
    </message>
</context>
<context>
    <name>nv::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>No documentation is installed next to this build</source>
        <translation>No hay documentación instalada junto a esta compilación</translation>
    </message>
    <message>
        <source>&amp;About NV Console</source>
        <translation>&amp;Acerca de NV Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NV Console %1&lt;/h3&gt;&lt;p&gt;A test console for the CAMARA Number Verification API.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries and their licences&lt;/b&gt;&lt;br&gt;Qt 6 (Widgets, Network, WebEngine, HttpServer, Sql…): LGPL-3.0&lt;br&gt;Qt Keychain: BSD-3-Clause&lt;br&gt;OpenSSL: Apache-2.0&lt;br&gt;libphonenumber: Apache-2.0&lt;br&gt;libqrencode: LGPL-2.1-or-later&lt;br&gt;cjose, Jansson: MIT&lt;br&gt;SQLite: public domain&lt;br&gt;Chromium (inside Qt WebEngine): BSD-3-Clause and others&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NV Console %1&lt;/h3&gt;&lt;p&gt;Una consola de pruebas para la API CAMARA Number Verification.&lt;/p&gt;&lt;p&gt;Compilada con Qt %2 (se ejecuta con Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotecas y sus licencias&lt;/b&gt;&lt;br&gt;Qt 6 (Widgets, Network, WebEngine, HttpServer, Sql…): LGPL-3.0&lt;br&gt;Qt Keychain: BSD-3-Clause&lt;br&gt;OpenSSL: Apache-2.0&lt;br&gt;libphonenumber: Apache-2.0&lt;br&gt;libqrencode: LGPL-2.1-or-later&lt;br&gt;cjose, Jansson: MIT&lt;br&gt;SQLite: dominio público&lt;br&gt;Chromium (dentro de Qt WebEngine): BSD-3-Clause y otras&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About NV Console</source>
        <translation>Acerca de NV Console</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>nv::HttpClient</name>
    <message>
        <source>not sent: refused by the console</source>
        <translation>no enviado: rechazado por la consola</translation>
    </message>
</context>
<context>
    <name>nv::IdTokenCheck</name>
    <message>
        <source>Invalid: the id_token is not a readable JWS: %1.</source>
        <translation>No válido: el id_token no es un JWS legible: %1.</translation>
    </message>
    <message>
        <source>Invalid: the console cannot check %1.</source>
        <translation>No válido: la consola no puede comprobar %1.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Invalid: the signature does not match the issuer&apos;s key &quot;%1&quot; (%2). The token was altered or was not issued by this issuer.</source>
        <translation>No válido: la firma no corresponde a la clave «%1» del emisor (%2). El token se alteró o no lo emitió este emisor.</translation>
    </message>
    <message>
        <source>Valid: signed with %1 by the issuer&apos;s key &quot;%2&quot;.</source>
        <translation>Válido: firmado con %1 por la clave «%2» del emisor.</translation>
    </message>
    <message>
        <source>Not checked: the id_token is not a readable JWT (%1).</source>
        <translation>Sin comprobar: el id_token no es un JWT legible (%1).</translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation>su contenido no es un objeto JSON</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Sin comprobar: %1</translation>
    </message>
    <message>
        <source>the issuer&apos;s key set (JWKS) is not known.</source>
        <translation>no se conoce el conjunto de claves (JWKS) del emisor.</translation>
    </message>
</context>
<context>
    <name>nv::JoseKey</name>
    <message>
        <source>no key</source>
        <translation>no hay clave</translation>
    </message>
    <message>
        <source>an RSA key of %1 bits; JWS needs %2 to %3 bits</source>
        <translation>una clave RSA de %1 bits; JWS necesita de %2 a %3 bits</translation>
    </message>
    <message>
        <source>a %1 key; the console signs and verifies with RSA (RS256, PS256) and EC P-256 (ES256) keys</source>
        <translation>una clave %1; la consola firma y verifica con claves RSA (RS256, PS256) y EC P-256 (ES256)</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a %1 key</source>
        <translation>OpenSSL no pudo generar una clave %1</translation>
    </message>
    <message>
        <source>larger than %1 KiB, which no key is</source>
        <translation>ocupa más de %1 KiB, y ninguna clave ocupa tanto</translation>
    </message>
    <message>
        <source>not a PEM key (no &quot;-----BEGIN&quot; line)</source>
        <translation>no es una clave PEM (no hay línea «-----BEGIN»)</translation>
    </message>
    <message>
        <source>an encrypted (passphrase-protected) key; the console reads unencrypted PEM only: keep it in the keychain instead, or decrypt it with: openssl pkey -in KEY -out PLAIN</source>
        <translation>una clave cifrada (protegida con frase de paso); la consola solo lee PEM sin cifrar: guárdela mejor en el llavero, o descífrela con: openssl pkey -in KEY -out PLAIN</translation>
    </message>
    <message>
        <source>no key OpenSSL can read (expected &quot;BEGIN PRIVATE KEY&quot;, &quot;BEGIN RSA PRIVATE KEY&quot;, &quot;BEGIN EC PRIVATE KEY&quot; or &quot;BEGIN PUBLIC KEY&quot;)</source>
        <translation>ninguna clave que OpenSSL pueda leer (se esperaba «BEGIN PRIVATE KEY», «BEGIN RSA PRIVATE KEY», «BEGIN EC PRIVATE KEY» o «BEGIN PUBLIC KEY»)</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA de %1 bits</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
</context>
<context>
    <name>nv::Jwk</name>
    <message>
        <source>a symmetric (&quot;oct&quot;) JWK; client assertions and id_tokens are checked with RSA or EC keys only</source>
        <translation>una JWK simétrica («oct»); las aserciones de cliente y los id_token solo se comprueban con claves RSA o EC</translation>
    </message>
    <message>
        <source>a JWK whose kty is &quot;%1&quot;, not RSA or EC</source>
        <translation>una JWK cuyo kty es «%1», no RSA ni EC</translation>
    </message>
</context>
<context>
    <name>nv::JwkSet</name>
    <message>
        <source>The issuer&apos;s key &quot;%1&quot; is unusable: %2.</source>
        <translation>La clave «%1» del emisor no se puede usar: %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set (JWKS) has no keys.</source>
        <translation>El conjunto de claves (JWKS) del emisor no tiene claves.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has %1 keys, more than the %2 the console reads.</source>
        <translation>El conjunto de claves del emisor tiene %1 claves, más de las %2 que lee la consola.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(sin kid)</translation>
    </message>
    <message>
        <source>The issuer&apos;s key &quot;%1&quot; cannot check this token: %2.</source>
        <translation>La clave «%1» del emisor no puede comprobar este token: %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key with kid &quot;%1&quot; (it has: %2). The token was signed with a key the operator does not publish, or the key set is out of date.</source>
        <translation>El conjunto de claves del emisor no tiene ninguna clave con kid «%1» (tiene: %2). El token se firmó con una clave que el operador no publica, o el conjunto de claves está desactualizado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key for %1.</source>
        <translation>El conjunto de claves del emisor no tiene ninguna clave para %1.</translation>
    </message>
    <message>
        <source>The token names no kid and the issuer&apos;s key set has %1 keys for %2: the console cannot tell which one signed it (OpenID Connect Core §10.1 asks for a kid when there are several).</source>
        <translation>El token no indica kid y el conjunto de claves del emisor tiene %1 claves para %2: la consola no puede saber cuál lo firmó (OpenID Connect Core §10.1 pide un kid cuando hay varias).</translation>
    </message>
</context>
<context>
    <name>nv::JwksFetch</name>
    <message>
        <source>the operator&apos;s discovery document (%1) could not be read: %2.</source>
        <translation>no se pudo leer el documento de descubrimiento del operador (%1): %2.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the discovery document names no jwks_uri.</source>
        <translation>el documento de descubrimiento no indica ningún jwks_uri.</translation>
    </message>
    <message>
        <source>the key set at %1 could not be read: %2.</source>
        <translation>no se pudo leer el conjunto de claves en %1: %2.</translation>
    </message>
    <message>
        <source>the document at %1 is not a JWK set.</source>
        <translation>el documento en %1 no es un conjunto de JWK.</translation>
    </message>
</context>
<context>
    <name>nv::KeyFile</name>
    <message>
        <source>%1 exists and is not a regular file; not writing a key there</source>
        <translation>%1 existe y no es un archivo normal; no se escribe ahí ninguna clave</translation>
    </message>
    <message>
        <source>%1 exists; the console never overwrites a key file (choose another name or remove it first)</source>
        <translation>%1 existe; la consola nunca sobrescribe un archivo de clave (elija otro nombre o elimínelo antes)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>nv::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>NV Console will follow the system&apos;s language from its next start.</source>
        <translation>NV Console seguirá el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>NV Console will speak %1 from its next start.</source>
        <translation>NV Console usará el idioma %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The window&apos;s texts are set when it opens. Restart now to see the new language; a run in progress is cancelled.</source>
        <translation>Los textos de la ventana se fijan al abrirse. Reinicie ahora para verla en el nuevo idioma; una ejecución en curso se cancela.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>nv::LogTableModel</name>
    <message>
        <source>%1
Double-click to show only this run</source>
        <translation>%1
Doble clic para mostrar solo esta ejecución</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Host and path</source>
        <translation>Host y ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>nv::LogView</name>
    <message>
        <source>Request log</source>
        <translation>Registro de peticiones</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Id de correlación</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Esta ejecución</translation>
    </message>
    <message>
        <source>Show only the exchanges of the latest run</source>
        <translation>Mostrar solo los intercambios de la última ejecución</translation>
    </message>
    <message>
        <source>Search URL and bodies</source>
        <translation>Buscar en URL y cuerpos</translation>
    </message>
    <message>
        <source>Words are matched as word prefixes (full-text index): &quot;INVALID&quot; finds INVALID_ARGUMENT, &quot;oper&quot; finds operator.example.</source>
        <translation>Las palabras se buscan como prefijos de palabra (índice de texto completo): «INVALID» encuentra INVALID_ARGUMENT, «oper» encuentra operator.example.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Export shown rows as HAR…</source>
        <translation>Exportar las filas mostradas como HAR…</translation>
    </message>
    <message>
        <source>Export shown rows as JSON Lines…</source>
        <translation>Exportar las filas mostradas como JSON Lines…</translation>
    </message>
    <message>
        <source>Export everything as HAR…</source>
        <translation>Exportar todo como HAR…</translation>
    </message>
    <message>
        <source>Open a HAR or JSON Lines file…</source>
        <translation>Abrir un archivo HAR o JSON Lines…</translation>
    </message>
    <message>
        <source>Back to this machine&apos;s log</source>
        <translation>Volver al registro de este equipo</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Conservación…</translation>
    </message>
    <message>
        <source>Clear log…</source>
        <translation>Vaciar el registro…</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>Show the unredacted exchange. Only possible for exchanges recorded in this session; nothing secret is ever written to disk.</source>
        <translation>Mostrar el intercambio sin ocultar nada. Solo es posible con intercambios registrados en esta sesión; nada secreto se escribe nunca en el disco.</translation>
    </message>
    <message>
        <source>The list may be incomplete: %1</source>
        <translation>La lista puede estar incompleta: %1</translation>
    </message>
    <message>
        <source>The request log cannot be read: %1</source>
        <translation>No se puede leer el registro de peticiones: %1</translation>
    </message>
    <message>
        <source>This exchange is no longer in the log.</source>
        <translation>Este intercambio ya no está en el registro.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrado</numerusform>
            <numerusform>%n mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 matching</source>
        <translation>%L1 coincidentes</translation>
    </message>
    <message>
        <source>%L1 exchanges</source>
        <translation>%L1 intercambios</translation>
    </message>
    <message>
        <source>not from this session: shown redacted</source>
        <translation>no es de esta sesión: se muestra ocultado</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Copiar el id de correlación</translation>
    </message>
    <message>
        <source>Show only this correlation id</source>
        <translation>Mostrar solo este id de correlación</translation>
    </message>
    <message>
        <source>Copy as cURL (secrets revealed)</source>
        <translation>Copiar como cURL (secretos visibles)</translation>
    </message>
    <message>
        <source>Copy as cURL (redacted)</source>
        <translation>Copiar como cURL (ocultados)</translation>
    </message>
    <message>
        <source>Copy response body</source>
        <translation>Copiar el cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Export selected rows as HAR…</source>
        <translation>Exportar las filas seleccionadas como HAR…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation>Editar y reenviar…</translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>No hay nada seleccionado</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Exportar como HAR</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>Exportar como JSON Lines</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported %L1 exchanges to %2 (redacted).</source>
        <translation>Se exportaron %L1 intercambios a %2 (ocultados).</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Open a request log export</source>
        <translation>Abrir una exportación del registro de peticiones</translation>
    </message>
    <message>
        <source>HAR or JSON Lines (*.har *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>HAR o JSON Lines (*.har *.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %Ln exchanges, redacted on import. Log ▸ Back to this machine&apos;s log returns to your own.</source>
        <translation>
            <numerusform>Leyendo %1: %Ln intercambio, ocultado al importar. Registro ▸ Volver al registro de este equipo devuelve al suyo.</numerusform>
            <numerusform>Leyendo %1: %Ln intercambios, ocultados al importar. Registro ▸ Volver al registro de este equipo devuelve al suyo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request log retention</source>
        <translation>Conservación del registro de peticiones</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> exchanges</source>
        <translation> intercambios</translation>
    </message>
    <message>
        <source>Keep exchanges for</source>
        <translation>Conservar los intercambios durante</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conservar como máximo</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Vaciar el registro de peticiones</translation>
    </message>
    <message>
        <source>Delete every exchange in the request log? This cannot be undone; export first if the log is evidence.</source>
        <translation>¿Borrar todos los intercambios del registro de peticiones? No se puede deshacer; exporte antes si el registro es una prueba.</translation>
    </message>
    <message>
        <source>Filter by correlation id</source>
        <translation>Filtrar por id de correlación</translation>
    </message>
    <message>
        <source>Search the request log</source>
        <translation>Buscar en el registro de peticiones</translation>
    </message>
</context>
<context>
    <name>nv::LoopbackRedirectListener</name>
    <message>
        <source>The redirect URI %1 is not an http URI on 127.0.0.1, [::1] or localhost, so this computer cannot receive the browser&apos;s redirect.</source>
        <translation>La URI de redirección %1 no es una URI http en 127.0.0.1, [::1] ni localhost, así que este equipo no puede recibir la redirección del navegador.</translation>
    </message>
    <message>
        <source>Nothing can listen on port %1 of this computer (another program uses it?). Close that program, or register another port with the operator.</source>
        <translation>Nada puede escuchar en el puerto %1 de este equipo (¿lo usa otro programa?). Cierre ese programa o registre otro puerto en el operador.</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>Ya respondido</translation>
    </message>
    <message>
        <source>The console has had its answer.</source>
        <translation>La consola ya tiene su respuesta.</translation>
    </message>
    <message>
        <source>Not a redirect</source>
        <translation>No es una redirección</translation>
    </message>
    <message>
        <source>This address is far too long.</source>
        <translation>Esta dirección es demasiado larga.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección equivocada</translation>
    </message>
    <message>
        <source>The operator sent the browser to %1, not to the redirect URI the console waits on. Look at the console.</source>
        <translation>El operador envió el navegador a %1, no a la URI de redirección en la que espera la consola. Mire la consola.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>The console has the answer. You can close this window and go back to NV Console.</source>
        <translation>La consola tiene la respuesta. Puede cerrar esta ventana y volver a NV Console.</translation>
    </message>
</context>
<context>
    <name>nv::MainWindow</name>
    <message>
        <source>NV Console</source>
        <translation>NV Console</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;; the built-in sandbox is selected instead.</source>
        <translation>No hay ningún perfil llamado «%1»; en su lugar se selecciona el sandbox integrado.</translation>
    </message>
    <message>
        <source>Embedded browser</source>
        <translation>Navegador integrado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation>Inspector de tokens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Importar perfiles…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>&amp;Exportar perfil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Larger type, high contrast, the verdict filling its area; Ctrl+Shift+P again to leave</source>
        <translation>Letra más grande, alto contraste, el veredicto ocupando su zona; Ctrl+Mayús+P otra vez para salir</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>&amp;Buscar en el registro</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Duplicate profile</source>
        <translation>&amp;Duplicar perfil</translation>
    </message>
</context>
<context>
    <name>nv::NetworkEnvironment</name>
    <message>
        <source>CA file</source>
        <translation>el archivo de CA</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>nv::NetworkPathLabel</name>
    <message>
        <source>Network path</source>
        <translation>Camino de red</translation>
    </message>
    <message>
        <source>Checking the network path…</source>
        <translation>Comprobando el camino de red…</translation>
    </message>
    <message>
        <source>Checking how this laptop reaches the network.</source>
        <translation>Comprobando cómo llega este portátil a la red.</translation>
    </message>
    <message>
        <source>The built-in sandbox does not need this; a real operator does.</source>
        <translation>El sandbox integrado no lo necesita; un operador real sí.</translation>
    </message>
</context>
<context>
    <name>nv::NetworkSettings</name>
    <message>
        <source>The proxy &quot;%1&quot; is not of the form http://host:port.</source>
        <translation>El proxy «%1» no tiene la forma http://host:puerto.</translation>
    </message>
    <message>
        <source>The proxy URL must not carry a user name or password; give the user name in its own field and the password to the keychain.</source>
        <translation>La URL del proxy no debe llevar nombre de usuario ni contraseña; indique el nombre de usuario en su propio campo y guarde la contraseña en el llavero.</translation>
    </message>
    <message>
        <source>A client key is named but no client certificate.</source>
        <translation>Se indica una clave del cliente, pero ningún certificado de cliente.</translation>
    </message>
    <message>
        <source>proxy mode &quot;%1&quot; is not one the console knows (system, none, manual)</source>
        <translation>el modo de proxy «%1» no es uno que la consola conozca (system, none, manual)</translation>
    </message>
</context>
<context>
    <name>nv::NetworkSettingsEditor</name>
    <message>
        <source>Network: proxy, CAs, client certificate</source>
        <translation>Red: proxy, CA, certificado de cliente</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>http://proxy.example:3128</source>
        <translation>http://proxy.example:3128</translation>
    </message>
    <message>
        <source>Only if the proxy asks (407)</source>
        <translation>Solo si el proxy lo pide (407)</translation>
    </message>
    <message>
        <source>Stored apart from the profile</source>
        <translation>Se guarda aparte del perfil</translation>
    </message>
    <message>
        <source>PEM bundle, added to the system&apos;s CAs</source>
        <translation>Paquete PEM, que se añade a las CA del sistema</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Extra CAs</source>
        <translation>CA adicionales</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>Client cert</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave del cliente</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Clave del cliente (PEM)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de paso de la clave</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>frase de paso de la clave</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>in memory for this session only (no keychain is reachable)</source>
        <translation>en memoria solo durante esta sesión (no se llega a ningún llavero)</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>el llavero aún no ha respondido</translation>
    </message>
    <message>
        <source>No proxy password or key passphrase stored.</source>
        <translation>No hay guardada ninguna contraseña del proxy ni frase de paso de la clave.</translation>
    </message>
    <message>
        <source>%1 known, %2; never logged or exported.</source>
        <translation>%1: %2; nunca en el registro ni en exportaciones.</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <source>Client certificate (PEM or PKCS#12)</source>
        <translation>Certificado de cliente (PEM o PKCS#12)</translation>
    </message>
    <message>
        <source>PEM, or .p12/.pfx with its key</source>
        <translation>PEM, o .p12/.pfx con su clave</translation>
    </message>
    <message>
        <source>PEM key (none for .p12/.pfx)</source>
        <translation>Clave PEM (ninguna con .p12/.pfx)</translation>
    </message>
</context>
<context>
    <name>nv::NewProfileFromPreset</name>
    <message>
        <source>New profile from &amp;preset…</source>
        <translation>Perfil nuevo a partir de una &amp;plantilla…</translation>
    </message>
    <message>
        <source>Konera PXG v1 or v2, or a CAMARA operator read from its discovery document</source>
        <translation>Konera PXG v1 o v2, o un operador CAMARA leído de su documento de descubrimiento</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be saved: %2</source>
        <translation>No se pudo guardar el perfil «%1»: %2</translation>
    </message>
    <message>
        <source>New profile from preset</source>
        <translation>Perfil nuevo a partir de una plantilla</translation>
    </message>
</context>
<context>
    <name>nv::NumberAdviceLoader</name>
    <message>
        <source>the number advice module is not installed (no %1 in %2)</source>
        <translation>el módulo de información de números no está instalado (no hay %1 en %2)</translation>
    </message>
    <message>
        <source>the number advice module could not be loaded: %1</source>
        <translation>no se pudo cargar el módulo de información de números: %1</translation>
    </message>
</context>
<context>
    <name>nv::OperatorDiscovery</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the document.</source>
        <translation>%1 respondió HTTP %2 en lugar del documento.</translation>
    </message>
    <message>
        <source>The discovery document at %1 was refused: %2</source>
        <translation>Se rechazó el documento de descubrimiento en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JWK set {&quot;keys&quot;: [...]}: id_tokens cannot be checked.</source>
        <translation>%1 no es un conjunto de JWK {&quot;keys&quot;: [...]}: no se pueden comprobar los id_token.</translation>
    </message>
</context>
<context>
    <name>nv::PastedRedirect</name>
    <message>
        <source>The pasted text is longer than %1 characters; paste only the address from the phone&apos;s address bar.</source>
        <translation>El texto pegado tiene más de %1 caracteres; pegue solo la dirección de la barra de direcciones del teléfono.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>No se pegó nada.</translation>
    </message>
    <message>
        <source>The pasted text holds control characters; copy the address again.</source>
        <translation>El texto pegado contiene caracteres de control; copie la dirección de nuevo.</translation>
    </message>
    <message>
        <source>The profile has no valid redirect URI to check the address against.</source>
        <translation>El perfil no tiene una URI de redirección válida con la que comparar la dirección.</translation>
    </message>
</context>
<context>
    <name>nv::PendingExchange</name>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Sin respuesta en %1 s.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; the console stopped reading it.</source>
        <translation>La respuesta ocupa más de %1 MiB; la consola dejó de leerla.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The answer (HTTP %1) was cut off before its end: %2</source>
        <translation>La respuesta (HTTP %1) se cortó antes de terminar: %2</translation>
    </message>
    <message>
        <source>%1 of the %2 bytes its Content-Length promised arrived</source>
        <translation>llegaron %1 de los %2 bytes que prometía su Content-Length</translation>
    </message>
    <message>
        <source>a 401 through the proxy %1 with the proxy user &quot;%2&quot;: if this endpoint does not ask for HTTP authentication, the proxy refused the proxy password</source>
        <translation>un 401 a través del proxy %1 con el usuario del proxy «%2»: si este endpoint no pide autenticación HTTP, el proxy rechazó la contraseña del proxy</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>the proxy answered 401 Unauthorized</source>
        <translation>el proxy respondió 401 Unauthorized</translation>
    </message>
</context>
<context>
    <name>nv::PhonePane</name>
    <message>
        <source>Authorize URL for the phone</source>
        <translation>URL de autorización para el teléfono</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the authorize URL, to send it to the phone another way</source>
        <translation>Copiar la URL de autorización, para enviarla al teléfono de otro modo</translation>
    </message>
    <message>
        <source>Or paste the address the phone ended on:</source>
        <translation>O pegue la dirección en la que terminó el teléfono:</translation>
    </message>
    <message>
        <source>https://…/callback?code=…&amp;state=…  or  code=…&amp;state=…</source>
        <translation>https://…/callback?code=…&amp;state=…  o  code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Address the phone ended on</source>
        <translation>Dirección en la que terminó el teléfono</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera. The phone must use its mobile data (Wi-Fi off): the operator recognises the SIM by that connection. The answer comes back here by itself.</source>
        <translation>Escanee esto con la cámara del teléfono. El teléfono debe usar sus datos móviles (Wi-Fi desactivado): el operador reconoce la SIM por esa conexión. La respuesta vuelve aquí sola.</translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera. The phone must use its mobile data (Wi-Fi off). When the phone stops on the redirect address, paste that address below.</source>
        <translation>Escanee esto con la cámara del teléfono. El teléfono debe usar sus datos móviles (Wi-Fi desactivado). Cuando el teléfono se detenga en la dirección de redirección, pegue esa dirección abajo.</translation>
    </message>
    <message>
        <source>In the phone mode, the authorize URL appears here as a QR code for a phone on mobile data.</source>
        <translation>En el modo teléfono, la URL de autorización aparece aquí como código QR para un teléfono con datos móviles.</translation>
    </message>
    <message>
        <source>This request has expired: run the flow again for a new code.</source>
        <translation>Esta petición ha caducado: ejecute el flujo de nuevo para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation>Caduca en %1:%2</translation>
    </message>
</context>
<context>
    <name>nv::PresetDialog</name>
    <message>
        <source>New profile from a preset</source>
        <translation>Perfil nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>the client id the operator gave you (can be added later)</source>
        <translation>el id de cliente que le dio el operador (se puede añadir después)</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>What the profile will hold</source>
        <translation>Lo que contendrá el perfil</translation>
    </message>
    <message>
        <source>https://operator.example (its issuer URL)</source>
        <translation>https://operator.example (su URL de emisor)</translation>
    </message>
    <message>
        <source>Read discovery</source>
        <translation>Leer el descubrimiento</translation>
    </message>
    <message>
        <source>v1 (/number-verification/v1/verify)</source>
        <translation>v1 (/number-verification/v1/verify)</translation>
    </message>
    <message>
        <source>v2 (/number-verification/v2/verify)</source>
        <translation>v2 (/number-verification/v2/verify)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de token</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>URL de JWKS</translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation>URL de verify</translation>
    </message>
    <message>
        <source>Correlation header</source>
        <translation>Cabecera de correlación</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Type the operator&apos;s issuer and read its discovery document: the authorize, token and JWKS URLs come from there.</source>
        <translation>Escriba el emisor del operador y lea su documento de descubrimiento: de ahí salen las URL de autorización, de token y de JWKS.</translation>
    </message>
    <message>
        <source>Read the discovery document of this issuer.</source>
        <translation>Leer el documento de descubrimiento de este emisor.</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <source>Endpoints read from %1. %2</source>
        <translation>Endpoints leídos de %1. %2</translation>
    </message>
    <message>
        <source>Endpoints read from %1; its key set has %2.</source>
        <translation>Endpoints leídos de %1; su conjunto de claves tiene %2.</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 clave</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 claves</translation>
    </message>
    <message>
        <source>filled from the discovery document</source>
        <translation>rellenado a partir del documento de descubrimiento</translation>
    </message>
    <message>
        <source>none: found from the authorize URL&apos;s origin</source>
        <translation>ninguno: se deduce del origen de la URL de autorización</translation>
    </message>
    <message>
        <source>needs the issuer</source>
        <translation>necesita el emisor</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>The operator lists token authentication: %1; PKCE: %2. The profile starts with client_secret_post and PKCE S256: change them in the profile editor if the operator wants otherwise.</source>
        <translation>El operador indica como autenticación del token: %1; PKCE: %2. El perfil empieza con client_secret_post y PKCE S256: cámbielos en el editor de perfiles si el operador pide otra cosa.</translation>
    </message>
</context>
<context>
    <name>nv::Profile</name>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de token</translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation>URL de verify</translation>
    </message>
    <message>
        <source>The profile has no client ID. Built-in profiles are read-only: duplicate it and fill in your client ID.</source>
        <translation>El perfil no tiene id de cliente. Los perfiles integrados son de solo lectura: duplíquelo y rellene su id de cliente.</translation>
    </message>
    <message>
        <source>The profile has no client ID.</source>
        <translation>El perfil no tiene id de cliente.</translation>
    </message>
</context>
<context>
    <name>nv::ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make an editable copy of this profile</source>
        <translation>Hacer una copia editable de este perfil</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation>Añadir los perfiles de un archivo exportado</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this profile to a file to share; the secret is never in it</source>
        <translation>Guardar este perfil en un archivo para compartirlo; el secreto nunca va en él</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this profile and its secret in the keychain</source>
        <translation>Eliminar este perfil y su secreto del llavero</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Send a PKCE challenge (S256)</source>
        <translation>Enviar un desafío PKCE (S256)</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Endpoint de token</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>The aud of the client assertion: the token endpoint&apos;s URL (RFC 7523) or the issuer, as some operators ask</source>
        <translation>El aud de la aserción del cliente: la URL del endpoint de token (RFC 7523) o el emisor, como piden algunos operadores</translation>
    </message>
    <message>
        <source>Empty: paste the phone&apos;s last address back</source>
        <translation>Vacío: pegue de vuelta la última dirección del teléfono</translation>
    </message>
    <message>
        <source>The relay (nv-relay) whose /callback is the redirect URI registered with the operator</source>
        <translation>El relé (nv-relay) cuyo /callback es la URI de redirección registrada en el operador</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de token</translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation>URL de verify</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Login hint</source>
        <translation>Pista de inicio de sesión</translation>
    </message>
    <message>
        <source>konera_context</source>
        <translation>konera_context</translation>
    </message>
    <message>
        <source>Correlation header</source>
        <translation>Cabecera de correlación</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Token auth</source>
        <translation>Autenticación del token</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave del cliente</translation>
    </message>
    <message>
        <source>Assertion aud</source>
        <translation>aud de la aserción</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>Autorizar con</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL del relé</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s well-known secret, kept in memory for this session only (never in the keychain).</source>
        <translation>El secreto conocido del sandbox, guardado en memoria solo durante esta sesión (nunca en el llavero).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Preguntando al llavero del sistema…</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>NV Console profiles (*.json)</source>
        <translation>Perfiles de NV Console (*.json)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2, without its secret.</source>
        <translation>Se exportó «%1» a %2, sin su secreto.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>NV Console profiles (*.json);;All files (*)</source>
        <translation>Perfiles de NV Console (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>no profile in the file</source>
        <translation>no hay ningún perfil en el archivo</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter the client secret: exports never carry it.</source>
        <translation>
            <numerusform>Se importó %n perfil. Escriba el secreto de cliente: las exportaciones nunca lo llevan.</numerusform>
            <numerusform>Se importaron %n perfiles. Escriba el secreto de cliente: las exportaciones nunca lo llevan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>The change is used for this session but could not be saved: %1</source>
        <translation>El cambio se usa en esta sesión, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Escriba el secreto de cliente</translation>
    </message>
    <message>
        <source>No secret saved for this profile yet. %1.</source>
        <translation>Aún no hay ningún secreto guardado para este perfil. %1.</translation>
    </message>
    <message>
        <source>OIDC prompt on the authorize request: none (no page for the person: the operator fails rather than ask), login or consent; empty: not sent.</source>
        <translation>Prompt de OIDC en la petición de autorización: none (ninguna página para la persona: el operador falla en lugar de preguntar), login o consent; vacío: no se envía.</translation>
    </message>
    <message>
        <source>Konera extension on the authorize request: IP hints for the operator, e.g. ipv4:142.115.147.143,ipv6:2001:4860:7:f04::fe; empty: not sent.</source>
        <translation>Extensión de Konera en la petición de autorización: pistas de IP para el operador, p. ej. ipv4:142.115.147.143,ipv6:2001:4860:7:f04::fe; vacío: no se envía.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Make an editable copy</source>
        <translation>Hacer una copia editable</translation>
    </message>
    <message>
        <source>The same as Duplicate: a copy you can change and rename, with this profile&apos;s settings</source>
        <translation>Lo mismo que Duplicar: una copia que puede cambiar y renombrar, con los ajustes de este perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Built-in profiles keep their name; a copy can be renamed</source>
        <translation>Los perfiles integrados conservan su nombre; una copia se puede renombrar</translation>
    </message>
    <message>
        <source>Type a new name and press Enter to rename this profile; its secrets in the keychain move with it</source>
        <translation>Escriba un nombre nuevo y pulse Intro para renombrar este perfil; sus secretos del llavero se mueven con él</translation>
    </message>
    <message>
        <source>Built-in sandbox: an operator running inside this console. Read-only: to change anything, make an editable copy (the same as Duplicate); the copy talks to the same sandbox.</source>
        <translation>Sandbox integrado: un operador que funciona dentro de esta consola. De solo lectura: para cambiar algo, haga una copia editable (lo mismo que Duplicar); la copia habla con el mismo sandbox.</translation>
    </message>
    <message>
        <source>Built-in profile: read-only, the client ID and secret included. To run it with your own client ID and secret, make an editable copy (the same as Duplicate, or Profile → Duplicate profile): it keeps these URLs and settings, and you can rename it.</source>
        <translation>Perfil integrado: de solo lectura, incluidos el id de cliente y el secreto. Para usarlo con su propio id de cliente y secreto, haga una copia editable (lo mismo que Duplicar, o Perfil → Duplicar perfil): conserva estas URL y ajustes, y puede renombrarla.</translation>
    </message>
    <message>
        <source>None: a copy takes yours</source>
        <translation>Ninguno: una copia admite el suyo</translation>
    </message>
    <message>
        <source>A built-in profile keeps no secret. Make an editable copy to enter your client ID and secret; they are kept with the copy.</source>
        <translation>Un perfil integrado no guarda ningún secreto. Haga una copia editable para introducir su id de cliente y su secreto; se guardan con la copia.</translation>
    </message>
    <message>
        <source>A run is in progress with this profile: duplicate it once the run is over.</source>
        <translation>Hay una ejecución en curso con este perfil: duplíquelo cuando termine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an editable copy of &quot;%2&quot;. Type its new name in the Name field and press Enter to rename it.</source>
        <translation>«%1» es una copia editable de «%2». Escriba su nombre nuevo en el campo Nombre y pulse Intro para renombrarla.</translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation>No se pudo renombrar: %1</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;; its secrets moved with it.</source>
        <translation>«%1» se ha renombrado a «%2»; sus secretos se han movido con él.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and the secrets kept for it in the keychain (client secret, proxy password, key passphrase)? This cannot be undone; export it first to keep a copy.</source>
        <translation>¿Borrar el perfil &quot;%1&quot; y los secretos guardados para él en el llavero (secreto de cliente, contraseña del proxy, frase de paso de la clave)? No se puede deshacer; expórtelo antes para conservar una copia.</translation>
    </message>
</context>
<context>
    <name>nv::ProfilePresets</name>
    <message>
        <source>Konera PXG v1</source>
        <translation>Konera PXG v1</translation>
    </message>
    <message>
        <source>The operator portal&apos;s URLs: verify at /camara/api/number-verification/v1/verify, x-correlation-id, client_secret_post.</source>
        <translation>Las URL del portal del operador: verify en /camara/api/number-verification/v1/verify, x-correlation-id, client_secret_post.</translation>
    </message>
    <message>
        <source>Konera PXG v2</source>
        <translation>Konera PXG v2</translation>
    </message>
    <message>
        <source>The same gateway with the CAMARA v2 verify path, /camara/number-verification/v2/verify.</source>
        <translation>La misma pasarela con la ruta de verify de CAMARA v2, /camara/number-verification/v2/verify.</translation>
    </message>
    <message>
        <source>CAMARA operator (discovery)</source>
        <translation>Operador CAMARA (descubrimiento)</translation>
    </message>
    <message>
        <source>Any CAMARA operator: type its issuer URL and the authorize, token and JWKS URLs are read from its /.well-known/openid-configuration; x-correlator as the correlation header.</source>
        <translation>Cualquier operador CAMARA: escriba su URL de emisor y las URL de autorización, de token y de JWKS se leen de su /.well-known/openid-configuration; x-correlator como cabecera de correlación.</translation>
    </message>
    <message>
        <source>CAMARA operator</source>
        <translation>Operador CAMARA</translation>
    </message>
    <message>
        <source>CAMARA operator (%1)</source>
        <translation>Operador CAMARA (%1)</translation>
    </message>
</context>
<context>
    <name>nv::ProxyPasswordDialog</name>
    <message>
        <source>The proxy needs a password</source>
        <translation>El proxy necesita una contraseña</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>The run stopped there; give the password to run again.</source>
        <translation>La ejecución se detuvo ahí; indique la contraseña para ejecutarla de nuevo.</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory until the console closes.</source>
        <translation>Si no, se guarda en memoria hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>No keychain is reachable: the password is kept in memory for this session only, and asked for again next time.</source>
        <translation>No se llega a ningún llavero: la contraseña se guarda en memoria solo durante esta sesión y se volverá a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>nv::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>No hay nada que poner en el código QR.</translation>
    </message>
    <message>
        <source>The text holds a NUL character, which a QR code cannot carry here.</source>
        <translation>El texto contiene un carácter NUL, que aquí un código QR no puede llevar.</translation>
    </message>
    <message>
        <source>The text is %1 bytes long; a QR code holds at most %2.</source>
        <translation>El texto ocupa %1 bytes; un código QR admite como máximo %2.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code at error correction %1.</source>
        <translation>El texto es demasiado largo para un código QR con corrección de errores %1.</translation>
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation>No se pudo crear el código QR (error %1).</translation>
    </message>
</context>
<context>
    <name>nv::QrCodeView</name>
    <message>
        <source>No QR code</source>
        <translation>Sin código QR</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>No QR code is shown.</source>
        <translation>No se muestra ningún código QR.</translation>
    </message>
    <message>
        <source>QR code of the address to open on the phone: %1</source>
        <translation>Código QR de la dirección que se abre en el teléfono: %1</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, on mobile data (not Wi-Fi).</source>
        <translation>Escanee con la cámara del teléfono, con datos móviles (no Wi-Fi).</translation>
    </message>
</context>
<context>
    <name>nv::RedirectFollower</name>
    <message>
        <source>redirect chain, followed without a browser</source>
        <translation>cadena de redirecciones, seguida sin navegador</translation>
    </message>
    <message>
        <source>redirect chain, %1</source>
        <translation>cadena de redirecciones, %1</translation>
    </message>
    <message>
        <source>The authorize chain stopped: %1</source>
        <translation>La cadena de autorización se detuvo: %1</translation>
    </message>
    <message>
        <source>The authorize request to %1 failed: %2</source>
        <translation>La petición de autorización a %1 falló: %2</translation>
    </message>
    <message>
        <source>The operator answered with a page that needs a person (%1), not a redirect. Use the embedded browser (--browser offscreen in the CLI).</source>
        <translation>El operador respondió con una página que necesita a una persona (%1), no con una redirección. Use el navegador integrado (--browser offscreen en la CLI).</translation>
    </message>
    <message>
        <source>The operator answered HTTP %1 at %2 instead of redirecting.</source>
        <translation>El operador respondió HTTP %1 en %2 en lugar de redirigir.</translation>
    </message>
    <message>
        <source>HTTP %1 without a usable Location header.</source>
        <translation>HTTP %1 sin una cabecera Location utilizable.</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects without reaching the redirect URI.</source>
        <translation>Detenido tras %1 redirecciones sin llegar a la URI de redirección.</translation>
    </message>
</context>
<context>
    <name>nv::RelayPickup</name>
    <message>
        <source>No answer came back from the phone within %1 s. Start the sign-in again; check that the phone opened the QR code&apos;s address and finished on mobile data.</source>
        <translation>No llegó respuesta del teléfono en %1 s. Empiece de nuevo el inicio de sesión; compruebe que el teléfono abrió la dirección del código QR y terminó con datos móviles.</translation>
    </message>
    <message>
        <source>The relay URL must be an absolute http or https URL, e.g. https://relay.example.com.</source>
        <translation>La URL del relé debe ser una URL http o https absoluta, p. ej. https://relay.example.com.</translation>
    </message>
    <message>
        <source>The relay URL must use https (or http on a test network), not %1.</source>
        <translation>La URL del relé debe usar https (o http en una red de pruebas), no %1.</translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password.</source>
        <translation>La URL del relé no debe llevar nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The relay URL must not have a query or a fragment.</source>
        <translation>La URL del relé no debe tener consulta ni fragmento.</translation>
    </message>
    <message>
        <source>The run has no state to pick up.</source>
        <translation>La ejecución no tiene ningún state que recoger.</translation>
    </message>
    <message>
        <source>The run has no valid redirect URI.</source>
        <translation>La ejecución no tiene una URI de redirección válida.</translation>
    </message>
    <message>
        <source>relay: open the sign-in (cross-device)</source>
        <translation>relé: abrir el inicio de sesión (entre dispositivos)</translation>
    </message>
    <message>
        <source>relay: pickup (cross-device)</source>
        <translation>relé: recogida (entre dispositivos)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The relay already holds this sign-in&apos;s state for another console. Start the sign-in again to draw a new state.</source>
        <translation>El relé ya guarda el state de este inicio de sesión para otra consola. Empiece de nuevo el inicio de sesión para obtener un state nuevo.</translation>
    </message>
    <message>
        <source>The relay at %1 did not accept the sign-in: %2</source>
        <translation>El relé en %1 no aceptó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The relay no longer holds this sign-in: it expired, was collected already, or the relay restarted. Start the sign-in again.</source>
        <translation>El relé ya no guarda este inicio de sesión: caducó, ya se recogió o el relé se reinició. Empiece de nuevo el inicio de sesión.</translation>
    </message>
    <message>
        <source>Another pickup for this sign-in took over (is a second console running it?).</source>
        <translation>Otra recogida de este inicio de sesión tomó el relevo (¿lo está ejecutando una segunda consola?).</translation>
    </message>
    <message>
        <source>The relay&apos;s pickup failed: %1</source>
        <translation>La recogida del relé falló: %1</translation>
    </message>
    <message>
        <source>The relay&apos;s answer is not a pickup result (a JSON object with a code or an error).</source>
        <translation>La respuesta del relé no es un resultado de recogida (un objeto JSON con un code o un error).</translation>
    </message>
    <message>
        <source>The relay answered for another sign-in&apos;s state; the answer was refused.</source>
        <translation>El relé respondió con el state de otro inicio de sesión; se rechazó la respuesta.</translation>
    </message>
</context>
<context>
    <name>nv::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The run with correlation id &lt;tt&gt;%1&lt;/tt&gt;, as the request log holds it (redacted).</source>
        <translation>La ejecución con id de correlación &lt;tt&gt;%1&lt;/tt&gt;, tal como la guarda el registro de peticiones (ocultada).</translation>
    </message>
    <message numerus="yes">
        <source>%n runs, as the request log holds them (redacted).</source>
        <translation>
            <numerusform>%n ejecución, tal como la guarda el registro de peticiones (ocultada).</numerusform>
            <numerusform>%n ejecuciones, tal como las guarda el registro de peticiones (ocultadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un único archivo autónomo)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Light (screen and print)</source>
        <translation>Claro (pantalla e impresión)</translation>
    </message>
    <message>
        <source>Presentation (projector)</source>
        <translation>Presentación (proyector)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Elija dónde escribir el informe.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n page(s).</source>
        <translation>
            <numerusform>Escrito en %1: %n página.</numerusform>
            <numerusform>Escrito en %1: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Escrito en %1.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se escribió el informe: %1</translation>
    </message>
</context>
<context>
    <name>nv::ResendDialog</name>
    <message>
        <source>Edit and resend · exchange %1</source>
        <translation>Editar y reenviar · intercambio %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · correlation id &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · id de correlación &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La petición</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Headers, one per line (Name: value)</source>
        <translation>Cabeceras, una por línea (Nombre: valor)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>values of this session, in memory only</source>
        <translation>valores de esta sesión, solo en memoria</translation>
    </message>
    <message>
        <source>not from this session: the log&apos;s placeholders stay</source>
        <translation>no es de esta sesión: se quedan las marcas del registro</translation>
    </message>
    <message>
        <source>Send the placeholders as they are (the operator should refuse them)</source>
        <translation>Enviar las marcas tal como están (el operador debería rechazarlas)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the request as it is written here (Ctrl+Return)</source>
        <translation>Enviar la petición tal como está escrita aquí (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar la petición</translation>
    </message>
    <message>
        <source>secrets revealed: mind who sees the screen</source>
        <translation>secretos visibles: cuidado con quién ve la pantalla</translation>
    </message>
    <message numerus="yes">
        <source>The log redacted %n value(s) of this request (%1), and the console does not have them: the exchange is not from this session. Type the real values in their place, or send the placeholders as they are.</source>
        <translation>
            <numerusform>El registro ocultó %n valor de esta petición (%1), y la consola no lo tiene: el intercambio no es de esta sesión. Escriba el valor real en su lugar o envíe las marcas tal como están.</numerusform>
            <numerusform>El registro ocultó %n valores de esta petición (%1), y la consola no los tiene: el intercambio no es de esta sesión. Escriba los valores reales en su lugar o envíe las marcas tal como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>The method must be one word, such as GET or POST.</source>
        <translation>El método debe ser una sola palabra, como GET o POST.</translation>
    </message>
    <message>
        <source>The URL must be an http or https address.</source>
        <translation>La URL debe ser una dirección http o https.</translation>
    </message>
    <message>
        <source>Header line %1 is not &quot;Name: value&quot;.</source>
        <translation>La línea de cabecera %1 no es «Nombre: valor».</translation>
    </message>
    <message>
        <source>Some values are still the log&apos;s placeholders; type them, or choose to send the placeholders as they are.</source>
        <translation>Algunos valores siguen siendo marcas del registro; escríbalos o elija enviar las marcas tal como están.</translation>
    </message>
    <message>
        <source>Waiting for the answer of %1…</source>
        <translation>Esperando la respuesta de %1…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>Recorded as exchange %1 (step manual, correlation id %2).</source>
        <translation>Registrado como intercambio %1 (paso manual, id de correlación %2).</translation>
    </message>
    <message>
        <source>Not recorded: the log is off.</source>
        <translation>No registrado: el registro está desactivado.</translation>
    </message>
    <message>
        <source>No answer. %1 %2</source>
        <translation>Sin respuesta. %1 %2</translation>
    </message>
    <message>
        <source>Answered %1, in %2 ms. %3</source>
        <translation>Respondió %1, en %2 ms. %3</translation>
    </message>
</context>
<context>
    <name>nv::ResultPanel</name>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>La autorización falló</translation>
    </message>
    <message>
        <source>Token exchange failed</source>
        <translation>El canje del token falló</translation>
    </message>
    <message>
        <source>Operator error</source>
        <translation>Error del operador</translation>
    </message>
    <message>
        <source>Could not reach the operator</source>
        <translation>No se pudo llegar al operador</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aún no hay ninguna ejecución</translation>
    </message>
    <message>
        <source>Enter a phone number and press Run flow, or Next step to go one step at a time. The verdict appears here.</source>
        <translation>Escriba un número de teléfono y pulse Ejecutar flujo, o Paso siguiente para avanzar paso a paso. El veredicto aparece aquí.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Asking the operator whether %1 is the number of the SIM in this device.</source>
        <translation>Preguntando al operador si %1 es el número de la SIM de este dispositivo.</translation>
    </message>
    <message>
        <source>Assessed by the operator at %1</source>
        <translation>Evaluado por el operador el %1</translation>
    </message>
    <message>
        <source>The operator did not say when it assessed the number.</source>
        <translation>El operador no dijo cuándo evaluó el número.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>%1 is the number of the SIM in this device.</source>
        <translation>%1 es el número de la SIM de este dispositivo.</translation>
    </message>
    <message>
        <source>The operator recognised the device on its network and confirms the number without an SMS.</source>
        <translation>El operador reconoció el dispositivo en su red y confirma el número sin SMS.</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>%1 is not the number of the SIM in this device.</source>
        <translation>%1 no es el número de la SIM de este dispositivo.</translation>
    </message>
    <message>
        <source>The operator identified the device, and it belongs to another number.</source>
        <translation>El operador identificó el dispositivo, y pertenece a otro número.</translation>
    </message>
    <message>
        <source>Check the number for a typo, or whether the device uses another SIM.</source>
        <translation>Compruebe si el número tiene una errata o si el dispositivo usa otra SIM.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>At the %1 step the operator said: %2</source>
        <translation>En el paso %1 el operador dijo: %2</translation>
    </message>
    <message>
        <source>When the run started: %1</source>
        <translation>Cuando empezó la ejecución: %1</translation>
    </message>
    <message>
        <source>Nothing was sent to the operator for this attempt; the previous run&apos;s verdict was cleared.</source>
        <translation>No se envió nada al operador en este intento; se borró el veredicto de la ejecución anterior.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
</context>
<context>
    <name>nv::RunPresenter</name>
    <message>
        <source>Step 3 of 4</source>
        <translation>Paso 3 de 4</translation>
    </message>
    <message>
        <source>Token: the code and the client secret go to the token endpoint.</source>
        <translation>Token: el código y el secreto de cliente van al endpoint de token.</translation>
    </message>
    <message>
        <source>Step 1 of 4</source>
        <translation>Paso 1 de 4</translation>
    </message>
    <message>
        <source>Authorize: the operator&apos;s page opens in the embedded browser and the network recognises the SIM.</source>
        <translation>Autorizar: la página del operador se abre en el navegador integrado y la red reconoce la SIM.</translation>
    </message>
    <message>
        <source>Network path: %1</source>
        <translation>Camino de red: %1</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Esperando al teléfono</translation>
    </message>
    <message>
        <source>Scan the QR code with a phone on mobile data. The operator recognises the SIM by that connection.</source>
        <translation>Escanee el código QR con un teléfono con datos móviles. El operador reconoce la SIM por esa conexión.</translation>
    </message>
    <message>
        <source>The phone&apos;s answer is here: the code went on to the token step.</source>
        <translation>La respuesta del teléfono está aquí: el código pasó al paso de token.</translation>
    </message>
    <message>
        <source>The authorize URL is open in your default browser.
The console waits for it to come back to %1.</source>
        <translation>La URL de autorización está abierta en su navegador predeterminado.
La consola espera a que vuelva a %1.</translation>
    </message>
    <message>
        <source>The operator shows a page and waits for an answer: answer it here to continue.</source>
        <translation>El operador muestra una página y espera una respuesta: respóndala aquí para continuar.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperándole a usted</translation>
    </message>
    <message>
        <source>The operator&apos;s page in the embedded browser needs an answer (e.g. Allow) before the flow can go on.</source>
        <translation>La página del operador en el navegador integrado necesita una respuesta (p. ej. Permitir) antes de que el flujo pueda seguir.</translation>
    </message>
    <message>
        <source>Enter the phone number to verify first.</source>
        <translation>Escriba primero el número de teléfono que se verifica.</translation>
    </message>
    <message>
        <source>Not sent: &quot;%1&quot; is not an E.164 number (%2).</source>
        <translation>No enviado: «%1» no es un número E.164 (%2).</translation>
    </message>
    <message>
        <source>Not started: &quot;%1&quot; is not an E.164 number (%2). Correct it, or tick &quot;Send it anyway&quot;.</source>
        <translation>No iniciado: «%1» no es un número E.164 (%2). Corríjalo o marque «Enviarlo de todos modos».</translation>
    </message>
    <message>
        <source>The built-in sandbox is still starting; the run begins as soon as it is ready.</source>
        <translation>El sandbox integrado aún está arrancando; la ejecución empieza en cuanto esté listo.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>El sandbox integrado no pudo arrancar: %1</translation>
    </message>
    <message>
        <source>Not started: this profile&apos;s private key is not in this computer&apos;s keychain. Make or import one in the Client key row.</source>
        <translation>No iniciado: la clave privada de este perfil no está en el llavero de este equipo. Cree o importe una en la fila Clave del cliente.</translation>
    </message>
    <message>
        <source>Not started: this profile has no client secret. Enter it in the Client secret field.</source>
        <translation>No iniciado: este perfil no tiene secreto de cliente. Escríbalo en el campo Secreto de cliente.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>No iniciado: %1</translation>
    </message>
    <message>
        <source>Step 2 of 4 done</source>
        <translation>Paso 2 de 4 hecho</translation>
    </message>
    <message>
        <source>The code is caught. Next step: exchange it for a token (F10).</source>
        <translation>El código está capturado. Paso siguiente: canjearlo por un token (F10).</translation>
    </message>
    <message>
        <source>Step 3 of 4 done</source>
        <translation>Paso 3 de 4 hecho</translation>
    </message>
    <message>
        <source>The access token is here (see the token inspector). Next step: verify the number (F10).</source>
        <translation>El token de acceso está aquí (véase el inspector de tokens). Paso siguiente: verificar el número (F10).</translation>
    </message>
    <message>
        <source>The operator sent the browser back to the redirect URI with a code.
The browser&apos;s part of the flow is done.</source>
        <translation>El operador devolvió el navegador a la URI de redirección con un código.
La parte del flujo que toca al navegador está hecha.</translation>
    </message>
    <message>
        <source>The operator sent the browser back to the redirect URI without a code:
%1</source>
        <translation>El operador devolvió el navegador a la URI de redirección sin código:
%1</translation>
    </message>
    <message>
        <source>Stopped at the %1 step.</source>
        <translation>Detenido en el paso %1.</translation>
    </message>
    <message>
        <source>The chain stopped%1 without reaching the redirect URI %2.
%3</source>
        <translation>La cadena se detuvo%1 sin llegar a la URI de redirección %2.
%3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Not started: %1 Choose another way in &quot;Authorize with&quot; (plain HTTP, the system browser or a phone).</source>
        <translation>No iniciado: %1 Elija otra forma en «Autorizar con» (HTTP simple, el navegador del sistema o un teléfono).</translation>
    </message>
    <message>
        <source>The run was cancelled: its operator page was closed. Run the flow again for a new one.</source>
        <translation>Se canceló la ejecución: se cerró su página del operador. Ejecute el flujo de nuevo para empezar otra.</translation>
    </message>
</context>
<context>
    <name>nv::RunSession</name>
    <message>
        <source>With the relay %1, the redirect URI registered with the operator must be its callback, %2; the profile has %3.</source>
        <translation>Con el relé %1, la URI de redirección registrada en el operador debe ser su callback, %2; el perfil tiene %3.</translation>
    </message>
    <message>
        <source>the profile names no client key (its kid)</source>
        <translation>el perfil no indica ninguna clave del cliente (su kid)</translation>
    </message>
    <message>
        <source>Not checked: the operator issued no id_token (the scope did not ask for openid).</source>
        <translation>Sin comprobar: el operador no emitió ningún id_token (el scope no pedía openid).</translation>
    </message>
</context>
<context>
    <name>nv::SandboxScenario</name>
    <message>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>The network identifies the subscriber; verify answers true for the subscriber&apos;s number and false for any other.</source>
        <translation>La red identifica al abonado; verify responde true para el número del abonado y false para cualquier otro.</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>No coincide</translation>
    </message>
    <message>
        <source>The device is on another line: the flow completes and verify answers false.</source>
        <translation>El dispositivo está en otra línea: el flujo termina y verify responde false.</translation>
    </message>
    <message>
        <source>Not on the mobile network (403 on verify)</source>
        <translation>Fuera de la red móvil (403 en verify)</translation>
    </message>
    <message>
        <source>The request came over Wi-Fi: the flow completes but verify answers 403 NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK.</source>
        <translation>La petición llegó por Wi-Fi: el flujo termina, pero verify responde 403 NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK.</translation>
    </message>
    <message>
        <source>Not on the mobile network (access_denied)</source>
        <translation>Fuera de la red móvil (access_denied)</translation>
    </message>
    <message>
        <source>The request came over Wi-Fi: the authorization redirect carries error=access_denied.</source>
        <translation>La petición llegó por Wi-Fi: la redirección de autorización lleva error=access_denied.</translation>
    </message>
    <message>
        <source>Consent page</source>
        <translation>Página de consentimiento</translation>
    </message>
    <message>
        <source>The operator shows a consent page that the person must allow; deny gives error=access_denied.</source>
        <translation>El operador muestra una página de consentimiento que la persona debe permitir; denegar da error=access_denied.</translation>
    </message>
    <message>
        <source>Slow operator</source>
        <translation>Operador lento</translation>
    </message>
    <message>
        <source>Every hop and every API call answers late (the configured delays, or 2 s each).</source>
        <translation>Cada salto y cada llamada a la API responden tarde (los retardos configurados, o 2 s cada uno).</translation>
    </message>
    <message>
        <source>Operator unreachable</source>
        <translation>Operador inalcanzable</translation>
    </message>
    <message>
        <source>The operator closes every connection without an answer.</source>
        <translation>El operador cierra todas las conexiones sin responder.</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>Límite de peticiones (429)</translation>
    </message>
    <message>
        <source>The API answers 429 TOO_MANY_REQUESTS with Retry-After.</source>
        <translation>La API responde 429 TOO_MANY_REQUESTS con Retry-After.</translation>
    </message>
    <message>
        <source>Server error (500)</source>
        <translation>Error del servidor (500)</translation>
    </message>
    <message>
        <source>The API answers 500 INTERNAL.</source>
        <translation>La API responde 500 INTERNAL.</translation>
    </message>
    <message>
        <source>Unavailable (503)</source>
        <translation>No disponible (503)</translation>
    </message>
    <message>
        <source>The API answers 503 UNAVAILABLE with Retry-After.</source>
        <translation>La API responde 503 UNAVAILABLE con Retry-After.</translation>
    </message>
    <message>
        <source>Token expires early</source>
        <translation>El token caduca antes de tiempo</translation>
    </message>
    <message>
        <source>The access token dies long before its expires_in: verify answers 401 UNAUTHENTICATED after a few seconds.</source>
        <translation>El token de acceso deja de valer mucho antes de su expires_in: verify responde 401 UNAUTHENTICATED al cabo de unos segundos.</translation>
    </message>
    <message>
        <source>Single-use token</source>
        <translation>Token de un solo uso</translation>
    </message>
    <message>
        <source>The access token is good for one API call (the next CAMARA rule): a second call answers 401 UNAUTHENTICATED.</source>
        <translation>El token de acceso sirve para una sola llamada a la API (la próxima regla de CAMARA): una segunda llamada responde 401 UNAUTHENTICATED.</translation>
    </message>
    <message>
        <source>Missing scope</source>
        <translation>Falta el scope</translation>
    </message>
    <message>
        <source>The operator grants the token without number-verification:verify: verify answers 403 PERMISSION_DENIED.</source>
        <translation>El operador concede el token sin number-verification:verify: verify responde 403 PERMISSION_DENIED.</translation>
    </message>
    <message>
        <source>Echo secrets (test only)</source>
        <translation>Devolver secretos (solo pruebas)</translation>
    </message>
    <message>
        <source>The token endpoint answers 400 with the client secret and the code it received in the body (JSON, or an HTML page) and in an x-debug-echo header: for testing that a console redacts them.</source>
        <translation>El endpoint de token responde 400 con el secreto de cliente y el código que recibió en el cuerpo (JSON o una página HTML) y en una cabecera x-debug-echo: para probar que una consola los oculta.</translation>
    </message>
    <message>
        <source>Correlator not echoed</source>
        <translation>Correlator no devuelto</translation>
    </message>
    <message>
        <source>The API answers without the x-correlator / x-correlation-id it was sent.</source>
        <translation>La API responde sin el x-correlator / x-correlation-id que se le envió.</translation>
    </message>
    <message>
        <source>Correlator mismatch</source>
        <translation>Correlator distinto</translation>
    </message>
    <message>
        <source>The API answers with another x-correlator / x-correlation-id than the one it was sent.</source>
        <translation>La API responde con un x-correlator / x-correlation-id distinto del que se le envió.</translation>
    </message>
</context>
<context>
    <name>nv::ScenarioBar</name>
    <message>
        <source>Sandbox scenario</source>
        <translation>Escenario del sandbox</translation>
    </message>
</context>
<context>
    <name>nv::SecretStore</name>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keychain is reachable: the secret is kept in memory for this session only and will be asked again next time</source>
        <translation>No se llega a ningún llavero del sistema: el secreto se guarda en memoria solo durante esta sesión y se volverá a pedir la próxima vez</translation>
    </message>
    <message>
        <source>The system keychain has not been asked yet</source>
        <translation>Aún no se ha preguntado al llavero del sistema</translation>
    </message>
</context>
<context>
    <name>nv::SystemBrowserDriver</name>
    <message>
        <source>opened in the system browser; its hops are not visible to the console</source>
        <translation>abierto en el navegador del sistema; la consola no ve sus saltos</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer (xdg-open or the desktop&apos;s default browser). Copy the authorize URL into a browser, or use the embedded browser.</source>
        <translation>No se pudo abrir ningún navegador web en este equipo (xdg-open o el navegador predeterminado del escritorio). Copie la URL de autorización en un navegador o use el navegador integrado.</translation>
    </message>
    <message>
        <source>the browser came back to the console&apos;s loopback listener</source>
        <translation>el navegador volvió al receptor local de la consola</translation>
    </message>
    <message>
        <source>The browser came back to %1, not to the redirect URI&apos;s path %2: the redirect URI registered with the operator differs from the profile&apos;s.</source>
        <translation>El navegador volvió a %1, no a la ruta %2 de la URI de redirección: la URI de redirección registrada en el operador no es la del perfil.</translation>
    </message>
</context>
<context>
    <name>nv::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>nv::TokenInspector</name>
    <message>
        <source>Code and tokens</source>
        <translation>Código y tokens</translation>
    </message>
    <message>
        <source>Reveal values</source>
        <translation>Mostrar valores</translation>
    </message>
    <message>
        <source>Show the values whole, e.g. to paste into another tool. They are never written to disk.</source>
        <translation>Mostrar los valores enteros, p. ej. para pegarlos en otra herramienta. Nunca se escriben en el disco.</translation>
    </message>
    <message>
        <source>id_token</source>
        <translation>id_token</translation>
    </message>
    <message>
        <source>Authentication methods: the operator&apos;s own evidence of how it recognised the device (network-based authentication)</source>
        <translation>Métodos de autenticación: la prueba del propio operador de cómo reconoció el dispositivo (autenticación basada en la red)</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole %1 to the clipboard</source>
        <translation>Copiar %1 entero al portapapeles</translation>
    </message>
    <message>
        <source>– no id_token yet</source>
        <translation>– aún no hay id_token</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>ninguno (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>no emitido</translation>
    </message>
    <message>
        <source>not given: the token&apos;s lifetime is unknown</source>
        <translation>no indicado: no se sabe cuánto dura el token</translation>
    </message>
    <message>
        <source>not stated by the operator (RFC 6749: then it is the scope asked for)
asked: %1</source>
        <translation>el operador no lo indica (RFC 6749: entonces es el scope pedido)
pedido: %1</translation>
    </message>
    <message>
        <source>granted: %1</source>
        <translation>concedido: %1</translation>
    </message>
    <message>
        <source>
= every scope asked for</source>
        <translation>
= todos los scopes pedidos</translation>
    </message>
    <message>
        <source>
asked but not granted: %1</source>
        <translation>
pedido pero no concedido: %1</translation>
    </message>
    <message>
        <source>
granted without being asked: %1</source>
        <translation>
concedido sin pedirlo: %1</translation>
    </message>
    <message>
        <source>%1 s · expired %2 ago: a new flow is needed for another call</source>
        <translation>%1 s · caducó hace %2: hace falta un flujo nuevo para otra llamada</translation>
    </message>
    <message>
        <source>%1 s · expires in %2</source>
        <translation>%1 s · caduca en %2</translation>
    </message>
    <message>
        <source>… checking against the issuer&apos;s keys (JWKS)</source>
        <translation>… comprobando con las claves del emisor (JWKS)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>claims</translation>
    </message>
    <message>
        <source>client assertion (sent), header</source>
        <translation>aserción del cliente (enviada), cabecera</translation>
    </message>
    <message>
        <source>client assertion (sent), claims</source>
        <translation>aserción del cliente (enviada), claims</translation>
    </message>
</context>
<context>
    <name>nv::Translations</name>
    <message>
        <source>English</source>
        <comment>the name of this catalogue&apos;s language, written in itself</comment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>nv::TransportFailure</name>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS: %1 closed the connection without answering; it may not trust the client certificate that was offered.</source>
        <translation>TLS: %1 cerró la conexión sin responder; puede que no confíe en el certificado de cliente que se le ofreció.</translation>
    </message>
    <message>
        <source>TLS: %1 closed the connection without answering. A server that requires a client certificate does this when none is offered: give one with --client-cert and --client-key (or in the profile).</source>
        <translation>TLS: %1 cerró la conexión sin responder. Un servidor que exige un certificado de cliente lo hace cuando no se le ofrece ninguno: indique uno con --client-cert y --client-key (o en el perfil).</translation>
    </message>
    <message>
        <source>TLS: the handshake with %1 failed. The server may require a client certificate (--client-cert, --client-key), or accept no protocol or cipher this console offers.</source>
        <translation>TLS: falló la negociación con %1. Puede que el servidor exija un certificado de cliente (--client-cert, --client-key) o que no acepte ningún protocolo ni cifrado de los que ofrece esta consola.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (407). Give the proxy user in the profile (--proxy-user) and its password to the keychain (--proxy-password-env).</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña (407). Indique el usuario del proxy en el perfil (--proxy-user) y guarde su contraseña en el llavero (--proxy-password-env).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be reached or closed the connection; check its address, or choose &quot;none&quot; or &quot;system&quot;.</source>
        <translation>No se pudo llegar al proxy %1 o este cerró la conexión; compruebe su dirección o elija «none» o «system».</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials given: the user name &quot;%2&quot; or its password is wrong. Check both; the password comes from the keychain or --proxy-password-env.</source>
        <translation>El proxy %1 rechazó las credenciales indicadas: el nombre de usuario «%2» o su contraseña es incorrecto. Compruebe ambos; la contraseña viene del llavero o de --proxy-password-env.</translation>
    </message>
    <message>
        <source>The proxy %1 would not open a connection to %2. With the user name &quot;%3&quot; given, the usual cause is that it refused the credentials (some proxies answer a wrong password with 401 instead of 407): check the user name and its password (the keychain or --proxy-password-env).</source>
        <translation>El proxy %1 no quiso abrir una conexión con %2. Con el nombre de usuario &quot;%3&quot; indicado, la causa habitual es que rechazó las credenciales (algunos proxies responden a una contraseña incorrecta con 401 en lugar de 407): compruebe el nombre de usuario y su contraseña (el llavero o --proxy-password-env).</translation>
    </message>
    <message>
        <source>The proxy %1 would not open a connection to %2: it may need a user name and password (--proxy-user, --proxy-password-env), or refuse that host or port.</source>
        <translation>El proxy %1 no quiso abrir una conexión con %2: puede necesitar un nombre de usuario y una contraseña (--proxy-user, --proxy-password-env), o rechazar ese host o puerto.</translation>
    </message>
</context>
<context>
    <name>nv::UiStyle</name>
    <message>
        <source>%1••• (%2 characters)</source>
        <translation>%1••• (%2 caracteres)</translation>
    </message>
</context>
<context>
    <name>nv::UrlPolicy</name>
    <message>
        <source>The URL is empty; the console fetches only https and http URLs.</source>
        <translation>La URL está vacía; la consola solo descarga URL https y http.</translation>
    </message>
    <message>
        <source>The URL %1 is not valid (%2).</source>
        <translation>La URL %1 no es válida (%2).</translation>
    </message>
    <message>
        <source>The URL %1 has no scheme; the console fetches only https and http URLs.</source>
        <translation>La URL %1 no tiene esquema; la consola solo descarga URL https y http.</translation>
    </message>
    <message>
        <source>The console fetches only https and http URLs; %1 uses %2:, which could read local files or content that no server sent, so it was refused.</source>
        <translation>La consola solo descarga URL https y http; %1 usa %2:, que podría leer archivos locales o contenido que ningún servidor envió, así que se rechazó.</translation>
    </message>
    <message>
        <source>The URL %1 names no host.</source>
        <translation>La URL %1 no indica ningún host.</translation>
    </message>
</context>
<context>
    <name>nv::WindowTakeaways</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The current run as a PDF or a self-contained HTML file</source>
        <translation>La ejecución actual como PDF o como un único archivo HTML autónomo</translation>
    </message>
    <message>
        <source>Edit and resend the selected e&amp;xchange…</source>
        <translation>&amp;Editar y reenviar el intercambio seleccionado…</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Select an exchange in the request log first, then choose Edit and resend again (or use the row&apos;s context menu).</source>
        <translation>Seleccione primero un intercambio en el registro de peticiones y vuelva a elegir Editar y reenviar (o use el menú contextual de la fila).</translation>
    </message>
    <message>
        <source>There is no run to report yet. Run the flow, or select an exchange of an earlier run in the request log.</source>
        <translation>Aún no hay ninguna ejecución de la que informar. Ejecute el flujo o seleccione un intercambio de una ejecución anterior en el registro de peticiones.</translation>
    </message>
</context>
</TS>
