/** The HTML id of a form field: `agenda[1].people[0].personId` → `f-agenda-1-people-0-personId`. */
export const fieldId = (name: string): string => `f-${name.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
