export * from "./business-date";
export * from "./iso-week";
export { today } from "./today";
