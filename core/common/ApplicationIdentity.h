#pragma once

namespace nv {

// The application's name, organisation and version, set the same way by every executable and
// test: the settings file, the profile store and the log's default location derive from them.
void setApplicationIdentity();

} // namespace nv
