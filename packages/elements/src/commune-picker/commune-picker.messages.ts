import type { Translations } from '../i18n/translate.js';

export interface CommunePickerMessages {
  /** The field's name when the page gives no `label`. */
  label: string;
  /** The settled result of a search, said once typing pauses; 0 is also shown under the field. */
  results: (count: number) => string;
}

export const COMMUNE_PICKER_MESSAGES: Translations<CommunePickerMessages> = {
  fr: {
    label: 'Commune',
    results: (n) =>
      n === 0
        ? 'Aucune commune de la Métropole ne correspond.'
        : `${n} commune${n > 1 ? 's' : ''} proposée${n > 1 ? 's' : ''}.`,
  },
  en: {
    label: 'Commune',
    results: (n) => (n === 0 ? 'No commune of the Métropole matches.' : `${n} commune${n === 1 ? '' : 's'} suggested.`),
  },
};
