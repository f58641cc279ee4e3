/** Links one of the themes (or any stylesheet) into the test page, as a page's <link> does; resolves with its removal once loaded. */
export const linkStylesheet = (href: string, media?: string) =>
  new Promise<() => void>((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    if (media) link.media = media;
    link.onload = () => resolve(() => link.remove());
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });

/** `--qmi-color-primary` under themes/high-contrast.css, as getComputedStyle writes it. */
export const PRIMARY_HIGH_CONTRAST = 'rgb(117, 233, 252)';

/** A part of an element, by its name. */
export const partOf = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
