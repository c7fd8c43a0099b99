#include "cli/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace pdurate::cli {
namespace {

// The file a chain of symlinks ends at (itself when `path` is no link): renaming over the link
// would replace the link, not the file it stands for. Nullopt after too many links (a loop).
std::optional<std::filesystem::path> link_target(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  fs::path at = path;
  std::error_code ec;
  for (int hops = 0; hops < 40; ++hops) {
    if (!fs::is_symlink(at, ec)) return at;
    const fs::path next = fs::read_symlink(at, ec);
    if (ec) return std::nullopt;
    at = next.is_absolute() ? next : at.parent_path() / next;
  }
  return std::nullopt;
}

}  // namespace

bool write_file_atomically(const std::string& path, std::string_view text, util::Diagnostics& errors) {
  namespace fs = std::filesystem;
  const auto followed = link_target(path);
  if (!followed) {
    errors.add({}, fmt::format("cannot write {}: {} (following the symbolic link)", path, std::strerror(ELOOP)));
    return false;
  }
  const fs::path target = *followed;
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  auto fail = [&](std::string_view step, int fd) {
    errors.add({}, fmt::format("cannot write {}: {} ({})", path, std::strerror(errno), step));
    if (fd >= 0) {
      ::close(fd);
      ::unlink(name.data());
    }
    return false;
  };

  const int fd = ::mkstemp(name.data());
  if (fd < 0) return fail("creating a temporary file beside it", -1);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) return fail("setting permissions", fd);
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("writing", fd);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("flushing to disk", fd);
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(name.data());
    errno = saved;
    return fail("closing", -1);
  }
  if (::rename(name.data(), target.c_str()) != 0) {
    const int saved = errno;
    ::unlink(name.data());
    errno = saved;
    return fail("renaming the temporary file", -1);
  }
  return true;
}

}  // namespace pdurate::cli
