#pragma once
// Help ▸ About Leverboard: the version, what the application is for and the
// licences of the libraries it is built with (Qt, Eigen, nlohmann_json), with
// the versions it was compiled against.

#include <QDialog>

class QLabel;

namespace leverboard::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The dialog's text (rich text), e.g. for tests.
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* text_;
};

}  // namespace leverboard::ui
