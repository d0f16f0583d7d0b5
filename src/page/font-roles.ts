/**
 * The roles a page's text is set in (masthead, title, body …): a run of the display list names its
 * role, and the issue format (`fonts:` in src/model) chooses a font file for each.
 */
export const FONT_ROLES = ['masthead', 'title', 'heading', 'body', 'kai', 'pageNumber', 'footer'] as const;
export type FontRole = (typeof FONT_ROLES)[number];
