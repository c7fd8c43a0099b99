// One XML part of a workbook, parsed by expat as it streams out of the zip (chunks of 64 KiB)
// and handed to a handler element by element. The handler may suspend the parse (the row
// cursor stops after each row) or stop it with a problem.
//
// Hardening: a DOCTYPE is refused (workbooks never have one, and without it there are no
// entities to expand); expat's memory is capped (kXmlMemoryBytes), which bounds the length of
// one tag, the depth of nesting and the names it stores; a chunk that yields no event (a long
// tag) makes the next chunk larger, so that expat (2.5, which reparses a pending tag from its
// start on every chunk) scans a long tag a few times rather than once per chunk.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include "readers/xlsx/limits.hpp"
#include "readers/xlsx/zip_archive.hpp"

struct XML_ParserStruct;

namespace pdurate::readers::xlsx {

struct XmlBudget;

inline constexpr std::size_t kXmlChunkBytes = std::size_t{64} << 10;
inline constexpr std::size_t kXmlMemoryBytes = std::size_t{16} << 20;

// Element and attribute names are given without their namespace prefix ("row" for "x:row").
class XmlStream;

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes` as expat gives them: name, value, name, value, ..., null.
  virtual void start(std::string_view name, const char* const* attributes) = 0;
  virtual void end(std::string_view name) = 0;
  // Character data, in pieces (one run of text may come in several calls).
  virtual void text(std::string_view text) = 0;

 protected:
  // Stop after this event, to go on at the stream's next run(); stop with a problem.
  void suspend();
  void fail(Problem problem);

 private:
  friend class XmlStream;
  XmlStream* stream_ = nullptr;  // set by the stream the handler is given to
};

// The value of the attribute with this name (without prefix), or nullopt.
std::optional<std::string_view> attribute(const char* const* attributes, std::string_view name);

// Parses a whole part with `handler`. Returns false with the problem.
bool parse_part(const ZipArchive& archive, std::string_view part, XmlHandler& handler, Problem& problem);

class XmlStream {
 public:
  enum class Status { Suspended, Finished, Failed };

  XmlStream(ZipEntry entry, XmlHandler& handler);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses until the handler calls suspend() (Suspended: run() again goes on from there), the
  // part ends well-formed (Finished) or there is a problem (Failed, see problem()). Once
  // Finished or Failed it stays so.
  Status run();
  const Problem& problem() const { return problem_; }
  const std::string& part() const { return entry_.part(); }
  // The part's bytes inflated so far, and its size as the zip declares it (for progress).
  std::uint64_t consumed() const { return entry_.consumed(); }
  std::uint64_t declared() const { return entry_.declared(); }

  // What XmlHandler::suspend and fail do.
  void suspend();
  void fail(Problem problem);

 private:
  static void on_start(void* self, const char* name, const char** attributes);
  static void on_end(void* self, const char* name);
  static void on_text(void* self, const char* text, int length);
  static void on_doctype(void* self, const char* name, const char* sysid, const char* pubid, int internal);
  bool feed(int& result);             // reads one chunk and parses it; false on a read problem
  void failed();                      // Failed, with the handler's problem or expat's

  ZipEntry entry_;
  XmlHandler& handler_;
  std::unique_ptr<XmlBudget> budget_;    // where the allocator counts (its address is held by it)
  XML_ParserStruct* parser_ = nullptr;
  Problem problem_;
  Status status_ = Status::Suspended;  // Suspended until the part is Finished or Failed
  bool suspended_ = false;            // by a handler, in expat's current buffer
  bool stopping_ = false;             // a handler called suspend() or fail() during this event
  bool last_fed_ = false;             // the part's end was given to expat
  std::size_t chunk_ = kXmlChunkBytes;
  std::size_t events_ = 0;
};

}  // namespace pdurate::readers::xlsx
