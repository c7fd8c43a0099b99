// Build-time tool: loads a rules file with every check and writes a C++ source holding it in
// the binary form of rules/rules_blob.hpp. Usage: compile_rules RULES.yaml NAME OUTPUT.cpp
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules_blob.hpp"
#include "pdurate/util/text_position.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: compile_rules RULES.yaml NAME OUTPUT.cpp\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "compile_rules: cannot read %s\n", argv[1]);
    return 1;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  pdurate::util::Diagnostics errors;
  auto rules = pdurate::rules::load_rules(pdurate::util::without_bom(text), argv[1], errors);
  if (!rules) {
    for (const auto& d : errors.listed()) std::fprintf(stderr, "%s\n", pdurate::util::format(d).c_str());
    return 1;
  }
  rules->file = std::string("built-in ") + argv[2];
  const std::string blob = pdurate::rules::encode(*rules);
  std::ostringstream out;
  out << "// Generated from " << argv[2] << " by src/tools/compile_rules: do not edit.\n"
      << "#include \"pdurate/rules/default_rules.hpp\"\n\n"
      << "namespace pdurate::rules {\n\nstd::string_view default_rules_blob() {\n"
      << "  static constexpr unsigned char blob[] = {";
  for (std::size_t i = 0; i < blob.size(); ++i)
    out << (i % 24 == 0 ? "\n      " : "") << static_cast<unsigned>(static_cast<unsigned char>(blob[i])) << ',';
  out << "\n  };\n  return {reinterpret_cast<const char*>(blob), sizeof blob};\n}\n\n}  // namespace pdurate::rules\n";
  std::ofstream file(argv[3], std::ios::binary);
  file << out.str();
  if (!file) {
    std::fprintf(stderr, "compile_rules: cannot write %s\n", argv[3]);
    return 1;
  }
  return 0;
}
