#pragma once

namespace nv {

// Tells AuthorizeDriverFactory how to make an embedded-browser driver (WebEngineCapture).
// Called once by a front end that ships the browser engine; nothing of the engine is loaded
// until a run asks for a driver.
void registerEmbeddedBrowser();

} // namespace nv
