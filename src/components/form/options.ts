/** Options from a record of labels by value, in the record's order (for radios or a select). */
export const optionsFrom = <Label>(
  labels: Readonly<Record<string, Label>>,
): Array<{ value: string; label: Label }> =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
