// The bytes of one input, read whole: a regular file is memory-mapped, standard input ("-")
// and anything else that cannot be mapped is read into memory. A UTF-8 byte-order mark at the
// start is dropped here (util::without_bom), so no reader sees one.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

class SourceText {
 public:
  // Opens `path` ("-" for standard input). On failure adds "PATH: cannot read: REASON" and
  // returns nullopt. A directory is refused with a message.
  static std::optional<SourceText> open(const std::string& path, util::Diagnostics& errors);
  // Wraps text already in memory (tests, inline data). `name` is used in messages.
  static SourceText from_string(std::string name, std::string text);

  std::string_view text() const { return text_; }
  // The name used in messages: the path as given, or "<stdin>".
  const std::string& name() const { return name_; }

  // A hint that text before `offset` will not be needed soon: a mapped file's pages before it
  // leave this process's resident memory (they are read again from the page cache if touched).
  // The text itself is unchanged, hence const. No effect on text held in memory.
  void release_before(std::size_t offset) const;

  // Moves re-point the view: a short owned string moves its bytes.
  SourceText(SourceText&& other) noexcept;
  SourceText& operator=(SourceText&& other) noexcept;
  ~SourceText();

 private:
  SourceText() = default;
  void own();  // text_ views owned_, without a byte-order mark
  bool read_stream(int fd, util::Diagnostics& errors);  // into owned_; false (reported) on failure
  bool map(int fd, std::size_t size);  // a regular file; false when mmap refuses
  std::string name_;
  std::string owned_;
  bool owns_ = false;  // text_ views owned_ (else the mapping, or nothing)
  std::string_view text_;
  struct Unmap {
    std::size_t size;
    void operator()(void* p) const;
  };
  std::unique_ptr<void, Unmap> mapping_{nullptr, Unmap{0}};
  mutable std::size_t released_ = 0;
};

}  // namespace pdurate::readers
