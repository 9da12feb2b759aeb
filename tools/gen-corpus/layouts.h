// Writes a planned document as the plain text a PDF-to-text tool leaves of the real layouts
// (see corpus/README.md): Magdeburg Drucksachen, Karlsruhe Vorlagen, Bremerhaven and Aschersleben
// Vorlagen, with their damage (tab tables, split dates, line-end hyphenation, check boxes, page
// headers and footers, form feeds).
#pragma once

#include <string>

#include "tools/gen-corpus/case_planner.h"

namespace ratsarchiv::gen_corpus {

/// Breaks text into lines of at most `width` bytes, now and then hyphenating a long word at the
/// line end ("Maß-\nnahme") the way PDF text keeps it. Splits only between UTF-8 characters.
inline std::string wrap(const std::string& text, std::size_t width, Rng& rng) {
    std::string out;
    std::size_t line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" \n", start);
        end = end == std::string::npos ? text.size() : end;
        std::string word = text.substr(start, end - start);
        if (line > 0 && line + 1 + word.size() > width) {
            const std::size_t room = width > line + 2 ? width - line - 2 : 0;
            std::size_t cut = room;
            while (cut > 0 && cut < word.size() && (word[cut] & 0xC0) == 0x80) {
                --cut;
            }
            if (word.size() >= 10 && word.find('-') == std::string::npos && cut >= 4 &&
                cut + 4 <= word.size() && rng.percent(60)) {
                out += " " + word.substr(0, cut) + "-";
                word = word.substr(cut);
            }
            out += "\n";
            line = 0;
        }
        out += (line > 0 ? " " : "") + word;
        line += (line > 0 ? 1 : 0) + word.size();
        if (end < text.size() && text[end] == '\n') {
            out += "\n";
            line = 0;
        }
        start = end + 1;
    }
    return out;
}

/// "öffentlich" or "nicht öffentlich", as Magdeburg tables write it.
inline std::string public_word(bool is_public) {
    return is_public ? "öffentlich" : "nicht öffentlich";
}

/// "12.\t07.2022)": how a date cell split by the PDF converter looks (Magdeburg Verteiler).
inline std::string split_date(Day day, Rng& rng) {
    const std::string date = german_date(day);
    return rng.percent(50) ? date.substr(0, 3) + "\t" + date.substr(3) : date;
}

/// Magdeburg Information (I…/yy) or Drucksache (DS…/yy), like the seed I0276/23.
inline std::string magdeburg_vorlage(const DocumentPlan& plan) {
    std::string t = "\n\nLandeshauptstadt Magdeburg - " + magdeburg_office(plan.year) +
                    " -\t\tDatum " + german_date(plan.date) + "\n";
    t += plan.dezernat + "\tAmt " + plan.amt + "\tÖffentlichkeitsstatus " +
         public_word(plan.is_public) + "\n\n";
    t += plan.type == "Information" ? "I N F O R M A T I O N" : "D R U C K S A C H E";
    t += "\n\n" + plan.number + "\n\nBeratung\tTag\tBehandlung\n";
    for (const auto& step : plan.steps) {
        t += step.gremium + "\t" + german_date(step.date) + "\t" + public_word(step.is_public) +
             "\n";
    }
    t += "\nThema: " + plan.thema + "\n\n";
    if (plan.type != "Information") {
        t += "Beschlussvorschlag:\n\n" + plan.paragraphs[0] + "\n\nBegründung:\n\n" +
             plan.paragraphs[1];
    } else {
        t += plan.paragraphs[0] + "\n\n" + plan.paragraphs[1];
    }
    t += "\n\n" + plan.signatory + "\n";
    for (const auto& attachment : plan.attachments) {
        t += "\n" + attachment.title + (attachment.is_public ? "" : " nichtöffentlich") + "\n";
    }
    return t;
}

/// Magdeburg Antrag (A…/yy) or Anfrage (F…/yy): the tabbed head, Kurztitel, text.
inline std::string magdeburg_request(const DocumentPlan& plan) {
    const bool antrag = plan.type == "Antrag";
    std::string t = "Landeshauptstadt Magdeburg\n\n" + plan.type + "\tDatum\tNummer\nöffentlich\t" +
                    german_date(plan.date) + "\t" + plan.number + "\nAbsender\n";
    t += antrag ? plan.submitter + "\n" : plan.signatory + "\n" + plan.submitter + "\n";
    t += antrag ? "Adressat\nVorsitzender des Stadtrates\nHerrn Prof. Dr. Jörg Lindemann\n"
                : "Adressat\n" + magdeburg_office(plan.year).substr(4) + "\n" +
                      magdeburg_head(plan.year) + "\n";
    t += "Gremium\tSitzungstermin\nStadtrat\t" + german_date(plan.steps[0].date) + "\nKurztitel\n" +
         plan.thema + "\n\n";
    if (antrag) {
        t += "Der Stadtrat möge beschließen:\n\n" + plan.paragraphs[0] + "\n\nBegründung:\n\n" +
             plan.paragraphs[1] + "\n\n" + plan.signatory + "\nFraktionsvorsitz\n";
        return t;
    }
    t += plan.paragraphs[0] + "\n\nIch frage:\n\n";
    for (std::size_t i = 0; i < plan.questions.size(); ++i) {
        t += std::to_string(i + 1) + ". " + plan.questions[i] + "\n";
    }
    return t + "\n" + plan.signatory + "\nMitglied des Stadtrates\n";
}

/// Magdeburg Stellungnahme to an Antrag (one tabbed block) or to an Anfrage, like the seeds.
inline std::string magdeburg_stellungnahme(const DocumentPlan& plan, Rng& rng) {
    const bool antrag = plan.answered_type == "Antrag";
    std::string t = "Landeshauptstadt Magdeburg\n\n";
    if (antrag) {
        t += "Stellungnahme der Verwaltung\tStadtamt\tStellungnahme-Nr.\tDatum\nöffentlich\t" +
             plan.amt + "\t" + plan.number + "\t" + german_date(plan.date) + "\nzum/zur\t\t\t\n" +
             plan.refs[0] + " – " + plan.submitter + "\t\t\t\n";
    } else {
        t += "Stellungnahme der Verwaltung\n\nöffentlich\n\nStadtamt\tStellungnahme-Nr.\tDatum\n" +
             plan.amt + "\t" + plan.number + "\t" + german_date(plan.date) + "\nzum/zur\t\t\n" +
             plan.refs[0] + " " + plan.signatory + " (" + plan.submitter + ")\t\t\n";
    }
    t += "Bezeichnung\t\t\n" + plan.thema + "\t\t\nVerteiler\tTag\t\n";
    for (const auto& step : plan.steps) {
        t += step.gremium + "\t" + split_date(step.date, rng) + "\t\n";
    }
    t += "\n" + (antrag ? plan.paragraphs[0] + "\n\nDie Stadtverwaltung nimmt wie folgt Stellung:"
                        : "Zur obigen Anfrage wird wie folgt Stellung genommen:");
    t += "\n\n" + plan.paragraphs[1] + "\n\n" + magdeburg_head(plan.year) + "\n";
    return t;
}

/// The Karlsruhe form's table of committees: "Gremien Termin TOP Ö / N Zuständigkeit".
inline std::string karlsruhe_steps(const DocumentPlan& plan, Rng& rng) {
    std::string t = "Gremien Termin TOP Ö / N Zuständigkeit\n";
    for (const auto& step : plan.steps) {
        t += step.gremium + " " + german_date(step.date) + " " +
             std::to_string(rng.between(1, 40)) + " " + (step.is_public ? "Ö" : "N") + " " +
             step.role + "\n";
    }
    return t;
}

/// The check-box block of the Karlsruhe form (finances, CO2 relevance).
inline std::string karlsruhe_boxes(Rng& rng) {
    const bool costs = rng.percent(50);
    std::string t = std::string("Finanzielle Auswirkungen Ja ") + (costs ? "☒" : "☐") + " Nein " +
                    (costs ? "☐" : "☒") + "\n☐ Investition\n☐ Konsumtive Maßnahme\n";
    t += "CO2-Relevanz: Auswirkung auf den Klimaschutz\nNein ☒ Ja ☐ positiv ☐\nnegativ ☐\n";
    return t + "IQ-relevant Nein ☒ Ja ☐ Korridorthema:\n";
}

/// Karlsruhe Vorlage, Antrag, Anfrage or Stellungnahme in the form used since 2024.
inline std::string karlsruhe_document(const DocumentPlan& plan, Rng& rng) {
    const bool request = plan.type == "Antrag" || plan.type == "Anfrage";
    std::string heading =
        plan.type == "Stellungnahme"
            ? std::string(plan.answered_type == "Antrag" ? "Stellungnahme zum Antrag"
                                                         : "Stellungnahme zur Anfrage")
            : plan.type;
    std::string t =
        heading + "\nGedruckt auf 100 Prozent Recyclingpapier\nVorlage Nr.: " + plan.number;
    t += request ? "\nEingang: " + german_date(plan.date) + "\n"
                 : " Verantwortlich: " + plan.dezernat + "\nDienststelle: " + plan.amt + "\n";
    t += wrap(plan.thema, 100, rng) + "\n";
    const std::string& submitted = plan.answered_type.empty() ? plan.type : plan.answered_type;
    t += plan.submitter.empty() ? "" : submitted + ": " + plan.submitter + "\n";
    t += karlsruhe_steps(plan, rng);
    t += wrap(plan.paragraphs[0], 100, rng) + "\n";
    for (std::size_t i = 0; i < plan.questions.size(); ++i) {
        t += std::to_string(i + 1) + ". " + plan.questions[i] + "\n";
    }
    t += request ? "Unterzeichnet von:\n" + plan.signatory + "\n" : karlsruhe_boxes(rng);
    t += "\n-- 1 of 2 --\n\n" + std::string(rng.percent(30) ? "\f" : "") + "– 2 –\n";
    t += request ? "Sachverhalt/Begründung:\n" : "Erläuterungen\n";
    return t + wrap(plan.paragraphs[1], 100, rng) + "\n\n-- 2 of 2 --\n\n";
}

/// Karlsruhe Niederschrift: one item per cited Vorlage ("Vorlage: 2022/0016").
inline std::string karlsruhe_niederschrift(const DocumentPlan& plan, Rng& rng) {
    std::string t = plan.thema + "\n" + german_date(plan.date) + ", 15:30 Uhr\n" +
                    public_word(plan.is_public) + "\nBürgersaal, Rathaus Marktplatz\n";
    for (std::size_t i = 0; i < plan.refs.size(); ++i) {
        t += "Punkt " + std::to_string(i + 3) + " der Tagesordnung: " +
             wrap(fill("Beratung über die Vorlage zu {place}", rng, *plan.body, plan.year), 100,
                  rng) +
             "\nVorlage: " + plan.refs[i] + "\nBeschluss:\n" +
             (i == 0 ? "Zustimmung zum Antrag der Verwaltung" : "Kenntnisnahme") +
             "\nAbstimmungsergebnis:\n" + std::to_string(rng.between(20, 40)) + " Ja-Stimmen, " +
             std::to_string(rng.between(0, 12)) + " Nein-Stimmen\n" +
             wrap(plan.paragraphs[i % 2], 100, rng) + "\n";
    }
    return t;
}

/// Bremerhaven "Vorlage Nr. 15/2024" with sections A to G.
inline std::string bremerhaven_vorlage(const DocumentPlan& plan) {
    const auto& step = plan.steps[0];
    std::string genitive = "des " + step.gremium + "es";
    if (step.gremium == "Magistrat") {
        genitive = "des Magistrats";
    } else if (step.gremium.rfind("Ausschuss ", 0) == 0) {
        genitive = "des Ausschusses" + step.gremium.substr(9);
    }
    std::string t = "\n\nVorlage Nr. " + plan.number + "\t\nfür die Sitzung " + genitive +
                    ".\t\nBeratung in öffentlicher Sitzung:\t" + (plan.is_public ? "ja" : "nein") +
                    "\tAnzahl Anlagen: " + std::to_string(plan.attachments.size()) + "\n\n";
    t += plan.thema + "\n\nA Problem\n\n" + plan.paragraphs[0] + "\n\nB Lösung\n\n" +
         plan.paragraphs[1] + "\n\nC Alternativen\n\nKeine.\n\n";
    t += "D Auswirkungen des Beschlussvorschlages\n\nKlimaschutzrelevante Auswirkungen sind nicht "
         "zu erwarten.\n\nE Beteiligung/Abstimmung\n\nDie Vorlage ist mit der Kämmerei "
         "abgestimmt.\n\nF Öffentlichkeitsarbeit/Veröffentlichung nach dem BremIFG\n\nKeine.\n\n";
    t += "G Beschlussvorschlag\n\nDer " + step.gremium + " stimmt der Vorlage zu.\n\n" +
         plan.signatory + "\n\nAnlagen:\n";
    for (const auto& attachment : plan.attachments) {
        t += attachment.title.substr(attachment.title.find("– ") + 4) +
             (attachment.is_public ? "" : " (nichtöffentlich)") + "\n";
    }
    return t;
}

/// Aschersleben "Vorlage Nr. VII/0680/24" with its vote table.
inline std::string aschersleben_vorlage(const DocumentPlan& plan) {
    std::string t = "\n\nSTADT ASCHERSLEBEN\n\nTagesordnungspunkt\t\nVorlage Nr. " + plan.number +
                    "\t" + plan.dezernat + " AZ: D/ra-sy\n" +
                    (plan.is_public ? "öffentlich" : "nichtöffentlich") +
                    "\t\n\nNr.\tGremium\tDatum\tja\tnein\tEnth.\n";
    int row = 1;
    auto count = [](int n) { return n == 0 ? std::string("/") : std::to_string(n); };
    for (const auto& step : plan.steps) {
        t += std::to_string(row++) + " .\t" + step.gremium + "\t" + german_date(step.date) + "\t";
        t += step.has_votes
                 ? count(step.ja) + "\t" + count(step.nein) + "\t" + count(step.enthaltung)
                 : "- " + step.result + " -\t\t";
        t += "\n";
    }
    t += "\n" + plan.thema + "\n\n" + plan.paragraphs[0] + "\n\n" + plan.paragraphs[1] +
         "\n\nZuständigkeit: § 45 Abs. 2 KVG LSA\n\nBeschlussvorschlag:\n\nDer Stadtrat stimmt der "
         "Vorlage zu.\n\nOberbürgermeister\n\nAnlage:\n\n" +
         plan.attachments[0].title + "\n";
    return t;
}

/// The text of a planned document in its body's layout.
inline std::string render(const DocumentPlan& plan, Rng& rng) {
    switch (plan.body->layout) {
    case Layout::Magdeburg:
        if (plan.type == "Stellungnahme") {
            return magdeburg_stellungnahme(plan, rng);
        }
        return plan.type == "Antrag" || plan.type == "Anfrage" ? magdeburg_request(plan)
                                                               : magdeburg_vorlage(plan);
    case Layout::Karlsruhe:
        return plan.type == "Niederschrift" ? karlsruhe_niederschrift(plan, rng)
                                            : karlsruhe_document(plan, rng);
    case Layout::Bremerhaven:
        return bremerhaven_vorlage(plan);
    case Layout::Aschersleben:
        return aschersleben_vorlage(plan);
    }
    return {};
}

} // namespace ratsarchiv::gen_corpus
