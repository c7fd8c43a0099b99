#include "yaml/tree.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sstream>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "pdurate/util/did_you_mean.hpp"
#include "pdurate/util/text_position.hpp"

namespace pdurate::yaml {
namespace {

// yaml-cpp marks count columns in bytes; users (and Location) count characters. Converts a mark
// to the 1-based line and column users see. The text has no byte-order mark (SourceText drops it).
class Positions {
 public:
  explicit Positions(std::string_view text) : text_(text) {
    starts_.push_back(0);
    const char* base = text.data();
    const char* end = base + text.size();
    for (const char* p = base; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
      starts_.push_back(static_cast<std::size_t>(++p - base));
  }
  // The byte offset of a mark in the text (text.size() when it is past the end).
  std::size_t offset(const YAML::Mark& m) const {
    if (m.line < 0 || m.column < 0 || static_cast<std::size_t>(m.line) >= starts_.size()) return text_.size();
    return std::min(text_.size(), starts_[static_cast<std::size_t>(m.line)] + static_cast<std::size_t>(m.column));
  }
  util::Location at(const std::string& file, const YAML::Mark& m) const {
    if (m.line < 0) return {file, 0, 0};
    const auto line = static_cast<std::size_t>(m.line);
    if (line >= starts_.size() || m.column < 0) return {file, line + 1, static_cast<std::size_t>(m.column) + 1};
    return {file, line + 1, util::column_of(text_, starts_[line], offset(m))};
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // byte offset of each line's first character
};

// Thrown from the event handler to stop parsing at the first structural problem.
struct Stop {
  Node at;
  std::string message;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const Positions& positions, Limits limits)
      : text_(text), positions_(positions), limits_(limits) {}

  std::optional<Node> root;
  int documents = 0;

  void OnDocumentStart(const YAML::Mark&) override { ++documents; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override {
    check_anchor(m, anchor);
    add(make(Node::Kind::Null, m));
  }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override {
    throw Stop{make(Node::Kind::Null, m),
               "aliases (*name) are not accepted in pdu-rate files: write the value out in full"};
  }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(m, anchor);
    Node n = make(Node::Kind::Scalar, m);
    n.text = value;
    n.quoted = tag == "!";  // yaml-cpp tags quoted scalars "!" and plain ones "?"
    // yaml-cpp 0.7 ends a quoted scalar at the end of the input without complaint, so a missing
    // closing quote would silently swallow the rest of the file into one value.
    if (n.quoted && !closed(positions_.offset(m)))
      throw Stop{std::move(n), "unterminated quoted value: the quote opened here is never closed"};
    add(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_anchor(m, anchor);
    open(make(Node::Kind::Sequence, m));
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_anchor(m, anchor);
    open(make(Node::Kind::Map, m));
  }
  void OnMapEnd() override { close(); }
  void OnAnchor(const YAML::Mark& m, const std::string&) override { anchor_error(m); }

 private:
  struct Open {
    Node node;
    bool expecting_key = true;  // maps alternate key, value
  };

  Node make(Node::Kind kind, const YAML::Mark& m) const {
    Node n;
    n.kind = kind;
    const util::Location where = positions_.at({}, m);
    n.line = where.line;
    n.column = where.column;
    return n;
  }
  // False when a quote at `open` has no closing quote (\" and '' do not close).
  bool closed(std::size_t open) const {
    if (open >= text_.size() || (text_[open] != '"' && text_[open] != '\'')) return true;  // not at a quote
    const char quote = text_[open];
    for (std::size_t i = open + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') ++i;
        else return true;
      }
    }
    return false;
  }
  void anchor_error(const YAML::Mark& m) const {
    throw Stop{make(Node::Kind::Null, m),
               "anchors (&name) are not accepted in pdu-rate files: write each value out in full"};
  }
  void check_anchor(const YAML::Mark& m, YAML::anchor_t anchor) const {
    if (anchor != YAML::NullAnchor) anchor_error(m);
  }

  void open(Node n) {
    if (stack_.size() >= limits_.max_depth)
      throw Stop{n, fmt::format("nesting deeper than {} levels: this is not a pdu-rate file", limits_.max_depth)};
    if (!stack_.empty() && stack_.back().node.is_map() && stack_.back().expecting_key)
      throw Stop{n, "a mapping key must be a plain value, not a list or mapping"};
    stack_.push_back(Open{std::move(n)});
  }
  void close() {
    Open done = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(done.node));
  }
  void add(Node n) {
    if (stack_.empty()) {
      root = std::move(n);
      return;
    }
    Open& parent = stack_.back();
    if (parent.node.is_sequence()) {
      parent.node.items.push_back(std::move(n));
    } else if (parent.expecting_key) {
      if (n.is_null()) n.kind = Node::Kind::Scalar;  // "~:" or ":" keys read as empty text
      for (const auto& k : parent.node.keys)
        if (k.text == n.text)
          throw Stop{n, fmt::format("duplicate key '{}' (first at line {}): each key may appear once",
                                    n.text, k.line)};
      parent.node.keys.push_back(std::move(n));
      parent.expecting_key = false;
    } else {
      // yaml-cpp marks an empty value ("key:") at the next token, often on a later line: place
      // it at its key instead, where the user would look.
      if (n.is_null() && n.line > parent.node.keys.back().line) {
        n.line = parent.node.keys.back().line;
        n.column = parent.node.keys.back().column;
      }
      parent.node.items.push_back(std::move(n));
      parent.expecting_key = true;
    }
  }

  std::string_view text_;
  const Positions& positions_;
  Limits limits_;
  std::vector<Open> stack_;
};

std::string_view kind_name(Node::Kind k) {
  switch (k) {
    case Node::Kind::Null: return "nothing";
    case Node::Kind::Scalar: return "a value";
    case Node::Kind::Sequence: return "a list";
    case Node::Kind::Map: return "a mapping";
  }
  return "?";
}

}  // namespace

const Node* Node::find(std::string_view key) const {
  if (!is_map()) return nullptr;
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i].text == key) return &items[i];
  return nullptr;
}

std::string_view Node::kind_name() const { return yaml::kind_name(kind); }

std::optional<Node> parse(std::string_view text, const std::string& file, util::Diagnostics& errors,
                          Limits limits) {
  if (text.size() > limits.max_bytes) {
    errors.add({file, 0, 0}, fmt::format("larger than {} MiB: a YAML inspection or rules file is small; put bulk "
                                         "cases in a CSV file and name it under 'cases:'", limits.max_bytes >> 20));
    return std::nullopt;
  }
  if (auto bad = util::find_invalid_utf8(text)) {
    const auto pos = util::position_of(text, *bad);
    errors.add({file, pos.line, pos.column}, "invalid UTF-8: save the file as UTF-8");
    return std::nullopt;
  }
  std::istringstream in{std::string(text)};
  const Positions positions(text);
  TreeBuilder builder(text, positions, limits);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) return Node{};
    if (parser.HandleNextDocument(builder) || builder.documents > 1) {
      errors.add({file, 0, 0}, "more than one YAML document ('---'): put one inspection or rule set in a file");
      return std::nullopt;
    }
  } catch (const Stop& stop) {
    errors.add({file, stop.at.line, stop.at.column}, stop.message);
    return std::nullopt;
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own cap (depth 500) says "bad file"; say what happened.
    errors.add(positions.at(file, e.mark), "nesting too deep: this is not a pdu-rate file");
    return std::nullopt;
  } catch (const YAML::ParserException& e) {
    errors.add(positions.at(file, e.mark), fmt::format("YAML syntax error: {}", e.msg));
    return std::nullopt;
  }
  if (!builder.root) return Node{};
  return std::move(builder.root);
}

bool Checker::expect(const Node& node, Node::Kind kind, std::string_view what) const {
  if (node.kind == kind) return true;
  error(node, fmt::format("{} must be {}, found {}", what, yaml::kind_name(kind), node.kind_name()));
  return false;
}

void Checker::only_keys(const Node& map, std::initializer_list<std::string_view> allowed,
                        std::string_view where) const {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const auto& key : map.keys) {
    bool known = false;
    for (auto a : allowed) known = known || key.text == a;
    if (known) continue;
    std::string message = fmt::format("unknown key '{}' in {}", key.text, where);
    if (auto guess = util::did_you_mean(key.text, names))
      message += fmt::format("; did you mean '{}'?", *guess);
    else
      message += fmt::format(" (expected one of: {})", fmt::join(names, ", "));
    error(key, std::move(message));
  }
}

const Node* Checker::require(const Node& map, std::string_view key, std::string_view where) const {
  if (const Node* v = map.find(key)) return v;
  error(map, fmt::format("{} has no '{}'", where, key));
  return nullptr;
}

std::optional<std::string> Checker::text(const Node& node, std::string_view what) const {
  if (!node.is_scalar() || node.text.empty()) {
    error(node, fmt::format("{} must be a non-empty value, found {}", what,
                            node.is_scalar() ? std::string_view("an empty value") : node.kind_name()));
    return std::nullopt;
  }
  return node.text;
}

std::optional<bool> Checker::boolean(const Node& node, std::string_view what) const {
  if (node.is_scalar() && (node.text == "true" || node.text == "false")) return node.text == "true";
  error(node, fmt::format("{} must be true or false", what));
  return std::nullopt;
}

std::optional<int> Checker::integer(const Node& node, std::string_view what, int min, int max) const {
  int value = 0;
  if (node.is_scalar()) {
    const char* first = node.text.data();
    const char* last = first + node.text.size();
    auto [end, ec] = std::from_chars(first, last, value);
    if (ec == std::errc() && end == last && value >= min && value <= max) return value;
  }
  error(node, fmt::format("{} must be a whole number from {} to {}, found {}", what, min, max,
                          node.is_scalar() ? fmt::format("'{}'", node.text) : std::string(node.kind_name())));
  return std::nullopt;
}

}  // namespace pdurate::yaml
