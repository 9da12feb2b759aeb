// Calls to the ratsarchiv JSON API (issue 6), with errors turned into German messages.

/** Thrown for a failed API call; `status` is the HTTP status (0 when the server is unreachable). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Der Server ist nicht erreichbar.');
  }
  if (!response.ok) {
    let message = `Fehler ${response.status}`;
    try {
      const body = await response.json();
      if (body && body.error) {
        message = body.error.message || message;
        if (body.error.parameter) message = `${body.error.parameter}: ${message}`;
      }
    } catch (_) {
      // not JSON: keep the status line
    }
    throw new ApiError(response.status, message);
  }
  return response.json();
}

/** GET /api/search with the given URLSearchParams. */
export function search(params, signal) {
  return getJson(`/api/search?${params.toString()}`, signal);
}

/** GET /api/documents/{id}. */
export function fetchDocument(id, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}`, signal);
}

/** GET /api/documents/{id}/related. */
export function fetchRelated(id, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}/related`, signal);
}

/**
 * GET /api/suggest?q=…, normalized to [{text, id?}]: completed words and numbers first, then
 * document titles (which carry the document id and open that document).
 */
export async function suggest(q, signal) {
  const body = await getJson(`/api/suggest?${new URLSearchParams({ q }).toString()}`, signal);
  const asItem = (item) => (typeof item === 'string' ? { text: item }
    : { text: item.thema || item.text || item.value || item.number || '', id: item.id, number: item.number });
  if (Array.isArray(body)) return body.map(asItem).filter((s) => s.text);
  return [...(body.words || []), ...(body.numbers || []), ...(body.titles || []), ...(body.suggestions || [])]
    .map(asItem).filter((s) => s.text);
}
