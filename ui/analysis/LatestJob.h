#pragma once
// Runs the latest of a stream of requests on a worker thread and delivers its
// result on the GUI thread. A new request cancels the one running (its cancel
// flag goes true) and a superseded request's result is never delivered, so a
// view never shows a stale answer for an old parameter value. The analysis
// views (Monte Carlo, tornado, map) share it; the work itself is core code
// (core/analysis) that polls the flag.

#include <QObject>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace leverboard::ui {

class LatestJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<std::any(const std::atomic<bool>& cancel)>;
    using Done = std::function<void(std::any result)>;

    explicit LatestJob(QObject* parent = nullptr);
    ~LatestJob() override;  // cancels and waits for the running work

    // Cancels what runs, then runs work on the pool; done(result) is called on
    // this object's thread if no later start() or cancel() came first.
    void start(Work work, Done done);
    void cancel();
    bool isRunning() const { return running_ > 0; }
    quint64 generation() const { return generation_; }
    // Blocks until no work of this job runs (tests, shutdown).
    void wait();

signals:
    void runningChanged(bool running);

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    quint64 generation_ = 0;
    int running_ = 0;
    QThreadPool* pool_;
};

}  // namespace leverboard::ui
