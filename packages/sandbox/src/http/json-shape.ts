import type { FieldError, Lang } from '@qmi/core';

/**
 * Bounds on the shape of any JSON body, well above what any schema allows (a dossier nests six
 * levels, its lists hold 30 items, its texts 8,000 characters): honest mistakes still get the
 * schema's own message, and only abuse meets these. They are checked before any recursive code
 * (merge patch, schema validation) sees the value, so a deep body cannot overflow the stack.
 */
export const JSON_SHAPE_LIMITS = { depth: 32, items: 1000, members: 1000, textLength: 100_000, nameLength: 1000 };

interface Node {
  value: unknown;
  depth: number;
  key?: string;
  parent?: Node;
}

const pathOf = (node: Node | undefined): string => {
  const keys: string[] = [];
  for (let at = node; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
};

/**
 * The first place where a parsed JSON value exceeds the limits, as a field error; undefined when
 * it fits. Iterative (an explicit stack), since JSON.parse itself accepts any depth.
 */
export function jsonShapeError(value: unknown, lang: Lang, limits = JSON_SHAPE_LIMITS): FieldError | undefined {
  const count = (n: number) => new Intl.NumberFormat(lang).format(n);
  const refuse = (node: Node | undefined, code: string, fr: string, en: string): FieldError => ({
    path: pathOf(node),
    code,
    message: lang === 'en' ? en : fr,
  });
  const stack: Node[] = [{ value, depth: 1 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value, depth } = node;
    if (typeof value === 'string' && value.length > limits.textLength) {
      const max = count(limits.textLength);
      return refuse(
        node,
        'too_big',
        `Texte trop long : ${max} caractères au plus.`,
        `Text too long: ${max} characters at most.`,
      );
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limits.depth) {
      const max = count(limits.depth);
      return refuse(
        node,
        'too_deep',
        `Trop d’imbrication : ${max} niveaux au plus.`,
        `Nested too deeply: ${max} levels at most.`,
      );
    }
    if (Array.isArray(value)) {
      if (value.length > limits.items) {
        const max = count(limits.items);
        return refuse(node, 'too_big', `Trop d’éléments : ${max} au plus.`, `Too many items: ${max} at most.`);
      }
      value.forEach((item, index) => stack.push({ value: item, depth: depth + 1, key: String(index), parent: node }));
      continue;
    }
    const entries = Object.entries(value);
    if (entries.length > limits.members) {
      const max = count(limits.members);
      return refuse(node, 'too_big', `Trop de membres : ${max} au plus.`, `Too many members: ${max} at most.`);
    }
    for (const [key, item] of entries) {
      if (key.length > limits.nameLength) {
        const max = count(limits.nameLength);
        return refuse(
          node,
          'too_big',
          `Nom de membre trop long : ${max} caractères au plus.`,
          `Member name too long: ${max} characters at most.`,
        );
      }
      stack.push({ value: item, depth: depth + 1, key, parent: node });
    }
  }
  return undefined;
}
