import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree as Puppeteer reports it (the "interesting" nodes only). */
export interface AxNode {
  role: string;
  name?: string;
  level?: number;
  required?: boolean;
  focused?: boolean;
  children?: AxNode[];
}

/**
 * The accessibility tree of the whole page, shadow roots included (the test page holds only the
 * fixture). A `selector` must match an element that is itself in the tree (a host with no role is
 * not: Puppeteer then gives a single node).
 */
export const axTree = (selector?: string) => a11ySnapshot(selector ? { selector } : {}) as unknown as Promise<AxNode>;

/** Every node of `tree` that passes `test`, in document order. */
export function axFindAll(tree: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (test(node)) found.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The headings of `tree` as "level name" strings ("2 Messages du dossier"), easy to compare. */
export const axHeadings = (tree: AxNode) =>
  axFindAll(tree, (node) => node.role === 'heading').map((node) => `${node.level} ${node.name}`);
