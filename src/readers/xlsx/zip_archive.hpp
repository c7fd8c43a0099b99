// A zip archive in memory (libzip over the caller's bytes, nothing copied) and the streaming
// read of one entry. An entry's uncompressed bytes are counted as they are read, never taken
// from its header, so a zip bomb stops at Limits::part_bytes having held one buffer.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "readers/xlsx/limits.hpp"

struct zip;
struct zip_file;

namespace pdurate::readers::xlsx {

class ZipEntry {
 public:
  // The entry's name (a part of the workbook, e.g. "xl/worksheets/sheet1.xml").
  const std::string& part() const { return part_; }
  // Reads the next bytes, at most `size`, into `buffer`: 0 at the end. nullopt on a problem
  // (damaged data, a failed checksum, more than Limits::part_bytes), set in `problem`.
  std::optional<std::size_t> read(char* buffer, std::size_t size, Problem& problem);
  // Bytes read so far, and the size the zip directory declares (within the limit, and never
  // less than those read): for progress only, as a damaged or hostile archive may declare anything.
  std::uint64_t consumed() const { return read_; }
  std::uint64_t declared() const { return std::max(std::min(declared_, limit_), read_); }

 private:
  friend class ZipArchive;
  struct Close {
    void operator()(zip_file* file) const;
  };
  ZipEntry(zip_file* file, std::string part, std::uint64_t limit, std::uint64_t declared);
  std::unique_ptr<zip_file, Close> file_;
  std::string part_;
  std::uint64_t read_ = 0;
  std::uint64_t limit_;
  std::uint64_t declared_;
};

class ZipArchive {
 public:
  // Opens the archive in `bytes`, which must outlive it and its entries. On failure returns
  // nullopt with the problem: not a zip (saying what the file looks like), damaged, or more
  // than Limits::entries entries.
  static std::optional<ZipArchive> open(std::string_view bytes, const Limits& limits, Problem& problem);
  // Whether the archive has this entry (names of parts are compared ignoring case, as the
  // Open Packaging Conventions say).
  bool contains(std::string_view part) const;
  // Opens an entry for reading; it must not outlive the archive. nullopt with the problem when
  // the archive has no such entry or cannot read it (encrypted, an unknown compression).
  std::optional<ZipEntry> entry(std::string_view part, Problem& problem) const;

 private:
  struct Discard {
    void operator()(zip* archive) const;
  };
  ZipArchive(zip* archive, const Limits& limits);
  std::int64_t locate(std::string_view part) const;  // the entry's index, or -1
  std::unique_ptr<zip, Discard> zip_;
  Limits limits_;
};

}  // namespace pdurate::readers::xlsx
