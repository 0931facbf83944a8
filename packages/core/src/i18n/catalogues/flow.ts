// Problems the situation-flow engine (contract/flow.ts) returns for an answer. Dates in {min}/{max} are
// formatted by the element before translation.
import { defineMessages, defineTranslation } from '../translate.js';

export const flowMessages = /* @__PURE__ */ defineMessages({
  'flow.required': 'Répondez à cette question pour continuer.',
  'flow.invalidChoice': 'Choisissez une des réponses proposées.',
  'flow.unknownPerson': 'Choisissez une personne de votre foyer.',
  'flow.invalidDate': 'Indiquez une date réelle, par exemple 27 3 2025.',
  'flow.dateTooEarly': 'La date doit être le {min} ou après.',
  'flow.dateTooLate': 'La date doit être le {max} ou avant.',
  'flow.tooLong': { one: 'Votre réponse doit faire au plus {max} caractère.', other: 'Votre réponse doit faire au plus {max} caractères.' },
});

export const flowMessagesEn = /* @__PURE__ */ defineTranslation(flowMessages, {
  'flow.required': 'Answer this question to continue.',
  'flow.invalidChoice': 'Choose one of the answers offered.',
  'flow.unknownPerson': 'Choose a person of your household.',
  'flow.invalidDate': 'Enter a real date, for example 27 3 2025.',
  'flow.dateTooEarly': 'The date must be on or after {min}.',
  'flow.dateTooLate': 'The date must be on or before {max}.',
  'flow.tooLong': { one: 'Your answer must be {max} character or fewer.', other: 'Your answer must be {max} characters or fewer.' },
});
