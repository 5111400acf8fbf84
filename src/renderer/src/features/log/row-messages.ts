/** One message in a grid row, with the id the invalid cells point at (aria-describedby). */
export interface RowMessage {
  id: string;
  text: string;
}

export interface RowMessageList<Field extends string> {
  messages: RowMessage[];
  /** For each invalid cell, the id of its message. */
  idByField: Partial<Record<Field, string>>;
}

/**
 * Gathers the messages of one row in column order; cells with the same text (an athlete who already
 * checked in) share one message.
 */
export function buildRowMessages<Field extends string>(
  idPrefix: string,
  fields: readonly Field[],
  textOf: (field: Field) => string | undefined,
): RowMessageList<Field> {
  const messages: RowMessage[] = [];
  const idByField: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const text = textOf(field);
    if (text === undefined) continue;
    const existing = messages.find((message) => message.text === text);
    if (existing) {
      idByField[field] = existing.id;
      continue;
    }
    const id = `${idPrefix}-${field}`;
    messages.push({ id, text });
    idByField[field] = id;
  }
  return { messages, idByField };
}
