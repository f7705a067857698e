// The designer validates the whole flow on every keystroke, but only the text being edited
// changes: results for the others are kept. Matching is a pure function of its arguments, so
// a kept result is always the right one.

const LIMIT = 5_000;

/** A bounded map that forgets its oldest entries first. */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= LIMIT) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }
}
