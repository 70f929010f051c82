// Disjoint sets over string keys. The smaller key always becomes the root, so the grouping and
// anything derived from a root do not depend on the order in which links were found.

export class UnionFind {
  private parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression, iterative so long chains cannot overflow the stack.
    for (let cur = x; cur !== root;) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    if (!this.parent.has(x)) this.parent.set(x, x);
    return root;
  }

  union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    return root;
  }

  same(a: string, b: string): boolean {
    return this.find(a) === this.find(b);
  }
}
