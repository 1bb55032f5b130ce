/**
 * One empty instance of each class the extractor makes per text, kept for the module's life.
 *
 * Why: V8 keeps the hidden class that an instance's fields give it only while some instance
 * lives, and throws away optimised code that checks for that class when a collection frees
 * it. Every per-text object dies with its text, so after any full collection between two
 * texts (routine in the background worker, which idles between pages, and in a batch) the
 * hot functions fell back to slower code until optimised again: profiled, a pass over the
 * corpus ran three times slower right after a collection (`--trace-deopt`: "weak objects").
 * A living instance keeps the class, and with it the optimised code.
 */
const exemplars: object[] = [];

/** Keeps `instance` (built from empty input) alive, and with it its class's hidden class. */
export function keepShape<T extends object>(instance: T): T {
  exemplars.push(instance);
  return instance;
}
