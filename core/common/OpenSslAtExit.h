#pragma once

namespace nv {

// Keeps OpenSSL from freeing its global state in an atexit handler. Call it first in main(),
// before anything uses OpenSSL (the first initialisation decides).
//
// Why: Qt's HTTP thread (one per QNetworkAccessManager) makes the TLS contexts, and OpenSSL
// gives that thread a random generator of its own, freed by a thread-exit hook (a pthread key
// destructor) when the thread ends. Deleting the manager stops the thread, but
// QThread::wait() returns once the thread's run has finished, before its pthread key
// destructors have run (Qt 6.4 does not join the thread). A command-line run returns from
// main() right after: OpenSSL's atexit clean-up then deletes its thread keys while that thread
// is still on its way out, the thread's hook never runs, and its generator is lost (a leak
// report under LeakSanitizer, nothing worse). OpenSSL's clean-up assumes every thread that used
// it has ended; a process cannot make sure of that for a thread it does not own. Without the
// atexit clean-up the thread frees its own state as it ends, and whatever is still held at
// exit is released with the process, as for any program.
void keepOpenSslStateUntilExit();

} // namespace nv
