#include "yaml/tree.hpp"

#include <charconv>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sstream>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "pdurate/rules/rules.hpp"
#include "pdurate/readers/text_position.hpp"

namespace pdurate::yaml {
namespace {

// Thrown from the event handler to stop parsing at the first structural problem.
struct Stop {
  Node at;
  std::string message;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(Limits limits) : limits_(limits) {}

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

  static Node make(Node::Kind kind, const YAML::Mark& m) {
    Node n;
    n.kind = kind;
    n.line = static_cast<std::size_t>(m.line) + 1;
    n.column = static_cast<std::size_t>(m.column) + 1;
    return n;
  }
  static void anchor_error(const YAML::Mark& m) {
    throw Stop{make(Node::Kind::Null, m),
               "anchors (&name) are not accepted in pdu-rate files: write each value out in full"};
  }
  static void check_anchor(const YAML::Mark& m, YAML::anchor_t anchor) {
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
      parent.node.items.push_back(std::move(n));
      parent.expecting_key = true;
    }
  }

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

std::optional<Node> parse(std::string_view text, const std::string& file, Diagnostics& errors,
                          Limits limits) {
  if (auto bad = readers::find_invalid_utf8(text)) {
    const auto pos = readers::position_of(text, *bad);
    errors.add({file, pos.line, pos.column}, "invalid UTF-8: save the file as UTF-8");
    return std::nullopt;
  }
  std::istringstream in{std::string(text)};
  TreeBuilder builder(limits);
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
    errors.add({file, static_cast<std::size_t>(e.mark.line) + 1, static_cast<std::size_t>(e.mark.column) + 1},
               "nesting too deep: this is not a pdu-rate file");
    return std::nullopt;
  } catch (const YAML::ParserException& e) {
    errors.add({file, static_cast<std::size_t>(e.mark.line) + 1, static_cast<std::size_t>(e.mark.column) + 1},
               fmt::format("YAML syntax error: {}", e.msg));
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
    if (auto guess = rules::did_you_mean(key.text, names))
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
