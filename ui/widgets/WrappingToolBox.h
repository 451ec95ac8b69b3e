#pragma once
// A QToolBox whose section titles wrap onto more lines when the box is
// narrow instead of ending in "…" ("Cost curves — feeds every m…"): its tab
// buttons draw their text word-wrapped and grow to the lines they need.

#include <QToolBox>

class QAbstractButton;

namespace leverboard::ui {

class WrappingToolBox : public QToolBox {
    Q_OBJECT
public:
    explicit WrappingToolBox(QWidget* parent = nullptr);

    // The tab button of section `index` (for tests and accessibility).
    QAbstractButton* tabButton(int index) const;

protected:
    bool event(QEvent* event) override;
    void itemInserted(int index) override;

private:
    void updateTabHeights();
};

}  // namespace leverboard::ui
