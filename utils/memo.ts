/**
 * A function of a string, remembered: detection reads the same labels on every rescan. Bounded (cleared when
 * full) so a page that keeps changing its text cannot grow it without end. Results must not be mutated.
 */
export function memoByText<T>(fn: (text: string) => T, max = 2000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= max) memo.clear();
      memo.set(text, (value = fn(text)));
    }
    return value;
  };
}
