// The sheets of cases in pdu-rate agree's workbook (pdurate/report/xlsx.hpp, agreement).
// Internal to report/xlsx.
#pragma once

#include "pdurate/app/agreement.hpp"
#include "pdurate/rules/rules.hpp"
#include "report/xlsx/workbook.hpp"

namespace pdurate::report::xlsx {

// Disagreements: one row per case and question both judged differently: the case, the
// question, FIRST's and SECOND's answers, whether it is about applicability, and whether it
// decides a rating (engine::Consequence::pivotal).
void disagreements_sheet(Workbook& book, const rules::Rules& rules, const app::Agreement& agreement);
// One file only: the cases in FIRST only, then those in SECOND only.
void one_input_sheet(Workbook& book, const app::Agreement& agreement);

}  // namespace pdurate::report::xlsx
