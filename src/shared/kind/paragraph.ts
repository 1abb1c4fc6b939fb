/**
 * Text of a slide as paragraphs, for the PowerPoint export (and anything else that needs a
 * slide as editable text). A kind says what the room sees of its exercise in these terms.
 */

/** `small`: the fine print (`<small>` in the deck, sources); `hint`: a line about the live exercise. */
export type Paragraph = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  list?: 'bullet' | 'number';
  level?: number;
  style?: 'heading' | 'question' | 'small' | 'hint';
};

/** The question or statement, in bold. */
export const question = (text: string): Paragraph => ({ text, bold: true, style: 'question' });

/** An option or other line; options carry their own letter or number, so no bullet in front. */
export const line = (text: string): Paragraph => ({ text });
