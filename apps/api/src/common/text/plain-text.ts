import { normalizeMultilineText, normalizeText } from '@reform-quiz/domain';
import sanitizeHtml from 'sanitize-html';

/**
 * Question text is plain text (line breaks and **bold** / *italic* marks are
 * the only formatting). Whatever markup arrives — pasted from Word, imported
 * from Moodle — is dropped, keeping the words.
 */
function stripMarkup(input: string): string {
  const sanitized = sanitizeHtml(input.replace(/<br\s*\/?>/gi, '\n'), { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: 'discard' });
  // sanitize-html returns HTML-escaped text; these four are exactly what it escapes, undone in reverse order.
  return sanitized.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** For stems and explanations: markup dropped, lines kept. */
export const plainMultiline = (input: string): string => normalizeMultilineText(stripMarkup(input));

/** For options, answers, sources and tags: markup dropped, one line. */
export const plainLine = (input: string): string => normalizeText(stripMarkup(input));
