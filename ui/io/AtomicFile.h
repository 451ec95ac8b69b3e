#pragma once
// The one way the GUI writes a file: saves, recovery copies, exports, the
// report and the headless render all come through here.

#include <QByteArray>
#include <QString>

namespace leverboard::ui::io {

// Writes bytes to path through QSaveFile: the target is replaced whole or
// left untouched (a symbolic link keeps pointing at the file it names, which
// keeps its permissions), and no temporary file is left behind either way.
// On failure returns false with `cause` as the OS gives it ("No space left
// on device", "Permission denied"), never Qt's "Unknown error"; the caller
// puts the cause into its own sentence.
[[nodiscard]] bool writeAtomically(const QString& path, const QByteArray& bytes, QString* cause);

}  // namespace leverboard::ui::io
