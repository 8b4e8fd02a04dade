import { Task } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import { languageOf, type Locale } from '../../../i18n/locales.js';
import { reimportable } from '../../../core/reimport.js';
import type { ElementHost as Host } from '../../shared/controllers/services.js';
import type { CountryCode } from '../phone.js';
import type { Choices } from './choices.js';
import type { PhoneModule } from './phone-field.js';

/**
 * Phone numbers are checked with libphonenumber-js: its code loads with the
 * phone fields, not with the kit, and its metadata in parts, as the numbers
 * typed need them (`phone.ts`).
 */
const loadPhone: () => Promise<PhoneModule> = reimportable(() => import('../phone.js'));

/**
 * What the phone fields read numbers with, from when one first shows: the
 * checks (the field does not wait for them: what was typed meanwhile is
 * checked when they come), and the manager's country, the one numbers are
 * read for unless the admin picks another.
 */
export class PhoneChecks {
  /** The checks, once loaded. */
  module?: PhoneModule;
  readonly load: Task<readonly [], void>;
  /** The parts of the metadata that the numbers in the fields need, loaded as they come to need them. */
  readonly parts: Task<readonly [string], void>;
  private wanted: { texts: readonly string[]; country?: CountryCode } = { texts: [] };

  /** The manager's country; a failure to read it only loses that default. */
  private readonly managerCountry: Task<readonly [DialkitAdapter], string | null>;

  constructor(host: Host, backend: () => DialkitAdapter) {
    this.load = new Task(host, {
      task: async () => {
        this.module = await loadPhone();
      },
      args: () => [] as const,
    });
    this.parts = new Task(host, {
      task: async ([digits]) => {
        if (digits) await this.module?.loadParts(digits.split(','));
      },
      args: () => {
        const { texts, country } = this.wanted;
        return [this.module && country ? this.module.partsFor(texts, country).join(',') : ''] as const;
      },
    });
    this.managerCountry = new Task(host, {
      task: async ([backend], { signal }) => {
        const manager = await backend.getManager({ signal });
        return manager.ok ? manager.data.country : null;
      },
      args: () => [backend()] as const,
    });
  }

  /** Before each update: the numbers in the phone fields, and the country they are read for. */
  want(texts: readonly string[], country: CountryCode): void {
    this.wanted = { texts, country };
  }

  /** The manager's country as the backend gives it, once read. */
  get manager(): string | undefined {
    return this.managerCountry.value ?? undefined;
  }
}

/** The country numbers are read for: the admin's choice, else the manager's, else the console language's. */
export function countryFor(choices: Choices, locale: Locale, checks: PhoneChecks | undefined): CountryCode {
  if (choices.country) return choices.country;
  const manager = checks?.manager;
  const phone = checks?.module;
  // Until the checks load, the manager's country as the backend gives it (a region code).
  if (phone ? phone.isCountry(manager) : !!manager && /^[A-Z]{2}$/.test(manager)) return manager as CountryCode;
  return ({ pl: 'PL', fr: 'FR', en: 'GB' } as const)[languageOf(locale)];
}
