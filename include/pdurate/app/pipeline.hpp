// The one path from an input to an Outcome, for every command (rate one inspection, rate many,
// check, diff):
//
//   options checked -> input read (readers) -> what-if and analysis resolved against it
//   -> rated (engine) -> expectations and --strict checked -> Outcome
//
// A problem at any step makes the Outcome invalid, with every problem found so far.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/readers/what_if.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"
#include "pdurate/util/progress.hpp"

namespace pdurate::app {

// What to do with an inspection besides reading and rating it.
struct Request {
  bool check_expectations = true;  // hold the inspection to the file's expect: block
  // --rules was given: it wins over an inspection file's own `rules:`. Otherwise an inspection
  // file that names its rules is rated under them (Outcome::rules), and one that does not under
  // the command's (the default).
  bool rules_given = false;
  bool strict = false;             // fail a guidance departure with no reason recorded
  // --require-all: a key question without a column is an input error, one per question, rather
  // than a standard left not rated.
  bool require_all = false;
  readers::TableOptions table;  // --sheet, --delimiter, --header-row, --encoding
  // For one inspection (pdu-rate FILE); left empty by the commands that rate many.
  std::vector<std::string> expects;               // --expect KEY=VALUE
  readers::WhatIfText what_if;                    // --rating, --answer, --exclude, --where, --shift
  std::optional<readers::AnalysisText> analysis;  // set: analyse the result (--by, --rri, ...)
  bool pivotal = false;                           // --pivotal
  bool keep_cases = false;  // the report lists the cases (report::Format::needs_cases): read them, not just counts
  util::Progress* progress = nullptr;  // hears how long work goes (resampling); nullptr: nobody

  // What the commands that rate many inspections alike ask (rate many, check): the file's
  // expectations, and --strict and --require-all when given.
  static Request for_many(bool strict, bool require_all, bool rules_given, readers::TableOptions table = {}) {
    Request r;
    r.rules_given = rules_given;
    r.strict = strict;
    r.require_all = require_all;
    r.table = std::move(table);
    return r;
  }
};

// The rules `name` names: a built-in rule set's framework id ("hmip-youth-2021"), else a rules
// file ("-": standard input); the default built-in rules when `name` is empty. A path that
// exists wins over a built-in name, so a local file is never shadowed.
std::optional<rules::Rules> load_rules(const std::string& name, util::Diagnostics& errors);

// What an inspection file's `rules:` says (a built-in name or a path), if it says anything.
std::optional<std::string> named_rules(const std::string& path);

// "hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)": how reports name a rule set.
std::string describe(const rules::Rules& rules);

// Reads the inspection at `path` ("-": CSV on standard input; .yaml/.yml: an inspection file;
// else CSV) and rates it under `rules` as `request` asks. Options are checked before the input
// is read, so a mistyped one is reported even when the input is broken too.
Outcome assess(const std::string& path, const rules::Rules& rules, const Request& request);
// The same for an input already read.
Outcome assess(const readers::SourceText& source, const rules::Rules& rules, const Request& request);

// Rates an inspection already read (--pool builds one from several) as `request` asks, into
// `out`, which names it; problems with the options or the what-if make `out` invalid.
void rate_read(Outcome& out, const rules::Rules& rules, const Request& request, model::Inspection&& inspection);

// pdu-rate diff: the inspection at `path` read once, rated under the base rules and under
// `rules` (without checking expectations), and compared (Rated::diff): Failed when a standard's
// rating, the score or the overall rating differs. A problem under one rule set only says which.
Outcome compare(const std::string& path, const rules::Rules& base, const rules::Rules& rules);

}  // namespace pdurate::app
