#include "readers/xlsx/xml_stream.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <expat.h>
#include <fmt/format.h>

namespace pdurate::readers::xlsx {

// What one parser may allocate. Expat's allocator functions take no context, so the budget
// being charged is the thread's current one (set around each call into expat, by Charge), and
// each block records the budget it was charged to, for realloc and free.
struct XmlBudget {
  std::size_t used = 0;
  bool exceeded = false;
};

namespace {

thread_local XmlBudget* t_budget = nullptr;

class Charge {
 public:
  explicit Charge(XmlBudget* budget) : previous_(t_budget) { t_budget = budget; }
  ~Charge() { t_budget = previous_; }
  Charge(const Charge&) = delete;
  Charge& operator=(const Charge&) = delete;

 private:
  XmlBudget* previous_;
};

struct alignas(std::max_align_t) Block {
  XmlBudget* budget;
  std::size_t size;
};

bool refuse(XmlBudget* budget, std::size_t more) {
  if (!budget || more <= kXmlMemoryBytes - budget->used) return false;
  budget->exceeded = true;
  return true;
}

void* budget_malloc(std::size_t size) {
  if (refuse(t_budget, size)) return nullptr;
  auto* block = static_cast<Block*>(std::malloc(sizeof(Block) + size));
  if (!block) return nullptr;
  *block = {t_budget, size};
  if (t_budget) t_budget->used += size;
  return block + 1;
}

void budget_free(void* p) {
  if (!p) return;
  Block* block = static_cast<Block*>(p) - 1;
  if (block->budget) block->budget->used -= block->size;
  std::free(block);
}

void* budget_realloc(void* p, std::size_t size) {
  if (!p) return budget_malloc(size);
  Block* block = static_cast<Block*>(p) - 1;
  XmlBudget* budget = block->budget;
  const std::size_t old = block->size;
  if (size > old && refuse(budget, size - old)) return nullptr;
  auto* moved = static_cast<Block*>(std::realloc(block, sizeof(Block) + size));
  if (!moved) return nullptr;
  moved->size = size;
  if (budget) budget->used = budget->used - old + size;
  return moved + 1;
}

const XML_Memory_Handling_Suite kMemory{budget_malloc, budget_realloc, budget_free};

// One pass over the (short) name: the part after the last colon.
std::string_view local_name(const char* name) {
  const char* local = name;
  const char* end = name;
  for (; *end; ++end)
    if (*end == ':') local = end + 1;
  return {local, static_cast<std::size_t>(end - local)};
}

}  // namespace

std::optional<std::string_view> attribute(const char* const* attributes, std::string_view name) {
  for (; *attributes; attributes += 2)
    if (local_name(attributes[0]) == name) return std::string_view(attributes[1]);
  return std::nullopt;
}

void XmlHandler::suspend() { stream_->suspend(); }
void XmlHandler::fail(Problem problem) { stream_->fail(std::move(problem)); }

bool parse_part(const ZipArchive& archive, std::string_view part, XmlHandler& handler, Problem& problem) {
  auto entry = archive.entry(part, problem);
  if (!entry) return false;
  XmlStream stream(std::move(*entry), handler);
  while (stream.run() == XmlStream::Status::Suspended) {
  }
  if (stream.run() == XmlStream::Status::Finished) return true;
  problem = stream.problem();
  return false;
}

XmlStream::XmlStream(ZipEntry entry, XmlHandler& handler)
    : entry_(std::move(entry)), handler_(handler), budget_(std::make_unique<XmlBudget>()) {
  handler_.stream_ = this;
  const Charge charge(budget_.get());
  parser_ = XML_ParserCreate_MM(nullptr, &kMemory, nullptr);
  if (!parser_) {
    fail({0, SIZE_MAX, fmt::format("{} cannot be read: out of memory", part())});
    return;
  }
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &on_start, &on_end);
  XML_SetCharacterDataHandler(parser_, &on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &on_doctype);
}

XmlStream::~XmlStream() {
  const Charge charge(budget_.get());
  if (parser_) XML_ParserFree(parser_);
}

void XmlStream::on_start(void* self, const char* name, const char** attributes) {
  auto* stream = static_cast<XmlStream*>(self);
  ++stream->events_;
  // Expat may still report an event after a handler stopped it (the end of an empty element):
  // once failed, handlers see nothing more.
  if (stream->status_ != Status::Failed) stream->handler_.start(local_name(name), attributes);
}

void XmlStream::on_end(void* self, const char* name) {
  auto* stream = static_cast<XmlStream*>(self);
  ++stream->events_;
  if (stream->status_ != Status::Failed) stream->handler_.end(local_name(name));
}

void XmlStream::on_text(void* self, const char* text, int length) {
  auto* stream = static_cast<XmlStream*>(self);
  ++stream->events_;
  if (stream->status_ != Status::Failed) stream->handler_.text({text, static_cast<std::size_t>(length)});
}

void XmlStream::on_doctype(void* self, const char*, const char*, const char*, int) {
  auto* stream = static_cast<XmlStream*>(self);
  stream->fail({0, SIZE_MAX, fmt::format("{} has a DOCTYPE declaration, which workbooks never have: it was not "
                                         "written by a spreadsheet program; open it in Excel or LibreOffice and "
                                         "save it again", stream->part())});
}

void XmlStream::suspend() {
  if (stopping_) return;
  stopping_ = true;
  XML_StopParser(parser_, XML_TRUE);
}

void XmlStream::fail(Problem problem) {
  if (status_ == Status::Failed) return;
  problem_ = std::move(problem);
  status_ = Status::Failed;
  if (parser_ && !stopping_) XML_StopParser(parser_, XML_FALSE);
  stopping_ = true;
}

bool XmlStream::feed(int& result) {
  void* buffer = XML_GetBuffer(parser_, static_cast<int>(chunk_));
  if (!buffer) {
    result = XML_STATUS_ERROR;
    return true;
  }
  const auto n = entry_.read(static_cast<char*>(buffer), chunk_, problem_);
  if (!n) {
    status_ = Status::Failed;
    return false;
  }
  last_fed_ = *n == 0;
  const std::size_t events = events_;
  result = XML_ParseBuffer(parser_, static_cast<int>(*n), last_fed_);
  // A chunk with no event is inside one long tag, which expat parses again from its start with
  // each chunk: double the next one (up to a quarter of expat's memory), to scan it fewer times.
  chunk_ = events_ != events ? kXmlChunkBytes : std::min(chunk_ * 2, kXmlMemoryBytes / 4);
  return true;
}

void XmlStream::failed() {
  const bool by_handler = status_ == Status::Failed;
  status_ = Status::Failed;
  if (by_handler) return;
  if (budget_->exceeded || XML_GetErrorCode(parser_) == XML_ERROR_NO_MEMORY) {
    problem_ = {0, SIZE_MAX, fmt::format("{} has a tag too long, nesting too deep or too many different names to "
                                         "parse within {}: it was not written by a spreadsheet program, or {}",
                                         part(), byte_count(kXmlMemoryBytes), kDamaged)};
    return;
  }
  problem_ = {0, SIZE_MAX, fmt::format("{} is not well-formed XML (line {}, column {}: {}): {}", part(),
                                       XML_GetCurrentLineNumber(parser_), XML_GetCurrentColumnNumber(parser_) + 1,
                                       XML_ErrorString(XML_GetErrorCode(parser_)), kDamaged)};
}

XmlStream::Status XmlStream::run() {
  const Charge charge(budget_.get());
  while (status_ == Status::Suspended) {
    if (!suspended_ && last_fed_) return status_ = Status::Finished;
    int result = XML_STATUS_OK;
    stopping_ = false;
    if (suspended_) {
      suspended_ = false;
      result = XML_ResumeParser(parser_);
    } else if (!feed(result)) {
      return status_;
    }
    if (result == XML_STATUS_SUSPENDED) {
      suspended_ = true;
      return status_;
    }
    if (result == XML_STATUS_ERROR) failed();
  }
  return status_;
}

}  // namespace pdurate::readers::xlsx
