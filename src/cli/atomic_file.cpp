#include "cli/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace pdurate::cli {

bool write_file_atomically(const std::string& path, std::string_view text, util::Diagnostics& errors) {
  namespace fs = std::filesystem;
  const fs::path target(path);
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
  if (::rename(name.data(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(name.data());
    errno = saved;
    return fail("renaming the temporary file", -1);
  }
  return true;
}

}  // namespace pdurate::cli
