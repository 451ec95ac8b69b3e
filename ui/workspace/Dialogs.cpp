#include "workspace/Dialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QQueue>
#include <optional>
#include <utility>

namespace leverboard::ui {

namespace {

QQueue<QMessageBox::StandardButton>& scriptedAnswers() {
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}

QList<MessageBox::Shown>& shownMessages() {
    static QList<MessageBox::Shown> shown;
    return shown;
}

std::optional<QString>& scriptedFileName() {
    static std::optional<QString> fileName;
    return fileName;
}

void record(const MessageBox::Shown& message) {
    auto& shown = shownMessages();
    shown.append(message);
    while (shown.size() > MessageBox::kHistoryLength) shown.removeFirst();
}

}  // namespace

QString MessageBox::Shown::all() const {
    QStringList parts{title, text};
    if (!informativeText.isEmpty()) parts << informativeText;
    if (!detailedText.isEmpty()) parts << detailedText;
    return parts.join(QLatin1Char('\n'));
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, const QString& informativeText,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton) {
    record({icon, title, text, informativeText, {}});
    if (!scriptedAnswers().isEmpty()) return scriptedAnswers().dequeue();

    QMessageBox box(icon, title, text, buttons, parent);
    box.setInformativeText(informativeText);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                          const QString& informativeText) {
    show(parent, QMessageBox::Critical, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::notify(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                        const QString& detailedText) {
    record({icon, title, text, {}, detailedText});
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setDetailedText(detailedText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->show();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { scriptedAnswers().enqueue(answer); }
int MessageBox::pendingAnswers() { return int(scriptedAnswers().size()); }
void MessageBox::clearPendingAnswers() { scriptedAnswers().clear(); }
QList<MessageBox::Shown> MessageBox::history() { return shownMessages(); }
void MessageBox::clearHistory() { shownMessages().clear(); }

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter) {
    if (auto& next = scriptedFileName(); next) return *std::exchange(next, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& path,
                                    const QString& filter, const QString& defaultSuffix) {
    if (auto& next = scriptedFileName(); next) return *std::exchange(next, std::nullopt);
    QFileDialog dialog(parent, caption, QFileInfo(path).absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    if (!QFileInfo(path).fileName().isEmpty()) dialog.selectFile(QFileInfo(path).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    return dialog.selectedFiles().constFirst();
}

void FileDialog::setNextFileName(const QString& fileName) { scriptedFileName() = fileName; }
bool FileDialog::hasPendingFileName() { return scriptedFileName().has_value(); }

}  // namespace leverboard::ui
