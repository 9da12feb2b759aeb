// The date every document gets: the best one it carries, and where it comes from
// (CouncilDocument::date_source). In this order: its own date (a Niederschrift: its session's);
// the date of its earliest dated Beratungsfolge step; the year of its number; for a budget paper
// ("HAUSHALT 2021"), the year before its budget year; the year its file path names; the first date its text prints (an attachment or a statute rarely prints a date
// of its own, but the dates it cites are its own year in nine of ten cases on Karlsruhe, where a
// better source gives the answer), else the year of the first "Monat yyyy" in it.
#pragma once

#include <optional>
#include <string_view>

#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// Fills doc.date and doc.date_source from the fields already extracted, doc.source and
/// doc.text. A date the extractor found stays as it is.
void choose_document_date(CouncilDocument& doc);

/// The year a document number holds: "2020/0877" and "DHH/2023/1007" -> 2020 and 2023,
/// Magdeburg's "S0254/22" -> 2022; nullopt for numbers without one ("1099", "V 32").
std::optional<int> year_of_number(std::string_view number);

/// The year a source path names as a component or a name part bounded by non-digits
/// ("2019/Vorlagen/x.txt", "protokoll_2021-03.txt"); the last one when several do.
std::optional<int> year_in_path(std::string_view path);

/// Whether a year is plausible for a council document: 1945 up to next year.
bool plausible_year(int year);

} // namespace ratsarchiv::indexer::extract
