export function heading(command: string, suffix?: string): string;
export function machine(): string;
export function publish(report: string): void;
