/**
 * A value made when first asked for and kept only while something else holds it (a WeakRef), made
 * again when asked for after that: what a page needs while it is written (a rendered body, the
 * marks of its shared passages) is not kept in memory with every other page's after it is written.
 */
export function lightly<T extends object>(make: () => T): () => T {
  let kept: WeakRef<T> | undefined;
  return () => {
    const alive = kept?.deref();
    if (alive) return alive;
    const made = make();
    kept = new WeakRef(made);
    return made;
  };
}
