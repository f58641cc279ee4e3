/** Platforms whose refusal of this page's origin was already told to the page's developer. */
const told = new Set<string>();

/**
 * Tells the page's developer, once per platform, that the platform refuses requests from this page's
 * origin, and how to allow it (see `connectionProblem`): a visitor cannot fix it, its developer can.
 */
export function tellDeveloper(platform: string | undefined): void {
  const key = platform ?? '';
  if (told.has(key)) return;
  told.add(key);
  const origin = globalThis.location?.origin ?? 'this page';
  console.error(
    `[qmi-kit] The platform ${platform ?? ''} does not accept requests from this page's origin (${origin}): ` +
      `add "${origin}" to its allowed origins (QMI_ALLOWED_ORIGINS for @qmi/sandbox).`,
  );
}
