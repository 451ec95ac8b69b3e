#pragma once
// Thin wrappers over QMessageBox and QFileDialog with test seams, after
// KeePassXC: a GUI test scripts the next answer or file name and the modal
// never opens, so tests never block and never depend on window focus. In
// normal use (nothing scripted) the real dialogs are shown.

#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace leverboard::ui {

class MessageBox {
public:
    // What a message said, kept for tests (the last kHistoryLength only).
    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QString all() const;  // every part joined, for "names the problem" checks
    };

    // A modal question or notice; returns the button pressed.
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, const QString& informativeText,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    // A modal error with an OK button.
    static void critical(QWidget* parent, const QString& title, const QString& text,
                         const QString& informativeText = {});
    // A non-modal notice with optional details; returns at once.
    static void notify(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       const QString& detailedText = {});

    // ---- Test seams -------------------------------------------------------
    // Queues the answer of the next modal; each modal consumes one answer.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static int pendingAnswers();
    static void clearPendingAnswers();
    static QList<Shown> history();
    static void clearHistory();

    static constexpr int kHistoryLength = 32;
};

class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    // `defaultSuffix` (no dot) is added by the dialog when the name has none,
    // before it asks whether to replace an existing file.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& path,
                                   const QString& filter, const QString& defaultSuffix);

    // ---- Test seam ----------------------------------------------------------
    // The next file dialog returns this name without opening; an empty name
    // means the user cancelled.
    static void setNextFileName(const QString& fileName);
    static bool hasPendingFileName();
};

}  // namespace leverboard::ui
