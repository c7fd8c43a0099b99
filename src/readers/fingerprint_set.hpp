// A set of 64-bit hashes that says when one comes again: how bulk input finds duplicate case
// ids without keeping the ids (CaseDetail::CountsOnly), in about 8 bytes a case.
//
// Each hash is kept as a 32-bit fingerprint (its low bits) in a slot found by linear probing
// from a group of slots its high bits choose, in a table at most half full. So a repeat it
// reports is either the same hash or, rarely, another hash with the same fingerprint in the
// same probe run (about once in a thousand million-case files): callers confirm repeats
// exactly. A hash inserted twice is always reported.
//
// A table can't be rehashed into a larger one (the fingerprints lack the bits that chose their
// slots), so when one is half full it is kept, read-only, and a larger one takes the new
// hashes. The first 65,536 hashes are kept in full too, and move into a table made while they
// are all there; expect() sizes a table for the whole input once its size can be estimated (and
// again if a revised estimate exceeds it), so that in practice there is one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace pdurate::readers {

class FingerprintSet {
 public:
  FingerprintSet();
  FingerprintSet(FingerprintSet&&) noexcept;
  FingerprintSet& operator=(FingerprintSet&&) noexcept;
  ~FingerprintSet();

  // About this many hashes will be inserted in all (an estimate, which a caller may revise as
  // it learns more): when the table taking new hashes lacks room for them, a new one is made to
  // hold them, and an eighth more.
  void expect(std::size_t total);
  // Starts loading the slots h will probe, so that an insert a few rows later finds them in
  // the cache.
  void prefetch(std::uint64_t h) const;
  // Adds h. True when h, or a hash that looks the same (see above), was already in.
  bool insert(std::uint64_t h);
  std::size_t size() const { return size_; }
  // Bytes of slots (the memory they take once written), for tests of the memory bound.
  std::size_t bytes() const;

 private:
  class Table;
  void add_table(std::size_t homes);
  std::vector<std::unique_ptr<Table>> tables_;  // the last one takes new hashes
  // The first hashes in full, so that a table made early on can take them over and the ones
  // before it can go; forgotten once there are many, or when a table is made without them.
  std::vector<std::uint64_t> early_;
  bool early_done_ = false;
  bool early_complete() const { return !early_done_ && early_.size() == size_; }
  void forget_early();
  std::size_t size_ = 0;
};

}  // namespace pdurate::readers
