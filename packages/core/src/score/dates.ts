// The scorer's date arithmetic is the plan's one ISO date module; these names stay importable here.
export { daysBetween, isoToday } from '../model/calendar.js';
