// EmbeddedBrowserLoader::prepareApplication(), for the programs that link Qt GUI (the window,
// the tests): in nvbrowsergraphics, in a file of its own so that nv-cli's graphics module, which
// takes EmbeddedBrowserGraphics alone, does not take the loader with it.
#include "EmbeddedBrowserGraphics.h"
#include "EmbeddedBrowserLoader.h"

namespace nv {

void EmbeddedBrowserLoader::prepareApplication()
{
    EmbeddedBrowserGraphics::prepareApplication();
    setGraphicsPreparation(&EmbeddedBrowserGraphics::prepareGraphics);
}

} // namespace nv
