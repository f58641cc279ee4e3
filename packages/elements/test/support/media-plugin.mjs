// @web/test-runner commands that emulate media features in the test page through the DevTools
// protocol: Windows High Contrast (`forced-colors: active`) and a system asking for more contrast
// (`prefers-contrast: more`). The stock emulate-media command passes these on to Playwright only,
// not to the Chrome launcher these tests use. And `screenshot`: a PNG (base64) of a region of the
// page, for checks that only the painted pixels can settle (under forced colours, text sits on a
// backplate that no computed style shows).
const FEATURES = {
  'forced-colors': (on) => (on ? 'active' : 'none'),
  'prefers-contrast': (on) => (on ? 'more' : 'no-preference'),
};

export function forcedColorsPlugin() {
  const cdpSessions = {};
  /** The features emulated in each page: one CDP call sets them all, so each command keeps the others. */
  const emulated = {};
  return {
    name: 'qmi-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command === 'screenshot')
        return session.browser.getPage(session.id).screenshot({ clip: payload.clip, encoding: 'base64' });
      if (!(command in FEATURES)) return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = (cdpSessions[session.id] ??= await page.createCDPSession());
      const features = (emulated[session.id] ??= {});
      features[command] = FEATURES[command](Boolean(payload?.active));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: Object.entries(features).map(([name, value]) => ({ name, value })),
      });
      return true;
    },
  };
}
