import { INSEE_CODE } from '@qmi/core';
import { applicationWindowMessage, applicationWindowState } from '../application-window.js';
import { defineRule, type Rule, type RuleContext } from './types.js';

const communeOf = (context: RuleContext) => {
  const code = context.application.commune?.trim() ?? '';
  return { code, match: code ? context.territory?.find(code) : undefined };
};

/** The dossier names a commune (its INSEE code). */
export const communeRequired = /* @__PURE__ */ defineRule({
  id: 'commune.required',
  reports: ['commune.required'],
  category: 'eligibility',
  severity: 'error',
  check: (context) => (communeOf(context).code ? [] : [{ path: 'commune', params: {} }]),
});

/** The commune is a current member of the call's territory (the MGP), former codes of merged members included. */
export const communeInTerritory = /* @__PURE__ */ defineRule({
  id: 'commune.in-territory',
  reports: ['commune.in-territory', 'commune.former-code'],
  category: 'eligibility',
  severity: 'error',
  check(context) {
    const { code, match } = communeOf(context);
    if (!code) return [];
    const territory = context.call.eligibility.territory.name;
    if (!INSEE_CODE.test(code.toUpperCase()) || !match) return [{ path: 'commune', params: { code, territory } }];
    if (!match.formerCode) return [];
    // A former code is accepted, and said so, with both names.
    return [
      {
        path: 'commune',
        rule: 'commune.former-code',
        severity: 'info',
        params: {
          code: match.commune.code,
          name: match.commune.name,
          formerCode: match.formerCode.code,
          formerName: match.formerCode.name,
        },
      },
    ];
  },
});

/** Laureates of an earlier edition are not "new" communes: the list is call data. */
export const communeNotExcluded = /* @__PURE__ */ defineRule({
  id: 'commune.not-excluded',
  reports: ['commune.not-excluded'],
  category: 'eligibility',
  severity: 'error',
  check(context) {
    const { code, match } = communeOf(context);
    const current = match?.commune.code ?? code;
    const excluded = context.call.eligibility.excludedCommunes.find((commune) => commune.code === current);
    return excluded
      ? [{ path: 'commune', params: { code: current, name: excluded.name, reason: excluded.reason[context.lang] } }]
      : [];
  },
});

/**
 * When the call allows one dossier per commune: no other live dossier of the same commune (the caller gives
 * its id as `otherApplicationId`).
 */
export const oneApplicationPerCommune = /* @__PURE__ */ defineRule({
  id: 'commune.one-application',
  reports: ['commune.one-application'],
  category: 'eligibility',
  severity: 'error',
  check(context) {
    if (!context.call.eligibility.onePerCommune || !context.otherApplicationId) return [];
    const { code, match } = communeOf(context);
    return [
      {
        path: 'commune',
        params: { code, name: match?.commune.name ?? code, applicationId: context.otherApplicationId },
      },
    ];
  },
});

/** The application phase is open at the given instant, judged in the call's time zone to the second. */
export const windowOpen = /* @__PURE__ */ defineRule({
  id: 'call.window-open',
  reports: ['call.window-open'],
  category: 'eligibility',
  severity: 'error',
  check(context) {
    const state = applicationWindowState(context.call, context.now);
    if (state === 'open') return [];
    return [{ path: '', params: { state, detail: applicationWindowMessage(context.call, state, context.lang) } }];
  },
});

/**
 * Every eligibility rule, in the order they are checked: a commune is named, belongs to the call's territory,
 * is not excluded, and has no other dossier.
 */
export const ELIGIBILITY_RULES: readonly Rule[] = [
  communeRequired,
  communeInTerritory,
  communeNotExcluded,
  oneApplicationPerCommune,
  windowOpen,
];
