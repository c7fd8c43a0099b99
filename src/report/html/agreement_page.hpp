// The parts of pdu-rate agree's HTML page (pdurate/report/html.hpp, agreement) after the
// agreement itself, each a <section>, and what they share. Internal to report/html.
#pragma once

#include <string>
#include <string_view>

#include "pdurate/app/agreement.hpp"
#include "pdurate/rules/rules.hpp"
#include "report/html/markup.hpp"

namespace pdurate::report::html {

struct AgreementPage {
  const rules::Rules& rules;
  const app::Agreement& agreement;
  Markup& out;
};

void agreement_ratings(const AgreementPage& page);        // FIRST, SECOND and moderated (agreement_sections.cpp)
void agreement_pivotal(const AgreementPage& page);        // the disagreements that decide a rating
void agreement_disagreements(const AgreementPage& page);  // every disagreement, case by case
void agreement_one_input(const AgreementPage& page);      // the cases in one input only

}  // namespace pdurate::report::html
