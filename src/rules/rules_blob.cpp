#include "pdurate/rules/rules_blob.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace pdurate::rules {
namespace {

constexpr std::string_view kMagic = "pdu-rate rules blob 2\n";

// Each struct's fields, listed once; the Writer and the Reader both walk them.
template <class A> void io(A& a, Provenance& p) { a(p.source, p.where, p.verified, p.note); }
template <class A> void io(A& a, Source& s) { a(s.id, s.title, s.publisher, s.published); }
template <class A> void io(A& a, RatingLevel& r) { a(r.name, r.points, r.provenance); }
template <class A> void io(A& a, CaseworkBand& b) { a(b.rating, b.min_percent, b.provenance); }
template <class A> void io(A& a, KeyQuestion& q) { a(q.id, q.short_id, q.topic, q.text, q.aliases, q.standard); }
template <class A> void io(A& a, Finding& f) {
  a(f.id, f.short_id, f.topic, f.text, f.aliases, f.parent, f.provenance);
}
template <class A> void io(A& a, SamplingSettings& s) {
  a(s.confidence, s.confidence_provenance, s.min_group_size, s.min_group_size_provenance,
    s.relative_rate_confidence, s.relative_rate_provenance, s.resamples, s.seed, s.resampling_provenance);
}
template <class A> void io(A& a, Standard& s) {
  a(s.id, s.name, s.headline, s.domain, s.key_questions, s.scored, s.provenance, s.not_rated_when,
    s.not_rated_provenance);
}
template <class A> void io(A& a, Domain& d) { a(d.id, d.name); }
template <class A> void io(A& a, ScoreBand& b) { a(b.rating, b.min, b.max, b.provenance); }
template <class A> void io(A& a, GuidanceRule& g) {
  a(g.id, g.standard, g.when, g.other, g.usually, g.text, g.provenance);
}
template <class A> void io(A& a, Rules& r) {
  a(r.id, r.name, r.years, r.file, r.sources, r.scale, r.casework_rule_provenance, r.comparison, r.comparison_provenance,
    r.bands, r.domains, r.standards, r.questions, r.score_bands, r.guidance, r.findings, r.sampling);
}

template <class T> constexpr bool is_scalar_v = std::is_arithmetic_v<T> || std::is_enum_v<T>;

class Writer {
 public:
  std::string out{kMagic};

  template <class... T> void operator()(T&... values) { (put(values), ...); }

 private:
  template <class T> void put(T& v) {
    if constexpr (is_scalar_v<T>) {
      out.append(reinterpret_cast<const char*>(&v), sizeof v);
    } else {
      io(*this, v);
    }
  }
  void put(std::string& s) {
    std::uint64_t n = s.size();
    put(n);
    out += s;
  }
  template <class T> void put(std::vector<T>& v) {
    std::uint64_t n = v.size();
    put(n);
    for (auto& x : v) put(x);
  }
  template <class T> void put(std::optional<T>& v) {
    bool has = v.has_value();
    put(has);
    if (has) put(*v);
  }
  template <class V> void put(std::map<std::string, V>& m) {
    std::uint64_t n = m.size();
    put(n);
    for (auto& [k, v] : m) {
      std::string key = k;
      put(key);
      put(v);
    }
  }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok = true;

  template <class... T> void operator()(T&... values) { (get(values), ...); }
  bool finished() const { return ok && in_.empty(); }

 private:
  bool take(void* to, std::size_t n) {
    if (!ok || in_.size() < n) return ok = false;
    std::memcpy(to, in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  std::uint64_t length() {
    std::uint64_t n = 0;
    take(&n, sizeof n);
    if (n > in_.size()) ok = false;  // every element takes at least a byte
    return ok ? n : 0;
  }
  template <class T> void get(T& v) {
    if constexpr (is_scalar_v<T>) {
      take(&v, sizeof v);
    } else {
      io(*this, v);
    }
  }
  void get(std::string& s) {
    const auto n = length();
    if (!ok) return;
    s.assign(in_.substr(0, n));
    in_.remove_prefix(n);
  }
  template <class T> void get(std::vector<T>& v) {
    const auto n = length();
    v.clear();
    for (std::uint64_t i = 0; ok && i < n; ++i) get(v.emplace_back());
  }
  template <class T> void get(std::optional<T>& v) {
    bool has = false;
    get(has);
    v.reset();
    if (ok && has) get(v.emplace());
  }
  template <class V> void get(std::map<std::string, V>& m) {
    const auto n = length();
    m.clear();
    for (std::uint64_t i = 0; ok && i < n; ++i) {
      std::string key;
      get(key);
      get(m[key]);
    }
  }
  std::string_view in_;
};

}  // namespace

std::string encode(const Rules& rules) {
  Rules copy = rules;  // io() takes the fields by reference for reading and writing alike
  Writer w;
  io(w, copy);
  return std::move(w.out);
}

std::optional<Rules> decode(std::string_view blob) {
  if (blob.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  Reader r(blob.substr(kMagic.size()));
  Rules rules;
  io(r, rules);
  if (!r.finished()) return std::nullopt;
  return rules;
}

}  // namespace pdurate::rules
