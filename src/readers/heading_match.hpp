// What a heading resembles when it is not exactly a question's id or alias: the forms people
// write for a key question or finding ("Q2.1.1", "2,1,1", the question's full text, a paraphrase
// of it). Internal to readers; classify_column (case_columns.hpp) decides what each finding
// means, so that a heading like a question is never silently read as a case attribute.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/rules/rules.hpp"

namespace pdurate::readers::heading {

// ASCII lower case; each run of spaces, tabs, '_' and '-' one space; leading spaces and trailing
// spaces and punctuation (? : . ! ; ,) dropped. "Does X?" and "does  x" are then equal, and so
// are "assessment_engagement" and "Assessment engagement".
std::string normalise(std::string_view heading);

// The answer slots (Rules::question_slots) one of whose names (id, short id, text, alias) equals
// `heading` once both are normalised; ascending and distinct.
std::vector<std::size_t> slots_named(const rules::Rules& rules, std::string_view heading);

// The ids written in `heading`, in order, distinct: each run of digits, '.' and ',' with three or
// more groups of one or two digits ("Q2.1.1", "KQ 2.1.1:", "2,1,1", "2.1.1. Assessment") as
// "2.1.1", with a one-letter prompt suffix ("Q2.1.3.a") as "2.1.3.a"; and each "F." name that
// starts a word ("Finding F.oversight") as "F.oversight".
std::vector<std::string> ids_in(std::string_view heading);

// The slots whose question text the words of `heading` resemble, closest first, all equally close
// (several when the heading fits several as well); empty when none does. See heading_match.cpp
// for the test and the evidence for its threshold.
std::vector<std::size_t> resembled(const rules::Rules& rules, std::string_view heading);

}  // namespace pdurate::readers::heading
