// Messages of a validator in `validators/`. Wording after GOV.UK and DSFR: say what is wrong and how to put it
// right, politely, without blaming. French typography: a no-break space (U+00A0) before ":" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** Files (validateFiles); {limit} is formatted with formatFileSize before translation. */
export const fileMessages = /* @__PURE__ */ defineMessages({
  'file.empty': 'Le fichier « {name} » est vide : choisissez un autre fichier',
  'file.tooLarge': 'Le fichier « {name} » est trop volumineux : il doit faire moins de {limit}',
  'file.typeNotAccepted': 'Le fichier « {name} » n’est pas dans un format accepté : choisissez un fichier {types}',
  'file.contentMismatch':
    'Le fichier « {name} » n’est pas un vrai fichier {type} : son contenu ne correspond pas à son nom',
  'file.duplicate': 'Le fichier « {name} » a déjà été ajouté',
  'file.tooMany': 'Vous ne pouvez pas ajouter plus de {max} fichiers : « {name} » n’a pas été ajouté',
});

export const fileMessagesEn = /* @__PURE__ */ defineTranslation(fileMessages, {
  'file.empty': 'The file “{name}” is empty: choose another file',
  'file.tooLarge': 'The file “{name}” is too big: it must be smaller than {limit}',
  'file.typeNotAccepted': 'The file “{name}” is not in an accepted format: choose a {types} file',
  'file.contentMismatch': 'The file “{name}” is not a real {type} file: its content does not match its name',
  'file.duplicate': 'The file “{name}” has already been added',
  'file.tooMany': 'You cannot add more than {max} files: “{name}” was not added',
});
