export interface NationalScale {
  scale: "national" | "national-2025";
  twoLevel: boolean;
  day: string;
  dbName: string;
}
export function nationalScale(argv?: string[]): NationalScale;
export function runTsx(day: string, args: string[], env: Record<string, string>, capture?: boolean): string;
export function nationalDatabases(scale: NationalScale): Promise<{ label: string; url: string }[]>;
