#include "readers/fingerprint_set.hpp"

#include <new>
#include <sys/mman.h>
#include <utility>

#include "readers/simd.hpp"

namespace pdurate::readers {
namespace {

constexpr std::size_t kGroup = 4;   // slots compared at once
constexpr std::size_t kFirstHomes = 2048;
// The first hashes are also kept in full (8 bytes each), so that a table made for a revised
// estimate early on can take them over and the tables before it can go.
constexpr std::size_t kEarlyHashes = std::size_t{1} << 16;

// Zeroed memory the kernel may back with 2 MiB pages: a table of a million cases probed at
// random would otherwise miss the TLB on nearly every probe, and a prefetch that misses the
// TLB stalls on the page walk.
class HugePageMemory {
 public:
  explicit HugePageMemory(std::size_t bytes) {
    constexpr std::size_t huge = std::size_t{2} << 20;
    mapped_ = (bytes + 2 * huge - 1) / huge * huge;  // room to align to 2 MiB
    void* p = ::mmap(nullptr, mapped_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    base_ = p;
    data_ = reinterpret_cast<void*>((reinterpret_cast<std::uintptr_t>(p) + huge - 1) / huge * huge);
    if (bytes >= huge) ::madvise(data_, bytes, MADV_HUGEPAGE);  // a hint: fine if refused
  }
  HugePageMemory(const HugePageMemory&) = delete;
  HugePageMemory& operator=(const HugePageMemory&) = delete;
  ~HugePageMemory() { ::munmap(base_, mapped_); }
  void* data() const { return data_; }

 private:
  void* base_ = nullptr;
  void* data_ = nullptr;
  std::size_t mapped_ = 0;
};

}  // namespace

// Slots in groups of four, probed a group at a time (one SSE2 compare each) from the group a
// hash's high bits choose, wrapping around. Groups fill from the left and nothing is removed,
// so a probe may stop at the first group with an empty slot.
class FingerprintSet::Table {
 public:
  explicit Table(std::size_t homes)
      : groups_((homes + kGroup - 1) / kGroup), memory_(groups_ * kGroup * sizeof(std::uint32_t)),
        slots_(static_cast<std::uint32_t*>(memory_.data())) {}

  // Whether h's fingerprint is in its probe run; when it is not and `add`, puts it in the run's
  // first empty slot.
  bool probe(std::uint64_t h, bool add) {
    const std::uint32_t f = fingerprint(h);
    for (std::size_t g = home(h);; g = g + 1 == groups_ ? 0 : g + 1) {
      std::uint32_t* group = slots_ + g * kGroup;
#if defined(PDURATE_SSE2)
      const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(group));
      const auto same = static_cast<unsigned>(
          _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, _mm_set1_epi32(static_cast<int>(f))))));
      const auto empty =
          static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, _mm_setzero_si128()))));
#else
      unsigned same = 0, empty = 0;
      for (std::size_t k = 0; k < kGroup; ++k) {
        same |= static_cast<unsigned>(group[k] == f) << k;
        empty |= static_cast<unsigned>(group[k] == 0) << k;
      }
#endif
      if (same) return true;
      if (empty) {
        if (add) {
          group[__builtin_ctz(empty)] = f;
          ++used_;
        }
        return false;
      }
    }
  }
  void prefetch(std::uint64_t h) const { __builtin_prefetch(slots_ + home(h) * kGroup); }
  // Hashes it takes before it is half full. At most half full: probe runs stay short, and every
  // run ends at an empty slot.
  std::size_t room() const { return used_ >= homes() / 2 ? 0 : homes() / 2 - used_; }
  std::size_t homes() const { return groups_ * kGroup; }

 private:
  // Nonzero, so that 0 can mark an empty slot.
  static std::uint32_t fingerprint(std::uint64_t h) { return static_cast<std::uint32_t>(h) | 1; }
  // The group a probe starts at: the high bits of h scaled into [0, groups) by a multiply (any
  // number of groups works).
  std::size_t home(std::uint64_t h) const {
    __extension__ using u128 = unsigned __int128;  // GCC and clang; ISO C++ has no 128-bit integer
    return static_cast<std::size_t>((static_cast<u128>(h) * groups_) >> 64);
  }

  std::size_t groups_;
  HugePageMemory memory_;
  std::uint32_t* slots_;
  std::size_t used_ = 0;
};

FingerprintSet::FingerprintSet() { tables_.push_back(std::make_unique<Table>(kFirstHomes)); }
FingerprintSet::FingerprintSet(FingerprintSet&&) noexcept = default;
FingerprintSet& FingerprintSet::operator=(FingerprintSet&&) noexcept = default;
FingerprintSet::~FingerprintSet() = default;

void FingerprintSet::expect(std::size_t total) {
  if (total <= size_) return;
  if (tables_.back()->room() >= total - size_) return;
  // The new table takes the hashes to come, or all of them when the first ones move over; an
  // eighth more in case the estimate is low (a table that fills up is followed by one four times
  // larger, mostly empty but touched all over by random inserts).
  const std::size_t entries = early_complete() ? total : total - size_;
  add_table(2 * (entries + entries / 8));
}

void FingerprintSet::add_table(std::size_t homes) {
  auto table = std::make_unique<Table>(homes);
  if (early_complete()) {  // every hash so far is known in full: the new table takes them all
    for (auto h : early_) table->probe(h, true);
    tables_.clear();
  } else {
    forget_early();
  }
  tables_.push_back(std::move(table));
}

void FingerprintSet::forget_early() {
  early_done_ = true;
  early_.clear();
  early_.shrink_to_fit();
}

void FingerprintSet::prefetch(std::uint64_t h) const {
  for (const auto& t : tables_) t->prefetch(h);
}

bool FingerprintSet::insert(std::uint64_t h) {
  for (std::size_t i = 0; i + 1 < tables_.size(); ++i)
    if (tables_[i]->probe(h, false)) return true;
  if (tables_.back()->room() > 0) {
    if (tables_.back()->probe(h, true)) return true;
  } else {
    if (tables_.back()->probe(h, false)) return true;
    // The full table is kept for look-ups; a larger one (twice as many homes as all the
    // hashes so far, twice over: growth is geometric) takes the new ones.
    add_table(4 * (size_ + 1));
    tables_.back()->probe(h, true);
  }
  if (early_complete()) {
    if (size_ < kEarlyHashes) early_.push_back(h);
    else forget_early();
  }
  ++size_;
  return false;
}

std::size_t FingerprintSet::bytes() const {
  std::size_t total = 0;
  for (const auto& t : tables_) total += t->homes() * sizeof(std::uint32_t);
  return total;
}

}  // namespace pdurate::readers
