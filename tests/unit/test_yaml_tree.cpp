// yaml::parse builds a small positioned tree and refuses what pdu-rate files must not contain:
// duplicate keys, anchors and aliases, deep nesting, non-scalar keys and several documents.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "yaml/tree.hpp"

using pdurate::util::Diagnostics;
using pdurate::yaml::Node;

namespace {

struct Parsed {
  std::optional<Node> root;
  pdurate::util::Diagnostics errors;
};

Parsed parse(std::string_view text, pdurate::yaml::Limits limits = {}) {
  Parsed p;
  p.root = pdurate::yaml::parse(text, "in.yaml", p.errors, limits);
  if (p.root) CHECK(p.errors.empty());
  return p;
}

// The single diagnostic of a failed parse, as "LINE:COLUMN: message".
std::string failure(std::string_view text, pdurate::yaml::Limits limits = {}) {
  const auto p = parse(text, limits);
  CHECK_FALSE(p.root.has_value());
  REQUIRE(p.errors.count() == 1u);
  const auto d = p.errors.listed().front();
  CHECK(d.where.file == "in.yaml");
  return std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message;
}

std::string nested_lists(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("a mapping keeps its keys in order with 1-based positions") {
  const auto p = parse("name: Bradford\nfieldwork: 2024-09\nratings:\n  P1.1: Inadequate\n");
  REQUIRE(p.root.has_value());
  const Node& root = *p.root;
  REQUIRE(root.is_map());
  CHECK(root.line == 1u);
  CHECK(root.column == 1u);
  REQUIRE(root.keys.size() == 3u);
  REQUIRE(root.items.size() == 3u);
  CHECK(root.keys[0].text == "name");
  CHECK(root.keys[1].text == "fieldwork");
  CHECK(root.keys[1].line == 2u);
  CHECK(root.keys[1].column == 1u);
  const Node* fieldwork = root.find("fieldwork");
  REQUIRE(fieldwork != nullptr);
  CHECK(fieldwork->is_scalar());
  CHECK(fieldwork->text == "2024-09");  // as written: no date or number conversion
  CHECK(fieldwork->line == 2u);
  CHECK(fieldwork->column == 12u);
  const Node* ratings = root.find("ratings");
  REQUIRE(ratings != nullptr);
  REQUIRE(ratings->is_map());
  CHECK(ratings->line == 4u);
  CHECK(ratings->column == 3u);
  const Node* p11 = ratings->find("P1.1");
  REQUIRE(p11 != nullptr);
  CHECK(p11->text == "Inadequate");
  CHECK(p11->column == 9u);
  CHECK(root.find("Name") == nullptr);  // lookups are exact
  CHECK(fieldwork->find("x") == nullptr);  // find on a scalar finds nothing
}

TEST_CASE("sequences and flow collections keep items and positions") {
  const auto p = parse("cases:\n  - {case_id: C1, 2.1.1: Yes}\n  - [a, b]\n  - plain\n");
  REQUIRE(p.root.has_value());
  const Node* cases = p.root->find("cases");
  REQUIRE(cases != nullptr);
  REQUIRE(cases->is_sequence());
  REQUIRE(cases->items.size() == 3u);
  const Node& first = cases->items[0];
  CHECK(first.is_map());
  CHECK(first.line == 2u);
  CHECK(first.column == 5u);
  REQUIRE(first.find("2.1.1") != nullptr);
  CHECK(first.find("2.1.1")->text == "Yes");  // never a boolean
  CHECK(first.find("2.1.1")->column == 26u);
  CHECK(cases->items[1].is_sequence());
  CHECK(cases->items[1].items.size() == 2u);
  CHECK(cases->items[2].text == "plain");
  CHECK(cases->items[2].line == 4u);
}

TEST_CASE("the quoted flag tells quoted scalars from plain ones") {
  const auto p = parse("plain: 1.10\ndouble: \"1.10\"\nsingle: 'x'\nempty: \"\"\nblock: |\n  text\n");
  REQUIRE(p.root.has_value());
  const Node& root = *p.root;
  CHECK_FALSE(root.find("plain")->quoted);
  CHECK(root.find("plain")->text == "1.10");
  CHECK(root.find("double")->quoted);
  CHECK(root.find("double")->text == "1.10");
  CHECK(root.find("single")->quoted);
  CHECK(root.find("single")->text == "x");
  CHECK(root.find("empty")->is_scalar());  // "" is an empty value, not nothing
  CHECK(root.find("empty")->quoted);
  CHECK(root.find("empty")->text == "");
  CHECK(root.find("block")->text == "text\n");
  CHECK_FALSE(root.keys[0].quoted);
}

TEST_CASE("empty values and null spellings are Null nodes") {
  const auto p = parse("a:\nb: ~\nc: null\nd: \"null\"\ne: []\n");
  REQUIRE(p.root.has_value());
  const Node& root = *p.root;
  CHECK(root.find("a")->is_null());
  // An empty value is placed at its key, not at the next token (line 2).
  CHECK(root.find("a")->line == 1u);
  CHECK(root.find("a")->column == 1u);
  CHECK(root.find("b")->line == 2u);
  CHECK(root.find("b")->column == 4u);
  CHECK(root.find("b")->is_null());
  CHECK(root.find("c")->is_null());
  CHECK(root.find("d")->is_scalar());
  CHECK(root.find("d")->text == "null");
  CHECK(root.find("e")->is_sequence());
  CHECK(root.find("e")->items.empty());
  CHECK(root.find("a")->kind_name() == "nothing");
  CHECK(root.find("d")->kind_name() == "a value");
  CHECK(root.find("e")->kind_name() == "a list");
  CHECK(root.kind_name() == "a mapping");
}

TEST_CASE("an empty document is a Null root") {
  for (const char* text : {"", "\n", "# only a comment\n", "---\n"}) {
    CAPTURE(text);
    const auto p = parse(text);
    REQUIRE(p.root.has_value());
    CHECK(p.root->is_null());
  }
}

TEST_CASE("a single document with explicit markers is accepted") {
  const auto p = parse("---\na: 1\n...\n");
  REQUIRE(p.root.has_value());
  CHECK(p.root->find("a")->text == "1");
  CHECK(p.root->line == 2u);
}

TEST_CASE("duplicate keys are rejected at the second occurrence") {
  CHECK(failure("a: 1\nb: 2\na: 3\n") == "3:1: duplicate key 'a' (first at line 1): each key may appear once");
  CHECK(failure("outer:\n  x: 1\n  y: 2\n  x: 3\n") ==
        "4:3: duplicate key 'x' (first at line 2): each key may appear once");
  CHECK(failure("{x: 1, y: 2, x: 3}\n") == "1:14: duplicate key 'x' (first at line 1): each key may appear once");
  // Keys are compared as written: these differ.
  CHECK(parse("a: 1\nA: 2\n'a ': 3\n").root.has_value());
}

TEST_CASE("the same key in different mappings is not a duplicate") {
  CHECK(parse("- {a: 1}\n- {a: 2}\n").root.has_value());
  CHECK(parse("one: {a: 1}\ntwo: {a: 2}\n").root.has_value());
}

TEST_CASE("anchors are rejected at the anchor") {
  CHECK(failure("a: &x 1\nb: 2\n") ==
        "1:4: anchors (&name) are not accepted in pdu-rate files: write each value out in full");
  CHECK(failure("a: 1\nb: &m\n  c: 2\n") ==
        "2:4: anchors (&name) are not accepted in pdu-rate files: write each value out in full");
  CHECK(failure("- &s [1]\n") ==
        "1:3: anchors (&name) are not accepted in pdu-rate files: write each value out in full");
}

TEST_CASE("aliases are rejected at the alias") {
  // An alias can only follow an anchor, which is refused first, so a lone alias is reported by
  // yaml-cpp as naming an anchor that does not exist.
  const auto message = failure("a: 1\nb: *x\n");
  CHECK(message.rfind("2:4: YAML syntax error: ", 0) == 0);
  CHECK(message.find("anchor") != std::string::npos);
}

TEST_CASE("nesting deeper than the limit is rejected at the first node too deep") {
  CHECK(failure("a:\n  b:\n    c:\n      d: 1\n", {3}) ==
        "4:7: nesting deeper than 3 levels: this is not a pdu-rate file");
  CHECK(parse("a:\n  b:\n    c: 1\n", {3}).root.has_value());
  // The default limit is 64 levels.
  CHECK(parse(nested_lists(64)).root.has_value());
  CHECK(failure(nested_lists(65)) == "1:65: nesting deeper than 64 levels: this is not a pdu-rate file");
}

TEST_CASE("yaml-cpp's own depth cap is reported as nesting too deep") {
  const auto p = parse(nested_lists(600), {1000});
  CHECK_FALSE(p.root.has_value());
  REQUIRE(p.errors.count() == 1u);
  CHECK(p.errors.listed().front().where.line == 1u);
  CHECK(p.errors.listed().front().message == "nesting too deep: this is not a pdu-rate file");
}

TEST_CASE("more than one document is rejected") {
  for (const char* text : {"a: 1\n---\nb: 2\n", "---\na: 1\n---\nb: 2\n", "a: 1\n...\n---\n"}) {
    CAPTURE(text);
    const auto p = parse(text);
    CHECK_FALSE(p.root.has_value());
    REQUIRE(p.errors.count() == 1u);
    CHECK(p.errors.listed().front().where.line == 0u);
    CHECK(p.errors.listed().front().message ==
          "more than one YAML document ('---'): put one inspection or rule set in a file");
  }
}

TEST_CASE("syntax errors are reported 1-based with yaml-cpp's message") {
  CHECK(failure("a: b: c\n") == "1:5: YAML syntax error: illegal map value");
  CHECK(failure("a: 1\n b: 2\n") == "2:3: YAML syntax error: illegal map value");
  CHECK(failure("a:\n  - 1\n  b: 2\n") == "3:3: YAML syntax error: end of map not found");
  CHECK(failure("a:\n\tb: 1\n") == "2:3: YAML syntax error: illegal map value");
}

TEST_CASE("an unterminated quoted value is a syntax error at its opening quote") {
  // yaml-cpp 0.7 silently ends a quoted scalar at the end of the input, swallowing every line
  // after a forgotten closing quote into the value (and the keys on them with it).
  CHECK(failure("name: \"Bradford\nfieldwork: 2024-09\n") ==
        "1:7: unterminated quoted value: the quote opened here is never closed");
  CHECK(failure("cases:\n  - case_id: C1\n    grade: 'PO\n  - case_id: C2\n") ==
        "3:12: unterminated quoted value: the quote opened here is never closed");
  CHECK(failure("\"key\n: 1\n") == "1:1: unterminated quoted value: the quote opened here is never closed");
  // Escaped and doubled quotes do not close a value.
  CHECK(failure("a: \"say \\\"hi\\\"\n") == "1:4: unterminated quoted value: the quote opened here is never closed");
  CHECK(failure("a: 'it''s\n") == "1:4: unterminated quoted value: the quote opened here is never closed");
  const auto ok = parse("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: \"\"\nd: ''\n");
  REQUIRE(ok.root.has_value());
  CHECK(ok.root->find("a")->text == "say \"hi\"");
  CHECK(ok.root->find("b")->text == "it's");
}

TEST_CASE("a list or mapping as a key is rejected") {
  CHECK(failure("? [a, b]\n: 1\n") == "1:3: a mapping key must be a plain value, not a list or mapping");
  CHECK(failure("{[a]: 1}\n") == "1:2: a mapping key must be a plain value, not a list or mapping");
  CHECK(failure("x: 1\n? {a: 1}\n: 2\n") == "2:3: a mapping key must be a plain value, not a list or mapping");
}

TEST_CASE("an empty key reads as empty text") {
  const auto p = parse("~: 1\n");
  REQUIRE(p.root.has_value());
  REQUIRE(p.root->keys.size() == 1u);
  CHECK(p.root->keys[0].is_scalar());
  CHECK(p.root->keys[0].text == "");
  CHECK(failure("~: 1\n\"\": 2\n") == "2:1: duplicate key '' (first at line 1): each key may appear once");
}

TEST_CASE("columns count characters, not bytes") {
  // "café" is 5 bytes and 4 characters: the second x is the 17th character.
  CHECK(failure("{caf\xC3\xA9: 1, x: 1, x: 2}\n") ==
        "1:17: duplicate key 'x' (first at line 1): each key may appear once");
  const auto p = parse("\xE6\x97\xA5\xE6\x97\xA5: [a, b]\n");
  REQUIRE(p.root.has_value());
  CHECK(p.root->items[0].column == 5u);
  CHECK(p.root->items[0].items[1].column == 9u);
  // CRLF line ends count like LF.
  CHECK(failure("a: 1\r\nb: 1\r\nb: 2\r\n") == "3:1: duplicate key 'b' (first at line 2): each key may appear once");
}

TEST_CASE("invalid UTF-8 is rejected with its position") {
  CHECK(failure("a: 1\nb: caf\xE9\n") == "2:7: invalid UTF-8: save the file as UTF-8");
}

// The Checker helpers readers use to check a document's shape.

TEST_CASE("Checker reports shape mismatches at the node") {
  pdurate::util::Diagnostics errors;
  const std::string file = "in.yaml";
  pdurate::yaml::Checker check(file, errors);
  const auto p = parse("list: [1]\nkeep: 1\nkept: 2\nnumber: 12x\nempty: \"\"\nbig: 99\nmap: {a: 1}\n");
  REQUIRE(p.root.has_value());
  const Node& root = *p.root;

  CHECK(check.expect(*root.find("list"), Node::Kind::Sequence, "list"));
  CHECK_FALSE(check.expect(*root.find("list"), Node::Kind::Map, "the list"));
  CHECK_FALSE(check.text(*root.find("empty"), "empty").has_value());
  CHECK_FALSE(check.text(*root.find("map"), "map").has_value());
  CHECK(check.text(*root.find("keep"), "keep") == "1");
  CHECK(check.integer(*root.find("kept"), "kept", 0, 5) == 2);
  CHECK_FALSE(check.integer(*root.find("number"), "number", 0, 100).has_value());
  CHECK_FALSE(check.integer(*root.find("big"), "big", 0, 21).has_value());
  CHECK(check.require(root, "keep", "the file") == root.find("keep"));
  CHECK(check.require(root, "missing", "the file") == nullptr);
  check.only_keys(root, {"list", "keep", "number", "empty", "big", "map"}, "the file");

  std::vector<std::string> got;
  for (const auto& d : errors.listed())
    got.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message);
  // Listed in the file's order (Diagnostics), whatever order they were found in.
  CHECK(got == std::vector<std::string>{"1:1: the file has no 'missing'",
                                        "1:7: the list must be a mapping, found a list",
                                        "3:1: unknown key 'kept' in the file; did you mean 'keep'?",
                                        "4:9: number must be a whole number from 0 to 100, found '12x'",
                                        "5:8: empty must be a non-empty value, found an empty value",
                                        "6:6: big must be a whole number from 0 to 21, found '99'",
                                        "7:6: map must be a non-empty value, found a mapping"});
}

TEST_CASE("Checker lists the allowed keys when nothing is close") {
  pdurate::util::Diagnostics errors;
  const std::string file = "in.yaml";
  pdurate::yaml::Checker check(file, errors);
  const auto p = parse("zzzzzz: 1\n");
  REQUIRE(p.root.has_value());
  check.only_keys(*p.root, {"name", "fieldwork"}, "inspection");
  REQUIRE(errors.count() == 1u);
  CHECK(errors.listed()[0].message == "unknown key 'zzzzzz' in inspection (expected one of: name, fieldwork)");
}
