/**
 * A calendar date as datelines write it: `2025-05-21`, `2025/5/21`, `2025.05.21`,
 * `2025年5月21日`. One pattern, so that the article finder takes a dateline and the headline
 * check asks whether the article already has a date by the same measure.
 */
export const HAS_DATE = /(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;
