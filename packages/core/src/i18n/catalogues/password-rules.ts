// Strings of the rule checker of mc-password-input (`new` mode), loaded only with it.
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** The rule checker of mc-password-input (`new` mode): checklist, its announcement, confirmation. */
export const passwordRuleMessages = /* @__PURE__ */ defineMessages({
  'form.password.confirmLabel': 'Confirmez le nouveau mot de passe',
  'form.password.rulesIntro': 'Votre mot de passe doit respecter ces règles :',
  'form.password.ruleMet': '(respecté)',
  'form.password.ruleUnmet': '(non respecté)',
  // Announced when which rules are met changes: the count, and the rules still missing (so that a change that keeps
  // the count — a digit lost, a capital gained — is new text, announced too).
  'form.password.progress': {
    zero: 'Aucune règle sur {total} respectée',
    one: '{count} règle sur {total} respectée. Il manque : {rules}',
    other: '{count} règles sur {total} respectées. Il manque : {rules}',
  },
  'form.password.allMet': 'Toutes les règles sont respectées',
  'form.password.rulesUnmet': 'Le mot de passe ne respecte pas ces règles : {rules}',
});

export const passwordRuleMessagesEn = /* @__PURE__ */ defineTranslation(passwordRuleMessages, {
  'form.password.confirmLabel': 'Confirm the new password',
  'form.password.rulesIntro': 'Your password must meet these rules:',
  'form.password.ruleMet': '(met)',
  'form.password.ruleUnmet': '(not met)',
  'form.password.progress': {
    zero: 'No rule out of {total} met',
    one: '{count} rule out of {total} met. Still missing: {rules}',
    other: '{count} rules out of {total} met. Still missing: {rules}',
  },
  'form.password.allMet': 'All rules are met',
  'form.password.rulesUnmet': 'The password does not meet these rules: {rules}',
});
