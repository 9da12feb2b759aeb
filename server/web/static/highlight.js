// Highlights the query's words in a document's full text. German words inflect ("Schule",
// "Schulen", "Schulentwicklung"), so a text word matches a query word when it starts with the
// query word's stem-like prefix; the comparison ignores case and umlaut spelling.

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\-\/]*/gu;

function fold(word) {
  return word.toLocaleLowerCase('de-DE').normalize('NFC')
    .replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

/** The folded prefixes a text word must start with to count as a match of query `q`. */
export function queryPrefixes(q) {
  const prefixes = new Set();
  // Drop excluded words (-wort), operators and the field part of field:value.
  const cleaned = String(q || '').replace(/(^|\s)-\S+/g, ' ').replace(/\b[\p{L}]+:/gu, ' ');
  for (const match of cleaned.matchAll(WORD_RE)) {
    const word = fold(match[0]);
    if (['and', 'or', 'not', 'und', 'oder'].includes(word) || word.length < 3) continue;
    // Cut common inflection endings so "Schulen" also finds "Schule".
    const stem = word.length > 5 ? word.replace(/(en|er|es|e|n|s)$/, '') : word;
    prefixes.add(stem);
  }
  return [...prefixes];
}

/** {fragment, count}: the text as nodes, with matching words wrapped in <mark>. */
export function highlightText(text, q) {
  const fragment = document.createDocumentFragment();
  const prefixes = queryPrefixes(q);
  let count = 0;
  let last = 0;
  if (prefixes.length) {
    for (const match of text.matchAll(WORD_RE)) {
      const word = fold(match[0]);
      if (!prefixes.some((p) => word.startsWith(p))) continue;
      fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      if (count === 0) mark.id = 'first-match';
      fragment.appendChild(mark);
      last = match.index + match[0].length;
      count += 1;
    }
  }
  fragment.appendChild(document.createTextNode(text.slice(last)));
  return { fragment, count };
}
