#pragma once
// Deterministic work split over plain std::threads (no Qt in core). Results
// must not depend on the thread count: callers write item i's answer to slot i.

#include <atomic>
#include <cstddef>
#include <functional>

namespace leverboard::analysis {

// Threads to use when a caller passes 0: std::thread::hardware_concurrency(), at least 1.
unsigned defaultThreadCount();

// Calls body(begin, end) over contiguous chunks of [0, count) on up to
// `threads` threads (0 = defaultThreadCount()), the calling thread included,
// and returns when all are done. Chunks are claimed dynamically in pieces of
// `grain` items. If cancel becomes true, no new chunk starts; returns false
// then (true when every item ran).
bool parallelFor(std::size_t count, unsigned threads, std::size_t grain,
                 const std::function<void(std::size_t begin, std::size_t end)>& body,
                 const std::atomic<bool>* cancel = nullptr);

}  // namespace leverboard::analysis
