// The sign-out chunk (`session.lazy.ts`): loaded when a sign-out button is pressed or the account deleted.
export { renderSignOutQuestion, SIGN_OUT_WARNING } from './session.confirm.js';
export { fetchForgetting, forgetAccountData, nothingUnsent, unsentOf } from './session.forget.js';
export { signOutQuestionStyles } from './session.confirm.styles.js';
