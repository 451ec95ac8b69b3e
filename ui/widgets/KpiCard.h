#pragma once
// One headline number: label, value with unit, coloured by meaning, and a
// clear "not reachable" state with its reason.

#include <QFrame>

#include "widgets/KpiFormatter.h"

class QAction;
class QLabel;
class QGridLayout;

namespace leverboard::ui {

// Every card's requests in one place: the main window listens here once,
// not to each card (strips make new cards as the application list changes).
class KpiCardRequests : public QObject {
    Q_OBJECT
public:
    static KpiCardRequests* instance();
signals:
    // "What would it take?" on a card's context menu: goal seek on its KPI.
    void goalSeekRequested(QWidget* card, const QString& kpiId);
};

class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(QString kpiId, QWidget* parent = nullptr);

    const QString& kpiId() const { return kpiId_; }
    void showKpi(const Results& results);  // looks its KPI up in results
    void setLarge(bool large);             // presentation mode
    // Monte Carlo (ui/analysis/UncertaintyController): short lines under the
    // value (P50, P10–P90, the probability of the good side), the full
    // sentence in the tooltip; no lines hides them.
    void showUncertainty(const QStringList& lines, const QString& detail);
    QString uncertaintyText() const;

    // The context menu's "What would it take?" (numeric KPIs only; null otherwise).
    QAction* goalSeekAction() const { return goalSeekAction_; }

    QString valueText() const;
    QString labelText() const;
    QString unitText() const;
    KpiTone tone() const { return tone_; }
    bool isReachable() const { return reachable_; }

private:
    QString kpiId_;
    QLabel* label_;
    QLabel* value_;
    QLabel* unit_;
    QLabel* uncertainty_ = nullptr;  // created on first use
    KpiTone tone_ = KpiTone::Neutral;
    bool reachable_ = true;
    QAction* goalSeekAction_ = nullptr;
};

// A row of cards for a list of KPI ids (unlock months expand per application).
class KpiStrip : public QWidget {
    Q_OBJECT
public:
    explicit KpiStrip(std::vector<QString> kpiIds, QWidget* parent = nullptr);
    void showResults(const Results& results);
    QList<KpiCard*> cards() const;
    void setLarge(bool large);

    static constexpr int kMaxPerRow = 7;

private:
    void placeCards();

    std::vector<QString> fixedIds_;
    bool expandUnlockMonths_;
    bool large_ = false;
    QGridLayout* layout_;
    QList<KpiCard*> cards_;
};

}  // namespace leverboard::ui
