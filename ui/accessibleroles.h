#pragma once
// Roles that Qt's default accessible for a plain QWidget (Client, "filler" on AT-SPI) gets wrong:
// the QR code is an image, the announcer a notification. One factory, installed once, before
// either is first asked for.

namespace Ui {

void ensureAccessibleRoles();

} // namespace Ui
