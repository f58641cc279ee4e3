// Whether the text of each button can be read, judged from the pixels the browser painted. Under
// forced colours the computed styles do not tell: Chromium paints a backplate of `Canvas` behind
// text, so a `Canvas` label on a `LinkText` button computes as white on blue but shows white on
// white (issue 12: a blank bar). Runs in the page; no imports, so that test/stories.test.mjs can
// bundle it and inject it into a Storybook page as it injects axe.

export interface ButtonText {
  /** The button's text, to name it in a failure. */
  readonly label: string;
  /** Where its text is painted, in CSS pixels from the top left of the document, rounded outwards. */
  readonly clip: { x: number; y: number; width: number; height: number };
}

export interface TextContrast {
  readonly ratio: number;
  readonly text: string;
  readonly background: string;
}

/** Everything drawn as a button: native buttons, ARIA buttons and labels styled as buttons (the uploader's "Choisir un fichier"). */
const BUTTONS = 'button, [role="button"], label.button';

/**
 * Every button with visible text under `root`, in its shadow roots too. While a modal dialog is
 * open, only its buttons: the rest of the page is inert, under the dialog's backdrop.
 */
export function buttonsWithText(root: Document | ShadowRoot | Element = document): Element[] {
  const found: Element[] = [];
  const modals: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll(BUTTONS)) {
      const rect = el.getBoundingClientRect();
      // Visually hidden texts (1 px boxes) and hidden buttons are not drawn.
      if (rect.width > 2 && rect.height > 2 && el.textContent?.trim()) found.push(el);
    }
    modals.push(...node.querySelectorAll('dialog:modal'));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return modals.length ? found.filter((button) => modals.some((modal) => modal.contains(button))) : found;
}

/** What a system colour computes to in this browser. */
export function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/**
 * Texts painted in `Canvas` under forced colours: Chromium draws a backplate of that very colour
 * behind text, so they vanish whatever their own background (a badge, a receipt...), unless their
 * element opts out (`forced-color-adjust: none`) and paints its own background. Read from computed
 * styles, so it needs no scrolling: it sees texts below the fold as they are.
 */
export function textsPaintedInCanvas(root: Document | ShadowRoot | Element = document): string[] {
  const canvas = systemColour('Canvas');
  const out: string[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const own = [...el.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
      const rect = el.getBoundingClientRect();
      if (!own.length || rect.width <= 2 || rect.height <= 2) continue;
      const style = getComputedStyle(el);
      if (style.forcedColorAdjust !== 'none' && style.visibility === 'visible' && style.color === canvas) {
        out.push(own.map((text) => text.textContent!.trim()).join(' '));
      }
    }
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return out;
}

/** Text for screen readers only (`.visually-hidden`: a 1 px box that clips it) is not painted. */
const hiddenText = (node: Node, button: Element): boolean => {
  for (let el = node.parentElement; el && el !== button; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (
      style.clipPath.startsWith('inset(50%') ||
      (el.getBoundingClientRect().width <= 1 && style.overflow === 'hidden')
    )
      return true;
  }
  return false;
};

/**
 * The box of the text a button shows: its text nodes' boxes, without those of words hidden for screen
 * readers (whose glyphs a range still measures at their full width, though nothing of them is painted).
 */
function visibleTextRect(button: Element): DOMRect {
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || hiddenText(node, button)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    range.detach();
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  if (left === Infinity) {
    const range = document.createRange();
    range.selectNodeContents(button);
    const box = range.getBoundingClientRect();
    range.detach();
    return box;
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

/** Scrolls a button into view and says where its text is painted (the box of its text, without the padding). */
export function textBox(button: Element): ButtonText {
  button.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = visibleTextRect(button);
  // Inset by one pixel: the text's box is the backplate's, and a row of the button's own background
  // at its edge would otherwise pass for a text colour.
  const x = Math.ceil(rect.left + scrollX) + 1;
  const y = Math.ceil(rect.top + scrollY) + 1;
  return {
    label: button.textContent!.replace(/\s+/g, ' ').trim(),
    clip: {
      x,
      y,
      width: Math.max(1, Math.floor(rect.right + scrollX) - 1 - x),
      height: Math.max(1, Math.floor(rect.bottom + scrollY) - 1 - y),
    },
  };
}

/**
 * The box of a button's text once it holds still: scrolled into view, an element may change (the
 * messages mark a reply read and drop the badge above their form), moving the button. Null when the
 * button is gone meanwhile (a status line that retries renders a new one).
 */
export async function settledTextBox(button: Element): Promise<ButtonText | null> {
  const frame = () => new Promise(requestAnimationFrame);
  let box = textBox(button);
  for (let tries = 0; tries < 20; tries++) {
    await frame();
    await frame();
    if (!button.isConnected) return null;
    const again = textBox(button);
    if (JSON.stringify(again) === JSON.stringify(box)) break;
    box = again;
  }
  return box;
}

/**
 * The contrast of a picture of some text: its background is the commonest colour, its text the
 * colour that differs most from it among those covering at least 1% of the picture (so stray
 * anti-aliasing pixels do not count). A blank picture has a ratio of 1.
 */
export async function textContrast(pngBase64: string): Promise<TextContrast> {
  const image = new Image();
  image.src = `data:image/png;base64,${pngBase64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const background = sorted[0]![0];
  const luminance = (key: number) => {
    const linear = [key >> 16, (key >> 8) & 255, key & 255].map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  };
  const ratioTo = (key: number) => {
    const [a, b] = [luminance(key), luminance(background)].sort((p, q) => q - p);
    return (a! + 0.05) / (b! + 0.05);
  };
  let text = background;
  for (const [key, count] of sorted) if (count >= total / 100 && ratioTo(key) > ratioTo(text)) text = key;
  const hex = (key: number) => `#${key.toString(16).padStart(6, '0')}`;
  return { ratio: Math.round(ratioTo(text) * 100) / 100, text: hex(text), background: hex(background) };
}

/**
 * The buttons under `root` whose text does not reach `minimum` contrast, each described with what
 * was seen. `shoot` takes a PNG (base64) of a region of the page: a test-runner command in the
 * component tests, puppeteer's screenshot in the stories. A box that moved while it was photographed
 * (a status line above changed) is photographed again; a button gone meanwhile is skipped.
 */
export async function unreadableButtons(
  root: Document | ShadowRoot | Element,
  shoot: (clip: ButtonText['clip']) => Promise<string>,
  minimum = 4.5,
): Promise<string[]> {
  const failures: string[] = [];
  for (const button of buttonsWithText(root)) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const box = await settledTextBox(button);
      if (!box) break;
      const png = await shoot(box.clip);
      if (!button.isConnected) break;
      if (JSON.stringify(textBox(button)) !== JSON.stringify(box)) continue;
      const { ratio, text, background } = await textContrast(png);
      if (ratio < minimum) failures.push(`"${box.label}": ${text} on ${background} (${ratio}:1)`);
      break;
    }
  }
  return failures;
}
