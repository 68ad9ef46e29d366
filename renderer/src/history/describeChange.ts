/**
 * What an audit entry changed, as lines of "field: old → new". Status changes and
 * corrections record plain values; annotation and user edits record whole objects, of
 * which only the fields that differ are shown; a creation or deletion shows the
 * object's own fields. Bookkeeping fields (ids, timestamps, replies) are left out.
 */
export type ChangeLine = {
  /** The object's field, or null for a plain value. */
  field: string | null;
  from: string | null;
  to: string | null;
};

const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'replies', 'author', 'anchor']);
/** A created or deleted object shows at most this many of its fields. */
const MAX_OBJECT_FIELDS = 4;
const MAX_TEXT = 160;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as one line of text: lists joined, objects as compact JSON, long text cut. */
export function plainValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = Array.isArray(value) ? value.map((item) => plainValue(item) ?? '').join('、') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function shownFields(object: Fields): string[] {
  return Object.keys(object).filter((key) => !BOOKKEEPING.has(key));
}

export function describeChange(oldValue: unknown, newValue: unknown): ChangeLine[] {
  if (isFields(oldValue) && isFields(newValue)) {
    const keys = [...new Set([...shownFields(oldValue), ...shownFields(newValue)])];
    return keys
      .filter((key) => JSON.stringify(oldValue[key]) !== JSON.stringify(newValue[key]))
      .map((key) => ({ field: key, from: plainValue(oldValue[key]), to: plainValue(newValue[key]) }));
  }
  if (isFields(oldValue) || isFields(newValue)) {
    const object = (isFields(newValue) ? newValue : oldValue) as Fields;
    const created = isFields(newValue);
    return shownFields(object)
      .filter((key) => plainValue(object[key]) !== null && plainValue(object[key]) !== '')
      .slice(0, MAX_OBJECT_FIELDS)
      .map((key) => ({ field: key, from: created ? null : plainValue(object[key]), to: created ? plainValue(object[key]) : null }));
  }
  const from = plainValue(oldValue);
  const to = plainValue(newValue);
  return from === null && to === null ? [] : [{ field: null, from, to }];
}
