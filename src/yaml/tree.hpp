// A YAML document as a small tree whose every node knows its line and column.
// Internal to the core library: the readers and the rules loader share it.
//
// Built from yaml-cpp's event parser rather than YAML::Node because input files are untrusted:
// duplicate mapping keys, anchors/aliases (which expand into shared or cyclic nodes), deep
// nesting and non-scalar keys are all rejected here with a position.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::yaml {

struct Node {
  enum class Kind { Null, Scalar, Sequence, Map };
  Kind kind = Kind::Null;
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based
  std::string text;        // Scalar: the text as written (no type conversion)
  bool quoted = false;     // Scalar: written in quotes
  std::vector<Node> keys;  // Map: the keys (scalars), in order
  std::vector<Node> items; // Sequence: the items; Map: the values, parallel to keys

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_map() const { return kind == Kind::Map; }
  // Map lookup by exact key; nullptr when absent (or not a map).
  const Node* find(std::string_view key) const;
  // "a mapping", "a list", "a value", "nothing": for "expected X, found Y" messages.
  std::string_view kind_name() const;
};

// Inspection and rules files are small (yaml-cpp parses about 2-3 MB/s; bulk cases go in CSV),
// and untrusted: larger or deeper ones are refused with an error.
struct Limits {
  std::size_t max_depth = 64;
  std::size_t max_bytes = std::size_t{16} << 20;  // 16 MiB
};

// Parses exactly one YAML document. Errors (syntax, duplicate keys, aliases, non-scalar keys,
// nesting deeper than limits.max_depth, more than one document) go to `errors` with `file`.
// An empty document yields a Null node. `text` has no byte-order mark (SourceText drops it).
std::optional<Node> parse(std::string_view text, const std::string& file, util::Diagnostics& errors,
                          Limits limits = {});

// Helpers for readers that check a document's shape. Each adds a diagnostic and returns false
// on a mismatch.
class Checker {
 public:
  Checker(const std::string& file, util::Diagnostics& errors) : file_(file), errors_(errors) {}

  util::Location at(const Node& node) const { return {file_, node.line, node.column}; }
  void error(const Node& node, std::string message) const { errors_.add(at(node), std::move(message)); }

  bool expect(const Node& node, Node::Kind kind, std::string_view what) const;
  // Reports each key of `map` not in `allowed` (with a did-you-mean suggestion).
  void only_keys(const Node& map, std::initializer_list<std::string_view> allowed,
                 std::string_view where) const;
  // The value at key, reporting at the map when it is absent.
  const Node* require(const Node& map, std::string_view key, std::string_view where) const;
  // Each key and value of `map` in order, having checked it is a mapping (null: none).
  template <class Each>
  void each_entry(const Node& map, std::string_view what, Each each) const {
    if (map.is_null() || !expect(map, Node::Kind::Map, what)) return;
    for (std::size_t i = 0; i < map.keys.size(); ++i) each(map.keys[i], map.items[i]);
  }
  // A non-empty scalar's text.
  std::optional<std::string> text(const Node& node, std::string_view what) const;
  std::optional<int> integer(const Node& node, std::string_view what, int min, int max) const;
  // `true` or `false`, exactly (not yes/no/on/off, which yaml-cpp's as<bool> would take).
  std::optional<bool> boolean(const Node& node, std::string_view what) const;

  const std::string& file() const { return file_; }
  util::Diagnostics& errors() const { return errors_; }

 private:
  const std::string& file_;
  util::Diagnostics& errors_;
};

}  // namespace pdurate::yaml
