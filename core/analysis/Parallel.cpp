#include "analysis/Parallel.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace leverboard::analysis {

unsigned defaultThreadCount() { return std::max(1u, std::thread::hardware_concurrency()); }

bool parallelFor(std::size_t count, unsigned threads, std::size_t grain,
                 const std::function<void(std::size_t begin, std::size_t end)>& body,
                 const std::atomic<bool>* cancel) {
    if (count == 0) return true;
    grain = std::max<std::size_t>(grain, 1);
    const std::size_t chunks = (count + grain - 1) / grain;
    const unsigned wanted = threads == 0 ? defaultThreadCount() : threads;
    const auto workers = static_cast<unsigned>(std::min<std::size_t>(wanted, chunks));
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stopped{false};
    auto work = [&] {
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped.store(true, std::memory_order_relaxed);
                return;
            }
            const std::size_t chunk = next.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunks) return;
            const std::size_t begin = chunk * grain;
            body(begin, std::min(count, begin + grain));
        }
    };
    std::vector<std::jthread> pool;
    pool.reserve(workers > 0 ? workers - 1 : 0);
    for (unsigned i = 1; i < workers; ++i) pool.emplace_back(work);
    work();
    pool.clear();  // joins
    return !stopped.load(std::memory_order_relaxed);
}

}  // namespace leverboard::analysis
