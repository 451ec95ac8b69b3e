#include "analysis/LatestJob.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace leverboard::ui {

LatestJob::LatestJob(QObject* parent)
    : QObject(parent), cancel_(std::make_shared<std::atomic<bool>>(false)), pool_(new QThreadPool(this)) {
    // One job at a time per view: the core work spreads over threads itself.
    pool_->setMaxThreadCount(2);
}

LatestJob::~LatestJob() {
    cancel();
    pool_->waitForDone();
}

void LatestJob::cancel() {
    cancel_->store(true);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    ++generation_;
}

void LatestJob::wait() { pool_->waitForDone(); }

void LatestJob::start(Work work, Done done) {
    cancel();
    const quint64 generation = generation_;
    auto flag = cancel_;
    if (running_++ == 0) emit runningChanged(true);
    QPointer<LatestJob> self(this);
    pool_->start([self, generation, flag, work = std::move(work), done = std::move(done)]() mutable {
        std::any result = work(*flag);
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result = std::move(result), done = std::move(done)]() mutable {
                if (!self) return;
                const bool finishedAll = --self->running_ == 0;
                if (generation == self->generation_) done(std::move(result));
                if (finishedAll && self) emit self->runningChanged(false);
            },
            Qt::QueuedConnection);
    });
}

}  // namespace leverboard::ui
