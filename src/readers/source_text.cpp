#include "pdurate/readers/source_text.hpp"

#include "pdurate/readers/limits.hpp"
#include "pdurate/util/text_position.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pdurate::readers {
namespace {

enum class ReadResult { Ok, Failed, TooLarge };

// Reads a stream whole, up to kMaxStreamBytes.
ReadResult read_all(int fd, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return ReadResult::Ok;
    if (n < 0) {
      if (errno == EINTR) continue;
      return ReadResult::Failed;
    }
    if (out.size() + static_cast<std::size_t>(n) > kMaxStreamBytes) return ReadResult::TooLarge;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

std::string too_large() {
  return fmt::format("larger than {} MiB read from a pipe or standard input: give the file's name instead "
                     "(files are read without a size limit)", kMaxStreamBytes >> 20);
}

}  // namespace

void SourceText::Unmap::operator()(void* p) const {
  if (p) ::munmap(p, size);
}

SourceText::~SourceText() = default;

SourceText::SourceText(SourceText&& o) noexcept { *this = std::move(o); }

SourceText& SourceText::operator=(SourceText&& o) noexcept {
  if (this == &o) return *this;
  name_ = std::move(o.name_);
  owned_ = std::move(o.owned_);
  owns_ = o.owns_;
  mapping_ = std::move(o.mapping_);
  released_ = o.released_;
  text_ = owns_ ? std::string_view(owned_) : o.text_;
  o.owns_ = false;
  o.text_ = {};
  return *this;
}

void SourceText::release_before(std::size_t offset) const {
  if (!mapping_) return;
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const auto* base = static_cast<const char*>(mapping_.get());
  const std::size_t end = (static_cast<std::size_t>(text_.data() - base) + offset) / page * page;
  if (end <= released_) return;
  ::madvise(static_cast<char*>(mapping_.get()) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

void SourceText::own() {
  owned_.erase(0, owned_.size() - util::without_bom(owned_).size());
  owns_ = true;
  text_ = owned_;
}

SourceText SourceText::from_string(std::string name, std::string text) {
  SourceText s;
  s.name_ = std::move(name);
  s.owned_ = std::move(text);
  s.own();
  return s;
}

bool SourceText::read_stream(int fd, util::Diagnostics& errors) {
  const auto read = read_all(fd, owned_);
  const int saved = errno;
  if (read != ReadResult::Ok) {
    errors.add({name_, 0, 0}, read == ReadResult::TooLarge ? too_large() : fmt::format("cannot read: {}", std::strerror(saved)));
    return false;
  }
  own();
  return true;
}

bool SourceText::map(int fd, std::size_t size) {
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) return false;
  ::madvise(p, size, MADV_SEQUENTIAL);
  mapping_ = std::unique_ptr<void, Unmap>(p, Unmap{size});
  text_ = util::without_bom(std::string_view(static_cast<const char*>(p), size));
  return true;
}

std::optional<SourceText> SourceText::open(const std::string& path, util::Diagnostics& errors) {
  SourceText s;
  if (path == "-") {
    s.name_ = "<stdin>";
    if (!s.read_stream(STDIN_FILENO, errors)) return std::nullopt;
    return s;
  }
  if (path.empty()) {
    errors.add({"''", 0, 0}, "an empty file name: give a .csv or .yaml file");
    return std::nullopt;
  }
  s.name_ = path;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    errors.add({path, 0, 0}, fmt::format("cannot open: {}", std::strerror(errno)));
    return std::nullopt;
  }
  struct stat st {};
  std::string refused;
  if (::fstat(fd, &st) != 0) refused = fmt::format("cannot read: {}", std::strerror(errno));
  else if (S_ISDIR(st.st_mode)) refused = "is a directory: give a .csv or .yaml file";
  // A device (/dev/zero, a terminal) never ends or is not data.
  else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) refused = "is not a file: give a .csv or .yaml file";
  // A regular file is mapped; pipes, empty files and files mmap refuses are read.
  const bool ok = refused.empty() &&
                  ((S_ISREG(st.st_mode) && st.st_size > 0 && s.map(fd, static_cast<std::size_t>(st.st_size))) ||
                   s.read_stream(fd, errors));
  ::close(fd);
  if (!refused.empty()) errors.add({path, 0, 0}, refused);
  if (!ok) return std::nullopt;
  return s;
}

}  // namespace pdurate::readers
