/**
 * Danish public holidays (helligdage) computed from Easter, pure and dependency-free.
 * Source: helligdagsloven; Store Bededag abolished from 2024 (lov nr. 200 af 28/02/2023).
 */
import { daysFromCivil } from "../time/epochDay";
import { easterSunday } from "./easterSunday";

/** One holiday: its Danish name and epoch day. */
export interface DanishHoliday {
  readonly name: string;
  readonly epochDay: number;
  /** `helligdag`: statutory public holiday. `fridag`: customary closing day (Grundlovsdag, 24/12, 31/12). */
  readonly kind: "helligdag" | "fridag";
}

const STORE_BEDEDAG_LAST_YEAR = 2023;

/** The public holidays of `year`, sorted by date. Customary closing days are added when asked for. */
export const danishHolidays = (
  year: number,
  options: { readonly includeFridage?: boolean } = {},
): ReadonlyArray<DanishHoliday> => {
  const easter = easterSunday(year);
  const helligdag = (name: string, epochDay: number): DanishHoliday => ({
    name,
    epochDay,
    kind: "helligdag",
  });
  const fridag = (name: string, epochDay: number): DanishHoliday => ({
    name,
    epochDay,
    kind: "fridag",
  });
  const days: Array<DanishHoliday> = [
    helligdag("Nytårsdag", daysFromCivil(year, 1, 1)),
    helligdag("Skærtorsdag", easter - 3),
    helligdag("Langfredag", easter - 2),
    helligdag("Påskedag", easter),
    helligdag("Anden påskedag", easter + 1),
    helligdag("Kristi Himmelfartsdag", easter + 39),
    helligdag("Pinsedag", easter + 49),
    helligdag("Anden pinsedag", easter + 50),
    helligdag("Juledag", daysFromCivil(year, 12, 25)),
    helligdag("Anden juledag", daysFromCivil(year, 12, 26)),
  ];
  if (year <= STORE_BEDEDAG_LAST_YEAR) days.push(helligdag("Store Bededag", easter + 26));
  if (options.includeFridage === true) {
    days.push(
      fridag("Grundlovsdag", daysFromCivil(year, 6, 5)),
      fridag("Juleaftensdag", daysFromCivil(year, 12, 24)),
      fridag("Nytårsaftensdag", daysFromCivil(year, 12, 31)),
    );
  }
  return days.sort((a, b) => a.epochDay - b.epochDay);
};
